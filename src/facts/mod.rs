//! Facts: each value a sentence writes, attached to what it measures and whose it is.
//!
//! The keyed path groups claims by their verb; the aligned path compares values of
//! sentences that look alike. Neither knows *whose* value it is. Here every typed value
//! ([`values`](crate::values)) becomes a [`Fact`] with an **owner** (the clause's subject,
//! a possessor, an apposition, or — within one article — the entity a pronoun, "the
//! company" or "the 24-year-old" stands for) and an **attribute** read from the grammar
//! around it (the noun before "of", the noun the value qualifies, the verb that governs
//! it, or the dimension itself for ages, scores and magnitudes). Attributes that hold one
//! value at a time (a company's chief executive, a match's winner, a summit's venue) are
//! data (`data/facts/attributes.toml`) and give facts whose value is a name.
//!
//! Two facts conflict when they have the same owner and attribute and values that cannot
//! both hold: across articles, or inside one (a self-contradiction).
//!
//! ```
//! use gainsay::{facts, Lexicon};
//! let lexicon = Lexicon::builtin();
//! let text = "Brannock Rovers agreed a fee of €35m for the striker. Daniel Okafor, 24, \
//!             signed a four-year contract.";
//! let found = facts::read(&lexicon, 0, text);
//! let fee = found.iter().find(|f| f.attribute == "fee").unwrap();
//! assert_eq!(fee.owner, "brannock rovers");
//! let age = found.iter().find(|f| f.attribute == "age").unwrap();
//! assert_eq!(age.owner, "daniel okafor");
//! ```

mod base;
mod cue;
mod currency;
mod data;
mod detect;
mod measure;
pub(crate) mod nationality;
mod owner;
pub(crate) mod posts;
mod region;
mod single;
mod stats;
mod vote;

pub use detect::{conflicts, FactConflict};
pub use stats::{coverage, Coverage};

use crate::segment::{Segmenter, Sentence};
use crate::tag::{SentenceTags, Tagger, Upos, Xpos};
use crate::values::{self, Context, Dimension, ValueMention};
use crate::{Lexicon, Span};
use owner::{Entity, Memory};
use std::rc::Rc;

pub(crate) use detect::push_conflicts;

/// What a fact says.
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    /// A typed value: an amount, a measure, an age, a score.
    Measure(ValueMention),
    /// A name: the holder of an office, a winner, a venue.
    Name {
        /// The comparison key, folded ("daniel okafor", "accra").
        key: String,
        /// As written.
        display: String,
    },
    /// An office a person holds: "chief operating officer", of an organisation when the
    /// text names it (folded, or empty).
    Post {
        /// The office as read, with its ranks and portfolio: "deputy finance minister".
        office: String,
        /// What is compared, the office with its ranks: "deputy minister".
        key: String,
        /// The organisation's key, or "".
        scope: String,
    },
}

/// One value attached to its owner and attribute.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// The article's index.
    pub article: usize,
    /// The sentence.
    pub sentence: Span,
    /// The words the value was read from.
    pub span: Span,
    /// Whose it is, as a comparison key ("daniel okafor", "united states", "contract").
    pub owner: String,
    /// The owner as written (or as first named, when a pronoun stood for it).
    pub owner_display: String,
    /// What it measures: "age", "fee", "price per share", "chief executive".
    pub attribute: String,
    /// The value.
    pub value: FactValue,
    /// The extractor that read it.
    pub extractor: &'static str,
    /// True when the attribute holds one value at a time (names), or the value is a
    /// measure (an owner has one age, one fee).
    pub single: bool,
    /// The sentence is hedged by a modal or a condition: never compared.
    pub modal: bool,
    /// Content lemmas of the sentence, sorted, for how alike two sentences are.
    pub(crate) context: Vec<u64>,
    /// For an event named by a common noun: the places its sentence names (keys), to tell
    /// two countries' budgets apart.
    pub(crate) places: Vec<String>,
    /// For a place as a value: the places it lies within (a city's country), which name it
    /// too.
    pub(crate) within: Vec<String>,
    /// For an event named by a common noun: the words before it that say which one it is
    /// ("presidential" of "the presidential election"), to tell two events of a kind apart.
    pub(crate) qualifiers: Vec<String>,
}

impl Fact {
    /// The value for display.
    pub fn display(&self, text: &str) -> String {
        match &self.value {
            FactValue::Measure(v) => v.display(text),
            FactValue::Name { display, .. } => display.clone(),
            FactValue::Post { office, .. } => office.clone(),
        }
    }
}

/// A word of a sentence as the extractors see it. What is read of the word as written
/// under its tag ([`TokWord`]: its lower case, lemma, cues) is shared by every token of that
/// word and tag, and reached through the token (`Deref`): `t.lower`, `t.lemma`.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    /// Byte span in the article.
    pub span: Span,
    /// As written, borrowed from the article.
    pub word: &'a str,
    pub upos: Upos,
    pub xpos: Xpos,
    read: Rc<TokWord>,
}

impl std::ops::Deref for Tok<'_> {
    type Target = TokWord;

    fn deref(&self) -> &TokWord {
        &self.read
    }
}

/// What is read of a word as written under one tag, once per check ([`Lemmas`]).
#[derive(Debug)]
pub(crate) struct TokWord {
    /// Lower case.
    pub lower: Rc<str>,
    /// The lemma in lower case.
    pub lemma: Rc<str>,
    /// What the extractors look for in it ([`cue`]).
    pub cue: u32,
    /// The lemma's hash, for a sentence's [`Sent::context`].
    pub hash: u64,
    /// The word in lower case holds a hyphen.
    pub hyphen: bool,
    /// What the word opens of an office's name ([`posts::opening`]), when it has no hyphen.
    pub opening: Option<&'static posts::Opening>,
    /// The country the word names as a demonym ([`nationality::demonym_of`]), when it is
    /// capitalised.
    pub demonym: Option<&'static str>,
    /// The currency the word names ([`currency::currency_word`]).
    pub currency: Option<&'static str>,
}

/// A value and the words it covers.
#[derive(Debug, Clone)]
pub(crate) struct Val {
    pub mention: ValueMention,
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
}

/// One sentence, tagged, with its values and named entities.
#[derive(Debug)]
pub(crate) struct Sent<'a> {
    _text: std::marker::PhantomData<&'a str>,
    /// The lexicon the check reads with: which names are places, and where.
    pub lexicon: &'a Lexicon,
    pub article: usize,
    pub span: Span,
    pub toks: Vec<Tok<'a>>,
    pub values: Vec<Val>,
    pub entities: Vec<Entity>,
    /// The offices written in it, left to right ([`posts::Posts`]'s).
    pub titles: Vec<posts::Title>,
    /// The tokens a form of a single-valued attribute may start at, in order.
    pub form_starts: Vec<usize>,
    pub modal: bool,
    pub context: Vec<u64>,
    /// The [`cue`]s of its words, together.
    pub cues: u32,
}

impl Sent<'_> {
    /// The lower-case word at `i`, or "" past either end.
    pub fn lower(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &*t.lower)
    }

    /// The entity that ends just before token `end`.
    pub fn entity_ending(&self, end: usize) -> Option<&Entity> {
        self.entities.iter().find(|e| e.end == end)
    }

    /// The entity that starts at token `start`.
    pub fn entity_at(&self, start: usize) -> Option<&Entity> {
        self.entities.iter().find(|e| e.start == start)
    }

    /// A fact of this sentence.
    #[allow(clippy::too_many_arguments)]
    pub fn fact(
        &self,
        extractor: &'static str,
        owner: &Entity,
        attribute: String,
        value: FactValue,
        span: Span,
    ) -> Fact {
        Fact {
            article: self.article,
            sentence: self.span,
            span,
            owner: owner.key.to_string(),
            owner_display: owner.display.to_string(),
            attribute,
            single: true,
            value,
            extractor,
            modal: self.modal,
            context: self.context.clone(),
            places: Vec::new(),
            within: Vec::new(),
            qualifiers: Vec::new(),
        }
    }
}

/// Reads facts from one sentence. A new kind of fact is one more extractor and its data.
pub(crate) trait Extractor: Sync {
    /// The name reported in statistics.
    fn name(&self) -> &'static str;
    /// Appends the facts of `s` to `out`; `memory` holds what the article named before.
    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>);
}

/// Every extractor, in the order they run. Value extractors first: each value is read by
/// the first extractor that claims it.
pub(crate) fn extractors() -> &'static [&'static dyn Extractor] {
    &[
        &measure::Values,
        &single::Roles,
        &posts::Posts,
        &single::Winner,
        &single::Venue,
        &single::Destination,
        &single::Capital,
        &single::Verdict,
        &single::Buyer,
        &single::Agent,
        &base::Base,
        &vote::Votes,
        &region::Regions,
        &nationality::Nationality,
        &currency::Currencies,
    ]
}

/// True when `lemma` names those who act: a firm or body ("carrier", "regulator") or a
/// person in a role ("minister", "striker"), from the coreference nouns of the built-in data.
pub(crate) fn is_agent_noun(lemma: &str) -> bool {
    let d = data::Data::builtin();
    d.org_nouns.contains(lemma) || d.person_nouns.contains(lemma)
}

/// The names of the extractors, for statistics.
pub fn extractor_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = measure::NAMES.to_vec();
    names.extend(extractors().iter().skip(1).map(|e| e.name()));
    names
}

/// The facts of one article; `units` are its sentences ([`Segmenter::split`]) and
/// `article` its index.
pub fn extract(lexicon: &Lexicon, article: usize, text: &str, units: &[Sentence]) -> Vec<Fact> {
    extract_tagged(lexicon, article, text, units, None)
}

/// [`extract`], with the tags of the sentences the claim reader already tagged (see
/// [`SentenceTags`]): a sentence found there is not tagged again.
pub fn extract_tagged(
    lexicon: &Lexicon,
    article: usize,
    text: &str,
    units: &[Sentence],
    tags: Option<&SentenceTags>,
) -> Vec<Fact> {
    extract_with(lexicon, article, text, units, tags, &mut Scanned::default(), &mut Memo::default())
}

/// What the aligned path read already, taken rather than read again: the values of
/// sentences by (article, start, end), and articles' datelines by index (`None`: not read).
#[derive(Default)]
pub(crate) struct Scanned {
    pub values: rustc_hash::FxHashMap<(usize, usize, usize), Vec<ValueMention>>,
    pub datelines: Vec<Option<Option<values::CalendarDate>>>,
}

/// What is read once per word or name and kept across the articles of a check.
#[derive(Default)]
pub(crate) struct Memo {
    pub lemmas: Lemmas,
    pub names: owner::Names,
    gate: GateWords,
}

/// By tag and word as written: the word in lower case, its lemma in lower case under the
/// tag, and what the extractors read of them ([`TokWord`]); kept across the articles of a
/// check: the same words come back in every article. Shared (`Rc`), so that a word's tokens
/// take them without copying: one look-up a token.
#[derive(Default)]
pub(crate) struct Lemmas {
    /// By word as written: what is read of it whatever its tag, and what its tokens read
    /// under each tag it came with.
    words: rustc_hash::FxHashMap<Box<str>, Entry>,
}

/// What [`Lemmas`] keeps of a word as written.
struct Entry {
    word: Word,
    /// What its tokens read, by tag: most words come with one tag or two.
    tags: Vec<(Xpos, Rc<TokWord>)>,
}

/// What is read of a word as written, whatever its tag.
#[derive(Clone)]
struct Word {
    lower: Rc<str>,
    /// Its cues whatever its tag ([`cue::of_word`]).
    cue: u32,
    hyphen: bool,
    opening: Option<&'static posts::Opening>,
    demonym: Option<&'static str>,
    currency: Option<&'static str>,
}

impl Word {
    fn read(word: &str) -> Word {
        let lower: Rc<str> = if word.is_ascii() { word.to_ascii_lowercase() } else { word.to_lowercase() }.into();
        let hyphen = lower.as_bytes().contains(&b'-');
        let opening = if hyphen { None } else { posts::opening(&lower) };
        let title = hyphen || opening.is_some() || &*lower == "officer";
        // [`nationality::demonym_at`] reads capitalised words only.
        let demonym =
            word.chars().next().is_some_and(char::is_uppercase).then(|| nationality::demonym_of(word)).flatten();
        Word {
            hyphen,
            opening,
            cue: cue::of_word(&lower, demonym.is_some(), title),
            demonym,
            currency: currency::currency_word(&lower),
            lower,
        }
    }
}

impl Lemmas {
    #[cfg(test)]
    fn get(&mut self, tagger: &Tagger, word: &str, xpos: Xpos) -> String {
        self.read(tagger, word, xpos).lemma.to_string()
    }

    /// What is read of the word and of its lemma under `xpos`, one look-up for both.
    fn read(&mut self, tagger: &Tagger, word: &str, xpos: Xpos) -> Rc<TokWord> {
        let w = match self.words.get(word) {
            Some(e) => match e.tags.iter().find(|(x, _)| *x == xpos) {
                Some((_, read)) => return read.clone(),
                None => e.word.clone(),
            },
            None => Word::read(word),
        };
        let lemma = tagger.lemma(word, xpos);
        // Most lemmas are in lower case ASCII already.
        let lemma: Rc<str> = if lemma.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
            lemma.into()
        } else {
            lemma.to_lowercase().into()
        };
        let read = Rc::new(TokWord {
            hash: hash(&lemma),
            cue: cue::of(&w.lower, &lemma) | w.cue,
            lemma,
            lower: w.lower.clone(),
            hyphen: w.hyphen,
            opening: w.opening,
            demonym: w.demonym,
            currency: w.currency,
        });
        match self.words.get_mut(word) {
            Some(e) => e.tags.push((xpos, read.clone())),
            None => {
                self.words.insert(word.into(), Entry { word: w, tags: vec![(xpos, read.clone())] });
            }
        }
        read
    }
}

/// [`extract_tagged`], taking the values of sentences from `scanned` and the lemmas and
/// names from `memo` where they are.
pub(crate) fn extract_with(
    lexicon: &Lexicon,
    article: usize,
    text: &str,
    units: &[Sentence],
    tags: Option<&SentenceTags>,
    scanned: &mut Scanned,
    memo: &mut Memo,
) -> Vec<Fact> {
    // Reading a dateline scans the article's head: the aligner's reading is taken.
    let read = scanned.datelines.get(article).copied().flatten();
    let context = Context { dateline: read.unwrap_or_else(|| values::dateline(text)) };
    let mut memory = Memory::default();
    let mut out = Vec::new();
    let units: Vec<&Sentence> = units.iter().filter(|u| u.kind.is_text()).collect();
    let gates: Vec<Gate> = units.iter().map(|u| gate(text, u.span, &mut memo.gate)).collect();
    // The names of a sentence that is not read only feed the memory of later sentences
    // read: after the article's last sentence read, nothing asks the memory again.
    let last = gates.iter().rposition(|g| *g == Gate::Read);
    for (k, (u, g)) in units.iter().zip(gates).enumerate() {
        memory.heading = u.kind == crate::segment::UnitKind::Heading;
        match g {
            Gate::Skip => continue,
            Gate::Names => {
                if last.is_some_and(|l| k < l) {
                    memory.note_names(lexicon, &mut memo.names, text, u.span);
                }
                continue;
            }
            Gate::Read => {}
        }
        let known = Known { tags, scanned: &mut *scanned, memo: &mut *memo };
        let Some(s) = read_sent(lexicon, article, text, u.span, known, &context, &mut memory) else { continue };
        for e in extractors() {
            e.extract(&s, &memory, &mut out);
        }
        memory.remember(&s);
    }
    out
}

/// What [`extract_with`] does with one sentence, decided before reading any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gate {
    /// Nothing: not a sentence of the text, or too long to be one.
    Skip,
    /// No fact can stand in it: only its names are noted, for later sentences' "he".
    Names,
    /// Tagged and read by every extractor.
    Read,
}

fn gate(text: &str, span: Span, words: &mut GateWords) -> Gate {
    match text.get(span.start..span.end) {
        // Sentences of news are short; a longer "sentence" is a table or a list, and reading
        // it here would cost more than linear time.
        None => Gate::Skip,
        Some(s) if s.len() > MAX_SENTENCE => Gate::Skip,
        Some(s) if words.worth_tagging(s) => Gate::Read,
        Some(_) => Gate::Names,
    }
}

/// [`worth_tagging`] of ASCII sentences, word by word, each word as written read once per
/// check: the gate looks at every sentence of every article, and the same few thousand
/// words make up most of them.
#[derive(Default)]
struct GateWords {
    /// By word as written: whether it alone makes its sentence worth tagging.
    worth: rustc_hash::FxHashMap<Box<str>, bool>,
    /// Whether the empty word (between two separators: ", ") is, read once.
    empty: Option<bool>,
}

/// The words [`GateWords`] keeps before it starts again: it never grows without bound.
const GATE_KEPT: usize = 1 << 16;

impl GateWords {
    /// Whether `sentence` is [`worth_tagging`]. In ASCII, its letter runs (where
    /// [`stats::has_number`] looks for number words) lie within its words (runs of letters,
    /// digits and hyphens): a sentence is worth tagging when one of its words is, alone.
    fn worth_tagging(&mut self, sentence: &str) -> bool {
        let b = sentence.as_bytes();
        // A digit makes any sentence worth tagging ([`stats::has_number`]): a sentence with
        // a figure needs no word looked up.
        if has_digit(b) {
            return true;
        }
        if !sentence.is_ascii() {
            return worth_tagging(sentence);
        }
        let shapes = Shapes::builtin();
        let separator = |c: &u8| WORD_BYTES[usize::from(*c)] == 0;
        // Between two separators, at the start or at the end stands the empty word: when it
        // is worth tagging (it is not), a sentence that holds it is; else runs of
        // separators are passed over whole below.
        if *self.empty.get_or_insert_with(|| worth_tagging(""))
            && (b.first().is_none_or(separator)
                || b.last().is_some_and(separator)
                || b.windows(2).any(|p| separator(&p[0]) && separator(&p[1])))
        {
            return true;
        }
        let n = b.len();
        let mut i = 0;
        loop {
            while i < n && separator(&b[i]) {
                i += 1;
            }
            if i == n {
                return false;
            }
            // One table look-up a byte: whether it is part of a word, and a hyphen.
            let start = i;
            let mut class = 0;
            while i < n {
                let c = WORD_BYTES[usize::from(b[i])];
                if c == 0 {
                    break;
                }
                class |= c;
                i += 1;
            }
            // Without a digit or a hyphen, a word is letters alone: worth tagging only when
            // it is one of the few words [`Shapes`] holds the shape of.
            if class & HYPHEN == 0 && !shapes.may_hold(&b[start..i]) {
                continue;
            }
            let w = &sentence[start..i];
            // Most words were seen before: one look-up each.
            let worth = match self.worth.get(w) {
                Some(&worth) => worth,
                None => {
                    let worth = worth_tagging(w);
                    if self.worth.len() >= GATE_KEPT {
                        self.worth.clear();
                    }
                    self.worth.insert(w.into(), worth);
                    worth
                }
            };
            if worth {
                return true;
            }
        }
    }
}

/// [`WORD_BYTES`]: a byte of a word (an ASCII letter, digit or hyphen).
const WORD: u8 = 1;
/// [`WORD_BYTES`]: a hyphen.
const HYPHEN: u8 = 2;

/// What each byte is to [`GateWords`]: [`WORD`], and [`HYPHEN`] too for '-'; 0 for the
/// rest, which separate words.
const WORD_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() {
            t[c] = WORD;
        }
        c += 1;
    }
    t[b'-' as usize] = WORD | HYPHEN;
    t
};

/// Whether `b` holds an ASCII digit, sixteen bytes at a time: a block is folded whole,
/// without a branch a byte, which the compiler turns into vector instructions.
fn has_digit(b: &[u8]) -> bool {
    let mut blocks = b.chunks_exact(16);
    for block in &mut blocks {
        if block.iter().fold(false, |any, &c| any | c.is_ascii_digit()) {
            return true;
        }
    }
    blocks.remainder().iter().any(u8::is_ascii_digit)
}

/// The shapes (first letter, last letter and length, in lower case) of the words that make
/// a sentence worth tagging alone when they have no digit nor hyphen: number words,
/// [`data::Data::triggers`] and [`posts::is_head`]'s heads. A word of letters of another
/// shape is none of them, and is not looked up.
struct Shapes([u64; 26 * 26]);

impl Shapes {
    fn builtin() -> &'static Shapes {
        static SHAPES: std::sync::OnceLock<Shapes> = std::sync::OnceLock::new();
        SHAPES.get_or_init(|| {
            let mut shapes = Shapes([0; 26 * 26]);
            let d = data::Data::builtin();
            let words =
                stats::NUMBER_WORDS.iter().copied().chain(d.triggers.iter().map(String::as_str)).chain(posts::heads());
            for w in words {
                let w = w.to_ascii_lowercase();
                if let Some(k) = Shapes::slot(w.as_bytes()) {
                    shapes.0[k.0] |= k.1;
                }
            }
            shapes
        })
    }

    /// The word's place in the table and its bit, for a word that starts and ends with an
    /// ASCII letter.
    fn slot(w: &[u8]) -> Option<(usize, u64)> {
        let (first, last) = (w.first()?.to_ascii_lowercase(), w.last()?.to_ascii_lowercase());
        if !first.is_ascii_lowercase() || !last.is_ascii_lowercase() {
            return None;
        }
        Some((usize::from(first - b'a') * 26 + usize::from(last - b'a'), 1 << w.len().min(63)))
    }

    /// False when no word of the table has the shape of `w` (ASCII letters).
    fn may_hold(&self, w: &[u8]) -> bool {
        Shapes::slot(w).is_none_or(|(k, bit)| self.0[k] & bit != 0)
    }
}

/// Splits `text` into sentences and reads its facts; see [`extract`].
pub fn read(lexicon: &Lexicon, article: usize, text: &str) -> Vec<Fact> {
    let units = Segmenter::default().split(text);
    extract(lexicon, article, text, &units)
}

/// The longest sentence read, in bytes.
const MAX_SENTENCE: usize = 1500;

/// Whether a sentence can hold a fact at all: a digit, a number word or a word that names
/// a single-valued attribute. Tagging is the costly step; most sentences skip it.
fn worth_tagging(sentence: &str) -> bool {
    let d = data::Data::builtin();
    // One buffer for the words in lower case, not a String per word.
    let mut lower = String::new();
    stats::has_number(sentence)
        || sentence.split(|c: char| !c.is_alphanumeric() && c != '-').any(|w| {
            lower.clear();
            if w.is_ascii() {
                lower.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                lower.push_str(&w.to_lowercase());
            }
            d.triggers.contains(lower.as_str())
                || posts::is_head(&lower)
                || (lower.contains('-') && d.suffixes.iter().any(|x| lower.ends_with(x.as_str())))
        })
}

/// What [`read_sent`] may take instead of computing it: tags, values, lemmas and names.
struct Known<'k> {
    tags: Option<&'k SentenceTags>,
    scanned: &'k mut Scanned,
    memo: &'k mut Memo,
}

/// A sentence [`gate`] lets through, read: tagged, its values and names found.
fn read_sent<'a>(
    lexicon: &'a Lexicon,
    article: usize,
    text: &'a str,
    span: Span,
    known: Known<'_>,
    context: &Context,
    memory: &mut Memory,
) -> Option<Sent<'a>> {
    let Known { tags, scanned, memo } = known;
    let sentence = text.get(span.start..span.end)?;
    let tagger = Tagger::builtin();
    // The claim reader's words and tags when it kept them, else read here.
    let kept = tags.and_then(|t| Some((t.get(span)?, t.words(span)?)));
    let (ranges, kept) = match kept {
        Some((tags, words)) => (words, Some(tags)),
        None => (crate::tag::tokenize(sentence), None),
    };
    let mut tagged = Vec::new();
    let tags = tagger.kept_or_tag(sentence, &ranges, kept, &mut tagged);
    let toks: Vec<Tok> = ranges
        .into_iter()
        .zip(tags)
        .map(|(r, t)| {
            let word = &sentence[r.clone()];
            Tok {
                span: Span::new(span.start + r.start, span.start + r.end),
                word,
                upos: t.upos,
                xpos: t.xpos,
                read: memo.lemmas.read(tagger, word, t.xpos),
            }
        })
        .collect();
    let mentions = match scanned.values.remove(&(article, span.start, span.end)) {
        Some(v) => v,
        None => values::scan(text, span.start, span.end, context),
    };
    let values: Vec<Val> = mentions
        .into_iter()
        .filter_map(|m| {
            let first = toks.iter().position(|t| t.span.end > m.span.start)?;
            let end = toks.iter().rposition(|t| t.span.start < m.span.end).map(|i| i + 1)?;
            (first < end).then_some(Val { mention: m, first, end })
        })
        .collect();
    let modal = toks.iter().any(|t| {
        (t.xpos == Xpos::Md && !matches!(t.lower.as_ref(), "will" | "'ll" | "can" | "shall" | "would"))
            || matches!(t.lower.as_ref(), "if" | "unless" | "whether")
    });
    let mut context_lemmas: Vec<u64> = toks
        .iter()
        .filter(|t| matches!(t.upos, Upos::Noun | Upos::Propn | Upos::Verb | Upos::Adj | Upos::Num))
        .map(|t| t.hash)
        .collect();
    context_lemmas.sort_unstable();
    context_lemmas.dedup();
    // The offices of the sentence: looked for before names, and read by [`posts::Posts`]
    // (in a sentence with a modal too: a title in apposition is not hedged).
    let mut offices = posts::SentenceOffices::default();
    let entities = owner::entities(lexicon, &mut memo.names, &toks, &values, memory, &mut offices);
    let titles = offices.titles(&toks);
    drop(offices);
    let form_starts = single::form_starts(&toks);
    let cues = toks.iter().fold(0, |c, t| c | t.cue);
    Some(Sent {
        _text: std::marker::PhantomData,
        lexicon,
        article,
        span,
        toks,
        values,
        entities,
        titles,
        form_starts,
        modal,
        context: context_lemmas,
        cues,
    })
}

pub(crate) fn hash(s: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    s.hash(&mut h);
    h.finish()
}

/// True when `d` is a dimension the value extractors attach (dates and times of day are
/// the keyed and aligned paths' business).
pub(crate) fn measured(d: Dimension) -> bool {
    !matches!(d, Dimension::Date | Dimension::Time | Dimension::Ordinal)
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn facts(text: &str) -> Vec<Fact> {
        read(&Lexicon::builtin(), 0, text)
    }

    /// The facts of several articles, article `i` being `texts[i]`.
    pub(crate) fn facts_of(texts: &[&str]) -> Vec<Fact> {
        let lexicon = Lexicon::builtin();
        texts.iter().enumerate().flat_map(|(i, t)| read(&lexicon, i, t)).collect()
    }

    pub(crate) fn keys(text: &str) -> Vec<(String, String, String)> {
        facts(text).iter().map(|f| (f.owner.clone(), f.attribute.clone(), f.display(text))).collect()
    }

    #[test]
    fn sentences_without_numbers_or_triggers_are_not_tagged() {
        assert!(!worth_tagging("The rain went on late into the night."));
        assert!(worth_tagging("The fee was 35 million."));
        assert!(worth_tagging("Its chief executive resigned."));
    }

    #[test]
    fn digits_are_found_in_every_block() {
        for n in 0..40 {
            let mut s = "a".repeat(n);
            assert!(!has_digit(s.as_bytes()));
            s.push('7');
            s.push_str("éb");
            assert!(has_digit(s.as_bytes()), "{s}");
            assert!(!has_digit("/:é".repeat(n).as_bytes()));
        }
    }

    #[test]
    fn the_gate_word_by_word_is_the_gate() {
        let mut words = GateWords::default();
        let sentences = [
            "The rain went on late into the night.",
            "The fee was 35 million.",
            "Its chief executive resigned.",
            "The vice-captain left, and the Velmora-based firm said nothing.",
            "Twenty-one boats sailed; seventeen came back.",
            "Seventéen boats sailed.",
            "She thanked the choir -- twice -- and left.",
            "...",
            "",
            "The CHIEF Executive of the firm spoke (briefly).",
            "The rain went on late into the night.",
            "It rose by 4.5%, analysts said.",
            "Route A1 -- then, left.",
        ];
        for _ in 0..2 {
            for s in sentences {
                assert_eq!(words.worth_tagging(s), worth_tagging(s), "{s}");
            }
        }
    }

    #[test]
    fn names_after_the_last_sentence_read_change_nothing() {
        let head = "Ines Varga joined the orchestra. Ines Varga, 41, signed a four-year contract.";
        let text = format!("{head} Ines Varga thanked the choir.");
        let units = Segmenter::default().split(&text);
        let mut words = GateWords::default();
        let gates: Vec<Gate> = units.iter().map(|u| gate(&text, u.span, &mut words)).collect();
        assert_eq!(gates, [Gate::Names, Gate::Read, Gate::Names]);
        assert!(keys(&text).iter().any(|(owner, attribute, _)| owner == "ines varga" && attribute == "age"));
        assert_eq!(facts(&text), facts(head));
    }

    #[test]
    fn cached_lemmas_are_the_taggers() {
        let tagger = Tagger::builtin();
        let mut lemmas = Lemmas::default();
        for (word, xpos) in [("Signed", Xpos::Vbd), ("signed", Xpos::Vbn), ("Signed", Xpos::Vbd), ("Talks", Xpos::Nns)]
        {
            assert_eq!(lemmas.get(tagger, word, xpos), tagger.lemma(word, xpos).to_lowercase());
            assert_eq!(&*lemmas.read(tagger, word, xpos).lower, word.to_lowercase());
        }
    }

    #[test]
    fn scanned_values_are_taken_not_scanned_again() {
        let lexicon = Lexicon::builtin();
        let text = "Brannock Rovers agreed a fee of €35m for the striker.";
        let units = Segmenter::default().split(text);
        let fresh = extract(&lexicon, 0, text, &units);
        assert!(!fresh.is_empty());
        // A sentence whose values were read elsewhere takes them: none here, so no fee.
        let values = units.iter().map(|u| ((0, u.span.start, u.span.end), Vec::new())).collect();
        let mut scanned = Scanned { values, datelines: Vec::new() };
        let taken = extract_with(&lexicon, 0, text, &units, None, &mut scanned, &mut Memo::default());
        assert!(taken.iter().all(|f| f.attribute != "fee"), "{taken:?}");
        assert!(scanned.values.is_empty());
    }

    #[test]
    fn every_extractor_has_a_name() {
        let names = extractor_names();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len(), "{names:?}");
    }

    #[test]
    fn empty_and_odd_input_gives_nothing() {
        assert!(facts("").is_empty());
        assert!(facts("   \n\n").is_empty());
        assert!(facts("12").is_empty() || facts("12").iter().all(|f| !f.owner.is_empty()));
    }
}

#[cfg(test)]
mod probe {
    #[test]
    #[ignore]
    fn probe() {
        let lexicon = crate::Lexicon::builtin();
        for s in std::env::var("PROBE").unwrap_or_default().split('|') {
            let mut m = super::Memory::default();
            let ctx = crate::values::Context::default();
            let (mut scanned, mut memo) = (super::Scanned::default(), super::Memo::default());
            let known = super::Known { tags: None, scanned: &mut scanned, memo: &mut memo };
            let sent = super::read_sent(&lexicon, 0, s, crate::Span::new(0, s.len()), known, &ctx, &mut m);
            if let Some(sent) = sent {
                for t in &sent.toks {
                    eprint!("{}/{}/{} ", t.word, t.upos, t.lemma);
                }
                eprintln!();
                for v in &sent.values {
                    eprintln!(
                        "  value {:?} {:?} {}..{} counted={:?}",
                        v.mention.dimension,
                        &s[v.mention.span.start..v.mention.span.end],
                        v.first,
                        v.end,
                        v.mention.counted
                    );
                }
                for e in &sent.entities {
                    eprintln!("  entity {:?} {} {}..{} {:?}", e.kind, e.key, e.start, e.end, e.display);
                }
            }
            eprintln!("  facts {:?}", super::tests::keys(s));
        }
    }
}
