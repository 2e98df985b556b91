//! What the integration tests share: articles read from a directory, the bundled sample
//! story, the shared seeds when `../shared` is checked out, and the built example binary.

// Each test file uses its own subset.
#![allow(dead_code)]

use gainsay::Article;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The crate's root directory.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
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
            cmd.args(["build", "--example", "gainsay"]).current_dir(root());
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
