#!/usr/bin/env python3
"""Writes N synthetic news articles (about 4 KB each) for the extract benchmark.

The text is generated from templates written for this project: statements of
both sides' ministries, third-party reports, background and filler sentences,
with places drawn from the gazetteer (Armenian and Azerbaijani places, in
their main or alternate spellings). Deterministic (fixed seed).
Usage: generate-articles.py N GAZETTEER_DIR OUT_DIR
"""
import random
import sys
from pathlib import Path

SPEAKERS = {
    "Armenia": ["the Armenian Defence Ministry", "Armenia's Ministry of Defence", "the Armenian Foreign Ministry", "Yerevan"],
    "Azerbaijan": ["the Azerbaijani Defence Ministry", "Azerbaijan's Ministry of Defence", "the Azerbaijani Foreign Ministry", "Baku"],
}
OPPONENT = {"Armenia": "Azerbaijani", "Azerbaijan": "Armenian"}
CLAIMS = [
    "{Adj} units shelled positions near {p1} and {p2} overnight, {speaker} said.",
    "\u201cThe enemy is firing mortars and artillery in the directions of {p1}, {p2} and {p3},\u201d {speaker} said on Tuesday.",
    "According to {speaker}, {adj} drones struck a depot on the outskirts of {p1} last night.",
    "{Speaker} said that sabotage groups tried to advance in the {p1} and {p2} directions.",
    "{Speaker} reported that {adj} forces opened fire on villages east of {p1} yesterday.",
]
THIRD = [
    "A local journalist said shells landed in {p1} on Monday evening.",
    "According to the Mountain Gazette, fighting was heard around {p1} early on Wednesday.",
]
BACKGROUND = [
    "During the 2020 war, heavy fighting raged around {p1}, and thousands left their homes.",
    "The 1994 ceasefire left {p1} on the front line for decades.",
    "Yerevan and Baku have accused each other of breaking the truce many times.",
]
FILLER = [
    "Diplomats in several capitals called for restraint and urged both governments to return to talks.",
    "Prices for bread and fuel rose in the markets of the region as the roads stayed closed.",
    "Officials said schools would remain shut until further notice, and families were told to stay indoors.",
    "Observers noted that the weather in the mountains had turned cold, slowing the movement of supplies.",
    "The ministry promised to publish a fuller account once the situation on the ground became clearer.",
    "Aid groups said they were ready to send doctors and blankets if the crossings were opened.",
]

def places(folder):
    found = {"AM": [], "AZ": []}
    for path in sorted(Path(folder).glob("*.txt")):
        for line in path.open(encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if len(f) == 19 and f[8] in found:
                latin = [a for a in f[3].split(",") if a and a.isascii() and a[:1].isupper()]
                found[f[8]].append([f[1]] + latin[:3])
    return found

def article(rng, places):
    paragraphs = []
    size = 0
    while size < 4000:
        roll = rng.random()
        side = rng.choice(["Armenia", "Azerbaijan"])
        pool = places["AM" if side == "Armenia" else "AZ"]
        names = [rng.choice(rng.choice(pool)) for _ in range(3)]
        speaker = rng.choice(SPEAKERS[side])
        if roll < 0.35:
            template = rng.choice(CLAIMS)
        elif roll < 0.45:
            template = rng.choice(THIRD)
        elif roll < 0.6:
            template = rng.choice(BACKGROUND)
        else:
            template = rng.choice(FILLER)
        adj = OPPONENT[side]
        text = template.format(p1=names[0], p2=names[1], p3=names[2], speaker=speaker,
                               Speaker=speaker[0].upper() + speaker[1:], adj=adj, Adj=adj)
        paragraphs.append(text)
        size += len(text.encode()) + 2
    return "Fighting on the border\n\n" + "\n\n".join(paragraphs) + "\n"

def main():
    count, folder, out = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2022_09_13)
    found = places(folder)
    for number in range(count):
        (out / f"article-{number:04d}.txt").write_text(article(rng, found), encoding="utf-8")

main()
