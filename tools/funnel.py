#!/usr/bin/env python3
"""funnel.py BIN [--aggregate] DIR... : where each gold contradiction is lost.

Runs `BIN check --format json` with GAINSAY_TRACE=align,events,facts,self on each cluster and `BIN sentences`,
and puts every "must" contradiction of the gold at one stage:

  a_split    a cue is not inside one sentence (the split cuts it, or it is a heading/noise)
  b_value    number/date kinds: no value of the gold's dimension read inside a side's cue
  c_<why>    the two sentences are never compared: no_word (no rare word shared),
             similarity (below the least likeness), closest (not among the closest)
  d_<gate>   compared, refused by a gate (the furthest gate the cue values reached)
  d_ev_<gate> polarity/antonym: the events path's furthest gate (GAINSAY_TRACE=events):
             similarity, not_worth, times_differ, no_events, no_cue_event (no event read
             at a cue), a test of events::contradict on the cued events (predicates,
             subject, object, same_polarity, no_participant, tense, ...), pair_filter,
             names_differ; unseen (compared by the aligner, never given to the events path)
  s_<why>    self (one article's two sides): the self-check's furthest gate (GAINSAY_TRACE=self):
             a test of a figure pair (scoped, unit, agree, not_same, names, part, breakdown,
             not_retyped, ...), or why no pair was made: dates (both cues date something),
             other_dim (a figure of another dimension: an age, a speed), no_value (no
             figure in a cue), unread (a figure the self-check did not read), no_thing (a
             figure neither counted nor measured), thing_differs (two things), many (a
             thing of too many sentences), same_sentence; two days: date_no_act (no act
             both date), date_scoped, date_agree, moved
  e_found    reported

With --aggregate only counts per kind x stage are printed (for sets nobody may read):
no text, span, file or story name. Nothing is written to disk.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

# The scorer lives beside the repository, in ../shared/eval (SCORE_PY overrides it).
SCORE_PY = os.environ.get("SCORE_PY", str(Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"))
spec = importlib.util.spec_from_file_location("score", SCORE_PY)
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)

DETAIL = None  # with --detail: features of the gate that refused each number miss, counted
DATE_DIMS = {"date", "time"}
# Later gates first: the furthest a pair of values went.
ORDER = [
    "unit", "attribute", "period", "phase", "uncounted", "from", "range", "denied",
    "level_or_change", "local", "names", "not_beside", "parts", "interval", "bound",
    "agree", "hedge", "explained", "not_best", None,
]


def family(kind, dim):
    if kind == "date":
        return dim in DATE_DIMS
    if kind == "number":
        return dim not in DATE_DIMS and dim != "ordinal"
    return True


MONTHS = "january february march april may june july august september october november december".split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
RELATIVE = "yesterday today tomorrow tonight last next ago earlier later week weekend month year".split()
PARTS = "morning afternoon evening night midnight noon dawn hours overnight".split()
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
                "hundred hundreds thousand thousands million dozen dozens half quarter third double twice").split()


def shape(cue):
    """The kinds of words a cue holds, for aggregate counts (never the cue itself)."""
    words = re.findall(r"[a-z]+|\d", cue.lower())
    got = [name for name, test in (
        ("digit", lambda w: w.isdigit()), ("month", lambda w: w in MONTHS), ("weekday", lambda w: w in WEEKDAYS),
        ("relative", lambda w: w in RELATIVE), ("daypart", lambda w: w in PARTS),
        ("number_word", lambda w: w in NUMBER_WORDS)) if any(test(w) for w in words)]
    return "+".join(got) or "none"


def cue_range(data, sent, cue):
    """Byte range of `cue` inside sentence unit `sent` of file bytes `data`."""
    words = cue.split()
    pat = rb"\s+".join(re.escape(w.encode()) for w in words)
    m = re.search(pat, data[sent["start"]:sent["end"]])
    if not m:
        return None
    return (sent["start"] + m.start(), sent["start"] + m.end())


def overlaps(x, y):
    return x[0] < y[1] and y[0] < x[1]


def stage_of(item, idx, files, units, trace):
    """The stage at which a gold item is lost (not found)."""
    kind = item.get("kind")
    sides = []
    for side in (item["a"], item["b"]):
        src, cue = side["source"], sc.norm(side["cue"])
        sents = [u for u in units.get(src, []) if u["kind"] == "sentence" and cue in sc.norm(u["text"])]
        if not sents:
            return "a_split"
        s = sents[0]
        r = cue_range(files[src], s, side["cue"]) or (s["start"], s["end"])
        sides.append((idx[src], (s["start"], s["end"]), r))
    (ia, sa, ra), (ib, sb, rb) = sides
    key_a, key_b = (ia, sa[0], sa[1]), (ib, sb[0], sb[1])
    if kind == "self":
        st = self_stage((key_a, ra), (key_b, rb), trace)
        if DETAIL is not None:
            DETAIL[("self", st, self_detail(item, (key_a, ra), (key_b, rb), trace))] += 1
        return st
    if kind in EV_KINDS:
        st = events_stage(trace, key_a, key_b, ra, rb)
        if st:
            return st
    if kind in FACT_KINDS:
        stage = facts_stage(key_a, key_b, trace)
        if DETAIL is not None:
            DETAIL[("names", kind, names_detail((key_a, ra), (key_b, rb), trace))] += 1
        if stage in ("f_linked", "k_linked"):
            return stage
        return stage + "|" + names_stage(key_a, key_b, trace)
    if kind in ("number", "date"):
        for (i, s, r), side in zip(sides, (item["a"], item["b"])):
            vals = trace["values"].get((i, s[0], s[1]), [])
            if not any(family(kind, d) and overlaps((st, en), r) for d, st, en in vals):
                if DETAIL is not None:
                    DETAIL[("b_value", kind, shape(side["cue"]),
                            "other_values_in_cue" if any(overlaps((st, en), r) for _, st, en in vals) else "")] += 1
                return "b_value"
    pair = trace["pairs"].get(frozenset((key_a, key_b)))
    evs = trace["by_pair"].get(frozenset((key_a, key_b)), [])
    keyed = [e for e in trace["keyed"]
             if any(any(c[0] == ia and sa[0] <= c[1] < sa[1] for c in sd) for sd in e["sides"])
             and any(any(c[0] == ib and sb[0] <= c[1] < sb[1] for c in sd) for sd in e["sides"])]
    if pair is None and not evs and not keyed:
        return "c_no_word"
    if pair is not None and pair != "compared" and not evs and not keyed:
        return "c_" + pair
    # Compared: the furthest gate of the values in the cues, else of any.
    def in_cues(e):
        ea, eb = tuple(e["a"]), tuple(e["b"])
        fwd = ea[0] == ia and overlaps(ea[1:], ra) and eb[0] == ib and overlaps(eb[1:], rb)
        bwd = eb[0] == ia and overlaps(eb[1:], ra) and ea[0] == ib and overlaps(ea[1:], rb)
        return fwd or bwd
    want = {"number": "number", "date": "date"}.get(kind)
    vev = [e for e in evs if e["event"] in ("number", "date") and (want is None or e["event"] == want)]
    cued = [e for e in vev if in_cues(e)]
    fev = [e for e in evs if e["event"] == "finding" and (want is None or e["kind"] == want)]
    if fev:
        return "d_" + fev[0]["gate"]
    if keyed and not cued:
        return "d_keyed_" + keyed[0]["gate"]
    cued = cued or vev
    if cued:
        best = max(cued, key=lambda e: ORDER.index(e["gate"]) if e["gate"] in ORDER else -1)
        g = best["gate"]
        if DETAIL is not None and kind == "number":
            sim = best.get("sim")
            DETAIL[(g, best.get("dimension"), "alone" if best.get("alone") else "several",
                    f"counted={best.get('counted')}", f"names={best.get('names')}", f"acts={best.get('acts')}",
                    "sim=" + ("?" if sim is None else f"{min(int(sim * 10), 9) / 10:.1f}"))] += 1
        if DETAIL is not None and kind == "date":
            sim = best.get("sim")
            DETAIL[(g, "date", " ; ".join(sorted(shape(side["cue"]) for side in (item["a"], item["b"]))),
                    "sim=" + ("?" if sim is None else f"{min(int(sim * 10), 9) / 10:.1f}"))] += 1
        return "d_" + (g or "reported_elsewhere")
    return "d_no_value_pair" if want else "d_other"


# ---- the facts path and keyed names and offices (GAINSAY_TRACE=facts) ----
#
# For value and role items the stage is read from the facts trace instead:
#   f_none       no fact (name or office) nor keyed name/office claim read in either sentence
#   f_one_side   read in one sentence only
#   f_unrelated  read in both, but of other owners and attributes
#   k_key        keyed claims in both, under different keys (and no facts to compare)
#   f_attribute  facts of one owner in both, under different attributes
#   f_owner      facts of one attribute in both, of different owners
#   k_dropped    keyed claims in one group, but one took no side (no name, a denial, ...)
#   k_one_value  keyed claims in one group whose names are one value
#   f_<gate>     facts of one group refused: agree, context, places, met, same_sentence, group_size
#   f_linked / k_linked   made a conflict that the report does not show for these sentences
FACT_KINDS = ("value", "role")
FACT_ORDER = ["f_none", "f_one_side", "f_unrelated", "k_key", "f_attribute", "f_owner", "k_dropped",
              "k_one_value", "f_group_size", "f_same_sentence", "f_agree", "f_context", "f_places", "f_met",
              "k_linked", "f_linked"]


def facts_stage(key_a, key_b, trace):
    """The furthest stage two sentences reached on the facts path or the keyed name/office path."""
    facts = trace["facts"]
    fa = [f for f in facts.get(key_a, []) if f["kind"] != "measure"]
    fb = [f for f in facts.get(key_b, []) if f["kind"] != "measure"]
    ca = [c for c in trace["claims"].get(key_a, [])]
    cb = [c for c in trace["claims"].get(key_b, [])]
    got = []
    if not (fa or ca) and not (fb or cb):
        got.append("f_none")
    elif not (fa or ca) or not (fb or cb):
        got.append("f_one_side")
    else:
        got.append("f_unrelated")
    if ca and cb and not (fa and fb):
        got.append("k_key")
    for x in fa:
        for y in fb:
            if x["owner"] == y["owner"] and x["attribute"] != y["attribute"]:
                got.append("f_attribute")
            if x["attribute"] == y["attribute"] and x["owner"] != y["owner"]:
                got.append("f_owner")
    for e in trace["fact_pairs"].get(frozenset((key_a, key_b)), []):
        got.append("f_linked" if e["gate"] is None else "f_" + e["gate"])
    for e in trace["keyed_values"]:
        taken = {tuple(c) for c in e["claims"]}
        dropped = {tuple(c) for c in e["dropped"]}
        both = taken | dropped
        if key_a in both and key_b in both:
            if key_a in dropped or key_b in dropped:
                got.append("k_dropped")
            else:
                got.append("k_linked" if e["gate"] is None else "k_" + e["gate"])
    return max(got, key=lambda g: FACT_ORDER.index(g) if g in FACT_ORDER else -1)


# n_<why> never aligned (as c_<why>); n_aligned aligned but the names were never looked at;
# n_name_similarity below the names' least likeness; n_no_new_name no name each lacks;
# n_no_slot no name in a slot; n_one_slot only one sentence has a name in a slot; n_ungrouped sentences
# below the names' least likeness whose slots are of no group of the data; then the
# gates of two names: slot (two slots), not_sole, said (a variant said on the other side),
# min_confidence, linked.
NAME_ORDER = ["n_no_word", "n_similarity", "n_closest", "n_aligned", "n_name_similarity", "n_no_new_name",
              "n_no_slot", "n_one_slot", "n_ungrouped", "n_slot", "n_not_sole", "n_said", "n_min_confidence", "n_linked"]


def names_stage(key_a, key_b, trace):
    """How far two sentences went on the aligned path's names in one slot (n_<gate>)."""
    k = frozenset((key_a, key_b))
    pair = trace["pairs"].get(k)
    got = ["n_no_word" if pair is None else "n_aligned" if pair == "compared" else "n_" + pair]
    rename = {"similarity": "name_similarity", "compared": "one_slot"}
    got += ["n_" + rename.get(e["gate"], e["gate"]) for e in trace["name_pairs"].get(k, [])]
    return max(got, key=lambda g: NAME_ORDER.index(g) if g in NAME_ORDER else -1)


def names_detail(side_a, side_b, trace):
    """What the aligned path's names read in each cue, for aggregate counts: never a name,
    only whether each cue holds one, in a slot, and whether the two slots agree."""
    def of(key, r):
        got = trace["names"].get(key)
        if got is None:
            return "unread", None
        inside = [n for n in got if overlaps(tuple(n[0][1:]), r)]
        if not inside:
            return "no_name", None
        free = [n for n in inside if not n[3]]
        if not free:
            return "aside", None
        slotted = [n for n in free if n[1] is not None]
        if not slotted:
            return "no_slot", None
        return "slot", slotted
    (ka, ra), (kb, rb) = side_a, side_b
    (xa, na), (xb, nb) = of(ka, ra), of(kb, rb)
    if xa == "slot" and xb == "slot":
        pairs = [(p, q) for p in na for q in nb]
        if any(p[1] == q[1] and p[2] == q[2] for p, q in pairs):
            return "slot+slot:same"
        if any(p[1] == q[1] for p, q in pairs):
            return "slot+slot:same_prep_other_governor"
        return "slot+slot:other_prep"
    return "+".join(sorted((xa, xb)))


# ---- The self-check (GAINSAY_TRACE=self): two figures of one thing in one article ----

# Tests of the self-check's figure pairs, the furthest last; "met": a finding dropped
# because its sentences meet in a self-contradiction found before.
SELF_ORDER = ["times_differ", "date_agree", "date_scoped", "date_no_act", "moved", "hedged", "scoped", "one_sided", "unit", "agree", "level_or_change", "not_same",
              "names", "part", "breakdown", "not_retyped", None, "met"]
SELF_DIMS = {"money", "percent", "count", "length", "mass", "area", "volume", "duration"}


def self_stage(side_a, side_b, trace):
    """The self-check's stage of a self item (s_<why>): the furthest gate of a figure pair in
    the cues, or why the two cues never made one."""
    (ka, ra), (kb, rb) = side_a, side_b
    if ka == kb:
        return "s_same_sentence"

    def in_cues(e):
        if e["a"] is None:
            return True
        ea, eb = tuple(e["a"]), tuple(e["b"])
        return (overlaps(ea[1:], ra) and overlaps(eb[1:], rb)) or (overlaps(eb[1:], ra) and overlaps(ea[1:], rb))
    pairs = [e for e in trace["self_pairs"].get(frozenset((ka, kb)), []) if in_cues(e)]
    if pairs:
        g = max((e["gate"] for e in pairs), key=SELF_ORDER.index)
        return "s_" + (g or "reported_elsewhere")
    dims = [{d for d, st, en in trace["values"].get(k, []) if overlaps((st, en), r)} for k, r in (side_a, side_b)]
    if all(d & DATE_DIMS for d in dims):
        return "s_dates"
    read = [[v for v in trace["self_values"].get(k, {}).get("values", []) if overlaps((v[1], v[2]), r)]
            for k, r in (side_a, side_b)]
    if not all(read):
        if not all(d & SELF_DIMS for d in dims):
            figures = "s_other_dim" if all(d - DATE_DIMS - {"ordinal"} for d in dims) else "s_no_value"
            return self_events_stage(side_a, side_b, trace) or figures
        return "s_unread"
    things = [{v[3] for v in r if v[3] is not None} for r in read]
    if not all(things):
        return "s_no_thing"
    if not things[0] & things[1]:
        return "s_thing_differs"
    if any(trace["self_values"].get(k, {}).get("many") for k in (ka, kb)):
        return "s_many"
    return "s_unpaired"


# The events self path's gates (GAINSAY_TRACE=self, "self_events"), the furthest last:
# never paired (long: too long an article, gap: too near, not_worth: no denial or opposition
# with a shared word, times_differ), unsaid (a side not in the article's own voice: a quote,
# a question, a word of saying), no_events, then the tests of the self finding
# (no_contradiction: no rule holds; rule, sequence, tense, attributed, participant, other,
# names_differ), None: a finding.
SELF_EV_ORDER = ["long", "gap", "not_worth", "times_differ", "unsaid", "no_events", "no_contradiction", "rule",
                 "sequence", "tense", "attributed", "participant", "other", "names_differ", None]


def self_events_stage(side_a, side_b, trace):
    """The events self path's stage of a self item with no figure (s_ev_<gate>), None when
    the trace holds no line of its two sentences. With no_contradiction, the furthest test of
    events::contradict on the events in the cues (s_ev_p_<test>)."""
    (ka, ra), (kb, rb) = side_a, side_b
    k = frozenset((ka, kb))
    lines = trace["self_events"].get(k, [])
    if not lines:
        return None
    gate = max((e["gate"] for e in lines), key=lambda g: SELF_EV_ORDER.index(g) if g in SELF_EV_ORDER else 0)
    if DETAIL is not None and gate == "not_worth":
        e = next(e for e in lines if e["gate"] == gate)
        DETAIL[("self_ev", gate, f"denied={'a' if e.get('da') else ''}{'b' if e.get('db') else ''}",
                f"shared={min(e.get('shared', -1), 3)}", f"denial_met={e.get('denial')}",
                f"opposed={e.get('opposed')}", f"participant={e.get('participant')}")] += 1
    if gate == "no_contradiction":
        def cued(e):
            ea, eb = tuple(e["a"]), tuple(e["b"])
            return (overlaps(ea[1:], ra) and overlaps(eb[1:], rb)) or (overlaps(eb[1:], ra) and overlaps(ea[1:], rb))
        pairs = [e for e in trace["ev_pairs"].get(k, []) if cued(e)]
        if not pairs:
            return "s_ev_no_cue_event"
        best = max(pairs, key=lambda e: EV_PAIR_ORDER.index(e["gate"]) if e["gate"] in EV_PAIR_ORDER else 0)
        if DETAIL is not None:
            DETAIL[("self_ev_pair", best["gate"], f"{best.get('ka')}/{best.get('kb')}",
                    f"{best.get('pa')}/{best.get('pb')}")] += 1
        return "s_ev_p_" + (best["gate"] or "found")
    return "s_ev_" + (gate or "found_elsewhere")


NEGATORS = {"not", "no", "never", "nor", "without", "none"}


def self_detail(item, side_a, side_b, trace):
    """What a self item's two cues hold, for aggregate counts: the kinds of words (shape),
    whether a cue denies, and the dimensions of the values read in it; never the cues."""
    out = []
    for side, (k, r) in zip((item["a"], item["b"]), (side_a, side_b)):
        words = re.findall(r"[a-z']+", side["cue"].lower())
        neg = any(w in NEGATORS or w.endswith("n't") for w in words)
        dims = sorted({d for d, st, en in trace["values"].get(k, []) if overlaps((st, en), r)})
        out.append(f"{shape(side['cue'])}{'+neg' if neg else ''}:{'/'.join(dims) or '-'}")
    return " ; ".join(sorted(out))


def read_facts_event(t, e):
    """Files one event of the facts trace; false when it is none."""
    ev = e["event"]
    if ev == "fact":
        t["facts"][tuple(e["s"])].append(e)
    elif ev == "fact_pair":
        t["fact_pairs"][frozenset((tuple(e["sa"]), tuple(e["sb"])))].append(e)
    elif ev == "claim":
        t["claims"][tuple(e["s"])].append(e)
    elif ev == "keyed_values":
        t["keyed_values"].append(e)
    elif ev == "names":
        t["names"][tuple(e["s"])] = e["names"]
    elif ev == "name_pair":
        t["name_pairs"][frozenset((tuple(e["sa"]), tuple(e["sb"])))].append(e)
    elif ev == "self_values":
        t["self_values"][tuple(e["s"])] = e
    elif ev == "self_events":
        t["self_events"][frozenset((tuple(e["sa"]), tuple(e["sb"])))].append(e)
    elif ev == "self_pair":
        t["self_pairs"][frozenset((tuple(e["sa"]), tuple(e["sb"])))].append(e)
    else:
        return False
    return True


def read_trace(stderr):
    t = {"values": {}, "pairs": {}, "by_pair": defaultdict(list), "keyed": [],
         "ev": defaultdict(list), "ev_pairs": defaultdict(list),
         "facts": defaultdict(list), "fact_pairs": defaultdict(list), "claims": defaultdict(list),
         "keyed_values": [], "name_pairs": defaultdict(list), "names": {},
         "self_values": {}, "self_pairs": defaultdict(list), "self_events": defaultdict(list)}
    for line in stderr.splitlines():
        if not line.startswith("{"):
            continue
        e = json.loads(line)
        ev = e["event"]
        if read_facts_event(t, e):
            continue
        if ev == "values":
            t["values"][tuple(e["s"])] = [tuple(v) for v in e["values"]]
        elif ev == "pair":
            k = frozenset((tuple(e["a"]), tuple(e["b"])))
            prev = t["pairs"].get(k)
            t["pairs"][k] = "compared" if e["gate"] is None or prev == "compared" else e["gate"]
        elif ev in ("number", "date", "finding"):
            t["by_pair"][frozenset((tuple(e["sa"]), tuple(e["sb"])))].append(e)
        elif ev == "keyed":
            t["keyed"].append(e)
        elif ev in ("events", "event_pair"):
            read_events_trace(t, e)
    return t


# ---- The events path (GAINSAY_TRACE=events): polarity and antonym. ----

EV_KINDS = {"polarity", "antonym"}
# Sentence-pair gates of events::findings, nearest the finding last.
EV_ORDER = ["similarity", "not_worth", "times_differ", "no_events", "no_contradiction", "pair_filter",
            "names_differ", None]
# Tests of events::contradict, the furthest last (an early test says less of the pair).
EV_PAIR_ORDER = ["predicates", "disputed", "time", "hedged", "subject", "object", "doer", "no_participant",
                 "same_polarity", "not_affirmed", "tense", "converse", "had", "change", "ordinal", "holders",
                 "ends", "states", None]


def read_events_trace(t, e):
    k = frozenset((tuple(e["sa"]), tuple(e["sb"])))
    (t["ev"] if e["event"] == "events" else t["ev_pairs"])[k].append(e)


def events_stage(trace, key_a, key_b, ra, rb):
    """The events path's stage of a polarity or antonym item, None when it never saw the pair."""
    k = frozenset((key_a, key_b))
    fev = [e for e in trace["by_pair"].get(k, []) if e["event"] == "finding"]
    if fev:
        return "d_" + fev[0]["gate"]
    lines = trace["ev"].get(k, [])
    if not lines:
        return "d_ev_unseen" if trace["pairs"].get(k) == "compared" else None
    gate = max((e["gate"] for e in lines), key=EV_ORDER.index)
    if DETAIL is not None and gate in ("similarity", "not_worth"):
        e = next(e for e in lines if e["gate"] == gate)
        DETAIL[("ev", gate, f"sim={min(int(e['sim'] * 20), 19) / 20:.2f}",
                f"denied={'a' if e.get('da') else ''}{'b' if e.get('db') else ''}", f"shared={min(e.get('shared', -1), 3)}")] += 1
    if gate != "no_contradiction":
        return "d_ev_" + (gate or "found_elsewhere")

    def cued(e):
        ea, eb = tuple(e["a"]), tuple(e["b"])
        fwd = ea[0] == key_a[0] and overlaps(ea[1:], ra) and eb[0] == key_b[0] and overlaps(eb[1:], rb)
        bwd = eb[0] == key_a[0] and overlaps(eb[1:], ra) and ea[0] == key_b[0] and overlaps(ea[1:], rb)
        return fwd or bwd
    pairs = [e for e in trace["ev_pairs"].get(k, []) if cued(e)]
    if not pairs:
        return "d_ev_no_cue_event"
    best = max(pairs, key=lambda e: EV_PAIR_ORDER.index(e["gate"]) if e["gate"] in EV_PAIR_ORDER else 0)
    g = best["gate"]
    if DETAIL is not None:
        DETAIL[("ev_pair", g, f"{best.get('ka')}/{best.get('kb')}", f"{best.get('pa')}/{best.get('pb')}",
                f"why={best.get('why')}" if g in ("subject", "object") else "",
                f"meet={best.get('meet')}:{best.get('meet_kind')}" if g in ("subject", "object") else "")] += 1
    return "d_ev_" + (g or "found_elsewhere")


def main():
    binary, args = sys.argv[1], sys.argv[2:]
    global DETAIL
    aggregate = "--aggregate" in args
    if "--detail" in args:
        DETAIL = Counter()
    dirs = [a for a in args if a not in ("--aggregate", "--detail")]
    counts = defaultdict(Counter)
    each_cluster(dirs, aggregate, lambda cluster: one(binary, cluster, aggregate, counts))
    print_table(counts)
    if DETAIL:
        for k, n in sorted(DETAIL.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(n, *k)


def each_cluster(dirs, aggregate, read):
    """Calls `read` on each cluster of `dirs`. In an aggregate run a cluster that fails is
    counted, not shown: nothing of a set nobody may read is printed."""
    errors = 0
    for cluster in sc.clusters(dirs):
        try:
            read(cluster)
        except Exception:  # noqa: BLE001 -- an aggregate run prints nothing of a cluster
            if not aggregate:
                raise
            errors += 1
    if errors:
        print(f"clusters that failed: {errors}")


def run_traced(binary, cluster, trace):
    """Checks a cluster's articles with GAINSAY_TRACE=trace: its gold, article paths, bytes and
    index by file stem, the report, and the trace (standard error) as text."""
    gold = json.loads((cluster / "gold.json").read_text())
    ps = sorted((cluster / "articles").glob("*.txt"))
    files = {p.stem: p.read_bytes() for p in ps}
    idx = {p.stem: i for i, p in enumerate(ps)}
    env = dict(os.environ, GAINSAY_TRACE=trace)
    proc = subprocess.run([binary, "check", "--format", "json"] + [str(p) for p in ps],
                          capture_output=True, env=env, timeout=600)
    return gold, ps, files, idx, json.loads(proc.stdout), proc.stderr.decode(errors="replace")


def one(binary, cluster, aggregate, counts):
    if True:
        gold, ps, files, idx, report, stderr = run_traced(binary, cluster, "align,events,facts,self")
        trace = read_trace(stderr)
        sents = subprocess.run([binary, "sentences", "--format", "json"] + [str(p) for p in ps],
                               capture_output=True, timeout=600)
        units = defaultdict(list)
        for u in json.loads(sents.stdout):
            units[u.get("source", ps[0].stem)].append(u)
        pairs = sc.reported_pairs(report, files)
        for c in gold.get("conflicts", []):
            if c.get("status") != "must":
                continue
            if any(sc.matches(c, x, y) for x, y, _ in pairs):
                st = "e_found"
            else:
                st = stage_of(c, idx, files, units, trace)
            counts[c.get("kind")][st] += 1
            if not aggregate and st != "e_found":
                print(f"{cluster.name}/{c['id']} [{c.get('kind')}] {st}: {c.get('about', '')[:90]}")


def print_table(counts):
    stages = sorted({s for k in counts.values() for s in k})
    print("kind      " + " ".join(f"{s:>14}" for s in stages) + "   total")
    for k in sorted(counts, key=str):
        print(f"{str(k):<9} " + " ".join(f"{counts[k][s]:>14}" for s in stages) + f"   {sum(counts[k].values()):>5}")
    tot = Counter()
    for k in counts.values():
        tot.update(k)
    print(f"{'all':<9} " + " ".join(f"{tot[s]:>14}" for s in stages) + f"   {sum(tot.values()):>5}")


if __name__ == "__main__":
    main()
