import Claims
import Testing

/// When: dates in the text, counted from the publication day.
@Suite("Claim dates")
struct ClaimDateTests {
    /// 2022-09-14 was a Wednesday.
    private func date(of sentence: String, published: String? = "2022-09-14") throws -> String? {
        let claims = try Bundled.claims("The Armenian Defence Ministry said \(sentence)", published: published)
        return try #require(claims.first).date
    }

    @Test("“last night” is the day before publication")
    func lastNight() throws {
        #expect(try date(of: "Azerbaijani drones struck Goris last night.") == "2022-09-13")
    }

    @Test("“yesterday” is the day before publication")
    func yesterday() throws {
        #expect(try date(of: "Azerbaijani drones struck Goris yesterday.") == "2022-09-13")
    }

    @Test("“on Monday night” is the latest Monday up to publication")
    func weekday() throws {
        #expect(try date(of: "Azerbaijani drones struck Goris on Monday night.") == "2022-09-12")
    }

    @Test("“this Wednesday” on a Wednesday is the publication day")
    func thisWeekday() throws {
        #expect(try date(of: "Azerbaijani drones struck Goris this Wednesday.") == "2022-09-14")
    }

    @Test("A month and day take the publication year, with a stated time")
    func monthDayAndTime() throws {
        #expect(try date(of: "that on September 13, at 00:05, Azerbaijani units fired at Goris.") == "2022-09-13T00:05")
    }

    @Test("A date written in full needs no publication day")
    func fullDate() throws {
        #expect(try date(of: "that on 13 September 2022 Azerbaijani units fired at Goris.", published: nil) == "2022-09-13")
    }

    @Test("Without a date in the text the claim is dated by publication")
    func publicationDay() throws {
        #expect(try date(of: "Azerbaijani units fired at Goris.") == "2022-09-14")
    }

    @Test("Without a publication day, relative dates are left out")
    func noPublicationDay() throws {
        #expect(try date(of: "Azerbaijani units fired at Goris last night.", published: nil) == nil)
    }

    @Test("A date in an earlier sentence of the paragraph carries over")
    func dateCarriesInTheParagraph() throws {
        let claims = try Bundled.claims("""
            The Armenian Defence Ministry said the attack began on September 12. Azerbaijani artillery then shelled Jermuk.
            """)
        #expect(claims.map(\.date) == ["2022-09-12"])
    }
}
