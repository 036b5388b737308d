import Claims
import Testing

/// Who claims: the side whose official voice asserts the statement.
@Suite("Claimants")
struct ClaimantTests {
    @Test("A capital or country standing for its government is the speaker, not a place")
    func metonymy() throws {
        let text = """
            Yerevan and Baku blamed each other on Tuesday for the renewed fighting. Contrary to Baku’s account, \
            the Armenian Defence Ministry said that Azerbaijani troops had shelled Jermuk overnight.
            """
        #expect(try Bundled.claimSet(text) == [ClaimKey("Armenia", "Jermuk", ID.jermuk)])
    }

    @Test("A speaker named before a quotation asserts every sentence of it")
    func speakerCarriedAcrossAQuotation() throws {
        let text = """
            The Azerbaijani Defence Ministry said in a morning briefing: “Armenian units opened fire on our \
            positions near Lachin overnight. Later the same units shelled the outskirts of Dashkesan. Our \
            forces answered in kind.”
            """
        #expect(try Bundled.claimSet(text) == [
            ClaimKey("Azerbaijan", "Lachin", ID.lachin), ClaimKey("Azerbaijan", "Dashkesan", ID.dashkasan),
        ])
    }

    @Test("“He said”, “the ministry added” in later sentences keep the last speaker")
    func speakerCarriedByPronouns() throws {
        let text = """
            Armenia’s Ministry of Defence reported heavy losses on Tuesday.

            He added that Azerbaijani mortars had hit houses in Sotk. The ministry also said that drones \
            struck a school in Kapan.
            """
        #expect(try Bundled.claimSet(text) == [ClaimKey("Armenia", "Sotk", ID.sotk), ClaimKey("Armenia", "Kapan", ID.kapan)])
    }

    @Test("A side named as the one acting inside a claim is the accused, not the claimant")
    func accusedIsNotTheClaimant() throws {
        let claims = try Bundled.claims("""
            Units of the Armenian Armed Forces shelled Azerbaijani positions near Kalbajar, the Azerbaijani \
            Defence Ministry said.
            """)
        #expect(Set(claims.map(ClaimKey.init)) == [ClaimKey("Azerbaijan", "Kalbajar", ID.kalbajar)])
        #expect(claims.map(\.accused) == ["Armenia"])
    }

    @Test("“The enemy” in a side's statement is the other side")
    func theEnemyIsTheOtherSide() throws {
        let claims = try Bundled.claims("“The enemy fired mortars at Jermuk before dawn,” the Armenian Defence Ministry said.")
        #expect(Set(claims.map(ClaimKey.init)) == [ClaimKey("Armenia", "Jermuk", ID.jermuk)])
        #expect(claims.map(\.accused) == ["Azerbaijan"])
    }

    @Test("A third party's report with no side behind it is unattributed, the reporter kept in the source")
    func thirdPartyReport() throws {
        let claims = try Bundled.claims("A local journalist told our newsroom that shells landed in Sotk on Monday evening.")
        #expect(Set(claims.map(ClaimKey.init)) == [ClaimKey("unattributed", "Sotk", ID.sotk)])
        #expect(claims.first?.source == "fixture.txt (reported by A local journalist)")
    }

    @Test("A named outlet is a third party even when it quotes an unnamed source")
    func namedOutletIsAThirdParty() throws {
        let text = """
            According to the Caucasus Herald, fighting resumed after midnight.

            “Azerbaijani drones targeted an army depot in Goris,” the paper’s correspondent wrote.
            """
        #expect(try Bundled.claimSet(text) == [ClaimKey("unattributed", "Goris", ID.goris)])
    }

    @Test("A paragraph that is only a quotation continues the speaker of the paragraph before")
    func quotationParagraphContinuesTheSpeaker() throws {
        let text = """
            The Armenian Defence Ministry issued a short update after dawn.

            “Azerbaijani artillery is shelling Artanish and Sotk.”
            """
        #expect(try Bundled.claimSet(text) == [
            ClaimKey("Armenia", "Artanish", ID.artanish), ClaimKey("Armenia", "Sotk", ID.sotk),
        ])
    }

    @Test("A sentence ending in a colon hands its speaker to the next paragraph")
    func statementIntroducedByAColon() throws {
        let text = """
            Azerbaijan’s Foreign Ministry released the following statement:

            Armenian sabotage groups laid mines on the supply roads near Lachin during the night.

            The roads were closed for hours, residents said.
            """
        #expect(try Bundled.claimSet(text) == [ClaimKey("Azerbaijan", "Lachin", ID.lachin)])
    }

    @Test("The article's own narration of an attack is unattributed")
    func narrationIsUnattributed() throws {
        #expect(try Bundled.claimSet("Shelling was heard in Goris late on Monday.") == [ClaimKey("unattributed", "Goris", ID.goris)])
    }

    @Test("When both sides assert one sentence, nobody in particular claims it")
    func mutualStatementsAreNotClaims() throws {
        #expect(try Bundled.claimSet("Yerevan and Baku each said the other shelled Kapan first.").isEmpty)
    }
}
