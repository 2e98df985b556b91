//! Snapshots (insta) of every rendering of the bundled sample story, built through the
//! library. A change to the rules that moves a conflict shows up here as a reviewable diff:
//! `cargo insta review`, or `INSTA_UPDATE=always cargo test --test report_snapshots` and
//! read `git diff tests/snapshots`.

mod common;

use common::samples;
use gainsay::{Article, Checker, Report};

/// The default check, as `gainsay check samples/articles` makes it.
fn report() -> Report {
    Checker::default().check(&samples())
}

/// With corroboration, as `--agreements` makes it.
fn report_with_agreements() -> Report {
    Checker::default().with_agreements(true).check(&samples())
}

#[test]
fn text() {
    insta::assert_snapshot!(report().to_text());
}

#[test]
fn text_with_agreements() {
    insta::assert_snapshot!(report_with_agreements().to_text());
}

#[test]
fn markdown() {
    insta::assert_snapshot!(report_with_agreements().to_markdown());
}

#[test]
fn jsonl() {
    insta::assert_snapshot!(report_with_agreements().to_jsonl());
}

#[test]
fn html() {
    let articles = samples();
    insta::assert_snapshot!(Checker::default().with_agreements(true).check(&articles).to_html());
}

/// One small report in colour, to pin the ANSI styling (the others have none).
#[test]
fn text_in_colour() {
    let report = Checker::default().check(&[
        Article::new("wire", "Prime Minister Kaarel Tamm of Estonia spoke."),
        Article::new("daily", "Estonian Prime Minister Mart Oja spoke."),
        Article::new("brief", "Estonia's Prime Minister Kaarel Tamm left."),
    ]);
    insta::assert_snapshot!(report.render_text(true));
}
