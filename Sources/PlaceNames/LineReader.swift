#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a text file line by line through a fixed-size buffer, so that a
/// gazetteer file of any size (a 1.5 GB GeoNames `allCountries.txt`) is
/// never held in memory: only the current chunk and one line are.
struct LineReader {
    /// How many bytes one `read` asks for.
    static let chunkSize = 1 << 20

    let path: String

    /// Calls `body` with the bytes of every line (without its `\n` or a
    /// `\r` before it) and its 1-based number, in order.
    ///
    /// - Returns: `false` when the file cannot be opened or read.
    func forEachLine<E: Error>(_ body: (UnsafeBufferPointer<UInt8>, Int) throws(E) -> Void) throws(E) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: Self.chunkSize)
        var pending: [UInt8] = []   // a line that began in an earlier chunk
        var number = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Self.chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 { break }
            try buffer.withUnsafeBufferPointer { (chunk) throws(E) -> Void in
                var start = 0
                for end in 0..<count where chunk[end] == 0x0A {
                    number += 1
                    if pending.isEmpty {
                        try Self.deliver(UnsafeBufferPointer(rebasing: chunk[start..<end]), number, body)
                    } else {
                        pending.append(contentsOf: chunk[start..<end])
                        try pending.withUnsafeBufferPointer { (line) throws(E) -> Void in try Self.deliver(line, number, body) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    start = end + 1
                }
                pending.append(contentsOf: chunk[start..<count])
            }
        }
        if !pending.isEmpty {
            number += 1
            try pending.withUnsafeBufferPointer { (line) throws(E) -> Void in try Self.deliver(line, number, body) }
        }
        return true
    }

    private static func deliver<E: Error>(
        _ line: UnsafeBufferPointer<UInt8>, _ number: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) throws(E) -> Void
    ) throws(E) {
        if let last = line.last, last == 0x0D {
            try body(UnsafeBufferPointer(rebasing: line.dropLast()), number)
        } else {
            try body(line, number)
        }
    }
}
