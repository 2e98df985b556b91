//! A feed as stories: `check --stories` checks each story on its own, and `gainsay stories`
//! prints which story each article is in (what a distributed job partitions by).

use crate::input::{InputArgs, Item};
use crate::output::{write_out, Format, OutputArgs};
use crate::run::BATCH;
use clap::{Args, ValueEnum};
use gainsay::stories::{StoryIndex, StoryOptions, StoryReports, DEFAULT_THRESHOLD};
use gainsay::{Article, Report};
use std::io::{self, Write};
use std::process::ExitCode;

/// `check`'s grouping of a feed into stories.
#[derive(Args, Debug, Clone, Default)]
pub struct StoryArgs {
    /// Group the articles into stories first and check each story on its own (a feed of
    /// many stories); each story gets its own section, and conflicts their `story`.
    #[arg(long)]
    pub stories: bool,
    #[command(flatten)]
    pub threshold: Threshold,
}

/// How alike articles of one story are.
#[derive(Args, Debug, Clone, Default)]
pub struct Threshold {
    /// The similarity (0–1) from which articles are one story; lower joins more, higher
    /// splits more (with `check`: used with --stories).
    #[arg(long, value_name = "X", value_parser = unit, default_value_t = DEFAULT_THRESHOLD)]
    pub story_threshold: f64,
}

impl StoryArgs {
    pub fn options(&self) -> StoryOptions {
        self.threshold.options()
    }
}

impl Threshold {
    pub fn options(&self) -> StoryOptions {
        StoryOptions { threshold: self.story_threshold, ..StoryOptions::default() }
    }
}

/// A number between 0 and 1.
fn unit(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{s:?} is not a similarity between 0 and 1")),
    }
}

/// Prints the stories' reports: JSON and JSON lines as one merged report (conflicts and
/// sources with their `story`, JSON with a `stories` list), text, Markdown and HTML with a
/// section per story. `merged` carries the input's warnings and errors.
pub fn emit(output: &OutputArgs, checked: &StoryReports, merged: &Report, articles: &[Article]) -> io::Result<()> {
    if output.quiet {
        return Ok(());
    }
    let problems = || {
        let mut s = String::new();
        for m in &merged.warnings {
            s.push_str(&format!("\nwarning: {}: {}\n", m.source, m.message));
        }
        for m in &merged.errors {
            s.push_str(&format!("\nerror: {}: {}\n", m.source, m.message));
        }
        s
    };
    match output.format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(merged).map_err(io::Error::other)?;
            s.push('\n');
            write_out(&s)
        }
        Format::Jsonl => write_out(&merged.to_jsonl()),
        Format::Text => write_out(&(checked.render_text(output.colour()) + &problems())),
        Format::Markdown => write_out(&(checked.to_markdown() + &problems())),
        Format::Html => write_out(&checked.to_html(articles)),
    }
}

/// Formats of `gainsay stories`.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StoriesFormat {
    /// One story per line: its id, then its articles.
    Text,
    /// One JSON array of stories, each with `id` and `articles`.
    Json,
    /// One line per article, in input order: `{"id": ARTICLE, "story": STORY}`.
    Jsonl,
}

/// `gainsay stories`: reads the articles once, keeping only their features, and prints the
/// stories.
pub fn stories(format: StoriesFormat, input: &InputArgs, args: &Threshold) -> io::Result<ExitCode> {
    let Some(lexicon) = input.lexicon() else {
        return Ok(ExitCode::from(2));
    };
    let mut index = StoryIndex::new(args.options(), Some(lexicon));
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    let mut ids: Vec<String> = Vec::new();
    let flush = |batch: &mut Vec<Article>, index: &mut StoryIndex| {
        let features = par_features(index, batch);
        for (a, f) in batch.drain(..).zip(features) {
            index.add(&a.id, f);
        }
    };
    input.each(&mut |item| {
        match item {
            Item::Article(a) => {
                ids.push(a.id.clone());
                batch.push(a);
                if batch.len() == BATCH {
                    flush(&mut batch, &mut index);
                }
            }
            Item::Warning(p, m) | Item::Error(p, m) => eprintln!("gainsay: {p}: {m}"),
        }
        Ok(())
    })?;
    flush(&mut batch, &mut index);
    if ids.is_empty() {
        eprintln!("gainsay: no input could be read");
        return Ok(ExitCode::from(2));
    }
    let stories = index.finish();
    let mut out = io::BufWriter::new(io::stdout().lock());
    match format {
        StoriesFormat::Text => {
            for s in &stories {
                let members: Vec<&str> = s.articles.iter().map(|&i| ids[i].as_str()).collect();
                writeln!(out, "{}\t{}", s.id, members.join(" "))?;
            }
        }
        StoriesFormat::Json => {
            let list: Vec<serde_json::Value> = stories
                .iter()
                .map(|s| {
                    let members: Vec<&str> = s.articles.iter().map(|&i| ids[i].as_str()).collect();
                    serde_json::json!({ "id": s.id, "articles": members })
                })
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&list).map_err(io::Error::other)?)?;
        }
        StoriesFormat::Jsonl => {
            let mut story_of = vec![0usize; ids.len()];
            for (k, s) in stories.iter().enumerate() {
                for &i in &s.articles {
                    story_of[i] = k;
                }
            }
            for (id, &k) in ids.iter().zip(&story_of) {
                let line = serde_json::json!({ "id": id, "story": stories[k].id });
                writeln!(out, "{line}")?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The features of each article, on all threads of the current pool.
fn par_features(index: &StoryIndex, batch: &[Article]) -> Vec<gainsay::stories::ArticleFeatures> {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        batch.par_iter().map(|a| index.features(&a.text)).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        batch.iter().map(|a| index.features(&a.text)).collect()
    }
}
