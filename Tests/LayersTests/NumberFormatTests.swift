import Foundation
import Layers
import Testing

@Suite("Number format")
struct NumberFormatTests {
    @Test func keepsTheDecimalsThatMatter() {
        #expect(NumberFormat.fixed(46.34168, decimals: 6) == "46.34168")
        #expect(NumberFormat.fixed(615339.987, decimals: 2) == "615339.99")
        #expect(NumberFormat.fixed(45.1234567, decimals: 6) == "45.123457")
    }

    @Test func roundsToTheRequestedNumberOfDecimals() {
        #expect(NumberFormat.fixed(4374356.7834, decimals: 2) == "4374356.78")
        #expect(NumberFormat.fixed(0.123456789, decimals: 3) == "0.123")
        #expect(NumberFormat.fixed(0.000001, decimals: 6) == "0.000001")
        #expect(NumberFormat.fixed(0.0000004, decimals: 6) == "0.0")
    }

    @Test func trimsTrailingZerosButKeepsOneDecimal() {
        #expect(NumberFormat.fixed(12, decimals: 6) == "12.0")
        #expect(NumberFormat.fixed(0, decimals: 6) == "0.0")
        #expect(NumberFormat.fixed(1.5, decimals: 6) == "1.5")
        #expect(NumberFormat.fixed(100.10, decimals: 2) == "100.1")
    }

    @Test func writesNoDecimalPointForZeroDecimals() {
        #expect(NumberFormat.fixed(12.4, decimals: 0) == "12")
        #expect(NumberFormat.fixed(-7, decimals: 0) == "-7")
    }

    @Test func writesNegativeValuesWithALeadingMinus() {
        #expect(NumberFormat.fixed(-0.5, decimals: 6) == "-0.5")
        #expect(NumberFormat.fixed(-45.1234567, decimals: 6) == "-45.123457")
        #expect(NumberFormat.fixed(-12, decimals: 2) == "-12.0")
    }

    @Test func neverWritesNegativeZero() {
        #expect(NumberFormat.fixed(-0.0000001, decimals: 6) == "0.0")
        #expect(NumberFormat.fixed(-0.0, decimals: 6) == "0.0")
        #expect(NumberFormat.fixed(-0.004, decimals: 2) == "0.0")
        #expect(NumberFormat.fixed(-0.4, decimals: 0) == "0")
        #expect(NumberFormat.fixed(-0.0000001, decimals: 6, trimmingZeros: false) == "0.000000")
    }

    @Test func roundsHalfAwayFromZero() {
        // These halves are exact in binary, so the tie is real.
        #expect(NumberFormat.fixed(0.5, decimals: 0) == "1")
        #expect(NumberFormat.fixed(2.5, decimals: 0) == "3")
        #expect(NumberFormat.fixed(-2.5, decimals: 0) == "-3")
        #expect(NumberFormat.fixed(0.125, decimals: 2) == "0.13")
        #expect(NumberFormat.fixed(-0.125, decimals: 2) == "-0.13")
        #expect(NumberFormat.fixed(0.375, decimals: 2) == "0.38")
    }

    @Test func keepsEveryDecimalWithoutTrimming() {
        #expect(NumberFormat.fixed(4448292, decimals: 2, trimmingZeros: false) == "4448292.00")
        #expect(NumberFormat.fixed(1.5, decimals: 3, trimmingZeros: false) == "1.500")
        #expect(NumberFormat.fixed(-0.5, decimals: 5, trimmingZeros: false) == "-0.50000")
        #expect(NumberFormat.fixed(39.5, decimals: 5, trimmingZeros: false) == "39.50000")
    }

    @Test func writesPlainDigitsAndADotWhateverTheLocale() throws {
        // Try to switch the C library to a locale with a decimal comma; the
        // output must not change. (When no such locale is installed this
        // still checks the form of the output.)
        let previous = setlocale(LC_NUMERIC, nil).map { String(cString: $0) } ?? "C"
        defer { _ = setlocale(LC_NUMERIC, previous) }
        let commaLocales: [String] = ["de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "de_DE"]
        _ = commaLocales.first { name in setlocale(LC_NUMERIC, name) != nil }
        let pattern = try Regex("^-?[0-9]+\\.[0-9]+$")
        var value = -1234.56789
        while value < 1234.56789 {
            let text = NumberFormat.fixed(value, decimals: 6)
            #expect(text.wholeMatch(of: pattern) != nil, "\(value) → \(text)")
            value += 97.1234567
        }
        #expect(NumberFormat.fixed(46.34, decimals: 2) == "46.34")
    }

    @Test func writesNoExponentForSmallOrLargeValues() {
        #expect(NumberFormat.fixed(1e-7, decimals: 6) == "0.0")
        #expect(NumberFormat.fixed(1e-6, decimals: 6) == "0.000001")
        #expect(NumberFormat.fixed(12_345_678.9, decimals: 2) == "12345678.9")
        #expect(NumberFormat.fixed(4_500_000_000, decimals: 2) == "4500000000.0")
    }

    @Test func parsesBackToTheValueWithinHalfAUnitOfTheLastDecimal() throws {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = (Double(state >> 11) / Double(1 << 53) - 0.5) * 400
            for decimals in [2, 3, 6] {
                let text = NumberFormat.fixed(value, decimals: decimals)
                let parsed = try #require(Double(text), "\(text) is not a number")
                let unit = pow(10.0, Double(-decimals))
                #expect(abs(parsed - value) <= unit / 2 + 1e-9, "\(value) at \(decimals) decimals → \(text)")
            }
        }
    }

    @Test func appendsWholeNumbersAsStringDoes() {
        for value in [0, 7, -7, 10, 42, -42, 9_999_999_999, Int.max, Int.min] {
            var bytes: [UInt8] = []
            NumberFormat.append(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }
}
