import Claims
import Foundation
import IncidentMap
import Incidents
import RecordReaders
import Testing

/// `extract` records and `map`: the same claims, whichever way they reach the layers.
@Suite("Mapping articles")
struct ArticleMappingTests {
    static let articles = Fixtures.packageRoot.appendingPathComponent("Examples/articles").path

    private func claims(published: String = "2022-09-13") throws -> [ExtractedClaim] {
        var extractor = ClaimExtractor(gazetteer: try Fixtures.gazetteer.get(), sides: try Fixtures.sides.get())
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.articles).sorted()
        return try names.flatMap { name in
            extractor.extract(try Article.read(path: Self.articles + "/" + name, published: published))
        }
    }

    private func layers(in folder: String) throws -> [String: Data] {
        Fixtures.snapshot(folder).filter { $0.key.hasSuffix(".geojson") }
    }

    @Test(arguments: [InputFormat.json, .jsonl, .csv])
    func extractedRecordsBuildTheSameLayersAsMap(format: InputFormat) throws {
        let claims = try claims()
        let records = try Fixtures.file("claims.\(format.rawValue)", String(decoding: ExtractedClaimEncoder.encode(claims, as: format), as: UTF8.self))
        let viaRecords = try Fixtures.temporaryDirectory(), direct = try Fixtures.temporaryDirectory()
        try Fixtures.build([records], into: viaRecords)
        _ = try Fixtures.builder().build(incidents: claims.map(\.incident), BuildRequest(inputs: [], outputFolder: direct))
        let expected = try layers(in: direct)
        #expect(!expected.isEmpty)
        #expect(try layers(in: viaRecords) == expected)
    }

    @Test func recordsHaveEveryDocumentedField() throws {
        let bytes = ExtractedClaimEncoder.encode(try claims(), as: .json)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]])
        #expect(!records.isEmpty)
        for record in records {
            #expect(Set(record.keys) == Set(ExtractedClaimEncoder.fieldNames))
        }
    }

    @Test func theSameClaimInTwoArticlesIsOneFeatureListingBoth() throws {
        let text = "The Armenian Defence Ministry said Azerbaijani drones struck Goris."
        var extractor = ClaimExtractor(gazetteer: try Fixtures.gazetteer.get(), sides: try Fixtures.sides.get())
        let claims = extractor.extract(Article(text: text, source: "first.txt", published: "2022-09-13"))
            + extractor.extract(Article(text: text, source: "second.txt", published: "2022-09-13"))
        let out = try Fixtures.temporaryDirectory()
        _ = try Fixtures.builder().build(incidents: claims.map(\.incident), BuildRequest(inputs: [], outputFolder: out))
        let features = try Fixtures.features(out + "/armenia.geojson")
        #expect(features.count == 1)
        let properties = try Fixtures.properties(try #require(features.first))
        #expect(properties["sources"] as? String == "first.txt; second.txt")
        #expect(properties["mentions"] as? Int == 2)
    }

    @Test func unresolvedPlacesAreListedWhereTheArticleNamesThem() throws {
        let out = try Fixtures.temporaryDirectory()
        let report = try Fixtures.builder().build(incidents: try claims().map(\.incident), BuildRequest(inputs: [], outputFolder: out))
        #expect(report.unresolved.map(\.incident.place) == ["Mets Ishkhanasar"])
        let entry = try #require(report.unresolved.first)
        #expect(entry.incident.file.hasSuffix("yerevan-briefing.txt"))
        #expect(entry.incident.line == 9)
    }

    @Test func aRecordNamingAnUnknownGeonameIDIsUnresolved() throws {
        let input = try Fixtures.file("ids.csv", "place,claimed_by,geonameid\nGoris,Armenia,999999999\nGoris,Armenia,174895\n")
        let out = try Fixtures.temporaryDirectory()
        let report = try Fixtures.build([input], into: out)
        #expect(report.unresolved.map(\.message) == ["\(input):2: no place has geonameid 999999999 (\"Goris\")"])
        let properties = try Fixtures.properties(try #require(try Fixtures.features(out + "/armenia.geojson").first))
        #expect(properties["match"] as? String == "geonameid")
        #expect(properties["geonameid"] as? Int == 174895)
    }
}
