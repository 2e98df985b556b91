//! Reading articles from the command line: files, directories, stdin, and JSON lines.

use clap::{Args, ValueEnum};
use gainsay::{Article, Lexicon};
use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::{Path, PathBuf};

/// How articles are given.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// One article per file; the source id is the file stem.
    #[default]
    Files,
    /// One article per line, a JSON object with string fields "id" and "text" (others are
    /// ignored); a directory stands for its .jsonl files.
    Jsonl,
}

/// Where articles come from.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// A lexicon file (TOML) whose entries extend the built-in lexicon; repeatable.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
    /// How PATHs hold articles.
    #[arg(long = "input", value_name = "FORMAT", value_enum, default_value = "files")]
    pub input_format: InputFormat,
    /// Files, directories (their .txt and .md files, sorted; .jsonl with --input jsonl) or
    /// - for stdin. With none, the bundled sample articles.
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

/// One thing read: an article, or a problem with some input.
pub enum Item {
    Article(Article),
    /// (path, message): read with a problem (the article comes too).
    Warning(String, String),
    /// (path, message): could not be read.
    Error(String, String),
}

impl InputArgs {
    /// The lexicon: the built-in one extended with `--lexicon` files.
    ///
    /// A file that cannot be read or parsed is reported on stderr, and `None` returned: the
    /// caller exits with status 2.
    pub fn lexicon(&self) -> Option<Lexicon> {
        let mut lex = Lexicon::builtin();
        for f in &self.lexicon {
            if let Err(e) = lex.merge_file(f) {
                eprintln!("gainsay: {e}");
                return None;
            }
        }
        Some(lex)
    }

    /// [`InputArgs::read`], with each file's problem reported on stderr; `None` when no
    /// article was read (the caller exits with status 2).
    pub fn read_reported(&self) -> Option<Inputs> {
        let inputs = self.read();
        for (p, m) in inputs.errors.iter().chain(&inputs.warnings) {
            eprintln!("gainsay: {p}: {m}");
        }
        (!inputs.articles.is_empty()).then_some(inputs)
    }

    /// The articles named on the command line, or the samples when none are.
    pub fn read(&self) -> Inputs {
        let mut inputs = Inputs::default();
        let _ = self.each(&mut |item| {
            inputs.add(item);
            Ok(())
        });
        inputs
    }

    /// Hands each article (or problem) to `f` as soon as it is read, so that a long input
    /// is never held whole; stops at the first error `f` returns.
    pub fn each(&self, f: &mut dyn FnMut(Item) -> io::Result<()>) -> io::Result<()> {
        if self.paths.is_empty() {
            for (id, text) in SAMPLES {
                f(Item::Article(Article::new(*id, *text)))?;
            }
            return Ok(());
        }
        each_in_paths(&self.paths, self.input_format, f)
    }
}

impl Inputs {
    fn add(&mut self, item: Item) {
        match item {
            Item::Article(a) => self.articles.push(a),
            Item::Warning(p, m) => self.warnings.push((p, m)),
            Item::Error(p, m) => self.errors.push((p, m)),
        }
    }
}

/// Reads files, directories and stdin (`-`), one article per file.
pub fn read_paths(paths: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs::default();
    let _ = each_in_paths(paths, InputFormat::Files, &mut |item| {
        inputs.add(item);
        Ok(())
    });
    inputs
}

fn each_in_paths(paths: &[PathBuf], format: InputFormat, f: &mut dyn FnMut(Item) -> io::Result<()>) -> io::Result<()> {
    for path in paths {
        if path.as_os_str() == "-" {
            match format {
                InputFormat::Files => match read_bounded(io::stdin().lock()) {
                    Ok(bytes) => from_bytes("stdin", "-", bytes, f)?,
                    Err(e) => f(Item::Error("-".into(), format!("cannot read stdin: {e}")))?,
                },
                InputFormat::Jsonl => from_jsonl("-", io::stdin().lock(), f)?,
            }
            continue;
        }
        if path.is_dir() {
            let wanted: &[&str] = match format {
                InputFormat::Files => &["txt", "md"],
                InputFormat::Jsonl => &["jsonl"],
            };
            let mut files: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(rd) => rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.is_file() && p.extension().is_some_and(|x| wanted.iter().any(|w| x == *w)))
                    .collect(),
                Err(e) => {
                    f(Item::Error(
                        path.display().to_string(),
                        format!("cannot read directory: {e}; check the path and its permissions"),
                    ))?;
                    continue;
                }
            };
            files.sort();
            if files.is_empty() {
                let what = match format {
                    InputFormat::Files => {
                        "directory has no .txt or .md articles; give article files or another directory"
                    }
                    InputFormat::Jsonl => "directory has no .jsonl files; give JSONL files or another directory",
                };
                f(Item::Error(path.display().to_string(), what.into()))?;
            }
            for file in files {
                from_file(&file, format, f)?;
            }
            continue;
        }
        from_file(path, format, f)?;
    }
    Ok(())
}

fn from_file(path: &Path, format: InputFormat, f: &mut dyn FnMut(Item) -> io::Result<()>) -> io::Result<()> {
    let shown = path.display().to_string();
    let opened = match format {
        InputFormat::Files => File::open(path).and_then(read_bounded).map(|bytes| {
            let id = path.file_stem().map_or_else(|| shown.clone(), |s| s.to_string_lossy().into_owned());
            from_bytes(&id, &shown, bytes, f)
        }),
        InputFormat::Jsonl => File::open(path).map(|file| from_jsonl(&shown, BufReader::new(file), f)),
    };
    match opened {
        Ok(done) => done,
        Err(e) => {
            let hint = match e.kind() {
                io::ErrorKind::NotFound => "check the path",
                io::ErrorKind::PermissionDenied => "check its permissions",
                io::ErrorKind::InvalidData => "give one article per file",
                _ => "check that it is a readable file",
            };
            f(Item::Error(shown, format!("cannot read file: {e}; {hint}")))
        }
    }
}

/// The longest article read, far above any news article: a longer file (or an endless one,
/// such as `/dev/zero`) is an error rather than a machine out of memory.
const MAX_ARTICLE_BYTES: u64 = 64 << 20;

fn read_bounded(input: impl Read) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    input.take(MAX_ARTICLE_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("longer than {} MiB, too long for one article", MAX_ARTICLE_BYTES >> 20),
        ));
    }
    Ok(bytes)
}

/// One article per line; a bad line is an error naming it, and the next lines are read.
fn from_jsonl(shown: &str, input: impl io::BufRead, f: &mut dyn FnMut(Item) -> io::Result<()>) -> io::Result<()> {
    for read in gainsay::records::read_articles_jsonl(input, shown) {
        match read {
            Ok(article) => f(Item::Article(article))?,
            Err(e) => f(Item::Error(shown.to_string(), e.to_string()))?,
        }
    }
    Ok(())
}

fn from_bytes(id: &str, shown: &str, bytes: Vec<u8>, f: &mut dyn FnMut(Item) -> io::Result<()>) -> io::Result<()> {
    // A file with NUL bytes near its start is not an article.
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return f(Item::Error(shown.to_string(), "looks like a binary file, not text; give UTF-8 articles".into()));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            f(Item::Warning(shown.to_string(), "invalid UTF-8, decoded with replacement characters".into()))?;
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    f(Item::Article(Article::new(id, text)))
}
