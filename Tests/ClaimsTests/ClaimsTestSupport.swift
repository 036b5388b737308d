import Claims
import Foundation
import Incidents
import PlaceNames
import RecordReaders
import Sides

/// The bundled gazetteer and side table, loaded once for all claim tests.
enum Bundled {
    /// `<repository>/Gazetteer`, found from this file's own path.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Gazetteer").path

    private static let gazetteer = Result { () throws(GazetteerError) in try Gazetteer.load(folder: folder, useCache: false) }
    private static let sides = Result { () throws(InputError) in try SideTable.load(folder: folder) }

    /// The claims of `text`, published on `published`.
    static func claims(_ text: String, published: String? = "2022-09-13", source: String = "fixture.txt") throws -> [ExtractedClaim] {
        var extractor = ClaimExtractor(gazetteer: try gazetteer.get(), sides: try sides.get())
        return extractor.extract(Article(text: text, source: source, published: published))
    }

    /// Who claims which place (and which GeoNames place it resolved to): what the tests of each phenomenon assert.
    static func claimSet(_ text: String, published: String? = "2022-09-13") throws -> Set<ClaimKey> {
        Set(try claims(text, published: published).map(ClaimKey.init))
    }
}

/// (claimed_by, place as written, geonameid).
struct ClaimKey: Hashable, CustomStringConvertible {
    var claimedBy: String
    var place: String
    var geonameID: Int?

    init(_ claimedBy: String, _ place: String, _ geonameID: Int?) {
        self.claimedBy = claimedBy
        self.place = place
        self.geonameID = geonameID
    }

    init(_ claim: ExtractedClaim) {
        self.init(claim.claimedBy, claim.place, claim.resolved?.geonameID)
    }

    var description: String { "(\(claimedBy), \(place), \(geonameID.map(String.init) ?? "nil"))" }
}

/// GeoNames ids of the places the fixtures name.
enum ID {
    static let goris = 174895, jermuk = 174884, kapan = 174875, sotk = 616041, artanish = 616896
    static let vardenisTown = 616108, vardenisVillage = 616107
    static let kalbajar = 586268, lachin = 147625, dashkasan = 586765, yerevan = 616052
}
