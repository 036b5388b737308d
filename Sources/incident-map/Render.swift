import ArgumentParser
import Foundation
import IncidentMap
import Layers

/// `incident-map render`: a preview map of an output folder, as SVG or PNG.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the layers of a build's output folder as a preview map (SVG, or PNG through rsvg-convert).",
        discussion: """
            Draws the country outlines, every side's claims in its colour with labels, the zones \
            if written, a legend and a scale bar, in the given CRS. The same layers always give \
            the same SVG. PNG needs rsvg-convert (Debian package librsvg2-bin).
            """
    )

    @Argument(help: ArgumentHelp("The folder incident-map build wrote.", valueName: "dir"))
    var folder: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The picture to write: a .svg or .png file.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("The CRS to draw in (any EPSG code, WKT or PROJ string).", valueName: "crs"))
    var crs = PreviewBuilder.defaultCRS

    @OptionGroup var gazetteerOption: GazetteerFolderOption

    /// The format named by the extension of ``output``.
    private var isPNG: Bool { output.lowercased().hasSuffix(".png") }

    func validate() throws {
        let lowered = output.lowercased()
        guard lowered.hasSuffix(".svg") || lowered.hasSuffix(".png") else {
            throw ValidationError("-o takes a file name ending in .svg or .png, not \"\(output)\"")
        }
    }

    func run() throws {
        try reportingFailures { () throws in
            let outlines = try gazetteerOption.countryOutlines()
            let builder = PreviewBuilder(colors: try gazetteerOption.sideColors())
            let map = try builder.map(
                folder: folder, crs: crs, outlines: FileManager.default.fileExists(atPath: outlines) ? outlines : nil)
            let svg = Array(map.svg.utf8)
            let bytes = isPNG ? try Rasteriser.png(fromSVG: svg) : svg
            let url = URL(fileURLWithPath: output)
            try OutputFolder(path: url.deletingLastPathComponent().path).replaceFile(named: url.lastPathComponent, with: bytes)
            print("\(output): \(map.sides.map { "\($0.name) (\($0.claims.count))" }.joined(separator: ", ")) in \(map.crs.identifier)")
        }
    }
}

/// Turns an SVG into a PNG with librsvg's `rsvg-convert`.
enum Rasteriser {
    /// The PNG of `svg`, at its own size.
    static func png(fromSVG svg: [UInt8]) throws -> [UInt8] {
        guard let program = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first(where: FileManager.default.isExecutableFile) else {
            throw CommandFailure("writing PNG needs rsvg-convert (apt-get install librsvg2-bin); write .svg instead")
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("incident-map-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("map.svg"), output = scratch.appendingPathComponent("map.png")
        try Data(svg).write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--format", "png", "--output", output.path, input.path]
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let png = FileManager.default.contents(atPath: output.path) else {
            throw CommandFailure("rsvg-convert could not turn the map into PNG (exit status \(process.terminationStatus))")
        }
        return Array(png)
    }
}
