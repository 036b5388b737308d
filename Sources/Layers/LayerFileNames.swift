import Foundation

/// Chooses the file name of each side's layer: the side's name in lower-case
/// ASCII (`Armenia` → `armenia`), so names are predictable and safe.
///
/// Whatever a side is called, the name never contains a path separator,
/// never starts with a dot, is never empty and is at most 64 characters,
/// so no value of `claimed_by` can write outside the output folder or hide a
/// file. Two sides whose names fold to the same slug get `-2`, `-3`… in the
/// order of their names, so the choice does not depend on input order.
public enum LayerFileNames {
    /// The longest slug, in characters.
    public static let maximumLength = 64

    /// Slugs that other outputs of the tool use, which a side never gets.
    public static let reserved: Set<String> = ["unresolved", "incidents"]

    /// The file stem for each side in `sides`.
    public static func stems(for sides: [String]) -> [String: String] {
        var taken = Set<String>()
        var result: [String: String] = [:]
        for side in Set(sides).sorted() {
            let base = slug(side)
            var stem = base, counter = 2
            while taken.contains(stem) || reserved.contains(stem) {
                stem = base + "-" + String(counter)
                counter += 1
            }
            taken.insert(stem)
            result[side] = stem
        }
        return result
    }

    /// `side` as lower-case ASCII letters and digits separated by single
    /// hyphens; `side` when nothing of the name survives.
    public static func slug(_ side: String) -> String {
        let latin = side.utf8.allSatisfy({ $0 < 0x80 })
            ? side
            : side.applyingTransform(StringTransform(rawValue: "Any-Latin; Latin-ASCII; Lower"), reverse: false) ?? side
        var slug = ""
        var pendingHyphen = false
        for scalar in latin.unicodeScalars {
            let lower = scalar.properties.lowercaseMapping
            if lower.count == 1, let c = lower.unicodeScalars.first, c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(c)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
            if slug.count >= maximumLength { break }
        }
        return slug.isEmpty ? "side" : slug
    }
}
