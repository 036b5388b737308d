#!/usr/bin/python3
"""Loads the outputs of `incident-map build` with QGIS itself (python3-qgis,
headless) and checks them: every layer valid, in the expected CRS, with the
expected feature count, the GeoJSON's field names and types, and its style
(renderer type and the side's colour); the project opens with every layer
valid. Prints one line per check and ends with `N passed, N failed`.

With --contested N, the contested places layer (contested.geojson, or the
GeoPackage's table) must hold N features with the same fields. With
--temporal, the project's temporal controller is stepped frame by frame
over its range, one day per step, and each layer's features in each frame
(the filter QGIS's renderer applies) must be exactly those whose date (for
contested places, whose window) falls on that day, as the data says.

usage: qgis-check.py DIR --crs EPSG:32638 --side armenia:Armenia:6:#00798c ...
           [--gpkg] [--skip-geojson] [--zones] [--project EPSG:32638] [--contested N] [--temporal]
"""
import datetime
import sqlite3
import argparse
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication, QgsDateTimeRange, QgsExpression, QgsFeatureRequest, QgsInterval, QgsProject, QgsSymbolLayer,
    QgsTemporalNavigationObject, QgsVectorLayer, QgsVectorLayerTemporalContext, QgsWkbTypes,
)

results = []
# Properties written as date-times (ISO 8601 strings that GDAL reads as DateTime).
DATETIME_FIELDS = {"date", "last_date"}


def check(name, condition, detail=""):
    results.append(bool(condition))
    print(("ok     " if condition else "FAILED ") + name + ("" if condition else f": {detail}"))


def geojson_fields(path):
    """Field name -> 'text' | 'integer' | 'real' | 'boolean', from the first non-null value of each property."""
    with open(path, encoding="utf-8") as f:
        collection = json.load(f)
    fields = {}
    for feature in collection["features"]:
        for name, value in feature["properties"].items():
            if fields.get(name) is not None:
                continue
            if value is None:
                fields.setdefault(name, None)
            elif isinstance(value, bool):
                fields[name] = "boolean"
            elif name in DATETIME_FIELDS:
                fields[name] = "datetime"
            elif isinstance(value, str):
                fields[name] = "text"
            elif isinstance(value, int):
                fields[name] = "integer"
            else:
                fields[name] = "real"
    return {name: kind or ("datetime" if name in DATETIME_FIELDS else "text") for name, kind in fields.items()}


def kind(field):
    if field.type() == 1:  # QVariant::Bool (GDAL's Integer(Boolean))
        return "boolean"
    if field.type() in (2, 4):  # QVariant::Int, QVariant::LongLong
        return "integer"
    if field.type() == 6:  # QVariant::Double
        return "real"
    if field.type() == 10:  # QVariant::String
        return "text"
    if field.type() in (14, 16):  # QVariant::Date, QVariant::DateTime
        return "datetime"
    return field.typeName()


def color_of(symbol):
    c = symbol.symbolLayer(0).strokeColor() if symbol.symbolLayer(0).fillColor().alpha() == 0 else symbol.color()
    return c.name()


def review_ring(symbol):
    """Whether the symbol's second layer is a dashed ring drawn only where "review" is true."""
    if symbol.symbolLayerCount() != 2:
        return False
    ring = symbol.symbolLayer(1)
    enabled = ring.dataDefinedProperties().property(QgsSymbolLayer.PropertyLayerEnabled)
    return ring.strokeStyle() == 2 and enabled.isActive() and '"review"' in enabled.expressionString()  # 2: Qt.DashLine


def check_layer(label, layer, crs, count, fields, color, renderer_type, geometry):
    check(f"{label}: valid", layer.isValid(), layer.source())
    if not layer.isValid():
        return
    check(f"{label}: CRS {crs}", layer.crs().authid() == crs, layer.crs().authid())
    check(f"{label}: {count} features", layer.featureCount() == count, layer.featureCount())
    check(f"{label}: {geometry} geometry", QgsWkbTypes.geometryDisplayString(layer.geometryType()) == geometry,
          QgsWkbTypes.geometryDisplayString(layer.geometryType()))
    actual = {f.name(): kind(f) for f in layer.fields() if f.name() != "fid"}
    if fields is None:  # no GeoJSON to compare with: the GeoPackage's own columns
        fields = {name: value for name, value in actual.items()}
    check(f"{label}: field names in order", list(actual) == list(fields), f"{list(actual)} != {list(fields)}")
    check(f"{label}: field types", actual == fields, {k: (v, actual.get(k)) for k, v in fields.items() if actual.get(k) != v})
    renderer = layer.renderer()
    check(f"{label}: renderer {renderer_type}", renderer is not None and renderer.type() == renderer_type,
          renderer.type() if renderer else None)
    if renderer is None:
        return
    if renderer.type() == "categorizedSymbol":
        check(f"{label}: categorised by precision", renderer.classAttribute() == "precision", renderer.classAttribute())
        categories = renderer.categories()  # keeps the symbols alive while they are read
        symbols = {c.value(): c.symbol() for c in categories}
        check(f"{label}: exact claims in {color}", "exact" in symbols and color_of(symbols["exact"]) == color,
              {k: color_of(s) for k, s in symbols.items()})
        check(f"{label}: direction claims hollow", "direction" in symbols and symbols["direction"].symbolLayer(0).fillColor().alpha() == 0)
        check(f"{label}: labels from label", layer.labelsEnabled() and layer.labeling().settings().fieldName == "label")
        check(f"{label}: a dashed review ring enabled by \"review\" on every symbol",
              all(review_ring(s) for s in symbols.values()), {k: review_ring(s) for k, s in symbols.items()})
    else:
        check(f"{label}: drawn in {color}", color_of(renderer.symbol()) == color, color_of(renderer.symbol()))


def day(text):
    """The calendar day of an ISO 8601 date-time as written (its local day)."""
    return datetime.date.fromisoformat(text[:10]) if text else None


def raw_days(layer):
    """id -> (first day, last day) of every feature, read from the file itself (GeoJSON with json, GeoPackage with sqlite3)."""
    source = layer.source().split("|")[0]
    if source.endswith(".gpkg"):
        table = layer.source().split("layername=")[1]
        with sqlite3.connect(source) as db:
            columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
            last = '"last_date"' if "last_date" in columns else '"date"'
            rows = db.execute(f'SELECT "id", "date", {last} FROM "{table}"').fetchall()
        return {row[0]: (day(row[1]), day(row[2])) for row in rows}
    with open(source, encoding="utf-8") as f:
        features = json.load(f)["features"]
    return {f["properties"]["id"]: (day(f["properties"]["date"]), day(f["properties"].get("last_date", f["properties"]["date"])))
            for f in features}


def check_temporal(project):
    """Steps the project's temporal controller one frame at a time and compares what each layer shows with its dates."""
    settings = project.timeSettings()
    check("temporal: one day per step", settings.timeStep() == 1 and settings.timeStepUnit() == 4,  # QgsUnitTypes::TemporalDays
          (settings.timeStep(), settings.timeStepUnit()))
    layers = [l for l in project.mapLayers().values() if l.temporalProperties().isActive()]
    check("temporal: every incident layer is temporal (all but the outlines)", len(layers) == len(project.mapLayers()) - 1,
          [l.name() for l in layers])
    data = {layer.id(): raw_days(layer) for layer in layers}
    days = [d for spans in data.values() for span in spans.values() for d in span if d]
    first, last = min(days), max(days)
    extent = settings.temporalRange()
    check(f"temporal: range {first} to the midnight after {last}",
          extent.begin().date().toPyDate() == first and extent.end().date().toPyDate() == last + datetime.timedelta(days=1)
          and extent.begin().time().toPyTime() == datetime.time(0) and extent.end().time().toPyTime() == datetime.time(0),
          (extent.begin().toString("yyyy-MM-dd hh:mm"), extent.end().toString("yyyy-MM-dd hh:mm")))
    navigation = QgsTemporalNavigationObject()
    navigation.setTemporalExtents(extent)
    navigation.setFrameDuration(QgsInterval(settings.timeStep(), settings.timeStepUnit()))
    check(f"temporal: {(last - first).days + 1} frames", navigation.totalFrameCount() == (last - first).days + 1, navigation.totalFrameCount())
    for frame in range(navigation.totalFrameCount()):
        span = navigation.dateTimeRangeForFrameNumber(frame)
        today = span.begin().date().toPyDate()
        counts = []
        for layer in layers:
            context = QgsVectorLayerTemporalContext()
            context.setLayer(layer)
            expression = QgsExpression(layer.temporalProperties().createFilterString(context, span))
            shown = sorted(f["id"] for f in layer.getFeatures(QgsFeatureRequest(expression)))
            expected = sorted(i for i, (a, b) in data[layer.id()].items() if a and a <= today <= b)
            check(f"temporal: {today} {layer.name()} shows its {len(expected)} features of the day", shown == expected, f"{shown} != {expected}")
            counts.append(f"{layer.name()} {len(shown)}")
        print(f"frame {frame}: {today}: " + ", ".join(counts))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--crs", required=True)
    parser.add_argument("--side", action="append", default=[], help="stem:Name:count:#rrggbb")
    parser.add_argument("--gpkg", action="store_true")
    parser.add_argument("--skip-geojson", action="store_true", help="the build wrote the GeoPackage only")
    parser.add_argument("--zones", action="store_true")
    parser.add_argument("--project", metavar="CRS")
    parser.add_argument("--contested", type=int, metavar="N", help="the contested places layer holds N features")
    parser.add_argument("--temporal", action="store_true", help="step the project's temporal controller day by day")
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    folder = os.path.abspath(args.folder)
    for spec in args.side:
        stem, name, count, color = spec.split(":")
        geojson = os.path.join(folder, stem + ".geojson")
        if args.skip_geojson:
            check(f"{stem}.geojson: not written", not os.path.exists(geojson))
            fields = None
        else:
            fields = geojson_fields(geojson)
            check_layer(f"{stem}.geojson", QgsVectorLayer(geojson, name, "ogr"), args.crs, int(count), fields, color,
                        "categorizedSymbol", "Point")
        if args.gpkg:
            source = os.path.join(folder, "incidents.gpkg") + "|layername=" + stem
            check_layer(f"incidents.gpkg {stem}", QgsVectorLayer(source, name, "ogr"), args.crs, int(count), fields, color,
                        "categorizedSymbol", "Point")
        if args.zones:
            zones = os.path.join(folder, stem + "-zones.geojson")
            zone_fields = geojson_fields(zones)
            with open(geojson, encoding="utf-8") as f:
                imprecise = sum(1 for feature in json.load(f)["features"] if feature["properties"]["precision"] in ("direction", "region"))
            check_layer(f"{stem}-zones.geojson", QgsVectorLayer(zones, name + " zones", "ogr"), args.crs, imprecise,
                        zone_fields, color, "singleSymbol", "Polygon")
    if args.contested is not None:
        geojson = os.path.join(folder, "contested.geojson")
        fields = None if args.skip_geojson else geojson_fields(geojson)
        if not args.skip_geojson:
            check_layer("contested.geojson", QgsVectorLayer(geojson, "Contested places", "ogr"), args.crs, args.contested, fields,
                        "#ffd400", "singleSymbol", "Point")
        if args.gpkg:
            source = os.path.join(folder, "incidents.gpkg") + "|layername=contested"
            check_layer("incidents.gpkg contested", QgsVectorLayer(source, "Contested places", "ogr"), args.crs, args.contested,
                        fields, "#ffd400", "singleSymbol", "Point")
    if args.project:
        project = QgsProject.instance()
        path = os.path.join(folder, "incidents.qgs")
        check("incidents.qgs: opens", project.read(path), path)
        layers = list(project.mapLayers().values())
        expected = len(args.side) * (2 if args.zones else 1) + 1 + (1 if args.contested else 0)
        check(f"incidents.qgs: {expected} layers", len(layers) == expected, [l.name() for l in layers])
        for layer in layers:
            check(f"incidents.qgs: layer {layer.name()} valid", layer.isValid(), layer.source())
        check(f"incidents.qgs: project CRS {args.project}", project.crs().authid() == args.project, project.crs().authid())
        order = [layer.name() for layer in project.layerTreeRoot().layerOrder()]
        check("incidents.qgs: country outlines drawn last (under the incidents)", order and order[-1] == "Countries", order)
        check("incidents.qgs: relative paths", project.readBoolEntry("Paths", "/Absolute", True)[0] is False)
        check("incidents.qgs: initial extent set", not project.viewSettings().defaultViewExtent().isEmpty())
        if args.temporal:
            check_temporal(project)
    app.exitQgis()
    passed = results.count(True)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
