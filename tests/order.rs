//! The same articles in any order give byte-identical reports: which side is listed first,
//! the dates and values shown, the sources of each side, the conflicts' ids, the outlier
//! table. Checked over permutations of the bundled samples, and of the shared seed articles
//! when `../shared` is checked out.

mod common;

use gainsay::{Article, Checker};
use proptest::prelude::*;

/// Every rendering of the report, with agreements, which list sources too.
fn renderings(articles: &[Article]) -> [String; 4] {
    let report = Checker::default().with_agreements(true).check(articles);
    [serde_json::to_string_pretty(&report).expect("JSON"), report.to_text(), report.to_markdown(), report.to_jsonl()]
}

/// The first line where two renderings differ, with its number, or `None`.
fn first_difference(got: &str, want: &str) -> Option<String> {
    let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    (0..g.len().max(w.len()))
        .find(|&i| g.get(i) != w.get(i))
        .map(|i| format!("line {}: got {:?}, want {:?}", i + 1, g.get(i), w.get(i)))
}

fn same_in_any_order(articles: Vec<Article>) -> impl Strategy<Value = (Vec<Article>, [String; 4])> {
    let want = renderings(&articles);
    Just(articles).prop_shuffle().prop_map(move |shuffled| (shuffled, want.clone()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn samples_in_any_order((shuffled, want) in same_in_any_order(common::samples())) {
        let got = renderings(&shuffled);
        let ids: Vec<&str> = shuffled.iter().map(|a| a.id.as_str()).collect();
        for (g, w) in got.iter().zip(&want) {
            prop_assert!(first_difference(g, w).is_none(), "in the order {:?}, {}", ids, first_difference(g, w).unwrap_or_default());
        }
    }

    #[test]
    fn seeds_in_any_order((shuffled, want) in same_in_any_order(common::seeds().unwrap_or_default())) {
        let got = renderings(&shuffled);
        let ids: Vec<&str> = shuffled.iter().map(|a| a.id.as_str()).collect();
        for (g, w) in got.iter().zip(&want) {
            prop_assert!(first_difference(g, w).is_none(), "in the order {:?}, {}", ids, first_difference(g, w).unwrap_or_default());
        }
    }
}

#[test]
fn the_bare_command_and_check_dir_print_the_same() {
    // `gainsay` reads the samples in its own order, `gainsay check DIR` by file name.
    let bare = std::process::Command::new(common::binary()).args(["check", "--color", "never"]).output().expect("run");
    let dir = std::process::Command::new(common::binary())
        .args(["check", "--color", "never"])
        .arg(common::root().join("samples/articles"))
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&bare.stdout), String::from_utf8_lossy(&dir.stdout));
}
