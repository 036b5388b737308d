import Layers
import Testing

@Suite("Layer file names")
struct LayerFileNamesTests {
    /// Whether `stem` is safe as a file name in the output folder.
    private func isSafe(_ stem: String) -> Bool {
        !stem.isEmpty && !stem.contains("/") && !stem.hasPrefix(".") && stem.count <= LayerFileNames.maximumLength
            && stem.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value != 0x7F }
    }

    @Test func countryNamesBecomeLowerCaseStems() {
        #expect(LayerFileNames.stems(for: ["Armenia", "Azerbaijan"]) == ["Armenia": "armenia", "Azerbaijan": "azerbaijan"])
    }

    @Test func wordsAreJoinedBySingleHyphens() {
        #expect(LayerFileNames.slug("Observer Mission") == "observer-mission")
        #expect(LayerFileNames.slug("  OSCE -- Monitoring   Mission! ") == "osce-monitoring-mission")
    }

    @Test func nonLatinNamesAreTransliterated() {
        #expect(LayerFileNames.slug("Հայաստան") == "hayastan")
        #expect(LayerFileNames.slug("Ελλάδα") == "ellada")
        let russian = LayerFileNames.slug("Армения")
        #expect(russian.hasPrefix("armeni"), "Армения → \(russian)")
        #expect(isSafe(russian))
    }

    @Test func azerbaijaniSchwaIsALetterNotAWordBreak() {
        // `Azərbaycan` is an alias in the bundled sides.tsv; the gazetteer's
        // name folding renders ə as e, but ICU's Latin-ASCII leaves it alone.
        #expect(LayerFileNames.slug("Azərbaycan") == "azerbaycan")
        #expect(LayerFileNames.slug("Kəlbəcər") == "kelbecer")
    }

    /// A side name, shown escaped in test reports.
    struct SideName: Sendable, CustomTestStringConvertible {
        var side: String
        var testDescription: String { side.debugDescription }
    }

    @Test(arguments: ["../../etc", ".", "..", "", "/", "/etc/passwd", ".hidden", "\u{0}\u{1}\n\t\u{7F}", "a/b\\c", "..\u{0}/x"].map(SideName.init))
    func hostileNamesGiveSafeStems(_ name: SideName) throws {
        let side = name.side
        let stems = LayerFileNames.stems(for: [side])
        let stem = try #require(stems[side])
        #expect(isSafe(stem), "\(side.debugDescription) → \(stem.debugDescription)")
    }

    @Test func pathTraversalKeepsOnlyTheWords() {
        #expect(LayerFileNames.slug("../../etc") == "etc")
    }

    @Test func namesWithNothingUsableGetAFixedStem() {
        let empty = LayerFileNames.slug("")
        #expect(isSafe(empty))
        #expect(LayerFileNames.slug(".") == empty)
        #expect(LayerFileNames.slug("..") == empty)
        #expect(LayerFileNames.slug("/") == empty)
        #expect(LayerFileNames.slug("\u{1}\u{2}\n") == empty)
    }

    @Test func aVeryLongNameIsCutToTheMaximumLength() {
        let side = String(repeating: "Long side name ", count: 20)
        #expect(side.count == 300)
        let stem = LayerFileNames.slug(side)
        #expect(isSafe(stem))
        #expect(stem.count <= 64)
        #expect(stem.hasPrefix("long-side-name-long"))
        #expect(!stem.hasSuffix("-"))
    }

    @Test func sidesWithTheSameSlugGetDistinctStems() {
        let sides = ["Armenia", "ARMENIA", "armenia!"]
        let stems = LayerFileNames.stems(for: sides)
        #expect(Set(stems.values).count == 3)
        #expect(Set(stems.values) == ["armenia", "armenia-2", "armenia-3"])
        #expect(stems.values.allSatisfy(isSafe))
    }

    @Test func theChoiceOfStemsDoesNotDependOnInputOrder() {
        let sides = ["armenia!", "Armenia", "ARMENIA", "Azerbaijan", "Observer Mission", "observer mission"]
        let expected = LayerFileNames.stems(for: sides)
        for permutation in [sides.reversed(), sides.sorted(), [sides[2], sides[5], sides[0], sides[4], sides[1], sides[3]]] {
            #expect(LayerFileNames.stems(for: Array(permutation)) == expected)
        }
    }

    @Test func reservedStemsAreNeverGiven() {
        let stems = LayerFileNames.stems(for: ["Unresolved", "unresolved", "Incidents"])
        #expect(stems.count == 3)
        #expect(Set(stems.values).count == 3)
        for stem in stems.values {
            #expect(!LayerFileNames.reserved.contains(stem), "\(stem) is reserved")
        }
        #expect(stems["Unresolved"]?.hasPrefix("unresolved-") == true)
    }

    @Test func stemsStayWithinTheMaximumLengthWhenLongNamesCollide() {
        // Two names whose slugs are cut to the same 64 characters: the
        // second gets a suffix, and must still fit the documented limit.
        let base = String(repeating: "x", count: 70)
        let stems = LayerFileNames.stems(for: [base + " one", base + " two"])
        #expect(Set(stems.values).count == 2)
        for stem in stems.values {
            #expect(stem.count <= LayerFileNames.maximumLength, "\(stem) has \(stem.count) characters")
        }
    }
}

@Suite("Layer file names of other outputs")
struct ReservedLayerFileNamesTests {
    @Test func noSideTakesTheNameOfTheProjectsOutlines() {
        #expect(LayerFileNames.stems(for: ["Countries"]) == ["Countries": "countries-2"])
    }

    @Test func aSideNamedLikeAnotherSidesZonesGetsASuffix() {
        let stems = LayerFileNames.stems(for: ["Armenia", "Armenia zones"])
        #expect(stems["Armenia"] == "armenia")
        #expect(stems["Armenia zones"] == "armenia-zones-2")
    }

    @Test func aSideWhoseZonesWouldTakeAnEarlierSidesNameGetsASuffix() {
        // "Armenia zones" sorts before "armenia", so it takes its stem first.
        let stems = LayerFileNames.stems(for: ["armenia", "Armenia zones"])
        #expect(stems["Armenia zones"] == "armenia-zones")
        #expect(stems["armenia"] == "armenia-2")
    }
}
