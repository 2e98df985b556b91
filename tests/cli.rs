//! The command line loses nothing: each bad input is reported in the JSON report's `errors`
//! or `warnings` (and on stderr), the good files given with it are still checked, and the
//! exit status is 2 only when nothing could be checked.
//!
//! The tests run the built `gainsay` example binary (`target/<profile>/examples/gainsay`),
//! building it first when it is missing.

mod common;

use common::binary;
use serde_json::Value;
use std::ffi::OsString;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Two small articles that contradict each other: does Italy send troops?
const GOOD_A: &str = "Rome would not deploy troops to the border, officials said.\n";
const GOOD_B: &str = "Italy will send troops to the border.\n";
/// The key of their conflict.
const GOOD_KEY: &str = "italy | contribute troops";

/// A directory of its own under the system's temporary directory, removed at the end.
struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("gainsay-cli-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create scratch dir");
        Scratch(dir)
    }

    /// Writes `bytes` to `name` in the scratch directory and returns its path.
    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent");
        }
        std::fs::write(&path, bytes).expect("write scratch file");
        path
    }

    /// The two good articles, as `wire.txt` and `daily.txt`.
    fn good(&self) -> [PathBuf; 2] {
        [self.file("good/wire.txt", GOOD_A), self.file("good/daily.txt", GOOD_B)]
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What a run of the binary gave.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Run {
    /// The JSON report on stdout.
    fn report(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not a JSON report ({e}):\n{}\nstderr:\n{}", self.stdout, self.stderr))
    }
}

/// Runs the binary with `args`, feeding `stdin`.
fn gainsay<I, S>(args: I, stdin: &[u8]) -> Run
where
    I: IntoIterator<Item = S>,
    S: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let mut child = Command::new(binary())
        .args(&args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gainsay");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("wait for gainsay");
    writer.join().expect("stdin writer");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!run.stderr.contains("panicked"), "gainsay {args:?} panicked:\n{}", run.stderr);
    run
}

/// `check --format json` on the given paths.
fn check_json(paths: &[&Path], stdin: &[u8]) -> Run {
    let mut args: Vec<OsString> = vec!["check".into(), "--format".into(), "json".into()];
    args.extend(paths.iter().map(|p| p.as_os_str().to_owned()));
    gainsay(args, stdin)
}

/// Asserts the good articles were checked: their conflict is in the report, with both ids.
fn assert_good_checked(report: &Value) {
    let conflicts = report["conflicts"].as_array().expect("conflicts");
    let found = conflicts.iter().find(|c| c["key"] == GOOD_KEY);
    let Some(found) = found else { panic!("no conflict on {GOOD_KEY:?} in {report:#}") };
    assert_eq!(found["kind"], "polarity");
    let mut sources: Vec<&str> = found["sides"]
        .as_array()
        .expect("sides")
        .iter()
        .flat_map(|s| s["sources"].as_array().expect("sources").iter().filter_map(Value::as_str))
        .collect();
    sources.sort_unstable();
    assert_eq!(sources, ["daily", "wire"], "{found:#}");
}

/// The `source` fields of the report's `errors` or `warnings`.
fn messages<'r>(report: &'r Value, field: &str) -> Vec<(&'r str, &'r str)> {
    report[field]
        .as_array()
        .unwrap_or_else(|| panic!("no {field} array"))
        .iter()
        .map(|m| (m["source"].as_str().unwrap_or(""), m["message"].as_str().unwrap_or("")))
        .collect()
}

/// Checks the summary's counts.
fn assert_summary(report: &Value, articles: u64, errors: u64, warnings: u64) {
    let s = &report["summary"];
    assert_eq!(s["articles"], articles, "articles in {s}");
    assert_eq!(s["errors"], errors, "errors in {s}");
    assert_eq!(s["warnings"], warnings, "warnings in {s}");
    assert_eq!(report["errors"].as_array().map(Vec::len), Some(errors as usize));
    assert_eq!(report["warnings"].as_array().map(Vec::len), Some(warnings as usize));
}

#[test]
fn good_articles_alone_conflict() {
    let dir = Scratch::new("good");
    let [a, b] = dir.good();
    let run = check_json(&[&a, &b], b"");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.report();
    assert_summary(&report, 2, 0, 0);
    assert_good_checked(&report);
}

#[test]
fn invalid_utf8_is_decoded_lossily_checked_and_warned() {
    let dir = Scratch::new("utf8");
    let [a, b] = dir.good();
    let bad = dir.file("latin1.txt", b"Sp\xe9cial report.\nLatvia will send \xff\xfe vessels to the port.\n");
    let run = check_json(&[&a, &bad, &b], b"");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.report();
    assert_summary(&report, 3, 0, 1);
    let warnings = messages(&report, "warnings");
    assert!(warnings[0].0.ends_with("latin1.txt") && warnings[0].1.contains("UTF-8"), "{warnings:?}");
    assert!(run.stderr.contains("latin1.txt"), "stderr: {}", run.stderr);
    let source = report["sources"].as_array().unwrap().iter().find(|s| s["id"] == "latin1").expect("latin1 checked");
    assert!(source["sentences"].as_u64() >= Some(1), "{source}");
    assert_good_checked(&report);

    // The same on stdin.
    let run = check_json(&[&a, Path::new("-"), &b], b"Rome said \xc0\xafno.\n");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.report();
    assert_summary(&report, 3, 0, 1);
    assert_eq!(messages(&report, "warnings")[0].0, "-");
    assert_good_checked(&report);
}

#[test]
fn a_missing_file_is_an_error_and_the_rest_is_checked() {
    let dir = Scratch::new("missing");
    let [a, b] = dir.good();
    let missing = dir.0.join("no-such-article.txt");
    let run = check_json(&[&a, &missing, &b], b"");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.report();
    assert_summary(&report, 2, 1, 0);
    let errors = messages(&report, "errors");
    assert!(errors[0].0.ends_with("no-such-article.txt") && errors[0].1.contains("check the path"), "{errors:?}");
    assert!(run.stderr.contains("no-such-article.txt"), "stderr: {}", run.stderr);
    assert_good_checked(&report);
}

#[test]
fn an_unreadable_file_is_an_error_and_the_rest_is_checked() {
    let dir = Scratch::new("unreadable");
    let [a, b] = dir.good();
    // A path through a regular file cannot be read by anyone, root included.
    let through_file = a.join("inner.txt");
    let mut paths: Vec<PathBuf> = vec![a.clone(), through_file, b.clone()];
    // A file without read permission, when the tests do not run as root.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = dir.file("locked.txt", GOOD_B);
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).expect("chmod");
        if std::fs::read(&locked).is_err() {
            paths.push(locked);
        }
    }
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let run = check_json(&refs, b"");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.report();
    let unreadable = paths.len() as u64 - 2;
    assert_summary(&report, 2, unreadable, 0);
    assert!(messages(&report, "errors").iter().all(|(_, m)| m.starts_with("cannot read")), "{report:#}");
    assert_good_checked(&report);
}

#[test]
fn a_binary_file_is_an_error_and_the_rest_is_checked() {
    let dir = Scratch::new("binary");
    let [a, b] = dir.good();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..4096u32).map(|i| (i * 7 % 256) as u8));
    let bin = dir.file("photo.txt", &png);
    let run = check_json(&[&a, &bin, &b], b"");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.report();
    assert_summary(&report, 2, 1, 0);
    let errors = messages(&report, "errors");
    assert!(errors[0].0.ends_with("photo.txt") && errors[0].1.contains("binary"), "{errors:?}");
    assert_good_checked(&report);
}

#[test]
fn a_directory_without_articles_is_an_error_and_the_rest_is_checked() {
    let dir = Scratch::new("emptydir");
    let [a, b] = dir.good();
    let empty = dir.0.join("nothing-here");
    std::fs::create_dir_all(&empty).expect("mkdir");
    dir.file("nothing-here/notes.csv", "a,b\n");
    let run = check_json(&[&a, &empty, &b], b"");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.report();
    assert_summary(&report, 2, 1, 0);
    let errors = messages(&report, "errors");
    assert!(errors[0].0.ends_with("nothing-here") && errors[0].1.contains("no .txt or .md"), "{errors:?}");

    // A directory of good articles is read in full.
    let run = check_json(&[&dir.0.join("good"), &empty], b"");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    assert_good_checked(&run.report());
}

#[test]
fn nothing_checkable_exits_2() {
    let dir = Scratch::new("nothing");
    let missing = dir.0.join("gone.txt");
    let bin = dir.file("blob.txt", b"\0\0\0\0");
    let empty = dir.0.join("empty-dir");
    std::fs::create_dir_all(&empty).expect("mkdir");
    let run = check_json(&[&missing, &bin, &empty], b"");
    assert_eq!(run.code, 2, "stdout: {}\nstderr: {}", run.stdout, run.stderr);
    for name in ["gone.txt", "blob.txt", "empty-dir"] {
        assert!(run.stderr.contains(name), "{name} not on stderr: {}", run.stderr);
    }
    // A script asking for JSON still gets a report, with every error in it.
    let report = run.report();
    assert_summary(&report, 0, 3, 0);
    let sources: Vec<&str> = messages(&report, "errors").into_iter().map(|(s, _)| s).collect();
    for name in ["gone.txt", "blob.txt", "empty-dir"] {
        assert!(sources.iter().any(|s| s.ends_with(name)), "{name} not in errors: {sources:?}");
    }
}

/// An endless input (`/dev/zero`) is cut at the article size limit and reported, in files and
/// in JSONL, instead of filling memory; the good articles are still checked.
#[cfg(target_os = "linux")]
#[test]
fn an_endless_input_is_an_error_not_a_machine_out_of_memory() {
    let dir = Scratch::new("endless");
    let [a, b] = dir.good();
    let zero = Path::new("/dev/zero");
    let run = check_json(&[zero, &a, &b], b"");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.report();
    assert_good_checked(&report);
    let errors = messages(&report, "errors");
    assert!(errors.iter().any(|(s, m)| *s == "/dev/zero" && m.contains("MiB")), "{errors:?}");

    let run = gainsay(["check", "--input", "jsonl", "--format", "json", "/dev/zero"], b"");
    assert_eq!(run.code, 2, "stderr: {}", run.stderr);
    assert!(run.stderr.contains("line 1") && run.stderr.contains("MiB"), "stderr: {}", run.stderr);
}

#[test]
fn empty_input_is_a_valid_empty_report() {
    let dir = Scratch::new("empty");
    let empty = dir.file("empty.txt", "");
    let run = check_json(&[&empty], b"");
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let report = run.report();
    assert_summary(&report, 1, 0, 0);
    assert_eq!(report["summary"]["sentences"], 0);
    assert_eq!(report["conflicts"].as_array().map(Vec::len), Some(0));

    // Nothing on stdin.
    let run = check_json(&[Path::new("-")], b"");
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let report = run.report();
    assert_summary(&report, 1, 0, 0);
    assert_eq!(report["conflicts"].as_array().map(Vec::len), Some(0));

    // White space only, and the text report.
    let blank = dir.file("blank.txt", "\u{feff}\r\n  \n\t\n");
    let run = gainsay(["check".as_ref(), blank.as_os_str()], b"");
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    assert!(run.stdout.contains("0 sentences, 0 claims, 0 conflicts"), "{}", run.stdout);

    // Empty inputs beside good ones.
    let [a, b] = dir.good();
    let run = check_json(&[&a, &empty, Path::new("-"), &b], b"");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.report();
    assert_summary(&report, 4, 0, 0);
    assert_good_checked(&report);
}

/// Runs `args`, reads one line of stdout and closes it; the binary must end quietly.
fn close_stdout_early(args: &[&std::ffi::OsStr]) {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn gainsay");
    let mut stderr = child.stderr.take().expect("stderr");
    let errors = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    {
        let mut out = BufReader::new(child.stdout.take().expect("stdout"));
        let mut first = String::new();
        out.read_line(&mut first).expect("read the first line");
        assert!(!first.is_empty(), "no output from {args:?}");
    } // stdout is closed here, like `| head -1`.
    let status = child.wait().expect("wait");
    let stderr = errors.join().expect("stderr reader");
    assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{args:?}: {stderr}");
    assert!(matches!(status.code(), Some(0 | 1)), "{args:?}: {status:?}, stderr: {stderr}");
}

#[test]
fn closing_stdout_early_ends_quietly() {
    let dir = Scratch::new("pipe");
    let [a, b] = dir.good();
    // Far more output than a pipe buffers, so that the writes after the first line fail.
    let mut many_a = String::new();
    let mut many_b = String::new();
    for i in 0..3000 {
        many_a.push_str(&format!("The floods killed {} people in the north. Rome would not deploy troops.\n", 100 + i));
        many_b.push_str(&format!("The floods killed {} people in the north. Italy will send troops.\n", 5000 + i));
    }
    let big_a = dir.file("big-a.txt", many_a);
    let big_b = dir.file("big-b.txt", many_b);
    let check: Vec<&std::ffi::OsStr> =
        vec!["check".as_ref(), a.as_os_str(), big_a.as_os_str(), big_b.as_os_str(), b.as_os_str()];
    close_stdout_early(&check);
    let mut json = check.clone();
    json.splice(1..1, ["--format".as_ref(), "json".as_ref()]);
    close_stdout_early(&json);
    close_stdout_early(&["sentences".as_ref(), big_a.as_os_str()]);
    close_stdout_early(&["claims".as_ref(), big_a.as_os_str(), big_b.as_os_str()]);
}

#[test]
fn a_malformed_lexicon_names_its_line_and_column() {
    let dir = Scratch::new("lexicon");
    let [a, b] = dir.good();
    let lexicon = dir.file("extra.toml", "[[entity]]\nname = \"Freedonia\"\nkind = country\n");
    let mut args: Vec<OsString> = vec!["check".into(), "--lexicon".into(), lexicon.clone().into()];
    args.extend([a.clone().into_os_string(), b.clone().into_os_string()]);
    let run = gainsay(args, b"");
    assert_eq!(run.code, 2, "stdout: {}\nstderr: {}", run.stdout, run.stderr);
    assert!(run.stderr.contains("extra.toml") && run.stderr.contains("line 3, column 8"), "stderr: {}", run.stderr);

    // A lexicon that is not UTF-8 says so, and where.
    let latin1 = dir.file("latin1.toml", b"[[entity]]\nname = \"Caf\xe9\"\n");
    let run = gainsay(["check".as_ref(), "--lexicon".as_ref(), latin1.as_os_str(), a.as_os_str()], b"");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("line 2, column 12") && run.stderr.contains("UTF-8"), "stderr: {}", run.stderr);

    // A missing lexicon file names its path.
    let missing = dir.0.join("missing.toml");
    let run = gainsay(["check".as_ref(), "--lexicon".as_ref(), missing.as_os_str(), a.as_os_str()], b"");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("missing.toml"), "stderr: {}", run.stderr);

    // A good lexicon file is used.
    let good =
        dir.file("good.toml", "[[entity]]\nname = \"Freedonia\"\nkind = \"country\"\nmetonyms = [\"Fredville\"]\n");
    let fa = dir.file("f/a.txt", "Fredville would not deploy troops.\n");
    let fb = dir.file("f/b.txt", "Freedonia will send troops.\n");
    let mut args: Vec<OsString> = vec!["check".into(), "--format".into(), "json".into(), "--lexicon".into()];
    args.extend([good.into_os_string(), fa.into_os_string(), fb.into_os_string()]);
    let run = gainsay(args, b"");
    assert_eq!(run.code, 1, "stdout: {}\nstderr: {}", run.stdout, run.stderr);
    let report = run.report();
    assert!(
        report["conflicts"].as_array().unwrap().iter().any(|c| c["key"] == "freedonia | contribute troops"),
        "{report:#}"
    );
}

#[test]
fn every_bad_input_at_once() {
    let dir = Scratch::new("all");
    let [a, b] = dir.good();
    let bad_utf8 = dir.file("bad-utf8.txt", b"Rome \xffsaid no.\n");
    let missing = dir.0.join("missing.txt");
    let bin = dir.file("binary.md", b"GIF89a\0\0\x01\0");
    let empty_dir = dir.0.join("empty-dir");
    std::fs::create_dir_all(&empty_dir).expect("mkdir");
    let empty = dir.file("empty.txt", "");
    let run = check_json(&[&bad_utf8, &a, &missing, &bin, &empty_dir, &empty, Path::new("-"), &b], b"");
    assert_eq!(run.code, 1, "stderr: {}", run.stderr);
    let report = run.report();
    // bad-utf8, wire, empty, stdin and daily are checked.
    assert_summary(&report, 5, 3, 1);
    let ids: Vec<&str> = report["sources"].as_array().unwrap().iter().filter_map(|s| s["id"].as_str()).collect();
    // Sources are listed by id, whatever the order they were given in.
    assert_eq!(ids, ["bad-utf8", "daily", "empty", "stdin", "wire"]);
    let errors: Vec<&str> = messages(&report, "errors").iter().map(|e| e.0).collect();
    assert!(errors[0].ends_with("missing.txt") && errors[1].ends_with("binary.md") && errors[2].ends_with("empty-dir"));
    assert_good_checked(&report);
}

#[test]
fn sentences_reads_every_file_of_a_directory() {
    let scratch = Scratch::new("sentences");
    let [wire, _] = scratch.good();
    let dir = wire.parent().expect("good/");
    // Text: one unit a line, each tagged with its source.
    let run = gainsay(["sentences".as_ref(), dir.as_os_str()], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines, [format!("daily\tsentence\t{}", GOOD_B.trim()), format!("wire\tsentence\t{}", GOOD_A.trim())]);
    // JSON: one array, each unit with its source.
    let run = gainsay(["sentences".as_ref(), "--format".as_ref(), "json".as_ref(), dir.as_os_str()], b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let units: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let sources: Vec<&str> = units.as_array().expect("array").iter().filter_map(|u| u["source"].as_str()).collect();
    assert_eq!(sources, ["daily", "wire"]);
    // One file: the lines as before, without a source column.
    let run = gainsay(["sentences".as_ref(), wire.as_os_str()], b"");
    assert_eq!(run.stdout, format!("sentence\t{}\n", GOOD_A.trim()));
    // Nothing readable: a message and status 2.
    let run = gainsay(["sentences", "/nonexistent/gainsay-article.txt"], b"");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no input could be read"), "{}", run.stderr);
}
