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
        "Harrow Foods cut 300 jobs. Principal fiscal officer Tom Brisk explained the cuts.",
        "Harrow Foods cut 300 jobs. Chief Financial Officer Tom Brisk explained the cuts.",
    ]);
    assert!(q.iter().all(|q| !q.contains("Tom Brisk")), "{q:?}");
    let q = questions(&[
        "Harrow Foods cut 300 jobs. Principal fiscal officer Tom Brisk explained the cuts.",
        "Harrow Foods cut 300 jobs. Chief Operating Officer Tom Brisk explained the cuts.",
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
