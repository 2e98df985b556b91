//! The weight file: its byte layout, and the tables the tagger reads while tagging.
//!
//! Layout (little-endian): the magic `GSTAGGER`, a format version (u32), the classes (each a
//! UPOS and an XPOS code), the feature rows (sorted u64 keys, one u8 row length each, then
//! every entry's class and i16 weight), the tag dictionary of frequent unambiguous words
//! (sorted u64 word hash, class) and the lemmatizer ([`super::lemma`]).

use super::features::{WordHashes, N_FEATURES};
use super::layout::{self, DENSE};
use super::lemma::Lemmatizer;
use super::tags::{Upos, Xpos};
use crate::error::{Error, Result};
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::sync::atomic::{AtomicU64, Ordering};
use zerocopy::{FromBytes, Immutable, KnownLayout};

pub(crate) const MAGIC: &[u8; 8] = b"GSTAGGER";
pub(crate) const VERSION: u32 = 1;

/// Appends little-endian values to a byte buffer.
#[derive(Default)]
pub(crate) struct Writer {
    pub bytes: Vec<u8>,
}

impl Writer {
    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }
    pub fn i16(&mut self, v: i16) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    /// A string of at most 255 bytes (longer ones are cut at a character boundary).
    pub fn str(&mut self, s: &str) {
        let mut end = s.len().min(255);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        self.u8(end as u8);
        self.bytes.extend_from_slice(&s.as_bytes()[..end]);
    }
}

/// Reads what [`Writer`] wrote; every read checks the length.
pub(crate) struct Reader<'a> {
    name: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(name: &'a str, bytes: &'a [u8]) -> Reader<'a> {
        Reader { name, bytes, at: 0 }
    }
    pub fn error(&self, message: impl Into<String>) -> Error {
        Error::Tagger { name: self.name.to_string(), message: format!("at byte {}: {}", self.at, message.into()) }
    }
    pub fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        match self.bytes.get(self.at..self.at.saturating_add(n)) {
            Some(b) => {
                self.at += n;
                Ok(b)
            }
            None => Err(self.error("the file ends too early")),
        }
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    pub fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    pub fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.array()?))
    }
    /// A count of items of at least `min_size` bytes each, checked against the bytes left.
    pub fn count(&mut self, min_size: usize) -> Result<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size) > self.bytes.len() - self.at {
            return Err(self.error(format!("a count of {n} is larger than the file")));
        }
        Ok(n)
    }
    pub fn str(&mut self) -> Result<&'a str> {
        let n = self.u8()? as usize;
        let b = self.take(n)?;
        std::str::from_utf8(b).map_err(|_| self.error("a string is not UTF-8"))
    }
    pub fn upos(&mut self) -> Result<Upos> {
        let c = self.u8()?;
        Upos::from_code(c).ok_or_else(|| self.error(format!("unknown UPOS code {c}")))
    }
    pub fn xpos(&mut self) -> Result<Xpos> {
        let c = self.u8()?;
        Xpos::from_code(c).ok_or_else(|| self.error(format!("unknown XPOS code {c}")))
    }
    pub fn finished(&self) -> bool {
        self.at == self.bytes.len()
    }
}

/// One weight of a feature row. Laid out as `build.rs` writes it (the class, a byte of
/// padding, the weight), so that the built-in rows are read in place.
#[derive(Debug, Clone, Copy, FromBytes, Immutable, KnownLayout)]
#[repr(C)]
struct Entry {
    class: u8,
    weight: i16,
}

/// The largest weight magnitude: the scores of all features of a word add up in an i16
/// without overflow (and SIMD adds eight or sixteen at once).
pub const MAX_WEIGHT: i16 = (i16::MAX as usize / N_FEATURES) as i16;

/// A feature's row in the open-addressing table; `len == 0` marks an empty slot. Laid out
/// as `build.rs` writes it, so that the built-in table is read in place.
#[derive(Debug, Clone, Copy, Default, FromBytes, Immutable, KnownLayout)]
#[repr(C)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

/// The perceptron's weights, the classes and the tag dictionary, ready for tagging.
#[derive(Debug)]
pub(crate) struct Model {
    pub classes: Vec<(Upos, Xpos)>,
    /// Classes rounded up to a multiple of 16: the length of a dense row.
    stride: usize,
    slots: Cow<'static, [Slot]>,
    shift: u32,
    entries: Cow<'static, [Entry]>,
    dense: Cow<'static, [i16]>,
    tagdict: FxHashMap<u64, u16>,
    ambiguity: FxHashMap<u64, u64>,
    pub lemmatizer: Lemmatizer,
    id: u64,
}

/// The parts of a weight file, as the trainer builds them.
pub(crate) struct Parts {
    pub classes: Vec<(Upos, Xpos)>,
    /// Feature key and its (class, weight) entries; sorted by key, entries by class.
    pub rows: Vec<(u64, Vec<(u16, i16)>)>,
    /// Word hash and class; sorted by hash.
    pub tagdict: Vec<(u64, u16)>,
    /// Lower-cased word hash and the hash of its ambiguity class; sorted by word.
    pub ambiguity: Vec<(u64, u64)>,
    pub lemmatizer: Lemmatizer,
}

impl Parts {
    pub fn write(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.bytes.extend_from_slice(MAGIC);
        w.u32(VERSION);
        w.u32(self.classes.len() as u32);
        for (u, x) in &self.classes {
            w.u8(*u as u8);
            w.u8(*x as u8);
        }
        w.u32(self.rows.len() as u32);
        for (k, _) in &self.rows {
            w.u64(*k);
        }
        for (_, row) in &self.rows {
            w.u8(row.len() as u8);
        }
        for (_, row) in &self.rows {
            for (c, _) in row {
                w.u8(*c as u8);
            }
        }
        for (_, row) in &self.rows {
            for (_, v) in row {
                w.i16(*v);
            }
        }
        w.u32(self.tagdict.len() as u32);
        for (k, c) in &self.tagdict {
            w.u64(*k);
            w.u8(*c as u8);
        }
        w.u32(self.ambiguity.len() as u32);
        for (k, a) in &self.ambiguity {
            w.u64(*k);
            w.u64(*a);
        }
        self.lemmatizer.write(&mut w);
        w.bytes
    }
}

impl Model {
    pub fn read(name: &str, bytes: &[u8]) -> Result<Model> {
        let mut r = Reader::new(name, bytes);
        if r.take(MAGIC.len()).ok() != Some(&MAGIC[..]) {
            return Err(r.error("not a gainsay tagger weight file (no GSTAGGER header)"));
        }
        let version = r.u32()?;
        if version != VERSION {
            return Err(r.error(format!("format version {version}, this gainsay reads version {VERSION}")));
        }
        let n = r.count(2)?;
        if n == 0 || n > 255 {
            return Err(r.error(format!("{n} classes; a weight file has 1 to 255")));
        }
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            classes.push((r.upos()?, r.xpos()?));
        }
        let rows = r.count(9)?;
        let keys = r.take(rows.saturating_mul(8))?;
        let lens = r.take(rows)?;
        let total: usize = lens.iter().map(|&l| l as usize).sum();
        let class_bytes = r.take(total)?;
        // The weights in one slice, checked in bulk (a million of them); an error names the
        // byte the reads one by one would have stopped at.
        let from = r.at;
        let weights = r.take(total.saturating_mul(2)).unwrap_or(&[]);
        let n_classes = classes.len();
        // A maximum first (vectorised), the place only of a file that has a bad entry.
        let largest_class = class_bytes.iter().copied().max().unwrap_or(0);
        let bad_class = if (largest_class as usize) < n_classes {
            None
        } else {
            class_bytes.iter().position(|&c| c as usize >= n_classes)
        };
        let short = (weights.len() / 2 < total).then_some(weights.len() / 2);
        let weight = |w: &[u8]| i16::from_le_bytes([w[0], w[1]]);
        let largest_weight = weights.chunks_exact(2).map(|w| weight(w).unsigned_abs()).max().unwrap_or(0);
        let too_large = if largest_weight <= MAX_WEIGHT as u16 {
            None
        } else {
            weights.chunks_exact(2).position(|w| weight(w).unsigned_abs() > MAX_WEIGHT as u16)
        };
        // The first bad entry; at one entry, its class is checked before its weight.
        let first = [bad_class, short, too_large].into_iter().flatten().min();
        if let Some(k) = first {
            if bad_class == Some(k) {
                r.at = from + 2 * k;
                return Err(r.error(format!("a weight of class {} in a file of {n_classes} classes", class_bytes[k])));
            }
            if short == Some(k) {
                r.at = from + 2 * k;
                return Err(r.error("the file ends too early"));
            }
            r.at = from + 2 * k + 2;
            let w = weight(&weights[2 * k..]);
            return Err(r.error(format!("a weight of {w}, more than {MAX_WEIGHT}")));
        }
        let stride = classes.len().next_multiple_of(16);
        let tables = layout::lay_out(stride, keys, lens, class_bytes, weights).map_err(|e| r.error(e))?;
        let slots = tables.slots.into_iter().map(|(key, start, len)| Slot { key, start, len }).collect();
        let sparse = tables.sparse.into_iter().map(|(class, weight)| Entry { class, weight }).collect();
        Model::finish(r, classes, Cow::Owned(slots), Cow::Owned(sparse), Cow::Owned(tables.dense))
    }

    /// The built-in model: the weight file `bytes` with its rows laid out at build time
    /// (`build.rs`), read in place. `None` if the laid-out tables do not fit this target
    /// (another byte order): then the file is read as any other.
    pub fn builtin(
        bytes: &'static [u8],
        slots: &'static [u8],
        sparse: &'static [u8],
        dense: &'static [u8],
    ) -> Option<Model> {
        if cfg!(target_endian = "big") {
            return None;
        }
        let slots = <[Slot]>::ref_from_bytes(slots).ok()?;
        let sparse = <[Entry]>::ref_from_bytes(sparse).ok()?;
        let dense = <[i16]>::ref_from_bytes(dense).ok()?;
        // The file's rows are skipped: build.rs checked them as it laid them out.
        let mut r = Reader::new("<builtin>", bytes);
        r.take(MAGIC.len() + 4).ok()?;
        let n = r.u32().ok()? as usize;
        let mut classes = Vec::with_capacity(n);
        for _ in 0..n {
            classes.push((r.upos().ok()?, r.xpos().ok()?));
        }
        let rows = r.u32().ok()? as usize;
        r.take(rows * 8).ok()?;
        let total: usize = r.take(rows).ok()?.iter().map(|&l| l as usize).sum();
        r.take(total * 3).ok()?;
        if slots.len() != layout::slot_count(rows) {
            return None;
        }
        Model::finish(r, classes, Cow::Borrowed(slots), Cow::Borrowed(sparse), Cow::Borrowed(dense)).ok()
    }

    /// Reads what follows the rows (the tag dictionary, the ambiguity classes and the
    /// lemmatizer) and makes the model of the laid-out rows.
    fn finish(
        mut r: Reader<'_>,
        classes: Vec<(Upos, Xpos)>,
        slots: Cow<'static, [Slot]>,
        entries: Cow<'static, [Entry]>,
        dense: Cow<'static, [i16]>,
    ) -> Result<Model> {
        let shift = layout::shift(slots.len());
        let stride = classes.len().next_multiple_of(16);
        let n_dict = r.count(9)?;
        let mut tagdict = FxHashMap::default();
        tagdict.reserve(n_dict);
        for _ in 0..n_dict {
            let k = r.u64()?;
            let c = r.u8()?;
            if c as usize >= classes.len() {
                return Err(r.error(format!("a dictionary word of class {c} in a file of {} classes", classes.len())));
            }
            tagdict.insert(k, c as u16);
        }
        let n_amb = r.count(16)?;
        let mut ambiguity = FxHashMap::default();
        ambiguity.reserve(n_amb);
        for _ in 0..n_amb {
            let k = r.u64()?;
            ambiguity.insert(k, r.u64()?);
        }
        let lemmatizer = Lemmatizer::read(&mut r)?;
        if !r.finished() {
            return Err(r.error("bytes left over after the lemmatizer"));
        }
        static NEXT_ID: AtomicU64 = AtomicU64::new(1);
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        Ok(Model { classes, stride, slots, shift, entries, dense, tagdict, ambiguity, lemmatizer, id })
    }

    /// The class of a frequent word that had one tag in nearly all its training sentences.
    #[inline]
    pub fn dictionary(&self, w: &WordHashes) -> Option<u16> {
        self.tagdict.get(&w.raw).copied()
    }

    /// The ambiguity class of a lower-cased word hash.
    #[inline]
    pub fn ambiguity(&self, word: u64) -> Option<u64> {
        self.ambiguity.get(&word).copied()
    }

    #[inline]
    fn row(&self, key: u64, mut i: usize) -> (u32, u32) {
        let mask = self.slots.len() - 1;
        loop {
            let s = self.slots[i];
            if s.len == 0 {
                return (0, 0);
            }
            if s.key == key {
                return (s.start, s.len);
            }
            i = (i + 1) & mask;
        }
    }

    /// The length of a score row: the classes rounded up to a multiple of 16.
    #[inline]
    pub fn stride(&self) -> usize {
        self.stride
    }

    /// An id no other model loaded by this process has, so that a per-thread cache of
    /// one model's sums is never read with another's.
    #[inline]
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The best class for the features; ties go to the lower class (the more frequent).
    /// Tagging goes through [`Model::predict_sum`]; the tests compare the two.
    #[cfg(test)]
    pub fn predict(&self, feats: &[u64; N_FEATURES], scores: &mut [i16; 256]) -> u16 {
        scores[..self.stride].fill(0);
        self.add_rows(feats, &mut scores[..self.stride]);
        self.argmax(scores)
    }

    /// The best class for the sum of `rows` (each a sum of rows, `stride` long) plus the
    /// rows of `feats`, with the row of key `swap.0` (summed into `rows`) taken out for that
    /// of `swap.1`. Integer sums: the order of the adds does not change a score, and the row
    /// is taken out first, so that no partial sum holds more rows than the whole.
    #[inline]
    pub fn predict_sum<const K: usize>(
        &self,
        rows: [&[i16]; 6],
        feats: &[u64; K],
        swap: Option<(u64, u64)>,
        scores: &mut [i16; 256],
    ) -> u16 {
        let stride = self.stride;
        let [a, b, c, d, e, f] = rows.map(|r| r.get(..stride).unwrap_or(&[]));
        let sum = &mut scores[..stride];
        for ((((((s, a), b), c), d), e), f) in sum.iter_mut().zip(a).zip(b).zip(c).zip(d).zip(e).zip(f) {
            *s = *a + *b + *c + *d + *e + *f;
        }
        if let Some((out, into)) = swap {
            self.sub_row(out, sum);
            self.add_rows(&[into], sum);
        }
        self.add_rows(feats, sum);
        self.argmax(scores)
    }

    /// Takes the row of `key` out of `scores` (`stride` long).
    fn sub_row(&self, key: u64, scores: &mut [i16]) {
        let (start, len) = self.row(key, (key >> self.shift) as usize);
        if len == DENSE {
            let row = self.dense.get(start as usize..start as usize + self.stride).unwrap_or(&[]);
            for (s, w) in scores.iter_mut().zip(row) {
                *s -= *w;
            }
        } else {
            for e in &self.entries[start as usize..(start + len) as usize] {
                scores[e.class as usize] -= e.weight;
            }
        }
    }

    /// The highest score (a SIMD max), then the first class that has it: the first block
    /// of sixteen scores that holds it found by whole-block compares (SIMD), then the place
    /// in that block. The scores past the classes, up to `stride`, are never the first.
    #[inline]
    fn argmax(&self, scores: &[i16; 256]) -> u16 {
        let n = self.classes.len();
        let top = scores[..n].iter().copied().max().unwrap_or(0);
        let mut from = 0;
        for block in scores[..self.stride].chunks_exact(16) {
            if block.iter().fold(false, |hit, &s| hit | (s == top)) {
                break;
            }
            from += 16;
        }
        (from + scores[from..n].iter().position(|&s| s == top).unwrap_or(0)) as u16
    }

    /// Adds the rows of `feats` to `scores` (`stride` long). No overflow: every weight is
    /// at most [`MAX_WEIGHT`], so any sum of at most [`N_FEATURES`] rows fits an i16.
    #[inline]
    pub fn add_rows<const K: usize>(&self, feats: &[u64; K], scores: &mut [i16]) {
        // The tables borrowed once, not through their `Cow`s at every read.
        let (slots, entries, dense_rows) = (&*self.slots, &*self.entries, &*self.dense);
        // The rows are scattered over megabytes: load all the slots first, then all the
        // rows' first entries, so that the cache misses overlap instead of queueing.
        let mut at = [0usize; K];
        let mut touch = 0u64;
        for (a, f) in at.iter_mut().zip(feats) {
            *a = (f >> self.shift) as usize;
            touch ^= slots[*a].key;
        }
        std::hint::black_box(touch);
        let mut rows = [(0u32, 0u32); K];
        let mut touch = 0i16;
        for k in 0..K {
            rows[k] = self.row(feats[k], at[k]);
            touch ^= if rows[k].1 == DENSE {
                dense_rows.get(rows[k].0 as usize).copied().unwrap_or(0)
            } else {
                entries.get(rows[k].0 as usize).map_or(0, |e| e.weight)
            };
        }
        std::hint::black_box(touch);
        let stride = self.stride;
        let mut dense = [0usize; K];
        let mut n_dense = 0;
        for (start, len) in rows {
            if len == DENSE {
                dense[n_dense] = start as usize;
                n_dense += 1;
            } else {
                for e in &entries[start as usize..(start + len) as usize] {
                    scores[e.class as usize] += e.weight;
                }
            }
        }
        // The dense rows four at a time: the scores are loaded and stored once per four
        // rows instead of once per row (a third fewer instructions).
        let scores = &mut scores[..stride];
        let row = |k: usize| dense_rows.get(dense[k]..dense[k] + stride).unwrap_or(&[]);
        let mut k = 0;
        while k + 4 <= n_dense {
            let (a, b, c, d) = (row(k), row(k + 1), row(k + 2), row(k + 3));
            for ((((s, a), b), c), d) in scores.iter_mut().zip(a).zip(b).zip(c).zip(d) {
                *s += *a + *b + *c + *d;
            }
            k += 4;
        }
        for k in k..n_dense {
            for (s, w) in scores.iter_mut().zip(row(k)) {
                *s += *w;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A weight file of two classes and two rows: the class bytes start at byte 42, the
    /// weights at byte 45.
    fn small() -> Vec<u8> {
        Parts {
            classes: vec![(Upos::Noun, Xpos::Nn), (Upos::Verb, Xpos::Vb)],
            rows: vec![(11, vec![(0, 5), (1, -3)]), (12, vec![(1, 7)])],
            tagdict: Vec::new(),
            ambiguity: Vec::new(),
            lemmatizer: Lemmatizer::default(),
        }
        .write()
    }

    /// The built-in weights laid out at build time are the tables a read of the file
    /// builds, and the builtin tagger reads them in place.
    #[test]
    fn builtin_tables_read_in_place_are_those_of_the_file() {
        let b = super::super::BUILTIN_BYTES;
        let read = Model::read("en.bin", b).unwrap();
        let (s, e, d) =
            (&super::super::BUILTIN_SLOTS.0, &super::super::BUILTIN_SPARSE.0, &super::super::BUILTIN_DENSE.0);
        let place = Model::builtin(b, s, e, d).expect("the laid-out tables fit");
        assert!(matches!(place.slots, Cow::Borrowed(_)) && matches!(place.dense, Cow::Borrowed(_)));
        let slot = |s: &Slot| (s.key, s.start, s.len);
        assert!(read.slots.iter().map(slot).eq(place.slots.iter().map(slot)));
        let entry = |e: &Entry| (e.class, e.weight);
        assert!(read.entries.iter().map(entry).eq(place.entries.iter().map(entry)));
        assert_eq!(read.dense, place.dense);
        assert_eq!((read.shift, read.stride, &read.classes), (place.shift, place.stride, &place.classes));
        assert_eq!((&read.tagdict, &read.ambiguity), (&place.tagdict, &place.ambiguity));
        assert_eq!(format!("{:?}", read.lemmatizer), format!("{:?}", place.lemmatizer));
    }

    fn error(bytes: &[u8]) -> String {
        Model::read("w.bin", bytes).map(|_| ()).unwrap_err().to_string()
    }

    #[test]
    fn reads_its_weights_and_names_the_first_bad_one() {
        let good = small();
        let m = Model::read("w.bin", &good).unwrap();
        let mut scores = [0i16; 16];
        m.add_rows(&[11, 12], &mut scores);
        assert_eq!(scores[..2], [5, 4]);
        // A class out of range, at the second weight.
        let mut b = good.clone();
        b[43] = 9;
        assert!(error(&b).contains("at byte 47: a weight of class 9 in a file of 2 classes"), "{}", error(&b));
        // A weight too large, at the third; of one entry, the class is checked first.
        let mut b = good.clone();
        b[49..51].copy_from_slice(&30000i16.to_le_bytes());
        b[44] = 9;
        assert!(error(&b).contains("at byte 49: a weight of class 9"), "{}", error(&b));
        b[44] = 1;
        assert!(error(&b).contains("at byte 51: a weight of 30000, more than"), "{}", error(&b));
        // Weights cut short.
        assert!(error(&good[..48]).contains("at byte 45: the file ends too early"), "{}", error(&good[..48]));
    }
}
