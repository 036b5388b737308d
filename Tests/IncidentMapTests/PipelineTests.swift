import Foundation
@testable import IncidentMap
import Testing

/// The first pass reads the next batch while it stores the one before: the
/// result must be that of doing the two in turn.
@Suite("Reading and storing at once")
struct PipelineTests {
    struct Stop: Error, Equatable {
        var at: Int
    }

    /// A producer of the batches `0..<count` as one-element arrays, failing instead at `failAt`.
    final class Counter: @unchecked Sendable {
        var next = 0
        let count: Int
        let failAt: Int?

        init(count: Int, failAt: Int? = nil) {
            self.count = count
            self.failAt = failAt
        }

        func produce() throws(Stop) -> [Int]? {
            defer { next += 1 }
            if next == failAt { throw Stop(at: next) }
            return next < count ? [next] : nil
        }
    }

    @Test func everyBatchIsConsumedOnceInTheOrderItWasProduced() throws {
        let counter = Counter(count: 1000)
        var consumed: [Int] = []
        try Parallel.pipeline(produce: counter.produce, consume: { (batch: [Int]) throws(Stop) in consumed += batch })
        #expect(consumed == Array(0..<1000))
    }

    @Test func nothingIsConsumedWhenNothingIsProduced() throws {
        var calls = 0
        try Parallel.pipeline(produce: Counter(count: 0).produce, consume: { (_: [Int]) throws(Stop) in calls += 1 })
        #expect(calls == 0)
    }

    @Test func aProducerErrorComesAfterEveryBatchProducedBeforeIt() {
        let counter = Counter(count: 1000, failAt: 500)
        var consumed: [Int] = []
        #expect(throws: Stop(at: 500)) {
            try Parallel.pipeline(produce: counter.produce, consume: { (batch: [Int]) throws(Stop) in consumed += batch })
        }
        #expect(consumed == Array(0..<500))
    }

    @Test func aConsumerErrorEndsTheRunAtThatBatch() {
        var consumed: [Int] = []
        #expect(throws: Stop(at: 10)) {
            try Parallel.pipeline(produce: Counter(count: 1000, failAt: 11).produce, consume: { (batch: [Int]) throws(Stop) in
                if batch == [10] { throw Stop(at: 10) }
                consumed += batch
            })
        }
        #expect(consumed == Array(0..<10))
    }

    @Test func aDuplicateIdIsReportedBeforeABrokenRowAfterItInTheNextBatch() throws {
        // The duplicate is in the first batch of records, the broken row in the second, which is read while the first is stored.
        var rows = (1...5000).map { "r\($0),Goris,Armenia" }
        rows[9] = "r1,Goris,Armenia"
        rows[4999] = "broken,row"
        let input = try Fixtures.file("late-break.csv", "id,place,claimed_by\n" + rows.joined(separator: "\n") + "\n")
        let error = try Fixtures.buildError([input], into: try Fixtures.temporaryDirectory() + "/out")
        #expect(error?.description.contains(":11: duplicate id \"r1\"") == true, "\(String(describing: error))")
    }

    @Test func aBrokenRowIsReportedAfterTheRowsBeforeItInItsBatchAreChecked() throws {
        var rows = (1...5000).map { "r\($0),Goris,Armenia" }
        rows[4500] = "r4400,Goris,Armenia"
        rows[4600] = "broken,row"
        let input = try Fixtures.file("mid-break.csv", "id,place,claimed_by\n" + rows.joined(separator: "\n") + "\n")
        let error = try Fixtures.buildError([input], into: try Fixtures.temporaryDirectory() + "/out")
        #expect(error?.description.contains(":4502: duplicate id \"r4400\"") == true, "\(String(describing: error))")
    }
}
