//! Reading articles from the command line: files, directories, stdin.

use clap::Args;
use gainsay::{Article, Lexicon};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Where articles come from.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// A lexicon file (TOML) whose entries extend the built-in lexicon; repeatable.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
    /// Files, directories (their .txt and .md files, sorted) or - for stdin. With none, the
    /// bundled sample articles.
    pub paths: Vec<PathBuf>,
}

/// The sample story that ships with gainsay: four outlets on one invented event.
pub const SAMPLES: &[(&str, &str)] = &[
    ("harbor-wire", include_str!("../../samples/articles/harbor-wire.txt")),
    ("coastal-times", include_str!("../../samples/articles/coastal-times.txt")),
    ("daily-ledger", include_str!("../../samples/articles/daily-ledger.txt")),
    ("quick-brief", include_str!("../../samples/articles/quick-brief.txt")),
];

/// Articles read from the command line, with what went wrong on the way.
#[derive(Debug, Default)]
pub struct Inputs {
    pub articles: Vec<Article>,
    /// (path, message) for input read with a problem.
    pub warnings: Vec<(String, String)>,
    /// (path, message) for input that could not be read.
    pub errors: Vec<(String, String)>,
}

impl InputArgs {
    /// The lexicon: the built-in one extended with `--lexicon` files.
    pub fn lexicon(&self) -> Result<Lexicon, String> {
        let mut lex = Lexicon::builtin();
        for f in &self.lexicon {
            lex.merge_file(f).map_err(|e| e.to_string())?;
        }
        Ok(lex)
    }

    /// The articles named on the command line, or the samples when none are.
    pub fn read(&self) -> Inputs {
        if self.paths.is_empty() {
            return Inputs {
                articles: SAMPLES.iter().map(|(id, text)| Article::new(*id, *text)).collect(),
                ..Inputs::default()
            };
        }
        read_paths(&self.paths)
    }
}

/// Reads files, directories and stdin (`-`).
pub fn read_paths(paths: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match io::stdin().read_to_end(&mut bytes) {
                Ok(_) => add_bytes(&mut inputs, "stdin", "-", bytes),
                Err(e) => inputs.errors.push(("-".into(), format!("cannot read stdin: {e}"))),
            }
            continue;
        }
        if path.is_dir() {
            let mut files: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(rd) => rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt" || x == "md"))
                    .collect(),
                Err(e) => {
                    inputs.errors.push((
                        path.display().to_string(),
                        format!("cannot read directory: {e}; check the path and its permissions"),
                    ));
                    continue;
                }
            };
            files.sort();
            if files.is_empty() {
                inputs.errors.push((
                    path.display().to_string(),
                    "directory has no .txt or .md articles; give article files or another directory".into(),
                ));
            }
            for f in files {
                read_file(&mut inputs, &f);
            }
            continue;
        }
        read_file(&mut inputs, path);
    }
    inputs
}

fn read_file(inputs: &mut Inputs, path: &Path) {
    let shown = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => {
            let id = path.file_stem().map_or_else(|| shown.clone(), |s| s.to_string_lossy().into_owned());
            add_bytes(inputs, &id, &shown, bytes);
        }
        Err(e) => {
            let hint = match e.kind() {
                io::ErrorKind::NotFound => "check the path",
                io::ErrorKind::PermissionDenied => "check its permissions",
                _ => "check that it is a readable file",
            };
            inputs.errors.push((shown, format!("cannot read file: {e}; {hint}")));
        }
    }
}

fn add_bytes(inputs: &mut Inputs, id: &str, shown: &str, bytes: Vec<u8>) {
    // A file with NUL bytes near its start is not an article.
    if bytes.iter().take(8192).any(|&b| b == 0) {
        inputs.errors.push((shown.to_string(), "looks like a binary file, not text; give UTF-8 articles".into()));
        return;
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            inputs.warnings.push((shown.to_string(), "invalid UTF-8, decoded with replacement characters".into()));
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    inputs.articles.push(Article::new(id, text));
}
