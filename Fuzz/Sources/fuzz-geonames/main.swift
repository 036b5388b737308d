// The gazetteer line parsers (GeoNames dump, admin1 codes, curated
// features) on arbitrary text, and the name index built from whatever
// places they accept: no crash, no hang, and every place accepted can be
// found again by its own name.
import FuzzSupport
import PlaceNames

fuzz { data in
    let text = String(decoding: data, as: UTF8.self)
    for format in [GazetteerFile.Format.geoNames, .admin1, .curated] {
        var contents = GazetteerContents()
        do {
            try contents.add(text, format: format, path: "fuzz.txt")
        } catch {
            continue
        }
        require(contents.places.allSatisfy(\.position.isValid), "a place with invalid coordinates was accepted")
        guard !contents.places.isEmpty else { continue }
        let gazetteer = Gazetteer(places: Array(contents.places.prefix(64)), admin1Names: contents.admin1Names)
        for number in 0..<gazetteer.placeCount {
            let place = gazetteer.place(at: number)
            let found = gazetteer.lookup(place.name, options: LookupOptions(limit: 1000)).matches
            require(
                NameFolding.key(place.name).isEmpty || found.contains { $0.place == place },
                "place \(number) (\(place.name.debugDescription)) is not found by its own name")
        }
    }
}
