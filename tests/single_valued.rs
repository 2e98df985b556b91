//! Single-valued attributes and roles across articles (issue 12, item 3): one inquiry has
//! one leader, one person one nationality and one office of a family; a verb can name the
//! office ("has coached her"), and a spun title in other words is the same office.

use gainsay::{Article, Checker};

fn questions(texts: &[&str]) -> Vec<String> {
    let articles: Vec<Article> =
        texts.iter().enumerate().map(|(i, t)| Article::new(format!("a{i}"), t.to_string())).collect();
    Checker::default().check(&articles).conflicts.iter().map(|c| c.question.clone()).collect()
}

#[test]
fn two_bodies_leading_one_inquiry_conflict() {
    let q = questions(&[
        "Freedonia's Air Safety Board will lead the investigation into the crash of the airliner.",
        "The investigation into the crash of the airliner is led by the Sylvanian Accident Bureau (SAB).",
    ]);
    assert!(q.iter().any(|q| q.contains("leader of the investigation")), "{q:?}");
}

#[test]
fn a_coach_by_verb_and_a_physiotherapist_conflict_but_not_a_coach() {
    let q = questions(&[
        "Lena Vos, who has coached her since she was nine, wept in the stand.",
        "Brisk's physiotherapist, Lena Vos, wept in the box.",
    ]);
    assert!(q.iter().any(|q| q.contains("post (staff) of Lena Vos")), "{q:?}");
    let q = questions(&[
        "Lena Vos, who has coached her since she was nine, wept in the stand.",
        "Brisk's coach, Lena Vos, wept in the box.",
    ]);
    assert!(q.iter().all(|q| !q.contains("Lena Vos")), "{q:?}");
}

#[test]
fn a_title_in_other_words_is_the_same_office() {
    // "principal fiscal officer" says "chief financial officer".
    let q = questions(&[
        "Pelmor Foods cut 300 jobs. Principal fiscal officer Tom Brisk explained the cuts.",
        "Pelmor Foods cut 300 jobs. Chief Financial Officer Tom Brisk explained the cuts.",
    ]);
    assert!(q.iter().all(|q| !q.contains("Tom Brisk")), "{q:?}");
    let q = questions(&[
        "Pelmor Foods cut 300 jobs. Principal fiscal officer Tom Brisk explained the cuts.",
        "Pelmor Foods cut 300 jobs. Chief Operating Officer Tom Brisk explained the cuts.",
    ]);
    assert!(q.iter().any(|q| q.contains("Tom Brisk")), "{q:?}");
}

#[test]
fn two_nationalities_of_one_person_conflict() {
    let q = questions(&[
        "Lena Vos beat Tom Brisk, the Finnish world No. 4, in 4 sets.",
        "Lena Vos beat Tom Brisk, the Swedish world No. 4, in 4 sets.",
    ]);
    assert!(q.iter().any(|q| q.contains("nationality of Tom Brisk")), "{q:?}");
    let q = questions(&[
        "Lena Vos beat Tom Brisk, the British world No. 4, in 4 sets.",
        "Lena Vos beat Tom Brisk, the Briton ranked No. 4, in 4 sets.",
    ]);
    assert!(q.iter().all(|q| !q.contains("nationality")), "{q:?}");
}

/// The values the check reports as `value` conflicts between two articles.
fn value_questions(a: &str, b: &str) -> Vec<String> {
    let articles = [Article::new("a", a), Article::new("b", b)];
    Checker::default()
        .check(&articles)
        .conflicts
        .iter()
        .filter(|c| c.kind == "value")
        .map(|c| c.question.clone())
        .collect()
}

const VOTE: &str = "Voters in Chile went to the polls on Sunday amid heavy rain. ";

#[test]
fn one_election_won_in_two_wordings_by_two_people_conflicts() {
    let active = format!("{VOTE}Rosa Delmont won the presidential election, results showed on Monday.");
    for other in [
        "The presidential election was won by Ivan Petrov, the electoral commission said on Monday.",
        "Ivan Petrov's victory in the presidential election was confirmed on Monday.",
        "The electoral commission declared Ivan Petrov the winner of the presidential election on Monday.",
    ] {
        let q = value_questions(&active, &format!("{VOTE}{other}"));
        assert!(q.iter().any(|q| q.contains("winner of the election")), "{other}: {q:?}");
    }
    // Near misses: another election, a hope, one winner in two wordings.
    for other in [
        "Ivan Petrov won the regional election held last spring, and now backs Delmont.",
        "Ivan Petrov is expected to win the presidential election, analysts said on Monday.",
        "The presidential election was won by Rosa Delmont, the commission said on Monday.",
    ] {
        let q = value_questions(&active, &format!("{VOTE}{other}"));
        assert!(q.is_empty(), "{other}: {q:?}");
    }
}

#[test]
fn a_place_fronting_a_clause_is_the_venue_of_its_event_only() {
    let lead = "Fisheries ministers of the two states met at the weekend. ";
    let q = value_questions(
        &format!("{lead}In Verona on Sunday, the ministers held talks on the fishing pact."),
        &format!("{lead}In Utrecht on Sunday, the ministers held talks on the fishing pact."),
    );
    assert!(q.iter().any(|q| q.starts_with("Where did")), "{q:?}");
    // Near misses: a fronting place or month of a clause that tells no event is no venue.
    let q = value_questions(
        &format!("{lead}In Verona, shares in the ferry operator fell 2% on Monday."),
        &format!("{lead}In Utrecht, shares in the ferry operator fell 2% on Monday."),
    );
    assert!(q.is_empty(), "{q:?}");
    let q = value_questions(
        &format!("{lead}In January, the ferry operator sued the port authority."),
        &format!("{lead}In Utrecht, the ferry operator sued the port authority."),
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn one_final_held_at_one_ground_hosted_by_another_conflicts() {
    let q = value_questions(
        "The football association confirmed the date on Tuesday. The final will be held at Wexley Park in May.",
        "The football association confirmed the date on Tuesday. Reykjavik will host the final in May.",
    );
    assert!(q.iter().any(|q| q.contains("venue")), "{q:?}");
}

#[test]
fn one_firm_bought_by_two_buyers_in_two_wordings_conflicts() {
    let q = value_questions(
        "Dunmere Dental was bought by Quarrington Partners for an undisclosed sum, the firm said.",
        "Halvard Group's takeover of Dunmere Dental was completed on Friday, the firm said.",
    );
    assert!(q.iter().any(|q| q.contains("buyer of Dunmere Dental")), "{q:?}");
    let q = value_questions(
        "Dunmere Dental has been sold to Halvard Group, the firm said on Friday.",
        "Quarrington Partners has bought Dunmere Dental, the firm said on Friday.",
    );
    assert!(q.iter().any(|q| q.contains("buyer of Dunmere Dental")), "{q:?}");
    // Near miss: a rival's bid is no purchase.
    let q = value_questions(
        "Halvard Group has acquired Dunmere Dental, the two firms said on Friday.",
        "Quarrington Partners had made a rival bid for Dunmere Dental earlier this year, the firms said.",
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn one_chief_executive_named_two_ways_conflicts_but_not_a_deputy() {
    let q = value_questions(
        "Pelmor Foods will cut 300 jobs. Marta Quill, Pelmor Foods' chief executive, said the cuts were painful.",
        "Pelmor Foods will cut 300 jobs. Tom Brisk, chief executive of Pelmor Foods, said the cuts were painful.",
    );
    assert!(q.iter().any(|q| q.contains("chief executive of Pelmor Foods")), "{q:?}");
    let q = value_questions(
        "Pelmor Foods will cut 300 jobs. The company's chief executive is Marta Quill, who joined in 2020.",
        "Pelmor Foods will cut 300 jobs. Tom Brisk, its chief executive, said the cuts were painful.",
    );
    assert!(q.iter().any(|q| q.contains("chief executive of Pelmor Foods")), "{q:?}");
    let q = value_questions(
        "Pelmor Foods will cut 300 jobs. Chief executive Marta Quill said the cuts were painful.",
        "Pelmor Foods will cut 300 jobs. Deputy chief executive Tom Brisk said the cuts were painful.",
    );
    assert!(q.is_empty(), "{q:?}");
}
