import Foundation
import IncidentMap
import Testing

/// `lookup` reading a long list of names from standard input, which it
/// looks up in parts on every core.
@Suite("Lookup of many names")
struct LookupBatchTests {
    /// Known names in several spellings and scripts, an unknown one, a typo.
    static let names = ["Goris", "Kəlbəcər", "Kalbajar", "Քարվաճառ", "Atlantis", "Jermukk", "Lachin", "Vardenis", "Dashkesan", "Sotk"]

    /// 300 names: more than two parts' worth, so a machine with two cores or more cuts the list.
    static let list = (0..<300).map { names[$0 % names.count] }

    /// The JSON array `lookup --json` printed.
    func results(_ outcome: Tool.Outcome) throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]], "\(outcome.stdout)")
    }

    @Test func resultsComeInTheOrderOfTheNames() throws {
        let outcome = try Tool.incidentMap(["lookup", "--json"], input: Self.list.joined(separator: "\n") + "\n")
        #expect(outcome.status == 1, "Atlantis matches nothing: \(outcome.stderr)")
        #expect(try results(outcome).map { $0["query"] as? String } == Self.list)
    }

    @Test func eachResultIsThatOfLookingTheNameUpAlone() throws {
        let batch = try results(Tool.incidentMap(["lookup", "--json"], input: Self.list.joined(separator: "\n")))
        for (i, name) in Self.names.enumerated() {
            let alone = try results(Tool.incidentMap(["lookup", "--json", name]))
            let inBatch = [batch[i], batch[i + 150]]
            for result in inBatch {
                #expect(NSDictionary(dictionary: result) == NSDictionary(dictionary: alone[0]), "\(name)")
            }
        }
    }

    @Test func everyUnmatchedNameIsReportedOnceInOrder() throws {
        let outcome = try Tool.incidentMap(["lookup"], input: Self.list.joined(separator: "\n"))
        let reported = outcome.stderr.split(separator: "\n").filter { $0.hasPrefix("no place matches") }
        #expect(reported.count == 30, "\(outcome.stderr)")
        #expect(reported.allSatisfy { $0.hasPrefix("no place matches \"Atlantis\"") })
    }

    @Test func linesEndedByCRLFAndOtherLineBreaksAndBlankLinesAreNames() throws {
        let outcome = try Tool.incidentMap(["lookup", "--json"], input: "Goris\r\n\n  Sotk \t\r\nLachin\u{2028}Jermuk\u{0B}Kapan")
        #expect(try results(outcome).map { $0["query"] as? String } == ["Goris", "Sotk", "Lachin", "Jermuk", "Kapan"])
    }

    @Test func tablesOfAPartedListAreTheTablesOfEachNameInTurn() throws {
        let batch = try Tool.incidentMap(["lookup"], input: Self.list.joined(separator: "\n"))
        let arguments = try Tool.incidentMap(["lookup"] + Self.list)
        #expect(batch.stdout == arguments.stdout)
        let firstTen = try Tool.incidentMap(["lookup"] + Self.names)
        #expect(batch.stdout.hasPrefix(firstTen.stdout + "\n"))
    }
}

@Suite("Parallel ranges")
struct ParallelRangesTests {
    @Test(arguments: [0, 1, 127, 128, 255, 256, 300, 1000, 1001])
    func rangesCoverEveryIndexOnceInOrder(count: Int) {
        let ranges = Parallel.ranges(count, minimumSize: 128)
        #expect(ranges.flatMap { Array($0) } == Array(0..<count))
    }

    @Test(arguments: [256, 300, 1000, 1001])
    func everyRangeHasAtLeastTheMinimumSize(count: Int) {
        #expect(Parallel.ranges(count, minimumSize: 128).allSatisfy { $0.count >= 128 })
    }

    @Test func aShortListIsOneRange() {
        #expect(Parallel.ranges(255, minimumSize: 128) == [0..<255])
    }

    @Test func thereAreNoMoreRangesThanCores() {
        #expect(Parallel.ranges(1_000_000, minimumSize: 1).count == max(1, ProcessInfo.processInfo.activeProcessorCount))
    }
}
