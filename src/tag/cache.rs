//! A per-thread cache of what the tagger computes from a word alone: its hashes, the sum of
//! the weight rows of its [`WORD_ONLY`](super::features::WORD_ONLY) features, and the sums of
//! the rows it gives the words around it ([`place_features`]). A frequent word then costs one
//! lookup and a few row adds instead of twenty rows scattered over megabytes.
//!
//! The cache never changes a tag: the sums are of integers, exact in any order (no partial
//! sum of at most [`N_FEATURES`](super::features::N_FEATURES) rows overflows), and an entry
//! is used only for the very word (compared byte for byte) and model it was made for.

use super::features::{
    hash_bytes, pad_after, pad_before, place_features, tag_features, word_features, word_hashes, WordHashes,
    PLACE_FLAGS, START, START2,
};
use super::model::Model;

/// Entries, two ways per set chosen by the word's hash, the less recently used replaced:
/// bounded memory, and two frequent words that share a set no longer evict each other.
const SLOTS: usize = 16384;
/// Sets of two entries.
const SETS: usize = SLOTS / 2;
/// Longer words are not cached (they are rare and mostly unique).
const MAX_LEN: usize = 22;
/// The rows of one word: its own, then as the word before, two before, after, two after.
const ROWS: usize = 5;
/// Where each of a word's rows is, in units of `stride`.
pub(crate) const OWN: usize = 0;
pub(crate) const AS_PREV1: usize = 1;
pub(crate) const AS_PREV2: usize = 2;
pub(crate) const AS_NEXT1: usize = 3;
pub(crate) const AS_NEXT2: usize = 4;
/// The padding rows: before-1 as the word before, before-1 and before-2 as two before,
/// after-1 as the word after, after-1 and after-2 as two after.
pub(crate) const PAD_PREV1: usize = 0;
pub(crate) const PAD_PREV2: [usize; 2] = [1, 2];
pub(crate) const PAD_NEXT1: usize = 3;
pub(crate) const PAD_NEXT2: [usize; 2] = [4, 5];

#[derive(Clone, Copy)]
struct Entry {
    /// `u8::MAX` for an empty entry.
    len: u8,
    has_row: bool,
    bytes: [u8; MAX_LEN],
    /// Without the [`PLACE_FLAGS`].
    hashes: WordHashes,
    /// When the entry was last read, in reads of the cache: the older of a set's two is
    /// replaced.
    used: u64,
}

const EMPTY: Entry = Entry { len: u8::MAX, has_row: false, bytes: [0; MAX_LEN], hashes: WordHashes::ZERO, used: 0 };

impl Entry {
    #[inline]
    fn holds(&self, word: &[u8]) -> bool {
        self.len as usize == word.len() && &self.bytes[..word.len()] == word
    }
}

/// Where the rows of one word of the sentence being tagged are.
#[derive(Clone, Copy)]
enum Place {
    Cache(usize),
    Spill(usize),
}

/// The word cache of one thread, for one model at a time.
#[derive(Default)]
pub(crate) struct WordCache {
    model: u64,
    stride: usize,
    entries: Vec<Entry>,
    /// [`ROWS`] rows of `stride` per entry.
    rows: Vec<i16>,
    /// The rows of the sentence's words that are not in the cache (too long, or their
    /// entry taken by another word of the same sentence).
    spill: Vec<i16>,
    /// The rows of each word of the sentence being tagged.
    places: Vec<Place>,
    /// The rows of the padding words, at `PAD_*`.
    pads: Vec<i16>,
    /// The classes and the two start tags: the side of the tag-pair table.
    pair_side: usize,
    /// Whether a pair's row in `pair_rows` is summed yet.
    pair_has: Vec<bool>,
    /// The sum of the rows of the [`TAG_ONLY`](super::features::TAG_ONLY) features per
    /// pair of previous tags (t1, t2): three row adds become one.
    pair_rows: Vec<i16>,
    /// The row of a tag pair outside the table.
    pair_spare: Vec<i16>,
    /// Reads of the cache so far: the clock of [`Entry::used`].
    clock: u64,
}

/// Sums the rows of a word's own and place features into `out` (`ROWS * stride`, zeroed).
fn fill(model: &Model, h: &WordHashes, stride: usize, out: &mut [i16]) {
    out.fill(0);
    let (prev1, prev2, next1, next2) = place_features(h);
    let mut part = out.chunks_exact_mut(stride);
    let mut next = || part.next().unwrap_or_default();
    model.add_rows(&word_features(h), next());
    model.add_rows(&prev1, next());
    model.add_rows(&prev2, next());
    model.add_rows(&next1, next());
    model.add_rows(&next2, next());
}

/// A pair cache position or the spare row.
#[derive(Clone, Copy)]
pub(crate) enum PairAt {
    Table(usize),
    Spare,
}

impl WordCache {
    /// Empties the cache if it was filled for another model.
    pub fn use_model(&mut self, model: &Model) {
        if self.model != model.id() || self.entries.is_empty() {
            self.model = model.id();
            let stride = model.stride();
            self.stride = stride;
            self.entries = vec![EMPTY; SLOTS];
            self.rows = vec![0; SLOTS * ROWS * stride];
            self.pads = vec![0; 6 * stride];
            let mut pad = |k: usize, feats: &[u64]| {
                // One to four keys: added one at a time through a fixed-size array.
                for f in feats {
                    model.add_rows(&[*f], &mut self.pads[k * stride..(k + 1) * stride]);
                }
            };
            pad(PAD_PREV1, &place_features(pad_before(0)).0);
            pad(PAD_PREV2[0], &place_features(pad_before(0)).1);
            pad(PAD_PREV2[1], &place_features(pad_before(1)).1);
            pad(PAD_NEXT1, &place_features(pad_after(0)).2);
            pad(PAD_NEXT2[0], &place_features(pad_after(0)).3);
            pad(PAD_NEXT2[1], &place_features(pad_after(1)).3);
            self.pair_side = model.classes.len() + 2;
            self.pair_has = vec![false; self.pair_side * self.pair_side];
            self.pair_rows = vec![0; self.pair_side * self.pair_side * stride];
            self.pair_spare = vec![0; stride];
        }
    }

    /// Sums the rows of the [`TAG_ONLY`](super::features::TAG_ONLY) features of the previous
    /// tags `t1` and `t2` (a class, [`START`] or [`START2`]) if not yet; read with [`WordCache::pair`].
    #[inline]
    pub fn pair_at(&mut self, model: &Model, t1: u16, t2: u16) -> PairAt {
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
            self.pair_spare.fill(0);
            model.add_rows(&tag_features(t1, t2), &mut self.pair_spare);
            return PairAt::Spare;
        };
        let at = a * self.pair_side + b;
        if !self.pair_has[at] {
            let row = &mut self.pair_rows[at * stride..(at + 1) * stride];
            row.fill(0);
            model.add_rows(&tag_features(t1, t2), row);
            self.pair_has[at] = true;
        }
        PairAt::Table(at)
    }

    /// The row [`WordCache::pair_at`] summed.
    #[inline]
    pub fn pair(&self, at: PairAt) -> &[i16] {
        match at {
            PairAt::Table(at) => &self.pair_rows[at * self.stride..(at + 1) * self.stride],
            PairAt::Spare => &self.pair_spare,
        }
    }

    /// The first entry of the set of a word whose bytes hash to `raw`.
    #[inline]
    fn set(raw: u64) -> usize {
        2 * (raw >> (64 - SETS.trailing_zeros())) as usize
    }

    /// The entry that holds `word` (whose bytes hash to `raw`), if one does.
    #[inline]
    fn find(&self, word: &[u8], raw: u64) -> Option<usize> {
        let at = Self::set(raw);
        (at..at + 2).find(|&k| self.entries[k].holds(word))
    }

    /// The entry of `word` (whose bytes hash to `raw`), taken from the set's less recently
    /// used one when no entry holds it (then emptied: `false`); marked used.
    #[inline]
    fn take(&mut self, word: &[u8], raw: u64) -> (usize, bool) {
        self.clock += 1;
        let (at, held) = match self.find(word, raw) {
            Some(at) => (at, true),
            None => {
                let at = Self::set(raw);
                let old = if self.entries[at].used <= self.entries[at + 1].used { at } else { at + 1 };
                let e = &mut self.entries[old];
                e.len = word.len() as u8;
                e.bytes[..word.len()].copy_from_slice(word);
                e.has_row = false;
                (old, false)
            }
        };
        self.entries[at].used = self.clock;
        (at, held)
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
        let (at, held) = self.take(b, hash_bytes(b));
        if !held {
            self.entries[at].hashes = Self::compute(model, word, lower);
        }
        self.entries[at].hashes
    }

    /// Sums the rows of every word of the sentence (`words`, whose hashes are `hs`) that
    /// the cache lacks; read them with [`WordCache::word_rows`] and [`WordCache::pad`].
    pub fn prepare<S: AsRef<str>>(&mut self, model: &Model, words: &[S], hs: &[WordHashes]) {
        let stride = self.stride;
        let size = ROWS * stride;
        for (w, h) in words.iter().zip(hs) {
            let b = w.as_ref().as_bytes();
            if b.len() > MAX_LEN {
                continue;
            }
            // `h.raw` is the hash of the word's bytes, the hash `hashes` took: not hashed twice.
            debug_assert_eq!(h.raw, hash_bytes(b));
            // Another word of the sentence may have taken the entry since its hashes were read.
            let (at, held) = self.take(b, h.raw);
            let e = &mut self.entries[at];
            if !held {
                e.hashes = *h;
                e.hashes.flags &= !PLACE_FLAGS;
            }
            if !e.has_row {
                fill(model, &e.hashes, stride, &mut self.rows[at * size..(at + 1) * size]);
                e.has_row = true;
            }
        }
        // Only now is it sure which words kept their entry: three words of one sentence can
        // share a set, and the later ones took it.
        self.places.clear();
        self.spill.clear();
        for (w, h) in words.iter().zip(hs) {
            let b = w.as_ref().as_bytes();
            match (b.len() <= MAX_LEN).then(|| self.find(b, h.raw)).flatten() {
                Some(at) => self.places.push(Place::Cache(at * size)),
                None => {
                    let from = self.spill.len();
                    self.spill.resize(from + size, 0);
                    fill(model, h, stride, &mut self.spill[from..]);
                    self.places.push(Place::Spill(from));
                }
            }
        }
    }

    /// Row `which` (`OWN`, `AS_PREV1`, …) of word `i` of the sentence [`WordCache::prepare`]d.
    #[inline]
    pub fn word_row(&self, i: usize, which: usize) -> &[i16] {
        let (rows, from) = match self.places[i] {
            Place::Cache(from) => (&self.rows, from),
            Place::Spill(from) => (&self.spill, from),
        };
        let from = from + which * self.stride;
        &rows[from..from + self.stride]
    }

    /// Padding row `k` (`PAD_*`).
    #[inline]
    pub fn pad(&self, k: usize) -> &[i16] {
        &self.pads[k * self.stride..(k + 1) * self.stride]
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
    fn two_words_of_one_set_both_stay_and_the_older_goes() {
        let mut c = super::WordCache::default();
        c.use_model(&Tagger::builtin().model);
        // One hash for all three words: they fall in one set.
        let raw = 0x0123_4567_89ab_cdef;
        assert!(!c.take(b"quay", raw).1);
        assert!(!c.take(b"pier", raw).1);
        assert!(c.take(b"quay", raw).1, "both fit");
        assert!(!c.take(b"dock", raw).1);
        assert!(c.find(b"quay", raw).is_some(), "read last but one: kept");
        assert!(c.find(b"pier", raw).is_none(), "the least recently read: replaced");
        assert!(c.find(b"dock", raw).is_some());
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
