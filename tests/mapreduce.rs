//! The map/reduce split loses nothing: articles → claim records (JSONL) → check gives the
//! report of checking the articles directly — same conflicts, sides, sources and spans —
//! however the records are shuffled or split across files, through the library and
//! through the command line.
//!
//! Runs on the bundled samples, and on the seed and dev clusters when `../shared` is there.

mod common;

use common::{articles_in, binary};
use gainsay::records::{self, ClaimRecord};
use gainsay::{Article, Checker, Report};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Every cluster to try: the samples, and the shared seeds and dev clusters if present.
fn clusters() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = vec![root.join("samples/articles")];
    let shared = root.join("../shared/corpus");
    out.push(shared.join("seeds/articles"));
    if let Ok(rd) = std::fs::read_dir(shared.join("dev")) {
        let mut dev: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path().join("articles"))).collect();
        dev.sort();
        out.extend(dev);
    }
    out.retain(|d| d.is_dir());
    out
}

/// The map step over `articles`, as JSONL.
fn map(checker: &Checker, articles: &[Article]) -> Vec<u8> {
    let mut out = Vec::new();
    for a in articles {
        records::write_jsonl(&mut out, &checker.claim_records(&a.id, &a.text)).unwrap();
    }
    out
}

fn read(jsonl: &[u8]) -> Vec<ClaimRecord> {
    records::read_jsonl(jsonl, "test.jsonl").collect::<gainsay::Result<_>>().expect("records read back")
}

/// A fixed shuffle (xorshift), so that a failure can be replayed.
fn shuffle<T>(items: &mut [T], mut seed: u64) {
    for i in (1..items.len()).rev() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        items.swap(i, (seed % (i as u64 + 1)) as usize);
    }
}

fn assert_same(direct: &Report, reduced: &Report, what: &str) {
    assert_eq!(direct.conflicts.len(), reduced.conflicts.len(), "{what}: number of conflicts");
    for (d, r) in direct.conflicts.iter().zip(&reduced.conflicts) {
        assert_eq!(d, r, "{what}: conflict {}", d.id);
    }
    // The whole report, byte for byte: sources, counts, warnings.
    let (d, r) = (serde_json::to_string_pretty(direct).unwrap(), serde_json::to_string_pretty(reduced).unwrap());
    assert!(d == r, "{what}: reports differ");
}

#[test]
fn records_give_the_report_of_the_articles() {
    let checker = Checker::default().with_alignment(false).with_facts(false);
    let clusters = clusters();
    assert!(!clusters.is_empty());
    let mut compared = 0;
    for dir in clusters {
        let what = dir.display().to_string();
        let articles = articles_in(&dir).expect("read cluster dir");
        let direct = checker.check(&articles);
        // A cluster whose contradictions only the aligned paths find has no keyed conflict
        // to carry through the records; its report is still compared.
        compared += usize::from(!direct.conflicts.is_empty());
        let jsonl = map(&checker, &articles);
        let reduced = checker.report_from_records(read(&jsonl));
        assert_same(&direct, &reduced, &what);
    }
    assert!(compared > 0, "some cluster should have keyed conflicts to compare");
}

#[test]
fn shuffled_records_split_across_workers_give_the_same_report() {
    let checker = Checker::default().with_alignment(false).with_facts(false);
    for dir in clusters() {
        let what = dir.display().to_string();
        let articles = articles_in(&dir).expect("read cluster dir");
        let direct = checker.check(&articles);
        // Three workers, each mapping every third article in reverse order.
        let mut files: Vec<Vec<u8>> = vec![Vec::new(); 3];
        for (i, a) in articles.iter().enumerate().rev() {
            records::write_jsonl(&mut files[i % 3], &checker.claim_records(&a.id, &a.text)).unwrap();
        }
        let mut all: Vec<ClaimRecord> = files.iter().flat_map(|f| read(f)).collect();
        shuffle(&mut all, 0x9e37_79b9_7f4a_7c15);
        let reduced = checker.report_from_records(all);
        assert_same(&direct, &reduced, &what);
    }
}

#[test]
fn articles_given_in_any_order_reduce_in_order_of_their_ids() {
    let checker = Checker::default().with_alignment(false).with_facts(false);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/articles");
    let articles = articles_in(&dir).expect("read cluster dir");
    let mut reversed = articles.clone();
    reversed.reverse();
    let from_reversed = checker.report_from_records(read(&map(&checker, &reversed)));
    assert_same(&checker.check(&articles), &from_reversed, "reversed samples");
}

#[test]
fn missing_records_are_a_warning_and_the_rest_is_checked() {
    let checker = Checker::default().with_alignment(false).with_facts(false);
    let articles = common::samples();
    let mut all = read(&map(&checker, &articles));
    let dropped = all.remove(3);
    let report = checker.report_from_records(all);
    assert_eq!(report.summary.articles, articles.len());
    let warning = report.warnings.iter().find(|w| w.source == dropped.source).expect("a warning for the source");
    assert!(warning.message.contains("1 of its"), "{}", warning.message);
}

// ---------------------------------------------------------------------------------------
// The command line: `claims --format jsonl` and `check --claims`.

/// Runs the binary; returns (exit code, stdout, stderr).
fn gainsay(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(binary())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run gainsay");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

/// A scratch directory for this test process.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gainsay-mapreduce-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn command_line_map_then_reduce_from_files_and_stdin() {
    let (code, direct, err) = gainsay(&["check", "--format", "json", "--paths", "keyed", "samples/articles"], b"");
    assert_eq!(code, 1, "{err}");
    let (code, jsonl, err) = gainsay(&["claims", "--format", "jsonl", "samples/articles"], b"");
    assert_eq!(code, 0, "{err}");
    // Two workers' files, lines shuffled, and a third part on stdin.
    let mut lines: Vec<&str> = jsonl.lines().collect();
    shuffle(&mut lines, 42);
    let dir = scratch("cli");
    let (a, b) = (dir.join("w1.jsonl"), dir.join("w2.jsonl"));
    let third = lines.len() / 3;
    std::fs::write(&a, lines[..third].join("\n")).unwrap();
    std::fs::write(&b, lines[third..2 * third].join("\n") + "\n").unwrap();
    let rest = lines[2 * third..].join("\n");
    let args = [
        "check",
        "--format",
        "json",
        "--claims",
        a.to_str().unwrap(),
        "--claims",
        "-",
        "--claims",
        b.to_str().unwrap(),
    ];
    let (code, reduced, err) = gainsay(&args, rest.as_bytes());
    assert_eq!(code, 1, "{err}");
    assert!(direct == reduced, "check --claims differs from check:\n{err}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn command_line_bad_records_name_their_line() {
    let (_, jsonl, _) = gainsay(&["claims", "--format", "jsonl", "samples/articles"], b"");
    let mut lines: Vec<String> = jsonl.lines().map(String::from).collect();
    lines[1] = "{\"schema\": \"gainsay.claim\", \"version\": 1, \"source\": 3}".into();
    lines.insert(5, "not json at all".into());
    let (code, out, err) = gainsay(&["check", "--format", "json", "--claims", "-"], lines.join("\n").as_bytes());
    assert_eq!(code, 1, "the good records are still checked: {err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<&str> = report["errors"].as_array().unwrap().iter().filter_map(|e| e["message"].as_str()).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("line 2"), "{errors:?}");
    assert!(errors[1].contains("line 6"), "{errors:?}");
    assert!(err.contains("line 6"), "stderr names the line too: {err}");
}
