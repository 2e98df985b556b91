//! The folded form and lemmas of each word the events reader reads, remembered per thread:
//! the same few thousand words make up most sentences, and folding a word and asking the
//! tagger for its lemma cost far more than one look-up. A word's forms are shared, not
//! copied, by every sentence that holds it.

use super::cues::{Cues, Direction};
use crate::lexicon::wordnet::WordNet;
use crate::tag::{Tagger, Xpos};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::rc::Rc;

/// A word's folded form or lemma, shared by the tokens that hold it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Text(Rc<str>);

impl Text {
    pub(super) fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text(s.into())
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// What the events reader asks of every word's folded form, asked once per word: the
/// reader's loops look at each token for these, and most tokens are none of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Cue {
    /// A hedging word (`hedging` in `cues.toml`).
    pub hedging: bool,
    /// A preposition that denies ("without").
    pub denying_preposition: bool,
    /// A word of change and its direction.
    pub direction: Option<Direction>,
    /// The first word of a state phrase WordNet knows.
    pub state_start: bool,
    /// An ordinal and its place.
    pub ordinal: Option<u8>,
    /// A count word and its value.
    pub count_word: Option<u32>,
    /// It holds a hyphen, or a byte of a dash written as itself ("–"): a tally's two
    /// counts may be joined in it ("6-3").
    pub dash: bool,
}

impl Cue {
    /// The cues of the folded word `lower`.
    fn of(lower: &str) -> Cue {
        let cues = Cues::builtin();
        Cue {
            hedging: cues.hedging.contains(lower),
            denying_preposition: cues.denying_prepositions.contains(lower),
            direction: cues.directions.get(lower).copied(),
            state_start: super::read::first_words(WordNet::builtin()).contains(lower),
            ordinal: cues.ordinals.get(lower).copied(),
            count_word: cues.count_words.get(lower).copied(),
            dash: lower.bytes().any(|b| b == b'-' || b == 0xE2),
        }
    }
}

/// What one word as written reads as.
struct Entry {
    lower: Text,
    upper: bool,
    cue: Cue,
    /// Its folded lemma under each tag it was read with (seldom more than two).
    lemmas: Vec<(Xpos, Text)>,
}

/// The words remembered per thread before the memo starts again: it never grows without
/// bound on a long input.
const KEPT: usize = 1 << 16;

thread_local! {
    static MEMO: RefCell<FxHashMap<Box<str>, Entry>> = RefCell::new(FxHashMap::default());
}

/// What [`read`] gives of a word: folded, whether it starts with a capital, its folded
/// lemma and its cues.
pub(super) type Read = (Text, bool, Text, Cue);

/// True for a year written in four digits of the last two centuries ("1998", "2031"): a
/// time, not a count, to the events reader and its pair filter.
pub(super) fn is_year(word: &str) -> bool {
    word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) && word.bytes().all(|b| b.is_ascii_digit())
}

/// `word` folded (a curly "n’t" straight), whether it starts with a capital, its folded
/// lemma as `tagger` reads it tagged `xpos`, and the cues of its folded form.
pub(super) fn read(tagger: &Tagger, word: &str, xpos: Xpos) -> Read {
    let got = MEMO.try_with(|m| {
        let mut m = m.try_borrow_mut().ok()?;
        // One look-up for a word seen before; a new word is read and kept.
        if let Some(e) = m.get_mut(word) {
            return Some(e.read(tagger, word, xpos));
        }
        if m.len() >= KEPT {
            m.clear();
        }
        let mut e = fresh(word);
        let got = e.read(tagger, word, xpos);
        m.insert(word.into(), e);
        Some(got)
    });
    match got {
        Ok(Some(r)) => r,
        // A thread being torn down has no memo left.
        _ => fresh(word).read(tagger, word, xpos),
    }
}

/// A word of at most 15 bytes as one number (its bytes and its length): two words are
/// one number only when they are one word, and a number is hashed and compared at once.
pub(crate) fn packed(word: &str) -> Option<u128> {
    let b = word.as_bytes();
    if b.len() > 15 {
        return None;
    }
    let mut buf = [0u8; 16];
    buf[..b.len()].copy_from_slice(b);
    buf[15] = b.len() as u8;
    Some(u128::from_le_bytes(buf))
}

/// What [`read`] gave of the words of recorded sentences, by their lexicon ids
/// ([`crate::tag::SentenceTags::ids`]), for one check: a word written as its folded form is
/// the one word of its id, and is read again with no string hashed.
#[derive(Default)]
pub(super) struct ById {
    /// The build id of the lexicon the ids are of.
    lexicon: u64,
    /// By id, one past the index in `reads` of its last reading (0: none).
    last: Vec<u32>,
    /// Each reading: the tag it was read with, what it read, and one past the index of
    /// the id's reading before (0: none).
    reads: Vec<(Xpos, Read, u32)>,
    /// What [`read`] gave of a word of no id (or not written as its folded form), by the
    /// word ([`packed`]) and its tag: found with no string hashed.
    written: FxHashMap<(u128, Xpos), Read>,
}

impl ById {
    /// A table for the ids of the lexicon with build id `lexicon` (0: ids are not used).
    pub(super) fn new(lexicon: u64) -> ById {
        ById { lexicon, ..ById::default() }
    }

    /// [`read`] of `word`, whose folded form has the lexicon id `id`, tagged `xpos`.
    pub(super) fn read(&mut self, tagger: &Tagger, word: &str, id: u32, xpos: Xpos) -> Read {
        // Only a word written as its folded form (lower case ASCII) is the one word of
        // its id: "Left" and "left" share an id but may not share a lemma.
        let plain = word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase());
        if self.lexicon == 0 || !plain {
            return self.read_written(tagger, word, xpos);
        }
        let i = id as usize;
        if i >= self.last.len() {
            self.last.resize(i + 1, 0);
        }
        let mut at = self.last[i];
        while at != 0 {
            let (x, r, before) = &self.reads[at as usize - 1];
            if *x == xpos {
                return r.clone();
            }
            at = *before;
        }
        let r = read(tagger, word, xpos);
        self.reads.push((xpos, r.clone(), self.last[i]));
        self.last[i] = self.reads.len() as u32;
        r
    }
}

impl ById {
    /// [`read`] of `word` tagged `xpos`, a word with no lexicon id, or one read by what is
    /// written: kept by the word itself when short.
    pub(super) fn read_written(&mut self, tagger: &Tagger, word: &str, xpos: Xpos) -> Read {
        let Some(key) = packed(word) else { return read(tagger, word, xpos) };
        self.written.entry((key, xpos)).or_insert_with(|| read(tagger, word, xpos)).clone()
    }
}

impl Entry {
    /// Its forms, with its lemma tagged `xpos` read now if not before.
    fn read(&mut self, tagger: &Tagger, word: &str, xpos: Xpos) -> Read {
        let lemma = match self.lemmas.iter().find(|(x, _)| *x == xpos) {
            Some((_, l)) => l.clone(),
            None => {
                let l = lemma(tagger, word, xpos);
                self.lemmas.push((xpos, l.clone()));
                l
            }
        };
        (self.lower.clone(), self.upper, lemma, self.cue)
    }
}

fn fresh(word: &str) -> Entry {
    let lower = fold_word(word);
    let cue = Cue::of(&lower);
    Entry { lower: lower.into(), upper: crate::text::is_upper_start(word), cue, lemmas: Vec::new() }
}

/// The word folded, with a curly "n’t" straight.
fn fold_word(word: &str) -> String {
    let lower = crate::text::fold(word);
    if lower.contains("n’t") {
        lower.replace("n’t", "n't")
    } else {
        lower
    }
}

/// The tagger's lemma of `word` tagged `xpos`, folded.
fn lemma(tagger: &Tagger, word: &str, xpos: Xpos) -> Text {
    crate::text::fold(&tagger.lemma(word, xpos)).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembered_forms_are_the_taggers() {
        let tagger = Tagger::builtin();
        // Twice, so that the second round reads what the first remembered.
        for _ in 0..2 {
            for (word, xpos, lower, upper) in [
                ("Left", Xpos::Vbd, "left", true),
                ("left", Xpos::Vbd, "left", false),
                ("left", Xpos::Jj, "left", false),
                ("wouldn’t", Xpos::Md, "wouldn't", false),
                ("Zürich", Xpos::Nnp, "zurich", true),
            ] {
                let (l, u, m, cue) = read(tagger, word, xpos);
                assert_eq!((l.as_str(), u), (lower, upper), "{word}");
                assert_eq!(cue, Cue::of(lower), "{word}");
                assert_eq!(m.as_str(), crate::text::fold(&tagger.lemma(word, xpos)), "{word} {xpos:?}");
            }
        }
    }

    #[test]
    fn short_words_are_packed_apart() {
        let words = ["", "a", "a\0", "ab", "ba", "abcdefghijklmno", "abcdefghijklmnp", "é", "e"];
        let n: Vec<Option<u128>> = words.iter().map(|w| packed(w)).collect();
        for (i, a) in n.iter().enumerate() {
            assert!(a.is_some(), "{:?}", words[i]);
            for b in &n[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert_eq!(packed("abcdefghijklmnop"), None);
    }

    #[test]
    fn a_dash_is_a_cue() {
        assert!(Cue::of("6-3").dash);
        assert!(Cue::of("6–3").dash);
        assert!(!Cue::of("63").dash);
    }

    #[test]
    fn cues_are_the_cue_lists() {
        let cues = Cues::builtin();
        let first = crate::events::read::first_words(WordNet::builtin());
        for w in ["may", "without", "slide", "rose", "second", "nine", "the", "in", "closed", ""] {
            let c = Cue::of(w);
            assert_eq!(c.hedging, cues.hedging.contains(w), "{w}");
            assert_eq!(c.denying_preposition, cues.denying_prepositions.contains(w), "{w}");
            assert_eq!(c.direction, cues.directions.get(w).copied(), "{w}");
            assert_eq!(c.ordinal, cues.ordinals.get(w).copied(), "{w}");
            assert_eq!(c.count_word, cues.count_words.get(w).copied(), "{w}");
            assert_eq!(c.state_start, first.contains(w), "{w}");
            assert!(!c.dash, "{w}");
        }
    }

    #[test]
    fn words_read_by_id_are_read_as_written() {
        let tagger = Tagger::builtin();
        let mut by_id = ById::new(7);
        for _ in 0..2 {
            for (word, id, xpos) in [
                ("left", 3, Xpos::Vbd),
                ("left", 3, Xpos::Jj),
                // One id for "Left" and "left": a word not written as its folded form is
                // read by its string.
                ("Left", 3, Xpos::Vbd),
                ("Left", 3, Xpos::Nnp),
                ("talks", 9, Xpos::Nns),
                ("talks", 9, Xpos::Vbz),
            ] {
                assert_eq!(by_id.read(tagger, word, id, xpos), read(tagger, word, xpos), "{word} {xpos:?}");
            }
        }
        assert_eq!(by_id.reads.len(), 4);
        // Words of no id, short and long, read twice: what `read` gives.
        for _ in 0..2 {
            for (word, xpos) in [
                ("Norby", Xpos::Nnp),
                ("Norby", Xpos::Nn),
                ("norby", Xpos::Nn),
                (",", Xpos::Comma),
                ("wouldn’t", Xpos::Md),
                ("counterproposals", Xpos::Nns),
            ] {
                assert_eq!(by_id.read_written(tagger, word, xpos), read(tagger, word, xpos), "{word} {xpos:?}");
            }
        }
        // No lexicon: nothing kept by id.
        let mut none = ById::new(0);
        assert_eq!(none.read(tagger, "left", 3, Xpos::Vbd), read(tagger, "left", Xpos::Vbd));
        assert!(none.reads.is_empty());
    }
}
