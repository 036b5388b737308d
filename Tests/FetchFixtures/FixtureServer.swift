import Foundation

/// The test HTTP server (`fixture-server.py`, run with /usr/bin/python3) on
/// 127.0.0.1: it serves the files of ``root`` with byte ranges, and
/// misbehaves on purpose for the paths ``setRules(_:)`` names. Each test
/// starts its own; it is stopped when the value is released.
public final class FixtureServer {
    /// The folder served: put the files to download here.
    public let root: String
    /// `http://127.0.0.1:PORT/`.
    public let url: String
    private let rulesPath: String
    private let logPath: String
    private let process: Process

    /// What the server can be told to do for one path.
    public enum Rule {
        /// Answer this status with a short text body.
        case status(Int)
        /// Announce the whole file, send its first bytes, close the connection.
        case truncate(Int)
        /// Send the whole file (200) whatever Range asks.
        case ignoreRanges
        /// Send the headers, then nothing for this many seconds.
        case stall(Int)
        /// Redirect (302) to another path.
        case redirect(String)

        var json: [String: Any] {
            switch self {
            case .status(let code): ["status": code]
            case .truncate(let bytes): ["truncate": bytes]
            case .ignoreRanges: ["ignore_ranges": true]
            case .stall(let seconds): ["stall": seconds]
            case .redirect(let path): ["redirect": path]
            }
        }
    }

    /// One request the server answered.
    public struct Request: Equatable {
        /// The path, e.g. `/TH.zip`.
        public var path: String
        /// The Range header, if any (`bytes=100-`).
        public var range: String?
        /// The status answered.
        public var status: Int

        /// A request of `path` with `range`, answered `status`.
        public init(path: String, range: String?, status: Int) {
            self.path = path
            self.range = range
            self.status = status
        }
    }

    /// Starts a server over a new empty folder.
    public init() throws {
        let scratch = try Scratch.folder("fixture-server")
        root = scratch + "/root"
        rulesPath = scratch + "/rules.json"
        logPath = scratch + "/requests.log"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: rulesPath))
        let output = Pipe()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [Self.script, "--root", root, "--rules", rulesPath, "--log", logPath]
        process.standardOutput = output
        try process.run()
        let port = Self.firstLine(of: output.fileHandleForReading)
        guard let port, Int(port) != nil else {
            process.terminate()
            throw FixtureError("the fixture server did not start (is /usr/bin/python3 installed?)")
        }
        url = "http://127.0.0.1:\(port)/"
    }

    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Puts `bytes` at `name` in the served folder.
    public func serve(_ name: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + name))
    }

    /// Replaces the misbehaviours: path (`/TH.zip`) → rule; every other path
    /// is served normally. With `times`, a rule applies to the first
    /// `times` requests of its path only (counted from the server's start).
    public func setRules(_ rules: [String: Rule], times: Int? = nil) throws {
        let object = rules.mapValues { rule in rule.json.merging(times.map { ["times": $0] } ?? [:]) { first, _ in first } }
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: rulesPath))
    }

    /// Every request answered so far, in order.
    public func requests() throws -> [Request] {
        guard let text = try? String(contentsOfFile: logPath, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return Request(path: object["path"] as? String ?? "", range: object["range"] as? String, status: object["status"] as? Int ?? 0)
        }
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("fixture-server.py").path

    private static func firstLine(of handle: FileHandle) -> String? {
        var bytes: [UInt8] = []
        while let byte = try? handle.read(upToCount: 1), let first = byte.first, first != 0x0A {
            bytes.append(first)
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }
}
