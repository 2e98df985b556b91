//! Two names in one slot of aligned sentences: the `value` kind on text no key reads.
//!
//! Two closely aligned sentences of different articles that tell one thing, each with a
//! name (a run of words the tagger reads as proper nouns) in the same slot, say two values
//! of it: "The talks will be held in Oslo on Friday" against "The talks will be held in
//! Vienna on Friday"; "the race was won by Quennell" against "won by Brascoe". A slot is
//! the preposition before the name with the word it hangs on ("held in", "won by");
//! governing words meet when they are one lemma or one WordNet verb class ("began near" and
//! "started near"). The subject or object of a verb is no slot: many countries sign one
//! accord, so "Italy signed" and "Spain signed" are two doers, not two values.
//!
//! Not a value: a name in a list ("in Oslo and Vienna"), a name the other sentence says
//! too (or a variant of it: "Joe Biden" and "Biden", "Rome" and "Italy" through the
//! lexicon, near spellings), a source ("according to Quennell", "said in Oslo"), a name inside
//! quotation marks, a possessor ("Acme's plant"), two names of one slot in one sentence.

use super::{lower_of, overlap, side, window, Aligned, Interner, Sent, MIN_CONFIDENCE};
use crate::conflicts::ConflictKind;
use crate::lexicon::parse_toml;
use crate::tag::{SentenceTags, Tag, Tagger, Upos, Xpos};
use crate::thread_memo::{remembered, Table};
use crate::Span;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Two names whose spellings are at least this alike (1 − edits / longer length) are one.
const SAME_SPELLING: f64 = 0.8;

/// The least likeness of two sentences whose names are compared: two writers telling where
/// one thing happened share little more than the slot ("The blaze began near X and has
/// destroyed..." against "Crews said the blaze had started near the village of Y late...").
const NAME_ALIGNMENT: f64 = 0.2;
/// The least likeness of two sentences whose names are compared in a slot of one event of
/// the data's groups ("began near", "centred near", "arrested in"): such a slot says what
/// the sentence tells of one thing however little else two writers share ("It began near
/// X" against "The blaze had started near the village of Y on Saturday").
const GROUP_SLOT_ALIGNMENT: f64 = 0.1;
/// The slot, one preposition after a governor of one event, is words the two names'
/// neighbourhoods share however they are reworded ("arrested on Tuesday in X", "detained
/// in Y"): the least local likeness it gives them.
const SLOT_AGREEMENT: f64 = 0.5;
/// The most words between a name and the word that opens its slot ("by the Freedonian
/// engineering firm Acme").
const MAX_PREMODIFIERS: usize = 5;
/// The most words between a governor and the noun before it that did it ("the blaze had
/// quickly started").
const MAX_DOER_GAP: usize = 4;
/// The most words between a preposition and the word it hangs on ("arrested on Tuesday
/// morning in").
const MAX_GOVERNOR_GAP: usize = 6;
/// The most words of dates and their commas passed over besides ("on Saturday, 7 February,").
const MAX_DATE_WORDS: usize = 6;

#[derive(Deserialize)]
struct Data {
    slot_prepositions: Vec<String>,
    /// Groups of prepositions that give a place one role ("in", "at"; "to", "into").
    #[serde(default)]
    place_roles: Vec<Vec<String>>,
    locating_prepositions: Vec<String>,
    /// Prepositions of a place beside another ("near", "outside"): after a plain noun that
    /// is itself where an act happened, they tell where the act was ("broke out in a field
    /// near X" is "broke out near X").
    #[serde(default)]
    beside_prepositions: Vec<String>,
    attribution: Vec<String>,
    holding_nouns: Vec<String>,
    connectors: Vec<String>,
    coordinators: Vec<String>,
    kind_nouns: Vec<String>,
    generic_heads: Vec<String>,
    time_of_day: Vec<String>,
    doer_endings: Vec<String>,
    other_doers: Vec<String>,
    #[serde(default)]
    doer_nouns: Vec<(String, String)>,
    slot_governors: Vec<Vec<String>>,
    #[serde(default)]
    slot_types: Vec<SlotType>,
    #[serde(default)]
    one_doer_verbs: Vec<String>,
    #[serde(default)]
    prizes: Prizes,
}

/// What is won and the verbs that give it to its winner ("the title went to X").
#[derive(Deserialize, Default)]
struct Prizes {
    verbs: Vec<String>,
    things: Vec<String>,
}

/// A single-valued slot of one event whichever word tells it ([`Data::slot_types`]).
#[derive(Deserialize)]
struct SlotType {
    /// What the slot tells ("venue"): the report's question names it.
    name: String,
    governors: Vec<String>,
    prepositions: Vec<String>,
    #[serde(default)]
    subjects: Vec<String>,
    /// Nouns a name stands equal to when it fills the slot ("the venue, X," is "held at X").
    #[serde(default)]
    nouns: Vec<String>,
    /// Nouns of the event whose place after one of the slot's prepositions fills the slot
    /// ("talks in X" is "held in X"), lemmas.
    #[serde(default)]
    events: Vec<String>,
}

struct Cues {
    prepositions: FxHashSet<String>,
    /// The group of [`Data::place_roles`] each preposition is in.
    place_roles: FxHashMap<String, usize>,
    locating: FxHashSet<String>,
    /// Prepositions of a place beside another ([`Data::beside_prepositions`]).
    beside: FxHashSet<String>,
    /// The prepositions of [`Cues::prepositions`] that open a slot of a slot type only.
    typed_only: FxHashSet<String>,
    /// The fewest and most bytes of a preposition of [`Cues::prepositions`]: an ASCII word
    /// of another length is none, without a look-up.
    preposition_len: (usize, usize),
    attribution: FxHashSet<String>,
    holdings: FxHashSet<String>,
    connectors: FxHashSet<String>,
    coordinators: FxHashSet<String>,
    kinds: FxHashSet<String>,
    heads: FxHashSet<String>,
    times: FxHashSet<String>,
    /// The endings of a noun of the one who does a verb ("conductor", "winner").
    doer_endings: Vec<String>,
    /// Words before such a noun that make its holder another than the doer ("former").
    other_doers: FxHashSet<String>,
    /// Nouns of the one who does a verb whose endings do not tell it ("architect" →
    /// "design"), by noun.
    doer_nouns: FxHashMap<String, String>,
    /// The group of [`Data::slot_governors`] each governing word is in.
    governors: FxHashMap<String, usize>,
    /// The single-valued slots of [`Data::slot_types`] (at most 32).
    types: Vec<SlotType>,
    /// Verbs whose doer is one for one thing ([`Data::one_doer_verbs`]), lemmas.
    one_doer: FxHashSet<String>,
    /// Verbs that give a prize to its winner, and the prizes, lemmas ([`Data::prizes`]).
    prize_verbs: FxHashSet<String>,
    prize_things: FxHashSet<String>,
    /// The one-word verbs of the slot types' `subjects`, lemmas.
    subject_verbs: FxHashSet<String>,
    /// The slot types whose `nouns` hold a noun, as bits, by noun: a name's sentence asks
    /// of every lower-case word whether it is one ([`typed_noun`]).
    typed_nouns: FxHashMap<String, u32>,
}

impl Cues {
    fn builtin() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        CUES.get_or_init(|| {
            let d: Data = match parse_toml("data/align/names.toml", include_str!("../../data/align/names.toml")) {
                Ok(d) => d,
                Err(e) => panic!("built-in align names: {e}"),
            };
            let set = |v: Vec<String>| v.into_iter().collect::<FxHashSet<_>>();
            // A preposition of a slot type only ("bound for") opens a slot after a word of the type.
            let typed_only: FxHashSet<String> = d
                .slot_types
                .iter()
                .flat_map(|t| &t.prepositions)
                .filter(|p| !d.slot_prepositions.contains(p))
                .cloned()
                .collect();
            let mut slot_prepositions = d.slot_prepositions;
            slot_prepositions.extend(typed_only.iter().cloned());
            let lengths = slot_prepositions.iter().map(String::len);
            let preposition_len = (lengths.clone().min().unwrap_or(0), lengths.max().unwrap_or(0));
            Cues {
                prepositions: set(slot_prepositions),
                place_roles: groups(d.place_roles),
                locating: set(d.locating_prepositions),
                beside: set(d.beside_prepositions),
                typed_only,
                preposition_len,
                attribution: set(d.attribution),
                holdings: set(d.holding_nouns),
                connectors: set(d.connectors),
                coordinators: set(d.coordinators),
                kinds: set(d.kind_nouns),
                heads: set(d.generic_heads),
                times: set(d.time_of_day),
                doer_endings: d.doer_endings,
                other_doers: set(d.other_doers),
                doer_nouns: d.doer_nouns.into_iter().collect(),
                governors: groups(d.slot_governors),
                subject_verbs: d
                    .slot_types
                    .iter()
                    .flat_map(|t| &t.subjects)
                    .filter(|w| !w.contains(' '))
                    .cloned()
                    .collect(),
                typed_nouns: d.slot_types.iter().take(32).enumerate().fold(FxHashMap::default(), |mut m, (k, t)| {
                    for n in &t.nouns {
                        *m.entry(n.clone()).or_insert(0) |= 1 << k;
                    }
                    m
                }),
                types: d.slot_types.into_iter().take(32).collect(),
                one_doer: set(d.one_doer_verbs),
                prize_verbs: set(d.prizes.verbs),
                prize_things: set(d.prizes.things),
            }
        })
    }
}

/// Each word of `groups` with the index of its group.
fn groups(groups: Vec<Vec<String>>) -> FxHashMap<String, usize> {
    groups.into_iter().enumerate().flat_map(|(k, group)| group.into_iter().map(move |w| (w, k))).collect()
}

/// True when two prepositions are of one group of the data's place roles ("stranded in X",
/// "stranded at Y").
fn one_place_role(p: &str, q: &str) -> bool {
    let roles = &Cues::builtin().place_roles;
    roles.get(p).is_some_and(|g| roles.get(q) == Some(g))
}

/// Where a name stands in its sentence: after a preposition ("held in Oslo", "won by
/// Quennell"). Not the subject or object of a verb: many countries sign one accord and many
/// people meet reporters, so "Italy signed" and "Spain signed" are no two values of one thing.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Role {
    After(String),
    /// The subject of an active verb whose subject fills a slot of [`Data::slot_types`]
    /// ("X will host the talks").
    Subject,
    /// The name a noun of the one who does a verb titles ("guest conductor X"): the verb's
    /// doer, the slot "by" opens after it in the passive ("conducted by Y").
    Doer,
    /// The name a definite noun of a slot stands equal to, in apposition or after a copula:
    /// "the winner, X,", "X, the winner,", "the winner of the race is X", "X was the
    /// venue". The noun names one holder, so the name is the doer of its verb ("won by Y",
    /// "Y won") or the value of its slot type ("held at Y").
    Equated,
}

/// The single-valued slots of [`Data::slot_types`] a slot of `governor` in `role` is one of,
/// as bits: a word of the type (by lemma, verb class, phrasal sense or group) and one of its
/// prepositions, or a verb of its `subjects` for the subject.
fn slot_types(governor: &str, role: &Role) -> u32 {
    let (governs, subjects) = governed_types(governor);
    match role {
        Role::After(p) => {
            let after = |t: &SlotType| t.prepositions.iter().any(|q| q == p);
            let types = Cues::builtin().types.iter().enumerate();
            types.filter(|(_, t)| after(t)).fold(0, |bits, (k, _)| bits | 1 << k) & governs
        }
        Role::Subject => subjects,
        Role::Doer => 0,
        Role::Equated => typed_noun(governor),
    }
}

/// The slot types whose governors, and whose subject verbs, `governor` is one of, as bits.
/// A governor's membership asks WordNet, so it is remembered per thread: a check meets the
/// same few verbs ("hold", "host", "land") in sentence after sentence.
fn governed_types(governor: &str) -> (u32, u32) {
    thread_local! {
        static TYPES: Table<(u32, u32)> = Default::default();
    }
    remembered(&TYPES, governor, 4096, || {
        let (mut governs, mut subjects) = (0, 0);
        for (k, t) in Cues::builtin().types.iter().enumerate() {
            if t.governors.iter().any(|w| member(w, governor)) {
                governs |= 1 << k;
            }
            if t.subjects.iter().any(|w| member(w, governor)) {
                subjects |= 1 << k;
            }
        }
        (governs, subjects)
    })
}

#[derive(Debug, Clone)]
struct Slot {
    role: Role,
    /// The lemma of the word the slot hangs on, lower case.
    governor: String,
    /// The noun just before the governor, lower case: who or what did it ("the blaze
    /// began near"), when a noun stands there.
    doer: Option<String>,
    /// The single-valued slots of the data it is one of ([`slot_types`]).
    types: u32,
    /// Whether the governor tells an act (a verb or a participle, not a noun): an act
    /// happens in one place, while a noun's thing may be one of many ("a terminal at X",
    /// "terminals in Y"). Two prepositions of one place role meet after an act on one side
    /// at least ("arrested at X", "his arrest in Y").
    act: bool,
    /// The other content words of an equated noun's phrase, lower case ("women's" of "the
    /// women's winner, X"): two phrases that each have some and share none are two holders.
    qualifiers: Vec<String>,
}

/// A name of a sentence.
#[derive(Debug, Clone)]
pub(super) struct Name {
    pub(super) span: Span,
    /// Its words as written, each with its span.
    words: Vec<Span>,
    /// Its words folded (lower case, no diacritics), connectors left out.
    pub(super) parts: Vec<String>,
    slot: Option<Slot>,
    /// In a list with another name, inside quotation marks, or a possessor.
    aside: bool,
}

/// A word of a sentence as the tagger read it.
pub(super) struct Tok<'a> {
    pub(super) span: Span,
    pub(super) written: &'a str,
    /// Borrowed when the word is written in lower case.
    pub(super) lower: Cow<'a, str>,
    pub(super) tag: Tag,
}

impl Tok<'_> {
    pub(super) fn is(&self, upos: Upos) -> bool {
        self.tag.upos == upos
    }
}

/// Compares the names of the aligned pairs of sentences `pairs` ((first, second),
/// likeness), reading each sentence's names once.
pub(super) fn findings(
    texts: &[&str],
    tags: &[SentenceTags],
    sents: &[Sent],
    pairs: &[((u32, u32), f64)],
    interner: &Interner,
    idf: &[f64],
) -> Vec<Aligned> {
    let traced = super::trace::facts_on();
    // Each sentence's names, by its index, read on first use; untraced, a sentence with no
    // name in a slot (but aside) keeps none: it gives no finding ([`compare`]).
    let mut read: Vec<Option<Vec<Name>>> = (0..sents.len()).map(|_| None).collect();
    // The sentences [`may_slot`] passed over: read again when a sentence they are compared
    // with names the doer of a verb of one doer ([`doer_asked`]).
    let mut passed = vec![false; sents.len()];
    let mut out = Vec::new();
    // Each sentence's titled names ([`super::titles`]), read on first use.
    let mut titled: Vec<Option<Vec<super::titles::Titled>>> = (0..sents.len()).map(|_| None).collect();
    for &((i, j), sim) in pairs {
        let (a, b) = (&sents[i as usize], &sents[j as usize]);
        // One person under two titles: sentences of two articles that share a name.
        if sim >= GROUP_SLOT_ALIGNMENT && a.article != b.article && shares_name(a, b) {
            for k in [i, j] {
                titled[k as usize].get_or_insert_with(|| {
                    let s = &sents[k as usize];
                    super::titles::titled(texts[s.article], s, tags.get(s.article))
                });
            }
            if let (Some(ta), Some(tb)) = (&titled[i as usize], &titled[j as usize]) {
                let confidence = (0.5 * sim.max(NAME_ALIGNMENT) + 0.35 * SLOT_AGREEMENT + 0.1).min(0.9);
                super::titles::compare(texts, (a, ta), (b, tb), confidence, &mut out);
            }
        }
        // Only sentences that each name someone or somewhere the other does not.
        // A sentence's opening name ("Varnick won the race") counts as its other names do.
        let absent = |n: u32, y: &Sent| y.opener != Some(n) && y.names.binary_search(&n).is_err();
        let lacks = |x: &Sent, y: &Sent| {
            x.names.iter().any(|n| y.names.binary_search(n).is_err()) || x.opener.is_some_and(|n| absent(n, y))
        };
        if sim < GROUP_SLOT_ALIGNMENT || a.article == b.article || !lacks(a, b) || !lacks(b, a) {
            if traced && a.article != b.article {
                let gate = if sim < GROUP_SLOT_ALIGNMENT { "similarity" } else { "no_new_name" };
                trace_names(a, b, None, gate);
            }
            continue;
        }
        for k in [i, j] {
            read[k as usize].get_or_insert_with(|| {
                let s = &sents[k as usize];
                // Traced or not, alike: the trace shows what a check does.
                if !may_slot(texts[s.article], s, tags.get(s.article)) {
                    passed[k as usize] = true;
                    return Vec::new();
                }
                let names = names_of(texts[s.article], s, tags.get(s.article));
                if traced {
                    trace_read(s, &names);
                } else if names.iter().all(|n| n.aside || n.slot.is_none()) {
                    return Vec::new();
                }
                names
            });
        }
        // "the race was won by X" or "the winner, X,": the other sentence's subject of a verb
        // of one doer ("Y won the race") is read too.
        for (k, other) in [(i, j), (j, i)] {
            let asked = read[other as usize].as_ref().is_some_and(|names| names.iter().any(doer_asked));
            if passed[k as usize] && asked {
                passed[k as usize] = false;
                let s = &sents[k as usize];
                let names = one_doer_subjects(names_of(texts[s.article], s, tags.get(s.article)));
                if traced {
                    trace_read(s, &names);
                }
                read[k as usize] = Some(names);
            }
        }
        let (Some(na), Some(nb)) = (&read[i as usize], &read[j as usize]) else { continue };
        if !traced && (na.is_empty() || nb.is_empty()) {
            continue;
        }
        compare(texts, (a, na), (b, nb), sim, interner, idf, &mut out);
    }
    out
}

/// True when `n` names the doer of a verb of one doer ([`Data::one_doer_verbs`]) after "by"
/// or in apposition ("won by X", "the winner, X,"): a subject of the verb in another sentence
/// ("Y won") is another value of it.
fn doer_asked(n: &Name) -> bool {
    let one = &Cues::builtin().one_doer;
    !n.aside
        && n.slot.as_ref().is_some_and(|s| {
            (matches!(&s.role, Role::After(p) if p == "by") || matches!(s.role, Role::Equated))
                && one.contains(&s.governor)
        })
}

/// The names of a sentence [`may_slot`] passed over, with only the slots of subjects of a
/// verb of one doer kept ("X won the race"): a subject of any other verb ("X attended") is
/// one of many doers.
fn one_doer_subjects(mut names: Vec<Name>) -> Vec<Name> {
    let one = &Cues::builtin().one_doer;
    for n in &mut names {
        if n.slot.as_ref().is_some_and(|s| s.role != Role::Subject || !one.contains(&s.governor)) {
            n.slot = None;
        }
    }
    names
}

/// True when two sentences share a name (a capitalised word not opening them).
fn shares_name(a: &Sent, b: &Sent) -> bool {
    a.names.iter().any(|n| b.names.binary_search(n).is_ok())
}

/// False when no name of sentence `s` of `text` can stand in a slot ([`slot`]): no
/// capitalised word has a slot's preposition among the [`MAX_PREMODIFIERS`] + 1 words before
/// it. Read on the claim reader's words, without tags or copies (true without them): most
/// sentences compared have no name in a slot, and reading a sentence's names costs more.
fn may_slot(text: &str, s: &Sent, kept: Option<&SentenceTags>) -> bool {
    let Some(ranges) = kept.and_then(|t| t.word_ranges(s.span)) else { return true };
    let cues = Cues::builtin();
    let (prepositions, (shortest, longest)) = (&cues.prepositions, cues.preposition_len);
    // An ASCII word keeps its length in lower case.
    let preposition =
        |w: &str| (!w.is_ascii() || (shortest..=longest).contains(&w.len())) && holds_lower(prepositions, w);
    let sentence = s.span.of(text);
    // The index of the last preposition and of the last capitalised word, counted as
    // [`tokens`] counts words.
    let (mut k, mut last, mut named, mut titled) = (0usize, None::<usize>, None::<usize>, None::<usize>);
    let mut out = false;
    for &(a, b) in ranges {
        let Some(w) = sentence.get(a as usize..b as usize) else { continue };
        let upper = crate::text::is_upper_start(w);
        if last.is_some_and(|p| k - p <= MAX_PREMODIFIERS + 1) && upper {
            return true;
        }
        // "guest conductor X", "the winner of the race, X": a name after a noun of a verb's
        // doer or of a slot; "X, the winner," "X was the venue": before it.
        if upper && titled.is_some_and(|d| k - d <= MAX_EQUATED_GAP) {
            return true;
        }
        if !upper && is_role_noun(w) {
            if named.is_some_and(|n| k - n <= MAX_EQUATED_GAP) {
                return true;
            }
            titled = Some(k);
        }
        // "Skarvik will host the final": a name before a verb whose subject fills a slot.
        if !upper && named.is_some_and(|n| k - n <= MAX_SUBJECT_GAP + 1) && subject_verb(w) {
            return true;
        }
        // "out of X" opens a slot as "from X" does ([`slot`]).
        if preposition(w) || out && w == "of" {
            last = Some(k);
        }
        out = w == "out";
        if upper {
            named = Some(k);
        }
        k += 1;
    }
    false
}

/// The most words between a name and the noun it stands equal to ("the winner of this
/// year's race, X", "X, the race's winner").
const MAX_EQUATED_GAP: usize = MAX_OF_PHRASE + 2;

/// The most auxiliaries, adverbs and particles between a subject and its verb ("Skarvik
/// will now host").
const MAX_SUBJECT_GAP: usize = 3;

/// True when `w`, as written in lower case, is a form of a verb of a slot type's `subjects`
/// ("hosted", "stages").
fn subject_verb(w: &str) -> bool {
    thread_local! {
        static FORMS: Table<bool> = Default::default();
    }
    let cues = Cues::builtin();
    // A form shares its first two letters with its verb ("hosted", "staging"): the tagger's
    // lemmas are asked of those words only, once per word and thread.
    let opens = |v: &String| v.len() >= 2 && w.len() >= 2 && v.as_bytes()[..2] == w.as_bytes()[..2];
    if !w.bytes().all(|b| b.is_ascii_lowercase()) || !cues.subject_verbs.iter().any(opens) {
        return false;
    }
    remembered(&FORMS, w, 4096, || {
        let tagger = Tagger::builtin();
        [Xpos::Vb, Xpos::Vbd, Xpos::Vbz, Xpos::Vbg]
            .iter()
            .any(|&x| cues.subject_verbs.contains(tagger.lemma(w, x).as_ref()))
    })
}

/// True when `lemma` is a verb of saying or reporting (the data's `attribution`): a name
/// beside it says who spoke or where, not what happened.
pub(crate) fn attribution(lemma: &str) -> bool {
    Cues::builtin().attribution.contains(lemma)
}

/// True when `lower` is a preposition of place (the data's `locating_prepositions`).
pub(super) fn locating(lower: &str) -> bool {
    Cues::builtin().locating.contains(lower)
}

/// True when `lower` may stand inside a name or a list of names after its preposition:
/// "the", a connector ("Bank of X"), a coordinator ("in X and Y"), a kind noun ("the town
/// of X").
pub(super) fn inside_place(lower: &str) -> bool {
    let c = Cues::builtin();
    lower == "the" || c.connectors.contains(lower) || c.coordinators.contains(lower) || c.kinds.contains(lower)
}

/// Whether `set` holds `w` in lower case ([`lower_of`]): a short ASCII word is lowered in a
/// buffer on the stack, not copied to the heap (capitalised words are many).
fn holds_lower(set: &FxHashSet<String>, w: &str) -> bool {
    const SHORT: usize = 32;
    if w.len() > SHORT || !w.is_ascii() {
        return set.contains(lower_of(w).as_ref());
    }
    // An ASCII word in lower case is its own lower case.
    if !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return set.contains(w);
    }
    let mut buf = [0u8; SHORT];
    let b = &mut buf[..w.len()];
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).is_ok_and(|l| set.contains(l))
}

/// The names of sentence `s` of `text`, each with its slot.
pub(super) fn names_of(text: &str, s: &Sent, kept: Option<&SentenceTags>) -> Vec<Name> {
    let cues = Cues::builtin();
    let sentence = s.span.of(text);
    let toks = tokens(sentence, s.span, kept);
    // A dateline's place says where the report was filed.
    let lede = if s.lede > 0 { s.words.get(s.lede).map_or(s.span.end, |w| w.span.start) } else { 0 };
    let proper = |k: usize| -> bool {
        let t = &toks[k];
        t.span.start >= lede
            && crate::text::is_upper_start(t.written)
            && t.written.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !t.written.as_bytes().get(1).is_some_and(u8::is_ascii_digit)
            && !crate::values::is_calendar_word(&t.lower)
            && (matches!(t.tag.upos, Upos::Propn | Upos::X) || matches!(t.tag.xpos, Xpos::Nnp | Xpos::Nnps))
    };
    // A capitalised common noun after a name's first word is part of it ("Acme Holdings").
    let more = |k: usize| -> bool {
        let t = &toks[k];
        proper(k)
            || t.is(Upos::Noun)
                && crate::text::is_upper_start(t.written)
                && !crate::values::is_calendar_word(&t.lower)
                && !t.written.contains('-')
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        if !proper(k) {
            k += 1;
            continue;
        }
        let (f, mut l) = (k, k);
        loop {
            if l + 1 < toks.len() && more(l + 1) {
                l += 1;
            } else if l + 2 < toks.len() && cues.connectors.contains(toks[l + 1].lower.as_ref()) && proper(l + 2) {
                l += 2;
            } else {
                break;
            }
        }
        k = l + 1;
        let words: Vec<Span> = (f..=l).filter(|&m| more(m)).map(|m| toks[m].span).collect();
        let parts = words.iter().map(|w| crate::text::fold(w.of(text))).collect();
        let quotes =
            sentence[..toks[f].span.start - s.span.start].chars().filter(|c| matches!(c, '"' | '“' | '”')).count();
        let next = toks.get(l + 1);
        let possessor = next.is_some_and(|t| t.tag.xpos == Xpos::Pos || t.lower == "'s" || t.lower == "’s");
        // A comma or a coordinator between this name and another (past an article): "in
        // Oslo and Vienna", "Oslo, Vienna"; "Acme and includes" joins clauses, not names.
        let name_at =
            |n: usize| n < toks.len() && (proper(n) || toks[n].is(Upos::Det) && n + 1 < toks.len() && proper(n + 1));
        let joins = |m: usize| cues.coordinators.contains(toks[m].lower.as_ref()) || toks[m].written == ",";
        // "arrested in Oslo, Quennell said": a comma before who spoke ends the clause.
        let speaker = |n: usize| {
            let mut e = n;
            while e < toks.len() && (more(e) || cues.connectors.contains(toks[e].lower.as_ref())) {
                e += 1;
            }
            e > n && toks.get(e).is_some_and(|t| t.is(Upos::Verb) && cues.attribution.contains(&lemma(t)))
        };
        let after =
            l + 1 < toks.len() && joins(l + 1) && name_at(l + 2) && !(toks[l + 1].written == "," && speaker(l + 2));
        let before = f >= 2 && joins(f - 1) && (proper(f - 2) || toks[f - 2].lower == "between");
        let aside = quotes % 2 == 1 || possessor || after || before;
        let slot = slot(&toks, f, cues)
            .or_else(|| equated_slot(&toks, f, l, cues))
            .or_else(|| subject_slot(&toks, l))
            .or_else(|| doer_slot(&toks, f, cues));
        out.push(Name { span: Span::new(toks[f].span.start, toks[l].span.end), words, parts, slot, aside });
    }
    out
}

/// The words of the sentence at `span` with their tags: the claim reader's, else tagged here.
pub(super) fn tokens<'a>(sentence: &'a str, span: Span, kept: Option<&SentenceTags>) -> Vec<Tok<'a>> {
    let mut buf = Vec::new();
    let ranges: Vec<std::ops::Range<usize>> = match kept.and_then(|t| t.word_ranges(span)) {
        Some(r) => r.iter().map(|&(a, b)| a as usize..b as usize).collect(),
        None => crate::tag::tokenize(sentence),
    };
    let tags = Tagger::builtin().kept_or_tag(sentence, &ranges, kept.and_then(|t| t.get(span)), &mut buf);
    ranges
        .iter()
        .zip(tags)
        .filter_map(|(r, &tag)| {
            let written = sentence.get(r.clone())?;
            Some(Tok {
                span: Span::new(span.start + r.start, span.start + r.end),
                written,
                lower: lower_of(written),
                tag,
            })
        })
        .collect()
}

/// The lemma of a word the tagger read, lower case.
pub(super) fn lemma(t: &Tok) -> String {
    Tagger::builtin().lemma(&t.lower, t.tag.xpos).into_owned()
}

/// The slot of the name starting at word `f`: the preposition before it, past the words
/// that describe it ("by the engineering firm Acme", "near the town of Acme").
fn slot(toks: &[Tok], f: usize, cues: &Cues) -> Option<Slot> {
    let mut k = f;
    let mut skipped = 0;
    while k > 0 && skipped < MAX_PREMODIFIERS {
        let t = &toks[k - 1];
        let kind_of = t.lower == "of" && k >= 2 && cues.kinds.contains(toks[k - 2].lower.as_ref());
        // "Freedonia-based", "state-owned": a compound that describes, whatever its tag.
        let compound = t.written.split_once('-').is_some_and(|(_, b)| b.starts_with(|c: char| c.is_lowercase()));
        if matches!(t.tag.upos, Upos::Det | Upos::Adj | Upos::Num | Upos::Noun) || kind_of || compound {
            k -= 1;
            skipped += 1;
        } else {
            break;
        }
    }
    let before = k.checked_sub(1).map(|p| &toks[p]);
    // "flown out of X" tells where it came from, as "flown from Y" does.
    let out_of = k >= 2 && before.is_some_and(|p| p.lower == "of") && toks[k - 2].lower == "out";
    match before {
        Some(p) if out_of || cues.prepositions.contains(p.lower.as_ref()) && !p.is(Upos::Verb) => {
            let (word, at) = if out_of { ("from", k - 2) } else { (p.lower.as_ref(), k - 1) };
            // "according to X", "said in X": who spoke or where, not what happened; "shares
            // in X": which thing is held, not a value of it.
            let (governor, g) = governor(toks, at, cues)?;
            let (governor, g) = beside_act(toks, (governor, g), word, cues);
            let doer = doer(toks, g);
            let holding = word == "in" && toks[g].is(Upos::Noun) && cues.holdings.contains(&governor);
            if cues.attribution.contains(&governor) || holding {
                return None;
            }
            // "the title went to X": X won.
            if word == "to" {
                if let Some(won) = prize_slot(toks, g, at, cues) {
                    return Some(won);
                }
            }
            let role = Role::After(word.to_string());
            let mut types = slot_types(&governor, &role);
            if common_noun(&toks[g]) {
                types |= event_types(toks, g, word, cues);
            }
            if types == 0 && cues.typed_only.contains(word) {
                return None;
            }
            let act = !common_noun(&toks[g]);
            Some(Slot { role, governor, doer, types, act, qualifiers: Vec::new() })
        }
        _ => None,
    }
}

/// The governor of a place beside a plain noun that is itself where an act happened: "broke
/// out in a pine plantation near X", "arrested at a farm outside Y" tell where the act was,
/// as "broke out near X" does, so the slot hangs on the act (the verb before the noun's
/// locating preposition). Else `found`, as for a noun of an event ("talks near X"), a noun
/// with no locating preposition before it ("the road near X") or a preposition other than
/// one of a place beside ("a farm in X" may be one of many farms of the act's place).
fn beside_act(toks: &[Tok], found: (String, usize), p: &str, cues: &Cues) -> (String, usize) {
    let g = found.1;
    if !cues.beside.contains(p) || !common_noun(&toks[g]) || event_noun(&lemma(&toks[g])) != 0 {
        return found;
    }
    let modifier = |t: &Tok| matches!(t.tag.upos, Upos::Det | Upos::Adj | Upos::Num) || common_noun(t);
    let mut k = g;
    while k > 0 && g - k < MAX_PREMODIFIERS && modifier(&toks[k - 1]) {
        k -= 1;
    }
    let Some(q) = k.checked_sub(1) else { return found };
    if !cues.locating.contains(toks[q].lower.as_ref()) || toks[q].is(Upos::Verb) {
        return found;
    }
    match governor(toks, q, cues) {
        Some((outer, o)) if !common_noun(&toks[o]) && !cues.attribution.contains(&outer) => (outer, o),
        _ => found,
    }
}

/// The most words of a clause's subject before a verb that gives a prize ("Victory on
/// Thursday's mountain stage went to").
const MAX_PRIZE_PHRASE: usize = 12;

/// The winner's slot of a name after "to" that hangs on the word at `g`, when that word
/// gives a prize ([`Data::prizes`]): "the title went to X", "victory on the stage went to
/// X", "the prize was awarded to X" (the head of the verb's subject), "the jury gave its
/// top prize to X" (the noun of its object). X won, as in "X won" and "won by Y" ([`Role::
/// Equated`] of "win"). None for a prize of another holder ("last year's title went to
/// X"), a hope ("could go to X", "to go to X") or a denial ("did not go to X"); none when
/// the head is another thing ("the prize money went to X") or a word stands between the
/// verb and "to" at `to` ("went back to X").
fn prize_slot(toks: &[Tok], g: usize, to: usize, cues: &Cues) -> Option<Slot> {
    let t = &toks[g];
    let phrase = |k: usize| phrase_word(&toks[k]) || toks[k].tag.xpos == Xpos::PrpS;
    let (start, head) = if t.is(Upos::Noun) {
        // The object before "to": its phrase opens after the verb that gives it.
        let k = (g.saturating_sub(MAX_PREMODIFIERS + 1)..g).rev().find(|&k| !phrase(k))?;
        let v = &toks[k];
        if !(v.is(Upos::Verb) && cues.prize_verbs.contains(&lemma(v))) || (k > 0 && toks[k - 1].lower == "to") {
            return None;
        }
        (k + 1, g)
    } else if t.is(Upos::Verb) && to == g + 1 && cues.prize_verbs.contains(&lemma(t)) {
        // The verb right before "to", not a phrasal one ("victories going back to X").
        // Back over auxiliaries to the subject; no hope, denial or infinitive.
        let mut j = g;
        while j > 0 && matches!(toks[j - 1].tag.upos, Upos::Aux | Upos::Adv | Upos::Part) {
            j -= 1;
        }
        let hedged = |t: &Tok| t.tag.xpos == Xpos::Md || t.lower == "to" || cues.other_doers.contains(t.lower.as_ref());
        if toks[j..g].iter().any(hedged) {
            return None;
        }
        // The subject: from the clause's start (a verb, a comma, a conjunction or the
        // sentence's start) to the verb; its head, the last noun before its first
        // preposition ("victory on the stage").
        let lo = j.saturating_sub(MAX_PRIZE_PHRASE);
        let stop = |k: usize| {
            let t = &toks[k];
            matches!(t.tag.upos, Upos::Verb | Upos::Sconj | Upos::Cconj | Upos::Punct | Upos::Pron)
                && t.tag.xpos != Xpos::Pos
        };
        let start = match (lo..j).rev().find(|&k| stop(k)) {
            Some(k) => k + 1,
            None if lo == 0 => 0,
            None => return None,
        };
        let first_adp = (start..j).find(|&k| toks[k].is(Upos::Adp)).unwrap_or(j);
        let head = (start..first_adp).rev().find(|&k| toks[k].is(Upos::Noun))?;
        if !(head + 1..first_adp).all(|k| !toks[k].is(Upos::Noun) && !toks[k].is(Upos::Propn)) {
            return None;
        }
        (start, head)
    } else {
        return None;
    };
    if !cues.prize_things.contains(&lemma(&toks[head])) || other_holder(premodifiers(toks, head), cues) {
        return None;
    }
    let content = |t: &&Tok| matches!(t.tag.upos, Upos::Noun | Upos::Adj | Upos::Propn | Upos::Num);
    // The other content words of its phrase: "women" of "the women's title", "stage" of
    // "victory on the stage", "year" of "this year's prize".
    let end = if t.is(Upos::Noun) {
        g + 1
    } else {
        (start..g).find(|&k| toks[k].is(Upos::Aux) || toks[k].is(Upos::Verb)).unwrap_or(g)
    };
    let qualifiers =
        (start..end).filter(|&k| k != head && content(&&toks[k])).map(|k| crate::text::fold(toks[k].written)).collect();
    let governor = "win".to_string();
    let types = slot_types(&governor, &Role::Equated);
    Some(Slot { role: Role::Equated, governor, doer: None, types, act: false, qualifiers })
}

/// The slot types the noun at `g` is an event of after the preposition `p`, as bits: a noun
/// of a type's `events` ("talks in X" is "held in X") or one WordNet derives from a type's
/// governor ("a meeting in X" is "met in X"), itself or as the head of the "of" phrase the
/// noun ends ("the exhibition of the restored panels at X"). None for another event than
/// the one told ("the next meeting in X", "a follow-up meeting in Y").
fn event_types(toks: &[Tok], g: usize, p: &str, cues: &Cues) -> u32 {
    let after = |t: &SlotType| t.prepositions.iter().any(|q| q == p);
    let typed = Cues::builtin().types.iter().enumerate().filter(|(_, t)| after(t)).fold(0, |b, (k, _)| b | 1 << k);
    let mut n = g;
    let mut bits = event_noun(&lemma(&toks[n])) & typed;
    if bits == 0 {
        // "the exhibition of the restored glass panels at X": the head of the "of" phrase.
        let inside = |t: &Tok| phrase_word(t) || matches!(t.tag.xpos, Xpos::Vbn | Xpos::Vbg);
        let of = (g.saturating_sub(MAX_OF_PHRASE)..g).rev().find(|&k| !inside(&toks[k]));
        let Some(head) = of.filter(|&k| toks[k].lower == "of" && k > 0).map(|k| k - 1) else { return 0 };
        if !toks[head].is(Upos::Noun) {
            return 0;
        }
        n = head;
        bits = event_noun(&lemma(&toks[n])) & typed;
    }
    if bits == 0 || other_holder(premodifiers(toks, n), cues) {
        return 0;
    }
    bits
}

/// The slot types whose `events` hold the noun `lemma`, or one of whose governors WordNet
/// derives it from ("meeting" → "meet", "exhibition" → "exhibit"), as bits. Remembered per
/// thread, as [`governed_types`] is.
fn event_noun(lemma: &str) -> u32 {
    thread_local! {
        static EVENTS: Table<u32> = Default::default();
    }
    remembered(&EVENTS, lemma, 4096, || {
        let listed = Cues::builtin().types.iter().enumerate().filter(|(_, t)| t.events.iter().any(|e| e == lemma));
        let listed = listed.fold(0, |b, (k, _)| b | 1 << k);
        let derived =
            crate::lexicon::wordnet::WordNet::builtin().verb_of_noun(lemma).map_or(0, |v| governed_types(v).0);
        listed | derived
    })
}

/// True when `governor` is the word `w` of a slot type: one lemma, one WordNet verb class
/// or group of the data, or a phrasal verb and a verb of one of its senses ("take off",
/// "depart"). Not a phrasal verb's own verb: "make landfall" is no "make".
fn member(w: &str, governor: &str) -> bool {
    if w == governor {
        return true;
    }
    if w.contains(' ') || governor.contains(' ') {
        return crate::lexicon::wordnet::WordNet::builtin().phrasal_same(w, governor);
    }
    same_governor(w, governor)
}

/// True when `phrase` (a verb and the word after it) is a word of a slot of the data.
fn typed_phrase(phrase: &str) -> bool {
    Cues::builtin().types.iter().any(|t| t.governors.iter().chain(&t.subjects).any(|w| w == phrase))
}

/// The slot of the name ending at word `l` as the subject of a verb of the data's
/// `subjects` ("X will host the talks"); none in the passive ("X was hosted by").
fn subject_slot(toks: &[Tok], l: usize) -> Option<Slot> {
    let mut k = l + 1;
    while k < toks.len() && k <= l + 3 && matches!(toks[k].tag.upos, Upos::Aux | Upos::Adv | Upos::Part) {
        k += 1;
    }
    let v = toks.get(k).filter(|t| t.is(Upos::Verb))?;
    if v.tag.xpos == Xpos::Vbn && toks[l + 1..k].iter().any(|t| lemma(t) == "be") {
        return None;
    }
    let governor = lemma(v);
    let types = slot_types(&governor, &Role::Subject);
    let voiced = !Cues::builtin().attribution.contains(&governor);
    // The content words of its object ("women" and "final" of "won the women's final"): a
    // prize's phrase that shares none tells another one ("the men's title went to Y").
    let content = |t: &&Tok| matches!(t.tag.upos, Upos::Noun | Upos::Adj | Upos::Propn | Upos::Num);
    let object = toks[k + 1..of_phrase_end(toks, k).min(toks.len())].iter();
    let qualifiers = object.filter(content).map(|t| crate::text::fold(t.written)).collect();
    let slot = Slot { role: Role::Subject, governor, doer: None, types, act: true, qualifiers };
    (types != 0 || voiced).then_some(slot)
}

/// The slot of the name starting at word `f` that a noun of a verb's doer titles: "guest
/// conductor X" says who conducted, as "conducted by Y" does. Not a former or another holder
/// ("former conductor X", "assistant conductor X").
fn doer_slot(toks: &[Tok], f: usize, cues: &Cues) -> Option<Slot> {
    let n = f.checked_sub(1)?;
    let t = &toks[n];
    if !t.is(Upos::Noun) {
        return None;
    }
    let governor = doer_verb(t.written)?;
    (!other_holder(premodifiers(toks, n), cues)).then_some(Slot {
        role: Role::Doer,
        governor,
        doer: None,
        types: 0,
        act: false,
        qualifiers: Vec::new(),
    })
}

/// The words of the phrase of the noun at `n` before it, nearest first ("last year's
/// women's winner").
fn premodifiers<'t, 'a>(toks: &'t [Tok<'a>], n: usize) -> impl Iterator<Item = &'t Tok<'a>> {
    toks[n.saturating_sub(MAX_PREMODIFIERS)..n]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.tag.upos, Upos::Verb | Upos::Aux | Upos::Adp | Upos::Punct | Upos::Cconj))
}

/// True when one of `words` makes a noun's holder another than the one the act tells
/// ("former", "last", "next", "not"; "ex-champion").
fn other_holder<'t, 'a: 't>(words: impl Iterator<Item = &'t Tok<'a>>, cues: &Cues) -> bool {
    words
        .map(|t| t.lower.as_ref())
        .any(|w| cues.other_doers.contains(w) || w.split_once('-').is_some_and(|(a, _)| cues.other_doers.contains(a)))
}

/// The most words of the phrase after an equated noun's preposition ("the winner of this
/// year's women's race").
const MAX_OF_PHRASE: usize = 6;

/// The slot of the name from word `f` to word `l` that stands equal to a definite noun of a
/// slot ([`Role::Equated`]): in apposition before it ("the winner, X," "the winner of the
/// race, X,"), after it ("X, the winner," "X, the designer of the bridge,"), or across a
/// copula ("the venue for the final is X", "X was the winner"). None for a former or
/// another holder ("last year's winner, X", "X was not the winner") or an indefinite one
/// ("X, a designer,": a trade, not who did it).
fn equated_slot(toks: &[Tok], f: usize, l: usize, cues: &Cues) -> Option<Slot> {
    let closes = |k: usize| toks.get(k).is_none_or(|t| matches!(t.written, "," | "." | ";" | ")" | ":"));
    // "the venue, the Acme Hall,": past the name's article.
    let f = if f > 0 && toks[f - 1].lower == "the" { f - 1 } else { f };
    let Some(before) = f.checked_sub(1) else { return equated_after(toks, l, cues) };
    let (n, phrase) = if toks[before].written == "," || lemma(&toks[before]) == "be" {
        // "the winner, X," ("after meeting the driver, X said" is no apposition); "the
        // winner is X".
        let comma = toks[before].written == ",";
        if comma && !closes(l + 1) || !comma && toks.get(l + 1).is_some_and(|t| t.is(Upos::Verb)) {
            return equated_after(toks, l, cues);
        }
        match noun_before(toks, before) {
            Some(n) => (n, (n - premodifiers(toks, n).count(), before)),
            None => return equated_after(toks, l, cues),
        }
    } else {
        return equated_after(toks, l, cues);
    };
    equated(toks, n, phrase, premodifiers(toks, n), cues)
}

/// The slot of the name ending at word `l` equal to the definite noun after it: "X, the
/// winner," or "X was the winner of the race".
fn equated_after(toks: &[Tok], l: usize, cues: &Cues) -> Option<Slot> {
    let next = toks.get(l + 1)?;
    let comma = next.written == ",";
    let start = if comma { l + 2 } else { past_copula(toks, l + 1)? };
    // Definite: "the", a possessive ("its", "the race's"); or after a verb of naming ("X
    // was named winner"); or told of what ("X, winner of the race,"). Not "X, a designer,":
    // a trade, not who did it.
    let first = toks.get(start)?;
    let definite = first.lower == "the" || first.tag.xpos == Xpos::PrpS;
    if first.is(Upos::Det) && !definite {
        return None;
    }
    let named = !comma && start > l + 1 && matches!(toks[start - 1].tag.upos, Upos::Verb | Upos::Adp);
    let mut n = None;
    let mut k = start;
    while k < toks.len() && k <= start + MAX_PREMODIFIERS {
        let t = &toks[k];
        let pos = t.tag.xpos == Xpos::Pos || t.lower == "'s" || t.lower == "’s";
        if !(matches!(t.tag.upos, Upos::Det | Upos::Adj | Upos::Num | Upos::Noun | Upos::Propn | Upos::Pron) || pos) {
            break;
        }
        if t.is(Upos::Noun) {
            n = Some(k);
        }
        k += 1;
    }
    let n = n.filter(|&n| n + 1 == k)?;
    // The phrase closes after the noun or its "of" phrase.
    let told = toks.get(k).is_some_and(|t| t.is(Upos::Adp));
    if !(definite || named || told) {
        return None;
    }
    let end = if told { of_phrase_end(toks, k) } else { k };
    if next.written == "," && !toks.get(end).is_none_or(|t| matches!(t.written, "," | "." | ";" | ")")) {
        return None;
    }
    equated(toks, n, (start, end), toks[l + 1..n].iter(), cues)
}

/// The index past the copula that opens at word `k` ("is", "will be", "has been"), and
/// past a verb of naming and its "as" after it ("was named", "has been chosen as"); none
/// without a form of "be" or past "not" or "never".
fn past_copula(toks: &[Tok], mut k: usize) -> Option<usize> {
    let mut be = false;
    while toks.get(k).is_some_and(|t| t.is(Upos::Aux) || t.lower == "been") {
        be |= lemma(&toks[k]) == "be";
        k += 1;
    }
    if !be {
        return None;
    }
    if toks.get(k).is_some_and(|t| t.is(Upos::Verb) && t.tag.xpos == Xpos::Vbn) {
        k += 1;
        if toks.get(k).is_some_and(|t| t.lower == "as") {
            k += 1;
        }
    }
    Some(k)
}

/// The index past the words of the phrase of the preposition at `of` ("of this year's
/// race", "for the final").
fn of_phrase_end(toks: &[Tok], of: usize) -> usize {
    let mut k = of + 1;
    while k < toks.len() && k <= of + MAX_OF_PHRASE && phrase_word(&toks[k]) {
        k += 1;
    }
    k
}

/// True when `t` may stand inside a noun phrase: a determiner, adjective, number, noun,
/// name or possessive.
fn phrase_word(t: &Tok) -> bool {
    let pos = t.tag.xpos == Xpos::Pos || t.lower == "'s" || t.lower == "’s";
    matches!(t.tag.upos, Upos::Det | Upos::Adj | Upos::Num | Upos::Noun | Upos::Propn) || pos
}

/// The noun of a slot that ends the phrase before word `end` ("the winner ,"), or that a
/// preposition's phrase follows there ("the winner of the race ,", "the venue for the final ,").
fn noun_before(toks: &[Tok], end: usize) -> Option<usize> {
    let n = end.checked_sub(1)?;
    if toks[n].is(Upos::Noun) && is_role_noun(toks[n].written) {
        return Some(n);
    }
    let of = (end.saturating_sub(MAX_OF_PHRASE + 1)..end).rev().find(|&k| toks[k].is(Upos::Adp))?;
    if !toks[of + 1..end].iter().all(phrase_word) {
        return None;
    }
    let n = of.checked_sub(1)?;
    (toks[n].is(Upos::Noun) && is_role_noun(toks[n].written)).then_some(n)
}

/// The slot a name equal to the noun at `n` fills: its verb's doer, or its slot type; none
/// when a word of `others` makes the holder another one. `phrase` is the noun's phrase, as
/// word indices, whose other content words qualify it.
fn equated<'t, 'a: 't>(
    toks: &'t [Tok<'a>],
    n: usize,
    phrase: (usize, usize),
    others: impl Iterator<Item = &'t Tok<'a>>,
    cues: &Cues,
) -> Option<Slot> {
    let governor = role_noun(toks[n].written)?;
    if other_holder(others, cues) {
        return None;
    }
    let content = |t: &&Tok| matches!(t.tag.upos, Upos::Noun | Upos::Adj | Upos::Propn | Upos::Num);
    let qualifiers = toks[phrase.0..phrase.1.min(toks.len())]
        .iter()
        .enumerate()
        .filter(|(k, t)| phrase.0 + k != n && content(t))
        .map(|(_, t)| crate::text::fold(t.written))
        .collect();
    let types = slot_types(&governor, &Role::Equated);
    Some(Slot { role: Role::Equated, governor, doer: None, types, act: false, qualifiers })
}

/// What a noun written `w` a name may stand equal to names: the verb of its doer
/// ([`doer_verb`]: "winner" → "win") or itself when it is a noun of a slot type ("venue").
fn role_noun(w: &str) -> Option<String> {
    if let Some(verb) = Cues::builtin().doer_nouns.get(w) {
        return Some(verb.clone());
    }
    doer_verb(w).or_else(|| (typed_noun(w) != 0).then(|| w.to_string()))
}

/// The slot types whose `nouns` hold `w`, as bits.
fn typed_noun(w: &str) -> u32 {
    Cues::builtin().typed_nouns.get(w).copied().unwrap_or(0)
}

/// [`role_noun`] asked only whether there is one, without building the verb.
fn is_role_noun(w: &str) -> bool {
    let cues = Cues::builtin();
    cues.doer_nouns.contains_key(w) || cues.typed_nouns.contains_key(w) || doer_verb(w).is_some()
}

/// The verb whose doer the noun written `w` names, when it is a person noun of WordNet
/// that is such a verb with one of the data's `doer_endings` cut off: "conductor" →
/// "conduct", "winner" → "win", "organiser" → "organise". None for a noun of no verb
/// ("member", "father") or of a verb of saying ("speaker", "reporter"). Remembered per
/// thread: a check asks of the same few nouns again and again.
fn doer_verb(w: &str) -> Option<String> {
    thread_local! {
        static VERBS: Table<Option<String>> = Default::default();
    }
    let cues = Cues::builtin();
    // Written in lower case, and ending as a doer's noun does: most words are asked no more.
    let ends = |e: &String| w.len() > e.len() + 2 && w.ends_with(e.as_str());
    if !w.bytes().all(|b| b.is_ascii_lowercase()) || !cues.doer_endings.iter().any(ends) {
        return None;
    }
    remembered(&VERBS, w, 4096, || {
        let noun = crate::lexicon::wordnet::NounClasses::builtin().get(w).filter(|n| n.person())?;
        let wn = crate::lexicon::wordnet::WordNet::builtin();
        let stems = cues.doer_endings.iter().filter_map(|e| noun.lemma.strip_suffix(e.as_str()));
        stems
            .flat_map(|stem| {
                // "conduct", "organis" + "e", "winn" less its doubled letter.
                let b = stem.as_bytes();
                let doubled = b.len() > 2 && b[b.len() - 1] == b[b.len() - 2];
                [Some(stem.to_string()), Some(format!("{stem}e")), doubled.then(|| stem[..stem.len() - 1].to_string())]
            })
            .flatten()
            .find(|v| wn.is_verb(v) && !cues.attribution.contains(v))
    })
}

/// The word the preposition at `p` hangs on: the nearest verb, noun or adjective before it,
/// past adverbs, particles and phrases of time ("arrested on Tuesday morning in").
fn governor(toks: &[Tok], p: usize, cues: &Cues) -> Option<(String, usize)> {
    let time = |t: &Tok| crate::values::is_calendar_word(&t.lower) || cues.times.contains(t.lower.as_ref());
    let mut timed = false;
    // Words of a date do not count toward the gap: "broke out on Saturday, 7 February, in".
    let mut gap = 0;
    for g in (p.saturating_sub(MAX_GOVERNOR_GAP + MAX_DATE_WORDS)..p).rev() {
        let t = &toks[g];
        let dated = |k: usize| time(&toks[k]) || toks[k].is(Upos::Num);
        if dated(g) || t.written == "," && g > 0 && dated(g - 1) {
            timed = true;
            continue;
        }
        gap += 1;
        if gap > MAX_GOVERNOR_GAP {
            return None;
        }
        if matches!(t.tag.upos, Upos::Adv | Upos::Aux | Upos::Part) || t.tag.xpos == Xpos::Rp {
            continue;
        }
        if timed && matches!(t.tag.upos, Upos::Adp | Upos::Det) {
            continue;
        }
        return match t.tag.upos {
            Upos::Verb if g + 1 < p && (toks[g + 1].tag.xpos == Xpos::Rp || toks[g + 1].is(Upos::Adv)) => {
                // "had taken off from": the phrasal verb, when WordNet knows it; its verb
                // alone says another thing ("take"). A verb and its adverb ("came ashore
                // at") when a slot of the data names the two.
                let phrase = format!("{} {}", lemma(t), toks[g + 1].lower);
                let known = if toks[g + 1].tag.xpos == Xpos::Rp {
                    crate::lexicon::wordnet::WordNet::builtin().word_id(&phrase).is_some() || typed_phrase(&phrase)
                } else {
                    typed_phrase(&phrase)
                };
                Some((if known { phrase } else { lemma(t) }, g))
            }
            Upos::Noun if g > 0 && toks[g - 1].is(Upos::Verb) => {
                // "will take place in": a verb and its noun that WordNet or a slot of the
                // data knows as one word ("made landfall near").
                let phrase = format!("{} {}", lemma(&toks[g - 1]), t.lower);
                let known =
                    crate::lexicon::wordnet::WordNet::builtin().word_id(&phrase).is_some() || typed_phrase(&phrase);
                Some((if known { phrase } else { lemma(t) }, g))
            }
            Upos::Verb | Upos::Noun | Upos::Adj => Some((lemma(t), g)),
            // A lower-case word the tagger took for a name ("in a plantation near"): a noun.
            Upos::Propn if common_noun(t) => Some((lemma(t), g)),
            _ => None,
        };
    }
    None
}

/// True when `t` is a common noun: tagged one, or a lower-case word tagged a name ("a pine
/// plantation" read as a name's word).
fn common_noun(t: &Tok) -> bool {
    t.is(Upos::Noun) || t.is(Upos::Propn) && !crate::text::is_upper_start(t.written)
}

/// The noun right before the governor at `g`, past auxiliaries, adverbs and a comma ("the
/// blaze had quickly started", "the storm, centred"): what did what the slot tells.
/// `None` past a pronoun or any other word ("It began", "its epicentre").
fn doer(toks: &[Tok], g: usize) -> Option<String> {
    for t in toks[g.saturating_sub(MAX_DOER_GAP)..g].iter().rev() {
        if matches!(t.tag.upos, Upos::Aux | Upos::Adv | Upos::Part) || t.written == "," {
            continue;
        }
        return matches!(t.tag.upos, Upos::Noun | Upos::Propn).then(|| lemma(t));
    }
    None
}

/// True when two governing words are one: one lemma, one WordNet verb class, a phrasal verb
/// and a verb of one of its senses ("take off" and "depart"), or one group of the slot
/// governors of the data.
fn same_governor(a: &str, b: &str) -> bool {
    let wn = crate::lexicon::wordnet::WordNet::builtin();
    if a == b || wn.same_event(a, b) {
        return true;
    }
    // One group of the data, phrasal or not ("break out" and "start").
    let groups = &Cues::builtin().governors;
    if groups.get(a).is_some_and(|g| groups.get(b) == Some(g)) {
        return true;
    }
    // "take off" and "depart": a phrasal verb and a verb of one of its senses. Two phrasal
    // verbs apart ("take off", "take over") are two; a phrasal verb and a verb of no sense of
    // it meet as its own verb does ("lift off" as "lift").
    match (a.split_once(' '), b.split_once(' ')) {
        (None, None) => {}
        (Some(_), Some(_)) => return wn.phrasal_same(a, b),
        (Some((x, _)), None) => return wn.phrasal_same(a, b) || same_governor(x, b),
        (None, Some((y, _))) => return wn.phrasal_same(a, b) || same_governor(a, y),
    }
    false
}

/// True when two slots of sentences that share little else tell one thing: both governors of
/// the data's groups (events of one place or one doer: "began near", "arrested in"), and no
/// two doers the lexicon keeps apart ("the blaze began near" is not "a lorry started near");
/// or one verb's doer, told by its noun and after "by" ("guest conductor X", "conducted by
/// Y"): the noun names the act the other side tells, however little else they share.
fn slot_of_one_thing(a: &Slot, b: &Slot) -> bool {
    if matches!(
        (&a.role, &b.role),
        (Role::Doer | Role::Equated, Role::After(_)) | (Role::After(_), Role::Doer | Role::Equated)
    ) {
        return same_slot(a, b);
    }
    let groups = &Cues::builtin().governors;
    let one_doer = match (&a.doer, &b.doer) {
        (Some(x), Some(y)) => x == y || crate::lexicon::wordnet::WordNet::builtin().nouns_linked(x, y),
        _ => true,
    };
    groups.contains_key(&a.governor) && groups.contains_key(&b.governor) && one_doer
}

/// True when two slots are one.
fn same_slot(a: &Slot, b: &Slot) -> bool {
    if a.types & b.types != 0 {
        return true;
    }
    match (&a.role, &b.role) {
        // "stranded in X" and "stranded at Y": two prepositions of one place role after
        // an act on one side at least.
        (Role::After(p), Role::After(q)) => {
            (p == q || (a.act || b.act) && one_place_role(p, q)) && same_governor(&a.governor, &b.governor)
        }
        // "Y won the race" and "the race was won by X": one verb's doer in either voice.
        (Role::Subject, Role::After(p)) | (Role::After(p), Role::Subject) => {
            p == "by" && same_governor(&a.governor, &b.governor)
        }
        // "guest conductor X" and "conducted by Y": one verb's doer, named by its noun.
        (Role::Doer, Role::After(p)) | (Role::After(p), Role::Doer) => {
            p == "by" && same_governor(&a.governor, &b.governor)
        }
        // "the winner, X," and "won by Y" or "Y won"; "the winner, X," and "the winner, Y,"
        // of one thing (not "the women's winner" and "the men's winner").
        (Role::Equated, Role::After(p)) | (Role::After(p), Role::Equated) => {
            p == "by" && same_governor(&a.governor, &b.governor)
        }
        (Role::Equated, Role::Subject) | (Role::Subject, Role::Equated) => {
            same_governor(&a.governor, &b.governor) && one_holder(&a.qualifiers, &b.qualifiers)
        }
        (Role::Equated, Role::Equated) => a.governor == b.governor && one_holder(&a.qualifiers, &b.qualifiers),
        // Many doers of one verb: "Italy signed" and "Spain signed", "driver X" and "driver
        // Y" of two cars; a title says no one holder ("driver X" and "the driver, Y,").
        (Role::Subject | Role::Doer, Role::Subject | Role::Doer)
        | (Role::Doer, Role::Equated)
        | (Role::Equated, Role::Doer) => false,
    }
}

/// True when two equated nouns' phrases may name one holder: one of them has no other
/// content word, or they share one ("the stage winner" and "the winner of the stage"), and
/// none names a group of people the other's excludes ("men", "women").
fn one_holder(a: &[String], b: &[String]) -> bool {
    // "the men's title" and "the women's final": groups of people that exclude each other
    // hold two, whatever else the phrases share.
    let nc = crate::lexicon::wordnet::NounClasses::builtin();
    if a.iter().any(|p| b.iter().any(|q| nc.exclusive(p, q))) {
        return false;
    }
    a.is_empty() || b.is_empty() || a.iter().any(|w| b.contains(w))
}

/// False when two names end in two of the data's generic heads ("X Court", "Y Hospital"):
/// names of two kinds of thing.
fn one_kind(x: &Name, y: &Name) -> bool {
    let heads = &Cues::builtin().heads;
    match (x.parts.last(), y.parts.last()) {
        (Some(p), Some(q)) if heads.contains(p) && heads.contains(q) => p == q,
        _ => true,
    }
}

/// True when two slots are opened by two prepositions ("in X", "at Y").
fn other_prepositions(a: &Slot, b: &Slot) -> bool {
    matches!((&a.role, &b.role), (Role::After(p), Role::After(q)) if p != q)
}

/// True when two names may be places of one kind, as two values of a slot opened by two
/// prepositions must be: both or neither end in one of the data's generic heads, and the
/// lexicon knows both or neither. "in X" and "at Y Hospital", or a capital the lexicon knows
/// and "at Y Manor", may name a town and a building in it.
fn one_place_kind((x, tx): (&Name, &str), (y, ty): (&Name, &str), interner: &Interner) -> bool {
    let heads = &Cues::builtin().heads;
    let head = |n: &Name| n.parts.last().filter(|p| heads.contains(p.as_str())).cloned();
    let known = |n: &Name, t: &str| n.words.iter().any(|w| interner.entities.get(w.of(t)).copied().flatten().is_some());
    head(x) == head(y) && known(x, tx) == known(y, ty)
}

/// True when name `x` is said in the sentence `s` of `text` too, whole or in part (past the
/// words `x` shares with `y`), or is a variant of one of its names.
fn said_in(x: (&Name, &str), y: &Name, text: &str, s: &Sent, names: &[Name], interner: &Interner) -> bool {
    let (x, tx) = x;
    let own: Vec<&String> = x.parts.iter().filter(|p| !y.parts.contains(p)).collect();
    if own.is_empty() {
        return true;
    }
    // Every word of the other sentence, hyphenated ones in pieces ("Acme-owned").
    let mut pieces: FxHashSet<String> = FxHashSet::default();
    for w in &s.words {
        let folded = crate::text::fold(w.span.of(text));
        for p in folded.split('-') {
            pieces.insert(p.to_string());
        }
    }
    if own.iter().any(|p| pieces.contains(p.as_str())) {
        return true;
    }
    names.iter().any(|n| variants((x, tx), (n, text), interner))
}

/// True when two names are spellings of one: the lexicon's one entity ("Rome" and "Italy"),
/// one's initials the other ("European Union" and "EU"), or spellings a letter or two
/// apart ("Zelensky" and "Zelenskyy").
fn variants((x, tx): (&Name, &str), (y, ty): (&Name, &str), interner: &Interner) -> bool {
    let entity = |w: &Span, t: &str| interner.entities.get(w.of(t)).copied().flatten();
    if x.words
        .iter()
        .filter_map(|w| entity(w, tx))
        .any(|e| y.words.iter().filter_map(|w| entity(w, ty)).any(|f| f == e))
    {
        return true;
    }
    // One last word, not one many names end in: one person's names ("Ana Ruiz" and "Deputy
    // Minister Ana Ruiz").
    if let (Some(p), Some(q)) = (x.parts.last(), y.parts.last()) {
        if p == q && !Cues::builtin().heads.contains(p) {
            return true;
        }
    }
    let initials = |n: &Name| n.parts.iter().filter_map(|p| p.chars().next()).collect::<String>();
    let acronym = |a: &Name, b: &Name| a.parts.len() == 1 && b.parts.len() > 1 && a.parts[0] == initials(b);
    if acronym(x, y) || acronym(y, x) {
        return true;
    }
    // Spellings a letter in five apart: the edit-based likeness names are matched by.
    crate::normalize::similar(&x.parts.concat(), &y.parts.concat(), SAME_SPELLING)
}

/// The value findings of two aligned sentences: a name of each in one slot, when the slot
/// holds one name on each side and neither name is said on the other side.
fn compare(
    texts: &[&str],
    (a, na): (&Sent, &[Name]),
    (b, nb): (&Sent, &[Name]),
    sim: f64,
    interner: &Interner,
    idf: &[f64],
    out: &mut Vec<Aligned>,
) {
    let (ta, tb) = (texts[a.article], texts[b.article]);
    // A subject or a doer's noun is counted against the other side's slot: two subjects
    // of one verb are never one slot ([`same_slot`]).
    let sole = |names: &[Name], slot: &Slot, other: &Slot| {
        let of = if matches!(slot.role, Role::Subject | Role::Doer | Role::Equated) { other } else { slot };
        names.iter().filter(|n| n.slot.as_ref().is_some_and(|s| same_slot(s, of))).count() == 1
    };
    let traced = super::trace::facts_on();
    if traced {
        let gate = if na.iter().chain(nb).all(|n| n.aside || n.slot.is_none()) { "no_slot" } else { "compared" };
        trace_names(a, b, None, gate);
    }
    for x in na.iter().filter(|n| !n.aside) {
        let Some(sx) = &x.slot else { continue };
        for y in nb.iter().filter(|n| !n.aside) {
            let Some(sy) = &y.slot else { continue };
            if sim < NAME_ALIGNMENT && !slot_of_one_thing(sx, sy) {
                if traced {
                    trace_names(a, b, Some((x, y)), "ungrouped");
                }
                continue;
            }
            let one = same_slot(sx, sy) && sole(na, sx, sy) && sole(nb, sy, sx);
            if !one {
                if traced {
                    trace_names(a, b, Some((x, y)), if same_slot(sx, sy) { "not_sole" } else { "slot" });
                }
                continue;
            }
            // One slot by its type only ("held at", "heard at"): two names of two kinds of
            // thing ("X Court", "Y Hospital") are no two values of it.
            let typed =
                !(matches!(sx.role, Role::After(_)) && sx.role == sy.role && same_governor(&sx.governor, &sy.governor));
            // Two prepositions of one place role, not of one slot type ("made landfall near
            // X", "came ashore at Y" are one landfall whatever the names' kinds).
            let by_role = sx.types & sy.types == 0 && other_prepositions(sx, sy);
            let two_places = by_role && !one_place_kind((x, ta), (y, tb), interner);
            if typed && !one_kind(x, y) || two_places {
                if traced {
                    trace_names(a, b, Some((x, y)), "slot");
                }
                continue;
            }
            if said_in((x, ta), y, tb, b, nb, interner) || said_in((y, tb), x, ta, a, na, interner) {
                if traced {
                    trace_names(a, b, Some((x, y)), "said");
                }
                continue;
            }
            let local = overlap(&window(a, x.span, 5), &window(b, y.span, 5), idf);
            let local = local.max(SLOT_AGREEMENT);
            let confidence = (0.5 * sim.max(NAME_ALIGNMENT) + 0.35 * local + 0.1).min(0.9);
            if confidence < MIN_CONFIDENCE {
                if traced {
                    trace_names(a, b, Some((x, y)), "min_confidence");
                }
                continue;
            }
            if traced {
                trace_names(a, b, Some((x, y)), "linked");
            }
            // A slot both share by type is asked by the type's name ("Which (venue)?"), not
            // by one side's words ("hold at") the other side may not use.
            let shared = sx.types & sy.types;
            let about = match &sx.role {
                _ if shared != 0 => Cues::builtin().types[shared.trailing_zeros() as usize].name.clone(),
                Role::After(p) => format!("{} {p}", sx.governor),
                Role::Doer | Role::Equated if crate::lexicon::wordnet::WordNet::builtin().is_verb(&sx.governor) => {
                    format!("{} by", sx.governor)
                }
                Role::Doer | Role::Equated | Role::Subject => sx.governor.clone(),
            };
            out.push(Aligned {
                kind: ConflictKind::Value,
                about,
                sides: [
                    side(a, x.span, x.span.of(ta).to_string(), false),
                    side(b, y.span, y.span.of(tb).to_string(), false),
                ],
                confidence,
            });
        }
    }
}

/// Writes a sentence's names to the facts trace: `{"event":"names","s":..,"names":[[span,
/// preposition, governor, aside],..]}` (`null` preposition and governor: no slot).
fn trace_read(s: &Sent, names: &[Name]) {
    let list: Vec<serde_json::Value> = names
        .iter()
        .map(|n| {
            let (p, g) = n.slot.as_ref().map_or((None, None), |sl| {
                let p = match &sl.role {
                    Role::After(p) => p.as_str(),
                    Role::Subject => "subject",
                    Role::Doer => "doer",
                    Role::Equated => "equated",
                };
                (Some(p), Some(sl.governor.as_str()))
            });
            serde_json::json!([super::trace::at(s.article, n.span), p, g, n.aside])
        })
        .collect();
    super::trace::emit_facts(
        serde_json::json!({"event": "names", "s": super::trace::at(s.article, s.span), "names": list}),
    );
}

/// Writes two sentences' names to the facts trace: `{"event":"name_pair","sa":..,"sb":..,
/// "a":..,"b":..,"gate":..}`, `gate` for the sentences (`"similarity"`, `"no_new_name"`: no
/// name of each the other lacks, `"no_slot"`: no name in a slot, `"compared"`) or for two
/// names (`"ungrouped"`: sentences below [`NAME_ALIGNMENT`] whose slots are of no group of
/// the data or have two doers, `"slot"`, `"not_sole"`, `"said"`, `"min_confidence"`, `"linked"`).
fn trace_names(a: &Sent, b: &Sent, names: Option<(&Name, &Name)>, gate: &str) {
    let at = |s: &Sent, n: Option<&Name>| super::trace::at(s.article, n.map_or(s.span, |n| n.span));
    super::trace::emit_facts(serde_json::json!({
        "event": "name_pair",
        "sa": super::trace::at(a.article, a.span),
        "sb": super::trace::at(b.article, b.span),
        "a": at(a, names.map(|n| n.0)),
        "b": at(b, names.map(|n| n.1)),
        "gate": gate,
    }));
}

/// True when the word at byte `at` of `text` opens a line after "(": an agency's credit
/// ("(Harbour Wire) — ...").
pub(super) fn opens_credit(text: &str, at: usize) -> bool {
    let Some(before) = text[..at].strip_suffix('(') else { return false };
    before.trim_end_matches([' ', '\t']).chars().next_back().is_none_or(|c| c == '\n')
}

#[cfg(test)]
pub(super) mod tests {
    use super::{holds_lower, lower_of, opens_credit};
    use crate::normalize::similar;
    use crate::{Article, Checker};
    use rustc_hash::FxHashSet;

    #[test]
    fn an_agency_credit_opening_a_line_is_a_dateline() {
        let t = "Ferries merge\n\n(Coast Wire) — Two ferry firms will merge.";
        assert!(opens_credit(t, t.find("Coast").unwrap()));
        // Near miss: brackets inside a sentence.
        let t = "Two firms (Coast Wire) will merge.";
        assert!(!opens_credit(t, t.find("Coast").unwrap()));
    }

    #[test]
    fn a_word_is_held_in_lower_case_whatever_its_capitals() {
        let set: FxHashSet<String> = ["in", "outside"].iter().map(|w| w.to_string()).collect();
        for w in ["in", "In", "IN", "Outside", "outSIDE"] {
            assert!(holds_lower(&set, w), "{w}");
        }
        // Near misses: another word, or the word inside a longer one.
        for w in ["Inn", "inside", "I", "", "Inside-out", "Ín"] {
            assert!(!holds_lower(&set, w), "{w}");
        }
        // Past the buffer on the stack, and not ASCII, as lower_of reads it.
        let long = format!("In{}", "x".repeat(40));
        assert_eq!(holds_lower(&set, &long), set.contains(lower_of(&long).as_ref()));
    }

    /// The values of the value conflicts the whole check finds between two articles.
    pub(in crate::align) fn values(a: &str, b: &str) -> Vec<Vec<String>> {
        let report = Checker::default().check(&[Article::new("a", a), Article::new("b", b)]);
        report
            .conflicts
            .iter()
            .filter(|c| c.kind == "value")
            .map(|c| c.sides.iter().map(|s| s.value.clone()).collect())
            .collect()
    }

    const HELD: &str = "The trade talks between the two neighbours will be held in Oslo on Friday, officials said.";

    #[test]
    fn a_place_in_one_slot_is_found() {
        let v = values(HELD, &HELD.replace("Oslo", "Vienna"));
        assert_eq!(v, [["Oslo", "Vienna"]]);
        let a = "Two suspects were arrested in Lyon on Tuesday after a week-long search of the port.";
        assert_eq!(values(a, &a.replace("Lyon", "Nantes")).len(), 1);
    }

    #[test]
    fn a_place_beside_where_an_act_happened_is_where_it_was() {
        let a = "The fire broke out on Saturday in a pine plantation near Varnholt and spread west.";
        let b = "The fire started near Ostrevik on Saturday and spread west overnight.";
        assert_eq!(values(a, b).len(), 1, "{:?}", values(a, b));
        // A date with its commas between the act and its place: "broke out on Saturday, 7
        // February, in".
        let c = "The fire broke out on Saturday, 7 February, in a pine plantation near Varnholt.";
        let d = "It began near Ostrevik on Saturday and spread west overnight.";
        assert_eq!(values(c, d).len(), 1, "{:?}", values(c, d));
        let a = "The suspect was arrested at a farm near Varnholt on Friday after a long search.";
        let b = "The suspect was arrested near Ostrevik on Friday after a long search.";
        assert_eq!(values(a, b).len(), 1, "{:?}", values(a, b));
        // Near misses: a place in which the act's thing stands may be a part of the other
        // side's place ("at a farm in X", "near Y"), and a place beside where people went
        // is not where the fire started.
        let c = "The suspect was arrested at a farm in Varnholt on Friday after a long search.";
        assert!(values(c, b).is_empty(), "{:?}", values(c, b));
        let a = "The fire started near Varnholt on Saturday and spread west overnight.";
        let d = "Residents fled on Saturday to a school near Ostrevik as the fire spread west.";
        assert!(values(a, d).is_empty(), "{:?}", values(a, d));
    }

    #[test]
    fn two_prepositions_of_one_place_role_are_one_slot() {
        let a = "About 300 passengers were stranded in Tarnow for two days after the storm, the airline said.";
        let b = "About 300 passengers were stranded at Brenmoor for two days after the storm, the airline said.";
        assert_eq!(values(a, b), [["Brenmoor", "Tarnow"]]);
        let c = "Hundreds of villagers fled into Tarnow overnight as the water rose, officials said.";
        assert_eq!(values(c, &c.replace("into Tarnow", "to Brenmoor")).len(), 1);
        // Near misses: where they fled from is not where they fled to; a town and a
        // building that may stand in it are two kinds of place.
        assert!(values(c, &c.replace("into Tarnow", "from Brenmoor")).is_empty());
        assert!(values(a, &b.replace("Brenmoor", "Brenmoor Airport")).is_empty());
        // "out of X" is "from X"; an act told by its noun ("his arrest in X") meets its verb.
        let g = "Two aid workers were flown out of Tarnow on Friday after their release, officials said.";
        assert_eq!(values(g, &g.replace("out of Tarnow", "from Brenmoor")).len(), 1);
        assert!(values(g, &g.replace("out of Tarnow", "to Brenmoor")).is_empty());
        let h = "The suspect was arrested at Tarnow on Friday after a long search, police said.";
        let i = "The suspect's arrest in Brenmoor on Friday followed a long search, police said.";
        assert_eq!(values(h, i).len(), 1);
        // Near miss: a capital the lexicon knows and a house that may stand in it.
        let f = "The trade pact was signed in Vilnius on Wednesday by the ministers of six states.";
        assert!(values(f, &f.replace("in Vilnius", "at Tarnow Manor")).is_empty());
        // Near miss: a noun's thing may be one of many ("a depot at X", "depots in Y").
        let d = "The firm runs the grain depot at Tarnow and plans two more, its chief said on Monday.";
        let e = "The firm runs grain depots in Brenmoor and plans two more, its chief said on Monday.";
        assert!(values(d, e).is_empty());
    }

    #[test]
    fn a_doer_in_one_slot_is_found() {
        // The agent after "by".
        let b = "The hill climb on the coast road was won by Quennell after a late crash.";
        assert_eq!(values(b, &b.replace("Quennell", "Brascoe")).len(), 1);
        // Near miss: the subjects of one verb are many doers, not two values of one.
        let a = "Pelmor Foods signed the ageing paper plant's new supply accord on Monday.";
        assert!(values(a, &a.replace("Pelmor Foods", "Kestrel Dairy")).is_empty());
        let c = "Prime Minister Ana Ruiz met reporters outside the ageing paper plant on Monday.";
        assert!(values(c, &c.replace("Ana Ruiz", "Tom Brisk")).is_empty());
    }

    #[test]
    fn the_holder_of_shares_is_no_value() {
        let a = "Shares in Pelmor Foods were up 2% at 115 pence in morning trade on the exchange.";
        assert!(values(a, &a.replace("Pelmor Foods", "Kestrel Dairy")).is_empty());
        // Near miss: where a thing was traded is a slot of the verb.
        let b = "The shares were sold in Oslo on Friday after a week of talks with the fund.";
        assert_eq!(values(b, &b.replace("Oslo", "Vienna")).len(), 1);
    }

    #[test]
    fn governors_of_one_verb_class_meet() {
        let a = "The fire on the dry hillside began near Tarnow and burned through the night.";
        let b = "The fire on the dry hillside started near Brenmoor and burned through the night.";
        assert_eq!(values(a, b).len(), 1);
    }

    #[test]
    fn a_phrasal_verb_meets_a_verb_of_its_sense() {
        let a = "A passenger jet that had taken off from Tarnow made an emergency landing on Monday.";
        let b = "The passenger jet, which departed from Brenmoor at dawn, made an emergency landing on Monday.";
        assert_eq!(values(a, b), [["Brenmoor", "Tarnow"]]);
        // Near miss: two phrasal verbs of one verb and other senses are two slots.
        let c = "A passenger jet that had taken over from Brenmoor made an emergency landing on Monday.";
        assert!(values(a, c).is_empty());
        // Near miss: a place of origin against a destination.
        let d = "A passenger jet that had taken off for Brenmoor made an emergency landing on Monday.";
        assert!(values(a, d).is_empty());
    }

    #[test]
    fn governors_of_one_group_of_the_data_meet() {
        let a = "Two suspects in the museum theft were arrested in Lyon on Tuesday, the prefecture reported.";
        let b = "Two suspects in the museum theft were detained in Nantes on Tuesday afternoon.";
        assert_eq!(values(a, b).len(), 1);
        // Near miss: two events of other groups in one slot are two things.
        let c = "Two suspects in the museum theft were questioned in Nantes on Tuesday afternoon.";
        assert!(values(a, c).is_empty());
        // Near miss: one group, but another preposition.
        let d = "Two suspects in the museum theft were detained near Nantes on Tuesday afternoon.";
        assert!(values(a, d).is_empty());
    }

    #[test]
    fn a_slot_holds_two_writers_who_share_little_else() {
        let a = "The blaze began near Tarnow and has destroyed about 40 farm buildings in the valley.";
        let b = "Crews said the blaze had started near the village of Brenmoor late on Tuesday as winds rose.";
        assert_eq!(values(a, b), [["Brenmoor", "Tarnow"]]);
        // Near miss: sentences that share the slot's words only are not compared.
        let c = "Crews said a lorry had started near the village of Brenmoor late on Tuesday as winds rose.";
        assert!(values(a, c).is_empty());
    }

    #[test]
    fn a_slot_of_a_group_holds_two_writers_who_share_less() {
        // Likeness below the names' least: the slot of one event of the data's groups
        // ("began near", "started near") says where one thing happened.
        let a = "It began near Tarnow and has burned about 400 hectares of pine and scrub.";
        let b = "The fire started near the village of Brenmoor on Saturday and spread quickly in hot, windy weather.";
        assert_eq!(values(a, b), [["Brenmoor", "Tarnow"]]);
        let c = "The quake struck before dawn with its epicentre near the town of Tarnow, at a depth of 30 km.";
        let d = "The tremor, centred near Brenmoor, flattened chapels, schools and scores of houses.";
        assert_eq!(values(c, d), [["Brenmoor", "Tarnow"]]);
        // Near miss: as little alike, in a slot of no group ("burned near", "raged near").
        let e = "It burned near Tarnow and has charred about 400 hectares of pine and scrub.";
        let f = "The fire raged near the village of Brenmoor on Saturday and spread quickly in hot, windy weather.";
        assert!(values(e, f).is_empty());
        // Near miss: two groups ("began near", "centred near") are two events.
        assert!(values(a, d).is_empty());
        // Near miss: two doers the lexicon keeps apart ("the blaze began", "a lorry started").
        let g = "The blaze began near Tarnow and has burned about 400 hectares of pine and scrub.";
        let h = "A lorry started near the village of Brenmoor on Saturday and spread quickly in hot, windy weather.";
        assert!(values(g, h).is_empty());
    }

    #[test]
    fn two_words_of_one_slot_type_meet() {
        // "held at" and "heard at": one venue of the data's slot types.
        let a = "The fraud trial of the two brothers will be held at Pelmor Crown Court, a judge ruled on Friday.";
        let b = "The fraud case against the two brothers will be heard at Tarnow Crown Court, a judge ruled on Friday.";
        assert_eq!(values(a, b), [["Pelmor Crown Court", "Tarnow Crown Court"]]);
        // Near miss: names of two kinds of thing ("Court", "Hospital").
        let c = "The fraud case against the two brothers will be heard at Tarnow General Hospital, a judge ruled on Friday.";
        assert!(values(a, c).is_empty());
        // Near miss: a verb of no type in the slot ("seen at").
        let d = "The fraud case against the two brothers will be seen at Tarnow Crown Court, a judge ruled on Friday.";
        assert!(values(a, d).is_empty());
    }

    #[test]
    fn a_verb_and_its_word_of_a_slot_type_meet() {
        // "made landfall near" and "came ashore at": the verb with its noun or adverb.
        let a = "The storm made landfall near Brenmoor Point late on Sunday, bringing gusts of 150 km/h.";
        let b = "The storm came ashore at Tarnow Bay late on Sunday, bringing gusts of 150 km/h.";
        assert_eq!(values(a, b), [["Brenmoor Point", "Tarnow Bay"]]);
        // Near miss: the verb alone is no landfall ("came at", "made near").
        let c = "The storm came at Tarnow Bay late on Sunday, bringing gusts of 150 km/h.";
        assert!(values(a, c).is_empty());
    }

    #[test]
    fn a_host_and_a_venue_are_one_slot() {
        let a = "Leaders gather for summit\n\nThe leaders of the five northern states will meet for a two-day summit on energy next week.\n\nSkarvik will host the summit, the foreign ministry said on Monday.\n";
        let b = "Northern summit set\n\nThe leaders of the five northern states will meet next week for a two-day summit on energy.\n\nThe summit will be held in Vellmark, the foreign ministry said on Monday.\n";
        assert_eq!(values(a, b), vec![vec!["Skarvik".to_string(), "Vellmark".to_string()]]);
        // Near miss: one place, told as the host and as the venue.
        assert!(values(a, &b.replace("Vellmark", "Skarvik")).is_empty());
    }

    #[test]
    fn the_doer_in_either_voice_is_one_slot() {
        // A name that opens its sentence is a name when the story writes it inside another.
        let a = "Skarvik will host the cup final next spring, the federation said. \
                 The mayor of Skarvik welcomed the decision.";
        let b = "The cup final will be hosted by Vellmark next spring, the federation said. \
                 The mayor of Vellmark welcomed the decision.";
        assert_eq!(values(a, b), [["Skarvik", "Vellmark"]]);
        // Near miss: one host in either voice.
        assert!(values(a, &b.replace("Vellmark", "Skarvik")).is_empty());
        // Near miss: the doer of a verb of no slot ("Skarvik will watch the final").
        assert!(values(&a.replace("host", "watch"), b).is_empty());
    }

    #[test]
    fn a_noun_of_an_event_governs_its_slot_type() {
        // "talks in X" and "held in Y": one venue.
        let a = "Negotiators for the two unions ended three days of pay talks in Pelmor on Thursday without a deal.";
        let b = "The pay talks between the two unions, held in Tarnow this week, ended on Thursday without a deal.";
        assert_eq!(values(a, b), [["Pelmor", "Tarnow"]]);
        // Near miss: where delegates came from is no venue.
        let c =
            "Delegates from Pelmor ended three days of pay talks between the two unions on Thursday without a deal.";
        let d = "The pay talks between the two unions, held in Tarnow this week, ended on Thursday without a deal.";
        assert!(values(c, d).is_empty());
    }

    #[test]
    fn a_noun_derived_from_a_governor_governs_its_slot_type() {
        // "exhibited at X" and "the exhibition of the panels at Y", through WordNet's derivation
        // and the head of the "of" phrase.
        let a = "The restored glass panels will be exhibited at the Pelmor Gallery from March, the trust said.";
        let b = "The exhibition of the restored glass panels at the Tarnow Museum will open in March, the trust said.";
        assert_eq!(values(a, b), [["Pelmor Gallery", "Tarnow Museum"]]);
        // Near miss: a noun of no slot type heads the phrase ("the cleaning of the panels at Y").
        let c = "The cleaning of the restored glass panels at the Tarnow Museum will end in March, the trust said.";
        assert!(values(a, c).is_empty());
    }

    #[test]
    fn a_preposition_of_a_type_opens_its_slot_only() {
        let a = "A passenger ferry bound for Pelmor drifted for four hours after its engine failed.";
        let b = "A passenger ferry heading for Tarnow drifted for four hours after its engine failed.";
        assert_eq!(values(a, b), [["Pelmor", "Tarnow"]]);
        // Near miss: "for" after a word of no type opens no slot.
        let c = "An evacuation order for Pelmor was issued for four hours after the dam failed.";
        let d = "An evacuation order for Tarnow was issued for four hours after the dam failed.";
        assert!(values(c, d).is_empty());
    }

    #[test]
    fn a_place_before_who_spoke_is_no_list() {
        // "in Lyon, Quennell said": the comma ends the clause, not a list of places.
        let a = "Two suspects were arrested on Tuesday in Lyon, Quennell said.";
        let b = "Two suspects were detained in Nantes on Tuesday afternoon.";
        assert_eq!(values(a, b), [["Lyon", "Nantes"]]);
        // Near miss: a list of places is still a list.
        let c = "Two suspects were arrested on Tuesday in Lyon, Vannes and Brest.";
        assert!(values(c, b).is_empty());
    }

    #[test]
    fn a_doers_noun_fills_its_verbs_by_slot() {
        // "conducted by X" and "guest conductor Y": one verb's doer, told by its noun.
        let a = "The spring concert in the cathedral was conducted by Tamsk Vashkar on Saturday night.";
        let b = "Under guest conductor Bruna Kesselring, the spring concert in the cathedral drew a full house.";
        assert_eq!(values(a, b), [["Bruna Kesselring", "Tamsk Vashkar"]]);
        // In apposition: "the conductor, Y,".
        let c = "The conductor, Bruna Kesselring, kept the spring concert in the cathedral short.";
        assert_eq!(values(a, c), [["Bruna Kesselring", "Tamsk Vashkar"]]);
        // Near misses: a former or another holder; one doer named on both sides.
        assert!(values(a, &b.replace("guest conductor", "former conductor")).is_empty());
        assert!(values(a, &b.replace("guest conductor", "assistant conductor")).is_empty());
        assert!(values(a, &b.replace("Bruna Kesselring", "Tamsk Vashkar")).is_empty());
        // Near miss: two nouns of doers are two doers ("driver X" and "driver Y" of two cars).
        assert!(values(b, &b.replace("Bruna Kesselring", "Tamsk Vashkar")).is_empty());
        // Near miss: no apposition ("after meeting the conductor, Y said").
        let d = "After meeting the conductor, Bruna Kesselring said the spring concert in the cathedral went well.";
        assert!(values(a, d).is_empty());
    }

    #[test]
    fn a_name_equal_to_a_holders_noun_fills_its_verbs_slot() {
        let a = "The coast road race was won by Quennell after a late crash.";
        // Across a copula, past the noun's "of" phrase; in apposition after the name; after a
        // verb of naming.
        for b in [
            "The winner of the coast road race was Brascoe after a late crash.",
            "Brascoe, the winner of the coast road race, crashed late.",
            "Brascoe was named the winner of the coast road race after a late crash.",
        ] {
            assert_eq!(values(a, b), [["Brascoe", "Quennell"]], "{b}");
        }
        // Near misses: another holder, an indefinite noun (a trade), a denial, one name.
        for b in [
            "Brascoe, last year's winner of the coast road race, crashed late.",
            "Brascoe, a winner of the coast road race, crashed late.",
            "Brascoe was not the winner of the coast road race after a late crash.",
            "Quennell, the winner of the coast road race, crashed late.",
        ] {
            assert!(values(a, b).is_empty(), "{b}");
        }
    }

    #[test]
    fn a_name_equal_to_a_slot_types_noun_fills_the_slot() {
        let a = "The cup final will be held in Skarvik next spring, the federation said on Monday.";
        let b = "The venue for the cup final next spring is Vellmark, the federation said on Monday.";
        assert_eq!(values(a, b), [["Skarvik", "Vellmark"]]);
        // Near miss: one venue both ways.
        assert!(values(a, &b.replace("Vellmark", "Skarvik")).is_empty());
    }

    #[test]
    fn two_holders_of_two_qualified_nouns_are_two() {
        let a = "The women's winner, Quennell, finished the hill climb on the coast road in an hour.";
        let b = "The men's winner, Brascoe, finished the hill climb on the coast road in an hour.";
        assert!(values(a, b).is_empty());
        // Must find: one noun, told alike.
        let c = "The women's winner, Brascoe, finished the hill climb on the coast road in an hour.";
        assert_eq!(values(a, c), [["Brascoe", "Quennell"]]);
    }

    #[test]
    fn a_doers_noun_is_its_verb_cut_of_its_ending() {
        for (noun, verb) in
            [("conductor", "conduct"), ("winner", "win"), ("designer", "design"), ("director", "direct")]
        {
            assert_eq!(super::doer_verb(noun).as_deref(), Some(verb), "{noun}");
        }
        // Near misses: no verb ("member", "father"), a verb of saying ("speaker"), no person
        // ("number"), not in lower case.
        for noun in ["member", "father", "speaker", "number", "Conductor", "order"] {
            assert_eq!(super::doer_verb(noun), None, "{noun}");
        }
    }

    #[test]
    fn a_name_in_a_list_is_no_value() {
        let a = HELD.replace("Oslo", "Oslo and Bern");
        assert!(values(&a, &HELD.replace("Oslo", "Vienna")).is_empty());
    }

    #[test]
    fn who_spoke_is_no_value() {
        let a = "The trade talks between the two neighbours will be held on Friday, Quennell said.";
        assert!(values(a, &a.replace("Quennell", "Brascoe")).is_empty());
    }

    #[test]
    fn a_name_said_on_the_other_side_is_no_value() {
        let a = "The hill climb on the coast road was won by Brascoe after a late crash.";
        // A spelling of it a letter apart.
        assert!(values(a, &a.replace("Brascoe", "Braskoe")).is_empty());
        // A part of it, written into another word there.
        let b = a.replace("Brascoe", "Ana Quennell");
        let c = a.replace("Brascoe", "Wenna Prewett").replace("crash.", "crash in an Quennell-built car.");
        assert!(values(&b, &c).is_empty());
    }

    #[test]
    fn one_person_under_two_titles_is_no_value() {
        let a = "The hill climb on the coast road was won by Deputy Mayor Ana Quennell after a late crash.";
        assert!(values(a, &a.replace("Deputy Mayor", "Councillor")).is_empty());
    }

    #[test]
    fn quoted_and_possessed_names_are_no_values() {
        let a = "\"The hill climb on the coast road was won by Quennell after a late crash,\" a steward said.";
        assert!(values(a, &a.replace("Quennell", "Brascoe")).is_empty());
        let b = "The hill climb on the coast road was won by Quennell's team after a late crash.";
        assert!(values(b, &b.replace("Quennell", "Brascoe")).is_empty());
    }

    #[test]
    fn spellings_a_letter_apart_are_one_name() {
        assert!(similar("zelensky", "zelenskyy", super::SAME_SPELLING));
        assert!(!similar("oslo", "vienna", super::SAME_SPELLING));
    }

    /// The pairs of values of [`values`], each in order.
    fn sorted(a: &str, b: &str) -> Vec<Vec<String>> {
        let mut v = values(a, b);
        for pair in &mut v {
            pair.sort();
        }
        v
    }

    #[test]
    fn a_prize_that_went_to_a_name_says_who_won() {
        let won = "Ilia Morcant won the mountain stage on Thursday after a late attack on the final climb.";
        let went =
            "Victory on the mountain stage went to Mirko Dalsen on Thursday after a late attack on the final climb.";
        assert_eq!(sorted(won, went), [["Ilia Morcant", "Mirko Dalsen"]]);
        let by = "The mountain stage was won by Ilia Morcant on Thursday after a late attack on the final climb.";
        assert_eq!(sorted(by, went), [["Ilia Morcant", "Mirko Dalsen"]]);
        let gave = "The jury gave its main prize to Tilde Aranow at the closing ceremony on Saturday night.";
        let prize = "The main prize was won by Ebbe Castellin at the closing ceremony on Saturday night.";
        assert_eq!(sorted(gave, prize), [["Ebbe Castellin", "Tilde Aranow"]]);
        // Near misses: another holder's prize, a hope, the prize's money, a denial.
        for other in [
            "Last year's victory on the mountain stage went to Mirko Dalsen after a late attack on the final climb.",
            "Victory on the mountain stage could go to Mirko Dalsen on Thursday after a late attack on the final climb.",
            "The prize money for the mountain stage went to Mirko Dalsen on Thursday after a late attack on the final climb.",
            "Victory on the mountain stage did not go to Mirko Dalsen on Thursday after a late attack on the final climb.",
            "The stage victories of the team went back to Mirko Dalsen on Thursday after a late attack on the final climb.",
        ] {
            assert!(values(won, other).is_empty(), "{other}");
        }
    }

    #[test]
    fn a_subject_of_a_verb_of_one_doer_meets_its_doer_after_by() {
        let by = "The anniversary concert was conducted by Hana Orvaldi before a full hall on Saturday.";
        let subject = "Milo Castellin conducted the anniversary concert before a full hall on Saturday.";
        assert_eq!(sorted(by, subject), [["Hana Orvaldi", "Milo Castellin"]]);
        // Near miss: many attend one concert.
        let by = "The anniversary concert was attended by Hana Orvaldi before a full hall on Saturday.";
        let subject = "Milo Castellin attended the anniversary concert before a full hall on Saturday.";
        assert!(values(by, subject).is_empty());
    }
}
