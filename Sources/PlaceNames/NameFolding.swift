import Foundation

/// Reduces a place name to a plain lower-case ASCII key, so that spellings
/// that differ only in case, diacritics, apostrophes, punctuation or script
/// compare equal: `Kəlbəcər`, `KALBAJAR` and `Кельбаджар` all fold to keys a
/// Latin query can meet.
///
/// Latin-script names are folded with Foundation's diacritic folding, which
/// costs about a microsecond. Only names in other scripts (Cyrillic,
/// Armenian, Georgian, Arabic…) go through ICU's `Any-Latin; Latin-ASCII`
/// transliteration, which costs several microseconds and about 16 ms the
/// first time (it loads ICU's data), so callers fold gazetteer names once,
/// when indexing, never per comparison.
public enum NameFolding {
    /// The keys of `name`: usually one; two when the name contains the
    /// Azerbaijani schwa `ə`, which English text renders as `e` (Kelbajar)
    /// and GeoNames as `a` (Kalbajar). Empty when nothing foldable is left.
    public static func keys(_ name: String) -> [String] {
        if isASCII(name) {
            let key = asciiKey(name)
            return key.isEmpty ? [] : [key]
        }
        let eKey = fold(name, schwa: "e")
        guard hasSchwa(name) else { return eKey.isEmpty ? [] : [eKey] }
        let aKey = fold(name, schwa: "a")
        return eKey == aKey ? [eKey] : [eKey, aKey]
    }

    /// The primary key of `name` (schwa as `e`).
    public static func key(_ name: String) -> String {
        fold(name, schwa: "e")
    }

    /// Whether folding `name` needs ICU (it is not all ASCII or Latin).
    public static func needsTransliteration(_ name: String) -> Bool {
        !isASCII(name) && !name.unicodeScalars.allSatisfy(isLatin)
    }

    /// Whether `name` contains an Azerbaijani schwa, which gives it two keys.
    static func hasSchwa(_ name: String) -> Bool {
        !isASCII(name) && name.unicodeScalars.contains(where: isSchwa)
    }

    /// Whether `name` is all ASCII, which folds without looking at scalars.
    static func isASCII(_ name: String) -> Bool {
        name.utf8.allSatisfy { $0 < 0x80 }
    }

    private static func isSchwa(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x259, 0x18F, 0x1DD, 0x18E: true
        default: false
        }
    }

    /// Apostrophes and modifier letters, dropped without leaving a space.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x60, 0xB4, 0x2BB, 0x2BC, 0x2BD, 0x2B9, 0x2BE, 0x2BF, 0x2C8, 0x2018, 0x2019, 0x201B, 0x2032: true
        default: false
        }
    }
    private static let replacements: [UInt32: String] = [
        0x131: "i", 0x130: "I", 0x141: "L", 0x142: "l", 0xD8: "O", 0xF8: "o", 0x110: "D", 0x111: "d",
        0xD0: "D", 0xF0: "d", 0xDF: "ss", 0xC6: "AE", 0xE6: "ae", 0x152: "OE", 0x153: "oe",
        0xDE: "TH", 0xFE: "th", 0x126: "H", 0x127: "h", 0x14A: "NG", 0x14B: "ng",
    ]

    private static func fold(_ name: String, schwa: String) -> String {
        if isASCII(name) { return asciiKey(name) }
        var mapped = ""
        mapped.unicodeScalars.reserveCapacity(name.unicodeScalars.count)
        for scalar in name.unicodeScalars {
            if isDropped(scalar) { continue }
            if isSchwa(scalar) { mapped += schwa; continue }
            if let replacement = replacements[scalar.value] { mapped += replacement; continue }
            mapped.unicodeScalars.append(scalar)
        }
        return asciiKey(latinise(mapped))
    }

    private static func latinise(_ text: String) -> String {
        if isASCII(text) { return text }
        if text.unicodeScalars.allSatisfy(isLatin) {
            return text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        }
        return text.applyingTransform(StringTransform(rawValue: "Any-Latin; Latin-ASCII; Lower"), reverse: false) ?? text
    }

    /// ASCII, Latin-1, Latin Extended-A/B, IPA, spacing modifiers, combining
    /// marks and Latin Extended Additional.
    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x370 || (0x1E00...0x1EFF).contains(v) || (0x2000...0x206F).contains(v)
    }

    /// Lower-case letters and digits, every other run of characters turned
    /// into one space, no leading or trailing space; ASCII apostrophes and
    /// grave accents are dropped without a space.
    private static func asciiKey(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            let isWordByte = (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower)
            if isWordByte {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(lower)
            } else if byte < 0x80 && byte != 0x27 && byte != 0x60 {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
