import Foundation
import Testing
@testable import PlaceNames

@Suite("Loading a gazetteer folder")
struct GazetteerLoadingTests {
    @Test("A tiny GeoNames file and a curated TSV load, with admin1 names")
    func tinyFolderLoads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeTinyGazetteer(in: folder)

        let gazetteer = try Gazetteer.load(folder: folder.path, useCache: false)
        #expect(gazetteer.placeCount == 3)

        let aygedzor = try #require(gazetteer.lookup("Aygedzor").matches.first)
        #expect(aygedzor.place.geonameID == 900001)
        #expect(aygedzor.place.population == 2500)
        #expect(aygedzor.place.position.lat == 40.9 && aygedzor.place.position.lon == 45.1)
        #expect(aygedzor.place.admin1Code == "AM.09")
        #expect(gazetteer.admin1Name(of: aygedzor.place) == "Tavush")
        #expect(gazetteer.ids("Այգեձոր") == [900001])

        let ridge = try #require(gazetteer.lookup("Ridge of Tests").matches.first)
        #expect(ridge.place.name == "Test Ridge")
        #expect(ridge.place.geonameID == nil)
        #expect(ridge.place.kind.description == "mountain")
        #expect(ridge.place.country == nil)
    }

    @Test("The files of a folder are told apart by content")
    func filesAreRecognisedByContent() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeTinyGazetteer(in: folder)
        let files = try GazetteerFile.files(in: folder.path)
        #expect(files.map(\.format) == [.admin1, .curated, .geoNames])
        #expect(files.map(\.path) == ["admin1.tsv", "features.tsv", "places.txt"].map(folder.file))
    }

    @Test("A place repeated in a second GeoNames file is not duplicated; the first file wins")
    func repeatedIDIsNotDuplicated() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("a.txt", GazetteerLines.geoNames(id: 900010, name: "Firstname", lat: "40", lon: "45") + "\n")
        try folder.write("b.txt", [
            GazetteerLines.geoNames(id: 900010, name: "Secondname", lat: "41", lon: "46"),
            GazetteerLines.geoNames(id: 900011, name: "Other", lat: "41", lon: "46"),
        ].joined(separator: "\n") + "\n")

        let gazetteer = try Gazetteer.load(folder: folder.path, useCache: false)
        #expect(gazetteer.placeCount == 2)
        #expect(gazetteer.ids("Firstname") == [900010])
        #expect(gazetteer.lookup("Secondname").matches.isEmpty)
        #expect(gazetteer.ids("Other") == [900011])
    }

    @Test("A GeoNames line with the wrong number of columns throws an error naming the file and line")
    func wrongColumnCountThrows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = GazetteerLines.geoNames(id: 900020, name: "Good", lat: "40", lon: "45")
        let short = good.split(separator: "\t", omittingEmptySubsequences: false).dropLast().joined(separator: "\t")
        let path = try folder.write("places.txt", good + "\n" + short + "\n")

        let error = try #require(throws: GazetteerError.self) {
            try Gazetteer.load(folder: folder.path, useCache: false)
        }
        #expect(error.path == path)
        #expect(error.line == 2)
        #expect(error.description.hasPrefix("\(path):2: "))
        #expect(error.description.contains("19"))
    }

    @Test("An admin1 line without a tab is an error naming the file and line, not a crash")
    func admin1LineWithoutATabThrows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeTinyGazetteer(in: folder)
        let path = try folder.write("admin1.tsv", "AM.08\tSyunik\tSyunik\t409314\nAM.09 Tavush\n")

        let error = try #require(throws: GazetteerError.self) {
            try Gazetteer.load(folder: folder.path, useCache: false)
        }
        #expect(error.description == "\(path):2: expected an admin1 code and a name separated by a tab")
    }

    @Test("Gazetteer text parses in memory as it does from a file")
    func textParsesInMemory() throws {
        var contents = GazetteerContents()
        try contents.add(GazetteerLines.geoNames(id: 900030, name: "Inmemory", lat: "40", lon: "45") + "\n", format: .geoNames, path: "mem.txt")
        try contents.add("AM.08\tSyunik\tSyunik\t409314\n", format: .admin1, path: "admin1.tsv")
        #expect(contents.places.map(\.name) == ["Inmemory"])
        #expect(contents.admin1Names == ["AM.08": "Syunik"])
    }

    @Test("A broken first GeoNames line is reported at line 1, not skipped with its file")
    func brokenFirstLineThrows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let good = GazetteerLines.geoNames(id: 900025, name: "Good", lat: "40", lon: "45")
        let short = good.split(separator: "\t", omittingEmptySubsequences: false).dropLast(2).joined(separator: "\t")
        let path = try folder.write("places.txt", short + "\n" + good + "\n")

        let error = try #require(throws: GazetteerError.self) {
            try Gazetteer.load(folder: folder.path, useCache: false)
        }
        #expect(error.description.hasPrefix("\(path):1: "))
        #expect(error.description.contains("19"))
    }

    @Test("A GeoNames line whose latitude is not a number throws an error naming the file and line")
    func badLatitudeThrows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("places.txt", [
            GazetteerLines.geoNames(id: 900030, name: "Good", lat: "40", lon: "45"),
            "",
            GazetteerLines.geoNames(id: 900031, name: "Bad", lat: "forty", lon: "45"),
        ].joined(separator: "\n") + "\n")

        let error = try #require(throws: GazetteerError.self) {
            try Gazetteer.load(folder: folder.path, useCache: false)
        }
        #expect(error.path == path)
        #expect(error.line == 3)
        #expect(error.description.hasPrefix("\(path):3: "))
        #expect(error.description.contains("forty"))
    }

    @Test("A latitude out of range throws an error naming the file and line")
    func outOfRangeLatitudeThrows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("places.txt", GazetteerLines.geoNames(id: 900040, name: "Pole", lat: "95", lon: "45") + "\n")
        let error = try #require(throws: GazetteerError.self) {
            try Gazetteer.load(folder: folder.path, useCache: false)
        }
        #expect(error.description.hasPrefix("\(path):1: "))
    }

    @Test("A curated line with a bad longitude throws an error naming the file and line")
    func badCuratedLineThrows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.write("features.tsv", [
            GazetteerLines.curatedHeader,
            GazetteerLines.curated(name: "Ok", lat: "40", lon: "45", kind: "lake"),
            GazetteerLines.curated(name: "Broken", lat: "40", lon: "east", kind: "lake"),
        ].joined(separator: "\n") + "\n")
        let error = try #require(throws: GazetteerError.self) {
            try Gazetteer.load(folder: folder.path, useCache: false)
        }
        #expect(error.path == path)
        #expect(error.line == 3)
    }

    @Test("A folder without data files throws, naming the folder")
    func folderWithoutDataThrows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("README.md", "# Gazetteer\n")
        try folder.write("sides.tsv", "side\taliases\nArmenia\tAM\n")
        try folder.write("admin1.tsv", "AM.08\tSyunik\tSyunik\t409314\n")

        let error = try #require(throws: GazetteerError.self) {
            try Gazetteer.load(folder: folder.path, useCache: false)
        }
        #expect(error.path == folder.path)
        #expect(error.line == nil)
        #expect(error.description.hasPrefix("\(folder.path): "))
    }

    @Test("A folder that does not exist throws, naming the folder")
    func missingFolderThrows() throws {
        let folder = try TemporaryFolder()
        folder.remove()
        let error = try #require(throws: GazetteerError.self) {
            try Gazetteer.load(folder: folder.path, useCache: false)
        }
        #expect(error.path == folder.path)
    }

    @Test("README.md, sides.tsv and other non-data files are ignored")
    func nonDataFilesAreIgnored() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try writeTinyGazetteer(in: folder)
        try folder.write("README.md", "name\tlatitude\tlongitude\nnot\tdata\there\n")
        try folder.write("sides.tsv", "side\taliases\nArmenia\tAM,ARM\nAzerbaijan\tAZ,AZE\n")
        try folder.write("notes.txt", "Some notes about the gazetteer.\n")

        let files = try GazetteerFile.files(in: folder.path)
        #expect(!files.contains { $0.path.hasSuffix("README.md") || $0.path.hasSuffix("sides.tsv") || $0.path.hasSuffix("notes.txt") })
        let gazetteer = try Gazetteer.load(folder: folder.path, useCache: false)
        #expect(gazetteer.placeCount == 3)
        #expect(gazetteer.lookup("Armenia").matches.isEmpty)
    }

    @Test("The bundled gazetteer loads its GeoNames, admin1 and curated files but not sides.tsv")
    func bundledFolderFiles() throws {
        let files = try GazetteerFile.files(in: BundledGazetteer.folder)
        let names = files.map { ($0.path as NSString).lastPathComponent }
        #expect(names == ["admin1.tsv", "caucasus.txt", "curated-features.tsv"])
        #expect(files.map(\.format) == [.admin1, .geoNames, .curated])
    }
}
