#!/usr/bin/env python3
"""Assigns each article of the evaluation corpus to dev or test, once, and records it in
Tests/Corpus/split.tsv (`id<TAB>split`).

- An article already in split.tsv is never reassigned: its line stays as it is.
- An article written for dev (its id starts with "dev-", or its gold file says "split": "dev") is dev.
- The other new articles are split about 2:1, stratified by conflict pair (the id without its number)
  and style: sorted by pair, style and a stable hash of the id, every third one goes to test. The same
  corpus always gives the same split.

Usage: scripts/split-corpus.py [--dev-only] [--check]
  --dev-only  append only the articles written for dev (until the lead says the corpus is complete)
  --check     change nothing; fail if a gold file or split.tsv line has no counterpart
Run it without --dev-only only when the corpus is complete: later articles are appended, never
rebalanced.
"""
import argparse
import glob
import hashlib
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Tests", "Corpus")
SPLIT = os.path.join(CORPUS, "split.tsv")
HEADER = "id\tsplit"


def read_split():
    assigned = {}
    if os.path.exists(SPLIT):
        for number, line in enumerate(open(SPLIT, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line == HEADER:
                continue
            cells = line.split("\t")
            if len(cells) != 2 or cells[1] not in ("dev", "test"):
                sys.exit(f"{SPLIT}:{number}: expected \"id<TAB>dev\" or \"id<TAB>test\", got {line!r}")
            if cells[0] in assigned:
                sys.exit(f"{SPLIT}:{number}: {cells[0]} is assigned twice")
            assigned[cells[0]] = cells[1]
    return assigned


def articles():
    found = {}
    for path in sorted(glob.glob(os.path.join(CORPUS, "gold", "*.json"))):
        article_id = os.path.basename(path)[:-5]
        gold = json.load(open(path, encoding="utf-8"))
        if not os.path.exists(os.path.join(CORPUS, "articles", article_id + ".txt")):
            sys.exit(f"{path}: no article {article_id}.txt beside it")
        found[article_id] = gold
    return found


def written_for_dev(article_id, gold):
    return article_id.startswith("dev-") or gold.get("split") == "dev"


def stable_hash(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def assign(new, corpus):
    """dev for articles written for it; every third of the others, in stratified order, test."""
    result = {article_id: "dev" for article_id in new if written_for_dev(article_id, corpus[article_id])}
    others = [a for a in new if a not in result]
    others.sort(key=lambda a: (a.rsplit("-", 1)[0], corpus[a].get("style", ""), stable_hash(a)))
    for position, article_id in enumerate(others):
        result[article_id] = "test" if position % 3 == 2 else "dev"
    return result


def main():
    parser = argparse.ArgumentParser(description="Split the evaluation corpus into dev and test, once.")
    parser.add_argument("--dev-only", action="store_true", help="append only the articles written for dev")
    parser.add_argument("--check", action="store_true", help="check split.tsv against the corpus; change nothing")
    args = parser.parse_args()
    assigned, corpus = read_split(), articles()
    stray = sorted(set(assigned) - set(corpus))
    if stray:
        sys.exit(f"{SPLIT}: articles without a gold file: {', '.join(stray)}")
    new = [a for a in sorted(corpus) if a not in assigned]
    if args.dev_only:
        new = [a for a in new if written_for_dev(a, corpus[a])]
    if args.check:
        unassigned = [a for a in sorted(corpus) if a not in assigned]
        print(f"split-corpus: {len(assigned)} assigned, {len(unassigned)} not yet: {', '.join(unassigned) or '-'}")
        return
    added = assign(new, corpus)
    if not added:
        print("split-corpus: nothing new to assign")
        return
    exists = os.path.exists(SPLIT)
    with open(SPLIT, "a", encoding="utf-8") as out:
        if not exists:
            out.write("# dev / test split of the evaluation corpus (scripts/split-corpus.py; never reassign a line)\n")
            out.write(HEADER + "\n")
        for article_id in new:
            out.write(f"{article_id}\t{added[article_id]}\n")
    counts = {s: sum(1 for a in new if added[a] == s) for s in ("dev", "test")}
    print(f"split-corpus: {len(new)} articles appended ({counts['dev']} dev, {counts['test']} test)")


if __name__ == "__main__":
    main()
