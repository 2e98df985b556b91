//! Printing reports and deciding the exit status.

use clap::{Args, ValueEnum};
use gainsay::Report;
use std::io::{self, Write};

/// Report formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people.
    Text,
    /// One JSON object (see the README for its fields).
    Json,
}

/// How the report is printed.
#[derive(Args, Debug, Clone)]
pub struct OutputArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

impl OutputArgs {
    /// Prints the report.
    pub fn emit(&self, report: &Report) -> io::Result<()> {
        match self.format {
            Format::Text => write_out(&report.to_text()),
            Format::Json => {
                let mut s = serde_json::to_string_pretty(report).map_err(io::Error::other)?;
                s.push('\n');
                write_out(&s)
            }
        }
    }

    /// Exit status 1 when the report has conflicts, else 0.
    pub fn failed(&self, report: &Report) -> bool {
        !report.conflicts.is_empty()
    }
}

/// Writes to stdout; a closed pipe comes back as an error the caller ends quietly on.
pub fn write_out(s: &str) -> io::Result<()> {
    let mut out = io::stdout().lock();
    out.write_all(s.as_bytes())?;
    out.flush()
}
