//! The public API on whole articles: the bundled sample story, and the shared seed
//! articles when `../shared` is checked out beside the repository.

mod common;

use common::samples;
use gainsay::{Article, Checker};
use std::path::Path;

#[test]
fn sample_story_has_its_planted_conflicts() {
    let report = Checker::default().check(&samples());
    let found: Vec<(&str, &str)> = report.conflicts.iter().map(|c| (c.kind.as_str(), c.key.as_str())).collect();
    for want in [
        ("polarity", "latvia | contribute vessels"),
        ("value", "signing | venue"),
        ("value", "estonia | prime minister"),
        ("date", "signing | date"),
        ("number", "fund | amount"),
        ("role", "aino lehtola | role"),
    ] {
        assert!(found.contains(&want), "missing {want:?} in {found:?}");
    }
}

#[test]
fn sample_paraphrase_agrees() {
    // "Sweden will send three rescue ships" and "Stockholm will contribute three rescue
    // vessels" are one claim in two wordings.
    let report = Checker::default().check(&samples());
    assert!(report.conflicts.iter().all(|c| !c.key.starts_with("sweden")), "{:?}", report.conflicts);
}

#[test]
fn sample_sides_carry_sources_spans_and_sentences() {
    let articles = samples();
    let report = Checker::default().check(&articles);
    for c in &report.conflicts {
        assert!(c.sides.len() >= 2);
        for side in &c.sides {
            for r in &side.claims {
                let text = &articles.iter().find(|a| a.id == r.source).unwrap().text;
                assert_eq!(&text[r.start..r.end], r.sentence);
                assert!(r.start <= r.claim_start && r.claim_end <= r.end, "{r:?}");
            }
        }
    }
}

#[test]
fn report_is_deterministic() {
    let articles = samples();
    let checker = Checker::default();
    let a = serde_json::to_string(&checker.check(&articles)).unwrap();
    let b = serde_json::to_string(&checker.check(&articles)).unwrap();
    assert_eq!(a, b);
    let mut reversed = articles.clone();
    reversed.reverse();
    let r1 = checker.check(&articles);
    let r2 = checker.check(&reversed);
    let mut k1: Vec<_> = r1.conflicts.iter().map(|c| (&c.kind, &c.key)).collect();
    let mut k2: Vec<_> = r2.conflicts.iter().map(|c| (&c.kind, &c.key)).collect();
    k1.sort();
    k2.sort();
    assert_eq!(k1, k2, "conflicts must not depend on the order of the articles");
}

#[test]
fn parallel_and_sequential_extraction_agree() {
    let articles = samples();
    let checker = Checker::default();
    let par = checker.extract_all(&articles);
    let seq = checker.extract_all_sequential(&articles);
    assert_eq!(par, seq);
}

/// The real seed articles, when the shared corpus is beside the repository.
#[test]
fn seeds_when_available() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds/articles");
    let Ok(rd) = std::fs::read_dir(&dir) else { return };
    let mut paths: Vec<_> = rd.map(|e| e.unwrap().path()).collect();
    paths.sort();
    let articles: Vec<Article> = paths
        .iter()
        .map(|p| Article::new(p.file_stem().unwrap().to_string_lossy(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let report = Checker::default().check(&articles);
    let keys: Vec<&str> = report.conflicts.iter().map(|c| c.key.as_str()).collect();
    assert!(keys.contains(&"united states | president"), "{keys:?}");
    assert!(keys.contains(&"italy | contribute troops"), "{keys:?}");
}

#[test]
fn sample_fund_counts_every_source_of_each_amount() {
    // "€240 million safety fund", "a safety fund of €240 million", "the fund is worth
    // €240 million": three sources on one side.
    let report = Checker::default().check(&samples());
    let fund = report.conflicts.iter().find(|c| c.key == "fund | amount").expect("the fund conflict");
    let sides: Vec<(&str, Vec<&str>)> =
        fund.sides.iter().map(|s| (s.value.as_str(), s.sources.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        sides,
        [("€240 million", vec!["coastal-times", "harbor-wire", "quick-brief"]), ("€420 million", vec!["daily-ledger"])]
    );
}
