import Testing
import PlaceNames

@Suite("Name folding")
struct NameFoldingTests {
    @Test("Upper and lower case fold to the same lower-case key")
    func caseIsFolded() {
        #expect(NameFolding.keys("KALBAJAR") == ["kalbajar"])
        #expect(NameFolding.key("Goris") == NameFolding.key("gORIS"))
        #expect(NameFolding.key("Goris") == "goris")
    }

    @Test("Diacritics are removed: Laçın folds to lacin")
    func diacriticsAreRemoved() {
        #expect(NameFolding.key("Laçın") == "lacin")
        #expect(NameFolding.key("Il’ichëvsk") == "ilichevsk")
        #expect(NameFolding.key("Łódź") == "lodz")
    }

    @Test("The Azerbaijani schwa gives both an e key and an a key: Kəlbəcər → kelbecer and kalbacar")
    func schwaGivesTwoKeys() {
        #expect(NameFolding.keys("Kəlbəcər") == ["kelbecer", "kalbacar"])
        #expect(NameFolding.keys("ƏRƏ") == ["ere", "ara"])
        #expect(NameFolding.key("Kəlbəcər") == "kelbecer")
    }

    @Test("A name without a schwa has exactly one key")
    func nameWithoutSchwaHasOneKey() {
        #expect(NameFolding.keys("Kalbajar") == ["kalbajar"])
        #expect(NameFolding.keys("Laçın") == ["lacin"])
    }

    @Test("The dotless ı folds to i")
    func dotlessIFoldsToI() {
        #expect(NameFolding.key("Qubadlı") == "qubadli")
        #expect(NameFolding.key("ı") == "i")
    }

    @Test("The Turkish dotted İ folds to i")
    func dottedCapitalIFoldsToI() {
        #expect(NameFolding.key("İstisu") == "istisu")
        #expect(NameFolding.key("İçəri") == "iceri")
    }

    @Test("Apostrophes and modifier letters are dropped without a space: K'arvachar, Kʻarvacar")
    func apostrophesAreDropped() {
        #expect(NameFolding.key("K'arvachar") == "karvachar")
        #expect(NameFolding.key("Kʻarvacar") == "karvacar")
        #expect(NameFolding.key("K’arvachar") == "karvachar")
        #expect(NameFolding.key("Tʻazagyug") == "tazagyug")
    }

    @Test("Runs of punctuation and spaces become one space, with none at the ends")
    func punctuationRunsBecomeOneSpace() {
        #expect(NameFolding.key("  Nor--Kyank,, (Armenia) ") == "nor kyank armenia")
        #expect(NameFolding.key("Nor\tKyank") == "nor kyank")
        #expect(NameFolding.key("Lake   Sevan") == "lake sevan")
    }

    @Test("Cyrillic transliterates to Latin ASCII: Кельбаджар → kelbadzar")
    func cyrillicIsTransliterated() {
        #expect(NameFolding.key("Кельбаджар") == "kelbadzar")
        #expect(NameFolding.needsTransliteration("Кельбаджар"))
    }

    @Test("Armenian transliterates to Latin ASCII: Քարվաճառ folds like Kʻarvacar")
    func armenianIsTransliterated() {
        #expect(NameFolding.key("Քարվաճառ") == "karvacar")
        #expect(NameFolding.key("Քարվաճառ") == NameFolding.key("Kʻarvacar"))
        #expect(NameFolding.needsTransliteration("Քարվաճառ"))
    }

    @Test("Latin-script names do not need transliteration")
    func latinNamesNeedNoTransliteration() {
        #expect(!NameFolding.needsTransliteration("Laçın"))
        #expect(!NameFolding.needsTransliteration("Kəlbəcər"))
        #expect(!NameFolding.needsTransliteration("Goris"))
    }

    static let variedNames = [
        "Goris", "Laçın", "Kəlbəcər", "KALBAJAR", "İstisu", "Qubadlı", "K'arvachar", "Kʻarvacar",
        "Кельбаджар", "Քարվաճառ", "გორი", "Il’ichëvsk", "  Nor--Kyank,, (Armenia) ", "Straße", "Łódź",
        "Syunik Province", "Tsaghkadzor 2", "Sevanga", "Dərələyəz", "Тбилиси",
    ]

    @Test("Folding is idempotent: folding a key gives the key back", arguments: variedNames)
    func foldingIsIdempotent(name: String) {
        let keys = NameFolding.keys(name)
        #expect(!keys.isEmpty)
        for key in keys {
            #expect(NameFolding.keys(key) == [key])
        }
        #expect(NameFolding.key(NameFolding.key(name)) == NameFolding.key(name))
    }

    @Test("Every key is plain lower-case ASCII letters, digits and single inner spaces", arguments: variedNames)
    func keysArePlainASCII(name: String) {
        for key in NameFolding.keys(name) {
            #expect(key.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x20 })
            #expect(!key.hasPrefix(" ") && !key.hasSuffix(" ") && !key.contains("  "))
        }
    }

    @Test("An empty, blank or punctuation-only name has no key", arguments: ["", "   ", "'-,!", "’ʻ", "(--)"])
    func emptyNamesHaveNoKey(name: String) {
        #expect(NameFolding.keys(name).isEmpty)
        #expect(NameFolding.key(name).isEmpty)
    }
}
