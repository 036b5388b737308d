import Foundation

/// Zip files for the tests, written by `make-zip.py` (Python's zipfile, or
/// a hand-made zip64 layout), so the reader is checked against another
/// implementation.
public enum ZipMaker {
    /// How the entries are written.
    public enum Layout {
        /// Deflated, by Python's zipfile.
        case deflated
        /// Stored, by Python's zipfile.
        case stored
        /// Deflated, with every size and offset in zip64 fields and zip64 end records.
        case zip64
    }

    /// The bytes of a zip holding `entries` (name, content), in order.
    public static func zip(_ entries: [(name: String, content: [UInt8])], layout: Layout = .deflated) throws -> [UInt8] {
        let scratch = try Scratch.folder("zip")
        var arguments = [script, scratch + "/out.zip"]
        if layout == .stored { arguments.append("--stored") }
        if layout == .zip64 { arguments.append("--zip64") }
        for (number, entry) in entries.enumerated() {
            let path = scratch + "/\(number)"
            try Data(entry.content).write(to: URL(fileURLWithPath: path))
            arguments.append(entry.name + "=" + path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError("make-zip.py failed with status \(process.terminationStatus)") }
        return Array(try Data(contentsOf: URL(fileURLWithPath: scratch + "/out.zip")))
    }

    /// The bytes of a zip holding one entry `name` with `text`.
    public static func zip(_ name: String, _ text: String, layout: Layout = .deflated) throws -> [UInt8] {
        try zip([(name, Array(text.utf8))], layout: layout)
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("make-zip.py").path
}
