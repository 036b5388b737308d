import Foundation
import Layers
import Projection
import Testing

/// Layers written feature by feature, and the transaction that makes them appear all at once.
@Suite("Streaming output")
struct StreamingOutputTests {
    private func layer(features count: Int, crs: CRSInfo) -> Layer {
        let features = (0..<count).map { i in
            Feature(id: "f-\(i)", point: XY(x: 44 + Double(i) / 7, y: 40 - Double(i) / 9), properties: [
                ("name", .string("place \"\(i)\"")), ("count", .integer(i)), ("score", .number(Double(i) / 3, decimals: 3)),
                ("note", .null),
            ])
        }
        return Layer(name: "Armenia", crs: crs, features: features)
    }

    private func streamed(_ layer: Layer, format: LayerFileWriter.Format) throws -> [UInt8] {
        let folder = try OutputFolder(path: try Support.temporaryDirectory())
        let transaction = OutputTransaction(folder: folder)
        var writer = try LayerFileWriter(file: try transaction.open("layer.out"), format: format, name: layer.name,
                                         crs: layer.crs, boundingBox: layer.boundingBox)
        for feature in layer.features { try writer.append(feature) }
        try writer.finish()
        try transaction.commit()
        return Array(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/layer.out")))
    }

    @Test(arguments: [0, 1, 5, 3000])
    func aStreamedCollectionIsByteForByteTheEncodedOne(features: Int) throws {
        for crs in [try Support.crs("EPSG:4326"), try Support.crs("EPSG:32638")] {
            let layer = layer(features: features, crs: crs)
            #expect(try streamed(layer, format: .featureCollection) == GeoJSONWriter.encode(layer))
        }
    }

    @Test func aTextSequenceHasOneFeaturePerRecordBetweenRecordSeparatorAndLineFeed() throws {
        let layer = layer(features: 4, crs: try Support.crs("EPSG:4326"))
        let bytes = try streamed(layer, format: .textSequence)
        let records = bytes.split(separator: 0x1E)
        #expect(records.count == 4)
        #expect(bytes.first == 0x1E)
        for (record, feature) in zip(records, layer.features) {
            #expect(record.last == 0x0A)
            let object = try Support.jsonObject(Array(record.dropLast()))
            #expect(object["type"] as? String == "Feature")
            #expect(object["id"] as? String == feature.id)
        }
    }

    @Test func anUncommittedTransactionLeavesThePreviousFilesAndNoTemporaryFile() throws {
        let path = try Support.temporaryDirectory()
        let folder = try OutputFolder(path: path)
        try folder.replace(with: [(name: "armenia.geojson", bytes: Array("old".utf8))])
        do {
            let transaction = OutputTransaction(folder: folder)
            let file = try transaction.open("armenia.geojson")
            try file.write(Array("new, half written".utf8))
        }
        #expect(try String(contentsOfFile: path + "/armenia.geojson", encoding: .utf8) == "old")
        let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        #expect(names == [".incident-map-manifest", "armenia.geojson"])
    }

    @Test func aCommittedTransactionReplacesTheFilesAndRemovesThoseItNoLongerWrites() throws {
        let path = try Support.temporaryDirectory()
        let folder = try OutputFolder(path: path)
        try folder.replace(with: [(name: "armenia.geojson", bytes: Array("old".utf8)), (name: "georgia.geojson", bytes: [])])
        let transaction = OutputTransaction(folder: folder)
        try transaction.write("armenia.geojson", bytes: Array("new".utf8))
        try transaction.commit()
        #expect(try String(contentsOfFile: path + "/armenia.geojson", encoding: .utf8) == "new")
        #expect(!FileManager.default.fileExists(atPath: path + "/georgia.geojson"))
    }
}
