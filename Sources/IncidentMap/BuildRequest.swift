import Incidents
import PlaceNames
import RecordReaders

/// What `incident-map build` is asked to do.
public struct BuildRequest: Sendable {
    /// An input file and its format (`nil`: from the extension).
    public struct Input: Sendable {
        /// The path, or `-` for standard input.
        public var path: String
        /// The format, required for standard input.
        public var format: InputFormat?

        /// Creates an input.
        public init(path: String, format: InputFormat? = nil) {
            self.path = path
            self.format = format
        }
    }

    /// The incident files, read in order.
    public var inputs: [Input]
    /// The folder the layers go to.
    public var outputFolder: String
    /// The output CRS as PROJ accepts it; `nil` for RFC 7946 WGS 84.
    public var crs: String?
    /// Treat any unresolved place, or any match that needs review, as an error that writes nothing.
    public var strict: Bool
    /// The lowest match score mapped (`--min-score`): weaker matches are
    /// reported unresolved. The default keeps every exact, alternate and
    /// folded match (0.85 and above) and typo-tolerant ones of about one
    /// error in six letters, and refuses the rest.
    public var minimumScore: Double
    /// The default ``minimumScore``.
    public static let defaultMinimumScore = 0.65
    /// Countries to prefer when a name is ambiguous.
    public var countries: Set<String>
    /// The formats to write the layers in (GeoJSON by default).
    public var formats: [OutputFormat]
    /// Also write the zones of imprecise claims, drawn so.
    public var zones: ZoneOptions?
    /// Also write the QGIS project `incidents.qgs`.
    public var project: Bool
    /// The country outlines (a GeoJSON file in WGS 84) the project shows under the layers.
    public var countryOutlines: String?
    /// The title of the project and its print layout; `nil`: from the sides and the days.
    public var title: String?
    /// The spelling of place names in labels.
    public var labelLanguage: LabelLanguage
    /// How many days a window of contested claims spans (``ContestedPlaces``): 2, so
    /// that a night's clash dated 12 September by one side and 13 by the other is one.
    public var contestedWindow: Int
    /// Keep only the claims of these days (`--from`, `--to`); `nil` keeps every claim, dated or not.
    public var dates: DateRange?

    /// Creates a request.
    public init(
        inputs: [Input], outputFolder: String, crs: String? = nil, strict: Bool = false,
        minimumScore: Double = defaultMinimumScore, countries: Set<String> = [],
        formats: [OutputFormat] = [.geojson], zones: ZoneOptions? = nil, project: Bool = false, countryOutlines: String? = nil,
        dates: DateRange? = nil, contestedWindow: Int = BuildRequest.defaultContestedWindow, labelLanguage: LabelLanguage = .en,
        title: String? = nil
    ) {
        self.title = title
        self.labelLanguage = labelLanguage
        self.contestedWindow = contestedWindow
        self.dates = dates
        self.inputs = inputs
        self.outputFolder = outputFolder
        self.crs = crs
        self.strict = strict
        self.minimumScore = minimumScore
        self.countries = countries
        self.formats = formats
        self.zones = zones
        self.project = project
        self.countryOutlines = countryOutlines
    }
}

extension BuildRequest {
    /// The default of ``contestedWindow``: claims at most a day apart.
    public static let defaultContestedWindow = 2
}

/// What `build` did.
public struct BuildReport: Sendable {
    /// Each layer written: the side, the file name and its number of features.
    public var layers: [(side: String, file: String, features: Int)]
    /// The other files written (styles, GeoPackage, zones, project), each
    /// with a few words on what it holds.
    public var files: [(file: String, description: String)] = []
    /// The incidents whose places were not found (listed in `unresolved.csv`).
    public var unresolved: [UnresolvedIncident]
    /// The incidents mapped by an uncertain match (listed in `review.csv`).
    public var reviewed: [ReviewedIncident] = []
    /// How many incidents were read.
    public var incidentCount: Int
    /// Things the user should know that did not stop the build.
    public var warnings: [String]
}
