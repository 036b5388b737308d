#!/usr/bin/python3
"""Renders a QGIS project to PNG with QGIS's own renderer
(QgsMapRendererSequentialJob), headless: the checked layers in the layer
tree's order, in the project CRS, over the project's default view extent.

usage: qgis-render.py PROJECT.qgs OUT.png [WIDTH HEIGHT]
"""
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsMapRendererSequentialJob, QgsMapSettings, QgsProject  # noqa: E402
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def main():
    if len(sys.argv) not in (3, 5):
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 64
    project_path, output = sys.argv[1], sys.argv[2]
    width, height = (int(sys.argv[3]), int(sys.argv[4])) if len(sys.argv) == 5 else (1200, 900)
    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    if not project.read(project_path):
        print(f"{project_path}: QGIS cannot read the project", file=sys.stderr)
        return 1
    settings = QgsMapSettings()
    settings.setLayers(project.layerTreeRoot().checkedLayers())
    settings.setDestinationCrs(project.crs())
    settings.setTransformContext(project.transformContext())
    settings.setOutputSize(QSize(width, height))
    settings.setOutputDpi(110)
    settings.setBackgroundColor(QColor(220, 232, 239))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    settings.setFlag(QgsMapSettings.DrawLabeling, True)
    settings.setExtent(project.viewSettings().defaultViewExtent())
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    if not job.renderedImage().save(output, "PNG"):
        print(f"{output}: cannot write the image", file=sys.stderr)
        return 1
    print(f"{output}: {len(settings.layers())} layers in {project.crs().authid()}, {width} x {height} px")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
