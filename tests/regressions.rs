//! Regression tests for inputs that once broke gainsay.
//!
//! - **Fuzzing** (`fuzz/`, see docs/robustness.md): crash inputs go in [`FUZZ_CRASHES`], as
//!   inlined bytes, once fixed. The runs so far found none; [`EDGE_INPUTS`] keeps the small
//!   inputs that stress the same code paths.
//! - **Super-linear slowdowns** found with tests/pathological.rs: each test below is the
//!   shape that was quadratic (or worse), at a size the old code took from seconds to minutes
//!   on, with the conflict it must still find.

use gainsay::{segment, Article, Checker, Report};
use std::time::{Duration, Instant};

/// Inputs that made a fuzz target crash, as the bytes libFuzzer wrote. The `check` target
/// cuts its input into articles at NUL bytes.
const FUZZ_CRASHES: &[&[u8]] = &[];

/// Small inputs at the edges of the splitter and the rules.
const EDGE_INPUTS: &[&[u8]] = &[
    b"",
    b"\xef\xbb\xbf",
    b"\xef\xbb\xbf\xef\xbb\xbf.",
    b"\r",
    b"\r\r\n\n\r",
    "\u{2028}\u{2029}.\u{2028}".as_bytes(),
    b"\\ud800",
    b"Italy \\ud800 will send \\udfff troops.",
    "\u{FFFD}\u{FFFD}. \u{FFFD}".as_bytes(),
    "\u{200B}\u{200D}\u{2060}\u{FEFF}".as_bytes(),
    b"\x00\x01\x07\x1b\x7f",
    b".",
    // A verb read ahead of its next words at the end of a sentence.
    b"The mine employs",
    b"The mine employs about",
    b"The mine employs about 3,200",
    b"...",
    b"U.S.",
    b"(",
    b")",
    "“".as_bytes(),
    "”.".as_bytes(),
    b"1.",
    b"$",
    b"$.",
    b"$1.5.5.5 billion",
    b"99999999999999999999999999999999999999999999 people died.",
    b"1e308 people. -0 people. 0.0000000001%.",
    b"President",
    b"President .",
    b"Mr.",
    b"the the the",
    b"from to from to 5",
    b"Spain will not contribute. Spain will contribute.",
    "Rome would not deploy troops.\0Italy will send troops.".as_bytes(),
    b"\0\0\0",
];

/// The pipeline's invariants on one set of articles: no panic, claims inside their
/// sentences, a report that serializes and renders.
fn survives(articles: &[Article]) -> Report {
    let checker = Checker::default();
    for (i, a) in articles.iter().enumerate() {
        let units = segment::split(&a.text);
        for c in checker.extract(i, &a.text).claims {
            assert!(units.iter().any(|u| u.span == c.sentence), "claim sentence {:?} is no unit", c.sentence);
            assert!(c.sentence.contains(c.span) && a.text.get(c.span.range()).is_some());
        }
    }
    let report = checker.check(articles);
    assert_eq!(report.summary.articles, articles.len());
    serde_json::to_string(&report).expect("report serializes");
    report
}

/// Articles as the `check` fuzz target makes them: cut at NUL bytes, decoded lossily.
fn articles_of(bytes: &[u8]) -> Vec<Article> {
    let text = String::from_utf8_lossy(bytes);
    text.splitn(4, '\0').enumerate().map(|(i, t)| Article::new(format!("s{i}"), t)).collect()
}

#[test]
fn fuzz_crashes_and_edge_inputs_go_through() {
    for bytes in FUZZ_CRASHES.iter().chain(EDGE_INPUTS) {
        survives(&articles_of(bytes));
        survives(&[Article::new("whole", String::from_utf8_lossy(bytes))]);
    }
}

/// The slowest of these checks takes about 3 s in a release build, 5–6 s on a loaded 2-core
/// machine; the blow-ups they guard against took minutes.
const HANG_LIMIT: Duration = Duration::from_secs(60);

/// Runs a check, failing when it takes longer than [`HANG_LIMIT`] (in release builds; debug builds
/// are too slow to time). This is a guard against the quadratic blow-ups below, which took
/// minutes, not a measure of speed (that is `bench/benches/pipeline.rs`): the limit is far
/// above a normal run so a loaded machine does not fail it.
fn timed_check(articles: &[Article]) -> Report {
    let start = Instant::now();
    let report = survives(articles);
    let took = start.elapsed();
    assert!(cfg!(debug_assertions) || took < HANG_LIMIT, "took {took:?}");
    report
}

/// Many in release builds, fewer in debug builds.
fn n(release: usize) -> usize {
    if cfg!(debug_assertions) {
        release / 10
    } else {
        release
    }
}

fn has_conflict(report: &Report, key: &str) -> bool {
    report.conflicts.iter().any(|c| c.key == key)
}

/// conflicts::detect compared every pair of claims with one key; an article repeating a
/// claim thousands of times took minutes. Now a key keeps at most 64 claims per article
/// and 512 in all, and an article that repeats itself cannot crowd out another's denial.
#[test]
fn one_key_in_thousands_of_sentences() {
    let a = Article::new("a", "Finland will send troops. ".repeat(n(20_000)));
    let b = Article::new("b", "Finland would not deploy troops.");
    let report = timed_check(&[a, b]);
    assert!(has_conflict(&report, "finland | contribute troops"), "{:?}", report.conflicts);

    let mut figures = String::new();
    for i in 0..n(20_000) {
        figures.push_str(&format!("The floods killed {} people. ", 10 + i));
    }
    timed_check(&[Article::new("figures", figures)]);
}

/// normalize compared every full name with every other of the same initial and about the
/// same length (a 1 MB article of office holders took 6 s, 4 MB a minute), and each name
/// written alone with every such surname.
#[test]
fn thousands_of_similar_names() {
    let mut text = String::from("Prime Minister Jan Personage said no. ");
    for i in 0..n(20_000) {
        text.push_str(&format!("U.S. President Joe Person{i} said no. Personagx{i} will send troops. "));
    }
    let report = timed_check(&[Article::new("names", text)]);
    assert!(has_conflict(&report, "united states | president"));
    // Spelling variants are still found.
    let report = survives(&[
        Article::new("a", "Ukrainian President Volodymyr Zelenskyy spoke."),
        Article::new("b", "Zelenskiy said no. Ukraine will send troops."),
    ]);
    assert_eq!(report.summary.articles, 2);
}

/// Two names of a million letters each: the edit distance of names is a quadratic table.
#[test]
fn two_long_similar_names() {
    let x = "x".repeat(n(1_000_000));
    let text = format!("President A{x}b said. President A{x}c said. Minister Jo A{x}d quit. Minister Jo A{x}e quit.");
    timed_check(&[Article::new("long", text)]);
}

/// A denial without an object ("Spain will not contribute") joined every group of its key
/// with an object, once per member of the group: cubic (400 KB took 68 s).
#[test]
fn thousands_of_bare_denials() {
    let mut text = "Spain will not contribute. ".repeat(n(5_000));
    for i in 0..n(5_000) {
        text.push_str(&format!(
            "Spain will contribute {} million euros. Spain will contribute Project{i} Fund. ",
            10 + i
        ));
    }
    let report = timed_check(&[Article::new("spain", text)]);
    assert!(report.conflicts.iter().any(|c| c.key.starts_with("spain | contribute")), "{:?}", report.summary);
    // A denial still meets a pledge with an object.
    let report = survives(&[
        Article::new("a", "Spain will not contribute."),
        Article::new("b", "Spain will contribute €40 million."),
    ]);
    assert!(report.conflicts.iter().any(|c| c.key.starts_with("spain | contribute")), "{:?}", report.conflicts);
}

/// A count looked for "from … to" and a changing verb over the whole sentence, for every
/// figure in it: one long sentence of figures was quadratic (1 MB on one line took 3.5 s).
#[test]
fn thousands_of_figures_in_one_sentence() {
    let mut text = String::new();
    for i in 0..n(20_000) {
        text.push_str(&format!("from {i} to {} people, rose to {} tonnes and killed {} people, ", i + 1, i + 2, i + 3));
    }
    text.push('.');
    timed_check(&[Article::new("figures", text)]);
    // "from 120,000 TEU to 500,000 TEU" is still a change, not a count.
    let report = survives(&[
        Article::new("a", "The port grew from 120,000 TEU to 500,000 TEU."),
        Article::new("b", "The port handled 300,000 TEU."),
    ]);
    assert_eq!(report.summary.articles, 2);
}

/// The dates of one event were compared between every pair of related articles: a feed of
/// 2,000 one-sentence articles told alike ran out of 23 GB of memory. Related articles are now
/// found through the stems few of them share, so a feed told alike is linear.
#[test]
fn thousands_of_articles_told_alike() {
    let months = ["January", "March", "May", "July", "September", "November"];
    let articles: Vec<Article> = (0..n(5_000))
        .map(|i| {
            let day = format!("{} {} {}", 1 + i % 28, months[i % months.len()], 2020 + i % 7);
            Article::new(format!("a{i:05}"), format!("The harbour accord was signed in Port Vell on {day}."))
        })
        .collect();
    let report = timed_check(&articles);
    assert!(report.conflicts.len() < articles.len(), "{} conflicts", report.conflicts.len());
}

/// More claims of one key than are compared (unrelated stories checked as one) is said in a
/// warning, not dropped in silence.
#[test]
fn an_overfull_key_is_a_warning() {
    let articles: Vec<Article> = (0..600)
        .map(|i| {
            let text = if i % 2 == 0 { "Italy will send troops." } else { "Italy would not send troops." };
            Article::new(format!("a{i:03}"), text)
        })
        .collect();
    let report = Checker::default().check(&articles);
    assert_eq!(report.summary.warnings, 1, "{:?}", report.warnings);
    let w = &report.warnings[0];
    assert!(w.message.contains("600 claims") && w.message.contains("italy | contribute troops"), "{w:?}");
    assert!(report.conflicts.iter().any(|c| c.key == "italy | contribute troops"));
}
