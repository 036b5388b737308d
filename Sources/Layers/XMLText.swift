/// Text for XML documents — the QGIS style and project files, the SVG
/// preview map — escaped once, the same way everywhere.
public enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, and line breaks and
    /// tabs as character references so attribute values keep them.
    public static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            case "\u{0}"..."\u{1F}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}
