import ArgumentParser
import TerminalProgress

/// `--quiet`, for the commands that show progress while they work.
struct ProgressOptions: ParsableArguments {
    @Flag(help: "Show no progress line on standard error (it is only shown when standard error is a terminal).")
    var quiet = false

    /// The reporter to hand to long tasks: drawing on standard error when it is a terminal, unless ``quiet``.
    func reporter() -> ProgressReporter {
        ProgressReporter.standardError(quiet: quiet)
    }
}
