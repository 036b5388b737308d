import Claims
import Testing

/// Why each claim was extracted: the speaker's words and rule, the event's words, the place's rule.
@Suite("Claim explanations")
struct ClaimExplanationTests {
    private func why(_ text: String, place: String) throws -> ClaimExplanation {
        let claim = try #require(try Bundled.claims(text).first { $0.place == place }, "no claim at \(place)")
        return claim.why
    }

    @Test("A speech verb: the speaker's words and the verb")
    func speechVerb() throws {
        let why = try why("The Armenian Defence Ministry said that Azerbaijani troops shelled Jermuk overnight.", place: "Jermuk")
        #expect(why.speaker == "The Armenian Defence Ministry")
        #expect(why.speakerCue == "said")
        #expect(why.speakerRule == .speechVerb)
        #expect(!why.isThirdParty)
        #expect(why.eventWords == ["shelled"])
    }

    @Test("“According to” a third party")
    func accordingToAThirdParty() throws {
        let why = try why("According to a local journalist, mortars hit houses in Sotk on Monday.", place: "Sotk")
        #expect(why.speakerRule == .accordingTo)
        #expect(why.speakerCue == "According to")
        #expect(why.isThirdParty)
        #expect(why.summary.hasPrefix("third party \"a local journalist\" (according to \"According to\")"))
    }

    @Test("A speaker carried by “He added” keeps the words that first named it")
    func carriedSpeaker() throws {
        let why = try why("""
            Armenia’s Ministry of Defence reported heavy losses on Tuesday.

            He added that Azerbaijani mortars had hit houses in Sotk.
            """, place: "Sotk")
        #expect(why.speaker == "Armenia’s Ministry of Defence")
        #expect(why.speakerRule == .carried)
    }

    @Test("A paragraph introduced by a colon")
    func colonParagraph() throws {
        let why = try why("""
            The Azerbaijani Defence Ministry issued the following statement:

            Armenian units shelled our positions near Lachin overnight.
            """, place: "Lachin")
        #expect(why.speaker == "The Azerbaijani Defence Ministry")
        #expect(why.speakerRule == .colonParagraph)
    }

    @Test("The article's own narration has no speaker")
    func narration() throws {
        let why = try why("Shells struck the outskirts of Goris overnight.", place: "Goris")
        #expect(why.speaker == nil)
        #expect(why.speakerRule == .narration)
        #expect(why.speakerSummary == "no speaker (narration)")
    }

    @Test("The place's rule and the words that gave it", arguments: [
        ("Azerbaijani artillery shelled Goris, the Armenian Defence Ministry said.", "Goris", ClaimExplanation.PlaceRule.locative, "shelled", 1),
        ("Fire was opened in the direction of Sotk and Kapan, the Armenian Defence Ministry said.", "Kapan", .direction, "direction of", 2),
        ("Drones struck near Jermuk, the Armenian Defence Ministry said.", "Jermuk", .near, "near", 1),
        ("Shelling hit Goris, Sotk and Kapan, the Armenian Defence Ministry said.", "Sotk", .locative, "hit", 3),
        ("The Dashkesan, Kelbajar and Lachin directions came under fire, the Azerbaijani Defence Ministry said.", "Kelbajar", .direction, "directions", 3),
    ])
    func placeRules(text: String, place: String, rule: ClaimExplanation.PlaceRule, cue: String, listSize: Int) throws {
        let why = try why(text, place: place)
        #expect(why.placeRule == rule)
        #expect(why.placeCue == cue)
        #expect(why.listSize == listSize)
    }

    @Test("A place chosen among several of the same name says how")
    func placeChoice() throws {
        let nearAparan = try why("""
            Vardenis is a small village a short drive north of Aparan. A local reporter said a stray drone \
            struck a barn outside Vardenis on Monday.
            """, place: "Vardenis")
        #expect(nearAparan.placeChoice == "the closest of 2 places named Vardenis to the article's other places")
        let nearSotk = try why("Azerbaijani troops shelled Vardenis and Sotk, the Armenian Defence Ministry said.", place: "Vardenis")
        #expect(nearSotk.placeChoice == "the gazetteer's first of 2 places named Vardenis (none clearly closer to the article's other places)")
        #expect(try why("Azerbaijani troops shelled Sotk, the Armenian Defence Ministry said.", place: "Sotk").placeChoice == nil)
    }

    @Test("The one-line summary holds every part")
    func summary() throws {
        let why = try why("The Armenian Defence Ministry said that Azerbaijani troops shelled Jermuk overnight.", place: "Jermuk")
        #expect(why.summary.hasPrefix(
            "speaker \"The Armenian Defence Ministry\" (speech verb \"said\"); event \"shelled\"; place: after a locating word \"shelled\""))
    }
}
