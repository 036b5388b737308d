import Claims
import Incidents
import Testing

/// Which places are claimed, and how precisely.
@Suite("Claimed places")
struct ClaimedPlaceTests {
    @Test("Every place of a list of directions is claimed, with precision direction")
    func listOfDirections() throws {
        let claims = try Bundled.claims("""
            The Azerbaijani Defence Ministry said Armenian forces attacked in the Lachin, Kalbajar and \
            Dashkesan directions, and fired in the direction of Goris, Kapan, and Jermuk.
            """)
        #expect(Set(claims.map(ClaimKey.init)) == [
            ClaimKey("Azerbaijan", "Lachin", ID.lachin), ClaimKey("Azerbaijan", "Kalbajar", ID.kalbajar),
            ClaimKey("Azerbaijan", "Dashkesan", ID.dashkasan), ClaimKey("Azerbaijan", "Goris", ID.goris),
            ClaimKey("Azerbaijan", "Kapan", ID.kapan), ClaimKey("Azerbaijan", "Jermuk", ID.jermuk),
        ])
        #expect(claims.allSatisfy { $0.precision == .direction })
    }

    @Test("Places named only as history or background are not claims")
    func backgroundMentions() throws {
        let text = """
            During the 2020 war, heavy fighting raged around Lachin and Kalbajar. The 1997 treaty between \
            Yerevan and Moscow was never invoked during the last war. On Tuesday the Armenian Defence \
            Ministry said Azerbaijani drones struck Goris.
            """
        #expect(try Bundled.claimSet(text) == [ClaimKey("Armenia", "Goris", ID.goris)])
    }

    @Test("Countries, and places outside the sides' countries, are never claims")
    func countriesAndOtherConflicts() throws {
        let text = """
            Azerbaijan said Armenia shelled its positions. Russia, busy with its war in Ukraine, said shelling \
            continued near Kharkiv and in Georgia.
            """
        #expect(try Bundled.claimSet(text).isEmpty)
    }

    @Test("A capital is claimed when the statement makes it the target")
    func capitalAsTarget() throws {
        let claims = try Bundled.claimSet("The Armenian Defence Ministry said Azerbaijani drones struck Yerevan.")
        #expect(claims == [ClaimKey("Armenia", "Yerevan", ID.yerevan)])
    }

    @Test("Azerbaijani and Armenian spellings resolve to the same places as the English ones")
    func alternateSpellings() throws {
        let text = """
            The Azerbaijani Defence Ministry said Armenian units fired on positions near Kəlbəcər, Laçın and \
            Daşkəsən, and that drones flew towards Քարվաճառ.
            """
        #expect(try Bundled.claimSet(text) == [
            ClaimKey("Azerbaijan", "Kəlbəcər", ID.kalbajar), ClaimKey("Azerbaijan", "Laçın", ID.lachin),
            ClaimKey("Azerbaijan", "Daşkəsən", ID.dashkasan), ClaimKey("Azerbaijan", "Քարվաճառ", ID.kalbajar),
        ])
    }

    @Test("Sotk and Lake Sevan nearby make Vardenis the Gegharkunik town")
    func vardenisNearSevan() throws {
        let text = """
            The Armenian Defence Ministry said Azerbaijani artillery shelled Vardenis and Sotk, east of Lake Sevan.
            """
        #expect(try Bundled.claimSet(text) == [
            ClaimKey("Armenia", "Vardenis", ID.vardenisTown), ClaimKey("Armenia", "Sotk", ID.sotk),
        ])
    }

    @Test("A place named as a landmark after a list is not claimed; “villages east of X” is a claim near X")
    func landmarks() throws {
        let claims = try Bundled.claims("""
            A reporter said shells fell on the outskirts of Sotk, on the eastern shore of Lake Sevan, and on villages east of Goris.
            """)
        #expect(Set(claims.map(ClaimKey.init)) == [ClaimKey("unattributed", "Sotk", ID.sotk), ClaimKey("unattributed", "Goris", ID.goris)])
        #expect(claims.map(\.precision) == [.near, .near])
    }

    @Test("Aparan nearby makes Vardenis the Aragatsotn village")
    func vardenisNearAparan() throws {
        let text = """
            Vardenis is a small village a short drive north of Aparan. A local reporter said a stray drone \
            struck a barn outside Vardenis on Monday.
            """
        #expect(try Bundled.claimSet(text) == [ClaimKey("unattributed", "Vardenis", ID.vardenisVillage)])
    }

    @Test("A capitalised name in a list of places that the gazetteer lacks is claimed unresolved, with suggestions")
    func unknownPlaceIsReported() throws {
        let claims = try Bundled.claims("""
            The Armenian Defence Ministry said the enemy shelled positions in the directions of Goris and Mets Ishkhanasar.
            """)
        #expect(Set(claims.map(ClaimKey.init)) == [ClaimKey("Armenia", "Goris", ID.goris), ClaimKey("Armenia", "Mets Ishkhanasar", nil)])
        let unknown = try #require(claims.first { $0.resolved == nil })
        #expect(!unknown.suggestions.isEmpty)
    }

    @Test("A province gives precision region")
    func provinceIsRegional() throws {
        let claims = try Bundled.claims("The Armenian Defence Ministry said Azerbaijani forces shelled villages in Syunik Province.")
        #expect(claims.map(\.place) == ["Syunik Province"])
        #expect(claims.map(\.precision) == [.region])
    }

    @Test("“Near X” gives precision near")
    func nearIsNear() throws {
        let claims = try Bundled.claims("The Armenian Defence Ministry said a shell exploded near Jermuk.")
        #expect(claims.map(\.precision) == [.near])
    }

    @Test("Mention offsets count Unicode code points and point at the name as written")
    func mentionOffsets() throws {
        let text = "Ուշադրություն. The Azerbaijani Defence Ministry said Armenian units fired on Kəlbəcər."
        let claim = try #require(try Bundled.claims(text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[claim.mentionStart..<claim.mentionEnd])) == "Kəlbəcər")
    }

    @Test("The quote is the sentence the claim comes from")
    func quoteIsTheSentence() throws {
        let text = "Fighting resumed at dawn. The Armenian Defence Ministry said\nAzerbaijani mortars hit Kapan. Talks stalled."
        let claim = try #require(try Bundled.claims(text).first)
        #expect(claim.quote == "The Armenian Defence Ministry said Azerbaijani mortars hit Kapan.")
        #expect(claim.event == "strike")
        #expect(claim.weapons == "mortars")
    }
}
