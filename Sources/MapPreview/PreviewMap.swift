import Layers
import Projection

/// What a preview map shows, already in the drawing CRS: the country
/// outlines, each side's claims and zones in the side's colour, and what
/// the scale bar needs to know about ground distances.
public struct PreviewMap: Sendable {
    /// One country outline: its name and its polygons' rings.
    public struct Outline: Sendable {
        /// The country's name, drawn at the centre of its largest ring when visible.
        public var name: String
        /// Every ring of every polygon, in the drawing CRS.
        public var rings: [[XY]]

        /// Creates an outline.
        public init(name: String, rings: [[XY]]) {
            self.name = name
            self.rings = rings
        }
    }

    /// One claim to draw.
    public struct Claim: Sendable {
        /// Where it is, in the drawing CRS.
        public var position: XY
        /// The label (the resolved place name).
        public var label: String
        /// `exact`, `near`, `direction` or `region`.
        public var precision: String
        /// Whether it was mapped by an uncertain match: drawn with a dashed ring, as in QGIS.
        public var review: Bool

        /// Creates a claim.
        public init(position: XY, label: String, precision: String, review: Bool = false) {
            self.position = position
            self.label = label
            self.precision = precision
            self.review = review
        }
    }

    /// One side's layers.
    public struct Side: Sendable {
        /// The side's name, as the legend shows it.
        public var name: String
        /// The side's colour.
        public var color: RGBColor
        /// Its claims.
        public var claims: [Claim]
        /// The rings of its zones, if any were written.
        public var zones: [[XY]]

        /// Creates a side.
        public init(name: String, color: RGBColor, claims: [Claim], zones: [[XY]] = []) {
            self.name = name
            self.color = color
            self.claims = claims
            self.zones = zones
        }
    }

    /// The drawing CRS.
    public var crs: CRSInfo
    /// The base layer.
    public var outlines: [Outline]
    /// The sides, in legend order.
    public var sides: [Side]
    /// The area shown, in the drawing CRS.
    public var extent: BoundingBox
    /// Metres on the ground per unit of the drawing CRS at the map's
    /// centre, for the scale bar.
    public var metresPerUnit: Double
    /// The attribution line of the base layer.
    public var attribution: String

    /// Creates a map.
    public init(crs: CRSInfo, outlines: [Outline], sides: [Side], extent: BoundingBox, metresPerUnit: Double, attribution: String) {
        self.crs = crs
        self.outlines = outlines
        self.sides = sides
        self.extent = extent
        self.metresPerUnit = metresPerUnit
        self.attribution = attribution
    }

    /// The square area to show around `sides`: every claim and zone, with
    /// a margin of a quarter of the larger side, at least `minimumSpan`
    /// units across; `nil` when there is nothing to show.
    public static func extent(of sides: [Side], minimumSpan: Double) -> BoundingBox? {
        let positions = sides.flatMap { $0.claims.map(\.position) + $0.zones.flatMap { $0 } }
        guard let box = BoundingBox(positions) else { return nil }
        let span = max(box.width, box.height, minimumSpan)
        let centre = XY(x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2)
        let half = span * 0.75
        return BoundingBox(minX: centre.x - half, minY: centre.y - half, maxX: centre.x + half, maxY: centre.y + half)
    }
}
