/// Checks the ISO 8601 forms an incidents file may use for `date`:
/// `2022-09-13`, `2022-09-13T00:05`, `2022-09-13T00:05:30`, with optional
/// fractional seconds and a `Z` or `±HH:MM` offset. Dates are kept as
/// written; checking them catches typos such as `2022-13-09` before they
/// reach a map.
public enum ISODate {
    /// Whether `text` is a real calendar date, optionally with a valid time.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let year = number(bytes, 0, 4), bytes[4] == 0x2D,
              let month = number(bytes, 5, 2), bytes[7] == 0x2D, let day = number(bytes, 8, 2),
              (1...12).contains(month), (1...CivilDay.length(ofMonth: month, year: year)).contains(day) else { return false }
        if bytes.count == 10 { return true }
        guard bytes[10] == 0x54 || bytes[10] == 0x20 else { return false }
        return isValidTime(Array(bytes[11...]))
    }

    /// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, then nothing, `Z` or `±HH:MM`.
    private static func isValidTime(_ t: [UInt8]) -> Bool {
        guard t.count >= 5, let hour = number(t, 0, 2), t[2] == 0x3A, let minute = number(t, 3, 2),
              hour < 24, minute < 60 else { return false }
        var rest = t[5...]
        if rest.first == 0x3A {
            guard rest.count >= 3, let second = number(Array(rest), 1, 2), second < 61 else { return false }
            rest = rest.dropFirst(3)
            if rest.first == 0x2E {
                let digits = rest.dropFirst().prefix { (0x30...0x39).contains($0) }
                guard !digits.isEmpty else { return false }
                rest = rest.dropFirst(1 + digits.count)
            }
        }
        return isValidOffset(Array(rest))
    }

    private static func isValidOffset(_ o: [UInt8]) -> Bool {
        if o.isEmpty || o == [0x5A] { return true }
        guard o.count == 6, o[0] == 0x2B || o[0] == 0x2D, let hours = number(o, 1, 2), o[3] == 0x3A,
              let minutes = number(o, 4, 2) else { return false }
        return hours < 24 && minutes < 60
    }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<start + length] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
