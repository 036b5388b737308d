#!/usr/bin/env python3
"""The evaluation instrument (issue 13 §1): runs `incident-map extract` on every article of
Tests/Corpus/articles with its gold file's publication day, and compares the extracted
(claimed_by, place) pairs with the gold ones.

Usage:
  scripts/eval.py [--bin PATH] [--gazetteer DIR] [--article ID] [--verbose] [--no-write]

Prints precision, recall and F1 for dev and test separately (and for articles not yet in
Tests/Corpus/split.tsv), per article, per phenomenon and per side type, and writes them to
EVALUATION.md (not with --article or --no-write). --article ID (or --verbose for every article)
lists each article's false positives with the extracted `why` and its misses with the gold evidence.
EVALUATION.md's section "## History" (the baseline and later milestones, written by hand) is kept.

Keys: a pair is (claimed_by, place key). The place key is the GeoNames id when there is one; a
curated feature (gold: "curated": its name in curated-features.tsv) is keyed by that name, folded; any
other place without an id by its name as written, folded (lower case, without diacritics, apostrophes
and punctuation). An extracted record without a geonameid is keyed as a curated feature when its folded
name is a name or alternate name of one in curated-features.tsv, else by its folded name.
"""
import argparse
import collections
import datetime
import glob
import json
import os
import subprocess
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "Tests", "Corpus")
SPLITS = ("dev", "test", "unassigned")
# EVALUATION.md keeps this section and what follows across runs: the record of earlier runs (the baseline).
HISTORY = "## History"


def fold(name):
    """Lower case, diacritics and apostrophes removed, other punctuation as single spaces; ə as e."""
    text = unicodedata.normalize("NFKD", name.replace("ə", "e").replace("Ə", "E").replace("ı", "i"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn" and c not in "'’ʼʻ`")
    return " ".join("".join(c if c.isalnum() else " " for c in text.casefold()).split())


def curated_names():
    """Folded name or alternate name → the curated feature's folded main name."""
    names = {}
    path = os.path.join(ROOT, "Gazetteer", "curated-features.tsv")
    with open(path, encoding="utf-8") as table:
        header = table.readline().rstrip("\n").split("\t")
        for line in table:
            cells = dict(zip(header, line.rstrip("\n").split("\t")))
            main = fold(cells.get("name", ""))
            for name in [cells.get("name", "")] + cells.get("alternate_names", "").split(","):
                if name.strip():
                    names.setdefault(fold(name), main)
    return names


def gold_key(entry):
    if entry.get("geonameid") is not None:
        return ("geonameid", int(entry["geonameid"]))
    if entry.get("curated"):
        return ("curated", fold(entry["curated"]))
    return ("name", fold(entry["place"]))


def extracted_key(record, curated):
    if record.get("geonameid") is not None:
        return ("geonameid", int(record["geonameid"]))
    name = fold(record["place"])
    return ("curated", curated[name]) if name in curated else ("name", name)


def state_sides():
    sides = set()
    with open(os.path.join(ROOT, "Gazetteer", "states.tsv"), encoding="utf-8") as table:
        header = None
        for line in table:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            sides.add(dict(zip(header, cells))["side"])
    return sides


def side_type(side, states):
    if side == "unattributed":
        return "unattributed"
    return "state" if side in states else "non-state"


def read_split():
    split = {}
    path = os.path.join(CORPUS, "split.tsv")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            cells = line.rstrip("\n").split("\t")
            if len(cells) >= 2 and not line.startswith("#") and cells[0] != "id":
                split[cells[0]] = cells[1]
    return split


def extract(binary, gazetteer, article, published):
    command = [binary, "extract", "--format", "jsonl", "--gazetteer", gazetteer]
    if published:
        command += ["--published", published]
    result = subprocess.run(command + [article], capture_output=True, text=True)
    if result.returncode not in (0, 2):
        sys.exit(f"eval: extract failed on {article} with status {result.returncode}: {result.stderr.strip()}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


class Counts:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, tp, fp, fn):
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def scores(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        f = 2 * p * r / (p + r) if p is not None and r is not None and p + r else (0.0 if p is not None and r is not None else None)
        return p, r, f


def number(value):
    return "–" if value is None else f"{value:.3f}"


def evaluate_article(gold, records, curated, states):
    """The article's pairs, true positives, false positives (with their records) and misses (with gold entries)."""
    gold_pairs = {}
    for claim in gold["claims"]:
        gold_pairs.setdefault((claim["claimed_by"], gold_key(claim)), claim)
    extracted = {}
    for record in records:
        extracted.setdefault((record["claimed_by"], extracted_key(record, curated)), record)
    return {
        "gold": gold_pairs, "extracted": extracted,
        "tp": set(gold_pairs) & set(extracted),
        "fp": {pair: extracted[pair] for pair in set(extracted) - set(gold_pairs)},
        "fn": {pair: gold_pairs[pair] for pair in set(gold_pairs) - set(extracted)},
    }


def not_claim_tags(gold, pair):
    """The tags of the not_claims entries an extracted pair hits (reason and phenomena)."""
    side, key = pair
    tags = set()
    for entry in gold.get("not_claims", []):
        if entry.get("claimed_by") not in (None, side):
            continue
        if gold_key(entry) == key or ("name", fold(entry.get("place", ""))) == key:
            tags.update(entry.get("phenomena", []))
            if entry.get("reason"):
                tags.add(entry["reason"])
    return tags


def main():
    parser = argparse.ArgumentParser(description="Precision, recall and F1 of extract on the evaluation corpus.")
    parser.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "incident-map"))
    parser.add_argument("--gazetteer", default=os.path.join(ROOT, ".build", "eval-gazetteer"))
    parser.add_argument("--article", help="only this article, with its false positives and misses")
    parser.add_argument("--verbose", action="store_true", help="list every article's false positives and misses")
    parser.add_argument("--no-write", action="store_true", help="do not write EVALUATION.md")
    args = parser.parse_args()

    curated, states, split = curated_names(), state_sides(), read_split()
    golds = sorted(glob.glob(os.path.join(CORPUS, "gold", "*.json")))
    if args.article:
        golds = [g for g in golds if os.path.basename(g)[:-5] == args.article]
        if not golds:
            sys.exit(f"eval: no gold file for {args.article} in {os.path.join(CORPUS, 'gold')}")
    if not golds:
        sys.exit("eval: no gold files in Tests/Corpus/gold")

    totals = {s: Counts() for s in SPLITS}
    phenomena = {s: collections.defaultdict(lambda: {"gold": 0, "tp": 0, "fp": 0}) for s in SPLITS}
    side_types = {s: collections.defaultdict(Counts) for s in SPLITS}
    rows = []
    for path in golds:
        gold = json.load(open(path, encoding="utf-8"))
        article_id = gold.get("id") or os.path.basename(path)[:-5]
        article = os.path.join(CORPUS, "articles", article_id + ".txt")
        part = split.get(article_id, "unassigned")
        result = evaluate_article(gold, extract(args.bin, args.gazetteer, article, gold.get("published")), curated, states)
        tp, fp, fn = len(result["tp"]), len(result["fp"]), len(result["fn"])
        totals[part].add(tp, fp, fn)
        counts = Counts()
        counts.add(tp, fp, fn)
        rows.append((article_id, part, gold.get("style", ""), len(result["gold"]), len(result["extracted"]), tp, counts.scores()))
        for pair, claim in result["gold"].items():
            for tag in claim.get("phenomena", []):
                phenomena[part][tag]["gold"] += 1
                phenomena[part][tag]["tp"] += pair in result["tp"]
        for pair in result["fp"]:
            for tag in not_claim_tags(gold, pair):
                phenomena[part][tag]["fp"] += 1
        for kind in ("state", "non-state", "unattributed"):
            typed = lambda pairs: {p for p in pairs if side_type(p[0], states) == kind}
            side_types[part][kind].add(len(typed(result["tp"])), len(typed(result["fp"])), len(typed(result["fn"])))
        if args.article or args.verbose:
            print_diagnosis(article_id, result)

    report = render(rows, totals, phenomena, side_types)
    print(report)
    if not args.article and not args.no_write:
        write_evaluation(report)


def print_diagnosis(article_id, result):
    print(f"== {article_id}: {len(result['tp'])} right, {len(result['fp'])} false positives, {len(result['fn'])} missed")
    for (side, key), record in sorted(result["fp"].items(), key=lambda item: item[1].get("mention_start", 0)):
        print(f"  false positive: {side} claims {record['place']} ({key[0]} {key[1]})")
        print(f"      why: {record.get('why', '(no why field)')}")
        print(f"      sentence: {record.get('quote', '')}")
    for (side, key), claim in sorted(result["fn"].items()):
        others = [s for (s, k) in result["extracted"] if k == key]
        extra = f"; extracted for {', '.join(sorted(others))}" if others else ""
        print(f"  missed: {side} claims {claim['place']} ({key[0]} {key[1]}){extra}")
        print(f"      evidence: {claim.get('evidence', '')}")
    print()


def scores_row(label, counts):
    p, r, f = counts.scores()
    return f"| {label} | {counts.tp} | {counts.fp} | {counts.fn} | {number(p)} | {number(r)} | {number(f)} |"


def render(rows, totals, phenomena, side_types):
    lines = ["## Overall", "", "| split | TP | FP | FN | precision | recall | F1 |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    lines += [scores_row(part, totals[part]) for part in SPLITS]
    lines += ["", "## Per side type", "", "| split | side type | TP | FP | FN | precision | recall | F1 |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for part in SPLITS:
        for kind in ("state", "non-state", "unattributed"):
            lines.append(scores_row(f"{part} | {kind}", side_types[part][kind]))
    lines += ["", "## Per phenomenon", "",
              "Recall over the gold claims tagged with the phenomenon; precision counts as false positives the "
              "extracted claims that hit a `not_claims` entry tagged with it (by `reason` or `phenomena`).", "",
              "| split | phenomenon | gold claims | found | recall | false positives | precision |",
              "| --- | --- | ---: | ---: | ---: | ---: | ---: |"]
    for part in SPLITS:
        for tag, c in sorted(phenomena[part].items()):
            recall = c["tp"] / c["gold"] if c["gold"] else None
            precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None
            lines.append(f"| {part} | {tag} | {c['gold']} | {c['tp']} | {number(recall)} | {c['fp']} | {number(precision)} |")
    lines += ["", "## Per article", "", "| article | split | style | gold | extracted | right | precision | recall | F1 |",
              "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for article_id, part, style, gold, extracted, tp, (p, r, f) in rows:
        lines.append(f"| {article_id} | {part} | {style} | {gold} | {extracted} | {tp} | {number(p)} | {number(r)} | {number(f)} |")
    return "\n".join(lines)


def write_evaluation(report):
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    header = [
        "# Evaluation", "",
        "How well `incident-map extract` finds who claims what, where, on the evaluation corpus (`Tests/Corpus`, see its",
        "README): precision, recall and F1 of (claimed_by, place) pairs, the place keyed by its GeoNames id (a curated",
        "feature by its name, any other place without an id by its folded name; see `scripts/eval.py`). Rules are designed",
        "on dev only; test is run to report, never to tune.", "",
        f"Commit: {commit or 'unknown'}{' (with uncommitted changes)' if dirty else ''}; "
        f"run {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M')} UTC; command: `make eval`.", "",
    ]
    path = os.path.join(ROOT, "EVALUATION.md")
    history = ""
    if os.path.exists(path):
        text = open(path, encoding="utf-8").read()
        if "\n" + HISTORY in text:
            history = "\n" + text[text.index("\n" + HISTORY) + 1:]
    with open(path + ".tmp", "w", encoding="utf-8") as out:
        out.write("\n".join(header) + report + "\n" + history)
    os.replace(path + ".tmp", path)
    print(f"\nwrote {os.path.relpath(path, os.getcwd())}", file=sys.stderr)


if __name__ == "__main__":
    main()
