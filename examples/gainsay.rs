//! The gainsay command-line tool.
//!
//! ```text
//! gainsay                                   check the bundled sample articles
//! gainsay check [--format text|json] [--lexicon FILE] PATH...
//! gainsay sentences [--format text|json] PATH
//! gainsay claims [--format text|json] PATH...
//! ```
//!
//! PATH is a file, a directory (its `.txt` and `.md` files, sorted) or `-` for stdin; the
//! source id is the file stem. Exit status: 0 no conflict, 1 conflicts found, 2 bad usage
//! or no input could be read.

use clap::{Parser, Subcommand, ValueEnum};
use gainsay::{Article, Checker, Lexicon, Report};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The sample story that ships with gainsay: four outlets on one (invented) event.
const SAMPLES: &[(&str, &str)] = &[
    ("harbor-wire", include_str!("../samples/articles/harbor-wire.txt")),
    ("coastal-times", include_str!("../samples/articles/coastal-times.txt")),
    ("daily-ledger", include_str!("../samples/articles/daily-ledger.txt")),
    ("quick-brief", include_str!("../samples/articles/quick-brief.txt")),
];

#[derive(Parser)]
#[command(name = "gainsay", version, about = "Find where news articles about one story contradict each other")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles for contradictions (with no PATH: the bundled samples).
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// A lexicon file (TOML) whose entries extend the built-in lexicon; repeatable.
        #[arg(long, value_name = "FILE")]
        lexicon: Vec<PathBuf>,
        /// Files, directories (their .txt and .md files) or - for stdin.
        paths: Vec<PathBuf>,
    },
    /// Split one article into sentences, headings and noise.
    Sentences {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// A file, or - for stdin.
        path: PathBuf,
    },
    /// Print the normalized claims read from articles, to see why something was or was
    /// not reported.
    Claims {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        /// A lexicon file (TOML) whose entries extend the built-in lexicon; repeatable.
        #[arg(long, value_name = "FILE")]
        lexicon: Vec<PathBuf>,
        /// Files, directories or - for stdin.
        paths: Vec<PathBuf>,
    },
    /// Print the part-of-speech tags of a sentence (for debugging the rules).
    #[command(hide = true)]
    Tags { sentence: String },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => check(Format::Text, &[], &[]),
        Some(Command::Check { format, lexicon, paths }) => check(format, &lexicon, &paths),
        Some(Command::Sentences { format, path }) => sentences(format, &path),
        Some(Command::Claims { format, lexicon, paths }) => claims(format, &lexicon, &paths),
        Some(Command::Tags { sentence }) => {
            let out = gainsay::claims::debug_tags(&Lexicon::builtin(), &sentence);
            write_out(&format!("{out}\n")).map(|_| ExitCode::SUCCESS)
        }
    };
    match result {
        Ok(code) => code,
        // Closing stdout early (`| head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gainsay: {e}");
            ExitCode::from(2)
        }
    }
}

/// Writes to stdout, reporting a closed pipe as an error the caller ends quietly on.
fn write_out(s: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(s.as_bytes())?;
    out.flush()
}

/// Articles read from the command line, with what went wrong on the way.
struct Inputs {
    articles: Vec<Article>,
    warnings: Vec<(String, String)>,
    errors: Vec<(String, String)>,
}

fn read_inputs(paths: &[PathBuf]) -> Inputs {
    let mut inputs = Inputs { articles: Vec::new(), warnings: Vec::new(), errors: Vec::new() };
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
    // A file with NUL bytes is not an article.
    if bytes.iter().take(8192).filter(|&&b| b == 0).count() > 0 {
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

fn load_lexicon(files: &[PathBuf]) -> Result<Lexicon, String> {
    let mut lex = Lexicon::builtin();
    for f in files {
        lex.merge_file(f).map_err(|e| e.to_string())?;
    }
    Ok(lex)
}

fn check(format: Format, lexicon: &[PathBuf], paths: &[PathBuf]) -> io::Result<ExitCode> {
    let lex = match load_lexicon(lexicon) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("gainsay: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let inputs = if paths.is_empty() {
        Inputs {
            articles: SAMPLES.iter().map(|(id, text)| Article::new(*id, *text)).collect(),
            warnings: Vec::new(),
            errors: Vec::new(),
        }
    } else {
        read_inputs(paths)
    };
    for (path, msg) in inputs.errors.iter().chain(&inputs.warnings) {
        eprintln!("gainsay: {path}: {msg}");
    }
    if inputs.articles.is_empty() && !inputs.errors.is_empty() {
        eprintln!("gainsay: no input could be read");
        return Ok(ExitCode::from(2));
    }
    let checker = Checker::new(lex);
    let mut report = checker.check(&inputs.articles);
    for (p, m) in inputs.warnings {
        report.warn(p, m);
    }
    for (p, m) in inputs.errors {
        report.error(p, m);
    }
    emit(format, &report)?;
    Ok(if report.conflicts.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn emit(format: Format, report: &Report) -> io::Result<()> {
    match format {
        Format::Text => write_out(&report.to_text()),
        Format::Json => {
            let mut s = serde_json::to_string_pretty(report).map_err(io::Error::other)?;
            s.push('\n');
            write_out(&s)
        }
    }
}

fn sentences(format: Format, path: &Path) -> io::Result<ExitCode> {
    let inputs = read_inputs(&[path.to_path_buf()]);
    for (p, m) in inputs.errors.iter().chain(&inputs.warnings) {
        eprintln!("gainsay: {p}: {m}");
    }
    let Some(article) = inputs.articles.first() else { return Ok(ExitCode::from(2)) };
    let text = &article.text;
    let units = gainsay::segment::split(text);
    let mut out = String::new();
    match format {
        Format::Text => {
            for u in &units {
                out.push_str(u.kind.name());
                out.push('\t');
                out.push_str(&u.span.of(text).split_whitespace().collect::<Vec<_>>().join(" "));
                out.push('\n');
            }
        }
        Format::Json => {
            let items: Vec<serde_json::Value> = units
                .iter()
                .map(|u| {
                    let mut v = serde_json::json!({
                        "text": u.span.of(text),
                        "start": u.span.start,
                        "end": u.span.end,
                        "kind": u.kind.name(),
                    });
                    if let gainsay::UnitKind::Noise(n) = u.kind {
                        v["noise"] = serde_json::to_value(n).unwrap_or_default();
                    }
                    v
                })
                .collect();
            out = serde_json::to_string_pretty(&items).map_err(io::Error::other)?;
            out.push('\n');
        }
    }
    write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn claims(format: Format, lexicon: &[PathBuf], paths: &[PathBuf]) -> io::Result<ExitCode> {
    let lex = match load_lexicon(lexicon) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("gainsay: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let inputs = if paths.is_empty() {
        Inputs {
            articles: SAMPLES.iter().map(|(id, text)| Article::new(*id, *text)).collect(),
            warnings: Vec::new(),
            errors: Vec::new(),
        }
    } else {
        read_inputs(paths)
    };
    for (p, m) in inputs.errors.iter().chain(&inputs.warnings) {
        eprintln!("gainsay: {p}: {m}");
    }
    if inputs.articles.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let checker = Checker::new(lex);
    let extracted = checker.extract_all(&inputs.articles);
    let mut all: Vec<gainsay::Claim> = extracted.into_iter().flat_map(|a| a.claims).collect();
    let keys = gainsay::normalize::normalize(checker.lexicon(), &mut all);
    let mut out = String::new();
    for (c, k) in all.iter().zip(&keys) {
        let article = &inputs.articles[c.source];
        match format {
            Format::Json => {
                let mut v = serde_json::to_value(c).map_err(io::Error::other)?;
                v["source"] = serde_json::Value::String(article.id.clone());
                v["key"] = serde_json::Value::String(k.key.clone());
                v["text"] = serde_json::Value::String(c.span.of(&article.text).to_string());
                out.push_str(&serde_json::to_string(&v).map_err(io::Error::other)?);
                out.push('\n');
            }
            Format::Text => {
                let val = c.value.as_ref().map(|v| format!(" = {}", v.display())).unwrap_or_default();
                let flags = format!(
                    "{}{}{}",
                    if c.polarity == gainsay::claims::Polarity::Negated { " NOT" } else { "" },
                    match c.modality {
                        gainsay::claims::Modality::Asserted => String::new(),
                        m => format!(" {m:?}").to_lowercase(),
                    },
                    match c.time {
                        gainsay::claims::TimeScope::Current => String::new(),
                        t => format!(" {t:?}").to_lowercase(),
                    }
                );
                out.push_str(&format!(
                    "{}\t{:?}\t{}{}{}\t«{}»\n",
                    article.id,
                    c.kind,
                    k.key,
                    val,
                    flags,
                    c.span.of(&article.text).split_whitespace().collect::<Vec<_>>().join(" ")
                ));
            }
        }
    }
    write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}
