//! Stage 2: read the check-worthy statements of an article as [`Claim`]s.
//!
//! A claim says something about a subject: what it does or does not do
//! (`Italy | contribute troops`, negated, "would"), who holds an office
//! (`United States | president = Joe Biden`), what role a person has
//! (`Haruto Mori | role = foreign minister`), how much or how many
//! (`deaths = 23`), and when or where an event happened (`signing | date = 15 January 2026`).
//! Each claim keeps the byte span of its sentence and of its words.
//!
//! ```
//! use gainsay::claims::{self, ClaimKind, Polarity};
//! use gainsay::Lexicon;
//!
//! let lexicon = Lexicon::builtin();
//! let text = "Rome would not deploy troops to the region, officials said.";
//! let claims = claims::extract(&lexicon, 0, text);
//! let c = claims.iter().find(|c| c.kind == ClaimKind::Action).unwrap();
//! assert_eq!(c.subject.name, "Italy");
//! assert_eq!(c.predicate, "contribute");
//! assert_eq!(c.object.as_ref().unwrap().name, "troops");
//! assert_eq!(c.polarity, Polarity::Negated);
//! ```

pub(crate) mod analyze;
pub(crate) mod measure;
pub(crate) mod memo;
mod rules;
pub(crate) mod tokenize;

pub use measure::{Date, DateRelation, Quantity};

use crate::segment::{Sentence, UnitKind};
use crate::{Lexicon, Span};
use serde::{Deserialize, Serialize};

/// What a claim says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// The subject does (or does not do) something: `Italy | contribute troops`.
    Action,
    /// A single-valued office of a country or body is held by someone:
    /// `United States | president = Joe Biden`.
    Holder,
    /// A person holds a role: `Haruto Mori | role = foreign minister`.
    Role,
    /// A single-valued attribute has a value: `Turkey | capital = Ankara`,
    /// `meeting | venue = Abuja`.
    Attribute,
    /// A measured thing has a size: `deaths = 23`, `reinsurance facility = $450 million`.
    Quantity,
    /// An event happened on a date: `signing | date = 15 January 2026`.
    Date,
}

/// Whether the claim affirms or denies its predicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// "Italy sends troops".
    Affirmed,
    /// "Italy does not send troops", "Italy refused to send troops".
    Negated,
}

/// How strongly the claim is asserted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// A prediction or plan: "would", "will", "is expected to".
    Would,
    /// Under consideration: "considers sending", "is weighing".
    Considering,
    /// Merely possible: "could", "may", "might".
    Possible,
    /// Wanted or asked of the subject by someone else: "urged Italy to join".
    Requested,
    /// Under a condition or counterfactual: "if Italy sends troops".
    Conditional,
    /// Asked, not stated.
    Question,
}

impl Modality {
    /// True for claims that can contradict others: stated, predicted or considered.
    pub fn is_committal(self) -> bool {
        matches!(self, Modality::Asserted | Modality::Would | Modality::Considering)
    }
}

/// When the claim holds, relative to the story's present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeScope {
    /// Now, or the story's own time.
    Current,
    /// "former", "last year", "in 2019", "previously".
    Past,
    /// "next year", "in the future".
    Future,
}

/// What kind of thing a term names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TermKind {
    /// A country, body, city or region known to the lexicon.
    Entity,
    /// A person.
    Person,
    /// A capitalised name the lexicon does not know.
    Name,
    /// A common noun ("deforestation", "quota").
    Thing,
    /// An event class or predicate used as the subject of a date or venue.
    Event,
}

/// A subject, object or value: its canonical name and where it was written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Term {
    /// Canonical name: "United States", "Joe Biden", "troops".
    pub name: String,
    /// What it names.
    pub kind: TermKind,
    /// Where it was written, in the article.
    pub span: Span,
}

/// The value side of a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Value {
    /// A name: a person, a place, a role.
    Name {
        /// Canonical name.
        name: String,
    },
    /// A number.
    Quantity(Quantity),
    /// A date.
    Date {
        /// The date.
        date: Date,
        /// On, by, until or since.
        relation: DateRelation,
    },
}

impl Value {
    /// The value as a short display string.
    pub fn display(&self) -> String {
        match self {
            Value::Name { name } => name.clone(),
            Value::Quantity(q) => format_quantity(q),
            Value::Date { date, relation } => match relation {
                DateRelation::On => date.to_string(),
                DateRelation::By => format!("by {date}"),
                DateRelation::Until => format!("until {date}"),
                DateRelation::Since => format!("since {date}"),
            },
        }
    }
}

/// "$1.5 billion", "11.2%", "more than 300 vessels".
pub(crate) fn format_quantity(q: &Quantity) -> String {
    // A time of day, in minutes after midnight: "20:15 UTC", "about 21:15 local time".
    if let Some(unit @ (rules::TIME_UTC | rules::TIME_LOCAL)) = q.unit.as_deref() {
        let minutes = q.value.round().rem_euclid(1440.0) as i64;
        let hedge = if q.low == q.high { "" } else { "about " };
        return format!("{hedge}{:02}:{:02} {unit}", minutes / 60, minutes % 60);
    }
    let num = |v: f64| -> String {
        let (scaled, word) = if v.abs() >= 1e9 && q.unit.as_deref() != Some("percent") {
            (v / 1e9, " billion")
        } else if v.abs() >= 1e6 && q.unit.as_deref() != Some("percent") {
            (v / 1e6, " million")
        } else {
            (v, "")
        };
        let s = if (scaled - scaled.round()).abs() < 1e-9 {
            let i = scaled.round() as i64;
            if word.is_empty() && i.abs() >= 10_000 {
                let digits = i.abs().to_string();
                let mut out = String::new();
                for (k, ch) in digits.chars().enumerate() {
                    if k > 0 && (digits.len() - k) % 3 == 0 {
                        out.push(',');
                    }
                    out.push(ch);
                }
                if i < 0 {
                    format!("-{out}")
                } else {
                    out
                }
            } else {
                i.to_string()
            }
        } else {
            format!("{scaled:.2}").trim_end_matches('0').trim_end_matches('.').to_string()
        };
        format!("{s}{word}")
    };
    let hedge = if q.high.is_infinite() && q.low == q.value {
        "at least "
    } else if q.low == q.value && q.high == q.value {
        ""
    } else if q.high == q.value && q.low <= 0.0 {
        "up to "
    } else {
        "about "
    };
    let body = num(q.value);
    let s = match q.unit.as_deref() {
        Some("percent") => format!("{hedge}{body}%"),
        Some("USD") => format!("{hedge}${body}"),
        Some("EUR") => format!("{hedge}€{body}"),
        Some("GBP") => format!("{hedge}£{body}"),
        Some(u) => format!("{hedge}{body} {u}"),
        None => format!("{hedge}{body}"),
    };
    match &q.counted {
        Some(c) if q.unit.is_none() => format!("{s} {c}"),
        _ => s,
    }
}

/// One check-worthy statement of one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// Index of the article in the checked set.
    pub source: usize,
    /// The sentence the claim was read from.
    pub sentence: Span,
    /// The words that carry the claim, inside the sentence.
    pub span: Span,
    /// What the claim says.
    pub kind: ClaimKind,
    /// What the claim is about.
    pub subject: Term,
    /// The canonical predicate: "contribute", "president", "capital", "deaths".
    pub predicate: String,
    /// The object of an action, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<Term>,
    /// The value of an attribute, office, quantity or date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// Affirmed or negated.
    pub polarity: Polarity,
    /// How strongly it is asserted.
    pub modality: Modality,
    /// Who the article says made the claim ("according to …", "… said").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    /// When it holds.
    pub time: TimeScope,
    /// The predicate as written, lemmatised ("would not deploy").
    pub wording: String,
    /// True when the wording was the opposite member of an antonym pair ("withdrew" for
    /// `join`): the polarity has been flipped accordingly.
    #[serde(default)]
    pub antonym: bool,
    /// The year the claim is anchored to, if the sentence gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// The subject was not written but inferred: an office without a country takes the
    /// country its article is mostly about.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inferred_subject: bool,
    /// The claim was read from a headline or heading rather than from running text.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub heading: bool,
}

/// Extracts the claims of one article, with `source` as its index.
///
/// Noise units are skipped; headings in title case are skipped too (their capitals hide
/// the grammar).
pub fn extract(lexicon: &Lexicon, source: usize, text: &str) -> Vec<Claim> {
    let units = crate::segment::split(text);
    extract_from(lexicon, source, text, &units)
}

/// Extracts claims from an article already split into units.
pub fn extract_from(lexicon: &Lexicon, source: usize, text: &str, units: &[Sentence]) -> Vec<Claim> {
    let mut ex = rules::Extractor::new(lexicon, source, text);
    read_units(&mut ex, units);
    ex.finish()
}

/// Reads an article's sentences and headings; noise holds no claim.
fn read_units(ex: &mut rules::Extractor<'_>, units: &[Sentence]) {
    for u in units {
        match u.kind {
            UnitKind::Sentence => ex.sentence(u.span, false),
            UnitKind::Heading => ex.sentence(u.span, true),
            UnitKind::Noise(_) => {}
        }
    }
}

/// The typed values of the sentences (not headings) the claim reader scanned, read without
/// a dateline, by sentence span in text order.
pub(crate) type KeptValues = Vec<(Span, Vec<crate::values::ValueMention>)>;

/// [`extract_from`], with the tags of the sentences the tagger read, for the events reader
/// of the aligned path, and the values of the sentences scanned, for the aligner.
pub(crate) fn extract_tagged(
    lexicon: &Lexicon,
    source: usize,
    text: &str,
    units: &[Sentence],
) -> (Vec<Claim>, crate::tag::SentenceTags, KeptValues) {
    let mut ex = rules::Extractor::new(lexicon, source, text).keep_tags();
    read_units(&mut ex, units);
    ex.finish_tagged()
}

/// The part-of-speech tags the rules see for `sentence`, one `word/TAG` per unit: for
/// finding out why a claim was or was not read.
#[doc(hidden)]
pub fn debug_tags(lexicon: &Lexicon, sentence: &str) -> String {
    let mut a = analyze::Analysis::default();
    a.run(&lexicon.c, sentence, 0, sentence.len());
    let mut out = String::new();
    for (i, u) in a.units.iter().enumerate() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{}/{:?}", &sentence[u.start..u.end], u.pos));
        let senses = a.senses_of(i);
        if !senses.is_empty() {
            out.push_str(&format!("{senses:?}"));
        }
    }
    out
}
