//! Properties of the whole pipeline — split, claims, normalize, conflicts, report — that hold
//! for every input: sound spans, claims inside their sentences, conflicts that do not depend
//! on the order of articles or sentences, byte-identical reports, and no panic on any text.
//!
//! The news-like generators build sentences from small word lists (countries and their
//! capitals, "will send troops" / "would not deploy troops", office holders, numbers, dates)
//! so that conflicts actually occur.

mod common;

use gainsay::report::Report;
use gainsay::{segment, Article, Checker};
use proptest::prelude::*;
use proptest::sample::select;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(Checker::default)
}

// ---------------------------------------------------------------------------------------
// Generators.

/// Countries and the capitals that stand for them.
const SUBJECTS: &[&str] = &["Italy", "Rome", "France", "Paris", "Germany", "Berlin", "Spain", "Madrid", "Japan"];
/// Countries none of the other lists mention, for unrelated articles.
const OTHER_SUBJECTS: &[&str] = &["Peru", "Lima", "Chile", "Kenya", "Nairobi", "Norway", "Oslo"];
const ACTIONS: &[&str] = &[
    "will send troops",
    "would not deploy troops",
    "is considering sending troops",
    "refused to send troops",
    "pledged troops",
    "will not contribute troops",
    "joined the fund",
    "withdrew from the fund",
    "has agreed to the plan",
    "rejected the plan",
    "will not sign the accord",
    "signed the accord",
];
/// Offices with their country written, and who might hold them.
const OFFICES: &[(&str, &[&str])] = &[
    ("U.S. President", &["Joe Biden", "Donald Trump"]),
    ("French President", &["Emmanuel Macron", "Marine Le Pen"]),
    ("Italian Prime Minister", &["Giorgia Meloni", "Mario Draghi"]),
];
const OTHER_OFFICES: &[(&str, &[&str])] =
    &[("Peruvian President", &["Dina Boluarte", "Pedro Castillo"]), ("Kenyan President", &["William Ruto"])];
const MONTHS: &[&str] = &["January", "March", "June", "October"];
const FILLER: &[&str] = &[
    "Officials met on Friday.",
    "It rained in the north.",
    "The talks went on late into the night.",
    "Critics were not convinced.",
];

/// One news-like sentence about the story.
fn sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (select(SUBJECTS), select(ACTIONS)).prop_map(|(s, a)| format!("{s} {a}.")),
        2 => (select(OFFICES), any::<prop::sample::Index>())
            .prop_map(|((office, people), i)| format!("{office} {} met reporters.", i.get(people))),
        1 => select(&["Joe Biden", "Donald Trump", "Giorgia Meloni"][..]).prop_map(|p| format!("President {p} said no.")),
        1 => select(&[12u32, 23, 40, 300, 1200][..]).prop_map(|n| format!("The floods killed {n} people.")),
        1 => (select(SUBJECTS), select(&[5u32, 50, 500][..]))
            .prop_map(|(s, n)| format!("{s} pledged ${n} million to the fund.")),
        1 => (1u32..29, select(MONTHS)).prop_map(|(d, m)| format!("The accord was signed on {d} {m} 2026.")),
        1 => select(FILLER).prop_map(str::to_string),
    ]
}

/// A sentence of an unrelated story: other countries, other people, no shared things (a bare
/// "President …" takes the country its article mentions most).
fn unrelated_sentence() -> impl Strategy<Value = String> {
    prop_oneof![
        (select(OTHER_SUBJECTS), select(ACTIONS)).prop_map(|(s, a)| format!("{s} {a}.")),
        (select(OTHER_OFFICES), any::<prop::sample::Index>())
            .prop_map(|((office, people), i)| format!("{office} {} met reporters.", i.get(people))),
        select(&["Dina Boluarte", "William Ruto"][..]).prop_map(|p| format!("President {p} said no.")),
    ]
}

/// Sentences joined into an article: a paragraph per line or a few to a line.
fn join(sentences: &[String], seps: &[&str]) -> String {
    let mut text = String::new();
    for (i, s) in sentences.iter().enumerate() {
        if i > 0 {
            text.push_str(seps[i % seps.len()]);
        }
        text.push_str(s);
    }
    text
}

/// The separators an article uses between its sentences.
fn separators() -> impl Strategy<Value = Vec<&'static str>> {
    prop::collection::vec(select(&[" ", "\n", "\n\n", "  ", "\r\n"][..]), 1..4)
}

/// An article as its sentences and separators, so that tests can reorder the sentences.
fn article_parts() -> impl Strategy<Value = (Vec<String>, Vec<&'static str>)> {
    (prop::collection::vec(sentence(), 1..7), separators())
}

/// Two to five articles of one story.
fn cluster() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(article_parts().prop_map(|(s, seps)| join(&s, &seps)), 2..6)
}

/// Two to five articles of one story, each naming a country of the story first.
///
/// An article that names no country gives an office without one ("President Joe Biden")
/// the country the whole cluster mentions most, so an unrelated article that mentions its
/// own country more often moves that office: see
/// `an_unrelated_article_moves_an_office_of_no_country` below.
fn anchored_cluster() -> impl Strategy<Value = Vec<String>> {
    let anchored = (select(SUBJECTS), select(ACTIONS), article_parts())
        .prop_map(|(s, a, (sentences, seps))| format!("{s} {a}.{}{}", seps[0], join(&sentences, &seps)));
    prop::collection::vec(anchored, 2..6)
}

fn articles(texts: &[String]) -> Vec<Article> {
    texts.iter().enumerate().map(|(i, t)| Article::new(format!("a{i}"), t.as_str())).collect()
}

// ---------------------------------------------------------------------------------------
// What is compared.

type Refs = BTreeSet<(String, usize, usize)>;
/// A conflict as (kind, key, sides), each side as its value and its claims as
/// (source id, sentence start, sentence end).
type Full = BTreeSet<(String, String, BTreeSet<(String, Refs)>)>;
/// A conflict as (kind, key, side values).
type Loose = BTreeSet<(String, String, BTreeSet<String>)>;

fn full(report: &Report) -> Full {
    report
        .conflicts
        .iter()
        .map(|c| {
            let sides = c
                .sides
                .iter()
                .map(|s| {
                    let refs = s.claims.iter().map(|r| (r.source.clone(), r.start, r.end)).collect();
                    (s.value.clone(), refs)
                })
                .collect();
            (c.kind.to_string(), c.key.clone(), sides)
        })
        .collect()
}

fn loose(report: &Report) -> Loose {
    report
        .conflicts
        .iter()
        .map(|c| (c.kind.to_string(), c.key.clone(), c.sides.iter().map(|s| s.value.clone()).collect()))
        .collect()
}

fn check(texts: &[String]) -> Report {
    checker().check(&articles(texts))
}

// ---------------------------------------------------------------------------------------
// Invariants of one run.

/// Every claim's sentence is one of the split's text units and holds the claim's words;
/// the claim names its article.
fn check_claims(texts: &[String]) -> Result<(), TestCaseError> {
    for (i, text) in texts.iter().enumerate() {
        let units = segment::split(text);
        common::check_spans(text, &units)?;
        let sentences: BTreeSet<_> = units.iter().filter(|u| u.kind.is_text()).map(|u| u.span).collect();
        for c in checker().extract(i, text).claims {
            prop_assert_eq!(c.source, i);
            prop_assert!(
                sentences.contains(&c.sentence),
                "claim sentence {:?} is not a unit of {:?}",
                c.sentence,
                text
            );
            prop_assert!(c.sentence.contains(c.span), "claim {:?} outside its sentence {:?}", c.span, c.sentence);
            prop_assert!(text.get(c.span.range()).is_some(), "claim {:?} off char boundaries", c.span);
        }
    }
    Ok(())
}

/// Every conflict has two sides or more; a claim stands on one side only; the claims a
/// report shows are sentences of their articles.
fn check_report(texts: &[String], report: &Report) -> Result<(), TestCaseError> {
    prop_assert_eq!(report.summary.articles, texts.len());
    prop_assert_eq!(report.summary.conflicts, report.conflicts.len());
    for c in &report.conflicts {
        prop_assert!(c.sides.len() >= 2, "{} has {} side", c.key, c.sides.len());
        let mut seen = BTreeSet::new();
        for side in &c.sides {
            prop_assert!(!side.claims.is_empty() && side.mentions >= side.claims.len());
            for r in &side.claims {
                let i: usize = r.source[1..].parse().expect("source id a<N>");
                let text = &texts[i];
                prop_assert_eq!(text.get(r.start..r.end), Some(r.sentence.as_str()));
                prop_assert!(r.start <= r.claim_start && r.claim_end <= r.end, "claim outside its sentence");
                prop_assert!(seen.insert((&r.source, r.claim_start, r.claim_end, &r.wording)), "claim on two sides");
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn spans_and_claims_are_sound(texts in cluster()) {
        check_claims(&texts)?;
        check_report(&texts, &check(&texts))?;
    }

    #[test]
    fn no_panic_on_any_text(texts in prop::collection::vec(any::<String>(), 1..4)) {
        check_claims(&texts)?;
        check_report(&texts, &check(&texts))?;
    }

    #[test]
    fn no_panic_on_news_mixed_with_any_text(
        news in prop::collection::vec(sentence(), 1..6),
        junk in prop::collection::vec(any::<String>(), 1..6),
    ) {
        let mixed: Vec<String> = news.iter().zip(junk.iter().cycle()).map(|(n, j)| format!("{n}{j}")).collect();
        let texts = vec![mixed.join(" "), junk.concat(), news.join("\n")];
        check_claims(&texts)?;
        check_report(&texts, &check(&texts))?;
    }

    #[test]
    fn conflicts_are_symmetric(a in article_parts(), b in article_parts()) {
        let (a, b) = (join(&a.0, &a.1), join(&b.0, &b.1));
        let ab = checker().check(&[Article::new("a", a.as_str()), Article::new("b", b.as_str())]);
        let ba = checker().check(&[Article::new("b", b.as_str()), Article::new("a", a.as_str())]);
        prop_assert_eq!(full(&ab), full(&ba), "{:?} / {:?}", a, b);
    }

    #[test]
    fn conflicts_do_not_depend_on_article_order(
        (texts, order) in cluster().prop_flat_map(|t| {
            let n = t.len();
            (Just(t), Just((0..n).collect::<Vec<usize>>()).prop_shuffle())
        })
    ) {
        let base = articles(&texts);
        let shuffled: Vec<Article> = order.iter().map(|&i| base[i].clone()).collect();
        let (a, b) = (checker().check(&base), checker().check(&shuffled));
        prop_assert_eq!(full(&a), full(&b), "order {:?} of {:?}", order, texts);
    }

    #[test]
    fn conflicts_do_not_depend_on_sentence_order(
        (parts, shuffled) in prop::collection::vec(article_parts(), 2..5).prop_flat_map(|parts| {
            let shuffled: Vec<_> = parts.iter().map(|(s, _)| Just(s.clone()).prop_shuffle()).collect();
            (Just(parts), shuffled)
        })
    ) {
        let before: Vec<String> = parts.iter().map(|(s, seps)| join(s, seps)).collect();
        let after: Vec<String> = parts.iter().zip(&shuffled).map(|((_, seps), s)| join(s, seps)).collect();
        // Offsets move with the sentences: compare kinds, keys and side values only.
        prop_assert_eq!(loose(&check(&before)), loose(&check(&after)), "{:?} / {:?}", before, after);
    }

    #[test]
    fn the_same_input_gives_a_byte_identical_report(texts in cluster()) {
        let a = articles(&texts);
        let first = serde_json::to_string_pretty(&checker().check(&a)).unwrap();
        let again = serde_json::to_string_pretty(&checker().check(&a)).unwrap();
        let fresh = serde_json::to_string_pretty(&Checker::default().check(&a)).unwrap();
        let sequential = serde_json::to_string_pretty(
            &checker().report(&a, checker().extract_all_sequential(&a)),
        ).unwrap();
        prop_assert_eq!(&first, &again);
        prop_assert_eq!(&first, &fresh);
        prop_assert_eq!(&first, &sequential);
    }

    #[test]
    fn an_unrelated_article_never_removes_a_conflict(
        texts in anchored_cluster(),
        anchor in (select(OTHER_SUBJECTS), select(ACTIONS)).prop_map(|(s, a)| format!("{s} {a}.")),
        extra in prop::collection::vec(unrelated_sentence(), 0..6),
        at in any::<prop::sample::Index>(),
    ) {
        let mut more = texts.clone();
        // The unrelated article names its own country first, so that its offices are not
        // taken for offices of the story's country.
        more.insert(at.index(texts.len() + 1), format!("{anchor} {}", extra.join(" ")));
        // Ids move with the insertion: name the articles by their text instead.
        let renamed = |report: &Report, texts: &[String]| -> Full {
            full(report)
                .into_iter()
                .map(|(k, key, sides)| {
                    let sides = sides
                        .into_iter()
                        .map(|(v, refs)| {
                            let refs = refs
                                .into_iter()
                                .map(|(src, s, e)| (texts[src[1..].parse::<usize>().unwrap()].clone(), s, e))
                                .collect();
                            (v, refs)
                        })
                        .collect();
                    (k, key, sides)
                })
                .collect()
        };
        let before = renamed(&check(&texts), &texts);
        let after = renamed(&check(&more), &more);
        // Each conflict is still there, each of its sides with at least the same claims.
        for (kind, key, sides) in &before {
            let kept = after.iter().any(|(k, ky, after_sides)| {
                k == kind
                    && ky == key
                    && sides.iter().all(|(v, refs)| after_sides.iter().any(|(w, more)| w == v && refs.is_subset(more)))
            });
            prop_assert!(kept, "{:?} {:?} {:?} lost after adding {:?}", kind, key, sides, extra);
        }
    }
}

/// Two articles that affirm with different words ("will send", "is considering sending"):
/// the yes side's label is the same in either order.
#[test]
fn side_labels_do_not_depend_on_article_order() {
    let a = "Italy will send troops.\nItaly would not deploy troops.";
    let b = "Italy is considering sending troops.";
    let ab = checker().check(&[Article::new("a", a), Article::new("b", b)]);
    let ba = checker().check(&[Article::new("b", b), Article::new("a", a)]);
    assert_eq!(full(&ab), full(&ba));
}

/// An office written without a country in an article that names none takes the country the
/// cluster's other holders of that office have: an unrelated article about another country
/// does not move it there, and the conflict between the others stays.
#[test]
fn an_unrelated_article_moves_an_office_of_no_country() {
    let story = ["Italy will send troops. President Donald Trump said no.", "President Joe Biden said no."];
    let before = check(&story.map(String::from));
    assert!(before.conflicts.iter().any(|c| c.key == "italy | president"));
    let with_peru = check(&[story[0], story[1], "Peru will send troops. Lima will send troops."].map(String::from));
    assert!(with_peru.conflicts.iter().any(|c| c.key == "italy | president"), "{:#?}", loose(&with_peru));
}
