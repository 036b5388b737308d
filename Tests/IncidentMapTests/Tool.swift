import Foundation
import Testing

/// The built `incident-map` executable (and other programs), run as a user
/// would, for the end-to-end tests.
enum Tool {
    /// What a finished process left.
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable built alongside this test bundle: `swift test` runs
    /// `<scratch>/debug/incident-mapPackageTests.xctest`, and the tool is
    /// `<scratch>/debug/incident-map` (`make test` builds it first).
    static let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("incident-map").path

    /// The environment the tool runs in: its own gazetteer cache folder, and
    /// the gazetteer found from the package root.
    static func environment(cache: String) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["INCIDENT_MAP_CACHE_DIR"] = cache
        environment.removeValue(forKey: "INCIDENT_MAP_GAZETTEER")
        return environment
    }

    /// The gazetteer cache folder of every run in this test process, so the
    /// gazetteer is compiled once, not once per run, and the user's cache is
    /// never touched.
    static let cache = FileManager.default.temporaryDirectory
        .appendingPathComponent("incident-map-tests-cache-\(ProcessInfo.processInfo.processIdentifier)").path

    /// Runs `executable` with `arguments` from the package root; output goes
    /// through files so no pipe can fill up; `input`, if any, is its standard
    /// input; `environment` adds to (or replaces) variables of ``environment(cache:)``.
    static func run(_ executable: String, _ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let scratch = try Fixtures.temporaryDirectory("incident-map-run")
        let stdinPath = scratch + "/stdin"
        if let input { try #require(FileManager.default.createFile(atPath: stdinPath, contents: Data(input.utf8))) }
        let stdoutPath = scratch + "/stdout", stderrPath = scratch + "/stderr"
        try #require(FileManager.default.createFile(atPath: stdoutPath, contents: nil))
        try #require(FileManager.default.createFile(atPath: stderrPath, contents: nil))
        let stdout = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
        let stderr = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.packageRoot
        process.environment = Self.environment(cache: cache).merging(environment) { _, given in given }
        process.standardInput = input == nil ? FileHandle.nullDevice : try FileHandle(forReadingFrom: URL(fileURLWithPath: stdinPath))
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        return Outcome(status: process.terminationStatus, stdout: try Fixtures.text(stdoutPath), stderr: try Fixtures.text(stderrPath))
    }

    /// Runs `incident-map` with `arguments` (and `environment` added).
    static func incidentMap(_ arguments: [String], input: String? = nil, environment: [String: String] = [:]) throws -> Outcome {
        try requireExecutable()
        return try run(executable, arguments, input: input, environment: environment)
    }

    /// Fails the test with a clear message when the tool has not been built.
    static func requireExecutable() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: executable),
            "\(executable) is missing: run `swift build --product incident-map` first (make test does)")
    }
}
