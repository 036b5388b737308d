/// An opaque colour, 8 bits per channel, as a style file writes it.
public struct RGBColor: Sendable, Hashable {
    /// Red, 0–255.
    public var red: UInt8
    /// Green, 0–255.
    public var green: UInt8
    /// Blue, 0–255.
    public var blue: UInt8

    /// Creates a colour from its channels.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// The colour written `#rrggbb` (either letter case); `nil` for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        let isHex = { (byte: UInt8) in (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte) }
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"), digits.dropFirst().allSatisfy(isHex) else { return nil }
        var channels: [UInt8] = []
        for start in stride(from: 1, to: 7, by: 2) {
            guard let value = UInt8(String(decoding: digits[start..<start + 2], as: UTF8.self), radix: 16) else { return nil }
            channels.append(value)
        }
        self.init(red: channels[0], green: channels[1], blue: channels[2])
    }

    /// `#rrggbb` in lower case, as SVG and `sides.tsv` write it.
    public var hex: String {
        "#" + [red, green, blue].map { value in
            let digits = String(value, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// `r,g,b,a` as QGIS style files write a colour, with `alpha` 0–255.
    public func qgis(alpha: UInt8 = 255) -> String {
        [red, green, blue, alpha].map { String($0) }.joined(separator: ",")
    }
}
