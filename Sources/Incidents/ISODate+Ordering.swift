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
        let (year, month, day) = civil(fromDays: days(year: digits(0, 4), month: digits(5, 2), day: digits(8, 2)) + dayShift)
        var key = padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
        key += "T" + padded(minutes / 60, 2) + ":" + padded(minutes % 60, 2) + ":" + padded(second, 2)
        if !fraction.isEmpty { key += "." + String(decoding: fraction, as: UTF8.self) }
        return key
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays count: Int) -> (Int, Int, Int) {
        let z = count + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
