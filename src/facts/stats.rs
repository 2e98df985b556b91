//! How much of real news the facts stage reads: of the sentences that hold a number
//! (digits or a number word), the share that yield at least one value fact with an owner
//! and an attribute; how often each extractor fires; and a sample of facts, drawn with a
//! fixed seed, to read by hand.

use super::{extractor_names, Fact, FactValue};
use crate::segment::Segmenter;
use crate::Lexicon;
use rustc_hash::FxHashSet;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Number words that make a sentence hold a number without digits.
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "billion",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
];

/// Coverage figures of a set of articles.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coverage {
    /// Sentences read.
    pub sentences: usize,
    /// Sentences holding a number.
    pub with_number: usize,
    /// Of those, sentences with at least one value fact that has an owner and an attribute.
    pub with_value_fact: usize,
    /// Facts by extractor (rule) name.
    pub by_extractor: BTreeMap<&'static str, usize>,
    /// Every value fact, as "article | sentence | owner | attribute | value" lines, in
    /// reading order (for sampling).
    pub lines: Vec<String>,
}

impl Coverage {
    /// The share of sentences holding a number that yield a value fact.
    pub fn share(&self) -> f64 {
        if self.with_number == 0 {
            0.0
        } else {
            self.with_value_fact as f64 / self.with_number as f64
        }
    }

    /// `n` fact lines drawn at random with `seed` (the same seed draws the same lines).
    ///
    /// ```
    /// let c = gainsay::facts::Coverage { lines: (0..100).map(|i| i.to_string()).collect(), ..Default::default() };
    /// assert_eq!(c.sample(5, 7), c.sample(5, 7));
    /// assert_eq!(c.sample(5, 7).len(), 5);
    /// ```
    pub fn sample(&self, n: usize, seed: u64) -> Vec<&str> {
        let mut idx: Vec<usize> = (0..self.lines.len()).collect();
        let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut next = || {
            // xorshift64*: small, and the draw is the same on every platform.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_F491_4F6C_DD1D)
        };
        let n = n.min(idx.len());
        for i in 0..n {
            let j = i + (next() % (idx.len() - i) as u64) as usize;
            idx.swap(i, j);
        }
        idx[..n].iter().map(|&i| self.lines[i].as_str()).collect()
    }
}

/// True when `sentence` holds a digit or a number word.
pub(crate) fn has_number(sentence: &str) -> bool {
    // One pass over the bytes: a number word is a run of ASCII letters between characters
    // that are not letters; a run with another letter ("seventéen") is no number word.
    let b = sentence.as_bytes();
    let (mut i, mut start, mut ascii) = (0, 0, true);
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            return true;
        }
        if c.is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let (letter, width) = if c.is_ascii() {
            (false, 1)
        } else {
            match sentence.get(i..).and_then(|r| r.chars().next()) {
                Some(ch) => (ch.is_alphabetic(), ch.len_utf8()),
                None => break,
            }
        };
        if letter {
            ascii = false;
        } else {
            if ascii && number_word(&b[start..i]) {
                return true;
            }
            (start, ascii) = (i + width, true);
        }
        i += width;
    }
    ascii && b.get(start..).is_some_and(number_word)
}

/// The longest of [`NUMBER_WORDS`].
const LONGEST_NUMBER_WORD: usize = {
    let (mut i, mut n) = (0, 0);
    while i < NUMBER_WORDS.len() {
        if NUMBER_WORDS[i].len() > n {
            n = NUMBER_WORDS[i].len();
        }
        i += 1;
    }
    n
};

/// By first letter, a bit for each length a [`NUMBER_WORDS`] word of that letter has.
const LENGTHS_BY_FIRST: [u32; 26] = {
    let mut m = [0u32; 26];
    let mut i = 0;
    while i < NUMBER_WORDS.len() {
        let w = NUMBER_WORDS[i].as_bytes();
        m[(w[0].to_ascii_lowercase() - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    m
};

/// True when `w` is one of [`NUMBER_WORDS`] in any case; its first letter and length are
/// tested first, as most words of a sentence have no number word of that letter and length.
fn number_word(w: &[u8]) -> bool {
    let Some(first) = w.first().filter(|c| c.is_ascii_alphabetic()) else { return false };
    if !(3..=LONGEST_NUMBER_WORD).contains(&w.len())
        || LENGTHS_BY_FIRST[(first.to_ascii_lowercase() - b'a') as usize] & (1 << w.len()) == 0
    {
        return false;
    }
    // One look-up of the word in lower case, not a comparison with each number word.
    let mut low = [0u8; LONGEST_NUMBER_WORD];
    let low = &mut low[..w.len()];
    low.copy_from_slice(w);
    low.make_ascii_lowercase();
    number_words().contains(&*low)
}

/// [`NUMBER_WORDS`] as a set.
fn number_words() -> &'static FxHashSet<&'static [u8]> {
    static SET: OnceLock<FxHashSet<&'static [u8]>> = OnceLock::new();
    SET.get_or_init(|| NUMBER_WORDS.iter().map(|w| w.as_bytes()).collect())
}

/// Reads `texts` and counts; see [`Coverage`].
///
/// ```
/// use gainsay::{facts, Lexicon};
/// let c = facts::coverage(&Lexicon::builtin(), &["Daniel Okafor, 52, left. The sky was blue. Two cats sat."]);
/// assert_eq!(c.with_number, 2);
/// assert_eq!(c.with_value_fact, 1);
/// ```
pub fn coverage(lexicon: &Lexicon, texts: &[&str]) -> Coverage {
    let segmenter = Segmenter::default();
    let mut c = Coverage::default();
    for name in extractor_names() {
        c.by_extractor.insert(name, 0);
    }
    for (a, text) in texts.iter().enumerate() {
        let units = segmenter.split(text);
        let facts = super::extract(lexicon, a, text, &units);
        for f in &facts {
            *c.by_extractor.entry(f.extractor).or_insert(0) += 1;
        }
        for u in units.iter().filter(|u| u.kind.is_text()) {
            c.sentences += 1;
            let s = u.span.of(text);
            if !has_number(s) {
                continue;
            }
            c.with_number += 1;
            let here: Vec<&Fact> =
                facts.iter().filter(|f| f.sentence == u.span && matches!(f.value, FactValue::Measure(_))).collect();
            if !here.is_empty() {
                c.with_value_fact += 1;
            }
            for f in here {
                let one_line: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
                c.lines.push(format!(
                    "{a} | {one_line} | {} | {} | {} [{}]",
                    f.owner_display,
                    f.attribute,
                    f.display(text),
                    f.extractor
                ));
            }
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_count_as_numbers() {
        assert!(has_number("Seven people were hurt."));
        assert!(has_number("It cost 3bn."));
        assert!(!has_number("Someone left, and nobody stayed behind."));
    }

    #[test]
    fn words_with_accents_split_as_before() {
        // Letters outside ASCII join a word: "seventéen" is no number word, "café twelve" has one.
        assert!(!has_number("A seventéen-point plan."));
        assert!(has_number("The café hired TWELVE staff."));
        assert!(!has_number("Zoë saw thousandfold growth."));
        assert_eq!(LONGEST_NUMBER_WORD, "seventeen".len());
    }
}
