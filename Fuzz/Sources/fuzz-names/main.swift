// The name normaliser and matcher on arbitrary text: no crash, no hang;
// folding is idempotent and yields lower-case ASCII words; a layer file
// name made from the text is always a safe plain name.
import FuzzSupport
import Layers
import PlaceNames
import Projection
import Sides

fuzz { data in
    let name = String(decoding: data, as: UTF8.self)
    for key in NameFolding.keys(name) {
        require(NameFolding.key(key) == key, "folding \(key.debugDescription) again changes it")
        require(key.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x20 },
                "key \(key.debugDescription) is not lower-case ASCII words")
    }
    _ = smallGazetteer.lookup(name, options: LookupOptions(limit: 5, countries: ["AM"], near: LonLat(lon: 46, lat: 40)))
    let side = smallSideTable.side(for: name)
    let words = SideText(value: name)
    let scan = smallSideTable.names.scan(words)
    for reference in scan.references(in: words.words.indices) {
        require(reference.words.lowerBound < reference.words.upperBound && reference.words.upperBound <= words.words.count,
                "reference \(reference) outside the \(words.words.count) words of the text")
    }
    let slug = LayerFileNames.slug(side)
    require(!slug.isEmpty && !slug.hasPrefix(".") && !slug.contains("/") && slug.count <= LayerFileNames.maximumLength,
            "unsafe layer file name \(slug.debugDescription)")
}
