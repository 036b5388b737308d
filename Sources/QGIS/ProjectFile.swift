import Incidents
import Layers
import Projection

/// A QGIS project (`.qgs`) that opens the layers of one output folder as
/// intended: every layer by a path relative to the project, so the folder
/// can be moved; each with its style; the claims on top, then their zones,
/// then the grey country outlines; the project CRS and initial extent set.
public struct ProjectFile: Sendable {
    /// One layer of the project.
    public struct Entry: Sendable {
        /// QGIS's layer id, unique in the project: `incident_map_` and
        /// the layer's file stem (QGIS keeps only ids longer than 10 characters).
        public var id: String
        /// The name shown in the layers panel (`Armenia`).
        public var name: String
        /// The OGR data source, relative to the project: `./armenia.geojson`,
        /// `./incidents.gpkg|layername=armenia`.
        public var source: String
        /// The layer's CRS.
        public var crs: CRSInfo
        /// How it is drawn.
        public var style: LayerStyle

        /// Creates the entry of the layer whose file stem is `stem`.
        public init(stem: String, name: String, source: String, crs: CRSInfo, style: LayerStyle) {
            self.id = "incident_map_" + stem
            self.name = name
            self.source = source
            self.crs = crs
            self.style = style
        }
    }

    /// The project's title.
    public var title: String
    /// The CRS the map is drawn in.
    public var crs: CRSInfo
    /// The area shown on opening, in ``crs``.
    public var extent: BoundingBox
    /// The layers, top first.
    public var layers: [Entry]
    /// The days the claims span, first and last: the temporal controller's
    /// range, stepped one day at a time; `nil` when no claim is dated.
    public var days: ClosedRange<CivilDay>?
    /// The print layout, ready to export; `nil` for none.
    public var layout: PrintLayout?

    /// Creates a project.
    public init(
        title: String, crs: CRSInfo, extent: BoundingBox, layers: [Entry], days: ClosedRange<CivilDay>? = nil, layout: PrintLayout? = nil
    ) {
        self.layout = layout
        self.title = title
        self.crs = crs
        self.extent = extent
        self.layers = layers
        self.days = days
    }

    /// The `.qgs` file's text, the same for the same project.
    public var xml: String {
        let root = XMLTag("qgis", ["projectname": title, "version": "3.22.0"], children: [
            XMLTag("homePath", ["path": ""]),
            XMLTag("title", text: title),
            XMLTag("projectCrs", children: [Self.spatialReference(crs)]),
            XMLTag("layer-tree-group", children: layers.map(Self.treeLayer)),
            mapCanvas,
            viewSettings,
            timeSettings,
        ] + (layout.map { [$0.element] } ?? []) + [
            XMLTag("projectlayers", children: layers.map(Self.mapLayer)),
            XMLTag("layerorder", children: layers.map { XMLTag("layer", ["id": $0.id]) }),
            XMLTag("properties", children: [
                XMLTag("Paths", children: [XMLTag("Absolute", ["type": "bool"], text: "false")]),
                XMLTag("SpatialRefSys", children: [XMLTag("ProjectionsEnabled", ["type": "int"], text: "1")]),
            ]),
        ])
        return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + root.rendered()
    }

    private var mapCanvas: XMLTag {
        let decimals = crs.isGeographic ? 6 : 2
        let edge = { (name: String, value: Double) in XMLTag(name, text: NumberFormat.fixed(value, decimals: decimals)) }
        return XMLTag("mapcanvas", ["name": "theMapCanvas", "annotationsVisible": "1"], children: [
            XMLTag("units", text: crs.isGeographic ? "degrees" : "meters"),
            XMLTag("extent", children: [edge("xmin", extent.minX), edge("ymin", extent.minY), edge("xmax", extent.maxX), edge("ymax", extent.maxY)]),
            XMLTag("rotation", text: "0"),
            XMLTag("destinationsrs", children: [Self.spatialReference(crs)]),
        ])
    }

    /// The extent QGIS opens the project on (read by QGIS 3.18 and later).
    private var viewSettings: XMLTag {
        let decimals = crs.isGeographic ? 6 : 2
        let format = { (value: Double) in NumberFormat.fixed(value, decimals: decimals) }
        return XMLTag("ProjectViewSettings", ["UseProjectScales": "0", "rotation": "0"], children: [
            XMLTag("Scales"),
            XMLTag("DefaultViewExtent", [
                "xmin": format(extent.minX), "ymin": format(extent.minY), "xmax": format(extent.maxX), "ymax": format(extent.maxY),
            ], children: [Self.spatialReference(crs)]),
        ])
    }

    /// The temporal controller's range, from the first day's midnight to
    /// the midnight after the last day, in steps of one day. The times are
    /// local, like the dates in the layers, so a claim is on its own day
    /// wherever the project is opened.
    private var timeSettings: XMLTag {
        let range = days.map { ($0.lowerBound.iso + "T00:00:00", $0.upperBound.adding(days: 1).iso + "T00:00:00") }
        return XMLTag("ProjectTimeSettings", ["cumulativeTemporalRange": "0", "timeStep": "1", "timeStepUnit": "d", "frameRate": "1"], children: [
            XMLTag("TemporalRange", children: [XMLTag("start", text: range?.0 ?? ""), XMLTag("end", text: range?.1 ?? "")]),
        ])
    }

    /// QGIS's description of a CRS: the WKT PROJ writes, and the authority id.
    static func spatialReference(_ crs: CRSInfo) -> XMLTag {
        XMLTag("spatialrefsys", ["nativeFormat": "Wkt"], children: [
            XMLTag("wkt", text: crs.wkt),
            XMLTag("proj4", text: ""),
            XMLTag("srid", text: crs.authority == "EPSG" ? crs.code ?? "0" : "0"),
            XMLTag("authid", text: crs.authority != nil ? crs.identifier : ""),
            XMLTag("description", text: crs.name),
            XMLTag("geographicflag", text: crs.isGeographic ? "true" : "false"),
        ])
    }

    private static func treeLayer(_ entry: Entry) -> XMLTag {
        XMLTag("layer-tree-layer", [
            "id": entry.id, "name": entry.name, "source": entry.source, "providerKey": "ogr", "checked": "Qt::Checked", "expanded": "1",
        ])
    }

    private static func mapLayer(_ entry: Entry) -> XMLTag {
        let geometry = entry.style.geometryType == 0 ? "Point" : "Polygon"
        var layer = XMLTag("maplayer", [
            "type": "vector", "geometry": geometry, "wkbType": geometry, "labelsEnabled": entry.style.labeling == nil ? "0" : "1",
            "readOnly": "0", "hasScaleBasedVisibilityFlag": "0",
        ], children: [
            XMLTag("id", text: entry.id),
            XMLTag("datasource", text: entry.source),
            XMLTag("layername", text: entry.name),
            XMLTag("srs", children: [spatialReference(entry.crs)]),
            XMLTag("provider", ["encoding": "UTF-8"], text: "ogr"),
        ])
        layer.children += entry.style.styleElements
        return layer
    }
}
