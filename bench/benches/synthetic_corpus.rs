//! Writes the synthetic corpus as JSON lines, for measuring the command line on it:
//!
//! ```text
//! cargo bench --bench synthetic_corpus -- 100000 > /tmp/synthetic-100k.jsonl
//! /usr/bin/time -v target/release/examples/gainsay check --input jsonl --format json \
//!     /tmp/synthetic-100k.jsonl > /dev/null
//! ```
//!
//! With no count (as under a plain `cargo bench`) it writes nothing.

mod common;

use std::io::{self, BufWriter};

fn main() -> io::Result<()> {
    // `cargo bench` passes flags such as `--bench`; the count is the one plain number.
    let Some(n) = std::env::args().skip(1).find_map(|a| a.parse::<usize>().ok()) else {
        eprintln!("synthetic_corpus: give a number of articles, e.g. `cargo bench --bench synthetic_corpus -- 10000`");
        return Ok(());
    };
    let seed = std::env::var("GAINSAY_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(common::synthetic::SEED);
    let bytes = common::synthetic::write_jsonl(BufWriter::new(io::stdout().lock()), n, seed)?;
    eprintln!("synthetic_corpus: {n} articles, {bytes} bytes of text, seed {seed:#x}");
    Ok(())
}
