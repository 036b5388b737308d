/// A valid ISO 8601 date or date-time (``ISODate/isValid(_:)``) taken
/// apart: the day and clock time as the source gave them (its local time),
/// how precise it was, and the UTC offset it named, if any.
///
/// Layers show a claim on the source's own day: `2022-09-13T00:05+04:00`
/// is 13 September, although it is still 12 September in UTC, since that
/// is the day the side's statement names.
public struct IncidentDate: Sendable, Hashable {
    /// The day, as written.
    public var day: CivilDay
    /// Seconds since the start of ``day`` (0 for a date alone).
    public var secondOfDay: Int
    /// Milliseconds after ``secondOfDay`` (fractions beyond are dropped).
    public var millisecond: Int
    /// How precise the source was.
    public var precision: DatePrecision
    /// The UTC offset as written (`+04:00`, `Z`); `nil` when none was given.
    public var utcOffset: String?

    /// The parts of `text`; `nil` unless it is a valid ISO 8601 date or date-time.
    public init?(iso text: String) {
        guard ISODate.isValid(text), let day = CivilDay(iso: text) else { return nil }
        self.day = day
        let bytes = Array(text.utf8)
        guard bytes.count > 10 else {
            (secondOfDay, millisecond, precision, utcOffset) = (0, 0, .day, nil)
            return
        }
        func digits(_ start: Int, _ length: Int) -> Int {
            bytes[start..<start + length].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        var rest = 16, seconds = 0, millis = 0
        precision = .minute
        if rest < bytes.count, bytes[rest] == 0x3A {
            precision = .second
            seconds = digits(17, 2)
            rest = 19
            if rest < bytes.count, bytes[rest] == 0x2E {
                let fraction = bytes[(rest + 1)...].prefix { (0x30...0x39).contains($0) }
                millis = (Array(fraction.prefix(3)) + Array(repeating: 0x30, count: 3)).prefix(3).reduce(0) { $0 * 10 + Int($1 - 0x30) }
                rest += 1 + fraction.count
            }
        }
        secondOfDay = digits(11, 2) * 3600 + digits(14, 2) * 60 + min(seconds, 59)
        millisecond = millis
        utcOffset = rest < bytes.count ? String(decoding: bytes[rest...], as: UTF8.self) : nil
    }

    /// The local date-time as GIS formats write it: `2022-09-13T00:05:00`,
    /// midnight for a day, `.250` after the seconds when the source had fractions.
    public var dateTimeText: String {
        let hour = secondOfDay / 3600, minute = secondOfDay / 60 % 60, second = secondOfDay % 60
        var text = day.iso + "T" + Self.padded(hour, 2) + ":" + Self.padded(minute, 2) + ":" + Self.padded(second, 2)
        if millisecond > 0 { text += "." + Self.padded(millisecond, 3) }
        return text
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
