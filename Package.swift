// swift-tools-version: 6.0
import PackageDescription

// The library is split along the data flow:
//   PlaceNames (names → places) → Projection (places → projected points)
//   Claims (article text → claims, i.e. incident records)
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
        .target(name: "Claims", dependencies: ["PlaceNames", "Incidents", "Projection"]),
        .target(name: "Layers", dependencies: ["Projection", "PlaceNames"]),
        .target(
            name: "IncidentMap",
            dependencies: ["PlaceNames", "Projection", "Incidents", "Claims", "Layers", "StableHash"]
        ),
        .executableTarget(
            name: "incident-map",
            dependencies: [
                "IncidentMap", "PlaceNames",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "projection-benchmark", dependencies: ["Projection", "CPROJ"]),
        .testTarget(name: "PlaceNamesTests", dependencies: ["PlaceNames"]),
        .testTarget(name: "ProjectionTests", dependencies: ["Projection"]),
        .testTarget(name: "IncidentsTests", dependencies: ["Incidents"]),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims", "PlaceNames", "Incidents"]),
        .testTarget(name: "LayersTests", dependencies: ["Layers"]),
        .testTarget(name: "IncidentMapTests", dependencies: ["IncidentMap", "Claims"]),
    ],
    swiftLanguageModes: [.v6]
)
