import QGIS
import Testing

@Suite("XML writing")
struct XMLTagTests {
    @Test func anEmptyElementClosesItself() {
        #expect(XMLTag("Scales").rendered() == "<Scales/>\n")
    }

    @Test func attributesKeepTheirOrderAndAreEscaped() {
        let tag = XMLTag("layer", ["name": "A & \"B\"", "source": "./a.gpkg|layername=<a>"])
        #expect(tag.rendered() == "<layer name=\"A &amp; &quot;B&quot;\" source=\"./a.gpkg|layername=&lt;a&gt;\"/>\n")
    }

    @Test func childrenAreIndentedByTwoSpacesPerLevel() {
        let tag = XMLTag("a", children: [XMLTag("b", children: [XMLTag("c", text: "1 < 2")])])
        #expect(tag.rendered() == "<a>\n  <b>\n    <c>1 &lt; 2</c>\n  </b>\n</a>\n")
    }

    @Test func lineBreaksInAttributesSurviveAsReferences() {
        #expect(XMLTag.escaped("a\nb\tc") == "a&#10;b&#9;c")
    }

    @Test func controlCharactersThatXMLForbidsAreReplaced() {
        #expect(XMLTag.escaped("a\u{7}b") == "a\u{FFFD}b")
    }
}
