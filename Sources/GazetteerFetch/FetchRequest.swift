import Foundation

/// What to fetch, from where, into which folder.
public struct FetchRequest: Sendable {
    /// The countries whose dumps (`XX.zip`) are fetched, or whose rows of
    /// cities500 are kept with ``cities``.
    public var countries: [GeoNamesCountry]
    /// Fetch `cities500.zip` (places of 500 people or more, no
    /// administrative areas) instead of the country dumps.
    public var cities: Bool
    /// The gazetteer folder, made if missing.
    public var folder: String
    /// Where the files come from.
    public var mirror: GeoNamesMirror
    /// Seconds to wait for a connection or the next byte.
    public var timeout = 60
    /// How many times a transient failure is retried.
    public var retries = 3

    /// A request for `countries` (or cities500 with `cities`) into `folder` from `mirror`.
    public init(countries: [GeoNamesCountry], cities: Bool, folder: String, mirror: GeoNamesMirror) {
        self.countries = countries
        self.cities = cities
        self.folder = folder
        self.mirror = mirror
    }

    /// The folder `gazetteer fetch` writes into when none is named:
    /// `$INCIDENT_MAP_GAZETTEER`, else `$XDG_DATA_HOME/incident-map/gazetteer`,
    /// else `~/.local/share/incident-map/gazetteer`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let folder = environment["INCIDENT_MAP_GAZETTEER"], !folder.isEmpty { return folder }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/incident-map/gazetteer" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.local/share/incident-map/gazetteer" }
        return nil
    }

    /// The files to download, in order.
    var downloads: [GeoNamesDownload] {
        let places = cities
            ? [GeoNamesDownload.cities(countries: countries.map(\.code))]
            : countries.map { GeoNamesDownload.countryDump($0.code) }
        return places + [.admin1, .admin2]
    }
}
