//! Figures of one thing that meet across wordings: one figure retyped in another article,
//! and an article that gives one thing two figures.

use gainsay::{Article, Checker};

fn check(articles: &[(&str, &str)]) -> gainsay::Report {
    let list: Vec<Article> = articles.iter().map(|(id, text)| Article::new(*id, *text)).collect();
    Checker::default().check(&list)
}

fn numbers(r: &gainsay::Report) -> usize {
    r.conflicts.iter().filter(|c| c.kind == "number").count()
}

#[test]
fn a_count_retyped_in_another_wording() {
    let r = check(&[
        ("wire", "The Harbour Line ferry was carrying 217 passengers and nine crew when it hit the pier."),
        ("blog", "Rescuers said 271 travellers and nine crew were aboard the Harbour Line ferry."),
    ]);
    assert_eq!(numbers(&r), 1, "{:?}", r.conflicts);
}

#[test]
fn two_things_with_alike_digits_are_not_one_retyped() {
    // A hedged figure may be anything near it; the words differ too much to align.
    let r = check(&[
        ("wire", "The Harbour Line ferry was carrying 217 passengers and nine crew when it hit the pier."),
        ("blog", "Rescuers said about 271 passengers and nine crew were aboard the Harbour Line ferry."),
    ]);
    assert_eq!(numbers(&r), 0, "{:?}", r.conflicts);
}

#[test]
fn an_article_that_gives_one_charge_two_figures() {
    let r = check(&[(
        "daily",
        "Pellworth Mills will book a $60 million restructuring charge. Of the $600 million restructuring charge, most is paid this year.",
    )]);
    assert!(r.conflicts.iter().any(|c| c.self_contradiction), "{:?}", r.conflicts);
}

#[test]
fn an_article_that_gives_this_and_last_years_figures_does_not_contradict_itself() {
    let r = check(&[("daily", "The Pellworth plant has 257 workers. Last year it had 275 workers.")]);
    assert!(r.conflicts.iter().all(|c| !c.self_contradiction), "{:?}", r.conflicts);
}

#[test]
fn a_run_ranked_twice_and_two_quarters_that_are_not_a_run() {
    let run = check(&[
        ("a", "Lake Orla's council froze the harbour levy for a third consecutive year."),
        ("b", "Lake Orla's council kept the harbour levy unchanged, its second consecutive freeze."),
    ]);
    assert_eq!(numbers(&run), 1, "{:?}", run.conflicts);
    let quarters = check(&[
        ("a", "Lake Orla's council raised the harbour levy in the third quarter."),
        ("b", "Lake Orla's council raised the harbour levy in the second quarter."),
    ]);
    assert!(quarters.conflicts.iter().all(|c| !c.key.contains("run")), "{:?}", quarters.conflicts);
}

#[test]
fn two_lengths_of_time_in_the_same_two_units_are_one_measurement() {
    let r = check(&[
        ("wire", "Marta Lind, the former treasurer of the Orla rowing club, was jailed for five years and two months on Friday."),
        ("blog", "Former Orla rowing club treasurer Marta Lind was put behind bars for seven years and two months."),
    ]);
    assert_eq!(numbers(&r), 1, "{:?}", r.conflicts);
    // The same length in other words agrees.
    let same = check(&[
        ("wire", "Marta Lind, the former treasurer of the Orla rowing club, was jailed for five years and two months on Friday."),
        ("blog", "Former Orla rowing club treasurer Marta Lind was put behind bars for 5 years and 2 months."),
    ]);
    assert_eq!(numbers(&same), 0, "{:?}", same.conflicts);
}

#[test]
fn a_forecast_does_not_meet_a_reported_figure() {
    let r = check(&[
        ("wire", "Pellworth Mills said revenue came in at $2.4bn for the quarter."),
        ("blog", "For the next quarter, Pellworth Mills forecast revenue of $2.9bn to $3.1bn."),
    ]);
    assert_eq!(numbers(&r), 0, "{:?}", r.conflicts);
}

#[test]
fn a_line_of_four_set_scores_meets_whatever_names_its_sentences_hold() {
    let r = check(&[
        ("wire", "Ana Ruiz beat Li Wei 7-6 (5), 4-6, 6-4, 6-3 to win the Orla Open title."),
        ("blog", "The Spaniard wins 7-6(5) 4-6 6-4 6-2 and falls flat on her back."),
    ]);
    assert_eq!(numbers(&r), 1, "{:?}", r.conflicts);
}

#[test]
fn a_score_in_words_meets_a_score_in_figures() {
    let r = check(&[
        ("wire", "Orla Rovers beat Pellham Town 3-1 at the Saltings on Saturday."),
        ("blog", "A late revival saw Orla Rovers see off visitors Pellham Town by three goals to two."),
    ]);
    assert_eq!(numbers(&r), 1, "{:?}", r.conflicts);
}
