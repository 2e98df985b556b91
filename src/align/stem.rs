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

/// The stem `stemmer` gives `word`; every English stemmer gives a word one stem, so the
/// memo is shared by all of them.
pub(crate) fn stem(stemmer: &Stemmer, word: &str) -> String {
    remembered(&MEMO, word, KEPT, || stemmer.stem(word).into()).into()
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
