import Testing
import PlaceNames
import Projection

@Suite("Gazetteer built in memory")
struct InMemoryGazetteerTests {
    static func place(
        _ id: Int?, _ name: String, alternates: [String] = [], lon: Double = 45, lat: Double = 40,
        country: String? = "AM", admin1: String? = nil, population: Int = 0, kind: String = "populated place"
    ) -> Place {
        Place(
            geonameID: id, name: name, alternateNames: alternates, position: LonLat(lon: lon, lat: lat),
            country: country, admin1Code: admin1, population: population, kind: PlaceKind(kind))
    }

    static let alpha = place(1, "Alpha", alternates: ["Alfa", "Ալֆա"], admin1: "AM.08", population: 1000)

    @Test("It holds the places it was given, in order, with all their names")
    func holdsPlaces() {
        let places = [Self.alpha, Self.place(2, "Beta")]
        let gazetteer = Gazetteer(places: places, admin1Names: ["AM.08": "Syunik"])
        #expect(gazetteer.placeCount == 2)
        #expect(gazetteer.place(at: 0) == places[0])
        #expect(gazetteer.place(at: 1) == places[1])
        #expect(gazetteer.admin1Name(of: places[0]) == "Syunik")
        #expect(gazetteer.admin1Name(of: places[1]) == nil)
    }

    @Test("The main name matches as exact with score 1")
    func mainNameIsExact() throws {
        let match = try #require(Gazetteer(places: [Self.alpha]).lookup("Alpha").matches.first)
        #expect(match.kind == .exact)
        #expect(match.score == 1)
        #expect(match.matchedName == "Alpha")
    }

    @Test("Another listed name matches as alternate, scored below exact")
    func otherNameIsAlternate() throws {
        let match = try #require(Gazetteer(places: [Self.alpha]).lookup("Alfa").matches.first)
        #expect(match.kind == .alternate)
        #expect(match.score < 1)
        #expect(match.matchedName == "Alfa")
    }

    @Test("Without alternate names, a match's place has none but keeps the name that matched")
    func matchWithoutAlternateNames() throws {
        let options = LookupOptions(includesAlternateNames: false)
        let match = try #require(Gazetteer(places: [Self.alpha]).lookup("Alfa", options: options).matches.first)
        #expect(match.place.alternateNames.isEmpty)
        #expect(match.matchedName == "Alfa")
        var expected = Self.alpha
        expected.alternateNames = []
        #expect(match.place == expected)
    }

    @Test("By default a match's place carries all its names")
    func matchWithAlternateNames() throws {
        let match = try #require(Gazetteer(places: [Self.alpha]).lookup("Alfa").matches.first)
        #expect(match.place == Self.alpha)
    }

    @Test("A name in another script matches as alternate character for character")
    func otherScriptAlternate() throws {
        let match = try #require(Gazetteer(places: [Self.alpha]).lookup("Ալֆա").matches.first)
        #expect(match.kind == .alternate)
        #expect(match.place.geonameID == 1)
    }

    @Test("A differently cased main name matches as folded, below alternate")
    func foldedMainName() throws {
        let gazetteer = Gazetteer(places: [Self.alpha])
        let folded = try #require(gazetteer.lookup("ALPHA").matches.first)
        let alternate = try #require(gazetteer.lookup("Alfa").matches.first)
        #expect(folded.kind == .folded)
        #expect(folded.matchedName == "Alpha")
        #expect(folded.score < alternate.score)
    }

    @Test("A folded main name scores above a folded alternate name")
    func foldedMainBeatsFoldedAlternate() throws {
        let gazetteer = Gazetteer(places: [Self.alpha])
        let main = try #require(gazetteer.lookup("alpha").matches.first)
        let alternate = try #require(gazetteer.lookup("ALFA").matches.first)
        #expect(main.kind == .folded && alternate.kind == .folded)
        #expect(main.score > alternate.score)
    }

    @Test("A place matched through several names appears once, with its best match")
    func placeAppearsOnce() throws {
        let place = Self.place(5, "Gamma", alternates: ["gamma", "GAMMA"])
        let matches = Gazetteer(places: [place]).lookup("Gamma").matches
        #expect(matches.count == 1)
        #expect(matches.first?.kind == .exact)
    }

    @Test("Equal candidates come out in GeoNames id order, whatever the input order, curated features last")
    func equalCandidatesHaveDeterministicOrder() {
        let twins = [Self.place(30, "Twin"), Self.place(nil, "Twin"), Self.place(10, "Twin"), Self.place(20, "Twin")]
        let forward = Gazetteer(places: twins).ids("Twin", options: LookupOptions(limit: 10))
        let backward = Gazetteer(places: twins.reversed()).ids("Twin", options: LookupOptions(limit: 10))
        #expect(forward == [10, 20, 30, nil])
        #expect(backward == forward)
    }

    @Test("Among equal scores the more populous place comes first")
    func populationBreaksTies() {
        let places = [Self.place(1, "Twin", population: 10), Self.place(2, "Twin", population: 5000)]
        #expect(Gazetteer(places: places).ids("Twin") == [2, 1])
    }

    @Test("Among equal scores and populations the more significant kind comes first")
    func kindBreaksTies() {
        let places = [Self.place(1, "Twin", kind: "hill"), Self.place(2, "Twin", kind: "province")]
        #expect(Gazetteer(places: places).ids("Twin") == [2, 1])
    }

    @Test("A better score beats a larger population")
    func scoreBeatsPopulation() {
        let places = [Self.place(1, "Big", alternates: ["Twin"], population: 1_000_000), Self.place(2, "Twin", population: 10)]
        #expect(Gazetteer(places: places).ids("Twin") == [2, 1])
    }

    @Test("The near point outranks population among equal scores")
    func nearOutranksPopulation() {
        let places = [
            Self.place(1, "Twin", lon: 44, lat: 40, population: 100_000),
            Self.place(2, "Twin", lon: 46, lat: 40, population: 10),
        ]
        let options = LookupOptions(near: LonLat(lon: 46.1, lat: 40))
        #expect(Gazetteer(places: places).ids("Twin", options: options) == [2, 1])
    }

    @Test("A name of punctuation alone, which folds to nothing, still matches when spelt exactly")
    func nameWithoutFoldedKeyMatchesExactly() throws {
        let places = [Self.place(1, "--", alternates: ["‽"]), Self.place(2, "Beta")]
        let gazetteer = Gazetteer(places: places)
        #expect(NameFolding.keys("--").isEmpty)
        #expect(gazetteer.lookup("--").matches.map(\.kind) == [.exact])
        #expect(gazetteer.lookup("‽").matches.map(\.kind) == [.alternate])
        #expect(gazetteer.lookup("-").matches.isEmpty)
    }

    @Test("An exact spelling and a folded one of the same key are told apart: Alpha exact, ALPHA folded")
    func exactAndFoldedSpellingsOfOneKey() {
        let places = [Self.place(1, "Alpha"), Self.place(2, "ALPHA"), Self.place(3, "Ålpha"), Self.place(4, "Other", alternates: ["Alpha"])]
        let matches = Gazetteer(places: places).lookup("Alpha", options: LookupOptions(limit: 10)).matches
        #expect(matches.map { $0.place.geonameID } == [1, 4, 2, 3])
        #expect(matches.map(\.kind) == [.exact, .alternate, .folded, .folded])
    }

    @Test("A small limit gives the first places of the full ranking", arguments: [1, 2, 5, 17])
    func smallLimitIsTheHeadOfTheFullRanking(limit: Int) {
        let kinds = ["hill", "populated place", "province", "capital", "district"]
        let places = (0..<60).map { (i: Int) -> Place in
            let id: Int = 1000 - (i * 7) % 61
            let name = i % 3 == 0 ? "twin" : "Twin"
            let alternates: [String] = i % 4 == 0 ? ["Twin"] : []
            let population: Int = (i * 37) % 4 * 100
            return Self.place(id, name, alternates: alternates, lon: 44 + Double(i % 5), population: population, kind: kinds[i % kinds.count])
        }
        let gazetteer = Gazetteer(places: places)
        for options in [LookupOptions(limit: limit), LookupOptions(limit: limit, near: LonLat(lon: 46, lat: 40))] {
            var all = options
            all.limit = places.count
            let full = gazetteer.ids("Twin", options: all)
            #expect(full.count == places.count)
            #expect(gazetteer.ids("Twin", options: options) == Array(full.prefix(limit)))
        }
    }

    @Test("An empty gazetteer answers with no matches and no suggestions")
    func emptyGazetteer() {
        let gazetteer = Gazetteer(places: [])
        #expect(gazetteer.placeCount == 0)
        let result = gazetteer.lookup("Goris")
        #expect(result.matches.isEmpty)
        #expect(result.suggestions.isEmpty)
        #expect(result.query == "Goris")
    }
}
