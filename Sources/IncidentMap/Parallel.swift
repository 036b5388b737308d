import Dispatch
import Foundation

/// Runs independent pieces of work on every core: the second pass of a
/// build makes the text of a layer's parts this way, then writes it in
/// order, and `lookup` looks up the names of a long list this way.
public enum Parallel {
    /// `body(0) … body(count - 1)`, run concurrently, results in order.
    public static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let results = Results<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.store(body(index), at: index)
        }
        return results.values
    }

    /// How many pieces of work run at once: the cores this process may use.
    static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `0..<count` cut into one consecutive range per core, each at least
    /// `minimumSize` long (so that a thread's start stays small beside its
    /// work); a single range when `count` is too small to be worth cutting.
    public static func ranges(_ count: Int, minimumSize: Int) -> [Range<Int>] {
        let parts = max(1, min(cores, count / max(1, minimumSize)))
        let size = (count + parts - 1) / parts
        return (0..<parts).map { $0 * size..<min(count, ($0 + 1) * size) }.filter { !$0.isEmpty }
    }

    /// One slot per piece of work; each is written by one piece only, through
    /// a pointer (not an array property, whose accesses would overlap).
    private final class Results<T>: @unchecked Sendable {
        private let slots: UnsafeMutablePointer<T?>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil, count: count)
        }

        deinit {
            slots.deinitialize(count: count)
            slots.deallocate()
        }

        func store(_ value: T, at index: Int) {
            slots[index] = value
        }

        var values: [T] { (0..<count).map { slots[$0]! } }
    }
}
