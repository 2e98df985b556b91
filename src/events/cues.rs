//! The cue words of `data/events/cues.toml`, parsed once.

use crate::lexicon::parse_toml;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::sync::OnceLock;

/// Which way a verb or noun of change moves what it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Direction {
    /// "rose", "raised", "an increase in".
    Up,
    /// "fell", "cut", "a cut in".
    Down,
    /// "froze", "left unchanged".
    Flat,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    negators: Vec<String>,
    function_words: Vec<String>,
    deny_before_to: Vec<String>,
    denying_prepositions: Vec<String>,
    refusing: Vec<String>,
    carrying_before_to: Vec<String>,
    inability_modals: Vec<String>,
    lacking: Vec<String>,
    cancelling: Vec<String>,
    deny_before_ing: Vec<String>,
    planned_denials: Vec<String>,
    modals: Vec<String>,
    graded: Vec<String>,
    negative_openers: Vec<String>,
    not_denying: Vec<String>,
    hedging: Vec<String>,
    light_verbs: Vec<String>,
    reporting: Vec<String>,
    clause_openers: Vec<String>,
    denying: Vec<String>,
    particles: Vec<String>,
    time_prepositions: Vec<String>,
    earlier: Vec<String>,
    generic: Vec<String>,
    unasserted_before: Vec<String>,
    times: Vec<String>,
    converses: Vec<[String; 2]>,
    opposites: Vec<[String; 2]>,
    decision_states: Vec<String>,
    measures: Vec<String>,
    decision_verb: String,
    tally_words: Vec<String>,
    tally_state: String,
    count_words: Vec<String>,
    tally_joiners: Vec<String>,
    earlier_units: Vec<String>,
    prior_before: Vec<String>,
    durations: Vec<String>,
    synonyms: Vec<[String; 2]>,
    same_thing: Vec<Vec<String>>,
    continuing: Vec<String>,
    implicative: Vec<String>,
    deciding_before_to: Vec<String>,
    necessity: Vec<String>,
    bans: Vec<String>,
    ban_closes: String,
    ordinals: Vec<Vec<String>>,
    ordinal_determiners: Vec<String>,
    ordinal_series: Vec<String>,
    necessity_before_to: Vec<String>,
    need_verb: String,
    contest_win: Vec<String>,
    contest_lose: Vec<String>,
    contest_beat: Vec<String>,
    contest_other: Vec<String>,
    repeated: Vec<String>,
    repeated_unit: String,
    directions: Directions,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Directions {
    up: Vec<String>,
    down: Vec<String>,
    flat: Vec<String>,
    keep: Vec<String>,
}

/// The cue words, as sets.
pub(crate) struct Cues {
    pub negators: FxHashSet<String>,
    pub function_words: FxHashSet<String>,
    pub deny_before_to: FxHashSet<String>,
    /// Prepositions that deny the noun after them: "awarded without a tender".
    pub denying_prepositions: FxHashSet<String>,
    /// Lemmas before "to" whose subject and tense are the denied verb's: "refused to sign".
    pub refusing: FxHashSet<String>,
    /// Lemmas before "to" that say the verb after it was done or not as they are:
    /// "managed to land", "was not able to land".
    pub carrying_before_to: FxHashSet<String>,
    /// Modals that, denied in a sentence told in the past, say the verb was not done:
    /// "could not dock on Tuesday".
    pub inability_modals: FxHashSet<String>,
    /// Lemmas of verbs that deny having their object: "still lacks approval".
    pub lacking: FxHashSet<String>,
    /// Verbs (lemmas, a phrasal verb with its particle) that say the event their object
    /// names did not take place: "the evening sailing was cancelled".
    pub cancelling: FxHashSet<String>,
    /// Verbs that deny the gerund after them, each a lemma and the words as written between
    /// it and the gerund: "rule" ["out"] of "ruled out raising the fare".
    pub deny_before_ing: Vec<(String, Vec<String>)>,
    /// Of those, the ones (as phrases) that deny a plan: "ruled out raising it" says it will
    /// not be raised.
    pub planned_denials: FxHashSet<String>,
    /// The words a modal can be, as written: "will", "wo" of "won't".
    pub modals: FxHashSet<String>,
    /// Words that make a denying preposition deny a degree only: "without serious injury".
    pub graded: FxHashSet<String>,
    /// Openers, each split into words.
    pub negative_openers: Vec<Vec<String>>,
    pub not_denying: FxHashSet<String>,
    pub hedging: FxHashSet<String>,
    pub light: FxHashSet<String>,
    pub reporting: FxHashSet<String>,
    /// Words after which a new clause, with its own subject, begins.
    pub clause_openers: FxHashSet<String>,
    pub denying: FxHashSet<String>,
    pub particles: FxHashSet<String>,
    /// Particles that also head a time: "climbed on Monday" is no "climb on".
    pub time_prepositions: FxHashSet<String>,
    pub earlier: FxHashSet<String>,
    pub generic: FxHashSet<String>,
    pub unasserted_before: FxHashSet<String>,
    pub times: FxHashSet<String>,
    /// Verbs that keep their object as it is: "kept its dividend at 9 cents".
    pub continuing: FxHashSet<String>,
    /// Verbs whose object does what the verb after "to" says: "forced the council to reopen".
    pub implicative: FxHashSet<String>,
    /// Lemmas before "to" whose subject did the verb after it, in their tense: "voted to
    /// reject".
    pub deciding_before_to: FxHashSet<String>,
    /// Ordinals to their place in a series: "first" and "maiden" 1, "second" 2.
    pub ordinals: FxHashMap<String, u8>,
    /// Words before an ordinal that count a holder's own: "a", "his".
    pub ordinal_determiners: FxHashSet<String>,
    /// Words after an ordinal's noun that place it in another series: "to", "since".
    pub ordinal_series: FxHashSet<String>,
    /// Nouns of a prohibition: "ban", "embargo".
    pub bans: FxHashSet<String>,
    /// The state a lifted ban leaves what it forbade in: "open".
    pub ban_closes: String,
    /// Modals that make a passive a need: "must be approved".
    pub necessity: FxHashSet<String>,
    /// Lemmas before "to" that make a passive a need: "needs to be approved".
    pub necessity_before_to: FxHashSet<String>,
    /// The verb a need is keyed like: "require", "need".
    pub need_verb: String,
    /// Converse pairs, smaller lemma first.
    pub converses: FxHashSet<(String, String)>,
    /// Opposite verbs WordNet does not pair, each to its opposites: "approve" → "reject".
    pub opposites: FxHashMap<String, Vec<String>>,
    /// States of the one decision a vote takes: "unanimous".
    pub decision_states: FxHashSet<String>,
    /// Nouns of a measure of the thing they name: "rate" of "the inflation rate".
    pub measures: FxHashSet<String>,
    /// The verb whose nouns name whatever was decided: "decide" of "the decision".
    pub decision_verb: String,
    /// Lemmas of a vote whose count is a tally: "vote".
    pub tally_words: FxHashSet<String>,
    /// The decision state a tally says: "unanimous".
    pub tally_state: String,
    /// Counts in words, to their value ("nil" 0, "seven" 7).
    pub count_words: FxHashMap<String, u32>,
    /// Words between a tally's two counts: "-", "to".
    pub tally_joiners: FxHashSet<String>,
    pub earlier_units: FxHashSet<String>,
    /// Words before "being" that put a state before the clause's event: "after".
    pub prior_before: FxHashSet<String>,
    /// Units of a state's length: "closed for three decades".
    pub durations: FxHashSet<String>,
    pub directions: FxHashMap<String, Direction>,
    pub keep: FxHashSet<String>,
    /// Hand-made synonyms: a verb to the verb it is keyed like.
    pub synonyms: FxHashMap<String, String>,
    /// Nouns of one thing: a noun to its group's first.
    pub same_thing: FxHashMap<String, String>,
    /// Lemmas of a contest won by the subject: "win".
    pub contest_win: FxHashSet<String>,
    /// Lemmas of a contest lost by the subject: "lose".
    pub contest_lose: FxHashSet<String>,
    /// Lemmas of a contest the subject won and the object lost: "beat", "defeat".
    pub contest_beat: FxHashSet<String>,
    /// Words of a contest of another time: "previous" of "lost their previous match".
    pub contest_other: FxHashSet<String>,
    /// Adverbs of a verb done more than once: "twice".
    pub repeated: FxHashSet<String>,
    /// The noun after a count of repetitions: "times" of "five times".
    pub repeated_unit: String,
}

/// The embedded cue file.
pub const BUILTIN: (&str, &str) = ("data/events/cues.toml", include_str!("../../data/events/cues.toml"));

impl Cues {
    pub(crate) fn builtin() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        CUES.get_or_init(|| match Cues::parse(BUILTIN.0, BUILTIN.1) {
            Ok(c) => c,
            Err(e) => panic!("built-in event cues: {e}"),
        })
    }

    pub(crate) fn parse(name: &str, text: &str) -> crate::Result<Cues> {
        let f: File = parse_toml(name, text)?;
        let set = |v: Vec<String>| v.into_iter().collect::<FxHashSet<_>>();
        let mut directions = FxHashMap::default();
        for (words, d) in [
            (f.directions.up, Direction::Up),
            (f.directions.down, Direction::Down),
            (f.directions.flat, Direction::Flat),
        ] {
            for w in words {
                directions.insert(w, d);
            }
        }
        Ok(Cues {
            negators: set(f.negators),
            function_words: set(f.function_words),
            deny_before_to: set(f.deny_before_to),
            denying_prepositions: set(f.denying_prepositions),
            refusing: set(f.refusing),
            carrying_before_to: set(f.carrying_before_to),
            inability_modals: set(f.inability_modals),
            lacking: set(f.lacking),
            cancelling: set(f.cancelling),
            deny_before_ing: f
                .deny_before_ing
                .iter()
                .filter_map(|p| {
                    let mut words = p.split_whitespace().map(str::to_string);
                    Some((words.next()?, words.collect()))
                })
                .collect(),
            planned_denials: set(f.planned_denials),
            modals: set(f.modals),
            graded: set(f.graded),
            negative_openers: f
                .negative_openers
                .iter()
                .map(|o| o.split_whitespace().map(str::to_string).collect())
                .collect(),
            not_denying: set(f.not_denying),
            hedging: set(f.hedging),
            light: set(f.light_verbs),
            reporting: set(f.reporting),
            clause_openers: set(f.clause_openers),
            denying: set(f.denying),
            particles: set(f.particles),
            time_prepositions: set(f.time_prepositions),
            earlier: set(f.earlier),
            generic: set(f.generic),
            unasserted_before: set(f.unasserted_before),
            times: set(f.times),
            continuing: set(f.continuing),
            implicative: set(f.implicative),
            deciding_before_to: set(f.deciding_before_to),
            necessity: set(f.necessity),
            bans: set(f.bans),
            ban_closes: f.ban_closes,
            ordinals: f
                .ordinals
                .iter()
                .enumerate()
                .flat_map(|(i, g)| g.iter().map(move |w| (w.clone(), u8::try_from(i + 1).unwrap_or(u8::MAX))))
                .collect(),
            ordinal_determiners: set(f.ordinal_determiners),
            ordinal_series: set(f.ordinal_series),
            necessity_before_to: set(f.necessity_before_to),
            need_verb: f.need_verb,
            converses: f.converses.into_iter().map(|[a, b]| if a <= b { (a, b) } else { (b, a) }).collect(),
            decision_states: set(f.decision_states),
            measures: set(f.measures),
            decision_verb: f.decision_verb,
            tally_words: set(f.tally_words),
            tally_state: f.tally_state,
            count_words: f.count_words.into_iter().zip(0u32..).collect(),
            tally_joiners: set(f.tally_joiners),
            opposites: {
                let mut m: FxHashMap<String, Vec<String>> = FxHashMap::default();
                for [a, b] in f.opposites {
                    m.entry(a.clone()).or_default().push(b.clone());
                    m.entry(b).or_default().push(a);
                }
                m
            },
            earlier_units: set(f.earlier_units),
            prior_before: set(f.prior_before),
            durations: set(f.durations),
            directions,
            keep: set(f.directions.keep),
            contest_win: set(f.contest_win),
            contest_lose: set(f.contest_lose),
            contest_beat: set(f.contest_beat),
            contest_other: set(f.contest_other),
            repeated: set(f.repeated),
            repeated_unit: f.repeated_unit,
            synonyms: f.synonyms.into_iter().map(|[a, b]| (b, a)).collect(),
            same_thing: f
                .same_thing
                .iter()
                .flat_map(|g| g.iter().map(move |w| (w.clone(), g.first().cloned().unwrap_or_default())))
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_cues_load() {
        let c = Cues::builtin();
        assert_eq!(c.directions.get("slide"), Some(&Direction::Down));
        assert!(c.negators.contains("never"));
    }

    #[test]
    fn a_bad_cue_file_names_itself() {
        let err = Cues::parse("mine.toml", "negators = 3\n").err().map(|e| e.to_string()).unwrap_or_default();
        assert!(err.contains("mine.toml"), "{err}");
    }
}
