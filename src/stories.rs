//! Stories: which articles of a feed tell the same story, so that each story is checked on
//! its own.
//!
//! A check compares what articles about *one* story say. A newsroom's feed holds many
//! stories, and checking it whole pits unrelated articles against each other wherever they
//! share a name or a generic key. [`group`] sorts a feed into stories first:
//!
//! 1. **What an article is about**: its named entities (capitalised spans such as "Harbour
//!    Authority", and lexicon entities, so that "Rome" and "Italian" both count as Italy),
//!    the stems of its content words, its numbers ("1,500", "XY204") and its dates ("13
//!    January"). Words of `data/stories/features.toml` say nothing about a story and are
//!    left out.
//! 2. **TF-IDF vectors**: each feature weighs `(1 + ln tf) · ln(1 + N / df)`, entities and
//!    dates more ([`StoryOptions`]); features no other article has cannot link two articles
//!    and are dropped; an article keeps its [`StoryOptions::max_features`] heaviest ones, its
//!    vector normalised to length 1.
//! 3. **Candidates through an inverted index**: an article is compared only with the
//!    articles that share one of its [`StoryOptions::probe_features`] heaviest features, and
//!    only through features that at most [`StoryOptions::max_postings`] articles have. A word
//!    half the feed uses links nothing, so the work stays linear in the number of articles
//!    (about `N · probe_features · max_postings` comparisons at the very worst).
//! 4. **Stories, by average link**: candidate pairs whose cosine similarity reaches
//!    [`StoryOptions::threshold`] are taken the most similar first, and the groups of the
//!    two articles become one when the average similarity of their articles, pair by pair,
//!    reaches the threshold too. A group's vectors are kept summed, so that the average is
//!    one sparse dot product, and a chain of neighbours (one shared name after another)
//!    cannot pull a whole topic into one story.
//!
//! The result is deterministic: articles are sorted by id within a story, a story's id is
//! the smallest id of its articles, and stories are sorted by id; no step depends on hash
//! order. An article alone in its story is a story of one.
//!
//! ```
//! use gainsay::stories::{group, StoryOptions};
//! use gainsay::Article;
//! let feed = [
//!     Article::new("a1", "The Harbour Authority of Velmora closed the Tressel Bridge on Monday after a barge struck it."),
//!     Article::new("b1", "Velmora's Tressel Bridge was shut by the Harbour Authority when a barge hit the bridge."),
//!     Article::new("c1", "Kestrel Foods reported quarterly revenue of $310 million and cut 400 jobs at Danford."),
//!     Article::new("d1", "Danford-based Kestrel Foods will cut 400 jobs after quarterly revenue fell to $310 million."),
//! ];
//! let stories = group(&feed, &StoryOptions::default());
//! let ids: Vec<(&str, Vec<usize>)> = stories.iter().map(|s| (s.id.as_str(), s.articles.clone())).collect();
//! assert_eq!(ids, [("a1", vec![0, 1]), ("c1", vec![2, 3])]);
//! ```

use crate::report::{Report, StoryInfo};
use crate::{Article, ArticleClaims, Checker, Lexicon};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::fmt::Write as _;

/// The built-in feature words (`data/stories/features.toml`).
const FEATURES_TOML: &str = include_str!("../data/stories/features.toml");

/// Words that shape the features: the stopwords and month names of
/// `data/stories/features.toml`.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct FeatureWords {
    /// Words that say nothing about a story ("the", "said", "monday").
    pub stopwords: Vec<String>,
    /// Month names: a number beside one makes a date feature.
    pub months: Vec<String>,
}

impl Default for FeatureWords {
    fn default() -> FeatureWords {
        // The embedded file is part of the crate and parsed by a unit test.
        toml::from_str(FEATURES_TOML).unwrap_or(FeatureWords { stopwords: Vec::new(), months: Vec::new() })
    }
}

impl FeatureWords {
    /// Feature words from a TOML text of the shape of `data/stories/features.toml`.
    pub fn from_toml(name: &str, text: &str) -> crate::Result<FeatureWords> {
        toml::from_str(text).map_err(|e| {
            let (line, column) = e.span().map(|s| line_col(text, s.start)).unwrap_or((0, 0));
            crate::Error::Lexicon { name: name.to_string(), line, column, message: e.message().trim().to_string() }
        })
    }
}

fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at.min(text.len())];
    let line = 1 + before.matches('\n').count();
    let column = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, column)
}

/// How articles are grouped into stories.
///
/// The defaults were tuned on a shuffled feed of 93 evaluation stories of 2 to 5 articles
/// each (adjusted Rand index 0.98 against the true stories; see docs/scale.md).
///
/// ```
/// use gainsay::stories::StoryOptions;
/// let strict = StoryOptions { threshold: 0.4, ..StoryOptions::default() };
/// assert!(strict.threshold > StoryOptions::default().threshold);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct StoryOptions {
    /// Similarity (0–1) from which articles are one story: two articles are candidates
    /// when their cosine similarity reaches it, and two groups of articles become one
    /// story when the average similarity of their articles, pair by pair, reaches it
    /// (average link). Lower joins more (paraphrases with few words in common), higher
    /// splits more (articles that share a name but not a topic).
    pub threshold: f64,
    /// Features that more articles than this have are not used to find candidates (they
    /// still count in the similarity): what keeps grouping linear.
    pub max_postings: usize,
    /// Features kept per article, the heaviest.
    pub max_features: usize,
    /// Of those, how many (the heaviest) find candidates through the index.
    pub probe_features: usize,
    /// Weight of a named entity against a content word.
    pub entity_weight: f64,
    /// Weight of a number or a date against a content word.
    pub number_weight: f64,
    /// Stopwords and month names.
    pub words: FeatureWords,
}

impl Default for StoryOptions {
    fn default() -> StoryOptions {
        StoryOptions {
            threshold: DEFAULT_THRESHOLD,
            max_postings: 64,
            max_features: 200,
            probe_features: 24,
            entity_weight: 1.5,
            number_weight: 1.0,
            words: FeatureWords::default(),
        }
    }
}

/// The default [`StoryOptions::threshold`].
pub const DEFAULT_THRESHOLD: f64 = 0.25;

/// One story: the articles that tell it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// A stable id: the smallest id of its articles (with `~2`, `~3`, … when two stories
    /// would share it because the input repeats an id).
    pub id: String,
    /// Indexes of its articles in the input, sorted by article id (then index).
    pub articles: Vec<usize>,
}

/// Groups `articles` into stories; every article is in exactly one. See the module's
/// documentation for how; names are read with the built-in lexicon.
pub fn group(articles: &[Article], options: &StoryOptions) -> Vec<Story> {
    group_with(articles, options, Lexicon::builtin())
}

/// [`group`] with the entities of `lexicon`.
fn group_with(articles: &[Article], options: &StoryOptions, lexicon: Lexicon) -> Vec<Story> {
    let mut index = StoryIndex::new(options.clone(), Some(lexicon));
    let features = crate::par::map(articles, |a| index.features(&a.text));
    for (a, f) in articles.iter().zip(features) {
        index.add(&a.id, f);
    }
    index.finish()
}

/// The features of one article, counted ([`StoryIndex::features`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleFeatures {
    /// (feature, weight of its kind × (1 + ln count)), sorted by feature.
    items: Vec<(String, f32)>,
}

impl ArticleFeatures {
    /// How many distinct features the article has.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when the article has no feature (an empty or stopword-only text).
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The features, each prefixed by its kind: `e:` entity, `w:` word stem, `n:` number,
    /// `d:` date.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.items.iter().map(|(f, _)| f.as_str())
    }
}

/// Builds stories article by article, so that a long feed is read once and never held
/// whole: only each article's features are kept.
///
/// ```
/// use gainsay::stories::{StoryIndex, StoryOptions};
/// let mut index = StoryIndex::new(StoryOptions::default(), None);
/// for (id, text) in [("x", "Orlan Vey won the Corvo Open final in Tarsk."),
///                    ("y", "In Tarsk, Orlan Vey beat the champion to win the Corvo Open."),
///                    ("z", "Floods closed schools across the Meridan valley.")] {
///     let features = index.features(text);
///     index.add(id, features);
/// }
/// let stories = index.finish();
/// assert_eq!(stories.len(), 2);
/// assert_eq!(stories[0].articles, [0, 1]);
/// ```
#[derive(Debug)]
pub struct StoryIndex {
    options: StoryOptions,
    lexicon: Option<Lexicon>,
    stopwords: FxHashSet<String>,
    months: FxHashMap<String, String>,
    stemmer: Stemmer,
    ids: Vec<String>,
    /// Feature name → id; `names` and `df` by id.
    vocab: FxHashMap<Box<str>, u32>,
    names: Vec<Box<str>>,
    df: Vec<u32>,
    /// Per article: (feature id, kind weight × (1 + ln tf)).
    docs: Vec<Vec<(u32, f32)>>,
}

struct Stemmer(rust_stemmers::Stemmer);

impl std::fmt::Debug for Stemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Porter2")
    }
}

/// Words whose stems a thread remembers, at most (then it starts again).
const STEM_MEMO: usize = 1 << 16;

thread_local! {
    /// Folded word → its `w:` feature.
    static STEMS: std::cell::RefCell<FxHashMap<Box<str>, Box<str>>> = std::cell::RefCell::new(FxHashMap::default());
}

/// One word of a text, with what the features need to know about its place.
struct Token<'a> {
    text: &'a str,
    /// Starts with a capital letter.
    cap: bool,
    /// Has a digit.
    digit: bool,
    /// Only spaces (no punctuation, no line break) since the previous token.
    joined: bool,
    /// First of a sentence, a line or a quotation: a capital says nothing there.
    initial: bool,
}

impl StoryIndex {
    /// An empty index. With a lexicon, names it knows count as its entities ("Rome" and
    /// "Italian" as Italy).
    pub fn new(options: StoryOptions, lexicon: Option<Lexicon>) -> StoryIndex {
        let stopwords = options.words.stopwords.iter().map(|w| crate::text::fold(w)).collect();
        let months = options
            .words
            .months
            .iter()
            .map(|m| {
                let m = crate::text::fold(m);
                let canonical: String = m.chars().take(3).collect();
                (m, canonical)
            })
            .collect();
        StoryIndex {
            options,
            lexicon,
            stopwords,
            months,
            stemmer: Stemmer(rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)),
            ids: Vec::new(),
            vocab: FxHashMap::default(),
            names: Vec::new(),
            df: Vec::new(),
            docs: Vec::new(),
        }
    }

    /// The features of one text: what [`StoryIndex::add`] takes. It only reads the index's
    /// options, so texts can be read on many threads.
    ///
    /// ```
    /// use gainsay::stories::{StoryIndex, StoryOptions};
    /// let index = StoryIndex::new(StoryOptions::default(), None);
    /// let f = index.features("The Tarsk Harbour Board met on 13 January and approved 1,500 berths.");
    /// let names: Vec<&str> = f.names().collect();
    /// assert!(names.contains(&"e:tarsk harbour board"), "{names:?}");
    /// assert!(names.contains(&"d:jan 13"), "{names:?}");
    /// assert!(names.contains(&"n:1500"), "{names:?}");
    /// assert!(names.contains(&"w:berth"), "{names:?}");
    /// assert!(!names.iter().any(|n| n.ends_with(":the")), "{names:?}");
    /// ```
    pub fn features(&self, text: &str) -> ArticleFeatures {
        let tokens = tokenize(text);
        // Each word folded once: the checks below ask about a word and its neighbours.
        let folded: Vec<String> = tokens.iter().map(|t| crate::text::fold(t.text)).collect();
        let mut counts: FxHashMap<String, u32> = FxHashMap::default();
        let mut add = |f: String| *counts.entry(f).or_insert(0) += 1;
        let mut k = 0;
        while k < tokens.len() {
            let t = &tokens[k];
            let lower = &folded[k];
            if t.digit {
                let digits: String = lower.chars().filter(|c| *c != ',').collect();
                // A day beside a month is a date: "13 January", "January 13".
                let month_before = (k > 0 && tokens[k].joined).then(|| self.months.get(&folded[k - 1])).flatten();
                let month_after = tokens.get(k + 1).filter(|n| n.joined).and_then(|_| self.months.get(&folded[k + 1]));
                let month = month_after.or(month_before);
                match (month, digits.parse::<u32>()) {
                    (Some(m), Ok(day)) if (1..=31).contains(&day) => add(format!("d:{m} {day}")),
                    _ => add(format!("n:{digits}")),
                }
                k += 1;
                continue;
            }
            if t.cap {
                // A capitalised span: "Harbour Authority", not "The" at a sentence's start.
                let mut end = k + 1;
                while end < tokens.len() && tokens[end].cap && tokens[end].joined && !tokens[end].digit {
                    end += 1;
                }
                let mut start = k;
                while start < end && self.stopwords.contains(&folded[start]) {
                    start += 1;
                }
                if start < end {
                    let span: Vec<&str> = tokens[start..end].iter().map(|t| t.text).collect();
                    let span = span.join(" ");
                    let known = self.lexicon.as_ref().and_then(|l| l.canonical_entity(&span));
                    match known {
                        Some(name) => add(format!("e:{}", crate::text::fold(name))),
                        // A lone capitalised word at a sentence's start may be any word.
                        None if end - start > 1 || !tokens[start].initial => {
                            add(format!("e:{}", crate::text::fold(&span)))
                        }
                        None => {}
                    }
                }
                for lower in &folded[k..end] {
                    self.word(lower, &mut add);
                }
                k = end;
                continue;
            }
            self.word(lower, &mut add);
            k += 1;
        }
        let mut items: Vec<(String, f32)> = counts
            .into_iter()
            .map(|(f, n)| {
                let kind = match f.as_bytes()[0] {
                    b'e' => self.options.entity_weight,
                    b'n' | b'd' => self.options.number_weight,
                    _ => 1.0,
                };
                let w = kind as f32 * (1.0 + (n as f32).ln());
                (f, w)
            })
            .collect();
        items.sort_by(|a, b| a.0.cmp(&b.0));
        ArticleFeatures { items }
    }

    /// A content word's stem, unless it is a stopword or too short to mean much.
    fn word(&self, lower: &str, add: &mut impl FnMut(String)) {
        if lower.chars().count() < 3 || self.stopwords.contains(lower) || !lower.chars().any(char::is_alphabetic) {
            return;
        }
        // News repeats its words: each thread remembers the stems it has made.
        STEMS.with(|memo| {
            let mut memo = memo.borrow_mut();
            if let Some(feature) = memo.get(lower) {
                return add(feature.to_string());
            }
            let feature = format!("w:{}", self.stemmer.0.stem(lower));
            if memo.len() >= STEM_MEMO {
                memo.clear();
            }
            memo.insert(lower.into(), feature.as_str().into());
            add(feature);
        });
    }

    /// Adds an article by its id and [`features`](StoryIndex::features).
    pub fn add(&mut self, id: &str, features: ArticleFeatures) {
        let mut doc = Vec::with_capacity(features.items.len());
        for (name, w) in features.items {
            let next = self.names.len() as u32;
            let f = *self.vocab.entry(name.as_str().into()).or_insert(next);
            if f == next {
                self.names.push(name.into());
                self.df.push(0);
            }
            self.df[f as usize] += 1;
            doc.push((f, w));
        }
        self.ids.push(id.to_string());
        self.docs.push(doc);
    }

    /// Articles added so far.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// True when no article was added.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The stories of the articles added, in the order of their ids; articles are numbered
    /// in the order they were added.
    pub fn finish(self) -> Vec<Story> {
        let n = self.docs.len();
        let o = &self.options;
        let idf: Vec<f32> = self.df.iter().map(|&df| (1.0 + n as f32 / df.max(1) as f32).ln()).collect();
        // Weighted, truncated, normalised vectors (sorted by feature id for merging), and
        // each article's probe features.
        let names = &self.names;
        let df = &self.df;
        let built: Vec<(Vector, Vec<u32>)> = crate::par::map(&self.docs, |doc| {
            let mut v: Vec<(u32, f32)> =
                doc.iter().filter(|(f, _)| df[*f as usize] > 1).map(|&(f, w)| (f, w * idf[f as usize])).collect();
            // Heaviest first; ties by name, so that the input's order does not matter.
            v.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| names[a.0 as usize].cmp(&names[b.0 as usize])));
            v.truncate(o.max_features);
            let probes: Vec<u32> = v
                .iter()
                .take(o.probe_features)
                .map(|&(f, _)| f)
                .filter(|&f| df[f as usize] as usize <= o.max_postings)
                .collect();
            let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v.sort_by_key(|&(f, _)| f);
            (v, probes)
        });
        // The inverted index over rare features: each list is at most `max_postings` long.
        let mut postings: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (i, (v, _)) in built.iter().enumerate() {
            for &(f, _) in v {
                if df[f as usize] as usize <= o.max_postings {
                    postings.entry(f).or_default().push(i as u32);
                }
            }
        }
        let threshold = o.threshold as f32;
        let items: Vec<usize> = (0..n).collect();
        let edges: Vec<Vec<(u32, f32)>> = crate::par::map(&items, |&i| {
            let mut candidates: Vec<u32> = built[i]
                .1
                .iter()
                .flat_map(|f| postings.get(f).into_iter().flatten().copied())
                .filter(|&j| j as usize != i)
                .collect();
            candidates.sort_unstable();
            candidates.dedup();
            candidates
                .into_iter()
                .filter(|&j| j as usize > i)
                .map(|j| (j, cosine(&built[i].0, &built[j as usize].0)))
                .filter(|&(_, c)| c >= threshold)
                .collect()
        });
        // Average link: the most similar pairs first, and two groups become one only if
        // their articles are alike on average, not through one chain of neighbours (a
        // minister's name would chain every story about their ministry into one).
        let mut pairs: Vec<(f32, u32, u32)> =
            edges.iter().enumerate().flat_map(|(i, l)| l.iter().map(move |&(j, c)| (c, i as u32, j))).collect();
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut sets = UnionFind::new(n);
        let mut size = vec![1u32; n];
        // The sum of a group's vectors, kept at its root; an article alone uses its own.
        let mut sums: Vec<Option<Vector>> = vec![None; n];
        for (_, i, j) in pairs {
            let (a, b) = (sets.find(i as usize), sets.find(j as usize));
            if a == b {
                continue;
            }
            let sum_a = sums[a].as_deref().unwrap_or(&built[a].0);
            let sum_b = sums[b].as_deref().unwrap_or(&built[b].0);
            let average = cosine(sum_a, sum_b) / (size[a] as f32 * size[b] as f32);
            if average < threshold {
                continue;
            }
            let merged = add_vectors(sum_a, sum_b);
            sets.union(a, b);
            let root = sets.find(a);
            size[root] = size[a] + size[b];
            sums[a] = None;
            sums[b] = None;
            sums[root] = Some(merged);
        }
        let mut members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
        for i in 0..n {
            members.entry(sets.find(i)).or_default().push(i);
        }
        let ids = &self.ids;
        let mut stories: Vec<Story> = members
            .into_values()
            .map(|mut articles| {
                articles.sort_by(|&a, &b| ids[a].cmp(&ids[b]).then(a.cmp(&b)));
                Story { id: ids[articles[0]].clone(), articles }
            })
            .collect();
        stories.sort_by(|a, b| a.id.cmp(&b.id).then(a.articles[0].cmp(&b.articles[0])));
        // A repeated article id must not make two stories one id.
        let mut k = 1;
        while k < stories.len() {
            let base = stories[k - 1].id.split('~').next().unwrap_or_default().to_string();
            let mut run = 1;
            while k < stories.len() && stories[k].id == base {
                run += 1;
                stories[k].id = format!("{base}~{run}");
                k += 1;
            }
            k += 1;
        }
        stories
    }
}

/// A sparse vector: (feature, weight), sorted by feature.
type Vector = Vec<(u32, f32)>;

/// The sum of two sparse vectors sorted by feature.
fn add_vectors(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vector {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                out.push((x.0, x.1 + y.1));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                out.push(*x);
                i += 1;
            }
            (Some(x), None) => {
                out.push(*x);
                i += 1;
            }
            (_, Some(y)) => {
                out.push(*y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    out
}

/// The dot product of two sparse vectors sorted by feature: the cosine of unit vectors.
fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> UnionFind {
        UnionFind { parent: (0..n).collect() }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    /// Joins the sets of `a` and `b`; the smaller root stays, so roots do not depend on
    /// the order of the unions.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (keep, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[child] = keep;
        }
    }
}

/// The words of a text: letters and digits, with "1,500" and "4.5" whole and a final "'s"
/// left off.
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut sep_start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, d)) = chars.peek() {
            let inner = matches!(d, ',' | '.' | '\'' | '’');
            if d.is_alphanumeric() {
                end = i + d.len_utf8();
                chars.next();
            } else if inner {
                // "1,500", "4.5", "don't": punctuation between two word characters.
                let next = text[i + d.len_utf8()..].chars().next();
                let digits = d == ',' || d == '.';
                let joins = match next {
                    Some(n) if digits => n.is_ascii_digit() && bytes[end - 1].is_ascii_digit(),
                    Some(n) => n.is_alphabetic(),
                    None => false,
                };
                if !joins {
                    break;
                }
                chars.next();
            } else {
                break;
            }
        }
        let mut word = &text[start..end];
        for s in ["'s", "’s"] {
            if word.len() > s.len() && word.ends_with(s) {
                word = &word[..word.len() - s.len()];
            }
        }
        let sep = &text[sep_start..start];
        let joined = !out.is_empty() && !sep.is_empty() && sep.chars().all(|c| c == ' ');
        let initial = out.is_empty()
            || sep
                .chars()
                .any(|c| matches!(c, '.' | '!' | '?' | '\n' | ':' | ';' | '"' | '“' | '‘' | '(' | '—' | '-' | '|'));
        out.push(Token {
            text: word,
            cap: c.is_uppercase(),
            digit: word.chars().any(|c| c.is_ascii_digit()),
            joined,
            initial,
        });
        sep_start = end;
    }
    out
}

/// The report of each story of a feed ([`Checker::check_stories`]).
///
/// Conflicts and agreements are numbered across the stories (`c1`, `c2`, … in story order),
/// and each conflict and source names its story, so that [`StoryReports::merged`] is one
/// report whose conflicts never pair articles of two stories.
///
/// ```
/// use gainsay::stories::StoryOptions;
/// use gainsay::{Article, Checker};
/// let feed = [
///     Article::new("wire", "Tarsk port workers will not strike, the Velmora dockers union said."),
///     Article::new("daily", "The Velmora dockers union says Tarsk port workers will strike."),
///     Article::new("post", "Kestrel Foods cut 400 jobs in Danford after revenue fell."),
/// ];
/// let mut checked = Checker::default().check_stories(&feed, &StoryOptions::default());
/// let text = checked.render_text(false);
/// assert!(text.starts_with("gainsay: 2 stories in the feed;"));
/// assert!(text.contains("=== Story 2 of 2: post (1 article: post) ==="));
/// assert!(checked.to_markdown().contains("## Story 1: daily"));
/// assert!(checked.to_html(&feed).contains("<section class=\"story\" id=\"story1\">"));
/// checked.drop_below_confidence(1.0);
/// assert!(checked.merged().conflicts.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct StoryReports {
    /// Each story, with the report of checking its articles (in order of their ids), in
    /// the order of the stories' ids.
    pub stories: Vec<(Story, Report)>,
}

impl Checker {
    /// Groups `articles` into stories ([`group`], with this checker's lexicon) and checks
    /// each story on its own: one
    /// report per story, the report of checking that story's articles in order of their
    /// ids, as the map/reduce split's reduce gives it
    /// ([`report_from_records`](Checker::report_from_records)).
    ///
    /// ```
    /// use gainsay::stories::StoryOptions;
    /// use gainsay::{Article, Checker};
    /// let feed = [
    ///     Article::new("b-wire", "Tarsk port workers will not strike, the Velmora dockers union said."),
    ///     Article::new("a-daily", "The Velmora dockers union says Tarsk port workers will strike."),
    ///     Article::new("c-post", "Kestrel Foods cut 400 jobs in Danford after revenue fell."),
    /// ];
    /// let checked = Checker::default().check_stories(&feed, &StoryOptions::default());
    /// assert_eq!(checked.stories.len(), 2);
    /// let report = checked.merged();
    /// assert_eq!(report.stories[0].articles, ["a-daily", "b-wire"]);
    /// assert_eq!(report.stories[1].articles, ["c-post"]);
    /// assert!(report.conflicts.iter().all(|c| c.story.as_deref() == Some("a-daily")));
    /// ```
    pub fn check_stories(&self, articles: &[Article], options: &StoryOptions) -> StoryReports {
        let stories = group_with(articles, options, self.lexicon.clone());
        let mut extracted: Vec<Option<ArticleClaims>> = self.extract_all(articles).into_iter().map(Some).collect();
        let mut parts: Vec<(Story, Vec<Article>, Vec<ArticleClaims>)> = Vec::with_capacity(stories.len());
        for story in stories {
            let texts: Vec<Article> = story.articles.iter().map(|&i| articles[i].clone()).collect();
            let claims: Vec<ArticleClaims> = story
                .articles
                .iter()
                .enumerate()
                .map(|(local, &i)| {
                    let mut a = extracted[i].take().unwrap_or(ArticleClaims { sentences: 0, claims: Vec::new() });
                    a.claims.iter_mut().for_each(|c| c.source = local);
                    a
                })
                .collect();
            parts.push((story, texts, claims));
        }
        let reports = crate::par::map_mut(&mut parts, |(story, texts, claims)| {
            (story.clone(), self.report(texts, std::mem::take(claims)))
        });
        let mut checked = StoryReports { stories: reports };
        checked.renumber();
        checked
    }
}

impl StoryReports {
    /// Numbers conflicts and agreements across the stories and names each one's story.
    fn renumber(&mut self) {
        let (mut c_next, mut a_next) = (0, 0);
        for (story, report) in &mut self.stories {
            let mut renamed: FxHashMap<String, String> = FxHashMap::default();
            for c in &mut report.conflicts {
                c_next += 1;
                let id = format!("c{c_next}");
                renamed.insert(std::mem::replace(&mut c.id, id.clone()), id);
                c.story = Some(story.id.clone());
            }
            for a in &mut report.agreements {
                a_next += 1;
                a.id = format!("a{a_next}");
                a.conflict = a.conflict.take().and_then(|old| renamed.get(&old).cloned());
            }
            for s in &mut report.sources {
                s.story = Some(story.id.clone());
            }
        }
    }

    /// Leaves out the conflicts below `min_confidence` in every story
    /// ([`Report::drop_below_confidence`]), numbering the rest again across the stories.
    pub fn drop_below_confidence(&mut self, min_confidence: f64) {
        for (_, report) in &mut self.stories {
            report.drop_below_confidence(min_confidence);
        }
        self.renumber();
    }

    /// One report for the whole feed: every story's sources, conflicts (each with its
    /// `story`) and agreements in story order, the counts summed, and `stories` listing
    /// each story's articles — a story of one article too.
    pub fn merged(&self) -> Report {
        let mut out = crate::Checker::default().report(&[], Vec::new());
        for (story, r) in &self.stories {
            let s = &mut out.summary;
            s.articles += r.summary.articles;
            s.sentences += r.summary.sentences;
            s.claims += r.summary.claims;
            s.hidden += r.summary.hidden;
            for (k, n) in &r.summary.by_kind {
                *s.by_kind.entry(k.clone()).or_insert(0) += n;
            }
            out.sources.extend(r.sources.iter().cloned());
            out.conflicts.extend(r.conflicts.iter().cloned());
            out.agreements.extend(r.agreements.iter().cloned());
            for m in &r.warnings {
                out.warn(format!("story {}: {}", story.id, m.source), m.message.clone());
            }
            for m in &r.errors {
                out.error(m.source.clone(), m.message.clone());
            }
            out.stories.push(StoryInfo {
                id: story.id.clone(),
                articles: r.sources.iter().map(|s| s.id.clone()).collect(),
                conflicts: r.conflicts.len(),
            });
        }
        out.summary.conflicts = out.conflicts.len();
        out.summary.agreements = out.agreements.len();
        out
    }

    /// The text report: the feed's counts and its stories, then each story's report under
    /// a heading of its own (see [`Report::render_text`]).
    pub fn render_text(&self, colour: bool) -> String {
        let merged = self.merged();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "gainsay: {} in the feed; {}",
            plural(self.stories.len(), "story"),
            merged.summary.counts(", ")
        );
        for (k, (story, r)) in self.stories.iter().enumerate() {
            let _ = writeln!(
                out,
                "\n=== Story {} of {}: {} ({}) ===",
                k + 1,
                self.stories.len(),
                story.id,
                article_list(r)
            );
            out.push_str(&r.render_text(colour));
        }
        out
    }

    /// The Markdown report: a table of the stories, then a section per story with its
    /// report's headings one level down (see [`Report::to_markdown`]).
    pub fn to_markdown(&self) -> String {
        let merged = self.merged();
        let mut out = String::from("# gainsay report: stories\n\n");
        let _ = writeln!(out, "**{}** · {}\n", plural(self.stories.len(), "story"), merged.summary.counts(" · "));
        out.push_str("| story | articles | conflicts |\n|---|---|--:|\n");
        for (story, r) in &self.stories {
            let ids: Vec<String> = r.sources.iter().map(|s| md_escape(&s.id)).collect();
            let _ = writeln!(out, "| {} | {} | {} |", md_escape(&story.id), ids.join(", "), r.conflicts.len());
        }
        for (k, (story, r)) in self.stories.iter().enumerate() {
            let _ = write!(out, "\n## Story {}: {}\n\n", k + 1, md_escape(&story.id));
            let body = r.to_markdown();
            // The story's own title is the heading above; its sections go one level down.
            for line in body.lines().skip_while(|l| l.starts_with("# ") || l.is_empty()) {
                if line.starts_with('#') {
                    out.push('#');
                }
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    }

    /// One HTML page: the list of stories, then each story's report as its own section,
    /// its anchors prefixed by the story's number so that they stay unique on the page
    /// (see [`Report::to_html`]). `articles` are the texts of the whole feed, as given to
    /// [`Checker::check_stories`].
    pub fn to_html(&self, articles: &[Article]) -> String {
        let merged = self.merged();
        let mut head = String::new();
        let mut sections = String::new();
        for (k, (story, r)) in self.stories.iter().enumerate() {
            let texts: Vec<Article> = if articles.is_empty() {
                Vec::new()
            } else {
                story.articles.iter().filter_map(|&i| articles.get(i).cloned()).collect()
            };
            let mut r = r.clone();
            r.set_articles(&texts);
            let page = r.to_html();
            let (before, body) = match page.split_once("<main>\n") {
                Some((b, rest)) => (b, rest.rsplit_once("</main>").map_or(rest, |(m, _)| m)),
                None => ("", page.as_str()),
            };
            if head.is_empty() {
                head = before.to_string();
            }
            let anchor = format!("story{}", k + 1);
            let body =
                body.replace("id=\"", &format!("id=\"{anchor}-")).replace("href=\"#", &format!("href=\"#{anchor}-"));
            let _ = write!(
                sections,
                "<section class=\"story\" id=\"{anchor}\">\n<h2>Story {}: {}</h2>\n{body}</section>\n",
                k + 1,
                html_escape(&story.id)
            );
        }
        if head.is_empty() {
            let mut merged = merged;
            merged.set_articles(articles);
            return merged.to_html();
        }
        let mut out = head;
        out.push_str("<main>\n<header>\n<h1>gainsay report: stories</h1>\n");
        let _ = writeln!(
            out,
            "<p class=\"summary\"><strong>{} · {}</strong></p>",
            plural(self.stories.len(), "story"),
            merged.summary.counts(" · ")
        );
        out.push_str("<table>\n<thead><tr><th>story</th><th>articles</th><th>conflicts</th></tr></thead>\n<tbody>\n");
        for (k, (story, r)) in self.stories.iter().enumerate() {
            let ids: Vec<String> = r.sources.iter().map(|s| html_escape(&s.id)).collect();
            let _ = writeln!(
                out,
                "<tr><td><a href=\"#story{}\">{}</a></td><td>{}</td><td class=\"n\">{}</td></tr>",
                k + 1,
                html_escape(&story.id),
                ids.join(", "),
                r.conflicts.len()
            );
        }
        out.push_str("</tbody>\n</table>\n</header>\n");
        out.push_str(&sections);
        out.push_str("</main>\n</body>\n</html>\n");
        out
    }
}

fn plural(n: usize, one: &str) -> String {
    match one {
        "story" if n != 1 => format!("{n} stories"),
        _ if n != 1 => format!("{n} {one}s"),
        _ => format!("{n} {one}"),
    }
}

fn article_list(r: &Report) -> String {
    let ids: Vec<&str> = r.sources.iter().map(|s| s.id.as_str()).collect();
    format!("{}: {}", plural(ids.len(), "article"), ids.join(", "))
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(stories: &[Story]) -> Vec<Vec<usize>> {
        stories.iter().map(|s| s.articles.clone()).collect()
    }

    #[test]
    fn the_feature_words_parse() {
        let w: FeatureWords = toml::from_str(FEATURES_TOML).unwrap();
        assert!(w.stopwords.iter().any(|s| s == "the"));
        assert_eq!(w.months.len(), 24);
    }

    #[test]
    fn a_shared_name_without_a_shared_topic_stays_apart() {
        // One made-up minister, two unrelated stories.
        let feed = [
            Article::new(
                "a",
                "Finance Minister Orla Brenn presented the budget, raising fuel duty by 3p a litre from April.",
            ),
            Article::new(
                "b",
                "The budget from Orla Brenn raises fuel duty by three pence per litre in April, the Treasury said.",
            ),
            Article::new("c", "Orla Brenn attended the opening of a children's hospital wing in Pellham on Saturday."),
            Article::new(
                "d",
                "A new children's hospital wing opened in Pellham with 40 beds; nurses welcomed the extra space.",
            ),
        ];
        let stories = group(&feed, &StoryOptions::default());
        assert_eq!(ids(&stories), [vec![0, 1], vec![2, 3]]);
    }

    #[test]
    fn paraphrased_articles_of_one_story_meet() {
        let feed = [
            Article::new("x", "Floodwater breached the levee at Marrow Creek on Tuesday, forcing 2,300 residents of Pellham to leave their homes."),
            Article::new("y", "About 2,300 people were evacuated from Pellham after the Marrow Creek levee gave way to rising water."),
            Article::new("z", "Pellham residents fled as Marrow Creek's levee failed; officials put the evacuation at 2,300."),
        ];
        let stories = group(&feed, &StoryOptions::default());
        assert_eq!(ids(&stories), [vec![0, 1, 2]]);
        assert_eq!(stories[0].id, "x");
    }

    #[test]
    fn story_ids_and_order_do_not_depend_on_input_order() {
        let a = Article::new("m", "Corvo Open final: Orlan Vey beat Dace Ilm in Tarsk.");
        let b = Article::new("k", "Orlan Vey won the Corvo Open in Tarsk against Dace Ilm.");
        let c = Article::new("z", "Meridan valley schools close as floods spread.");
        let one = group(&[a.clone(), b.clone(), c.clone()], &StoryOptions::default());
        let two = group(&[c, b, a], &StoryOptions::default());
        let names = |s: &[Story]| s.iter().map(|s| (s.id.clone(), s.articles.len())).collect::<Vec<_>>();
        assert_eq!(names(&one), names(&two));
        assert_eq!(names(&one), [("k".to_string(), 2), ("z".to_string(), 1)]);
    }

    #[test]
    fn repeated_ids_give_distinct_story_ids() {
        let feed = [Article::new("same", "Velmora dockers strike."), Article::new("same", "Kestrel Foods results.")];
        let stories = group(&feed, &StoryOptions::default());
        let ids: Vec<&str> = stories.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["same", "same~2"]);
    }

    #[test]
    fn empty_and_wordless_articles_are_stories_of_one() {
        let feed = [Article::new("a", ""), Article::new("b", "the and of"), Article::new("c", "")];
        assert_eq!(ids(&group(&feed, &StoryOptions::default())), [vec![0], vec![1], vec![2]]);
        assert!(group(&[], &StoryOptions::default()).is_empty());
    }

    #[test]
    fn tokens_keep_numbers_whole_and_drop_possessives() {
        let t: Vec<&str> = tokenize("Vey's 1,500 and 4.5m, don't. End").iter().map(|t| t.text).collect();
        assert_eq!(t, ["Vey", "1,500", "and", "4.5m", "don't", "End"]);
    }
}
