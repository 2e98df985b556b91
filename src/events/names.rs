//! Who a clause is about, by the countries and bodies named before its predicate: a denial
//! and an affirmation whose subjects name two different ones ("Iceland did not sign" /
//! "Finland signed") are about two things, not one thing said two ways.

use crate::lexicon::EntityKind;
use crate::text::{fold, fold_into, is_upper_start};
use crate::thread_memo::{remembered, Table};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

/// The longest run of capitalised words read as one name ("Costa Rica").
const LONGEST_NAME: usize = 4;

/// The countries and bodies one clause names: `words` are the clause's words as written, in
/// order, up to its predicate. Each is keyed by the country or body it means, whether written
/// by name, alias, metonym or demonym ("Icelandic" is Iceland). People, cities and other
/// capitalised words are not keys: a person and a country may be one side of one story.
pub(crate) fn subject_names<'w>(words: impl Iterator<Item = &'w str>) -> Vec<String> {
    let words: Vec<&str> = words.collect();
    // A name before "said" or "that" is who spoke, not who acted (data/events/cues.toml).
    let openers = &super::cues::Cues::builtin().clause_openers;
    let mut folded = String::new();
    let opener = |w: &&str| {
        folded.clear();
        fold_into(w, &mut folded);
        openers.contains(folded.as_str())
    };
    let from = words.iter().rposition(opener).map_or(0, |p| p + 1);
    let words = &words[from..];
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let run = words[k..].iter().take(LONGEST_NAME).take_while(|w| is_upper_start(w)).count();
        let found = (1..=run).rev().find_map(|n| key(&words[k..k + n]).map(|key| (n, key)));
        match found {
            Some((n, key)) => {
                out.push(key);
                k += n;
            }
            None => k += 1,
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether two clauses' names ([`subject_names`]) are each some and none in common.
pub(crate) fn names_differ(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.binary_search(x).is_ok())
}

/// The folded canonical names of the lexicon's countries and international bodies.
fn actors() -> &'static FxHashSet<String> {
    static SET: OnceLock<FxHashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let lexicon = crate::Lexicon::builtin();
        let actor = |k: EntityKind| matches!(k, EntityKind::Country | EntityKind::Organization);
        lexicon.data().entity.iter().filter(|e| actor(e.kind)).map(|e| fold(&e.name)).collect()
    })
}

/// Whether two names are keyed as one country or body (by name, alias, metonym or
/// demonym): "Madrid" and "Spain".
pub(super) fn one_actor(a: &str, b: &str) -> bool {
    key_of(a).is_some_and(|k| key_of(b).as_ref() == Some(&k))
}

/// The key of a run of capitalised words, if together they name a country or a body.
fn key(run: &[&str]) -> Option<String> {
    let last = run.last()?;
    let last = last.strip_suffix("'s").or_else(|| last.strip_suffix("’s")).unwrap_or(last);
    if run.len() == 1 {
        return key_of(last);
    }
    let mut phrase = run[..run.len() - 1].join(" ");
    phrase.push(' ');
    phrase.push_str(last);
    key_of(&phrase)
}

/// The phrases whose keys are remembered per thread before the memo starts again.
const KEPT: usize = 1 << 14;

thread_local! {
    static KEYS: Table<Option<String>> = Default::default();
}

/// The key of a phrase (capitalised words, the last without its "'s"), remembered per
/// thread: the same few names open most clauses, and the lexicon's look-up costs more.
fn key_of(phrase: &str) -> Option<String> {
    remembered(&KEYS, phrase, KEPT, || read_key(phrase))
}

/// The key of a phrase: the country it names (by name or demonym), or the country or body
/// the lexicon takes it for.
fn read_key(phrase: &str) -> Option<String> {
    if let Some(c) = super::rules::countries().get(&fold(phrase)) {
        return Some(c.clone());
    }
    let e = fold(crate::Lexicon::builtin().canonical_entity(phrase)?);
    actors().contains(&e).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        subject_names(s.split_whitespace())
    }

    #[test]
    fn two_countries_differ() {
        // Must find: two countries, by demonym and by name.
        assert!(names_differ(&names("Icelandic citizens do not"), &names("Finnish citizens still")));
        assert!(names_differ(&names("Iceland has not"), &names("Finland formally")));
        assert!(names_differ(&names("Chile has not"), &names("New Zealand's ministers")));
        // Near misses: one country written two ways; a shared name; no country on one side;
        // a person or a city is no country.
        assert!(!names_differ(&names("Icelandic ministers have not"), &names("Iceland formally")));
        assert!(!names_differ(&names("The UK's ban"), &names("Britain")));
        assert!(!names_differ(&names("Reykjavik Mining and Finland did not"), &names("Finland")));
        assert!(!names_differ(&names("The council did not"), &names("Finland")));
        assert!(!names_differ(&names("Minister Jan Novak"), &names("Finland's finance minister")));
    }

    #[test]
    fn a_speaker_is_not_the_subject() {
        // "France said that the council ...": the clause after "that" is the subject's.
        assert!(names("Officials in Chile said that the council").is_empty());
        assert_eq!(names("The Icelandic plant, which sent an observer, has"), vec!["iceland".to_string()]);
    }
}
