import Foundation
import IncidentMap
import Layers
import Projection
import Testing

@Suite("Zones of imprecise claims")
struct ZoneTests {
    static let goris = LonLat(lon: 46.34168, lat: 39.51111)

    private func pointLayer(crs definition: String, precisions: [String]) throws -> (Layer, Transformer) {
        let transformer = try Transformer(to: definition)
        let point = try transformer.forward(Self.goris)
        let features = precisions.enumerated().map { index, precision in
            Feature(id: "f-\(index)", point: point, properties: [
                ("id", .string("f-\(index)")), ("precision", .string(precision)), ("mentions", .integer(index)),
            ])
        }
        return (Layer(name: "Armenia", crs: transformer.target, features: features), transformer)
    }

    private func ring(_ feature: Feature) throws -> [XY] {
        guard case .polygon(let ring) = feature.geometry else { throw CancellationError() }
        return ring
    }

    @Test func onlyDirectionAndRegionClaimsGetAZone() throws {
        let (layer, transformer) = try pointLayer(crs: "EPSG:4326", precisions: ["exact", "near", "direction", "region"])
        let zones = try #require(try ZoneLayers.zones(of: layer, options: ZoneOptions(), transformer: transformer))
        #expect(zones.features.map(\.id) == ["f-2", "f-3"])
        #expect(zones.name == "Armenia zones")
    }

    @Test func aLayerOfExactClaimsHasNoZones() throws {
        let (layer, transformer) = try pointLayer(crs: "EPSG:4326", precisions: ["exact"])
        #expect(try ZoneLayers.zones(of: layer, options: ZoneOptions(), transformer: transformer) == nil)
    }

    @Test func aZoneKeepsThePropertiesOfItsPoint() throws {
        let (layer, transformer) = try pointLayer(crs: "EPSG:4326", precisions: ["direction"])
        let zones = try #require(try ZoneLayers.zones(of: layer, options: ZoneOptions(), transformer: transformer))
        #expect(zones.features[0].properties.elementsEqual(layer.features[0].properties) { $0 == $1 })
    }

    @Test(arguments: ["EPSG:4326", "EPSG:32638"])
    func theRingIsClosedCounterClockwiseWith64VerticesPlusTheClosingOne(_ crs: String) throws {
        let (layer, transformer) = try pointLayer(crs: crs, precisions: ["direction"])
        let zones = try #require(try ZoneLayers.zones(of: layer, options: ZoneOptions(), transformer: transformer))
        let ring = try ring(zones.features[0])
        #expect(ring.count == 65)
        #expect(ring.first == ring.last)
        #expect(ZoneLayers.signedArea(ring) > 0, "RFC 7946: exterior rings are counter-clockwise")
    }

    @Test(arguments: [("EPSG:4326", "direction", 5_000.0), ("EPSG:4326", "region", 15_000.0), ("EPSG:32638", "region", 15_000.0)])
    func everyVertexIsAtTheGeodesicRadiusFromThePoint(_ crs: String, _ precision: String, _ radius: Double) throws {
        let (layer, transformer) = try pointLayer(crs: crs, precisions: [precision])
        let zones = try #require(try ZoneLayers.zones(of: layer, options: ZoneOptions(), transformer: transformer))
        for vertex in try ring(zones.features[0]) {
            let position = transformer.target.isWGS84 ? LonLat(lon: vertex.x, lat: vertex.y) : try transformer.inverse(vertex)
            #expect(abs(Geodesic().distance(from: Self.goris, to: position) - radius) < 0.001)
        }
    }

    @Test func theRadiiAndVertexCountAreConfigurable() throws {
        let (layer, transformer) = try pointLayer(crs: "EPSG:4326", precisions: ["direction"])
        let options = ZoneOptions(directionRadius: 2_500, regionRadius: 30_000, vertices: 90)
        let ring = try ring(try #require(try ZoneLayers.zones(of: layer, options: options, transformer: transformer)).features[0])
        #expect(ring.count == 91)
        #expect(abs(Geodesic().distance(from: Self.goris, to: LonLat(lon: ring[10].x, lat: ring[10].y)) - 2_500) < 0.001)
    }

    @Test func buildWritesAZonesLayerPerSideWithImpreciseClaims() throws {
        let out = try Fixtures.temporaryDirectory()
        try Fixtures.buildEverything(into: out)
        let zones = try Fixtures.layer(out + "/armenia-zones.geojson")
        #expect(zones["name"] as? String == "Armenia zones")
        let features = try Fixtures.features(out + "/armenia-zones.geojson")
        #expect(features.count == 6)
        let geometry = try #require(features.first?["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "Polygon")
        let properties = try Fixtures.properties(try #require(features.first))
        #expect(Set(properties.keys) == Set(IncidentLayers.propertyNames))
    }
}
