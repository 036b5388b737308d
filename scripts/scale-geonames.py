#!/usr/bin/env python3
"""Writes K copies of a GeoNames dump as one file, for measuring how the
index build's memory grows with the size of the input.

Copy 0 is the file as it is; copy k > 0 gets new geonameids (14,000,000 +
(k - 1) * 1,000,000 + row, below 2^24 like real GeoNames ids, so the id
bitmap stays the size a whole GeoNames dump needs) and a suffix on every
name and alternate name ("ka", "ovo", …), so that the distinct folded keys
grow with the copies too, not only the places.
Usage: scale-geonames.py K GEONAMES_FILE > OUT
"""
import sys

SUFFIXES = ["", "ka", "ovo", "sk", "ana", "ino", "ur", "ville"]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    copies, source = int(sys.argv[1]), sys.argv[2]
    out = sys.stdout
    for copy in range(copies):
        suffix = SUFFIXES[copy % len(SUFFIXES)] * (1 + copy // len(SUFFIXES))
        with open(source, encoding="utf-8") as lines:
            for row, line in enumerate(lines):
                fields = line.rstrip("\n").split("\t")
                if copy:
                    fields[0] = str(14_000_000 + (copy - 1) * 1_000_000 + row)
                    fields[1] += suffix
                    fields[2] += suffix
                    fields[3] = ",".join(name + suffix for name in fields[3].split(",") if name)
                out.write("\t".join(fields) + "\n")


if __name__ == "__main__":
    main()
