/// Typing-error distance between folded names: the optimal string alignment
/// distance (insertions, deletions, substitutions and swaps of neighbours).
///
/// It is counted in half errors: a swap of two neighbouring letters costs
/// one half-error unit less than other edits, because the typist hit every
/// letter of the name, so `gorsi` is closer to `goris` (a swap) than to
/// `gori` (an extra letter).
enum EditDistance {
    /// How many errors a name of `length` letters may contain and still be
    /// recognised: none up to 3 letters, one up to 7, two up to 11, then three.
    static func tolerance(forLength length: Int) -> Int {
        switch length {
        case ...3: 0
        case 4...7: 1
        case 8...11: 2
        default: 3
        }
    }

    /// Three rows of the dynamic-programming table, reused across calls so
    /// that scanning thousands of candidate names allocates nothing.
    struct Rows {
        var before: [Int] = []
        var previous: [Int] = []
        var current: [Int] = []
    }

    /// The distance between `a` and `b` in half errors (an insertion,
    /// deletion or substitution costs 2, a swap of neighbours 1), or `nil`
    /// when it exceeds `bound` whole errors.
    static func halfErrors(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer, bound: Int) -> Int? {
        var rows = Rows()
        return halfErrors(a, b, bound: bound, rows: &rows)
    }

    /// ``halfErrors(_:_:bound:)`` using `rows` as scratch space.
    static func halfErrors(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer, bound: Int, rows: inout Rows) -> Int? {
        let limit = 2 * bound
        if 2 * abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return 2 * max(a.count, b.count) }
        let width = b.count + 1
        if rows.current.count < width {
            rows = Rows(before: Array(repeating: 0, count: width), previous: Array(repeating: 0, count: width),
                        current: Array(repeating: 0, count: width))
        }
        for j in 0...b.count { rows.previous[j] = 2 * j }
        var previousRowMinimum = 0
        for i in 1...a.count {
            rows.current[0] = 2 * i
            var rowMinimum = rows.current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 2
                var value = min(rows.previous[j] + 2, rows.current[j - 1] + 2, rows.previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, rows.before[j - 2] + 1)
                }
                rows.current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            // A swap reaches back two rows, so stop only when two rows in a row exceed the limit.
            if rowMinimum > limit && previousRowMinimum > limit { return nil }
            previousRowMinimum = rowMinimum
            swap(&rows.before, &rows.previous)
            swap(&rows.previous, &rows.current)
        }
        let result = rows.previous[b.count]
        return result <= limit ? result : nil
    }
}
