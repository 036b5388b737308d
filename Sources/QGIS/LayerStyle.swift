import Incidents
import Layers

/// How QGIS draws one layer the tool writes: the claims of a side, the
/// zones around its imprecise claims, or the grey country outlines under
/// them. Written as a `.qml` file next to a GeoJSON layer, as a row of a
/// GeoPackage's `layer_styles` table, and inside the `.qgs` project.
public struct LayerStyle: Sendable, Equatable {
    /// What the layer holds, which decides its symbols.
    public enum Kind: Sendable, Equatable {
        /// A side's claims: points, categorised by `precision`, labelled with `resolved`.
        case claims
        /// Zones around imprecise claims: translucent polygons.
        case zones
        /// Country outlines: a grey base layer, labelled with `name`.
        case outlines
        /// Places claimed by several sides: a large yellow halo with a dark
        /// rim under the claims' points, labelled with the sides.
        case contested
    }

    /// What the layer holds.
    public var kind: Kind
    /// The side's colour (grey for outlines).
    public var color: RGBColor

    /// The style of a side's claims, in the side's colour.
    public static func claims(_ color: RGBColor) -> LayerStyle { LayerStyle(kind: .claims, color: color) }

    /// The style of a side's zones, in the side's colour.
    public static func zones(_ color: RGBColor) -> LayerStyle { LayerStyle(kind: .zones, color: color) }

    /// The style of the contested places.
    public static let contested = LayerStyle(kind: .contested, color: RGBColor(red: 0xFF, green: 0xD4, blue: 0x00))

    /// The style of the country outlines.
    public static let outlines = LayerStyle(kind: .outlines, color: RGBColor(red: 0x96, green: 0x96, blue: 0x96))

    /// The attribute whose value picks a claim's symbol.
    public static let precisionField = "precision"

    /// The attribute claims are labelled with: the place's name in the build's label language.
    public static let labelField = "label"

    /// The date-time attribute the temporal controller reads.
    public static let dateField = "date"

    /// The boolean attribute that marks a claim mapped by an uncertain
    /// match: such claims get a dashed black ring around their symbol.
    public static let reviewField = "review"

    /// The geometry the style is for, as QGIS numbers it (0 point, 2 polygon).
    public var geometryType: Int { kind == .claims || kind == .contested ? 0 : 2 }

    /// The date attribute whose day ends a feature's time: `last_date` for contested places, else ``dateField``.
    private var endDateField: String { kind == .contested ? "last_date" : Self.dateField }

    /// The QGIS renderer type the style uses (`categorizedSymbol`, `singleSymbol`).
    public var rendererType: String { kind == .claims ? "categorizedSymbol" : "singleSymbol" }

    /// The complete `.qml` file, as QGIS 3.22 and later read it.
    public var qml: String {
        var root = XMLTag("qgis", [
            "version": "3.22.0", "styleCategories": "Symbology|Labeling|Temporal", "labelsEnabled": labeling == nil ? "0" : "1",
        ])
        root.children = styleElements
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + root.rendered()
    }

    /// The elements of the style that go inside a `<qgis>` style document
    /// or a project's `<maplayer>`: renderer, labels, temporal properties, geometry type.
    public var styleElements: [XMLTag] {
        [renderer] + (labeling.map { [$0] } ?? []) + (temporal.map { [$0] } ?? [])
            + [XMLTag("layerGeometryType", text: String(geometryType))]
    }

    /// The `<temporal>` element: claims and zones are shown by QGIS's
    /// temporal controller on the day of their `date`, from its midnight to
    /// the next (mode 4, start and end from expressions). Expressions
    /// rather than the field itself, because QGIS compiles a field filter
    /// into GDAL's SQL, which fails on the `null` date of an undated claim
    /// in a GeoJSON layer; QGIS evaluates these itself, the same for GeoJSON
    /// and GeoPackage. Undated claims are in no frame: they show only with
    /// the controller off. A contested place is shown from the first day of
    /// its window to the last (`last_date`). `nil` for the country
    /// outlines, which are timeless.
    public var temporal: XMLTag? {
        guard kind != .outlines else { return nil }
        let day = { (field: String) in "to_datetime(to_date(\"\(field)\"))" }
        return XMLTag("temporal", [
            "enabled": "1", "mode": "4", "accumulate": "0", "limitMode": "0", "startField": "", "endField": "",
            "startExpression": day(Self.dateField), "endExpression": day(endDateField) + " + to_interval('1 day')",
            "durationField": "", "durationUnit": "min", "fixedDuration": "0",
        ], children: [XMLTag("fixedRange", children: [XMLTag("start"), XMLTag("end")])])
    }

    /// The `<renderer-v2>` element.
    public var renderer: XMLTag {
        switch kind {
        case .claims:
            let categories = Precision.allCases.enumerated().map { index, precision in
                XMLTag("category", ["value": precision.rawValue, "symbol": String(index), "label": Self.legendLabel(precision), "render": "true"])
            }
            let symbols = Precision.allCases.enumerated().map { index, precision in symbol(for: precision, name: String(index)) }
            return XMLTag("renderer-v2", [
                "type": rendererType, "attr": Self.precisionField, "forceraster": "0", "symbollevels": "0",
                "enableorderby": "0", "referencescale": "-1",
            ], children: [XMLTag("categories", children: categories), XMLTag("symbols", children: symbols)])
        case .zones:
            return singleSymbol(fill: color.qgis(alpha: 46), outline: color.qgis(alpha: 180), outlineWidth: "0.4", outlineStyle: "dash")
        case .outlines:
            return singleSymbol(fill: "236,236,232,255", outline: color.qgis(), outlineWidth: "0.3", outlineStyle: "solid")
        case .contested:
            let halo = Self.markerSymbol(name: "0", layers: [
                Self.circle(fill: color.qgis(alpha: 150), outline: "40,40,40,255", outlineWidth: "0.5", size: "9"),
            ])
            return XMLTag("renderer-v2", [
                "type": rendererType, "forceraster": "0", "symbollevels": "0", "enableorderby": "0", "referencescale": "-1",
            ], children: [XMLTag("symbols", children: [halo])])
        }
    }

    /// The `<labeling>` element; `nil` for zones, which are not labelled.
    public var labeling: XMLTag? {
        switch kind {
        case .claims: Self.labels(field: Self.labelField, size: "8", color: "40,40,40,255", italic: false, placement: "6", obstacle: true)
        case .zones: nil
        case .outlines: Self.labels(field: "name", size: "10", color: "130,130,130,255", italic: true, placement: "1", obstacle: false)
        case .contested: Self.labels(field: "sides", size: "7", color: "90,60,0,255", italic: true, placement: "6", obstacle: false)
        }
    }

    /// How the legend names each precision.
    static func legendLabel(_ precision: Precision) -> String {
        switch precision {
        case .exact: "exact"
        case .near: "near"
        case .direction: "in the direction of"
        case .region: "somewhere in the region"
        }
    }

    /// A filled marker for exact or near, a hollow larger ring for
    /// direction, a faint large disc for region; each with the review ring
    /// on top, drawn only where ``reviewField`` is true.
    private func symbol(for precision: Precision, name: String) -> XMLTag {
        let (base, size): (XMLTag, Double) = switch precision {
        case .exact, .near:
            (Self.circle(fill: color.qgis(), outline: "255,255,255,255", outlineWidth: "0.4", size: "3.2"), 3.2)
        case .direction:
            (Self.circle(fill: color.qgis(alpha: 0), outline: color.qgis(), outlineWidth: "0.8", size: "5"), 5)
        case .region:
            (Self.circle(fill: color.qgis(alpha: 56), outline: color.qgis(alpha: 90), outlineWidth: "0.3", size: "10"), 10)
        }
        return Self.markerSymbol(name: name, layers: [base, Self.reviewRing(around: size)])
    }

    /// A marker symbol named `name` drawn from its symbol `layers`, bottom first.
    private static func markerSymbol(name: String, layers: [XMLTag]) -> XMLTag {
        XMLTag("symbol", ["type": "marker", "name": name, "alpha": "1", "clip_to_extent": "1", "force_rhr": "0"], children: layers)
    }

    /// A circle marker symbol layer, always drawn.
    private static func circle(fill: String, outline: String, outlineWidth: String, size: String, style: String = "solid",
                               enabled: XMLTag? = nil) -> XMLTag {
        XMLTag("layer", ["class": "SimpleMarker", "enabled": "1", "locked": "0", "pass": "0"], children: [
            options([
                ("name", "circle"), ("color", fill), ("outline_color", outline), ("outline_style", style),
                ("outline_width", outlineWidth), ("outline_width_unit", "MM"), ("size", size), ("size_unit", "MM"),
                ("scale_method", "diameter"), ("joinstyle", "bevel"),
            ]),
        ] + (enabled.map { [$0] } ?? []))
    }

    /// A dashed black ring 2.4 mm wider than a symbol of `size` mm,
    /// enabled by the expression `"review"`: the distinct outline of a
    /// claim mapped by an uncertain match.
    private static func reviewRing(around size: Double) -> XMLTag {
        let enabled = XMLTag("data_defined_properties", children: [
            XMLTag("Option", ["type": "Map"], children: [
                XMLTag("Option", ["type": "QString", "name": "name", "value": ""]),
                XMLTag("Option", ["type": "Map", "name": "properties"], children: [
                    XMLTag("Option", ["type": "Map", "name": "enabled"], children: [
                        XMLTag("Option", ["type": "bool", "name": "active", "value": "true"]),
                        XMLTag("Option", ["type": "QString", "name": "expression", "value": "coalesce(\"\(reviewField)\", false)"]),
                        XMLTag("Option", ["type": "int", "name": "type", "value": "3"]),
                    ]),
                ]),
                XMLTag("Option", ["type": "QString", "name": "type", "value": "collection"]),
            ]),
        ])
        let diameter = NumberFormat.fixed(size + 2.4, decimals: 1)
        return circle(fill: "0,0,0,0", outline: "20,20,20,255", outlineWidth: "0.5", size: diameter, style: "dash", enabled: enabled)
    }

    private func singleSymbol(fill: String, outline: String, outlineWidth: String, outlineStyle: String) -> XMLTag {
        let symbol = XMLTag("symbol", ["type": "fill", "name": "0", "alpha": "1", "clip_to_extent": "1", "force_rhr": "0"], children: [
            XMLTag("layer", ["class": "SimpleFill", "enabled": "1", "locked": "0", "pass": "0"], children: [
                Self.options([
                    ("style", "solid"), ("color", fill), ("outline_color", outline), ("outline_style", outlineStyle),
                    ("outline_width", outlineWidth), ("outline_width_unit", "MM"), ("joinstyle", "bevel"),
                ]),
            ]),
        ])
        return XMLTag("renderer-v2", [
            "type": rendererType, "forceraster": "0", "symbollevels": "0", "enableorderby": "0", "referencescale": "-1",
        ], children: [XMLTag("symbols", children: [symbol])])
    }

    /// Labels of `field`; `placement` is QGIS's number: 6 around a point
    /// in cartographic order (at `dist` from the symbol's edge), 1 over a
    /// polygon's centre. Country names are no obstacle, so that they never
    /// push a claim's label off its point.
    private static func labels(field: String, size: String, color: String, italic: Bool, placement: String, obstacle: Bool) -> XMLTag {
        XMLTag("labeling", ["type": "simple"], children: [
            XMLTag("settings", ["calloutType": "simple"], children: [
                XMLTag("text-style", [
                    "fieldName": field, "isExpression": "0", "fontFamily": "DejaVu Sans", "fontSize": size, "fontSizeUnit": "Point",
                    "fontItalic": italic ? "1" : "0", "fontWeight": "50", "textColor": color, "textOpacity": "1",
                ], children: [
                    XMLTag("text-buffer", [
                        "bufferDraw": "1", "bufferSize": "0.8", "bufferSizeUnits": "MM", "bufferColor": "255,255,255,255",
                        "bufferOpacity": "0.85", "bufferNoFill": "1", "bufferJoinStyle": "128",
                    ]),
                ]),
                XMLTag("placement", ["placement": placement, "dist": "0.8", "distUnits": "MM", "offsetType": "1", "priority": "5",
                                     "predefinedPositionOrder": "TR,TL,BR,BL,R,L,TSR,BSR", "placementFlags": "10"]),
                XMLTag("rendering", ["drawLabels": "1", "obstacle": obstacle ? "1" : "0", "obstacleFactor": "1", "displayAll": "0",
                                     "upsidedownLabels": "0", "scaleVisibility": "0", "fontLimitPixelSize": "0"]),
            ]),
        ])
    }

    /// QGIS's `<Option type="Map">` holding string properties, in order.
    private static func options(_ values: [(String, String)]) -> XMLTag {
        XMLTag("Option", ["type": "Map"], children: values.map { XMLTag("Option", ["type": "QString", "name": $0.0, "value": $0.1]) })
    }
}
