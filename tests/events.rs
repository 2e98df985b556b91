//! Events across wordings, through the whole checker: invented articles of one story.

use gainsay::{Article, Checker};

fn kinds(a: &str, b: &str) -> Vec<String> {
    let report = Checker::default().check(&[Article::new("a", a), Article::new("b", b)]);
    report.conflicts.iter().map(|c| c.kind.as_str().to_string()).collect()
}

#[test]
fn a_state_against_its_complement() {
    let k = kinds(
        "Harlow Tunnel stayed open on Sunday while crews inspected the northbound lanes.",
        "Harlow Tunnel was closed on Sunday while crews inspected the northbound lanes.",
    );
    assert!(k.iter().any(|k| k == "antonym"), "{k:?}");
}

#[test]
fn a_change_up_against_a_change_down() {
    let k = kinds(
        "Pellworth Foods raised its full-year sales forecast after a strong winter quarter.",
        "Pellworth Foods cut its full-year sales forecast after a weak winter quarter.",
    );
    assert!(k.iter().any(|k| k == "antonym"), "{k:?}");
}

#[test]
fn a_denial_of_a_synonym() {
    let k = kinds(
        "The Ostvale council has postponed the vote on the harbour plan.",
        "The Ostvale council did not defer the vote on the harbour plan.",
    );
    assert!(k.iter().any(|k| k == "polarity"), "{k:?}");
}

#[test]
fn near_misses_do_not_meet() {
    // Different subjects, and a wish against a fact.
    assert!(kinds(
        "Exports from Ostvale rose 3% in the winter quarter.",
        "Imports to Ostvale fell 3% in the winter quarter.",
    )
    .iter()
    .all(|k| k != "antonym"));
    assert!(kinds(
        "The Ostvale council approved the harbour plan on Monday.",
        "The Ostvale council wants to approve the harbour plan on Monday.",
    )
    .is_empty());
}
