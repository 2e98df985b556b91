//! What the integration tests share: articles read from a directory, the bundled sample
//! story, the shared seeds when `../shared` is checked out, and the built example binary.

// Each test file uses its own subset.
#![allow(dead_code)]

use gainsay::{Article, Sentence};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The repository's root: the crate's directory, or the one above a workspace member such
/// as `heavy-tests/`.
pub fn root() -> &'static Path {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    match dir.parent() {
        Some(up) if !dir.join("samples").is_dir() => up,
        _ => dir,
    }
}

/// The `.txt` and `.md` articles of `dir` in order of their file names, each with its file
/// stem as id (what `gainsay check DIR` reads); `None` when `dir` cannot be read.
pub fn articles_in(dir: &Path) -> Option<Vec<Article>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
        .collect();
    paths.sort();
    Some(
        paths
            .iter()
            .map(|p| {
                let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()));
                Article::new(p.file_stem().unwrap_or_default().to_string_lossy(), text)
            })
            .collect(),
    )
}

/// The bundled sample story, `samples/articles`.
pub fn samples() -> Vec<Article> {
    articles_in(&root().join("samples/articles")).expect("samples/articles is part of the crate")
}

/// The shared seed articles, when `../shared` is there.
pub fn seeds() -> Option<Vec<Article>> {
    articles_in(&root().join("../shared/corpus/seeds/articles"))
}

/// The `gainsay` example binary, built once if it is not there yet.
pub fn binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        // Tests run from target/<profile>/deps/; the example is in target/<profile>/examples/.
        let exe = std::env::current_exe().expect("current exe");
        let profile_dir = exe.parent().and_then(Path::parent).expect("target/<profile>");
        let bin = profile_dir.join("examples").join(format!("gainsay{}", std::env::consts::EXE_SUFFIX));
        if !bin.exists() {
            let mut cmd = Command::new(env!("CARGO"));
            cmd.args(["build", "-p", "gainsay", "--example", "gainsay"]).current_dir(root());
            if !cfg!(debug_assertions) {
                cmd.arg("--release");
            }
            let status = cmd.status().expect("run cargo build");
            assert!(status.success(), "cargo build --example gainsay failed");
        }
        assert!(bin.exists(), "{} missing after the build", bin.display());
        bin
    })
}

/// Checks spans: in order, non-overlapping, on char boundaries, trimmed and non-empty, and
/// every non-white-space character (but a leading BOM) in exactly one unit.
pub fn check_spans(text: &str, units: &[Sentence]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for u in units {
        let (s, e) = (u.span.start, u.span.end);
        prop_assert!(prev_end <= s && s < e && e <= text.len(), "span {s}..{e} after {prev_end}");
        prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e} not on char boundaries");
        let piece = &text[s..e];
        prop_assert_eq!(piece, piece.trim(), "span {}..{} not trimmed", s, e);
        prev_end = e;
    }
    let body = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let mut unit = units.iter().peekable();
    for (i, c) in text.char_indices().skip_while(|&(i, _)| i < body) {
        while unit.next_if(|u| u.span.end <= i).is_some() {}
        let covered = unit.peek().is_some_and(|u| u.span.start <= i);
        prop_assert!(covered || c.is_whitespace(), "{c:?} at {i} lies in no unit");
    }
    Ok(())
}
