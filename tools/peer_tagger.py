#!/usr/bin/env python3
"""A peer for examples/tagger_eval.rs: NLTK's averaged perceptron tagger trained on the same
train split as gainsay's tagger (EWT, and GUM's CC BY genres), predicting "UPOS|XPOS" pairs
as gainsay does, and writing its tags for the words of test files.

    pip install nltk
    python3 tools/peer_tagger.py --ewt UD_English-EWT --gum UD_English-GUM \
        --test UD_English-EWT/en_ewt-ud-test.conllu::nltk-ewt.tsv \
        --test UD_English-GUM/en_gum-ud-test.conllu:GUM_news_:nltk-gum-news.tsv

Each --test is FILE:DOC_PREFIX:OUT (an empty prefix keeps every document). OUT has one
"UPOS<TAB>XPOS" line per word and an empty line after each sentence; pass it to
tagger_eval as --peer nltk=OUT.
"""
import argparse
import os
import random
import time

# Keep in step with GUM_CC_BY_GENRES in src/tag/train.rs.
GUM_GENRES = ["bio", "conversation", "interview", "news", "speech", "textbook", "vlog", "voyage"]


def read_conllu(path, doc_prefix=""):
    sents, cur, doc = [], [], ""
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                if cur:
                    if doc.startswith(doc_prefix):
                        sents.append(cur)
                    cur = []
                continue
            if line.startswith("#"):
                c = line[1:].strip()
                if c.startswith("newdoc id"):
                    doc = c[len("newdoc id"):].lstrip(" =").strip()
                continue
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue
            cur.append((cols[1], cols[3], cols[4]))
    if cur and doc.startswith(doc_prefix):
        sents.append(cur)
    return sents


def train_split(d, keep=lambda name: True):
    out = []
    with open(os.path.join(d, "not-to-release/file-lists/files.train"), encoding="utf-8") as f:
        for name in (l.strip() for l in f):
            if not name or not keep(name):
                continue
            if not name.endswith(".conllu"):
                name += ".conllu"
            out.extend(read_conllu(os.path.join(d, "not-to-release/sources", name)))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ewt", required=True)
    ap.add_argument("--gum")
    ap.add_argument("--iterations", type=int, default=5)
    ap.add_argument("--test", action="append", default=[], help="FILE:DOC_PREFIX:OUT")
    a = ap.parse_args()
    from nltk.tag.perceptron import PerceptronTagger

    train = train_split(a.ewt)
    if a.gum:
        train += train_split(a.gum, lambda n: any(n.startswith(f"GUM_{g}_") for g in GUM_GENRES))
    data = [[(w, f"{u}|{x}") for w, u, x in s] for s in train]
    random.seed(13)
    tagger = PerceptronTagger(load=False)
    t0 = time.time()
    tagger.train(data, nr_iter=a.iterations)
    print(f"nltk: trained on {sum(map(len, data))} words in {time.time() - t0:.1f} s")
    for spec in a.test:
        path, prefix, out = spec.split(":", 2)
        sents = read_conllu(path, prefix)
        t0 = time.time()
        tagged = [tagger.tag([w for w, _, _ in s]) for s in sents]
        secs = time.time() - t0
        n = sum(map(len, sents))
        right = sum(t.split("|")[0] == u for s, ts in zip(sents, tagged) for (_, u, _), (_, t) in zip(s, ts))
        with open(out, "w", encoding="utf-8") as f:
            for ts in tagged:
                for _, t in ts:
                    u, _, x = t.partition("|")
                    f.write(f"{u}\t{x or '_'}\n")
                f.write("\n")
        print(f"nltk: {path} {prefix}: UPOS {100 * right / n:.2f}% of {n} words, {n / secs:,.0f} words/s")


if __name__ == "__main__":
    main()
