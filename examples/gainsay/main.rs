//! The gainsay command-line tool.
//!
//! ```text
//! gainsay                                   check the bundled sample articles
//! gainsay check [--format text|json] [--lexicon FILE] [--input files|jsonl] [--threads N]
//!               [--claims FILE|-]... PATH...
//! gainsay check --stories [--story-threshold X] PATH...   a feed: each story on its own
//! gainsay stories [--format text|json|jsonl] [--input files|jsonl] PATH...
//! gainsay sentences [--format text|json] PATH...
//! gainsay claims [--format text|json|jsonl] [--lexicon FILE] [--input files|jsonl] [--threads N] PATH...
//! gainsay claims --facts [--stats [--sample N --seed S]] PATH...   owner, attribute, value
//! ```
//!
//! PATH is a file, a directory (its `.txt` and `.md` files, sorted) or `-` for stdin; the
//! source id is the file stem. With `--input jsonl` each line of a file is an article, a
//! JSON object with `id` and `text`. `claims --format jsonl` writes claim records (the map
//! step) and `check --claims` reads them (the reduce step); see `gainsay::records`. Exit
//! status: 0 no conflict, 1 conflicts found, 2 bad usage or no input could be read.

mod facts;
mod input;
mod output;
mod run;
mod stories;

use clap::{Parser, Subcommand, ValueEnum};
use gainsay::claims::{Modality, Polarity, TimeScope};
use gainsay::{Checker, Lexicon};
use input::{read_paths, InputArgs, Item};
use output::{write_out, OutputArgs};
use run::RunArgs;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use stories::{StoriesFormat, StoryArgs, Threshold};

// A check makes millions of small strings and vectors: mimalloc allocates and frees them
// in about half the instructions of the system allocator. The output does not change.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

/// Formats of `gainsay claims`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ClaimsFormat {
    /// One claim per line, for people.
    Text,
    /// One JSON object per line, keys resolved across all articles.
    Json,
    /// Claim records for `check --claims`, written article by article (the map step).
    Jsonl,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles for contradictions (with no PATH: the bundled samples).
    Check {
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        output: OutputArgs,
        #[command(flatten)]
        run: RunArgs,
        /// Claim records written by `gainsay claims --format jsonl`, or - for stdin: check
        /// them (with any PATH given) instead of the samples; repeatable.
        #[arg(long = "claims", value_name = "FILE")]
        claims: Vec<PathBuf>,
        #[command(flatten)]
        stories: StoryArgs,
    },
    /// Group a feed's articles into stories and print them (`--format jsonl`: which story
    /// each article is in, to partition a distributed check by).
    Stories {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: StoriesFormat,
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        run: RunArgs,
        #[command(flatten)]
        stories: Threshold,
    },
    /// Split articles into sentences, headings and noise; each unit is tagged with its
    /// source when there are several.
    Sentences {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: ListFormat,
        /// Files, directories (their .txt and .md files, sorted) or - for stdin.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print the normalized claims read from articles, to see why something was or was
    /// not reported.
    Claims {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: ClaimsFormat,
        #[command(flatten)]
        input: InputArgs,
        #[command(flatten)]
        run: RunArgs,
        #[command(flatten)]
        facts: facts::FactArgs,
    },
    /// Print each word of a sentence with its UPOS, XPOS and lemma, then the tags the
    /// claim rules see (for finding out why a claim was or was not read).
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
        Command::Check { input, output, run, claims, stories } => {
            run.install(|| check(&input, &output, &claims, &stories))
        }
        Command::Stories { format, input, run, stories } => run.install(|| stories::stories(format, &input, &stories)),
        Command::Sentences { format, paths } => sentences(format, &paths),
        Command::Claims { input, run, facts, .. } if facts.wanted() => run.install(|| facts::run(&facts, &input)),
        Command::Claims { format: ClaimsFormat::Jsonl, input, run, .. } => run.install(|| claim_records(&input)),
        Command::Claims { format, input, run, .. } => run.install(|| claims(format, &input)),
        Command::Tags { sentence } => {
            let mut out = String::from("word\tUPOS\tXPOS\tlemma\n");
            for (range, t) in gainsay::tag::Tagger::builtin().tag_text(&sentence) {
                out.push_str(&format!("{}\t{}\t{}\t{}\n", &sentence[range], t.upos, t.xpos, t.lemma));
            }
            // What the claim rules see today, for comparison.
            let rules = gainsay::claims::debug_tags(&Lexicon::builtin(), &sentence);
            write_out(&format!("{out}rules: {rules}\n")).map(|_| ExitCode::SUCCESS)
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

fn check(
    input: &InputArgs,
    output: &OutputArgs,
    claim_files: &[PathBuf],
    by_story: &StoryArgs,
) -> io::Result<ExitCode> {
    if by_story.stories && !claim_files.is_empty() {
        eprintln!("gainsay: --stories groups articles, not claim records; partition records by story instead (see `gainsay stories`)");
        return Ok(ExitCode::from(2));
    }
    let Some(lexicon) = input.lexicon() else {
        return Ok(ExitCode::from(2));
    };
    // With claim records, articles are only what PATHs name: no samples.
    let mut inputs = if claim_files.is_empty() || !input.paths.is_empty() { input.read() } else { Default::default() };
    let records = run::read_claim_records(claim_files, &mut inputs.errors);
    for (path, msg) in inputs.errors.iter().chain(&inputs.warnings) {
        eprintln!("gainsay: {path}: {msg}");
    }
    let nothing_read = inputs.articles.is_empty() && records.is_empty() && !inputs.errors.is_empty();
    if nothing_read {
        eprintln!("gainsay: no input could be read");
        // A script reading JSON still gets a report, with the errors in it.
        if !matches!(output.format, output::Format::Json | output::Format::Jsonl) {
            return Ok(ExitCode::from(2));
        }
    }
    let checker = Checker::new(lexicon)
        .with_agreements(output.agreements)
        .with_keyed(output.path_on("keyed"))
        .with_alignment(output.path_on("aligned"))
        .with_facts(output.path_on("facts"));
    if by_story.stories {
        let mut checked = checker.check_stories(&inputs.articles, &by_story.options());
        if let Some(min) = output.min_confidence {
            checked.drop_below_confidence(min);
        }
        let mut merged = checked.merged();
        for (p, m) in inputs.warnings {
            merged.warn(p, m);
        }
        for (p, m) in inputs.errors {
            merged.error(p, m);
        }
        stories::emit(output, &checked, &merged, &inputs.articles)?;
        let failed = output.failed(&merged);
        return Ok(if nothing_read {
            ExitCode::from(2)
        } else if failed {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    let mut report = if claim_files.is_empty() {
        checker.check(&inputs.articles)
    } else {
        // The reduce step; articles given too are mapped to records first, and their texts
        // kept for the HTML page.
        let mapped = run::map_articles(&checker, &inputs.articles).into_iter().flatten();
        let mut report = checker.report_from_records(records.into_iter().chain(mapped));
        report.set_articles(&inputs.articles);
        report
    };
    for (p, m) in inputs.warnings {
        report.warn(p, m);
    }
    for (p, m) in inputs.errors {
        report.error(p, m);
    }
    output.emit(&report)?;
    Ok(if nothing_read {
        ExitCode::from(2)
    } else if output.failed(&report) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The units of every article read, in the order read. Text: one unit a line, with the
/// source id first when there are several articles; JSON: one array, each unit with its
/// `source`.
fn sentences(format: ListFormat, paths: &[PathBuf]) -> io::Result<ExitCode> {
    let inputs = read_paths(paths);
    for (p, m) in inputs.errors.iter().chain(&inputs.warnings) {
        eprintln!("gainsay: {p}: {m}");
    }
    if inputs.articles.is_empty() {
        eprintln!("gainsay: no input could be read");
        return Ok(ExitCode::from(2));
    }
    let several = inputs.articles.len() > 1;
    let mut out = String::new();
    let mut items: Vec<serde_json::Value> = Vec::new();
    for article in &inputs.articles {
        let text = &article.text;
        for u in &gainsay::segment::split(text) {
            match format {
                ListFormat::Text => {
                    if several {
                        out.push_str(&article.id);
                        out.push('\t');
                    }
                    out.push_str(u.kind.name());
                    out.push('\t');
                    out.push_str(&u.span.of(text).split_whitespace().collect::<Vec<_>>().join(" "));
                    out.push('\n');
                }
                ListFormat::Json => {
                    let mut v = serde_json::json!({
                        "source": article.id,
                        "text": u.span.of(text),
                        "start": u.span.start,
                        "end": u.span.end,
                        "kind": u.kind.name(),
                    });
                    if let gainsay::UnitKind::Noise(n) = u.kind {
                        v["noise"] = serde_json::to_value(n).unwrap_or_default();
                    }
                    items.push(v);
                }
            }
        }
    }
    if format == ListFormat::Json {
        out = serde_json::to_string_pretty(&items).map_err(io::Error::other)?;
        out.push('\n');
    }
    write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// `claims --format jsonl`, the map step: records written article by article, a few
/// articles at a time, so that memory stays bounded however long the input is.
fn claim_records(input: &InputArgs) -> io::Result<ExitCode> {
    let Some(lexicon) = input.lexicon() else {
        return Ok(ExitCode::from(2));
    };
    let checker = Checker::new(lexicon);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut batch: Vec<gainsay::Article> = Vec::with_capacity(run::BATCH);
    let mut articles = 0usize;
    let write_batch = |batch: &mut Vec<gainsay::Article>, out: &mut io::BufWriter<io::StdoutLock<'_>>| {
        for lines in run::map_articles_jsonl(&checker, batch)? {
            out.write_all(&lines)?;
        }
        batch.clear();
        Ok::<(), io::Error>(())
    };
    input.each(&mut |item| {
        match item {
            Item::Article(a) => {
                articles += 1;
                batch.push(a);
                if batch.len() == run::BATCH {
                    write_batch(&mut batch, &mut out)?;
                }
            }
            Item::Warning(p, m) | Item::Error(p, m) => eprintln!("gainsay: {p}: {m}"),
        }
        Ok(())
    })?;
    write_batch(&mut batch, &mut out)?;
    out.flush()?;
    Ok(if articles == 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

fn claims(format: ClaimsFormat, input: &InputArgs) -> io::Result<ExitCode> {
    let Some(lexicon) = input.lexicon() else {
        return Ok(ExitCode::from(2));
    };
    let Some(inputs) = input.read_reported() else {
        return Ok(ExitCode::from(2));
    };
    let checker = Checker::new(lexicon);
    let extracted = checker.extract_all(&inputs.articles);
    let mut all: Vec<gainsay::Claim> = extracted.into_iter().flat_map(|a| a.claims).collect();
    let keys = gainsay::normalize::normalize(checker.lexicon(), &mut all);
    let mut out = String::new();
    for (c, k) in all.iter().zip(&keys) {
        let article = &inputs.articles[c.source];
        match format {
            ClaimsFormat::Json | ClaimsFormat::Jsonl => {
                let mut v = serde_json::to_value(c).map_err(io::Error::other)?;
                v["source"] = serde_json::Value::String(article.id.clone());
                v["key"] = serde_json::Value::String(k.key.clone());
                v["text"] = serde_json::Value::String(c.span.of(&article.text).to_string());
                out.push_str(&serde_json::to_string(&v).map_err(io::Error::other)?);
                out.push('\n');
            }
            ClaimsFormat::Text => {
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
