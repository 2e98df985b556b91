#!/usr/bin/env python3
"""selfshapes.py DIR... : what the two cues of each "must" self-contradiction of the gold are made of.

Counts only, never a cue, file or story name: it may be run on sets nobody may read. For
each self item it prints one line of features per shape, counted over all the items:

  digit      a figure written in digits ("41 aircraft")
  nw-small   a number written as a word up to twelve ("nine blue helmets")
  nw-large   a larger number word or scale word ("thirty", "million")
  nw-hyphen  a number word joined to a word by a hyphen ("a three-day strike", "a five-seat lead")
  frac       a fraction, "dozen", "twice", "double"
  timeunit   a unit of time (years, months, days, decades, hours)
  pct        a percentage
  neg        a denial ("not", "no", "never", "n't", "without")
  plain      none of those

and, for items whose two cues both hold digits, whether some figure of one is one slip
from some figure of the other (two neighbouring digits swapped or one digit more: the
self-check's retyped test, src/align/selfcheck.rs) and whether the cues look like money.
The self-check reads figures in digits one slip apart; the shapes show what it leaves.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

SMALL = "one two three four five six seven eight nine ten eleven twelve".split()
LARGE = ("thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
         "eighty ninety hundred thousand million billion").split()
NUMBER = SMALL + LARGE


def features(cue):
    cue = cue.lower()
    out = []
    if re.search(r"\b(" + "|".join(NUMBER) + r")-[a-z]", cue):
        out.append("nw-hyphen")
    if re.search(r"\b(" + "|".join(SMALL) + r")\b(?!-)", cue):
        out.append("nw-small")
    if re.search(r"\b(" + "|".join(LARGE) + r")\b(?!-)", cue):
        out.append("nw-large")
    if re.search(r"\b(dozen|dozens|half|quarter|third|thirds|twice|double|triple)\b", cue):
        out.append("frac")
    if re.search(r"\d", cue):
        out.append("digit")
    if re.search(r"\b(years?|months?|weeks?|days?|decades?|hours?|minutes?)\b", cue):
        out.append("timeunit")
    if re.search(r"%|per ?cent|percent", cue):
        out.append("pct")
    if re.search(r"\b(not|no|never|without)\b|n't\b", cue):
        out.append("neg")
    return "+".join(out) or "plain"


def digits_of(cue):
    return [re.sub(r"\D", "", f) for f in re.findall(r"\d[\d,.]*", cue)]


def retyped(x, y):
    """Two digit strings one slip apart, as the self-check's test."""
    if not x or not y or x == y:
        return False
    if len(x) == len(y):
        d = [k for k in range(len(x)) if x[k] != y[k]]
        return len(d) == 2 and d[1] == d[0] + 1 and x[d[0]] == y[d[1]] and x[d[1]] == y[d[0]]
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return len(long_) == len(short) + 1 and any(long_[:k] == short[:k] and long_[k + 1:] == short[k:]
                                                for k in range(len(long_)))


MONEY = re.compile(r"[$€£¥]|\b[a-z]{0,2}\d[\d,.]*\s*(bn|m|billion|million)\b|\b(dollars|euros|pounds|rand|naira|"
                   r"shillings|yuan|pesos|rupees|francs|crowns|kroner)\b")


def clusters(paths):
    for p in paths:
        p = Path(p)
        if (p / "gold.json").exists():
            yield p
        else:
            yield from sorted(q for q in p.iterdir() if (q / "gold.json").exists())


def main():
    shapes, digits = Counter(), Counter()
    items = 0
    for c in clusters(sys.argv[1:]):
        gold = json.loads((c / "gold.json").read_text())
        for g in gold.get("conflicts", []):
            if g.get("kind") != "self" or g.get("status") != "must":
                continue
            items += 1
            a, b = g["a"]["cue"], g["b"]["cue"]
            shapes[" ; ".join(sorted((features(a), features(b))))] += 1
            da, db = digits_of(a), digits_of(b)
            if da and db:
                slip = any(retyped(x, y) for x in da for y in db)
                money = bool(MONEY.search((a + " " + b).lower()))
                digits[f"both in digits: one slip apart {slip}, money {money}"] += 1
            else:
                digits["a cue without digits"] += 1
    print(f"{items} self items")
    for k, v in sorted(shapes.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{v:4} {k}")
    for k, v in sorted(digits.items()):
        print(f"{v:4} {k}")


if __name__ == "__main__":
    main()
