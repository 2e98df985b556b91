//! Training: the averaged perceptron of Collins (2002), greedy left to right on the tags it
//! predicts itself (as NLTK's tagger trains), then averaged, quantised to i16 and pruned.
//!
//! Everything is deterministic: the sentence order comes from a fixed-seed shuffle, weights
//! are integers until the final rounding, and every table is sorted before it is written, so
//! the same treebanks give the same bytes.

use super::conllu::Sentence;
use super::features::{features, sentence_hashes, WordHashes, N_FEATURES, START, START2, WORD_IDENTITY};
use super::lemma::Lemmatizer;
use super::model::{Parts, MAX_WEIGHT};
use super::tags::{Upos, Xpos};
use crate::error::{Error, Result};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::path::Path;

/// The settings of a training run; the defaults build the shipped weights.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainConfig {
    /// Passes over the training sentences.
    pub iterations: usize,
    /// Seed of the shuffle before each pass.
    pub seed: u64,
    /// Quantised weights (on a scale where the largest is 32767 / 28 = 1170, so that the
    /// scores of a word add up in an i16) smaller than
    /// this in magnitude are dropped.
    pub prune: i16,
    /// A word goes into the tag dictionary, tagged at run time without the perceptron (for
    /// speed), when it was seen at least this often…
    pub dict_min_count: u32,
    /// … with one class in at least this many per thousand of its occurrences.
    pub dict_min_permille: u32,
    /// How often (per thousand) a word seen once loses the features that name it.
    pub word_dropout_permille: u32,
}

impl Default for TrainConfig {
    fn default() -> TrainConfig {
        TrainConfig {
            iterations: 10,
            seed: 13,
            prune: 1,
            dict_min_count: 20,
            dict_min_permille: 995,
            word_dropout_permille: 500,
        }
    }
}

/// GUM's genres whose texts are CC BY (Wikinews: news, interviews, biographies;
/// Wikivoyage; OpenStax textbooks; YouTube CC vlogs; Santa Barbara corpus conversations) or
/// public domain (political speeches), per GUM's LICENSE.txt. Left out: the NC-licensed
/// wikiHow ("whow") and fiction, and the genres the licence file does not name (academic,
/// court, essay, letter, podcast).
pub const GUM_CC_BY_GENRES: &[&str] =
    &["bio", "conversation", "interview", "news", "speech", "textbook", "vlog", "voyage"];

/// Whether a GUM document name ("GUM_news_nasa") is of one of [`GUM_CC_BY_GENRES`].
///
/// ```
/// use gainsay::tag::train::is_gum_cc_by;
/// assert!(is_gum_cc_by("GUM_news_example"));
/// assert!(!is_gum_cc_by("GUM_whow_example"));
/// ```
pub fn is_gum_cc_by(doc: &str) -> bool {
    GUM_CC_BY_GENRES
        .iter()
        .any(|g| doc.strip_prefix("GUM_").and_then(|d| d.strip_prefix(g)).is_some_and(|d| d.starts_with('_')))
}

/// The train split of a UD treebank checkout: its `not-to-release/sources/` files in the
/// order of `not-to-release/file-lists/files.train`, those whose names pass `keep`.
pub fn ud_train_split(dir: &Path, keep: impl Fn(&str) -> bool) -> Result<Vec<Sentence>> {
    let list = dir.join("not-to-release/file-lists/files.train");
    let text = std::fs::read_to_string(&list).map_err(|source| Error::Read { path: list.clone(), source })?;
    let mut out = Vec::new();
    for name in text.lines().map(str::trim).filter(|l| !l.is_empty() && keep(l)) {
        let file = if name.ends_with(".conllu") { name.to_string() } else { format!("{name}.conllu") };
        out.extend(super::conllu::read(&dir.join("not-to-release/sources").join(file))?);
    }
    Ok(out)
}

/// What a training run did, for the trainer's log.
#[derive(Debug, Clone, Default)]
pub struct TrainSummary {
    /// Accuracy on the training sentences during each pass (before averaging).
    pub pass_accuracy: Vec<f64>,
    /// Classes (observed UPOS and XPOS pairs).
    pub classes: usize,
    /// Feature rows and weights kept after pruning.
    pub rows: usize,
    /// Weights kept after pruning.
    pub weights: usize,
    /// Words in the tag dictionary.
    pub dictionary: usize,
    /// Lemma suffix rules and exceptions.
    pub lemma_rules: usize,
    /// Lemma exceptions.
    pub lemma_exceptions: usize,
}

#[derive(Debug, Clone, Copy)]
struct Param {
    class: u16,
    w: i32,
    total: i64,
    stamp: u64,
}

/// A feature left out of one training instance.
const DROPPED: u64 = 0;

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    super::features::fmix(*state)
}

fn predict(weights: &FxHashMap<u64, Vec<Param>>, feats: &[u64; N_FEATURES], n: usize, scores: &mut [i64]) -> u16 {
    scores[..n].fill(0);
    for f in feats {
        if let Some(row) = weights.get(f) {
            for p in row {
                scores[p.class as usize] += p.w as i64;
            }
        }
    }
    let mut best = 0;
    for c in 1..n {
        if scores[c] > scores[best] {
            best = c;
        }
    }
    best as u16
}

fn update(weights: &mut FxHashMap<u64, Vec<Param>>, feats: &[u64; N_FEATURES], gold: u16, guess: u16, now: u64) {
    for f in feats {
        if *f == DROPPED {
            continue;
        }
        let row = weights.entry(*f).or_default();
        for (class, d) in [(gold, 1), (guess, -1)] {
            let i = match row.iter().position(|p| p.class == class) {
                Some(i) => i,
                None => {
                    row.push(Param { class, w: 0, total: 0, stamp: now });
                    row.len() - 1
                }
            };
            let p = &mut row[i];
            p.total += (now - p.stamp) as i64 * p.w as i64;
            p.stamp = now;
            p.w += d;
        }
    }
}

/// Trains a tagger and lemmatizer on `sentences` and returns the weight file's bytes, which
/// [`super::Tagger::from_bytes`] loads.
///
/// ```
/// use gainsay::tag::{conllu, train, Tagger};
/// let text = "1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n\n";
/// let sentences = conllu::parse("example", text).unwrap();
/// let (bytes, _) = train::train(&sentences, &train::TrainConfig { prune: 0, ..Default::default() }).unwrap();
/// let tagger = Tagger::from_bytes("example", &bytes).unwrap();
/// assert_eq!(tagger.tag(&["Dogs", "bark"])[1].xpos.as_str(), "VBP");
/// ```
pub fn train(sentences: &[Sentence], config: &TrainConfig) -> Result<(Vec<u8>, TrainSummary)> {
    // Classes: the observed (UPOS, XPOS) pairs, most frequent first.
    let mut pair_counts: BTreeMap<(Upos, Xpos), u64> = BTreeMap::new();
    for s in sentences {
        for (u, x) in s.upos.iter().zip(&s.xpos) {
            *pair_counts.entry((*u, *x)).or_default() += 1;
        }
    }
    let mut classes: Vec<((Upos, Xpos), u64)> = pair_counts.into_iter().collect();
    classes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    if classes.is_empty() || classes.len() > 255 {
        return Err(Error::Tagger {
            name: "training data".into(),
            message: format!("{} tag pairs; training needs 1 to 255", classes.len()),
        });
    }
    let class_of: FxHashMap<(Upos, Xpos), u16> = classes.iter().enumerate().map(|(i, (p, _))| (*p, i as u16)).collect();
    let n = classes.len();

    // Gold classes and word hashes, once.
    let mut lower = String::new();
    let mut data: Vec<(Vec<WordHashes>, Vec<u16>)> = Vec::with_capacity(sentences.len());
    for s in sentences {
        let mut hs = Vec::new();
        sentence_hashes(&s.words, |_| None, &mut lower, &mut hs);
        let gold = s.upos.iter().zip(&s.xpos).map(|(u, x)| class_of[&(*u, *x)]).collect();
        data.push((hs, gold));
    }

    // Ambiguity classes: the classes each lower-cased word had (at least 5% of the time),
    // for words seen twice or more.
    let mut by_word: BTreeMap<u64, BTreeMap<u16, u32>> = BTreeMap::new();
    for (hs, gold) in &data {
        for (h, g) in hs.iter().zip(gold) {
            *by_word.entry(h.word).or_default().entry(*g).or_default() += 1;
        }
    }
    let ambiguity: Vec<(u64, u64)> = by_word
        .iter()
        .filter_map(|(w, cs)| {
            let total: u32 = cs.values().sum();
            let set: Vec<u8> = cs.iter().filter(|(_, &k)| k * 20 >= total).map(|(c, _)| *c as u8).collect();
            (total >= 2).then(|| (*w, super::features::hash_bytes(&set)))
        })
        .collect();
    let amb: FxHashMap<u64, u64> = ambiguity.iter().copied().collect();
    for (hs, _) in &mut data {
        for h in hs.iter_mut() {
            if let Some(a) = amb.get(&h.word) {
                h.amb = *a;
            }
        }
    }

    // The tag dictionary: frequent words (as written) with one class nearly always.
    let mut word_classes: BTreeMap<u64, BTreeMap<u16, u32>> = BTreeMap::new();
    for (hs, gold) in &data {
        for (h, g) in hs.iter().zip(gold) {
            *word_classes.entry(h.raw).or_default().entry(*g).or_default() += 1;
        }
    }
    let tagdict: Vec<(u64, u16)> = word_classes
        .iter()
        .filter_map(|(w, cs)| {
            let total: u32 = cs.values().sum();
            let (c, k) = cs.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
            (total >= config.dict_min_count && k * 1000 >= config.dict_min_permille * total).then_some((*w, *c))
        })
        .collect();

    let mut weights: FxHashMap<u64, Vec<Param>> = FxHashMap::default();
    let mut now = 0u64;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = config.seed;
    let mut scores = vec![0i64; n];
    let mut feats = [0u64; N_FEATURES];
    let mut summary = TrainSummary { classes: n, dictionary: tagdict.len(), ..TrainSummary::default() };
    for _ in 0..config.iterations {
        for i in (1..order.len()).rev() {
            let j = (splitmix(&mut rng) % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        let (mut right, mut all) = (0usize, 0usize);
        for &si in &order {
            let (hs, gold) = &data[si];
            let (mut t1, mut t2) = (START, START2);
            for (i, &g) in gold.iter().enumerate() {
                // The perceptron learns every word, dictionary words too: skipping them
                // (as NLTK does) cost accuracy on EWT's dev split.
                features(hs, i, t1, t2, &mut feats);
                if config.word_dropout_permille > 0
                    && by_word.get(&hs[i].word).is_some_and(|cs| cs.values().sum::<u32>() == 1)
                    && splitmix(&mut rng) % 1000 < config.word_dropout_permille as u64
                {
                    for k in WORD_IDENTITY {
                        feats[k] = DROPPED;
                    }
                }
                let guess = predict(&weights, &feats, n, &mut scores);
                now += 1;
                if guess != g {
                    update(&mut weights, &feats, g, guess, now);
                }
                right += (guess == g) as usize;
                all += 1;
                t2 = t1;
                t1 = guess;
            }
        }
        summary.pass_accuracy.push(right as f64 / all.max(1) as f64);
    }

    // Average, quantise, prune. Integer arithmetic throughout, so the rounding is the same
    // on every machine.
    let mut max_abs = 1i128;
    for row in weights.values_mut() {
        for p in row.iter_mut() {
            p.total += (now - p.stamp) as i64 * p.w as i64;
            max_abs = max_abs.max((p.total as i128).abs());
        }
    }
    let mut rows: Vec<(u64, Vec<(u16, i16)>)> = Vec::new();
    for (key, row) in &weights {
        let mut kept: Vec<(u16, i16)> = row
            .iter()
            .filter_map(|p| {
                let t = p.total as i128 * MAX_WEIGHT as i128;
                let q = (2 * t + t.signum() * max_abs) / (2 * max_abs);
                (q.abs() >= config.prune.max(1) as i128).then_some((p.class, q as i16))
            })
            .collect();
        if !kept.is_empty() {
            kept.sort_unstable();
            rows.push((*key, kept));
        }
    }
    rows.sort_unstable_by_key(|r| r.0);
    summary.rows = rows.len();
    summary.weights = rows.iter().map(|r| r.1.len()).sum();

    let lemmatizer = Lemmatizer::learn(
        sentences
            .iter()
            .flat_map(|s| s.words.iter().zip(&s.xpos).zip(&s.lemmas).map(|((w, x), l)| (w.as_str(), *x, l.as_str()))),
    );
    (summary.lemma_rules, summary.lemma_exceptions) = lemmatizer.sizes();
    let parts = Parts { classes: classes.iter().map(|(p, _)| *p).collect(), rows, tagdict, ambiguity, lemmatizer };
    Ok((parts.write(), summary))
}
