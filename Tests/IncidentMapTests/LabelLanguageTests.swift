import IncidentMap
import PlaceNames
import Testing

/// One spelling per map: `--label-language en|local`.
@Suite("Label language")
struct LabelLanguageTests {
    /// The place of `geonameID` in the bundled gazetteer.
    private func place(_ geonameID: Int) throws -> Place {
        let gazetteer = try Fixtures.gazetteer.get()
        return gazetteer.place(at: try #require(gazetteer.placeNumber(geonameID: geonameID)))
    }

    @Test("English labels romanise Azerbaijani main names as English writes them, and keep ASCII main names")
    func english() throws {
        #expect(LabelLanguage.en.label(of: try place(147625)) == "Lachin")
        #expect(LabelLanguage.en.label(of: try place(586765)) == "Dashkasan")
        #expect(LabelLanguage.en.label(of: try place(586268)) == "Kalbajar")
    }

    @Test("Local labels use the country's own spelling: Azerbaijani Latin with ə, Armenian script")
    func local() throws {
        #expect(LabelLanguage.local.label(of: try place(147625)) == "Laçın")
        #expect(LabelLanguage.local.label(of: try place(586765)) == "Daşkəsən")
        let goris = LabelLanguage.local.label(of: try place(174895))
        #expect(goris == "Գորիս")
    }

    @Test("Admin1 names come without GeoNames' look-alike letters")
    func admin1() throws {
        let gazetteer = try Fixtures.gazetteer.get()
        let names = gazetteer.admin1Names.values.map(LookAlikes.fixed)
        #expect(!names.contains { $0.unicodeScalars.contains("\u{01DD}") })
        #expect(LookAlikes.fixed("Ağcabǝdi") == "Ağcabədi")
    }
}
