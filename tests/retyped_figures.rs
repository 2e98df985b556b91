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
fn a_hedged_figure_retyped_is_still_one_figure_retyped() {
    // "About" widens a figure by a tenth; swapped digits move it far further.
    let r = check(&[
        ("wire", "The Harbour Line ferry was carrying 217 passengers and nine crew when it hit the pier."),
        ("blog", "Rescuers said about 271 passengers and nine crew were aboard the Harbour Line ferry."),
    ]);
    assert_eq!(numbers(&r), 1, "{:?}", r.conflicts);
}

#[test]
fn a_hedge_that_covers_the_other_figure_or_a_rounded_size_is_no_slip() {
    // Within a tenth of each other: "about" allows it.
    let near = check(&[
        ("wire", "The Harbour Line ferry was carrying 1,250 passengers and nine crew when it hit the pier."),
        ("blog", "Rescuers said about 1,205 passengers and nine crew were aboard the Harbour Line ferry."),
    ]);
    assert_eq!(numbers(&near), 0, "{:?}", near.conflicts);
    // A hedged figure with a digit more is another size, not a slip. (Sentences this far
    // apart meet only as slips: in sentences retold alike, "about 20" and "120" passengers
    // of one ferry are two sizes, and the aligned path reports them.)
    let rounded = check(&[
        ("wire", "The Harbour Line ferry was carrying about 20 passengers when it hit the pier."),
        ("blog", "Rescuers counted 120 passengers on the manifest."),
    ]);
    assert_eq!(numbers(&rounded), 0, "{:?}", rounded.conflicts);
}

#[test]
fn a_moved_decimal_point_is_a_slip() {
    let r = check(&[
        ("wire", "The Pellham health ministry has ordered 36 million doses of a flu vaccine from a Lisk supplier."),
        ("blog", "Pellham ordered 3.6m doses of the flu vaccine from Lisk, the health ministry said."),
    ]);
    assert_eq!(numbers(&r), 1, "{:?}", r.conflicts);
    // The same figure written two ways agrees.
    let same = check(&[
        ("wire", "The Pellham health ministry has ordered 3.6 million doses of a flu vaccine from a Lisk supplier."),
        ("blog", "Pellham ordered 3.6m doses of the flu vaccine from Lisk, the health ministry said."),
    ]);
    assert_eq!(numbers(&same), 0, "{:?}", same.conflicts);
}

#[test]
fn a_bare_dollar_sign_is_the_dollar_another_article_names() {
    let r = check(&[
        ("wire", "Kessock city council voted to approve a C$310 million package for a new riverside arena."),
        ("blog", "Kessock city council has approved a $130 million riverside arena, officials said."),
    ]);
    assert_eq!(numbers(&r), 1, "{:?}", r.conflicts);
    // Two dollars both named are two currencies.
    let two = check(&[
        ("wire", "Kessock city council voted to approve a C$310 million package for a new riverside arena."),
        ("blog", "Kessock city council has approved an A$130 million riverside arena, officials said."),
    ]);
    assert_eq!(numbers(&two), 0, "{:?}", two.conflicts);
}

#[test]
fn a_measurement_retyped_meets_by_its_unit() {
    let r = check(&[
        ("wire", "The blaze near Lake Orla has burned about 52,000 hectares of pine forest, firefighters said."),
        ("blog", "More than 25,000 hectares of pine forest near Lake Orla have burned since Sunday."),
    ]);
    assert_eq!(numbers(&r), 1, "{:?}", r.conflicts);
    let years = check(&[
        ("wire", "The Orla rail bridge, closed for 14 years, will reopen to trains in May."),
        ("blog", "Trains will cross the Orla rail bridge in May for the first time in nearly 41 years."),
    ]);
    assert_eq!(numbers(&years), 1, "{:?}", years.conflicts);
    // The other article gives the burned area a figure that fits too: two areas, not one
    // retyped.
    let other = check(&[
        ("wire", "The blaze near Lake Orla has burned about 52,000 hectares of pine forest, firefighters said."),
        (
            "blog",
            "More than 50,000 hectares of pine forest near Lake Orla have burned. Lake Orla farmers sowed 25,000 hectares of barley.",
        ),
    ]);
    assert_eq!(numbers(&other), 0, "{:?}", other.conflicts);
}

#[test]
fn where_a_count_comes_from_is_no_old_end_of_a_change() {
    let r = check(&[
        ("wire", "The Orla election board ordered a recount of ballots from 316 polling stations in the north."),
        ("blog", "Recounting ballots at 613 polling stations will not settle the Orla dispute, the board was told."),
    ]);
    assert_eq!(numbers(&r), 1, "{:?}", r.conflicts);
    // "from" before a figure that counts nothing is still the old end of a change.
    let change = check(&[
        ("wire", "The Orla council will raise the harbour levy threshold from £60,000 next year."),
        ("blog", "Raising the Orla harbour levy threshold to £150,000 would spare most boat owners."),
    ]);
    assert_eq!(numbers(&change), 0, "{:?}", change.conflicts);
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
