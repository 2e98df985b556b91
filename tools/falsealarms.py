#!/usr/bin/env python3
"""falsealarms.py BIN [--aggregate] [--kind KIND] DIR... : reported findings that match no gold item,
counted by the path and the rule that made them, with confidence bands.

Runs `BIN check --format json` with GAINSAY_TRACE=align on each cluster. Each reported pair
of claims (as the scorer counts them) is true when it matches a gold item, false otherwise,
and is put under:

  keyed:measure / keyed:count   a keyed conflict (src/conflicts.rs); a count keyed by its noun
  fact                          the facts path (key "fact | ...")
  self                          the self-check (key "self | ...")
  aligned:<rule>[+<how>...]     the aligned path: the rule of the trace's "made" event for the
                                two figures (values, score_lines, retyped, streak, tally) and,
                                for "values", the ways the figures met (attribute, per, listed,
                                beside, unit_named, counted_alone, sole, names_released)
  aligned:?                     an aligned finding the trace does not place

--kind KIND (default number; "all" for every kind) picks the findings counted.
--detail adds, for keyed pairs, features of the trace's "keyed_number" event: one article or
two, the sentences' likeness, whether their names clash, the claims' years, the number of sides.
--words counts, per path, the pairs whose two sentences differ in a group of words (a year,
a past or future word, a total, a rate, a part, a hedge, a range, a source) and whether a year
written on one side only is the story's (the year its articles write most) or earlier.

With --aggregate only counts are printed (for sets nobody may read): no text, span, file,
story name, key or value. Without it, each false alarm is listed too (and, with --words, each
keyed pair whose one side is anchored to an earlier year). Nothing is written to disk.
"""
import importlib.util
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

SCORE_PY = os.environ.get("SCORE_PY", str(Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"))
spec = importlib.util.spec_from_file_location("score", SCORE_PY)
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)
spec = importlib.util.spec_from_file_location("funnel", Path(__file__).resolve().parent / "funnel.py")
funnel = importlib.util.module_from_spec(spec)
spec.loader.exec_module(funnel)

BANDS = [(0.0, "<0.5"), (0.5, "0.5-0.6"), (0.6, "0.6-0.7"), (0.7, "0.7-0.8"), (0.8, ">=0.8")]


def band(c):
    got = BANDS[0][1]
    for low, name in BANDS:
        if c >= low:
            got = name
    return got


def path_of(conflict, x, y, made, idx):
    key = conflict.get("key", "")
    if key.startswith("fact |"):
        return "fact"
    if key.startswith("self |"):
        return "self"
    if not key.startswith("aligned |"):
        return "keyed:count" if key.endswith("| count") else "keyed:measure"
    ka = (idx.get(x["source"]), x.get("claim_start"), x.get("claim_end"))
    kb = (idx.get(y["source"]), y.get("claim_start"), y.get("claim_end"))
    e = made.get(frozenset((ka, kb)))
    if e is None:
        return "aligned:?"
    return "aligned:" + "+".join([e["rule"]] + sorted(e["how"]))


DETAIL = False
WORDS = None  # with --words: for each word group, how many true and false pairs have it on one side only

# Groups of words that make two figures compatible (a time, a total, a rate, a part, a hedge),
# looked for in each side's sentence: counted only, never printed with the text.
GROUPS = {
    "year": r"\b(19|20)\d\d\b",
    "past": r"\b(last|previous|earlier|ago|before|former|once|was|were|had)\b",
    "future": r"\b(will|would|expected|forecast|projected|plans?|could|may|might|target)\b",
    "total": r"\b(total|in all|so far|since|cumulative|overall|altogether|to date|combined)\b",
    "rate": r"\b(per|each|a day|a year|a week|a month|average|annual|annually|a head)\b",
    "part": r"\b(of whom|of them|including|among|of which|a further|another|more|additional)\b",
    "hedge": r"\b(about|around|nearly|almost|more than|over|some|up to|at least|roughly|approximately)\b",
    "range": r"\b(between|from)\b",
    "said": r"\b(according to|said|says|told)\b",
}


def keyed_detail(q, ka, kb):
    """Features of a keyed number pair, for aggregate counts: never a value or a text."""
    if q is None:
        return "untraced"
    sim = q["sim"]
    sim = "sim=?" if sim is None else f"sim={min(int(sim * 20), 19) / 20:.2f}"
    ya, yb = q["years"]
    years = "y=none" if ya is None and yb is None else "y=one" if (ya is None) != (yb is None) else (
        "y=same" if ya == yb else "y=differ")
    time = "t=" + "/".join(sorted(q["time"]))
    same = "same_article" if ka[0] == kb[0] else "two_articles"
    return " ".join([same, sim, f"clash={q['clash']}", years, time, f"sides={min(q['sides'], 4)}"])


def one(binary, cluster, kind, counts, listing):
    gold, ps, files, idx, report, stderr = funnel.run_traced(binary, cluster, "align")
    made, keyed = {}, {}
    for line in stderr.splitlines():
        if line.startswith("{"):
            e = json.loads(line)
            if e["event"] == "made":
                made.setdefault(frozenset((tuple(e["a"]), tuple(e["b"]))), e)
            elif e["event"] == "keyed_number":
                for q in e["pairs"]:
                    keyed.setdefault(frozenset((tuple(q["a"]), tuple(q["b"]))), dict(q, sides=e["sides"]))
    conflicts = gold.get("conflicts", [])
    import re
    years = Counter(y for t in files.values() for y in re.findall(r"\b(?:19|20)\d\d\b", t.decode(errors="replace")))
    story = max(years.items(), key=lambda kv: (kv[1], kv[0]))[0] if years else None
    seen = set()
    for c in report.get("conflicts", []):
        if kind and c.get("kind") != kind:
            continue
        sides = c.get("sides") or []
        for i, left in enumerate(sides):
            for right in sides[i + 1:]:
                for x in left.get("claims", []):
                    for y in right.get("claims", []):
                        kx = (x.get("source"), x.get("start"), x.get("end"), sc.claim_text(x, files))
                        ky = (y.get("source"), y.get("start"), y.get("end"), sc.claim_text(y, files))
                        k = frozenset((kx, ky))
                        if kx == ky or k in seen:
                            continue
                        seen.add(k)
                        ok = any(sc.matches(g, kx, ky) for g in conflicts)
                        where = path_of(c, x, y, made, idx)
                        if DETAIL and where.startswith("keyed"):
                            ka = (idx.get(x["source"]), x.get("claim_start"), x.get("claim_end"))
                            kb = (idx.get(y["source"]), y.get("claim_start"), y.get("claim_end"))
                            where += " " + keyed_detail(keyed.get(frozenset((ka, kb))), ka, kb)
                        counts[(c.get("kind"), where, band(c.get("confidence", 0.0)))][ok] += 1
                        if WORDS is not None:
                            import re
                            ta, tb = x.get("sentence", "").lower(), y.get("sentence", "").lower()
                            ya = set(re.findall(r"\b(?:19|20)\d\d\b", ta)); yb = set(re.findall(r"\b(?:19|20)\d\d\b", tb))
                            def anch(t):
                                return {y for y in re.findall(r"\b(?<!since )(?:19|20)\d\d\b", t)}
                            aa, ab = anch(ta), anch(tb)
                            if bool(aa) != bool(ab):
                                ys, other = (aa, y["source"]) if aa else (ab, x["source"])
                                later = [int(v) for v in re.findall(r"\b(?:19|20)\d\d\b", files[other].decode(errors="replace"))]
                                rel2 = "before_other_article" if later and all(int(v) < max(later) for v in ys) else "not_before"
                                WORDS[(where.split(" ")[0].split("+")[0], "anchored_one_side", rel2)][ok] += 1
                            if bool(ya) != bool(yb):
                                ys = ya | yb
                                rel = "story" if story in ys else "earlier" if all(int(y) < int(story or 0) for y in ys) else "later_or_mixed"
                                WORDS[(where.split(" ")[0].split("+")[0], "year_one_side", rel)][ok] += 1
                                if listing and rel == "earlier" and where.startswith("keyed"):
                                    print(f"YEAR {ok} story={story} {cluster.name} {left.get('value')} / {right.get('value')}\n   {ta[:300]}\n   {tb[:300]}")
                            for g, pat in GROUPS.items():
                                ha, hb = bool(re.search(pat, ta)), bool(re.search(pat, tb))
                                WORDS[(where.split(" ")[0].split("+")[0], g, "one" if ha != hb else "both" if ha else "none")][ok] += 1
                        if listing and not ok:
                            print(f"FALSE {cluster.name} [{c.get('kind')}] {where} conf={c.get('confidence')} "
                                  f"key={c.get('key')}\n   {x['source']}: {x.get('sentence', '')[:220]}\n"
                                  f"   {y['source']}: {y.get('sentence', '')[:220]}\n"
                                  f"   values: {left.get('value')} / {right.get('value')}")


def main():
    binary, args = sys.argv[1], sys.argv[2:]
    aggregate = "--aggregate" in args
    kind = "number"
    if "--kind" in args:
        k = args.index("--kind")
        kind = args[k + 1] if args[k + 1] != "all" else None
        args = args[:k] + args[k + 2:]
    global DETAIL
    DETAIL = "--detail" in args
    global WORDS
    if "--words" in args:
        WORDS = defaultdict(Counter)
    dirs = [a for a in args if a not in ("--aggregate", "--detail", "--words")]
    counts = defaultdict(Counter)
    funnel.each_cluster(dirs, aggregate, lambda cluster: one(binary, cluster, kind, counts, not aggregate))
    print(f"{'kind':<8} {'path/rule':<58} {'band':<8} {'true':>5} {'false':>5}")
    tot = Counter()
    by_path = defaultdict(Counter)
    for (k, where, b), n in sorted(counts.items()):
        print(f"{k:<8} {where:<58} {b:<8} {n[True]:>5} {n[False]:>5}")
        tot.update(n)
        by_path[where.split("+")[0]].update(n)
    print("-- by path/rule:")
    for where, n in sorted(by_path.items()):
        print(f"   {where:<40} true {n[True]:>4} false {n[False]:>4}")
    print(f"all: true {tot[True]} false {tot[False]}")
    for k, n in sorted((WORDS or {}).items()):
        print("  words", *k, f"true {n[True]} false {n[False]}")


if __name__ == "__main__":
    main()
