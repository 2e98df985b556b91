//! Reading the events of one tagged sentence: verb groups, their participants, event nouns,
//! states and changes.

use super::cues::{Cues, Direction};
use super::words::{Cue, Text};
use super::{Aspect, Event, Head, Predicate};
use crate::claims::Polarity;
use crate::lexicon::wordnet::WordNet;
use crate::tag::{Tag, Tagger, Upos, Xpos};
use crate::Span;

/// One word of the sentence.
struct Tok {
    span: Span,
    lower: Text,
    lemma: Text,
    upos: Upos,
    xpos: Xpos,
    upper: bool,
    /// The cues of `lower`, looked up once per word.
    cue: Cue,
    /// Written in capitals throughout, two letters or more: an initialism ("WHO", "US").
    caps: bool,
    /// A hyphened participle whose first part is a name ("WHO-approved"): done by that name.
    by_name: bool,
}

impl Tok {
    fn nominal(&self) -> bool {
        matches!(self.upos, Upos::Noun | Upos::Propn | Upos::Pron) && !self.determiner()
    }

    /// "its", "whose": a pronoun that determines a noun.
    fn determiner(&self) -> bool {
        matches!(self.xpos, Xpos::PrpS | Xpos::WpS)
    }
}

/// Nouns that make an amount after a number ("7 per cent"), not a thing acted on.
const MEASURES: &[&str] = &[
    "percent", "cent", "%", "point", "pence", "penny", "basis", "notch", "year", "month", "week", "day", "hour",
    "minute", "time",
];

/// The longest state phrase, in words.
const MAX_PHRASE: usize = 5;

/// Reads the events of `sentence`, which starts at byte `offset` of its article.
pub(super) fn read(sentence: &str, offset: usize) -> Vec<Event> {
    read_tagged(sentence, offset, None)
}

/// A sentence's tags, its words' byte ranges and their lexicon ids
/// ([`crate::tag::SentenceTags::ids`]), as the claim reader kept them.
pub(super) type Kept<'k> = (&'k [Tag], Vec<std::ops::Range<usize>>, &'k [u32]);

/// [`read`], with the tags of the words of [`crate::tag::tokenize`] when the sentence was
/// tagged already (they are tagged here when not, or when they do not fit its words).
pub(super) fn read_tagged(sentence: &str, offset: usize, known: Option<Kept<'_>>) -> Vec<Event> {
    read_events(sentence, offset, known, None, false)
}

/// [`read_tagged`] for comparing with other sentences: none when no event it reads could
/// take part in a contradiction ([`super::contradict`] takes no hedged event, and
/// [`super::finding`] no event its own sentence disputes). A hedging word that hedges from
/// the sentence's start hedges all of its events, so such a sentence is not read past its
/// words. Words are read through `by_id` by their lexicon ids where kept.
pub(super) fn read_comparable(
    sentence: &str,
    offset: usize,
    known: Option<Kept<'_>>,
    by_id: &mut super::words::ById,
) -> Vec<Event> {
    let events = read_events(sentence, offset, known, Some(by_id), true);
    if events.iter().all(|e| e.hedged || super::rules::disputed(e, &events)) {
        return Vec::new();
    }
    events
}

/// The events of a sentence; none when `comparable` and a hedging word hedges them all.
fn read_events(
    sentence: &str,
    offset: usize,
    known: Option<Kept<'_>>,
    by_id: Option<&mut super::words::ById>,
    comparable: bool,
) -> Vec<Event> {
    let cues = Cues::builtin();
    let wn = WordNet::builtin();
    let tagger = Tagger::builtin();
    let (ranges, known, ids) = match known {
        Some((tags, words, ids)) => (words, Some(tags), ids),
        None => (crate::tag::tokenize(sentence), None, &[][..]),
    };
    let mut tags = Vec::new();
    let tags = tagger.kept_or_tag(sentence, &ranges, known, &mut tags);
    let mut by_id = by_id;
    let toks: Vec<Tok> = ranges
        .into_iter()
        .zip(tags)
        .enumerate()
        .map(|(i, (r, t))| {
            let word = &sentence[r.clone()];
            let id = ids.get(i).copied().unwrap_or(crate::tag::NO_ID);
            let (lower, upper, lemma, cue) = match by_id.as_deref_mut() {
                Some(b) if id != crate::tag::NO_ID => b.read(tagger, word, id, t.xpos),
                Some(b) => b.read_written(tagger, word, t.xpos),
                None => super::words::read(tagger, word, t.xpos),
            };
            let span = Span::new(offset + r.start, offset + r.end);
            let caps = initialism(word);
            Tok { span, lower, lemma, upos: t.upos, xpos: t.xpos, upper, cue, caps, by_name: false }
        })
        .collect();
    let mut toks = toks;
    // (A sentence in capitals throughout, a heading, holds no initialism to tell apart.)
    if sentence.bytes().any(|b| b.is_ascii_lowercase()) {
        initialisms_read_as_pronouns(&mut toks);
    }
    negated_modals(&mut toks);
    past_inabilities(&mut toks, cues);
    names_read_as_modals(&mut toks, cues);
    verbs_after_auxiliaries(&mut toks, wn);
    plurals_read_as_verbs(&mut toks, cues);
    pasts_read_as_nouns(&mut toks, cues);
    let scope = hedge_scope(&toks);
    if scope.all(toks.len()) && comparable {
        return Vec::new();
    }
    let mut out = Vec::new();
    let opener = negative_opener(&toks, cues);
    // Reported speech: events after a reporting verb are its subject's; after "deny", denied.
    let mut attribution: Option<Head> = None;
    let mut denied_by_speaker = false;
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if t.upos == Upos::Verb {
            // "denied responsibility", "denies all the charges": a stand on a thing, as
            // "admitted responsibility" is, not a report of a clause it denies.
            let denying = cues.denying.contains(t.lemma.as_str());
            let denies_thing = denying
                && toks.get(k + 1).is_some_and(|n| {
                    matches!(n.upos, Upos::Det | Upos::Noun | Upos::Adj | Upos::Num) && n.lower != "that"
                });
            if !denies_thing && (denying || cues.reporting.contains(t.lemma.as_str())) {
                let g = group(&toks, k, cues);
                attribution = subject(&toks, g.start, cues).or_else(|| object(&toks, k + 1).map(|(h, _)| h));
                denied_by_speaker = denying && !g.negated;
                k += 1;
                continue;
            }
            if let Some(mut e) = verb_event(&toks, k, cues, wn, opener) {
                e.hedged |= scope.covers(k);
                if denied_by_speaker {
                    e.polarity = flip(e.polarity);
                }
                e.attribution = attribution.clone();
                let state = verb_state(&toks, k, &e, cues, wn);
                let need = need(&toks, k, &e, cues, wn, scope.covers(k));
                out.push(e);
                out.extend(state);
                out.extend(need);
            }
        }
        if t.upos == Upos::Noun {
            if let Some(e) = change_noun(&toks, k, cues) {
                out.push(Event { hedged: scope.covers(k), attribution: attribution.clone(), ..e });
            }
        }
        if t.cue.denying_preposition {
            out.extend(lacked(&toks, k, &out, cues));
        }
        k += 1;
    }
    states(&toks, cues, wn, &scope, &mut out);
    tally(&toks, cues, &scope, &mut out);
    ordinals(&toks, cues, &scope, &mut out);
    let banned: Vec<Event> = out.iter().filter_map(|e| banned(&toks, e, cues, wn)).collect();
    out.extend(banned);
    out
}

/// The words the hedging words of a sentence govern, as ranges of word indices.
struct Scope(Vec<std::ops::Range<usize>>);

impl Scope {
    /// True when a hedge governs word `k`.
    fn covers(&self, k: usize) -> bool {
        self.0.iter().any(|r| r.contains(&k))
    }

    /// True when a hedge governs every one of `n` words.
    fn all(&self, n: usize) -> bool {
        self.0.iter().any(|r| r.start == 0 && r.end >= n)
    }
}

/// The words each hedging word of the sentence governs: for a hedge in an aside ("the
/// council, which could face a challenge, approved the plan"), the aside; for a hedge in a
/// clause opened after the verbs before it ("opposed the plan, warning that it may fail";
/// "does not include patrols, although they may revisit it"; "rejected the bid, but may
/// yet return"), the clause, to its end ([`clause_end`]); else the sentence from its start.
fn hedge_scope(toks: &[Tok]) -> Scope {
    let n = toks.len();
    if inverted_condition(toks) {
        return Scope(std::iter::once(0..n).collect());
    }
    let hedges = toks.iter().enumerate().filter(|(_, t)| t.cue.hedging && !(t.lower == "may" && t.upper));
    Scope(hedges.map(|(h, _)| hedged_clause(toks, h)).collect())
}

/// The words the hedging word at `h` governs ([`hedge_scope`]).
fn hedged_clause(toks: &[Tok], h: usize) -> std::ops::Range<usize> {
    let n = toks.len();
    if let Some(o) = aside_before(toks, h) {
        return o..aside_end(toks, h);
    }
    // A participle after a comma opens a clause too: "will reopen the road, the mayor said,
    // adding that repairs could take weeks".
    // So do a conjunction after a comma and a semicolon: "did not approve the merger, but
    // it may look again".
    let opener = |o: usize| {
        let x = &toks[o];
        let comma = o > 0 && toks[o - 1].lower == ",";
        x.upos == Upos::Sconj
            || x.lower == "that"
            || x.lower == ";"
            || x.upos == Upos::Cconj && comma
            || x.xpos == Xpos::Vbg && x.upos == Upos::Verb && comma
    };
    let start = (0..h).rev().find(|&o| opener(o)).unwrap_or(0);
    // A condition hedges the clause it conditions as well as its own: "approved the plan,
    // but it could be overturned if residents object" hedges all after "but".
    if toks[h].upos == Upos::Sconj {
        return start..n;
    }
    start..clause_end(toks, h)
}

/// True for a dash or a bracket.
fn aside_mark(t: &Tok) -> bool {
    matches!(t.lower.as_str(), "-" | "\u{2013}" | "\u{2014}" | "(" | ")")
}

/// True for a dash.
fn dash(t: &Tok) -> bool {
    matches!(t.lower.as_str(), "-" | "\u{2013}" | "\u{2014}")
}

/// The first word of the aside the hedge at `h` stands in, when it stands in one: past an
/// opening bracket or dash (one with an even count of dashes before it), or a comma and a
/// relative pronoun ("the bridge, which engineers say could fall, …"), with no mark
/// between. A dateline's dash opens none.
fn aside_before(toks: &[Tok], h: usize) -> Option<usize> {
    let m = (0..h).rev().find(|&o| toks[o].upos == Upos::Punct)?;
    let start = head(toks);
    let relative =
        toks[m].lower == "," && toks.get(m + 1).is_some_and(|r| matches!(r.xpos, Xpos::Wdt | Xpos::Wp | Xpos::WpS));
    let opening_dash = dash(&toks[m]) && toks[start.min(m)..m].iter().filter(|t| dash(t)).count() % 2 == 0;
    (m + 1 > start && (toks[m].lower == "(" || opening_dash || relative)).then_some(m + 1)
}

/// Where an aside whose hedge is at `h` ends: at its next mark.
fn aside_end(toks: &[Tok], h: usize) -> usize {
    (h + 1..toks.len())
        .find(|&k| matches!(toks[k].lower.as_str(), "," | ";" | ":") || aside_mark(&toks[k]))
        .unwrap_or(toks.len())
}

/// Where the clause of a modal at `h` ends: at a comma and a conjunction before a new
/// subject ("may rise, but the council approved the plan"; not "may rise, and fall").
fn clause_end(toks: &[Tok], h: usize) -> usize {
    (h + 1..toks.len())
        .find(|&k| {
            toks[k].upos == Upos::Cconj
                && toks[k - 1].lower == ","
                && !toks.get(k + 1).is_some_and(|t| matches!(t.upos, Upos::Verb | Upos::Aux | Upos::Adv))
        })
        .unwrap_or(toks.len())
}

/// True when the sentence opens with a condition written by inversion, before the comma of
/// its main clause: "Had the board approved the bid, shares would have risen", "Should the
/// talks fail, …". As "if" does, it hedges every event of the sentence. A question ("Had
/// the board approved the bid?") has no such comma.
fn inverted_condition(toks: &[Tok]) -> bool {
    let h = head(toks);
    toks.len() > h + 3
        && crate::text::is_inversion_auxiliary(&toks[h].lower)
        && matches!(toks[h + 1].upos, Upos::Det | Upos::Propn | Upos::Noun | Upos::Pron)
        && toks[h + 2..].iter().any(|t| t.lower == ",")
}

/// Where the sentence proper starts: past opening punctuation and past a dateline ("OSLO,
/// March 3 (Wire) - …"), a dash among the first words with no verb before it.
fn head(toks: &[Tok]) -> usize {
    let first = toks.iter().position(|t| t.upos != Upos::Punct).unwrap_or(toks.len());
    let dash = toks.iter().take(12).position(|t| matches!(t.lower.as_str(), "-" | "\u{2013}" | "\u{2014}"));
    match dash {
        Some(d) if d > first && !toks[..d].iter().any(|t| matches!(t.upos, Upos::Verb | Upos::Aux)) => d + 1,
        _ => first,
    }
}

/// The thing a clause went without ("awarded without a tender"): not had, in the tense of
/// the clause's last event before it, whose participants are not the thing's ("the
/// concession" is not who tendered).
fn lacked(toks: &[Tok], at: usize, before: &[Event], cues: &Cues) -> Option<Event> {
    let (noun, n) = object(toks, at + 1)?;
    if noun.name || noun.pronoun || toks[n].upos != Upos::Noun || n > at + 4 {
        return None;
    }
    // "without serious damage": some damage, not serious.
    if toks[at + 1..n].iter().any(|t| cues.graded.contains(t.lower.as_str())) {
        return None;
    }
    let clause = before
        .iter()
        .rev()
        .find(|e| matches!(e.predicate, Predicate::Event(_)) && e.span.end <= toks[at].span.start)?;
    Some(Event {
        predicate: Predicate::Had(noun.lemma.clone()),
        lemma: noun.lemma.clone(),
        span: Span::new(toks[at].span.start, noun.span.end),
        polarity: Polarity::Negated,
        aspect: clause.aspect,
        subject: None,
        object: None,
        attribution: clause.attribution.clone(),
        hedged: clause.hedged,
        any: false,
    })
}

/// What a ban in force or lifted says of the thing it forbids: "did not lift the ban on
/// cod fishing" says cod fishing is not open (`bans` and `ban_closes` in `cues.toml`).
fn banned(toks: &[Tok], e: &Event, cues: &Cues, wn: &WordNet) -> Option<Event> {
    let Predicate::State(phrase) = &e.predicate else { return None };
    let (name, yes) = wn.state(phrase)?;
    let ban = e.subject.as_ref().filter(|h| name == "in force" && cues.bans.contains(h.lemma.as_str()))?;
    let at = toks.iter().position(|t| t.span == ban.span)?;
    let (thing, _) = toks.get(at + 1).filter(|t| t.lower == "on").and_then(|_| object(toks, at + 2))?;
    let in_force = yes == (e.polarity == Polarity::Affirmed);
    Some(Event {
        predicate: Predicate::State(cues.ban_closes.clone()),
        lemma: ban.lemma.clone(),
        span: e.span,
        polarity: if in_force { Polarity::Negated } else { Polarity::Affirmed },
        subject: Some(thing),
        ..e.clone()
    })
}

/// Places in a series of a holder's own: "a second major title for Orr", "his first
/// title", "Orr's maiden win"; the noun is the object, the holder (after "for", or a
/// possessive) the subject.
fn ordinals(toks: &[Tok], cues: &Cues, scope: &Scope, out: &mut Vec<Event>) {
    for i in 1..toks.len() {
        let Some(place) = toks[i].cue.ordinal else { continue };
        let before = &toks[i - 1];
        let possessive = before.xpos == Xpos::Pos && i >= 2 && toks[i - 2].upos == Upos::Propn;
        if !(cues.ordinal_determiners.contains(before.lower.as_str()) || possessive) {
            continue;
        }
        // The noun phrase after it, to its last noun: "major title", "Masters title".
        let mut j = i + 1;
        let mut noun = None;
        while j < toks.len() && j <= i + 4 && matches!(toks[j].upos, Upos::Adj | Upos::Noun | Upos::Propn) {
            if toks[j].upos == Upos::Noun {
                noun = Some(j);
            }
            j += 1;
        }
        // A word between the ordinal and its noun names the series ("a second major
        // title"); "his third title" may count another one (titles on a tour).
        let Some(n) = noun.filter(|&n| n + 1 == j && n > i + 1) else { continue };
        if toks.get(j).is_some_and(|t| cues.ordinal_series.contains(t.lower.as_str())) {
            continue;
        }
        // "is chasing a fifth title", "to win a second title": sought, not held.
        let verb = toks[i.saturating_sub(5)..i].iter().rev().find(|t| t.upos == Upos::Verb);
        // "a first offence should be punished by": a rule of any first offence.
        let modal = toks[j..toks.len().min(j + 3)].iter().any(|t| t.xpos == Xpos::Md);
        if modal || verb.is_some_and(|v| matches!(v.xpos, Xpos::Vbg | Xpos::Vb)) {
            continue;
        }
        let holder = if possessive {
            Some(head_at(toks, i - 2))
        } else if matches!(before.lower.as_str(), "his" | "her" | "their" | "its") {
            None
        } else {
            toks.get(j).filter(|t| t.lower == "for").and_then(|_| object(toks, j + 1)).map(|(h, _)| h)
        };
        out.push(Event {
            predicate: Predicate::Ordinal(place, toks[n].lemma.as_str().to_owned()),
            lemma: toks[i].lower.as_str().to_owned(),
            span: Span::new(toks[i].span.start, toks[n].span.end),
            polarity: Polarity::Affirmed,
            aspect: Aspect::Present,
            subject: holder,
            object: Some(head_at(toks, n)),
            attribution: None,
            hedged: scope.covers(i),
            any: false,
        });
    }
}

/// "cannot", one word for "can not", whatever the tagger read it as (a noun, often): a
/// modal, so that it stands in the verb group it denies (a negator in `cues.toml`) and the
/// subject is the noun phrase before it, not "cannot" ("The agency cannot confirm ...").
fn negated_modals(toks: &mut [Tok]) {
    for t in toks.iter_mut() {
        if t.lower == "cannot" {
            t.upos = Upos::Aux;
            t.xpos = Xpos::Md;
            t.lemma = String::from("can").into();
        }
    }
}

/// "The ferry could not dock on Tuesday": a denied modal of `inability_modals` before a
/// verb, in a sentence told in the past (another verb in the past, or a day, month or year
/// named) that holds no other hedge, no condition and no "without", and no reporting verb
/// before it, is read as "did not": the ability lacked when it was needed.
fn past_inabilities(toks: &mut [Tok], cues: &Cues) {
    let modal = |t: &Tok| t.xpos == Xpos::Md && cues.inability_modals.contains(t.lower.as_str());
    let Some(h) = toks.iter().position(modal) else { return };
    let denied = toks.get(h + 1).is_some_and(|t| matches!(t.lower.as_str(), "not" | "n't"));
    let done = |t: &Tok| {
        t.upos == Upos::Verb
            && t.xpos == Xpos::Vb
            && !matches!(t.lemma.as_str(), "be" | "have")
            && !cues.reporting.contains(t.lemma.as_str())
    };
    if !denied || !toks.get(h + 2).is_some_and(done) {
        return;
    }
    // ("May" is also the month.)
    let hedge = |t: &Tok| t.cue.hedging && !(t.lower == "may" && t.upper);
    let hedged = |(i, t): (usize, &Tok)| i != h && (hedge(t) || t.cue.denying_preposition);
    let reported = toks[..h].iter().any(|t| t.upos == Upos::Verb && cues.reporting.contains(t.lemma.as_str()));
    if toks.iter().enumerate().any(hedged) || reported {
        return;
    }
    let past = |(i, t): (usize, &Tok)| {
        (i != h + 2 && t.upos == Upos::Verb && t.xpos == Xpos::Vbd)
            || cues.times.contains(t.lower.as_str())
            || super::words::is_year(&t.lower)
    };
    if toks.iter().enumerate().any(past) {
        let t = &mut toks[h];
        t.upos = Upos::Aux;
        t.xpos = Xpos::Vbd;
        t.lemma = String::from("do").into();
        t.cue.hedging = false;
    }
}

/// Capitalised words the tagger read as modals that no modal is ("NovaShield still lacks
/// approval"): names. Read as modals they would hedge the verb after them and leave it
/// with no subject. A contraction ("I'd", "We'll") is a modal.
fn names_read_as_modals(toks: &mut [Tok], cues: &Cues) {
    for t in toks.iter_mut() {
        // (The tags first: most words are no modal, and a search of the word costs more.)
        if t.xpos == Xpos::Md && t.upper && !t.lower.contains(['\'', '’']) && !cues.modals.contains(t.lower.as_str())
        {
            t.upos = Upos::Propn;
            t.xpos = Xpos::Nnp;
        }
    }
}

/// Verbs the tagger read as other words after an auxiliary. "will appeal against the
/// verdict": a word right after a modal (and its "not") read as an adverb or a noun, that
/// WordNet knows as a verb and that a preposition, determiner or pronoun follows. "have
/// now unveiled their plans": an "-ed" word read as an adjective after a perfect "have"
/// (and adverbs), whose lemma as a participle WordNet knows as a verb (or as the verb of
/// its "-ing" noun: "unveiling").
fn verbs_after_auxiliaries(toks: &mut [Tok], wn: &WordNet) {
    let known = |w: &str| wn.verb_class(w).is_some() || wn.verb_of_noun(w) == Some(w);
    for k in 1..toks.len() {
        let mut m = k - 1;
        if m > 0 && matches!(toks[m].lower.as_str(), "not" | "n't") {
            m -= 1;
        }
        let t = &toks[k];
        let next = toks.get(k + 1).is_some_and(|n| matches!(n.upos, Upos::Adp | Upos::Det) || n.determiner());
        if toks[m].xpos == Xpos::Md && matches!(t.upos, Upos::Adv | Upos::Noun) && known(&t.lower) && next {
            let t = &mut toks[k];
            t.upos = Upos::Verb;
            t.xpos = Xpos::Vb;
            t.lemma = t.lower.clone();
            continue;
        }
        let mut h = k - 1;
        while h > 0 && toks[h].upos == Upos::Adv {
            h -= 1;
        }
        // "is council-approved": a participle after a hyphen, after "be", is a passive. (So
        // is one the tagger read as a verb whose lemma keeps the hyphen: "WHO-approve".)
        if toks[h].lemma == "be" && (t.upos != Upos::Verb || t.lemma.contains('-')) {
            if let Some(tail) =
                t.lower.rsplit_once('-').map(|(_, tail)| tail).filter(|w| w.len() > 4 && w.ends_with("ed"))
            {
                let lemma = crate::text::fold(&Tagger::builtin().lemma(tail, Xpos::Vbn));
                if lemma != tail {
                    let t = &mut toks[k];
                    t.upos = Upos::Verb;
                    t.xpos = Xpos::Vbn;
                    t.lemma = lemma.into();
                    // "WHO-approved" is no name, but done by one: a capitalised first part
                    // is the agent, as "approved by WHO" ("well-known", "council-approved":
                    // no name).
                    t.by_name = t.upper;
                    t.upper = false;
                    continue;
                }
            }
        }
        let perfect = toks[h].lemma == "have" && toks[h].upos == Upos::Aux;
        if perfect && t.upos == Upos::Adj && t.lower.ends_with("ed") {
            let lemma = crate::text::fold(&Tagger::builtin().lemma(&t.lower, Xpos::Vbn));
            if known(&lemma) || wn.verb_of_noun(&format!("{}ing", lemma.trim_end_matches('e'))) == Some(lemma.as_str())
            {
                let t = &mut toks[k];
                t.upos = Upos::Verb;
                t.xpos = Xpos::Vbn;
                t.lemma = lemma.into();
            }
        }
    }
}

/// Plural nouns the tagger read as verbs before the past of a verb of change: "yields on
/// the city's bonds rose", with "bonds" read as a verb and "rose" as a noun. Two verbs in
/// a row, the first in "-s" and the second a past the direction table knows, are a plural
/// subject and its verb.
fn plurals_read_as_verbs(toks: &mut [Tok], cues: &Cues) {
    let tagger = Tagger::builtin();
    for k in 0..toks.len().saturating_sub(1) {
        if toks[k].xpos != Xpos::Vbz || !toks[k].lower.ends_with('s') {
            continue;
        }
        // After a noun phrase or at the sentence's start: "the firm bonds" is no verb
        // group ("it bonds").
        let before = k == 0 || matches!(toks[k - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj);
        let n = &toks[k + 1];
        // ("employs rose growers": a word before a noun is its modifier.)
        let modifier = toks.get(k + 2).is_some_and(|x| matches!(x.upos, Upos::Noun | Upos::Propn | Upos::Adj));
        if !before || modifier || (n.upos == Upos::Verb && n.xpos != Xpos::Vbd) {
            continue;
        }
        let past = crate::text::fold(&tagger.lemma(&n.lower, Xpos::Vbd));
        if past == n.lower.as_str() || !cues.directions.contains_key(past.as_str()) {
            continue;
        }
        let plural = crate::text::fold(&tagger.lemma(&toks[k].lower, Xpos::Nns));
        let t = &mut toks[k];
        t.upos = Upos::Noun;
        t.xpos = Xpos::Nns;
        t.lemma = plural.into();
        let n = &mut toks[k + 1];
        n.upos = Upos::Verb;
        n.xpos = Xpos::Vbd;
        n.lemma = past.into();
    }
}

/// Pasts of verbs of change the tagger read as nouns or presents after a noun: "admissions
/// rose by 9 percent", with "rose" read as the flower, or as a present whose lemma is
/// "rose". The past the direction table knows, after a noun and before an amount ("rose 9
/// percent", "by 9", "to 9", "from 9"), is the verb.
fn pasts_read_as_nouns(toks: &mut [Tok], cues: &Cues) {
    let tagger = Tagger::builtin();
    for k in 1..toks.len() {
        let t = &toks[k];
        let misread = match t.upos {
            Upos::Noun => true,
            Upos::Verb => t.xpos != Xpos::Vbd && t.xpos != Xpos::Vbn && t.lemma == t.lower,
            _ => false,
        };
        if !misread || !matches!(toks[k - 1].upos, Upos::Noun | Upos::Propn) {
            continue;
        }
        let num = |i: usize| toks.get(i).is_some_and(|n| n.upos == Upos::Num);
        let by = toks.get(k + 1).is_some_and(|n| matches!(n.lower.as_str(), "by" | "to" | "from"));
        if !(num(k + 1) || (by && num(k + 2))) {
            continue;
        }
        let past = crate::text::fold(&tagger.lemma(&t.lower, Xpos::Vbd));
        if past == t.lower.as_str() || !cues.directions.contains_key(past.as_str()) {
            continue;
        }
        let t = &mut toks[k];
        t.upos = Upos::Verb;
        t.xpos = Xpos::Vbd;
        t.lemma = past.into();
    }
}

fn flip(p: Polarity) -> Polarity {
    match p {
        Polarity::Affirmed => Polarity::Negated,
        Polarity::Negated => Polarity::Affirmed,
    }
}

/// The index after a negative opener at the sentence's start ("At no point ..."), if any.
fn negative_opener(toks: &[Tok], cues: &Cues) -> Option<usize> {
    let first = toks.iter().position(|t| t.upos != Upos::Punct)?;
    cues.negative_openers.iter().find_map(|o| {
        let words = toks.get(first..first + o.len())?;
        words.iter().zip(o).all(|(t, w)| t.lower == w.as_str()).then_some(first + o.len())
    })
}

/// The auxiliaries, adverbs and negators before a verb.
struct Group {
    /// Index of the group's first word.
    start: usize,
    negated: bool,
    yet: bool,
    future: bool,
    perfect: bool,
    passive: bool,
    /// "always", "never": habitual or generic.
    generic: bool,
    /// A form of "be" among the auxiliaries.
    be: bool,
    /// A "to" before the verb, and the lemma of the word before it.
    to: Option<String>,
}

fn group(toks: &[Tok], verb: usize, cues: &Cues) -> Group {
    let mut g = Group {
        start: verb,
        negated: false,
        yet: false,
        future: false,
        perfect: false,
        passive: false,
        generic: false,
        be: false,
        to: None,
    };
    let mut j = verb;
    while j > 0 {
        let t = &toks[j - 1];
        // "At no point did the engines fail": "did" may be tagged as a verb.
        let aux = t.upos == Upos::Aux || t.xpos == Xpos::Md || (t.lemma == "do" && t.upos == Upos::Verb);
        let adv = t.upos == Upos::Adv || t.upos == Upos::Part;
        if !(aux || adv) || t.lower == "to" {
            break;
        }
        g.generic |= cues.generic.contains(t.lower.as_str());
        g.be |= aux && t.lemma == "be";
        if cues.negators.contains(t.lower.as_str())
            && !toks.get(j).is_some_and(|n| cues.not_denying.contains(n.lower.as_str()))
        {
            g.negated = true;
        }
        match t.lemma.as_str() {
            "yet" | "still" => g.yet = true,
            "will" | "shall" => g.future = true,
            "have" if aux => g.perfect = true,
            "do" if aux && t.xpos == Xpos::Vbd => g.perfect = true,
            "be" | "get" if aux && toks[verb].xpos == Xpos::Vbn => g.passive = true,
            _ => {}
        }
        j -= 1;
    }
    g.start = j;
    // ("managed to land": a "to" read as a preposition before a verb that says whether
    // the verb was done is its infinitive's.)
    let before_to =
        |w: &Tok| cues.deny_before_to.contains(w.lemma.as_str()) || cues.carrying_before_to.contains(w.lemma.as_str());
    let infinitive = |to: &Tok| to.upos != Upos::Adp || (j > 1 && before_to(&toks[j - 2]));
    if j > 0 && toks[j - 1].lower == "to" && infinitive(&toks[j - 1]) {
        g.to = Some(toks.get(j.wrapping_sub(2)).map(|t| t.lemma.as_str().to_owned()).unwrap_or_default());
        // "is set to", "are going to": a future, not a wish.
        if toks.get(j.wrapping_sub(2)).is_some_and(|t| t.lower == "going") {
            g.future = true;
        }
    }
    g
}

/// The predicate key of a verb lemma: its WordNet class, else itself; a hand-made synonym
/// (`cues.toml`) is keyed like its verb.
pub(super) fn key(wn: &WordNet, lemma: &str) -> String {
    let lemma = Cues::builtin().synonyms.get(lemma).map_or(lemma, String::as_str);
    // "authorize" / "authorise": WordNet's classes may keep one spelling only.
    // ("prize", "seize": too short a stem to be one.)
    let class = wn.verb_class(lemma).or_else(|| {
        let stem = lemma.strip_suffix("ize").filter(|s| s.len() >= 4)?;
        wn.verb_class(&format!("{stem}ise"))
    });
    class.map_or_else(|| lemma.to_string(), |c| wn.class_name(c).to_string())
}

fn verb_event(toks: &[Tok], k: usize, cues: &Cues, wn: &WordNet, opener: Option<usize>) -> Option<Event> {
    let t = &toks[k];
    if matches!(t.lemma.as_str(), "be" | "have" | "do") && !cues.light.contains(t.lemma.as_str()) {
        return None;
    }
    // A capitalised verb inside the sentence is a name ("Ask Jeeves", "Sheffield United").
    if t.upper && toks[..k].iter().any(|x| x.upos != Upos::Punct) {
        return None;
    }
    let g = group(toks, k, cues);
    let mut polarity = if g.negated { Polarity::Negated } else { Polarity::Affirmed };
    let mut irrealis = false;
    let mut yet = g.yet && g.negated;
    // "has refused to renew": the refusing verb's subject and tense are the renewal's.
    let mut refusing: Option<Group> = None;
    if let Some(before) = &g.to {
        if cues.deny_before_to.contains(before) {
            polarity = Polarity::Negated;
            yet |= before == "yet";
            refusing = outer_group(toks, g.start, cues).filter(|_| cues.refusing.contains(before));
            // "did not refuse to sign" says nothing of signing.
            irrealis |= refusing.as_ref().is_some_and(|r| r.negated);
        } else if cues.carrying_before_to.contains(before) {
            // "managed to land", "was not able to land": landed or not, as the outer verb
            // says; of no outer verb ("able to land"), nothing.
            refusing = outer_group(toks, g.start, cues);
            match refusing.as_ref() {
                Some(r) if r.negated => polarity = Polarity::Negated,
                Some(_) => {}
                None => irrealis = true,
            }
        } else if cues.deciding_before_to.contains(before) {
            // "The board voted to reject the bid": the board rejected it, then; a vote not
            // cast, hedged or of no one named ("two voted to hold the rate") says nothing.
            let outer = g.start.checked_sub(2).filter(|&o| toks[o].upos == Upos::Verb).map(|o| group(toks, o, cues));
            let cast = outer.filter(|r| {
                let modal = toks[r.start..g.start].iter().any(|x| x.xpos == Xpos::Md);
                !r.negated && !r.generic && !modal && subject(toks, r.start, cues).is_some()
            });
            irrealis |= cast.is_none();
            refusing = cast;
        } else if before != "going" && !implied(toks, g.start, cues) {
            irrealis = true;
        }
    }
    // "has ruled out raising the fare", "avoided cutting jobs": the denying verb's subject
    // and tense are the gerund's, and a plan ruled out is a future denied.
    let mut planned = false;
    let gerund = t.xpos == Xpos::Vbg && !g.be && g.to.is_none();
    if let Some((o, plan)) = denied_gerund(toks, g.start, cues).filter(|_| gerund) {
        polarity = Polarity::Negated;
        let r = group(toks, o, cues);
        // "has not ruled out raising it" says nothing of raising.
        irrealis |= r.negated;
        planned = plan;
        refusing = Some(r);
    }
    // "At no point did the engines fail": the first verb after the opener is denied.
    let before =
        |o: usize| toks[o..k].iter().any(|x| x.upos == Upos::Verb && !matches!(x.lemma.as_str(), "be" | "have" | "do"));
    let mut inverted_past = false;
    let mut inverted = false;
    if let Some(o) = opener.filter(|&o| o <= g.start && !before(o)) {
        inverted = true;
        polarity = flip(polarity);
        // "At no point did the engines fail": the inverted "did" is the tense.
        inverted_past =
            toks[o..g.start].iter().any(|x| matches!(x.lemma.as_str(), "do" | "have") && x.xpos == Xpos::Vbd);
    }
    // A phrasal verb WordNet or the direction table knows: "broke down", "pulled out". Not
    // a preposition of time: "prices climbed on Monday" is no "climb on", "came in May" no
    // "come in"; "called off Monday's vote" is still "call off".
    let mut lemma = t.lemma.as_str().to_owned();
    let mut next = k + 1;
    let dated = toks.get(k + 1).is_some_and(|p| cues.time_prepositions.contains(p.lower.as_str()))
        && toks.get(k + 2).is_some_and(|x| cues.times.contains(x.lower.as_str()));
    if let Some(p) = toks.get(k + 1).filter(|p| cues.particles.contains(p.lower.as_str()) && !dated) {
        let phrase = format!("{} {}", t.lemma, p.lower);
        if wn.verb_class(&phrase).is_some() || cues.directions.contains_key(&phrase) || p.xpos == Xpos::Rp {
            lemma = phrase;
            next = k + 2;
        }
    }
    let mut subj = subject(toks, g.start, cues);
    if let Some(r) = refusing.as_ref().filter(|_| subj.is_none()) {
        subj = subject(toks, r.start, cues);
    }
    // "The ministry has yet to ask": the subject is before "has yet", not a verb's.
    if subj.is_none() && g.to.as_deref() == Some("yet") {
        let mut o = g.start.saturating_sub(2);
        while o > 0 && (matches!(toks[o - 1].lemma.as_str(), "have" | "be") || toks[o - 1].upos == Upos::Adv) {
            o -= 1;
        }
        subj = subject(toks, o, cues);
    }
    let (mut obj, obj_at) = match object(toks, next) {
        Some((h, at)) => (Some(h), Some(at)),
        None => (None, None),
    };
    // "No arrests were made": the noun's determiner denies.
    // ("No change to VAT, which stays at 15%": a relative clause says what its noun does;
    // the "no" of the phrase it hangs from denies none of it.)
    let relative = g.start > 0 && matches!(toks[g.start - 1].xpos, Xpos::Wdt | Xpos::Wp);
    let subj_no = subj.as_ref().is_some_and(|h| h.no) && !inverted && !relative;
    if subj_no {
        polarity = flip(polarity);
    }
    // "No one was arrested": no one named, none arrested, as "no arrests were made".
    let no_one = subj_no && subj.as_ref().is_some_and(|h| h.lemma == "one");
    if g.passive {
        std::mem::swap(&mut subj, &mut obj);
        subj = by_agent(toks, next).or_else(|| hyphen_agent(t));
    }
    // (The outer verb, or the "was" of "was unable to".)
    let outer_past = refusing.as_ref().is_some_and(|r| {
        r.perfect
            || toks
                .get(r.start..)
                .and_then(|w| w.iter().find(|x| x.upos == Upos::Verb || (x.upos == Upos::Aux && x.lemma == "be")))
                .is_some_and(|v| matches!(v.xpos, Xpos::Vbd | Xpos::Vbn))
    });
    // "told reporters that tariffs would not rise": a future seen from the reported past.
    let reported = reported_would(toks, &g, k, cues);
    let aspect = if g.future || reported || planned || refusing.as_ref().is_some_and(|r| r.future) {
        Aspect::Future
    } else if outer_past {
        Aspect::Past
    } else if yet && polarity == Polarity::Negated {
        Aspect::NotYet
    } else if matches!(t.xpos, Xpos::Vbd | Xpos::Vbn) || g.perfect || inverted_past {
        Aspect::Past
    } else {
        Aspect::Present
    };
    let span = t.span;
    // "charged with faking a crash", "always vote": no one event is asserted.
    let participle = t.xpos == Xpos::Vbg && !g.be && refusing.is_none();
    let hedged = irrealis
        || participle
        || g.generic
        || repeated(toks, next, cues)
        || !reported
            && toks[g.start..k].iter().any(|x| x.xpos == Xpos::Md && !matches!(x.lemma.as_str(), "will" | "shall"));
    // "still lacks approval": not approved (yet), the lacker what is not approved.
    let lacked = obj.as_ref().filter(|_| cues.lacking.contains(t.lemma.as_str()));
    if let Some((noun, verb)) = lacked.and_then(|n| Some((n, verb_of(wn, &n.lemma)?))) {
        let aspect = if g.yet && aspect != Aspect::Future { Aspect::NotYet } else { aspect };
        return Some(Event {
            predicate: Predicate::Event(key(wn, &verb)),
            lemma: noun.lemma.clone(),
            span: noun.span,
            polarity: flip(polarity),
            aspect,
            subject: None,
            object: subj,
            attribution: None,
            hedged,
            any: false,
        });
    }
    // "ruled out an early vote": a vote is not to be had, whoever calls or holds it. (A
    // deed denied, "avoided a strike", is left alone: the noun's own participants are
    // unknown, and "the union struck a deal" is no strike.)
    let plan = cues.planned_denials.contains(lemma.as_str());
    let denied_noun = obj.as_ref().filter(|n| plan && !n.name && !n.pronoun && denies_object(&lemma, cues));
    if let Some(noun) = denied_noun.filter(|n| verb_of(wn, &n.lemma).is_some()) {
        return Some(Event {
            predicate: Predicate::Had(noun.lemma.clone()),
            lemma: noun.lemma.clone(),
            span: noun.span,
            polarity: flip(polarity),
            aspect: Aspect::Future,
            subject: subj,
            object: None,
            attribution: None,
            hedged: hedged || g.negated,
            any: false,
        });
    }
    if cues.cancelling.contains(lemma.as_str()) {
        // The passive's subject before its verb group, the active's object after the verb.
        let phrase = if g.passive { phrase_before(toks, g.start, cues) } else { phrase_after(toks, next, cues) };
        if let Some(cancelled) = cancelled_event(&toks[phrase], polarity, aspect, hedged || g.negated, wn) {
            return Some(cancelled);
        }
    }
    // A light verb: the event is its object noun's ("made arrests", "had a medical").
    if cues.light.contains(t.lemma.as_str()) {
        let noun = obj.as_ref()?;
        if noun.no && !subj_no {
            polarity = flip(polarity);
        }
        let predicate = match wn.verb_of_noun(&noun.lemma) {
            Some(v) => Predicate::Event(key(wn, v)),
            None => Predicate::Had(noun.lemma.clone()),
        };
        let span = obj_at.map_or(span, |at| toks[at].span);
        // "The pact does not include patrols": the pact is not who patrols, and what it
        // provides for is to come.
        let provides = matches!(t.lemma.as_str(), "include" | "provide");
        let subject = if provides { None } else { subj };
        let aspect = if provides && aspect == Aspect::Present { Aspect::Future } else { aspect };
        // "No arrests have been made": no one named, none made; "no arrests by the army"
        // names who.
        // ("Make no mistake" bids, and denies nothing done.)
        let any = noun.no && subject.is_none() && polarity == Polarity::Negated && aspect == Aspect::Past;
        return Some(Event {
            predicate,
            lemma: noun.lemma.clone(),
            span,
            polarity,
            aspect,
            subject,
            object: None,
            attribution: None,
            hedged,
            any,
        });
    }
    // "declined the offer": a refusing verb that is also a verb of change takes an object
    // only as a refusal ("sales declined 3%", "declined last week" are changes).
    // A change is never a passive: "the offer was declined" is refused too.
    let refusal =
        cues.refusing.contains(t.lemma.as_str()) && (g.passive || refuses_object(toks, next, obj.as_ref(), cues));
    // "declined offers of help": what is refused is the plural the tagger read as a verb,
    // with the phrase after its "of" ("help" meets "help was accepted").
    if refusal && obj.is_none() && !g.passive {
        obj = refused_plural(toks, next);
    }
    let direction = cues.directions.get(lemma.as_str()).or_else(|| cues.directions.get(t.lower.as_str()));
    if let Some(&d) = direction.filter(|_| !refusal) {
        // The thing that changes: the object of "raised the forecast", the subject of
        // "revenue grew" and of "revenue grew after the launch" or "grew last year" (a noun
        // after a preposition, or a time, is not what changed); a passive's swapped subject
        // ("the forecast was raised by the board"), whose agent is who changed it.
        let direct = obj_at.is_some_and(|at| !toks[next..at].iter().any(|t| t.upos == Upos::Adp))
            && obj.as_ref().is_some_and(|o| !is_time(&o.lemma, cues));
        let (agent, theme) = if g.passive || direct { (subj, obj) } else { (None, subj) };
        return Some(Event {
            predicate: Predicate::Change(d, lemma),
            lemma: t.lemma.as_str().to_owned(),
            span,
            polarity,
            aspect,
            subject: agent,
            object: theme,
            attribution: None,
            hedged,
            any: false,
        });
    }
    let any = no_one && polarity == Polarity::Negated && aspect == Aspect::Past;
    Some(Event {
        predicate: Predicate::Event(key(wn, &lemma)),
        lemma,
        span,
        polarity,
        aspect,
        subject: subj,
        object: obj,
        attribution: None,
        hedged,
        any,
    })
}

/// The verb group of the word before the "to" before the verb group at `start`: a verb's
/// ("has refused to sign"), or an adjective's after a form of "be" ("was unable to sign",
/// "was not able to sign"), whose subject and tense are the signing's.
fn outer_group(toks: &[Tok], start: usize, cues: &Cues) -> Option<Group> {
    let o = start.checked_sub(2)?;
    let be = toks[..o].iter().rev().find(|t| !matches!(t.upos, Upos::Adv | Upos::Part));
    let adjective = toks[o].upos == Upos::Adj && be.is_some_and(|t| t.lemma == "be");
    (toks[o].upos == Upos::Verb || adjective).then(|| group(toks, o, cues))
}

/// The verb before a gerund whose group starts at `start` that denies it ("ruled out
/// raising", "refrained from commenting", `deny_before_ing` in `cues.toml`): its index,
/// and whether it denies a plan.
fn denied_gerund(toks: &[Tok], start: usize, cues: &Cues) -> Option<(usize, bool)> {
    cues.deny_before_ing.iter().find_map(|(verb, rest)| {
        let o = start.checked_sub(1 + rest.len())?;
        let between = toks[o + 1..start].iter().zip(rest).all(|(x, w)| x.lower.as_str() == w.as_str());
        let denies = toks[o].upos == Upos::Verb && toks[o].lemma.as_str() == verb.as_str() && between;
        denies.then(|| (o, planned(verb, rest, cues)))
    })
}

/// Whether the phrase of `verb` and the words `rest` after it denies a plan ("rule out").
fn planned(verb: &str, rest: &[String], cues: &Cues) -> bool {
    let phrase = std::iter::once(verb).chain(rest.iter().map(String::as_str)).collect::<Vec<_>>().join(" ");
    cues.planned_denials.contains(&phrase)
}

/// Whether a verb (its lemma, a phrasal verb's with its particle: "rule out") denies an
/// event noun as its object: a `deny_before_ing` verb with no word before the gerund but
/// its own particle ("ruled out an early vote").
fn denies_object(lemma: &str, cues: &Cues) -> bool {
    cues.deny_before_ing.iter().any(|(verb, rest)| match rest.as_slice() {
        [] => verb == lemma,
        [particle] => lemma.strip_prefix(verb.as_str()).and_then(|r| r.strip_prefix(' ')) == Some(particle.as_str()),
        _ => false,
    })
}

/// The event a cancelling verb (`cancelling` in `cues.toml`) says did not take place: the
/// first noun of its object's phrase, or a passive's subject's, that WordNet derives from a
/// verb ("Friday's evening sailing to the island was cancelled": no sailing; "scrapped
/// Monday's planned march": no march), keyed by that verb. Its doer is not the canceller's
/// ("the operator cancelled the sailing": the ferry sails), so it has none and is denied
/// of any (`any`): the event of the story, as "no arrests were made" is. A cancelling verb
/// denied ("the vote was not called off") says nothing (`hedged`).
fn cancelled_event(phrase: &[Tok], polarity: Polarity, aspect: Aspect, hedged: bool, wn: &WordNet) -> Option<Event> {
    // ("cancelled engagements": many events, each of its own time and doers.)
    let one = |t: &&Tok| t.upos == Upos::Noun && t.xpos != Xpos::Nns && !t.upper;
    let (noun, verb) = phrase.iter().filter(one).find_map(|t| Some((t, wn.verb_of_noun(&t.lemma)?)))?;
    Some(Event {
        predicate: Predicate::Event(key(wn, verb)),
        lemma: noun.lemma.to_string(),
        span: noun.span,
        polarity: flip(polarity),
        aspect,
        subject: None,
        object: None,
        attribution: None,
        hedged,
        any: true,
    })
}

/// Whether a word may stand inside a noun phrase and the phrases hung from it: "Friday's
/// evening sailing to the island", "a strike by crane drivers". A word that opens a clause
/// ends it: "fans crossed the pitch after the game was called off" (`clause_openers`).
fn in_phrase(t: &Tok, cues: &Cues) -> bool {
    let word =
        matches!(t.upos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Det | Upos::Part | Upos::Cconj)
            || t.upos == Upos::Adp && !cues.clause_openers.contains(t.lower.as_str())
            || t.determiner()
            || t.xpos == Xpos::Vbn && t.upos == Upos::Verb;
    word && !matches!(t.lower.as_str(), "before" | "since" | "until")
}

/// The words of the noun phrase that ends just before `end` (a passive's subject), at
/// most ten.
fn phrase_before(toks: &[Tok], end: usize, cues: &Cues) -> std::ops::Range<usize> {
    let lo = end.saturating_sub(10);
    let start = (lo..end).rev().take_while(|&j| in_phrase(&toks[j], cues)).last().unwrap_or(end);
    start..end
}

/// The words of the noun phrase that starts at `from` (a verb's object), at most eight.
fn phrase_after(toks: &[Tok], from: usize, cues: &Cues) -> std::ops::Range<usize> {
    let from = from.min(toks.len());
    let end =
        (from..toks.len().min(from + 8)).find(|&j| !in_phrase(&toks[j], cues)).unwrap_or(toks.len().min(from + 8));
    from..end
}

/// Whether the words of the clause from `next`, after a verb, count it as done more than
/// once ("has won the title five times", "twice", "beaten him in two of their three
/// meetings"): no one event is asserted.
fn repeated(toks: &[Tok], next: usize, cues: &Cues) -> bool {
    let count = |t: &Tok| t.xpos == Xpos::Cd || cues.count_words.contains_key(t.lower.as_str());
    let rest = toks.get(next..).unwrap_or_default();
    let clause = rest
        .iter()
        .take(8)
        .take_while(|t| !matches!(t.upos, Upos::Punct | Upos::Cconj | Upos::Sconj | Upos::Verb | Upos::Aux))
        .count();
    let rest = &rest[..clause];
    rest.iter().enumerate().any(|(i, t)| {
        let after = rest.get(i + 1).map(|n| n.lower.as_str());
        cues.repeated.contains(t.lower.as_str())
            || count(t) && after == Some(cues.repeated_unit.as_str())
            || count(t) && after == Some("of") && i > 0 && rest[i - 1].lower == "in"
    })
}

/// Whether the words from `next`, after a refusing verb of change ("decline"), are what it
/// refuses: a noun phrase (`obj`, or a plural noun the tagger read as a verb: "declined
/// offers of help") that is no time nor amount ("declined last week", "declined 3%").
fn refuses_object(toks: &[Tok], next: usize, obj: Option<&Head>, cues: &Cues) -> bool {
    let Some(n) = toks.get(next) else { return false };
    let nominal = matches!(n.upos, Upos::Det | Upos::Noun | Upos::Propn | Upos::Adj) || n.determiner();
    let plural_read_as_verb = n.upos == Upos::Verb && n.xpos == Xpos::Vbz;
    (nominal || plural_read_as_verb)
        && obj.is_none_or(|o| !is_time(&o.lemma, cues) && !MEASURES.contains(&o.lemma.as_str()))
}

/// The noun phrase of a plural the tagger read as a verb at `next`, after a refusing verb
/// ("declined offers of help"): its head and the words and names of the phrase after its
/// "of".
fn refused_plural(toks: &[Tok], next: usize) -> Option<Head> {
    let n = toks.get(next).filter(|n| n.upos == Upos::Verb && n.xpos == Xpos::Vbz)?;
    let lemma = crate::text::fold(&Tagger::builtin().lemma(&n.lower, Xpos::Nns));
    let mut words = vec![lemma.clone()];
    let mut names = Vec::new();
    if let Some((inner, _)) = toks.get(next + 1).filter(|t| t.lower == "of").and_then(|_| object(toks, next + 2)) {
        if inner.name {
            names.push(inner.lemma.clone());
        }
        words.extend(inner.words);
        names.extend(inner.names);
    }
    words.sort_unstable();
    words.dedup();
    names.sort_unstable();
    names.dedup();
    Some(Head {
        event: WordNet::builtin().verb_of_noun(&lemma).is_some(),
        lemma,
        span: n.span,
        words,
        modifiers: Vec::new(),
        names,
        name: false,
        pronoun: false,
        no: false,
    })
}

/// Whether the verb group `g` of the verb at `k` is "would" reporting a future from the
/// past of a reporting verb of its sentence ("the minister said the plant would close",
/// "the plant would not close, she told reporters"): said then of what was to come, as
/// "will" says it now. Not with another modal, nor "would have" (what did not happen).
fn reported_would(toks: &[Tok], g: &Group, k: usize, cues: &Cues) -> bool {
    let modals = &toks[g.start..k];
    let Some(w) = modals.iter().position(|t| t.lower == "would") else { return false };
    if modals.iter().any(|t| t.xpos == Xpos::Md && t.lower != "would") || modals[w..].iter().any(|t| t.lemma == "have")
    {
        return false;
    }
    toks.iter().enumerate().any(|(j, t)| {
        (j < g.start || j > k)
            && t.upos == Upos::Verb
            && matches!(t.xpos, Xpos::Vbd | Xpos::Vbn)
            && cues.reporting.contains(t.lemma.as_str())
    })
}

/// The verb an event noun derives from: WordNet's, or for a noun it lacks, an "-ification"
/// noun's "-ify" verb ("prequalification": "prequalify").
fn verb_of(wn: &WordNet, noun: &str) -> Option<String> {
    if let Some(v) = wn.verb_of_noun(noun) {
        return Some(v.to_string());
    }
    noun.strip_suffix("ification").filter(|s| s.len() >= 3).map(|s| format!("{s}ify"))
}

/// The noun phrase whose head is at `at`: its words and whether "no" determines it.
fn head_at(toks: &[Tok], at: usize) -> Head {
    let mut lo = at;
    while lo > 0
        && (matches!(toks[lo - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Det)
            || toks[lo - 1].determiner()
            || toks[lo - 1].xpos == Xpos::Pos)
    {
        lo -= 1;
    }
    let modifiers: Vec<String> = toks[lo..at]
        .iter()
        .filter(|t| matches!(t.upos, Upos::Noun | Upos::Propn | Upos::Adj) && t.lower.len() > 2)
        .map(|t| t.lemma.as_str().to_owned())
        .collect();
    let mut words: Vec<String> = toks[lo..=at]
        .iter()
        .filter(|t| matches!(t.upos, Upos::Noun | Upos::Propn | Upos::Adj) && t.lower.len() > 2)
        .map(|t| t.lemma.as_str().to_owned())
        .collect();
    words.sort_unstable();
    words.dedup();
    let no = toks[lo..at].iter().any(|t| matches!(t.lower.as_str(), "no" | "neither"))
        || (lo >= 2 && toks[lo - 1].lower == "of" && matches!(toks[lo - 2].lower.as_str(), "none" | "neither"));
    let t = &toks[at];
    let words = if t.upos == Upos::Verb {
        let mut w = words;
        w.push(t.lower.as_str().to_owned());
        w.sort_unstable();
        w
    } else {
        words
    };
    // "the Italian", "the Dane": a description, not a name; "the Conservatives" (a plural
    // proper noun) is a party's name.
    let described = lo == at.saturating_sub(1) && at > 0 && toks[at - 1].lower == "the" && toks[at].xpos != Xpos::Nnps;
    Head {
        lemma: t.lemma.as_str().to_owned(),
        span: t.span,
        words,
        modifiers,
        names: Vec::new(),
        // "The Conservatives": a capitalised word inside the sentence names, even when
        // the tagger reads it as a plural noun.
        name: (t.upos == Upos::Propn || (t.upper && at > 0 && t.upos == Upos::Noun)) && !described,
        pronoun: t.upos == Upos::Pron,
        no,
        event: t.upos == Upos::Noun && WordNet::builtin().verb_of_noun(&t.lemma).is_some(),
    }
}

/// The subject before a verb group starting at `start`: the nearest noun or pronoun of the
/// clause ("one of its pumps failed" → pumps; "a pump that had failed" → pump).
fn subject(toks: &[Tok], start: usize, cues: &Cues) -> Option<Head> {
    let mut j = start;
    // "Slovenia, which had high winds, has not asked": over a relative clause between
    // commas to the noun it hangs from; so over a participle's clause after a noun ("the
    // board, meeting on Friday, approved").
    if j > 1 && toks[j - 1].lower == "," {
        let comma = (0..j - 1).rev().take(20).find(|&c| toks[c].lower == ",");
        let opens = |c: usize| {
            toks.get(c + 1).is_some_and(|w| {
                matches!(w.xpos, Xpos::Wdt | Xpos::Wp)
                    || (w.upos == Upos::Verb
                        && matches!(w.xpos, Xpos::Vbg | Xpos::Vbn)
                        && c > 0
                        && matches!(toks[c - 1].upos, Upos::Noun | Upos::Propn))
            })
        };
        if let Some(c) = comma.filter(|&c| opens(c)) {
            j = c;
        }
    }
    // "was approved in March but has not been renewed": a verb group right after "and" or
    // "but" has the subject of the verb before it.
    if j > 1 && toks[j - 1].upos == Upos::Cconj {
        let before = (j.saturating_sub(16)..j - 1).rev().find(|&v| toks[v].upos == Upos::Verb);
        let start = before.map(|v| group(toks, v, cues).start).filter(|&s| s < j - 1);
        return start.and_then(|s| subject(toks, s, cues));
    }
    let lo = j.saturating_sub(10);
    while j > lo {
        j -= 1;
        let t = &toks[j];
        if t.nominal() && !matches!(t.xpos, Xpos::Wdt | Xpos::Wp) {
            // "the quarter ended June 27 fell": the object of a reduced relative is not
            // the subject; the noun the relative hangs from is.
            let mut k = j;
            while k > 0 && matches!(toks[k - 1].upos, Upos::Noun | Upos::Propn | Upos::Det | Upos::Adj) {
                k -= 1;
            }
            let v = k.checked_sub(1).map(|v| &toks[v]);
            let relative = v.is_some_and(|v| {
                v.upos == Upos::Verb
                    && matches!(v.xpos, Xpos::Vbd | Xpos::Vbn)
                    && !matches!(v.lemma.as_str(), "be" | "have" | "do")
                    && !cues.reporting.contains(v.lemma.as_str())
                    && !cues.denying.contains(v.lemma.as_str())
            });
            if relative && k >= 2 && toks[k - 2].upos == Upos::Noun {
                return Some(outer(toks, k - 2));
            }
            return Some(conjoined(toks, j, outer(toks, j)));
        }
        if t.upos == Upos::Verb || t.upos == Upos::Sconj || matches!(t.lower.as_str(), ";" | ":" | "\"" | "“" | "”")
        {
            return None;
        }
    }
    None
}

/// A subject's `head` at `at` with the heads of the noun phrases "and" joins to it among
/// its words: "the town, the region and the club are sharing the cost" says each of
/// them does it, so the region meets a sentence on the region alone.
fn conjoined(toks: &[Tok], at: usize, mut head: Head) -> Head {
    let start = |mut lo: usize| {
        while lo > 0
            && (matches!(toks[lo - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Det)
                || toks[lo - 1].determiner()
                || toks[lo - 1].xpos == Xpos::Pos)
        {
            lo -= 1;
        }
        lo
    };
    let mut lo = start(at);
    let mut and = false;
    for _ in 0..4 {
        let Some(mut c) = lo.checked_sub(1) else { break };
        match toks[c].lower.as_str() {
            "and" if !and => {
                and = true;
                // "A, B, and C": the serial comma.
                if c > 0 && toks[c - 1].lower == "," {
                    c -= 1;
                }
            }
            "," if and => {}
            _ => break,
        }
        let Some(n) = c.checked_sub(1).filter(|&n| matches!(toks[n].upos, Upos::Noun | Upos::Propn)) else { break };
        head.words.push(toks[n].lemma.as_str().to_owned());
        lo = start(n);
    }
    head.words.sort_unstable();
    head.words.dedup();
    head
}

/// The noun phrase at `at`, widened to the noun it hangs from: "shares in the miner" →
/// shares (with "miner" among its words), "a man charged over thefts" → man.
fn outer(toks: &[Tok], at: usize) -> Head {
    let mut head = head_at(toks, at);
    let mut lo = at;
    let mut hi = at;
    while lo > 0
        && (matches!(toks[lo - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Det)
            || toks[lo - 1].determiner()
            || toks[lo - 1].xpos == Xpos::Pos)
    {
        lo -= 1;
    }
    for _ in 0..3 {
        // Over one preposition, or a participle, to a noun.
        let Some(link) = lo.checked_sub(1) else { break };
        let l = &toks[link];
        // "landed after its motor broke down": a preposition that can open a clause is no link.
        let clause = matches!(l.lower.as_str(), "than" | "after" | "before" | "since" | "until" | "as" | "because");
        let linking = (l.upos == Upos::Adp && !clause) || (l.upos == Upos::Verb && l.xpos == Xpos::Vbn);
        let Some(n) = link.checked_sub(1).filter(|&n| linking && matches!(toks[n].upos, Upos::Noun | Upos::Propn))
        else {
            break;
        };
        let mut wider = head_at(toks, n);
        // (Its words and names are taken: the rest of it is the new head.)
        let mut words = std::mem::take(&mut wider.words);
        words.append(&mut head.words);
        words.sort_unstable();
        words.dedup();
        // The names of the phrase it hangs from: "Norby" of "the order for Norby".
        let mut names = std::mem::take(&mut wider.names);
        names.append(&mut head.names);
        let inner = toks[lo..=hi].iter().filter(|t| t.upos == Upos::Propn && t.lower.len() > 2);
        names.extend(inner.map(|t| t.lemma.as_str().to_owned()));
        names.sort_unstable();
        names.dedup();
        head = Head { words, names, no: wider.no || head.no, ..wider };
        lo = n;
        hi = n;
        while lo > 0
            && (matches!(toks[lo - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num | Upos::Det)
                || toks[lo - 1].determiner()
                || toks[lo - 1].xpos == Xpos::Pos)
        {
            lo -= 1;
        }
    }
    head
}

/// Whether `lemma` names a time ("March", "Friday", "year"): the noun after "rose last
/// week" is when, not what, changed.
fn is_time(lemma: &str, cues: &Cues) -> bool {
    cues.times.contains(lemma) || cues.durations.contains(lemma) || cues.earlier_units.contains(lemma)
}

/// The object after a verb: the first noun phrase, through one preposition ("withdrew from
/// the fund"). Returns its head and the head's index.
fn object(toks: &[Tok], from: usize) -> Option<(Head, usize)> {
    let mut j = from;
    let mut preps = 0;
    let mut seen: Option<usize> = None;
    let mut measure = false;
    // "had a medical": an adjective with no noun after it is the head.
    let mut adjective: Option<usize> = None;
    // The noun seen is a possessor ("the insurer's final offer"): the phrase goes on, over
    // the possessed noun's modifiers, to its head.
    let mut owner = false;
    while j < toks.len() && j < from + 10 {
        let t = &toks[j];
        if t.determiner() {
            if seen.is_some() {
                break;
            }
            j += 1;
            continue;
        }
        match t.upos {
            Upos::Noun | Upos::Propn | Upos::Pron => {
                seen = Some(j);
                owner = false;
            }
            Upos::Num if seen.is_none() => measure = true,
            Upos::Det | Upos::Adj | Upos::Num | Upos::Adv => {
                if seen.is_some() && !owner {
                    break;
                }
                if t.upos == Upos::Adj && !owner {
                    adjective = Some(j);
                }
            }
            Upos::Part if t.xpos == Xpos::Pos => owner = seen.is_some(),
            Upos::Adp if seen.is_none() && adjective.is_none() && preps == 0 && t.lower != "to" => preps += 1,
            Upos::Punct if t.lower == "-" => {}
            _ => break,
        }
        j += 1;
    }
    let mut at = seen.or(adjective)?;
    // "cut its revenue forecast to": a noun the tagger took for a verb ends the phrase.
    if let Some(n) = toks.get(at + 1) {
        let ends = toks.get(at + 2).is_none_or(|e| matches!(e.upos, Upos::Adp | Upos::Punct));
        if seen.is_some()
            && n.upos == Upos::Verb
            && n.xpos != Xpos::Vbg
            && ends
            && WordNet::builtin().verb_of_noun(&n.lower).is_some()
        {
            at += 1;
        }
    }
    // "grew 4 per cent", "fell 12 points": an amount, not what the verb acts on.
    if measure && MEASURES.contains(&toks[at].lemma.as_str()) {
        return None;
    }
    Some((head_at(toks, at), at))
}

/// The agent of a hyphened participle whose first part is a name ([`Tok::by_name`]):
/// "WHO" of "is WHO-approved", as of "is approved by WHO".
fn hyphen_agent(t: &Tok) -> Option<Head> {
    let (name, _) = t.lower.split_once('-').filter(|_| t.by_name)?;
    Some(Head::name(name.to_owned(), Span::new(t.span.start, t.span.start + name.len()), vec![name.to_owned()]))
}

/// Initialisms the tagger read as function words: "WHO" as the pronoun, "IT" as "it". In
/// a sentence not written in capitals throughout, a word in capitals of two letters or
/// more is a name.
fn initialisms_read_as_pronouns(toks: &mut [Tok]) {
    for t in toks.iter_mut().filter(|t| t.caps) {
        if matches!(t.upos, Upos::Pron | Upos::Det | Upos::Adp | Upos::Sconj | Upos::Cconj | Upos::Part) {
            t.upos = Upos::Propn;
            t.xpos = Xpos::Nnp;
        }
    }
}

/// Whether `word` is written in capitals throughout, two letters or more ("WHO", "US").
fn initialism(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// The agent of a passive: the noun phrase after "by" within a few words.
fn by_agent(toks: &[Tok], from: usize) -> Option<Head> {
    // Not past "and" or another verb: "is council-approved and was signed by the mayor".
    let end = toks.len().min(from + 4);
    let end = (from..end).find(|&j| matches!(toks[j].upos, Upos::Cconj | Upos::Verb | Upos::Aux)).unwrap_or(end);
    let by = (from..end).find(|&j| toks[j].lower == "by")?;
    object(toks, by + 1).map(|(h, _)| h)
}

/// A noun of change with what it changes: "an increase in the levy", "a cut to rates".
fn change_noun(toks: &[Tok], k: usize, cues: &Cues) -> Option<Event> {
    let t = &toks[k];
    let &d = cues.directions.get(t.lemma.as_str()).or_else(|| cues.directions.get(t.lower.as_str()))?;
    let prep = toks.get(k + 1).filter(|p| matches!(p.lower.as_str(), "in" | "of" | "to" | "on"))?;
    let (theme, _) = object(toks, k + 2)?;
    let _ = prep;
    let no = k > 0 && toks[k - 1].lower == "no";
    let unasserted = toks[k.saturating_sub(5)..k].iter().any(|t| cues.unasserted_before.contains(t.lower.as_str()));
    Some(Event {
        predicate: Predicate::Change(d, t.lemma.as_str().to_owned()),
        lemma: t.lemma.as_str().to_owned(),
        span: t.span,
        polarity: if no { Polarity::Negated } else { Polarity::Affirmed },
        aspect: Aspect::Present,
        subject: None,
        object: Some(theme),
        attribution: None,
        hedged: unasserted,
        any: false,
    })
}

/// States: the longest phrase at each word that `states.toml` lists, and predicative
/// adjectives WordNet gives opposites for; each with what is in the state. A state of
/// the `held` entry over an event noun ("the signing was postponed") is also that event,
/// denied or affirmed.
fn states(toks: &[Tok], cues: &Cues, wn: &WordNet, scope: &Scope, out: &mut Vec<Event>) {
    let mut i = 0;
    let mut phrase = String::new();
    while i < toks.len() {
        // "left the tax unchanged", "prices held steady": a change that did not happen.
        if toks[i].cue.direction == Some(Direction::Flat)
            && matches!(toks[i].upos, Upos::Adj | Upos::Verb)
            && toks[i.saturating_sub(6)..i].iter().any(|t| cues.keep.contains(t.lemma.as_str()) || t.lemma == "be")
        {
            // "expected the bank to hold rates steady": a keeping wanted or foreseen, not
            // done ("voted to keep rates steady" is done).
            let lo = i.saturating_sub(6);
            let wanted = toks[lo..i].iter().enumerate().any(|(j, t)| {
                let j = lo + j;
                cues.keep.contains(t.lemma.as_str())
                    && j > 0
                    && toks[j - 1].lower == "to"
                    && !(j > 1 && cues.deciding_before_to.contains(toks[j - 2].lemma.as_str()))
            });
            if let Some(theme) = holder(toks, i, cues) {
                out.push(Event {
                    predicate: Predicate::Change(Direction::Flat, toks[i].lower.as_str().to_owned()),
                    lemma: toks[i].lower.as_str().to_owned(),
                    span: toks[i].span,
                    polarity: Polarity::Affirmed,
                    aspect: Aspect::Present,
                    subject: None,
                    object: Some(theme),
                    attribution: None,
                    hedged: scope.covers(i) || wanted,
                    any: false,
                });
                i += 1;
                continue;
            }
        }
        let mut found: Option<(usize, String)> = None;
        let starts = toks[i].cue.state_start;
        for n in (1..=MAX_PHRASE.min(toks.len() - i)).rev().filter(|_| starts) {
            phrase.clear();
            for (m, t) in toks[i..i + n].iter().enumerate() {
                if m > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(&t.lower);
            }
            if wn.state(&phrase).is_some() {
                found = Some((n, phrase.clone()));
                break;
            }
        }
        let copula = |j: usize| matches!(toks[j].lemma.as_str(), "be" | "stay" | "remain" | "become");
        // "was unanimous", "was not unanimous".
        let predicative = |i: usize| {
            let t = &toks[i];
            (t.upos == Upos::Adj || t.xpos == Xpos::Vbn)
                && i > 0
                && (copula(i - 1)
                    || (i > 1 && cues.negators.contains(toks[i - 1].lower.as_str()) && copula(i - 2))
                    || (toks[i - 1].upos == Upos::Noun && !toks.get(i + 1).is_some_and(Tok::nominal)))
                && wn.has_adjective_antonym(&t.lower)
        };
        let (n, phrase) = match found {
            Some(f) => f,
            None if predicative(i) => (1, toks[i].lower.as_str().to_owned()),
            None => {
                i += 1;
                continue;
            }
        };
        // One word of a state that is not one: before a noun ("behind closed doors", "an
        // open letter") or a verb next to "to" ("failed to agree", "plans to open").
        let word = |j: usize| toks.get(j).map(|t| (t.upos, t.lower.as_str()));
        let attributive = matches!(word(i + 1), Some((Upos::Noun | Upos::Propn, _)));
        // ("is closed to traffic", "remains open to visitors": after a linking verb, a "to"
        // before a noun is a preposition, and the state stands; "reopened to traffic" is
        // the act.)
        let verb_after_to = word(i + 1).is_some_and(|(_, w)| w == "to")
            && (i == 0 || !copula(i - 1) || toks.get(i + 2).is_none_or(|t| t.xpos == Xpos::Vb || t.upos == Upos::Aux));
        let infinitive = i > 0 && word(i - 1).is_some_and(|(_, w)| w == "to") || verb_after_to;
        if n == 1 && (attributive || infinitive) {
            i += 1;
            continue;
        }
        // "can be detained", "would be cleared": a possibility, not a state.
        let modal = toks[i.saturating_sub(3)..i]
            .iter()
            .any(|t| t.xpos == Xpos::Md && !matches!(t.lemma.as_str(), "will" | "shall"));
        // "lobbied for it to be reopened": wanted, not done.
        let wanted = i >= 2 && toks[i - 1].lemma == "be" && toks[i - 2].lower == "to";
        let hedged = scope.covers(i) || modal || wanted;
        // "compared with a profit a year before": another time's state.
        let lo = i.saturating_sub(8);
        let earlier = |j: usize| {
            cues.earlier.contains(toks[j].lower.as_str())
                || (matches!(toks[j].lower.as_str(), "earlier" | "before")
                    && j > 0
                    && cues.earlier_units.contains(toks[j - 1].lemma.as_str()))
        };
        if (lo..i).any(earlier) {
            i += n;
            continue;
        }
        let holder = holder(toks, i, cues);
        let negated = i > 0 && cues.negators.contains(toks[i - 1].lower.as_str())
            || (i > 1 && cues.negators.contains(toks[i - 2].lower.as_str()) && toks[i - 1].upos == Upos::Aux);
        let span = Span::new(toks[i].span.start, toks[i + n - 1].span.end);
        // "the closure remains in place": the state the noun's verb leaves is kept ("closed");
        // "the suspension was lifted": it is ended.
        if let (Some(("in force", yes)), Some(h)) = (wn.state(&phrase), holder.as_ref()) {
            if let Some(part) = wn.verb_of_noun(&h.lemma).and_then(|v| participle_state(wn, v)) {
                out.push(Event {
                    predicate: Predicate::State(part),
                    lemma: h.lemma.clone(),
                    span,
                    polarity: if yes != negated { Polarity::Affirmed } else { Polarity::Negated },
                    aspect: Aspect::Present,
                    subject: holder.clone(),
                    object: None,
                    attribution: None,
                    hedged,
                    any: false,
                });
            }
        }
        if let (Some(("held", yes)), Some(h)) = (wn.state(&phrase), holder.as_ref()) {
            if let Some(v) = wn.verb_of_noun(&h.lemma) {
                let happened = yes != negated;
                out.push(Event {
                    predicate: Predicate::Event(key(wn, v)),
                    lemma: h.lemma.clone(),
                    span: h.span,
                    polarity: if happened { Polarity::Affirmed } else { Polarity::Negated },
                    aspect: Aspect::Past,
                    subject: None,
                    object: None,
                    attribution: None,
                    hedged,
                    any: false,
                });
            }
        }
        out.push(Event {
            predicate: Predicate::State(phrase),
            lemma: toks[i].lemma.as_str().to_owned(),
            span,
            polarity: if negated { Polarity::Negated } else { Polarity::Affirmed },
            aspect: if prior(toks, i, n, cues) { Aspect::Past } else { Aspect::Present },
            subject: holder,
            object: None,
            attribution: None,
            hedged,
            any: false,
        });
        i += n;
    }
}

/// The largest count a tally reads: "2019-20" is a season, not a vote.
const MAX_TALLY: u32 = 999;

/// A vote's count ("by a 6-3 vote", "voted 7-2", "by eight votes to three"), as the
/// decision state of `tally_state`: denied with votes on both sides, said with none on
/// one. Its holder is the vote: the noun, or the verb read as its noun.
fn tally(toks: &[Tok], cues: &Cues, scope: &Scope, out: &mut Vec<Event>) {
    let digits = |w: &str| {
        (!w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
            .then(|| w.parse::<u32>().ok())
            .flatten()
    };
    let count = |j: usize| toks.get(j).and_then(|t| digits(&t.lower).or(t.cue.count_word));
    let vote = |j: usize| toks.get(j).is_some_and(|t| cues.tally_words.contains(t.lemma.as_str()));
    // The two counts of a tally starting at `j`, and the index of its last word.
    let pair = |j: usize| -> Option<(u32, u32, usize)> {
        // (A dash first, read once per word: a search of the characters of every word
        // costs more.)
        let dash = toks[j].cue.dash;
        if let Some((x, y)) = dash.then(|| toks[j].lower.split_once(['-', '–'])).flatten() {
            return Some((digits(x)?, digits(y)?, j));
        }
        let x = count(j)?;
        let k = if vote(j + 1) { j + 2 } else { j + 1 };
        if !toks.get(k).is_some_and(|t| cues.tally_joiners.contains(t.lower.as_str())) {
            return None;
        }
        Some((x, count(k + 1)?, k + 1))
    };
    let mut j = 0;
    while j < toks.len() {
        let Some((x, y, end)) = pair(j).filter(|&(x, y, _)| x.max(y) <= MAX_TALLY) else {
            j += 1;
            continue;
        };
        let near = (j.saturating_sub(3)..(end + 3).min(toks.len()))
            .find(|&v| vote(v) && matches!(toks[v].upos, Upos::Noun | Upos::Verb));
        if let Some(v) = near {
            let t = &toks[v];
            let holder = if t.upos == Upos::Noun {
                head_at(toks, v)
            } else {
                Head::event_word(t.lemma.as_str().to_owned(), t.span)
            };
            out.push(Event {
                predicate: Predicate::State(cues.tally_state.clone()),
                lemma: t.lemma.as_str().to_owned(),
                span: Span::new(toks[j].span.start, toks[end].span.end),
                polarity: if x.min(y) > 0 { Polarity::Negated } else { Polarity::Affirmed },
                aspect: Aspect::Present,
                subject: Some(holder),
                object: None,
                attribution: None,
                hedged: scope.covers(j),
                any: false,
            });
        }
        j = end + 1;
    }
}

/// Whether the state of `n` words at `at` ends before the sentence's time: in an "after
/// being" clause ("after being shut for years, the pass reopens"), or lasting "for" a
/// length or "since" a time in a perfect ("a pier that has been closed for ten months").
fn prior(toks: &[Tok], at: usize, n: usize, cues: &Cues) -> bool {
    let lower = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    let back = |k: usize| at.checked_sub(k).map_or("", lower);
    let after = (back(1) == "being" && cues.prior_before.contains(back(2)))
        || (back(1) == "been" && back(2) == "having" && cues.prior_before.contains(back(3)));
    if after {
        return true;
    }
    let perfect = back(1) == "been" || back(2) == "been" && toks[at - 1].upos == Upos::Adv;
    let end = at + n;
    let lasting = match lower(end) {
        "for" => toks[end + 1..toks.len().min(end + 6)].iter().any(|t| cues.durations.contains(t.lemma.as_str())),
        "since" => true,
        _ => false,
    };
    perfect && lasting
}

/// The need a passive under "must" or "needs to" says ("the budget must still be
/// approved": the budget needs approval), keyed like `need_verb` (`cues.toml`), with the
/// passive's subject as its subject and its verb as the event needed; `None` for any
/// other verb, and for "must not be", which forbids.
fn need(toks: &[Tok], k: usize, e: &Event, cues: &Cues, wn: &WordNet, hedged: bool) -> Option<Event> {
    let g = group(toks, k, cues);
    if !g.passive || !matches!(e.predicate, Predicate::Event(_)) {
        return None;
    }
    let modals = &toks[g.start..k];
    let by_modal = modals.iter().any(|x| x.xpos == Xpos::Md && cues.necessity.contains(x.lower.as_str()));
    // "needs to be approved": the verb before "to", with its own negation and tense.
    let needing = g.to.as_ref().filter(|b| cues.necessity_before_to.contains(*b)).and(g.start.checked_sub(2));
    let mut holder = e.object.clone();
    let (polarity, aspect) = match needing {
        Some(n) if toks[n].upos == Upos::Verb => {
            let ng = group(toks, n, cues);
            let aspect = if ng.future {
                Aspect::Future
            } else if toks[n].xpos == Xpos::Vbd {
                Aspect::Past
            } else {
                Aspect::Present
            };
            // "The plan does not need to be approved": the subject of "need".
            holder = subject(toks, ng.start, cues);
            (if ng.negated { Polarity::Negated } else { Polarity::Affirmed }, aspect)
        }
        _ if by_modal && !g.negated => (Polarity::Affirmed, if g.future { Aspect::Future } else { Aspect::Present }),
        _ => return None,
    };
    // "may have to be approved": another modal makes the need a possibility.
    let other = modals.iter().any(|x| {
        x.xpos == Xpos::Md
            && !cues.necessity.contains(x.lower.as_str())
            && !matches!(x.lemma.as_str(), "will" | "shall")
    });
    let needed = Head::event_word(e.lemma.clone(), e.span);
    Some(Event {
        predicate: Predicate::Event(key(wn, &cues.need_verb)),
        lemma: cues.need_verb.clone(),
        span: e.span,
        polarity,
        aspect,
        subject: holder,
        object: Some(needed),
        attribution: e.attribution.clone(),
        hedged: hedged || other || g.generic,
        any: false,
    })
}

/// Whether the verb group at `start`, after "to", is one an implicative verb a few words
/// before says was done: "forced Britain to reopen the fishery".
fn implied(toks: &[Tok], start: usize, cues: &Cues) -> bool {
    let to = start.saturating_sub(1);
    toks[to.saturating_sub(5)..to]
        .iter()
        .any(|t| t.upos == Upos::Verb && cues.implicative.contains(t.lemma.as_str()) && t.xpos != Xpos::Vb)
}

/// The state phrase a verb leaves its object in, as its participle: "suspend" →
/// "suspended", "scrap" → "scrapped" (a form `states.toml` lists, not of "in force" for a
/// noun of that state's own verb).
pub(super) fn participle_state(wn: &WordNet, verb: &str) -> Option<String> {
    let last = verb.chars().last()?;
    // One buffer for the three forms, "-ed", "-d" and the last letter doubled.
    let mut form = String::with_capacity(verb.len() + 6);
    for k in 0..3 {
        form.clear();
        form.push_str(verb);
        match k {
            0 => form.push_str("ed"),
            1 => form.push('d'),
            _ => {
                form.push(last);
                form.push_str("ed");
            }
        }
        if wn.state(&form).is_some() {
            return Some(form);
        }
    }
    None
}

/// The state an active verb not in the past leaves its object in ("is suspending its
/// dividend": the dividend is suspended), or keeps it in ("will keep its dividend at 9 cents": it stays
/// in force), unless a state phrase follows ("kept the bridge open" says which).
fn verb_state(toks: &[Tok], k: usize, e: &Event, cues: &Cues, wn: &WordNet) -> Option<Event> {
    let t = &toks[k];
    // (Cloned only when it holds a state.)
    let holder = e.object.as_ref().filter(|o| !o.pronoun)?;
    // A change done ("suspended its dividend in May") is a past event, not the state now.
    if !matches!(e.predicate, Predicate::Event(_) | Predicate::Change(..))
        || e.aspect == Aspect::Past
        || group(toks, k, cues).passive
    {
        return None;
    }
    let phrase = if cues.continuing.contains(t.lemma.as_str()) {
        let then = toks.iter().skip(k + 1).take(6);
        let says = then.clone().any(|x| wn.state(&x.lower).is_some() || wn.has_adjective_antonym(&x.lower))
            || then.clone().any(|x| x.cue.direction.is_some());
        if says {
            return None;
        }
        "in force".to_string()
    } else {
        // "cancel the contract": the object of an active verb is seldom the event the
        // "held" state is of (a match, a ceremony), which "the match was cancelled" names.
        participle_state(wn, &t.lemma).filter(|p| !matches!(wn.state(p), Some(("held", _))))?
    };
    Some(Event {
        predicate: Predicate::State(phrase),
        lemma: t.lemma.as_str().to_owned(),
        span: t.span,
        polarity: e.polarity,
        aspect: Aspect::Present,
        subject: Some(holder.clone()),
        object: None,
        attribution: e.attribution.clone(),
        hedged: e.hedged,
        any: false,
    })
}

/// The first words of the state phrases: only a word among them can start one.
pub(super) fn first_words(wn: &WordNet) -> &'static rustc_hash::FxHashSet<String> {
    static FIRST: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    FIRST.get_or_init(|| wn.state_phrases().iter().filter_map(|p| p.split(' ').next()).map(str::to_string).collect())
}

/// What a state at `at` holds of: the nearest noun or pronoun before it, over the verbs and
/// auxiliaries of its clause ("the gates stayed open", "she was held in custody").
fn holder(toks: &[Tok], at: usize, cues: &Cues) -> Option<Head> {
    let lo = at.saturating_sub(8);
    let mut j = at;
    while j > lo {
        j -= 1;
        let t = &toks[j];
        if t.nominal() && !matches!(t.xpos, Xpos::Wdt | Xpos::Wp) {
            return Some(outer(toks, j));
        }
        let skip = matches!(t.upos, Upos::Aux | Upos::Verb | Upos::Adv | Upos::Part | Upos::Det | Upos::Adj)
            || t.lower == "to"
            || cues.negators.contains(t.lower.as_str());
        if !skip {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::Predicate;
    use super::*;

    fn events(s: &str) -> Vec<Event> {
        read(s, 0)
    }

    #[test]
    fn an_initialism_is_a_name_and_a_named_hyphened_participle_its_agent() {
        // Invented: one serum, approved by a body written in capitals.
        let agent = |s: &str| {
            let e = events(s).into_iter().find(|e| e.predicate == Predicate::Event("approve".into()));
            e.and_then(|e| e.subject).map(|h| (h.lemma, h.name, h.pronoun))
        };
        // Must find: "by WHO" names a body, not the pronoun; "WHO-approved" is approved by it.
        assert_eq!(agent("The Dunmere serum has not been approved by WHO."), Some(("who".into(), true, false)));
        assert_eq!(agent("The Dunmere serum is WHO-approved."), Some(("who".into(), true, false)));
        // Near misses: a lower-case first part names no agent; "who" in lower case is the
        // pronoun it always was.
        assert_eq!(agent("The Dunmere serum is council-approved."), None);
        let relative = events("The regulator, who approved the Dunmere serum, resigned.");
        assert!(relative.iter().all(|e| e.subject.as_ref().is_none_or(|h| h.lemma != "who" || h.pronoun)));
    }

    #[test]
    fn a_hedge_in_an_aside_hedges_the_aside_only() {
        let hedged = |s: &str, lemma: &str| events(s).into_iter().find(|e| e.lemma == lemma).map(|e| e.hedged);
        // Must find: the main verb past a relative clause or dashes that hold the modal.
        assert_eq!(hedged("The council, which could face a challenge, approved the plan.", "approve"), Some(false));
        assert_eq!(
            hedged(
                "Residents said the council \u{2014} which may yet face an appeal \u{2014} approved the plan.",
                "approve"
            ),
            Some(false)
        );
        assert_eq!(hedged("The council approved the plan, but residents may appeal.", "approve"), Some(false));
        // Near misses: the verb inside the aside, a modal of the main clause, a closed aside.
        assert_eq!(hedged("The council, which could approve the plan, met on Monday.", "approve"), Some(true));
        assert_eq!(hedged("The council, which met on Monday, may approve the plan.", "approve"), Some(true));
        assert_eq!(hedged("The council (the county's) may approve the plan.", "approve"), Some(true));
    }

    #[test]
    fn a_state_before_the_sentence_time_is_past() {
        let state =
            |s: &str| events(s).into_iter().find(|e| matches!(e.predicate, Predicate::State(_))).map(|e| e.aspect);
        assert_eq!(state("After being shut for two years, the pier is busy."), Some(Aspect::Past));
        assert_eq!(state("The pier has been closed for 14 months."), Some(Aspect::Past));
        assert_eq!(state("The pier has been closed since 2019."), Some(Aspect::Past));
        // No length: the state holds now.
        assert_eq!(state("The pier has been closed."), Some(Aspect::Present));
        assert_eq!(state("The pier remains closed for now."), Some(Aspect::Present));
    }

    #[test]
    fn a_denied_verb_with_its_participants() {
        let e = events("The council has not yet approved the budget.");
        let a = e.iter().find(|e| e.lemma == "approve").expect("approve");
        assert_eq!(a.polarity, Polarity::Negated);
        assert_eq!(a.aspect, Aspect::NotYet);
        assert_eq!(a.subject.as_ref().map(|h| h.lemma.as_str()), Some("council"));
        assert_eq!(a.object.as_ref().map(|h| h.lemma.as_str()), Some("budget"));
    }

    #[test]
    fn a_denying_verb_denies_its_gerund_or_event_noun() {
        let e = events("The ferry company has ruled out raising the fares.");
        let a = e.iter().find(|e| e.lemma == "raise").expect("raise");
        assert_eq!((a.polarity, a.aspect, a.hedged), (Polarity::Negated, Aspect::Future, false));
        assert_eq!(a.subject.as_ref().map(|h| h.lemma.as_str()), Some("company"));
        assert_eq!(a.object.as_ref().map(|h| h.lemma.as_str()), Some("fare"));
        let e = events("The club avoided cutting its prices last season.");
        let a = e.iter().find(|e| e.lemma == "cut").expect("cut");
        assert_eq!((a.polarity, a.aspect, a.hedged), (Polarity::Negated, Aspect::Past, false));
        assert_eq!(a.subject.as_ref().map(|h| h.lemma.as_str()), Some("club"));
        let e = events("The mayor ruled out an early election.");
        assert!(
            e.iter().any(|e| e.predicate == Predicate::Had("election".into())
                && e.polarity == Polarity::Negated
                && e.aspect == Aspect::Future
                && !e.hedged),
            "{e:?}"
        );
        // Near misses: a denial not made, and a gerund after a verb that denies nothing.
        let e = events("The ferry company has not ruled out raising the fares.");
        assert!(e.iter().filter(|e| e.lemma == "raise").all(|e| e.hedged), "{e:?}");
        let e = events("The mayor has not ruled out an early election.");
        assert!(e.iter().all(|e| e.polarity == Polarity::Affirmed || e.hedged), "{e:?}");
        let e = events("The ferry company has considered raising the fares.");
        assert!(e.iter().filter(|e| e.lemma == "raise").all(|e| e.polarity == Polarity::Affirmed), "{e:?}");
    }

    #[test]
    fn a_passive_swaps_its_participants() {
        let e = events("The budget was approved by the council on Friday.");
        let a = e.iter().find(|e| e.lemma == "approve").expect("approve");
        assert_eq!(a.polarity, Polarity::Affirmed);
        assert_eq!(a.subject.as_ref().map(|h| h.lemma.as_str()), Some("council"));
        assert_eq!(a.object.as_ref().map(|h| h.lemma.as_str()), Some("budget"));
    }

    #[test]
    fn an_event_noun_under_a_light_verb_or_a_state() {
        let e = events("No arrests were made after the match.");
        assert!(
            e.iter().any(|e| e.predicate == Predicate::Event("arrest".into()) && e.polarity == Polarity::Negated),
            "{e:?}"
        );
        let e = events("The signing of the treaty was postponed.");
        assert!(
            e.iter().any(|e| e.predicate == Predicate::Event("sign".into()) && e.polarity == Polarity::Negated),
            "{e:?}"
        );
    }

    #[test]
    fn a_verb_after_a_modal_is_a_verb() {
        let e = events("The former mayor, convicted last month of fraud, will appeal against the verdict.");
        let a = e.iter().find(|e| e.lemma == "appeal").expect("appeal");
        assert_eq!((a.polarity, a.aspect), (Polarity::Affirmed, Aspect::Future));
        assert_eq!(a.object.as_ref().map(|h| h.lemma.as_str()), Some("verdict"));
        // Near miss: a noun after a modal with no preposition after it stays a noun.
        let e = events("The board will review appeal rulings.");
        assert!(e.iter().all(|e| e.lemma != "appeal"), "{e:?}");
    }

    #[test]
    fn a_negative_opener_denies_the_verb() {
        let e = events("At no point did the pumps fail.");
        let f = e.iter().find(|e| e.lemma == "fail").expect("fail");
        assert_eq!(f.polarity, Polarity::Negated);
        assert_eq!(f.subject.as_ref().map(|h| h.lemma.as_str()), Some("pump"));
    }

    #[test]
    fn inability_denies_and_managing_carries_the_verb_after_to() {
        let landed = |s: &str| {
            let e = events(s);
            e.iter().find(|e| e.lemma == "land").map(|e| (e.polarity, e.aspect, e.hedged, e.subject.is_some()))
        };
        // Must find: the outer "was" gives the landing its tense and subject.
        let denied = Some((Polarity::Negated, Aspect::Past, false, true));
        assert_eq!(landed("The helicopter was unable to land on the ridge."), denied);
        assert_eq!(landed("The helicopter was not able to land on the ridge."), denied);
        assert_eq!(landed("The helicopter did not manage to land on the ridge."), denied);
        let done = Some((Polarity::Affirmed, Aspect::Past, false, true));
        assert_eq!(landed("The helicopter managed to land on the ridge."), done);
        assert_eq!(landed("The helicopter was able to land on the ridge."), done);
        // Near misses: an ability to come, or hedged, says nothing of a landing done.
        assert!(landed("The helicopter will be able to land on the ridge.").is_none_or(|l| l.1 == Aspect::Future));
        assert!(landed("The helicopter may be unable to land on the ridge.").is_none_or(|l| l.2));
    }

    #[test]
    fn could_not_in_a_past_sentence_is_did_not() {
        let docked = |s: &str| {
            let e = events(s);
            e.iter().find(|e| e.lemma == "dock").map(|e| (e.polarity, e.aspect, e.hedged))
        };
        // Must find: a day named, or another past verb.
        let denied = Some((Polarity::Negated, Aspect::Past, false));
        assert_eq!(docked("The ferry could not dock at the pier on Tuesday."), denied);
        assert_eq!(docked("The ferry couldn't dock at the pier and turned back."), denied);
        // Near misses: a condition, "without", a report before it, no past told.
        for s in [
            "The ferry could not dock at the pier on Tuesday if the fog lifted.",
            "The ferry could not dock on Tuesday without a pilot.",
            "The operator said the ferry could not dock on Tuesday.",
            "The ferry could not dock at the pier.",
        ] {
            assert!(docked(s).is_none_or(|d| d.2), "{s}");
        }
    }

    #[test]
    fn a_wish_is_no_event_and_yet_to_is_a_denial() {
        let e = events("The mayor wants to close the bridge.");
        assert!(e.iter().find(|e| e.lemma == "close").is_none_or(|e| e.hedged), "{e:?}");
        let e = events("The mayor has yet to close the bridge.");
        let c = e.iter().find(|e| e.lemma == "close").expect("close");
        assert_eq!((c.polarity, c.aspect), (Polarity::Negated, Aspect::NotYet));
    }

    #[test]
    fn states_and_their_holders() {
        let e = events("The tunnel remained closed all week.");
        let s =
            e.iter().find(|e| matches!(&e.predicate, Predicate::State(p) if p.ends_with("closed"))).expect("closed");
        assert_eq!(s.subject.as_ref().map(|h| h.lemma.as_str()), Some("tunnel"));
        let e = events("She was remanded in custody.");
        assert!(e.iter().any(|e| matches!(&e.predicate, Predicate::State(p) if p == "remanded in custody")), "{e:?}");
    }

    #[test]
    fn a_tally_says_whether_a_vote_was_unanimous() {
        let unanimous = |s: &str| {
            let e = events(s);
            let t = e.iter().find(|e| e.predicate == Predicate::State("unanimous".into()));
            t.map(|t| (t.polarity, t.subject.as_ref().map(|h| h.lemma.clone())))
        };
        let split = Some((Polarity::Negated, Some("vote".to_string())));
        assert_eq!(unanimous("The panel backed the levy by a close 5-4 vote."), split);
        assert_eq!(unanimous("The panel voted 6-3 to keep the levy."), split);
        assert_eq!(unanimous("The motion passed by nine votes to two."), split);
        assert_eq!(unanimous("The panel voted 7-0 for the levy."), Some((Polarity::Affirmed, Some("vote".into()))));
        // Near misses: a score, a season, a count with no vote.
        assert_eq!(unanimous("The hosts won 5-4 on penalties."), None);
        assert_eq!(unanimous("The 2019-20 season ended before the vote."), None);
        assert_eq!(unanimous("Five voters in four towns were turned away."), None);
    }

    #[test]
    fn a_preposition_before_a_day_is_no_particle() {
        let rose = |s: &str| events(s).iter().any(|e| matches!(e.predicate, Predicate::Change(Direction::Up, _)));
        assert!(rose("Shares in Quillmore climbed on Tuesday after the results."));
        assert!(rose("Shares in Quillmore climbed in March."));
        // Near misses: a particle before something else stays one verb with it.
        let lemma = |s: &str| events(s).first().map(|e| e.lemma.clone());
        // ("call off" cancels the vote: the event read is the vote, denied.)
        assert_eq!(lemma("The council called off Tuesday's vote."), Some("vote".to_string()));
        assert_eq!(lemma("The lorry broke down on the bridge."), Some("break down".to_string()));
    }

    #[test]
    fn a_refusing_verb_of_change_with_an_object_is_a_refusal() {
        let refused = |s: &str| events(s).iter().any(|e| e.predicate == Predicate::Event("decline".into()));
        let fell = |s: &str| events(s).iter().any(|e| matches!(e.predicate, Predicate::Change(Direction::Down, _)));
        assert!(refused("The ministry declined the offer of a loan."));
        assert!(refused("The offer was declined by the ministry."));
        // Near misses: an amount, a time, no object: a change.
        for s in ["Exports declined 3% in May.", "Exports declined last week.", "Exports declined sharply."] {
            assert!(fell(s) && !refused(s), "{s}");
        }
    }

    #[test]
    fn a_refused_plural_read_as_a_verb_is_the_object() {
        // (Whether the tagger reads "offers" as a verb or a noun, the thing is refused.)
        let e = events("The ministry declined offers of foreign aid.");
        let d = e.iter().find(|e| e.predicate == Predicate::Event("decline".into())).expect("decline");
        let o = d.object.as_ref().expect("object");
        assert!(o.words.iter().any(|w| w == "aid"), "{o:?}");
    }

    #[test]
    fn a_plural_read_as_a_verb_before_a_change_is_its_subject() {
        let up = |s: &str| {
            events(s)
                .into_iter()
                .find(|e| matches!(e.predicate, Predicate::Change(Direction::Up, _)))
                .and_then(|e| e.object.map(|h| h.lemma))
        };
        assert_eq!(up("Yields on Utopian euro bonds rose on Monday morning.").as_deref(), Some("yield"));
        assert_eq!(up("Shares rose on Monday.").as_deref(), Some("share"));
        // Near miss: a verb in "-s" before a noun is a verb.
        assert_eq!(up("The new plant employs rose growers."), None);
    }

    #[test]
    fn changes_read_their_theme() {
        let e = events("The firm raised its sales forecast.");
        let c = e.iter().find(|e| matches!(e.predicate, Predicate::Change(Direction::Up, _))).expect("up");
        assert_eq!(c.object.as_ref().map(|h| h.lemma.as_str()), Some("forecast"));
        let e = events("Sales slid 4% in March.");
        let c = e.iter().find(|e| matches!(e.predicate, Predicate::Change(Direction::Down, _))).expect("down");
        assert_eq!(c.object.as_ref().map(|h| h.lemma.as_str()), Some("sale"));
    }

    #[test]
    fn a_passive_under_must_is_a_need() {
        let need = |s: &str| {
            events(s).into_iter().find(|e| e.object.as_ref().is_some_and(|o| o.event && o.lemma == "approve"))
        };
        let e = need("The plan must still be approved by the board.").expect("need");
        assert_eq!(e.predicate, Predicate::Event(key(WordNet::builtin(), "require")));
        assert_eq!((e.polarity, e.subject.as_ref().map(|h| h.lemma.as_str())), (Polarity::Affirmed, Some("plan")));
        let e = need("The plan does not need to be approved by the board.").expect("need");
        assert_eq!((e.polarity, e.subject.as_ref().map(|h| h.lemma.as_str())), (Polarity::Negated, Some("plan")));
        // Near misses: forbidden, or a possibility.
        assert!(need("The plan must not be approved by the board.").is_none());
        assert!(need("The plan might have to be approved by the board.").is_none_or(|e| e.hedged));
    }

    #[test]
    fn a_subject_before_a_relative_clause() {
        let e = events("Ruritania, which also saw heavy rain along the river, has not asked for help.");
        let a = e.iter().find(|e| e.polarity == Polarity::Negated).expect("denied");
        assert_eq!(a.subject.as_ref().map(|h| h.lemma.as_str()), Some("ruritania"));
    }

    #[test]
    fn places_in_a_holders_series() {
        let e = events("It was a second major title for Ms Orr.");
        let o = e.iter().find(|e| matches!(e.predicate, Predicate::Ordinal(2, _))).expect("second");
        assert_eq!(o.subject.as_ref().map(|h| h.lemma.as_str()), Some("orr"));
        assert_eq!(o.object.as_ref().map(|h| h.lemma.as_str()), Some("title"));
        // Near misses: another series ("the first woman to"), a bare count, a goal, a rule.
        for s in [
            "She was the first British woman to win it.",
            "It was her third title.",
            "She is chasing a fifth major title.",
            "A first doping offence should be followed by a ban.",
        ] {
            assert!(events(s).iter().all(|e| !matches!(e.predicate, Predicate::Ordinal(..))), "{s}");
        }
    }

    #[test]
    fn a_name_read_as_a_modal_is_a_name() {
        let tagger = Tagger::builtin();
        let tok = |w: &str, upos: Upos, xpos: Xpos| {
            let (lower, upper, lemma, cue) = super::super::words::read(tagger, w, xpos);
            Tok {
                span: Span::new(0, w.len()),
                lower,
                lemma,
                upos,
                xpos,
                upper,
                cue,
                caps: initialism(w),
                by_name: false,
            }
        };
        let mut toks = vec![
            tok("NovaShield", Upos::Aux, Xpos::Md),
            tok("Will", Upos::Aux, Xpos::Md),
            tok("We'll", Upos::Aux, Xpos::Md),
            tok("would", Upos::Aux, Xpos::Md),
        ];
        names_read_as_modals(&mut toks, Cues::builtin());
        let tags: Vec<Xpos> = toks.iter().map(|t| t.xpos).collect();
        // Near misses: a modal, capitalised or not, and a contraction stay modals.
        assert_eq!(tags, [Xpos::Nnp, Xpos::Md, Xpos::Md, Xpos::Md]);
    }

    #[test]
    fn cannot_is_a_negated_modal() {
        let e = events("The ministry cannot approve the deal.");
        let c = e.iter().find(|e| e.lemma == "approve").expect("approve");
        assert_eq!(c.polarity, Polarity::Negated);
        assert_eq!(c.subject.as_ref().map(|h| h.lemma.as_str()), Some("ministry"));
        // Near misses: "can not" reads the same; "can" alone affirms.
        let e = events("The ministry can not approve the deal.");
        let c = e.iter().find(|e| e.lemma == "approve").expect("approve");
        assert_eq!((c.polarity, c.subject.as_ref().map(|h| h.lemma.as_str())), (Polarity::Negated, Some("ministry")));
        let e = events("The ministry can approve the deal.");
        let c = e.iter().find(|e| e.lemma == "approve").expect("approve");
        assert_eq!(c.polarity, Polarity::Affirmed);
    }

    #[test]
    fn reported_denials_are_attributed() {
        let e = events("The ministry denied that troops were deployed.");
        let d = e.iter().find(|e| e.lemma == "deploy").expect("deploy");
        assert_eq!(d.polarity, Polarity::Negated);
        assert_eq!(d.attribution.as_ref().map(|h| h.lemma.as_str()), Some("ministry"));
    }
}
