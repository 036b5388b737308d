import Foundation
import PlaceNames

/// How the `gazetteer` commands write numbers, sizes, times and ages.
enum GazetteerReport {
    /// `1234567` → `1,234,567`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// The line `gazetteer index` (and `fetch`) prints for the index written in `seconds`:
    /// `world/incident-map.index: 234,926 places, … 171.4 MB written in 12.4 s`.
    static func indexed(_ summary: GazetteerIndex.Summary, seconds: Double) -> String {
        "\(summary.path): \(count(summary.places)) places, \(count(summary.names)) names, "
            + "\(count(summary.distinctKeys)) distinct keys, \(count(summary.countries)) countries; "
            + "\(size(summary.byteCount)) written in \(String(format: "%.1f", seconds)) s"
    }

    /// Bytes in KB, MB or GB (powers of 1,000), one decimal.
    static func size(_ bytes: Int) -> String {
        let units = [(1e9, "GB"), (1e6, "MB"), (1e3, "KB")]
        for (scale, unit) in units where Double(bytes) >= scale {
            return String(format: "%.1f", Double(bytes) / scale) + " " + unit
        }
        return "\(bytes) bytes"
    }

    /// `2026-11-22 04:12:05 UTC`.
    static func utc(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date) + " UTC"
    }

    /// `2 hours ago`, `1 minute ago`, `5 seconds ago`, `3 days ago`.
    static func age(since date: Date, now: Date = Date()) -> String {
        let seconds = Int(now.timeIntervalSince(date))
        if seconds < 0 { return "in the future" }
        let (value, unit): (Int, String) = switch seconds {
        case ..<60: (seconds, "second")
        case ..<3600: (seconds / 60, "minute")
        case ..<86_400: (seconds / 3600, "hour")
        default: (seconds / 86_400, "day")
        }
        return "\(value) \(unit)\(value == 1 ? "" : "s") ago"
    }
}
