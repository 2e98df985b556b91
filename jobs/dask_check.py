#!/usr/bin/env python3
"""gainsay's map/reduce as a Dask job: a feed of many stories checked story by story.

    python jobs/dask_check.py FEED.jsonl --out conflicts.json                 # local mode
    python jobs/dask_check.py s3://bucket/feed.jsonl --out conflicts.json \\
        --scheduler tcp://scheduler:8786 --gainsay /opt/gainsay/bin/gainsay   # a cluster

The steps, each a task of one Dask graph:

1. stories: `gainsay stories --input jsonl --format jsonl` reads the whole feed once (only
   each article's features are kept) and says which story each article is in: the same
   Rust code as `gainsay check --stories`;
2. map: each partition of the feed's lines goes through `gainsay claims --format jsonl
   --input jsonl -`, and each claim record is keyed by the story of its `source`;
3. shuffle: records are grouped by story (`Bag.groupby`, a task shuffle, so it runs on a
   cluster as on one machine);
4. reduce: each story's records go through `gainsay check --claims - --format json`;
5. the conflicts of every story are put in the order of the stories' ids, numbered `c1`,
   `c2`, … and given their `story`, exactly as `gainsay check --stories --format json`
   writes its top-level `conflicts`.

`--out` gets `{"conflicts": [...], "stories": [{"id", "articles"}]}`; `--stats` prints
the wall time and each worker's peak memory (the worker process, and the largest gainsay
process it ran). The gainsay binary must exist at `--gainsay` on every worker; the feed
must be readable from every worker (a shared path, or a URL fsspec knows: s3://, gs://).
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

import dask
import dask.bag as db
from dask.distributed import Client, LocalCluster

# GNU time, for --stats: the peak memory of each gainsay process a worker runs.
TIME = "/usr/bin/time"
PEAK = "GAINSAY_JOB_PEAK_KB"

def _run(args, data, measure=False):
    """Runs gainsay; with `measure`, under GNU time, keeping the worker's largest peak RSS."""
    if measure:
        with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
            out = _run([TIME, "-f", "%M", "-o", rss.name] + args, data)
            kb = int(rss.read().split()[-1])
        # Kept in the worker process's environment: tasks are pickled by value, their
        # globals with them, so a global would not outlive the task.
        os.environ[PEAK] = str(max(int(os.environ.get(PEAK, "0")), kb))
        return out
    proc = subprocess.run(args, input=data, capture_output=True)
    # 1 means "conflicts found", not a failure.
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(args)}: exit {proc.returncode}: {proc.stderr.decode(errors='replace')[-2000:]}")
    return proc.stdout


def assign_stories(gainsay, feed, threshold, measure=False):
    """Article id -> story id, from `gainsay stories`, reading the feed through fsspec."""
    import fsspec

    args = [gainsay, "stories", "--input", "jsonl", "--format", "jsonl", "--threads", "1"]
    if threshold is not None:
        args += ["--story-threshold", str(threshold)]
    with fsspec.open(feed, "rb") as f:
        out = _run(args + ["-"], f.read(), measure)
    story_of = {}
    for line in out.splitlines():
        row = json.loads(line)
        story_of[row["id"]] = row["story"]
    return story_of


def _source(record):
    """The `source` of a claim record without parsing the whole line."""
    key = '"source":"'
    at = record.find(key)
    if at < 0:
        return json.loads(record)["source"]
    value, _ = json.decoder.scanstring(record, at + len(key))
    return value


def map_partition(lines, gainsay, story_of, measure):
    """The map: one partition of feed lines -> (story, claim record) pairs."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines if line.strip())
    if not data:
        return []
    out = _run([gainsay, "claims", "--format", "jsonl", "--input", "jsonl", "--threads", "1", "-"], data.encode(), measure)
    pairs = []
    for record in out.decode().splitlines():
        pairs.append((story_of[_source(record)], record))
    return pairs


def reduce_story(group, gainsay, measure):
    """The reduce: every claim record of one story -> (story, its conflicts, its articles)."""
    story, pairs = group
    data = "".join(record + "\n" for _, record in pairs).encode()
    report = json.loads(_run([gainsay, "check", "--claims", "-", "--format", "json", "--threads", "1"], data, measure))
    return story, report["conflicts"], [s["id"] for s in report["sources"]]


def merge(results):
    """Story order and numbering as `check --stories` gives them."""
    conflicts, stories = [], []
    for story, found, articles in sorted(results, key=lambda r: r[0]):
        for c in found:
            c["id"] = f"c{len(conflicts) + 1}"
            c["story"] = story
            conflicts.append(c)
        stories.append({"id": story, "articles": articles})
    return {"conflicts": conflicts, "stories": stories}


def peak_memory():
    """This worker process's peak RSS, and the largest of the gainsay processes it ran, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gainsay = int(os.environ.get(PEAK, "0")) / 1024
    return {"worker_mb": round(own, 1), "largest_gainsay_mb": round(gainsay, 1)}


def run(feed, gainsay, threshold, blocksize, partitions, measure=False):
    story_of = dask.delayed(assign_stories, pure=True)(gainsay, feed, threshold, measure)
    lines = db.read_text(feed, blocksize=blocksize)
    pairs = lines.map_partitions(map_partition, gainsay, story_of, measure)
    groups = pairs.groupby(lambda p: p[0], shuffle="tasks", npartitions=partitions or lines.npartitions)
    results = groups.map(reduce_story, gainsay, measure).compute()
    return merge(results)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("feed", help="JSON lines, one article per line with `id` and `text` (a path or an fsspec URL)")
    ap.add_argument("--out", required=True, help="where to write the merged conflicts and stories (JSON)")
    ap.add_argument("--gainsay", default="gainsay", help="the gainsay binary on the workers")
    ap.add_argument("--scheduler", help="a Dask scheduler's address (tcp://host:8786); default: a local cluster")
    ap.add_argument("--workers", type=int, default=2, help="local mode: worker processes")
    ap.add_argument("--memory-limit", default="4GiB", help="local mode: memory per worker")
    ap.add_argument("--story-threshold", type=float, help="as `gainsay check --story-threshold`")
    ap.add_argument("--blocksize", default="4MiB", help="bytes of the feed per map partition")
    ap.add_argument("--partitions", type=int, help="reduce partitions (default: as many as map partitions)")
    ap.add_argument("--stats", action="store_true",
                    help="print wall time and peak memory per worker (JSON, stderr); needs GNU time at /usr/bin/time")
    args = ap.parse_args()

    start = time.monotonic()
    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               memory_limit=args.memory_limit, dashboard_address=None)
        client = Client(cluster)
    try:
        merged = run(args.feed, args.gainsay, args.story_threshold, args.blocksize, args.partitions, args.stats)
        memory = client.run(peak_memory)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    with open(args.out, "w") as f:
        json.dump(merged, f, indent=2, ensure_ascii=False)
        f.write("\n")
    if args.stats:
        stats = {"wall_s": round(time.monotonic() - start, 2), "stories": len(merged["stories"]),
                 "conflicts": len(merged["conflicts"]), "workers": memory}
        print(json.dumps(stats), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
