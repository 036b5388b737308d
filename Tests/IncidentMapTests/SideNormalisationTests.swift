import Foundation
import IncidentMap
import Testing

@Suite("Side normalisation")
struct SideNormalisationTests {
    @Test func aliasesOfArmeniaLandInTheArmeniaLayer() throws {
        let input = try Fixtures.file("sides.csv", """
            id,date,place,claimed_by
            s-1,2022-09-13,Goris,AM
            s-2,2022-09-13,Kapan,Yerevan
            s-3,2022-09-13,Jermuk,Armenian Ministry of Defence
            s-4,2022-09-13,Sotk,the  Armenian Defence Ministry

            """)
        let out = try Fixtures.temporaryDirectory()
        let report = try Fixtures.build([input], into: out)
        #expect(report.layers.map { $0.file } == ["armenia.geojson"])
        let features = try Fixtures.features(out + "/armenia.geojson")
        #expect(features.compactMap { $0["id"] as? String } == ["s-1", "s-2", "s-3", "s-4"])
        for feature in features {
            #expect(try Fixtures.properties(feature)["claimed_by"] as? String == "Armenia")
        }
    }

    @Test func theAccusedSideIsNormalisedToo() throws {
        let input = try Fixtures.file("accused.csv", """
            id,place,claimed_by,accused
            a-1,Goris,AM,Baku
            a-2,Kapan,AM,

            """)
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.build([input], into: out)
        let features = try Fixtures.features(out + "/armenia.geojson")
        #expect(try Fixtures.properties(features[0])["accused"] as? String == "Azerbaijan")
        #expect(try Fixtures.properties(features[1])["accused"] is NSNull)
    }

    @Test func anUnknownSideIsKeptAsWrittenInItsOwnLayer() throws {
        let input = try Fixtures.file("observers.csv", """
            id,place,claimed_by
            o-1,Goris,Observer Mission
            o-2,Kapan,AM

            """)
        let out = try Fixtures.temporaryDirectory()
        let report = try Fixtures.build([input], into: out)
        #expect(try Fixtures.visibleNames(out) == ["armenia.geojson", "armenia.qml", "observer-mission.geojson", "observer-mission.qml", "review.csv", "unresolved.csv"])
        #expect(report.layers.map { $0.side } == ["Armenia", "Observer Mission"])
        let layer = try Fixtures.layer(out + "/observer-mission.geojson")
        #expect(layer["name"] as? String == "Observer Mission")
        let feature = try #require(try Fixtures.features(out + "/observer-mission.geojson").first)
        #expect(try Fixtures.properties(feature)["claimed_by"] as? String == "Observer Mission")
    }

    @Test func aHostileSideNameWritesOnlyInsideTheOutputFolder() throws {
        let root = try Fixtures.temporaryDirectory()
        let out = root + "/a/b/out"
        let input = try Fixtures.file("hostile.csv", """
            id,place,claimed_by
            h-1,Goris,../../etc
            h-2,Kapan,/etc/passwd
            h-3,Jermuk,.hidden
            h-4,Sotk,..

            """)
        let report = try Fixtures.build([input], into: out)
        #expect(report.layers.count == 4)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["a"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/a") == ["b"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/a/b") == ["out"])
        let names = try Fixtures.visibleNames(out)
        #expect(names.count == 10)
        #expect(names.contains("etc.geojson"))
        for name in try FileManager.default.contentsOfDirectory(atPath: out) where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: out + "/" + name, isDirectory: &isDirectory) && !isDirectory.boolValue)
        }
        for layer in report.layers {
            #expect(!layer.file.contains("/") && !layer.file.hasPrefix("."), "\(layer.side) → \(layer.file)")
        }
        #expect(try Fixtures.layer(out + "/etc.geojson")["name"] as? String == "../../etc")
    }
}
