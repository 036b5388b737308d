#!/usr/bin/env python3
"""Prints N place names drawn from the GeoNames files of a gazetteer folder,
one per line, for the batch-lookup benchmark (`lookup --json` reading names
from standard input).

Deterministic (fixed seed). About 60 % main names, 30 % alternate names in
any script (Cyrillic, Arabic, Chinese… as GeoNames lists them), 10 % main
names in lower case, each drawn from a uniformly chosen place of the world.
Usage: sample-names.py N GAZETTEER_DIR
"""
import random
import sys
from pathlib import Path


def places(folder):
    for path in sorted(Path(folder).glob("*.txt")):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                fields = line.rstrip("\n").split("\t")
                if len(fields) == 19 and fields[0].isdigit():
                    yield fields[1], [name for name in fields[3].split(",") if name]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    count, folder = int(sys.argv[1]), sys.argv[2]
    rows = list(places(folder))
    generator = random.Random(6)
    for _ in range(count):
        name, alternates = generator.choice(rows)
        draw = generator.random()
        if draw < 0.6 or not alternates:
            print(name)
        elif draw < 0.9:
            print(generator.choice(alternates))
        else:
            print(name.lower())


if __name__ == "__main__":
    main()
