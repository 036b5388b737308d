/// Formats numbers for output files the same way on every machine: a dot as
/// decimal separator whatever the locale (C's `printf` would print `46,34`
/// under a German locale), a fixed number of decimals, trailing zeros
/// dropped, no exponent.
public enum NumberFormat {
    /// `value` rounded to `decimals` places: `46.34168`, `615339.99`, `-0.5`,
    /// `12.0`. At least one decimal is kept when `decimals > 0`, so that
    /// readers that guess column types (GDAL) see a real number, not an integer.
    ///
    /// Values too large for exact decimal rounding (beyond 9e15 at the given
    /// precision) fall back to Swift's shortest round-trip form.
    /// With `trimmingZeros: false` every value has exactly `decimals` decimals (`4448292.00`), for tables.
    public static func fixed(_ value: Double, decimals: Int, trimmingZeros: Bool = true) -> String {
        precondition(value.isFinite, "cannot format \(value)")
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9e15 else { return value.description }
        let units = Int64(scaled)
        let magnitude = units.magnitude
        let divisor = UInt64(scale)
        var text = units < 0 ? "-" : ""
        text += String(magnitude / divisor)
        var fraction = String(magnitude % divisor)
        if decimals > 0 {
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            while trimmingZeros && fraction.count > 1 && fraction.last == "0" { fraction.removeLast() }
            text += "." + fraction
        }
        return text.hasPrefix("-") && !text.contains(where: { ("1"..."9").contains($0) }) ? String(text.dropFirst()) : text
    }

    /// `value` as ``fixed(_:decimals:trimmingZeros:)`` writes it, read back:
    /// the number a reader of the text gets, for binary formats that must
    /// hold the same values as the GeoJSON.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        Double(fixed(value, decimals: decimals)) ?? value
    }
}
