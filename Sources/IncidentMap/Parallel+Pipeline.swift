import Dispatch

extension Parallel {
    /// Runs two stages of work a batch apart, on two cores at once: while
    /// `consume` works on batch *n*, `produce` makes batch *n* + 1. The first
    /// pass of a build reads and validates records this way while the records
    /// read before are resolved and stored.
    ///
    /// Batches are consumed in the order they are produced, so the result is
    /// that of running the two in turn. `produce` returns `nil` when there is
    /// nothing more. An error of `consume` ends the run at once; an error of
    /// `produce` after the batch in hand is consumed, as it would in turn.
    ///
    /// `produce` and `consume` must touch separate state: each runs on one
    /// thread at a time, but the two run at the same time.
    static func pipeline<Batch, Failure: Error>(
        produce: () throws(Failure) -> Batch?,
        consume: (Batch) throws(Failure) -> Void
    ) throws(Failure) {
        guard var current = try produce() else { return }
        while true {
            let (next, consumed) = both(produce, { () throws(Failure) in try consume(current) })
            try consumed.get()
            guard let batch = try next.get() else { return }
            current = batch
        }
    }

    /// Runs `first` and `second` at the same time; returns when both are done.
    private static func both<A, B, Failure: Error>(
        _ first: () throws(Failure) -> A, _ second: () throws(Failure) -> B
    ) -> (Result<A, Failure>, Result<B, Failure>) {
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let slots = Pair(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { slots.runFirst() } else { slots.runSecond() }
                }
                return (slots.firstResult!, slots.secondResult!)
            }
        }
    }

    /// The two pieces of work of ``both(_:_:)`` and their results. Each
    /// piece runs once, on one thread, and writes only its own result;
    /// `concurrentPerform` returns only after both, which orders the writes
    /// before the reads.
    private final class Pair<A, B, Failure: Error>: @unchecked Sendable {
        let first: () throws(Failure) -> A
        let second: () throws(Failure) -> B
        var firstResult: Result<A, Failure>?
        var secondResult: Result<B, Failure>?

        init(first: @escaping () throws(Failure) -> A, second: @escaping () throws(Failure) -> B) {
            self.first = first
            self.second = second
        }

        func runFirst() {
            firstResult = Result { () throws(Failure) in try first() }
        }

        func runSecond() {
            secondResult = Result { () throws(Failure) in try second() }
        }
    }
}
