import Projection

/// Writes one layer to an ``OutputFile`` feature by feature, so that a
/// build streams its layers instead of holding them in memory. The bytes
/// are those ``GeoJSONWriter/encode(_:)`` gives for the same features.
public struct LayerFileWriter {
    /// How the features are laid out in the file.
    public enum Format: Sendable, Equatable {
        /// A GeoJSON FeatureCollection (`.geojson`).
        case featureCollection
        /// A GeoJSON Text Sequence (RFC 8142, `.geojsons`): each feature
        /// preceded by the record separator and followed by a line feed, for
        /// very large layers that readers take one feature at a time. WGS 84 only.
        case textSequence
    }

    private let file: OutputFile
    /// How the features are laid out.
    public let format: Format
    private let decimals: Int
    private var buffer = JSONBuffer()
    private var count = 0

    /// Starts the layer `name` in `file`; a collection's header needs the layer's bounding box.
    public init(file: OutputFile, format: Format, name: String, crs: CRSInfo, boundingBox: BoundingBox?) throws(OutputError) {
        self.file = file
        self.format = format
        self.decimals = crs.isGeographic ? 6 : 2
        if format == .featureCollection {
            try file.write(GeoJSONWriter.header(name: name, crs: crs, boundingBox: boundingBox))
        }
    }

    /// Appends a feature.
    public mutating func append(_ feature: Feature) throws(OutputError) {
        Self.encode(feature, format: format, decimals: decimals, first: count == 0, into: &buffer)
        count += 1
        if buffer.bytes.count >= 1 << 16 { try flush() }
    }

    /// The bytes ``append(_:)`` writes for `features`, made without a writer
    /// so that several threads can make the text of a layer's parts at once;
    /// `first`: whether they are the first features of the layer.
    public static func encoded(_ features: some Collection<Feature>, format: Format, crs: CRSInfo, first: Bool) -> [UInt8] {
        var json = JSONBuffer()
        for (index, feature) in features.enumerated() {
            encode(feature, format: format, decimals: crs.isGeographic ? 6 : 2, first: first && index == 0, into: &json)
        }
        return json.bytes
    }

    /// Appends what ``encoded(_:format:crs:first:)`` made of `count` features, in layer order.
    public mutating func append(encoded bytes: [UInt8], count: Int) throws(OutputError) {
        try flush()
        try file.write(bytes)
        self.count += count
    }

    private static func encode(_ feature: Feature, format: Format, decimals: Int, first: Bool, into json: inout JSONBuffer) {
        switch format {
        case .featureCollection:
            if !first { json.raw(GeoJSONWriter.featureSeparator) }
            GeoJSONWriter.feature(feature, decimals: decimals, into: &json)
        case .textSequence:
            json.raw("\u{1E}")
            GeoJSONWriter.feature(feature, decimals: decimals, into: &json)
            json.raw("\n")
        }
    }

    /// Ends the layer and closes the file.
    public mutating func finish() throws(OutputError) {
        if format == .featureCollection {
            buffer.raw((count > 0 ? GeoJSONWriter.lastFeatureEnd : "") + GeoJSONWriter.footer)
        }
        try flush()
        try file.close()
    }

    private mutating func flush() throws(OutputError) {
        try file.write(buffer.bytes)
        buffer = JSONBuffer()
    }
}
