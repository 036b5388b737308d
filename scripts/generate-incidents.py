#!/usr/bin/env python3
"""Writes N synthetic incident rows (CSV) for benchmarks.

Place names are drawn from the gazetteer's own names with a realistic mix of
spellings: main names, alternate names (other spellings and scripts), lower
case, and one typo in a few percent of rows. Deterministic (fixed seed).
Usage: generate-incidents.py N GAZETTEER_DIR [--with-coordinates] > out.csv
"""
import csv
import random
import sys
from pathlib import Path

def places(folder):
    for path in sorted(Path(folder).glob("*.txt")):
        for line in path.open(encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) != 19:
                continue
            alternates = [a for a in f[3].split(",") if a]
            yield f[1], alternates, f[5], f[4]

def spelling(rng, name, alternates):
    roll = rng.random()
    if roll < 0.55 or not alternates:
        chosen = name
    elif roll < 0.85:
        chosen = rng.choice(alternates)
    elif roll < 0.97:
        chosen = name.lower()
    else:
        i = rng.randrange(1, max(2, len(name) - 1))
        chosen = name[:i] + name[i + 1:] if len(name) > 6 else name
    return chosen

def main():
    count = int(sys.argv[1])
    folder = sys.argv[2]
    with_coordinates = "--with-coordinates" in sys.argv
    rng = random.Random(2022_09_13)
    pool = list(places(folder))
    sides = ["Armenia", "Azerbaijan", "AM", "AZ", "Armenian Ministry of Defence", "Azerbaijani Ministry of Defence"]
    events = ["shelling", "drone strike", "sabotage", "mortar fire", "positional battle"]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    header = ["id", "date", "place", "claimed_by", "event", "source", "precision"]
    writer.writerow(header + (["lon", "lat"] if with_coordinates else []))
    for n in range(count):
        name, alternates, lon, lat = rng.choice(pool)
        row = [f"r{n}", f"2022-09-{rng.randint(1, 30):02d}", spelling(rng, name, alternates), rng.choice(sides),
               rng.choice(events), "synthetic benchmark row", rng.choice(["exact", "near", "direction", "region"])]
        writer.writerow(row + ([lon, lat] if with_coordinates else []))

main()
