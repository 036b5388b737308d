#!/usr/bin/python3
"""Exports the print layout of a project written by `incident-map build
--project` with QGIS itself (QgsLayoutExporter, headless) to PDF and PNG, and
checks it: the layout "Briefing" exists with its items (title, dates, map,
legend, scale bar, north arrow, attribution), the text items hold the title
and the attributions the data's licences require, and both files are
written. Prints one line per check and ends with `N passed, N failed`.

usage: qgis-layout.py PROJECT.qgs OUT.pdf OUT.png [--title TEXT] [--dpi 100]
"""
import argparse
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import (  # noqa: E402
    QgsApplication, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemLegend, QgsLayoutItemMap, QgsLayoutItemPicture,
    QgsLayoutItemScaleBar, QgsProject,
)
from qgis.PyQt.QtGui import QImage  # noqa: E402

ATTRIBUTIONS = ["Data from GeoNames (geonames.org), CC BY 4.0", "Made with Natural Earth"]
results = []


def check(name, condition, detail=""):
    results.append(bool(condition))
    print(("ok     " if condition else "FAILED ") + name + ("" if condition else f": {detail}"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("pdf")
    parser.add_argument("png")
    parser.add_argument("--title")
    parser.add_argument("--dpi", type=int, default=100)
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    check("project opens", project.read(args.project), args.project)
    layout = project.layoutManager().layoutByName("Briefing")
    check("layout Briefing exists", layout is not None, [l.name() for l in project.layoutManager().layouts()])
    if layout is None:
        return finish(app)
    kinds = {"title": QgsLayoutItemLabel, "dates": QgsLayoutItemLabel, "attribution": QgsLayoutItemLabel, "map": QgsLayoutItemMap,
             "legend": QgsLayoutItemLegend, "scalebar": QgsLayoutItemScaleBar, "north-arrow": QgsLayoutItemPicture}
    items = {item_id: layout.itemById(item_id) for item_id in kinds}
    for item_id, kind in kinds.items():
        check(f"item {item_id} is a {kind.__name__}", isinstance(items[item_id], kind), type(items[item_id]).__name__)
    texts = {item_id: items[item_id].currentText() for item_id in ("title", "dates", "attribution") if items[item_id]}
    for attribution in ATTRIBUTIONS:
        check(f"attribution says \"{attribution}\"", attribution in texts.get("attribution", ""), texts.get("attribution"))
    if args.title:
        check(f"title is \"{args.title}\"", texts.get("title") == args.title, texts.get("title"))
    check("dates name the days", "Claims dated" in texts.get("dates", "") or "No claim" in texts.get("dates", ""), texts.get("dates"))
    if items["map"]:
        check("map shows the project's layers", len(items["map"].layersToRender()) == len(project.mapLayers()), items["map"].layersToRender())
    if items["legend"]:
        check("legend lists every layer", items["legend"].model().rowCount() == len(project.layerTreeRoot().findLayers()),
              items["legend"].model().rowCount())
    if items["scalebar"]:
        check("scale bar linked to the map, in km", items["scalebar"].linkedMap() is items["map"] and items["scalebar"].unitLabel() == "km")
    if items["north-arrow"]:
        check("north arrow is drawn from QGIS's own SVG", items["north-arrow"].picturePath().endswith("north_arrow.svg"),
              items["north-arrow"].picturePath())
    exporter = QgsLayoutExporter(layout)
    pdf = QgsLayoutExporter.PdfExportSettings()
    check("exports to PDF", exporter.exportToPdf(args.pdf, pdf) == QgsLayoutExporter.Success)
    check("PDF written", os.path.getsize(args.pdf) > 10_000 if os.path.exists(args.pdf) else False)
    image = QgsLayoutExporter.ImageExportSettings()
    image.dpi = args.dpi
    check("exports to PNG", exporter.exportToImage(args.png, image) == QgsLayoutExporter.Success)
    png = QImage(args.png)
    expected = (round(297 / 25.4 * args.dpi), round(210 / 25.4 * args.dpi))
    check(f"PNG is A4 landscape at {args.dpi} dpi", abs(png.width() - expected[0]) <= 1 and abs(png.height() - expected[1]) <= 1,
          (png.width(), png.height()))
    return finish(app)


def finish(app):
    app.exitQgis()
    passed = results.count(True)
    print(f"{passed} passed, {len(results) - passed} failed")
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
