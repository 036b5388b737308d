import IncidentMap

/// What `build` and `map` print when they have written the layers (text
/// from the input escaped, so no name can break a line or reach the terminal).
struct BuildSummary {
    var report: BuildReport
    var folder: String

    /// Warnings and (when `listingUnresolved`) unknown places on standard
    /// error; one line per file written on standard output.
    func print(listingUnresolved: Bool) {
        for warning in report.warnings { printError("incident-map: warning: \(warning)") }
        if listingUnresolved {
            for entry in report.unresolved { printError(entry.message) }
        }
        for entry in report.reviewed { printError(entry.message) }
        for layer in report.layers {
            Swift.print(TerminalText.escaped("\(folder)/\(layer.file): \(layer.features) feature\(layer.features == 1 ? "" : "s") claimed by \(layer.side)"))
        }
        for file in report.files {
            Swift.print(TerminalText.escaped("\(folder)/\(file.file): \(file.description)"))
        }
        let count = report.unresolved.count
        Swift.print(TerminalText.escaped("\(folder)/unresolved.csv: \(count) place\(count == 1 ? "" : "s") not found"))
        let reviewed = report.reviewed.count
        Swift.print(TerminalText.escaped("\(folder)/review.csv: \(reviewed) uncertain match\(reviewed == 1 ? "" : "es") to check"))
    }

    /// Whether the exit status says "written, but see unresolved.csv or review.csv" (2).
    var needsAttention: Bool {
        !report.unresolved.isEmpty || !report.reviewed.isEmpty
    }
}
