import Foundation
import GazetteerFetch

/// Shows how `gazetteer fetch` is going on standard error, rewriting one
/// line per file: only when standard error is a terminal (a log file or a
/// pipe gets nothing) and not `--quiet`.
final class FetchProgressDisplay {
    private let enabled: Bool
    private let folder: String
    private var lastDraw = Date.distantPast
    private var lineOpen = false

    init(enabled: Bool, folder: String) {
        self.enabled = enabled
        self.folder = folder
    }

    /// Shows `event`.
    func show(_ event: FetchEvent) {
        guard enabled else { return }
        switch event {
        case .downloading(let progress):
            guard Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
            lastDraw = Date()
            let total = progress.total.map { " of " + GazetteerReport.size(Int($0)) + " (\(Int(Double(progress.received) * 100 / Double(max($0, 1)))) %)" } ?? ""
            draw("\(progress.name): \(GazetteerReport.size(Int(progress.received)))\(total)", ending: false)
        case .downloaded(let name, let bytes, let resumedFrom):
            let resumed = resumedFrom > 0 ? " (resumed at \(GazetteerReport.size(Int(resumedFrom))))" : ""
            draw("\(name): \(GazetteerReport.size(Int(bytes))) downloaded\(resumed)", ending: true)
        case .checking(let name):
            draw("\(name): unpacking and checking", ending: true)
        case .indexing:
            draw("indexing \(folder)", ending: true)
        }
    }

    /// Ends a line left open by a progress report.
    func end() {
        if enabled && lineOpen { FileHandle.standardError.write(Data("\n".utf8)) }
        lineOpen = false
    }

    private func draw(_ text: String, ending: Bool) {
        let line = "\r\u{1B}[K" + TerminalText.escaped(text) + (ending ? "\n" : "")
        FileHandle.standardError.write(Data(line.utf8))
        lineOpen = !ending
    }
}
