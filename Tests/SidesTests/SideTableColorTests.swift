import Foundation
import RecordReaders
import Sides
import Testing

@Suite("Side table colours")
struct SideTableColorTests {
    private func table(_ text: String) throws -> SideTable {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("side-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("sides.tsv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return try SideTable.read(path: path)
    }

    @Test func theColorColumnGivesASideItsColour() throws {
        let sides = try table("side\taliases\tcolor\nArmenia\tAM,Yerevan\t#00798C\nAzerbaijan\tAZ,Baku\t\n")
        #expect(sides.colors == ["Armenia": "#00798c"])
        #expect(sides.side(for: "Yerevan") == "Armenia")
    }

    @Test func theColorColumnIsOptional() throws {
        let sides = try table("side\taliases\nArmenia\tAM\n")
        #expect(sides.colors.isEmpty)
        #expect(sides.side(for: "AM") == "Armenia")
    }

    @Test func aMalformedColourNamesTheFileLineAndSide() throws {
        let error = try #require(throws: InputError.self) {
            try table("side\taliases\tcolor\nArmenia\tAM\t#00798c\n\nAzerbaijan\tAZ\tred\n")
        }
        #expect(error.line == 4)
        #expect(error.message == "invalid color \"red\" for Azerbaijan: expected #rrggbb, such as #00798c")
    }

    @Test func theBundledSideTableStillReads() throws {
        let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Gazetteer").path
        let sides = try SideTable.load(folder: bundled)
        #expect(sides.entries.map(\.side) == ["Armenia", "Azerbaijan"])
        #expect(sides.side(for: "Baku") == "Azerbaijan")
    }
}
