import Foundation
import Layers
import Testing

@Suite("Output folder")
struct OutputFolderTests {
    private let fileManager = FileManager.default

    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The visible entries of `folder`, sorted.
    private func visibleNames(_ folder: String) throws -> [String] {
        try fileManager.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }.sorted()
    }

    private func contents(_ path: String) -> String? {
        fileManager.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func temporaryFiles(_ folder: String) throws -> [String] {
        try fileManager.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix(".incident-map-") && $0.hasSuffix(".tmp") }
    }

    @Test func createsTheFolderAndItsParents() throws {
        let root = try Support.temporaryDirectory()
        let path = root + "/a/b/out"
        let folder = try OutputFolder(path: path)
        #expect(folder.path == path)
        var isDirectory: ObjCBool = false
        #expect(fileManager.fileExists(atPath: path, isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
    }

    @Test func opensAnExistingFolderWithoutTouchingIt() throws {
        let path = try Support.temporaryDirectory()
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path + "/notes.txt"))
        _ = try OutputFolder(path: path)
        #expect(contents(path + "/notes.txt") == "mine")
    }

    @Test func writesTheGivenFiles() throws {
        let path = try Support.temporaryDirectory() + "/out"
        try OutputFolder(path: path).replace(with: [
            (name: "armenia.geojson", bytes: bytes("{\"a\": 1}\n")),
            (name: "unresolved.csv", bytes: bytes("file,line\n")),
        ])
        #expect(try visibleNames(path) == ["armenia.geojson", "unresolved.csv"])
        #expect(contents(path + "/armenia.geojson") == "{\"a\": 1}\n")
        #expect(contents(path + "/unresolved.csv") == "file,line\n")
    }

    @Test func writesEmptyFiles() throws {
        let path = try Support.temporaryDirectory()
        try OutputFolder(path: path).replace(with: [(name: "empty.csv", bytes: [])])
        #expect(contents(path + "/empty.csv") == "")
    }

    @Test func acceptsAPathWithATrailingSlash() throws {
        let path = try Support.temporaryDirectory() + "/"
        try OutputFolder(path: path).replace(with: [(name: "a.geojson", bytes: bytes("A"))])
        #expect(contents(path + "a.geojson") == "A")
    }

    @Test func replacingKeepsOnlyTheNewSetOfTheToolsFiles() throws {
        let path = try Support.temporaryDirectory()
        let folder = try OutputFolder(path: path)
        try folder.replace(with: [
            (name: "armenia.geojson", bytes: bytes("old A")),
            (name: "azerbaijan.geojson", bytes: bytes("old B")),
            (name: "unresolved.csv", bytes: bytes("old U")),
        ])
        try folder.replace(with: [
            (name: "armenia.geojson", bytes: bytes("new A")),
            (name: "observer-mission.geojson", bytes: bytes("new O")),
            (name: "unresolved.csv", bytes: bytes("new U")),
        ])
        #expect(try visibleNames(path) == ["armenia.geojson", "observer-mission.geojson", "unresolved.csv"])
        #expect(contents(path + "/armenia.geojson") == "new A")
        #expect(contents(path + "/observer-mission.geojson") == "new O")
        #expect(contents(path + "/unresolved.csv") == "new U")
    }

    @Test func neverDeletesAFileTheToolDidNotWrite() throws {
        let path = try Support.temporaryDirectory()
        try Data("my notes".utf8).write(to: URL(fileURLWithPath: path + "/notes.txt"))
        try Data("my layer".utf8).write(to: URL(fileURLWithPath: path + "/hand-made.geojson"))
        let folder = try OutputFolder(path: path)
        try folder.replace(with: [(name: "armenia.geojson", bytes: bytes("1")), (name: "azerbaijan.geojson", bytes: bytes("2"))])
        try folder.replace(with: [(name: "armenia.geojson", bytes: bytes("3"))])
        try folder.replace(with: [(name: "azerbaijan.geojson", bytes: bytes("4"))])
        #expect(try visibleNames(path) == ["azerbaijan.geojson", "hand-made.geojson", "notes.txt"])
        #expect(contents(path + "/notes.txt") == "my notes")
        #expect(contents(path + "/hand-made.geojson") == "my layer")
    }

    @Test func aStaleTemporaryFileIsRemovedOnTheNextRun() throws {
        let path = try Support.temporaryDirectory()
        let stale = path + "/.incident-map-12345-678-armenia.geojson.tmp"
        try Data("half written".utf8).write(to: URL(fileURLWithPath: stale))
        try OutputFolder(path: path).replace(with: [(name: "armenia.geojson", bytes: bytes("complete"))])
        #expect(!fileManager.fileExists(atPath: stale))
        #expect(contents(path + "/armenia.geojson") == "complete")
    }

    @Test func noTemporaryFileRemainsAfterSuccess() throws {
        let path = try Support.temporaryDirectory()
        let folder = try OutputFolder(path: path)
        try folder.replace(with: [(name: "a.geojson", bytes: bytes("1")), (name: "b.geojson", bytes: bytes("2"))])
        try folder.replace(with: [(name: "a.geojson", bytes: bytes("3"))])
        #expect(try temporaryFiles(path).isEmpty)
    }

    @Test func aPathThatIsARegularFileIsAnError() throws {
        let path = try Support.temporaryDirectory() + "/out"
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: OutputError.self) { _ = try OutputFolder(path: path) }
        #expect(error?.path == path)
        #expect(contents(path) == "not a folder")
    }

    @Test func aFolderInsideARegularFileCannotBeCreated() throws {
        let file = try Support.temporaryDirectory() + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        #expect(throws: OutputError.self) { _ = try OutputFolder(path: file + "/out") }
    }

    @Test func aReadOnlyFolderKeepsThePreviousFiles() throws {
        let path = try Support.temporaryDirectory()
        let folder = try OutputFolder(path: path)
        try folder.replace(with: [(name: "armenia.geojson", bytes: bytes("previous A")), (name: "unresolved.csv", bytes: bytes("previous U"))])
        #expect(chmod(path, 0o555) == 0)
        defer { _ = chmod(path, 0o755) }
        var rejected = false
        do throws(OutputError) {
            try folder.replace(with: [(name: "azerbaijan.geojson", bytes: bytes("new B")), (name: "unresolved.csv", bytes: bytes("new U"))])
        } catch {
            rejected = true
            #expect(error.path == path)
        }
        // Root ignores permission bits, so there the write goes through; only
        // for other users can the read-only folder be expected to refuse it.
        if getuid() != 0 {
            #expect(rejected, "writing into a read-only folder did not fail")
        }
        if rejected {
            #expect(try visibleNames(path) == ["armenia.geojson", "unresolved.csv"])
            #expect(contents(path + "/armenia.geojson") == "previous A")
            #expect(contents(path + "/unresolved.csv") == "previous U")
        } else {
            #expect(try visibleNames(path) == ["azerbaijan.geojson", "unresolved.csv"])
            #expect(contents(path + "/unresolved.csv") == "new U")
        }
    }

    @Test func aReplaceThatFailsHalfwayKeepsThePreviousFiles() throws {
        // A folder where a new file must go makes the final rename fail, even
        // for root: the previous output must survive untouched.
        let path = try Support.temporaryDirectory()
        let folder = try OutputFolder(path: path)
        try folder.replace(with: [(name: "armenia.geojson", bytes: bytes("previous A")), (name: "unresolved.csv", bytes: bytes("previous U"))])
        try fileManager.createDirectory(atPath: path + "/azerbaijan.geojson/inside", withIntermediateDirectories: true)
        #expect(throws: OutputError.self) {
            try folder.replace(with: [(name: "azerbaijan.geojson", bytes: bytes("new B")), (name: "unresolved.csv", bytes: bytes("new U"))])
        }
        #expect(contents(path + "/armenia.geojson") == "previous A")
        #expect(contents(path + "/unresolved.csv") == "previous U")
    }
}

@Suite("Output folder, single files")
struct OutputFolderSingleFileTests {
    @Test func replacingOneFileLeavesTheLayersAndTheManifestAlone() throws {
        let path = try Support.temporaryDirectory()
        let folder = try OutputFolder(path: path)
        try folder.replace(with: [(name: "armenia.geojson", bytes: Array("{}".utf8))])
        let manifest = FileManager.default.contents(atPath: path + "/.incident-map-manifest")
        try folder.replaceFile(named: "map.svg", with: Array("<svg/>".utf8))
        #expect(FileManager.default.contents(atPath: path + "/map.svg") == Data("<svg/>".utf8))
        #expect(FileManager.default.contents(atPath: path + "/armenia.geojson") == Data("{}".utf8))
        #expect(FileManager.default.contents(atPath: path + "/.incident-map-manifest") == manifest)
    }

    @Test func replacingOneFileLeavesNoTemporaryFile() throws {
        let path = try Support.temporaryDirectory()
        try OutputFolder(path: path).replaceFile(named: "map.svg", with: Array("<svg/>".utf8))
        try OutputFolder(path: path).replaceFile(named: "map.svg", with: Array("<svg></svg>".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["map.svg"])
        #expect(FileManager.default.contents(atPath: path + "/map.svg") == Data("<svg></svg>".utf8))
    }
}
