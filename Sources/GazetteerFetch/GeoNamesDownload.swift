import PlaceNames

/// One file `gazetteer fetch` downloads, and what it becomes in the folder.
struct GeoNamesDownload: Sendable, Equatable {
    /// Its name on the mirror (`TH.zip`).
    var remoteName: String
    /// How it is unpacked.
    var content: Content
    /// The format of what is installed.
    var format: GazetteerFile.Format

    /// How a downloaded file becomes files of the folder.
    enum Content: Sendable, Equatable {
        /// A zip file whose entry `entry` is installed as `installedAs`.
        case zipped(entry: String, installedAs: String)
        /// `cities500.zip`: its entry is split into `cities500-XX.txt`, one
        /// per country of `countries`, other countries' rows dropped; or
        /// installed whole as `cities500.txt` when `countries` is empty.
        case cities(entry: String, countries: [String])
        /// A text file installed as it is, under its own name.
        case text
    }

    /// `XX.zip`, GeoNames' dump of one country, installed as `XX.txt`.
    static func countryDump(_ code: String) -> GeoNamesDownload {
        GeoNamesDownload(remoteName: code + ".zip", content: .zipped(entry: code + ".txt", installedAs: code + ".txt"), format: .geoNames)
    }

    /// `cities500.zip`, every place of 500 people or more, kept for `countries` only unless it is empty.
    static func cities(countries: [String]) -> GeoNamesDownload {
        GeoNamesDownload(remoteName: "cities500.zip", content: .cities(entry: "cities500.txt", countries: countries), format: .geoNames)
    }

    /// The names of first-level divisions (`TH.30` → `Sisaket`).
    static let admin1 = GeoNamesDownload(remoteName: "admin1CodesASCII.txt", content: .text, format: .admin1)
    /// The names of second-level divisions (`TH.30.3304` → `Amphoe Kantharalak`).
    static let admin2 = GeoNamesDownload(remoteName: "admin2Codes.txt", content: .text, format: .admin1)

    /// The names of the files it becomes, whose leftover temporaries a new fetch may remove.
    var installedNames: [String] {
        switch content {
        case .zipped(_, let name): [name]
        case .cities(_, let countries): countries.isEmpty ? ["cities500.txt"] : countries.map { "cities500-\($0).txt" }
        case .text: [remoteName]
        }
    }
}
