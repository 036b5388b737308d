#!/usr/bin/env python3
"""Compares two ways of finding typo-tolerant candidates among the folded
keys of a gazetteer index: SQLite FTS5 with the trigram tokenizer, and the
weighted n-gram count filter of incident-map's index (NameGrams.swift).

Usage: fuzzy-index-experiment.py INDEX_FILE [QUERY...]

INDEX_FILE is an incident-map.index (written by `incident-map gazetteer
index DIR`); its distinct folded keys are read from it, so both methods see
exactly the keys lookups use. For each typo query the script prints, as a
Markdown table: the keys of a possible length (the window an exhaustive scan
compares), the true matches within the lookup's tolerance, the candidates of
the n-gram filter, and the candidates FTS5 returns for an OR of the query's
trigrams, how long SQLite took to return them (median of 5), and how many
true matches it missed. The true matches are the n-gram candidates checked
with the edit distance; the test suite checks that filter against an
exhaustive scan. Not a test: a one-off measurement for BENCHMARKS.md.
"""
import os
import sqlite3
import statistics
import struct
import sys
import tempfile
import time

SECTIONS = ["places", "placeNames", "exactNames", "exactSamples", "foldedKeys", "foldedSamples", "secondaryKeys",
            "distinctKeys", "lengthStarts", "gramStarts", "postings", "geonameIDs", "admin1", "info", "sources", "pool"]


def distinct_keys(path):
    """The distinct folded keys of an index, in its order (length, then bytes)."""
    data = open(path, "rb").read()
    assert data[:8] == b"IMGAZ02\n", "not an incident-map index of format 2"
    table = {name: struct.unpack_from("<QQ", data, 8 + 16 * i) for i, name in enumerate(SECTIONS)}
    pool = table["pool"][0]
    secondary = {}
    offset, count = table["secondaryKeys"]
    for i in range(count):
        number, key_offset, key_length = struct.unpack_from("<III", data, offset + 12 * i)
        secondary[number] = data[pool + key_offset:pool + key_offset + key_length]
    keys = []
    offset, count = table["distinctKeys"]
    folded = table["foldedKeys"][0]
    names = table["placeNames"][0]
    for i in range(count):
        (entry,) = struct.unpack_from("<I", data, offset + 4 * i)
        (number,) = struct.unpack_from("<I", data, folded + 12 * entry + 8)
        if number & 0x80000000:
            keys.append(secondary[number & 0x7FFFFFFF].decode())
        else:
            key_offset, key_length = struct.unpack_from("<II", data, names + 20 * number + 8)
            keys.append(data[pool + key_offset:pool + key_offset + key_length].decode())
    return keys


def tolerance(length):
    return 0 if length <= 3 else 1 if length <= 7 else 2 if length <= 11 else 3


def half_errors(a, b, limit):
    """Optimal string alignment distance in half errors (swap 1, other edits 2), or None beyond `limit`."""
    if 2 * abs(len(a) - len(b)) > limit:
        return None
    before, previous = None, [2 * j for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        current = [2 * i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            value = min(previous[j] + 2, current[j - 1] + 2, previous[j - 1] + (0 if a[i - 1] == b[j - 1] else 2))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, before[j - 2] + 1)
            current[j] = value
        before, previous = previous, current
    return previous[-1] if previous[-1] <= limit else None


def grams(key):
    """The distinct grams of NameGrams and their weights: padded bigrams (1), letter occurrences up to 4 (4)."""
    padded = "\0" + key + "\0"
    found = {("b", padded[i:i + 2]): 1 for i in range(len(padded) - 1)}
    seen = {}
    for ch in key:
        seen[ch] = min(seen.get(ch, 0) + 1, 4)
        found[("u", ch, seen[ch])] = 4
    return found


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    queries = sys.argv[2:] or ["jermukk", "gorsi", "ogrsi", "kelbajr", "vardensi", "dashkesn", "nor kyank", "stepanakertt"]
    started = time.time()
    keys = distinct_keys(sys.argv[1])
    print(f"{len(keys):,} distinct keys read in {time.time() - started:.1f} s", file=sys.stderr)
    key_grams = {}

    with tempfile.TemporaryDirectory() as scratch:
        database = os.path.join(scratch, "keys.db")
        started = time.time()
        connection = sqlite3.connect(database)
        connection.execute("create virtual table k using fts5(key, tokenize='trigram', detail='none')")
        connection.executemany("insert into k(rowid, key) values (?, ?)", ((i + 1, key) for i, key in enumerate(keys)))
        connection.commit()
        connection.execute("insert into k(k) values ('optimize')")
        connection.commit()
        print(f"SQLite {sqlite3.sqlite_version} FTS5 trigram table (detail=none): built in {time.time() - started:.1f} s, "
              f"{os.path.getsize(database) / 1e6:.1f} MB", file=sys.stderr)

        print("| query | bound | keys in the length window | true matches | n-gram candidates | FTS5 OR-of-trigrams candidates | FTS5 time | FTS5 missed |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for query in queries:
            bound = tolerance(len(query))
            limit = 2 * bound
            window = [i for i, key in enumerate(keys) if abs(len(key) - len(query)) <= bound]
            wanted = grams(query)
            threshold = sum(wanted.values()) - 3 * limit
            candidates = []
            for i in window:
                if i not in key_grams:
                    key_grams[i] = grams(keys[i])
                shared = sum(weight for gram, weight in wanted.items() if gram in key_grams[i])
                if shared >= threshold:
                    candidates.append(i)
            matches = {i + 1 for i in candidates if half_errors(query, keys[i], limit) is not None}
            trigrams = sorted({query[i:i + 3] for i in range(len(query) - 2)})
            expression = " OR ".join('"%s"' % t for t in trigrams)
            times, rows = [], []
            for _ in range(5):
                started = time.perf_counter()
                rows = connection.execute("select rowid from k where k match ?", (expression,)).fetchall()
                times.append(time.perf_counter() - started)
            returned = {row[0] for row in rows}
            missed = matches - returned
            missed_keys = ", ".join(sorted(keys[i - 1] for i in missed)[:3])
            print(f"| {query} | {bound} | {len(window):,} | {len(matches):,} | {len(candidates):,} | {len(returned):,} | "
                  f"{statistics.median(times) * 1000:.1f} ms | {len(missed)}{' (' + missed_keys + ')' if missed else ''} |")
        connection.close()


if __name__ == "__main__":
    main()
