//! Rebuilds the tagger's weights, `data/tagger/en.bin`, from the UD English treebanks.
//!
//! ```text
//! cargo run --release --example train_tagger -- \
//!     --ewt path/to/UD_English-EWT --gum path/to/UD_English-GUM --out data/tagger/en.bin
//! ```
//!
//! Each directory is a checkout of the treebank's repository. The train split is assembled
//! from `not-to-release/sources/` in the order of `not-to-release/file-lists/files.train`
//! (EWT's released train file is too large for some snapshots); of GUM only the documents
//! of the genres under a CC BY licence (or in the public domain) are read, see
//! `gainsay::tag::train::GUM_CC_BY_GENRES`.
//! The same treebanks give the same bytes.

use clap::Parser;
use gainsay::tag::train;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
struct Args {
    /// Checkout of UniversalDependencies/UD_English-EWT.
    #[arg(long)]
    ewt: PathBuf,
    /// Checkout of UniversalDependencies/UD_English-GUM (optional).
    #[arg(long)]
    gum: Option<PathBuf>,
    /// Where to write the weights.
    #[arg(long, default_value = "data/tagger/en.bin")]
    out: PathBuf,
    /// Passes over the training data.
    #[arg(long, default_value_t = train::TrainConfig::default().iterations)]
    iterations: usize,
    /// Quantised weights below this magnitude are dropped.
    #[arg(long, default_value_t = train::TrainConfig::default().prune)]
    prune: i16,
    /// Minimum count of a tag-dictionary word (0: no dictionary).
    #[arg(long, default_value_t = train::TrainConfig::default().dict_min_count)]
    dict_min_count: u32,
    /// Per thousand: the share of its occurrences a dictionary word must have had one class.
    #[arg(long, default_value_t = train::TrainConfig::default().dict_min_permille)]
    dict_min_permille: u32,
    /// Per thousand: how often a word seen once loses the features that name it.
    #[arg(long, default_value_t = train::TrainConfig::default().word_dropout_permille)]
    word_dropout: u32,
}

fn run(args: &Args) -> gainsay::Result<()> {
    let mut sentences = train::ud_train_split(&args.ewt, |_| true)?;
    let ewt = sentences.len();
    if let Some(gum) = &args.gum {
        sentences.extend(train::ud_train_split(gum, train::is_gum_cc_by)?);
    }
    let tokens: usize = sentences.iter().map(|s| s.words.len()).sum();
    eprintln!("training on {} sentences ({} from EWT), {tokens} words", sentences.len(), ewt);
    let mut config = train::TrainConfig { iterations: args.iterations, prune: args.prune, ..Default::default() };
    config.word_dropout_permille = args.word_dropout;
    config.dict_min_permille = args.dict_min_permille;
    config.dict_min_count = if args.dict_min_count == 0 { u32::MAX } else { args.dict_min_count };
    let (bytes, summary) = train::train(&sentences, &config)?;
    for (i, a) in summary.pass_accuracy.iter().enumerate() {
        eprintln!("pass {}: {:.2}% on the training words", i + 1, a * 100.0);
    }
    eprintln!(
        "{} classes, {} feature rows, {} weights, {} dictionary words, {} lemma rules, {} lemma exceptions",
        summary.classes,
        summary.rows,
        summary.weights,
        summary.dictionary,
        summary.lemma_rules,
        summary.lemma_exceptions
    );
    std::fs::write(&args.out, &bytes).map_err(|source| gainsay::Error::Read { path: args.out.clone(), source })?;
    eprintln!("wrote {} ({} bytes)", args.out.display(), bytes.len());
    Ok(())
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_tagger: {e}");
            ExitCode::FAILURE
        }
    }
}
