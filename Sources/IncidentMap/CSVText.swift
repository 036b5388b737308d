/// Writing CSV (RFC 4180) cells.
enum CSVText {
    /// `text`, quoted when it contains a comma, quote or line break.
    static func cell(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
