#!/usr/bin/env python3
"""Writes data/values/places_tz.tsv: the IANA time zone of the world's larger cities, so that
"17:05 Oslo time", or a local time in an article datelined from a city, reads in UTC.

    python3 tools/gen_places_tz.py --geonames cities15000.txt > data/values/places_tz.tsv

The source is the GeoNames gazetteer dump cities15000.txt (https://download.geonames.org/
export/dump/, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/): one city a line,
tab-separated, with its name (column 2), ASCII name (3), population (15) and IANA zone (18).
A city is kept from MIN_POPULATION people: news names those in a "time" phrase or dateline.
A name that two cities in different zones share is kept for the larger one only when it is
DOMINANT times larger ("Paris" is the French city); otherwise it is left out. Only names
written as capitalised words are kept. Output is sorted and deterministic.
"""

import argparse
import collections
import sys

MIN_POPULATION = 100_000
DOMINANT = 5

HEADER = (
    "# Distilled from the GeoNames gazetteer (cities15000, CC BY 4.0, https://www.geonames.org)\n"
    "# by tools/gen_places_tz.py; do not edit, regenerate. place<TAB>IANA time zone.\n"
)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--geonames", required=True)
    args = ap.parse_args()
    by_name = collections.defaultdict(list)
    with open(args.geonames, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 18:
                continue
            name, ascii_name, population, zone = cols[1], cols[2], cols[14], cols[17]
            try:
                population = int(population)
            except ValueError:
                continue
            if not zone:
                continue
            for n in {name, ascii_name}:
                by_name[n].append((population, zone))
    out = []
    for name, cities in by_name.items():
        cities.sort(reverse=True)
        population, zone = cities[0]
        if population < MIN_POPULATION:
            continue
        rival = next((p for p, z in cities[1:] if z != zone), 0)
        if rival * DOMINANT > population:
            continue
        # "Mons", "Nice": one word or several, each capitalised ("Rio de Janeiro" keeps "de").
        words = name.replace("-", " ").split()
        if not words[0][:1].isupper() or any(ch in name for ch in "()/,\t"):
            continue
        out.append((name, zone))
    sys.stdout.write(HEADER)
    for name, zone in sorted(out):
        sys.stdout.write(f"{name}\t{zone}\n")


if __name__ == "__main__":
    main()
