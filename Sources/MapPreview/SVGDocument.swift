import Layers

/// An SVG picture written element by element, in the order drawn, with
/// every number formatted by ``NumberFormat`` (no locale, fixed decimals),
/// so the same map always gives the same bytes.
public struct SVGDocument: Sendable {
    /// The picture's width in pixels.
    public let width: Double
    /// The picture's height in pixels.
    public let height: Double
    private var body: [String] = []
    private var definitions: [String] = []

    /// An empty picture of `width` × `height` pixels.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// `value` with one decimal at most, as coordinates are written.
    public static func number(_ value: Double) -> String {
        NumberFormat.fixed(value, decimals: 1).replacingSuffix(".0")
    }

    /// Adds a rectangular clip path named `id`.
    public mutating func clipRectangle(id: String, x: Double, y: Double, width: Double, height: Double) {
        definitions.append("<clipPath id=\"\(id)\"><rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\"/></clipPath>")
    }

    /// Opens a group with the given attributes; close it with ``endGroup()``.
    public mutating func beginGroup(_ attributes: KeyValuePairs<String, String>) {
        body.append("<g" + Self.attributes(attributes) + ">")
    }

    /// Closes the last group opened.
    public mutating func endGroup() {
        body.append("</g>")
    }

    /// A path through `rings` (each closed with `Z`), drawn with the even-odd rule.
    public mutating func path(rings: [[(x: Double, y: Double)]], _ attributes: KeyValuePairs<String, String>) {
        let data = rings.filter { $0.count >= 3 }.map { ring in
            "M" + ring.map { Self.number($0.x) + "," + Self.number($0.y) }.joined(separator: "L") + "Z"
        }.joined()
        guard !data.isEmpty else { return }
        body.append("<path d=\"\(data)\" fill-rule=\"evenodd\"" + Self.attributes(attributes) + "/>")
    }

    /// A circle.
    public mutating func circle(x: Double, y: Double, radius: Double, _ attributes: KeyValuePairs<String, String>) {
        body.append("<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\"" + Self.attributes(attributes) + "/>")
    }

    /// A rectangle.
    public mutating func rectangle(x: Double, y: Double, width: Double, height: Double, _ attributes: KeyValuePairs<String, String>) {
        body.append("<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\"" + Self.attributes(attributes) + "/>")
    }

    /// A line of text whose start (or middle, with `text-anchor`) is at `x`, `y`.
    public mutating func text(_ content: String, x: Double, y: Double, _ attributes: KeyValuePairs<String, String>) {
        body.append("<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\"" + Self.attributes(attributes) + ">" + Self.escaped(content) + "</text>")
    }

    /// The SVG file.
    public var text: String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" "
                + "viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\">",
        ]
        if !definitions.isEmpty { lines += ["<defs>"] + definitions + ["</defs>"] }
        return (lines + body + ["</svg>"]).joined(separator: "\n") + "\n"
    }

    private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
        pairs.map { " \($0.key)=\"\(escaped($0.value))\"" }.joined()
    }

    /// `text` with the characters XML reserves escaped.
    static func escaped(_ text: String) -> String {
        XMLText.escaped(text)
    }
}

extension String {
    /// The string without `suffix` at its end, when it has it.
    fileprivate func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
