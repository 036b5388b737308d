import Incidents
import PlaceNames
import Projection
import Sides

/// A few places in several scripts, so that lookups reach every kind of
/// match (exact, alternate, folded, typo-tolerant) in microseconds.
public let smallGazetteer = Gazetteer(places: [
    ("Goris", ["Горис", "Գորիս", "Gorisi"], 46.34168, 39.51111),
    ("Kalbajar", ["Kəlbəcər", "Kelbajar", "Кельбаджар", "Քարվաճառ"], 46.04446, 40.10984),
    ("Laçın", ["Lachin", "Berdzor", "Բերձոր"], 46.54977, 39.63742),
    ("Jermuk", ["Ջերմուկ", "Джермук"], 45.66912, 39.84168),
    ("Tbilisi", ["თბილისი", "Тбилиси", "Tiflis"], 44.79307, 41.69411),
    ("Şuşa", ["Shusha", "Շուշի", "Shushi"], 46.75, 39.76),
].enumerated().map { number, entry in
    Place(geonameID: 1000 + number, name: entry.0, alternateNames: entry.1,
          position: LonLat(lon: entry.2, lat: entry.3), country: nil, admin1Code: nil, population: 1000 * number,
          kind: PlaceKind(featureClass: "P", featureCode: "PPL"))
})

/// Two sides and their usual aliases, over a world table of three states in several scripts, so that
/// the institution patterns (``SideNames``) are read too.
public let smallSideTable = SideTable(
    entries: [SideTable.Entry(side: "Armenia", aliases: ["AM", "Yerevan"]), SideTable.Entry(side: "Azerbaijan", aliases: ["AZ", "Baku"])],
    states: StateTable([
        State(side: "Armenia", iso2: "AM", iso3: "ARM", officialName: "Republic of Armenia",
              names: ["Հայաստան", "Հայաստանի", "ՀՀ", "Армения", "Армении"], demonyms: ["Armenian", "армянская"],
              people: ["Armenians"], capitals: ["Yerevan"]),
        State(side: "Azerbaijan", iso2: "AZ", iso3: "AZE", names: ["Azərbaycan", "Азербайджана"], demonyms: ["Azerbaijani", "Azeri"],
              capitals: ["Baku"]),
        State(side: "Israel", iso2: "IL", names: ["ישראל"], demonyms: ["Israeli"], institutions: ["IDF"]),
    ]))
