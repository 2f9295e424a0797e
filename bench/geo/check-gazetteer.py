#!/usr/bin/env python3
"""Prints the gazetteer rows that exact, case-insensitive name or alternate lookups find for names the seed and
issue 16 need, and lists the names no row carries. The Java lookup adds transliteration tolerance on top; this
checks only what the data itself holds.

Usage: python3 bench/geo/check-gazetteer.py [GAZETTEER_TSV_GZ] [NAME ...]
"""
import gzip
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "gazetteer.tsv.gz")
NAMES = ["Deir ez-Zor", "Deir e-Zor", "Deir al-Zour", "Dayr az Zawr", "دير الزور", "Kobani", "Kobane",
         "Ayn al-Arab", "Raqqa", "Ar-Raqqah", "Aleppo", "Homs", "Manbij", "Al-Bab", "Nubl", "Az-Zahra",
         "Az-Zahraa", "Handarat", "Bab al-Hawa", "Bab al-Salam", "Bab al-Nairab", "Shaar gas field",
         "Sheikh Maqsoud", "Srebrenica", "Aleppo governorate", "Homs governorate", "Turkey", "Syria", "Iraq"]
SUFFIXES = (" governorate", " province")


def loose(name):
    """The name without diacritics, apostrophes, hyphens and an article: a stand-in for the Java lookup's
    transliteration tolerance, used only to say which misses are near misses."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = re.sub(r"[\u2018\u2019'`\u02bf\u02be]", "", s)
    s = " ".join(re.sub(r"[-_.,]", " ", s).split())
    return re.sub(r"^(al|el|ar|as|ad|az|an|at|ash) ", "", s)


def load(path):
    index, loose_index = {}, {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            for n in {n for n in [c[1], c[2]] + (c[3].split("|") if c[3] else [])}:
                for key, idx in ((n.casefold(), index), (loose(n), loose_index)):
                    rows = idx.setdefault(key, [])
                    if not rows or rows[-1][0] != c[0]:
                        rows.append(c)
    return index, loose_index


def show(rows, limit=4):
    rows = sorted(rows, key=lambda c: -int(c[11]))
    for c in rows[:limit]:
        print("    %s %s (%s) %s,%s %s.%s %s.%s pop %s src %s" % (c[0], c[1], c[2], c[4], c[5], c[6], c[7], c[8],
                                                                   c[9], c[11], c[12]))
    if len(rows) > limit:
        print("    ... %d more" % (len(rows) - limit))


def main(argv):
    path = argv[0] if argv and argv[0].endswith(".gz") else DEFAULT
    names = [a for a in argv if not a.endswith(".gz")] or NAMES
    index, loose_index = load(path)
    missing = []
    for name in names:
        rows = index.get(name.casefold(), [])
        print("%s: %d rows" % (name, len(rows)))
        show(rows)
        if not rows:
            missing.append(name)
            near = loose_index.get(loose(name), [])
            if near:
                print("    (near miss: %d rows match without diacritics, hyphens and article:)" % len(near))
                show(near)
            base = next((name[:-len(s)] for s in SUFFIXES if name.lower().endswith(s)), None)
            if base:
                adm1 = [c for c in index.get(base.casefold(), []) if c[7] == "ADM1"]
                print("    (no row named so; ADM1 rows named %r:)" % base)
                show(adm1)
    print("NOT found by exact name/alternate: %s" % (", ".join(missing) if missing else "none"))


if __name__ == "__main__":
    main(sys.argv[1:])
