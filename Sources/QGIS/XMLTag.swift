import Layers

/// An XML element built as a value and written as indented text, so that
/// style and project files come out the same, byte for byte, every time.
///
/// Foundation's `XMLDocument` is missing from some platforms' Foundation
/// and orders nothing deterministically enough to matter; this is all the
/// tool needs to write QGIS's XML files.
public struct XMLTag: Sendable, Equatable {
    /// The tag name.
    public var name: String
    /// Attributes, in the order they are written.
    public var attributes: [Attribute]
    /// Child elements, written one per line.
    public var children: [XMLTag]
    /// Text content, written after the children; escaped on output.
    public var text: String?

    /// One `name="value"` pair.
    public struct Attribute: Sendable, Equatable {
        /// The attribute name.
        public var name: String
        /// The value, escaped on output.
        public var value: String
    }

    /// An element with attributes given as `(name, value)` pairs.
    public init(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], children: [XMLTag] = [], text: String? = nil) {
        self.name = name
        self.attributes = attributes.map { Attribute(name: $0.key, value: $0.value) }
        self.children = children
        self.text = text
    }

    /// The element and its descendants as text, each line indented by
    /// two spaces per level, starting at `level`.
    public func rendered(level: Int = 0) -> String {
        let indent = String(repeating: "  ", count: level)
        var line = indent + "<" + name
        for attribute in attributes {
            line += " " + attribute.name + "=\"" + Self.escaped(attribute.value) + "\""
        }
        if children.isEmpty && text == nil { return line + "/>\n" }
        if children.isEmpty, let text { return line + ">" + Self.escaped(text) + "</" + name + ">\n" }
        var result = line + ">\n"
        for child in children { result += child.rendered(level: level + 1) }
        if let text { result += indent + "  " + Self.escaped(text) + "\n" }
        return result + indent + "</" + name + ">\n"
    }

    /// `text` as XML character data or an attribute value (see ``Layers/XMLText/escaped(_:)``).
    public static func escaped(_ text: String) -> String {
        XMLText.escaped(text)
    }
}
