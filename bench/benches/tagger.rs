//! Tagging throughput in tokens/s, one thread: the words of the BBC News articles
//! (`../shared/corpora/bbc-news/bbc.jsonl`) when the file is there, else the synthetic
//! corpus, split into sentences and words by gainsay beforehand.
//!
//! ```text
//! cargo bench --bench tagger
//! GAINSAY_BENCH_CPU=1 cargo bench --bench tagger   # per second of user CPU time
//! ```
//!
//! `tags` is [`Tagger::tag_into`] (UPOS and XPOS, no allocation); `tags+lemmas` is
//! [`Tagger::tag`], which also builds every lemma.

mod common;

use criterion::measurement::Measurement;
use criterion::{Criterion, Throughput};
use gainsay::tag::{tokenize, Tagger};
use std::hint::black_box;
use std::time::Duration;

fn tagger<M: Measurement>(c: &mut Criterion<M>) {
    let (articles, name) = match common::bbc() {
        Some(a) => (a, "bbc"),
        None => (common::synthetic(1_000), "synthetic-1k"),
    };
    let segmenter = gainsay::Segmenter::default();
    let mut sentences: Vec<Vec<&str>> = Vec::new();
    for a in &articles {
        for u in segmenter.split(&a.text) {
            if u.kind.is_text() {
                let s = u.span.of(&a.text);
                sentences.push(tokenize(s).into_iter().map(|r| &s[r]).collect());
            }
        }
    }
    let tokens: usize = sentences.iter().map(Vec::len).sum();
    eprintln!("{name}: {} sentences, {tokens} tokens", sentences.len());
    let tagger = Tagger::builtin();
    let mut group = c.benchmark_group(format!("tagger/{name}"));
    group.throughput(Throughput::Elements(tokens as u64));
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    group.bench_function("tags", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for s in &sentences {
                tagger.tag_into(black_box(s), &mut out);
                n += out.len();
            }
            n
        })
    });
    group.bench_function("tags+lemmas", |b| {
        b.iter(|| sentences.iter().map(|s| tagger.tag(black_box(s)).len()).sum::<usize>())
    });
    group.finish();
}

fn main() {
    // criterion_main!, with the measurement chosen at run time.
    if common::cpu::wanted() {
        let mut c = Criterion::default().with_measurement(common::cpu::UserCpu).configure_from_args();
        tagger(&mut c);
        c.final_summary();
    } else {
        let mut c = Criterion::default().configure_from_args();
        tagger(&mut c);
        c.final_summary();
    }
}
