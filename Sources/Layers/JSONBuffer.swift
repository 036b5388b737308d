/// Writes JSON text into a byte buffer directly, in the order the caller
/// gives, so that output is deterministic and fast (about ten times faster
/// than `JSONEncoder`, which also orders keys arbitrarily unless told).
public struct JSONBuffer {
    /// The JSON text written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []

    /// An empty buffer.
    public init() {}

    /// An empty buffer with room for `capacity` bytes, for text whose size
    /// is roughly known: growing a large buffer copies it and touches fresh
    /// memory each time.
    public init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends raw JSON text (punctuation, a pre-formatted number).
    public mutating func raw(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    /// Appends `text` as a JSON string literal, escaping quotes,
    /// backslashes and control characters; other characters are kept as UTF-8.
    public mutating func string(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) == nil {
            appendQuoted(Array(text.utf8))
        }
    }

    private mutating func appendQuoted(_ utf8: some Collection<UInt8>) {
        bytes.append(0x22)
        if utf8.contains(where: Self.needsEscape) {
            appendEscaped(utf8)
        } else {
            bytes.append(contentsOf: utf8)
        }
        bytes.append(0x22)
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F
    }

    private mutating func appendEscaped(_ utf8: some Collection<UInt8>) {
        for byte in utf8 {
            switch byte {
            case 0x22: bytes += [0x5C, 0x22]
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            case 0x09: bytes += [0x5C, 0x74]
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                bytes += [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
    }

    /// Appends `value` as ``NumberFormat/fixed(_:decimals:trimmingZeros:)`` writes it.
    public mutating func number(_ value: Double, decimals: Int) {
        NumberFormat.append(value, decimals: decimals, to: &bytes)
    }

    /// Appends `"name":`.
    public mutating func key(_ name: String) {
        string(name)
        bytes.append(0x3A)
    }

    /// Appends a property value.
    public mutating func value(_ value: PropertyValue) {
        switch value {
        case .null: raw("null")
        case .string(let text): string(text)
        case .integer(let number): NumberFormat.append(number, to: &bytes)
        case .number(let number, let decimals): NumberFormat.append(number, decimals: decimals, to: &bytes)
        case .boolean(let truth): raw(truth ? "true" : "false")
        case .dateTime(let text): string(text)
        }
    }
}
