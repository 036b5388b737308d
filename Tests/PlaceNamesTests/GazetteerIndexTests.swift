import Foundation
import Testing
@testable import PlaceNames

@Suite("Gazetteer folder index")
struct GazetteerIndexTests {
    /// A tiny gazetteer folder, indexed.
    func indexedFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("indexed")
        try writeTinyGazetteer(in: folder)
        try GazetteerIndex.build(folder: folder.path)
        return folder
    }

    func status(_ folder: TemporaryFolder) throws -> GazetteerIndex.Status? {
        try GazetteerIndex.summary(folder: folder.path)?.status
    }

    /// Sets the modification time of `name` in `folder` to `seconds` from now.
    func touch(_ folder: TemporaryFolder, _ name: String, secondsFromNow seconds: TimeInterval) throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(seconds)], ofItemAtPath: folder.file(name))
    }

    @Test("Indexing writes incident-map.index next to the sources, and loading maps it")
    func indexIsWrittenAndUsed() throws {
        let folder = try indexedFolder()
        defer { folder.remove() }
        #expect(FileManager.default.fileExists(atPath: folder.file("incident-map.index")))
        #expect(try status(folder) == .current)
        let gazetteer = try Gazetteer.load(folder: folder.path, useCache: false)
        #expect(gazetteer.index.storage.isMapped)
        #expect(gazetteer.ids("Aygedzor") == [900001])
    }

    @Test("The summary counts what the index holds and says when it was built")
    func summaryCounts() throws {
        let folder = try indexedFolder()
        defer { folder.remove() }
        let summary = try #require(try GazetteerIndex.summary(folder: folder.path))
        #expect(summary.places == 3)
        #expect(summary.names == 6, "Aygedzor, Aigedzor, Այգեձոր, Berdashen, Test Ridge, Ridge of Tests")
        #expect(summary.countries == 1)
        #expect(summary.path == folder.file("incident-map.index"))
        #expect(summary.byteCount == (try FileManager.default.attributesOfItem(atPath: summary.path)[.size] as? Int))
        let built = try #require(summary.builtAt)
        #expect(abs(built.timeIntervalSinceNow) < 60)
    }

    @Test("The index file is never taken for a source file")
    func indexIsNotASource() throws {
        let folder = try indexedFolder()
        defer { folder.remove() }
        #expect(try GazetteerFile.files(in: folder.path).map(\.path).allSatisfy { !$0.hasSuffix(".index") })
    }

    @Test("A folder without an index has no summary, and loads from its text files")
    func noIndex() throws {
        let folder = try TemporaryFolder("plain")
        defer { folder.remove() }
        try writeTinyGazetteer(in: folder)
        #expect(try GazetteerIndex.summary(folder: folder.path) == nil)
        let gazetteer = try Gazetteer.load(folder: folder.path, useCache: false)
        #expect(!gazetteer.index.storage.isMapped)
        #expect(gazetteer.ids("Berdashen") == [900002])
    }

    @Test("After a source file grows, the index is stale and lookups see the new place")
    func grownSourceMakesIndexStale() throws {
        let folder = try indexedFolder()
        defer { folder.remove() }
        try folder.append("places.txt", GazetteerLines.geoNames(id: 900003, name: "Newtown", lat: "40.5", lon: "44.5") + "\n")
        #expect(try status(folder) == .stale(reason: "places.txt changed size"))
        let gazetteer = try Gazetteer.load(folder: folder.path, useCache: false)
        #expect(!gazetteer.index.storage.isMapped)
        #expect(gazetteer.ids("Newtown") == [900003])
    }

    @Test("A source file newer than the index makes it stale, even at the same size")
    func newerSourceMakesIndexStale() throws {
        let folder = try indexedFolder()
        defer { folder.remove() }
        try touch(folder, "features.tsv", secondsFromNow: 120)
        #expect(try status(folder) == .stale(reason: "features.tsv is newer than the index"))
        #expect(!(try Gazetteer.load(folder: folder.path, useCache: false)).index.storage.isMapped)
    }

    @Test("Older sources, as after copying a folder, keep the index current")
    func olderSourcesKeepIndexCurrent() throws {
        let folder = try indexedFolder()
        defer { folder.remove() }
        try touch(folder, "places.txt", secondsFromNow: -3600)
        #expect(try status(folder) == .current)
    }

    @Test("An added or removed source file makes the index stale")
    func addedOrRemovedSourceMakesIndexStale() throws {
        let folder = try indexedFolder()
        defer { folder.remove() }
        try folder.write("more.txt", GazetteerLines.geoNames(id: 900050, name: "Extraville", lat: "40", lon: "45") + "\n")
        #expect(try status(folder) == .stale(reason: "source files added more.txt"))
        #expect(try Gazetteer.load(folder: folder.path, useCache: false).ids("Extraville") == [900050])
        try FileManager.default.removeItem(atPath: folder.file("more.txt"))
        try FileManager.default.removeItem(atPath: folder.file("features.tsv"))
        #expect(try status(folder) == .stale(reason: "source files removed features.tsv"))
    }

    @Test("Files that are not sources (README, sides.tsv) do not affect the index")
    func otherFilesDoNotMatter() throws {
        let folder = try indexedFolder()
        defer { folder.remove() }
        try folder.write("README.md", "notes\n")
        try folder.write("sides.tsv", "side\taliases\tcountries\nArmenia\tAM\tAM\n")
        #expect(try status(folder) == .current)
    }

    @Test("Rebuilding after a change makes the index current again")
    func rebuildingMakesItCurrent() throws {
        let folder = try indexedFolder()
        defer { folder.remove() }
        try folder.append("places.txt", GazetteerLines.geoNames(id: 900003, name: "Newtown", lat: "40.5", lon: "44.5") + "\n")
        try GazetteerIndex.build(folder: folder.path)
        #expect(try status(folder) == .current)
        let gazetteer = try Gazetteer.load(folder: folder.path, useCache: false)
        #expect(gazetteer.index.storage.isMapped)
        #expect(gazetteer.ids("Newtown") == [900003])
    }

    @Test("Indexing a folder with a malformed line fails naming the file and line, and leaves no index behind")
    func malformedSourceWritesNoIndex() throws {
        let folder = try TemporaryFolder("broken")
        defer { folder.remove() }
        let path = try folder.write("places.txt", GazetteerLines.geoNames(id: 900030, name: "Bad", lat: "forty", lon: "45") + "\n")
        let error = try #require(throws: GazetteerError.self) { try GazetteerIndex.build(folder: folder.path) }
        #expect(error.description.hasPrefix("\(path):1: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["places.txt"])
    }

    @Test("Indexing a folder without gazetteer files fails")
    func emptyFolderFails() throws {
        let folder = try TemporaryFolder("empty")
        defer { folder.remove() }
        #expect(throws: GazetteerError.self) { try GazetteerIndex.build(folder: folder.path) }
    }

    @Test("A file that is not an index of this version is reported stale, and loading reads the text files")
    func foreignIndexFile() throws {
        let folder = try TemporaryFolder("foreign")
        defer { folder.remove() }
        try writeTinyGazetteer(in: folder)
        try folder.write("incident-map.index", "IMGAZ01\nnot this version")
        let summary = try #require(try GazetteerIndex.summary(folder: folder.path))
        #expect(summary.status == .stale(reason: "not an index of this version of incident-map"))
        let gazetteer = try Gazetteer.load(folder: folder.path, useCache: false)
        #expect(!gazetteer.index.storage.isMapped)
        #expect(gazetteer.ids("Aygedzor") == [900001])
    }

    @Test("useIndex: false ignores a current index")
    func indexCanBeIgnored() throws {
        let folder = try indexedFolder()
        defer { folder.remove() }
        #expect(!(try Gazetteer.load(folder: folder.path, useIndex: false, useCache: false)).index.storage.isMapped)
    }
}
