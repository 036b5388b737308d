import Foundation
import Testing

/// What any command-line tool is expected to do: say its version, complete
/// in the shell, and keep progress lines off pipes and logs.
@Suite("Command-line conventions")
struct CommandConventionsTests {
    @Test("--version prints the version and the commit the binary was built from")
    func version() throws {
        let outcome = try Tool.incidentMap(["--version"])
        #expect(outcome.status == 0)
        let pattern = #/^\d+\.\d+\.\d+ \(commit ([0-9a-f]{7,40}(-dirty)?|unknown)\)\n$/#
        #expect(outcome.stdout.wholeMatch(of: pattern) != nil, "stdout: \(outcome.stdout)")
    }

    @Test("The commit in --version is the one scripts/build-info.sh recorded, when it ran")
    func commitMatchesTheGeneratedHeader() throws {
        let header = Fixtures.packageRoot.appendingPathComponent("Sources/CBuildInfo/generated-commit.h").path
        guard let text = FileManager.default.contents(atPath: header).map({ String(decoding: $0, as: UTF8.self) }) else { return }
        let commit = try #require(text.split(separator: "\"").dropFirst().first)
        let outcome = try Tool.incidentMap(["--version"])
        #expect(outcome.stdout.contains("(commit \(commit))"), "stdout: \(outcome.stdout), header: \(text)")
    }

    @Test("Shell completion scripts are generated for bash, zsh and fish")
    func completionScripts() throws {
        for shell in ["bash", "zsh", "fish"] {
            let outcome = try Tool.incidentMap(["--generate-completion-script", shell])
            #expect(outcome.status == 0, "\(shell): \(outcome.stderr)")
            #expect(outcome.stdout.contains("gazetteer"), "\(shell) script does not complete the subcommands")
        }
    }

    /// A file of 20,000 claims at Goris: a debug build of it takes seconds, well past the progress line's half-second delay.
    private func manyClaims(in folder: String) throws -> String {
        let rows = (0..<20_000).map { "r\($0),Goris,Armenia,2022-09-13" }.joined(separator: "\n")
        let input = folder + "/many.csv"
        try Data(("id,place,claimed_by,date\n" + rows + "\n").utf8).write(to: URL(fileURLWithPath: input))
        return input
    }

    @Test("A build whose standard error is not a terminal prints no progress line")
    func noProgressOnAPipe() throws {
        let out = try Fixtures.temporaryDirectory()
        let outcome = try Tool.incidentMap(["build", try manyClaims(in: out), "--out", out + "/layers"])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stderr.isEmpty, "stderr: \(outcome.stderr)")
    }

    @Test("On a terminal a long build shows its progress, and --quiet hides it",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressOnATerminal() throws {
        let out = try Fixtures.temporaryDirectory()
        let input = try manyClaims(in: out)
        for quiet in [false, true] {
            let command = "\(Tool.executable) build \(input) --out \(out)/layers" + (quiet ? " --quiet" : "")
            let outcome = try Tool.run("/usr/bin/script", ["-q", "-e", "-c", command, "/dev/null"])
            #expect(outcome.status == 0, "\(outcome.stdout)")
            #expect(outcome.stdout.contains(" records, ") == !quiet, "quiet: \(quiet): \(outcome.stdout)")
        }
    }
}
