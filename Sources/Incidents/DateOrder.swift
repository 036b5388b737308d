/// Where a date falls in chronological order, in twelve bytes: the same
/// order as ``ISODate/sortKey(_:)`` (UTC, a date alone before every time
/// of its day, undated last), kept compact so a build can order a million
/// claims without a string per claim.
public struct DateOrder: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01 (UTC); `Int32.max` when undated.
    public var day: Int32
    /// Seconds into the day, or -1 for a date without a time.
    public var second: Int32
    /// Fractions of the second, in nanoseconds.
    public var nanosecond: Int32

    /// The order of no date: after every date.
    public static let undated = DateOrder(day: .max, second: 0, nanosecond: 0)

    /// Creates an order.
    public init(day: Int32, second: Int32, nanosecond: Int32) {
        self.day = day
        self.second = second
        self.nanosecond = nanosecond
    }

    /// The order of a valid ISO 8601 date or date-time (``ISODate/isValid(_:)``); ``undated`` for `nil`.
    public init(_ date: String?) {
        guard let date else {
            self = .undated
            return
        }
        let key = Array(ISODate.sortKey(date).utf8)
        func number(_ start: Int, _ length: Int) -> Int32 {
            guard start + length <= key.count else { return 0 }
            return key[start..<start + length].reduce(0) { $0 * 10 + Int32($1 &- 0x30) }
        }
        let day = CivilDay(year: Int(number(0, 4)), month: Int(number(5, 2)), day: Int(number(8, 2)))
        self.day = Int32(day.dayNumber)
        self.second = key.count > 10 ? number(11, 2) * 3600 + number(14, 2) * 60 + number(17, 2) : -1
        let fraction = key.count > 20 ? Array(key[20...].prefix(9)) : []
        let scale = (fraction.count..<9).reduce(Int32(1)) { value, _ in value * 10 }
        self.nanosecond = fraction.isEmpty ? 0 : number(20, fraction.count) * scale
    }

    public static func < (a: DateOrder, b: DateOrder) -> Bool {
        (a.day, a.second, a.nanosecond) < (b.day, b.second, b.nanosecond)
    }
}
