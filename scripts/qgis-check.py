#!/usr/bin/python3
"""Loads the outputs of `incident-map build` with QGIS itself (python3-qgis,
headless) and checks them: every layer valid, in the expected CRS, with the
expected feature count, the GeoJSON's field names and types, and its style
(renderer type and the side's colour); the project opens with every layer
valid. Prints one line per check and ends with `N passed, N failed`.

usage: qgis-check.py DIR --crs EPSG:32638 --side armenia:Armenia:6:#00798c ...
           [--gpkg] [--skip-geojson] [--zones] [--project EPSG:32638]
"""
import argparse
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer, QgsWkbTypes  # noqa: E402

results = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    print(("ok     " if condition else "FAILED ") + name + ("" if condition else f": {detail}"))


def geojson_fields(path):
    """Field name -> 'text' | 'integer' | 'real', from the first non-null value of each property."""
    with open(path, encoding="utf-8") as f:
        collection = json.load(f)
    fields = {}
    for feature in collection["features"]:
        for name, value in feature["properties"].items():
            if fields.get(name) is not None:
                continue
            if value is None:
                fields.setdefault(name, None)
            elif isinstance(value, bool) or isinstance(value, str):
                fields[name] = "text"
            elif isinstance(value, int):
                fields[name] = "integer"
            else:
                fields[name] = "real"
    return {name: kind or "text" for name, kind in fields.items()}


def kind(field):
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
    if layer.dataProvider().storageType() == "GeoJSON":
        # GDAL's GeoJSON driver reads ISO 8601 strings as dates; the GeoPackage keeps them as text.
        actual = {name: "text" if value == "datetime" else value for name, value in actual.items()}
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
        check(f"{label}: labels from resolved", layer.labelsEnabled() and layer.labeling().settings().fieldName == "resolved")
    else:
        check(f"{label}: drawn in {color}", color_of(renderer.symbol()) == color, color_of(renderer.symbol()))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--crs", required=True)
    parser.add_argument("--side", action="append", default=[], help="stem:Name:count:#rrggbb")
    parser.add_argument("--gpkg", action="store_true")
    parser.add_argument("--skip-geojson", action="store_true", help="the build wrote the GeoPackage only")
    parser.add_argument("--zones", action="store_true")
    parser.add_argument("--project", metavar="CRS")
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
            check_layer(f"{stem}-zones.geojson", QgsVectorLayer(zones, name + " zones", "ogr"), args.crs, int(count),
                        zone_fields, color, "singleSymbol", "Polygon")
    if args.project:
        project = QgsProject.instance()
        path = os.path.join(folder, "incidents.qgs")
        check("incidents.qgs: opens", project.read(path), path)
        layers = list(project.mapLayers().values())
        expected = len(args.side) * (2 if args.zones else 1) + 1
        check(f"incidents.qgs: {expected} layers", len(layers) == expected, [l.name() for l in layers])
        for layer in layers:
            check(f"incidents.qgs: layer {layer.name()} valid", layer.isValid(), layer.source())
        check(f"incidents.qgs: project CRS {args.project}", project.crs().authid() == args.project, project.crs().authid())
        order = [layer.name() for layer in project.layerTreeRoot().layerOrder()]
        check("incidents.qgs: country outlines drawn last (under the incidents)", order and order[-1] == "Countries", order)
        check("incidents.qgs: relative paths", project.readBoolEntry("Paths", "/Absolute", True)[0] is False)
        check("incidents.qgs: initial extent set", not project.viewSettings().defaultViewExtent().isEmpty())
    app.exitQgis()
    passed = results.count(True)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
