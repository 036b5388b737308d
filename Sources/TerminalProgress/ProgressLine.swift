/// The text of a progress line: `\r`, the line, and the escape that erases
/// the rest of the terminal line.
enum ProgressLine {
    /// Erases the line the cursor is on and puts the cursor at its start.
    static let erase = "\r\u{1B}[K"

    /// `\r…building layers: 42% (420,000 of 1,000,000 rows), 3 s` (`…` the
    /// erase sequence); without a total, `building layers: 420,000 rows, 3 s`.
    static func text(task: String, completed: Int64, total: Int64?, unit: ProgressUnit, elapsed: Duration) -> String {
        var line = erase + task + ": "
        if let total, total > 0 {
            let percent = min(100, max(0, completed * 100 / total))
            line += "\(percent)% (\(amount(completed, unit, named: false)) of \(amount(total, unit, named: true)))"
        } else {
            line += amount(completed, unit, named: true)
        }
        return line + ", \(elapsed.components.seconds) s"
    }

    /// `1,234 rows`, `12.3 MB`; the unit's name only when `named`.
    static func amount(_ value: Int64, _ unit: ProgressUnit, named: Bool) -> String {
        switch unit {
        case .items(let name): return grouped(value) + (named ? " " + name : "")
        case .bytes:
            for (scale, suffix) in [(1e9, "GB"), (1e6, "MB"), (1e3, "KB")] where Double(value) >= scale {
                let tenths = Int64((Double(value) / scale * 10).rounded())
                return "\(tenths / 10).\(tenths % 10) \(suffix)"
            }
            return "\(value) bytes"
        }
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return (value < 0 ? "-" : "") + text
    }

    /// `task` without control characters (a file name may hold any), at most 60 characters.
    static func printable(_ task: String) -> String {
        let scalars = task.unicodeScalars.map { scalar -> Unicode.Scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "?" : scalar
        }
        var text = String(String.UnicodeScalarView(scalars))
        if text.count > 60 { text = String(text.prefix(59)) + "…" }
        return text
    }
}
