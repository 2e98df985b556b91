//! Dates and times across articles of one story: the same day or instant written apart meets,
//! different days of one event conflict, and a report's own dateline is not an event date.

use gainsay::{Article, Checker};

fn dates(a: &str, b: &str) -> usize {
    let report = Checker::default().check(&[Article::new("a", a), Article::new("b", b)]);
    report.conflicts.iter().filter(|c| c.kind == "date").count()
}

#[test]
fn a_weekday_and_yesterday_against_the_full_date() {
    // 9 October 2030 is a Wednesday: "yesterday" is Tuesday 8 October.
    let a = "Wednesday, October 9, 2030\n\nBuilder Arno Vale was yesterday freed on bail by a city court.";
    let same = "Builder Arno Vale walked out of the city court on bail on Tuesday, October 8.";
    let other = "Builder Arno Vale walked out of the city court on bail on Monday, October 7.";
    assert_eq!(dates(a, same), 0);
    assert_eq!(dates(a, other), 1);
}

#[test]
fn a_future_weekday_is_after_the_dateline() {
    let a = "Wednesday 15 October 2031\n\nJudgment in the shipping claim will be handed down on Thursday.";
    let b = "The judge will hand down judgment in the shipping claim on October 16.";
    assert_eq!(dates(a, b), 0);
}

#[test]
fn zoned_times_meet_as_instants() {
    let a = "Polls in the referendum close at 9 p.m. local time (1900 GMT) across the country.";
    let b = "Polls in the referendum close at 2000 GMT across the country.";
    assert_eq!(dates(a, b), 1);
    let c = "Polls in the referendum close at 20:00 CET across the country.";
    assert_eq!(dates(a, c), 0);
}

#[test]
fn an_agent_subject_does_not_keep_its_date_apart() {
    // Keyed dates alone: the lenders are who announced, not what; their date meets the deal's.
    let keyed = Checker::default().with_alignment(false).with_facts(false);
    let keyed_dates = |a: &str, b: &str| {
        let report = keyed.check(&[Article::new("a", a), Article::new("b", b)]);
        report.conflicts.iter().filter(|c| c.kind == "date").count()
    };
    let a = "The two lenders announced on 3 May 2031 that they would merge their card businesses.";
    assert_eq!(keyed_dates(a, "The merger of the two card businesses was announced on 13 May."), 1);
    assert_eq!(keyed_dates(a, "The merger of the two card businesses was announced on 3 May."), 0);
    // Things that are dated themselves stay apart: deliveries and inspections are two events.
    let deliveries = "Deliveries of the new trams will begin on 4 June 2031.";
    let inspections = "Inspections of the new trams will begin on 9 June 2031.";
    assert_eq!(keyed_dates(deliveries, inspections), 0);
}

#[test]
fn an_act_of_a_verb_no_event_list_names_is_its_owners() {
    // Keyed dates alone: "sent" is no event of data/values/date_events.toml, so its date is
    // the act of whoever sent: one sender's two dates meet, two senders' never do.
    let keyed = Checker::default().with_alignment(false).with_facts(false);
    let keyed_dates = |a: &str, b: &str| {
        let report = keyed.check(&[Article::new("a", a), Article::new("b", b)]);
        report.conflicts.iter().filter(|c| c.kind == "date").count()
    };
    let a = "Freedonia sent two water bombers to the burning valley on 4 March 2031.";
    assert_eq!(keyed_dates(a, "Freedonia sent two water bombers to the burning valley on 6 March 2031."), 1);
    // Two senders' dates are two acts.
    assert_eq!(keyed_dates(a, "Sylvania sent a water bomber to the burning valley on 6 March 2031."), 0);
    // No owner at all: the act is nobody's and meets nothing.
    assert_eq!(keyed_dates(a, "They sent a water bomber to the burning valley on 6 March 2031."), 0);
}

#[test]
fn a_date_of_a_statement_is_not_the_date_of_what_it_tells() {
    let a = "Thursday 6 March 2031\n\nThe port board cut its harbour fees by a tenth, officials said on Friday.";
    let b =
        "Thursday 6 March 2031\n\nWith traffic down 9% in February, the port board cut its harbour fees by a tenth.";
    assert_eq!(dates(a, b), 0);
    // Two days of the one statement meet, and a day of the statement meets the day of the act.
    let c = "Thursday 6 March 2031\n\nThe port board cut its harbour fees by a tenth, officials said on Monday.";
    assert_eq!(dates(a, c), 1);
    let d = "Thursday 6 March 2031\n\nThe port board cut its harbour fees by a tenth on Monday.";
    assert_eq!(dates(a, d), 1);
}

#[test]
fn a_deadline_at_the_end_of_a_month_is_no_day() {
    let a = "Monday 2 March 2031\n\nThe two ferry lines announced their merger on 12 March 2031, the lines said.";
    let b = "Monday 2 March 2031\n\nThe two ferry lines say the merger is expected to close by the end of June 2031.";
    assert_eq!(dates(a, b), 0);
    // A deadline a later day misses still conflicts.
    let c = "Monday 2 March 2031\n\nThe merger of the two ferry lines will not close until January 2032.";
    assert_eq!(dates(b, c), 1);
}

#[test]
fn a_weekday_under_a_wire_dateline_meets_one_of_an_undated_report() {
    // The wire dateline has no year: the third report's dateline gives the story its year,
    // so "Tuesday" is 9 June 2026, a day of the dateline's week, and meets the undated
    // report's weekday of the same act.
    let wire =
        "Dock strike\n\nVARNOLD, June 10 (Coast Wire) - Container traffic at the port of Varnold has halted.\n\n\
                Dock workers at the port walked out on Tuesday after pay talks collapsed, the union said.";
    let undated = |day: &str| {
        format!(
            "Varnold port at a standstill\n\nShipping at the port of Varnold has stopped.\n\n\
             Dock workers at the port walked out on {day} after pay talks collapsed, the union said."
        )
    };
    let dated =
        "Harbour news\n\nPublished 10 June 2026\n\nFerries to the islands ran on time this week, the operator said.";
    let count = |other: &str| {
        let articles = [Article::new("a", wire), Article::new("b", other), Article::new("c", dated)];
        Checker::default().check(&articles).conflicts.iter().filter(|c| c.kind == "date").count()
    };
    assert_eq!(count(&undated("Monday")), 1);
    assert_eq!(count(&undated("Tuesday")), 0);
    // A weekday of another act is no day of the walk-out.
    let other_act = "Varnold port at a standstill\n\nShipping at the port of Varnold has stopped.\n\n\
                     Port managers met union leaders on Monday, the union said.";
    assert_eq!(count(other_act), 0);
}

#[test]
fn a_holiday_is_its_day_of_the_year() {
    // Christmas Day is 25 December: the same day written two ways meets, the next day does not.
    let a = "The cargo ship Larkmoor ran aground off the headland on Christmas Day, the coastguard said.";
    let same = "The cargo ship Larkmoor ran aground off the headland on December 25, the coastguard said.";
    let other = "The cargo ship Larkmoor ran aground off the headland on Boxing Day, the coastguard said.";
    assert_eq!(dates(a, same), 0);
    assert_eq!(dates(a, other), 1);
    // The Easter cycle moves with the year: Good Friday of 2030 is 19 April.
    let friday = "The Larkmoor ferry strike began on Good Friday 2030, union leaders said.";
    assert_eq!(dates(friday, "The Larkmoor ferry strike began on April 19, 2030, union leaders said."), 0);
    assert_eq!(dates(friday, "The Larkmoor ferry strike began on April 20, 2030, union leaders said."), 1);
}
