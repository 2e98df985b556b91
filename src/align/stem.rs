//! English stems, remembered per thread: the aligner and the events filter stem most of
//! the same words of a check, and stemming a word costs far more than looking it up.

use crate::thread_memo::{remembered, Table};
use rust_stemmers::Stemmer;

/// The words remembered per thread before the memo starts again: it never grows without
/// bound on a long input.
const KEPT: usize = 1 << 16;

thread_local! {
    static MEMO: Table<Box<str>> = Default::default();
}

/// The words of the built-in data and their regular inflections, end to end with their
/// stems, stemmed at build time (`build.rs`).
static TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/stems.txt"));

/// The open-addressed hash table of the words of [`TEXT`], written by `build.rs`: a power
/// of two of 12-byte slots (word offset, stem offset, word length, 0 for an empty slot,
/// stem length; little-endian).
static SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stems.bin"));

/// Bytes a slot of [`SLOTS`].
const SLOT: usize = 12;

/// `build.rs`'s hash of a word's bytes (FNV-1a, its halves folded).
fn hash(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h = (h ^ x as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (h >> 32)
}

/// The word and the stem of slot `i` of [`SLOTS`], `None` for an empty slot.
fn slot(i: usize) -> Option<(&'static str, &'static str)> {
    let s = &SLOTS[i * SLOT..(i + 1) * SLOT];
    let int = |r: std::ops::Range<usize>| s[r].iter().rev().fold(0usize, |n, &b| n << 8 | b as usize);
    let len = int(8..10);
    if len == 0 {
        return None;
    }
    let (at, stem_at) = (int(0..4), int(4..8));
    Some((&TEXT[at..at + len], &TEXT[stem_at..stem_at + int(10..12)]))
}

/// The English stem of `word` when it is a word of the built-in data or one of their
/// regular inflections, stemmed at build time: the data's readers stem thousands of them
/// as they load, and most words of news are among them. One probe of a table built at
/// build time, none made when a check starts (asked of every new word of a check).
pub(crate) fn built(word: &str) -> Option<&'static str> {
    let n = SLOTS.len() / SLOT;
    let mut i = hash(word.as_bytes()) as usize & (n - 1);
    loop {
        let (w, s) = slot(i)?;
        if w == word {
            return Some(s);
        }
        i = (i + 1) & (n - 1);
    }
}

/// The stem `stemmer` gives `word`; every English stemmer gives a word one stem, so the
/// memo is shared by all of them.
pub(crate) fn stem(stemmer: &Stemmer, word: &str) -> String {
    // A word of the table is looked up, not remembered: the memo keeps the others.
    if let Some(s) = built(word) {
        return s.into();
    }
    remembered(&MEMO, word, KEPT, || stemmer.stem(word).into()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_of_the_build_are_the_stemmers() {
        let stemmer = Stemmer::create(rust_stemmers::Algorithm::English);
        let table: Vec<_> = (0..SLOTS.len() / SLOT).filter_map(slot).collect();
        assert!(table.len() > 20_000, "{}", table.len());
        assert!(SLOTS.len() / SLOT > table.len(), "a free slot ends every probe");
        let mut words: Vec<_> = table.iter().map(|(w, _)| *w).collect();
        words.sort_unstable();
        assert!(words.windows(2).all(|p| p[0] < p[1]), "each word once");
        for (w, s) in &table {
            assert_eq!(*s, stemmer.stem(w), "{w}");
            assert_eq!(built(w), Some(*s));
        }
        assert_eq!(built("postponement"), Some("postpon"));
        // An inflection of a word of the data is in the table too.
        assert_eq!(built("postponements"), Some("postpon"));
        assert_eq!(built("zzyzxq"), None);
        assert_eq!(built(""), None);
        assert_eq!(built("Postponement"), None, "words of the table are lower case");
    }

    #[test]
    fn remembered_stems_are_the_stemmers() {
        let stemmer = Stemmer::create(rust_stemmers::Algorithm::English);
        for w in ["running", "talks", "running", "ponies", "talks", "generously"] {
            assert_eq!(stem(&stemmer, w), stemmer.stem(w));
        }
    }
}
