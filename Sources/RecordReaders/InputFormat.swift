/// The formats an incidents file can be in.
///
/// The raw values are what `--input-format` accepts on the command line.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Comma-separated values with a header row (RFC 4180); `;` or tab
    /// delimiters are detected from the header line.
    case csv
    /// A JSON array of flat objects.
    case json
    /// JSON Lines: one flat JSON object per line (also called NDJSON).
    case jsonl

    /// The format a file extension stands for: `csv`, `json`, `jsonl` or
    /// `ndjson`, with or without the leading dot, in any letter case; `nil`
    /// for any other extension.
    public init?(pathExtension: String) {
        var name = pathExtension.lowercased()
        if name.hasPrefix(".") { name.removeFirst() }
        switch name {
        case "csv": self = .csv
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }

    /// The format named by the extension of the last component of `path`
    /// (`data/incidents.csv` → `.csv`), or `nil`.
    public init?(path: String) {
        let fileName = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return nil }
        self.init(pathExtension: String(fileName[fileName.index(after: dot)...]))
    }
}
