//! Checks any text, cut into up to four articles at NUL bytes, through the whole pipeline
//! and renders the report in every format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn checker() -> &'static gainsay::Checker {
    static CHECKER: OnceLock<gainsay::Checker> = OnceLock::new();
    CHECKER.get_or_init(gainsay::Checker::default)
}

fuzz_target!(|text: &str| {
    let articles: Vec<gainsay::Article> =
        text.splitn(4, '\0').enumerate().map(|(i, t)| gainsay::Article::new(format!("s{i}"), t)).collect();
    let report = checker().check(&articles);
    assert_eq!(report.summary.articles, articles.len());
    for c in &report.conflicts {
        assert!(c.sides.len() >= 2, "{} has one side", c.key);
    }
    assert!(serde_json::to_string(&report).is_ok());
    let _ = report.to_text();
    let _ = report.to_markdown();
    let _ = report.to_jsonl();
    let _ = report.to_html(&articles);
});
