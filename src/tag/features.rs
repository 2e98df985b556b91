//! The features of a token in context, hashed to `u64` keys: the word, its affixes and
//! shape, its neighbours two either side and the two tags before it (the feature set of
//! NLTK's and spaCy v1's averaged perceptrons).
//!
//! The hash is written out here rather than taken from a crate so that the keys in a
//! weight file stay valid on every platform and every version of the crate's dependencies.

/// Features per token.
pub(crate) const N_FEATURES: usize = 28;

/// Tag context before the first word ("-START-" and "-START2-" of NLTK).
pub(crate) const START: u16 = u16::MAX;
pub(crate) const START2: u16 = u16::MAX - 1;

const K: u64 = 0x517c_c1b7_2722_0a95;
const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;

/// The splitmix64 finaliser: a bijection that spreads every input bit over the output.
#[inline]
pub(crate) fn fmix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A stable 64-bit hash of `b` (FxHash's step over 8-byte chunks, then [`fmix`]).
#[inline]
pub(crate) fn hash_bytes(b: &[u8]) -> u64 {
    let mut h = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(a)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut a = [0u8; 8];
        a[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(a)).wrapping_mul(K);
    }
    fmix(h)
}

#[inline]
fn key(template: u64, value: u64) -> u64 {
    fmix(value ^ (template + 1).wrapping_mul(GOLDEN))
}

/// The hashed properties of one word, computed once per sentence and read by the features
/// of its neighbours too.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordHashes {
    /// The word as written, for the tag dictionary.
    pub raw: u64,
    /// The lower-cased word, for the ambiguity-class lexicon.
    pub word: u64,
    /// The set of classes the word had in training (its "ambiguity class"), hashed; a
    /// constant for words not in the lexicon.
    pub amb: u64,
    pref2: u64,
    suf: [u64; 4],
    pref: u64,
    shape: u64,
    pub flags: u64,
}

impl WordHashes {
    pub(crate) const ZERO: WordHashes =
        WordHashes { raw: 0, word: 0, amb: 0, pref2: 0, suf: [0; 4], pref: 0, shape: 0, flags: 0 };
}

/// Context beyond the sentence's ends.
const PAD_BEFORE: [u64; 2] = [0x5741_5254_2d31, 0x5741_5254_2d32];
const PAD_AFTER: [u64; 2] = [0x0045_4e44_2d31, 0x0045_4e44_2d32];

const fn pad(h: u64) -> WordHashes {
    WordHashes { raw: h, word: h, amb: h, pref2: h, suf: [h; 4], pref: h, shape: h, flags: h }
}

/// The neighbours beyond the ends, built once: `context_features` borrows them rather than
/// copying a fresh one per word.
static PADS_BEFORE: [WordHashes; 2] = [pad(PAD_BEFORE[0]), pad(PAD_BEFORE[1])];
static PADS_AFTER: [WordHashes; 2] = [pad(PAD_AFTER[0]), pad(PAD_AFTER[1])];

/// The word as the features see it: lower case, curly apostrophes straight, years and
/// other numbers each one symbol (NLTK's normalisation).
pub(crate) fn normalize_into(word: &str, out: &mut String) {
    out.clear();
    // Most words are ASCII: no curly apostrophe, lower case byte for byte.
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match c {
            '’' | '‘' | 'ʼ' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// The hashes of `word`; `first` when it begins the sentence. `lower` is scratch.
pub(crate) fn word_hashes(word: &str, first: bool, lower: &mut String) -> WordHashes {
    normalize_into(word, lower);
    let l = lower.as_str();
    let b = l.as_bytes();
    let starts_digit = b.first().is_some_and(|c| c.is_ascii_digit());
    let w = if starts_digit {
        if b.len() == 4 && b.iter().all(|c| c.is_ascii_digit()) {
            0x0021_5945_4152 // "!YEAR"
        } else {
            0x0021_4449_4749_5453 // "!DIGITS"
        }
    } else {
        hash_bytes(b)
    };
    // Suffixes of one to four characters (the whole word when shorter).
    let mut suf = [0u64; 4];
    let mut ends = [0usize; 4];
    let mut n = 0;
    for (i, _) in l.char_indices().rev() {
        if n == 4 {
            break;
        }
        ends[n] = i;
        n += 1;
    }
    for k in 0..4 {
        let from = if k < n { ends[k] } else { 0 };
        suf[k] = hash_bytes(&b[from..]);
    }
    let pref2 = hash_bytes(&b[..l.char_indices().nth(2).map_or(b.len(), |(i, _)| i)]);
    let pref = match l.chars().next() {
        Some(c) => c as u64 | 0x1_0000_0000,
        None => 0,
    };
    // Shape: X for capitals, x for small letters, d for digits, the character itself for
    // ASCII punctuation; runs cut at four ("Xxxx", "dddd.dd").
    let mut shape = [0u8; 24];
    let mut len = 0;
    let mut last = 0u8;
    let mut run = 0;
    let (mut digit, mut hyphen, mut upper, mut lower_letters, mut dot) = (false, false, 0usize, 0usize, false);
    let mut first_upper = false;
    for (i, c) in word.chars().enumerate() {
        let s = if c.is_ascii_digit() || c.is_numeric() {
            digit = true;
            b'd'
        } else if c.is_uppercase() {
            upper += 1;
            if i == 0 {
                first_upper = true;
            }
            b'X'
        } else if c.is_alphabetic() {
            lower_letters += 1;
            b'x'
        } else if c.is_ascii() {
            hyphen |= c == '-';
            dot |= c == '.';
            c as u8
        } else {
            b'o'
        };
        if s == last {
            run += 1;
        } else {
            run = 1;
            last = s;
        }
        if run <= 4 && len < shape.len() {
            shape[len] = s;
            len += 1;
        }
    }
    let flags = digit as u64
        | (hyphen as u64) << 1
        | ((first_upper && lower_letters > 0) as u64) << 2
        | ((upper > 1 && lower_letters == 0) as u64) << 3
        | (first as u64) << 4
        | ((upper + lower_letters > 0) as u64) << 5
        | (dot as u64) << 6;
    WordHashes {
        raw: hash_bytes(word.as_bytes()),
        word: w,
        amb: UNKNOWN_AMB,
        pref2,
        suf,
        pref,
        shape: hash_bytes(&shape[..len]),
        flags: flags | 0x100,
    }
}

/// The ambiguity class of words not in the lexicon.
pub(crate) const UNKNOWN_AMB: u64 = 0x0055_4e4b_4e4f_574e;

/// The hashes of every word of a sentence, into `out` (cleared first); `amb` gives the
/// ambiguity class of a lower-cased word hash.
pub(crate) fn sentence_hashes<S: AsRef<str>>(
    words: &[S],
    amb: impl Fn(u64) -> Option<u64>,
    lower: &mut String,
    out: &mut Vec<WordHashes>,
) {
    out.clear();
    out.extend(words.iter().enumerate().map(|(i, w)| {
        let mut h = word_hashes(w.as_ref(), i == 0, lower);
        if let Some(a) = amb(h.word) {
            h.amb = a;
        }
        h
    }));
    mark_title_case(out);
}

/// Marks every word of a sentence set mostly in capitals, a headline or a title.
pub(crate) fn mark_title_case(out: &mut [WordHashes]) {
    // A headline or a title: most words capitalised, so capitals say less.
    let words_with_letters = out.iter().filter(|h| h.flags & LETTERS != 0).count();
    let capitalised = out.iter().filter(|h| h.flags & (TITLE | UPPER) != 0).count();
    if words_with_letters >= 3 && capitalised * 10 >= words_with_letters * 6 {
        for h in out.iter_mut() {
            h.flags |= TITLE_CASE_SENTENCE;
        }
    }
}

/// The flag of the sentence's first word.
pub(crate) const FIRST: u64 = 1 << 4;
/// The flags that depend on the word's place in its sentence, not on the word.
pub(crate) const PLACE_FLAGS: u64 = FIRST | TITLE_CASE_SENTENCE;

const TITLE: u64 = 1 << 2;
const UPPER: u64 = 1 << 3;
const LETTERS: u64 = 1 << 5;
const TITLE_CASE_SENTENCE: u64 = 1 << 7;

/// The features that name the word itself (the word, as written and lower-cased, with
/// the tag before it and the word before it): training drops them for some rare words, so
/// that the weights learn what unseen words look like.
pub(crate) const WORD_IDENTITY: [usize; 4] = [1, 12, 20, 21];

/// The features of [`features`] that depend on the word alone (not on its neighbours, the
/// tags before it or its place in the sentence): their rows can be summed once per word.
pub(crate) const WORD_ONLY: [usize; 11] = [0, 1, 2, 3, 4, 5, 6, 7, 21, 22, 23];
/// The other features of [`features`].
pub(crate) const CONTEXT: [usize; N_FEATURES - 11] = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27];

/// The keys of the [`WORD_ONLY`] features of a word, in that order (only these are
/// hashed: a word cache miss needs no others).
#[inline]
pub(crate) fn word_features(w: &WordHashes) -> [u64; WORD_ONLY.len()] {
    [
        key(0, 0),
        key(1, w.word),
        key(2, w.suf[0]),
        key(3, w.suf[1]),
        key(4, w.suf[2]),
        key(5, w.suf[3]),
        key(6, w.pref),
        key(7, w.shape),
        key(21, w.raw),
        key(22, w.pref2),
        key(23, w.amb),
    ]
}

/// The keys of the [`CONTEXT`] features of word `i` given the classes of the two words
/// before it.
/// The context features of only the two tags before (9, 10, 11): a function of the pair
/// alone, so the tagger caches the sum of their rows per pair.
pub(crate) const TAG_ONLY: [usize; 3] = [9, 10, 11];

#[inline]
pub(crate) fn tag_features(t1: u16, t2: u16) -> [u64; TAG_ONLY.len()] {
    let (t1, t2) = (t1 as u64, t2 as u64);
    [key(9, t1), key(10, t2), key(11, t1 << 16 | t2)]
}

/// The keys a word gives the context features of the words around it, by its place:
/// as the word before (13, 14), two before (15), after (16, 17, 19, 24) and two after (18,
/// 25). A function of the word alone, so the tagger caches the sum of each place's rows.
#[inline]
pub(crate) fn place_features(w: &WordHashes) -> ([u64; 2], [u64; 1], [u64; 4], [u64; 2]) {
    (
        [key(13, w.word), key(14, w.suf[2])],
        [key(15, w.word)],
        [key(16, w.word), key(17, w.suf[2]), key(19, w.shape), key(24, w.amb)],
        [key(18, w.word), key(25, w.amb)],
    )
}

/// The padding words before a sentence (`k` = 0 next to it) and after it.
pub(crate) fn pad_before(k: usize) -> &'static WordHashes {
    &PADS_BEFORE[k]
}
pub(crate) fn pad_after(k: usize) -> &'static WordHashes {
    &PADS_AFTER[k]
}

/// The key of the word's flags feature (8): a [`CONTEXT`] feature only through the
/// [`PLACE_FLAGS`], so the tagger sums the row of a word's flags without them into the
/// word's own cached row, and sets it right for a word that has place flags.
#[inline]
pub(crate) fn flags_feature(flags: u64) -> u64 {
    key(8, flags)
}

/// The [`CONTEXT`] features that are neither the tag pair's ([`TAG_ONLY`]), a single
/// neighbour's ([`place_features`]) nor the flags' ([`flags_feature`]): the word with a tag
/// or a neighbour.
#[inline]
pub(crate) fn own_features(hs: &[WordHashes], i: usize, t1: u16) -> [u64; 4] {
    let w = &hs[i];
    let m1 = if i >= 1 { &hs[i - 1] } else { &PADS_BEFORE[0] };
    let p1 = hs.get(i + 1).unwrap_or(&PADS_AFTER[0]);
    let t1 = t1 as u64;
    [
        key(12, w.word ^ t1.wrapping_mul(GOLDEN)),
        key(20, w.word ^ m1.word.rotate_left(17)),
        key(26, w.amb ^ t1.wrapping_mul(GOLDEN)),
        key(27, w.amb ^ p1.amb.rotate_left(23)),
    ]
}

#[inline]
pub(crate) fn context_features(hs: &[WordHashes], i: usize, t1: u16, t2: u16) -> [u64; CONTEXT.len()] {
    // Only these keys are hashed: computing all of [`features`] to keep these spent a
    // third of the hashing on keys thrown away.
    // Borrowed, not copied: a `WordHashes` is 88 bytes and five are read per word.
    let w = &hs[i];
    let m1 = if i >= 1 { &hs[i - 1] } else { &PADS_BEFORE[0] };
    let m2 = if i >= 2 { &hs[i - 2] } else { &PADS_BEFORE[(i == 0) as usize] };
    let p1 = hs.get(i + 1).unwrap_or(&PADS_AFTER[0]);
    let p2 = hs.get(i + 2).unwrap_or(&PADS_AFTER[(i + 1 == hs.len()) as usize]);
    let (t1, t2) = (t1 as u64, t2 as u64);
    [
        key(8, w.flags),
        key(9, t1),
        key(10, t2),
        key(11, t1 << 16 | t2),
        key(12, w.word ^ t1.wrapping_mul(GOLDEN)),
        key(13, m1.word),
        key(14, m1.suf[2]),
        key(15, m2.word),
        key(16, p1.word),
        key(17, p1.suf[2]),
        key(18, p2.word),
        key(19, p1.shape),
        key(20, w.word ^ m1.word.rotate_left(17)),
        key(24, p1.amb),
        key(25, p2.amb),
        key(26, w.amb ^ t1.wrapping_mul(GOLDEN)),
        key(27, w.amb ^ p1.amb.rotate_left(23)),
    ]
}

/// The feature keys of word `i` given the classes of the two words before it: the word's
/// own keys at [`WORD_ONLY`] and those of [`context_features`] at [`CONTEXT`].
#[inline]
pub(crate) fn features(hs: &[WordHashes], i: usize, t1: u16, t2: u16, out: &mut [u64; N_FEATURES]) {
    for (&k, v) in WORD_ONLY.iter().zip(word_features(&hs[i])) {
        out[k] = v;
    }
    for (&k, v) in CONTEXT.iter().zip(context_features(hs, i, t1, t2)) {
        out[k] = v;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_context_features_are_those_of_features() {
        let mut lower = String::new();
        for words in [&["Rates", "rose", "to", "4.5", "%", "on", "Monday"][..], &["Yes"], &["No", "."]] {
            let mut hs = Vec::new();
            sentence_hashes(words, |_| None, &mut lower, &mut hs);
            for i in 0..words.len() {
                for (t1, t2) in [(START, START2), (3, START), (7, 3)] {
                    let mut all = [0u64; N_FEATURES];
                    features(&hs, i, t1, t2, &mut all);
                    assert_eq!(CONTEXT.map(|k| all[k]), context_features(&hs, i, t1, t2), "{words:?} word {i}");
                    let mut want: Vec<u64> = CONTEXT.map(|k| all[k]).to_vec();
                    want.sort_unstable();
                    // The tagger's split of the same keys: the tag pair's, the word's own, then
                    // each neighbour's by its place.
                    let m1 = if i >= 1 { &hs[i - 1] } else { pad_before(0) };
                    let m2 = if i >= 2 { &hs[i - 2] } else { pad_before((i == 0) as usize) };
                    let p1 = hs.get(i + 1).unwrap_or(pad_after(0));
                    let p2 = hs.get(i + 2).unwrap_or(pad_after((i + 1 == hs.len()) as usize));
                    let mut placed: Vec<u64> = tag_features(t1, t2).to_vec();
                    placed.extend(own_features(&hs, i, t1));
                    placed.push(flags_feature(hs[i].flags));
                    placed.extend(place_features(m1).0);
                    placed.extend(place_features(m2).1);
                    placed.extend(place_features(p1).2);
                    placed.extend(place_features(p2).3);
                    placed.sort_unstable();
                    assert_eq!(placed, want, "{words:?} word {i}");
                }
            }
        }
    }

    #[test]
    fn hash_is_stable() {
        // Weight files store these keys: a change here invalidates every weight file.
        assert_eq!(hash_bytes(b""), fmix(0));
        assert_ne!(hash_bytes(b"a"), hash_bytes(b"a\0"));
        assert_ne!(hash_bytes(b"abcdefgh"), hash_bytes(b"abcdefghi"));
    }

    #[test]
    fn word_only_features_ignore_context() {
        let mut all: Vec<usize> = WORD_ONLY.iter().chain(&CONTEXT).copied().collect();
        all.sort_unstable();
        assert_eq!(all, (0..N_FEATURES).collect::<Vec<_>>(), "each feature in one set");
        let mut s = String::new();
        let words = ["Ferries", "resumed", "on", "Tuesday", "."];
        let mut hs = Vec::new();
        sentence_hashes(&words, |_| Some(7), &mut s, &mut hs);
        let alone = |h: &WordHashes| word_features(&WordHashes { flags: h.flags & !PLACE_FLAGS, ..*h });
        for i in 0..words.len() {
            for (t1, t2) in [(START, START2), (3, 5), (0, 0)] {
                let mut f = [0u64; N_FEATURES];
                features(&hs, i, t1, t2, &mut f);
                assert_eq!(WORD_ONLY.map(|k| f[k]), alone(&hs[i]), "word {i}");
                assert_eq!(CONTEXT.map(|k| f[k]), context_features(&hs, i, t1, t2));
            }
        }
        // A headline and a first word change only the flags.
        let mut ht = Vec::new();
        sentence_hashes(&["FERRIES", "RESUME", "ON", "TUESDAY"], |_| None, &mut s, &mut ht);
        assert_ne!(ht[1].flags & PLACE_FLAGS, 0);
        assert_eq!(word_hashes("On", true, &mut s).flags & !PLACE_FLAGS, word_hashes("On", false, &mut s).flags);
    }

    #[test]
    fn shapes_and_numbers() {
        let mut s = String::new();
        let a = word_hashes("Bakery", false, &mut s);
        let b = word_hashes("Lanterns", false, &mut s);
        assert_eq!(a.shape, b.shape, "Xxxx both");
        assert_eq!(a.flags, b.flags);
        let y1 = word_hashes("1999", false, &mut s);
        let y2 = word_hashes("2031", false, &mut s);
        assert_eq!(y1.word, y2.word);
        assert_ne!(word_hashes("the", true, &mut s).flags, word_hashes("the", false, &mut s).flags);
        assert_eq!(word_hashes("can’t", false, &mut s).word, word_hashes("can't", false, &mut s).word);
    }
}
