#!/usr/bin/env python3
"""Measure story grouping against known clusters (issue 15's acceptance).

    tools/stories_eval.py feed OUT_DIR CORPUS...    one shuffled feed from every cluster
    tools/stories_eval.py ari FEED.jsonl [--cmd CMD] [--threshold X]

`feed` writes OUT_DIR/feed.jsonl (one article per line: `id`, `text`, `cluster`; ids made
unique by the cluster's name, shuffled with a fixed seed) and OUT_DIR/gold/feed/ (the same
articles as files with a merged gold.json), a layout `score.py` scores in one run. Write it
outside the repository: the corpora are not ours to copy.

`ari` runs `gainsay stories --format jsonl` on the feed and prints the adjusted Rand index
of the stories found against the `cluster` (or `story`) field of each line, with the
numbers of stories and clusters. Pure Python, no dependencies.
"""
import argparse
import json
import random
import shlex
import subprocess
import sys
from collections import Counter
from pathlib import Path


def clusters(paths):
    for p in map(Path, paths):
        if (p / "gold.json").exists():
            yield p
        else:
            yield from sorted(d for d in p.iterdir() if (d / "gold.json").exists())


def build_feed(out, corpora, seed=15):
    rows, golds = [], []
    for cluster in clusters(corpora):
        tag = f"{cluster.parent.name}.{cluster.name}" if cluster.parent.name != "corpus" else cluster.name
        rename = {}
        for path in sorted((cluster / "articles").glob("*.txt")):
            rows.append({"tag": tag, "stem": path.stem, "text": path.read_bytes().decode("utf-8", errors="replace")})
            rename[path.stem] = None
        golds.append((tag, json.loads((cluster / "gold.json").read_text()), rename))
    random.Random(seed).shuffle(rows)
    ids = {}
    for k, r in enumerate(rows):
        r["id"] = f"{k:04d}_{r['tag']}.{r['stem']}"
        ids[(r["tag"], r["stem"])] = r["id"]
    out = Path(out)
    arts = out / "gold" / "feed" / "articles"
    arts.mkdir(parents=True, exist_ok=True)
    with open(out / "feed.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "cluster": r["tag"], "text": r["text"]}, ensure_ascii=False) + "\n")
            (arts / f"{r['id']}.txt").write_text(r["text"])
    merged = {"cluster": "feed", "conflicts": [], "agreements": []}
    for tag, gold, _ in golds:
        for field in ("conflicts", "agreements"):
            for item in gold.get(field, []):
                item = json.loads(json.dumps(item))
                item["id"] = f"{tag}/{item['id']}"
                for side in ("a", "b"):
                    item[side]["source"] = ids[(tag, item[side]["source"])]
                merged[field].append(item)
    (out / "gold" / "feed" / "gold.json").write_text(json.dumps(merged, indent=1))
    print(f"{len(rows)} articles in {len(golds)} clusters -> {out}/feed.jsonl, {out}/gold/feed")


def comb2(n):
    return n * (n - 1) // 2


def ari(truth, found):
    """The adjusted Rand index (Hubert and Arabie) of two labelings of the same items."""
    n = len(truth)
    pairs = Counter(zip(truth, found))
    index = sum(comb2(c) for c in pairs.values())
    a = sum(comb2(c) for c in Counter(truth).values())
    b = sum(comb2(c) for c in Counter(found).values())
    expected = a * b / comb2(n) if n > 1 else 0.0
    best = (a + b) / 2
    return 1.0 if best == expected else (index - expected) / (best - expected)


def measure(feed, cmd, threshold):
    truth = {}
    with open(feed) as f:
        for line in f:
            row = json.loads(line)
            truth[row["id"]] = row.get("cluster") or row.get("story")
    args = shlex.split(cmd) + ["stories", "--input", "jsonl", "--format", "jsonl"]
    if threshold is not None:
        args += ["--story-threshold", str(threshold)]
    proc = subprocess.run(args + [str(feed)], capture_output=True, check=True, text=True)
    found = {}
    for line in proc.stdout.splitlines():
        row = json.loads(line)
        found[row["id"]] = row["story"]
    ids = sorted(truth)
    t = [truth[i] for i in ids]
    s = [found[i] for i in ids]
    score = ari(t, s)
    print(json.dumps({"ari": round(score, 4), "articles": len(ids), "clusters": len(set(t)), "stories": len(set(s)),
                      "threshold": threshold}))
    return score


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    f = sub.add_parser("feed")
    f.add_argument("out")
    f.add_argument("corpora", nargs="+")
    a = sub.add_parser("ari")
    a.add_argument("feed")
    a.add_argument("--cmd", default="target/release/examples/gainsay")
    a.add_argument("--threshold", type=float)
    a.add_argument("--min", type=float, default=0.0, help="exit 1 below this index")
    args = ap.parse_args()
    if args.what == "feed":
        build_feed(args.out, args.corpora)
        return 0
    return 0 if measure(args.feed, args.cmd, args.threshold) >= args.min else 1


if __name__ == "__main__":
    sys.exit(main())
