//! Events and their denial across wordings.
//!
//! [`read`] turns one sentence into [`Event`]s with the [tagger](crate::tag): a predicate
//! (a verb keyed by its WordNet class, an event noun keyed by the verb it derives from, a
//! state, or a change up or down), its polarity and aspect, the heads of its subject and
//! object (a passive's swapped), who said it, and whether it is hedged. [`contradict`]
//! tells when two events of different articles cannot both hold:
//!
//! - **polarity**: one denies what the other affirms, with the same participants ("the
//!   council did not approve the plan" / "the plan was approved by the council");
//! - **aspect**: "has not yet" or "has yet to" against a completed past;
//! - **antonym**: WordNet opposites with the same participants (accepted / rejected);
//! - **change**: the same thing went up in one and down or nowhere in the other;
//! - **state**: complementary states (in custody / on bail, open / closed).
//!
//! The aligned path ([`crate::align`]) asks [`findings`] about its candidate sentence pairs;
//! only pairs that show a denial or a pair of opposite words are tagged.
//!
//! ```
//! use gainsay::events::{self, Rule};
//! let a = events::read("The council approved the plan on Monday.", 0);
//! let b = events::read("The plan was not approved by the council.", 0);
//! let found = a.iter().find_map(|x| b.iter().find_map(|y| events::contradict(x, y)));
//! assert_eq!(found.map(|c| c.rule), Some(Rule::Polarity));
//! ```

mod cues;
mod names;
mod read;
mod rules;
mod words;

pub use cues::Direction;
pub(crate) use names::{names_differ, subject_names};
pub use rules::{contradict, Contradiction, Rule};

use crate::align::{Aligned, AlignedSide};
use crate::claims::Polarity;
use crate::conflicts::ConflictKind;
use crate::Span;
use rustc_hash::FxHashMap;

/// What an event says happens or holds.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Predicate {
    /// A verb or an event noun, keyed by the verb's WordNet class name ("postpone" for
    /// "defer", "sign" for "the signing").
    Event(String),
    /// A light verb over a noun WordNet derives from no verb: "had a medical".
    Had(String),
    /// A state phrase: "in custody", "closed".
    State(String),
    /// A change, with the word that says it.
    Change(Direction, String),
    /// A place in a series and the noun it counts: "a second title" is (2, "title").
    Ordinal(u8, String),
}

/// When the event is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aspect {
    /// Done: "signed", "has signed".
    Past,
    /// Not done so far: "has not yet signed", "has yet to sign".
    NotYet,
    /// Now or habitually: "signs", "is closed".
    Present,
    /// To come: "will sign".
    Future,
}

/// The head of a participant's noun phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    /// The head's lemma, lowercase.
    pub lemma: String,
    /// The head word in the article.
    pub span: Span,
    /// Lemmas of the phrase's nouns and adjectives, with those of a phrase it is part of
    /// ("shares in the miner"), sorted.
    pub words: Vec<String>,
    /// Lemmas of the nouns and adjectives before the head: "revenue" of "revenue forecast".
    pub modifiers: Vec<String>,
    /// Lemmas of the proper nouns of the phrases it is widened over ("norby" of "the curfew
    /// order for Norby"), sorted.
    pub names: Vec<String>,
    /// A proper noun.
    pub name: bool,
    /// A pronoun: says nothing of who.
    pub pronoun: bool,
    /// Determined by "no" or "neither": "no arrests".
    pub no: bool,
    /// Names an event: a noun WordNet derives from a verb ("a vote"), or the verb of a
    /// need ("approve" of "must be approved").
    pub event: bool,
}

impl Head {
    /// The head that is the event word itself: a verb read as what a need or a tally is of
    /// ("approve" of "must be approved").
    pub(crate) fn event_word(lemma: String, span: Span) -> Head {
        Head {
            words: vec![lemma.clone()],
            lemma,
            span,
            modifiers: Vec::new(),
            names: Vec::new(),
            name: false,
            pronoun: false,
            no: false,
            event: true,
        }
    }

    /// The head that is a name, of `words` (lower case): "WHO" of "is WHO-approved".
    pub(crate) fn name(lemma: String, span: Span, words: Vec<String>) -> Head {
        Head {
            lemma,
            span,
            words,
            modifiers: Vec::new(),
            names: Vec::new(),
            name: true,
            pronoun: false,
            no: false,
            event: false,
        }
    }
}

/// One event read from a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// What happens or holds.
    pub predicate: Predicate,
    /// The lemma of the word that says it.
    pub lemma: String,
    /// That word (or phrase) in the article.
    pub span: Span,
    /// Affirmed or denied.
    pub polarity: Polarity,
    /// Done, not yet done, now or to come.
    pub aspect: Aspect,
    /// Who does it (a passive's agent); for a change, who changes the thing.
    pub subject: Option<Head>,
    /// What it is done to (a passive's subject); for a change, the thing that changes; for
    /// a state, nothing (its holder is the subject).
    pub object: Option<Head>,
    /// Who the article says said it.
    pub attribution: Option<Head>,
    /// Wanted, planned, conditional or a possibility: not asserted.
    pub hedged: bool,
    /// Denied of any participant: "no arrests have been made" names no one arrested and
    /// denies every arrest of its story.
    pub any: bool,
}

/// The events of `sentence`, which starts at byte `offset` of its article (spans are the
/// article's).
///
/// ```
/// use gainsay::events::{read, Aspect, Predicate};
/// let e = read("The treaty has yet to be signed.", 0);
/// let sign = e.iter().find(|e| e.predicate == Predicate::Event("sign".into())).unwrap();
/// assert_eq!(sign.aspect, Aspect::NotYet);
/// ```
pub fn read(sentence: &str, offset: usize) -> Vec<Event> {
    read::read(sentence, offset)
}

/// The least likeness of two aligned sentences for their events to be compared: below it,
/// sentences that share a word or two are rarely about one event, and tagging costs.
const MIN_SIMILARITY: f64 = 0.12;

/// How a sentence pair was found: aligned, by a shared participant word, or alone on a
/// state in its article.
#[derive(PartialEq)]
enum By {
    Aligned,
    Participant,
    Alone,
}

/// One aligned sentence: its article and span.
pub type SentenceAt = (usize, Span);

/// Contradictions between the events of aligned sentence pairs `(a, b, similarity)`, and
/// of the pairs [`participant_pairs`](rules::participant_pairs) adds among `sentences` (all
/// the story's sentences): the aligner misses sentences that word one event apart ("the
/// gates stayed open" / "the concert went ahead with the gates closed"). Sentences are tagged
/// once, and only when the pair shows a denial or two opposite words.
pub fn findings(
    texts: &[&str],
    sentences: &[SentenceAt],
    pairs: impl IntoIterator<Item = (SentenceAt, SentenceAt, f64)>,
) -> Vec<Aligned> {
    findings_tagged(texts, &[], sentences, pairs)
}

/// [`findings`], with the tags of sentences already tagged, by article (see
/// [`crate::tag::SentenceTags`]): a sentence found there is not tagged again.
pub fn findings_tagged(
    texts: &[&str],
    tags: &[crate::tag::SentenceTags],
    sentences: &[SentenceAt],
    pairs: impl IntoIterator<Item = (SentenceAt, SentenceAt, f64)>,
) -> Vec<Aligned> {
    findings_placed(texts, tags, sentences, pairs.into_iter().map(|(a, b, sim)| (a, b, sim, None)), None)
}

/// [`findings_tagged`], each pair with the places of its two sentences in `sentences` when
/// known (the aligner's pairs are of its sentences): they are not looked up. With `selves`,
/// the pairs of sentences of one article worth a self-check ([`self_pairs`]) are added
/// to it, by place in `sentences`, from the looks read here.
pub(crate) fn findings_placed(
    texts: &[&str],
    tags: &[crate::tag::SentenceTags],
    sentences: &[SentenceAt],
    pairs: impl IntoIterator<Item = (SentenceAt, SentenceAt, f64, Option<(u32, u32)>)>,
    selves: Option<&mut Vec<(u32, u32)>>,
) -> Vec<Aligned> {
    let filter = rules::Filter::builtin();
    let tracing = crate::align::trace::events_on();
    // Each sentence is looked at once, and tagged at most once.
    let mut index: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    let mut looks: Vec<rules::Look> = Vec::new();
    let mut read_at: Vec<Option<Vec<Event>>> = Vec::new();
    let mut words = rules::WordCache::default();
    // The records' word ids are of one lexicon, the claim reader's: another's are not used.
    let lexicon = tags.first().map_or(0, crate::tag::SentenceTags::lexicon);
    let mut by_id = words::ById::new(lexicon);
    let mut out = Vec::new();
    let mut at = |s: SentenceAt, looks: &mut Vec<rules::Look>, read_at: &mut Vec<Option<Vec<Event>>>| {
        *index.entry((s.0, s.1.start)).or_insert_with(|| {
            let kept = tags
                .get(s.0)
                .filter(|t| lexicon != 0 && t.lexicon() == lexicon)
                .and_then(|t| Some((t.word_ranges(s.1)?, t.ids(s.1)?)));
            looks.push(filter.look_kept(s.1.of(texts[s.0]), kept, &mut words));
            read_at.push(None);
            looks.len() - 1
        })
    };
    let mut all: Vec<(SentenceAt, usize)> = Vec::with_capacity(sentences.len());
    for &s in sentences {
        all.push((s, at(s, &mut looks, &mut read_at)));
    }
    // Each sentence has its own look, the look of its place, when no two share a key.
    let placed = looks.len() == sentences.len();
    if let Some(selves) = selves.filter(|_| placed) {
        self_pairs(filter, sentences, &looks, selves);
    }
    type Key = ((usize, usize), (usize, usize));
    let key = |a: SentenceAt, b: SentenceAt| -> Key { ((a.0, a.1.start), (b.0, b.1.start)) };
    let extra = {
        let story: Vec<(usize, &rules::Look)> = all.iter().map(|&(s, i)| (s.0, &looks[i])).collect();
        filter.participant_pairs(&story)
    };
    // An added pair the aligner made already, either way round, is not added again. The
    // aligner makes hundreds of thousands of pairs in a big check and adds a few: only
    // the added pairs' keys are looked for among the aligned ones, not every aligned
    // pair hashed.
    let wanted: rustc_hash::FxHashSet<Key> = extra
        .iter()
        .flat_map(|&(x, y, _)| {
            let k = key(all[x].0, all[y].0);
            [k, (k.1, k.0)]
        })
        .collect();
    let mut met: rustc_hash::FxHashSet<Key> = rustc_hash::FxHashSet::default();
    // The pairs worth reading, by look, the aligned ones first (pairs within one article or
    // below the bar are never compared: not kept); each sentence's events are dropped after
    // the last pair that needs them, so a big check does not hold the events of thousands
    // at once.
    type Worth = Vec<(usize, usize, SentenceAt, SentenceAt, f64, By)>;
    let mut worth: Worth = Vec::new();
    // The aligner gives a sentence's pairs one after another: its look is found once.
    let mut last: Option<(SentenceAt, usize)> = None;
    let mut keep = |a: SentenceAt, b: SentenceAt, sim: f64, by: By, place: Option<(u32, u32)>, worth: &mut Worth| {
        let (ia, ib) = match place.filter(|_| placed) {
            Some((i, j)) => (i as usize, j as usize),
            None => {
                let ia = match last {
                    Some((s, i)) if s == a => i,
                    _ => {
                        let i = at(a, &mut looks, &mut read_at);
                        last = Some((a, i));
                        i
                    }
                };
                (ia, at(b, &mut looks, &mut read_at))
            }
        };
        if !filter.worth(&looks[ia], &looks[ib]) {
            if tracing {
                let (da, db, shared) = rules::look_counts(&looks[ia], &looks[ib]);
                crate::align::trace::emit_events(serde_json::json!({
                    "event": "events", "sa": crate::align::trace::at(a.0, a.1), "sb": crate::align::trace::at(b.0, b.1),
                    "by": by_name(&by), "sim": sim, "gate": "not_worth", "da": da, "db": db, "shared": shared,
                }));
            }
        } else if rules::times_differ(&looks[ia], &looks[ib]) {
            if tracing {
                trace_pair(a, b, &by, sim, Some("times_differ"));
            }
        } else {
            worth.push((ia, ib, a, b, sim, by));
        }
    };
    for (a, b, sim, place) in pairs {
        // An aligned pair below the least likeness is left to the participant pairs.
        if sim >= MIN_SIMILARITY && !wanted.is_empty() && wanted.contains(&key(a, b)) {
            met.insert(key(a, b));
        }
        if a.0 == b.0 || sim < MIN_SIMILARITY {
            if tracing && a.0 != b.0 {
                trace_pair(a, b, &By::Aligned, sim, Some("similarity"));
            }
            continue;
        }
        keep(a, b, sim, By::Aligned, place, &mut worth);
    }
    for (x, y, shared) in extra {
        let (a, b) = (all[x].0, all[y].0);
        let k = key(a, b);
        if !met.contains(&(k.1, k.0)) && met.insert(k) && a.0 != b.0 {
            let by = if shared { By::Participant } else { By::Alone };
            keep(a, b, MIN_SIMILARITY, by, Some((x as u32, y as u32)), &mut worth);
        }
    }
    let mut last = vec![0usize; read_at.len()];
    for (p, &(ia, ib, ..)) in worth.iter().enumerate() {
        last[ia] = p;
        last[ib] = p;
    }
    for (p, (ia, ib, a, b, sim, by)) in worth.into_iter().enumerate() {
        // The side read already first: a side with no event to compare spares reading
        // the other.
        let sides =
            if read_at[ib].is_some() && read_at[ia].is_none() { [(ib, b), (ia, a)] } else { [(ia, a), (ib, b)] };
        for (i, s) in sides {
            if read_at[i].is_none() {
                let known = tags.get(s.0).and_then(|t| {
                    let ids = if t.lexicon() == lexicon { t.ids(s.1)? } else { &[] };
                    Some((t.get(s.1)?, t.words(s.1)?, ids))
                });
                read_at[i] = Some(read::read_comparable(s.1.of(texts[s.0]), s.1.start, known, &mut by_id));
            }
            if read_at[i].as_ref().is_some_and(Vec::is_empty) {
                break;
            }
        }
        match (&read_at[ia], &read_at[ib]) {
            (Some(ea), Some(eb)) if !ea.is_empty() && !eb.is_empty() => {
                let found = finding(texts, (a, ea), (b, eb), sim, &by);
                if tracing {
                    trace_event_pairs((a, ea), (b, eb), by == By::Aligned);
                    trace_pair(a, b, &by, sim, found.as_ref().err().copied());
                }
                out.extend(found.ok());
            }
            _ if tracing => trace_pair(a, b, &by, sim, Some("no_events")),
            _ => {}
        }
        for i in [ia, ib] {
            if last[i] == p {
                read_at[i] = None;
            }
        }
    }
    out
}

/// The strongest contradiction between the events `ea` of sentence `a` and `eb` of `b`,
/// paired `by` the aligner or by participants, as a finding.
fn finding(
    texts: &[&str],
    (a, ea): (SentenceAt, &[Event]),
    (b, eb): (SentenceAt, &[Event]),
    sim: f64,
    by: &By,
) -> Result<Aligned, &'static str> {
    let mut best: Option<(Contradiction, &Event, &Event)> = None;
    // Each side's undisputed events, found once.
    let ys: Vec<&Event> = eb.iter().filter(|y| !rules::disputed(y, eb)).collect();
    // The furthest a pair of events went: a contradiction the pair filter refused.
    let mut gate = "no_contradiction";
    for x in ea.iter().filter(|x| !rules::disputed(x, ea)) {
        for &y in &ys {
            if let Ok(c) = rules::contradict_aligned(x, y, *by == By::Aligned) {
                // A pair the aligner did not make needs its participants to agree, but
                // for complementary states, whose holder is often "he" or "she": those
                // need a state phrase on one side ("stayed open" / "closed", not
                // "freed" / "detained"), on both when the sentences share no word
                // ("remanded in custody" / "granted bail").
                // (The phrase as written: "remains in place" says a closure's "closed".)
                // A decision's state ("unanimous", "a 5-4 vote") counts as a phrase: a story
                // votes on few things.
                let phrase = |e: &Event, s: SentenceAt| match &e.predicate {
                    Predicate::State(p) => {
                        e.span.of(texts[s.0]).contains(' ') || cues::Cues::builtin().decision_states.contains(p)
                    }
                    _ => false,
                };
                let weak = c.strength <= 0.0 && c.rule != Rule::State;
                let phrases = usize::from(phrase(x, a)) + usize::from(phrase(y, b));
                let state = c.rule == Rule::State;
                if *by != By::Aligned && (weak || state && phrases == 0) || *by == By::Alone && phrases < 2 {
                    gate = "pair_filter";
                    continue;
                }
                if best.as_ref().is_none_or(|b| c.strength > b.0.strength) {
                    best = Some((c, x, y));
                }
            }
        }
    }
    let Some((c, x, y)) = best else { return Err(gate) };
    let confidence = (0.45 + 0.4 * sim + c.strength).min(0.9);
    named_finding(&c, (texts[a.0], a, x), (texts[b.0], b, y), confidence)
}

/// The finding of a contradiction `c` of events `x` and `y` (each with its article's text
/// and sentence), or `"names_differ"`: "Malta did not sign" / "Finland signed", the
/// countries and bodies named before each predicate say whose it is, where the reader found
/// no subject or one common noun ("the government") for two things. "Was unanimous" /
/// "was not unanimous" is one state, denied: the sides differ by polarity, not by wording.
/// The affirmed side comes first, as the aligned denials do.
fn named_finding(
    c: &Contradiction,
    (ta, a, x): (&str, SentenceAt, &Event),
    (tb, b, y): (&str, SentenceAt, &Event),
    confidence: f64,
) -> Result<Aligned, &'static str> {
    let before = |text: &str, s: SentenceAt, e: &Event| {
        let clause = text.get(s.1.start..e.span.start).unwrap_or_default();
        let words = clause.split(|ch: char| !(ch.is_alphanumeric() || matches!(ch, '\'' | '’' | '-')));
        names::subject_names(words.filter(|w| !w.is_empty()))
    };
    if names::names_differ(&before(ta, a, x), &before(tb, b, y)) {
        return Err("names_differ");
    }
    let denial = matches!(c.rule, Rule::Polarity | Rule::Aspect) || x.polarity != y.polarity;
    let side = |text: &str, s: SentenceAt, e: &Event| {
        let written = e.span.of(text).to_string();
        let negated = e.polarity == Polarity::Negated;
        let value = match denial {
            true if negated => format!("no ({written})"),
            true => format!("yes ({written})"),
            false => written,
        };
        AlignedSide { source: s.0, sentence: s.1, span: e.span, value, negated }
    };
    let (sx, sy) = (side(ta, a, x), side(tb, b, y));
    let kind = if denial { ConflictKind::Polarity } else { ConflictKind::Antonym };
    let sides = if sx.negated { [sy, sx] } else { [sx, sy] };
    Ok(Aligned { kind, about: format!("{} ({})", c.about, c.rule.name()), sides, confidence })
}

/// The kind of a predicate, as the events trace writes it.
fn predicate_kind(p: &Predicate) -> &'static str {
    match p {
        Predicate::Event(_) => "event",
        Predicate::Had(_) => "had",
        Predicate::State(_) => "state",
        Predicate::Change(..) => "change",
        Predicate::Ordinal(..) => "ordinal",
    }
}

/// An event as the events trace writes it: its predicate, then its subject's and object's
/// heads with their words ("event:sign s=council[council] o=plan[plan,port]").
fn described(e: &Event) -> String {
    let head = |h: &Option<Head>| {
        h.as_ref().map_or_else(String::new, |h| format!("{}[{}]{}", h.lemma, h.words.join(","), h.names.join(",")))
    };
    let what = match &e.predicate {
        Predicate::Event(k) | Predicate::Had(k) | Predicate::State(k) | Predicate::Change(_, k) => k.as_str(),
        Predicate::Ordinal(_, n) => n.as_str(),
    };
    format!(
        "{}:{what} s={} o={}{}",
        predicate_kind(&e.predicate),
        head(&e.subject),
        head(&e.object),
        if e.hedged { " hedged" } else { "" }
    )
}

/// The name of how a pair was found, as the events trace writes it.
fn by_name(by: &By) -> &'static str {
    match by {
        By::Aligned => "aligned",
        By::Participant => "participant",
        By::Alone => "alone",
    }
}

/// Writes a sentence pair to the events trace, with the gate that refused it (`None`: a
/// finding).
fn trace_pair(a: SentenceAt, b: SentenceAt, by: &By, sim: f64, gate: Option<&str>) {
    use crate::align::trace;
    trace::emit_events(serde_json::json!({
        "event": "events", "sa": trace::at(a.0, a.1), "sb": trace::at(b.0, b.1),
        "by": by_name(by), "sim": sim, "gate": gate,
    }));
}

/// Writes each pair of events of two sentences (`aligned` or not) to the events trace, with
/// the test that let both hold (`None`: they contradict).
fn trace_event_pairs((a, ea): (SentenceAt, &[Event]), (b, eb): (SentenceAt, &[Event]), aligned: bool) {
    use crate::align::trace;
    for x in ea {
        for y in eb {
            let gate = if rules::disputed(x, ea) || rules::disputed(y, eb) {
                Some("disputed")
            } else {
                rules::contradict_aligned(x, y, aligned).err()
            };
            // Why two participants clash, and whether their words meet, for the funnel's
            // counts.
            let (sx, sy) = match gate {
                Some("subject") => (x.subject.as_ref(), y.subject.as_ref()),
                _ => (x.object.as_ref(), y.object.as_ref()),
            };
            let why = rules::relate_why(sx, sy).1;
            let meet = sx.zip(sy).is_some_and(|(p, q)| p.words.iter().any(|w| q.words.binary_search(w).is_ok()));
            // What the first word both share is on each side: the head, a modifier of it,
            // a name, or a word of a phrase it hangs from.
            let role = |h: &Head, w: &String| match () {
                _ if h.lemma == *w => "h",
                _ if h.modifiers.contains(w) => "m",
                _ if h.names.contains(w) => "n",
                _ => "o",
            };
            let meet_kind = sx
                .zip(sy)
                .and_then(|(p, q)| {
                    let w = p.words.iter().find(|w| q.words.binary_search(w).is_ok())?;
                    Some(format!("{}/{}", role(p, w), role(q, w)))
                })
                .unwrap_or_default();
            trace::emit_events(serde_json::json!({
                "event": "event_pair", "sa": trace::at(a.0, a.1), "sb": trace::at(b.0, b.1),
                "a": trace::at(a.0, x.span), "b": trace::at(b.0, y.span), "gate": gate, "why": why, "meet": meet, "meet_kind": meet_kind,
                "pa": format!("{:?}", x.polarity), "pb": format!("{:?}", y.polarity),
                "ka": predicate_kind(&x.predicate), "kb": predicate_kind(&y.predicate),
                "xa": described(x), "xb": described(y),
            }));
        }
    }
}

/// The least distance, in sentences, between two sentences of one article that may
/// contradict each other: neighbours mostly tell one act and the next ("He did not win the
/// final. He won the plate a day later.").
const SELF_GAP: usize = 2;
/// The most sentences of one article whose looks are paired for a self-contradiction.
const MAX_SELF_SENTENCES: usize = 160;

/// Pairs of sentences of one article, by place in `sentences` (in article order, each
/// with its look in `looks`), at least [`SELF_GAP`] apart, worth a self-check of events
/// ([`rules::Filter::self_worth`]: a denial or an opposition, and a shared word of who or
/// what), naming no two different times.
fn self_pairs(filter: &rules::Filter, sentences: &[SentenceAt], looks: &[rules::Look], out: &mut Vec<(u32, u32)>) {
    let tracing = crate::align::trace::self_on();
    let mut from = 0;
    for group in sentences.chunk_by(|x, y| x.0 == y.0) {
        let to = from + group.len();
        if group.len() <= MAX_SELF_SENTENCES {
            for i in from..to {
                if tracing {
                    (i + 1..to.min(i + SELF_GAP))
                        .for_each(|j| trace_self_refused(filter, sentences, looks, (i, j), "gap"));
                }
                for j in i + SELF_GAP..to {
                    if !filter.self_worth(&looks[i], &looks[j]) {
                        if tracing {
                            trace_self_refused(filter, sentences, looks, (i, j), "not_worth");
                        }
                    } else if rules::times_differ(&looks[i], &looks[j]) {
                        if tracing {
                            trace_self_refused(filter, sentences, looks, (i, j), "times_differ");
                        }
                    } else {
                        out.push((i as u32, j as u32));
                    }
                }
            }
        } else if tracing {
            (from..to)
                .for_each(|i| (i + 1..to).for_each(|j| trace_self_refused(filter, sentences, looks, (i, j), "long")));
        }
        from = to;
    }
}

/// Writes a pair of sentences of one article that [`self_pairs`] did not pair to the self
/// trace, with why (`gap`, `not_worth`, `times_differ`, `long`), how many keys each denies
/// and how many they share (as the events trace writes them), and which parts of
/// [`rules::Filter::self_worth`] hold.
fn trace_self_refused(
    filter: &rules::Filter,
    sentences: &[SentenceAt],
    looks: &[rules::Look],
    (i, j): (usize, usize),
    gate: &str,
) {
    use crate::align::trace;
    let (a, b) = (sentences[i], sentences[j]);
    let (da, db, shared) = rules::look_counts(&looks[i], &looks[j]);
    let (denial, opposed, participant) = filter.self_worth_parts(&looks[i], &looks[j]);
    trace::emit_self(serde_json::json!({
        "event": "self_events", "sa": trace::at(a.0, a.1), "sb": trace::at(b.0, b.1),
        "gate": gate, "da": da, "db": db, "shared": shared,
        "denial": denial, "opposed": opposed, "participant": participant,
    }));
}

/// Self-contradictions of events: two sentences of one article, paired by [`self_pairs`]
/// (by place in `sentences`), each of which `own` lets speak in the article's own voice,
/// that assert and deny one act, or say two opposite acts, of one participant ("the
/// council approved the plan" / "the plan, which the council rejected"). `other` are words
/// that set an event in another time or make its thing another ("a similar deal", "last
/// winter"), looked for in the event's clause. The events reader's rules decide, more
/// strictly ([`self_finding`]); only the sentences of the pairs are tagged.
pub(crate) fn self_findings(
    texts: &[&str],
    tags: &[crate::tag::SentenceTags],
    sentences: &[SentenceAt],
    pairs: &[(u32, u32)],
    own: impl Fn(usize) -> bool,
    other: &[String],
) -> Vec<Aligned> {
    let tracing = crate::align::trace::self_on();
    let tracing_events = crate::align::trace::events_on();
    let lexicon = tags.first().map_or(0, crate::tag::SentenceTags::lexicon);
    let mut by_id = words::ById::new(lexicon);
    let mut read_at: FxHashMap<usize, Option<Vec<Event>>> = FxHashMap::default();
    let mut out = Vec::new();
    for &(i, j) in pairs {
        let (i, j) = (i as usize, j as usize);
        for k in [i, j] {
            read_at.entry(k).or_insert_with(|| {
                own(k).then(|| {
                    let (a, span) = sentences[k];
                    let known = tags.get(a).and_then(|t| {
                        let ids = if t.lexicon() == lexicon { t.ids(span)? } else { &[] };
                        Some((t.get(span)?, t.words(span)?, ids))
                    });
                    read::read_comparable(span.of(texts[a]), span.start, known, &mut by_id)
                })
            });
        }
        let (a, b) = (sentences[i], sentences[j]);
        let (Some(Some(ea)), Some(Some(eb))) = (read_at.get(&i), read_at.get(&j)) else {
            if tracing {
                use crate::align::trace;
                trace::emit_self(serde_json::json!({
                    "event": "self_events", "sa": trace::at(a.0, a.1), "sb": trace::at(b.0, b.1), "gate": "unsaid",
                }));
            }
            continue;
        };
        let found = self_finding(texts[a.0], (a, ea), (b, eb), other);
        if tracing_events {
            trace_event_pairs((a, ea), (b, eb), false);
        }
        if tracing {
            use crate::align::trace;
            trace::emit_self(serde_json::json!({
                "event": "self_events", "sa": trace::at(a.0, a.1), "sb": trace::at(b.0, b.1),
                "gate": found.as_ref().err(),
            }));
        }
        out.extend(found.ok());
    }
    out
}

/// True when rule `r` may make a self-contradiction of events: a denial, "not yet"
/// against done, two opposite verbs or two complementary states ("found guilty" /
/// "cleared"). Two changes ("rose" / "fell") or places in a series are mostly two periods
/// or two things of one article.
fn self_rule(r: Rule) -> bool {
    match r {
        Rule::Polarity | Rule::Aspect | Rule::Antonym | Rule::State => true,
        Rule::Change | Rule::Ordinal => false,
    }
}

/// The clause of `text` an event's word stands in: from the last stop, comma, colon,
/// bracket or dash before it to the first after it.
fn clause_of(text: &str, span: Span) -> &str {
    let bound = |c: char| matches!(c, '.' | ',' | ';' | ':' | '(' | ')' | '\u{2014}' | '\u{2013}' | '\n');
    let start = text.get(..span.start).and_then(|t| t.rfind(bound)).map_or(0, |i| i + 1);
    let end = text.get(span.end..).and_then(|t| t.find(bound)).map_or(text.len(), |i| span.end + i);
    text.get(start..end).unwrap_or_default()
}

/// True when the clause of event `e` holds a word (or words, split by spaces) of `other`:
/// "last winter the harbour was closed", "rejected a similar deal".
fn set_apart(text: &str, e: &Event, other: &[String]) -> bool {
    let words: Vec<String> = clause_of(text, e.span)
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    other.iter().any(|o| {
        let parts: Vec<&str> = o.split(' ').collect();
        words.windows(parts.len()).any(|w| w.iter().zip(&parts).all(|(x, y)| x == y))
    })
}

/// `events`, with each state the reader found no holder of ("the bill, which failed in
/// the house") read again with a holder from the event read at its word ("fail", whose
/// subject is "bill"): its object, as a passive's ("Menzell, who was cleared"), or its
/// subject. Two readings of one state may be added; a state with a holder is kept as is.
/// A participle before "by" is left out: a passive's act, read as that act ("Menzell was
/// cleared by the jury"), and in "the actor is survived by two sons" no state at all.
fn held(text: &str, events: &[Event]) -> Vec<Event> {
    let agent = |e: &Event| {
        let after = text.get(e.span.end..).unwrap_or_default().trim_start();
        matches!(e.predicate, Predicate::State(_)) && after.split_whitespace().next() == Some("by")
    };
    let mut out: Vec<Event> = events.iter().filter(|e| !agent(e)).cloned().collect();
    for e in events.iter().filter(|e| !agent(e)) {
        if !matches!(e.predicate, Predicate::State(_)) || e.subject.is_some() {
            continue;
        }
        let at = |o: &&Event| {
            matches!(o.predicate, Predicate::Event(_)) && o.span.start < e.span.end && e.span.start < o.span.end
        };
        let Some(o) = events.iter().find(at) else { continue };
        for h in [&o.object, &o.subject].into_iter().flatten().filter(|h| !h.pronoun) {
            out.push(Event { subject: Some(h.clone()), ..e.clone() });
        }
    }
    out
}

/// Words between a linking verb and its state that leave its tense as it is: "is still
/// closed", "remained temporarily shut", "has not been reopened".
const LINK_ADVERBS: &[&str] = &[
    "not",
    "n't",
    "never",
    "still",
    "also",
    "now",
    "already",
    "yet",
    "currently",
    "temporarily",
    "largely",
    "fully",
    "partly",
    "partially",
    "officially",
    "effectively",
    "reportedly",
    "then",
    "all",
    "both",
];

/// The tense a state of one article is told in, by the linking verb before it: "was
/// closed", "remained open", "had been shut" are past; "is closed", "remains shut", "has
/// been closed", "has stayed open" now (a perfect state lasts to now); "will remain" to
/// come. A state the reader placed before the sentence's time ("has been closed for ten
/// months") keeps that place; a state after no linking verb ("found alive") is told in no
/// known tense.
fn told(text: &str, e: &Event) -> Option<Aspect> {
    if e.aspect != Aspect::Present {
        return Some(e.aspect);
    }
    let start = clause_start(text, e.span);
    let lower = |w: &str| w.to_lowercase();
    let mut words: Vec<String> = text
        .get(start..e.span.start)
        .unwrap_or_default()
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(lower)
        .collect();
    // "remained open", "stayed shut": a state phrase that starts with its linking verb.
    if let Some(first) = e.span.of(text).split_whitespace().next().map(lower) {
        if matches!(first.as_str(), "remained" | "remains" | "stayed" | "stays" | "was" | "is") {
            words.push(first);
        }
    }
    let mut back = words.iter().rev().map(String::as_str).filter(|w| !LINK_ADVERBS.contains(w));
    let perfect = |w: Option<&str>| match w {
        Some("has" | "have" | "'s") => Some(Aspect::Present),
        Some("had") => Some(Aspect::Past),
        _ => None,
    };
    match back.next()? {
        "was" | "were" | "became" | "had" => Some(Aspect::Past),
        "is" | "are" | "am" | "remains" | "stays" | "becomes" | "has" | "have" => Some(Aspect::Present),
        "remained" | "stayed" => perfect(back.next()).or(Some(Aspect::Past)),
        "been" => perfect(back.next()),
        "remain" | "stay" | "be" => match back.next() {
            Some("will" | "shall") => Some(Aspect::Future),
            _ => None,
        },
        _ => None,
    }
}

/// True when `e` is a state told as holding now by its linking verb ([`told`]).
fn told_now(text: &str, e: &Event) -> bool {
    matches!(e.predicate, Predicate::State(_)) && told(text, e) == Some(Aspect::Present)
}

/// True when two events of one article are told in two tenses: two states by their
/// linking verbs, when both are known ([`told`]: "remained open" / "remains closed" is a
/// change over time, not a contradiction); other events by the reader's aspects.
fn tenses_differ(text: &str, x: &Event, y: &Event) -> bool {
    let state = |e: &Event| matches!(e.predicate, Predicate::State(_));
    if state(x) && state(y) {
        if let (Some(p), Some(q)) = (told(text, x), told(text, y)) {
            return p != q;
        }
    }
    x.aspect != y.aspect
}

/// `events`, with the state an act told in the perfect leaves its participant in now: "the
/// bridge has reopened" says the bridge is open ("reopened" on a side of `states.toml`),
/// against "the bridge remains closed". A simple past ("reopened in May") may be one step
/// of a sequence, and is left as the act it is.
fn perfect_states(text: &str, events: &mut Vec<Event>) {
    let wn = crate::lexicon::wordnet::WordNet::builtin();
    let mut added = Vec::new();
    for e in events.iter() {
        if !matches!(e.predicate, Predicate::Event(_))
            || e.aspect != Aspect::Past
            || e.polarity != Polarity::Affirmed
            || e.hedged
        {
            continue;
        }
        let before = text.get(clause_start(text, e.span)..e.span.start).unwrap_or_default().to_lowercase();
        let mut back = before.split_whitespace().rev().filter(|w| !LINK_ADVERBS.contains(w));
        let aux = match back.next() {
            Some("been") => back.next(),
            w => w,
        };
        if !matches!(aux, Some("has" | "have")) {
            continue;
        }
        let Some(phrase) = read::participle_state(wn, &e.lemma) else { continue };
        // The holder: what was acted on, or, with none, who acted ("the bridge has reopened").
        let Some(h) = e.object.as_ref().or(e.subject.as_ref()).filter(|h| !h.pronoun) else { continue };
        added.push(Event {
            predicate: Predicate::State(phrase),
            subject: Some(h.clone()),
            object: None,
            aspect: Aspect::Present,
            ..e.clone()
        });
    }
    events.extend(added);
}

/// Personal pronouns that may stand for a person named before.
const PERSONAL: &[&str] = &["he", "she"];

/// True when event `y` of the later sentence (span `b`) has "he" or "she" for its subject
/// and event `x` of the earlier one (span `a`) a name, and no capitalised word stands in
/// the sentences after the name's up to the pronoun but the first of a sentence: "Mr
/// Orvell was acquitted at Lindham Crown Court ... He was convicted" names one man (the
/// subject of a sentence is whom the next "he" most likely means; other names in its own
/// sentence are mostly places and times); a name in a sentence between may be whom the
/// pronoun means.
fn pronoun_named(text: &str, (a, x): (Span, &Event), (b, y): (Span, &Event)) -> bool {
    let (Some(n), Some(p)) = (x.subject.as_ref(), y.subject.as_ref()) else { return false };
    if !n.name || !p.pronoun || !PERSONAL.contains(&p.lemma.as_str()) || a.end > b.start || n.span.end > a.end {
        return false;
    }
    let Some(between) = text.get(a.end..p.span.start) else { return false };
    let mut first = true;
    for w in between.split_whitespace() {
        let starts_upper = w.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_uppercase);
        if starts_upper && !first {
            return false;
        }
        first = w.ends_with(['.', '!', '?', '\n']);
    }
    true
}

/// The byte where the clause of `span` starts in `text` (see [`clause_of`]).
fn clause_start(text: &str, span: Span) -> usize {
    let bound = |c: char| matches!(c, '.' | ',' | ';' | ':' | '(' | ')' | '\u{2014}' | '\u{2013}' | '\n');
    text.get(..span.start).and_then(|t| t.rfind(bound)).map_or(0, |i| i + 1)
}

/// True when events `x` and `y` of one article name a participant both hold, and it is one
/// ([`rules::relate_why`]: a pronoun says nothing of who).
fn self_participant(x: &Event, y: &Event) -> bool {
    [(&x.subject, &y.subject), (&x.object, &y.object)]
        .iter()
        .any(|(p, q)| rules::relate_why(p.as_ref(), q.as_ref()).0 == rules::Rel::Match)
}

/// The contradiction of two events of one article, as a finding, or the test that let
/// both hold: both asserted in the article's voice or one of them attributed (two
/// attributed sides are two parties' words), unhedged, in one time, of one participant, in
/// clauses with no word of another time or thing (`other`), and no two countries or bodies
/// named before the two predicates.
fn self_finding(
    text: &str,
    (a, ea): (SentenceAt, &[Event]),
    (b, eb): (SentenceAt, &[Event]),
    other: &[String],
) -> Result<Aligned, &'static str> {
    if ea.is_empty() || eb.is_empty() {
        return Err("no_events");
    }
    let (mut ea, mut eb) = (held(text, ea), held(text, eb));
    // The states of perfect acts come after the events read ([`perfect_states`]).
    let (na, nb) = (ea.len(), eb.len());
    perfect_states(text, &mut ea);
    perfect_states(text, &mut eb);
    let mut best: Option<(Contradiction, &Event, &Event)> = None;
    let mut gate = "no_contradiction";
    for (i, x) in ea.iter().enumerate().filter(|(_, x)| !rules::disputed(x, &ea)) {
        for (j, y) in eb.iter().enumerate().filter(|(_, y)| !rules::disputed(y, &eb)) {
            let c = match rules::contradict_or_gate(x, y) {
                Ok(c) => c,
                Err(_) => continue,
            };
            let test = if !self_rule(c.rule) {
                Some("rule")
            } else if c.rule == Rule::Antonym && !rules::stands_opposed(x, y) {
                Some("sequence")
            } else if (i >= na && !told_now(text, y)) || (j >= nb && !told_now(text, x)) {
                // A perfect act's state meets only a state said to hold now ("remains
                // closed"), not a word read as a state with no linking verb.
                Some("tense")
            } else if tenses_differ(text, x, y) && c.rule != Rule::Aspect {
                Some("tense")
            } else if x.attribution.is_some() && y.attribution.is_some() {
                Some("attributed")
            } else if !self_participant(x, y) && !pronoun_named(text, (a.1, x), (b.1, y)) {
                Some("participant")
            } else if set_apart(text, x, other) || set_apart(text, y, other) {
                Some("other")
            } else {
                None
            };
            if let Some(t) = test {
                gate = t;
                continue;
            }
            if best.as_ref().is_none_or(|b| c.strength > b.0.strength) {
                best = Some((c, x, y));
            }
        }
    }
    let Some((c, x, y)) = best else { return Err(gate) };
    named_finding(&c, (text, a, x), (text, b, y), 0.6)
}
