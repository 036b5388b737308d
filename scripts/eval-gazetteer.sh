#!/usr/bin/env bash
# Assembles the world gazetteer the evaluation corpus is annotated against, and indexes it:
#   GeoNames cities500.txt and admin1-world.tsv (from $INCIDENT_MAP_DATA, default ../shared/data),
#   every GeoNames, curated and table file of Gazetteer/ (caucasus.txt, admin1.tsv, curated-features.tsv,
#   states.tsv), and sides.tsv = Gazetteer/sides.tsv followed by the rows of Tests/Corpus/sides.tsv (the
#   corpus's non-state sides).
# The folder (default .build/eval-gazetteer, never committed) is refreshed only where a source changed, and
# indexed only when its index is not current, so a second run costs nothing.
# Usage: scripts/eval-gazetteer.sh [path/to/incident-map] [FOLDER]   (prints the folder)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/incident-map}
folder=${2:-.build/eval-gazetteer}
data=${INCIDENT_MAP_DATA:-../shared/data}
for source in "$data/geonames/cities500.txt" "$data/geonames/admin1-world.tsv"; do
  [ -f "$source" ] || { echo "eval-gazetteer: $source not found (set INCIDENT_MAP_DATA to the shared data folder)" >&2; exit 1; }
done
[ -x "$bin" ] || { echo "eval-gazetteer: $bin not found or not executable (make build)" >&2; exit 1; }
mkdir -p "$folder"

# Copies $1 to $folder/$2 unless an identical copy is there (cmp), keeping the source's time.
refresh() {
  if ! cmp -s "$1" "$folder/$2"; then cp -p "$1" "$folder/$2.tmp" && mv "$folder/$2.tmp" "$folder/$2"; fi
}
refresh "$data/geonames/cities500.txt" cities500.txt
refresh "$data/geonames/admin1-world.tsv" admin1-world.tsv
for file in Gazetteer/*.txt Gazetteer/*.tsv; do
  [ "$(basename "$file")" = sides.tsv ] || refresh "$file" "$(basename "$file")"
done
sides=$(mktemp)
trap 'rm -f "$sides"' EXIT
cat Gazetteer/sides.tsv > "$sides"
if [ -f Tests/Corpus/sides.tsv ]; then
  # The corpus file has the same columns (side, aliases, countries): its rows without its header and comments.
  grep -v '^#' Tests/Corpus/sides.tsv | tail -n +2 >> "$sides"
fi
refresh "$sides" sides.tsv

if ! "$bin" gazetteer stats "$folder" 2>/dev/null | grep -q '^status: *current'; then
  "$bin" gazetteer index "$folder" >&2
fi
echo "$folder"
