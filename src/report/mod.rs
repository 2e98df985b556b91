//! Stage 5: the report — what an editor reads and what a script parses.
//!
//! [`Report`] is plain serde data with a schema version (`schema/report.schema.json`
//! describes every field). It renders as
//!
//! - text for a terminal or a log ([`Report::to_text`], [`Report::render_text`] with ANSI
//!   colour),
//! - Markdown for a ticket ([`Report::to_markdown`]),
//! - one self-contained HTML page with the articles' texts ([`Report::to_html`]),
//! - JSON Lines for scripts ([`Report::to_jsonl`], each line a [`Line`];
//!   `schema/jsonl-line.schema.json`).
//!
//! Strings are copied here, at the edge: every earlier stage works on spans.
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
//! assert!(report.to_jsonl().lines().last().unwrap().starts_with("{\"type\":\"summary\""));
//! ```

mod build;
mod escape;
mod html;
mod jsonl;
mod markdown;
mod text;

use crate::claims::{ClaimKind, Modality, Polarity};
pub use crate::conflicts::ConflictKind;
use crate::Article;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub(crate) use build::SourceView;
pub use jsonl::{ClaimLine, Line, SummaryLine};

/// The version of the report's JSON shape. It changes when a field changes meaning or goes
/// away; fields are added without a change, so readers should ignore fields they do not know.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything gainsay found in one check.
///
/// ```
/// use gainsay::{Article, Checker};
/// let report = Checker::default().check(&[
///     Article::new("a", "Italy would not send troops."),
///     Article::new("b", "Italy is sending troops."),
/// ]);
/// assert_eq!(report.summary.articles, 2);
/// assert_eq!(report.conflicts[0].question, "Does Italy contribute troops?");
/// assert!(report.agreements.is_empty()); // only with `Checker::with_agreements(true)`
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    /// Version of this shape; see [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Counts.
    pub summary: Summary,
    /// The articles checked, by id (the same in any input order), with how often each
    /// stands in the minority.
    pub sources: Vec<SourceInfo>,
    /// The contradictions found, most confident and most widely sourced first (then by key
    /// and values, never by input order).
    pub conflicts: Vec<ConflictReport>,
    /// What two or more sources say alike, the most widely sourced first. Empty unless the
    /// check asked for it ([`Checker::with_agreements`](crate::Checker::with_agreements)).
    #[serde(default)]
    pub agreements: Vec<AgreementReport>,
    /// Input that was read with a problem (for example invalid UTF-8, decoded lossily).
    #[serde(default)]
    pub warnings: Vec<Message>,
    /// Input that could not be read at all.
    #[serde(default)]
    pub errors: Vec<Message>,
    /// The stories of a feed checked story by story
    /// ([`Checker::check_stories`](crate::Checker::check_stories)); empty otherwise.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<StoryInfo>,
    /// The articles' texts, by id, for the HTML page; not part of the JSON.
    #[serde(skip)]
    texts: Vec<Article>,
}

/// Two reports are equal when they say the same: the texts they keep for the HTML page
/// (which a report read back from JSON does not have) take no part.
impl PartialEq for Report {
    fn eq(&self, other: &Report) -> bool {
        (self.schema_version, &self.summary, &self.sources, &self.conflicts)
            == (other.schema_version, &other.summary, &other.sources, &other.conflicts)
            && (&self.agreements, &self.warnings, &self.errors) == (&other.agreements, &other.warnings, &other.errors)
            && self.stories == other.stories
    }
}

/// One story of a feed: its id and its articles (a story of one article too).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoryInfo {
    /// The story's id: the smallest id of its articles.
    pub id: String,
    /// The ids of its articles, sorted.
    pub articles: Vec<String>,
    /// Conflicts found within it.
    pub conflicts: usize,
}

/// Counts for the whole check.
///
/// ```
/// use gainsay::{Article, Checker};
/// let report = Checker::default().check(&[Article::new("a", "Italy sends troops. Spain does not.")]);
/// assert_eq!(report.summary.articles, 1);
/// assert_eq!(report.summary.sentences, 2);
/// assert_eq!(report.summary.conflicts, report.conflicts.len());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Articles checked.
    pub articles: usize,
    /// Sentences and headings read (noise excluded).
    pub sentences: usize,
    /// Claims extracted.
    pub claims: usize,
    /// Conflicts in this report.
    pub conflicts: usize,
    /// Conflicts in this report by kind.
    pub by_kind: BTreeMap<String, usize>,
    /// Conflicts found but left out because they were below a confidence threshold
    /// ([`Report::drop_below_confidence`]); 0 when none was set.
    #[serde(default)]
    pub hidden: usize,
    /// Agreements in this report (0 unless they were asked for).
    #[serde(default)]
    pub agreements: usize,
    /// Inputs that could not be read.
    pub errors: usize,
    /// Inputs read with a warning.
    pub warnings: usize,
}

/// One checked article, with its part in the conflicts.
///
/// `minority` counts the conflicts in which the source stands only on a side that fewer
/// sources hold than another side: the source that alone calls Joe Biden president while
/// three say Donald Trump. A source that stands on both sides of a conflict (it contradicts
/// itself) is not counted as in the minority; neither are the sides of a tie.
///
/// ```
/// use gainsay::{Article, Checker};
/// let report = Checker::default().check(&[
///     Article::new("a", "Italy would not send troops."),
///     Article::new("b", "Rome will not deploy troops."),
///     Article::new("c", "Italy is sending troops."),
/// ]);
/// let c = report.sources.iter().find(|s| s.id == "c").unwrap();
/// assert_eq!((c.conflicts, c.minority), (1, 1));
/// let outliers: Vec<&str> = report.outliers().iter().map(|s| s.id.as_str()).collect();
/// assert_eq!(outliers, ["c"]); // a and b are never in the minority
/// ```
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
    /// Conflicts in this report in which it takes a side.
    #[serde(default)]
    pub conflicts: usize,
    /// Of those, the conflicts in which it stands on a minority side only.
    #[serde(default)]
    pub minority: usize,
    /// The story it was checked in, when a feed was checked story by story.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
}

/// A problem with one input.
///
/// ```
/// let mut report = gainsay::Checker::default().check(&[]);
/// report.error("missing.txt", "cannot read missing.txt");
/// assert_eq!(report.errors[0].source, "missing.txt");
/// assert_eq!(report.summary.errors, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    /// The input it concerns: a path, `-`, or a source id.
    pub source: String,
    /// What happened and what to do.
    pub message: String,
}

/// A contradiction, with everything a reader needs to judge it.
///
/// ```
/// use gainsay::{report::ConflictKind, Article, Checker};
/// let report = Checker::default().check(&[
///     Article::new("a", "Norway pledged $1.5 billion to the fund."),
///     Article::new("b", "Norway has pledged $500 million to the fund."),
/// ]);
/// let c = &report.conflicts[0];
/// assert_eq!((c.id.as_str(), c.kind), ("c1", ConflictKind::Number));
/// assert_eq!(c.kind, "number"); // compares with the name JSON uses
/// assert_eq!(c.sides.len(), 2);
/// assert!(c.confidence > 0.5);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConflictReport {
    /// A stable id within the report: "c1", "c2", … in report order.
    pub id: String,
    /// `polarity`, `antonym`, `value`, `role`, `number` or `date`.
    pub kind: ConflictKind,
    /// The normalized key the claims share, e.g. `united states | president`.
    pub key: String,
    /// The key as a question: "Who is the president of the United States?".
    pub question: String,
    /// One line saying what disagrees.
    pub explanation: String,
    /// 0–1: how sure gainsay is that this is a real contradiction.
    pub confidence: f64,
    /// True when one article stands on two sides.
    pub self_contradiction: bool,
    /// The sides, the most widely sourced first.
    pub sides: Vec<SideReport>,
    /// The story whose articles disagree, when a feed was checked story by story.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
}

/// One side of a conflict.
///
/// ```
/// use gainsay::{Article, Checker};
/// let report = Checker::default().check(&[
///     Article::new("a", "Italy would not send troops."),
///     Article::new("b", "Rome will not deploy troops."),
///     Article::new("c", "Italy is sending troops."),
/// ]);
/// let side = &report.conflicts[0].sides[0];
/// assert_eq!(side.sources, ["a", "b"]);
/// assert!(side.value.starts_with("no"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SideReport {
    /// What this side says.
    pub value: String,
    /// The sources that say it, by id.
    pub sources: Vec<String>,
    /// The clearest claim of each source, by source id.
    pub claims: Vec<ClaimRef>,
    /// How many claims in all say it (repeats included).
    pub mentions: usize,
}

/// What two or more sources say alike: a corroborated claim.
///
/// ```
/// use gainsay::{Article, Checker};
/// let report = Checker::default().with_agreements(true).check(&[
///     Article::new("a", "Sweden will send three rescue ships."),
///     Article::new("b", "Stockholm will contribute three rescue vessels."),
/// ]);
/// let a = &report.agreements[0];
/// assert_eq!(a.question, "Does Sweden contribute vessels?");
/// assert_eq!(a.sources, ["a", "b"]);
/// assert_eq!(a.conflict, None); // nobody disputes it
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementReport {
    /// A stable id within the report: "a1", "a2", … in report order.
    pub id: String,
    /// The kind of claim: `action`, `holder`, `role`, `attribute`, `quantity` or `date`.
    pub kind: ClaimKind,
    /// The normalized key the claims share.
    pub key: String,
    /// The key as a question, worded as conflicts word it.
    pub question: String,
    /// The answer the sources agree on.
    pub value: String,
    /// `affirmed` or `negated`.
    pub polarity: Polarity,
    /// The sources that say it, by id.
    pub sources: Vec<String>,
    /// The clearest claim of each source.
    pub claims: Vec<ClaimRef>,
    /// How many claims in all say it (repeats included).
    pub mentions: usize,
    /// The id of the conflict in which this is one side, if another source disputes it.
    #[serde(default)]
    pub conflict: Option<String>,
}

/// Where a claim was read.
///
/// ```
/// use gainsay::{Article, Checker};
/// let report = Checker::default().check(&[
///     Article::new("a", "Italy would not send troops."),
///     Article::new("b", "Italy is sending troops."),
/// ]);
/// let claim = &report.conflicts[0].sides[0].claims[0];
/// let (before, words, after) = claim.highlight();
/// assert_eq!(format!("{before}{words}{after}"), claim.sentence);
/// assert!(words.contains("send"));
/// ```
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

impl ClaimRef {
    /// The sentence cut around the words that carry the claim: (before, words, after).
    /// When the offsets do not fall inside the sentence, the whole sentence is `before`.
    pub fn highlight(&self) -> (&str, &str, &str) {
        let s = self.sentence.as_str();
        let (Some(a), Some(b)) = (self.claim_start.checked_sub(self.start), self.claim_end.checked_sub(self.start))
        else {
            return (s, "", "");
        };
        if a > b || b > s.len() || !s.is_char_boundary(a) || !s.is_char_boundary(b) {
            return (s, "", "");
        }
        (&s[..a], &s[a..b], &s[b..])
    }
}

impl Summary {
    /// "4 articles, 27 sentences, 64 claims, 1 conflict" with `sep` between the counts.
    pub(crate) fn counts(&self, sep: &str) -> String {
        use escape::plural;
        [
            plural(self.articles, "article", "articles"),
            plural(self.sentences, "sentence", "sentences"),
            plural(self.claims, "claim", "claims"),
            plural(self.conflicts, "conflict", "conflicts"),
        ]
        .join(sep)
    }

    /// "1 date, 2 value": the conflicts by kind.
    pub(crate) fn kinds(&self) -> String {
        self.by_kind.iter().map(|(k, n)| format!("{n} {k}")).collect::<Vec<_>>().join(", ")
    }
}

impl Report {
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

    /// Leaves out the conflicts below `min_confidence` (0–1): they go from the conflicts, the
    /// counts and the outlier table, `summary.hidden` counts them, and the rest are numbered
    /// again from `c1`.
    ///
    /// ```
    /// use gainsay::{Article, Checker};
    /// let mut report = Checker::default().check(&[
    ///     Article::new("a", "Italy would not send troops."),
    ///     Article::new("b", "Italy is sending troops."),
    /// ]);
    /// assert_eq!(report.conflicts.len(), 1);
    /// report.drop_below_confidence(0.99);
    /// assert!(report.conflicts.is_empty());
    /// assert_eq!(report.summary.hidden, 1);
    /// ```
    pub fn drop_below_confidence(&mut self, min_confidence: f64) {
        let before = self.conflicts.len();
        let mut renamed: BTreeMap<String, String> = BTreeMap::new();
        self.conflicts.retain(|c| c.confidence >= min_confidence);
        for (n, c) in self.conflicts.iter_mut().enumerate() {
            let id = format!("c{}", n + 1);
            renamed.insert(std::mem::replace(&mut c.id, id.clone()), id);
        }
        for a in &mut self.agreements {
            a.conflict = a.conflict.take().and_then(|old| renamed.get(&old).cloned());
        }
        self.summary.hidden += before - self.conflicts.len();
        self.recount();
    }

    /// The sources that stand on a minority side at least once, the most often first (then
    /// the most often in a conflict, then by id).
    pub fn outliers(&self) -> Vec<&SourceInfo> {
        let mut rows = self.sources_by_minority();
        rows.retain(|s| s.minority > 0);
        rows
    }

    /// Every source, the most often in the minority first (then the most often in a
    /// conflict, then by id): the outlier table.
    pub fn sources_by_minority(&self) -> Vec<&SourceInfo> {
        let mut rows: Vec<&SourceInfo> = self.sources.iter().collect();
        rows.sort_by(|a, b| b.minority.cmp(&a.minority).then_with(|| b.conflicts.cmp(&a.conflicts)));
        rows
    }

    /// The articles' texts this report keeps for [`Report::to_html`], by id: those of the
    /// check, none for a report made from claim records or read back from JSON.
    pub fn articles(&self) -> &[Article] {
        &self.texts
    }

    /// Keeps the texts of `articles` for [`Report::to_html`], by id, in place of any kept:
    /// for a report made from claim records when the articles are at hand.
    pub fn set_articles(&mut self, articles: &[Article]) {
        self.texts = articles.to_vec();
        self.texts.sort_by(|a, b| a.id.cmp(&b.id));
    }

    /// Recomputes the counts that follow from the conflicts: the summary's and each source's.
    fn recount(&mut self) {
        self.summary.conflicts = self.conflicts.len();
        self.summary.agreements = self.agreements.len();
        self.summary.by_kind.clear();
        for c in &self.conflicts {
            *self.summary.by_kind.entry(c.kind.name().to_string()).or_insert(0) += 1;
        }
        // Each conflict touches only the sources on its sides: count through an index of
        // source ids, not by asking every source about every conflict.
        let mut index: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for (k, s) in self.sources.iter().enumerate() {
            index.entry(s.id.as_str()).or_default().push(k);
        }
        let mut conflicts = vec![0; self.sources.len()];
        let mut minority = vec![0; self.sources.len()];
        for c in &self.conflicts {
            let largest = c.sides.iter().map(|s| s.sources.len()).max().unwrap_or(0);
            // Source id -> (on a minority side, on a majority side).
            let mut on: FxHashMap<&str, (bool, bool)> = FxHashMap::default();
            for side in &c.sides {
                let minor = side.sources.len() < largest;
                for id in &side.sources {
                    let e = on.entry(id.as_str()).or_default();
                    if minor {
                        e.0 = true;
                    } else {
                        e.1 = true;
                    }
                }
            }
            for (id, (in_minority, in_majority)) in on {
                for &k in index.get(id).into_iter().flatten() {
                    conflicts[k] += 1;
                    if in_minority && !in_majority {
                        minority[k] += 1;
                    }
                }
            }
        }
        for (s, (c, m)) in self.sources.iter_mut().zip(conflicts.into_iter().zip(minority)) {
            s.conflicts = c;
            s.minority = m;
        }
    }
}

impl ConflictKind {
    /// The name JSON uses: `polarity`, `antonym`, `value`, `role`, `number` or `date`.
    pub fn as_str(self) -> &'static str {
        self.name()
    }
}

impl std::fmt::Display for ConflictKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// `kind == "value"`: a kind equals its JSON name.
impl PartialEq<str> for ConflictKind {
    fn eq(&self, other: &str) -> bool {
        self.name() == other
    }
}

impl PartialEq<&str> for ConflictKind {
    fn eq(&self, other: &&str) -> bool {
        self.name() == *other
    }
}
