import Foundation
import PlaceNames

/// Which spelling of a place's name labels a map (`--label-language`):
/// one for every label, so that a map never shows `Laçın` beside
/// `Dashkasan`. GeoNames' main names mix the two (its main name of Laçın
/// is Azerbaijani, of Daşkəsən English), and the bundled files carry no
/// language tags, so both spellings are derived from the names it lists.
public enum LabelLanguage: String, Sendable, CaseIterable {
    /// English-style romanisation: the main name when it is plain ASCII
    /// (`Dashkasan`, `Goris`); otherwise the main name romanised the way
    /// English writes Azerbaijani names (ç → ch, ş → sh, ə → a, ğ → gh,
    /// x → kh, c → j, ı → i, ö → o, ü → u: `Laçın` → `Lachin`), taken as
    /// GeoNames spells it among the place's other names when it lists it,
    /// and with any remaining diacritics removed.
    case en
    /// The country's own spelling: the name written in Armenian script for
    /// a place in Armenia (`Գորիս`), in Georgian script in Georgia, in
    /// Azerbaijani Latin with ə in Azerbaijan (`Daşkəsən`), preferring the
    /// one whose English romanisation is the `en` label; elsewhere, or when
    /// GeoNames lists none, the main name.
    case local

    /// The label of `place` in this language, GeoNames' look-alike letters replaced.
    public func label(of place: Place) -> String {
        switch self {
        case .en: LookAlikes.fixed(Self.english(place))
        case .local: LookAlikes.fixed(Self.local(place))
        }
    }

    private static func english(_ place: Place) -> String {
        if place.name.unicodeScalars.allSatisfy(\.isASCII) { return place.name }
        let romanised = romanise(place.name)
        if let listed = place.alternateNames.first(where: { $0.lowercased() == romanised.lowercased() }) { return listed }
        return romanised.applyingDiacriticsRemoval()
    }

    /// `name` with Azerbaijani letters written as English writes them.
    static func romanise(_ name: String) -> String {
        let table: [Character: String] = [
            "ç": "ch", "Ç": "Ch", "ş": "sh", "Ş": "Sh", "ə": "a", "Ə": "A", "ǝ": "a", "Ǝ": "A", "ğ": "gh", "Ğ": "Gh",
            "x": "kh", "X": "Kh", "c": "j", "C": "J", "ı": "i", "İ": "I", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U",
        ]
        return name.map { table[$0] ?? String($0) }.joined()
    }

    private static func local(_ place: Place) -> String {
        let names = place.allNames.map(LookAlikes.fixed)
        let english = Self.english(place).lowercased()
        switch place.country {
        case "AM": return names.first(where: { isScript($0, 0x0530...0x058F) }) ?? place.name
        case "GE": return names.first(where: { isScript($0, 0x10A0...0x10FF) }) ?? place.name
        case "AZ":
            let azerbaijani = names.filter { $0.contains("ə") || $0.contains("Ə") }
            return azerbaijani.first { romanise($0).applyingDiacriticsRemoval().lowercased() == english } ?? azerbaijani.first ?? place.name
        default: return place.name
        }
    }

    /// Whether every letter of `name` is in `range` (the script's block).
    private static func isScript(_ name: String, _ range: ClosedRange<UInt32>) -> Bool {
        let letters = name.unicodeScalars.filter(\.properties.isAlphabetic)
        return !letters.isEmpty && letters.allSatisfy { range.contains($0.value) }
    }
}

private extension String {
    /// The text with combining marks removed after canonical decomposition (`ä` → `a`).
    func applyingDiacriticsRemoval() -> String {
        String(String.UnicodeScalarView(decomposedStringWithCanonicalMapping.unicodeScalars.filter { !$0.properties.isDiacritic
            && $0.properties.generalCategory != .nonspacingMark }))
    }
}
