#!/usr/bin/env python3
"""Short-text variants of a labelled id,text,label CSV, to check that clustering generalises to short opinions.

The held-out sets include short sentences of 20-100 characters, where character n-grams alone do poorly. This
cuts each text of IN.csv (e.g. livedoor-dev.csv: a title, a space, then the body) into three sets in OUT_DIR:
  s150.csv   the first 150 characters of the whole text
  first.csv  the body's first sentence (after the title), cut to 100 characters
  later.csv  one later sentence of the body (2nd or later, chosen with a fixed seed), cut to 100 characters
Sentences shorter than 20 characters are skipped; rows without one are left out.
Usage: python3 make_short_sets.py IN.csv OUT_DIR [--seed S]
Then: dotnet run -c Release --project bench/Participation.Bench -- cluster --input OUT_DIR/first.csv
and:  /usr/bin/python3 shared/datasets/baseline.py OUT_DIR/first.csv --seed 0..4 (mean) to compare.
"""
import argparse
import csv
import os
import random
import re

SENTENCE_END = re.compile(r"(?<=[。！？!?])")


def sentences(body):
    return [s.strip() for s in SENTENCE_END.split(body) if len(s.strip()) >= 20]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with open(a.input, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    sets = {"s150": [], "first": [], "later": []}
    for r in rows:
        text = r["text"]
        sets["s150"].append((r["id"], text[:150], r["label"]))
        body = text.split(" ", 1)[1] if " " in text else text
        found = sentences(body)
        if found:
            sets["first"].append((r["id"], found[0][:100], r["label"]))
        if len(found) > 1:
            sets["later"].append((r["id"], rng.choice(found[1:])[:100], r["label"]))
    os.makedirs(a.out_dir, exist_ok=True)
    for name, out in sets.items():
        with open(os.path.join(a.out_dir, name + ".csv"), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "text", "label"])
            w.writerows(out)
        print(f"{name}: {len(out)} rows")


if __name__ == "__main__":
    main()
