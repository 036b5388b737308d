/// GeoNames writes the Azerbaijani schwa of many names with look-alike
/// letters: U+01DD (ǝ, "turned e", a phonetic letter) for U+0259 (ə), and
/// U+018E (Ǝ, "reversed E") for U+018F (Ə). They look the same, but they
/// sort, search and hyphenate as other letters, and fonts may lack them.
/// Names written in labels and attributes get the real letters.
public enum LookAlikes {
    /// `text` with GeoNames' look-alike letters replaced by the letters they stand for.
    public static func fixed(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\u{01DD}" || $0 == "\u{018E}" }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            switch scalar {
            case "\u{01DD}": "\u{0259}"
            case "\u{018E}": "\u{018F}"
            default: scalar
            }
        }))
    }
}
