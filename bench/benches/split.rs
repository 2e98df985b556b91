//! Sentence-splitting throughput in MB/s: gainsay against the two Rust peers, sentencex and
//! unicode-segmentation's UAX #29 sentences, on the same text.
//!
//! The text is the 2,225 BBC News articles of `../shared/corpora/bbc-news/bbc.jsonl`
//! (5 MB), or a small built-in text when that file is missing.
//!
//! ```text
//! cargo bench --bench split -- --warm-up-time 1 --measurement-time 3
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use unicode_segmentation::UnicodeSegmentation;

/// Written for this bench; repeated to make a few hundred kilobytes.
const FALLBACK: &str = "Ministers agree new fishing limits

By Staff Reporter

LONDON — Britain and the E.U. agreed catch limits for 2026 on Friday after five days of talks. \
Mr. Thorne said the deal was \"fair.\" It takes effect on Jan. 1 and cuts the cod quota by 15%.
The U.S. Embassy welcomed it. No. 10 said talks went on until 9 p.m. Thursday... Critics disagreed!
“We will fight. We will win,” one skipper said. Read more: What the deal means (Photo: Reuters)
";

/// The concatenated `text` fields of the BBC corpus, or the fallback text.
fn corpus() -> (String, &'static str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpora/bbc-news/bbc.jsonl");
    if let Ok(jsonl) = std::fs::read_to_string(&path) {
        let texts: Vec<String> = jsonl
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
            .collect();
        if !texts.is_empty() {
            return (texts.join("\n\n"), "bbc-news");
        }
    }
    (FALLBACK.repeat(1000), "built-in")
}

fn split(c: &mut Criterion) {
    let (text, name) = corpus();
    let mut group = c.benchmark_group(format!("split/{name}"));
    group.throughput(Throughput::BytesDecimal(text.len() as u64));
    group.sample_size(10);

    let segmenter = gainsay::Segmenter::default();
    let mut out = Vec::new();
    group.bench_function("gainsay", |b| {
        b.iter(|| {
            out.clear();
            segmenter.split_into(black_box(&text), &mut out);
            out.len()
        })
    });
    group.bench_function("sentencex", |b| b.iter(|| sentencex::segment("en", black_box(&text)).len()));
    group.bench_function("unicode_sentences", |b| b.iter(|| black_box(&text).unicode_sentences().count()));
    group.finish();
}

criterion_group!(benches, split);
criterion_main!(benches);
