//! The one error type of the crate.
//!
//! Text never fails: any `&str` goes through every stage. Errors only come from loading
//! things — files, lexicons, claim records.

use std::path::PathBuf;

/// What went wrong while loading input or configuration. Each message names the input, where
/// in it, and what to do.
///
/// ```
/// use gainsay::{Error, Lexicon};
/// let mut lexicon = Lexicon::builtin();
/// let err = lexicon.merge_toml("mine.toml", "[[entity]]\nname = 3\n").unwrap_err();
/// assert!(matches!(err, Error::Lexicon { line: 2, .. }), "{err:?}");
/// assert!(err.to_string().starts_with("lexicon mine.toml, line 2"), "{err}");
/// ```
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read.
    #[error("cannot read {path}: {source}; check that the path exists and is readable")]
    Read {
        /// The path that failed.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A lexicon file is not valid.
    #[error("lexicon {name}, line {line}, column {column}: {message}; fix the entry or leave the file out")]
    Lexicon {
        /// The file name (or `<builtin>` for the embedded lexicon).
        name: String,
        /// 1-based line of the error (0 when unknown).
        line: usize,
        /// 1-based column of the error (0 when unknown).
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A claim record (JSONL) could not be parsed.
    #[error("claims {name}, line {line}: {message}; each line must be one claim record as printed by `gainsay claims --format jsonl`")]
    ClaimRecord {
        /// Where the record came from.
        name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// An article record (JSONL) could not be parsed.
    #[error("articles {name}, line {line}: {message}; each line must be a JSON object with string fields \"id\" and \"text\"")]
    ArticleRecord {
        /// Where the record came from.
        name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Tagger weights or a treebank file are not valid.
    #[error(
        "tagger data {name}: {message}; use a weight file written by the train_tagger example, or a CoNLL-U treebank"
    )]
    Tagger {
        /// Where the data came from (a file name, `<builtin>`).
        name: String,
        /// What is wrong.
        message: String,
    },
}

/// Shorthand for results of this crate.
///
/// ```
/// fn load(path: &std::path::Path) -> gainsay::Result<gainsay::Lexicon> {
///     let mut lexicon = gainsay::Lexicon::builtin();
///     lexicon.merge_file(path)?;
///     Ok(lexicon)
/// }
/// assert!(matches!(load("no/such/file.toml".as_ref()), Err(gainsay::Error::Read { .. })));
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;
