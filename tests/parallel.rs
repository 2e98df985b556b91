//! Reading articles on many threads gives the report of reading them on one, byte for
//! byte: on the bundled samples and on a few hundred synthetic articles, through the
//! library (thread pools of 1, 2 and 4 threads, and the sequential path) and through the
//! command line (`--threads`).
// Without the `parallel` feature only the command-line test runs.
#![cfg_attr(not(feature = "parallel"), allow(dead_code))]

#[allow(dead_code)]
#[path = "../bench/benches/common/synthetic.rs"]
mod synthetic;

mod common;

use common::binary;
use gainsay::{Article, Checker};
use std::process::Command;

fn synthetic(n: usize) -> Vec<Article> {
    synthetic::corpus(n, synthetic::SEED).into_iter().map(|a| Article::new(a.id, a.text)).collect()
}

/// The report as JSON, read on the calling thread only.
fn sequential(checker: &Checker, articles: &[Article]) -> String {
    let extracted = checker.extract_all_sequential(articles);
    serde_json::to_string_pretty(&checker.report(articles, extracted)).unwrap()
}

#[cfg(feature = "parallel")]
fn on_threads(checker: &Checker, articles: &[Article], threads: usize) -> String {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
    pool.install(|| serde_json::to_string_pretty(&checker.check(articles)).unwrap())
}

#[test]
#[cfg(feature = "parallel")]
fn reports_are_identical_on_any_number_of_threads() {
    let checker = Checker::default();
    for (what, articles) in [("samples", common::samples()), ("synthetic", synthetic(300))] {
        let one = sequential(&checker, &articles);
        assert!(one.contains("\"kind\": \"value\""), "{what}: expected conflicts to compare");
        for threads in [1, 2, 4] {
            assert!(on_threads(&checker, &articles, threads) == one, "{what}: {threads} threads differ from one");
        }
    }
}

#[test]
fn the_synthetic_corpus_is_deterministic_and_has_its_planted_conflicts() {
    let a = synthetic::corpus(300, synthetic::SEED);
    assert_eq!(a, synthetic::corpus(300, synthetic::SEED));
    assert_eq!(a.len(), 300);
    let report = Checker::default().check(&synthetic(300));
    for kind in ["value", "role", "polarity", "number", "date"] {
        assert!(report.summary.by_kind.get(kind).is_some_and(|&n| n > 0), "no {kind} conflict: {:?}", report.summary);
    }
}

#[test]
fn command_line_threads_give_identical_output() {
    let dir = std::env::temp_dir().join(format!("gainsay-parallel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("synthetic.jsonl");
    synthetic::write_jsonl(std::fs::File::create(&input).unwrap(), 300, synthetic::SEED).unwrap();
    let input = input.to_str().unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(binary()).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
        assert!(out.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    for args in [
        &["check", "--format", "json", "samples/articles"][..],
        &["check", "--format", "json", "--input", "jsonl", input][..],
        &["claims", "--format", "jsonl", "--input", "jsonl", input][..],
    ] {
        let one = run(&[args, &["--threads", "1"]].concat());
        assert!(!one.is_empty());
        for threads in ["2", "4"] {
            assert!(run(&[args, &["--threads", threads]].concat()) == one, "{args:?}: --threads {threads} differs");
        }
        assert!(run(args) == one, "{args:?}: the default pool differs");
    }
    let _ = std::fs::remove_dir_all(dir);
}
