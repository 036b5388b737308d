import Incidents
import Testing

@Suite("Dates as layers write them")
struct IncidentDateTests {
    @Test("A date alone is midnight of its day, precise to the day")
    func day() throws {
        let date = try #require(IncidentDate(iso: "2022-09-13"))
        #expect(date.dateTimeText == "2022-09-13T00:00:00")
        #expect(date.precision == .day)
        #expect(date.utcOffset == nil)
    }

    @Test("A time to the minute keeps its clock time and says so")
    func minute() throws {
        let date = try #require(IncidentDate(iso: "2022-09-13T00:05"))
        #expect(date.dateTimeText == "2022-09-13T00:05:00")
        #expect(date.precision == .minute)
    }

    @Test("Seconds and fractions are kept to the millisecond")
    func second() throws {
        let date = try #require(IncidentDate(iso: "2022-09-13 23:59:30.2567"))
        #expect(date.dateTimeText == "2022-09-13T23:59:30.256")
        #expect(date.precision == .second)
    }

    @Test("A UTC offset stays the source's local time on the source's day, the offset kept apart")
    func offset() throws {
        let date = try #require(IncidentDate(iso: "2022-09-13T00:05:00+04:00"))
        #expect(date.dateTimeText == "2022-09-13T00:05:00")
        #expect(date.day == CivilDay(year: 2022, month: 9, day: 13))
        #expect(date.utcOffset == "+04:00")
        #expect(IncidentDate(iso: "2022-09-13T00:05Z")?.utcOffset == "Z")
    }

    @Test("Anything that is not a valid ISO 8601 date is refused", arguments: ["2022-13-09", "13.09.2022", "", "2022-09-13T25:00"])
    func invalid(text: String) {
        #expect(IncidentDate(iso: text) == nil)
    }
}
