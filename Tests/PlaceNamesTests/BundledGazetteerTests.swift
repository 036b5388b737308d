import Testing
import PlaceNames
import Projection

/// The name traps of the specification, on the bundled gazetteer.
@Suite("Bundled gazetteer lookups")
struct BundledGazetteerTests {
    static let kalbajar = 586268
    static let lachin = 147625
    static let dashkasan = 586765
    static let vardenisGegharkunik = 616108
    static let vardenisAragatsotn = 616107
    static let goris = 174895
    static let jermuk = 174884

    let gazetteer: Gazetteer

    init() throws {
        gazetteer = try BundledGazetteer.gazetteer()
    }

    @Test("Kelbajar, Kalbajar, Kəlbəcər, Քարվաճառ and Кельбаджар all resolve to 586268 first",
          arguments: ["Kelbajar", "Kalbajar", "Kəlbəcər", "Քարվաճառ", "Кельбаджар"])
    func kalbajarSpellings(query: String) {
        #expect(gazetteer.ids(query).first == Self.kalbajar)
    }

    @Test("Lachin, Laçın and Berdzor all resolve to 147625 first", arguments: ["Lachin", "Laçın", "Berdzor"])
    func lachinSpellings(query: String) {
        #expect(gazetteer.ids(query).first == Self.lachin)
    }

    @Test("Dashkesan resolves to 586765 (Dashkasan) first")
    func dashkesanResolvesToDashkasan() throws {
        let first = try #require(gazetteer.lookup("Dashkesan").matches.first)
        #expect(first.place.geonameID == Self.dashkasan)
        #expect(first.place.name == "Dashkasan")
    }

    @Test("Vardenis returns the Gegharkunik town 616108 first and the Aragatsotn village 616107 second")
    func vardenisReturnsBothPlaces() {
        #expect(Array(gazetteer.ids("Vardenis").prefix(2)) == [Self.vardenisGegharkunik, Self.vardenisAragatsotn])
    }

    @Test("Vardenis near (44.40, 40.57) ranks the Aragatsotn village 616107 first")
    func vardenisNearAragatsotn() throws {
        let options = LookupOptions(near: LonLat(lon: 44.40, lat: 40.57))
        let matches = gazetteer.lookup("Vardenis", options: options).matches
        #expect(matches.map(\.place.geonameID).prefix(2) == [Self.vardenisAragatsotn, Self.vardenisGegharkunik])
        let first = try #require(matches.first)
        let distance = try #require(first.distance)
        #expect(distance < 2_000)
    }

    @Test("Matches carry no distance when no near point is given")
    func noDistanceWithoutNear() {
        #expect(gazetteer.lookup("Vardenis").matches.allSatisfy { $0.distance == nil })
    }

    @Test("Ishkhanasar matches nothing, gives suggestions, and none of them is an Ishkhanasar")
    func ishkhanasarIsNeverAWrongMatch() {
        let result = gazetteer.lookup("Ishkhanasar")
        #expect(result.matches.isEmpty)
        #expect(!result.suggestions.isEmpty)
        for suggestion in result.suggestions {
            #expect(suggestion.kind == .fuzzy)
            #expect(!suggestion.place.allNames.contains { NameFolding.keys($0).contains("ishkhanasar") },
                    "\(suggestion.place.name) is not Ishkhanasar")
        }
    }

    @Test("Gorsi finds Goris 174895 first as a fuzzy match")
    func gorsiFindsGoris() throws {
        let first = try #require(gazetteer.lookup("Gorsi").matches.first)
        #expect(first.place.geonameID == Self.goris)
        #expect(first.kind == .fuzzy)
    }

    @Test("Jermukk finds Jermuk 174884 first as a fuzzy match")
    func jermukkFindsJermuk() throws {
        let first = try #require(gazetteer.lookup("Jermukk").matches.first)
        #expect(first.place.geonameID == Self.jermuk)
        #expect(first.kind == .fuzzy)
    }

    @Test("Ogirs (two neighbour swaps, one whole error) finds Goris 174895 first as a fuzzy match")
    func ogirsFindsGoris() throws {
        let result = gazetteer.lookup("Ogirs")
        let first = try #require(result.matches.first, "suggestions instead: \(result.suggestions.map(\.place.name))")
        #expect(first.place.geonameID == Self.goris)
        #expect(first.kind == .fuzzy)
    }

    @Test("Goris spelled exactly has score 1 and kind exact")
    func gorisExact() throws {
        let first = try #require(gazetteer.lookup("Goris").matches.first)
        #expect(first.place.geonameID == Self.goris)
        #expect(first.score == 1)
        #expect(first.kind == .exact)
        #expect(first.matchedName == "Goris")
    }

    @Test("A typo-tolerant lookup is not tried when the name is spelled correctly")
    func noFuzzyMatchesBesideExactOnes() {
        #expect(gazetteer.lookup("Goris").matches.allSatisfy { $0.kind != .fuzzy })
    }

    @Test("Surrounding whitespace in the query is ignored")
    func queryIsTrimmed() throws {
        let first = try #require(gazetteer.lookup("  Goris \t").matches.first)
        #expect(first.place.geonameID == Self.goris)
        #expect(first.kind == .exact)
    }

    @Test("Match kinds sort GeoNames id, exact, alternate, folded, fuzzy")
    func matchKindOrder() {
        #expect(MatchKind.allCases.sorted() == [.geonameID, .exact, .alternate, .folded, .fuzzy])
        #expect(MatchKind.geonameID < .exact)
        #expect(MatchKind.exact < .alternate && MatchKind.alternate < .folded && MatchKind.folded < .fuzzy)
    }

    @Test("Scores fall from exact (Goris) to alternate (Lachin) to folded (goris) to fuzzy (Gorsi)")
    func scoresFallWithMatchKind() throws {
        let exact = try #require(gazetteer.lookup("Goris").matches.first)
        let alternate = try #require(gazetteer.lookup("Lachin").matches.first)
        let folded = try #require(gazetteer.lookup("goris").matches.first)
        let fuzzy = try #require(gazetteer.lookup("Gorsi").matches.first)
        #expect([exact.kind, alternate.kind, folded.kind, fuzzy.kind] == [.exact, .alternate, .folded, .fuzzy])
        #expect(exact.score > alternate.score)
        #expect(alternate.score > folded.score)
        #expect(folded.score > fuzzy.score)
    }

    @Test("Every match and suggestion score is in [0, 1]",
          arguments: ["Goris", "Lachin", "goris", "Gorsi", "Jermukk", "Ishkhanasar", "Кельбаджар", "Norashen", "Lake Sevan",
                      "Xyzzyqwv", "a", "Vardensi", "Ogirs"])
    func scoresAreInUnitInterval(query: String) {
        let result = gazetteer.lookup(query)
        for match in result.matches + result.suggestions {
            #expect((0...1).contains(match.score), "\(match.place.name): \(match.score)")
        }
    }

    @Test("Matches are sorted by score, best first")
    func matchesAreSortedByScore() {
        for query in ["Norashen", "Gorsi", "Sevan", "Syunik", "Vardensi"] {
            let scores = gazetteer.lookup(query, options: LookupOptions(limit: 50)).matches.map(\.score)
            #expect(scores == scores.sorted(by: >), "\(query)")
        }
    }

    @Test("The first-level division of Goris is Syunik (AM.08)")
    func gorisAdmin1IsSyunik() throws {
        let goris = try #require(gazetteer.lookup("Goris").matches.first?.place)
        #expect(goris.admin1Code == "AM.08")
        #expect(gazetteer.admin1Name(of: goris) == "Syunik")
        #expect(gazetteer.admin1Names["AM.08"] == "Syunik")
    }

    @Test("Ganjak ties Ganja (AZ) and Gandzak (AM): population decides, unless Armenia is preferred")
    func countryPreferenceBreaksTies() throws {
        let plain = gazetteer.lookup("Ganjak").matches
        #expect(plain.count >= 2)
        #expect(plain.prefix(2).map(\.place.geonameID) == [586523, 616814])
        #expect(plain[0].score == plain[1].score)

        let preferred = gazetteer.lookup("Ganjak", options: LookupOptions(countries: ["AM"])).matches
        #expect(preferred.prefix(2).map(\.place.geonameID) == [616814, 586523])
    }

    @Test("Marduni ties Martuni (AM) and Khojavend (AZ): preferring Azerbaijan ranks Khojavend first")
    func countryPreferenceBreaksTiesTheOtherWay() {
        #expect(gazetteer.ids("Marduni").prefix(2) == [616438, 146969])
        #expect(gazetteer.ids("Marduni", options: LookupOptions(countries: ["AZ"])).prefix(2) == [146969, 616438])
    }

    @Test("Preferences are ranked: Istisu is the Azerbaijani village when AZ comes before AM, Jermuk when AM does")
    func preferredCountriesAreTiered() {
        var azerbaijanFirst = LookupOptions(), armeniaFirst = LookupOptions()
        azerbaijanFirst.preferredCountries = [["AZ"], ["AM"]]
        armeniaFirst.preferredCountries = [["AM"], ["AZ"]]
        #expect(gazetteer.ids("Istisu", options: azerbaijanFirst).prefix(2) == [147969, 174884])
        #expect(gazetteer.ids("Istisu", options: armeniaFirst).prefix(2) == [174884, 147969])
        #expect(gazetteer.ids("Istisu", options: LookupOptions(countries: ["AM", "AZ"])).prefix(2) == [174884, 147969])
    }

    @Test("A preferred country does not outrank a better score: Goris stays first when Georgia is preferred")
    func countryPreferenceDoesNotBeatScore() throws {
        let matches = gazetteer.lookup("Goris", options: LookupOptions(countries: ["GE"])).matches
        let first = try #require(matches.first)
        #expect(first.place.geonameID == Self.goris)
        #expect(matches.contains { $0.place.country == "GE" })
    }

    @Test("Curated features resolve with the kind from the curated file and no GeoNames id",
          arguments: [("Lake Sevan", "lake"), ("Lachin corridor", "corridor"), ("Syunik Province", "province")])
    func curatedFeatures(name: String, kind: String) throws {
        let first = try #require(gazetteer.lookup(name).matches.first)
        #expect(first.place.name == name)
        #expect(first.place.geonameID == nil)
        #expect(first.place.kind.description == kind)
        #expect(first.kind == .exact)
    }

    @Test("The limit caps the number of matches", arguments: [1, 2, 3])
    func limitIsHonoured(limit: Int) {
        let all = gazetteer.lookup("Norashen", options: LookupOptions(limit: 50)).matches
        #expect(all.count > 3)
        let limited = gazetteer.lookup("Norashen", options: LookupOptions(limit: limit)).matches
        #expect(limited == Array(all.prefix(limit)))
    }

    @Test("Suggestions are at most three")
    func atMostThreeSuggestions() {
        #expect(gazetteer.lookup("Ishkhanasar", options: LookupOptions(limit: 10)).suggestions.count <= 3)
    }
}
