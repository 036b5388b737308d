import AtomicFiles
import Foundation
import Testing

@Suite("Temporary files")
struct TemporaryFileTests {
    let folder = NSTemporaryDirectory() + "atomic-files-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    @Test("A temporary file is a new regular file in the folder, named prefix, random tag, suffix")
    func newFileInFolder() throws {
        let file = try TemporaryFile.create(in: folder, prefix: ".incident-map-", suffix: ".tmp")
        defer { close(file.descriptor) }
        let name = (file.path as NSString).lastPathComponent
        #expect(file.path.hasPrefix(folder + "/"))
        #expect(name.hasPrefix(".incident-map-") && name.hasSuffix(".tmp"))
        #expect(name.count == ".incident-map-".count + 16 + ".tmp".count)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect((attributes[.posixPermissions] as? Int).map { $0 & 0o777 } == 0o644 & ~Int(currentUmask()))
    }

    @Test("Two temporary files never share a name")
    func namesDiffer() throws {
        var names = Set<String>()
        for _ in 0..<200 {
            let file = try TemporaryFile.create(in: folder, prefix: "t-")
            close(file.descriptor)
            names.insert(file.path)
        }
        #expect(names.count == 200)
    }

    @Test("A folder that cannot take a file gives the system's reason")
    func missingFolder() {
        #expect(throws: FileSystemError(path: folder + "/missing", code: ENOENT)) {
            _ = try TemporaryFile.create(in: folder + "/missing", prefix: "t-")
        }
    }

    @Test("Writing through the descriptor writes the file at the path")
    func writes() throws {
        let file = try TemporaryFile.create(in: folder, prefix: "t-")
        let bytes: [UInt8] = Array("hello".utf8)
        #expect(write(file.descriptor, bytes, bytes.count) == 5)
        close(file.descriptor)
        #expect(FileManager.default.contents(atPath: file.path) == Data(bytes))
    }

    private func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
