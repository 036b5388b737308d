import PlaceNames

/// Chooses the file name of each side's layer: the side's name in lower-case
/// ASCII (`Armenia` → `armenia`), so names are predictable and safe.
///
/// Whatever a side is called, the name never contains a path separator,
/// never starts with a dot, is never empty and is at most 64 characters,
/// so no value of `claimed_by` can write outside the output folder or hide a
/// file. Two sides whose names fold to the same slug get `-2`, `-3`… in the
/// order of their names, so the choice does not depend on input order; so
/// does a side whose stem is another side's zones stem (`<stem>-zones`).
public enum LayerFileNames {
    /// The longest slug, in characters.
    public static let maximumLength = 64

    /// Slugs that other outputs of the tool use, which a side never gets:
    /// `unresolved.csv`, `incidents.gpkg`, `incidents.qgs`, `countries.geojson`, `contested.geojson`.
    public static let reserved: Set<String> = ["unresolved", "incidents", "countries", "contested"]

    /// What the zones layer of a side adds to the side's stem.
    public static let zonesSuffix = "-zones"

    /// The file stem for each side in `sides`.
    ///
    /// Each slug remembers the last counter it used, so that thousands of
    /// sides with the same slug (`.`, `..`, `...` all give `side`) take
    /// linear time, not quadratic.
    public static func stems(for sides: [String]) -> [String: String] {
        var taken = Set<String>()
        var nextCounter: [String: Int] = [:]
        var result: [String: String] = [:]
        for side in Set(sides).sorted() {
            let base = slug(side)
            var stem = base, counter = nextCounter[base, default: 2]
            while taken.contains(stem) || reserved.contains(stem) || taken.contains(stem + zonesSuffix) {
                let suffix = "-" + String(counter)
                stem = String(base.prefix(maximumLength - suffix.count)) + suffix
                counter += 1
            }
            nextCounter[base] = counter
            taken.insert(stem)
            taken.insert(stem + zonesSuffix)
            result[side] = stem
        }
        return result
    }

    /// `side` folded as place names are (lower-case ASCII, Azerbaijani ə as
    /// e, other scripts transliterated), words joined by single hyphens, cut
    /// to ``maximumLength``; `side` when nothing of the name survives.
    public static func slug(_ side: String) -> String {
        let words = NameFolding.key(side).split(separator: " ")
        var slug = ""
        for word in words {
            let separator = slug.isEmpty ? "" : "-"
            guard slug.count + separator.count < maximumLength else { break }
            slug += separator + word.prefix(maximumLength - slug.count - separator.count)
        }
        return slug.isEmpty ? "side" : slug
    }
}
