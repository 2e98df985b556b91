//! English stems, remembered per thread: the aligner and the events filter stem most of
//! the same words of a check, and stemming a word costs far more than looking it up.

use crate::thread_memo::{remembered, Table};
use rust_stemmers::Stemmer;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The words remembered per thread before the memo starts again: it never grows without
/// bound on a long input.
const KEPT: usize = 1 << 16;

thread_local! {
    static MEMO: Table<Box<str>> = Default::default();
}

/// The words of the built-in data and their stems, stemmed at build time (`build.rs`).
mod built {
    include!(concat!(env!("OUT_DIR"), "/stems.rs"));
}

/// The English stem of `word` when it is a word of the built-in data, stemmed at build
/// time: the data's readers stem thousands of them as they load. One hash probe, not a
/// binary search of string comparisons over the table (asked of every new word of a check).
pub(crate) fn built(word: &str) -> Option<&'static str> {
    static BY_WORD: OnceLock<FxHashMap<&'static str, &'static str>> = OnceLock::new();
    BY_WORD.get_or_init(|| built::STEMS.iter().copied().collect()).get(word).copied()
}

/// The stem `stemmer` gives `word`; every English stemmer gives a word one stem, so the
/// memo is shared by all of them.
pub(crate) fn stem(stemmer: &Stemmer, word: &str) -> String {
    remembered(&MEMO, word, KEPT, || match built(word) {
        Some(s) => s.into(),
        None => stemmer.stem(word).into(),
    })
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_of_the_build_are_the_stemmers() {
        let stemmer = Stemmer::create(rust_stemmers::Algorithm::English);
        assert!(built::STEMS.len() > 1000, "{}", built::STEMS.len());
        assert!(built::STEMS.windows(2).all(|p| p[0].0 < p[1].0), "sorted, each word once");
        for (w, s) in built::STEMS {
            assert_eq!(*s, stemmer.stem(w), "{w}");
            assert_eq!(built(w), Some(*s));
        }
        assert_eq!(built("postponement"), Some("postpon"));
        assert_eq!(built("zzyzxq"), None);
    }

    #[test]
    fn remembered_stems_are_the_stemmers() {
        let stemmer = Stemmer::create(rust_stemmers::Algorithm::English);
        for w in ["running", "talks", "running", "ponies", "talks", "generously"] {
            assert_eq!(stem(&stemmer, w), stemmer.stem(w));
        }
    }
}
