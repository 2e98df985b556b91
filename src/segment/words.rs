//! The word lists the splitter reads — abbreviations by class, sentence starters, dates —
//! loaded from `data/segment/abbreviations.toml` and `data/segment/words.toml`.

use super::chars::lower_into;
use crate::{Error, Result};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

/// The abbreviation list that ships with the crate.
pub const ABBREVIATIONS_TOML: &str = include_str!("../../data/segment/abbreviations.toml");
/// Sentence starters, time continuations, months and weekdays.
pub const WORDS_TOML: &str = include_str!("../../data/segment/words.toml");

/// How an abbreviation behaves before the word that follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AbbreviationClass {
    /// Never ends a sentence: titles and words that lead into what follows ("Mr.", "Gen.",
    /// "St.", "e.g.").
    Prefix,
    /// An abbreviation only before a number ("No. 10", "p. 55", "Jan. 15"); before a word
    /// it ends a sentence like any other word ("No. The plan …").
    BeforeNumber,
    /// Ends a sentence only before a typical sentence starter ("moved to the U.S. He said"
    /// splits, "U.S. officials" does not): "U.S.", "Co.", "Inc.", "Jr.", "etc.".
    Ambiguous,
    /// A time of day ("a.m.", "p.m."): ends a sentence before a capitalised word when the
    /// clause before it is long enough and the word does not continue the time ("Monday",
    /// "GMT").
    Time,
}

/// The abbreviation file format: one table per class, each with a `words` list.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct AbbreviationFile {
    #[serde(default)]
    prefix: WordList,
    #[serde(default)]
    before_number: WordList,
    #[serde(default)]
    ambiguous: WordList,
    #[serde(default)]
    time: WordList,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct WordList {
    words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WordsFile {
    sentence_starters: Vec<String>,
    time_continuations: Vec<String>,
    months: Vec<String>,
    weekdays: Vec<String>,
}

/// Compiled word lists; all keys lower case.
#[derive(Debug, Clone, Default)]
pub(crate) struct Words {
    // Keys are lower-case UTF-8 bytes, looked up without re-validating them.
    abbreviations: FxHashMap<Box<[u8]>, AbbreviationClass>,
    starters: FxHashSet<Box<[u8]>>,
    /// Words after "a.m."/"p.m." that continue the time: zones, weekdays, months.
    continuations: FxHashSet<Box<[u8]>>,
    /// Month and weekday names.
    dates: FxHashSet<Box<[u8]>>,
}

/// The lookup key of a user-given word: lower case, without a final period.
pub(crate) fn normalize(word: &str) -> Option<String> {
    let w = word.trim();
    let w = w.strip_suffix('.').unwrap_or(w).trim();
    (!w.is_empty()).then(|| w.to_lowercase())
}

impl Words {
    /// The lists that ship with the crate.
    pub(crate) fn builtin() -> Words {
        let mut words = Words::default();
        words
            .merge_abbreviations("abbreviations.toml", ABBREVIATIONS_TOML)
            .expect("the embedded abbreviation list is valid");
        let file: WordsFile = toml::from_str(WORDS_TOML).expect("the embedded word list is valid");
        let set = |v: &[String]| key_set(v.iter().filter_map(|w| normalize(w)));
        words.starters = set(&file.sentence_starters);
        words.dates = set(&file.months);
        words.dates.extend(set(&file.weekdays));
        words.continuations = set(&file.time_continuations);
        words.continuations.extend(words.dates.iter().cloned());
        words
    }

    /// Parses `text` in the format of `data/segment/abbreviations.toml` and adds its words;
    /// a word already known takes its class from the later file.
    pub(crate) fn merge_abbreviations(&mut self, name: &str, text: &str) -> Result<()> {
        let file: AbbreviationFile = toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map_or((0, 0), |s| line_col(text, s.start));
            Error::Lexicon { name: name.to_string(), line, column, message: e.message().to_string() }
        })?;
        for (list, class) in [
            (file.prefix, AbbreviationClass::Prefix),
            (file.before_number, AbbreviationClass::BeforeNumber),
            (file.ambiguous, AbbreviationClass::Ambiguous),
            (file.time, AbbreviationClass::Time),
        ] {
            for w in &list.words {
                self.add_abbreviation(w, class);
            }
        }
        Ok(())
    }

    pub(crate) fn add_abbreviation(&mut self, word: &str, class: AbbreviationClass) {
        if let Some(w) = normalize(word) {
            self.abbreviations.insert(w.into_bytes().into_boxed_slice(), class);
        }
    }

    pub(crate) fn add_starter(&mut self, word: &str) {
        if let Some(w) = normalize(word) {
            self.starters.insert(w.into_bytes().into_boxed_slice());
        }
    }

    /// The class of `word` (any case, without its final period).
    #[inline]
    pub(crate) fn abbreviation(&self, word: &str) -> Option<AbbreviationClass> {
        let mut buf = [0u8; 32];
        let key = lower_into(word, &mut buf)?;
        self.abbreviations.get(key).copied()
    }

    #[inline]
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        let mut buf = [0u8; 32];
        lower_into(word, &mut buf).is_some_and(|k| self.starters.contains(k))
    }

    #[inline]
    pub(crate) fn is_continuation(&self, word: &str) -> bool {
        let mut buf = [0u8; 32];
        lower_into(word, &mut buf).is_some_and(|k| self.continuations.contains(k))
    }

    /// True for month and weekday names, full or abbreviated.
    #[inline]
    pub(crate) fn is_date_word(&self, word: &str) -> bool {
        let mut buf = [0u8; 32];
        lower_into(word, &mut buf).is_some_and(|k| self.dates.contains(k))
    }
}

/// A set of lookup keys.
pub(crate) fn key_set(words: impl IntoIterator<Item = String>) -> FxHashSet<Box<[u8]>> {
    words.into_iter().map(|w| w.into_bytes().into_boxed_slice()).collect()
}

/// 1-based line and column of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_load() {
        let w = Words::builtin();
        assert_eq!(w.abbreviation("Mr"), Some(AbbreviationClass::Prefix));
        assert_eq!(w.abbreviation("U.S"), Some(AbbreviationClass::Ambiguous));
        assert_eq!(w.abbreviation("No"), Some(AbbreviationClass::BeforeNumber));
        assert_eq!(w.abbreviation("P.M"), Some(AbbreviationClass::Time));
        assert_eq!(w.abbreviation("N°"), Some(AbbreviationClass::BeforeNumber));
        assert_eq!(w.abbreviation("house"), None);
        assert!(w.is_starter("He") && w.is_starter("how") && !w.is_starter("Government"));
        assert!(w.is_continuation("Monday") && w.is_continuation("GMT") && !w.is_continuation("Mr"));
        assert!(w.is_date_word("Oct") && w.is_date_word("january") && !w.is_date_word("Brussels"));
    }

    #[test]
    fn each_builtin_word_has_one_class() {
        let file: AbbreviationFile = toml::from_str(ABBREVIATIONS_TOML).unwrap();
        let mut seen = FxHashSet::default();
        for w in [file.prefix, file.before_number, file.ambiguous, file.time].iter().flat_map(|l| &l.words) {
            assert!(seen.insert(w.clone()), "{w} is listed twice");
            assert_eq!(normalize(w).as_deref(), Some(w.as_str()), "write {w} lower case, without its final period");
        }
    }

    #[test]
    fn user_words_are_normalized() {
        let mut w = Words::builtin();
        w.add_abbreviation(" Gov't. ", AbbreviationClass::Ambiguous);
        assert_eq!(w.abbreviation("GOV'T"), Some(AbbreviationClass::Ambiguous));
        w.add_abbreviation(".", AbbreviationClass::Prefix);
        assert_eq!(w.abbreviation(""), None);
    }

    #[test]
    fn bad_toml_is_an_error_with_a_position() {
        let mut w = Words::default();
        let err = w.merge_abbreviations("mine.toml", "[prefix]\nwords = [1]\n").unwrap_err();
        assert!(matches!(err, Error::Lexicon { line: 2, .. }), "{err}");
        assert!(w.merge_abbreviations("mine.toml", "[title]\nwords = []\n").is_err());
    }
}
