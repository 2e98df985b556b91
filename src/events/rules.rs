//! When two events cannot both hold, and which sentence pairs are worth tagging.

use super::cues::{Cues, Direction};
use super::{Aspect, Event, Head, Predicate};
use crate::claims::Polarity;
use crate::lexicon::wordnet::{Pos, WordNet};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// The rule that found a contradiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    /// One denies what the other affirms.
    Polarity,
    /// "Has not yet" against a completed past.
    Aspect,
    /// WordNet opposites: accepted / rejected.
    Antonym,
    /// Up against down or unchanged.
    Change,
    /// Complementary states: in custody / on bail.
    State,
    /// Two places in one holder's series: "his first title" / "a second title".
    Ordinal,
}

impl Rule {
    /// The rule's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Polarity => "polarity",
            Rule::Aspect => "aspect",
            Rule::Antonym => "antonym",
            Rule::Change => "change",
            Rule::State => "state",
            Rule::Ordinal => "ordinal",
        }
    }
}

/// Why two events cannot both hold.
#[derive(Debug, Clone, PartialEq)]
pub struct Contradiction {
    /// The rule.
    pub rule: Rule,
    /// What is contradicted: the predicate, the state, the thing that changes.
    pub about: String,
    /// How much the participants back it, 0–0.1.
    pub strength: f64,
}

/// How two participants relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Rel {
    /// The same head or a shared word: "the budget" / "the national budget".
    Match,
    /// Two different names or nouns: "Peru" / "Chile", "exports" / "imports".
    Clash,
    /// One is missing or a pronoun.
    Unknown,
}

fn relate(a: Option<&Head>, b: Option<&Head>) -> Rel {
    relate_why(a, b).0
}

/// [`relate`], with the name of the test that decided a clash (the events trace writes it):
/// `"countries"`, `"named"` (one noun of two named things), `"modifier"` (one head is the
/// other's modifier), `"names"` (two proper nouns), `"nouns"` (two common nouns).
pub(super) fn relate_why(a: Option<&Head>, b: Option<&Head>) -> (Rel, &'static str) {
    let (Some(a), Some(b)) = (a, b) else { return (Rel::Unknown, "") };
    if a.pronoun || b.pronoun {
        return (Rel::Unknown, "");
    }
    // "Freedonian citizens" / "Sylvanian citizens": one noun of two countries' people.
    if countries_differ(a, b) {
        return (Rel::Clash, "countries");
    }
    // "the order for Norby" / "the order for Lisk": one common noun of two named things.
    // A country by name or demonym is one name ("for Freedonia", "for Freedonian ports").
    let named = |h: &Head| !h.name && !h.names.is_empty();
    if named(a) && named(b) {
        let map = countries();
        let ka: Vec<&String> = a.names.iter().map(|n| map.get(n).unwrap_or(n)).collect();
        if !b.names.iter().map(|n| map.get(n).unwrap_or(n)).any(|n| ka.contains(&n)) {
            return (Rel::Clash, "named");
        }
    }
    if a.lemma == b.lemma {
        return (Rel::Match, "");
    }
    // "Madrid" / "Spain": a capital or seat the lexicon gives as a country's metonym is the
    // country (names alone: "Atletico Madrid" is no metonym).
    let bare = |h: &Head| h.name && h.modifiers.is_empty();
    if bare(a) && bare(b) && super::names::one_actor(&a.lemma, &b.lemma) {
        return (Rel::Match, "");
    }
    let same = &Cues::builtin().same_thing;
    if same.get(&a.lemma).is_some_and(|g| same.get(&b.lemma) == Some(g)) {
        return (Rel::Match, "");
    }
    // "the engine" / "the motor": WordNet synonyms or a narrow hypernym, common nouns both;
    // "the university" / "the institution": a broader noun naming the thing again.
    let wn = WordNet::builtin();
    if !a.name && !b.name && (wn.nouns_linked(&a.lemma, &b.lemma) || wn.nouns_broader(&a.lemma, &b.lemma)) {
        return (Rel::Match, "");
    }
    // "Housing Minister Ana Sorvik" / "the housing minister": a name titled by the other's
    // head and all of its modifiers is who the title names.
    let titled = |x: &Head, y: &Head| {
        x.name
            && !y.name
            && x.modifiers.contains(&y.lemma)
            && y.modifiers.iter().all(|m| x.words.binary_search(m).is_ok())
    };
    if titled(a, b) || titled(b, a) {
        return (Rel::Match, "");
    }
    // "the revenue forecast" is not "revenue".
    if a.modifiers.contains(&b.lemma) || b.modifiers.contains(&a.lemma) {
        return (Rel::Clash, "modifier");
    }
    // "shares in the miner" / "the miner"; "the revenue forecast" / "the revenue outlook".
    // A word of a phrase each hangs from ("exports from X" / "imports to X") is not enough.
    let inside = |x: &Head, y: &Head| x.words.binary_search(&y.lemma).is_ok();
    if inside(a, b) || inside(b, a) || a.modifiers.iter().any(|m| b.modifiers.contains(m)) {
        return (Rel::Match, "");
    }
    // "WHO" / "the World Health Organization": an initialism of the other name's words.
    if a.name && b.name && (initials_of(a, b) || initials_of(b, a)) {
        return (Rel::Match, "");
    }
    // A name against a common noun ("Pelmor" / "the company") may be one thing.
    if a.name != b.name {
        return (Rel::Unknown, "");
    }
    (Rel::Clash, if a.name { "names" } else { "nouns" })
}

/// Whether the one word of name `x` spells the initials of the words of name `y`, in any
/// order (a head's words are sorted): "imf" / "International Monetary Fund".
fn initials_of(x: &Head, y: &Head) -> bool {
    let n = x.lemma.len();
    if x.words.len() != 1 || n < 2 || y.words.len() != n || !x.lemma.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let mut spelled: Vec<u8> = x.lemma.bytes().collect();
    let mut initials: Vec<u8> = y.words.iter().filter_map(|w| w.bytes().next()).collect();
    spelled.sort_unstable();
    initials.sort_unstable();
    spelled == initials
}

/// Countries' demonyms (the facts' table, `facts::nationality::demonyms`) and names, folded,
/// to the country's folded name: "freedonian" → "freedonia", "freedonia" → "freedonia".
pub(super) fn countries() -> &'static FxHashMap<String, String> {
    static MAP: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        use crate::lexicon::EntityKind;
        use crate::text::fold;
        let mut map = crate::facts::nationality::demonyms().clone();
        for e in crate::Lexicon::builtin().data().entity.iter().filter(|e| e.kind == EntityKind::Country) {
            map.entry(fold(&e.name)).or_insert_with(|| fold(&e.name));
        }
        map
    })
}

/// Whether the modifiers of `a` and `b` name two different countries (by name or demonym)
/// and none in common: "Freedonian citizens" never meet "Sylvanian citizens".
fn countries_differ(a: &Head, b: &Head) -> bool {
    let map = countries();
    // (A word of lower-case ASCII is its own folded form: not folded again.)
    let folded = |m: &str| m.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase());
    let country = |m: &String| match folded(m) {
        true => map.get(m),
        false => map.get(&crate::text::fold(m)),
    };
    let of = |h: &Head| -> Vec<&str> { h.modifiers.iter().filter_map(|m| country(m).map(String::as_str)).collect() };
    let (x, y) = (of(a), of(b));
    !x.is_empty() && !y.is_empty() && !x.iter().any(|c| y.contains(c))
}

/// Done or not against done, to come against to come.
fn same_time(a: Aspect, b: Aspect) -> bool {
    (a == Aspect::Future) == (b == Aspect::Future)
}

/// For a denial: done (or not yet) against done, now against now, to come against to
/// come ("never voted" says nothing of "votes").
fn same_tense(a: Aspect, b: Aspect) -> bool {
    let class = |x: Aspect| match x {
        Aspect::Past | Aspect::NotYet => 0,
        Aspect::Present => 1,
        Aspect::Future => 2,
    };
    class(a) == class(b)
}

/// Whether `a` and `b`, events of two articles, cannot both hold; `None` when they can
/// or when either is hedged.
///
/// ```
/// use gainsay::events::{contradict, read, Rule};
/// let a = read("Sales rose 3% in the quarter.", 0);
/// let b = read("Sales fell 3% in the quarter.", 0);
/// let c = a.iter().find_map(|x| b.iter().find_map(|y| contradict(x, y))).unwrap();
/// assert_eq!(c.rule, Rule::Change);
/// let c = read("Exports fell 3% in the quarter.", 0);
/// assert!(a.iter().all(|x| c.iter().all(|y| contradict(x, y).is_none())));
/// ```
pub fn contradict(a: &Event, b: &Event) -> Option<Contradiction> {
    contradict_or_gate(a, b).ok()
}

/// [`contradict`], or the name of the test that let the two events both hold (the
/// events trace, [`crate::align::trace`], writes it): `"hedged"`, `"time"`,
/// `"predicates"` (no rule pairs them), `"subject"` / `"object"` (two participants),
/// `"same_polarity"`, `"no_participant"`, `"tense"`, `"had"`, `"not_affirmed"`, `"doer"`,
/// `"converse"`, `"change"`, `"ordinal"`, `"holders"`, `"ends"`, `"states"`.
pub(super) fn contradict_or_gate(a: &Event, b: &Event) -> Result<Contradiction, &'static str> {
    contradict_aligned(a, b, false)
}

/// [`contradict_or_gate`], for events of two sentences the aligner paired (`aligned`: alike
/// sentences) or not. In aligned sentences an object of two unrelated common nouns does
/// not part two events whose subjects meet closely ([`close_subjects`]): outlets word one
/// thing done two ways ("the finance minister backed the cut" / "the finance minister
/// opposed the decision").
pub(super) fn contradict_aligned(a: &Event, b: &Event, aligned: bool) -> Result<Contradiction, &'static str> {
    if a.hedged || b.hedged {
        return Err("hedged");
    }
    if !same_time(a.aspect, b.aspect) {
        return Err("time");
    }
    if let Some(found) = contest_outcome(a, b) {
        return found;
    }
    let wn = WordNet::builtin();
    // Predicates that no rule below pairs: no participant is related. (The rules' own
    // tests of the predicates, made first; they read nothing else.)
    // "threw out the plan" / "approved the plan": a phrasal verb stands where a one-word
    // verb of a later sense of it stands ("dismiss", which entails "reject").
    let opposed = |x: &String, y: &String| {
        let phrase = |l: &String| phrasal_verbs().get(l.as_str()).into_iter().flatten().map(|v| v.to_string());
        verbs_opposed(wn, (&a.lemma, x), (&b.lemma, y))
            || phrase(&a.lemma).any(|v| verbs_opposed(wn, (&v, &v), (&b.lemma, y)))
            || phrase(&b.lemma).any(|v| verbs_opposed(wn, (&a.lemma, x), (&v, &v)))
    };
    // "sent its first signals" / "has not transmitted any signals": the affirmed verb
    // entails the denied one, which WordNet gives as broader. (Two verbs of one sense,
    // WordNet's mates, were met here too: on stories nobody tuned for they set a denial
    // against another act more often than they found one.)
    let entailing = match (&a.predicate, &b.predicate) {
        (Predicate::Event(x), Predicate::Event(y)) if x != y => match (a.polarity, b.polarity) {
            (Polarity::Affirmed, Polarity::Negated) => entails(wn, (&a.lemma, x), (&b.lemma, y)),
            (Polarity::Negated, Polarity::Affirmed) => entails(wn, (&b.lemma, y), (&a.lemma, x)),
            _ => false,
        },
        _ => false,
    };
    let possible = match (&a.predicate, &b.predicate) {
        (Predicate::Event(x), Predicate::Event(y)) => x == y || phrasal(wn, a, b) || opposed(x, y) || entailing,
        (Predicate::Had(x), Predicate::Had(y)) => x == y,
        (Predicate::Had(_), Predicate::Event(_)) | (Predicate::Event(_), Predicate::Had(_)) => true,
        (Predicate::Event(_), Predicate::State(y)) => broken_state(wn, a, y).is_some(),
        (Predicate::State(x), Predicate::Event(_)) => broken_state(wn, b, x).is_some(),
        (Predicate::Change(..), Predicate::Change(..))
        | (Predicate::Ordinal(..), Predicate::Ordinal(..))
        | (Predicate::State(..), Predicate::State(..)) => true,
        _ => false,
    };
    if !possible {
        return Err("predicates");
    }
    let subj = relate(a.subject.as_ref(), b.subject.as_ref());
    let (mut obj, obj_why) = relate_why(a.object.as_ref(), b.object.as_ref());
    let change = matches!((&a.predicate, &b.predicate), (Predicate::Change(..), Predicate::Change(..)));
    // What a thing needs is an event worded many ways ("does not require a ballot" / "must
    // be approved"): two events needed by the same subject may be one.
    if obj == Rel::Clash && subj == Rel::Match && a.predicate == b.predicate && is_need(wn, &a.predicate) {
        let event = |e: &Event| e.object.as_ref().is_some_and(|o| o.event);
        if event(a) && event(b) {
            obj = Rel::Unknown;
        }
    }
    // "annual inflation" / "the annual inflation rate": a measure of a thing changes as
    // the thing does.
    if obj == Rel::Clash && matches!((&a.predicate, &b.predicate), (Predicate::Change(..), Predicate::Change(..))) {
        if let Some((x, y)) = a.object.as_ref().zip(b.object.as_ref()) {
            if measure_of(x, y) || measure_of(y, x) {
                obj = Rel::Match;
            }
        }
    }
    // "backed the decision" / "opposed the cut": a noun of deciding names whatever was
    // decided, as a pronoun names whatever it stands for.
    if obj == Rel::Clash && decided(wn, a.object.as_ref(), b.object.as_ref()) {
        obj = Rel::Unknown;
    }
    // "The finance minister backed the cut" / "the finance minister opposed the decision":
    // in sentences alike enough to be aligned, two common nouns with no word in common may
    // name one thing, when the subjects say closely who acts. (Names, countries and a
    // head against its own modifier still part them.)
    if aligned && obj == Rel::Clash && obj_why == "nouns" && subj == Rel::Match && close_subjects(a, b) {
        obj = Rel::Unknown;
    }

    // "The decision was unanimous" / "a 5-4 vote": a state of a decision, whose holders
    // (events or pronouns) all name the one decision voted on.
    let decision = match (&a.predicate, &b.predicate) {
        (Predicate::State(x), Predicate::State(y)) => {
            x == y
                && Cues::builtin().decision_states.contains(x)
                && [a, b].iter().all(|e| e.subject.as_ref().is_none_or(|h| h.event || h.pronoun))
        }
        _ => false,
    };
    if subj == Rel::Clash && !change && !decision {
        return Err("subject");
    }
    if obj == Rel::Clash {
        return Err("object");
    }
    let matches = [subj, obj].iter().filter(|&&r| r == Rel::Match).count();
    // A verb met through WordNet's broader verbs costs what one participant gives.
    let cost = if entailing { 0.05 } else { 0.0 };
    let strength = 0.05 * matches as f64 - cost;
    let found = |rule: Rule, about: &str| Ok(Contradiction { rule, about: about.to_string(), strength });
    let opposite = a.polarity != b.polarity;
    let both_affirmed = a.polarity == Polarity::Affirmed && b.polarity == Polarity::Affirmed;
    match (&a.predicate, &b.predicate) {
        // "did not fail" / "broke down": a phrasal verb and a verb of one of its senses
        // count as one predicate only here, where a denial needs a participant in common.
        (Predicate::Event(x), Predicate::Event(y)) | (Predicate::Had(x), Predicate::Had(y))
            if x == y || phrasal(wn, a, b) || entailing =>
        {
            // "No arrests have been made" denies any arrest: no participant to match.
            if !opposite {
                return Err("same_polarity");
            }
            if matches == 0 && !(a.any || b.any) {
                return Err("no_participant");
            }
            if !same_tense(a.aspect, b.aspect) {
                return Err("tense");
            }
            let rule =
                if a.aspect == Aspect::NotYet || b.aspect == Aspect::NotYet { Rule::Aspect } else { Rule::Polarity };
            found(rule, x)
        }
        // "Has not had a medical" against "passed his medical": a denied light verb's noun
        // against a done event on that noun.
        (Predicate::Had(n), Predicate::Event(_)) | (Predicate::Event(_), Predicate::Had(n)) => {
            let (had, done) = if matches!(a.predicate, Predicate::Had(_)) { (a, b) } else { (b, a) };
            let on = done.object.as_ref().is_some_and(|o| o.lemma == *n);
            let done_past = done.aspect == Aspect::Past && done.polarity == Polarity::Affirmed;
            let had_past = matches!(had.aspect, Aspect::Past | Aspect::NotYet);
            if on && done_past && had_past && had.polarity == Polarity::Negated && subj != Rel::Clash {
                return found(if had.aspect == Aspect::NotYet { Rule::Aspect } else { Rule::Polarity }, n);
            }
            // "Ruled out an early vote" against "will call a vote" or "will hold a vote" (a
            // light verb's event is its noun's): a plan denied against the plan.
            let planned = |e: &Event, p: Polarity| e.aspect == Aspect::Future && e.polarity == p;
            let on_plan = on || done.lemma == *n;
            if on_plan && planned(had, Polarity::Negated) && planned(done, Polarity::Affirmed) && subj != Rel::Clash {
                return found(Rule::Polarity, n);
            }
            Err("had")
        }
        (Predicate::Event(x), Predicate::Event(y)) => {
            if !opposed(x, y) {
                return Err("predicates");
            }
            if !both_affirmed {
                return Err("not_affirmed");
            }
            if subj == Rel::Unknown && obj == Rel::Unknown {
                return Err("no_participant");
            }
            // Who did it must be the same: "A won" / "B lost" agree.
            if subj != Rel::Match && a.subject.is_some() && b.subject.is_some() {
                return Err("doer");
            }
            if !same_tense(a.aspect, b.aspect) {
                return Err("tense");
            }
            // "X was bought" / "X was sold": a converse pair needs the same doer on both sides.
            let pair = if a.lemma <= b.lemma {
                (a.lemma.clone(), b.lemma.clone())
            } else {
                (b.lemma.clone(), a.lemma.clone())
            };
            if Cues::builtin().converses.contains(&pair) && subj != Rel::Match {
                return Err("converse");
            }
            let (lo, hi) = if a.lemma <= b.lemma { (&a.lemma, &b.lemma) } else { (&b.lemma, &a.lemma) };
            found(Rule::Antonym, &format!("{lo} / {hi}"))
        }
        (Predicate::Change(dx, _), Predicate::Change(dy, _)) => {
            // Who made the change may be named two ways ("the board", "management"); only
            // two different names are two agents.
            let agents_differ =
                a.subject.as_ref().zip(b.subject.as_ref()).is_some_and(|(x, y)| x.name && y.name && subj == Rel::Clash);
            let theme = a.object.as_ref().map_or("", |h| h.lemma.as_str());
            if obj != Rel::Match || agents_differ {
                return Err("change");
            }
            // "Fares will not rise" / "fares will increase": one change, denied.
            // (The thing may be read as the object and the subject as who changes it: two
            // different subjects are two things.)
            if dx == dy && *dx != Direction::Flat && opposite && subj != Rel::Clash && same_tense(a.aspect, b.aspect) {
                return found(Rule::Polarity, theme);
            }
            if dx == dy || !both_affirmed {
                return Err("change");
            }
            found(Rule::Change, theme)
        }
        (Predicate::Ordinal(n, x), Predicate::Ordinal(m, _)) => {
            if n == m || obj != Rel::Match {
                return Err("ordinal");
            }
            found(Rule::Ordinal, x)
        }
        (Predicate::State(x), Predicate::State(y)) => {
            let holders = a.subject.is_some() && b.subject.is_some() && subj != Rel::Match;
            let pronoun = [&a.subject, &b.subject].iter().any(|h| h.as_ref().is_some_and(|h| h.pronoun));
            if holders && !pronoun && !decision {
                return Err("holders");
            }
            // "The vote was not unanimous" / "the vote was unanimous": a state denied is
            // one holder's only when both name it; "it was not cheap" says nothing of
            // another thing called cheap.
            if opposite && subj != Rel::Match && !decision {
                return Err("holders");
            }
            // "has been closed for a decade" / "will reopen": a re-event ends the state
            // the other was in, and so presupposes it.
            if ends(wn, a, x, b) || ends(wn, b, y, a) {
                return Err("ends");
            }
            let clash = if both_affirmed {
                wn.complementary(x, y)
            } else {
                opposite && (x == y || wn.state(x).is_some_and(|s| wn.state(y) == Some(s)))
            };
            if !clash {
                return Err("states");
            }
            let about = wn.state(x).map_or_else(|| x.min(y).clone(), |(name, _)| name.to_string());
            found(Rule::State, &about)
        }
        // "The tunnel reopened on Monday" / "the tunnel remained shut on Monday": a done
        // event leaves its holder in the state the other says it stayed out of.
        (Predicate::Event(_), Predicate::State(y)) | (Predicate::State(y), Predicate::Event(_)) => {
            let event = if matches!(a.predicate, Predicate::Event(_)) { a } else { b };
            let name = broken_state(wn, event, y).ok_or("predicates")?;
            // Done, against a state that lasted or lasts ("remained shut", "remains shut");
            // not one to come ("will stay shut until May").
            let state = if std::ptr::eq(event, a) { b } else { a };
            if !both_affirmed || event.aspect != Aspect::Past || state.aspect == Aspect::Future {
                return Err("states");
            }
            if subj != Rel::Match {
                return Err("holders");
            }
            found(Rule::State, name)
        }
        _ => Err("predicates"),
    }
}

/// The state `kept`, a state said to have lasted ("remained shut", "stayed open"), when
/// `event` leaves its holder in the other side of it, as the states table names the
/// event's participle ("reopened" is open, "shut down" closed): its name.
fn broken_state<'w>(wn: &'w WordNet, event: &Event, kept: &str) -> Option<&'w str> {
    let (staying, _) = kept.split_once(' ')?;
    let lemma = crate::tag::Tagger::builtin().lemma(staying, crate::tag::Xpos::Vbd);
    if !Cues::builtin().keep.contains(lemma.as_ref()) {
        return None;
    }
    let (name, side) = wn.state(kept)?;
    let done =
        wn.state(&event.lemma).or_else(|| super::read::participle_state(wn, &event.lemma).and_then(|p| wn.state(&p)));
    done.filter(|&(n, s)| n == name && s != side).map(|(n, _)| n)
}

/// Whether the subjects of `a` and `b` meet closely: one name ("Vossen" / "Vossen"), or two
/// words in common ("the finance minister" / "Vossen, the finance minister"); "the council"
/// against "the council" may be two councils' doings.
fn close_subjects(a: &Event, b: &Event) -> bool {
    let (Some(x), Some(y)) = (a.subject.as_ref(), b.subject.as_ref()) else { return false };
    if x.name && y.name && x.lemma == y.lemma {
        return true;
    }
    x.words.iter().filter(|w| y.words.binary_search(w).is_ok()).nth(1).is_some()
}

/// Whether `m` is a measure (`measures` in `cues.toml`) of the thing `t` names: "the
/// inflation rate" (`t` its last modifier) or "the price of copper" (`t` the noun of the
/// phrase it hangs from), with no other word on either side but a country's ("the
/// number of oil wells" is no measure of oil; "interest in the scheme" is not what "the
/// interest rate" measures).
fn measure_of(m: &Head, t: &Head) -> bool {
    if m.lemma == t.lemma || !Cues::builtin().measures.contains(&m.lemma) {
        return false;
    }
    let country = |w: &String| countries().contains_key(w) || countries().contains_key(&crate::text::fold(w));
    let of = m.modifiers.last() == Some(&t.lemma) || !m.modifiers.contains(&t.lemma);
    let inside = m.words.binary_search(&t.lemma).is_ok();
    // The thing's words are the measure's; the measure's words but its head and modifiers
    // (of the phrase it hangs from) are the thing's.
    let covered = t.words.iter().all(|w| m.words.binary_search(w).is_ok() || country(w));
    let phrase = m
        .words
        .iter()
        .filter(|w| **w != m.lemma && !m.modifiers.contains(w) && !country(w))
        .all(|w| t.words.binary_search(w).is_ok());
    of && inside && covered && phrase
}

/// Whether one of two objects is a noun of deciding ("the decision", `decision_verb` in
/// `cues.toml`) and the other a noun of an event or a change ("the cut", "the merger").
fn decided(wn: &WordNet, x: Option<&Head>, y: Option<&Head>) -> bool {
    static DECIDE: OnceLock<String> = OnceLock::new();
    let decide = DECIDE.get_or_init(|| super::read::key(wn, &Cues::builtin().decision_verb));
    let of = |h: &Head| h.event && wn.verb_of_noun(&h.lemma).is_some_and(|v| super::read::key(wn, v) == *decide);
    let event = |h: &Head| !h.name && (h.event || Cues::builtin().directions.contains_key(&h.lemma));
    let (Some(x), Some(y)) = (x, y) else { return false };
    (of(x) && event(y)) || (of(y) && event(x))
}

/// Whether the verb `narrow` (its lemma and key) entails the verb `broad` (its lemma and
/// key) by [`WordNet::entails`]: "finance" / "pay", "dispatch" / "send".
fn entails(wn: &WordNet, (nl, nk): (&String, &String), (bl, bk): (&String, &String)) -> bool {
    [(nl, bl), (nl, bk), (nk, bl), (nk, bk)].iter().any(|(n, b)| wn.entails(n, b))
}

/// Whether a broader verb that the first sense of `narrow` (its lemma and key) entails is
/// an opposite of `other` (its lemma and key): "conceded" entails "admit", whose opposite
/// is "deny". (Two links each of a first sense: "admitted" says "allowed" in a later one.)
fn opposed_broader(wn: &WordNet, (nl, nk): (&String, &String), (ol, ok): (&String, &String)) -> bool {
    let mut broader = wn.broader(nl, true).chain(wn.broader(if nk != nl { nk } else { "" }, true));
    broader.any(|v| [ol, ok].iter().any(|o| v != o.as_str() && (wn.antonyms_as(Pos::Verb, v, o) || opposites(v, o))))
        || opposed_later(wn, (nl, nk), (ol, ok))
}

/// Whether a broader verb that a later sense of `narrow` (its lemma and key) entails is a
/// WordNet opposite of `other` (its lemma or key) itself: "deteriorated" entails "worsen"
/// in a later sense, whose opposite is "improve"; "banned" entails "forbid", whose
/// opposite is "allow". Only WordNet's own opposites: a later sense is a weaker link than
/// a first one, and the participants must still meet.
fn opposed_later(wn: &WordNet, (nl, nk): (&String, &String), (ol, ok): (&String, &String)) -> bool {
    // Most verbs have no opposite: the other side's opposites are looked up first.
    let narrow = if nk != nl { &[nl, nk][..] } else { &[nl][..] };
    let other = if ok != ol { &[ol, ok][..] } else { &[ol][..] };
    other.iter().any(|o| {
        verb_opposites()
            .get(o.as_str())
            .is_some_and(|ps| ps.iter().any(|p| narrow.iter().any(|n| wn.entails(n, p) && keeps_opposites(wn, n, o))))
    })
}

/// The WordNet opposites of each verb that has any.
fn verb_opposites() -> &'static FxHashMap<&'static str, Vec<&'static str>> {
    static OWN: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    OWN.get_or_init(|| {
        let mut m: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for (a, b) in WordNet::builtin().antonym_pairs(Pos::Verb) {
            m.entry(a).or_default().push(b);
            m.entry(b).or_default().push(a);
        }
        m
    })
}

/// Whether a later sense of the verb `narrow` may stand against `other`, the opposite of
/// a broader verb it entails: `narrow` has no WordNet opposite of its own, or one that is
/// `other` or entails it ("deteriorate" / "recover": "recover" entails "improve", the
/// opposite of "worsen"). A verb with other opposites is set against those; its later
/// senses meet opposites of other senses ("admitted" entails "allow" in one, and was not
/// said against "disallowed").
fn keeps_opposites(wn: &WordNet, narrow: &str, other: &str) -> bool {
    verb_opposites().get(narrow).is_none_or(|ps| ps.iter().any(|p| *p == other || wn.entails(p, other)))
}

/// The winner, the loser and the contest an affirmed event of a contest names
/// (`contest_*` in `cues.toml`): "A won the final" (A, -, final), "B lost the final" (-, B,
/// final), "A beat B" (A, B, no contest: its object is the loser), "B was beaten" (-, B).
/// "Lose" is read as a change: its agent is who lost ("B lost the final"), or, with none,
/// the thing that changed ("B lost to A").
type Outcome<'e> = (Option<&'e Head>, Option<&'e Head>, Option<Option<&'e Head>>);

fn outcome(e: &Event) -> Option<Outcome<'_>> {
    if e.polarity != Polarity::Affirmed {
        return None;
    }
    let cues = Cues::builtin();
    let l = e.lemma.as_str();
    match &e.predicate {
        Predicate::Event(_) if cues.contest_beat.contains(l) => Some((e.subject.as_ref(), e.object.as_ref(), None)),
        Predicate::Event(_) if cues.contest_win.contains(l) => {
            Some((e.subject.as_ref(), None, Some(e.object.as_ref())))
        }
        Predicate::Event(_) | Predicate::Change(..) if cues.contest_lose.contains(l) => match e.subject {
            None if matches!(e.predicate, Predicate::Change(..)) => Some((None, e.object.as_ref(), Some(None))),
            _ => Some((None, e.subject.as_ref(), Some(e.object.as_ref()))),
        },
        // "were beaten", read as a state of its holder.
        // (The participle's lemma is asked only when the event's own lemma is none of them.)
        Predicate::State(p) if !p.contains(' ') => (cues.contest_beat.contains(l)
            || cues.contest_beat.contains(crate::tag::Tagger::builtin().lemma(p, crate::tag::Xpos::Vbn).as_ref()))
        .then_some((None, e.subject.as_ref(), None)),
        _ => None,
    }
}

/// Two events of a contest that make one side its winner and its loser: "Rovers won on
/// Saturday" / "Rovers were beaten on Saturday", "A beat B" / "A lost to B". Two contests
/// named are one ("won the final" / "lost their jobs" agree); one named against none is an
/// event ("lost the vote" / "won"); a contest of another time is another ("lost their
/// previous match", `contest_other`). `None`: no such pair (the other rules decide).
fn contest_outcome(a: &Event, b: &Event) -> Option<Result<Contradiction, &'static str>> {
    let (x, y) = (outcome(a)?, outcome(b)?);
    if !same_tense(a.aspect, b.aspect) {
        return None;
    }
    let other = |h: Option<&Head>| {
        h.is_some_and(|h| h.words.iter().chain(&h.modifiers).any(|w| Cues::builtin().contest_other.contains(w)))
    };
    if other(x.2.flatten()) || other(y.2.flatten()) {
        return None;
    }
    let contests = match (x.2, y.2) {
        (Some(Some(p)), Some(Some(q))) => relate(Some(p), Some(q)) == Rel::Match,
        (Some(Some(h)), Some(None)) | (Some(None), Some(Some(h))) => h.event,
        _ => true,
    };
    let matched = |w: Option<&Head>, l: Option<&Head>| w.is_some() && l.is_some() && relate(w, l) == Rel::Match;
    if contests && (matched(x.0, y.1) || matched(y.0, x.1)) {
        let about = "win / lose".to_string();
        return Some(Ok(Contradiction { rule: Rule::Antonym, about, strength: 0.05 }));
    }
    None
}

/// True when events `a` and `b` take opposite stands on one thing (`opposites` in
/// `cues.toml`: "approved" / "vetoed", "granted" / "refused") or make one side a contest's
/// winner and loser: acts that, done to one thing, the other undoes no later act of the
/// same kind ("arrived" / "left", "opened" / "closed" are one thing's sequence).
pub(super) fn stands_opposed(a: &Event, b: &Event) -> bool {
    if outcome(a).is_some() && outcome(b).is_some() {
        return true;
    }
    let key = |e: &Event| match &e.predicate {
        Predicate::Event(k) => Some(k.clone()),
        _ => None,
    };
    let (Some(x), Some(y)) = (key(a), key(b)) else { return false };
    [(&a.lemma, &b.lemma), (&x, &y), (&a.lemma, &y), (&x, &b.lemma)]
        .iter()
        .any(|(p, q)| opposites(p, q) || opposites(q, p))
}

/// Verbs of opposite stands that WordNet does not pair (`opposites` in `cues.toml`):
/// "approve" / "reject".
fn opposites(a: &str, b: &str) -> bool {
    Cues::builtin().opposites.get(a).is_some_and(|o| o.iter().any(|x| x == b))
}

/// Whether `prior`, a state (`phrase`) that ended before its sentence's time, is the state
/// that `re`, a re-event not in the past ("reopen", "re-open"), ends: its verb without "re"
/// names the other side of that state ("open" of closed / open).
fn ends(wn: &WordNet, prior: &Event, phrase: &str, re: &Event) -> bool {
    if prior.aspect != Aspect::Past || re.aspect == Aspect::Past {
        return false;
    }
    let Some(base) = re.lemma.strip_prefix("re").map(|b| b.trim_start_matches('-')) else { return false };
    if base.len() < 3 {
        return false;
    }
    let Some((name, _)) = wn.state(phrase) else { return false };
    let of_base = wn.state(base).or_else(|| super::read::participle_state(wn, base).and_then(|p| wn.state(&p)));
    of_base.is_some_and(|(n, _)| n == name)
}

/// The predicate of a need: "require", "need", "must be approved".
fn is_need(wn: &WordNet, p: &Predicate) -> bool {
    static NEED: OnceLock<String> = OnceLock::new();
    let need = NEED.get_or_init(|| super::read::key(wn, &Cues::builtin().need_verb));
    matches!(p, Predicate::Event(x) if x == need)
}

/// Whether two verbs (each its lemma and key) stand opposed: WordNet opposites, opposite
/// stands (`opposites` in `cues.toml`), or a broader verb of one opposed to the other.
fn verbs_opposed(wn: &WordNet, (al, x): (&String, &String), (bl, y): (&String, &String)) -> bool {
    wn.antonyms_as(Pos::Verb, al, bl)
        || wn.antonyms_as(Pos::Verb, x, y)
        || [(al, bl), (x, y), (al, y), (x, bl)].iter().any(|(p, q)| opposites(p, q))
        || opposed_broader(wn, (al, x), (bl, y))
        || opposed_broader(wn, (bl, y), (al, x))
}

/// The one-word verbs of each phrasal verb's later senses ([`WordNet::late_phrasal_pairs`]):
/// the phrase stands where they stand.
fn phrasal_verbs() -> &'static FxHashMap<&'static str, Vec<&'static str>> {
    static OWN: OnceLock<FxHashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    OWN.get_or_init(|| {
        let wn = WordNet::builtin();
        let mut m: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for (p, v) in wn.late_phrasal_pairs() {
            m.entry(p).or_default().push(v);
        }
        m
    })
}

/// A phrasal verb and a one-word verb (or its class) that WordNet gives one sense.
fn phrasal(wn: &WordNet, a: &Event, b: &Event) -> bool {
    let (Predicate::Event(x), Predicate::Event(y)) = (&a.predicate, &b.predicate) else { return false };
    [(&a.lemma, &b.lemma), (&a.lemma, y), (x, &b.lemma)].iter().any(|(p, q)| wn.phrasal_same(p, q))
}

/// An event its own sentence also says the opposite of ("A says the plant closed, B denies
/// it closed"): the article reports a dispute; it takes no side.
pub(super) fn disputed(e: &Event, all: &[Event]) -> bool {
    matches!(e.predicate, Predicate::Event(_) | Predicate::Had(_))
        && all.iter().any(|o| o.predicate == e.predicate && o.polarity != e.polarity)
}

/// What the pair filter sees of one sentence without tagging it.
#[derive(Debug, Clone, Default)]
pub(super) struct Look {
    /// Events its words may name, by key (a verb class for "postpone" and "postponement").
    keys: Vec<u64>,
    /// Keys of the words just after a denial ("not", "no", "yet to", "denied").
    denied: Vec<u64>,
    /// Keys of the broader verbs its words entail ([`WordNet::entails`]): what a denial
    /// of the other side may deny, not participants.
    broader: Vec<u64>,
    /// Sides of opposites its words stand on: (group, side).
    sides: Vec<(u32, u8)>,
    /// Years, months and weekdays named.
    times: Vec<u64>,
    /// Other numbers written in digits ("7" of "slid 7%").
    numbers: Vec<u64>,
    /// A bit for each of `keys` ([`bit`]): a key whose bit is not set is not among them,
    /// found without a search.
    key_bits: u64,
    /// A bit for each group of `sides`.
    group_bits: u64,
    /// A bit for each of `denied`: a look with none of them among its `key_bits` holds
    /// none of them.
    denied_bits: u64,
}

/// The bit of a key or group in a [`Look`]'s bits (one of 64): two looks with no bit in
/// common share none.
fn bit(k: u64) -> u64 {
    1 << (k % 64)
}

/// What a phrasal verb tells the filter: the keys of the one-word verbs of its first senses
/// and the sides of oppositions it stands on ([`Filter::phrasal_words`]).
type PhrasalWords = (Vec<u64>, Vec<(u32, u8)>);

/// What one word tells the filter.
#[derive(Debug, Clone, Default)]
pub(super) struct Word {
    key: u64,
    /// A verb or event noun WordNet knows.
    event: bool,
    sides: Vec<(u32, u8)>,
    deny: bool,
    time: bool,
    /// The key of its group of nouns of one thing, if any.
    thing: Option<u64>,
    /// A particle of a phrasal verb: "down" of "broke down".
    particle: bool,
    /// A cancelling verb form ([`CANCEL`]).
    cancel: bool,
    /// The hash of the particle after which this verb form denies what follows ("ruled"
    /// of "ruled out raising"), 0 for none.
    deny_particle: u64,
    /// A count, in digits or words: one side of a tally.
    count: bool,
    /// A word of a vote: "vote", "voted".
    vote: bool,
    /// Keys of the broader verbs it entails ([`WordNet::entails`]): "dispatched" says
    /// "sent".
    broader: Vec<u64>,
}

/// The words [`Filter::look`] has read, by the word as written.
#[derive(Default)]
pub(super) struct WordCache {
    index: FxHashMap<String, u32>,
    /// [`WordCache::index`] of the words of at most 15 bytes, by the word as a number
    /// ([`super::words::packed`]): found with no string hashed.
    short: FxHashMap<u128, u32>,
    words: Vec<Word>,
    /// The event keys of a verb and the particle after it ("broke down"), by the two
    /// words' indexes in `words`.
    phrasal: FxHashMap<(u32, u32), PhrasalWords>,
    /// By a word's index in `words`, its lemma read as a past ([`Filter::phrasal_words`])
    /// when that is the verb of a phrasal verb of the filter's, `None` when not: a word
    /// before many particles is read once.
    heads: FxHashMap<u32, Option<String>>,
    /// By the lexicon id of a word's folded form ([`crate::tag::SentenceTags::ids`]), one
    /// past its index in `words` (0: not read yet): what the filter reads of a word is
    /// read of its folded form, so a word the claim reader knew is found with no string
    /// hashed.
    by_id: Vec<u32>,
    /// The look being read, its lists grown here and handed on at their final sizes: a
    /// look of every sentence of a check is kept, so each list is allocated once, exactly.
    scratch: Look,
}

/// The words of a sentence as the claim reader kept them: the byte ranges in the
/// sentence of [`crate::tag::tokenize`]'s words and the lexicon ids of their folded forms.
pub(super) type Record<'r> = (&'r [(u32, u32)], &'r [u32]);

/// How many content words after a denial may name what it denies ("At no point did either
/// of the aircraft's engines fail").
const DENIED_REACH: usize = 3;

/// For the events trace: how many keys each look denies, and how many keys they share.
pub(super) fn look_counts(a: &Look, b: &Look) -> (usize, usize, usize) {
    (a.denied.len(), b.denied.len(), a.keys.iter().filter(|k| b.keys.binary_search(k).is_ok()).count())
}

/// Opposite words and event keys, by stem, to find the sentence pairs worth tagging.
pub(super) struct Filter {
    stemmer: rust_stemmers::Stemmer,
    keys: FxHashMap<String, u64>,
    sides: FxHashMap<String, Vec<(u32, u8)>>,
    /// What a folded word is among the filter's word lists, as bits ([`DENY`], [`TIME`],
    /// [`COUNT`], [`NEED`], [`FUNCTION`], [`PARTICLE`]): one look-up for all of them.
    flags: FxHashMap<String, u8>,
    /// The groups of `sides` that are hand-made complementary states.
    states: std::ops::Range<u32>,
    /// The key of a need (its modals, "must", are [`NEED`]).
    need: u64,
    /// The first group of `sides` that is no pair of WordNet verb opposites: opposite
    /// stands, a contest, states and the rest.
    stands: u32,
    /// The group of `sides` of the directions of change (up, down, flat).
    change: u32,
    /// The group of `sides` of places in a series ("first", "second").
    ordinal: u32,
    /// The group of `sides` of a decision's unanimity: "unanimous" on one side, a tally
    /// with votes on both sides ("a 5-4 vote") on the other.
    unanimity: u32,
    /// The groups of [`Filter::negation_sides`]: read for a self-contradiction only.
    negations: std::ops::Range<u32>,
    /// WordNet adjective opposites one of which is the other with a negative prefix
    /// ("legal" / "illegal", "safe" / "unsafe"), by stem: contradictories, not two ends of a
    /// scale ("hot" / "cold"), kept apart from `sides` so that no word is keyed anew.
    negation_sides: FxHashMap<String, Vec<(u32, u8)>>,
    /// Stems of the words of a vote (`tally_words`).
    tally: FxHashSet<String>,
    /// Words between a tally's two counts.
    joiners: FxHashSet<String>,
    /// Nouns of one thing (`same_thing` in `cues.toml`) to their group's key: "takings"
    /// and "revenue" are one participant, though their stems are not.
    things: FxHashMap<String, u64>,
    /// Keys of reporting and light verbs: shared, they say nothing of who or what.
    weak: FxHashSet<u64>,
    /// Phrasal verbs ("break down") to the keys of the one-word verbs of their first senses
    /// ("fail") and the sides of oppositions of verbs that the one-word verbs of their later
    /// senses stand on, found by the verb's lemma and the particle after it.
    phrasal: FxHashMap<String, PhrasalWords>,
    /// Verbs and their event nouns, by stem, to the keys of the broader verbs they entail
    /// ([`WordNet::entails`]).
    broader: FxHashMap<String, Vec<u64>>,
    /// Every part of a key of `phrasal` before one of its spaces: the verb of a phrase
    /// that is not among them heads no phrasal verb.
    phrasal_heads: FxHashSet<String>,
    /// Forms of verbs that deny the gerund after their particle, to the particle's hash:
    /// "ruled" → "out" ("ruled out raising the fare").
    denying_particles: FxHashMap<String, u64>,
}

/// The forms of a regular verb: "rule", "rules", "ruled", "ruling".
fn verb_forms(verb: &str) -> [String; 4] {
    let stem = verb.strip_suffix('e').unwrap_or(verb);
    [verb.to_string(), format!("{verb}s"), format!("{stem}ed"), format!("{stem}ing")]
}

/// [`Filter::flags`]: a word that denies what follows ("not", "without", "failed").
const DENY: u8 = 1;
/// A month or weekday.
const TIME: u8 = 2;
/// A count in words: "seven".
const COUNT: u8 = 4;
/// A modal that makes a need: "must".
const NEED: u8 = 8;
/// A function word.
const FUNCTION: u8 = 16;
/// A particle of a phrasal verb: "down".
const PARTICLE: u8 = 32;
/// A cancelling verb: "cancelled" (`cancelling` in `cues.toml`).
const CANCEL: u8 = 64;

/// Puts each form of a phrase's verb in `words`, or, when the phrase has a particle ("rule
/// out", "call off"), in `particles` with the particle it needs after it.
fn phrase_verb_forms(
    forms: impl IntoIterator<Item = String>,
    particle: Option<&str>,
    particles: &mut FxHashMap<String, u64>,
    words: &mut FxHashSet<String>,
) {
    for form in forms {
        match particle {
            Some(p) => {
                particles.insert(form, hash(p));
            }
            None => {
                words.insert(form);
            }
        }
    }
}

/// The forms of a cancelling verb: [`verb_forms`], and a final consonant doubled
/// ("scrapped", "cancelled"; "canceled" is of `verb_forms`).
fn cancelling_forms(verb: &str) -> Vec<String> {
    let mut forms = verb_forms(verb).to_vec();
    if let Some(last) = verb.chars().last().filter(|c| !"aeiouwxy".contains(*c)) {
        forms.extend([format!("{verb}{last}ed"), format!("{verb}{last}ing")]);
    }
    forms
}

/// Forms of "be" before a passive participle: "was cancelled", "has been called off".
fn is_be(w: &str) -> bool {
    matches!(w, "was" | "were" | "been" | "be" | "is" | "are" | "being")
}

/// How many event words before a passive cancelling verb it may deny: "Friday's evening
/// sailing to the island was cancelled".
const CANCELLED_BEFORE: usize = 4;

fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

impl Filter {
    pub(super) fn builtin() -> &'static Filter {
        static FILTER: OnceLock<Filter> = OnceLock::new();
        FILTER.get_or_init(Filter::new)
    }

    fn new() -> Filter {
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        let stem = |w: &str| crate::align::stem::stem(&stemmer, w);
        let wn = WordNet::builtin();
        let cues = Cues::builtin();
        // The hashed key of a verb, each verb's once: the broader verbs of thousands of
        // pairs are a few hundred.
        let mut verb_keys: FxHashMap<&str, u64> = FxHashMap::default();
        let mut key_hash = |verb| *verb_keys.entry(verb).or_insert_with(|| hash(&super::read::key(wn, verb)));
        // A word's key is its verb's class: members of a class and the nouns derived from
        // them share one.
        let mut keys: FxHashMap<String, u64> = FxHashMap::default();
        let event_nouns = wn.event_nouns();
        for &(noun, verb) in &event_nouns {
            let k = key_hash(verb);
            for w in [noun, verb].into_iter().filter(|w| !w.contains(' ')) {
                keys.entry(stem(w)).or_insert(k);
            }
        }
        for (class, members) in wn.classes() {
            for m in members.iter().filter(|m| !m.contains(' ')) {
                keys.insert(stem(m), hash(wn.class_name(class)));
            }
        }
        for verb in cues.synonyms.keys() {
            keys.insert(stem(verb), hash(&super::read::key(wn, verb)));
        }
        // Verbs (and their event nouns) to the keys of the broader verbs they entail, and
        // broader verbs to the verbs whose first sense entails them.
        let entail_pairs = wn.entail_pairs();
        let mut broader: FxHashMap<String, Vec<u64>> = FxHashMap::default();
        let mut narrower: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        // Broader verbs to the verbs only a later sense of which entails them ("deteriorate"
        // of "worsen"): on a side of a WordNet opposition only ([`opposed_later`]).
        let mut later: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for &(n, b) in &entail_pairs {
            if wn.broader(n, true).any(|x| x == b) {
                narrower.entry(b).or_default().push(n);
            } else {
                later.entry(b).or_default().push(n);
            }
            if !n.contains(' ') {
                let k = key_hash(b);
                let v = broader.entry(stem(n)).or_default();
                if !v.contains(&k) {
                    v.push(k);
                }
            }
        }
        for &(noun, verb) in &event_nouns {
            if noun.contains(' ') || noun == verb {
                continue;
            }
            let ks: Vec<u64> = wn.broader(verb, false).map(&mut key_hash).collect();
            if !ks.is_empty() {
                let v = broader.entry(stem(noun)).or_default();
                for k in ks {
                    if !v.contains(&k) {
                        v.push(k);
                    }
                }
            }
        }
        // A verb and its event nouns hold the keys of the verbs of one act to a denial
        // ([`WordNet::mates`]), as they hold broader ones: "sacked" says what "was not
        // dismissed" denies, "injuries" what "no one was hurt" denies.
        let mut sense_mates: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for (a, b) in wn.mate_pairs() {
            sense_mates.entry(a).or_default().push(b);
            sense_mates.entry(b).or_default().push(a);
        }
        let nouns = event_nouns.iter().filter(|(n, v)| n != v && !n.contains(' '));
        for (word, verb) in sense_mates.keys().map(|&v| (v, v)).chain(nouns.map(|&(n, v)| (n, v))) {
            let Some(others) = sense_mates.get(verb) else { continue };
            let ks: Vec<u64> = others.iter().map(|&m| key_hash(m)).collect();
            let v = broader.entry(stem(word)).or_default();
            for k in ks {
                if !v.contains(&k) {
                    v.push(k);
                }
            }
        }
        // The other one-word members of the class a verb names ("sanction" of "approve"):
        // the reader keys them by that name, and opposes the name's opposites.
        let mut mates: FxHashMap<&str, Vec<&str>> = FxHashMap::default();
        for (class, members) in wn.classes() {
            let name = wn.class_name(class);
            let others: Vec<&str> = members.into_iter().filter(|m| *m != name && !m.contains(' ')).collect();
            if !others.is_empty() {
                mates.insert(name, others);
            }
        }
        let mut sides: FxHashMap<String, Vec<(u32, u8)>> = FxHashMap::default();
        let mut group = 0u32;
        // A phrase is found by its longest word: "custody" of "remanded in custody".
        let add = |phrase: &str, group: u32, side: u8, sides: &mut FxHashMap<String, Vec<(u32, u8)>>| {
            if let Some(w) = phrase.split(' ').max_by_key(|w| w.len()) {
                let v = sides.entry(crate::align::stem::stem(&stemmer, w)).or_default();
                if !v.contains(&(group, side)) {
                    v.push((group, side));
                }
            }
        };
        // Verb opposites but not converses; adjective opposites are common ("new" / "old")
        // and the ones news contradicts itself with are hand-made states too.
        for (a, b) in wn.antonym_pairs(Pos::Verb) {
            if !cues.converses.contains(&(a.to_string(), b.to_string())) {
                add(a, group, 0, &mut sides);
                add(b, group, 1, &mut sides);
                // A verb entailing one side stands on it: "conceded" on that of "admit", and
                // "deteriorated" (a later sense) on that of "worsen"; so does a verb of the
                // class a side names.
                for (v, side, other) in [(a, 0, b), (b, 1, a)] {
                    let kept = later.get(v).into_iter().flatten().filter(|n| keeps_opposites(wn, n, other));
                    let entailing = narrower.get(v).into_iter().flatten().chain(kept);
                    for n in entailing.filter(|n| !n.contains(' ')) {
                        add(n, group, side, &mut sides);
                    }
                    for m in mates.get(v).into_iter().flatten() {
                        add(m, group, side, &mut sides);
                    }
                }
                group += 1;
            }
        }
        let stands = group;
        // Opposites WordNet does not pair ("approve" / "reject"), one group each.
        let mut opposites: Vec<(&String, &String)> =
            cues.opposites.iter().flat_map(|(a, o)| o.iter().filter(move |b| a < *b).map(move |b| (a, b))).collect();
        opposites.sort();
        for (a, b) in opposites {
            add(a, group, 0, &mut sides);
            add(b, group, 1, &mut sides);
            for (v, side) in [(a, 0), (b, 1)] {
                for n in narrower.get(v.as_str()).into_iter().flatten().filter(|n| !n.contains(' ')) {
                    add(n, group, side, &mut sides);
                }
                for m in mates.get(v.as_str()).into_iter().flatten() {
                    add(m, group, side, &mut sides);
                }
            }
            group += 1;
        }
        // A contest: its winner's verbs on one side, its loser's on the other, and a beating,
        // which names both, on both ("Rovers won" / "Rovers were beaten" / "Rovers lost").
        for (words, sides_of) in
            [(&cues.contest_win, &[0u8][..]), (&cues.contest_lose, &[1]), (&cues.contest_beat, &[0, 1])]
        {
            let mut words: Vec<&String> = words.iter().collect();
            words.sort();
            for w in words {
                for &side in sides_of {
                    add(w, group, side, &mut sides);
                }
            }
        }
        group += 1;
        // One group per hand-made state, after the antonyms.
        let mut states: FxHashMap<&str, u32> = FxHashMap::default();
        for p in wn.state_phrases() {
            if let Some((name, yes)) = wn.state(p) {
                let next = group + states.len() as u32;
                let g = *states.entry(name).or_insert(next);
                add(p, g, u8::from(yes), &mut sides);
            }
        }
        // A noun of a verb that leaves a state stands on its side ("closure": closed), and a
        // verb that keeps its object on the side of "in force" ("kept its dividend").
        for &(noun, verb) in &event_nouns {
            let part = super::read::participle_state(wn, verb);
            if let Some((name, yes)) = part.as_deref().and_then(|p| wn.state(p)) {
                if let Some(&g) = states.get(name) {
                    add(noun, g, u8::from(yes), &mut sides);
                }
            }
        }
        // A ban stands on the closed side of what it forbids ("the ban on cod fishing" /
        // "reopened the cod fishery").
        if let Some(&g) = wn.state(&cues.ban_closes).and_then(|(name, _)| states.get(name)) {
            for b in &cues.bans {
                add(b, g, 0, &mut sides);
            }
        }
        if let Some((&g, true)) = wn.state("in force").and_then(|(name, yes)| Some((states.get(name)?, yes))) {
            for v in &cues.continuing {
                for form in [v.clone(), format!("{v}s"), format!("{v}ed"), format!("{v}ing")] {
                    add(&form, g, 1, &mut sides);
                }
            }
            // The one irregular past of `continuing`.
            add("kept", g, 1, &mut sides);
        }
        let state_groups = group..group + states.len() as u32;
        group += states.len() as u32;
        let change = group;
        let ordinal = group + 1;
        let unanimity = group + 2;
        // Adjective opposites by a negative prefix, one group each after the unanimity's.
        let mut negation_sides: FxHashMap<String, Vec<(u32, u8)>> = FxHashMap::default();
        let negated =
            |a: &str, b: &str| NEGATIVE_PREFIXES.iter().any(|p| b.strip_prefix(p).is_some_and(|rest| rest == a));
        let mut next = group + 3;
        for (a, b) in wn.antonym_pairs(Pos::Adjective) {
            if a.contains(' ') || b.contains(' ') || !(negated(a, b) || negated(b, a)) {
                continue;
            }
            add(a, next, 0, &mut negation_sides);
            add(b, next, 1, &mut negation_sides);
            next += 1;
        }
        let negations = group + 3..next;
        let tally: FxHashSet<String> = cues.tally_words.iter().map(|w| stem(w)).collect();
        for w in &cues.decision_states {
            add(w, unanimity, 1, &mut sides);
            add(&format!("{w}ly"), unanimity, 1, &mut sides);
        }
        for (w, place) in &cues.ordinals {
            add(w, ordinal, *place, &mut sides);
        }
        let mut dirs: Vec<(&String, &Direction)> = cues.directions.iter().collect();
        dirs.sort();
        for (w, d) in dirs {
            add(w, group, *d as u8, &mut sides);
        }
        let mut deny: FxHashSet<String> = cues.negators.iter().chain(&cues.denying_prepositions).cloned().collect();
        deny.extend(
            cues.denying.iter().flat_map(|w| [w.clone(), format!("{w}s"), format!("{}ied", &w[..w.len() - 1])]),
        );
        // "still lacks approval": a lacking verb denies the event noun after it.
        deny.extend(
            cues.lacking.iter().flat_map(|w| [w.clone(), format!("{w}s"), format!("{w}ed"), format!("{w}ing")]),
        );
        // "has yet to", "failed to", "was unable to": the forms of `deny_before_to`.
        deny.extend(cues.deny_before_to.iter().flat_map(|w| verb_forms(w)));
        // "avoided cutting", "refrained from commenting": the verb denies what follows;
        // "ruled out raising": so does the verb before its particle, with it
        // (`Filter::denying_particles`).
        let mut denying_particles: FxHashMap<String, u64> = FxHashMap::default();
        for (verb, rest) in &cues.deny_before_ing {
            let particle = rest.first().map(String::as_str).filter(|p| cues.particles.contains(*p));
            phrase_verb_forms(verb_forms(verb), particle, &mut denying_particles, &mut deny);
        }
        // "cancelled the sailing", "called off the march": a cancelling verb denies the
        // event noun after it, and after a form of "be" the ones before it ("the sailing
        // was cancelled"), as its `CANCEL` flag says.
        let mut cancel: FxHashSet<String> = FxHashSet::default();
        for phrase in &cues.cancelling {
            let mut words = phrase.split(' ');
            let (Some(verb), particle) = (words.next(), words.next()) else { continue };
            phrase_verb_forms(cancelling_forms(verb), particle, &mut denying_particles, &mut cancel);
        }
        let weak = cues
            .reporting
            .iter()
            .chain(&cues.light)
            .chain(&cues.denying)
            .flat_map(|w| [w.clone(), format!("{w}s"), format!("{w}ed"), format!("{w}d")])
            .chain(["said", "told", "made", "took", "gave", "held"].map(String::from))
            .map(|w| {
                let st = crate::align::stem::stem(&stemmer, &w);
                keys.get(&st).copied().unwrap_or_else(|| hash(&st))
            })
            .collect();
        let mut phrasal: FxHashMap<String, PhrasalWords> = FxHashMap::default();
        for (p, v) in wn.phrasal_pairs() {
            let k = key_hash(v);
            let entry = &mut phrasal.entry(p.to_string()).or_default().0;
            if !entry.contains(&k) {
                entry.push(k);
            }
        }
        // "threw out the plan": a phrasal verb stands where a one-word verb of a later sense
        // of it stands on an opposition of verbs ("dismiss", on the side of "reject"); not on
        // a state's side, which the verb's participle, not the phrase, is read on. (Verbs of
        // its first senses, set so, met acts of other senses on stories nobody tuned for:
        // "ruled out for offside" / "disallowed", "passed up the chance" / "helped".)
        for (p, v) in wn.late_phrasal_pairs() {
            let verb_sides = sides.get(stem(v).as_str()).into_iter().flatten();
            let entry = &mut phrasal.entry(p.to_string()).or_default().1;
            for &(g, side) in verb_sides.filter(|(g, _)| *g < state_groups.start) {
                if !entry.contains(&(g, side)) {
                    entry.push((g, side));
                }
            }
        }
        let phrasal_heads = phrasal
            .keys()
            .flat_map(|p| p.char_indices().filter(|&(_, c)| c == ' ').map(|(i, _)| p[..i].to_string()))
            .collect();
        let mut flags: FxHashMap<String, u8> = FxHashMap::default();
        let lists: [(&mut dyn Iterator<Item = &String>, u8); 7] = [
            (&mut deny.iter(), DENY),
            (&mut cancel.iter(), DENY | CANCEL),
            (&mut cues.times.iter(), TIME),
            (&mut cues.count_words.keys(), COUNT),
            (&mut cues.necessity.iter(), NEED),
            (&mut cues.function_words.iter(), FUNCTION),
            (&mut cues.particles.iter(), PARTICLE),
        ];
        for (words, flag) in lists {
            for w in words {
                *flags.entry(w.clone()).or_default() |= flag;
            }
        }
        Filter {
            denying_particles,
            phrasal,
            broader,
            phrasal_heads,
            flags,
            stemmer,
            keys,
            sides,
            states: state_groups,
            stands,
            need: hash(&super::read::key(wn, &cues.need_verb)),
            change,
            ordinal,
            unanimity,
            tally,
            joiners: cues.tally_joiners.iter().cloned().collect(),
            things: cues
                .same_thing
                .iter()
                .flat_map(|(w, first)| [(w.clone(), hash(first)), (format!("{w}s"), hash(first))])
                .collect(),
            weak,
            negations,
            negation_sides,
        }
    }

    fn word(&self, lower: &str) -> Word {
        let flags = self.flags.get(lower).copied().unwrap_or(0);
        let mut w = Word {
            deny: flags & DENY != 0 || lower.ends_with("n't"),
            particle: flags & PARTICLE != 0,
            cancel: flags & CANCEL != 0,
            deny_particle: self.denying_particles.get(lower).copied().unwrap_or(0),
            time: flags & TIME != 0 || super::words::is_year(lower),
            ..Word::default()
        };
        w.count = flags & COUNT != 0 || (lower.len() <= 3 && lower.bytes().all(|b| b.is_ascii_digit()));
        if w.time {
            w.key = hash(lower);
            return w;
        }
        // "must be approved" is a need: keyed like "does not require".
        if flags & NEED != 0 {
            w.key = self.need;
            w.event = true;
            return w;
        }
        if lower.len() < 3 || flags & FUNCTION != 0 {
            return w;
        }
        let stem = crate::align::stem::stem(&self.stemmer, lower);
        w.vote = self.tally.contains(&stem);
        // "authorized" is keyed like "authorised" when WordNet keeps that spelling only.
        // ("prize", "seize": too short a stem to be one.)
        let known = self.keys.get(stem.as_str()).copied().or_else(|| {
            let at = ["ize", "ized", "izes", "izing", "ization"]
                .iter()
                .find_map(|s| lower.strip_suffix(s).map(str::len))
                .filter(|&at| at >= 4)?;
            let british = format!("{}is{}", &lower[..at], &lower[at + 2..]);
            self.keys.get(crate::align::stem::stem(&self.stemmer, &british).as_str()).copied()
        });
        // "upheld", "sold": an irregular past is keyed, and stands on sides, as its verb is.
        // The stem of its lemma read as a past, read at most once (both below ask for it).
        let mut lemma_stem: Option<String> = None;
        // ("lost": a past on sides of its own, a change's, stands on its verb's too, the
        // loser's of a contest.)
        let mut lemma_sides: Option<&Vec<(u32, u8)>> = None;
        let (stem, known) = match known {
            Some(k) => (stem, Some(k)),
            None if self.sides.contains_key(stem.as_str()) => {
                let st = lemma_stem.get_or_insert_with(|| self.lemma_stem(lower, &stem));
                if *st != stem {
                    lemma_sides = self.sides.get(st.as_str());
                }
                (stem, None)
            }
            None => {
                let st = lemma_stem.get_or_insert_with(|| self.lemma_stem(lower, &stem));
                match self.keys.get(st.as_str()) {
                    Some(&k) if *st != stem => (st.clone(), Some(k)),
                    _ if *st != stem && self.sides.contains_key(st.as_str()) => (st.clone(), None),
                    _ => (stem, None),
                }
            }
        };
        w.event = known.is_some();
        // An "-ification" noun WordNet lacks is keyed like its "-ify" verb, as the reader
        // keys it: "prequalification" with "prequalified".
        let stem = match lower.strip_suffix("ification").filter(|b| known.is_none() && b.len() >= 3) {
            Some(base) => crate::align::stem::stem(&self.stemmer, &format!("{base}ify")),
            None => stem,
        };
        w.key = known.unwrap_or_else(|| hash(&stem));
        w.sides = self.sides.get(stem.as_str()).cloned().unwrap_or_default();
        w.sides.extend(self.negation_sides.get(stem.as_str()).into_iter().flatten());
        for &p in lemma_sides.into_iter().flatten() {
            if !w.sides.contains(&p) {
                w.sides.push(p);
            }
        }
        w.thing = self.things.get(lower).copied();
        // ("sent": an irregular past is found by its lemma.)
        w.broader = match self.broader.get(stem.as_str()) {
            Some(v) => v.clone(),
            None if !w.event => {
                let st = match lemma_stem {
                    Some(st) => st,
                    None => self.lemma_stem(lower, &crate::align::stem::stem(&self.stemmer, lower)),
                };
                if st == stem {
                    Vec::new()
                } else {
                    self.broader.get(st.as_str()).cloned().unwrap_or_default()
                }
            }
            None => Vec::new(),
        };
        w
    }

    /// The stem of the lemma of `lower` read as a past; `stem` is the stem of `lower`
    /// itself, which is the answer when the lemma is the word (most words).
    fn lemma_stem(&self, lower: &str, stem: &str) -> String {
        let lemma = crate::tag::Tagger::builtin().lemma(lower, crate::tag::Xpos::Vbd);
        if lemma == lower {
            stem.to_string()
        } else {
            crate::align::stem::stem(&self.stemmer, &lemma)
        }
    }

    /// Reads one sentence's words, each word once per `cache`.
    #[cfg(test)]
    pub(super) fn look(&self, sentence: &str, cache: &mut WordCache) -> Look {
        self.look_kept(sentence, None, cache)
    }

    /// [`Filter::look`], with the words the claim reader kept of the sentence, if any: a
    /// word of the filter's that is one of those is found by its id.
    pub(super) fn look_kept(&self, sentence: &str, kept: Option<Record<'_>>, cache: &mut WordCache) -> Look {
        let (kept_ranges, kept_ids) = kept.unwrap_or((&[], &[]));
        // The next kept word that may be the filter's word.
        let mut next = 0;
        let mut look = std::mem::take(&mut cache.scratch);
        for v in [&mut look.keys, &mut look.denied, &mut look.broader, &mut look.times, &mut look.numbers] {
            v.clear();
        }
        look.sides.clear();
        let mut since_denial = usize::MAX;
        let mut first = true;
        // (A sentence in capitals throughout, a heading, holds no initialism to tell apart.)
        let mixed = sentence.bytes().any(|b| b.is_ascii_lowercase());
        // The word before, as written, and its index in the cache.
        let mut previous: Option<(&str, u32)> = None;
        // Whether the word before the previous one is a form of "be" ("was called off").
        let mut be_before_previous = false;
        // The keys of the last event words, for a passive cancelling verb after them.
        let mut events_before = [0u64; CANCELLED_BEFORE];
        let mut events_seen = 0usize;
        // A tally: the end of the last count, and whether two counts were joined ("5-4",
        // "nine votes to two") and a vote word seen.
        let (mut count_end, mut counts, mut vote) = (None::<usize>, false, false);
        for r in Words::new(sentence) {
            let w = &sentence[r.clone()];
            // "the French Open", "Closed Shop Ltd": a name, on no side of a state.
            let name = !std::mem::take(&mut first)
                && match w.as_bytes()[0] {
                    b if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => w.chars().next().is_some_and(char::is_uppercase),
                };
            while next < kept_ranges.len() && (kept_ranges[next].0 as usize) < r.start {
                next += 1;
            }
            let id = match kept_ranges.get(next) {
                Some(&(a, b)) if a as usize == r.start && b as usize == r.end => kept_ids[next],
                _ => crate::tag::NO_ID,
            };
            let at = if id == crate::tag::NO_ID { self.index(w, cache) } else { self.index_by_id(w, id, cache) };
            let word = &cache.words[at as usize];
            vote |= word.vote;
            if word.count {
                if let Some(end) = count_end {
                    let gap = sentence.get(end..r.start).unwrap_or_default();
                    let vote_word = |g: &&str| self.tally.iter().any(|t| g.starts_with(t.as_str()));
                    let mut between = gap.split_whitespace().filter(|g| !vote_word(g));
                    counts |= between.next().is_some_and(|g| self.joiners.contains(g)) && between.next().is_none();
                }
                count_end = Some(r.end);
            } else if count_end.is_some() && !(word.vote || self.joiners.contains(w)) {
                count_end = None;
            }
            if word.time {
                look.times.push(word.key);
            } else if word.key == 0 && mixed && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()) {
                // "by WHO", "the US": an initialism spelled as a function word names who or
                // what; keyed as written, apart from the word ("who", "us").
                look.keys.push(hash(w));
            } else if w.bytes().all(|b| b.is_ascii_digit()) {
                look.numbers.push(hash(w));
            } else if word.key != 0 {
                // Only content words count towards the reach; past the first, only verbs
                // and event nouns are what a denial denies.
                since_denial = since_denial.saturating_add(1);
                look.keys.push(word.key);
                if let Some(thing) = word.thing {
                    look.keys.push(thing);
                }
                look.broader.extend_from_slice(&word.broader);
                if since_denial == 1 || (since_denial <= DENIED_REACH && word.event) {
                    look.denied.push(word.key);
                }
                if word.event {
                    events_before[events_seen % CANCELLED_BEFORE] = word.key;
                    events_seen += 1;
                }
            }
            let denying_particle = word.particle
                && previous.is_some_and(|(_, b)| {
                    let d = cache.words[b as usize].deny_particle;
                    d != 0 && d == hash(&crate::text::fold(w))
                });
            if word.deny || denying_particle {
                since_denial = 0;
            }
            // "the sailing was cancelled", "the vote was called off": the events before.
            let be_previous = previous.is_some_and(|(p, _)| is_be(p));
            if (word.cancel && be_previous) || (denying_particle && be_before_previous) {
                look.denied.extend_from_slice(&events_before[..events_seen.min(CANCELLED_BEFORE)]);
            }
            be_before_previous = be_previous;
            if !name && !word.sides.is_empty() {
                // "was not unanimous", "is no longer closed": the first word after a denial
                // stands on the other side of a complementary state; other groups (verb
                // opposites, changes, places in a series) are not two sides of one state.
                let denied_state = |g: u32| {
                    since_denial == 1
                        && (self.states.contains(&g) || self.negations.contains(&g) || g == self.unanimity)
                };
                look.sides.extend(word.sides.iter().map(|&(g, s)| (g, if denied_state(g) { 1 - s } else { s })));
            }
            // "broke down": the keys of "fail", which WordNet gives as one of its senses,
            // and the sides it stands on.
            if let Some((before, b)) = previous.filter(|_| word.particle) {
                let heads = &mut cache.heads;
                let (keys, sides) = cache.phrasal.entry((b, at)).or_insert_with(|| {
                    let head = heads.entry(b).or_insert_with(|| self.phrasal_head(before));
                    head.as_deref().map_or_else(Default::default, |verb| self.phrasal_words(verb, w))
                });
                look.keys.extend_from_slice(keys);
                look.sides.extend_from_slice(sides);
            }
            previous = Some((w, at));
        }
        if counts && vote {
            look.sides.push((self.unanimity, 0));
        }
        for v in [&mut look.keys, &mut look.denied, &mut look.broader, &mut look.times, &mut look.numbers] {
            v.sort_unstable();
            v.dedup();
        }
        look.sides.sort_unstable();
        look.sides.dedup();
        look.key_bits = look.keys.iter().chain(&look.broader).fold(0, |b, &k| b | bit(k));
        look.group_bits = look.sides.iter().fold(0, |b, &(g, _)| b | bit(u64::from(g)));
        look.denied_bits = look.denied.iter().fold(0, |b, &k| b | bit(k));
        let kept = Look {
            keys: look.keys.clone(),
            denied: look.denied.clone(),
            broader: look.broader.clone(),
            sides: look.sides.clone(),
            times: look.times.clone(),
            numbers: look.numbers.clone(),
            ..look
        };
        cache.scratch = look;
        kept
    }

    /// The index in `cache` of the word `w` as written, read now if new: a word seen
    /// before costs one look-up, no folding.
    fn index(&self, w: &str, cache: &mut WordCache) -> u32 {
        let short = super::words::packed(w);
        let known = match short {
            Some(n) => cache.short.get(&n),
            None => cache.index.get(w),
        };
        if let Some(&k) = known {
            return k;
        }
        let lower = crate::text::fold(w);
        let word = self.word(&lower);
        cache.words.push(word);
        let k = (cache.words.len() - 1) as u32;
        match short {
            Some(n) => cache.short.insert(n, k),
            None => cache.index.insert(w.to_string(), k),
        };
        k
    }

    /// [`Filter::index`] of the word `w`, whose folded form has the lexicon id `id`.
    fn index_by_id(&self, w: &str, id: u32, cache: &mut WordCache) -> u32 {
        let i = id as usize;
        if let Some(&k) = cache.by_id.get(i).filter(|&&k| k != 0) {
            return k - 1;
        }
        let k = self.index(w, cache);
        if i >= cache.by_id.len() {
            cache.by_id.resize(i + 1, 0);
        }
        cache.by_id[i] = k + 1;
        k
    }

    /// The lemma of `before` (as written, read as a past) when it is the verb of a
    /// phrasal verb of the filter's ([`Filter::phrasal_words`]).
    fn phrasal_head(&self, before: &str) -> Option<String> {
        let before = crate::text::fold(before);
        if before.is_empty() {
            return None;
        }
        let verb = crate::tag::Tagger::builtin().lemma(&before, crate::tag::Xpos::Vbd);
        self.phrasal_heads.contains(verb.as_ref()).then(|| verb.into_owned())
    }

    /// The keys of the one-word verbs of the senses of a phrasal verb, and the sides they
    /// stand on: `verb` (a [`Filter::phrasal_head`]) and `particle` (as written).
    fn phrasal_words(&self, verb: &str, particle: &str) -> PhrasalWords {
        let particle = crate::text::fold(particle);
        self.phrasal.get(&format!("{verb} {particle}")).cloned().unwrap_or_default()
    }

    /// A pair is tagged when a word one side denies may name an event of the other, or
    /// when they stand on two sides of one opposition.
    pub(super) fn worth(&self, a: &Look, b: &Look) -> bool {
        // Denied on one side and said, not denied, on the other.
        // (A key or group whose bit the other side lacks is not the other side's: no search.)
        let denied = |x: &Look, y: &Look| {
            x.denied_bits & y.key_bits != 0
                && x.denied.iter().any(|k| {
                    y.key_bits & bit(*k) != 0
                        && (y.keys.binary_search(k).is_ok() || y.broader.binary_search(k).is_ok())
                        && y.denied.binary_search(k).is_err()
                })
        };
        let opposed =
            || a.group_bits & b.group_bits != 0 && opposed(&a.sides, &b.sides, |g| self.negations.contains(&g));
        denied(a, b) || denied(b, a) || opposed()
    }

    /// A pair of sentences of one article worth reading for a self-contradiction: a word
    /// one side denies is said on the other, or they stand on two sides of an opposition
    /// that is neither a change nor a place in a series ("sales rose" / "profit fell",
    /// "first" / "second" are mostly two things of one article); and they share a word
    /// besides those, of who or what ("the council approved the plan" / "the plan, which
    /// the council rejected").
    pub(super) fn self_worth(&self, a: &Look, b: &Look) -> bool {
        (self_denied(a, b) || self_denied(b, a) || self.self_opposed(a, b)) && self.share_participant(a, b)
    }

    /// Two WordNet opposites within one article are mostly one thing's sequence
    /// ("arrived" / "left"): only opposite stands, a contest and states may contradict
    /// there ([`stands_opposed`]), so only those pairs are read.
    fn self_opposed(&self, a: &Look, b: &Look) -> bool {
        let other = |g: u32| g == self.change || g == self.ordinal || g < self.stands;
        a.group_bits & b.group_bits != 0 && opposed(&a.sides, &b.sides, other)
    }

    /// The parts of [`Filter::self_worth`], for the self trace: a denial met on the other
    /// side, two opposites, a shared participant word.
    pub(super) fn self_worth_parts(&self, a: &Look, b: &Look) -> (bool, bool, bool) {
        (self_denied(a, b) || self_denied(b, a), self.self_opposed(a, b), self.share_participant(a, b))
    }

    /// True when two looks share a key that is neither a reporting or light verb nor a
    /// key either denies (what is denied is the event, not who or what).
    fn share_participant(&self, a: &Look, b: &Look) -> bool {
        let (mut i, mut j) = (0, 0);
        while i < a.keys.len() && j < b.keys.len() {
            match a.keys[i].cmp(&b.keys[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let k = a.keys[i];
                    let event = a.denied.binary_search(&k).is_ok() || b.denied.binary_search(&k).is_ok();
                    if !event && !self.weak.contains(&k) {
                        return true;
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        false
    }
}

/// Prefixes that make an adjective its contradictory: "illegal", "unsafe", "dishonest".
const NEGATIVE_PREFIXES: &[&str] = &["un", "in", "im", "il", "ir", "dis", "non", "non-"];

/// True when `x` denies a key `y` holds and does not deny.
fn self_denied(x: &Look, y: &Look) -> bool {
    x.denied_bits & y.key_bits != 0
        && x.denied.iter().any(|k| y.keys.binary_search(k).is_ok() && y.denied.binary_search(k).is_err())
}

/// Whether the sides `a` and `b` (each sorted, with no repeats) stand on two different
/// sides of one group: one walk over both. Within a group met on both, two sides on either
/// differ from any one side of the other; one side each must differ. Groups `skip` holds
/// are passed over.
fn opposed(a: &[(u32, u8)], b: &[(u32, u8)], skip: impl Fn(u32) -> bool) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (g, h) = (a[i].0, b[j].0);
        if g < h {
            i += 1;
        } else if h < g {
            j += 1;
        } else {
            let ie = i + a[i..].iter().take_while(|p| p.0 == g).count();
            let je = j + b[j..].iter().take_while(|p| p.0 == g).count();
            if !skip(g) && (ie - i > 1 || je - j > 1 || a[i].1 != b[j].1) {
                return true;
            }
            i = ie;
            j = je;
        }
    }
    false
}

/// The ASCII bytes of a word: letters, digits and the apostrophe.
const IN_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'\'';
        b += 1;
    }
    t
};

/// Whether `c` is a character of a word: alphanumeric or an apostrophe.
fn in_word(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// The byte ranges of the words of a sentence, split at every character that is not
/// alphanumeric nor an apostrophe (the words of `str::split`, the empty ones left out),
/// found as they are read: no list of them is built.
struct Words<'s> {
    sentence: &'s str,
    /// Where the next search starts.
    at: usize,
    /// Most sentences are ASCII: bytes, not decoded characters (the same words), each
    /// told by one look-up in a table.
    ascii: bool,
}

impl<'s> Words<'s> {
    fn new(sentence: &'s str) -> Words<'s> {
        Words { sentence, at: 0, ascii: sentence.is_ascii() }
    }
}

impl Iterator for Words<'_> {
    type Item = std::ops::Range<usize>;

    #[inline]
    fn next(&mut self) -> Option<std::ops::Range<usize>> {
        if self.ascii {
            let b = self.sentence.as_bytes();
            let rest = b.get(self.at..).unwrap_or_default();
            let start = self.at + rest.iter().position(|&c| IN_WORD[usize::from(c)])?;
            let len = b[start..].iter().position(|&c| !IN_WORD[usize::from(c)]).unwrap_or(b.len() - start);
            self.at = start + len;
            return Some(start..start + len);
        }
        let from = self.at;
        let rest = &self.sentence[from..];
        let mut chars = rest.char_indices();
        let start = chars.find(|&(_, c)| in_word(c)).map(|(i, _)| i)?;
        let end = chars.find(|&(_, c)| !in_word(c)).map_or(rest.len(), |(i, _)| i);
        self.at = from + end;
        Some(from + start..from + end)
    }
}

/// Words in more of the story's sentences than this say nothing of who or what; a group of
/// states named by more sentences than this is not one story's (a feed of many stories is
/// grouped first, `--stories`), and its sentences are paired by alignment only.
const MAX_SHARED: usize = 64;
/// A check of at most this many articles is taken for one story: its one sentence that
/// puts someone in custody and its one that grants bail speak of one defendant, even when
/// one says "he" and the other "a 34-year-old man".
const STORY_ARTICLES: usize = 16;
/// The most pairs one denial adds by participants.
const MAX_PER_DENIAL: usize = 8;

impl Filter {
    /// Sentence pairs of different articles, by index in `story` (article, look), that
    /// the aligner may not make because they word one event apart, and that may still be
    /// about one thing:
    ///
    /// - a denial and a sentence of another article that says the event denied, or a verb
    ///   that entails it, with a word of a participant in common ("at no point did the
    ///   pumps fail" / "after one of its pumps failed", "has yet to ask for aid" / "has
    ///   requested aid");
    /// - two sentences on two sides of a complementary state, with a participant word in
    ///   common ("the gates stayed open" / "went ahead with the gates closed"), or, in a check of
    ///   one story, each the only sentence of its article on that state, when neither
    ///   article also says the other side (an article that says both speaks of two
    ///   people or two times);
    /// - two sentences on two directions of change with a participant word and an amount
    ///   in common ("takings slid 4%" / "revenue grew 4%", nouns of one thing in
    ///   `cues.toml`).
    ///
    /// Each pair comes with whether the two sentences share a participant word.
    pub(super) fn participant_pairs(&self, story: &[(usize, &Look)]) -> Vec<(usize, usize, bool)> {
        // How many sentences hold each key, and for a key some sentence denies (a sentence's
        // denied keys are among its keys), the sentences that hold it: one look-up a key.
        let mut df: FxHashMap<u64, (usize, bool)> = FxHashMap::default();
        for (_, l) in story {
            for &k in &l.denied {
                df.insert(k, (0, true));
            }
        }
        let mut postings: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        // The sentences with a verb that entails a denied key, by that key.
        let mut entailing: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
        for (j, (_, l)) in story.iter().enumerate() {
            for &k in &l.keys {
                let e = df.entry(k).or_insert((0, false));
                e.0 += 1;
                if e.1 {
                    postings.entry(k).or_default().push(j);
                }
            }
            // "has requested help" says what "has yet to ask for help" denies: a verb that
            // entails a denied one holds it too (not a participant: not counted in `df`).
            for &k in &l.broader {
                if df.get(&k).is_some_and(|&(_, denied)| denied) && l.keys.binary_search(&k).is_err() {
                    entailing.entry(k).or_default().push(j);
                }
            }
        }
        let rare = |k: &u64| df.get(k).is_some_and(|&(n, _)| n <= MAX_SHARED) && !self.weak.contains(k);
        let shares = |a: &Look, b: &Look, but: Option<u64>| {
            let (mut i, mut j) = (0, 0);
            while i < a.keys.len() && j < b.keys.len() {
                match a.keys[i].cmp(&b.keys[j]) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        if Some(a.keys[i]) != but && rare(&a.keys[i]) {
                            return true;
                        }
                        i += 1;
                        j += 1;
                    }
                }
            }
            false
        };
        let mut out = Vec::new();
        // Denials.
        for (i, (ai, li)) in story.iter().enumerate() {
            let mut n = 0;
            for k in &li.denied {
                let Some(list) = postings.get(k).filter(|l| l.len() <= MAX_SHARED) else { continue };
                // "The ministry denies troops were sent. Witnesses say troops arrived": an
                // article that also says the event, of the same participants, reports a
                // dispute and takes no side.
                let says = |j: usize| story[j].1.denied.binary_search(k).is_err() && shares(li, story[j].1, Some(*k));
                if list.iter().any(|&j| j != i && story[j].0 == *ai && says(j)) {
                    continue;
                }
                // The sentences that say it, then those that say a verb entailing it.
                let more = entailing.get(k).filter(|l| l.len() <= MAX_SHARED).map_or(&[][..], Vec::as_slice);
                for &j in list.iter().chain(more) {
                    let aj = story[j].0;
                    if aj != *ai && n < MAX_PER_DENIAL && says(j) {
                        out.push((i.min(j), i.max(j), true));
                        n += 1;
                    }
                }
            }
        }
        // States.
        let mut groups: FxHashMap<u32, Vec<(usize, u8)>> = FxHashMap::default();
        for (i, (_, l)) in story.iter().enumerate() {
            let paired =
                |g: &u32| self.states.contains(g) || *g == self.change || *g == self.ordinal || *g == self.unanimity;
            for &(g, side) in l.sides.iter().filter(|(g, _)| paired(g)) {
                groups.entry(g).or_default().push((i, side));
            }
        }
        let articles = story.iter().map(|(a, _)| *a).collect::<FxHashSet<_>>().len();
        let mut groups: Vec<(u32, Vec<(usize, u8)>)> = groups.into_iter().collect();
        groups.sort_unstable_by_key(|g| g.0);
        for (g, members) in groups.iter().filter(|(_, m)| m.len() <= MAX_SHARED) {
            // How many sentences of each article stand on each side.
            let mut count: FxHashMap<(usize, u8), usize> = FxHashMap::default();
            for &(i, side) in members {
                *count.entry((story[i].0, side)).or_default() += 1;
            }
            let on = |a: usize, side: u8| count.get(&(a, side)).copied().unwrap_or(0);
            for (m, &(x, sx)) in members.iter().enumerate() {
                for &(y, sy) in &members[m + 1..] {
                    let (ax, ay) = (story[x].0, story[y].0);
                    if ax == ay || sx == sy {
                        continue;
                    }
                    // A change or a place in a series is paired by what it is of only:
                    // "revenue rose" and "costs fell" are each alone in many a story.
                    let alone = *g != self.change
                        && *g != self.ordinal
                        && articles <= STORY_ARTICLES
                        && on(ax, sx) == 1
                        && on(ay, sy) == 1
                        && on(ax, sy) == 0
                        && on(ay, sx) == 0;
                    let shared = shares(story[x].1, story[y].1, None);
                    // Two changes of one thing by one amount ("slid 7%" / "grew 7 per
                    // cent"): another amount is often another thing or period.
                    let (nx, ny) = (&story[x].1.numbers, &story[y].1.numbers);
                    if *g == self.change && !nx.iter().any(|n| ny.binary_search(n).is_ok()) {
                        continue;
                    }
                    if alone || shared {
                        out.push((x.min(y), x.max(y), shared));
                    }
                }
            }
        }
        out.sort_unstable();
        // A pair found both ways keeps "shared" (sorted after "alone").
        out.reverse();
        out.dedup_by_key(|p| (p.0, p.1));
        out.reverse();
        out
    }
}

/// Both sentences name times (years, months, weekdays) and none of them is the same.
pub(super) fn times_differ(a: &Look, b: &Look) -> bool {
    !a.times.is_empty() && !b.times.is_empty() && !a.times.iter().any(|y| b.times.binary_search(y).is_ok())
}

#[cfg(test)]
mod tests {
    use super::super::read;
    use super::*;

    fn found(a: &str, b: &str) -> Option<Rule> {
        let (ea, eb) = (read(a, 0), read(b, 0));
        ea.iter().find_map(|x| eb.iter().find_map(|y| contradict(x, y))).map(|c| c.rule)
    }

    #[test]
    fn polarity_across_synonyms_passives_and_nouns() {
        assert_eq!(
            found("The council approved the plan.", "The plan was not approved by the council."),
            Some(Rule::Polarity)
        );
        assert_eq!(
            found("The committee postponed the vote.", "The committee did not defer the vote."),
            Some(Rule::Polarity)
        );
        assert_eq!(found("Police arrested two fans.", "No arrests were made by police."), Some(Rule::Polarity));
    }

    #[test]
    fn a_done_event_breaks_the_state_the_other_says_lasted() {
        let reopened = "The Tallowmere bridge reopened to traffic on Friday.";
        assert_eq!(found(reopened, "The Tallowmere bridge remained closed on Friday."), Some(Rule::State));
        assert_eq!(found(reopened, "The Tallowmere bridge stayed shut on Friday."), Some(Rule::State));
        // Near misses: a state to come, another holder, the same side.
        assert_eq!(found(reopened, "The Tallowmere bridge will stay closed until May."), None);
        assert_eq!(found(reopened, "The ferry terminal remained closed on Friday."), None);
        assert_eq!(found(reopened, "The Tallowmere bridge stayed open on Friday."), None);
    }

    #[test]
    fn no_arrests_denies_any_arrest() {
        // "No arrests have been made" names no one: it denies every arrest of its story.
        let none = "No arrests have been made after the blaze.";
        assert_eq!(found(none, "Police arrested a farmer on Monday."), Some(Rule::Polarity));
        // "detain" is keyed like "arrest" (cues.toml `synonyms`).
        assert_eq!(found(none, "A farmer has been detained, police said."), Some(Rule::Polarity));
        // Near misses: arrests by someone else; a bidding, not a denial of what was done.
        assert_eq!(found("No arrests were made by the army.", "Police arrested a farmer on Monday."), None);
        assert_eq!(found("Make no mistake about the vote.", "The council made a mistake."), None);
    }

    #[test]
    fn a_cancelled_event_did_not_take_place() {
        // A cancelling verb denies the event its object, or a passive's subject, names.
        let met = "The two mayors met in the town hall on Monday.";
        assert_eq!(found(met, "Monday's meeting between the two mayors was cancelled."), Some(Rule::Polarity));
        assert_eq!(
            found(met, "The council has scrapped Monday's planned meeting of the mayors."),
            Some(Rule::Polarity)
        );
        let sailed = "The night ferry to the island sailed on Friday.";
        // Near misses: a cancellation denied or hedged; a thing cancelled, no event; an
        // event of another time ("will sail").
        assert_eq!(found(sailed, "The sailing was not cancelled."), None);
        assert_eq!(found(sailed, "The sailing may be cancelled if the wind rises."), None);
        assert_eq!(found("The firm signed the contract.", "The firm cancelled the contract."), None);
        assert_eq!(found("The night ferry will sail on Friday.", "The sailing was cancelled."), None);
        // The filter reads the denial after the verb and, in a passive, before it.
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let mut look = |s: &str| f.look(s, &mut cache);
        let done = look(sailed);
        assert!(f.worth(&done, &look("The operator cancelled Friday's night sailing.")));
        assert!(f.worth(&done, &look("Friday's night sailing to the island was called off.")));
        assert!(!f.worth(&done, &look("Friday's night sailing to the island was delayed.")));
    }

    #[test]
    fn refused_to_is_not_done_by_the_refuser() {
        let signed = "The club renewed the lease.";
        assert_eq!(found("The club has refused to renew the lease.", signed), Some(Rule::Polarity));
        // Near misses: another refuser; a refusal denied.
        assert_eq!(found("The league has refused to renew the lease.", signed), None);
        assert_eq!(found("The club did not refuse to renew the lease.", signed), None);
    }

    #[test]
    fn inability_and_a_failed_attempt_deny_the_verb() {
        let paid = "The council paid the contractors in March.";
        assert_eq!(found("The council was unable to pay the contractors in March.", paid), Some(Rule::Polarity));
        assert_eq!(found("The council was not able to pay the contractors in March.", paid), Some(Rule::Polarity));
        assert_eq!(found("The council did not manage to pay the contractors in March.", paid), Some(Rule::Polarity));
        // Near misses: an ability had, or one hedged or to come; another thing done.
        assert_eq!(found("The council was able to pay the contractors in March.", paid), None);
        assert_eq!(found("The council managed to pay the contractors in March.", paid), None);
        assert_eq!(found("The council may be unable to pay the contractors in March.", paid), None);
        assert_eq!(found("The council will not be able to pay the contractors.", paid), None);
        assert_eq!(found("The council was unable to pay the cleaners in March.", paid), None);
    }

    #[test]
    fn without_denies_the_noun_after_it() {
        let won = "The builder won an open tender in May.";
        assert_eq!(found("The contract was awarded without a public tender.", won), Some(Rule::Polarity));
        // Near misses: a degree denied ("without serious damage" has minor damage); another
        // thing won.
        assert_eq!(
            found("The barn came through the storm without serious damage.", "The barn suffered minor damage."),
            None
        );
        assert_eq!(
            found("The contract was awarded without a public tender.", "The builder won an award in May."),
            None
        );
    }

    #[test]
    fn a_predicative_state_denied() {
        assert_eq!(found("The vote was not unanimous.", "The vote was unanimous."), Some(Rule::State));
        // Near misses: two holders; a holder only one side names.
        assert_eq!(found("The vote was not unanimous.", "The verdict was unanimous."), None);
        assert_eq!(found("The rooms are not cheap.", "It was cheap."), None);
    }

    #[test]
    fn a_decision_unanimous_against_a_split_vote() {
        // The holders of a decision's state all name the decision voted on.
        let unanimous = "The decision was unanimous.";
        assert_eq!(found(unanimous, "The vote was not unanimous."), Some(Rule::State));
        assert_eq!(found(unanimous, "The panel backed the levy by a close 5-4 vote."), Some(Rule::State));
        assert_eq!(found("It was unanimous.", "The panel voted 6-3 to keep the levy."), Some(Rule::State));
        // Near misses: a jury's verdict, a vote with none against, a tally only wanted.
        let split = "The panel backed the levy by a close 5-4 vote.";
        assert_eq!(found("The verdict was unanimous.", split), None);
        assert_eq!(found(unanimous, "The panel voted 7-0 for the levy."), None);
        assert_eq!(found(unanimous, "The panel may back the levy by a 5-4 vote."), None);
        // "choice" names the decision too (`same_thing` in cues.toml).
        assert_eq!(found(unanimous, "The choice was not unanimous."), Some(Rule::State));
    }

    #[test]
    fn each_of_a_joined_subject_does_it() {
        // "A, B and C are paying": B pays, against "B will not pay".
        let not = "The province will not pay for the arena.";
        assert_eq!(found(not, "The city and the province will pay for the arena."), Some(Rule::Polarity));
        assert_eq!(found(not, "The city, the province, and the club will pay for the arena."), Some(Rule::Polarity));
        // Near misses: another party joined; "or" joins no doers.
        assert_eq!(found(not, "The city and the club will pay for the arena."), None);
        assert_eq!(found(not, "Either the city or the club will pay for the arena."), None);
    }

    #[test]
    fn has_yet_to_keeps_its_subject() {
        // "The ministry has yet to ask": the ministry has not asked (so far).
        let asked = "The ministry asked the agency for help.";
        assert_eq!(found("The ministry has yet to ask the agency for help.", asked), Some(Rule::Aspect));
        assert_eq!(found("The ministry is yet to ask the agency for help.", asked), Some(Rule::Aspect));
        // Near miss: another party has yet to ask.
        assert_eq!(found("The council has yet to ask the agency for help.", asked), None);
    }

    #[test]
    fn a_capital_named_for_its_country_is_the_country() {
        let signed = "Spain signed the accord.";
        assert_eq!(found("Madrid has not signed the accord.", signed), Some(Rule::Polarity));
        // Near misses: another country's capital; a club of the capital's name.
        assert_eq!(found("Lisbon has not signed the accord.", signed), None);
        assert_eq!(found("Atletico Madrid has not signed the accord.", signed), None);
    }

    #[test]
    fn one_noun_of_two_named_things_never_meets() {
        let lifted = "The curfew order for Norby was lifted on Monday.";
        assert_eq!(found(lifted, "The curfew order for Norby remains in force."), Some(Rule::State));
        assert_eq!(found(lifted, "The curfew order for Lisk remains in force."), None);
    }

    #[test]
    fn a_verb_after_but_has_the_subject_before() {
        let a = "The permit was granted in May but has not yet been renewed.";
        assert_eq!(found(a, "The permit has been renewed."), Some(Rule::Aspect));
        // Near miss: another thing renewed.
        assert_eq!(found(a, "The lease has been renewed."), None);
    }

    #[test]
    fn a_hyphened_participle_after_be_is_a_passive() {
        let a = "The bridge design is state-approved.";
        assert_eq!(found(a, "The bridge design has not yet been approved by the state."), Some(Rule::Aspect));
        // Near miss: another thing not approved.
        assert_eq!(found(a, "The tunnel has not yet been approved."), None);
    }

    #[test]
    fn american_and_british_spellings_are_one_verb() {
        let authorized = "The board authorized the sale.";
        assert_eq!(found(authorized, "The board has not authorised the sale."), Some(Rule::Polarity));
        // Near misses: another board; another verb; a noun too short to be spelt two ways.
        assert_eq!(found("The board won the prize.", "The board did not prise the lid."), None);
        assert_eq!(found(authorized, "The council has not authorised the sale."), None);
        assert_eq!(found(authorized, "The board has not organised the sale."), None);
    }

    #[test]
    fn lacking_an_event_noun_is_not_having_had_it() {
        let a = "The new stent still lacks approval.";
        assert_eq!(found(a, "The new stent has been approved."), Some(Rule::Aspect));
        // An "-ification" noun WordNet lacks is its "-ify" verb's.
        assert_eq!(
            found("The stent still lacks prequalification.", "The stent has been prequalified."),
            Some(Rule::Aspect)
        );
        // Near miss: another device approved.
        assert_eq!(found(a, "The old catheter has been approved."), None);
    }

    #[test]
    fn a_plan_ruled_out_is_not_done() {
        let ruled = "The ferry company has ruled out raising the fares.";
        assert_eq!(found(ruled, "The ferry company will raise the fares in May."), Some(Rule::Polarity));
        assert_eq!(
            found("The club avoided cutting its prices last season.", "The club cut its prices last season."),
            Some(Rule::Polarity)
        );
        let vote = "The mayor has ruled out an early election.";
        assert_eq!(found(vote, "The mayor will call an early election."), Some(Rule::Polarity));
        assert_eq!(found(vote, "The mayor will hold an early election."), Some(Rule::Polarity));
        // Near misses: another doer, a past election, and a denial not made.
        assert_eq!(found(vote, "The governor will call an early election."), None);
        assert_eq!(found(vote, "The mayor called an early election in 2019."), None);
        assert_eq!(found(ruled, "The port will raise the fares in May."), None);
        assert_eq!(
            found("The ferry company has not ruled out raising the fares.", "The ferry company will raise the fares."),
            None
        );
        // The filter reads the pair: "ruled out" denies the word after it.
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let (a, b) = (f.look(ruled, &mut cache), f.look("The ferry company will raise the fares.", &mut cache));
        assert!(f.worth(&a, &b));
        let c = f.look("The court ruled on the ferry company's fares.", &mut cache);
        assert!(c.denied.is_empty());
    }

    #[test]
    fn the_test_that_lets_two_events_both_hold_is_named() {
        let gates = |a: &str, b: &str| {
            let (ea, eb) = (read(a, 0), read(b, 0));
            ea.iter().flat_map(|x| eb.iter().map(|y| contradict_or_gate(x, y).err())).collect::<Vec<_>>()
        };
        let approved = "The council approved the plan.";
        assert_eq!(gates(approved, "The council did not approve the plan."), [None]);
        assert_eq!(gates(approved, "The council approved the plan."), [Some("same_polarity")]);
        assert_eq!(gates(approved, "The council did not approve the bridge."), [Some("object")]);
        assert_eq!(gates(approved, "The council may not approve the plan."), [Some("hedged")]);
    }

    #[test]
    fn aligned_sentences_with_close_subjects_may_word_one_object_two_ways() {
        let gate = |a: &str, b: &str, aligned: bool| {
            let (ea, eb) = (read(a, 0), read(b, 0));
            let all: Vec<_> =
                ea.iter().flat_map(|x| eb.iter().map(|y| contradict_aligned(x, y, aligned).err())).collect();
            if all.contains(&None) {
                None
            } else {
                all.into_iter().flatten().next()
            }
        };
        let accepted = "The union's general secretary accepted the offer.";
        let rejected = "The union's general secretary rejected the package.";
        assert_eq!(gate(accepted, rejected, true), None);
        // One name acts on both sides.
        assert_eq!(gate("Marta Vosk accepted the offer.", "Marta Vosk rejected the package.", true), None);
        // Near misses: sentences the aligner did not pair; subjects of one common word;
        // two named things; a head against its own modifier.
        assert_eq!(gate(accepted, rejected, false), Some("object"));
        assert_eq!(gate("The council accepted the offer.", "The council rejected the package.", true), Some("object"));
        assert_eq!(
            gate("The general secretary accepted Pelmor.", "The general secretary rejected Lisk.", true),
            Some("object")
        );
        assert_eq!(
            gate("The general secretary accepted the pay offer.", "The general secretary rejected the pay.", true),
            Some("object")
        );
    }

    #[test]
    fn a_modal_hedges_its_own_clause() {
        let approved = "The board approved the merger.";
        assert_eq!(
            found("The board did not approve the merger, though it might look again later.", approved),
            Some(Rule::Polarity)
        );
        assert_eq!(
            found("The board did not approve the merger, but it might look again later.", approved),
            Some(Rule::Polarity)
        );
        assert_eq!(found("The board did not approve the merger; it may look again.", approved), Some(Rule::Polarity));
        // Near misses: the modal in the denial's own clause; a condition hedges all.
        assert_eq!(found("The board may not approve the merger.", approved), None);
        assert_eq!(found("The board may not approve the merger, but it will talk.", approved), None);
        assert_eq!(
            found("If rates rise, the board will not approve the merger.", "The board will approve the merger."),
            None
        );
    }

    #[test]
    fn an_inverted_condition_hedges_its_sentence() {
        let approved = "The board approved the merger.";
        assert_eq!(found("Had the board rejected the merger, shares would have fallen.", approved), None);
        assert_eq!(found("Had the board not approved the merger, the firm would have closed.", approved), None);
        assert_eq!(found("Should the board reject the merger, the firm will close.", approved), None);
        assert_eq!(
            found("OSLO, May 2 (Wire) - Had the board rejected the merger, the firm would close.", approved),
            None
        );
        // Near misses: a plain statement that opens with "had"; a question has no main clause.
        assert_eq!(found("The board had rejected the merger, the chairman said.", approved), Some(Rule::Antonym));
        assert_eq!(found("The board rejected the merger.", approved), Some(Rule::Antonym));
    }

    #[test]
    fn would_after_a_reporting_verb_is_a_future() {
        let will = "The port authority will raise the harbour fees.";
        assert_eq!(
            found("The mayor said the port authority would not raise the harbour fees.", will),
            Some(Rule::Polarity)
        );
        assert_eq!(
            found("The port authority would not raise the harbour fees, the mayor told reporters.", will),
            Some(Rule::Polarity)
        );
        // Near misses: no one reported it; what did not happen ("would have"); another modal.
        assert_eq!(found("The port authority would not raise the harbour fees.", will), None);
        assert_eq!(found("The mayor said the port authority would not have raised the fees.", will), None);
        assert_eq!(found("The mayor said the port authority should not raise the harbour fees.", will), None);
    }

    #[test]
    fn a_participle_after_a_comma_opens_a_hedged_clause() {
        let denied = "The ministry will not reopen the coastal road, the minister said.";
        assert_eq!(
            found(
                "The ministry will reopen the coastal road, the minister said, saying repairs could take weeks.",
                denied
            ),
            Some(Rule::Polarity)
        );
        // Near miss: the modal in the clause of the verb itself.
        assert_eq!(found("The ministry could reopen the coastal road, the minister said.", denied), None);
    }

    #[test]
    fn a_change_denied() {
        assert_eq!(
            found("Bus fares will not rise next year.", "Bus fares will increase next year."),
            Some(Rule::Polarity)
        );
        assert_eq!(found("Output did not fall in the quarter.", "Output fell in the quarter."), Some(Rule::Polarity));
        // Near misses: another thing; another time; not going up is not going down.
        assert_eq!(found("Bus fares will not rise next year.", "Rail tickets will increase next year."), None);
        assert_eq!(found("Bus fares did not rise last year.", "Bus fares will increase next year."), None);
        assert_eq!(found("Bus fares did not rise last year.", "Bus fares fell last year."), None);
    }

    #[test]
    fn denying_a_thing_is_a_stand_not_a_report() {
        assert_eq!(
            found("The mill admitted responsibility for the spill.", "The mill denied responsibility for the spill."),
            Some(Rule::Antonym)
        );
        // Near misses: another thing; a denied clause still denies what it reports.
        assert_eq!(
            found("The mill admitted responsibility for the spill.", "The mill denied any link to the fire."),
            None
        );
        assert_eq!(
            found("The mill denied that it caused the spill.", "The mill caused the spill."),
            Some(Rule::Polarity)
        );
    }

    #[test]
    fn polarity_near_misses() {
        // Different subjects or objects never meet.
        assert_eq!(found("Chile signed the accord.", "Peru did not sign the accord."), None);
        assert_eq!(found("The council approved the plan.", "The council did not approve the loan."), None);
        // A wish or a condition asserts nothing.
        assert_eq!(found("The council approved the plan.", "The council may not approve the plan."), None);
        assert_eq!(found("The council approved the plan.", "The council wants to approve the plan."), None);
    }

    #[test]
    fn not_yet_against_done() {
        assert_eq!(
            found("The club has signed the striker.", "The club has yet to sign the striker."),
            Some(Rule::Aspect)
        );
        assert_eq!(
            found("The winger passed a medical.", "The winger has still not had a medical."),
            Some(Rule::Aspect)
        );
        assert_eq!(found("The club will sign the striker.", "The club has yet to sign the striker."), None);
    }

    #[test]
    fn a_state_that_ends_before_a_reopening_is_no_conflict() {
        // Still in the state now, against a reopening done: found.
        assert_eq!(found("The pier remains closed.", "The pier reopened on Monday."), Some(Rule::State));
        assert_eq!(found("The pier remains closed.", "The pier was reopened on Monday."), Some(Rule::State));
        // The state in an "after being" clause, or lasting "for" a length or "since" a time
        // in a perfect, is the one the reopening ends.
        let reopen = "The city will reopen the pier on Monday.";
        assert_eq!(found("The pier remains closed.", reopen), Some(Rule::State));
        assert_eq!(found("After being shut for two years, the pier is opening again.", reopen), None);
        assert_eq!(found("A pier that has been closed for 14 months divides the town.", reopen), None);
        assert_eq!(found("The pier, which had been closed since 2019, draws crowds.", reopen), None);
    }

    #[test]
    fn people_of_two_countries_never_meet() {
        let (a, b) = ("Chilean drivers do not need a permit.", "Peruvian drivers still need a permit.");
        assert_eq!(found(a, b), None);
        assert_eq!(found(a, "Chilean drivers still need a permit."), Some(Rule::Polarity));
    }

    #[test]
    fn antonyms_with_the_same_participants() {
        assert_eq!(found("The union accepted the offer.", "The union rejected the offer."), Some(Rule::Antonym));
        assert_eq!(found("The union accepted the offer.", "The board rejected the offer."), None);
        assert_eq!(found("The union accepted the offer.", "The union rejected the plan."), None);
    }

    #[test]
    fn a_later_sense_stands_on_a_side_of_its_broader_verb() {
        // "banned" entails "forbid", the opposite of "allow", in a later sense; "worsened"
        // by "deteriorated" likewise against "improved".
        let allowed = "The regional council allowed the rally.";
        assert_eq!(found(allowed, "The regional council banned the rally."), Some(Rule::Antonym));
        assert_eq!(
            found("The condition of the injured driver improved.", "The condition of the injured driver deteriorated."),
            Some(Rule::Antonym)
        );
        // Near misses: another thing banned; another body.
        assert_eq!(found(allowed, "The regional council banned the fireworks."), None);
        assert_eq!(found(allowed, "The transport ministry banned the rally."), None);
        // A verb with opposites of its own keeps to them: "admit" (against "deny") is not
        // set against "disallow" through "allow", one of its later senses.
        let wn = WordNet::builtin();
        assert!(keeps_opposites(wn, "deteriorate", "improve") && keeps_opposites(wn, "ban", "allow"));
        assert!(!keeps_opposites(wn, "admit", "disallow") && !keeps_opposites(wn, "withdraw", "go on"));
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let mut look = |s: &str| f.look(s, &mut cache);
        let (a, b) = (look("The driver improved."), look("The driver deteriorated."));
        assert!(f.worth(&a, &b));
    }

    #[test]
    fn a_broader_noun_names_the_thing_again() {
        let a = "The hospital will not sell its research wing.";
        assert_eq!(found(a, "The institution will sell its research wing."), Some(Rule::Polarity));
        // Near miss: another kind of thing sells it.
        assert_eq!(found(a, "The ministry will sell its research wing."), None);
    }

    #[test]
    fn a_court_acts_through_its_judge() {
        let a = "A court refused to release the two men.";
        assert_eq!(found(a, "On Friday a judge released the two men."), Some(Rule::Polarity));
        // Near miss: another who.
        assert_eq!(found(a, "On Friday the army released the two men."), None);
    }

    #[test]
    fn declined_an_offer_against_accepted_it() {
        let a = "The ministry accepted the offer of a loan on Monday.";
        assert_eq!(found(a, "The ministry declined the offer of a loan."), Some(Rule::Antonym));
        // Near miss: a decline of a figure is a change, no refusal.
        assert_eq!(found(a, "The ministry's budget declined 3% last year."), None);
    }

    #[test]
    fn one_side_won_and_lost_a_contest() {
        // Invented: one club, one match; one candidate, one election.
        let won = "Ashby Town won their home game on Saturday.";
        assert_eq!(found(won, "Ashby Town were beaten at home on Saturday."), Some(Rule::Antonym));
        assert_eq!(found(won, "Ashby Town were defeated by Kirkham on Saturday."), Some(Rule::Antonym));
        assert_eq!(found("Mayor Ann Tobb won the election.", "Ann Tobb lost the election."), Some(Rule::Antonym));
        assert_eq!(
            found("Mayor Ann Tobb won the election.", "Ann Tobb was defeated in the election."),
            Some(Rule::Antonym)
        );
        // Near misses: the other side lost; a winner many times.
        assert_eq!(found(won, "Kirkham were beaten at home on Saturday."), None);
        assert_eq!(found("Ashby Town have won the cup five times.", "Ashby Town were beaten."), None);
        assert_eq!(
            found("Ashby Town won the final.", "Kirkham have beaten Ashby Town in two of their three meetings."),
            None
        );
    }

    #[test]
    fn a_keeping_foreseen_is_no_change() {
        // Invented: one bank, its rate raised; a hold only expected.
        let raised = "The bank raised its rate on Monday.";
        assert_eq!(found(raised, "The bank kept its rate steady on Monday."), Some(Rule::Change));
        assert_eq!(found(raised, "Analysts expected the bank to keep its rate steady."), None);
    }

    #[test]
    fn the_pair_filter_knows_a_contest() {
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let mut look = |s: &str| f.look(s, &mut cache);
        let (won, beaten, lost) =
            (look("Ashby Town won on Saturday."), look("Ashby Town were beaten."), look("Ashby Town lost."));
        assert!(f.worth(&won, &beaten));
        assert!(f.worth(&won, &lost));
    }

    #[test]
    fn the_self_filter_keys_an_initialism_spelled_as_a_function_word() {
        // Invented: one serum, prequalified by a body written in capitals, and denied.
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let mut look = |s: &str| f.look(s, &mut cache);
        let yes = look("Dunmere is WHO-prequalified.");
        assert!(f.self_worth(&yes, &look("The serum has not been prequalified by WHO.")));
        // Near misses: "who" the pronoun is no one; a heading in capitals throughout.
        assert!(!f.self_worth(&yes, &look("The serum, who knows, has not been prequalified.")));
        assert!(!f.self_worth(&look("DUNMERE IS WHO-PREQUALIFIED"), &look("IT HAS NOT BEEN PREQUALIFIED BY WHO")));
    }

    #[test]
    fn an_initialism_is_the_name_whose_initials_it_spells() {
        let name = |lemma: &str, words: &[&str]| {
            Head::name(lemma.into(), crate::Span::new(0, 1), words.iter().map(|w| w.to_string()).collect())
        };
        // Invented: the Tarrow Valley Board.
        let tvb = name("tvb", &["tvb"]);
        assert_eq!(relate_why(Some(&tvb), Some(&name("board", &["board", "tarrow", "valley"]))).0, Rel::Match);
        // Near misses: two words, or other initials.
        assert_eq!(relate_why(Some(&tvb), Some(&name("board", &["board", "valley"]))).0, Rel::Clash);
        assert_eq!(relate_why(Some(&tvb), Some(&name("board", &["board", "marrow", "valley"]))).0, Rel::Clash);
    }

    #[test]
    fn the_self_filter_knows_contradictories_by_a_negative_prefix() {
        // Invented: one ballot, legal and illegal; "hot" / "cold" are two ends of a scale.
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let mut look = |s: &str| f.look(s, &mut cache);
        let (legal, illegal) = (look("The Halvery ballot was legal."), look("The Halvery ballot was illegal."));
        assert!(f.self_worth(&legal, &illegal));
        // Not read for two articles: the aligned path's pairs are as before.
        assert!(!f.worth(&legal, &illegal));
        let (hot, cold) = (look("The Halvery ballot room was hot."), look("The Halvery ballot room was cold."));
        assert!(!f.self_worth(&hot, &cold));
    }

    #[test]
    fn opposites_wordnet_does_not_pair() {
        // Invented: one watchdog, one bid, approved and rejected; one minister, one levy.
        let approved = "The watchdog approved the bid on Friday.";
        assert_eq!(found(approved, "The watchdog rejected the bid."), Some(Rule::Antonym));
        assert_eq!(found("The mayor opposed the levy.", "The mayor supported the levy."), Some(Rule::Antonym));
        assert_eq!(found("The mayor opposed the levy.", "The mayor backed the levy."), Some(Rule::Antonym));
        assert_eq!(
            found("The appeals court will uphold the ban.", "The appeals court will overturn the ban."),
            Some(Rule::Antonym)
        );
        assert_eq!(found("Lawmakers passed the bill.", "Lawmakers rejected the bill."), Some(Rule::Antonym));
        assert_eq!(found("The governor vetoed the bill.", "The governor signed the bill."), Some(Rule::Antonym));
        assert_eq!(found("The judge granted the request.", "The judge refused the request."), Some(Rule::Antonym));
        assert_eq!(found("The union welcomed the offer.", "The union condemned the offer."), Some(Rule::Antonym));
        assert_eq!(found("The union welcomed the offer.", "The union opposed the offer."), Some(Rule::Antonym));
        assert_eq!(found("The council welcomed the offer.", "The union opposed the offer."), None);
        // "The decision" names whatever was decided: a cut, a merger.
        let opposed = "The mayor opposed the fare cut.";
        assert_eq!(found(opposed, "The mayor welcomed the council's decision."), Some(Rule::Antonym));
        assert_eq!(
            found("The mayor backed the merger.", "The mayor opposed the council's decision."),
            Some(Rule::Antonym)
        );
        // Near misses: another doer; a thing that is no event; a decision only hoped for.
        assert_eq!(found(opposed, "The union welcomed the council's decision."), None);
        assert_eq!(found("The mayor opposed the bridge.", "The mayor welcomed the council's decision."), None);
        assert_eq!(found(opposed, "The mayor may welcome the council's decision."), None);
        // A name titled by the other's head and its modifiers: one person.
        let titled = "Housing Minister Ana Sorvik opposed the fare cut.";
        assert_eq!(found(titled, "The housing minister welcomed the council's decision."), Some(Rule::Antonym));
        assert_eq!(found(titled, "The health minister welcomed the council's decision."), None);
        assert_eq!(found("The senate passed the bill.", "The governor vetoed the bill."), None);
        // A takeover is "the deal" (cues.toml `same_thing`).
        assert_eq!(
            found("The watchdog approved the takeover.", "The watchdog rejected the deal."),
            Some(Rule::Antonym)
        );
        // Near misses: another doer, another thing, or one side only wanted.
        assert_eq!(found(approved, "The union rejected the bid."), None);
        assert_eq!(found(approved, "The watchdog rejected the complaint."), None);
        assert_eq!(found("The mayor opposed the levy.", "The mayor may support the levy."), None);
    }

    #[test]
    fn a_measure_changes_as_its_thing_does() {
        assert_eq!(
            found("The annual inflation rate rose in May.", "Annual inflation fell in May."),
            Some(Rule::Change)
        );
        assert_eq!(found("The price of copper fell on Monday.", "Copper rose on Monday."), Some(Rule::Change));
        assert_eq!(found("French inflation rose in May.", "The inflation rate fell in May."), Some(Rule::Change));
        // Near misses: a forecast is no measure; a measure of a wider thing; another thing.
        assert_eq!(found("The revenue forecast rose in May.", "Revenue fell in May."), None);
        assert_eq!(found("The number of oil wells fell in May.", "Oil rose in May."), None);
        assert_eq!(found("The interest rate rose in May.", "Interest in the scheme fell in May."), None);
    }

    #[test]
    fn changes_of_one_thing() {
        assert_eq!(
            found("The bank raised its growth forecast.", "The bank cut its growth forecast."),
            Some(Rule::Change)
        );
        assert_eq!(found("The tax was frozen for a year.", "A rise in the tax was announced."), Some(Rule::Change));
        assert_eq!(found("Exports rose 2%.", "Imports fell 2%."), None);
        assert_eq!(found("Exports rose 2% in 2019.", "Exports fell 2%."), Some(Rule::Change));
    }

    #[test]
    fn a_past_of_change_the_tagger_read_as_a_noun() {
        // "rose" before "by" and a figure is read as the flower, or as a present "rose".
        let up = "Ticket sales rose by 8 percent last month.";
        assert_eq!(found(up, "Ticket sales fell last month."), Some(Rule::Change));
        // Near miss: another thing.
        assert_eq!(found(up, "Bus fares fell last month."), None);
    }

    #[test]
    fn a_change_is_of_its_subject_past_a_preposition_or_a_time() {
        // The noun after "fell after" or "rose last" says when or why, not what changed.
        assert_eq!(
            found("Shares in the brewer fell after the announcement.", "Shares in the brewer rose after the recall."),
            Some(Rule::Change)
        );
        assert_eq!(found("Exports rose last month.", "Imports fell last month."), None);
        assert_eq!(found("Ticket sales fell on Friday.", "Ticket sales rose on Friday."), Some(Rule::Change));
        assert_eq!(found("Exports rose in March.", "Imports fell in March."), None);
    }

    #[test]
    fn a_passive_change_is_of_its_subject_and_by_its_agent() {
        assert_eq!(found("Fares were raised by the operator.", "The operator lowered fares."), Some(Rule::Change));
        assert_eq!(found("Fares were raised by the operator.", "The operator lowered wages."), None);
    }

    #[test]
    fn a_possessive_does_not_stop_a_phrase_widening() {
        // "Yields on the county's bonds": the yields change, not the bonds.
        assert_eq!(
            found("Yields on the county's new bonds fell.", "Yields on the county bonds rose sharply."),
            Some(Rule::Change)
        );
        assert_eq!(found("Prices of the county's new bonds fell.", "Yields on the county bonds rose sharply."), None);
    }

    #[test]
    fn an_object_past_a_possessive_is_the_thing_possessed() {
        // Invented: one union, one offer; "final" between the possessive and the noun.
        let rejected = "The union rejected the airline's final offer.";
        assert_eq!(found(rejected, "The union accepted the airline's offer."), Some(Rule::Antonym));
        assert_eq!(
            found("The board raised the company's full-year forecast.", "The board cut the forecast."),
            Some(Rule::Change)
        );
        // Near misses: another thing possessed, another union.
        assert_eq!(found(rejected, "The union accepted the government's new plan."), None);
        assert_eq!(found(rejected, "The guild accepted the airline's offer."), None);
        let object = |s: &str| read(s, 0).into_iter().find_map(|e| e.object).map(|o| o.lemma);
        assert_eq!(object(rejected).as_deref(), Some("offer"));
        assert_eq!(object("The union rejected the airline's offer.").as_deref(), Some("offer"));
    }

    #[test]
    fn a_vote_to_do_a_thing_did_it() {
        // Invented: one senate, one plan, voted down and approved.
        let approved = "The senate approved the plan on Monday.";
        assert_eq!(found("The senate voted to reject the plan.", approved), Some(Rule::Antonym));
        assert_eq!(found("The senate has voted to reject the plan.", approved), Some(Rule::Antonym));
        // Near misses: another body, no one named, a vote not cast or only possible, a wish.
        assert_eq!(found("The council voted to reject the plan.", approved), None);
        assert_eq!(found("While three voted to reject the plan, it passed.", approved), None);
        assert_eq!(found("The senate did not vote to reject the plan.", approved), None);
        assert_eq!(found("The senate may vote to reject the plan.", approved), None);
        assert_eq!(found("The senate wanted to reject the plan.", approved), None);
    }

    #[test]
    fn a_participle_clause_after_the_subject_is_passed_over() {
        // Invented: one senate, its meeting between commas.
        let rejected = "The senate rejected the plan.";
        assert_eq!(found("The senate, meeting later in the week, approved the plan.", rejected), Some(Rule::Antonym));
        // Near miss: the council met the senate; the council approved.
        assert_eq!(found("The council, meeting the senate on Friday, approved the plan.", rejected), None);
    }

    #[test]
    fn complementary_states() {
        assert_eq!(found("He was remanded in custody.", "Mr Vale was granted bail."), Some(Rule::State));
        assert_eq!(found("The bridge stayed open all day.", "The bridge was closed for an hour."), Some(Rule::State));
        assert_eq!(found("The bridge stayed open all day.", "The tunnel was closed for an hour."), None);
        assert_eq!(found("The ferry was postponed.", "The ferry was called off."), None);
    }

    #[test]
    fn hand_synonyms_and_nouns_of_one_thing() {
        // "appeal" / "challenge" (cues.toml `synonyms`), "verdict" / "conviction" (`same_thing`).
        assert_eq!(
            found("Mr Dale will appeal against the verdict.", "Mr Dale will not challenge his conviction."),
            Some(Rule::Polarity)
        );
        // Near miss: what is challenged is another thing.
        assert_eq!(found("Mr Dale will appeal against the verdict.", "Mr Dale will not challenge the fine."), None);
    }

    #[test]
    fn a_need_denied_and_affirmed() {
        // "must be approved" needs approval; "a vote" is an event too.
        assert_eq!(
            found("The plan does not require a vote of the board.", "The plan must still be approved by the board."),
            Some(Rule::Polarity)
        );
        assert_eq!(
            found("The plan does not need a vote.", "The plan needs the nod of the board."),
            Some(Rule::Polarity)
        );
        // Near misses: another plan; a thing, not an event, needed.
        assert_eq!(found("The plan does not require a vote.", "The loan must still be approved by the board."), None);
        assert_eq!(
            found("The plan does not require more staff.", "The plan must still be approved by the board."),
            None
        );
    }

    #[test]
    fn a_ban_in_force_keeps_its_thing_closed() {
        assert_eq!(
            found("The port was forced to reopen the cod fishery.", "The deal does not lift the ban on cod fishing."),
            Some(Rule::State)
        );
        // Near misses: the ban lifted agrees; a ban on another thing.
        assert_eq!(
            found("The port was forced to reopen the cod fishery.", "The deal lifts the ban on cod fishing."),
            None
        );
        assert_eq!(
            found("The port was forced to reopen the cod fishery.", "The deal does not lift the ban on eel fishing."),
            None
        );
    }

    #[test]
    fn two_places_in_one_series() {
        assert_eq!(
            found("It was a second major title for Ms Orr.", "The win gave Ms Orr her first Masters title."),
            Some(Rule::Ordinal)
        );
        // Near misses: two holders named; two things counted.
        assert_eq!(found("It was a second major title for Ms Orr.", "It was a first major title for Ms Lind."), None);
        assert_eq!(found("It was a second major title for Ms Orr.", "It was a first major win for Ms Orr."), None);
    }

    #[test]
    fn conceding_defeat_against_claiming_victory() {
        assert_eq!(
            found("Ms Orr conceded defeat on Sunday night.", "Ms Orr claimed victory on Sunday night."),
            Some(Rule::State)
        );
        // Near miss: two candidates.
        assert_eq!(found("Ms Orr conceded defeat on Sunday night.", "Mr Beck claimed victory on Sunday night."), None);
    }

    #[test]
    fn not_a_state_nor_a_party_of_another() {
        // One word of a state before a noun, by "to", or under a modal is none.
        assert_eq!(found("The inquiry met behind closed doors.", "The inquiry stayed open to the public."), None);
        assert_eq!(found("The bridge failed to open on time.", "The bridge was closed on time."), None);
        assert_eq!(found("Suspects can be detained without charge.", "The suspects were freed without charge."), None);
        // Must-find beside them ("freed" is the verb "free", WordNet's opposite of "detain").
        assert_eq!(
            found("Suspects were detained without charge.", "The suspects were freed without charge."),
            Some(Rule::Antonym)
        );
        // Two parties named: "the Conservatives" is a name as "the Liberal Democrats" is.
        assert_eq!(
            found("The Conservatives are yet to unveil their plans.", "The Liberal Democrats have unveiled plans."),
            None
        );
        assert_eq!(
            found("The Conservatives are yet to unveil their plans.", "The Conservatives have unveiled their plans."),
            Some(Rule::Aspect)
        );
    }

    #[test]
    fn participant_pairs_find_what_alignment_misses() {
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let mut look = |s: &str| f.look(s, &mut cache);
        // A denial and the event it denies, a participant word in common.
        let (a, b, c) = (
            look("At no point did the pumps fail, the operator said."),
            look("Flooding began after two pumps failed overnight."),
            look("Flooding began after two gates failed overnight."),
        );
        let pairs = f.participant_pairs(&[(0, &a), (1, &b), (2, &c)]);
        assert!(pairs.contains(&(0, 1, true)), "{pairs:?}");
        // Near miss: no participant in common.
        assert!(pairs.iter().all(|p| (p.0, p.1) != (0, 2)), "{pairs:?}");
        // Near miss: the denying article also says the pumps failed (a dispute it reports).
        let d = look("Engineers say the pumps failed at dawn.");
        let pairs = f.participant_pairs(&[(0, &a), (0, &d), (1, &b)]);
        assert!(pairs.iter().all(|p| (p.0, p.1) != (0, 2)), "{pairs:?}");
        // Each the only sentence of its article on a state: paired in a one-story check.
        let (d, e) = (look("He was remanded in custody."), look("A local man has been granted bail."));
        assert_eq!(f.participant_pairs(&[(0, &d), (1, &e)]), vec![(0, 1, false)]);
        // Near miss: an article that says both sides speaks of two people.
        let g = look("His brother was remanded in custody.");
        let pairs = f.participant_pairs(&[(0, &d), (1, &e), (1, &g)]);
        assert!(pairs.iter().all(|p| (p.0, p.1) != (0, 1)), "{pairs:?}");
        // A state denied stands on its other side: "not unanimous" against "unanimous",
        // each alone in its article, is paired; a split vote beside it is that side too.
        let (k, l) = (look("The decision was unanimous."), look("The choice was not unanimous: the vote was 4-3."));
        assert_eq!(f.participant_pairs(&[(0, &k), (1, &l)]), vec![(0, 1, true)]);
        // Near miss: both deny it (one side), so no pair.
        let m = look("It was not unanimous, the governor said.");
        assert!(f.participant_pairs(&[(0, &m), (1, &l)]).is_empty());
        // Two changes of one thing (nouns of one thing in `cues.toml`) by one amount.
        let (h, i, j) = (
            look("Takings slid 4% on the year."),
            look("The firm said its revenue grew 4 per cent."),
            look("The firm said its revenue grew 9 per cent."),
        );
        let pairs = f.participant_pairs(&[(0, &h), (1, &i), (2, &j)]);
        assert!(pairs.contains(&(0, 1, true)), "{pairs:?}");
        // Near miss: another amount.
        assert!(pairs.iter().all(|p| (p.0, p.1) != (0, 2)), "{pairs:?}");
        // A verb that entails the denied one ("request" is a way to "ask"), a participant
        // word in common.
        let (n, o, p) = (
            look("The province has yet to ask for federal aid."),
            look("Officials have requested federal aid for the flooded valley."),
            look("Officials have requested new ferries for the flooded valley."),
        );
        let pairs = f.participant_pairs(&[(0, &n), (1, &o), (2, &p)]);
        assert!(pairs.contains(&(0, 1, true)), "{pairs:?}");
        // Near miss: no participant in common.
        assert!(pairs.iter().all(|q| (q.0, q.1) != (0, 2)), "{pairs:?}");
    }

    #[test]
    fn wordnet_nouns_and_phrasal_verbs_across_wordings() {
        // "engine" / "motor" (a narrow hypernym), "break down" / "fail" (a shared sense).
        assert_eq!(
            found("At no point did the ferry's engines fail.", "The ferry's motor broke down at sea."),
            Some(Rule::Polarity)
        );
        // Near miss: another thing broke down.
        assert_eq!(found("At no point did the ferry's engines fail.", "The crew's radio broke down at sea."), None);
    }

    #[test]
    fn a_phrasal_verb_stands_where_a_verb_of_a_later_sense_stands() {
        // "throw out" is "dismiss" in its fifth sense (put out of consideration), and
        // "dismiss" entails "reject", the opposite of "approve".
        let thrown = "The harbour board threw out the dredging plan.";
        assert_eq!(found(thrown, "The harbour board approved the dredging plan."), Some(Rule::Antonym));
        // Near misses: another body; the phrase denied; an approval still to come.
        assert_eq!(found(thrown, "The river trust approved the dredging plan."), None);
        let kept = "The harbour board did not throw out the dredging plan.";
        assert_eq!(found(kept, "The harbour board approved the dredging plan."), None);
        assert_eq!(found(thrown, "The harbour board will approve the dredging plan next year."), None);
        // The pair filter reads the two; the phrase's later sense is no one act with the verb.
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let mut look = |s: &str| f.look(s, &mut cache);
        let (a, b) = (look(thrown), look("The harbour board approved the dredging plan."));
        assert!(f.worth(&a, &b));
        assert!(!WordNet::builtin().phrasal_same("throw out", "dismiss"));
    }

    #[test]
    fn a_state_kept_or_left_by_a_verb() {
        assert_eq!(
            found("The firm will keep its dividend at 5 cents.", "The firm is suspending its dividend."),
            Some(Rule::State)
        );
        assert_eq!(
            found("The storm forced the port to reopen the harbour fishery.", "The harbour closure remains in place."),
            Some(Rule::State)
        );
        // Near misses: a change done in the past is no state now; a wish is no state.
        assert_eq!(
            found("The firm will keep its dividend at 5 cents.", "The firm suspended its dividend in 2020."),
            None
        );
        assert_eq!(
            found("The harbour closure remains in place.", "Traders lobbied for the harbour to be reopened."),
            None
        );
    }

    #[test]
    fn a_dispute_reported_in_one_sentence_takes_no_side() {
        let e = read("The army says it withdrew, but the rebels say it did not withdraw.", 0);
        assert!(e.iter().filter(|x| x.lemma == "withdraw").all(|x| disputed(x, &e)), "{e:?}");
    }

    #[test]
    fn opposed_sides_are_found_by_one_walk() {
        // Every pair of sorted side lists of up to three of six sides, against the search
        // of every pair of sides.
        let all: Vec<(u32, u8)> = vec![(0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (3, 0)];
        let lists: Vec<Vec<(u32, u8)>> = (0u32..64)
            .filter(|m| m.count_ones() <= 3)
            .map(|m| all.iter().enumerate().filter(|(i, _)| m >> i & 1 == 1).map(|(_, &p)| p).collect())
            .collect();
        for a in &lists {
            for b in &lists {
                let slow = a.iter().any(|&(g, s)| b.iter().any(|&(h, t)| g == h && s != t));
                assert_eq!(opposed(a, b, |_| false), slow, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn ascii_sentences_split_as_str_split_does() {
        for s in [
            "",
            "a",
            "It's 4-3, isn't it?",
            "  two  spaces ",
            "end.",
            "x'y z",
            "Zürich’s — “both” ends…",
            "é",
            "—",
            "a—b’c ",
            "“Quoted,” she said.",
        ] {
            let fast: Vec<&str> = Words::new(s).map(|r| &s[r]).collect();
            let slow: Vec<&str> =
                s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')).filter(|w| !w.is_empty()).collect();
            assert_eq!(fast, slow, "{s:?}");
        }
    }

    #[test]
    fn the_filter_tags_denials_and_opposites_only() {
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let mut look = |s: &str| f.look(s, &mut cache);
        let (a, b, c) =
            (look("Shares rose on Monday."), look("Shares slid on Monday."), look("Shares traded on Monday."));
        assert!(f.worth(&a, &b));
        assert!(!f.worth(&a, &c));
        assert!(f.worth(&c, &look("Shares did not trade.")));
        // A denial of another event is not worth tagging; of a synonym or its noun it is.
        assert!(!f.worth(&c, &look("Shares did not fall.")));
        // A lacking verb denies the event noun after it; an "-ification" noun is its verb's.
        let done = look("The stent is prequalified.");
        assert!(f.worth(&done, &look("The stent still lacks prequalification.")));
        assert!(!f.worth(&done, &look("The stent still lacks funding.")));
        // An American spelling is keyed like the British one WordNet keeps.
        assert!(f.worth(&look("The board authorized the sale."), &look("The board has not authorised the sale.")));
        assert!(f.worth(&look("The vote was deferred."), &look("There was no postponement of the vote.")));
        // A tally with votes on both sides against "unanimous"; a score is no tally.
        let unanimous = look("The ruling was unanimous.");
        assert!(f.worth(&unanimous, &look("The panel backed it by a close 5-4 vote.")));
        assert!(f.worth(&unanimous, &look("It passed by nine votes to two.")));
        assert!(!f.worth(&unanimous, &look("The hosts won 5-4 on Sunday.")));
        // A verb of the class an opposite names stands on its side: "sanction" is keyed
        // "approve" (WordNet's class), whose opposite is "reject"; not on the other side.
        let rejected = look("The senate rejected the plan.");
        assert!(f.worth(&look("The senate sanctioned the plan."), &rejected));
        assert!(!f.worth(&look("The senate discussed the plan."), &rejected));
        // An irregular past is read as its verb: keyed like it, on its side.
        let upheld = look("The court upheld the ban.");
        assert!(f.worth(&upheld, &look("The court overturned the ban.")));
        assert!(f.worth(&upheld, &look("The court did not uphold the ban.")));
        assert!(!f.worth(&upheld, &look("The court heard the ban.")));
        // Two times named, none shared.
        assert!(times_differ(&look("Prices fell in March."), &look("Prices rose in June.")));
    }

    #[test]
    fn kept_words_are_read_by_id_as_by_string() {
        let f = Filter::builtin();
        let s = "Shares of Acme did not fall; the Board broke down talks, shares rose 7% in 2019.";
        let words = crate::tag::tokenize(s);
        let ranges: Vec<(u32, u32)> = words.iter().map(|r| (r.start as u32, r.end as u32)).collect();
        // One id per folded form ("Shares" and "shares" share one), one word unknown.
        let mut forms: Vec<String> = Vec::new();
        let ids: Vec<u32> = words
            .iter()
            .map(|r| {
                let folded = crate::text::fold(&s[r.clone()]);
                if folded == "acme" {
                    return crate::tag::NO_ID;
                }
                let at = forms.iter().position(|w| *w == folded).unwrap_or_else(|| {
                    forms.push(folded);
                    forms.len() - 1
                });
                at as u32 * 3
            })
            .collect();
        let plain = format!("{:?}", f.look(s, &mut WordCache::default()));
        let mut cache = WordCache::default();
        // Twice with one cache: the second reads every known word by its id.
        for _ in 0..2 {
            assert_eq!(format!("{:?}", f.look_kept(s, Some((&ranges, &ids)), &mut cache)), plain);
        }
        assert!(cache.by_id.iter().filter(|&&k| k != 0).count() >= 10);
        // A record of other words ("didn't" one word for the filter, two kept) is read too.
        let t = "The plan wasn't approved by the Council.";
        let kept: Vec<(u32, u32)> = crate::tag::tokenize(t).iter().map(|r| (r.start as u32, r.end as u32)).collect();
        let kept_ids: Vec<u32> = (0..kept.len() as u32).map(|i| 1000 + i).collect();
        assert_eq!(
            format!("{:?}", f.look_kept(t, Some((&kept, &kept_ids)), &mut cache)),
            format!("{:?}", f.look(t, &mut WordCache::default()))
        );
    }

    #[test]
    fn an_affirmed_verb_denies_a_broader_verb_denied() {
        // WordNet gives "transmit" as broader than "send", "pay" than "finance": to have
        // done the narrower is to have done the broader.
        let sent = "The probe has already sent its first pictures of the ice sheet.";
        assert_eq!(found(sent, "The probe has not yet transmitted any pictures."), Some(Rule::Aspect));
        let dispatched = "The army dispatched two battalions to the border.";
        assert_eq!(found(dispatched, "The army did not send any battalions to the border."), Some(Rule::Polarity));
        // Near misses: the broader affirmed and the narrower denied (who sent need not have
        // dispatched); another subject; another object; a conditional.
        assert_eq!(
            found("The army did not dispatch any battalions.", "The army sent two battalions to the border."),
            None
        );
        assert_eq!(found(dispatched, "The navy did not send any battalions to the border."), None);
        assert_eq!(found(sent, "The probe has not yet transmitted any signals."), None);
        assert_eq!(
            found(
                "If the probe has sent its first pictures, the team will say so.",
                "The probe has not transmitted any pictures."
            ),
            None
        );
    }

    #[test]
    fn a_broader_verb_met_costs_confidence() {
        let (a, b) = (read("The army dispatched troops.", 0), read("The army did not send troops.", 0));
        let c = a.iter().find_map(|x| b.iter().find_map(|y| contradict(x, y))).unwrap();
        let (a, b) = (read("The army sent troops.", 0), read("The army did not send troops.", 0));
        let same = a.iter().find_map(|x| b.iter().find_map(|y| contradict(x, y))).unwrap();
        assert!(c.strength < same.strength, "{c:?} {same:?}");
    }

    #[test]
    fn a_verb_entailing_one_opposite_stands_against_the_other() {
        // "concede" entails "admit", WordNet's opposite of "deny".
        let denied = "The firm denied liability for the fire.";
        assert_eq!(found("The firm conceded liability for the fire.", denied), Some(Rule::Antonym));
        // Near miss: another firm.
        assert_eq!(found("The insurer conceded liability for the fire.", denied), None);
    }

    #[test]
    fn a_denial_and_a_mate_of_its_verb_are_read_together_not_met() {
        // Verbs sharing a sense among the first four of both ("sack" / "dismiss", "hurt" /
        // "injure") make a pair worth reading; the mates alone do not contradict.
        let not = "The Kelbrook factory did not dismiss any workers this year.";
        assert_eq!(found(not, "The Kelbrook factory sacked forty workers this year."), None);
        let coach = "Rovers have not sacked their coach, Ivo Brannet.";
        assert_eq!(found(coach, "Rovers dismissed their physio, Ana Dorle, on Sunday."), None);
        assert_eq!(
            found("The Kelbrook factory dismissed ten workers.", "The Kelbrook factory sacked ten workers."),
            None
        );
        assert_eq!(found("The floods could not force them out.", "The floods pushed the villagers out."), None);
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let mut look = |s: &str| f.look(s, &mut cache);
        assert!(f.worth(&look(not), &look("The Kelbrook factory sacked forty workers this year.")));
        assert!(f.worth(&look("Nobody was hurt."), &look("Two guards suffered injuries.")));
    }

    #[test]
    fn no_one_denies_the_act_of_anyone() {
        let none = "No one was arrested after the clashes, police said.";
        assert_eq!(found(none, "Police arrested six people after the clashes."), Some(Rule::Polarity));
        // Near misses: "no one" of a time to come; the "no" of a phrase a relative clause
        // hangs from.
        let vat = "No change to the levy on fuel, which stays at 15 cents.";
        assert_eq!(found(vat, "The levy on fuel remains at 15 cents."), None);
        assert_eq!(
            found("No one will be arrested, police said.", "Police arrested six people after the clashes."),
            None
        );
    }

    #[test]
    fn the_filter_meets_a_verb_and_a_broader_one() {
        let f = Filter::builtin();
        let mut cache = WordCache::default();
        let mut look = |s: &str| f.look(s, &mut cache);
        // An irregular past ("sent") is found by its lemma.
        let sent = look("The probe sent its first pictures.");
        assert!(f.worth(&sent, &look("The probe has not transmitted any pictures.")));
        assert!(f.worth(&look("The army dispatched troops."), &look("The army did not send troops.")));
        assert!(f.worth(&look("The firm conceded liability."), &look("The firm denied liability.")));
    }
}
