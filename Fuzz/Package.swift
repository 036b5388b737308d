// swift-tools-version: 6.0
import Foundation
import PackageDescription

// libFuzzer targets for incident-map, kept out of the main package: their
// `main` calls `LLVMFuzzerRunDriver`, which only links when everything is
// built with `-sanitize=fuzzer`, so the main package's `swift build` and
// `swift test` never see them. Build and run them with `make fuzz` (see
// README.md in this folder).
//
// Every folder `Sources/fuzz-NAME` is a target: adding one is adding a
// folder with a `main.swift` (and seeds in `Corpus/NAME`), nothing here.

/// The main package is the parent folder. SwiftPM names a package that is
/// depended on by path after its folder, which is not the same in every
/// clone, so the name is read from the path.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let targetNames = ((try? FileManager.default.contentsOfDirectory(
    atPath: root.appendingPathComponent("Fuzz/Sources").path)) ?? [])
    .filter { $0.hasPrefix("fuzz-") }
    .sorted()

let package = Package(
    name: "incident-map-fuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: ["FuzzDriver", .product(name: "IncidentMap", package: rootIdentity)]
        ),
    ] + targetNames.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "IncidentMap", package: rootIdentity)]
        )
    },
    swiftLanguageModes: [.v6]
)
