import Foundation
import IncidentMap
import Incidents
import Testing

/// An input file that `build` must reject.
struct BadInput: Sendable, CustomTestStringConvertible {
    var label: String
    var fileName: String
    var content: String
    /// The line the error must name.
    var line: Int
    /// Words the message must contain.
    var fragment: String

    var testDescription: String { label }
}

@Suite("Failed builds write nothing")
struct FailedBuildTests {
    static let badInputs: [BadInput] = [
        BadInput(label: "broken CSV quoting", fileName: "quotes.csv", content: """
            id,place,claimed_by
            b-1,Goris,Armenia
            b-2,"Kapan"x,Armenia

            """, line: 3, fragment: "after a closing quote"),
        BadInput(label: "a quote inside an unquoted CSV field", fileName: "inner-quote.csv", content: """
            id,place,claimed_by
            b-1,Goris,Armenia
            b-2,Ka"pan,Armenia

            """, line: 3, fragment: "quote inside an unquoted field"),
        BadInput(label: "invalid JSON", fileName: "broken.json", content: """
            [
            {"id": "b-1", "place": "Goris", "claimed_by": "Armenia"},
            {"id": "b-2", "place": "Kapan" "claimed_by": "Armenia"}
            ]

            """, line: 3, fragment: "expected ','"),
        BadInput(label: "invalid JSON Lines", fileName: "broken.jsonl", content: """
            {"id": "b-1", "place": "Goris", "claimed_by": "Armenia"}
            {"id": "b-2", "place": "Kapan", "claimed_by": }

            """, line: 2, fragment: "unexpected"),
        BadInput(label: "missing place", fileName: "no-place.csv", content: """
            id,place,claimed_by
            b-1,Goris,Armenia
            b-2,,Armenia

            """, line: 3, fragment: "missing required field \"place\""),
        BadInput(label: "missing claimed_by", fileName: "no-side.csv", content: """
            id,place,claimed_by
            b-1,Goris,Armenia
            b-2,Kapan,

            """, line: 3, fragment: "missing required field \"claimed_by\""),
        BadInput(label: "invalid date 2022-13-09", fileName: "date.csv", content: """
            id,date,place,claimed_by
            b-1,2022-09-13,Goris,Armenia
            b-2,2022-13-09,Kapan,Armenia

            """, line: 3, fragment: "invalid date \"2022-13-09\""),
        BadInput(label: "lon not a number", fileName: "lon.csv", content: """
            id,place,claimed_by,lon,lat
            b-1,Goris,Armenia,,
            b-2,Post 7,Armenia,east,40.1

            """, line: 3, fragment: "lon \"east\" is not a number"),
        BadInput(label: "lon not finite", fileName: "nan.csv", content: """
            id,place,claimed_by,lon,lat
            b-1,Goris,Armenia,,
            b-2,Post 7,Armenia,nan,40.1

            """, line: 3, fragment: "is not a finite number"),
        BadInput(label: "lat out of range", fileName: "lat.csv", content: """
            id,place,claimed_by,lon,lat
            b-1,Goris,Armenia,,
            b-2,Post 7,Armenia,45.5,95

            """, line: 3, fragment: "lat 95 is out of range"),
        BadInput(label: "lon without lat", fileName: "half.csv", content: """
            id,place,claimed_by,lon,lat
            b-1,Goris,Armenia,,
            b-2,Post 7,Armenia,45.5,

            """, line: 3, fragment: "\"lon\" and \"lat\" must be given together"),
        BadInput(label: "invalid precision", fileName: "precision.csv", content: """
            id,place,claimed_by,precision
            b-1,Goris,Armenia,near
            b-2,Kapan,Armenia,roughly

            """, line: 3, fragment: "invalid precision \"roughly\""),
        BadInput(label: "duplicate explicit ids", fileName: "duplicate.csv", content: """
            id,place,claimed_by
            dup,Goris,Armenia
            other,Kapan,Armenia
            dup,Jermuk,Armenia

            """, line: 4, fragment: "duplicate id \"dup\""),
    ]

    /// A folder holding the output of an earlier, successful build and a
    /// file of the user's.
    private func previousOutput() throws -> String {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([Fixtures.example], into: out)
        try Data("my notes".utf8).write(to: URL(fileURLWithPath: out + "/notes.txt"))
        return out
    }

    @Test(arguments: badInputs)
    func badInputIsAnInputErrorNamingFileAndLine(_ bad: BadInput) throws {
        let path = try Fixtures.file(bad.fileName, bad.content)
        let error = try Fixtures.buildError([path], into: try Fixtures.temporaryDirectory())
        guard case .input(let input)? = error else {
            Issue.record("expected an input error, got \(String(describing: error))")
            return
        }
        #expect(input.file == path)
        #expect(input.line == bad.line)
        #expect(input.message.contains(bad.fragment), "\(input.message)")
        #expect(error?.description.hasPrefix("\(path):\(bad.line): ") == true)
    }

    @Test(arguments: badInputs)
    func badInputLeavesThePreviousOutputUnchanged(_ bad: BadInput) throws {
        let path = try Fixtures.file(bad.fileName, bad.content)
        let out = try previousOutput()
        let before = Fixtures.snapshot(out)
        _ = try Fixtures.buildError([path], into: out)
        #expect(Fixtures.snapshot(out) == before)
    }

    @Test(arguments: badInputs)
    func badInputCreatesNoOutputFolder(_ bad: BadInput) throws {
        let path = try Fixtures.file(bad.fileName, bad.content)
        let out = try Fixtures.temporaryDirectory() + "/never-created"
        _ = try Fixtures.buildError([path], into: out)
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func aDuplicateIDNamesWhereItWasFirstUsed() throws {
        let path = try Fixtures.file("duplicate.csv", """
            id,place,claimed_by
            dup,Goris,Armenia
            other,Kapan,Armenia
            dup,Jermuk,Armenia

            """)
        let error = try Fixtures.buildError([path], into: try Fixtures.temporaryDirectory())
        guard case .input(let input)? = error else {
            Issue.record("expected an input error, got \(String(describing: error))")
            return
        }
        #expect(input.message.contains("first used at \(path):2"), "\(input.message)")
    }

    @Test func aDuplicateIDAcrossTwoFilesNamesTheFirstFile() throws {
        let first = try Fixtures.file("first.csv", "id,place,claimed_by\ndup,Goris,Armenia\n")
        let second = try Fixtures.file("second.jsonl", "{\"id\": \"dup\", \"place\": \"Kapan\", \"claimed_by\": \"Armenia\"}\n")
        let error = try Fixtures.buildError([first, second], into: try Fixtures.temporaryDirectory())
        guard case .input(let input)? = error else {
            Issue.record("expected an input error, got \(String(describing: error))")
            return
        }
        #expect(input.file == second)
        #expect(input.line == 1)
        #expect(input.message.contains("first used at \(first):2"), "\(input.message)")
    }

    @Test func anUnknownCRSIsAProjectionErrorAndWritesNothing() throws {
        let out = try previousOutput()
        let before = Fixtures.snapshot(out)
        let error = try Fixtures.buildError([Fixtures.example], into: out, crs: "EPSG:999999")
        guard case .projection(let projection)? = error else {
            Issue.record("expected a projection error, got \(String(describing: error))")
            return
        }
        #expect(projection.subject == "EPSG:999999")
        #expect(Fixtures.snapshot(out) == before)
    }

    @Test func strictModeWithAnUnresolvedPlaceWritesNothing() throws {
        let out = try previousOutput()
        let before = Fixtures.snapshot(out)
        let error = try Fixtures.buildError([Fixtures.example], into: out, strict: true)
        guard case .uncertainInStrictMode(let unresolved, let reviewed)? = error else {
            Issue.record("expected the strict-mode error, got \(String(describing: error))")
            return
        }
        #expect(unresolved.map(\.incident.place) == ["Ishkhanasar"])
        #expect(reviewed.isEmpty)
        #expect(Fixtures.snapshot(out) == before)
        #expect(try Fixtures.features(out + "/armenia.geojson").count == 6)
    }

    @Test func strictModeWithEveryPlaceResolvedWrites() throws {
        let input = try Fixtures.file("resolved.csv", "id,place,claimed_by\nr-1,Goris,Armenia\nr-2,Lachin,Azerbaijan\n")
        let out = try Fixtures.temporaryDirectory()
        let report = try Fixtures.build([input], into: out, strict: true)
        #expect(report.unresolved.isEmpty)
        #expect(try Fixtures.visibleNames(out) == ["armenia.geojson", "armenia.qml", "azerbaijan.geojson", "azerbaijan.qml", "review.csv", "unresolved.csv"])
    }

    @Test func aMissingInputFileIsAnInputErrorAndWritesNothing() throws {
        let out = try previousOutput()
        let before = Fixtures.snapshot(out)
        let missing = try Fixtures.temporaryDirectory() + "/missing.csv"
        let error = try Fixtures.buildError([Fixtures.example, missing], into: out)
        guard case .input(let input)? = error else {
            Issue.record("expected an input error, got \(String(describing: error))")
            return
        }
        #expect(input.file == missing)
        #expect(Fixtures.snapshot(out) == before)
    }
}
