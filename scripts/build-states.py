#!/usr/bin/env python3
"""Builds Gazetteer/states.tsv, the world table of states incident-map
recognises as sides, from three sources:

- Debian's iso-codes (ISO 3166-1 as JSON): codes, short, common and official names;
- GeoNames' countryInfo.txt: capitals, neighbours, GeoNames' English name, and
  Kosovo (XK), which ISO 3166-1 lacks (Data from GeoNames, CC BY 4.0);
- scripts/states-ours.tsv, our own table: display-name overrides, demonyms,
  other names in any script, institutions, Russian adjective stems.

Usage: scripts/build-states.py [ISO_JSON] [COUNTRY_INFO] [OUT]
(defaults: /usr/share/iso-codes/json/iso_3166-1.json,
$INCIDENT_MAP_DATA/geonames/countryInfo.txt with INCIDENT_MAP_DATA defaulting to
../shared/data relative to the repository, and Gazetteer/states.tsv).

The output is sorted by ISO code and the same for the same inputs. A name
that two states share (other than each one's own display name) is left out of
both and reported, so that no name silently picks one of them.
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLUMNS = ["side", "iso2", "iso3", "official_name", "names", "demonyms", "people", "capitals",
           "institutions", "countries", "neighbours"]
# The endings of a Russian adjective in -ский (hard stem after к): every case and number.
RUSSIAN_ADJECTIVE_ENDINGS = ["ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "ом", "ую", "их", "ими"]


def split(cell):
    return [item.strip() for item in cell.split(",") if item.strip()]


def read_ours(path):
    rows, header = {}, None
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        if len(cells) != len(header):
            sys.exit(f"{path}:{number}: {len(cells)} columns, expected {len(header)}")
        row = dict(zip(header, cells))
        rows[row["iso2"]] = row
    return rows


def read_country_info(path):
    info = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        info[cells[0]] = {"iso3": cells[1], "name": cells[4], "capital": cells[5], "neighbours": split(cells[17])}
    return info


def usable(name):
    """ISO's inverted forms ("Congo, The Democratic Republic of the") are not names anyone writes."""
    return name and "," not in name and "(" not in name


def state_rows(iso_path, info_path, ours_path):
    iso = {entry["alpha_2"]: entry for entry in json.load(open(iso_path, encoding="utf-8"))["3166-1"]}
    info, ours = read_country_info(info_path), read_ours(ours_path)
    unknown = set(ours) - set(iso) - set(info)
    if unknown:
        sys.exit(f"{ours_path}: codes neither ISO 3166-1 nor GeoNames knows: {sorted(unknown)}")
    states = []
    for code in sorted(set(iso) | ({"XK"} & set(info))):
        entry, geo, own = iso.get(code, {}), info.get(code, {}), ours.get(code, {})
        side = own.get("side") or entry.get("common_name") or entry.get("name") or geo.get("name")
        if not usable(side):
            sys.exit(f"{code}: no usable display name ({side!r}); give one in {ours_path}")
        official = entry.get("official_name", "")
        names = [entry.get("name", ""), entry.get("common_name", ""), official, geo.get("name", "")] + split(own.get("aliases", ""))
        demonyms = split(own.get("demonyms", "")) + [stem + ending for stem in split(own.get("ru_adjective_stems", ""))
                                                    for ending in RUSSIAN_ADJECTIVE_ENDINGS]
        capitals = [geo.get("capital", "")] + split(own.get("capitals", ""))
        states.append({
            "side": side, "iso2": code, "iso3": entry.get("alpha_3") or geo.get("iso3", ""),
            "official_name": official if usable(official) else "",
            "names": unique(n for n in names if usable(n) and n != side),
            "demonyms": unique(demonyms), "people": unique(split(own.get("people", ""))),
            "capitals": unique(c for c in capitals if c), "institutions": unique(split(own.get("institutions", ""))),
            "countries": split(own.get("countries", "")) or [code], "neighbours": geo.get("neighbours", []),
        })
    drop_shared_names(states, ours)
    return states


def unique(items):
    seen, result = set(), []
    for item in items:
        if item.lower() not in seen:
            seen.add(item.lower())
            result.append(item)
    return result


def drop_shared_names(states, ours):
    """A name two states share means neither for certain: it is dropped from both, unless our own table gives
    it to one of them ("Congo" is DR Congo, as news writes it), and a display name always stays its state's."""
    owners = {}
    for state in states:
        for column in ("names", "demonyms", "people", "capitals", "institutions"):
            for name in state[column]:
                owners.setdefault(name.lower(), set()).add(state["side"])
    for state in states:
        own = ours.get(state["iso2"], {})
        for column in ("aliases", "demonyms", "people", "capitals", "institutions"):
            for name in split(own.get(column, "")):
                owners[name.lower()] = {state["side"]}
    displays = {state["side"].lower(): state["side"] for state in states}
    for state in states:
        for column in ("names", "demonyms", "people", "capitals", "institutions"):
            kept = []
            for name in state[column]:
                others = (owners[name.lower()] | {displays.get(name.lower(), state["side"])}) - {state["side"]}
                if others:
                    print(f"build-states: {name!r} of {state['side']} is also {sorted(others)}'s: left out of {state['side']}",
                          file=sys.stderr)
                else:
                    kept.append(name)
            state[column] = kept


HEADER = """\
# The world's states as sides of a conflict: what incident-map recognises in articles and in claimed_by/accused values.
# Generated by scripts/build-states.py from Debian's iso-codes (ISO 3166-1 names), GeoNames' countryInfo.txt
# (capitals, neighbours, Kosovo; Data from GeoNames (geonames.org), CC BY 4.0) and scripts/states-ours.tsv (our own:
# display names, demonyms, names in other scripts, institutions). Do not edit by hand: edit those and run the script.
# Lists are comma-separated. See Gazetteer/README.md.
"""


def main():
    iso_path = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json/iso_3166-1.json"
    data = os.environ.get("INCIDENT_MAP_DATA") or os.path.join(ROOT, "..", "shared", "data")
    info_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(data, "geonames", "countryInfo.txt")
    out_path = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "Gazetteer", "states.tsv")
    states = state_rows(iso_path, info_path, os.path.join(ROOT, "scripts", "states-ours.tsv"))
    lines = [HEADER.rstrip("\n"), "\t".join(COLUMNS)]
    for state in states:
        lines.append("\t".join(",".join(state[c]) if isinstance(state[c], list) else state[c] for c in COLUMNS))
    with open(out_path + ".tmp", "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    os.replace(out_path + ".tmp", out_path)
    print(f"{out_path}: {len(states)} states", file=sys.stderr)


if __name__ == "__main__":
    main()
