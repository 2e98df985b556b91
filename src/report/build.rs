//! From claim indexes to report data: strings are copied here, once.

use super::{AgreementReport, ClaimRef, ConflictReport, Report, SideReport, SourceInfo, Summary, SCHEMA_VERSION};
use crate::agreements::Agreement;
use crate::claims::Claim;
use crate::conflicts::{Conflict, Side};

/// What the report builder needs from each article.
pub(crate) struct SourceView<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub sentences: usize,
}

impl Report {
    /// Builds a report from the claims, conflicts and agreements of a check.
    ///
    /// The report does not depend on the order of the articles: sources are listed by id,
    /// each side's sources and claims by source id, and conflicts and agreements in an order
    /// of their own content (confidence, sources, key, values), so the same articles in any
    /// order give byte-identical reports.
    pub(crate) fn build(
        sources: &[SourceView<'_>],
        claims: &[Claim],
        conflicts: &[Conflict],
        agreements: &[Agreement],
    ) -> Report {
        let mut per_source = vec![0usize; sources.len()];
        for c in claims {
            if let Some(n) = per_source.get_mut(c.source) {
                *n += 1;
            }
        }
        let mut conflict_reports: Vec<(usize, ConflictReport)> = conflicts
            .iter()
            .enumerate()
            .map(|(n, c)| {
                let report = ConflictReport {
                    id: String::new(),
                    kind: c.kind,
                    key: c.key.clone(),
                    question: c.question.clone(),
                    explanation: c.explanation.clone(),
                    confidence: c.confidence,
                    self_contradiction: c.self_contradiction,
                    sides: c.sides.iter().map(|s| side_report(sources, claims, s)).collect(),
                    story: None,
                };
                (n, report)
            })
            .collect();
        conflict_reports.sort_by(|(_, a), (_, b)| {
            b.confidence
                .total_cmp(&a.confidence)
                .then_with(|| source_count(b).cmp(&source_count(a)))
                .then_with(|| (&a.key, a.kind).cmp(&(&b.key, b.kind)))
                .then_with(|| side_keys(a).cmp(side_keys(b)))
        });
        // The rank of each conflict of `conflicts`, for the agreements that one disputes.
        let mut ranks = vec![0; conflicts.len()];
        for (rank, (n, c)) in conflict_reports.iter_mut().enumerate() {
            c.id = conflict_id(rank);
            ranks[*n] = rank;
        }
        let mut agreement_reports: Vec<AgreementReport> = agreements
            .iter()
            .map(|a| {
                let mut claim_refs: Vec<ClaimRef> = a.claims.iter().map(|&i| claim_ref(sources, &claims[i])).collect();
                claim_refs.sort_by(|x, y| x.source.cmp(&y.source));
                AgreementReport {
                    id: String::new(),
                    kind: a.kind,
                    key: a.key.clone(),
                    question: a.question.clone(),
                    value: a.value.clone(),
                    polarity: a.polarity,
                    sources: claim_refs.iter().map(|r| r.source.clone()).collect(),
                    claims: claim_refs,
                    mentions: a.mentions.len(),
                    conflict: disputing_conflict(conflicts, a, &ranks).map(conflict_id),
                }
            })
            .collect();
        agreement_reports.sort_by(|a, b| {
            b.sources
                .len()
                .cmp(&a.sources.len())
                .then_with(|| (&a.key, &a.value, &a.sources).cmp(&(&b.key, &b.value, &b.sources)))
        });
        for (n, a) in agreement_reports.iter_mut().enumerate() {
            a.id = format!("a{}", n + 1);
        }
        let mut source_infos: Vec<SourceInfo> = sources
            .iter()
            .zip(&per_source)
            .map(|(s, &n)| SourceInfo {
                id: s.id.to_string(),
                bytes: s.text.len(),
                sentences: s.sentences,
                claims: n,
                conflicts: 0,
                minority: 0,
                story: None,
            })
            .collect();
        source_infos.sort_by(|a, b| a.id.cmp(&b.id));
        let mut report = Report {
            schema_version: SCHEMA_VERSION,
            summary: Summary {
                articles: sources.len(),
                sentences: sources.iter().map(|s| s.sentences).sum(),
                claims: claims.len(),
                ..Summary::default()
            },
            sources: source_infos,
            conflicts: conflict_reports.into_iter().map(|(_, c)| c).collect(),
            agreements: agreement_reports,
            warnings: Vec::new(),
            errors: Vec::new(),
            stories: Vec::new(),
            texts: Vec::new(),
        };
        report.recount();
        report
    }
}

/// The distinct sources of a conflict.
fn source_count(c: &ConflictReport) -> usize {
    let mut ids: Vec<&str> = c.sides.iter().flat_map(|s| s.sources.iter().map(String::as_str)).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

/// What a conflict's sides say and who says it, to order conflicts that tie on the rest.
fn side_keys(c: &ConflictReport) -> impl Iterator<Item = (&str, &[String])> {
    c.sides.iter().map(|s| (s.value.as_str(), s.sources.as_slice()))
}

fn conflict_id(n: usize) -> String {
    format!("c{}", n + 1)
}

/// A side with its sources and claims by source id, whatever the order of the articles.
fn side_report(sources: &[SourceView<'_>], claims: &[Claim], s: &Side) -> SideReport {
    let mut ids: Vec<String> = s.mentions.iter().map(|&i| source_id(sources, &claims[i]).to_string()).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut claim_refs: Vec<ClaimRef> = s.claims.iter().map(|&i| claim_ref(sources, &claims[i])).collect();
    claim_refs.sort_by(|a, b| a.source.cmp(&b.source));
    SideReport { value: s.value.clone(), sources: ids, claims: claim_refs, mentions: s.mentions.len() }
}

/// The rank of the first conflict in the report one of whose sides holds a claim of the
/// agreement.
fn disputing_conflict(conflicts: &[Conflict], a: &Agreement, ranks: &[usize]) -> Option<usize> {
    conflicts
        .iter()
        .zip(ranks)
        .filter(|(c, _)| c.sides.iter().any(|s| s.mentions.iter().any(|m| a.mentions.contains(m))))
        .map(|(_, &rank)| rank)
        .min()
}

fn source_id<'a>(sources: &[SourceView<'a>], c: &Claim) -> &'a str {
    sources.get(c.source).map_or("", |s| s.id)
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
