import Incidents

/// The words of the print layout: the default title, from the sides and
/// the days, and the line that says which days the claims cover.
enum BriefingText {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ]

    /// `Claims of Armenia and Azerbaijan, 12–13 September 2022`.
    static func title(sides: [String], days: ClosedRange<CivilDay>?) -> String {
        let names = sides.count <= 2 ? sides.joined(separator: " and ") : sides.dropLast().joined(separator: ", ") + " and " + sides.last!
        return "Claims of " + names + (days.map { ", " + span($0) } ?? "")
    }

    /// `Claims dated 12–13 September 2022`, or `No claim is dated` when none is.
    static func dates(_ days: ClosedRange<CivilDay>?) -> String {
        days.map { "Claims dated " + span($0) + " (each side's own dates)" } ?? "No claim is dated"
    }

    /// `13 September 2022`, `12–13 September 2022`, `30 August – 2 September 2022`, `31 December 2022 – 1 January 2023`.
    static func span(_ days: ClosedRange<CivilDay>) -> String {
        let (a, b) = (days.lowerBound, days.upperBound)
        let month = { (day: CivilDay) in months[day.month - 1] }
        if a == b { return "\(a.day) \(month(a)) \(a.year)" }
        if a.year != b.year { return "\(a.day) \(month(a)) \(a.year) – \(b.day) \(month(b)) \(b.year)" }
        if a.month != b.month { return "\(a.day) \(month(a)) – \(b.day) \(month(b)) \(b.year)" }
        return "\(a.day)–\(b.day) \(month(b)) \(b.year)"
    }
}
