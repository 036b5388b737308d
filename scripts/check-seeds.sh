#!/usr/bin/env bash
# Runs `incident-map map` on the two real articles in ../shared/seeds (not
# part of this repository; skipped when absent) and checks what issue 3 asks:
# Armenia claims Vardenis (616108), Sotk, Artanish, Goris, Kapan, Jermuk;
# Azerbaijan claims Dashkasan, Kalbajar, Lachin; Ishkhanasar unresolved; no
# incident at Yerevan, Baku, Moscow, Nagorno-Karabakh or in Ukraine.
# Usage: scripts/check-seeds.sh [path/to/incident-map]
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=../shared/seeds
if [ ! -d "$seeds" ]; then
  echo "check-seeds: $seeds not found, nothing to check"
  exit 0
fi
bin=${1:-.build/release/incident-map}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
"$bin" map --published 2022-09-13 "$seeds"/*.txt --out "$out" 2>"$out/stderr.txt" >/dev/null || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 2 ]; then
  echo "check-seeds: map failed with status $status:"; cat "$out/stderr.txt"; exit 1
fi
python3 - "$out" <<'PY'
import csv, glob, json, os, sys
out = sys.argv[1]
claims = {}
for path in glob.glob(os.path.join(out, "*.geojson")):
    for feature in json.load(open(path, encoding="utf-8"))["features"]:
        p = feature["properties"]
        claims.setdefault(p["claimed_by"], set()).add((p["resolved"], p["geonameid"]))
unresolved = {row["place"] for row in csv.DictReader(open(os.path.join(out, "unresolved.csv"), encoding="utf-8"))}
expected = {
    "Armenia": {("Vardenis", 616108), ("Sotk", 616041), ("Artanish", 616896), ("Goris", 174895), ("Kapan", 174875), ("Jermuk", 174884)},
    "Azerbaijan": {("Dashkasan", 586765), ("Kalbajar", 586268), ("Laçın", 147625)},
}
forbidden = {"Yerevan", "Baku", "Moscow", "Nagorno-Karabakh", "Stepanakert", "Khankendi"}
problems = []
for side, places in expected.items():
    got = claims.get(side, set())
    if got != places:
        problems.append(f"{side}: expected {sorted(places)}, got {sorted(got)}")
if "Ishkhanasar" not in unresolved:
    problems.append(f"Ishkhanasar not reported unresolved (unresolved: {sorted(unresolved)})")
for side, places in claims.items():
    for name, _ in places:
        if name in forbidden:
            problems.append(f"{side} has an incident at {name}")
if set(claims) - {"Armenia", "Azerbaijan", "unattributed"}:
    problems.append(f"unexpected claimants: {sorted(set(claims) - {'Armenia', 'Azerbaijan', 'unattributed'})}")
for side in sorted(claims):
    print(f"  {side}: " + ", ".join(f"{n} ({i})" for n, i in sorted(claims[side], key=lambda c: c[0])))
print("  unresolved: " + ", ".join(sorted(unresolved)))
if problems:
    print("check-seeds: FAILED"); [print("  - " + p) for p in problems]; sys.exit(1)
print("check-seeds: passed (Armenia 6 places, Azerbaijan 3, Ishkhanasar unresolved, no Yerevan/Baku/Moscow/Nagorno-Karabakh/Ukraine)")
PY
