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

fn conflicts(articles: &[(&str, &str)]) -> Vec<(String, String)> {
    let arts: Vec<Article> = articles.iter().map(|(id, t)| Article::new(*id, *t)).collect();
    let report = Checker::default().check(&arts);
    report.conflicts.iter().map(|c| (c.kind.as_str().to_string(), c.key.clone())).collect()
}

#[test]
fn a_state_the_aligner_does_not_pair() {
    // One sentence each on the roof, worded apart: paired by the participant "roof".
    let k = conflicts(&[
        ("a", "Crowds packed the Varnhold stadium. The sliding roof stayed open throughout, and the evening air was warm."),
        ("b", "Showers had passed over Varnhold in the afternoon, and the final was played with the roof closed."),
    ]);
    assert!(k.iter().any(|(kind, key)| kind == "antonym" && key.contains("state")), "{k:?}");
}

#[test]
fn custody_against_bail_in_one_story() {
    let k = conflicts(&[
        ("a", "A Merrow man appeared in court on Monday charged with arson. He was remanded in custody."),
        ("b", "A man charged over a fire at a Merrow warehouse has been granted conditional bail."),
    ]);
    assert!(k.iter().any(|(_, key)| key.contains("custody")), "{k:?}");
    // Near miss: the second article says both, of two people.
    let k = conflicts(&[
        ("a", "A Merrow man appeared in court on Monday charged with arson. He was remanded in custody."),
        (
            "b",
            "A man charged over a fire at a Merrow warehouse has been granted conditional bail. His brother was remanded in custody.",
        ),
    ]);
    assert!(k.iter().all(|(_, key)| !key.contains("custody")), "{k:?}");
}
