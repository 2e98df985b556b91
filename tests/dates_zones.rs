//! Times of named places and days of taking effect across articles of one story: a city's
//! time reads in UTC through the bundled time zone database, two reports that agree on a day
//! stand together against a third, and "from 1 June" is the day a change takes effect.

use gainsay::values::zones::{offsets, Places};
use gainsay::{Article, Checker};

fn date_conflicts(texts: &[(&str, &str)]) -> Vec<Vec<Vec<String>>> {
    let articles: Vec<Article> = texts.iter().map(|(id, t)| Article::new(*id, *t)).collect();
    let report = Checker::default().check(&articles);
    report
        .conflicts
        .iter()
        .filter(|c| c.kind == "date")
        .map(|c| c.sides.iter().map(|s| s.sources.clone()).collect())
        .collect()
}

#[test]
fn a_city_time_meets_a_zone_abbreviation_as_one_instant() {
    // 10 January 2031: Helsinki is two hours ahead of UTC, Paris one.
    let a = "Friday 10 January 2031\n\nThe Maris cargo ship berthed at 8.20pm Helsinki time after the gale.";
    let same = "Friday 10 January 2031\n\nThe Maris cargo ship berthed at 19:20 CET after the gale.";
    let other = "Friday 10 January 2031\n\nThe Maris cargo ship berthed at 20:20 CET after the gale.";
    assert!(date_conflicts(&[("a", a), ("b", same)]).is_empty());
    assert_eq!(date_conflicts(&[("a", a), ("b", other)]).len(), 1);
}

#[test]
fn two_reports_alike_stand_together_against_a_third() {
    // 6 May 2031 is a Tuesday; both reports say the results came on it.
    let a = "Tuesday 6 May 2031\n\nQuillon Systems said on Tuesday it would cut 900 jobs after weak quarterly results.";
    let b = "Tuesday 6 May 2031\n\nQuillon Systems will cut 900 jobs after weak quarterly results, it said on Tuesday.";
    let c =
        "Wednesday 7 May 2031\n\nQuillon Systems said on Monday it would cut 900 jobs after weak quarterly results.";
    let found = date_conflicts(&[("a", a), ("b", b), ("c", c)]);
    assert_eq!(found.len(), 1, "{found:?}");
    let sides = &found[0];
    assert!(sides.iter().any(|s| s.contains(&"a".to_string()) && s.contains(&"b".to_string())), "{sides:?}");
}

#[test]
fn a_user_table_adds_places_and_checks_zones() {
    let mut p = Places::parse("Port Veran\tEurope/Oslo\n").unwrap();
    assert_eq!(p.zone("Port Veran"), Some("Europe/Oslo"));
    assert!(p.extend("Nowhere\tNot/AZone\n").is_err());
    assert_eq!(offsets("Europe/Oslo", None), Some((60, 120)));
    assert!(Places::builtin().zone("Helsinki").is_some());
}

#[test]
fn two_peoples_days_keyed_by_one_verb_do_not_meet() {
    let a = "The painter Arno Vale, who died in June 2029, left three unfinished canvases.";
    let b = "The sculptor Mira Tosk died on 4 February 2030 at her studio, her family said.";
    assert!(date_conflicts(&[("a", a), ("b", b)]).is_empty());
    let c = "The painter Arno Vale died in August 2029, leaving three unfinished canvases.";
    assert_eq!(date_conflicts(&[("a", a), ("c", c)]).len(), 1);
}
