//! The facts stage end to end: owners and attributes read from invented articles, fact
//! conflicts reported by the checker, and, when `../shared` is present, coverage on real
//! news that stays above a floor.

use gainsay::{facts, Article, Checker, Lexicon};

#[test]
fn one_person_two_ages_across_articles_is_a_number_conflict() {
    let articles = [
        Article::new("wire", "Rescuers praised the pilot. Captain Rui Talavera, 54, landed the jet safely on Friday."),
        Article::new("daily", "The pilot was praised by rescuers. Talavera, 45, landed the jet safely on Friday."),
    ];
    // The other paths may report it first; the facts stage then stays silent on it.
    let report = Checker::default().with_facts(true).check(&articles);
    let age = report.conflicts.iter().find(|c| c.kind == "number").expect("an age conflict");
    assert!(!age.key.starts_with("fact |") || age.key.contains("age"), "{}", age.key);
    let lexicon = Lexicon::builtin();
    let found: Vec<facts::Fact> =
        articles.iter().enumerate().flat_map(|(i, a)| facts::read(&lexicon, i, &a.text)).collect();
    let c = facts::conflicts(&found);
    assert_eq!(c.len(), 1, "{found:?}");
    assert_eq!(c[0].attribute, "age");
}

#[test]
fn two_people_two_ages_are_not_a_conflict() {
    let articles = [
        Article::new("wire", "Captain Rui Talavera, 54, landed the jet safely on Friday."),
        Article::new("daily", "First officer Marta Lind, 45, landed the jet safely on Friday."),
    ];
    let report = Checker::default().with_facts(true).check(&articles);
    assert!(report.conflicts.iter().all(|c| !c.key.starts_with("fact |")), "{:?}", report.conflicts);
}

#[test]
fn one_person_two_offices_is_a_role_conflict_by_default() {
    let articles = [
        Article::new("wire", "Pelmor Foods cut 300 jobs. Marta Quill, the firm's chief operating officer, said so."),
        Article::new("daily", "Pelmor Foods will cut jobs, Chief Financial Officer Marta Quill told reporters."),
    ];
    let report = Checker::default().check(&articles);
    assert!(report.conflicts.iter().any(|c| c.kind == "role"), "{:?}", report.conflicts);
    // Offices of two families (a chairman and a chief executive) never meet in facts.
    let articles = [
        Article::new("wire", "Marta Quill, chairman of Pelmor Foods, said so."),
        Article::new("daily", "Chief Executive Marta Quill told reporters."),
    ];
    let report = Checker::default().with_keyed(false).with_alignment(false).check(&articles);
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
}

#[test]
fn an_article_that_contradicts_itself() {
    let text = "Daniel Okafor, 52, told the court the plan was sound. \
                Later Daniel Okafor, 45, told the court the plan was sound.";
    let lexicon = Lexicon::builtin();
    let found = facts::read(&lexicon, 0, text);
    let conflicts = facts::conflicts(&found);
    assert_eq!(conflicts.len(), 1);
    assert!(conflicts[0].sides.iter().flatten().all(|&i| found[i].article == 0));
}

#[test]
fn office_holders_are_single_valued() {
    let articles = [
        Article::new("a", "Marta Lind, chief executive of Pelmor Foods, said profits would rise."),
        Article::new("b", "Tom Brisk, chief executive of Pelmor Foods, said profits would rise."),
    ];
    let report = Checker::default().with_facts(true).check(&articles);
    assert!(report.conflicts.iter().any(|c| c.key.contains("chief executive")), "{:?}", report.conflicts);
}

#[test]
fn coverage_on_real_news_when_present() {
    let path = std::path::Path::new("../shared/corpora/bbc-news/bbc.jsonl");
    let Ok(text) = std::fs::read_to_string(path) else { return };
    let texts: Vec<String> = text
        .lines()
        .take(200)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(String::from))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let c = facts::coverage(&Lexicon::builtin(), &refs);
    assert!(c.with_number > 0);
    assert!(c.share() > 0.1, "{}", c.share());
    assert_eq!(c.sample(10, 1), c.sample(10, 1));
}

/// The facts `facts::read` finds in `text`, as "attribute: owner = value".
fn read_facts(text: &str) -> Vec<String> {
    facts::read(&Lexicon::builtin(), 0, text)
        .iter()
        .map(|f| format!("{}: {} = {:?}", f.attribute, f.owner, f.value))
        .collect()
}

#[test]
fn a_destination_is_read_after_bound_for_and_its_noun() {
    let found = read_facts("The tanker Morvenna, bound for Skelda, ran aground off the cape on Monday.");
    assert!(found.iter().any(|f| f.starts_with("destination:") && f.contains("Skelda")), "{found:?}");
    let found = read_facts("The ferry's destination was Skelda, the operator said.");
    assert!(found.iter().any(|f| f.starts_with("destination:") && f.contains("Skelda")), "{found:?}");
    // Near miss: where a vessel came from is no destination.
    let found = read_facts("The tanker Morvenna left Skelda on Monday and ran aground off the cape.");
    assert!(found.iter().all(|f| !f.starts_with("destination:")), "{found:?}");
}

#[test]
fn a_defeat_in_a_final_names_its_winner() {
    let found = read_facts("Harwick Rovers beat Dunmore Athletic 2-1 in the final on Saturday.");
    assert!(found.iter().any(|f| f.starts_with("winner:") && f.contains("Harwick Rovers")), "{found:?}");
    // Near miss: a defeat in a league game names no winner of a final.
    let found = read_facts("Harwick Rovers beat Dunmore Athletic 2-1 on Saturday.");
    assert!(found.iter().all(|f| !f.starts_with("winner:")), "{found:?}");
}
