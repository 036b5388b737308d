import Layers
import Projection

/// The print layout of the project (QGIS's *Layouts*, `Project ▸ Layouts ▸
/// Briefing`): an A4 landscape page ready to export as PDF or PNG, with
/// the title, the dates the claims cover, the map, its legend, a scale bar,
/// a north arrow, and the attributions the data's licences require.
///
/// Items have fixed ids (`title`, `dates`, `map`, `legend`, `scalebar`,
/// `north-arrow`, `attribution`), so a script can find them, and fixed
/// uuids, so the project is the same, byte for byte, for the same layers.
public struct PrintLayout: Sendable {
    /// The layout's name in QGIS.
    public static let name = "Briefing"
    /// What GeoNames' licence (CC BY 4.0) and Natural Earth's terms ask the map to say.
    public static let attributions = [
        "Data from GeoNames (geonames.org), CC BY 4.0",
        "Made with Natural Earth (naturalearthdata.com)",
    ]

    /// The title at the top of the page.
    public var title: String
    /// The line under it: the days the claims cover.
    public var dates: String
    /// The area the map shows, in the project CRS (widened to the map's proportions).
    public var extent: BoundingBox
    /// The project CRS, whose units the scale bar counts (metres).
    public var crs: CRSInfo

    /// Creates a layout.
    public init(title: String, dates: String, extent: BoundingBox, crs: CRSInfo) {
        self.title = title
        self.dates = dates
        self.extent = extent
        self.crs = crs
    }

    // The page, in millimetres: A4 landscape, the map on the left, the legend and notes on the right.
    private static let page = (width: 297.0, height: 210.0)
    private static let map = (x: 10.0, y: 30.0, width: 205.0, height: 170.0)
    private static let side = (x: 222.0, width: 65.0)

    /// The `<Layouts>` element of the project.
    public var element: XMLTag {
        XMLTag("Layouts", children: [
            XMLTag("Layout", ["name": Self.name, "units": "mm", "printResolution": "300", "worldFileMap": ""], children: [
                XMLTag("PageCollection", children: [item(65638, id: "", uuid: 0, x: 0, y: 0, width: Self.page.width, height: Self.page.height,
                                                         extra: ["background": "true"])]),
                label(id: "title", uuid: 1, text: title, y: 8, height: 12, font: "DejaVu Sans,20,-1,5,75,0,0,0,0,0"),
                label(id: "dates", uuid: 2, text: dates, y: 20, height: 7, font: "DejaVu Sans,11,-1,5,50,0,0,0,0,0"),
                mapItem,
                northArrow,
                scaleBar,
                legend,
                label(id: "attribution", uuid: 7, text: Self.attributions.joined(separator: ".\n") + ".", x: Self.side.x, y: 168,
                      width: Self.side.width, height: 32, font: "DejaVu Sans,7,-1,5,50,0,0,0,0,0"),
            ]),
        ])
    }

    /// The uuid of item `number`: fixed, so the file is the same every time.
    private static func uuid(_ number: Int) -> String {
        "{1ac1d000-0000-4000-8000-00000000000\(number)}"
    }

    private static func millimetres(_ value: Double) -> String { NumberFormat.fixed(value, decimals: 2) }

    /// A layout item of QGIS type `type` (65638 page, 65639 map, 65640
    /// picture, 65641 label, 65642 legend, 65646 scale bar) at `x`, `y` with
    /// `width` × `height` mm; `extra` attributes and `children` are the item's own.
    private func item(_ type: Int, id: String, uuid: Int, x: Double, y: Double, width: Double, height: Double,
                      extra: KeyValuePairs<String, String> = [:], children: [XMLTag] = []) -> XMLTag {
        let mm = Self.millimetres
        var tag = XMLTag("LayoutItem", [
            "type": String(type), "id": id, "uuid": Self.uuid(uuid), "templateUuid": Self.uuid(uuid), "groupUuid": "",
            "position": "\(mm(x)),\(mm(y)),mm", "positionOnPage": "\(mm(x)),\(mm(y)),mm", "size": "\(mm(width)),\(mm(height)),mm",
            "referencePoint": "0", "itemRotation": "0", "zValue": String(uuid + 1), "visibility": "1", "opacity": "1",
            "frame": "false", "background": "false", "positionLock": "false", "excludeFromExports": "0", "blendMode": "0",
            "outlineWidthM": "0.3,mm", "frameJoinStyle": "miter",
        ], children: [
            XMLTag("FrameColor", ["red": "60", "green": "60", "blue": "60", "alpha": "255"]),
            XMLTag("BackgroundColor", ["red": "255", "green": "255", "blue": "255", "alpha": "255"]),
        ] + children)
        for (name, value) in extra {
            if let index = tag.attributes.firstIndex(where: { $0.name == name }) {
                tag.attributes[index].value = value
            } else {
                tag.attributes.append(XMLTag.Attribute(name: name, value: value))
            }
        }
        return tag
    }

    private func label(id: String, uuid: Int, text: String, x: Double = Self.map.x, y: Double, width: Double = Self.page.width - 20,
                       height: Double, font: String) -> XMLTag {
        item(65641, id: id, uuid: uuid, x: x, y: y, width: width, height: height,
             extra: ["labelText": text, "htmlState": "0", "marginX": "0", "marginY": "0", "halign": "1", "valign": "32"],
             children: [XMLTag("LabelFont", ["description": font, "style": ""]),
                        XMLTag("FontColor", ["red": "30", "green": "30", "blue": "30", "alpha": "255"])])
    }

    private var mapItem: XMLTag {
        let box = fitted(extent)
        let format = { (value: Double) in NumberFormat.fixed(value, decimals: crs.isGeographic ? 6 : 2) }
        return item(65639, id: "map", uuid: 3, x: Self.map.x, y: Self.map.y, width: Self.map.width, height: Self.map.height,
                     extra: ["frame": "true", "background": "true", "keepLayerSet": "false", "drawCanvasItems": "true",
                             "mapRotation": "0", "isTemporal": "0", "followPreset": "false", "followPresetName": "",
                             "mapFlags": "0", "labelMargin": "0,mm"],
                     children: [
                         XMLTag("Extent", ["xmin": format(box.minX), "ymin": format(box.minY), "xmax": format(box.maxX), "ymax": format(box.maxY)]),
                         XMLTag("crs", children: [ProjectFile.spatialReference(crs)]),
                         XMLTag("LayerSet"),
                     ])
    }

    /// `box` widened (never cut) to the map item's proportions, about the same centre.
    private func fitted(_ box: BoundingBox) -> BoundingBox {
        let ratio = Self.map.width / Self.map.height
        let width = max(box.width, box.height * ratio), height = width / ratio
        let x = (box.minX + box.maxX) / 2, y = (box.minY + box.maxY) / 2
        return BoundingBox(minX: x - width / 2, minY: y - height / 2, maxX: x + width / 2, maxY: y + height / 2)
    }

    private var northArrow: XMLTag {
        item(65640, id: "north-arrow", uuid: 4, x: Self.map.x + Self.map.width - 16, y: Self.map.y + 3, width: 12, height: 18,
             extra: ["file": ":/images/north_arrows/layout_default_north_arrow.svg", "mode": "0", "resizeMode": "0",
                     "mapUuid": Self.uuid(3), "northMode": "0", "northOffset": "0", "pictureRotation": "0", "anchorPoint": "0",
                     "svgFillColor": "255,255,255,255", "svgBorderColor": "0,0,0,255", "svgBorderWidth": "0.2"])
    }

    /// A scale bar of two segments of a round number of kilometres, about a
    /// sixth of the map's width each. QGIS converts the kilometres to map
    /// units itself and divides the labels by `numMapUnitsPerScaleBarUnit`,
    /// so that stays 1 (found by exporting the layout: 1000 labels 20 km as 0.02).
    private var scaleBar: XMLTag {
        let kilometres = fitted(extent).width / 1000
        let segment = Self.roundNumber(kilometres / 6)
        return item(65646, id: "scalebar", uuid: 5, x: Self.map.x + 4, y: Self.map.y + Self.map.height - 14, width: 60, height: 11,
                    extra: ["mapUuid": Self.uuid(3), "style": "Single Box", "unitType": "km", "unitLabel": "km",
                            "numSegments": "2", "numSegmentsLeft": "0", "numSubdivisions": "1", "subdivisionsHeight": "1.5",
                            "numUnitsPerSegment": NumberFormat.fixed(segment, decimals: 3), "segmentSizeMode": "0",
                            "numMapUnitsPerScaleBarUnit": "1", "height": "3", "labelBarSpace": "2", "boxContentSpace": "1",
                            "alignment": "0", "outlineWidth": "0.3", "background": "true", "minBarWidth": "50", "maxBarWidth": "150",
                            "lineJoinStyle": "miter", "lineCapStyle": "square", "labelVerticalPlacement": "0",
                            "labelHorizontalPlacement": "0", "segmentMillimeters": "0"],
                    children: [XMLTag("text-style", ["fontFamily": "DejaVu Sans", "fontSize": "8", "fontSizeUnit": "Point",
                                                      "textColor": "30,30,30,255", "textOpacity": "1", "fontWeight": "50"])])
    }

    /// 1, 2 or 5 times a power of ten, the largest not above `value`.
    public static func roundNumber(_ value: Double) -> Double {
        guard value > 0 else { return 1 }
        var power = 1.0
        while power * 10 <= value { power *= 10 }
        while power > value { power /= 10 }
        return [5.0, 2, 1].map { $0 * power }.first { $0 <= value } ?? power
    }

    private var legend: XMLTag {
        item(65642, id: "legend", uuid: 6, x: Self.side.x, y: Self.map.y, width: Self.side.width, height: 120,
             extra: ["map_uuid": Self.uuid(3), "title": "Legend", "resizeToContents": "1", "columnCount": "1", "symbolWidth": "7",
                     "symbolHeight": "4", "boxSpace": "2", "columnSpace": "2", "lineSpacing": "1", "wrapChar": "",
                     "fontColor": "#1e1e1e", "titleAlignment": "1", "symbolAlignment": "1", "background": "true",
                     "equalColumnWidth": "0", "splitLayer": "0", "legendFilterByAtlas": "0"],
             children: [XMLTag("styles", children: [
                 legendStyle("title", font: "DejaVu Sans,12,-1,5,75,0,0,0,0,0", margin: ("marginBottom", "3")),
                 legendStyle("group", font: "DejaVu Sans,10,-1,5,75,0,0,0,0,0", margin: ("marginTop", "3")),
                 legendStyle("subgroup", font: "DejaVu Sans,9,-1,5,75,0,0,0,0,0", margin: ("marginTop", "2")),
                 legendStyle("symbol", font: "DejaVu Sans,8,-1,5,50,0,0,0,0,0", margin: ("marginTop", "1.5")),
                 legendStyle("symbolLabel", font: "DejaVu Sans,8,-1,5,50,0,0,0,0,0", margin: ("marginTop", "1.5")),
             ])])
    }

    private func legendStyle(_ name: String, font: String, margin: (String, String)) -> XMLTag {
        var style = XMLTag("style", ["name": name, "alignment": "1", "indent": "0"], children: [XMLTag("styleFont", ["description": font, "style": ""])])
        style.attributes.append(XMLTag.Attribute(name: margin.0, value: margin.1))
        return style
    }
}
