import Foundation

/// A format `build` writes the layers in, as `--format` names it.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// One GeoJSON FeatureCollection per side, `DIR/<side>.geojson`, with
    /// its QGIS style `DIR/<side>.qml`.
    case geojson
    /// One GeoPackage, `DIR/incidents.gpkg`, with a table per side and the styles inside.
    case gpkg
    /// One GeoJSON Text Sequence per side (RFC 8142), `DIR/<side>.geojsons`:
    /// a feature per record, for very large layers; WGS 84 only.
    case geojsonseq

    /// The formats of a comma-separated list such as `geojson,gpkg`, in
    /// the order given, each once.
    ///
    /// - Throws: ``OutputFormatError`` for an empty list or an unknown name.
    public static func list(_ text: String) throws(OutputFormatError) -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = OutputFormat(rawValue: trimmed) else { throw OutputFormatError(name: trimmed) }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }
}

/// A `--format` value that names no output format.
public struct OutputFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name given.
    public var name: String

    /// `unknown output format "x": expected geojson, gpkg or a comma-separated list of them`.
    public var description: String {
        let names = OutputFormat.allCases.map(\.rawValue)
        return "unknown output format \"\(name)\": expected " + names.dropLast().joined(separator: ", ") + " or " + names.last!
            + ", or a comma-separated list of them"
    }
}
