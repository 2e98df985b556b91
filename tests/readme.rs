//! The README's getting-started claims hold: the first command exits 1 because the samples
//! conflict and the README says so next to it, its commands run as written, and the intro
//! quotes sentences a new user has (the bundled samples).

mod common;

use std::process::Command;

fn readme() -> String {
    std::fs::read_to_string(common::root().join("README.md")).expect("README.md")
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The lines of the README's `sh` code blocks.
fn shell_lines(readme: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut inside = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            inside = !inside && line.trim() == "```sh";
            continue;
        }
        if inside {
            out.push(line.trim().to_string());
        }
    }
    out
}

#[test]
fn the_first_command_exits_1_and_the_readme_says_so_beside_it() {
    let readme = readme();
    let first = shell_lines(&readme).into_iter().next().expect("a first command");
    assert!(first.starts_with("cargo run --release --example gainsay "), "{first}");
    assert!(first.contains("exits 1"), "the first command's comment must warn of exit status 1: {first}");
    let status = Command::new(common::binary()).output().expect("run gainsay").status;
    assert_eq!(status.code(), Some(1), "the samples conflict, so the bare command exits 1");
}

#[test]
fn the_readme_commands_run_as_written() {
    let shared = common::root().join("../shared").exists();
    let mut ran = 0;
    for line in shell_lines(&readme()) {
        let line = line.split(" #").next().unwrap_or("").trim();
        let args = match (
            line.strip_prefix("cargo run --release --example gainsay -- "),
            line.strip_prefix("target/release/examples/gainsay "),
        ) {
            (Some(a), _) | (_, Some(a)) => a,
            _ => continue,
        };
        if args.contains("../shared") && !shared
            || args.contains('|')
            || args.contains("FILE")
            || args.contains("part-")
        {
            continue;
        }
        // Up to a redirection: the words are the arguments.
        let words: Vec<&str> = args.split('>').next().unwrap_or("").split_whitespace().collect();
        let out =
            Command::new(common::binary()).args(&words).current_dir(common::root()).output().expect("run gainsay");
        assert!(matches!(out.status.code(), Some(0 | 1)), "`{line}` failed: {out:?}");
        ran += 1;
    }
    assert!(ran >= 2, "the README shows how to pass arguments, with `--` and with the built binary");
    let readme = readme();
    assert!(readme.contains("cargo install --path . --example gainsay"), "and how to install it");
    assert!(common::root().join("examples/gainsay/main.rs").exists());
}

#[test]
fn the_intro_quotes_the_bundled_samples() {
    let readme = readme();
    let start = readme.find("gainsay reads news articles").expect("the intro");
    let intro = &readme[start..];
    let intro = &intro[..intro.find("\n\n").unwrap_or(intro.len())];
    let samples: Vec<String> = common::samples().iter().map(|a| squeeze(&a.text)).collect();
    let quotes: Vec<String> = intro.split('"').skip(1).step_by(2).map(squeeze).collect();
    assert!(quotes.len() >= 4, "{quotes:?}");
    for q in &quotes {
        assert!(samples.iter().any(|s| s.contains(q.as_str())), "{q:?} is in no sample article");
    }
    // And what it says gainsay finds is in the samples' report.
    let report = gainsay::Checker::default().check(&common::samples()).to_text();
    for value in ["Mart Oja", "Kaarel Tamm", "Tallinn", "Helsinki", "will not contribute", "pledged"] {
        assert!(intro.contains(value) && report.contains(value), "{value}");
    }
}
