/// Splits GeoNames dump lines by their country code (column 9) into one
/// writer per country, dropping other countries' lines: how `--cities TH KH`
/// keeps the rows of Thailand and Cambodia out of the world's cities500.
final class CountrySplitter {
    private let writers: [[UInt8]: StagingWriter]
    /// The end of the last line fed, waiting for its line break.
    private var carry: [UInt8] = []

    /// The longest line kept waiting for its end: a file without line
    /// breaks cannot make the splitter hold more.
    static let maximumLine = 1 << 20

    /// A splitter into `writers`, by country code.
    init(writers: [String: StagingWriter]) {
        self.writers = Dictionary(uniqueKeysWithValues: writers.map { (Array($0.key.utf8), $0.value) })
    }

    /// Routes the complete lines of `bytes` (with the carried start of the first one).
    func feed(_ bytes: UnsafeRawBufferPointer) throws(FetchError) {
        carry.append(contentsOf: bytes)
        guard let lastBreak = carry.lastIndex(of: 0x0A) else {
            guard carry.count <= Self.maximumLine else { throw .content(name: "cities500.txt", .init(path: "", message: "a line longer than 1 MiB")) }
            return
        }
        var start = 0
        while start <= lastBreak {
            let end = carry[start...lastBreak].firstIndex(of: 0x0A)!
            try route(carry[start...end])
            start = end + 1
        }
        carry.removeFirst(lastBreak + 1)
    }

    /// Routes the last line, if it had no line break.
    func finish() throws(FetchError) {
        if !carry.isEmpty { try route(carry[...]) }
        carry = []
    }

    private func route(_ line: ArraySlice<UInt8>) throws(FetchError) {
        var tabs = 0
        var start = line.startIndex
        for index in line.indices where line[index] == 0x09 {
            tabs += 1
            if tabs == 8 { start = index + 1 }
            if tabs == 9 {
                guard let writer = writers[Array(line[start..<index])] else { return }
                try writer.write(line)
                return
            }
        }
    }
}
