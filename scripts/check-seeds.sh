#!/usr/bin/env bash
# Runs `incident-map map` and `extract` on the two real articles in ../shared/seeds (not part of this
# repository) and checks what issues 3 and 13 ask:
# - Armenia claims Vardenis (616108), Sotk, Artanish, Goris, Kapan, Jermuk; Azerbaijan claims Dashkasan,
#   Kalbajar, Lachin; Ishkhanasar is unresolved; no incident at Yerevan, Baku, Moscow, Nagorno-Karabakh or
#   in Ukraine; no other claimant;
# - accused: every record of Armenia that names an accused names Azerbaijan, and each of Armenia's six places
#   has a record accusing Azerbaijan; every record of Azerbaijan accuses Armenia;
# - the passage one article quotes from the Jerusalem Post gives exactly four unattributed claims (Vardenis,
#   Goris, Sotk, Jermuk), reported by the Jerusalem Post, accusing Azerbaijan.
# Without ../shared/seeds there is nothing to check (exit 0). With it, anything that keeps the check from
# running (no binary, no python3, a failing command) is a failure, never a skip.
# Usage: scripts/check-seeds.sh [path/to/incident-map]
set -euo pipefail
here=${BASH_SOURCE[0]%/*}
[ "$here" = "${BASH_SOURCE[0]}" ] && here=.
cd "$here/.."
seeds=../shared/seeds
if [ ! -d "$seeds" ]; then
  echo "check-seeds: $seeds not found, nothing to check"
  exit 0
fi
fail() { echo "check-seeds: FAILED: $*" >&2; exit 1; }
bin=${1:-.build/release/incident-map}
[ -x "$bin" ] || fail "$bin not found or not executable (build it first: make build)"
command -v python3 >/dev/null || fail "python3 is needed to read the layers"
articles=("$seeds"/*.txt)
[ -f "${articles[0]}" ] || fail "no articles (*.txt) in $seeds"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
status=0
"$bin" map --published 2022-09-13 "${articles[@]}" --out "$out/layers" 2>"$out/map-stderr.txt" >/dev/null || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 2 ]; then
  cat "$out/map-stderr.txt" >&2; fail "map exited with status $status"
fi
status=0
"$bin" extract --published 2022-09-13 --format jsonl "${articles[@]}" >"$out/records.jsonl" 2>"$out/extract-stderr.txt" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 2 ]; then
  cat "$out/extract-stderr.txt" >&2; fail "extract exited with status $status"
fi
python3 - "$out" <<'PY'
import csv, glob, json, os, sys
out = sys.argv[1]
claims = {}
for path in glob.glob(os.path.join(out, "layers", "*.geojson")):
    for feature in json.load(open(path, encoding="utf-8"))["features"]:
        p = feature["properties"]
        claims.setdefault(p["claimed_by"], set()).add((p["resolved"], p["geonameid"]))
unresolved = {row["place"] for row in csv.DictReader(open(os.path.join(out, "layers", "unresolved.csv"), encoding="utf-8"))}
records = [json.loads(line) for line in open(os.path.join(out, "records.jsonl"), encoding="utf-8") if line.strip()]
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

# accused
opponent = {"Armenia": "Azerbaijan", "Azerbaijan": "Armenia"}
for record in records:
    side, accused = record["claimed_by"], record["accused"]
    if side in opponent and accused not in (None, opponent[side]):
        problems.append(f"{side}'s claim at {record['place']} accuses {accused}, not {opponent[side]}")
    if side == "Azerbaijan" and accused != "Armenia":
        problems.append(f"Azerbaijan's claim at {record['place']} accuses {accused}, not Armenia")
accusing = {r["geonameid"] for r in records if r["claimed_by"] == "Armenia" and r["accused"] == "Azerbaijan"}
for name, geonameid in sorted(expected["Armenia"]):
    if geonameid not in accusing:
        problems.append(f"no record of Armenia's claim at {name} accuses Azerbaijan")

# the Jerusalem Post passage
third = [r for r in records if r["claimed_by"] == "unattributed"]
third_places = sorted((r["place"], r["geonameid"]) for r in third)
wanted = sorted([("Vardenis", 616108), ("Goris", 174895), ("Sotk", 616041), ("Jermuk", 174884)])
if third_places != wanted:
    problems.append(f"unattributed claims: expected {wanted}, got {third_places}")
for record in third:
    if not record["source"].endswith("(reported by Jerusalem Post)"):
        problems.append(f"unattributed claim at {record['place']} has source {record['source']!r}, not the Jerusalem Post's report")
    if record["accused"] != "Azerbaijan":
        problems.append(f"unattributed claim at {record['place']} accuses {record['accused']}, not Azerbaijan")

for side in sorted(claims):
    print(f"  {side}: " + ", ".join(f"{n} ({i})" for n, i in sorted(claims[side], key=lambda c: (c[0], c[1] or 0))))
print("  unresolved: " + ", ".join(sorted(unresolved)))
if problems:
    print("check-seeds: FAILED"); [print("  - " + p) for p in problems]; sys.exit(1)
print("check-seeds: passed (Armenia 6 places accusing Azerbaijan, Azerbaijan 3 accusing Armenia, Ishkhanasar unresolved, "
      "the Jerusalem Post's 4 unattributed claims, no Yerevan/Baku/Moscow/Nagorno-Karabakh/Ukraine)")
PY
