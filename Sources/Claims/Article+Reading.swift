import Foundation
import RecordReaders

extension Article {
    /// Reads the article at `path` (`-` for standard input): UTF-8 text,
    /// a leading byte-order mark ignored.
    ///
    /// - Parameters:
    ///   - source: what claims name as their source; by default the file's name.
    ///   - published: the publication day, `2022-09-13`.
    /// - Throws: ``InputError`` when the file cannot be read or is not UTF-8 (naming the byte offset).
    public static func read(path: String, source: String? = nil, published: String? = nil) throws(InputError) -> Article {
        let name = path == "-" ? RecordReader.standardInputName : path
        let data = path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: path)
        guard let data else { throw InputError(file: name, message: Self.unreadable(path)) }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = UTF8Text.firstInvalidOffset(in: bytes) {
            let offset = bad + (data.count - bytes.count)
            throw InputError(file: name, line: Self.line(of: bad, in: bytes), message: "invalid UTF-8 at byte offset \(offset)")
        }
        let fileName = path == "-" ? name : URL(fileURLWithPath: path).lastPathComponent
        return Article(text: String(decoding: bytes, as: UTF8.self), source: source ?? fileName, file: name, published: published)
    }

    private static func unreadable(_ path: String) -> String {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            return isFolder.boolValue ? "is a folder, not an article" : "cannot be read (permission denied?)"
        }
        return "no such file"
    }

    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<offset].lazy.filter { $0 == 0x0A }.count
    }
}
