import Testing
import Projection

@Suite("CRS description")
struct CRSInfoTests {
    @Test("EPSG:32638 is projected, identified as EPSG:32638 with its OGC URN")
    func utm38N() throws {
        let info = try Transformer(to: "EPSG:32638").target
        #expect(!info.isGeographic)
        #expect(!info.isWGS84)
        #expect(info.identifier == "EPSG:32638")
        #expect(info.ogcURN == "urn:ogc:def:crs:EPSG::32638")
        #expect(info.name == "WGS 84 / UTM zone 38N")
        #expect(info.definition == "EPSG:32638")
    }

    @Test("EPSG:4326 is WGS 84 and geographic")
    func wgs84() throws {
        let info = try Transformer(to: "EPSG:4326").target
        #expect(info.isWGS84)
        #expect(info.isGeographic)
        #expect(info.identifier == "EPSG:4326")
        #expect(info.ogcURN == "urn:ogc:def:crs:EPSG::4326")
    }

    @Test("OGC:CRS84 is WGS 84 and geographic")
    func crs84() throws {
        let info = try Transformer(to: "OGC:CRS84").target
        #expect(info.isWGS84)
        #expect(info.isGeographic)
        #expect(info.identifier == "OGC:CRS84")
    }

    @Test("EPSG:4258 is geographic but not WGS 84")
    func etrs89() throws {
        let info = try Transformer(to: "EPSG:4258").target
        #expect(info.isGeographic)
        #expect(!info.isWGS84)
    }

    @Test("A PROJ string with +type=crs is a projected CRS identified as EPSG:32638 (PROJ 9.1: 70 % confidence)")
    func projStringWithTypeCRS() throws {
        // `projinfo --identify` gives "EPSG:32638: 70 %" for this string: the
        // same definition under another name, which the library accepts.
        let definition = "+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs +type=crs"
        let info = try Transformer(to: definition).target
        #expect(!info.isGeographic)
        #expect(info.identifier == "EPSG:32638")
        #expect(info.ogcURN == "urn:ogc:def:crs:EPSG::32638")
    }

    @Test("A PROJ string for a CRS PROJ cannot identify has no code and no OGC URN")
    func unidentifiableProjString() throws {
        let definition = "+proj=aeqd +lat_0=39.5 +lon_0=46.3 +datum=WGS84 +units=m +type=crs"
        let info = try Transformer(to: definition).target
        #expect(!info.isGeographic)
        #expect(info.authority == nil && info.code == nil)
        #expect(info.identifier == definition)
        #expect(info.ogcURN == nil)
    }

    @Test("A PROJ string with +type=crs projects like EPSG:32638")
    func projStringProjectsLikeEPSG() throws {
        let goris = LonLat(lon: 46.34168, lat: 39.51111)
        let fromString = try Transformer(to: "+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs +type=crs").forward(goris)
        let fromCode = try Transformer(to: "EPSG:32638").forward(goris)
        #expect(abs(fromString.x - fromCode.x) < 0.001)
        #expect(abs(fromString.y - fromCode.y) < 0.001)
    }

    @Test("A PROJ string without +type=crs is read as a CRS, as cs2cs reads it")
    func projStringWithoutTypeCRS() throws {
        // PROJ's C API alone would parse this as a conversion (`projinfo`
        // shows CONVERSION[…]); the library adds +type=crs like cs2cs does.
        let definition = "+proj=utm +zone=38 +datum=WGS84 +units=m +no_defs"
        let goris = LonLat(lon: 46.34168, lat: 39.51111)
        let fromString = try Transformer(to: definition).forward(goris)
        let fromCode = try Transformer(to: "EPSG:32638").forward(goris)
        #expect(abs(fromString.x - fromCode.x) < 0.001)
        #expect(abs(fromString.y - fromCode.y) < 0.001)
    }
}

@Suite("CRS definitions as WKT")
struct CRSInfoWKTTests {
    @Test func aProjectedCRSHasBothWKTVersions() throws {
        let info = try Transformer(to: "EPSG:32638").target
        #expect(info.wkt.hasPrefix("PROJCRS[\"WGS 84 / UTM zone 38N\""))
        #expect(info.wkt.contains("ID[\"EPSG\",32638]"))
        let wkt1 = try #require(info.wkt1)
        #expect(wkt1.hasPrefix("PROJCS[\"WGS 84 / UTM zone 38N\""))
        #expect(wkt1.contains("AUTHORITY[\"EPSG\",\"32638\"]"))
    }

    @Test func wgs84HasItsGeographicWKT() throws {
        let info = try Transformer(to: "EPSG:4326").target
        #expect(info.wkt.hasPrefix("GEOGCRS[\"WGS 84\""))
        #expect(try #require(info.wkt1).hasPrefix("GEOGCS[\"WGS 84\""))
    }
}
