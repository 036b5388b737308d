import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Parses the style and project files the way any XML reader would.
enum XMLSupport {
    /// The document `text` parses to; fails the test when it is not well-formed XML.
    static func document(_ text: String) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), options: [])
    }

    /// The elements `xpath` selects in `document`.
    static func elements(_ document: XMLDocument, _ xpath: String) throws -> [XMLElement] {
        try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    /// The `value` attributes of the `<Option name="name">` elements `xpath` selects.
    static func options(_ document: XMLDocument, _ xpath: String, named name: String) throws -> [String] {
        try elements(document, xpath + "/Option[@type='Map']/Option[@name='\(name)']").compactMap { $0.attribute(forName: "value")?.stringValue }
    }
}
