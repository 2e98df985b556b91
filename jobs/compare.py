#!/usr/bin/env python3
"""Exits 0 when two JSON reports hold the same `conflicts`, serialized alike byte for byte.

    python jobs/compare.py JOB_OUT.json CHECK_STORIES.json
"""
import json
import sys


def conflicts_bytes(path):
    with open(path) as f:
        return json.dumps(json.load(f)["conflicts"], indent=2, ensure_ascii=False).encode()


def main():
    a, b = (conflicts_bytes(p) for p in sys.argv[1:3])
    n = len(json.loads(a))
    if a == b:
        print(f"identical: {n} conflicts, {len(a)} bytes")
        return 0
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    print(f"different conflicts ({n} vs {len(json.loads(b))}), first difference at byte {at}:\n"
          f"{a[max(0, at - 200):at + 200].decode(errors='replace')}\n---\n{b[max(0, at - 200):at + 200].decode(errors='replace')}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
