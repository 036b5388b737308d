/// Makes text from input files safe to print on one terminal line.
///
/// A side, a place or a file name can hold anything: a line break would
/// split a one-line message in two, and an escape sequence (`ESC [31m`)
/// would be run by the terminal. Control characters (C0, DEL, C1) and the
/// Unicode line and paragraph separators are shown as Swift escapes
/// instead: `\n`, `\t`, `\u{1B}`.
enum TerminalText {
    /// `text` with every control character written as an escape.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }
}
