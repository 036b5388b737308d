extension ISODate {
    /// A key that sorts valid ISO 8601 dates and date-times chronologically
    /// as plain text: `T` or a space between date and time alike, seconds
    /// filled in, and a time with a UTC offset converted to UTC, so that
    /// `2022-09-13T01:00+04:00` sorts before `2022-09-12T22:00Z`.
    /// A date alone sorts before every time on that day.
    public static func sortKey(_ text: String) -> String {
        let b = Array(text.utf8)
        guard isValid(text), b.count > 10 else { return text }
        let digits = { (start: Int, length: Int) -> Int in
            b[start..<start + length].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        var rest = b[16...]
        var second = 0
        var fraction: [UInt8] = []
        if rest.first == 0x3A {
            second = digits(17, 2)
            rest = b[19...]
            if rest.first == 0x2E {
                fraction = Array(rest.dropFirst().prefix { (0x30...0x39).contains($0) })
                rest = rest.dropFirst(1 + fraction.count)
            }
        }
        var minutes = digits(11, 2) * 60 + digits(14, 2)
        if let sign = rest.first, sign == 0x2B || sign == 0x2D {
            let start = rest.startIndex
            let offset = digits(start + 1, 2) * 60 + digits(start + 4, 2)
            minutes += sign == 0x2B ? -offset : offset
        }
        let dayShift = minutes >= 0 ? minutes / 1440 : -((-minutes + 1439) / 1440)
        minutes -= dayShift * 1440
        let day = CivilDay(dayNumber: CivilDay(year: digits(0, 4), month: digits(5, 2), day: digits(8, 2)).dayNumber + dayShift)
        var key = day.iso + "T" + padded(minutes / 60, 2) + ":" + padded(minutes % 60, 2) + ":" + padded(second, 2)
        if !fraction.isEmpty { key += "." + String(decoding: fraction, as: UTF8.self) }
        return key
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
