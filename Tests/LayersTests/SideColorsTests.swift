import Layers
import Testing

@Suite("Side colours")
struct SideColorsTests {
    @Test func hexColoursParseInEitherCase() {
        #expect(RGBColor(hex: "#00798C") == RGBColor(red: 0, green: 0x79, blue: 0x8C))
        #expect(RGBColor(hex: "#00798c")?.hex == "#00798c")
    }

    @Test(arguments: ["00798c", "#00798", "#00798cc", "#00798g", "#+0798c", ""])
    func malformedColoursAreRejected(_ text: String) {
        #expect(RGBColor(hex: text) == nil)
    }

    @Test func qgisWritesAColourAsFourNumbers() {
        #expect(RGBColor(red: 0, green: 121, blue: 140).qgis() == "0,121,140,255")
        #expect(RGBColor(red: 0, green: 121, blue: 140).qgis(alpha: 46) == "0,121,140,46")
    }

    @Test func aSideKeepsItsColourFromOneRunToTheNext() {
        // FNV-1a of "Armenia" is 6 modulo 10, of "Azerbaijan" 2: fixed on every machine.
        #expect(SideColors().color(of: "Armenia") == SideColors.palette[6])
        #expect(SideColors().color(of: "Azerbaijan") == SideColors.palette[2])
        #expect(SideColors().color(of: "Armenia").hex == "#00798c")
    }

    @Test func theTwoSidesOfTheExampleGetDifferentColours() {
        #expect(SideColors().color(of: "Armenia") != SideColors().color(of: "Azerbaijan"))
    }

    @Test func thePaletteHasNoColourTwice() {
        #expect(Set(SideColors.palette).count == SideColors.palette.count)
        #expect(!SideColors.palette.contains(SideColors.neutral))
    }

    @Test func unattributedReportsAreGrey() {
        #expect(SideColors().color(of: "unattributed") == SideColors.neutral)
        #expect(SideColors().color(of: "Unattributed") == SideColors.neutral)
    }

    @Test func aColourFromTheSideTableWins() {
        let red = RGBColor(red: 255, green: 0, blue: 0)
        let colors = SideColors(overrides: ["Armenia": red, "unattributed": red])
        #expect(colors.color(of: "Armenia") == red)
        #expect(colors.color(of: "unattributed") == red)
        #expect(colors.color(of: "Azerbaijan") == SideColors.palette[2])
    }
}
