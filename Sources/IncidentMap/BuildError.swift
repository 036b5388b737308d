import GeoPackage
import Layers
import PlaceNames
import Projection
import RecordReaders

/// Why `build` stopped without writing anything.
public enum BuildError: Error, Sendable, CustomStringConvertible {
    /// An input file is malformed.
    case input(InputError)
    /// The gazetteer cannot be read.
    case gazetteer(GazetteerError)
    /// The CRS is unknown or a point cannot be projected.
    case projection(ProjectionError)
    /// The output folder cannot be written.
    case output(OutputError)
    /// The GeoPackage cannot be built.
    case geoPackage(GeoPackageError)
    /// The country outlines for the project cannot be read.
    case countryOutlines(path: String)
    /// GeoJSON Text Sequences were asked for in a CRS other than WGS 84.
    case textSequenceNotWGS84(crs: String)
    /// `--strict` was given and these places were not found or need review.
    case uncertainInStrictMode(unresolved: [UnresolvedIncident], reviewed: [ReviewedIncident])
    /// The inputs held no incident at all (CSV headers alone, `[]`). Writing
    /// would remove every layer of the previous run, which a broken export
    /// should never do, so nothing is written.
    case noIncidents(inputs: [String])
    /// `--from`/`--to` kept no record (`undated` of them had no date).
    case nothingInDateRange(DateRange, undated: Int)

    /// One line for the user.
    public var description: String {
        switch self {
        case .input(let error): error.description
        case .gazetteer(let error): error.description
        case .projection(let error): error.description
        case .output(let error): error.description
        case .geoPackage(let error): error.description
        case .countryOutlines(let path): "cannot read the country outlines \(path)"
        case .textSequenceNotWGS84(let crs):
            "GeoJSON Text Sequences (--format geojsonseq) are WGS 84 only (RFC 8142 and 7946), not \(crs): "
                + "leave out --crs, or choose geojson or gpkg"
        case .uncertainInStrictMode(let unresolved, let reviewed):
            Self.strictProblems(unresolved: unresolved.count, reviewed: reviewed.count) + " and --strict was given; nothing written"
        case .noIncidents(let inputs):
            "no incidents in \(inputs.joined(separator: ", ")); nothing written, the previous layers are kept"
        case .nothingInDateRange(let dates, let undated):
            "no claim dated \(dates.description)" + (undated > 0 ? " (\(undated) undated left out)" : "")
                + "; nothing written, the previous layers are kept"
        }
    }

    /// `2 places not found`, `1 uncertain match`, or both joined by "and".
    private static func strictProblems(unresolved: Int, reviewed: Int) -> String {
        var parts: [String] = []
        if unresolved > 0 { parts.append("\(unresolved) place\(unresolved == 1 ? "" : "s") not found") }
        if reviewed > 0 { parts.append("\(reviewed) uncertain match\(reviewed == 1 ? "" : "es")") }
        return parts.joined(separator: " and ")
    }
}
