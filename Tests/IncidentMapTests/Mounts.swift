import Foundation
import Testing

/// Small file systems for the tests of unwritable and full output folders.
/// Mounting needs root, which CI has; elsewhere those tests are skipped and
/// say why, rather than passing without having run.
enum Mounts {
    /// Why the tests that mount are skipped when they are.
    static let needsRoot: Comment = "needs root (to mount a small tmpfs); run `swift test` as root, as CI does"

    /// Whether this process may mount file systems.
    static let canMount = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")

    /// Mounts a new tmpfs of `size` (`64k`, `1m`) on a new empty folder and returns its path.
    static func tmpfs(size: String) throws -> String {
        let path = try Fixtures.temporaryDirectory("incident-map-mount")
        try mount(["-t", "tmpfs", "-o", "size=\(size),mode=0755", "tmpfs", path])
        return path
    }

    /// Makes the tmpfs at `path` read-only.
    static func remountReadOnly(_ path: String) throws {
        try mount(["-o", "remount,ro", path])
    }

    /// Unmounts `path`, ignoring failure (the folder is then left in /tmp).
    static func unmount(_ path: String) {
        _ = try? run("/bin/umount", [path])
    }

    private static func mount(_ arguments: [String]) throws {
        let status = try run("/bin/mount", arguments)
        try #require(status == 0, "mount \(arguments.joined(separator: " ")) failed with status \(status)")
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
