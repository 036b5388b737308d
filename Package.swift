// swift-tools-version: 6.0
import PackageDescription

// The library is split along the data flow:
//   PlaceNames (names → places) → Projection (places → projected points)
//   Incidents (files → incident records) → Layers (features → GeoJSON files)
//   IncidentMap ties them into the `build` and `lookup` pipelines;
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
        .systemLibrary(
            name: "CPROJ",
            pkgConfig: "proj",
            providers: [.apt(["libproj-dev"])]
        ),
        .target(name: "StableHash"),
        .target(name: "Projection", dependencies: ["CPROJ"]),
        .target(name: "PlaceNames", dependencies: ["Projection", "StableHash"]),
        .target(name: "Incidents", dependencies: ["Projection", "StableHash"]),
        .target(name: "Layers", dependencies: ["Projection", "PlaceNames"]),
        .target(
            name: "IncidentMap",
            dependencies: ["PlaceNames", "Projection", "Incidents", "Layers"]
        ),
        .executableTarget(
            name: "incident-map",
            dependencies: [
                "IncidentMap", "PlaceNames",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Seeded random inputs for the property tests (a plain generator
        // loop rather than a property-testing package: nothing to fetch).
        .target(name: "RandomInputs", path: "Tests/RandomInputs"),
        .testTarget(name: "PlaceNamesTests", dependencies: ["PlaceNames", "RandomInputs"]),
        .testTarget(name: "ProjectionTests", dependencies: ["Projection", "RandomInputs"]),
        .testTarget(name: "IncidentsTests", dependencies: ["Incidents"]),
        .testTarget(name: "LayersTests", dependencies: ["Layers", "RandomInputs"]),
        .testTarget(name: "IncidentMapTests", dependencies: ["IncidentMap", "RandomInputs"]),
    ],
    swiftLanguageModes: [.v6]
)
