//! Printing reports and deciding the exit status.
//!
//! What counts toward exit status 1: every conflict, or with `--fail-on` only those of the
//! listed kinds. `--min-confidence X` drops the conflicts below X from the output *and* the
//! exit status (they are noise the caller asked not to see; `summary.hidden` counts them),
//! while `--fail-on` only narrows the exit status: conflicts of other kinds are still
//! printed.

use clap::builder::PossibleValuesParser;
use clap::{Args, ValueEnum};
use gainsay::Report;
use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

/// Report formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people at a terminal: summary, conflicts, outliers.
    Text,
    /// One JSON object (schema/report.schema.json).
    Json,
    /// One JSON object per line, each with a `type`, the last a `summary`
    /// (schema/jsonl-line.schema.json).
    Jsonl,
    /// Markdown, to paste into a ticket.
    Markdown,
    /// One self-contained HTML page with the articles' texts marked.
    Html,
}

/// When the text report is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Colour {
    /// When stdout is a terminal and `NO_COLOR` is unset or empty.
    Auto,
    /// Always (ANSI escapes even into a pipe).
    Always,
    /// Never.
    Never,
}

/// The conflict kinds `--fail-on` accepts.
const KINDS: [&str; 6] = ["polarity", "antonym", "value", "role", "number", "date"];

/// How the report is printed and what makes the exit status 1.
#[derive(Args, Debug, Clone)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// Colour in the text report.
    #[arg(long, value_enum, default_value = "auto", value_name = "WHEN")]
    pub color: Colour,
    /// Also list what two or more sources say alike (corroboration).
    #[arg(long)]
    pub agreements: bool,
    /// Exit with status 1 only for conflicts of these kinds (comma-separated); conflicts of
    /// other kinds are still printed. Default: any kind.
    #[arg(long, value_delimiter = ',', value_name = "KIND,...", value_parser = PossibleValuesParser::new(KINDS))]
    pub fail_on: Vec<String>,
    /// Leave out conflicts below this confidence (0–1): they are neither printed nor counted
    /// for the exit status.
    #[arg(long, value_name = "X", value_parser = confidence)]
    pub min_confidence: Option<f64>,
    /// Print no report; only the exit status tells.
    #[arg(long, short)]
    pub quiet: bool,
    /// Which paths report conflicts (comma-separated): `keyed` (claims that meet by key),
    /// `aligned` (sentences aligned across articles, compared directly) and `facts` (values
    /// and offices with their owner and attribute). Default: all three.
    #[arg(long = "paths", value_delimiter = ',', value_name = "PATH,...", value_parser = PossibleValuesParser::new(["keyed", "aligned", "facts"]))]
    pub report_paths: Vec<String>,
}

impl OutputArgs {
    /// True when the named path reports.
    pub fn path_on(&self, name: &str) -> bool {
        if self.report_paths.is_empty() {
            return true;
        }
        self.report_paths.iter().any(|p| p == name)
    }
}

impl Default for OutputArgs {
    /// The text report, coloured on a terminal, failing on any conflict.
    fn default() -> OutputArgs {
        OutputArgs {
            format: Format::Text,
            color: Colour::Auto,
            agreements: false,
            fail_on: Vec::new(),
            min_confidence: None,
            quiet: false,
            report_paths: Vec::new(),
        }
    }
}

impl OutputArgs {
    /// Prints the report.
    pub fn emit(&self, report: &Report) -> io::Result<()> {
        if self.quiet {
            return Ok(());
        }
        let report = self.shown(report);
        match self.format {
            Format::Text => write_out(&report.render_text(self.colour())),
            Format::Json => {
                let mut s = serde_json::to_string_pretty(&*report).map_err(io::Error::other)?;
                s.push('\n');
                write_out(&s)
            }
            Format::Jsonl => write_out(&report.to_jsonl()),
            Format::Markdown => write_out(&report.to_markdown()),
            Format::Html => write_out(&report.to_html()),
        }
    }

    /// True when the exit status should be 1: a conflict at or above `--min-confidence`
    /// of a kind in `--fail-on` (any kind without it).
    pub fn failed(&self, report: &Report) -> bool {
        self.shown(report)
            .conflicts
            .iter()
            .any(|c| self.fail_on.is_empty() || self.fail_on.iter().any(|k| c.kind == k.as_str()))
    }

    /// The report as it is printed: without the conflicts below `--min-confidence`.
    fn shown<'r>(&self, report: &'r Report) -> Cow<'r, Report> {
        match self.min_confidence {
            Some(min) => {
                let mut r = report.clone();
                r.drop_below_confidence(min);
                Cow::Owned(r)
            }
            None => Cow::Borrowed(report),
        }
    }

    /// Colour for the text report: `--color`, else a terminal without `NO_COLOR`
    /// (<https://no-color.org>: set and not empty turns colour off).
    pub fn colour(&self) -> bool {
        match self.color {
            Colour::Always => true,
            Colour::Never => false,
            Colour::Auto => io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        }
    }
}

/// A confidence between 0 and 1.
fn confidence(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        _ => Err(format!("{s:?} is not a confidence between 0 and 1")),
    }
}

/// Writes to stdout; a closed pipe comes back as an error the caller ends quietly on.
pub fn write_out(s: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(s.as_bytes())?;
    out.flush()
}
