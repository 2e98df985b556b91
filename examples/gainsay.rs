//! The gainsay command-line tool.
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "gainsay", version, about = "Find where news articles contradict each other")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Split one article into sentences, headings and noise.
    Sentences {
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
        path: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Sentences { format, path }) => {
            let text = match std::fs::read(&path) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    eprintln!("gainsay: cannot read {}: {e}", path.display());
                    return ExitCode::from(2);
                }
            };
            let units = gainsay::segment::split(&text);
            match format {
                Format::Text => {
                    for u in &units {
                        println!("{}\t{}", u.kind.name(), u.span.of(&text));
                    }
                }
                Format::Json => {
                    let items: Vec<_> = units
                        .iter()
                        .map(|u| serde_json::json!({"text": u.span.of(&text), "start": u.span.start, "end": u.span.end, "kind": u.kind.name()}))
                        .collect();
                    println!("{}", serde_json::to_string_pretty(&items).unwrap());
                }
            }
            ExitCode::SUCCESS
        }
        None => ExitCode::SUCCESS,
    }
}
