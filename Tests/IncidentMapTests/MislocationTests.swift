import Foundation
import Testing

/// No silent mislocation: the three failures issue 15 found with the bundled
/// gazetteer, and the rules that fix them, run through the built tool.
@Suite("No silent mislocation")
struct MislocationTests {
    static let header = "id,place,claimed_by,accused\n"

    /// Builds `rows` (after ``header``) with `options`; the outcome and the output folder.
    private func build(_ rows: String, _ options: [String] = []) throws -> (Tool.Outcome, String) {
        let input = try Fixtures.file("claims.csv", Self.header + rows)
        let out = try Fixtures.temporaryDirectory("incident-map-mislocation")
        return (try Tool.incidentMap(["build", input, "--out", out] + options), out)
    }

    /// Every feature of every layer in `folder`, by id.
    private func features(_ folder: String) throws -> [String: [String: Any]] {
        var result: [String: [String: Any]] = [:]
        for name in try Fixtures.visibleNames(folder) where name.hasSuffix(".geojson") {
            for feature in try Fixtures.features(folder + "/" + name) {
                let properties = try Fixtures.properties(feature)
                result[try #require(properties["id"] as? String)] = properties
            }
        }
        return result
    }

    @Test("Mardakert is not mapped to Karakert, 254 km away, but reported unresolved with the refused match")
    func mardakertIsNotKarakert() throws {
        let (outcome, out) = try build("m-1,Mardakert,Azerbaijan,Armenia\nm-2,Goris,Armenia,Azerbaijan\n")
        #expect(outcome.status == 2)
        #expect(try features(out)["m-1"] == nil)
        #expect(outcome.stderr.contains("claims.csv:2: no place matches \"Mardakert\" well enough"))
        #expect(outcome.stderr.contains("Karakert"))
        #expect(try Fixtures.text(out + "/unresolved.csv").contains(",m-1,Mardakert,"))
    }

    @Test("The Armenian-script name of a mountain in Syunik is not mapped to Qubadlı in Azerbaijan")
    func armenianMountainIsNotQubadli() throws {
        let (outcome, out) = try build("i-1,Իշխանասար,Armenia,Azerbaijan\ni-2,Goris,Armenia,Azerbaijan\n")
        #expect(outcome.status == 2)
        #expect(try features(out)["i-1"] == nil)
        #expect(try Fixtures.text(out + "/unresolved.csv").contains(",i-1,Իշխանասար,"))
    }

    @Test("Istisu claimed by Azerbaijan is the Azerbaijani İstisu, not Jermuk in Armenia")
    func istisuClaimedByAzerbaijanIsInAzerbaijan() throws {
        let (outcome, out) = try build("s-1,Istisu,Azerbaijan,Armenia\ns-2,Istisu,Armenia,Azerbaijan\n")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let all = try features(out)
        #expect(all["s-1"]?["geonameid"] as? Int == 147969)
        #expect(all["s-1"]?["country"] as? String == "AZ")
        #expect(all["s-2"]?["geonameid"] as? Int == 174884, "claimed by Armenia, the Armenian Istisu (Jermuk) comes first")
    }

    @Test("Without an accused side, the claimant's country still decides: Istisu claimed by Azerbaijan alone")
    func claimantAloneDecides() throws {
        let (outcome, out) = try build("s-1,Istisu,Azerbaijan,\n")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try features(out)["s-1"]?["geonameid"] as? Int == 147969)
    }

    @Test("A typo-tolerant match above --min-score is mapped, flagged review = true, listed on stderr and in review.csv")
    func typoMatchIsFlagged() throws {
        let (outcome, out) = try build("g-1,Gorsi,Armenia,Azerbaijan\ng-2,Goris,Armenia,Azerbaijan\n")
        #expect(outcome.status == 2)
        let all = try features(out)
        #expect(all["g-1"]?["resolved"] as? String == "Goris")
        #expect(all["g-1"]?["review"] as? Bool == true)
        #expect(all["g-2"]?["review"] as? Bool == false)
        #expect(outcome.stderr.contains("claims.csv:2: check \"Gorsi\": mapped to Goris (Syunik, AM) by a typo-tolerant match, score 0.72"))
        let review = try Fixtures.text(out + "/review.csv").split(separator: "\n")
        #expect(review.first == "file,line,id,place,claimed_by,resolved,geonameid,country,score,match,reason,runner_up")
        #expect(review.count == 2)
        #expect(review.last?.contains(",2,g-1,Gorsi,Armenia,Goris,") == true)
        #expect(review.last?.contains(",0.72,fuzzy,typo-tolerant match,Gori (GE) 0.68") == true)
    }

    @Test("review is a boolean on every feature, in GDAL's eyes too (Integer(Boolean))")
    func reviewIsABooleanField() throws {
        let (_, out) = try build("g-1,Gorsi,Armenia,Azerbaijan\ng-2,Goris,Armenia,Azerbaijan\n", ["--format", "geojson,gpkg"])
        for source in [out + "/armenia.geojson", out + "/incidents.gpkg"] {
            let info = try Tool.run("/usr/bin/ogrinfo", ["-ro", "-al", "-so", source])
            #expect(info.stdout.contains("review: Integer(Boolean)"), "\(source): \(info.stdout)")
        }
    }

    @Test("A place outside both sides' countries is mapped and flagged for review")
    func placeOutsideTheSidesIsFlagged() throws {
        let (outcome, out) = try build("t-1,Tbilisi,Armenia,Azerbaijan\n")
        #expect(outcome.status == 2)
        #expect(try features(out)["t-1"]?["review"] as? Bool == true)
        #expect(outcome.stderr.contains("outside the countries of Armenia and Azerbaijan (AM, AZ)"))
        #expect(try Fixtures.text(out + "/review.csv").contains("outside the sides' countries"))
    }

    @Test("A third party's report is not flagged for a place outside the accused's country: the victim is not named")
    func thirdPartyReportsAreNotFlaggedForCountry() throws {
        let (outcome, out) = try build("u-1,Goris,unattributed,Azerbaijan\n")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try features(out)["u-1"]?["review"] as? Bool == false)
    }

    @Test("--min-score 0.75 refuses Gorsi → Goris (0.72); --min-score 0.5 maps Mardakert, flagged")
    func minScoreDecides() throws {
        let (strictScore, out1) = try build("g-1,Gorsi,Armenia,Azerbaijan\ng-2,Goris,Armenia,Azerbaijan\n", ["--min-score", "0.75"])
        #expect(strictScore.status == 2)
        #expect(try features(out1)["g-1"] == nil)
        let (loose, out2) = try build("m-1,Mardakert,Azerbaijan,Armenia\n", ["--min-score", "0.5"])
        #expect(loose.status == 2)
        #expect(try features(out2)["m-1"]?["review"] as? Bool == true)
    }

    @Test("--min-score outside [0, 1] is a usage error")
    func minScoreRange() throws {
        let (outcome, _) = try build("g-2,Goris,Armenia,Azerbaijan\n", ["--min-score", "1.5"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--min-score takes a score between 0 and 1"))
    }

    @Test("--strict refuses uncertain matches too, writing nothing")
    func strictRefusesReview() throws {
        let (outcome, out) = try build("g-1,Gorsi,Armenia,Azerbaijan\ng-2,Goris,Armenia,Azerbaijan\n", ["--strict"])
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("1 uncertain match and --strict was given; nothing written"))
        #expect(try Fixtures.visibleNames(out).isEmpty)
    }
}
