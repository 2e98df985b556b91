//! gainsay reads news articles about one story from several outlets and reports where they
//! contradict each other — and themselves.
#![deny(missing_docs)]

pub mod error;
pub mod lexicon;
pub mod segment;
mod span;

pub use error::{Error, Result};
pub use lexicon::Lexicon;
pub use segment::{Segmenter, Sentence, UnitKind};
pub use span::Span;
