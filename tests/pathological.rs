//! Pathological inputs go through the whole pipeline without a panic and in time linear in
//! their length: each input is built at two sizes (1 MB and 4 MB), and the larger one may
//! take at most about 6× the time of the smaller (4× the bytes, with a margin for noise).
//! Times are the checking thread's CPU time where Linux gives it, so other work on the
//! machine does not count.
//!
//! ```text
//! cargo test --release --test pathological -- --nocapture    # prints MB/s per input
//! ```
//!
//! In a debug build the inputs are 64× smaller, so the test stays quick there too. Throughput
//! on real text is measured by the benchmarks (`bench/`), not here.

use gainsay::{Article, Checker};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The smaller size; the larger one is four times this.
const SMALL: usize = if cfg!(debug_assertions) { 16 << 10 } else { 1 << 20 };
/// How many times longer the larger input may take. Linear is 4× and quadratic 16×; a
/// sentence of 4 MB holds hundreds of megabytes of units and claims, which fall out of the
/// caches that the 1 MB one fits in, so a linear input can take 6–7× (the same inputs
/// take exactly 4× from 4 MB to 16 MB).
const MAX_RATIO: f64 = 8.0;
/// Above this ratio both sizes are timed again, keeping the faster runs.
const RETRY_RATIO: f64 = 5.0;
/// Absolute slack for timer noise on very fast inputs.
const SLACK: Duration = Duration::from_millis(40);

/// `unit` repeated until the text has at least `n` bytes.
fn repeat(unit: &str, n: usize) -> String {
    unit.repeat(n.div_ceil(unit.len()))
}

/// `open` repeated, then `middle`, then `close` repeated: deep nesting of `n` bytes or so.
fn nest(open: &str, middle: &str, close: &str, n: usize) -> String {
    let k = n / (open.len() + close.len());
    format!("{}{middle}{}", open.repeat(k), close.repeat(k))
}

/// Every assigned scalar value of every script, 40 to a word, until `n` bytes.
fn every_script(n: usize) -> String {
    let mut s = String::with_capacity(n + 64);
    let mut k = 0usize;
    'outer: loop {
        for c in (0x20u32..0x3_1350).filter_map(char::from_u32) {
            s.push(c);
            k += 1;
            if k % 40 == 0 {
                s.push(if k % 400 == 0 { '.' } else { ' ' });
            }
            if s.len() >= n {
                break 'outer;
            }
        }
    }
    s
}

/// One pathological input: a name and how to build it at about `n` bytes.
struct Case {
    name: &'static str,
    make: fn(usize) -> String,
}

const NEWS: &str = "U.S. President Joe Biden said on Friday that Italy would not deploy troops to the border, \
                    while Rome said it will send 1,200 soldiers by June 2026 and the fund holds $1.5 billion; ";

/// Names, titles and countries in one sentence, none of them ending it.
const TITLES: &str = "President Donald Trump, Prime Minister Kaarel Tamm, Foreign Minister Haruto Mori, \
                      Italian Defence Minister Guido Crosetto, U.N. Secretary-General António Guterres and \
                      Mr. J. R. R. Tolkien of the U.K., ";

/// Conditions, attributions, dates, places, offices and antonyms, none ending the sentence.
const CLAUSES: &str = "if Italy sends troops, according to Reuters officials said that Rome would not deploy \
                       troops on 13 January 2026 and by June 2026, in Rome, the capital, at the summit in Paris, \
                       the chair of the board, France's capital Paris, Italy joined the fund but withdrew; who \
                       said he would not, ";

const CASES: &[Case] = &[
    Case { name: "one long line of news", make: |n| repeat(NEWS, n) + "." },
    Case {
        name: "news sentences, one line",
        make: |n| repeat("Italy will send troops. Rome would not deploy troops. ", n),
    },
    Case { name: "periods", make: |n| ".".repeat(n) },
    Case { name: "periods and spaces", make: |n| repeat(". ", n) },
    Case { name: "U.S. repeated", make: |n| repeat("U.S. ", n) },
    Case { name: "initials", make: |n| repeat("A. ", n) },
    Case { name: "nested brackets", make: |n| nest("(", "Italy will send troops.", ")", n) },
    Case { name: "nested quotes", make: |n| nest("“", "Rome said no. Italy will send troops.", "”", n) },
    Case { name: "mixed nesting", make: |n| nest("([{«“‘\"'", "a. B", "'\"’”»}])", n) },
    Case { name: "unbalanced openers", make: |n| repeat("(“[ Italy will send troops. ", n) },
    Case { name: "every script", make: every_script },
    Case {
        name: "zero-width and control",
        make: |n| {
            repeat(
                "\u{200B}It\u{200C}aly\u{200D} will\u{2060} send\u{0}\u{1}\u{7}\u{1B}\u{7F}\u{FEFF} troops.\u{85}",
                n,
            )
        },
    },
    Case {
        name: "surrogate escapes and U+FFFD",
        make: |n| repeat("Italy \\ud800 will send \u{FFFD} troops \\udfff\u{FFFD}. ", n),
    },
    Case { name: "CRLF lines", make: |n| repeat("Italy will send troops.\r\nRome would not deploy troops.\r\n", n) },
    Case { name: "CR lines", make: |n| repeat("Italy will send troops.\rRome would not deploy troops.\r", n) },
    Case {
        name: "BOM, then BOMs everywhere",
        make: |n| format!("\u{FEFF}{}", repeat("\u{FEFF}Italy will send troops. ", n)),
    },
    Case { name: "one very long word", make: |n| "a".repeat(n) },
    Case { name: "one very long name", make: |n| format!("President {} said.", "Abcdefgh".repeat(n / 8)) },
    Case { name: "very long words", make: |n| repeat(&format!("{} ", "x".repeat(10_000)), n) },
    Case { name: "one very long number", make: |n| format!("The flood killed {} people.", "9".repeat(n)) },
    Case {
        name: "long numbers",
        make: |n| repeat("It cost $123456789012345678901234567890.5 billion, 1,000,000,000,000,000 people. ", n),
    },
    Case { name: "titles and names in one sentence", make: |n| repeat(TITLES, n) + "said." },
    Case { name: "capitalised words in one sentence", make: |n| repeat("Alpha Beta Gamma Delta ", n) + "." },
    Case {
        name: "many holders of one office",
        make: |n| {
            let mut s = String::with_capacity(n + 64);
            let mut i = 0u64;
            while s.len() < n {
                s.push_str(&format!("U.S. President Joe Person{i} said no. "));
                i += 1;
            }
            s
        },
    },
    Case {
        name: "full names and one-word variants",
        make: |n| {
            let mut s = String::with_capacity(n + 64);
            let mut i = 0u64;
            while s.len() < n {
                s.push_str(&format!("Prime Minister Jan Personage{i} said no. Personagx{i} will send troops. "));
                i += 1;
            }
            s
        },
    },
    Case {
        name: "two long similar names",
        make: |n| {
            let x = "x".repeat(n / 4);
            format!("President A{x}b said. President A{x}c said. Minister Jo A{x}d quit. Minister Jo A{x}e quit.")
        },
    },
    Case {
        name: "bare denials and many figures",
        make: |n| {
            let mut s = String::with_capacity(n + 64);
            let mut i = 0u64;
            while s.len() < n {
                s.push_str(&format!("Spain will contribute {} million euros. Spain will not contribute. ", 10 + i));
                i += 1;
            }
            s
        },
    },
    Case {
        name: "bare denials and many objects",
        make: |n| {
            let mut s = "Spain will not contribute. ".repeat(n / 54);
            let mut i = 0u64;
            while s.len() < n {
                s.push_str(&format!("Spain will contribute Project{i} Fund. "));
                i += 1;
            }
            s
        },
    },
    Case {
        name: "changes of figures in one sentence",
        make: |n| {
            let mut s = String::with_capacity(n + 64);
            let mut i = 0u64;
            while s.len() < n {
                s.push_str(&format!("from {i} to {} people, rose to {} tonnes and ", i + 1, i + 2));
                i += 1;
            }
            s + "more."
        },
    },
    Case { name: "clauses of every kind in one sentence", make: |n| repeat(CLAUSES, n) + "." },
    Case {
        name: "many figures for one number",
        make: |n| {
            let mut s = String::with_capacity(n + 64);
            let mut i = 0u64;
            while s.len() < n {
                s.push_str(&format!("The floods killed {} people. ", 10 + i));
                i += 1;
            }
            s
        },
    },
    Case {
        name: "many dates for one event",
        make: |n| {
            let mut s = String::with_capacity(n + 64);
            let mut i = 0u64;
            while s.len() < n {
                s.push_str(&format!("The accord was signed on {} March {}. ", 1 + i % 28, 1900 + i % 200));
                i += 1;
            }
            s
        },
    },
    Case { name: "lists and bullets", make: |n| repeat("1. a 2) b • c ⁃ d (iv) e a. Italy ", n) },
    Case {
        name: "URLs and e-mail",
        make: |n| repeat("See https://example.com/a.b.c?d=e. Mail jane.doe@example.com. www.x.org ", n),
    },
];

/// Held by each test, so that the two never run at once and skew each other's timings.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The CPU time the calling thread has used, where Linux tells it: timings on a busy
/// machine then do not count the time other processes had the core.
fn thread_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// The time a full check of `articles` takes on one thread: its CPU time where known, else
/// the wall-clock time. The check runs on a pool of that one thread, so that the stages that
/// run on the rayon pool are counted too.
fn time_check(checker: &Checker, articles: &[Article]) -> Duration {
    #[cfg(feature = "parallel")]
    {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("one-thread pool");
        pool.install(|| time_check_here(checker, articles))
    }
    #[cfg(not(feature = "parallel"))]
    {
        time_check_here(checker, articles)
    }
}

fn time_check_here(checker: &Checker, articles: &[Article]) -> Duration {
    let (cpu, wall) = (thread_cpu(), Instant::now());
    let report = checker.report(articles, checker.extract_all_sequential(articles));
    let took = match (cpu, thread_cpu()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall.elapsed(),
    };
    assert_eq!(report.summary.articles, articles.len());
    took
}

/// The time a full check of `text` as one article takes.
fn check_time(checker: &Checker, text: &str) -> Duration {
    time_check(checker, &[Article::new("a", text)])
}

fn mb_per_s(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / 1e6 / t.as_secs_f64().max(1e-9)
}

#[test]
fn pathological_inputs_take_linear_time() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let checker = Checker::default();
    let mut slow = Vec::new();
    println!("{:<36} {:>9} {:>9} {:>7} {:>8}", "input", "small ms", "large ms", "ratio", "MB/s");
    for case in CASES {
        let (small, large) = ((case.make)(SMALL), (case.make)(4 * SMALL));
        // The smaller input is timed twice and the faster run kept, so a hiccup there does not
        // pass a slow larger input.
        let mut t_small = check_time(&checker, &small).min(check_time(&checker, &small));
        let mut t_large = check_time(&checker, &large);
        let scale = large.len() as f64 / (4 * small.len()) as f64;
        let allowed = |t_small: Duration, ratio: f64| t_small.mul_f64(ratio * scale) + SLACK;
        for _ in 0..2 {
            // Linear is 4×; above 5× the runs are measured again before they are judged.
            if t_large <= allowed(t_small, RETRY_RATIO) {
                break;
            }
            // Other work on the machine can slow one run down: measure both again first.
            t_small = t_small.min(check_time(&checker, &small));
            t_large = t_large.min(check_time(&checker, &large));
        }
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9);
        let rate = mb_per_s(large.len(), t_large);
        println!(
            "{:<36} {:>9.1} {:>9.1} {:>7.2} {:>8.1}",
            case.name,
            t_small.as_secs_f64() * 1e3,
            t_large.as_secs_f64() * 1e3,
            ratio,
            rate
        );
        if t_large > allowed(t_small, MAX_RATIO) {
            slow.push(format!(
                "{}: {:?} for {} bytes, {:?} for {} bytes",
                case.name,
                t_small,
                small.len(),
                t_large,
                large.len()
            ));
        }
    }
    assert!(slow.is_empty(), "super-linear inputs:\n{}", slow.join("\n"));
}
