import Incidents
import Testing

/// The compact date order a build sorts claims by.
@Suite("Date order")
struct DateOrderTests {
    static let dates = [
        "2022-09-12", "2022-09-13", "2022-09-13T00:00", "2022-09-13T00:05", "2022-09-13T00:05:00.5",
        "2022-09-13T00:05:00.25", "2022-09-13T01:00+04:00", "2022-09-12T22:00Z", "2022-09-12T21:59:59.999999999Z",
        "2020-02-29T23:59:59-01:00", "2022-12-31T23:30-02:00", "1999-01-01",
    ]

    @Test func ordersDatesAsTheirSortKeysDo() {
        for a in Self.dates {
            for b in Self.dates where ISODate.sortKey(a) != ISODate.sortKey(b) {
                #expect((DateOrder(a) < DateOrder(b)) == (ISODate.sortKey(a) < ISODate.sortKey(b)), "\(a) vs \(b)")
            }
        }
    }

    @Test func aDateAloneComesBeforeEveryTimeOfItsDay() {
        #expect(DateOrder("2022-09-13") < DateOrder("2022-09-13T00:00:00"))
    }

    @Test func undatedComesLast() {
        for date in Self.dates { #expect(DateOrder(date) < DateOrder(nil)) }
    }

    @Test func theSameInstantWrittenTwoWaysIsEqual() {
        #expect(DateOrder("2022-09-13T01:00+04:00") == DateOrder("2022-09-12T21:00Z"))
    }
}
