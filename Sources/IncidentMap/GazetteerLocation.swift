import Foundation

/// Finds the gazetteer folder when the user does not name one, so the tool
/// works from any working directory.
public enum GazetteerLocation {
    /// The environment variable that names a gazetteer folder.
    public static let environmentVariable = "INCIDENT_MAP_GAZETTEER"

    /// The folder to use: `explicit` if given, else `$INCIDENT_MAP_GAZETTEER`,
    /// else the first `Gazetteer/` folder found walking up from the
    /// executable (`.build/release/incident-map` → the package root), from
    /// the working directory, or from the package this was compiled in.
    ///
    /// `environment` is read only when no folder is given explicitly.
    public static func folder(
        explicit: String?, environment: @autoclosure () -> [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let explicit { return explicit }
        if let variable = environment()[environmentVariable], !variable.isEmpty { return variable }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let starts = [
            executable.deletingLastPathComponent(),
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent(),
        ]
        for start in starts {
            if let found = search(upFrom: start) { return found }
        }
        return nil
    }

    private static func search(upFrom start: URL) -> String? {
        var directory = start.standardizedFileURL
        for _ in 0..<8 {
            let candidate = directory.appendingPathComponent("Gazetteer")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("sides.tsv").path) {
                return candidate.path
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
        return nil
    }
}
