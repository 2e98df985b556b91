//! A per-thread cache of what the tagger computes from a word alone: its hashes and the
//! sum of the weight rows of its [`WORD_ONLY`](super::features::WORD_ONLY) features. A frequent word then costs one
//! lookup and one row add instead of eleven rows scattered over megabytes.
//!
//! The cache never changes a tag: the sums are of integers, exact in any order, and an
//! entry is used only for the very word (compared byte for byte) and model it was made for.

use super::features::{hash_bytes, tag_features, word_features, word_hashes, WordHashes, PLACE_FLAGS, START, START2};
use super::model::Model;

/// Entries, direct-mapped by the word's hash: bounded memory, no eviction bookkeeping.
const SLOTS: usize = 16384;
/// Longer words are not cached (they are rare and mostly unique).
const MAX_LEN: usize = 22;

#[derive(Clone, Copy)]
struct Entry {
    /// `u8::MAX` for an empty entry.
    len: u8,
    has_row: bool,
    bytes: [u8; MAX_LEN],
    /// Without the [`PLACE_FLAGS`].
    hashes: WordHashes,
}

const EMPTY: Entry = Entry { len: u8::MAX, has_row: false, bytes: [0; MAX_LEN], hashes: WordHashes::ZERO };

impl Entry {
    #[inline]
    fn holds(&self, word: &[u8]) -> bool {
        self.len as usize == word.len() && &self.bytes[..word.len()] == word
    }
}

/// The word cache of one thread, for one model at a time.
#[derive(Default)]
pub(crate) struct WordCache {
    model: u64,
    stride: usize,
    entries: Vec<Entry>,
    rows: Vec<i16>,
    /// The row of a word too long to cache.
    spare: Vec<i16>,
    /// The classes and the two start tags: the side of the tag-pair table.
    pair_side: usize,
    /// Whether a pair's row in `pair_rows` is summed yet.
    pair_has: Vec<bool>,
    /// The sum of the rows of the [`TAG_ONLY`](super::features::TAG_ONLY) features per
    /// pair of previous tags (t1, t2): three row adds become one.
    pair_rows: Vec<i16>,
}

impl WordCache {
    /// Empties the cache if it was filled for another model.
    pub fn use_model(&mut self, model: &Model) {
        if self.model != model.id() || self.entries.is_empty() {
            self.model = model.id();
            self.stride = model.stride();
            self.entries = vec![EMPTY; SLOTS];
            self.rows = vec![0; SLOTS * self.stride];
            self.spare = vec![0; self.stride];
            self.pair_side = model.classes.len() + 2;
            self.pair_has = vec![false; self.pair_side * self.pair_side];
            self.pair_rows = vec![0; self.pair_side * self.pair_side * self.stride];
        }
    }

    /// The sum of the rows of the [`TAG_ONLY`](super::features::TAG_ONLY) features of the
    /// previous tags `t1` and `t2` (a class, [`START`] or [`START2`]).
    #[inline]
    pub fn pair_row(&mut self, model: &Model, t1: u16, t2: u16) -> &[i16] {
        let n = self.pair_side - 2;
        let side = |t: u16| match t {
            START => Some(n),
            START2 => Some(n + 1),
            t if (t as usize) < n => Some(t as usize),
            _ => None,
        };
        let stride = self.stride;
        let (Some(a), Some(b)) = (side(t1), side(t2)) else {
            // Not a tag the tagger predicts: summed here, not cached.
            self.spare.fill(0);
            model.add_rows(&tag_features(t1, t2), &mut self.spare);
            return &self.spare;
        };
        let at = a * self.pair_side + b;
        let row = &mut self.pair_rows[at * stride..(at + 1) * stride];
        if !self.pair_has[at] {
            row.fill(0);
            model.add_rows(&tag_features(t1, t2), row);
            self.pair_has[at] = true;
        }
        row
    }

    #[inline]
    fn slot(word: &[u8]) -> usize {
        (hash_bytes(word) >> (64 - SLOTS.trailing_zeros())) as usize
    }

    fn compute(model: &Model, word: &str, lower: &mut String) -> WordHashes {
        let mut h = word_hashes(word, false, lower);
        if let Some(a) = model.ambiguity(h.word) {
            h.amb = a;
        }
        h
    }

    /// The hashes of `word` as if in the middle of a sentence (no [`PLACE_FLAGS`]);
    /// `lower` is scratch. Call [`WordCache::use_model`] first.
    #[inline]
    pub fn hashes(&mut self, model: &Model, word: &str, lower: &mut String) -> WordHashes {
        let b = word.as_bytes();
        if b.len() > MAX_LEN {
            return Self::compute(model, word, lower);
        }
        let e = &mut self.entries[Self::slot(b)];
        if !e.holds(b) {
            e.len = b.len() as u8;
            e.bytes[..b.len()].copy_from_slice(b);
            e.has_row = false;
            e.hashes = Self::compute(model, word, lower);
        }
        e.hashes
    }

    /// The sum of the rows of the [`WORD_ONLY`](super::features::WORD_ONLY) features of `word`, whose hashes are `h`.
    #[inline]
    pub fn row(&mut self, model: &Model, word: &str, h: &WordHashes) -> &[i16] {
        let b = word.as_bytes();
        let stride = self.stride;
        if b.len() > MAX_LEN {
            self.spare.fill(0);
            model.add_rows(&word_features(h), &mut self.spare);
            return &self.spare;
        }
        // `h.raw` is the hash of the word's bytes, the hash `slot` takes: not hashed twice.
        let at = (h.raw >> (64 - SLOTS.trailing_zeros())) as usize;
        debug_assert_eq!(at, Self::slot(b));
        let e = &mut self.entries[at];
        let row = &mut self.rows[at * stride..(at + 1) * stride];
        // Another word of the sentence may have taken the entry since its hashes were read.
        if !e.holds(b) {
            e.len = b.len() as u8;
            e.bytes[..b.len()].copy_from_slice(b);
            e.has_row = false;
            e.hashes = *h;
            e.hashes.flags &= !PLACE_FLAGS;
        }
        if !e.has_row {
            row.fill(0);
            model.add_rows(&word_features(&e.hashes), row);
            e.has_row = true;
        }
        row
    }
}

#[cfg(test)]
mod tests {
    use super::super::features::{features, sentence_hashes, N_FEATURES, START, START2};
    use super::super::{Tag, Tagger};

    /// Tags without the cache: every feature's row looked up for every word.
    fn uncached(t: &Tagger, words: &[&str]) -> Vec<Tag> {
        let m = &t.model;
        let (mut lower, mut hs) = (String::new(), Vec::new());
        sentence_hashes(words, |w| m.ambiguity(w), &mut lower, &mut hs);
        let (mut scores, mut feats) = ([0i16; 256], [0u64; N_FEATURES]);
        let (mut t1, mut t2) = (START, START2);
        let mut out = Vec::new();
        for i in 0..words.len() {
            let class = m.dictionary(&hs[i]).unwrap_or_else(|| {
                features(&hs, i, t1, t2, &mut feats);
                m.predict(&feats, &mut scores)
            });
            let (upos, xpos) = m.classes[class as usize];
            out.push(Tag { upos, xpos });
            (t2, t1) = (t1, class);
        }
        out
    }

    #[test]
    fn the_cache_changes_no_tag() {
        let t = Tagger::builtin();
        let sentences: [&[&str]; 4] = [
            &["The", "harbour", "board", "approved", "1,500", "new", "berths", "on", "Monday", "."],
            &["FERRIES", "RESUME", "AFTER", "STORM"],
            &["Board", "members", "said", "the", "board", "would", "n't", "resume", "talks", "."],
            &["A", "supercalifragilisticexpialidocious-ish", "word", ",", "then", "the", "word", "again"],
        ];
        // Twice, so that the second round reads what the first cached.
        for _ in 0..2 {
            for s in sentences {
                let mut cached = Vec::new();
                t.tag_into(s, &mut cached);
                assert_eq!(cached, uncached(t, s), "{s:?}");
            }
        }
    }
}
