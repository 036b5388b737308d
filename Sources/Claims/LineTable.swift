/// The line of a text each offset falls on, for `file:line:` messages.
struct LineTable {
    private var starts: [Int] = [0]

    init(scalars: [Unicode.Scalar]) {
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
    }

    /// The 1-based line of the scalar at `offset`.
    func line(of offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
