//! The gainsay command-line tool.
//!
//! ```text
//! gainsay                                   check the bundled sample articles
//! gainsay check [--format text|json] [--lexicon FILE] PATH...
//! gainsay sentences [--format text|json] PATH
//! gainsay claims [--format text|json] [--lexicon FILE] PATH...
//! ```
//!
//! PATH is a file, a directory (its `.txt` and `.md` files, sorted) or `-` for stdin; the
//! source id is the file stem. Exit status: 0 no conflict, 1 conflicts found, 2 bad usage
//! or no input could be read.

mod input;
mod output;

use clap::{Parser, Subcommand, ValueEnum};
use gainsay::claims::{Modality, Polarity, TimeScope};
use gainsay::{Checker, Lexicon};
use input::{read_paths, InputArgs};
use output::{write_out, OutputArgs};
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "gainsay", version, about = "Find where news articles about one story contradict each other")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

/// Formats of the inspection commands.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ListFormat {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles for contradictions (with no PATH: the bundled samples).
    Check {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Split one article into sentences, headings and noise.
    Sentences {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
        /// A file, or - for stdin.
        path: PathBuf,
    },
    /// Print the normalized claims read from articles, to see why something was or was
    /// not reported.
    Claims {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
        #[command(flatten)]
        input: InputArgs,
    },
    /// Print the part-of-speech tags of a sentence (for debugging the rules).
    #[command(hide = true)]
    Tags { sentence: String },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // With no command: `gainsay check` with every option at its default.
    let command = cli.command.unwrap_or_else(|| match Cli::parse_from(["gainsay", "check"]).command {
        Some(c) => c,
        None => unreachable!("`check` parses as a command"),
    });
    let result = match command {
        Command::Check { input, output } => check(&input, &output),
        Command::Sentences { format, path } => sentences(format, path),
        Command::Claims { format, input } => claims(format, &input),
        Command::Tags { sentence } => {
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

fn check(input: &InputArgs, output: &OutputArgs) -> io::Result<ExitCode> {
    let lexicon = match input.lexicon() {
        Ok(l) => l,
        Err(e) => {
            eprintln!("gainsay: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let inputs = input.read();
    for (path, msg) in inputs.errors.iter().chain(&inputs.warnings) {
        eprintln!("gainsay: {path}: {msg}");
    }
    if inputs.articles.is_empty() && !inputs.errors.is_empty() {
        eprintln!("gainsay: no input could be read");
        return Ok(ExitCode::from(2));
    }
    let checker = Checker::new(lexicon).with_agreements(output.agreements);
    let mut report = checker.check(&inputs.articles);
    for (p, m) in inputs.warnings {
        report.warn(p, m);
    }
    for (p, m) in inputs.errors {
        report.error(p, m);
    }
    output.emit(&report, &inputs.articles)?;
    Ok(if output.failed(&report) { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn sentences(format: ListFormat, path: PathBuf) -> io::Result<ExitCode> {
    let inputs = read_paths(&[path]);
    for (p, m) in inputs.errors.iter().chain(&inputs.warnings) {
        eprintln!("gainsay: {p}: {m}");
    }
    let Some(article) = inputs.articles.first() else { return Ok(ExitCode::from(2)) };
    let text = &article.text;
    let units = gainsay::segment::split(text);
    let mut out = String::new();
    match format {
        ListFormat::Text => {
            for u in &units {
                out.push_str(u.kind.name());
                out.push('\t');
                out.push_str(&u.span.of(text).split_whitespace().collect::<Vec<_>>().join(" "));
                out.push('\n');
            }
        }
        ListFormat::Json => {
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

fn claims(format: ListFormat, input: &InputArgs) -> io::Result<ExitCode> {
    let lexicon = match input.lexicon() {
        Ok(l) => l,
        Err(e) => {
            eprintln!("gainsay: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    let inputs = input.read();
    for (p, m) in inputs.errors.iter().chain(&inputs.warnings) {
        eprintln!("gainsay: {p}: {m}");
    }
    if inputs.articles.is_empty() {
        return Ok(ExitCode::from(2));
    }
    let checker = Checker::new(lexicon);
    let extracted = checker.extract_all(&inputs.articles);
    let mut all: Vec<gainsay::Claim> = extracted.into_iter().flat_map(|a| a.claims).collect();
    let keys = gainsay::normalize::normalize(checker.lexicon(), &mut all);
    let mut out = String::new();
    for (c, k) in all.iter().zip(&keys) {
        let article = &inputs.articles[c.source];
        match format {
            ListFormat::Json => {
                let mut v = serde_json::to_value(c).map_err(io::Error::other)?;
                v["source"] = serde_json::Value::String(article.id.clone());
                v["key"] = serde_json::Value::String(k.key.clone());
                v["text"] = serde_json::Value::String(c.span.of(&article.text).to_string());
                out.push_str(&serde_json::to_string(&v).map_err(io::Error::other)?);
                out.push('\n');
            }
            ListFormat::Text => {
                let val = c.value.as_ref().map(|v| format!(" = {}", v.display())).unwrap_or_default();
                let negated = if c.polarity == Polarity::Negated { " NOT" } else { "" };
                let modality = match c.modality {
                    Modality::Asserted => String::new(),
                    m => format!(" {m:?}").to_lowercase(),
                };
                let time = match c.time {
                    TimeScope::Current => String::new(),
                    t => format!(" {t:?}").to_lowercase(),
                };
                let words = c.span.of(&article.text).split_whitespace().collect::<Vec<_>>().join(" ");
                out.push_str(&format!(
                    "{}\t{:?}\t{}{}{negated}{modality}{time}\t«{words}»\n",
                    article.id, c.kind, k.key, val
                ));
            }
        }
    }
    write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}
