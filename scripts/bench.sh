#!/usr/bin/env bash
# Release-mode benchmarks for incident-map. Prints one table; copy it into
# BENCHMARKS.md with the date and machine. Not a test: numbers vary with
# the machine's load, so compare the ratios measured side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -qq hyperfine time >/dev/null; }
done
make build >/dev/null 2>&1
bin=.build/release/incident-map
# For comparison: the same tool with the Swift runtime linked dynamically.
swift build -c release --product incident-map --scratch-path .build-dynamic >/dev/null 2>&1
dynamic=.build-dynamic/release/incident-map
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export INCIDENT_MAP_CACHE_DIR="$work/cache"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "date:    $(date -u +%Y-%m-%d)"
echo

# 1. Start-up: compiling the gazetteer index (first run) vs. mapping the cached index.
$bin lookup Goris >/dev/null    # warm the cache
hyperfine -N --warmup 5 --runs 60 --export-json "$work/lookup.json" \
  -n 'true (process floor)' 'true' \
  -n 'lookup Goris' "$bin lookup Goris" \
  -n 'lookup Jermukk (typo)' "$bin lookup Jermukk" \
  -n 'lookup Kəlbəcər (non-ASCII)' "$bin lookup Kəlbəcər" \
  -n 'lookup Goris, no cache (compiles index)' "env INCIDENT_MAP_CACHE_DIR=/proc/no-cache $bin lookup Goris" \
  -n 'lookup Goris, Swift runtime linked dynamically' "$dynamic lookup Goris" \
  >/dev/null
python3 - "$work/lookup.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = next(r["median"] for r in results if r["command"] == "lookup Goris")
print(f"| {'command':48} | {'median ms':>9} | {'min ms':>6} | {'max ms':>6} | {'÷ lookup Goris':>14} |")
print(f"| {'-'*48} | {'-'*9}:| {'-'*6}:| {'-'*6}:| {'-'*14}:|")
for r in results:
    print(f"| {r['command']:48} | {r['median']*1000:9.1f} | {r['min']*1000:6.1f} | {r['max']*1000:6.1f} | {r['median']/base:14.2f} |")
PY
echo

# 2. build: 1,000,000 generated rows to EPSG:32638, against GDAL's ogr2ogr on the same rows with lon/lat
#    filled in (ogr2ogr resolves no names: it is the floor for reading, projecting and writing).
#    The CSV has no CRS of its own, so ogr2ogr needs -s_srs EPSG:4326 besides the options the issue names.
command -v ogr2ogr >/dev/null || { sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo; $sudo apt-get install -y -qq gdal-bin >/dev/null; }
rows=1000000
scripts/generate-incidents.py $rows Gazetteer > "$work/incidents.csv"
scripts/generate-incidents.py $rows Gazetteer --with-coordinates > "$work/incidents-xy.csv"
hyperfine -N -i --runs 3 --export-json "$work/build.json" \
  -n "incident-map build (resolving names)" "$bin build $work/incidents.csv --out $work/layers --crs EPSG:32638" \
  -n "ogr2ogr (coordinates given)" \
  "ogr2ogr -overwrite -f GeoJSON -s_srs EPSG:4326 -t_srs EPSG:32638 -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat $work/ogr.geojson $work/incidents-xy.csv" \
  >/dev/null
/usr/bin/time -f '%M' -o "$work/build-memory.txt" $bin build "$work/incidents.csv" --out "$work/layers" --crs EPSG:32638 >/dev/null 2>&1 || true
/usr/bin/time -f '%M' -o "$work/ogr-memory.txt" ogr2ogr -overwrite -f GeoJSON -s_srs EPSG:4326 -t_srs EPSG:32638 \
  -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat "$work/ogr.geojson" "$work/incidents-xy.csv" >/dev/null 2>&1
unresolved=$(($(wc -l < "$work/layers/unresolved.csv") - 1))
python3 - "$work/build.json" "$rows" "$(cat "$work/build-memory.txt")" "$(cat "$work/ogr-memory.txt")" "$unresolved" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
rows, memory, ogr_memory, unresolved = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
ours, ogr = results
print(f"| {rows:,} rows → EPSG:32638 | median s | rows/s | peak memory | ÷ ogr2ogr time |")
print("| --- | ---: | ---: | ---: | ---: |")
for result, kb in ((ours, memory), (ogr, ogr_memory)):
    print(f"| {result['command']} | {result['median']:.2f} | {rows/result['median']:,.0f} | {kb/1024:.0f} MiB | {result['median']/ogr['median']:.2f} |")
print(f"build is {ogr['median']/ours['median']:.2f}× as fast as ogr2ogr (target ≥ 1.5); {unresolved:,} rows unresolved")
PY
echo

# 2b. Projection alone: the build's batch path against proj_trans_generic called directly, 1,000,000 points.
swift build -c release --product projection-benchmark >/dev/null 2>&1
.build/release/projection-benchmark 1000000 7
echo

# 3. extract: 1,000 generated articles of about 4 KB (scripts/generate-articles.py), one process, one core.
articles=1000
scripts/generate-articles.py $articles Gazetteer "$work/articles"
hyperfine -N -i --warmup 1 --runs 10 --export-json "$work/extract.json" --output=null \
  -n "extract $articles articles" "$bin extract --published 2022-09-13 $(echo "$work"/articles/*.txt)" >/dev/null
python3 - "$work/extract.json" "$articles" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
count = int(sys.argv[2])
median = result["median"]
print(f"extract {count:,} articles of ~4 KB: median {median:.2f} s (min {result['min']:.2f}, max {result['max']:.2f}), "
      f"{count/median:,.0f} articles/s (target ≥ 500)")
PY
