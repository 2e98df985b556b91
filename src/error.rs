//! The one error type of the crate.
//!
//! Text never fails: any `&str` goes through every stage. Errors only come from loading
//! things — files, lexicons, claim records.

use std::path::PathBuf;

/// What went wrong while loading input or configuration.
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
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
