//! How a command runs: on how many threads, and the two halves of a map/reduce split.

use clap::Args;
use gainsay::records::{self, ClaimRecord};
use gainsay::{Article, Checker};
use std::fs::File;
use std::io::{self, BufReader};
use std::path::PathBuf;

/// Articles mapped to claim records at a time by `claims --format jsonl`: enough to keep
/// every thread busy, few enough that memory does not grow with the input.
pub const BATCH: usize = 256;

/// Threads.
#[derive(Args, Debug, Clone)]
pub struct RunArgs {
    /// Threads that read articles (default: one per core; 1: no parallelism).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=4096))]
    pub threads: Option<u32>,
}

impl RunArgs {
    /// Runs `f` on a pool of `--threads` threads (rayon's global pool when not given).
    pub fn install<T: Send>(&self, f: impl FnOnce() -> io::Result<T> + Send) -> io::Result<T> {
        let Some(n) = self.threads else { return f() };
        #[cfg(feature = "parallel")]
        {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(n as usize).build().map_err(io::Error::other)?;
            pool.install(f)
        }
        #[cfg(not(feature = "parallel"))]
        {
            if n > 1 {
                eprintln!("gainsay: built without the `parallel` feature; running on one thread");
            }
            f()
        }
    }
}

/// The claim records of each article, in order (on all threads of the current pool).
pub fn map_articles(checker: &Checker, articles: &[Article]) -> Vec<Vec<ClaimRecord>> {
    par_map(articles, |a| checker.claim_records(&a.id, &a.text))
}

/// The claim records of each article as JSON lines, in order: written on all threads too,
/// as writing JSON costs about as much as reading the article.
pub fn map_articles_jsonl(checker: &Checker, articles: &[Article]) -> io::Result<Vec<Vec<u8>>> {
    par_map(articles, |a| {
        let mut out = Vec::new();
        records::write_jsonl(&mut out, &checker.claim_records(&a.id, &a.text)).map(|_| out)
    })
    .into_iter()
    .collect()
}

/// `f` over `items`, on all threads of the current pool when built with `parallel`.
fn par_map<T: Sync, U: Send>(items: &[T], f: impl Fn(&T) -> U + Sync + Send) -> Vec<U> {
    #[cfg(feature = "parallel")]
    {
        use rayon::prelude::*;
        items.par_iter().map(f).collect()
    }
    #[cfg(not(feature = "parallel"))]
    {
        items.iter().map(f).collect()
    }
}

/// Reads claim records from files or stdin (`-`); each bad line or unreadable file is
/// added to `errors` as (path, message) and the rest is read.
pub fn read_claim_records(paths: &[PathBuf], errors: &mut Vec<(String, String)>) -> Vec<ClaimRecord> {
    let mut out = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let input: Box<dyn io::BufRead> = if shown == "-" {
            Box::new(io::stdin().lock())
        } else {
            match File::open(path) {
                Ok(file) => Box::new(BufReader::new(file)),
                Err(e) => {
                    errors.push((shown, format!("cannot read claim records: {e}; check the path")));
                    continue;
                }
            }
        };
        for read in records::read_jsonl(input, &shown) {
            match read {
                Ok(record) => out.push(record),
                Err(e) => errors.push((shown.clone(), e.to_string())),
            }
        }
    }
    out
}
