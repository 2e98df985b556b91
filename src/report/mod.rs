//! Stage 5: the report — what an editor reads and what a script parses.
//!
//! [`Report`] is plain serde data with a schema version; [`Report::to_text`] renders it for
//! people. Strings are copied here, at the edge: every earlier stage works on spans.
//!
//! ```
//! use gainsay::{Article, Checker};
//! let report = Checker::default().check(&[
//!     Article::new("wire", "Romanian Prime Minister Andrei Voinea toured the flooded town."),
//!     Article::new("blog", "Prime Minister Dan Muresan promised payouts to Romanian families."),
//! ]);
//! assert_eq!(report.schema_version, gainsay::report::SCHEMA_VERSION);
//! let json = serde_json::to_string(&report).unwrap();
//! assert!(json.contains("\"conflicts\""));
//! assert!(report.to_text().contains("Dan Muresan"));
//! ```

use crate::claims::{Claim, Modality, Polarity};
use crate::conflicts::Conflict;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The version of the report's JSON shape; it changes when a field changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything gainsay found in one check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Version of this shape; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Counts.
    pub summary: Summary,
    /// The articles checked, in input order.
    pub sources: Vec<SourceInfo>,
    /// The contradictions found, most confident and most widely sourced first.
    pub conflicts: Vec<ConflictReport>,
    /// Input that was read with a problem (for example invalid UTF-8, decoded lossily).
    #[serde(default)]
    pub warnings: Vec<Message>,
    /// Input that could not be read at all.
    #[serde(default)]
    pub errors: Vec<Message>,
}

/// Counts for the whole check.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Articles checked.
    pub articles: usize,
    /// Sentences and headings read (noise excluded).
    pub sentences: usize,
    /// Claims extracted.
    pub claims: usize,
    /// Conflicts found.
    pub conflicts: usize,
    /// Conflicts by kind.
    pub by_kind: BTreeMap<String, usize>,
    /// Inputs that could not be read.
    pub errors: usize,
    /// Inputs read with a warning.
    pub warnings: usize,
}

/// One checked article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceInfo {
    /// The source id (a file's stem).
    pub id: String,
    /// Its size in bytes.
    pub bytes: usize,
    /// Sentences and headings read from it.
    pub sentences: usize,
    /// Claims read from it.
    pub claims: usize,
}

/// A problem with one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The input it concerns: a path, `-`, or a source id.
    pub source: String,
    /// What happened and what to do.
    pub message: String,
}

/// A contradiction, with everything a reader needs to judge it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConflictReport {
    /// A stable id within the report: "c1", "c2", …
    pub id: String,
    /// `polarity`, `antonym`, `value`, `role`, `number` or `date`.
    pub kind: String,
    /// The normalized key the claims share, e.g. `united states | president`.
    pub key: String,
    /// The key as a question: "Who is the president of United States?".
    pub question: String,
    /// One line saying what disagrees.
    pub explanation: String,
    /// 0–1: how sure gainsay is that this is a real contradiction.
    pub confidence: f64,
    /// True when one article stands on two sides.
    pub self_contradiction: bool,
    /// The sides, the most widely sourced first.
    pub sides: Vec<SideReport>,
}

/// One side of a conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SideReport {
    /// What this side says.
    pub value: String,
    /// The sources that say it.
    pub sources: Vec<String>,
    /// The clearest claim of each source.
    pub claims: Vec<ClaimRef>,
    /// How many claims in all say it (repeats included).
    pub mentions: usize,
}

/// Where a claim was read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRef {
    /// The source id.
    pub source: String,
    /// Byte offset of the claim's sentence in the source.
    pub start: usize,
    /// Byte offset just after the sentence.
    pub end: usize,
    /// The sentence.
    pub sentence: String,
    /// Byte offsets of the words that carry the claim.
    pub claim_start: usize,
    /// End of those words.
    pub claim_end: usize,
    /// The predicate as written ("would not deploy").
    pub wording: String,
    /// `affirmed` or `negated`.
    pub polarity: Polarity,
    /// How strongly it is asserted.
    pub modality: Modality,
    /// Who the article attributes it to, if anyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
}

/// What the report builder needs from each article.
pub(crate) struct SourceView<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub sentences: usize,
}

impl Report {
    /// Builds a report from the claims and conflicts of a check.
    pub(crate) fn build(sources: &[SourceView<'_>], claims: &[Claim], conflicts: &[Conflict]) -> Report {
        let mut per_source = vec![0usize; sources.len()];
        for c in claims {
            if let Some(n) = per_source.get_mut(c.source) {
                *n += 1;
            }
        }
        let mut by_kind = BTreeMap::new();
        let reports: Vec<ConflictReport> = conflicts
            .iter()
            .enumerate()
            .map(|(n, c)| {
                *by_kind.entry(c.kind.name().to_string()).or_insert(0) += 1;
                ConflictReport {
                    id: format!("c{}", n + 1),
                    kind: c.kind.name().to_string(),
                    key: c.key.clone(),
                    question: c.question.clone(),
                    explanation: c.explanation.clone(),
                    confidence: c.confidence,
                    self_contradiction: c.self_contradiction,
                    sides: c
                        .sides
                        .iter()
                        .map(|s| {
                            let refs: Vec<ClaimRef> =
                                s.claims.iter().map(|&i| claim_ref(sources, &claims[i])).collect();
                            let mut ids: Vec<String> = s
                                .mentions
                                .iter()
                                .filter_map(|&i| sources.get(claims[i].source).map(|v| v.id.to_string()))
                                .collect();
                            ids.dedup();
                            SideReport {
                                value: s.value.clone(),
                                sources: ids,
                                claims: refs,
                                mentions: s.mentions.len(),
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        Report {
            schema_version: SCHEMA_VERSION,
            summary: Summary {
                articles: sources.len(),
                sentences: sources.iter().map(|s| s.sentences).sum(),
                claims: claims.len(),
                conflicts: reports.len(),
                by_kind,
                errors: 0,
                warnings: 0,
            },
            sources: sources
                .iter()
                .zip(&per_source)
                .map(|(s, &n)| SourceInfo {
                    id: s.id.to_string(),
                    bytes: s.text.len(),
                    sentences: s.sentences,
                    claims: n,
                })
                .collect(),
            conflicts: reports,
            warnings: Vec::new(),
            errors: Vec::new(),
        }
    }

    /// Adds a warning about an input, keeping the summary's count right.
    pub fn warn(&mut self, source: impl Into<String>, message: impl Into<String>) {
        self.warnings.push(Message { source: source.into(), message: message.into() });
        self.summary.warnings = self.warnings.len();
    }

    /// Adds an error about an input that could not be read.
    pub fn error(&mut self, source: impl Into<String>, message: impl Into<String>) {
        self.errors.push(Message { source: source.into(), message: message.into() });
        self.summary.errors = self.errors.len();
    }

    /// The report for people: a summary line, then each conflict with its question, its
    /// sides, their sources and the sentence each claim was read from.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let s = &self.summary;
        let kinds: Vec<String> = s.by_kind.iter().map(|(k, n)| format!("{n} {k}")).collect();
        let _ = write!(
            out,
            "gainsay: {} articles, {} sentences, {} claims, {} conflict{}",
            s.articles,
            s.sentences,
            s.claims,
            s.conflicts,
            if s.conflicts == 1 { "" } else { "s" }
        );
        if !kinds.is_empty() {
            let _ = write!(out, " ({})", kinds.join(", "));
        }
        out.push('\n');
        for c in &self.conflicts {
            let _ = writeln!(
                out,
                "\n{}. [{}] {}  (confidence {:.2}{})",
                &c.id[1..],
                c.kind,
                c.question,
                c.confidence,
                if c.self_contradiction { ", within one article" } else { "" }
            );
            let _ = writeln!(out, "   key: {}", c.key);
            for side in &c.sides {
                let n = side.sources.len();
                let _ = writeln!(
                    out,
                    "   {} — {} source{}: {}",
                    side.value,
                    n,
                    if n == 1 { "" } else { "s" },
                    side.sources.join(", ")
                );
                for r in &side.claims {
                    let _ =
                        writeln!(out, "      {} [{}..{}]: {}", r.source, r.start, r.end, one_line(&r.sentence, 220));
                }
            }
        }
        for m in &self.warnings {
            let _ = writeln!(out, "\nwarning: {}: {}", m.source, m.message);
        }
        for m in &self.errors {
            let _ = writeln!(out, "\nerror: {}: {}", m.source, m.message);
        }
        out
    }
}

fn claim_ref(sources: &[SourceView<'_>], c: &Claim) -> ClaimRef {
    let (id, text) = sources.get(c.source).map_or(("", ""), |s| (s.id, s.text));
    let sentence = text.get(c.sentence.start..c.sentence.end).unwrap_or("").to_string();
    ClaimRef {
        source: id.to_string(),
        start: c.sentence.start,
        end: c.sentence.end,
        sentence,
        claim_start: c.span.start,
        claim_end: c.span.end,
        wording: c.wording.clone(),
        polarity: c.polarity,
        modality: c.modality,
        attribution: c.attribution.clone(),
    }
}

/// `s` on one line, shortened to about `max` characters.
fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max).collect();
    format!("{cut}…")
}
