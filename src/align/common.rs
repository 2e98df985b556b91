//! Two common nouns in one single-valued slot of aligned sentences: the `value` kind when
//! the value is no name ([`super::names`] reads names).
//!
//! Some slots hold one value that is a thing, not a name: what caused something ("the
//! blaze was blamed on faulty wiring" against "was caused by a discarded candle"), where an
//! outbreak came from ("traced to a contaminated pond" against "the source of the outbreak
//! was raw milk"), which side a court found for ("ruled in favour of the tenants" against
//! "found for the landlord"). The slots are phrases of the data (`data/align/common_slots.toml`);
//! the value is the head noun of the noun phrase after the phrase.
//!
//! Not two values: one noun, two nouns WordNet links (synonyms, one broader than the other,
//! one verb's nouns), a noun the other sentence says too ("a fault" beside "faulty
//! wiring"), a list ("caused by wiring and a candle"), a denied slot ("not caused by"), two
//! values of one slot in one sentence. The sentences must align: what the slot is of is
//! what they share (the subject before the phrase is too often a relative clause's noun to
//! be read: "a fire that gutted a warehouse in the park was blamed on").

use super::names::{lemma, tokens, Tok};
use super::{overlap, side, window, Aligned, Sent, MIN_CONFIDENCE};
use crate::conflicts::ConflictKind;
use crate::lexicon::parse_toml;
use crate::lexicon::wordnet::{NounClasses, WordNet};
use crate::tag::{SentenceTags, Upos, Xpos};
use crate::Span;
use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::sync::OnceLock;

/// The least likeness of two sentences whose slots are compared: two writers telling one
/// cause share the thing it caused and little else ("The warehouse blaze was blamed on X"
/// against "Fire crews said the blaze was caused by Y").
const COMMON_ALIGNMENT: f64 = 0.2;
/// The most words between a slot's noun and the "be" that gives its value ("the source of
/// the outbreak that sickened guests at a party was X").
const MAX_BE_GAP: usize = 12;
/// The most words of a noun phrase before its head ("a badly corroded old steel cable").
const MAX_PHRASE: usize = 6;
/// The local likeness two values of one slot get at least: the phrase is words the two
/// neighbourhoods share however they are reworded.
const SLOT_AGREEMENT: f64 = 0.5;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    slot: Vec<SlotData>,
    partitives: Vec<String>,
    negators: Vec<String>,
    times: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SlotData {
    name: String,
    phrases: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    /// The phrase's verb is active only: "no cause was found for" is no ruling.
    #[serde(default)]
    active: bool,
}

struct Cues {
    slots: Vec<SlotCues>,
    /// The first word of every phrase and every noun: a sentence with none has no slot.
    openers: FxHashSet<String>,
    partitives: FxHashSet<String>,
    negators: FxHashSet<String>,
    times: FxHashSet<String>,
}

struct SlotCues {
    name: String,
    phrases: Vec<Vec<String>>,
    nouns: FxHashSet<String>,
    active: bool,
}

impl Cues {
    fn builtin() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        CUES.get_or_init(|| {
            let d: Data =
                match parse_toml("data/align/common_slots.toml", include_str!("../../data/align/common_slots.toml")) {
                    Ok(d) => d,
                    Err(e) => panic!("built-in common slots: {e}"),
                };
            let set = |v: Vec<String>| v.into_iter().collect::<FxHashSet<_>>();
            let slots: Vec<SlotCues> = d
                .slot
                .into_iter()
                .map(|s| SlotCues {
                    name: s.name,
                    phrases: s.phrases.iter().map(|p| p.split(' ').map(str::to_string).collect()).collect(),
                    nouns: set(s.nouns),
                    active: s.active,
                })
                .collect();
            let openers = slots
                .iter()
                .flat_map(|s| s.phrases.iter().filter_map(|p| p.first()).chain(&s.nouns))
                .cloned()
                .collect();
            Cues { slots, openers, partitives: set(d.partitives), negators: set(d.negators), times: set(d.times) }
        })
    }
}

/// One value a sentence gives a slot of the data.
#[derive(Debug)]
struct Value {
    /// The index of the slot in [`Cues::slots`].
    slot: usize,
    /// The noun phrase, past its article.
    span: Span,
    /// The lemma of its head noun, lower case.
    head: String,
}

/// Compares the common-noun values of the aligned pairs of sentences `pairs` ((first,
/// second), likeness) of two articles, reading each sentence's values once.
pub(super) fn findings(
    texts: &[&str],
    tags: &[SentenceTags],
    sents: &[Sent],
    pairs: &[((u32, u32), f64)],
    idf: &[f64],
) -> Vec<Aligned> {
    let mut read: Vec<Option<Vec<Value>>> = (0..sents.len()).map(|_| None).collect();
    let mut out = Vec::new();
    for &((i, j), sim) in pairs {
        let (a, b) = (&sents[i as usize], &sents[j as usize]);
        if sim < COMMON_ALIGNMENT || a.article == b.article {
            continue;
        }
        for k in [i, j] {
            read[k as usize].get_or_insert_with(|| {
                let s = &sents[k as usize];
                values_of(texts[s.article], s, tags.get(s.article))
            });
        }
        let (Some(va), Some(vb)) = (&read[i as usize], &read[j as usize]) else { continue };
        if va.is_empty() || vb.is_empty() {
            continue;
        }
        compare(texts, (a, va), (b, vb), sim, idf, &mut out);
    }
    out
}

/// The values sentence `s` of `text` gives the slots of the data; none, untagged, when no
/// word of it opens a slot (most sentences).
fn values_of(text: &str, s: &Sent, kept: Option<&SentenceTags>) -> Vec<Value> {
    let cues = Cues::builtin();
    if !s.words.iter().any(|w| cues.openers.contains(w.lower.as_ref())) {
        return Vec::new();
    }
    let toks = tokens(s.span.of(text), s.span, kept);
    let mut out = Vec::new();
    for k in 0..toks.len() {
        if !cues.openers.contains(toks[k].lower.as_ref()) {
            continue;
        }
        for (n, slot) in cues.slots.iter().enumerate() {
            if let Some(v) = phrase_value(&toks, k, slot, cues).or_else(|| noun_value(&toks, k, slot, cues)) {
                out.push(Value { slot: n, ..v });
            }
        }
    }
    out
}

/// The value after a phrase of `slot` starting at word `k` ("was blamed on faulty wiring"),
/// unless a word before denies it ("not caused by") or an active verb is read in the
/// passive ("no cause was found for").
fn phrase_value(toks: &[Tok], k: usize, slot: &SlotCues, cues: &Cues) -> Option<Value> {
    let phrase = slot
        .phrases
        .iter()
        .find(|p| p.len() <= toks.len() - k && p.iter().zip(&toks[k..]).all(|(w, t)| t.lower == w.as_str()))?;
    let before = |d: usize| k.checked_sub(d).map(|p| toks[p].lower.as_ref());
    if [1, 2].iter().any(|&d| before(d).is_some_and(|w| cues.negators.contains(w))) {
        return None;
    }
    if slot.active && before(1).is_some_and(be) {
        return None;
    }
    let (span, head, _) = noun_phrase(toks, k + phrase.len(), cues)?;
    Some(Value { slot: 0, span, head })
}

/// The value of a noun of `slot` at word `k` told by "be": "the cause of the blaze was a
/// candle", "its likely source was raw milk". The noun is definite ("the", a possessor);
/// no comma or "not" stands between it and the value.
fn noun_value(toks: &[Tok], k: usize, slot: &SlotCues, cues: &Cues) -> Option<Value> {
    if !slot.nouns.contains(toks[k].lower.as_ref()) || !toks[k].is(Upos::Noun) {
        return None;
    }
    let mut d = k;
    while d > 0 && toks[d - 1].is(Upos::Adj) {
        d -= 1;
    }
    let definite = d.checked_sub(1).is_some_and(|p| {
        let t = &toks[p];
        t.lower == "the" || matches!(t.tag.xpos, Xpos::PrpS | Xpos::Pos)
    });
    if !definite {
        return None;
    }
    for m in k + 1..toks.len().min(k + 1 + MAX_BE_GAP) {
        let t = &toks[m];
        if t.is(Upos::Punct) {
            return None;
        }
        if be(&t.lower) {
            if toks.get(m + 1).is_some_and(|n| cues.negators.contains(n.lower.as_ref())) {
                return None;
            }
            let (span, head, _) = noun_phrase(toks, m + 1, cues)?;
            return Some(Value { slot: 0, span, head });
        }
    }
    None
}

/// True for a form of "be" that states a value.
fn be(w: &str) -> bool {
    matches!(w, "is" | "was" | "are" | "were")
}

/// The noun phrase starting at word `start`: its span past the article, the lemma of its
/// head noun and the word after it. None for a name ("Acme Foods": the names path's), a
/// number or a span of time ("for two decades"), a pronoun, or a list ("wiring and a
/// candle"); "a group of fishermen" is fishermen.
fn noun_phrase(toks: &[Tok], start: usize, cues: &Cues) -> Option<(Span, String, usize)> {
    let (mut first, mut head) = (None, None);
    let mut k = start;
    while k < toks.len() && k < start + MAX_PHRASE + 1 {
        let t = &toks[k];
        let modifier = matches!(t.tag.upos, Upos::Adj | Upos::Propn)
            || t.is(Upos::Verb) && matches!(t.tag.xpos, Xpos::Vbn | Xpos::Vbg);
        if t.is(Upos::Noun) {
            head = Some(k);
        } else if head.is_some() && t.tag.xpos == Xpos::Pos {
            // "the tenants' association": a possessor, then the head.
            head = None;
        } else if t.is(Upos::Num) {
            return None;
        } else if head.is_none() && (modifier || t.is(Upos::Det) || t.tag.xpos == Xpos::PrpS) {
            if t.is(Upos::Det) || t.tag.xpos == Xpos::PrpS {
                k += 1;
                continue;
            }
        } else {
            break;
        }
        first.get_or_insert(k);
        k += 1;
    }
    let h = head?;
    let noun = lemma(&toks[h]);
    let next = |d: usize| toks.get(h + d);
    if cues.partitives.contains(&noun) && next(1).is_some_and(|t| t.lower == "of") {
        return noun_phrase(toks, h + 2, cues);
    }
    if cues.times.contains(&noun) || crate::values::is_calendar_word(&toks[h].lower) {
        return None;
    }
    let listed = next(1).is_some_and(|t| matches!(t.lower.as_ref(), "and" | "or" | "&"))
        && next(2).is_some_and(|t| matches!(t.tag.upos, Upos::Det | Upos::Adj | Upos::Noun));
    if listed {
        return None;
    }
    let span = Span::new(toks[first?].span.start, toks[h].span.end);
    Some((span, noun, h + 1))
}

/// True when two nouns may name one thing: one lemma, synonyms or one broader than the
/// other in WordNet, a kind of the other, or nouns of one verb ("failure" and "fail").
fn kin(a: &str, b: &str) -> bool {
    let wn = WordNet::builtin();
    let nc = NounClasses::builtin();
    a == b
        || wn.nouns_linked(a, b)
        || wn.nouns_broader(a, b)
        || wn.nouns_broader(b, a)
        || nc.kind_of(a, b)
        || nc.kind_of(b, a)
        || wn.verb_of_noun(a).is_some_and(|v| wn.verb_of_noun(b) == Some(v))
}

/// True when sentence `s` says the noun `head` too, as a word or the start of one ("fault"
/// in "faulty").
fn said_in(head: &str, s: &Sent) -> bool {
    s.words.iter().any(|w| w.lower.starts_with(head))
}

/// The value findings of two aligned sentences: one value of each in one slot, each the only
/// value of the slot in its sentence, of nouns that may not name one thing.
fn compare(
    texts: &[&str],
    (a, va): (&Sent, &[Value]),
    (b, vb): (&Sent, &[Value]),
    sim: f64,
    idf: &[f64],
    out: &mut Vec<Aligned>,
) {
    let (ta, tb) = (texts[a.article], texts[b.article]);
    let sole = |vs: &[Value], slot: usize| vs.iter().filter(|v| v.slot == slot).count() == 1;
    for x in va {
        for y in vb.iter().filter(|y| y.slot == x.slot) {
            if !sole(va, x.slot) || !sole(vb, y.slot) || kin(&x.head, &y.head) {
                continue;
            }
            if said_in(&x.head, b) || said_in(&y.head, a) {
                continue;
            }
            let local = overlap(&window(a, x.span, 5), &window(b, y.span, 5), idf).max(SLOT_AGREEMENT);
            let confidence = (0.5 * sim + 0.35 * local + 0.1).min(0.9);
            if confidence < MIN_CONFIDENCE {
                continue;
            }
            out.push(Aligned {
                kind: ConflictKind::Value,
                about: Cues::builtin().slots[x.slot].name.clone(),
                sides: [
                    side(a, x.span, x.span.of(ta).to_string(), false),
                    side(b, y.span, y.span.of(tb).to_string(), false),
                ],
                confidence,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::tests::values;

    #[test]
    fn two_causes_of_one_blaze_are_found() {
        let a = "The blaze that gutted the old mill on Tuesday night was blamed on faulty wiring, fire crews said.";
        let b =
            "The blaze that gutted the old mill on Tuesday night was caused by a discarded candle, fire crews said.";
        assert_eq!(values(a, b), [["discarded candle", "faulty wiring"]]);
        // Near miss: a word of one side said on the other ("faulty" beside "fault").
        let c = b.replace("a discarded candle", "an electrical fault");
        assert!(values(a, &c).is_empty());
        // Near miss: denied.
        let d = b.replace("was caused", "was not caused");
        assert!(values(a, &d).is_empty());
        // Near miss: a list of causes.
        let e = b.replace("a discarded candle", "a discarded candle and old wiring");
        assert!(values(a, &e).is_empty());
    }

    #[test]
    fn a_cause_told_by_its_noun_is_found() {
        let a = "The outbreak that sickened 30 guests at the county show was traced to a contaminated pond.";
        let b = "The source of the outbreak that sickened 30 guests at the county show was raw milk.";
        assert_eq!(values(a, b), [["contaminated pond", "raw milk"]]);
        // Near miss: the noun without "be" and a value ("the source of the outbreak remains unclear").
        let c = "The source of the outbreak that sickened 30 guests at the county show remains unclear.";
        assert!(values(a, c).is_empty());
    }

    #[test]
    fn the_side_a_court_found_for_is_found() {
        let a = "The appeals court ruled in favour of the tenants in the long dispute over the rent rise.";
        let b = "The appeals court found for the landlord in the long dispute over the rent rise.";
        assert_eq!(values(a, b), [["landlord", "tenants"]]);
        // Near miss: a span of time is no side ("ruled for two decades").
        let c = "The appeals court ruled for a decade in the long dispute over the rent rise.";
        assert!(values(c, b).is_empty());
        // Near miss: "was found for" is no ruling.
        let d = "No cause was found for the delay in the long dispute over the rent rise.";
        assert!(values(d, b).is_empty());
    }
}
