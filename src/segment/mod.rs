//! Stage 1: split an article into units — sentences, headings and scraping noise — as byte
//! spans into the original text.
//!
//! The pipeline, per article:
//!
//! 1. **Script**: find the script most letters are written in, so that lines in another
//!    one (a Hebrew caption in an English article) can be marked as noise.
//! 2. **Lines**: a line break always ends a unit (`\n`, `\r\n`, `\r`, U+2028, U+2029; a
//!    leading BOM is skipped). Scraped news carries one paragraph per line.
//! 3. **Noise**: each line is checked against anchored, conservative rules (bylines,
//!    captions, links, footers, timestamps, bare URLs, foreign script); a noise line is one
//!    unit of kind [`UnitKind::Noise`].
//! 4. **Sentences**: other lines are cut at sentence boundaries by a byte scanner that
//!    knows abbreviations, initials, numbers, URLs, ellipses, lists, quotes and brackets.
//!    A line that is one unit without final punctuation is a [`UnitKind::Heading`].
//!
//! Abbreviations, sentence starters and noise cues are data (`data/segment/*.toml`),
//! extendable with [`Segmenter::add_abbreviation`] and friends.
//!
//! ```
//! use gainsay::segment::{self, UnitKind};
//! let text = "Italy says no\n\nU.S. officials met on Friday. Rome said no.";
//! let units = segment::split(text);
//! let texts: Vec<&str> = units.iter().map(|u| u.span.of(text)).collect();
//! assert_eq!(texts, ["Italy says no", "U.S. officials met on Friday.", "Rome said no."]);
//! assert_eq!(units[0].kind, UnitKind::Heading);
//! ```

mod boundary;
mod chars;
mod lists;
mod noise;
mod pairs;
mod script;
mod words;

pub use noise::NOISE_TOML;
pub use words::{AbbreviationClass, ABBREVIATIONS_TOML, WORDS_TOML};

use crate::{Result, Span};
use noise::{LineClass, NoiseRules};
use serde::{Deserialize, Serialize};
use std::sync::{Arc, OnceLock};
use words::Words;

/// One unit of an article: a sentence, a heading, or a line of scraping noise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte range of the unit in the article, trimmed of surrounding white space.
    pub span: Span,
    /// What the unit is.
    pub kind: UnitKind,
}

/// What a unit of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// A sentence of running text: claims are read from it.
    Sentence,
    /// A line without final punctuation: a headline or section heading.
    Heading,
    /// Scraping noise, kept out of claims.
    Noise(NoiseKind),
}

/// Why a unit is scraping noise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoiseKind {
    /// "By Staff, Agencies", "(Reporting by …)".
    Byline,
    /// Photo credits and captions: "(Photo: Reuters)".
    Caption,
    /// Gallery and media widgets: "1 View gallery".
    Media,
    /// Links to other pages: "Read more: …", "Related: …".
    Link,
    /// "Advertisement" and similar.
    Advertisement,
    /// Comment-policy and subscription footers.
    Boilerplate,
    /// A bare URL.
    Url,
    /// A line in a script other than the article's.
    ForeignScript,
    /// A dateline or timestamp line on its own.
    Timestamp,
    /// A line of symbols only, such as "—" or "* * *".
    Separator,
}

impl UnitKind {
    /// The name used in JSON output: `sentence`, `heading` or `noise`.
    pub fn name(&self) -> &'static str {
        match self {
            UnitKind::Sentence => "sentence",
            UnitKind::Heading => "heading",
            UnitKind::Noise(_) => "noise",
        }
    }

    /// True for units that claims are read from (sentences and headings).
    pub fn is_text(&self) -> bool {
        !matches!(self, UnitKind::Noise(_))
    }
}

/// The lists a segmenter reads; shared between clones until one is changed.
#[derive(Debug, Clone)]
struct Rules {
    words: Words,
    noise: NoiseRules,
}

/// Splits text into units. Cheap to clone; build once and reuse.
///
/// ```
/// use gainsay::segment::{AbbreviationClass, Segmenter, UnitKind};
/// let text = "By Staff, Agencies\nThe Gov. met Supt. Reyes. He said no.";
/// let seg = Segmenter::new().with_abbreviations(AbbreviationClass::Prefix, ["Supt."]);
/// let units = seg.split(text);
/// let texts: Vec<&str> = units.iter().map(|u| u.span.of(text)).collect();
/// assert_eq!(texts, ["By Staff, Agencies", "The Gov. met Supt. Reyes.", "He said no."]);
/// assert!(!units[0].kind.is_text());
/// ```
#[derive(Debug, Clone)]
pub struct Segmenter {
    rules: Arc<Rules>,
}

impl Default for Segmenter {
    /// The segmenter with the built-in lists (shared, so this is cheap).
    fn default() -> Segmenter {
        shared().clone()
    }
}

/// The built-in segmenter, built once.
fn shared() -> &'static Segmenter {
    static SHARED: OnceLock<Segmenter> = OnceLock::new();
    SHARED
        .get_or_init(|| Segmenter { rules: Arc::new(Rules { words: Words::builtin(), noise: NoiseRules::builtin() }) })
}

/// Reusable buffers for one call of [`Segmenter::split_into`].
#[derive(Default)]
struct Scratch {
    pairs: pairs::Pairs,
    items: Vec<usize>,
    cuts: Vec<usize>,
}

impl Segmenter {
    /// The segmenter with the built-in lists; the same as [`Segmenter::default`].
    pub fn new() -> Segmenter {
        Segmenter::default()
    }

    /// Adds `word` (any case, with or without its final period: "Supt." or "supt") as an
    /// abbreviation of `class`, replacing the class of a word already known.
    pub fn add_abbreviation(&mut self, word: &str, class: AbbreviationClass) {
        Arc::make_mut(&mut self.rules).words.add_abbreviation(word, class);
    }

    /// This segmenter with `words` added as abbreviations of `class`.
    pub fn with_abbreviations<I, S>(mut self, class: AbbreviationClass, words: I) -> Segmenter
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for w in words {
            self.add_abbreviation(w.as_ref(), class);
        }
        self
    }

    /// Adds the abbreviations of a TOML file in the format of the built-in list
    /// ([`ABBREVIATIONS_TOML`]: tables `prefix`, `before_number`, `ambiguous`, `time`, each
    /// with a `words` array). `name` is used in error messages.
    pub fn merge_abbreviations_toml(&mut self, name: &str, text: &str) -> Result<()> {
        Arc::make_mut(&mut self.rules).words.merge_abbreviations(name, text)
    }

    /// Adds a word that typically starts a sentence, so that an ambiguous abbreviation
    /// before it ends the sentence ("… the U.S. Yesterday").
    pub fn add_sentence_starter(&mut self, word: &str) {
        Arc::make_mut(&mut self.rules).words.add_starter(word);
    }

    /// The class of an abbreviation (any case, with or without its final period), if known.
    pub fn abbreviation_class(&self, word: &str) -> Option<AbbreviationClass> {
        self.rules.words.abbreviation(words::normalize(word)?.as_str())
    }

    /// The units of `text`, in order.
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        let mut out = Vec::with_capacity(text.len() / 128 + 1);
        self.split_into(text, &mut out);
        out
    }

    /// Appends the units of `text` to `out`, reusing its allocation.
    pub fn split_into(&self, text: &str, out: &mut Vec<Sentence>) {
        let dominant = script::dominant(text);
        let mut scratch = Scratch::default();
        let b = text.as_bytes();
        let mut pos = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        // The Unicode line and paragraph separators are rare: look for them only when present.
        let separators = memchr::memmem::find(b, "\u{2028}".as_bytes()).is_some()
            || memchr::memmem::find(b, "\u{2029}".as_bytes()).is_some();
        // A heading line just before a photo credit is that photo's caption.
        let mut last_heading: Option<usize> = None;
        while pos < b.len() {
            let (end, next) = line_end(b, pos, separators);
            last_heading = self.line(text, pos, end, dominant, last_heading, &mut scratch, out);
            pos = next;
        }
    }

    /// Splits the line `text[start..end]` into `out`; returns the index of its unit when it
    /// is a single heading.
    #[allow(clippy::too_many_arguments)]
    fn line(
        &self,
        text: &str,
        start: usize,
        end: usize,
        dominant: script::Script,
        last_heading: Option<usize>,
        scratch: &mut Scratch,
        out: &mut Vec<Sentence>,
    ) -> Option<usize> {
        let raw = &text[start..end];
        let line = raw.trim();
        if line.is_empty() {
            return None;
        }
        let start = start + (raw.len() - raw.trim_start().len());
        let end = start + line.len();
        match self.rules.noise.classify(line, &self.rules.words, dominant) {
            LineClass::Noise(kind) => {
                if kind == NoiseKind::Caption && line.starts_with('(') {
                    if let Some(i) = last_heading {
                        out[i].kind = UnitKind::Noise(NoiseKind::Caption);
                    }
                }
                out.push(Sentence { span: Span::new(start, end), kind: UnitKind::Noise(kind) });
                None
            }
            LineClass::TextThenCredit(at, kind) => {
                self.sentences(text, start, start + at, scratch, out);
                push_trimmed(text, start + at, end, UnitKind::Noise(kind), out);
                None
            }
            LineClass::Text => {
                let first = out.len();
                self.sentences(text, start, end, scratch, out);
                (out.len() == first + 1 && out[first].kind == UnitKind::Heading).then_some(first)
            }
        }
    }

    /// Cuts the text `text[start..end]` of one line into sentences.
    fn sentences(&self, text: &str, start: usize, end: usize, scratch: &mut Scratch, out: &mut Vec<Sentence>) {
        scratch.pairs.find_regions(text, start, end);
        scratch.items.clear();
        lists::item_starts(text, start, end, &mut scratch.items);
        scratch.cuts.clear();
        boundary::LineCuts::find(
            text,
            &self.rules.words,
            start,
            end,
            &scratch.pairs.regions,
            &scratch.items,
            &mut scratch.cuts,
        );
        let first = out.len();
        let mut prev = start;
        for &c in scratch.cuts.iter().chain([end].iter()) {
            push_trimmed(text, prev, c, UnitKind::Sentence, out);
            prev = c;
        }
        // A line that is one unit without final punctuation is a heading.
        if out.len() == first + 1 && !chars::ends_like_sentence(out[first].span.of(text)) {
            out[first].kind = UnitKind::Heading;
        }
    }
}

/// The end of the line that starts at `pos`, and the start of the next one: a line ends at
/// `\n`, `\r\n` or `\r`, and also at U+2028 and U+2029 when `separators` is set.
fn line_end(b: &[u8], pos: usize, separators: bool) -> (usize, usize) {
    let rest = &b[pos..];
    let found = if separators {
        memchr::memchr3(b'\n', b'\r', 0xE2, rest).and_then(|k| {
            let mut k = k;
            loop {
                let at = &rest[k..];
                if at[0] != 0xE2 || at.starts_with("\u{2028}".as_bytes()) || at.starts_with("\u{2029}".as_bytes()) {
                    return Some(k);
                }
                k += 1 + memchr::memchr3(b'\n', b'\r', 0xE2, &rest[k + 1..])?;
            }
        })
    } else {
        memchr::memchr2(b'\n', b'\r', rest)
    };
    let Some(k) = found else { return (b.len(), b.len()) };
    let end = pos + k;
    let len = match b[end] {
        b'\r' if b.get(end + 1) == Some(&b'\n') => 2,
        b'\n' | b'\r' => 1,
        _ => 3,
    };
    (end, end + len)
}

/// Pushes `text[start..end]`, trimmed, unless it is only white space.
fn push_trimmed(text: &str, start: usize, end: usize, kind: UnitKind, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let trimmed = piece.trim_start();
    let s = start + (piece.len() - trimmed.len());
    let trimmed = trimmed.trim_end();
    if !trimmed.is_empty() {
        out.push(Sentence { span: Span::new(s, s + trimmed.len()), kind });
    }
}

/// The units of `text` with the built-in segmenter.
pub fn split(text: &str) -> Vec<Sentence> {
    shared().split(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text).iter().map(|u| u.span.of(text)).collect()
    }

    fn kinds(text: &str) -> Vec<UnitKind> {
        split(text).iter().map(|u| u.kind).collect()
    }

    #[test]
    fn a_line_break_always_ends_a_unit() {
        assert_eq!(texts("Floods in Galati\nThe river rose"), ["Floods in Galati", "The river rose"]);
        assert_eq!(
            texts("One.\r\nTwo.\rThree.\u{2028}Four.\u{2029}Five."),
            ["One.", "Two.", "Three.", "Four.", "Five."]
        );
        assert_eq!(texts("\u{feff}Headline\n\n  Body text.  \n"), ["Headline", "Body text."]);
        // A line inside a sentence still ends it: scraped news has one paragraph per line.
        assert_eq!(texts("The minister said\nthat talks failed."), ["The minister said", "that talks failed."]);
        assert!(split("").is_empty() && split(" \n\r\n\t").is_empty());
    }

    #[test]
    fn headings_are_lines_without_final_punctuation() {
        use UnitKind::*;
        assert_eq!(kinds("Key facts\nThe deal was signed.\nWhat next?"), [Heading, Sentence, Sentence]);
        // Pieces of a line that holds several units are sentences.
        assert_eq!(kinds("1) one 2) two"), [Sentence, Sentence]);
        // Near miss: a quote or bracket after the stop still ends like a sentence.
        assert_eq!(kinds("“We won.”\n(It rained.)"), [Sentence, Sentence]);
    }

    #[test]
    fn a_heading_before_a_photo_credit_is_its_caption() {
        let caption = UnitKind::Noise(NoiseKind::Caption);
        assert_eq!(kinds("Delegates at the summit\n(Photo: AFP)")[0], caption);
        // Near miss: a blank line in between keeps the heading.
        assert_eq!(kinds("Summit opens\n\n(Photo: AFP)")[0], UnitKind::Heading);
    }

    #[test]
    fn trailing_credit_is_its_own_unit() {
        let text = "Floods killed 23 people. Many fled. (Reporting by Ana Vlad)";
        assert_eq!(texts(text), ["Floods killed 23 people.", "Many fled.", "(Reporting by Ana Vlad)"]);
        assert_eq!(kinds(text)[2], UnitKind::Noise(NoiseKind::Byline));
    }

    #[test]
    fn users_extend_the_lists() {
        let text = "He met Insp. Gadget. Cllr. Ames left.";
        assert_eq!(texts(text), ["He met Insp. Gadget.", "Cllr. Ames left."]);
        let mut seg = Segmenter::new();
        assert_eq!(seg.split("She joined Smith Bros. Yesterday it rained.").len(), 1);
        seg.add_sentence_starter("Yesterday");
        assert_eq!(seg.split("She joined Smith Bros. Yesterday it rained.").len(), 2);
        seg.add_abbreviation("Ald.", AbbreviationClass::Prefix);
        assert_eq!(seg.abbreviation_class("ALD"), Some(AbbreviationClass::Prefix));
        seg.merge_abbreviations_toml("mine.toml", "[before_number]\nwords = [\"cap\"]\n").unwrap();
        assert_eq!(seg.split("See Cap. 5 of the law.").len(), 1);
        assert!(seg.merge_abbreviations_toml("bad.toml", "[prefix]\nwords = \"x\"").is_err());
        // The shared default is not changed by a user's additions.
        assert_eq!(Segmenter::default().abbreviation_class("cap"), None);
        let seg = Segmenter::new().with_abbreviations(AbbreviationClass::Ambiguous, ["Bros"]);
        assert_eq!(seg.abbreviation_class("bros."), Some(AbbreviationClass::Ambiguous));
    }

    #[test]
    fn segmenter_is_shareable() {
        fn check<T: Send + Sync + Clone + Default>() {}
        check::<Segmenter>();
    }

    #[test]
    fn split_into_appends() {
        let mut out = split("First.");
        Segmenter::default().split_into("Second. Third.", &mut out);
        assert_eq!(out.len(), 3);
        assert_eq!(out[2].span, Span::new(8, 14));
    }
}
