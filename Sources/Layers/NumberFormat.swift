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
        // Digits are written right to left into a small buffer, with integer
        // arithmetic only: this runs for every coordinate of every layer.
        let units = Int64(scaled)
        var magnitude = units.magnitude
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: decimals + 24) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            if decimals > 0 {
                var kept = false
                for index in 0..<decimals {
                    let digit = UInt8(magnitude % 10)
                    magnitude /= 10
                    // Trailing zeros are the first digits met; keep the last decimal in any case.
                    if !trimmingZeros || kept || digit != 0 || index == decimals - 1 {
                        put(0x30 + digit)
                        kept = true
                    }
                }
                put(0x2E)
            }
            repeat {
                put(0x30 + UInt8(magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            if units < 0 { put(0x2D) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }
}
