/// Turns validated UTF-8 bytes into `String`s, and finds where invalid
/// UTF-8 starts so the error can name the byte offset in the file.
///
/// Readers build each field's `String` once from a slice of the window; this
/// is the one place that does it.
public enum UTF8Text {
    /// The offset of the first byte of `bytes` that is not well-formed UTF-8, or `nil` when all are.
    public static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidIndex(in: $0) }
    }

    /// The text of `bytes`, or an error naming the offset of the first invalid
    /// byte; `offset` is the position of `bytes[0]` in the whole input.
    static func string(
        _ bytes: UnsafeBufferPointer<UInt8>, offset: Int, file: String, line: Int
    ) throws(ParseFailure) -> String {
        try validate(bytes, offset: offset, file: file, line: line)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Throws an error naming the offset of the first invalid byte, if any.
    static func validate(
        _ bytes: UnsafeBufferPointer<UInt8>, offset: Int, file: String, line: Int
    ) throws(ParseFailure) {
        guard let bad = firstInvalidIndex(in: bytes) else { return }
        let error = InputError(file: file, line: line, message: "invalid UTF-8 at byte offset \(offset + bad)")
        throw .invalid(error)
    }

    /// The index of the first byte that does not begin a well-formed UTF-8
    /// sequence (RFC 3629: no overlong forms, no surrogates, nothing above
    /// U+10FFFF), or `nil` if all of `bytes` is valid.
    static func firstInvalidIndex(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if let length = sequenceLength(in: bytes, at: index) {
                index += length
            } else {
                return index
            }
        }
        return nil
    }

    /// The length of the well-formed multi-byte sequence at `index`, or `nil`.
    private static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        // The lead byte fixes the length and the range of the second byte.
        let length: Int
        var secondLow: UInt8 = 0x80
        var secondHigh: UInt8 = 0xBF
        switch bytes[index] {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondLow = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondHigh = 0x9F
        case 0xF0: length = 4; secondLow = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondHigh = 0x8F
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        guard (secondLow...secondHigh).contains(bytes[index + 1]) else { return nil }
        for continuation in bytes[(index + 2)..<(index + length)] where continuation & 0xC0 != 0x80 {
            return nil
        }
        return length
    }
}
