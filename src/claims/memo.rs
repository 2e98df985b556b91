//! Per-thread memos of what reading a word looks up: the lexicon's id and lemma of a
//! folded word, and the tagger's folded lemma of a word and its tag. The same few thousand
//! words make up most of any news text, and each of them otherwise costs hash lookups in
//! tables of megabytes (and the lemma a string or two built).
//!
//! A memo never changes a reading: an entry is used only for the very word (compared byte
//! for byte) and, for the lexicon's, the very lexicon build it was read from.

use crate::lexicon::Compiled;
use crate::tag::Xpos;
use rustc_hash::FxHasher;
use std::hash::Hasher;

/// Entries, direct-mapped by the word's hash: bounded memory, no eviction bookkeeping.
const SLOTS: usize = 16384;
/// Entries of the lexicon's readings: every token is read, so fewer words sharing an
/// entry saves more look-ups than the larger table costs.
const WORD_SLOTS: usize = 16384;
/// Longer words (and lemmas) are not memoised: they are rare and mostly unique.
const MAX_LEN: usize = 22;

/// A short string held inline; `len == u8::MAX` for none.
#[derive(Clone, Copy)]
pub(crate) struct Short {
    len: u8,
    bytes: [u8; MAX_LEN],
}

impl Short {
    pub(crate) const NONE: Short = Short { len: u8::MAX, bytes: [0; MAX_LEN] };

    pub(crate) fn new(s: &str) -> Option<Short> {
        let b = s.as_bytes();
        if b.len() > MAX_LEN {
            return None;
        }
        let mut bytes = [0; MAX_LEN];
        bytes[..b.len()].copy_from_slice(b);
        Some(Short { len: b.len() as u8, bytes })
    }

    #[inline]
    pub(crate) fn is(&self, b: &[u8]) -> bool {
        self.len as usize == b.len() && &self.bytes[..b.len()] == b
    }

    /// The string, or `None` for [`Short::NONE`].
    #[inline]
    pub(crate) fn get(&self) -> Option<&str> {
        let b = self.bytes.get(..self.len as usize)?;
        // Built from a `&str` in `new`, so always UTF-8.
        std::str::from_utf8(b).ok()
    }
}

#[inline]
fn slot(word: &[u8], salt: u64, slots: usize) -> usize {
    let mut h = FxHasher::default();
    h.write(word);
    h.write_u64(salt);
    (h.finish() >> (64 - slots.trailing_zeros())) as usize
}

/// What the lexicon knows of a word as written: its folded form, [`Compiled::word_id`] of
/// that and [`Compiled::lemma_if_other`] with the lemma's id.
#[derive(Clone, Copy)]
struct WordEntry {
    /// The word as written.
    word: Short,
    /// Its folded form ([`crate::text::fold_into`]).
    folded: Short,
    id: Option<u32>,
    /// [`Short::NONE`] when the lemma is the word itself.
    lemma: Short,
    lemma_id: Option<u32>,
}

const EMPTY_WORD: WordEntry =
    WordEntry { word: Short::NONE, folded: Short::NONE, id: None, lemma: Short::NONE, lemma_id: None };

/// The lexicon's reading of a folded word: its id, and its lemma (with the lemma's id) when
/// the lemma is another word.
pub(crate) type Reading<'a> = (Option<u32>, Option<(&'a str, Option<u32>)>);

/// The memo of the lexicon's readings, for one lexicon build at a time.
#[derive(Default)]
pub(crate) struct WordMemo {
    lexicon: u64,
    entries: Vec<WordEntry>,
}

impl WordMemo {
    /// Appends the folded form of `word` (as written) to `out` and gives the reading of
    /// that folded form in `lex`, memoised by the word as written: "Signed" appends
    /// "signed" and gives the id of "signed" and the lemma "sign" with its id. A word seen
    /// before is neither folded nor looked up again.
    pub fn read_written<'a>(&'a mut self, lex: &'a Compiled, word: &str, out: &mut String) -> Reading<'a> {
        let start = out.len();
        let compute = |lex: &'a Compiled, folded: &str| {
            let id = lex.word_id(folded);
            let lemma = lex.lemma_if_other(folded, id).map(|l| (l, lex.word_id(l)));
            (id, lemma)
        };
        // A lexicon still being built has no id and no word ids yet.
        if lex.id() == 0 || word.len() > MAX_LEN {
            crate::text::fold_into(word, out);
            return compute(lex, &out[start..]);
        }
        if self.lexicon != lex.id() || self.entries.is_empty() {
            self.lexicon = lex.id();
            self.entries.clear();
            self.entries.resize(WORD_SLOTS, EMPTY_WORD);
        }
        let at = slot(word.as_bytes(), 0, WORD_SLOTS);
        let e = &mut self.entries[at];
        if !e.word.is(word.as_bytes()) {
            crate::text::fold_into(word, out);
            let folded = &out[start..];
            let (id, lemma) = compute(lex, folded);
            let short = match lemma {
                None => Some(Short::NONE),
                Some((l, _)) => Short::new(l),
            };
            // A folded form or lemma too long to hold: read again next time.
            let (Some(written), Some(folded), Some(short)) = (Short::new(word), Short::new(folded), short) else {
                return (id, lemma);
            };
            *e = WordEntry { word: written, folded, id, lemma: short, lemma_id: lemma.and_then(|(_, i)| i) };
            return self.held(lex, at);
        }
        // A word the lexicon knows is its folded form: read there, it needs no UTF-8 check.
        match e.id {
            Some(id) => out.push_str(&lex.facts(id).word),
            None => out.push_str(e.folded.get().unwrap_or_default()),
        }
        self.held(lex, at)
    }

    /// The reading held at entry `at`.
    #[inline]
    fn held<'a>(&'a self, lex: &'a Compiled, at: usize) -> Reading<'a> {
        let e = &self.entries[at];
        // A lemma the lexicon knows is its word: read there, it needs no UTF-8 check.
        match e.lemma_id {
            Some(id) if e.lemma.len != u8::MAX => (e.id, Some((&*lex.facts(id).word, Some(id)))),
            _ => (e.id, e.lemma.get().map(|l| (l, e.lemma_id))),
        }
    }
}

/// A lemma of a word (as written) and its tag.
#[derive(Clone, Copy)]
struct LemmaEntry {
    word: Short,
    xpos: Xpos,
    lemma: Short,
}

const EMPTY_LEMMA: LemmaEntry = LemmaEntry { word: Short::NONE, xpos: Xpos::Xx, lemma: Short::NONE };

/// Lemmas by word as written and tag, `N` entries direct-mapped by the word's hash (`N` a
/// power of two): the table under the claim reader's folded lemmas ([`LemmaMemo`]) and the
/// tagger's own per-thread memo. Allocated on first use.
pub(crate) struct LemmaSlots<const N: usize> {
    entries: Vec<LemmaEntry>,
}

impl<const N: usize> Default for LemmaSlots<N> {
    fn default() -> Self {
        LemmaSlots { entries: Vec::new() }
    }
}

impl<const N: usize> LemmaSlots<N> {
    /// The lemma held for `word` tagged `xpos`, if any.
    #[inline]
    pub(crate) fn get(&mut self, word: &str, xpos: Xpos) -> Option<&str> {
        if self.entries.is_empty() {
            self.entries.resize(N, EMPTY_LEMMA);
        }
        let e = &self.entries[slot(word.as_bytes(), xpos as u64 + 1, N)];
        (e.xpos == xpos && e.word.is(word.as_bytes())).then(|| e.lemma.get()).flatten()
    }

    /// Holds `lemma` for `word` tagged `xpos`, in place of the entry there; a word or lemma
    /// too long to hold is not kept (it is computed again next time).
    #[inline]
    pub(crate) fn put(&mut self, word: &str, xpos: Xpos, lemma: &str) {
        if self.entries.is_empty() {
            self.entries.resize(N, EMPTY_LEMMA);
        }
        if let (Some(w), Some(l)) = (Short::new(word), Short::new(lemma)) {
            self.entries[slot(word.as_bytes(), xpos as u64 + 1, N)] = LemmaEntry { word: w, xpos, lemma: l };
        }
    }

    /// Forgets every entry.
    pub(crate) fn clear(&mut self) {
        self.entries.clear();
    }

    fn filled(&self) -> usize {
        self.entries.iter().filter(|e| e.word.len != u8::MAX).count()
    }
}

/// The memo of the built-in tagger's lemmas, folded.
#[derive(Default)]
pub(crate) struct LemmaMemo {
    slots: LemmaSlots<SLOTS>,
}

impl LemmaMemo {
    /// Appends the folded lemma of `word` tagged `xpos` to `out`; `lemma` computes it
    /// (into the string it is given) when the memo does not hold it.
    pub fn lemma_into(&mut self, word: &str, xpos: Xpos, out: &mut String, lemma: impl FnOnce(&mut String)) {
        if let Some(l) = self.slots.get(word, xpos) {
            out.push_str(l);
            return;
        }
        let start = out.len();
        lemma(out);
        self.slots.put(word, xpos, &out[start..]);
    }
}

// The entries are bytes: say how many are filled instead of printing them.
impl std::fmt::Debug for WordMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let filled = self.entries.iter().filter(|e| e.word.len != u8::MAX).count();
        f.debug_struct("WordMemo").field("lexicon", &self.lexicon).field("filled", &filled).finish()
    }
}

impl std::fmt::Debug for LemmaMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LemmaMemo").field("filled", &self.slots.filled()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lexicon;

    #[test]
    fn memoised_readings_are_the_lexicons() {
        let lex = Lexicon::builtin();
        let c = &lex.c;
        let mut memo = WordMemo::default();
        let words = [
            "signed",
            "Signed",
            "SENT",
            "talks",
            "Italy",
            "the",
            "pledged",
            "Côte",
            "Ærø",
            "Zzyzx",
            "a-very-long-hyphenated-word-form",
        ];
        // Twice, so that the second round reads what the first memoised.
        for _ in 0..2 {
            for w in words {
                let folded = crate::text::fold(w);
                let id = c.word_id(&folded);
                let want = (id, c.lemma_if_other(&folded, id).map(|l| (l.to_string(), c.word_id(l))));
                let mut out = String::from("x ");
                let (got_id, got_lemma) = memo.read_written(c, w, &mut out);
                assert_eq!((got_id, got_lemma.map(|(l, i)| (l.to_string(), i))), want, "{w}");
                assert_eq!(out, format!("x {folded}"), "{w}");
            }
        }
    }

    #[test]
    fn lemmas_are_memoised_per_tag() {
        let mut memo = LemmaMemo::default();
        let mut calls = 0;
        for (word, xpos, lemma) in
            [("left", Xpos::Vbd, "leave"), ("left", Xpos::Jj, "left"), ("left", Xpos::Vbd, "leave")]
        {
            let mut out = String::from("x ");
            memo.lemma_into(word, xpos, &mut out, |o| {
                calls += 1;
                o.push_str(lemma)
            });
            assert_eq!(out, format!("x {lemma}"));
        }
        assert_eq!(calls, 2, "the third reading comes from the memo");
    }
}
