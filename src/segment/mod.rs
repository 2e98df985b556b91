//! Stage 1: split an article into units — sentences, headings and scraping noise — as byte
//! spans into the original text.
//!
//! ```
//! use gainsay::segment::{self, UnitKind};
//! let text = "Italy says no\n\nU.S. officials met on Friday. Rome said no.";
//! let units = segment::split(text);
//! let texts: Vec<&str> = units.iter().map(|u| u.span.of(text)).collect();
//! assert_eq!(texts, ["Italy says no", "U.S. officials met on Friday.", "Rome said no."]);
//! assert_eq!(units[0].kind, UnitKind::Heading);
//! ```

use crate::Span;
use serde::{Deserialize, Serialize};

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

/// Splits text into units. Cheap to clone; build once and reuse.
#[derive(Debug, Clone, Default)]
pub struct Segmenter {}

impl Segmenter {
    /// The units of `text`, in order.
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        self.split_into(text, &mut out);
        out
    }

    /// Appends the units of `text` to `out`, reusing its allocation.
    pub fn split_into(&self, text: &str, out: &mut Vec<Sentence>) {
        // Placeholder: one unit per line, split after ". " before a capital.
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let line_end = line_start + line.len();
            let bytes = text.as_bytes();
            let mut s = line_start;
            let mut i = line_start;
            while i < line_end {
                if bytes[i] == b'.' && i + 2 < line_end && bytes[i + 1] == b' ' && bytes[i + 2].is_ascii_uppercase() && !(i >= 2 && bytes[i - 2] == b'.') {
                    push_trimmed(text, s, i + 1, out);
                    s = i + 1;
                }
                i += 1;
            }
            push_trimmed(text, s, line_end, out);
            line_start = line_end;
        }
    }
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let s = start + lead;
    let span = Span::new(s, s + trimmed.len());
    let kind = if trimmed.ends_with(['.', '!', '?', '"', '”', '’', '»', ')']) { UnitKind::Sentence } else { UnitKind::Heading };
    out.push(Sentence { span, kind });
}

/// The units of `text` with the default segmenter.
pub fn split(text: &str) -> Vec<Sentence> {
    Segmenter::default().split(text)
}
