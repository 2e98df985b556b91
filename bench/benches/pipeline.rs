//! Throughput of the pipeline's stages, in MB/s and articles/s: split (sentences), claims
//! (split and extract, one thread) and check (the whole pipeline, all articles in one
//! check) on one thread and on two.
//!
//! Corpora: the 2,225 BBC News articles of `../shared/corpora/bbc-news/bbc.jsonl` when the
//! file is there, and the synthetic corpus (`benches/common/synthetic.rs`) at 1k and 10k
//! articles; 100k with `GAINSAY_BENCH_100K=1`.
//!
//! ```text
//! cargo bench --bench pipeline                         # about three minutes
//! cargo bench --bench pipeline -- bbc                  # only the BBC corpus
//! GAINSAY_BENCH_100K=1 cargo bench --bench pipeline -- synthetic-100k
//! GAINSAY_BENCH_CPU=1 cargo bench --bench pipeline -- bbc   # per second of user CPU time
//! ```
//!
//! With `GAINSAY_BENCH_CPU` the figures are per second of the process's user CPU time (all
//! its threads: the 2-thread figures are then bytes per CPU second, not per second), so that
//! other work on the machine does not slow them down.

mod common;

use criterion::measurement::Measurement;
use criterion::{BenchmarkGroup, Criterion, Throughput};
use gainsay::{Article, Checker};
use std::hint::black_box;
use std::time::Duration;

/// A pool of `threads` threads, built once and reused across iterations as a long-running
/// program would (its per-thread buffers stay warm); a stand-in without the `parallel` feature.
#[cfg(feature = "parallel")]
type Pool = rayon::ThreadPool;
#[cfg(not(feature = "parallel"))]
struct Pool;

fn pool(threads: usize) -> Pool {
    #[cfg(feature = "parallel")]
    {
        rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool")
    }
    #[cfg(not(feature = "parallel"))]
    {
        let _ = threads;
        Pool
    }
}

/// Runs `f` on `pool` (on the calling thread without the `parallel` feature).
fn on_pool<T: Send>(pool: &Pool, f: impl FnOnce() -> T + Send) -> T {
    #[cfg(feature = "parallel")]
    {
        pool.install(f)
    }
    #[cfg(not(feature = "parallel"))]
    {
        let Pool = pool;
        f()
    }
}

/// split, claims and check on `articles`, in the group `name` (MB/s) and, with
/// `per_article`, check again in `name/articles` (articles/s).
fn stages<M: Measurement>(c: &mut Criterion<M>, name: &str, articles: &[Article], per_article: bool) {
    let bytes = common::bytes(articles) as u64;
    let checker = Checker::default();
    let segmenter = gainsay::Segmenter::default();
    eprintln!(
        "{name}: {} articles, {:.2} MB, {} bytes per article",
        articles.len(),
        bytes as f64 / 1e6,
        bytes / articles.len().max(1) as u64
    );

    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::BytesDecimal(bytes));
    group.bench_function("split", |b| {
        let mut units = Vec::new();
        b.iter(|| {
            let mut n = 0;
            for a in articles {
                units.clear();
                segmenter.split_into(black_box(&a.text), &mut units);
                n += units.len();
            }
            n
        })
    });
    group.bench_function("claims", |b| b.iter(|| checker.extract_all_sequential(black_box(articles)).len()));
    check_on_threads(&mut group, &checker, articles);
    group.finish();
    if !per_article {
        return;
    }
    let mut group = c.benchmark_group(format!("{name}/articles"));
    group.throughput(Throughput::Elements(articles.len() as u64));
    check_on_threads(&mut group, &checker, articles);
    group.finish();
}

fn check_on_threads<M: Measurement>(group: &mut BenchmarkGroup<'_, M>, checker: &Checker, a: &[Article]) {
    for threads in [1, 2] {
        let id = format!("check/{threads}-thread{}", if threads == 1 { "" } else { "s" });
        let pool = pool(threads);
        group.bench_function(id, |b| b.iter(|| on_pool(&pool, || checker.check(black_box(a)).conflicts.len())));
    }
}

fn pipeline<M: Measurement>(c: &mut Criterion<M>) {
    match common::bbc() {
        Some(bbc) => stages(c, "bbc", &bbc, true),
        None => eprintln!("bbc: {} not found; synthetic corpus only", common::bbc_path().display()),
    }
    // Articles/s of the synthetic corpus follow from its MB/s: the bytes per article are
    // printed with it.
    stages(c, "synthetic-1k", &common::synthetic(1_000), false);
    stages(c, "synthetic-10k", &common::synthetic(10_000), false);
    // 100k articles (about 180 MB of text in one check): opt-in, so that a plain
    // `cargo bench` stays short.
    if std::env::var_os("GAINSAY_BENCH_100K").is_some() {
        stages(c, "synthetic-100k", &common::synthetic(100_000), false);
    }
}

fn config() -> Criterion {
    Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3)).sample_size(10)
}

fn main() {
    // criterion_main!, with the measurement chosen at run time.
    if common::cpu::wanted() {
        let mut c = config().with_measurement(common::cpu::UserCpu).configure_from_args();
        pipeline(&mut c);
        c.final_summary();
    } else {
        let mut c = config().configure_from_args();
        pipeline(&mut c);
        c.final_summary();
    }
}
