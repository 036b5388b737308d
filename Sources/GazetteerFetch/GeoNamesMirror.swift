import Foundation

/// Where GeoNames' files are downloaded from: GeoNames' own dump folder, or
/// a mirror with the same layout (`XX.zip`, `cities500.zip`,
/// `admin1CodesASCII.txt`, `admin2Codes.txt` side by side), for sites
/// without the internet: an `http:` or `https:` URL, a `file:` URL or a
/// local folder.
public struct GeoNamesMirror: Sendable, Equatable {
    /// The folder URL, ending in `/`.
    public let baseURL: String

    /// GeoNames' own dump folder.
    public static let geoNames = "https://download.geonames.org/export/dump/"
    /// The environment variable that names a mirror.
    public static let environmentVariable = "INCIDENT_MAP_GEONAMES_URL"

    /// The mirror `explicit` names, else `$INCIDENT_MAP_GEONAMES_URL`, else GeoNames itself.
    ///
    /// - Throws: a message when the location is neither an http(s) or file
    ///   URL nor a path.
    public init(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(FetchError) {
        let given = explicit ?? environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? Self.geoNames
        let lower = given.lowercased()
        var base: String
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("file://") {
            base = given
        } else if lower.contains("://") {
            throw .mirror(given)
        } else {
            base = URL(fileURLWithPath: given).standardizedFileURL.absoluteString
        }
        if !base.hasSuffix("/") { base += "/" }
        baseURL = base
    }

    /// The URL of the file called `name` on the mirror.
    public func url(of name: String) -> String {
        baseURL + name
    }
}
