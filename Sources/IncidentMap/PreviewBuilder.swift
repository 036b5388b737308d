import Foundation
import Layers
import MapPreview
import Projection

/// The `render` pipeline: the GeoJSON layers of an output folder and the
/// country outlines → a ``PreviewMap`` in the drawing CRS.
///
/// Point layers are the sides' claims (the collection's `name` is the
/// side); polygon layers are zones, drawn in the colour of their
/// `claimed_by`. Each layer is read in the CRS its `crs` member names
/// (WGS 84 without one) and projected with PROJ.
public struct PreviewBuilder {
    /// The colour of each side, as in the styles `build` writes.
    public var colors: SideColors
    private let transformers = TransformerCache()

    /// The CRS previews are drawn in unless told otherwise.
    public static let defaultCRS = "EPSG:32638"
    /// How far beyond the map country outlines are kept, in degrees.
    static let outlineMargin = 3.0

    /// Creates a builder.
    public init(colors: SideColors) {
        self.colors = colors
    }

    /// The map of the layers in `folder`, drawn in `crs`, over the outlines
    /// in the GeoJSON file `outlines` (WGS 84; `nil` for none).
    public func map(folder: String, crs: String = defaultCRS, outlines: String?) throws(RenderError) -> PreviewMap {
        let drawing: Transformer
        do {
            drawing = try transformers.transformer(to: crs)
        } catch {
            throw .projection(error)
        }
        let sides = try readSides(folder: folder, crs: crs)
        let minimumSpan = drawing.target.isGeographic ? 0.5 : 50_000
        guard let extent = PreviewMap.extent(of: sides, minimumSpan: minimumSpan) else { throw .noLayers(folder: folder) }
        let window = try lonLatWindow(of: extent, drawing: drawing)
        let countries = try outlines.map { path throws(RenderError) in try readOutlines(path, window: window, drawing: drawing) } ?? []
        return PreviewMap(
            crs: drawing.target, outlines: countries, sides: sides, extent: extent,
            metresPerUnit: try metresPerUnit(at: extent, drawing: drawing),
            attribution: outlines == nil ? "" : "Country outlines: Natural Earth")
    }

    private func readSides(folder: String, crs: String) throws(RenderError) -> [PreviewMap.Side] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".geojson") && !$0.hasPrefix(".") && $0 != "countries.geojson" }.sorted()
        var claims: [String: [PreviewMap.Claim]] = [:]
        var zones: [String: [[XY]]] = [:]
        for name in names {
            let path = folder + "/" + name
            let collection = try GeoJSONFile(path: path)
            let transformer: Transformer
            do {
                transformer = try transformers.transformer(from: collection.crs, to: crs)
            } catch {
                throw .projection(error)
            }
            for feature in collection.features {
                switch feature.geometry {
                case .point(let point):
                    let position = try project([point], with: transformer)[0]
                    claims[collection.name, default: []].append(PreviewMap.Claim(
                        position: position, label: feature.text("label") ?? feature.text("resolved") ?? feature.text("place") ?? "",
                        precision: feature.text("precision") ?? "exact", review: feature.properties["review"] as? Bool ?? false))
                case .polygon(let ring):
                    let side = feature.text("claimed_by") ?? collection.name
                    zones[side, default: []].append(try project(ring, with: transformer))
                }
            }
        }
        return claims.keys.sorted().map { side in
            PreviewMap.Side(name: side, color: colors.color(of: side), claims: claims[side]!, zones: zones[side] ?? [])
        }
    }

    private func project(_ positions: [XY], with transformer: Transformer) throws(RenderError) -> [XY] {
        var xs = positions.map(\.x), ys = positions.map(\.y)
        do {
            try transformer.transform(xs: &xs, ys: &ys)
        } catch {
            throw .projection(error)
        }
        return zip(xs, ys).map { XY(x: $0, y: $1) }
    }

    /// The extent in longitude/latitude, grown by ``outlineMargin``.
    private func lonLatWindow(of extent: BoundingBox, drawing: Transformer) throws(RenderError) -> BoundingBox {
        var xs = [extent.minX, extent.maxX, extent.minX, extent.maxX, (extent.minX + extent.maxX) / 2, (extent.minX + extent.maxX) / 2]
        var ys = [extent.minY, extent.minY, extent.maxY, extent.maxY, extent.minY, extent.maxY]
        do {
            try drawing.transform(xs: &xs, ys: &ys, inverse: true)
        } catch {
            throw .projection(error)
        }
        return BoundingBox(zip(xs, ys).map { XY(x: $0, y: $1) })!.expanded(by: Self.outlineMargin)
    }

    private func readOutlines(_ path: String, window: BoundingBox, drawing: Transformer) throws(RenderError) -> [PreviewMap.Outline] {
        let collection = try GeoJSONFile(path: path)
        var outlines: [PreviewMap.Outline] = []
        for feature in collection.features {
            var rings: [[XY]] = []
            for ring in feature.rings {
                let clipped = RingClipper.clip(ring, to: window)
                if !clipped.isEmpty { rings.append(try project(clipped, with: drawing)) }
            }
            if !rings.isEmpty { outlines.append(PreviewMap.Outline(name: feature.text("name") ?? "", rings: rings)) }
        }
        return outlines
    }

    /// Ground metres per drawing unit at the centre of `extent`, measured
    /// along the ellipsoid between two points a hundredth of the width apart.
    private func metresPerUnit(at extent: BoundingBox, drawing: Transformer) throws(RenderError) -> Double {
        let step = extent.width / 100
        let centre = XY(x: (extent.minX + extent.maxX) / 2, y: (extent.minY + extent.maxY) / 2)
        do {
            let a = try drawing.inverse(centre), b = try drawing.inverse(XY(x: centre.x + step, y: centre.y))
            return Geodesic().distance(from: a, to: b) / step
        } catch {
            throw .projection(error)
        }
    }
}
