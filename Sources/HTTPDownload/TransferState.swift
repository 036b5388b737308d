#if canImport(Glibc)
import Glibc
#endif

/// What one attempt of a download has received: the last response's
/// status and range, and whether its body is being written into the
/// partial file. It is curl's receiver, and decides at the first byte of the
/// body what to do with it:
///
/// - 206 starting where the partial file ends: append;
/// - 200 (a server that ignores ranges) or anything from a file: URL: start
///   again from an empty file, or append when nothing was downloaded yet;
/// - 206 starting elsewhere: stop (``wrongRange``);
/// - any other status: stop without writing (the body is an error page).
final class TransferState: CurlEasy.Receiver {
    let file: PartialFile
    /// Where the partial file ended when the attempt started (the range asked for).
    let offset: Int64
    private let isFileURL: Bool
    private let report: (Int64, Int64?) -> Void

    /// The status of the last response so far (0 before any, and for file: URLs).
    private(set) var status = 0
    /// The first byte and whole size of a 206 answer's Content-Range.
    private var rangeStart: Int64?, rangeTotal: Int64?
    private var contentLength: Int64?
    private var accepted = false
    /// Set when a 206 answer started at the wrong byte.
    private(set) var wrongRange = false
    /// Set (to `errno`) when the partial file could not be written.
    private(set) var writeError: Int32?
    /// Whether a partial file was emptied because the server sent the whole file.
    private(set) var restarted = false

    init(file: PartialFile, isFileURL: Bool, report: @escaping (Int64, Int64?) -> Void) {
        self.file = file
        self.offset = file.size
        self.isFileURL = isFileURL
        self.report = report
    }

    /// The file's whole size, when the answer gave it.
    var total: Int64? {
        if let rangeTotal { return rangeTotal }
        guard let contentLength else { return nil }
        return status == 206 || isFileURL ? offset + contentLength : contentLength
    }

    func received(headerLine: String) {
        let lower = headerLine.lowercased()
        if lower.hasPrefix("http/") {
            status = Int(lower.split(separator: " ").dropFirst().first ?? "") ?? 0
            (rangeStart, rangeTotal, contentLength) = (nil, nil, nil)
        } else if lower.hasPrefix("content-length:") {
            contentLength = Int64(lower.dropFirst("content-length:".count).trimmingSpaces)
        } else if lower.hasPrefix("content-range:") {
            (rangeStart, rangeTotal) = Self.range(lower.dropFirst("content-range:".count).trimmingSpaces)
        }
    }

    func received(body: UnsafeRawBufferPointer) -> Bool {
        if !accepted {
            guard accept() else { return false }
            accepted = true
        }
        if let failure = file.append(body) {
            writeError = failure
            return false
        }
        report(file.size, total)
        return true
    }

    /// Whether the body about to arrive goes into the partial file (emptied first if need be).
    private func accept() -> Bool {
        if isFileURL { return true }
        switch status {
        case 206:
            guard rangeStart == offset else {
                wrongRange = true
                return false
            }
            return true
        case 200:
            guard offset > 0 else { return true }
            restarted = true
            guard file.restart() else {
                writeError = errno
                return false
            }
            return true
        default:
            return false
        }
    }

    /// Whether a 416 answer says the file is exactly as long as the partial
    /// file: an earlier run downloaded all of it but stopped before using it.
    var partialFileIsComplete: Bool {
        status == 416 && offset > 0 && rangeTotal == offset
    }

    /// `bytes START-END/TOTAL` → (START, TOTAL); `bytes */TOTAL` (in a 416 answer) → (nil, TOTAL).
    private static func range(_ value: Substring) -> (Int64?, Int64?) {
        guard value.hasPrefix("bytes ") else { return (nil, nil) }
        let parts = value.dropFirst("bytes ".count).split(whereSeparator: { $0 == "-" || $0 == "/" })
        if parts.count == 2, parts[0] == "*" { return (nil, Int64(parts[1])) }
        guard parts.count == 3 else { return (nil, nil) }
        return (Int64(parts[0]), Int64(parts[2]))
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
