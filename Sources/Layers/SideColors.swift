import StableHash

/// The colour each side is drawn in, in every style, project and preview
/// the tool writes: the colour `sides.tsv` gives the side, or one picked
/// from a fixed palette by a stable hash of the side's name, so that a side
/// keeps its colour from one run, one machine and one output to the next.
public struct SideColors: Sendable {
    /// Ten colours that stay apart from each other and from the grey base
    /// layer. None is a national colour, so none reads as taking a side.
    public static let palette: [RGBColor] = [
        "#3a6ea5", "#c8553d", "#d1495b", "#2e933c", "#8e5ea2",
        "#e09f3e", "#00798c", "#7a4419", "#d45d9c", "#4f5d75",
    ].map { RGBColor(hex: $0)! }

    /// The neutral grey of third-party reports attributed to no side.
    public static let neutral = RGBColor(red: 0x80, green: 0x80, blue: 0x80)

    /// Sides drawn in ``neutral`` unless `sides.tsv` says otherwise (folded to lower case).
    public static let neutralSides: Set<String> = ["unattributed"]

    private var overrides: [String: RGBColor]

    /// Colours from the palette, with `overrides` (side → colour) taking precedence.
    public init(overrides: [String: RGBColor] = [:]) {
        self.overrides = overrides
    }

    /// The colour of `side`.
    public func color(of side: String) -> RGBColor {
        if let chosen = overrides[side] { return chosen }
        if Self.neutralSides.contains(side.lowercased()) { return Self.neutral }
        return Self.palette[Int(StableHash.value(side) % UInt64(Self.palette.count))]
    }
}
