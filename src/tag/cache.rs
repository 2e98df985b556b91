//! A per-thread cache of what the tagger computes from a word alone: its hashes, the sum of
//! the weight rows of its [`WORD_ONLY`](super::features::WORD_ONLY) features, and the sums of
//! the rows it gives the words around it ([`place_features`]). A frequent word then costs one
//! lookup and a few row adds instead of twenty rows scattered over megabytes.
//!
//! The cache never changes a tag: the sums are of integers, exact in any order (no partial
//! sum of at most [`N_FEATURES`](super::features::N_FEATURES) rows overflows), and an entry
//! is used only for the very word (compared byte for byte) and model it was made for.

use super::features::{
    flags_feature, hash_bytes, pad_after, pad_before, place_features, tag_features, word_features, word_hashes,
    WordHashes, PLACE_FLAGS, START, START2,
};
use super::model::Model;

/// Entries, two ways per set chosen by the word's hash, the less recently used replaced:
/// bounded memory, and two frequent words that share a set no longer evict each other.
const SLOTS: usize = 32768;
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
    /// The word, zero-padded: compared as one array, with no call.
    bytes: [u8; MAX_LEN],
    /// Without the [`PLACE_FLAGS`].
    hashes: WordHashes,
    /// The word's class in the tag dictionary ([`Model::dictionary`]), if it has one.
    dict: Option<u16>,
    /// When the entry was last read, in reads of the cache: the older of a set's two is
    /// replaced.
    used: u64,
}

const EMPTY: Entry = Entry { len: u8::MAX, bytes: [0; MAX_LEN], hashes: WordHashes::ZERO, dict: None, used: 0 };

/// A word of at most [`MAX_LEN`] bytes, zero-padded: copied in two overlapping pieces of a
/// fixed size (a few moves, where a copy of the word's own length is a call).
#[inline]
fn padded(word: &[u8]) -> [u8; MAX_LEN] {
    let mut p = [0u8; MAX_LEN];
    let n = word.len();
    if n >= 16 {
        p[..16].copy_from_slice(&word[..16]);
        p[n - 8..n].copy_from_slice(&word[n - 8..]);
    } else if n >= 8 {
        p[..8].copy_from_slice(&word[..8]);
        p[n - 8..n].copy_from_slice(&word[n - 8..]);
    } else if n >= 4 {
        p[..4].copy_from_slice(&word[..4]);
        p[n - 4..n].copy_from_slice(&word[n - 4..]);
    } else if n > 0 {
        // One to three bytes: the first, the middle and the last.
        p[0] = word[0];
        p[n / 2] = word[n / 2];
        p[n - 1] = word[n - 1];
    }
    p
}

impl Entry {
    #[inline]
    fn holds(&self, len: usize, padded: &[u8; MAX_LEN]) -> bool {
        self.len as usize == len && self.bytes == *padded
    }
}

/// Where the rows of one word of the sentence being tagged are.
#[derive(Clone, Copy)]
enum Place {
    /// The entry's index.
    Cache(usize),
    Spill(usize),
    /// Not cached (too long): its rows are summed by [`WordCache::finish`].
    Long,
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
    /// The clock of the sentence's first read: an entry used since holds one of its words.
    sentence_from: u64,
    /// Whether a read of this sentence replaced an entry another of its words had read.
    evicted: bool,
}

/// Sums the rows of a word's own and place features into `out` (`ROWS * stride`, zeroed).
/// Its own row holds the row of its flags as in mid-sentence (without [`PLACE_FLAGS`]):
/// the tagger swaps it for the row of the placed flags only where they differ.
fn fill(model: &Model, h: &WordHashes, stride: usize, out: &mut [i16]) {
    out.fill(0);
    let (prev1, prev2, next1, next2) = place_features(h);
    let mut part = out.chunks_exact_mut(stride);
    let mut next = || part.next().unwrap_or_default();
    let [a, b, c, d, e, f, g, i, j, k, l] = word_features(h);
    let own = [a, b, c, d, e, f, g, i, j, k, l, flags_feature(h.flags & !PLACE_FLAGS)];
    model.add_rows(&own, next());
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
    #[cfg(test)]
    fn find(&self, word: &[u8], raw: u64) -> Option<usize> {
        let (at, p) = (Self::set(raw), padded(word));
        (at..at + 2).find(|&k| self.entries[k].holds(word.len(), &p))
    }

    /// The entry of `word` (at most [`MAX_LEN`] bytes, hashing to `raw`), taken from the
    /// set's less recently used one when no entry holds it (then to be filled: `false`);
    /// marked used.
    #[inline]
    fn take(&mut self, word: &[u8], raw: u64) -> (usize, bool) {
        self.clock += 1;
        let (at, p) = (Self::set(raw), padded(word));
        let (at, held) = if self.entries[at].holds(word.len(), &p) {
            (at, true)
        } else if self.entries[at + 1].holds(word.len(), &p) {
            (at + 1, true)
        } else {
            let old = if self.entries[at].used <= self.entries[at + 1].used { at } else { at + 1 };
            let e = &mut self.entries[old];
            self.evicted |= e.used >= self.sentence_from;
            e.len = word.len() as u8;
            e.bytes = p;
            (old, false)
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

    /// Starts a sentence: [`WordCache::read`] each of its words in turn, then
    /// [`WordCache::finish`]. Call [`WordCache::use_model`] first.
    #[inline]
    pub fn start(&mut self) {
        self.places.clear();
        self.spill.clear();
        self.sentence_from = self.clock + 1;
        self.evicted = false;
    }

    /// The next word of the sentence: its hashes as if in the middle of a sentence (no
    /// [`PLACE_FLAGS`]) and its class in the tag dictionary. A word the cache lacks is
    /// hashed, looked up and its rows summed once, here; `lower` is scratch.
    #[inline]
    pub fn read(&mut self, model: &Model, word: &str, lower: &mut String) -> (WordHashes, Option<u16>) {
        let b = word.as_bytes();
        if b.len() > MAX_LEN {
            let h = Self::compute(model, word, lower);
            self.places.push(Place::Long);
            return (h, model.dictionary(&h));
        }
        let (at, held) = self.take(b, hash_bytes(b));
        if !held {
            let h = Self::compute(model, word, lower);
            debug_assert_eq!(h.flags & PLACE_FLAGS, 0, "hashed as if in mid-sentence");
            let size = ROWS * self.stride;
            fill(model, &h, self.stride, &mut self.rows[at * size..(at + 1) * size]);
            let e = &mut self.entries[at];
            e.hashes = h;
            e.dict = model.dictionary(&h);
        }
        self.places.push(Place::Cache(at));
        let e = &self.entries[at];
        (e.hashes, e.dict)
    }

    /// Ends the sentence of `words` (whose hashes are `hs`): sums the rows of the words
    /// that are not cached, or whose entry a later word of the sentence took (three words
    /// of one sentence can share a set); read them with [`WordCache::word_row`].
    pub fn finish<S: AsRef<str>>(&mut self, model: &Model, words: &[S], hs: &[WordHashes]) {
        let size = ROWS * self.stride;
        for (i, (w, h)) in words.iter().zip(hs).enumerate() {
            let b = w.as_ref().as_bytes();
            // Checked only when some entry read in this sentence was replaced (rare).
            let kept = match self.places[i] {
                Place::Cache(at) => !self.evicted || self.entries[at].holds(b.len(), &padded(b)),
                Place::Spill(_) | Place::Long => false,
            };
            if !kept {
                let from = self.spill.len();
                self.spill.resize(from + size, 0);
                // The rows are of the word alone: the place flags in `h` do not change them.
                fill(model, h, self.stride, &mut self.spill[from..]);
                self.places[i] = Place::Spill(from);
            }
        }
    }

    /// Row `which` (`OWN`, `AS_PREV1`, …) of word `i` of the sentence read and [`WordCache::finish`]ed.
    #[inline]
    pub fn word_row(&self, i: usize, which: usize) -> &[i16] {
        let (rows, from) = match self.places[i] {
            Place::Cache(at) => (&self.rows, at * ROWS * self.stride),
            Place::Spill(from) => (&self.spill, from),
            // `finish` gives every long word a spill place: not read before.
            Place::Long => (&self.spill, 0),
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
    fn padded_words_are_the_word_then_zeros() {
        let long = b"abcdefghijklmnopqrstuv";
        for n in 0..=super::MAX_LEN {
            let p = super::padded(&long[..n]);
            assert_eq!(&p[..n], &long[..n], "{n} bytes");
            assert!(p[n..].iter().all(|&b| b == 0), "{n} bytes");
        }
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
    fn three_words_of_one_set_in_one_sentence_keep_their_rows() {
        use super::super::features::hash_bytes;
        // Invented words, until three fall in one set: the third takes the first's entry
        // while the sentence is read, and the first's rows must come from the spill.
        let mut by_set = std::collections::HashMap::<usize, Vec<String>>::new();
        let three = (0..100_000)
            .map(|k| format!("quay{k}"))
            .find_map(|w| {
                let set = by_set.entry(super::WordCache::set(hash_bytes(w.as_bytes()))).or_default();
                set.push(w);
                (set.len() == 3).then(|| set.clone())
            })
            .unwrap();
        let t = Tagger::builtin();
        let sentence: Vec<&str> =
            ["The", &three[0], "and", &three[1], "met", &three[2], "and", &three[0], "."].into_iter().collect();
        for _ in 0..2 {
            let mut cached = Vec::new();
            t.tag_into(&sentence, &mut cached);
            assert_eq!(cached, uncached(t, &sentence), "{sentence:?}");
        }
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
