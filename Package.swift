// swift-tools-version: 6.0
import PackageDescription

// The library is split along the data flow:
//   PlaceNames (names → places) → Projection (places → projected points)
//   Sides (names → sides: the world's states, the side table)
//   Claims (article text → claims, i.e. incident records)
//   RecordReaders (files → raw records: bytes, encodings, CSV, JSON, JSON Lines)
//   → Incidents (raw records → validated incidents) → Layers (features → GeoJSON files)
//   QGIS (layers → .qml styles, .qgs project), GeoPackage (layers → .gpkg),
//   MapPreview (layers → SVG preview map)
//   GazetteerFetch (GeoNames downloads → a gazetteer folder), over HTTPDownload
//   (URLs → files, through libcurl) and ZipArchive (zip files → their entries)
//   IncidentMap ties them into the `build`, `lookup` and `render` pipelines;
//   `incident-map` is the command-line front end.
let package = Package(
    name: "incident-map",
    products: [
        .executable(name: "incident-map", targets: ["incident-map"]),
        .library(name: "IncidentMap", targets: ["IncidentMap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Loads a shared library on first use and forwards calls to it: PROJ's, SQLite's, zlib's and libcurl's.
        .target(name: "CLibraryLoader", linkerSettings: [.linkedLibrary("dl")]),
        // PROJ's headers (Debian libproj-dev); the library itself is loaded on first use (see Sources/CPROJ).
        .target(name: "CPROJ", dependencies: ["CLibraryLoader"]),
        // SQLite's header (Debian libsqlite3-dev); the library itself is loaded on first use (see Sources/CSQLite).
        .target(name: "CSQLite", dependencies: ["CLibraryLoader"]),
        // zlib's header (Debian zlib1g-dev); the library itself is loaded on first use (see Sources/CZlib).
        .target(name: "CZlib", dependencies: ["CLibraryLoader"]),
        // libcurl's headers (Debian libcurl4-gnutls-dev); the library itself is loaded on first use (see Sources/CCurl).
        .target(name: "CCurl", dependencies: ["CLibraryLoader"]),
        .target(name: "StableHash"),
        // The commit the binary was built from (a header make writes), for --version.
        .target(name: "CBuildInfo"),
        // Files created under unpredictable names without following links, and folder locks.
        .target(name: "AtomicFiles"),
        // One line of progress on standard error, redrawn in place, for long tasks.
        .target(name: "TerminalProgress"),
        .target(name: "Projection", dependencies: ["CPROJ"]),
        .target(name: "ZipArchive", dependencies: ["CZlib"]),
        .target(name: "HTTPDownload", dependencies: ["CCurl", "AtomicFiles"]),
        .target(name: "GazetteerFetch", dependencies: ["HTTPDownload", "ZipArchive", "AtomicFiles", "PlaceNames", "TerminalProgress"]),
        .target(name: "PlaceNames", dependencies: ["Projection", "StableHash", "TerminalProgress"]),
        // Reading input files into raw records: byte sources, CSV, JSON, JSON Lines.
        .target(name: "RecordReaders"),
        // What an incident is and how a raw record becomes one.
        .target(name: "Incidents", dependencies: ["RecordReaders", "Projection", "StableHash"]),
        // Names of sides: the world's states and the side table, recognised in values and sentences.
        .target(name: "Sides", dependencies: ["PlaceNames", "RecordReaders"]),
        .target(name: "Claims", dependencies: ["PlaceNames", "RecordReaders", "Incidents", "Sides", "Projection"]),
        .target(name: "Layers", dependencies: ["Projection", "PlaceNames", "StableHash"]),
        .target(name: "QGIS", dependencies: ["Layers", "Incidents", "Projection"]),
        .target(name: "GeoPackage", dependencies: ["CSQLite", "Layers", "Projection"]),
        .target(name: "MapPreview", dependencies: ["Layers", "Projection"]),
        .target(
            name: "IncidentMap",
            dependencies: [
                "PlaceNames", "Projection", "RecordReaders", "Incidents", "Sides", "Claims", "Layers", "QGIS", "GeoPackage", "MapPreview", "StableHash",
                "TerminalProgress",
                "GazetteerFetch",
            ]
        ),
        .executableTarget(
            name: "incident-map",
            dependencies: [
                "IncidentMap", "PlaceNames", "Sides", "Layers", "RecordReaders", "Incidents", "TerminalProgress", "CBuildInfo", "GazetteerFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "projection-benchmark", dependencies: ["Projection", "CPROJ"]),
        // Seeded random inputs for the property tests (a plain generator
        // loop rather than a property-testing package: nothing to fetch).
        .target(name: "RandomInputs", path: "Tests/RandomInputs"),
        // A local HTTP server that can misbehave (Python, /usr/bin/python3) and zip
        // files made with Python's zipfile, for the download and fetch tests.
        .target(name: "FetchFixtures", path: "Tests/FetchFixtures", exclude: ["fixture-server.py", "make-zip.py"]),
        .testTarget(name: "AtomicFilesTests", dependencies: ["AtomicFiles"]),
        .testTarget(name: "TerminalProgressTests", dependencies: ["TerminalProgress"]),
        .testTarget(name: "ZipArchiveTests", dependencies: ["ZipArchive", "FetchFixtures"]),
        .testTarget(name: "HTTPDownloadTests", dependencies: ["HTTPDownload", "FetchFixtures"]),
        .testTarget(name: "GazetteerFetchTests", dependencies: ["GazetteerFetch", "PlaceNames", "FetchFixtures"]),
        .testTarget(name: "PlaceNamesTests", dependencies: ["PlaceNames", "RandomInputs"]),
        .testTarget(name: "ProjectionTests", dependencies: ["Projection", "RandomInputs"]),
        .testTarget(name: "RecordReadersTests", dependencies: ["RecordReaders"]),
        .testTarget(name: "IncidentsTests", dependencies: ["Incidents", "RecordReaders"]),
        .testTarget(name: "SidesTests", dependencies: ["Sides", "RecordReaders"]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "PlaceNames", "Incidents", "RecordReaders", "Sides"]),
        .testTarget(name: "LayersTests", dependencies: ["Layers", "RandomInputs"]),
        .testTarget(name: "QGISTests", dependencies: ["QGIS", "Layers", "Projection"]),
        .testTarget(name: "GeoPackageTests", dependencies: ["GeoPackage", "Layers", "Projection"]),
        .testTarget(name: "MapPreviewTests", dependencies: ["MapPreview", "Layers", "Projection"]),
        .testTarget(name: "IncidentMapTests", dependencies: ["IncidentMap", "Claims", "RecordReaders", "Sides", "RandomInputs", "FetchFixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
