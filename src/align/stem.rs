//! English stems, remembered per thread: the aligner and the events filter stem most of
//! the same words of a check, and stemming a word costs far more than looking it up.

use rust_stemmers::Stemmer;
use rustc_hash::FxHashMap;
use std::cell::RefCell;

/// The words remembered per thread before the memo starts again: it never grows without
/// bound on a long input.
const KEPT: usize = 1 << 16;

thread_local! {
    static MEMO: RefCell<FxHashMap<Box<str>, Box<str>>> = RefCell::new(FxHashMap::default());
}

/// The stem `stemmer` gives `word`; every English stemmer gives a word one stem, so the
/// memo is shared by all of them.
pub(crate) fn stem(stemmer: &Stemmer, word: &str) -> String {
    let kept = MEMO.try_with(|m| m.try_borrow().ok().and_then(|m| m.get(word).map(|s| s.to_string()))).ok().flatten();
    if let Some(s) = kept {
        return s;
    }
    let s = stemmer.stem(word).into_owned();
    let _ = MEMO.try_with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if m.len() >= KEPT {
                m.clear();
            }
            m.insert(word.into(), s.as_str().into());
        }
    });
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_stems_are_the_stemmers() {
        let stemmer = Stemmer::create(rust_stemmers::Algorithm::English);
        for w in ["running", "talks", "running", "ponies", "talks", "generously"] {
            assert_eq!(stem(&stemmer, w), stemmer.stem(w));
        }
    }
}
