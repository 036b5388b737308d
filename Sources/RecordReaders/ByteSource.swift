#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of one input (a file, standard input or an in-memory buffer),
/// read in chunks so that memory stays bounded however large the input is.
///
/// The source keeps a *window*: the bytes read but not yet consumed. A parser
/// looks at the window through ``parseNext(_:)``; when the window ends in the
/// middle of what it is parsing, it answers ``ParseFailure/needsMoreInput``,
/// the source reads another chunk and the parser starts that item again. Only
/// consumed bytes are dropped, so one item (a CSV row, a JSON object) must fit
/// in memory, but the file as a whole never has to.
///
/// It is a class because it owns a file descriptor, which it closes when it is
/// no longer used; readers share it by reference.
final class ByteSource {
    /// How many bytes one `read` asks for, unless an item needs more.
    static let defaultChunkSize = 64 * 1024
    /// The largest item (a CSV row, a JSON object or line) a parser may
    /// need in one window: 16 MiB. A longer one is an error rather than an
    /// ever-growing buffer; in practice it is an unclosed quote that swallows
    /// the rest of the file, and the error says so long before the end.
    static let maximumItemSize = 16 * 1024 * 1024

    /// Where the bytes come from.
    private enum Origin {
        /// A file descriptor, closed on `deinit` when `closes` is true.
        case descriptor(Int32, closes: Bool)
        /// Bytes in memory, handed out `chunkSize` at a time from `next`.
        case memory([UInt8], next: Int)
    }

    /// The input as the user named it, for error messages.
    let name: String
    private var origin: Origin
    private let chunkSize: Int
    /// Bytes read so far and not yet dropped; `storage[start...]` is the window.
    private var storage: [UInt8] = []
    /// Index in `storage` of the first unconsumed byte.
    private var start = 0
    /// Offset in the whole input of `storage[0]`.
    private var storageOffset = 0
    /// True once the origin has no more bytes to give.
    private(set) var isExhausted = false

    /// Reads an already open descriptor, closing it at the end if `closes`.
    init(descriptor: Int32, closes: Bool, name: String, chunkSize: Int = defaultChunkSize) {
        self.name = name
        self.origin = .descriptor(descriptor, closes: closes)
        self.chunkSize = max(1, chunkSize)
    }

    /// Serves `bytes` from memory, all at once by default; a small
    /// `chunkSize` lets tests cut the input at every possible place, as a
    /// slow pipe would.
    init(bytes: [UInt8], name: String, chunkSize: Int? = nil) {
        self.name = name
        self.origin = .memory(bytes, next: 0)
        self.chunkSize = max(1, chunkSize ?? bytes.count)
    }

    /// Opens the file at `path` for reading; `name` is used in errors.
    static func open(path: String, name: String) throws(InputError) -> ByteSource {
        let descriptor = systemOpen(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(file: name, message: "cannot open: \(systemReason(errno))")
        }
        return ByteSource(descriptor: descriptor, closes: true, name: name)
    }

    /// Reads standard input (which is left open at the end).
    static func standardInput(name: String) -> ByteSource {
        ByteSource(descriptor: STDIN_FILENO, closes: false, name: name)
    }

    deinit {
        if case .descriptor(let descriptor, closes: true) = origin {
            _ = close(descriptor)
        }
    }

    /// Runs `parse` on the window until it parses an item, reading more input
    /// each time it answers ``ParseFailure/needsMoreInput``; then drops the
    /// bytes it consumed and returns its value.
    ///
    /// An item longer than ``maximumItemSize`` is an error at `line`, the
    /// line the window starts on, however the input happens to be cut.
    func parseNext<Value>(
        line: Int, _ parse: (ByteWindow) throws(ParseFailure) -> Parsed<Value>
    ) throws(InputError) -> Value {
        while true {
            let parsed: Parsed<Value>
            do {
                parsed = try withWindow(parse)
            } catch {
                switch error {
                case .invalid(let inputError):
                    throw inputError
                case .needsMoreInput:
                    precondition(!isExhausted, "a parser asked for input after the end")
                    guard storage.count - start <= Self.maximumItemSize else { throw tooLarge(line: line) }
                    try readMore()
                    continue
                }
            }
            guard parsed.consumed <= Self.maximumItemSize else { throw tooLarge(line: line) }
            start += parsed.consumed
            return parsed.value
        }
    }

    /// The error for an item longer than ``maximumItemSize`` starting on `line`.
    private func tooLarge(line: Int) -> InputError {
        let size = Self.maximumItemSize / (1024 * 1024)
        return InputError(file: name, line: line, message: "a record starting here is longer than \(size) MiB; is a closing quote missing?")
    }

    /// Drops a UTF-8 byte order mark (`EF BB BF`) at the current position.
    func skipByteOrderMark() throws(InputError) {
        while storage.count - start < 3, !isExhausted {
            try readMore()
        }
        let window = storage[start...]
        if window.starts(with: [0xEF, 0xBB, 0xBF]) {
            start += 3
        }
    }

    /// Calls `body` with the unconsumed bytes.
    private func withWindow<Value>(
        _ body: (ByteWindow) throws(ParseFailure) -> Parsed<Value>
    ) throws(ParseFailure) -> Parsed<Value> {
        let offset = storageOffset + start
        let isComplete = isExhausted
        return try storage.withUnsafeBufferPointer { all throws(ParseFailure) in
            let bytes = UnsafeBufferPointer(rebasing: all[start...])
            return try body(ByteWindow(bytes: bytes, offset: offset, isComplete: isComplete))
        }
    }

    /// Appends the next chunk to the window, or marks the source exhausted.
    ///
    /// It asks for at least as many bytes as the window already holds, so an
    /// item much larger than a chunk is re-parsed only a logarithmic number of
    /// times. A pipe hands over at most its buffer (64 KiB) per `read`, so
    /// from a descriptor it reads until the window has doubled or the input
    /// ends; otherwise a 16 MiB record from standard input would be re-parsed
    /// hundreds of times. (In-memory bytes keep to `chunkSize`, so that tests
    /// can still cut the input at every place.)
    private func readMore() throws(InputError) {
        dropConsumedBytes()
        let wanted = max(chunkSize, storage.count)
        var count = try appendBytes(upTo: wanted)
        if case .descriptor = origin {
            while count > 0 && count < storage.count - count {
                let more = try appendBytes(upTo: wanted - count)
                if more == 0 { break }
                count += more
            }
        }
        if count == 0 {
            isExhausted = true
        }
    }

    /// Moves the window to the front of the storage.
    private func dropConsumedBytes() {
        guard start > 0 else { return }
        storage.removeFirst(start)
        storageOffset += start
        start = 0
    }

    /// Appends up to `wanted` bytes from the origin; returns how many came.
    private func appendBytes(upTo wanted: Int) throws(InputError) -> Int {
        switch origin {
        case .memory(let bytes, let next):
            let end = min(bytes.count, next + min(wanted, chunkSize))
            storage.append(contentsOf: bytes[next..<end])
            origin = .memory(bytes, next: end)
            return end - next
        case .descriptor(let descriptor, _):
            return try appendRead(from: descriptor, upTo: wanted)
        }
    }

    /// Appends the bytes of one `read` of `descriptor`.
    ///
    /// The bytes are read into a buffer of their own and appended in one
    /// copy, which stays a `memcpy` even in debug builds.
    private func appendRead(from descriptor: Int32, upTo wanted: Int) throws(InputError) -> Int {
        var result = 0
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: wanted) { buffer, initialized in
            result = Self.readRetryingInterrupts(descriptor, into: buffer)
            failure = errno
            initialized = max(0, result)
        }
        guard result >= 0 else {
            throw InputError(file: name, message: "cannot read: \(systemReason(failure))")
        }
        storage.append(contentsOf: chunk)
        return result
    }

    /// `read(2)`, repeated while a signal interrupts it; -1 on error.
    private static func readRetryingInterrupts(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        while true {
            let result = read(descriptor, buffer.baseAddress, buffer.count)
            if result >= 0 || errno != EINTR { return result }
        }
    }
}

/// `ByteSource` owns mutable state and a descriptor; it must stay on one task.
@available(*, unavailable)
extension ByteSource: Sendable {}

/// `open(2)` under a name that does not clash with ``ByteSource/open(path:name:)``.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}

/// The system's words for an `errno` value, e.g. "No such file or directory".
func systemReason(_ code: Int32) -> String {
    String(cString: strerror(code))
}
