//! The report as JSON Lines: one object per line, for scripts that stream.

use super::{AgreementReport, ClaimRef, ConflictReport, Message, Report, SourceInfo, Summary};
use serde::{Deserialize, Serialize};

/// One line of `--format jsonl`; its `type` field names the variant. Lines come in this
/// order: every `source`; each `conflict` followed by its `claim` lines; every `agreement`
/// (when asked for); every `warning` and `error`; and last, one `summary`.
/// `schema/jsonl-line.schema.json` describes each variant.
///
/// ```
/// use gainsay::report::Line;
/// use gainsay::{Article, Checker};
/// let report = Checker::default().check(&[
///     Article::new("a", "Italy would not send troops."),
///     Article::new("b", "Italy is sending troops."),
/// ]);
/// let jsonl = report.to_jsonl();
/// let lines: Vec<Line> = jsonl.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
/// assert!(matches!(lines[0], Line::Source(_)));
/// assert!(matches!(lines[2], Line::Conflict(_)));
/// assert!(matches!(lines.last(), Some(Line::Summary(s)) if s.summary.conflicts == 1));
/// assert_eq!(lines, report.jsonl_lines());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Line {
    /// A checked article ([`SourceInfo`]).
    Source(SourceInfo),
    /// A contradiction, whole ([`ConflictReport`]); its claims follow as `claim` lines.
    Conflict(ConflictReport),
    /// One claim of a side of the conflict before it.
    Claim(ClaimLine),
    /// A corroborated claim ([`AgreementReport`]).
    Agreement(AgreementReport),
    /// Input read with a problem.
    Warning(Message),
    /// Input that could not be read.
    Error(Message),
    /// The counts, last.
    Summary(SummaryLine),
}

/// A claim behind one side of a conflict, flattened for line-by-line tools: the conflict and
/// side it belongs to, then the fields of [`ClaimRef`].
///
/// ```
/// use gainsay::report::Line;
/// use gainsay::{Article, Checker};
/// let report = Checker::default().check(&[
///     Article::new("a", "Italy would not send troops."),
///     Article::new("b", "Italy is sending troops."),
/// ]);
/// let claim = report.jsonl_lines().into_iter().find_map(|l| match l {
///     Line::Claim(c) => Some(c),
///     _ => None,
/// });
/// let claim = claim.unwrap();
/// assert_eq!((claim.conflict.as_str(), claim.side), ("c1", 0));
/// assert_eq!(claim.claim.source, "a");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimLine {
    /// The id of the conflict ("c1").
    pub conflict: String,
    /// The index of the side in the conflict's `sides`, 0 for the most widely sourced.
    pub side: usize,
    /// What that side says.
    pub value: String,
    /// Where the claim was read.
    #[serde(flatten)]
    pub claim: ClaimRef,
}

/// The last line: the schema version and the counts.
///
/// ```
/// use gainsay::report::{Line, SCHEMA_VERSION};
/// let report = gainsay::Checker::default().check(&[]);
/// match report.jsonl_lines().pop() {
///     Some(Line::Summary(s)) => assert_eq!((s.schema_version, s.summary.articles), (SCHEMA_VERSION, 0)),
///     other => panic!("{other:?}"),
/// }
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryLine {
    /// Version of the report's shape; see [`SCHEMA_VERSION`](super::SCHEMA_VERSION).
    pub schema_version: u32,
    /// The counts of the whole check.
    #[serde(flatten)]
    pub summary: Summary,
}

impl Report {
    /// The report as JSON Lines values, in order; see [`Line`].
    pub fn jsonl_lines(&self) -> Vec<Line> {
        let mut out: Vec<Line> = self.sources.iter().cloned().map(Line::Source).collect();
        for c in &self.conflicts {
            out.push(Line::Conflict(c.clone()));
            for (side, s) in c.sides.iter().enumerate() {
                for r in &s.claims {
                    out.push(Line::Claim(ClaimLine {
                        conflict: c.id.clone(),
                        side,
                        value: s.value.clone(),
                        claim: r.clone(),
                    }));
                }
            }
        }
        out.extend(self.agreements.iter().cloned().map(Line::Agreement));
        out.extend(self.warnings.iter().cloned().map(Line::Warning));
        out.extend(self.errors.iter().cloned().map(Line::Error));
        out.push(Line::Summary(SummaryLine { schema_version: self.schema_version, summary: self.summary.clone() }));
        out
    }

    /// The report as JSON Lines: one compact JSON object per line, each ending in `\n`.
    pub fn to_jsonl(&self) -> String {
        let mut out = String::new();
        for line in self.jsonl_lines() {
            // Plain data with string keys: serialization cannot fail.
            out.push_str(&serde_json::to_string(&line).unwrap_or_default());
            out.push('\n');
        }
        out
    }
}
