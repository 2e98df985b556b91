//! Part-of-speech tags and lemmas, learned from open treebanks.
//!
//! [`Tagger`] is an averaged perceptron (Collins 2002, the design of NLTK's and spaCy v1's
//! taggers): word, affix, shape and context features, greedy left to right, predicting the
//! Universal POS tag and the Penn Treebank tag of each word together. Its lemmatizer is a
//! table of the treebank words whose lemma is not regular, and suffix rules learned per
//! Penn tag for every other word.
//!
//! The built-in weights ([`Tagger::builtin`], `data/tagger/en.bin`) are learned from UD
//! English EWT and the CC BY genres of UD English GUM by `examples/train_tagger.rs`; see
//! NOTICE for their licences.
//!
//! ```
//! use gainsay::tag::{Tagger, Upos};
//! let tagged = Tagger::builtin().tag(&["The", "ministers", "signed", "the", "treaty", "."]);
//! assert_eq!(tagged[1].upos, Upos::Noun);
//! assert_eq!(tagged[1].lemma, "minister");
//! assert_eq!(tagged[2].xpos.as_str(), "VBD");
//! assert_eq!(tagged[2].lemma, "sign");
//! ```

mod cache;
pub mod conllu;
mod features;
mod layout;
mod lemma;
mod model;
mod store;
mod tags;
pub mod train;

pub use store::{SentenceTags, NO_ID};
pub use tags::{Upos, Xpos};

use crate::error::Result;
use cache::{WordCache, AS_NEXT1, AS_NEXT2, AS_PREV1, AS_PREV2, OWN, PAD_NEXT1, PAD_NEXT2, PAD_PREV1, PAD_PREV2};
use features::{flags_feature, mark_title_case, own_features, WordHashes, FIRST, PLACE_FLAGS, START, START2};
use model::Model;
use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;

/// The two tags of one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tag {
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn Treebank tag.
    pub xpos: Xpos,
}

/// The tags and the lemma of one word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged<'a> {
    /// Universal POS tag.
    pub upos: Upos,
    /// Penn Treebank tag.
    pub xpos: Xpos,
    /// The lemma: borrowed from the word or the tagger when it can be.
    pub lemma: Cow<'a, str>,
}

/// A POS tagger and lemmatizer. Load once, share between threads: tagging takes `&self`.
#[derive(Debug)]
pub struct Tagger {
    model: Model,
}

/// The embedded weights.
static BUILTIN_BYTES: &[u8] = include_bytes!("../../data/tagger/en.bin");

/// Bytes aligned for the tables they hold, read in place.
#[repr(C, align(8))]
struct Aligned<B: ?Sized>(B);

/// The embedded weights' rows, laid out at build time (`build.rs`, [`layout`]): the slots,
/// the short rows' entries and the dense rows, read in place by [`Tagger::builtin`].
static BUILTIN_SLOTS: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/tagger_slots.bin")));
static BUILTIN_SPARSE: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/tagger_sparse.bin")));
static BUILTIN_DENSE: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/tagger_dense.bin")));

/// Per-thread scratch, so that tagging allocates nothing once warm.
#[derive(Default)]
struct Scratch {
    lower: String,
    hashes: Vec<WordHashes>,
    /// Each word's class in the tag dictionary, if it has one.
    dict: Vec<Option<u16>>,
    scores: Vec<i16>,
    words: WordCache,
    lemmas: lemma::Memo,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The words of one sentence as the claim extractors split it ("would" "n't", "Rome" "’s",
/// "U.S." whole), as byte ranges.
///
/// ```
/// let s = "The U.S. wouldn't pay.";
/// let words: Vec<&str> = gainsay::tag::tokenize(s).into_iter().map(|r| &s[r]).collect();
/// assert_eq!(words, ["The", "U.S.", "would", "n't", "pay", "."]);
/// ```
pub fn tokenize(sentence: &str) -> Vec<std::ops::Range<usize>> {
    // A token every four bytes at most, in news text: one allocation, no regrowing.
    let mut toks = Vec::with_capacity(sentence.len() / 4 + 4);
    crate::claims::tokenize::scan_tokens(sentence, 0, sentence.len(), |t| toks.push(t.start..t.end));
    toks
}

impl Tagger {
    /// The built-in English tagger, loaded on first use and shared by all threads.
    pub fn builtin() -> &'static Tagger {
        static BUILTIN: OnceLock<Tagger> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            // Read in place; read as any weight file where the laid-out tables do not fit.
            let model = Model::builtin(BUILTIN_BYTES, &BUILTIN_SLOTS.0, &BUILTIN_SPARSE.0, &BUILTIN_DENSE.0);
            model.map_or_else(
                || Tagger::from_bytes("<builtin>", BUILTIN_BYTES).expect("the embedded tagger weights load"),
                |model| Tagger { model },
            )
        })
    }

    /// A tagger from a weight file written by [`train::train`] (or `examples/train_tagger.rs`);
    /// `name` is for error messages.
    ///
    /// ```
    /// let err = gainsay::tag::Tagger::from_bytes("mine.bin", b"not weights").unwrap_err();
    /// assert!(err.to_string().contains("mine.bin"), "{err}");
    /// ```
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Tagger> {
        Ok(Tagger { model: Model::read(name, bytes)? })
    }
    /// The tags of the words `ranges` of `sentence`: `kept` when they were tagged already
    /// and fit those words, else tagged here into `buf`. The readers that take a claim
    /// reader's kept tags fall back on this when a sentence was not read.
    pub fn kept_or_tag<'a>(
        &self,
        sentence: &str,
        ranges: &[std::ops::Range<usize>],
        kept: Option<&'a [Tag]>,
        buf: &'a mut Vec<Tag>,
    ) -> &'a [Tag] {
        match kept {
            Some(t) if t.len() == ranges.len() => t,
            _ => {
                let words: Vec<&str> = ranges.iter().map(|r| &sentence[r.clone()]).collect();
                self.tag_into(&words, buf);
                &buf[..]
            }
        }
    }

    /// The tags of `words`, one sentence, into `out` (cleared first). Allocates nothing once
    /// the thread has tagged a sentence as long.
    ///
    /// ```
    /// use gainsay::tag::{Tagger, Upos};
    /// let mut tags = Vec::new();
    /// Tagger::builtin().tag_into(&["They", "will", "vote", "on", "Monday"], &mut tags);
    /// let upos: Vec<Upos> = tags.iter().map(|t| t.upos).collect();
    /// assert_eq!(upos, [Upos::Pron, Upos::Aux, Upos::Verb, Upos::Adp, Upos::Propn]);
    /// ```
    pub fn tag_into<S: AsRef<str>>(&self, words: &[S], out: &mut Vec<Tag>) {
        out.clear();
        let run = |s: &mut Scratch, out: &mut Vec<Tag>| {
            let model = &self.model;
            s.words.use_model(model);
            s.words.start();
            s.hashes.clear();
            s.dict.clear();
            for w in words {
                let (h, dict) = s.words.read(model, w.as_ref(), &mut s.lower);
                s.hashes.push(h);
                s.dict.push(dict);
            }
            if let Some(h) = s.hashes.first_mut() {
                h.flags |= FIRST;
            }
            mark_title_case(&mut s.hashes);
            s.words.finish(model, words, &s.hashes);
            s.scores.resize(256, 0);
            let scores: &mut [i16; 256] = match (&mut s.scores[..256]).try_into() {
                Ok(a) => a,
                Err(_) => unreachable!("resized to 256"),
            };
            let (mut t1, mut t2) = (START, START2);
            for (i, &dict) in s.dict.iter().enumerate() {
                let class = match dict {
                    Some(c) => c,
                    None => {
                        let feats = own_features(&s.hashes, i, t1);
                        let pair = s.words.pair_at(model, t1, t2);
                        let c = &s.words;
                        let n = words.len();
                        // The neighbours' rows by their place, padding past the sentence's ends.
                        let prev1 = if i >= 1 { c.word_row(i - 1, AS_PREV1) } else { c.pad(PAD_PREV1) };
                        let prev2 = if i >= 2 { c.word_row(i - 2, AS_PREV2) } else { c.pad(PAD_PREV2[1 - i]) };
                        let next1 = if i + 1 < n { c.word_row(i + 1, AS_NEXT1) } else { c.pad(PAD_NEXT1) };
                        let next2 = if i + 2 < n {
                            c.word_row(i + 2, AS_NEXT2)
                        } else {
                            c.pad(PAD_NEXT2[(i + 1 == n) as usize])
                        };
                        let rows = [c.word_row(i, OWN), c.pair(pair), prev1, prev2, next1, next2];
                        // The own row holds the flags' row as in mid-sentence (see `cache`).
                        let flags = s.hashes[i].flags;
                        let swap = (flags & PLACE_FLAGS != 0)
                            .then(|| (flags_feature(flags & !PLACE_FLAGS), flags_feature(flags)));
                        model.predict_sum(rows, &feats, swap, scores)
                    }
                };
                let (upos, xpos) = self.model.classes[class as usize];
                out.push(Tag { upos, xpos });
                t2 = t1;
                t1 = class;
            }
        };
        // A thread being torn down has no scratch left: use a fresh one.
        if SCRATCH.try_with(|s| s.try_borrow_mut().map(|mut s| run(&mut s, out)).is_ok()).ok() != Some(true) {
            run(&mut Scratch::default(), out);
        }
    }

    /// The tags and lemmas of `words`, one sentence.
    pub fn tag<'a, S: AsRef<str>>(&'a self, words: &'a [S]) -> Vec<Tagged<'a>> {
        let mut tags = Vec::with_capacity(words.len());
        self.tag_into(words, &mut tags);
        words
            .iter()
            .zip(tags)
            .map(|(w, t)| Tagged { upos: t.upos, xpos: t.xpos, lemma: self.lemma(w.as_ref(), t.xpos) })
            .collect()
    }

    /// The lemma of `word` tagged `xpos`: "children" NNS → "child", "was" VBD → "be".
    ///
    /// ```
    /// use gainsay::tag::{Tagger, Xpos};
    /// assert_eq!(Tagger::builtin().lemma("children", Xpos::Nns), "child");
    /// assert_eq!(Tagger::builtin().lemma("remanded", Xpos::Vbn), "remand");
    /// ```
    pub fn lemma<'a>(&'a self, word: &'a str, xpos: Xpos) -> Cow<'a, str> {
        let compute = || self.model.lemmatizer.lemma(word, xpos);
        let memo = |s: &RefCell<Scratch>| {
            s.try_borrow_mut().ok().map(|mut s| s.lemmas.lemma(self.model.id(), word, xpos, compute))
        };
        // A thread being torn down has no memo left.
        match SCRATCH.try_with(memo) {
            Ok(Some(l)) => l,
            _ => self.model.lemmatizer.lemma(word, xpos),
        }
    }

    /// Tokenizes one sentence as the claim extractors do and tags it: each word with its
    /// byte range in `sentence`.
    ///
    /// ```
    /// use gainsay::tag::Tagger;
    /// let out = Tagger::builtin().tag_text("Italy wouldn't send troops.");
    /// let words: Vec<&str> = out.iter().map(|(r, _)| &"Italy wouldn't send troops."[r.clone()]).collect();
    /// assert_eq!(words, ["Italy", "would", "n't", "send", "troops", "."]);
    /// assert_eq!(out[2].1.lemma, "not");
    /// ```
    pub fn tag_text<'a>(&'a self, sentence: &'a str) -> Vec<(std::ops::Range<usize>, Tagged<'a>)> {
        let ranges = tokenize(sentence);
        let words: Vec<&'a str> = ranges.iter().map(|r| &sentence[r.clone()]).collect();
        let mut tags = Vec::with_capacity(words.len());
        self.tag_into(&words, &mut tags);
        ranges
            .into_iter()
            .zip(words)
            .zip(tags)
            .map(|((r, w), tag)| (r, Tagged { upos: tag.upos, xpos: tag.xpos, lemma: self.lemma(w, tag.xpos) }))
            .collect()
    }

    /// The (UPOS, XPOS) pairs the tagger predicts, most frequent in training first.
    pub fn classes(&self) -> impl Iterator<Item = Tag> + '_ {
        self.model.classes.iter().map(|&(upos, xpos)| Tag { upos, xpos })
    }
}
