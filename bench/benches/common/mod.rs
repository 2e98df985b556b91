//! Corpora shared by the benchmarks (and the scale tests): the BBC News articles when they
//! are checked out beside the repository, and the synthetic corpus.

// Each bench target uses part of this module.
#![allow(dead_code)]

pub mod cpu;
pub mod synthetic;

use gainsay::Article;
use std::path::{Path, PathBuf};

/// `../shared/corpora/bbc-news/bbc.jsonl`: 2,225 BBC News articles, one JSON object per
/// line with `id`, `category` and `text`.
pub fn bbc_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora/bbc-news/bbc.jsonl")
}

/// The BBC articles, if the file is there.
pub fn bbc() -> Option<Vec<Article>> {
    let file = std::fs::File::open(bbc_path()).ok()?;
    let articles: Vec<Article> = gainsay::records::read_articles_jsonl(std::io::BufReader::new(file), "bbc.jsonl")
        .filter_map(Result::ok)
        .collect();
    (!articles.is_empty()).then_some(articles)
}

/// `n` synthetic articles as `Article`s.
pub fn synthetic(n: usize) -> Vec<Article> {
    synthetic::corpus(n, synthetic::SEED).into_iter().map(|a| Article::new(a.id, a.text)).collect()
}

/// Total bytes of text.
pub fn bytes(articles: &[Article]) -> usize {
    articles.iter().map(|a| a.text.len()).sum()
}
