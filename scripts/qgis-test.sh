#!/usr/bin/env bash
# The QGIS integration test (`make test-qgis`): builds the example (both files
# of Examples/, so that one place is contested) with every
# output (GeoJSON, GeoPackage, zones, project) in EPSG:4326 and in
# EPSG:32638, and once as GeoPackage only, then loads each folder with QGIS
# itself (Debian's python3-qgis, headless) through scripts/qgis-check.py.
# Ends with one line `N passed, N failed` over all the checks.
set -uo pipefail
cd "$(dirname "$0")/.."
binary=${INCIDENT_MAP_BINARY:-.build/debug/incident-map}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 "$work/runtime"
sides=(--side "armenia:Armenia:6:#00798c" --side "azerbaijan:Azerbaijan:4:#d1495b" --contested 1)
passed=0 failed=0

# check LABEL BUILD-ARGUMENTS... -- CHECK-ARGUMENTS...
check() {
  local label=$1; shift
  local build=() dir="$work/$label"
  while [ "$1" != "--" ]; do build+=("$1"); shift; done
  shift
  "$binary" build Examples/september-2022-border-clashes.csv Examples/contested-claims.csv --out "$dir" "${build[@]}" > /dev/null 2> "$work/$label.stderr"
  local status=$?
  if [ $status -ne 0 ] && [ $status -ne 2 ]; then
    echo "FAILED $label: incident-map build exited with $status"; cat "$work/$label.stderr"; failed=$((failed + 1)); return
  fi
  echo "== $label"
  /usr/bin/python3 scripts/qgis-check.py "$dir" "$@" 2> "$work/$label.qgis.stderr" | tee "$work/$label.out" | grep -v '^ok '
  local summary
  summary=$(tail -n 1 "$work/$label.out")
  if [[ $summary =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
    passed=$((passed + BASH_REMATCH[1])) failed=$((failed + BASH_REMATCH[2]))
  else
    echo "FAILED $label: QGIS did not finish the checks"; grep -v XDG_RUNTIME "$work/$label.qgis.stderr"; failed=$((failed + 1))
  fi
}

check wgs84 --format geojson,gpkg --zones --project -- --crs EPSG:4326 "${sides[@]}" --gpkg --zones --project EPSG:32638 --temporal
check utm38n --crs EPSG:32638 --format geojson,gpkg --zones --project -- --crs EPSG:32638 "${sides[@]}" --gpkg --zones --project EPSG:32638 --temporal
check gpkg-only --crs EPSG:32638 --format gpkg --project -- --crs EPSG:32638 "${sides[@]}" --gpkg --skip-geojson --project EPSG:32638 --temporal
# The print layout of the first folder's project, exported to PDF and PNG by
# QGIS (QgsLayoutExporter); LAYOUT_OUTPUT=DIR keeps the files there.
layout_dir=${LAYOUT_OUTPUT:-$work}
echo "== layout"
/usr/bin/python3 scripts/qgis-layout.py "$work/wgs84/incidents.qgs" "$layout_dir/layout.pdf" "$layout_dir/layout.png" \
  2> "$work/layout.stderr" | tee "$work/layout.out" | grep -v '^ok '
if [[ $(tail -n 1 "$work/layout.out") =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
  passed=$((passed + BASH_REMATCH[1])) failed=$((failed + BASH_REMATCH[2]))
else
  echo "FAILED layout: QGIS did not finish the checks"; grep -v XDG_RUNTIME "$work/layout.stderr"; failed=$((failed + 1))
fi
echo "QGIS: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
