import Synchronization
import Testing
@testable import TerminalProgress

/// A clock the test moves by hand, and the lines a reporter wrote.
private final class Recorder: Sendable {
    let time = Mutex(Duration.zero)
    let lines = Mutex([String]())

    func reporter() -> ProgressReporter {
        ProgressReporter(write: { line in self.lines.withLock { $0.append(line) } }, now: { self.time.withLock { $0 } })
    }

    func wait(_ duration: Duration) {
        time.withLock { $0 += duration }
    }

    var written: [String] { lines.withLock { $0 } }
}

@Suite("Progress on standard error")
struct ProgressReporterTests {
    @Test("A task shorter than the delay draws nothing")
    func quickTaskIsSilent() {
        let recorder = Recorder()
        let progress = recorder.reporter()
        progress.start("indexing", total: 10)
        recorder.wait(.milliseconds(400))
        progress.advance(by: 10)
        progress.finish()
        #expect(recorder.written.isEmpty)
    }

    @Test("A long task shows its share done, redrawn in place, and is erased when it ends")
    func longTaskDrawsAndErases() {
        let recorder = Recorder()
        let progress = recorder.reporter()
        progress.start("building layers", total: 1_000_000, unit: .items("rows"))
        recorder.wait(.seconds(3))
        progress.advance(by: 420_000)
        progress.finish()
        #expect(recorder.written == ["\r\u{1B}[Kbuilding layers: 42% (420,000 of 1,000,000 rows), 3 s", "\r\u{1B}[K"])
    }

    @Test("Redraws come at most once per interval")
    func throttled() {
        let recorder = Recorder()
        let progress = recorder.reporter()
        progress.start("reading", unit: .items("articles"))
        recorder.wait(.seconds(1))
        for _ in 0..<50 { progress.advance() }
        recorder.wait(.milliseconds(150))
        progress.advance()
        #expect(recorder.written == ["\r\u{1B}[Kreading: 1 articles, 1 s", "\r\u{1B}[Kreading: 51 articles, 1 s"])
    }

    @Test("Bytes are shown in KB, MB or GB")
    func bytes() {
        #expect(ProgressLine.amount(286_400_000, .bytes, named: true) == "286.4 MB")
        #expect(ProgressLine.amount(999, .bytes, named: true) == "999 bytes")
        #expect(ProgressLine.amount(1_500_000_000, .bytes, named: true) == "1.5 GB")
    }

    @Test("Control characters in a task's name never reach the terminal")
    func printableTask() {
        #expect(ProgressLine.printable("x\u{1B}[2J\ny") == "x?[2J?y")
    }

    @Test("The silent reporter never writes, and standard error that is not a terminal gets the silent one")
    func silent() {
        #expect(ProgressReporter.silent.isSilent)
        #expect(ProgressReporter.standardError(quiet: true).isSilent)
    }
}
