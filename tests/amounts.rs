//! Amounts across articles (issue 12, item 1): the same amount in another currency meets at
//! the rate the story's own articles give, and a person's two offices are reported beside a
//! figure of the same two sentences.

use gainsay::conflicts::ConflictKind;
use gainsay::{Article, Checker};

/// Each conflict of `texts` (one article each): its kind and its sides' values.
fn conflicts(texts: &[&str]) -> Vec<(ConflictKind, Vec<String>)> {
    let articles: Vec<Article> =
        texts.iter().enumerate().map(|(i, t)| Article::new(format!("a{i}"), t.to_string())).collect();
    Checker::default()
        .check(&articles)
        .conflicts
        .iter()
        .map(|c| (c.kind, c.sides.iter().map(|s| s.value.clone()).collect()))
        .collect()
}

fn numbers(texts: &[&str]) -> Vec<Vec<String>> {
    conflicts(texts).into_iter().filter(|(k, _)| *k == ConflictKind::Number).map(|(_, v)| v).collect()
}

const LEI: &str = "Korvik ferry strike enters second week\n\nKORVIK, March 3 - Dock workers at the port of \
Korvik extended their strike on Tuesday, the union said.\n\nA spokesman, Dana Morosan, said the strike was \
costing the Velmar Line 12 million lei a day.\n\nThe union wants a pay rise of 9 per cent.\n";
const DOLLARS: &str = "Strike at Korvik port drags on\n\nDock workers at Korvik stayed out for an eighth day \
on Tuesday.\n\nA spokesman, Dana Morosan, said the strike was costing the Velmar Line the equivalent of $6 \
million a day.\n\nTalks are due to resume on Friday.\n";
const RATE: &str = "Korvik dockers dig in\n\nThe dock strike at Korvik is now in its second week.\n\nWhat does \
it cost the ferry operator? About 12 million lei every day, or roughly $2.6 million, according to the \
company.\n\nThe union has asked for a 9 per cent rise.\n";

#[test]
fn an_amount_meets_its_equivalent_at_the_rate_a_third_article_gives() {
    let found = numbers(&[LEI, DOLLARS, RATE]);
    assert!(
        found.iter().any(|v| v.iter().any(|s| s.contains("lei")) && v.iter().any(|s| s.contains("$6"))),
        "{found:?}"
    );
    // Near miss: no article gives the rate, and lei and dollars are never compared as numbers.
    assert!(numbers(&[LEI, DOLLARS]).is_empty());
    // Near miss: at the rate given, the two amounts agree.
    let agreeing = DOLLARS.replace("$6 million", "$2.7 million");
    assert!(numbers(&[LEI, &agreeing, RATE]).is_empty(), "{:?}", numbers(&[LEI, &agreeing, RATE]));
}

#[test]
fn an_office_is_reported_beside_a_figure_of_the_same_sentences() {
    let a = "Chief executive Dana Morosan said the strike was costing the Velmar Line $2.6 million a day.";
    let b = "Chief financial officer Dana Morosan said the strike was costing the Velmar Line $6 million a day.";
    let kinds: Vec<ConflictKind> = conflicts(&[a, b]).into_iter().map(|(k, _)| k).collect();
    assert!(kinds.contains(&ConflictKind::Number) && kinds.contains(&ConflictKind::Role), "{kinds:?}");
    // Near miss: one office and one figure, no conflict of either.
    let b = "Chief executive Dana Morosan said the strike was costing the Velmar Line $2.6 million a day.";
    assert!(conflicts(&[a, b]).is_empty());
}
