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
        var bytes: [UInt8] = []
        append(value, decimals: decimals, trimmingZeros: trimmingZeros, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` as ``fixed(_:decimals:trimmingZeros:)`` writes it,
    /// without making a string: the path of every coordinate a build writes.
    public static func append(_ value: Double, decimals: Int, trimmingZeros: Bool = true, to bytes: inout [UInt8]) {
        precondition(value.isFinite, "cannot format \(value)")
        var scale: UInt64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard abs(scaled) < 9e15 else { return bytes.append(contentsOf: value.description.utf8) }
        let magnitude = Int64(scaled).magnitude
        if scaled < 0 && magnitude != 0 { bytes.append(0x2D) }
        appendDigits(magnitude / scale, to: &bytes)
        guard decimals > 0 else { return }
        var fraction = magnitude % scale
        var width = decimals
        while trimmingZeros && width > 1 && fraction % 10 == 0 {
            fraction /= 10
            width -= 1
        }
        bytes.append(0x2E)
        for _ in digitCount(fraction)..<width { bytes.append(0x30) }
        appendDigits(fraction, to: &bytes)
    }

    /// Appends the whole number `value` in decimal, as `String(value)` writes it, without making a string.
    public static func append(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(0x2D) }
        appendDigits(UInt64(value.magnitude), to: &bytes)
    }

    /// How many decimal digits `value` has (1 for 0).
    private static func digitCount(_ value: UInt64) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    /// The decimal digits of `value`.
    private static func appendDigits(_ value: UInt64, to bytes: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(rest % 10) + 0x30
                rest /= 10
                count += 1
            } while rest > 0
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
    }

    /// `value` as ``fixed(_:decimals:trimmingZeros:)`` writes it, read back:
    /// the number a reader of the text gets, for binary formats that must
    /// hold the same values as the GeoJSON.
    public static func rounded(_ value: Double, decimals: Int) -> Double {
        Double(fixed(value, decimals: decimals)) ?? value
    }
}
