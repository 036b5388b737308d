import Foundation
import Testing

/// `incident-map gazetteer index` and `gazetteer stats`, run as a user would.
extension CommandLineTests {
    /// A copy of the bundled gazetteer folder.
    func gazetteerCopy() throws -> String {
        let folder = try Fixtures.temporaryDirectory("incident-map-gazetteer") + "/Gazetteer"
        try FileManager.default.copyItem(atPath: Fixtures.gazetteerFolder, toPath: folder)
        try? FileManager.default.removeItem(atPath: folder + "/incident-map.index")
        return folder
    }

    @Test func gazetteerIndexWritesTheIndexAndSaysWhatItHolds() throws {
        let folder = try gazetteerCopy()
        let outcome = try incidentMap(["gazetteer", "index", folder])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.hasPrefix("\(folder)/incident-map.index: 1,106 places, "), "stdout: \(outcome.stdout)")
        #expect(outcome.stdout.contains(" written in "), "stdout: \(outcome.stdout)")
        #expect(FileManager.default.fileExists(atPath: folder + "/incident-map.index"))
    }

    @Test func gazetteerStatsSaysTheIndexIsCurrentThenStale() throws {
        let folder = try gazetteerCopy()
        _ = try incidentMap(["gazetteer", "index", folder])
        let current = try incidentMap(["gazetteer", "stats", folder])
        #expect(current.status == 0, "stderr: \(current.stderr)")
        for line in ["places:        1,106", "countries:     3", "status:        current", "built:", "index:         \(folder)/incident-map.index ("] {
            #expect(current.stdout.contains(line), "\(line) in: \(current.stdout)")
        }
        // "(0 seconds ago)", "(1 second ago)": however long the index took, in whole seconds.
        #expect(current.stdout.contains(/\(\d+ seconds? ago\)/), "age in: \(current.stdout)")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: folder + "/caucasus.txt")
        let stale = try incidentMap(["gazetteer", "stats", folder])
        #expect(stale.status == 0)
        #expect(stale.stdout.contains("status:        stale (caucasus.txt is newer than the index)"), "\(stale.stdout)")
    }

    @Test func gazetteerStatsWithoutAnIndexStillCounts() throws {
        let folder = try gazetteerCopy()
        let outcome = try incidentMap(["gazetteer", "stats", folder])
        #expect(outcome.status == 0, "stderr: \(outcome.stderr)")
        #expect(outcome.stdout.contains("places:        1,106"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("index:         none"), "\(outcome.stdout)")
    }

    @Test func lookupsThroughTheIndexPrintWhatTheTextFilesGive() throws {
        let folder = try gazetteerCopy()
        let names = ["Goris", "Kəlbəcər", "Քարվաճառ", "Jermukk", "Gorsi", "Vardenis", "Ishkhanasar", "Lachin corridor"]
        let before = try incidentMap(["lookup", "--json", "--gazetteer", folder] + names)
        _ = try incidentMap(["gazetteer", "index", folder])
        let after = try incidentMap(["lookup", "--json", "--gazetteer", folder] + names)
        #expect(after.status == before.status)
        #expect(after.stdout == before.stdout)
        #expect(after.stderr == before.stderr)
    }

    @Test func gazetteerIndexOfAMissingFolderExitsWithStatus1() throws {
        let outcome = try incidentMap(["gazetteer", "index", "/nonexistent/gazetteer"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("/nonexistent/gazetteer: cannot read the gazetteer folder"), "\(outcome.stderr)")
    }

    @Test func gazetteerIndexOfAMalformedFolderNamesTheLineAndWritesNothing() throws {
        let folder = try Fixtures.temporaryDirectory("incident-map-broken")
        let path = folder + "/places.txt"
        try Data("174895\tGoris\tGoris\t\tforty\t46.34168\tP\tPPL\tAM\t\t08\t\t\t\t20379\t\t1383\tAsia/Yerevan\t2024-01-01\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let outcome = try incidentMap(["gazetteer", "index", folder])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("\(path):1: latitude \"forty\""), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/incident-map.index"))
    }
}
