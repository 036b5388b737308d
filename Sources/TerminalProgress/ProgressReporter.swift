#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Shows how far a long task has come on one line of standard error,
/// redrawn in place (`\r`, then the line, then "erase to end of line"), so
/// that a user waiting for `gazetteer index`, `gazetteer fetch`, a large
/// `build` or `map` of many articles sees that it moves and how far it has
/// got: `indexing world: 42% (120.3 MB of 286.4 MB)`.
///
/// It is silent unless standard error is a terminal (a script, a pipe, a
/// log file and the tests never see a progress line) and when the user
/// passed `--quiet`: see ``standardError(quiet:)``. Tasks that end within
/// ``delay`` draw nothing at all, and the line is redrawn at most every
/// ``interval``, so reporting costs one lock and a clock reading per call:
/// call ``advance(by:)`` per batch or per file, not per byte.
///
/// One reporter may be shared by threads: its state is behind a `Mutex`.
/// Library code takes a reporter as a parameter (default ``silent``) and
/// only the command-line front end makes one that draws.
public final class ProgressReporter: Sendable {
    /// A reporter that never draws, for library callers and tests.
    public static let silent = ProgressReporter(write: nil)

    /// How long a task runs before its line first appears.
    public let delay: Duration
    /// The shortest time between two redraws.
    public let interval: Duration

    private let write: (@Sendable (String) -> Void)?
    private let now: @Sendable () -> Duration
    private let state = Mutex(State())

    private struct State {
        var task = ""
        var unit = ProgressUnit.items("items")
        var total: Int64?
        var completed: Int64 = 0
        var started: Duration = .zero
        var lastDrawn: Duration?
        var isRunning = false
    }

    /// A reporter that hands each line to `write` (`nil`: silent), reading
    /// the time from `now` (a monotonic clock by default).
    public init(
        write: (@Sendable (String) -> Void)?, now: @escaping @Sendable () -> Duration = ProgressReporter.monotonicNow,
        delay: Duration = .milliseconds(500), interval: Duration = .milliseconds(100)
    ) {
        self.write = write
        self.now = now
        self.delay = delay
        self.interval = interval
    }

    /// A reporter drawing on standard error when it is a terminal and the
    /// user did not ask for quiet; silent otherwise.
    public static func standardError(quiet: Bool) -> ProgressReporter {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return silent }
        return ProgressReporter(write: { line in
            var bytes = Array(line.utf8)
            bytes.withUnsafeMutableBytes { buffer in _ = Glibc.write(STDERR_FILENO, buffer.baseAddress, buffer.count) }
        })
    }

    /// Whether this reporter ever draws.
    public var isSilent: Bool { write == nil }

    /// Starts reporting `task` (a few words: `building layers`), out of
    /// `total` units when it is known. Any task running before is finished.
    public func start(_ task: String, total: Int64? = nil, unit: ProgressUnit = .items("items")) {
        guard write != nil else { return }
        finish()
        let time = now()
        state.withLock { state in
            state = State(task: ProgressLine.printable(task), unit: unit, total: total, completed: 0, started: time, isRunning: true)
        }
    }

    /// Counts `amount` more units done.
    public func advance(by amount: Int64 = 1) {
        guard write != nil else { return }
        update { $0.completed += amount }
    }

    /// Sets the number of units done.
    public func set(completed: Int64) {
        guard write != nil else { return }
        update { $0.completed = completed }
    }

    /// Ends the task: its line, if drawn, is erased, so whatever the
    /// command prints next starts on a clean line.
    public func finish() {
        guard let write else { return }
        let wasDrawn = state.withLock { state in
            defer { state.isRunning = false; state.lastDrawn = nil }
            return state.isRunning && state.lastDrawn != nil
        }
        if wasDrawn { write(ProgressLine.erase) }
    }

    private func update(_ change: (inout State) -> Void) {
        let time = now()
        let line: String? = state.withLock { state in
            guard state.isRunning else { return nil }
            change(&state)
            guard time - state.started >= delay else { return nil }
            if let last = state.lastDrawn, time - last < interval { return nil }
            state.lastDrawn = time
            return ProgressLine.text(task: state.task, completed: state.completed, total: state.total, unit: state.unit,
                                     elapsed: time - state.started)
        }
        if let line, let write { write(line) }
    }

    /// The time on the system's monotonic clock.
    @Sendable public static func monotonicNow() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }
}
