//! Cues: the words an extractor must find in a sentence before it can read a fact there,
//! read once per word (and tag) when the word's lemma is, and kept with it. An extractor
//! whose cue no word of a sentence carries has nothing to read there and is not run; one
//! whose cue a word lacks passes that word by. Each cue is a necessary condition the
//! extractor tests anyway ("the lemma is one of the winners' verbs"), asked once per word
//! instead of once per sentence, extractor and word.

use super::data::Data;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// A lemma among the verbs of a winner ("win").
pub(crate) const WINNER: u32 = 1 << 0;
/// A lemma among the verbs of an agent ("lead", "deliver").
pub(crate) const AGENT: u32 = 1 << 1;
/// A lemma among a buyer's verbs, accepting verbs or purchase nouns ("buy", "accept",
/// "takeover").
pub(crate) const BUYER: u32 = 1 << 2;
/// A lemma among the verbs of a launch ("launch").
pub(crate) const LAUNCH: u32 = 1 << 3;
/// A word among the nouns of a venue ("summit"), as written in lower case.
pub(crate) const VENUE: u32 = 1 << 4;
/// "convict" as a lemma, or "guilty".
pub(crate) const VERDICT: u32 = 1 << 5;
/// A lemma among the verbs that say a person holds an office ("coach").
pub(crate) const POST_VERB: u32 = 1 << 6;
/// A vote's verb, by its lemma or by its form ([`super::vote::form_of`]).
pub(crate) const VOTE: u32 = 1 << 7;
/// The first word of a form of a single-valued attribute ([`Data::form_firsts`]).
pub(crate) const FORM_FIRST: u32 = 1 << 8;

/// A capitalised word that names a country as a demonym ([`super::nationality::demonym_of`]).
pub(crate) const DEMONYM: u32 = 1 << 9;
/// A word ending with a head office's suffix ("-based").
pub(crate) const BASE_SUFFIX: u32 = 1 << 10;

/// A word an office's name may hold ([`super::posts::parts`]): one that opens a form or is
/// a rank, "officer", or a word with a hyphen (split into parts of its own). A sentence
/// without one holds no title.
pub(crate) const TITLE: u32 = 1 << 11;

/// The first word of a destination's phrase ("bound", "heading") or one of its nouns
/// ("destination"), as written in lower case.
pub(crate) const DESTINATION: u32 = 1 << 12;

/// The cues by lemma and by word, and the vote verbs.
struct Table {
    lemmas: FxHashMap<String, u32>,
    words: FxHashMap<String, u32>,
    votes: Vec<String>,
    /// The suffixes of head offices.
    suffixes: Vec<String>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let d = Data::builtin();
        let mut lemmas: FxHashMap<String, u32> = FxHashMap::default();
        let mut words: FxHashMap<String, u32> = FxHashMap::default();
        let mut votes = Vec::new();
        let suffixes = d.singles("base").flat_map(|s| s.suffixes.iter().cloned()).collect();
        let add = |map: &mut FxHashMap<String, u32>, list: &[String], cue: u32| {
            for w in list {
                *map.entry(w.clone()).or_default() |= cue;
            }
        };
        for s in &d.single {
            match s.kind.as_str() {
                "winner" => {
                    add(&mut lemmas, &s.verbs, WINNER);
                    add(&mut lemmas, &s.acts, WINNER);
                    add(&mut lemmas, &s.doers, WINNER);
                    add(&mut lemmas, &s.defeats, WINNER);
                    add(&mut lemmas, &s.awards, WINNER);
                    // "the prize went to": the event names the win.
                    add(&mut lemmas, &s.nouns, WINNER);
                }
                "agent" => add(&mut lemmas, &s.verbs, AGENT),
                "buyer" => {
                    add(&mut lemmas, &s.verbs, BUYER);
                    add(&mut lemmas, &s.sellers, BUYER);
                    add(&mut lemmas, &s.accepts, BUYER);
                    add(&mut lemmas, &s.nouns, BUYER);
                    add(&mut lemmas, &s.doers, BUYER);
                }
                "launch" => add(&mut lemmas, &s.verbs, LAUNCH),
                "venue" => add(&mut words, &s.nouns, VENUE),
                "destination" => {
                    let firsts: Vec<String> =
                        s.phrases.iter().filter_map(|p| p.split(' ').next()).map(String::from).collect();
                    add(&mut words, &firsts, DESTINATION);
                    add(&mut words, &s.doers, DESTINATION);
                }
                "vote" => votes.extend(s.verbs.iter().cloned()),
                _ => {}
            }
        }
        add(&mut lemmas, &["convict".to_string()], VERDICT);
        add(&mut words, &["guilty".to_string()], VERDICT);
        add(&mut lemmas, &super::posts::verbs(), POST_VERB);
        add(&mut words, &d.form_firsts.iter().cloned().collect::<Vec<_>>(), FORM_FIRST);
        Table { lemmas, words, votes, suffixes }
    })
}

/// The cues of a word whatever its tag: `lower` in lower case, `demonym` whether it names a
/// country as one.
pub(crate) fn of_word(lower: &str, demonym: bool, title: bool) -> u32 {
    let mut cue = if demonym { DEMONYM } else { 0 };
    if title {
        cue |= TITLE;
    }
    if table().suffixes.iter().any(|x| lower.ends_with(x.as_str())) {
        cue |= BASE_SUFFIX;
    }
    cue
}

/// The cues of a word, in lower case, with the lemma (lower case) its tag gives it.
pub(crate) fn of(lower: &str, lemma: &str) -> u32 {
    let t = table();
    let mut cue = t.lemmas.get(lemma).copied().unwrap_or(0) | t.words.get(lower).copied().unwrap_or(0);
    if t.votes.iter().any(|v| lemma == v || super::vote::form_of(lower, v)) {
        cue |= VOTE;
    }
    cue
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_are_the_extractors_words() {
        assert_ne!(of("won", "win") & WINNER, 0);
        assert_eq!(of("wine", "wine") & WINNER, 0);
        assert_ne!(of("convicted", "convict") & VERDICT, 0);
        assert_ne!(of("guilty", "guilty") & VERDICT, 0);
        assert_eq!(of("guilt", "guilt") & VERDICT, 0);
        assert_ne!(of("abstaining", "abstaining") & VOTE, 0);
        assert_ne!(of("chief", "chief") & FORM_FIRST, 0);
        assert_eq!(of("executive", "executive") & FORM_FIRST, 0);
        assert_eq!(of("the", "the"), 0);
        assert_ne!(of_word("tarvin-based", false, true) & BASE_SUFFIX, 0);
        assert_eq!(of_word("based", false, false) & BASE_SUFFIX, 0);
    }
}
