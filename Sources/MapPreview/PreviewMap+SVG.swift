import Layers
import Projection

extension PreviewMap {
    /// The width and height of the picture, in pixels.
    public static let size = 1000.0

    /// Sizes of the claim symbols in pixels, as in the QGIS style: a filled
    /// dot for exact or near, a hollow larger ring for direction, a faint
    /// large disc for region.
    static func symbol(for precision: String) -> (radius: Double, fillOpacity: String, stroke: Bool) {
        switch precision {
        case "direction": (9, "0", true)
        case "region": (18, "0.22", false)
        default: (6, "1", false)
        }
    }

    /// The map as an SVG file: outlines, zones, claims with labels, legend,
    /// scale bar, attribution and CRS.
    public var svg: String {
        let canvas = Canvas(extent: extent, size: Self.size)
        var svg = SVGDocument(width: Self.size, height: Self.size)
        svg.clipRectangle(id: "map", x: 0, y: 0, width: Self.size, height: Self.size)
        svg.rectangle(x: 0, y: 0, width: Self.size, height: Self.size, ["fill": "#dce8ef"])
        svg.beginGroup(["clip-path": "url(#map)"])
        for outline in outlines {
            svg.path(rings: outline.rings.compactMap(canvas.visibleRing), ["fill": "#ecece8", "stroke": "#969696", "stroke-width": "1"])
        }
        for outline in outlines {
            guard let centre = canvas.labelPosition(of: outline) else { continue }
            svg.text(outline.name, x: centre.x, y: centre.y, [
                "font-size": "20", "font-style": "italic", "fill": "#8a8a8a", "text-anchor": "middle", "letter-spacing": "2",
            ])
        }
        for side in sides where !side.zones.isEmpty {
            svg.path(rings: side.zones.compactMap(canvas.visibleRing), [
                "fill": side.color.hex, "fill-opacity": "0.16", "stroke": side.color.hex, "stroke-width": "1.2", "stroke-dasharray": "5 3",
            ])
        }
        drawClaims(into: &svg, canvas: canvas)
        svg.endGroup()
        drawLegend(into: &svg)
        drawScaleBar(into: &svg)
        svg.text(attribution + " · " + crs.identifier + " (" + crs.name + ")", x: Self.size - 10, y: Self.size - 10, [
            "font-size": "11", "fill": "#555555", "text-anchor": "end",
        ])
        return svg.text
    }

    /// Claims from the least to the most precise, so precise dots stay on
    /// top; each label once per side and place.
    private func drawClaims(into svg: inout SVGDocument, canvas: Canvas) {
        let order = ["region", "direction", "near", "exact"]
        for precision in order {
            for side in sides {
                for claim in side.claims where claim.precision == precision || (precision == "exact" && !order.contains(claim.precision)) {
                    let point = canvas.pixel(claim.position)
                    let symbol = Self.symbol(for: claim.precision)
                    svg.circle(x: point.x, y: point.y, radius: symbol.radius, [
                        "fill": side.color.hex, "fill-opacity": symbol.fillOpacity,
                        "stroke": symbol.stroke ? side.color.hex : "#ffffff", "stroke-width": symbol.stroke ? "2.5" : "1.2",
                    ])
                    if claim.review {
                        svg.circle(x: point.x, y: point.y, radius: symbol.radius + 4, [
                            "fill": "none", "stroke": "#141414", "stroke-width": "1.6", "stroke-dasharray": "4 3",
                        ])
                    }
                }
            }
        }
        for side in sides {
            var labelled = Set<String>()
            for claim in side.claims {
                let point = canvas.pixel(claim.position)
                let key = claim.label + "@" + SVGDocument.number(point.x) + "," + SVGDocument.number(point.y)
                guard labelled.insert(key).inserted else { continue }
                let offset = Self.symbol(for: claim.precision).radius + 3
                svg.text(claim.label, x: point.x + offset, y: point.y - offset * 0.4, [
                    "font-size": "14", "fill": "#282828", "stroke": "#ffffff", "stroke-width": "3",
                    "stroke-linejoin": "round", "paint-order": "stroke",
                ])
            }
        }
    }

    /// The sides with their colours and claim counts, then the meaning of the symbols.
    private func drawLegend(into svg: inout SVGDocument) {
        let hasReview = sides.contains { $0.claims.contains(where: \.review) }
        let rows = sides.count + 4 + (hasReview ? 1 : 0)
        svg.rectangle(x: 12, y: 12, width: 290, height: Double(rows) * 26 + 20, [
            "fill": "#ffffff", "fill-opacity": "0.9", "stroke": "#9a9a9a", "stroke-width": "1",
        ])
        var y = 38.0
        for side in sides {
            svg.circle(x: 34, y: y - 5, radius: 7, ["fill": side.color.hex, "stroke": "#ffffff", "stroke-width": "1.2"])
            let count = side.claims.count
            svg.text("\(side.name) (\(count) claim\(count == 1 ? "" : "s"))", x: 52, y: y, ["font-size": "15", "fill": "#202020"])
            y += 26
        }
        let grey = RGBColor(red: 0x50, green: 0x50, blue: 0x50).hex
        for (precision, label) in [("exact", "exact or near"), ("direction", "in the direction of"), ("region", "somewhere in the region")] {
            let symbol = Self.symbol(for: precision)
            svg.circle(x: 34, y: y - 5, radius: min(symbol.radius, 11), [
                "fill": grey, "fill-opacity": symbol.fillOpacity, "stroke": symbol.stroke ? grey : "#ffffff", "stroke-width": symbol.stroke ? "2.5" : "1.2",
            ])
            svg.text(label, x: 52, y: y, ["font-size": "13", "fill": "#404040"])
            y += 26
        }
        if sides.contains(where: { !$0.zones.isEmpty }) {
            svg.rectangle(x: 25, y: y - 14, width: 18, height: 12, ["fill": grey, "fill-opacity": "0.16", "stroke": grey, "stroke-dasharray": "5 3"])
            svg.text("zone of an imprecise claim", x: 52, y: y, ["font-size": "13", "fill": "#404040"])
            y += 26
        }
        if hasReview {
            svg.circle(x: 34, y: y - 5, radius: 8, ["fill": "none", "stroke": "#141414", "stroke-width": "1.6", "stroke-dasharray": "4 3"])
            svg.text("uncertain match: check it (review.csv)", x: 52, y: y, ["font-size": "13", "fill": "#404040"])
        }
    }

    /// A bar of a round length (1, 2 or 5 × 10ⁿ m) about a fifth of the width,
    /// in two halves, with its length in km or m.
    private func drawScaleBar(into svg: inout SVGDocument) {
        let metresPerPixel = metresPerUnit * extent.width / Self.size
        guard metresPerPixel.isFinite, metresPerPixel > 0 else { return }
        let length = Self.roundLength(metresPerPixel * Self.size / 5)
        let pixels = length / metresPerPixel
        let x = 24.0, y = Self.size - 34
        svg.rectangle(x: x - 8, y: y - 24, width: pixels + 16, height: 42, ["fill": "#ffffff", "fill-opacity": "0.85"])
        svg.rectangle(x: x, y: y, width: pixels / 2, height: 7, ["fill": "#303030"])
        svg.rectangle(x: x + pixels / 2, y: y, width: pixels / 2, height: 7, ["fill": "#ffffff", "stroke": "#303030", "stroke-width": "1"])
        svg.text("0", x: x, y: y - 6, ["font-size": "12", "fill": "#303030", "text-anchor": "middle"])
        svg.text(Self.lengthLabel(length), x: x + pixels, y: y - 6, ["font-size": "12", "fill": "#303030", "text-anchor": "middle"])
    }

    /// The largest 1, 2 or 5 × 10ⁿ not above `metres`.
    public static func roundLength(_ metres: Double) -> Double {
        var power = 1.0
        while power * 10 <= metres { power *= 10 }
        for step in [5.0, 2.0] where step * power <= metres { return step * power }
        return power
    }

    /// `20 km`, `500 m`.
    static func lengthLabel(_ metres: Double) -> String {
        metres >= 1000 ? NumberFormat.fixed(metres / 1000, decimals: 0) + " km" : NumberFormat.fixed(metres, decimals: 0) + " m"
    }
}

/// Converts positions of the drawing CRS to pixels (y downwards) and drops
/// what cannot be seen, to keep the file small.
struct Canvas {
    let extent: BoundingBox
    let scale: Double
    let size: Double

    init(extent: BoundingBox, size: Double) {
        self.extent = extent
        self.size = size
        self.scale = size / max(extent.width, extent.height)
    }

    func pixel(_ position: XY) -> (x: Double, y: Double) {
        ((position.x - extent.minX) * scale, (extent.maxY - position.y) * scale)
    }

    /// The ring in pixels without vertices less than half a pixel from the
    /// last one kept; `nil` when it lies wholly outside the picture.
    func visibleRing(_ ring: [XY]) -> [(x: Double, y: Double)]? {
        guard let box = BoundingBox(ring) else { return nil }
        let margin = extent.width * 0.05
        guard box.maxX >= extent.minX - margin, box.minX <= extent.maxX + margin,
              box.maxY >= extent.minY - margin, box.minY <= extent.maxY + margin else { return nil }
        var pixels: [(x: Double, y: Double)] = []
        for position in ring {
            let point = pixel(position)
            if let last = pixels.last, abs(last.x - point.x) < 0.5 && abs(last.y - point.y) < 0.5 { continue }
            pixels.append(point)
        }
        return pixels.count >= 3 ? pixels : nil
    }

    /// A point well inside the outline and the picture, for its name: of
    /// a grid of points away from the picture's edges, the one inside the
    /// outline farthest from every grid point outside it; `nil` when too
    /// little of the country is in view.
    func labelPosition(of outline: PreviewMap.Outline) -> (x: Double, y: Double)? {
        let rings = outline.rings.map { $0.map(pixel) }
        let steps = 24
        var inside: [(x: Double, y: Double)] = [], outside: [(x: Double, y: Double)] = []
        for row in 0..<steps {
            for column in 0..<steps {
                let x: Double = 100 + Double(column) * (size - 200) / Double(steps - 1)
                let y: Double = 60 + Double(row) * (size - 140) / Double(steps - 1)
                let point = (x: x, y: y)
                if Self.contains(rings, point) { inside.append(point) } else { outside.append(point) }
            }
        }
        guard inside.count >= steps * steps / 25 else { return nil }
        let depth = { (p: (x: Double, y: Double)) -> Double in
            outside.map { (q: (x: Double, y: Double)) -> Double in (q.x - p.x) * (q.x - p.x) + (q.y - p.y) * (q.y - p.y) }.min() ?? .infinity
        }
        return inside.max { depth($0) < depth($1) }
    }

    /// Whether `point` is inside `rings` by the even-odd rule.
    static func contains(_ rings: [[(x: Double, y: Double)]], _ point: (x: Double, y: Double)) -> Bool {
        var inside = false
        for ring in rings where ring.count > 2 {
            var previous = ring[ring.count - 1]
            for current in ring {
                if (current.y > point.y) != (previous.y > point.y),
                   point.x < (previous.x - current.x) * (point.y - current.y) / (previous.y - current.y) + current.x {
                    inside.toggle()
                }
                previous = current
            }
        }
        return inside
    }
}
