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
        let conflict_reports: Vec<ConflictReport> = conflicts
            .iter()
            .enumerate()
            .map(|(n, c)| ConflictReport {
                id: conflict_id(n),
                kind: c.kind.name().to_string(),
                key: c.key.clone(),
                question: c.question.clone(),
                explanation: c.explanation.clone(),
                confidence: c.confidence,
                self_contradiction: c.self_contradiction,
                sides: c.sides.iter().map(|s| side_report(sources, claims, s)).collect(),
                story: None,
            })
            .collect();
        let agreement_reports: Vec<AgreementReport> = agreements
            .iter()
            .enumerate()
            .map(|(n, a)| AgreementReport {
                id: format!("a{}", n + 1),
                kind: a.kind,
                key: a.key.clone(),
                question: a.question.clone(),
                value: a.value.clone(),
                polarity: a.polarity,
                sources: a.claims.iter().map(|&i| source_id(sources, &claims[i]).to_string()).collect(),
                claims: a.claims.iter().map(|&i| claim_ref(sources, &claims[i])).collect(),
                mentions: a.mentions.len(),
                conflict: disputing_conflict(conflicts, a),
            })
            .collect();
        let mut report = Report {
            schema_version: SCHEMA_VERSION,
            summary: Summary {
                articles: sources.len(),
                sentences: sources.iter().map(|s| s.sentences).sum(),
                claims: claims.len(),
                ..Summary::default()
            },
            sources: sources
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
                .collect(),
            conflicts: conflict_reports,
            agreements: agreement_reports,
            warnings: Vec::new(),
            errors: Vec::new(),
            stories: Vec::new(),
        };
        report.recount();
        report
    }
}

fn conflict_id(n: usize) -> String {
    format!("c{}", n + 1)
}

fn side_report(sources: &[SourceView<'_>], claims: &[Claim], s: &Side) -> SideReport {
    let mut ids: Vec<String> = s.mentions.iter().map(|&i| source_id(sources, &claims[i]).to_string()).collect();
    // Mentions come in source order, so repeats are neighbours.
    ids.dedup();
    SideReport {
        value: s.value.clone(),
        sources: ids,
        claims: s.claims.iter().map(|&i| claim_ref(sources, &claims[i])).collect(),
        mentions: s.mentions.len(),
    }
}

/// The conflict one of whose sides holds a claim of the agreement.
fn disputing_conflict(conflicts: &[Conflict], a: &Agreement) -> Option<String> {
    conflicts
        .iter()
        .position(|c| c.sides.iter().any(|s| s.mentions.iter().any(|m| a.mentions.contains(m))))
        .map(conflict_id)
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
