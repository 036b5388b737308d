import Foundation
import Testing
@testable import PlaceNames

@Suite("Building the name index")
struct NameIndexBuilderTests {
    func bytes(of builder: NameIndexBuilder) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try builder.write(sourcesStamp: "stamp", builtAt: nil, errorPath: "test") { chunk in
            bytes.append(contentsOf: chunk)
            return true
        }
        return bytes
    }

    @Test("With a budget of 64 KB every sorter and buffer spills, and the index is byte for byte the one built in memory")
    func spillingGivesTheSameBytes() throws {
        let scratch = try TemporaryFolder("scratch")
        defer { scratch.remove() }
        let files = try GazetteerFile.files(in: BundledGazetteer.folder)
        let spilling = try Gazetteer.compile(files, scratchDirectory: scratch.path, memoryBudget: 64 << 10)
        let inMemory = try Gazetteer.compile(files, scratchDirectory: scratch.path, memoryBudget: 1 << 30)
        #expect(spilling.spilledRuns > 10)
        #expect(inMemory.spilledRuns == 0)
        let spilled = try bytes(of: spilling), held = try bytes(of: inMemory)
        #expect(spilled.count == held.count)
        #expect(spilled == held)
    }

    @Test("Places given in an array and the same places read from files give the same index")
    func arrayAndFilesAgree() throws {
        let files = try GazetteerFile.files(in: BundledGazetteer.folder)
        let contents = try GazetteerContents.read(files)
        let fromArray = Gazetteer(places: contents.places, admin1Names: contents.admin1Names)
        let fromFiles = try Gazetteer.load(folder: BundledGazetteer.folder, useIndex: false, useCache: false)
        /// The bytes of `section` (with its padding) in `index`.
        func bytes(_ section: NameIndex.Section, of index: NameIndex) -> [UInt8] {
            let next = NameIndex.Section(rawValue: section.rawValue + 1)
            let end = next.map { index.offset(of: $0) } ?? index.storage.count
            return Array(index.storage.bytes(index.offset(of: section), end - index.offset(of: section)))
        }
        for section in NameIndex.Section.allCases where section != .sources {
            #expect(fromArray.index.count(section) == fromFiles.index.count(section), "\(section)")
            #expect(bytes(section, of: fromArray.index) == bytes(section, of: fromFiles.index), "\(section)")
        }
    }

    @Test("The info section counts places, names, distinct keys and countries")
    func infoCounts() {
        let places = [
            Place(geonameID: 1, name: "Alpha", alternateNames: ["ALPHA", "Alfa"], position: .init(lon: 45, lat: 40),
                  country: "AM", admin1Code: nil, population: 0, kind: PlaceKind("populated place")),
            Place(geonameID: 2, name: "Beta", alternateNames: [], position: .init(lon: 45, lat: 40),
                  country: "AZ", admin1Code: nil, population: 0, kind: PlaceKind("populated place")),
            Place(geonameID: nil, name: "Ridge", alternateNames: [], position: .init(lon: 45, lat: 40),
                  country: nil, admin1Code: nil, population: 0, kind: PlaceKind("mountain")),
        ]
        let gazetteer = Gazetteer(places: places)
        #expect(gazetteer.placeCount == 3)
        #expect(gazetteer.nameCount == 5)
        #expect(gazetteer.distinctKeyCount == 4, "alpha (twice), alfa, beta, ridge")
        #expect(gazetteer.countryCount == 2)
    }

    @Test("A name holding a NUL byte is told apart from the shorter name its prefix equals")
    func namesWithNulBytes() {
        let place = { (id: Int, name: String) in
            Place(geonameID: id, name: name, alternateNames: [], position: .init(lon: 45, lat: 40),
                  country: "AM", admin1Code: nil, population: 0, kind: PlaceKind("populated place"))
        }
        let gazetteer = Gazetteer(places: [place(1, "Ab"), place(2, "Ab\u{0}"), place(3, "Abc")])
        #expect(!gazetteer.index.shortNamesHaveUniquePrefixes)
        #expect(gazetteer.lookup("Ab").matches.filter { $0.kind == .exact }.map(\.place.geonameID) == [1])
        #expect(gazetteer.lookup("Ab\u{0}").matches.filter { $0.kind == .exact }.map(\.place.geonameID) == [2])
        #expect(Gazetteer(places: [place(1, "Ab")]).index.shortNamesHaveUniquePrefixes)
    }

    @Test("Places are found by GeoNames id without a dictionary, the first of a repeated id winning")
    func placeNumberByID() {
        let place = { (id: Int, name: String) in
            Place(geonameID: id, name: name, alternateNames: [], position: .init(lon: 45, lat: 40),
                  country: "AM", admin1Code: nil, population: 0, kind: PlaceKind("populated place"))
        }
        let gazetteer = Gazetteer(places: [place(30, "C"), place(10, "A"), place(20, "B"), place(10, "A2")])
        #expect(gazetteer.placeNumber(geonameID: 10) == 1)
        #expect(gazetteer.placeNumber(geonameID: 20) == 2)
        #expect(gazetteer.placeNumber(geonameID: 30) == 0)
        #expect(gazetteer.placeNumber(geonameID: 40) == nil)
        #expect(gazetteer.placeNumbersByGeonameID() == [10: 1, 20: 2, 30: 0])
    }
}
