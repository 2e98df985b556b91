#!/usr/bin/env python3
"""Distils Open English WordNet into the compact tables under data/wordnet/.

    git --git-dir="$OEWN_GIT" archive HEAD src/yaml | tar -x -C /work/wn
    python3 tools/build_wordnet.py --wordnet /work/wn/src/yaml \
        --corpus ../shared/corpora/bbc-news/bbc.jsonl --out data/wordnet

Open English WordNet (https://github.com/globalwordnet/english-wordnet) is CC BY 4.0; the
raw YAML stays outside the repository. The news corpus only decides which lemmas matter
(a lemma is kept when its forms occur at least MIN_COUNT times); no text of it is written.

Output is sorted and deterministic: the same inputs give the same bytes
(tests/wordnet_data.rs regenerates and compares when both inputs exist).

Why Python: the source is 45 MB of YAML. PyYAML with libyaml reads it in a minute, while a
Rust generator would add a YAML crate to the shared Cargo.toml / Cargo.lock of a crate that
otherwise never reads YAML (serde_yaml itself is unmaintained).
"""

import argparse
import collections
import glob
import json
import os
import re
import sys

import yaml

# The cuts. Sense order in WordNet is roughly frequency order (from the SemCor counts).
# A lemma is kept when its forms occur this often in the news corpus (2,225 articles:
# "acquit" and "decrease" occur 3 and 4 times). An event noun is kept when its verb is.
MIN_COUNT = 1
# Two verbs are one class when they share the synset of their first sense: "need" and
# "require", "postpone" and "defer". A looser cut (the first two senses, transitively)
# merges "find", "meet", "affect" and "note" into one class of 26.
CLASS_RANK = 1
# Antonyms: only between senses ranked this high on both sides ("win" 1 / "lose" 2).
ANTONYM_RANK = 2
# Derivations: the noun's (or adjective's) sense rank. The verb's sense does not matter:
# the link is morphological ("signing" points at a fifth sense of "sign").
DERIV_NOUN_RANK = 3
# Nouns of one thing: a noun is linked when its forms occur this often in the news corpus,
# and a synonym only when the shared synset is its first sense too (NOUN_RANK).
MIN_NOUN_COUNT = 3
NOUN_RANK = 1
# A hypernym links only when it has at most this many kinds.
MAX_HYPONYMS = 6
# Nouns and a broader noun that may name the same thing again ("the university" / "the
# institution", "the liner" / "the ship"): an ancestor at most BROAD_NOUN_DEPTH hypernyms up
# from one of the first BROAD_NOUN_RANK senses, which is the broader noun's first sense and
# has at most MAX_BROAD_NOUN_HYPONYMS kinds ("organization" has dozens), and names no person
# (people are named by their titles).
BROAD_NOUN_RANK = 3
BROAD_NOUN_DEPTH = 2
MAX_BROAD_NOUN_HYPONYMS = 12
# Phrasal verbs: the shared synset among the first PHRASAL_RANK senses of both ("break
# down" and "fail" meet at their fourth, stop functioning).
PHRASAL_RANK = 4
# A phrasal verb's news sense is often a later one of WordNet's ("throw out" meets "dismiss"
# at its fifth, put out of consideration): past PHRASAL_RANK, any sense of the phrase links it
# to a verb when the synset has at most LATE_PHRASAL_MEMBERS members and is among the verb's
# first LATE_PHRASAL_RANK senses, the verb not mostly a noun in news. A looser link: it only
# sets the phrase where the verb stands on an opposition ("l" rows).
LATE_PHRASAL_RANK = 2
LATE_PHRASAL_MEMBERS = 3
# Verbs that entail a broader one: a sense among the first ENTAIL_RANK of the narrower verb
# is a synonym of, or a direct kind of, a sense among the first BROAD_RANK of the broader
# ("finance" is a way to "pay"; "send" is a kind of "transmit", its fourth sense). A
# hypernym links only when it has at most MAX_VERB_HYPONYMS kinds ("move" has hundreds).
ENTAIL_RANK = 2
BROAD_RANK = 4
MAX_VERB_HYPONYMS = 30
# Verbs of one act: two one-word news verbs sharing a synset among the first PEER_RANK senses
# of both, kept even when news uses one mostly as a noun or an adjective ("cut" / "reduce",
# "shut" / "close", "handle" / "deal"): the tagger, not the table, says a word is a verb.
PEER_RANK = 3
# Verbs of one act to a denial: two one-word news verbs sharing a synset among the first
# MATE_RANK senses of both, not peers already ("dismiss" / "sack" meet at their fourth and
# second, "hurt" / "injure" at their fourth and third). Looser than peers: read only where
# one side denies what the other affirms, of the same participants ("was not sacked" /
# "was dismissed").
MATE_RANK = 4
# Noun classes of counted things: a counted noun belongs to a class when the hypernym chain
# of its first sense reaches the class's top synset; to the person class also when its
# second sense does ("fans": a device first, then enthusiasts), as news counts people far
# more often than things. A noun whose first sense is the top itself names the class
# ("vehicles", "aircraft", "individuals"): a count by it may be a count of any kind of it.
NOUN_CLASSES = [
    ("person", "00007846-n"),
    ("animal", "00015568-n"),
    ("vehicle", "04531608-n"),
    ("aircraft", "02689427-n"),
    ("vessel", "04537861-n"),
    ("building", "02916498-n"),
    ("weapon", "04572661-n"),
]
PERSON_RANK = 2
# A group of people a noun antonym sets against another covers the kinds of its direct
# hypernym when that has at most this many kinds ("military personnel": 16).
MAX_SIDE_HYPONYMS = 20
# A noun's broader nouns: the nouns under a class whose first sense is, at most KIND_DEPTH
# hypernyms up, an ancestor of its first sense ("ewe" / "sheep"); a count by the broader
# noun may count the narrower ("23 sheep were killed" / "15 ewes were killed").
KIND_DEPTH = 3
# The people of a place: a capitalised noun is kept only below it ("Icelander", "Peruvian").
INHABITANT = "09643248-n"
# Noun lexicographer files that name events, acts and states ("arrest", "approval"), not
# agents or things ("sender", "signature").
EVENT_NOUN_FILES = {"act", "event", "communication", "process", "state", "possession", "phenomenon"}

HEADER = (
    "# Distilled from Open English WordNet (CC BY 4.0, https://github.com/globalwordnet/english-wordnet)\n"
    "# by tools/build_wordnet.py; do not edit, regenerate (see README, \"WordNet\").\n"
)


def load_yaml(path):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=loader)


def lemma_of_key(key):
    """'put_off%2:31:00::' -> 'put off'."""
    return key.split("%", 1)[0].replace("_", " ")


def corpus_counts(path):
    """Counts of lowercase words and of 2- and 3-word sequences."""
    counts = collections.Counter()
    word = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
    with open(path, encoding="utf-8") as f:
        for line in f:
            toks = word.findall(json.loads(line)["text"].lower())
            counts.update(toks)
            counts.update(" ".join(toks[i : i + 2]) for i in range(len(toks) - 1))
            counts.update(" ".join(toks[i : i + 3]) for i in range(len(toks) - 2))
    return counts


def verb_forms(lemma, irregular):
    """Every form a verb lemma may take in text, generously: the first word inflects."""
    first, _, rest = lemma.partition(" ")
    rest = " " + rest if rest else ""
    forms = {first, first + "s", first + "es", first + "ed", first + "d", first + "ing"}
    if first.endswith("e"):
        forms.add(first[:-1] + "ing")
    if first.endswith("y"):
        forms |= {first[:-1] + "ies", first[:-1] + "ied"}
    if len(first) > 2 and first[-1] not in "aeiouwxy" and first[-2] in "aeiou":
        forms |= {first + first[-1] + "ed", first + first[-1] + "ing"}
    forms |= set(irregular)
    return {f + rest for f in forms}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wordnet", required=True, help="the src/yaml folder of english-wordnet")
    ap.add_argument("--corpus", required=True, help="news corpus, JSON lines with a 'text' field")
    ap.add_argument("--out", required=True, help="output folder (data/wordnet)")
    ap.add_argument("--explain", action="store_true", help="print the merges and links made")
    args = ap.parse_args()

    entries = {}
    for path in sorted(glob.glob(os.path.join(args.wordnet, "entries-*.yaml"))):
        entries.update(load_yaml(path))
    synsets = {}
    lexfile = {}
    for path in sorted(glob.glob(os.path.join(args.wordnet, "*.yaml"))):
        name = os.path.basename(path)
        if name.startswith("entries-") or name == "frames.yaml":
            continue
        part = load_yaml(path)
        synsets.update(part)
        for sid in part:
            lexfile[sid] = name[: -len(".yaml")].split(".", 1)[1]
    if not entries or not synsets:
        sys.exit(f"no WordNet YAML under {args.wordnet}")
    counts = corpus_counts(args.corpus)

    # Lowercase lemmas only (proper names are not predicates), senses in WordNet order.
    # senses[(lemma, pos)] = [sense dict]; pos is n, v or a (satellites folded into a).
    senses = {}
    by_key = {}
    for lemma, by_pos in entries.items():
        if lemma != lemma.lower():
            continue
        for pos, entry in sorted(by_pos.items()):
            # "n-1", "n-2": homographs told apart by pronunciation.
            p = pos.split("-")[0]
            p = "a" if p == "s" else p
            if p not in "nva":
                continue
            lst = senses.setdefault((lemma, p), [])
            for s in entry.get("sense", []):
                lst.append(s)
                by_key[s["id"]] = (lemma, p, len(lst), s["synset"])

    def count(lemma, pos):
        if pos == "v":
            irregular = irregular_forms(lemma)
            return sum(counts.get(f, 0) for f in verb_forms(lemma, irregular))
        plural = {lemma, lemma + "s", lemma + "es"}
        return sum(counts.get(f, 0) for f in plural)

    def irregular_forms(lemma):
        """The irregular forms WordNet lists for a verb ("sent" for "send")."""
        forms = []
        for pos, entry in sorted(entries.get(lemma, {}).items()):
            if pos.split("-")[0] == "v":
                forms.extend(entry.get("form", []) or [])
        return forms

    news = {k: count(*k) for k in senses}
    news = {k: n for k, n in news.items() if n >= MIN_COUNT}

    def verbal(lemma):
        """Occurrences of the forms that can only be a verb's (-ed, -ing, irregular past)."""
        irregular = irregular_forms(lemma)
        first, _, rest = lemma.partition(" ")
        forms = verb_forms(lemma, irregular) - {lemma, first + "s" + (" " + rest if rest else "")}
        return sum(counts.get(f, 0) for f in forms)

    def rank(lemma, pos, synset):
        for i, s in enumerate(senses.get((lemma, pos), [])):
            if s["synset"] == synset:
                return i + 1
        return None

    # ---- verb classes: the synset of the first sense.
    def mostly_noun(lemma):
        """A word news uses as a noun or adjective far more than as a verb ("table",
        "chairman", "long")."""
        if " " in lemma:
            return False
        other = max(count(lemma, p) for p in "na" if (lemma, p) in senses) if {(lemma, "n"), (lemma, "a")} & senses.keys() else 0
        return 4 * verbal(lemma) < other

    def only_verb(lemma):
        """Only a verb in WordNet, and so is no -ing form of it: news text can teach it as a
        verb without turning "evening" into "even" or "the cod quota" into a verb."""
        first = lemma.split(" ")[0]
        irregular = irregular_forms(first)
        words = {first} | {f for f in verb_forms(first, irregular) if f.endswith(("ing", "ed"))}
        return not any((w, p) in senses for w in words for p in "na")

    groups = collections.defaultdict(list)
    for (lemma, pos), n in news.items():
        if pos != "v" or mostly_noun(lemma):
            continue
        for s in senses[(lemma, pos)][:CLASS_RANK]:
            groups[s["synset"]].append(lemma)
    classes = {}
    for synset, members in groups.items():
        if len(members) < 2:
            continue
        # The class is named by its member most often used as a verb in the news: "postpone",
        # not "table".
        name = min(members, key=lambda m: (-verbal(m), -news[(m, "v")], m))
        for m in members:
            classes[m] = name

    # ---- antonyms: sense relations, widened to the synonyms of the top senses on both
    # sides ("go up" / "come down" through "rise" / "fall"), and for adjectives from a
    # satellite to the antonyms of its head ("deceased" / "alive").
    def top(lemma, pos, synset, limit):
        r = rank(lemma, pos, synset)
        return r is not None and r <= limit and (lemma, pos) in news

    ant_synsets = set()
    for key, (lemma, pos, r, synset) in by_key.items():
        if pos not in "va":
            continue
        sense = senses[(lemma, pos)][r - 1]
        for other in sense.get("antonym", []) or []:
            if other in by_key:
                ant_synsets.add((pos, synset, by_key[other][3]))
    satellites = collections.defaultdict(list)
    for sid, info in synsets.items():
        if sid.endswith("-s"):
            for head in info.get("similar") or []:
                satellites[head].append(sid)
    antonyms = set()
    for pos, s1, s2 in sorted(ant_synsets):
        side1 = [m for m in synsets[s1]["members"] if top(m, pos, s1, ANTONYM_RANK)]
        side2 = [m for m in synsets[s2]["members"] if top(m, pos, s2, ANTONYM_RANK)]
        pairs = [(a, b) for a in side1 for b in side2]
        if pos == "a":
            # A satellite, when it is among its lemma's first senses, against the other
            # head's members ("deceased" / "alive"); never satellite against satellite,
            # which gives "simple" / "tricky".
            for head, other in ((s1, side2), (s2, side1)):
                for sat in sorted(satellites[head]):
                    sats = [m for m in synsets[sat]["members"] if top(m, pos, sat, ANTONYM_RANK)]
                    pairs.extend((a, b) for a in sats for b in other)
        for a, b in pairs:
            if a != b:
                antonyms.add((pos, min(a, b), max(a, b)))

    # ---- derivations: event nouns and adjectives to their verbs.
    derivs = {}
    for lemma, pos in sorted(senses):
        if pos not in "na":
            continue
        best = None
        for r, sense in enumerate(senses[(lemma, pos)][:DERIV_NOUN_RANK], start=1):
            if pos == "n" and lexfile.get(sense["synset"]) not in EVENT_NOUN_FILES:
                continue
            links = (sense.get("derivation") or []) + (sense.get("participle") or [])
            if pos == "a" and not (sense.get("participle") or lemma.endswith(("ed", "en"))):
                # "closed", "broken"; not "acceptable" or "selective".
                continue
            for key in links:
                target = by_key.get(key)
                if not target or target[1] != "v":
                    continue
                verb = target[0]
                if (verb, "v") not in news or verb == lemma and pos == "a":
                    continue
                # The noun's main sense decides, then the verb most used as one: "closure" is
                # "close", not the parliamentary "closure".
                score = (r, -verbal(verb), verb)
                if best is None or score < best[0]:
                    best = (score, verb)
        if best:
            derivs[(pos, lemma)] = best[1]

    # ---- nouns of one thing: a noun and a synonym of its first sense ("takings",
    # "proceeds"), or a noun and the direct hypernym of its first sense when that is the
    # hypernym's own first sense ("engine" / "motor"). Two participants named so may be one.
    # Siblings are left out: "export" and "import" share the hypernym "commodity".
    def first_synsets(lemma, pos, limit):
        return [s["synset"] for s in senses.get((lemma, pos), [])[:limit]]

    hyponyms = collections.Counter(h for info in synsets.values() for h in info.get("hypernym") or [])

    def plain_noun(lemma):
        """A noun of the news corpus that is not mostly an adjective (more adjective senses
        than noun senses: "individual", "open") nor an -ing form ("wishing")."""
        return (
            news.get((lemma, "n"), 0) >= MIN_NOUN_COUNT
            and " " not in lemma
            and len(senses.get((lemma, "a"), [])) <= len(senses[(lemma, "n")])
            and not lemma.endswith("ing")
        )

    noun_links = set()
    for (lemma, pos) in news:
        if pos != "n" or not plain_noun(lemma):
            continue
        top_sense = first_synsets(lemma, "n", 1)[0]
        near = [m for m in synsets[top_sense]["members"] if top_sense in first_synsets(m, "n", NOUN_RANK)]
        for h in synsets[top_sense].get("hypernym") or []:
            # A narrow hypernym only: "motor" has five kinds, "structure" hundreds.
            if hyponyms[h] <= MAX_HYPONYMS:
                near.extend(m for m in synsets[h]["members"] if first_synsets(m, "n", 1) == [h])
        for m in near:
            if m != lemma and plain_noun(m):
                noun_links.add((min(lemma, m), max(lemma, m)))
    # ---- a noun and a broader noun two hypernyms up at most ("university" → educational
    # institution → "institution"): a later mention often names a thing by a broader noun.
    broad_nouns = set()
    for (lemma, pos) in news:
        if pos != "n" or not plain_noun(lemma):
            continue
        frontier = first_synsets(lemma, "n", BROAD_NOUN_RANK)
        ancestors = set()
        for _ in range(BROAD_NOUN_DEPTH):
            frontier = [h for s in frontier for h in synsets[s].get("hypernym") or []]
            ancestors.update(frontier)
        for h in sorted(ancestors):
            if hyponyms[h] > MAX_BROAD_NOUN_HYPONYMS or lexfile.get(h) == "person":
                continue
            for m in synsets[h]["members"]:
                if m != lemma and plain_noun(m) and first_synsets(m, "n", 1) == [h]:
                    broad_nouns.add((lemma, m))
    # ---- phrasal verbs and one-word verbs that share a sense high on both sides: "break
    # down" and "fail" (stop functioning), "call off" and "cancel".
    phrasal_links = set()
    late_phrasal = set()
    for (lemma, pos), n in news.items():
        if pos != "v" or " " not in lemma:
            continue
        for r, synset in enumerate(first_synsets(lemma, "v", None), start=1):
            members = synsets[synset]["members"]
            # Past its first senses, only a synset of few members, high among the verb's: not
            # "bed" through "make out".
            late = r > PHRASAL_RANK
            if late and len(members) > LATE_PHRASAL_MEMBERS:
                continue
            limit = LATE_PHRASAL_RANK if late else PHRASAL_RANK
            for m in members:
                if " " not in m and (m, "v") in news and synset in first_synsets(m, "v", limit):
                    if not late:
                        phrasal_links.add((lemma, m))
                    elif not mostly_noun(m):
                        late_phrasal.add((lemma, m))

    # ---- verbs that entail a broader verb: "dispatch" / "send", "finance" / "pay",
    # "decline" / "refuse" (synonyms entail each other). News verbs both, not mostly nouns,
    # of two classes (one class is one key already).
    def news_verb(lemma):
        return (lemma, "v") in news and not mostly_noun(lemma)

    # entails[(narrower, broader)] = the rank of the narrower's sense that links them, the
    # first found: "e" rows of a first sense, "f" rows of a later one.
    entails = {}
    for (lemma, pos) in news:
        if pos != "v" or not news_verb(lemma):
            continue
        for r, synset in enumerate(first_synsets(lemma, "v", ENTAIL_RANK), start=1):
            broad = [(m, synset, ENTAIL_RANK) for m in synsets[synset]["members"]]
            for h in synsets[synset].get("hypernym") or []:
                if hyponyms[h] <= MAX_VERB_HYPONYMS:
                    broad.extend((m, h, BROAD_RANK) for m in synsets[h]["members"])
            for m, target, limit in broad:
                if m == lemma or not news_verb(m) or target not in first_synsets(m, "v", limit):
                    continue
                if classes.get(lemma, lemma) == classes.get(m, m):
                    continue
                entails.setdefault((lemma, m), r)

    def shared_sense(rank):
        """One-word news verbs a < b sharing a synset among the first `rank` senses of both."""
        out = set()
        for (lemma, pos) in news:
            if pos != "v" or " " in lemma:
                continue
            for synset in first_synsets(lemma, "v", rank):
                for m in synsets[synset]["members"]:
                    if lemma < m and " " not in m and (m, "v") in news and synset in first_synsets(m, "v", rank):
                        out.add((lemma, m))
        return out

    # ---- verbs of one act: "cut" / "reduce" (sense 2 of "cut", 1 of "reduce"), unlinked
    # above when one is mostly a noun in news or the shared sense is a later one.
    peers = shared_sense(PEER_RANK)

    # ---- verbs of one act to a denial: as peers, a sense further down.
    mates = {
        (a, b)
        for a, b in shared_sense(MATE_RANK)
        if (a, b) not in peers and classes.get(a, a) != classes.get(b, b)
    }

    # ---- noun classes of counted nouns: the forms of each noun under a class ("students",
    # "aircraft", "ewes", "Icelanders"), its lemma, the classes its first
    # sense reaches, and the classes it names. A demonym ("Icelander") gives only its plural
    # forms: the singular is mostly an adjective ("an Icelandic farmer").
    tops = {sid: name for name, sid in NOUN_CLASSES}

    def ancestors(synset):
        seen = {synset}
        frontier = [synset]
        while frontier:
            frontier = [h for s in frontier for h in synsets[s].get("hypernym") or [] if h not in seen]
            seen.update(frontier)
        return seen

    def noun_senses(lemma):
        out = []
        for pos, entry in sorted(entries.get(lemma, {}).items()):
            if pos.split("-")[0] == "n":
                out.extend(s["synset"] for s in entry.get("sense", []))
        return out

    def noun_forms(lemma):
        forms = {lemma, lemma + "s"}
        if lemma.endswith(("s", "x", "z", "ch", "sh")):
            forms.add(lemma + "es")
        if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "i", "o", "u"):
            forms.add(lemma[:-1] + "ies")
        if lemma.endswith("man"):
            forms.add(lemma[:-3] + "men")
        for pos, entry in sorted(entries.get(lemma, {}).items()):
            if pos.split("-")[0] == "n":
                forms.update(entry.get("form") or [])
        return forms

    def near_ancestors(synset):
        seen = set()
        frontier = [synset]
        for _ in range(KIND_DEPTH):
            frontier = [h for s in frontier for h in synsets[s].get("hypernym") or [] if h not in seen]
            seen.update(frontier)
        return seen

    # Nouns by their first sense, to find the noun an ancestor synset is first of.
    first_of = collections.defaultdict(list)
    for lemma in sorted(entries):
        if lemma == lemma.lower() and " " not in lemma and lemma.replace("-", "").isalpha():
            senses_n = noun_senses(lemma)
            if senses_n:
                first_of[senses_n[0]].append(lemma)

    noun_classes = {}
    for lemma in sorted(entries):
        if " " in lemma or "_" in lemma or not lemma.replace("-", "").isalpha():
            continue
        first = noun_senses(lemma)
        # Not a word WordNet knows far more as a verb ("have", "bear"; "nurse" and "fan"
        # stay); one it knows mostly as an adjective only by its plural ("academics", not
        # "major").
        adjective, verb = (len(senses.get((lemma, p), [])) for p in "av")
        if not first or verb > 3 * len(first):
            continue
        reached = {tops[h] for h in ancestors(first[0]) if h in tops}
        if any("00007846-n" in ancestors(s) for s in first[:PERSON_RANK]):
            reached.add("person")
        if not reached:
            continue
        names = sorted({tops[first[0]]} if first[0] in tops else set())
        proper = lemma != lemma.lower()
        # A capitalised lemma only when it names the people of a place, and no lowercase
        # noun is written alike: "Icelanders", not "Democrats" nor "jobs" (Job).
        if proper and (INHABITANT not in ancestors(first[0]) or noun_senses(lemma.lower())):
            continue
        # Every noun under a class is kept, whether or not the news corpus writes it: any
        # story may count people, animals, vehicles or buildings of any kind, in its own
        # words for them ("ewes", "tractors", "Icelanders").
        forms = sorted(noun_forms(lemma))
        # Not the class's top ("animal"): a count by it is a count of any kind of it already.
        # Only a broader noun of one of its classes that news writes ("sheep", "workers").
        broader = sorted(
            {
                m
                for h in near_ancestors(first[0])
                if h not in tops and reached & {tops[t] for t in ancestors(h) if t in tops}
                for m in first_of.get(h, [])
                if m != lemma and count(m, "n") >= MIN_NOUN_COUNT
            }
        )
        for form in forms:
            low = form.lower()
            if (proper or adjective > len(first)) and low == lemma.lower() or " " in low:
                continue
            row = (lemma, ",".join(sorted(reached)), ",".join(names) or "-", ",".join(broader) or "-")
            old = noun_classes.get(low)
            # A lowercase lemma before a capitalised one ("poles" is "pole"), then the lemma
            # written as the form, then the first in order.
            if old is None or (old[0] != old[0].lower(), old[0] != low) > (proper, lemma != low):
                noun_classes[low] = row

    # ---- groups of people that exclude each other: a noun antonym between two kinds of
    # person ("civilian" / "serviceman", "adult" / "juvenile", "man" / "woman"), inherited by
    # every person noun whose first sense is under one side ("soldier" is a serviceman, "pupil"
    # no adult). A count of soldiers and one of civilians count two groups, never one thing.
    person = dict(NOUN_CLASSES)["person"]
    opposed = collections.defaultdict(set)
    for key, (lemma, pos, r, synset) in sorted(by_key.items()):
        if pos != "n" or person not in ancestors(synset):
            continue
        for other in senses[(lemma, pos)][r - 1].get("antonym") or []:
            target = by_key.get(other)
            if target and target[1] == "n" and person in ancestors(target[3]):
                opposed[(synset, lemma)].add((target[3], target[0]))
    # A side is named by the lemma whose sense bears the antonym, the least when several do.
    label = {}
    for synset, lemma in sorted(opposed):
        label.setdefault(synset, lemma)
    # A side covers its synset and, when that is one of a few kinds of its direct hypernym
    # and the other side is no kind of it, the hypernym's other kinds: WordNet sets
    # "civilian" against "serviceman", and a soldier is under "military personnel" beside it.
    sides_of = collections.defaultdict(set)
    for (synset, _), others in opposed.items():
        for other, _ in others:
            side = f"{label[synset]}~{label[other]}"
            sides_of[synset].add(side)
            for h in synsets[synset].get("hypernym") or []:
                if h != person and hyponyms[h] <= MAX_SIDE_HYPONYMS and h not in ancestors(other):
                    sides_of[h].add(side)
    person_sides = {}
    for lemma in sorted({row[0] for row in noun_classes.values() if "person" in row[1].split(",")}):
        first = noun_senses(lemma)
        sides = set().union(*(sides_of.get(h, set()) for h in ancestors(first[0]))) if first else set()
        # A noun under both sides of one pair says nothing of either.
        sides = {s for s in sides if "~".join(reversed(s.split("~"))) not in sides}
        if sides:
            person_sides[lemma] = ",".join(sorted(sides))

    os.makedirs(args.out, exist_ok=True)
    write(
        os.path.join(args.out, "verb_classes.tsv"),
        "# lemma<TAB>class<TAB>v|nv: verbs whose first sense is one synset, named by the member\n"
        "# most used as a verb in news; v: only a verb in WordNet (nor is its -ing or -ed form a\n"
        "# noun or adjective), nv: also a noun or adjective.\n",
        (f"{m}\t{c}\t{'v' if only_verb(m) else 'nv'}" for m, c in sorted(classes.items())),
    )
    write(
        os.path.join(args.out, "antonyms.tsv"),
        "# pos<TAB>a<TAB>b: opposite senses (v verb, a adjective), a < b.\n",
        (f"{p}\t{a}\t{b}" for p, a, b in sorted(antonyms)),
    )
    write(
        os.path.join(args.out, "derivations.tsv"),
        "# pos<TAB>word<TAB>verb: the verb an event noun (n) or an adjective (a) derives from;\n"
        "# s: two nouns that may name one thing (a synonym or direct hypernym of the first sense);\n"
        "# b: a noun and a broader noun that may name it (one of its first senses is, at most two\n"
        "# hypernyms up, the first sense of the broader, a narrow one naming no person);\n"
        "# p: a phrasal verb and a one-word verb sharing a sense among the first of both;\n"
        "# l: a phrasal verb and a one-word verb sharing a later sense of the phrase, not p (the\n"
        "# phrase stands where the verb stands on an opposition, no more);\n"
        "# e, f: a verb and a broader verb it entails (a synonym or a direct hypernym of one of its\n"
        "# first senses; e: of its first sense, f: of a later one);\n"
        "# v: two verbs sharing a sense among the first three of both (one act), a < b;\n"
        "# m: two verbs sharing a sense among the first four of both, not v (one act to a denial), a < b.\n",
        sorted(
            [f"{p}\t{w}\t{v}" for (p, w), v in derivs.items() if p in "na"]
            + [f"s\t{a}\t{b}" for a, b in noun_links]
            + [f"b\t{a}\t{b}" for a, b in broad_nouns]
            + [f"p\t{a}\t{b}" for a, b in phrasal_links]
            + [f"l\t{a}\t{b}" for a, b in late_phrasal - phrasal_links]
            + [f"{'e' if r == 1 else 'f'}\t{a}\t{b}" for (a, b), r in entails.items()]
            + [f"v\t{a}\t{b}" for a, b in peers]
            + [f"m\t{a}\t{b}" for a, b in mates]
        ),
    )
    write(
        os.path.join(args.out, "noun_classes.tsv"),
        "# form<TAB>lemma<TAB>classes<TAB>names<TAB>broader: a form of a noun under a class, its lemma\n"
        "# (capitalised for a demonym, \"Icelander\"), the classes its first sense reaches (person also by its\n"
        "# second), the classes it names (its first sense is the class's top), or -, and its broader\n"
        "# nouns (the first sense of each is at most three hypernyms above its own, no class's top), or -.\n",
        (f"{f}\t{l}\t{c}\t{n}\t{b}" for f, (l, c, n, b) in sorted(noun_classes.items())),
    )
    write(
        os.path.join(args.out, "person_sides.tsv"),
        "# lemma<TAB>sides: a person noun of noun_classes.tsv and the groups of people it belongs to\n"
        "# that exclude another, each written own~other (a noun antonym of WordNet between two kinds of\n"
        "# person, inherited through the hypernyms of the noun's first sense): \"soldier\" is\n"
        "# serviceman~civilian, \"civilian\" civilian~serviceman, so no soldier is a civilian.\n",
        (f"{l}\t{s}" for l, s in sorted(person_sides.items())),
    )
    # Every one-word verb, and the irregular forms WordNet lists for one verb only: the
    # lemmatizer's check of what its suffix rules give ("freed" is "free", not "fre"; "fled"
    # is "flee").
    one_word = re.compile(r"^[a-z][a-z'-]*$")
    verb_lemmas = set()
    form_lemmas = collections.defaultdict(set)
    for lemma, by_pos in entries.items():
        if not one_word.match(lemma):
            continue
        for pos, entry in by_pos.items():
            if pos.split("-")[0] != "v":
                continue
            verb_lemmas.add(lemma)
            for form in entry.get("form", []) or []:
                if one_word.match(form) and form != lemma:
                    form_lemmas[form].add(lemma)
    write(
        os.path.join(args.out, "verbs.tsv"),
        "# v<TAB>lemma: a one-word verb; f<TAB>form<TAB>lemma: an irregular form WordNet lists for\n"
        "# that verb alone (\"fled\" flee, \"planning\" plan).\n",
        sorted(
            [f"v\t{v}" for v in verb_lemmas]
            + [f"f\t{f}\t{next(iter(ls))}" for f, ls in form_lemmas.items() if len(ls) == 1]
        ),
    )
    if args.explain:
        explain(classes, antonyms, derivs, news)


def explain(classes, antonyms, derivs, news):
    by_class = collections.defaultdict(list)
    for m, c in classes.items():
        by_class[c].append(m)
    sizes = collections.Counter(len(v) for v in by_class.values())
    print(f"verbs kept: {sum(1 for k in news if k[1] == 'v')}; classes: {len(by_class)} {sorted(sizes.items())}")
    print(f"antonym pairs: {len(antonyms)}; derivations: {len(derivs)}")
    for c, ms in sorted(by_class.items(), key=lambda x: -len(x[1]))[:15]:
        print("  class", c, sorted(ms))


def write(path, comment, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        f.write(comment)
        for line in lines:
            f.write(line + "\n")


if __name__ == "__main__":
    main()
