//! Whose a value is, across sentences and articles: a fact told twice joins its side, a
//! demonym opening a sentence is the one person left, a firm opening a sentence is named
//! whole, and a win's rank meets the count of wins. Invented names throughout.

use gainsay::{Article, Checker};

fn check(texts: &[(&str, &str)]) -> gainsay::Report {
    let articles: Vec<Article> = texts.iter().map(|(id, t)| Article::new(*id, *t)).collect();
    Checker::default().check(&articles)
}

fn sources_of(report: &gainsay::Report, key: &str) -> Vec<String> {
    let mut v: Vec<String> = report
        .conflicts
        .iter()
        .filter(|c| c.key == key)
        .flat_map(|c| c.sides.iter().flat_map(|s| s.sources.iter().cloned()))
        .collect();
    v.sort();
    v
}

#[test]
fn the_same_presenter_told_twice_stands_on_one_side() {
    let r = check(&[
        ("a", "Presenting her budget to parliament, Finance Minister Marta Quill said growth had returned."),
        ("b", "Finance Minister Marta Quill, presenting her budget on Tuesday, left the levy unchanged."),
        ("c", "We thank Tom Brisk, who presented the budget in parliament, for listening."),
    ]);
    assert_eq!(sources_of(&r, "fact | budget | presenter"), ["a", "b", "c"]);
}

#[test]
fn a_nationality_by_elimination_meets_another_article() {
    let r = check(&[
        (
            "a",
            "Tom Vos beat Lars Brisk 7-6, 6-3 to win the title.\n\nVos, 21, is ranked No. 38.\n\n\
             The 31-year-old Swede had dropped one set.",
        ),
        ("b", "Tom Vos beat Lars Brisk, the Finnish world No. 1, in two sets."),
    ]);
    assert_eq!(sources_of(&r, "fact | lars brisk | nationality"), ["a", "b"]);
}

#[test]
fn a_bond_in_two_currencies_when_the_firm_opens_the_sentence() {
    let r = check(&[
        ("a", "Marbly Power sold €600 million of seven-year bonds on Tuesday."),
        ("b", "Marbly Power tapped investors for a seven-year dollar bond this week."),
    ]);
    assert_eq!(sources_of(&r, "fact | marbly power | currency of bond"), ["a", "b"]);
}

#[test]
fn a_third_win_against_four_wins_in_one_article() {
    let r = check(&[(
        "a",
        "Ana Vos won the race on Friday, her fifth win of the year. She now has six victories this year.",
    )]);
    assert!(r.conflicts.iter().any(|c| c.key == "aligned | wins" && c.self_contradiction), "{:?}", r.conflicts);
}
