import GazetteerFetch
import Testing

/// The compiled-in table of GeoNames' countries.
struct GeoNamesCountryTests {
    @Test("the table holds GeoNames' 252 countries and territories, by ISO code")
    func table() {
        #expect(GeoNamesCountry.byCode.count == 252)
        let thailand = GeoNamesCountry.named("TH")
        #expect(thailand?.iso3 == "THA" && thailand?.name == "Thailand" && thailand?.capital == "Bangkok")
        #expect(thailand?.geonameID == 1_605_651 && thailand?.neighbours == ["LA", "MM", "KH", "MY"])
        #expect(GeoNamesCountry.named("XK")?.name == "Kosovo")
    }

    @Test("codes that are not GeoNames countries are not found", arguments: ["ZZ", "th", "THA", ""])
    func unknown(code: String) {
        #expect(GeoNamesCountry.named(code) == nil)
    }
}
