import Foundation
import IncidentMap
import Incidents
import Testing

@Suite("Deterministic output")
struct DeterminismTests {
    @Test func theSameInputTwiceGivesByteIdenticalFiles() throws {
        let first = try Fixtures.temporaryDirectory(), second = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: first)
        try Fixtures.build([Fixtures.example], into: second)
        let a = Fixtures.snapshot(first), b = Fixtures.snapshot(second)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a == b)
    }

    @Test func rebuildingIntoTheSameFolderChangesNothing() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: out)
        let before = Fixtures.snapshot(out)
        try Fixtures.build([Fixtures.example], into: out)
        #expect(Fixtures.snapshot(out) == before)
    }

    private static let orderingRows = [
        "o-3,2022-09-14,Goris,Armenia",
        "o-5,,Kapan,Armenia",
        "o-2,2022-09-13T00:05,Goris,Armenia",
        "o-1,2022-09-13,Jermuk,Armenia",
        "o-4,,Goris,Armenia",
        "o-0,2022-09-13,Goris,Armenia",
        "o-9,2022-09-12,Sotk,Armenia",
    ]

    private func ids(ofRows rows: [String]) throws -> (ids: [String], bytes: Data) {
        let input = try Fixtures.file("order.csv", "id,date,place,claimed_by\n" + rows.joined(separator: "\n") + "\n")
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([input], into: out)
        let ids = try Fixtures.features(out + "/armenia.geojson").compactMap { $0["id"] as? String }
        return (ids, try #require(FileManager.default.contents(atPath: out + "/armenia.geojson")))
    }

    @Test func featuresAreOrderedByDateThenIDWithUndatedLast() throws {
        let result = try ids(ofRows: Self.orderingRows)
        #expect(result.ids == ["o-9", "o-0", "o-1", "o-2", "o-3", "o-4", "o-5"])
    }

    @Test func dateTimesWithASpaceOrATAreOrderedChronologically() throws {
        // ISO 8601 as the input accepts it: `2022-09-13 10:00` and
        // `2022-09-13T09:00` are both valid; 09:00 comes first.
        let result = try ids(ofRows: ["late,2022-09-13 10:00,Goris,Armenia", "early,2022-09-13T09:00,Kapan,Armenia"])
        #expect(result.ids == ["early", "late"])
    }

    @Test func featureOrderDoesNotDependOnRowOrder() throws {
        let expected = try ids(ofRows: Self.orderingRows)
        for rows in [Self.orderingRows.reversed(), Self.orderingRows.sorted(), Array(Self.orderingRows[3...] + Self.orderingRows[..<3])] {
            let result = try ids(ofRows: Array(rows))
            #expect(result.ids == expected.ids)
            #expect(result.bytes == expected.bytes)
        }
    }

    private static let identicalRows = """
        date,place,claimed_by,event
        2022-09-13,Goris,Armenia,shelling
        2022-09-13,Goris,Armenia,shelling
        2022-09-13,Goris,Armenia,shelling

        """

    @Test func rowsWithoutIDsClaimingTheSamePlaceOnTheSameDayAreOneFeature() throws {
        let input = try Fixtures.file("same.csv", Self.identicalRows)
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([input], into: out)
        let features = try Fixtures.features(out + "/armenia.geojson")
        #expect(features.count == 1)
        let properties = try #require(features.first?["properties"] as? [String: Any])
        #expect(properties["mentions"] as? Int == 3)
    }

    @Test func derivedIDsAreTheSameInEveryRun() throws {
        let first = try Fixtures.file("run-one.csv", Self.identicalRows)
        let second = try Fixtures.file("run-two.csv", Self.identicalRows)
        let outA = try Fixtures.temporaryDirectory(), outB = try Fixtures.temporaryDirectory()
        try Fixtures.build([first], into: outA)
        try Fixtures.build([second], into: outB)
        let a = try Fixtures.features(outA + "/armenia.geojson").compactMap { $0["id"] as? String }
        let b = try Fixtures.features(outB + "/armenia.geojson").compactMap { $0["id"] as? String }
        #expect(a.count == 1)
        #expect(a == b)
    }

    @Test func derivedIDsDependOnSidePlaceAndDay() throws {
        let input = try Fixtures.file("different.csv", """
            date,place,claimed_by,event
            2022-09-13,Goris,Armenia,shelling
            2022-09-14,Goris,Armenia,shelling
            2022-09-13,Kapan,Armenia,shelling
            2022-09-13,Goris,Azerbaijan,shelling

            """)
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([input], into: out)
        let ids = try ["armenia", "azerbaijan"].flatMap {
            try Fixtures.features(out + "/\($0).geojson").compactMap { $0["id"] as? String }
        }
        #expect(ids.count == 4)
        #expect(Set(ids).count == 4)
    }

    @Test func aMergedClaimListsTheEventsOfEveryRecord() throws {
        let input = try Fixtures.file("events.csv", """
            date,place,claimed_by,event,weapons
            2022-09-13,Goris,Armenia,shelling,artillery
            2022-09-13,Goris,Armenia,drone strike,drones

            """)
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([input], into: out)
        let properties = try #require(try Fixtures.features(out + "/armenia.geojson").first?["properties"] as? [String: Any])
        #expect(properties["event"] as? String == "shelling, drone strike")
        #expect(properties["weapons"] as? String == "artillery, drones")
    }

    @Test func rowsWithTheirOwnIDsAreNeverMerged() throws {
        let input = try Fixtures.file("own-ids.csv", """
            id,date,place,claimed_by,event
            a-1,2022-09-13,Goris,Armenia,shelling
            a-2,2022-09-13,Goris,Armenia,shelling

            """)
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([input], into: out)
        let ids = try Fixtures.features(out + "/armenia.geojson").compactMap { $0["id"] as? String }
        #expect(ids == ["a-1", "a-2"])
    }
}
