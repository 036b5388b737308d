import Foundation
import GeoPackage
import Incidents
import Layers
import Projection
import QGIS

/// The files of a build besides the layer files themselves (which are
/// streamed): styles, zones, the GeoPackage, the project. They are made in
/// memory and written in the same ``OutputTransaction`` as the layers, so
/// that everything replaces the previous output at once or, when anything
/// fails, nothing does.
struct BuildOutputs {
    /// The files, by name.
    private(set) var files: [(name: String, bytes: [UInt8])] = []
    /// What each file other than the layers holds, for the report.
    private(set) var descriptions: [(file: String, description: String)] = []

    /// The name of the GeoPackage.
    static let geoPackageName = "incidents.gpkg"
    /// The name of the QGIS project.
    static let projectName = "incidents.qgs"
    /// The file stem of the country outlines copied next to the project.
    static let outlinesStem = "countries"
    /// The CRS of the project when the layers are geographic: UTM zone 38N,
    /// which covers the South Caucasus with little distortion.
    static let defaultProjectCRS = "EPSG:32638"

    private let request: BuildRequest
    private let colors: SideColors
    private let transformers: TransformerCache

    init(request: BuildRequest, colors: SideColors, transformers: TransformerCache) {
        self.request = request
        self.colors = colors
        self.transformers = transformers
    }

    /// Adds the QGIS style of each side's layer file (`<stem>.qml`, which
    /// QGIS applies to `<stem>.geojson` and `<stem>.geojsons` alike), when
    /// the layers are written as files.
    mutating func addStyles(sides: [String], stems: [String: String]) {
        guard request.formats.contains(.geojson) || request.formats.contains(.geojsonseq) else { return }
        for side in sides {
            add(stems[side]! + ".qml", Array(LayerStyle.claims(colors.color(of: side)).qml.utf8), "QGIS style of \(side)")
        }
    }

    /// Adds `contested.geojson` and its style when the layers are written
    /// as files and some place is contested.
    mutating func addContested(_ contested: Layer) {
        guard !contested.features.isEmpty, request.formats.contains(.geojson) || request.formats.contains(.geojsonseq) else { return }
        let count = contested.features.count
        add(ContestedLayer.stem + ".geojson", GeoJSONWriter.encode(contested), "\(count) contested place\(count == 1 ? "" : "s") (claimed by several sides)")
        add(ContestedLayer.stem + ".qml", Array(LayerStyle.contested.qml.utf8), "QGIS style of the contested places")
    }

    /// Adds what needs the layers in memory: the zones, the GeoPackage and the project, when asked for.
    mutating func add(layers: [Layer], contested: Layer, stems: [String: String], transformer: Transformer) throws(BuildError) {
        var zones: [(side: String, layer: Layer)] = []
        if let options = request.zones {
            for layer in layers {
                do {
                    if let zone = try ZoneLayers.zones(of: layer, options: options, transformer: transformer) { zones.append((layer.name, zone)) }
                } catch {
                    throw .projection(error)
                }
            }
        }
        for (side, zone) in zones {
            let stem = stems[side]! + LayerFileNames.zonesSuffix
            add(stem + ".geojson", GeoJSONWriter.encode(zone), "\(zone.features.count) zone\(zone.features.count == 1 ? "" : "s") of \(side)'s imprecise claims")
            add(stem + ".qml", Array(LayerStyle.zones(colors.color(of: side)).qml.utf8), "QGIS style of \(side)'s zones")
        }
        let contested = contested.features.isEmpty ? nil : contested
        if request.formats.contains(.gpkg) {
            try addGeoPackage(layers: layers, zones: zones, contested: contested, stems: stems, crs: transformer.target)
        }
        if request.project {
            try addProject(layers: layers, zones: zones, contested: contested, stems: stems, crs: transformer.target)
        }
    }

    /// Adds `unresolved.csv` and `review.csv`.
    mutating func addReports(unresolved: [UInt8], review: [UInt8]) {
        files.append(("unresolved.csv", unresolved))
        files.append(("review.csv", review))
    }

    private mutating func add(_ name: String, _ bytes: [UInt8], _ description: String) {
        files.append((name, bytes))
        descriptions.append((name, description))
    }

    private mutating func addGeoPackage(
        layers: [Layer], zones: [(side: String, layer: Layer)], contested: Layer?, stems: [String: String], crs: CRSInfo
    ) throws(BuildError) {
        var tables = layers.map { layer in
            GeoPackageWriter.Table(name: stems[layer.name]!, layer: layer, qml: LayerStyle.claims(colors.color(of: layer.name)).qml)
        }
        tables += zones.map { side, zone in
            GeoPackageWriter.Table(name: stems[side]! + LayerFileNames.zonesSuffix, layer: zone, qml: LayerStyle.zones(colors.color(of: side)).qml)
        }
        if let contested { tables.append(GeoPackageWriter.Table(name: ContestedLayer.stem, layer: contested, qml: LayerStyle.contested.qml)) }
        let wgs84: CRSInfo
        do {
            wgs84 = try transformers.transformer(to: "EPSG:4326").target
        } catch {
            throw .projection(error)
        }
        do {
            let bytes = try GeoPackageWriter.encode(tables, crs: crs, wgs84: wgs84)
            add(Self.geoPackageName, bytes, "\(tables.count) table\(tables.count == 1 ? "" : "s") with their QGIS styles, in \(crs.identifier)")
        } catch {
            throw .geoPackage(error)
        }
    }

    private mutating func addProject(
        layers: [Layer], zones: [(side: String, layer: Layer)], contested: Layer?, stems: [String: String], crs: CRSInfo
    ) throws(BuildError) {
        guard let outlinesPath = request.countryOutlines, let outlines = FileManager.default.contents(atPath: outlinesPath) else {
            throw .countryOutlines(path: request.countryOutlines ?? "(none given)")
        }
        add(Self.outlinesStem + ".geojson", Array(outlines), "country outlines (Natural Earth) for the project")
        add(Self.outlinesStem + ".qml", Array(LayerStyle.outlines.qml.utf8), "QGIS style of the country outlines")
        let projectCRS: Transformer
        let wgs84: CRSInfo
        do {
            projectCRS = try transformers.transformer(from: crs.definition, to: crs.isGeographic ? Self.defaultProjectCRS : crs.definition)
            wgs84 = try transformers.transformer(to: "EPSG:4326").target
        } catch {
            throw .projection(error)
        }
        var entries = layers.map { layer in
            let stem = stems[layer.name]!
            return ProjectFile.Entry(stem: stem, name: layer.name, source: source(of: stem), crs: crs, style: .claims(colors.color(of: layer.name)))
        }
        if contested != nil {
            entries.append(ProjectFile.Entry(
                stem: ContestedLayer.stem, name: ContestedLayer.name, source: source(of: ContestedLayer.stem), crs: crs, style: .contested))
        }
        entries += zones.map { side, zone in
            let stem = stems[side]! + LayerFileNames.zonesSuffix
            return ProjectFile.Entry(stem: stem, name: zone.name, source: "./\(stem).geojson", crs: crs, style: .zones(colors.color(of: side)))
        }
        entries.append(ProjectFile.Entry(stem: Self.outlinesStem, name: "Countries", source: "./\(Self.outlinesStem).geojson", crs: wgs84, style: .outlines))
        let extent = try projectExtent(of: layers + zones.map(\.layer), in: projectCRS)
        let days = Self.days(of: layers)
        let title = request.title ?? BriefingText.title(sides: layers.map(\.name), days: days)
        let layout = PrintLayout(title: title, dates: BriefingText.dates(days), extent: extent, crs: projectCRS.target)
        let project = ProjectFile(title: title, crs: projectCRS.target, extent: extent, layers: entries, days: days, layout: layout)
        add(Self.projectName, Array(project.xml.utf8), "QGIS project with \(entries.count) layers, in \(projectCRS.target.identifier)")
    }

    /// Where the project finds the layer of `stem`: its GeoJSON file, or its GeoPackage table when only `gpkg` is written.
    private func source(of stem: String) -> String {
        request.formats.contains(.geojson) || request.formats.contains(.geojsonseq) && stem == ContestedLayer.stem
            ? "./\(stem).geojson" : "./\(Self.geoPackageName)|layername=\(stem)"
    }

    /// The first and last day of the claims of `layers` (their local days, as written); `nil` when none is dated.
    static func days(of layers: [Layer]) -> ClosedRange<CivilDay>? {
        var first: CivilDay?, last: CivilDay?
        for layer in layers {
            for feature in layer.features {
                guard case .dateTime(let text) = feature.value(of: "date"), let day = CivilDay(iso: text) else { continue }
                first = min(first ?? day, day)
                last = max(last ?? day, day)
            }
        }
        guard let first, let last else { return nil }
        return first...last
    }

    /// The layers' extent in the project CRS, with a margin of a fifth of
    /// its size (at least 20 km, or 0.2° in a geographic CRS) on each side.
    private func projectExtent(of layers: [Layer], in transformer: Transformer) throws(BuildError) -> BoundingBox {
        let boxes = layers.compactMap(\.boundingBox)
        guard let first = boxes.first else {
            return BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
        }
        let box = boxes.dropFirst().reduce(first) { $0.union($1) }
        var xs = [box.minX, box.maxX, box.minX, box.maxX], ys = [box.minY, box.minY, box.maxY, box.maxY]
        do {
            try transformer.transform(xs: &xs, ys: &ys)
        } catch {
            throw .projection(error)
        }
        let projected = BoundingBox(zip(xs, ys).map { XY(x: $0, y: $1) })!
        let minimum = transformer.target.isGeographic ? 0.2 : 20_000
        return projected.expanded(by: max(max(projected.width, projected.height) / 5, minimum))
    }
}
