//! gainsay reads news articles about one story from several outlets and reports where they
//! contradict each other — and themselves.
//!
//! The pipeline is a chain of small stages, each a module with one entry point and its own
//! data type:
//!
//! | stage | entry point | produces |
//! |---|---|---|
//! | split | [`segment::split`] | [`Sentence`]: byte spans of sentences, headings, noise |
//! | extract | [`claims::extract`] | [`Claim`]: subject, predicate, object or value, polarity, modality |
//! | normalize | [`normalize::normalize`] | [`normalize::Keyed`]: names resolved across the cluster, grouping keys |
//! | detect | [`conflicts::detect`] | [`conflicts::Conflict`]: sides, kind, explanation, confidence |
//! | report | [`Report`] | JSON (serde) and text for people |
//!
//! [`Checker`] runs them all:
//!
//! ```
//! use gainsay::{Article, Checker};
//!
//! let articles = [
//!     Article::new("wire", "U.S. President Joe Biden wants the force announced soon. \
//!                           Italy is seriously considering sending troops."),
//!     Article::new("daily", "President Donald Trump announced the plan in October. \
//!                            Under the proposal, Italy would not deploy troops."),
//!     Article::new("weekly", "US President Donald Trump's plan has stalled."),
//! ];
//! let report = Checker::default().check(&articles);
//! let kinds: Vec<&str> = report.conflicts.iter().map(|c| c.kind.as_str()).collect();
//! assert!(kinds.contains(&"value"), "{kinds:?}");    // who is the US president
//! assert!(kinds.contains(&"polarity"), "{kinds:?}"); // does Italy send troops
//! let president = report.conflicts.iter().find(|c| c.kind == "value").unwrap();
//! assert_eq!(president.sides[0].value, "Donald Trump");
//! assert_eq!(president.sides[0].sources, ["daily", "weekly"]);
//! ```
//!
//! A feed of many stories is grouped into stories first ([`stories`]) and each story is
//! checked on its own ([`Checker::check_stories`]).
//!
//! World knowledge — countries and their capitals and metonyms, international bodies,
//! office titles, verb synonyms and antonyms, cue words — is data in [`Lexicon`], embedded
//! from `data/lexicon/*.toml` and extendable with your own file.
#![deny(missing_docs)]

pub mod agreements;
pub mod align;
pub mod claims;
pub mod conflicts;
pub mod error;
pub mod events;
pub mod facts;
pub mod lexicon;
pub mod normalize;
mod par;
pub mod questions;
pub mod records;
pub mod report;
pub mod segment;
mod span;
pub mod stories;
pub mod tag;
pub mod text;
mod thread_memo;
pub mod values;

pub use claims::Claim;
pub use error::{Error, Result};
pub use lexicon::Lexicon;
pub use report::Report;
pub use segment::{Segmenter, Sentence, UnitKind};
pub use span::Span;

/// One article to check: a source id (a file's stem, an outlet) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The source id, shown in reports.
    pub id: String,
    /// The full text.
    pub text: String,
}

impl Article {
    /// An article with the given id and text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article { id: id.into(), text: text.into() }
    }
}

/// The claims of one article, with the number of sentences they were read from.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleClaims {
    /// Sentences and headings read (noise excluded).
    pub sentences: usize,
    /// Claims, with `source` set to the article's index.
    pub claims: Vec<Claim>,
}

/// What reading an article for claims leaves for the aligned and facts paths, so that they
/// read no sentence again: its sentences, the tags of those the tagger read and the values
/// of those the claim reader scanned.
struct Kept {
    units: Vec<Sentence>,
    tags: tag::SentenceTags,
    values: claims::KeptValues,
}

/// Checks articles for contradictions. Build once, reuse for many checks; it is `Send` and
/// `Sync`, so threads can share one.
#[derive(Debug, Clone)]
pub struct Checker {
    lexicon: Lexicon,
    segmenter: Segmenter,
    agreements: bool,
    align: bool,
    keyed: bool,
    facts: bool,
}

impl Default for Checker {
    fn default() -> Checker {
        Checker::new(Lexicon::default())
    }
}

impl Checker {
    /// A checker with the given lexicon.
    pub fn new(lexicon: Lexicon) -> Checker {
        Checker { lexicon, segmenter: Segmenter::default(), agreements: false, align: true, keyed: true, facts: true }
    }

    /// Whether reports also list what two or more sources say alike ([`agreements`], in
    /// [`Report::agreements`]); off by default.
    ///
    /// ```
    /// use gainsay::{Article, Checker};
    /// let articles = [Article::new("a", "Italy will send troops."), Article::new("b", "Rome will deploy troops.")];
    /// assert!(Checker::default().check(&articles).agreements.is_empty());
    /// assert_eq!(Checker::default().with_agreements(true).check(&articles).agreements.len(), 1);
    /// ```
    pub fn with_agreements(mut self, on: bool) -> Checker {
        self.agreements = on;
        self
    }

    /// Whether sentences are also aligned across articles and compared directly
    /// ([`align`]), besides meeting by key; on by default. Alignment reads whole article
    /// texts, so [`Checker::report_from_records`] leaves it out.
    pub fn with_alignment(mut self, on: bool) -> Checker {
        self.align = on;
        self
    }

    /// Whether claims that meet by key are reported (on by default); off, only the aligned
    /// path reports, to measure it apart.
    pub fn with_keyed(mut self, on: bool) -> Checker {
        self.keyed = on;
        self
    }

    /// Whether values and offices read with their owner and attribute ([`facts`]) are
    /// compared across and within articles; on by default (it finds the offices a person
    /// holds and the self-contradictions the other paths miss, at no loss of precision on
    /// the evaluation sets; it costs about a third of a check's time). Like alignment it
    /// reads whole texts, so [`Checker::report_from_records`] leaves it out.
    ///
    /// ```
    /// use gainsay::{Article, Checker};
    /// let articles = [
    ///     Article::new("a", "Marta Quell, 45, took charge of the orchestra in March."),
    ///     Article::new("b", "Marta Quell, 54, took charge of the orchestra in March."),
    /// ];
    /// let checker = Checker::default().with_keyed(false).with_alignment(false);
    /// assert!(checker.clone().with_facts(false).check(&articles).conflicts.is_empty());
    /// assert_eq!(checker.check(&articles).conflicts.len(), 1);
    /// ```
    pub fn with_facts(mut self, on: bool) -> Checker {
        self.facts = on;
        self
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Splits and extracts one article (the map step); `source` is its index.
    pub fn extract(&self, source: usize, text: &str) -> ArticleClaims {
        let units = self.segmenter.split(text);
        let sentences = units.iter().filter(|u| u.kind.is_text()).count();
        let claims = claims::extract_from(&self.lexicon, source, text, &units);
        ArticleClaims { sentences, claims }
    }

    /// Extracts every article, in parallel when the `parallel` feature is on; the result is
    /// the same either way.
    pub fn extract_all(&self, articles: &[Article]) -> Vec<ArticleClaims> {
        #[cfg(feature = "parallel")]
        {
            use rayon::prelude::*;
            articles.par_iter().enumerate().map(|(i, a)| self.extract(i, &a.text)).collect()
        }
        #[cfg(not(feature = "parallel"))]
        {
            self.extract_all_sequential(articles)
        }
    }

    /// Extracts every article on the calling thread.
    pub fn extract_all_sequential(&self, articles: &[Article]) -> Vec<ArticleClaims> {
        articles.iter().enumerate().map(|(i, a)| self.extract(i, &a.text)).collect()
    }

    /// Runs the whole pipeline on `articles` and reports the contradictions.
    pub fn check(&self, articles: &[Article]) -> Report {
        if !self.align && !self.facts {
            let extracted = self.extract_all(articles);
            return self.report(articles, extracted);
        }
        // The aligned and facts paths read again the sentences the claim reader split and
        // tagged: they are kept rather than split and tagged twice.
        let read = |i: usize, a: &Article| {
            let units = self.segmenter.split(&a.text);
            let sentences = units.iter().filter(|u| u.kind.is_text()).count();
            let (claims, tags, values) = claims::extract_tagged(&self.lexicon, i, &a.text, &units);
            (ArticleClaims { sentences, claims }, Kept { units, tags, values })
        };
        #[cfg(feature = "parallel")]
        let both: Vec<(ArticleClaims, Kept)> = {
            use rayon::prelude::*;
            articles.par_iter().enumerate().map(|(i, a)| read(i, a)).collect()
        };
        #[cfg(not(feature = "parallel"))]
        let both: Vec<(ArticleClaims, Kept)> = articles.iter().enumerate().map(|(i, a)| read(i, a)).collect();
        let (extracted, kept): (Vec<_>, Vec<_>) = both.into_iter().unzip();
        self.report_kept(articles, extracted, true, kept)
    }

    /// Normalizes, detects and reports, from claims already extracted (the reduce step).
    /// The report keeps the articles' texts for [`Report::to_html`].
    pub fn report(&self, articles: &[Article], extracted: Vec<ArticleClaims>) -> Report {
        self.report_with(articles, extracted, true)
    }

    fn report_with(&self, articles: &[Article], extracted: Vec<ArticleClaims>, whole_texts: bool) -> Report {
        self.report_kept(articles, extracted, whole_texts, Vec::new())
    }

    /// [`Checker::report_with`], with the sentences and tags the claim reader kept of each
    /// article (split and tagged here when `kept` is empty).
    fn report_kept(
        &self,
        articles: &[Article],
        extracted: Vec<ArticleClaims>,
        whole_texts: bool,
        kept: Vec<Kept>,
    ) -> Report {
        let mut sentences = Vec::with_capacity(extracted.len());
        // Sized up front: growing by doubling would hold up to twice the claims at once.
        let mut all: Vec<Claim> = Vec::with_capacity(extracted.iter().map(|a| a.claims.len()).sum());
        for a in extracted {
            sentences.push(a.sentences);
            all.extend(a.claims);
        }
        let keys = normalize::normalize(&self.lexicon, &mut all);
        let (mut found, overfull) = conflicts::detect_counted(&all, &keys);
        if !self.keyed {
            found.clear();
        }
        // Alignment and facts read whole texts, which claim records lack.
        let with_facts = whole_texts && self.facts;
        let align = whole_texts && self.align;
        if align || with_facts {
            let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
            let (mut units, mut tags, mut values) = (Vec::new(), Vec::new(), Vec::new());
            if kept.len() == texts.len() {
                for k in kept {
                    units.push(k.units);
                    tags.push(k.tags);
                    values.push(k.values);
                }
            } else {
                units = texts.iter().map(|t| self.segmenter.split(t)).collect();
            }
            // The values the aligner scanned are taken by the facts path, not scanned again;
            // without the aligner, those the claim reader scanned are.
            let mut scanned = facts::Scanned::default();
            if !align {
                scanned = undated_values(&texts, values);
            } else {
                let aligner = align::Aligner::new(&self.lexicon, &texts, &units).with_tags(&tags).with_values(values);
                let apart = align::gate(&aligner, &all, &mut found);
                align::push_conflicts(&aligner, &texts, &mut all, &mut found, apart);
                align::selfcheck::push_self_conflicts(&aligner, &texts, &mut all, &mut found);
                if with_facts {
                    scanned = aligner.into_scanned();
                }
            }
            if with_facts {
                facts::push_conflicts(&self.lexicon, &texts, &units, &tags, &mut scanned, &mut all, &mut found);
            }
        }
        let views: Vec<report::SourceView<'_>> = articles
            .iter()
            .zip(&sentences)
            .map(|(a, &n)| report::SourceView { id: &a.id, text: &a.text, sentences: n })
            .collect();
        let agreed = if self.agreements { agreements::corroborate(&all, &keys) } else { Vec::new() };
        let mut report = Report::build(&views, &all, &found, &agreed);
        // Every renderer works from the report alone: the HTML page shows these texts.
        report.set_articles(articles);
        for o in overfull {
            let message = format!(
                "{} claims share the key \"{}\"; only {} were compared. Check one story at a time",
                o.claims, o.key, o.compared
            );
            report.warn("all articles", message);
        }
        // The claims are many small allocations: free them on the pool.
        crate::par::drop_all(all);
        report
    }

    /// The claim records of one article, the map step of [`records`]: one per claim, each
    /// with its source, sentence and article-local key.
    pub fn claim_records(&self, source: &str, text: &str) -> Vec<records::ClaimRecord> {
        records::article_records(&self.lexicon, source, text, &self.extract(0, text))
    }

    /// Normalizes, detects and reports from claim records, the reduce step of [`records`]
    /// (keyed conflicts only: see [`Checker::with_alignment`]):
    /// records from any number of workers, in any order. Records that do not fit together
    /// (missing claims, disagreeing article sizes) are left out with a warning.
    pub fn report_from_records(&self, records: impl IntoIterator<Item = records::ClaimRecord>) -> Report {
        let (articles, extracted, problems) = records::reassemble(records);
        // Records carry the sentences of claims, not whole texts: alignment, which reads every
        // sentence, has nothing to stand on, so the reduce reports keyed conflicts only.
        let mut report = self.report_with(&articles, extracted, false);
        // The reassembled texts hold only the claims' sentences: not an article to show.
        report.set_articles(&[]);
        for (source, message) in problems {
            report.warn(source, message);
        }
        report
    }
}

/// The values the claim reader scanned, for the facts path to take when no aligner read
/// them: the facts path scans with the article's dateline and the claim reader without,
/// so only undated articles' values are taken (and the datelines read here are not read
/// again).
fn undated_values(texts: &[&str], values: Vec<claims::KeptValues>) -> facts::Scanned {
    let mut scanned = facts::Scanned::default();
    for (a, (text, list)) in texts.iter().zip(values).enumerate() {
        let dateline = crate::values::dateline(text);
        scanned.datelines.push(Some(dateline));
        if dateline.is_none() {
            scanned.values.extend(list.into_iter().map(|(span, v)| ((a, span.start, span.end), v)));
        }
    }
    scanned
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checker_is_send_sync_and_reusable() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Checker>();
        let checker = Checker::default();
        let a = [Article::new("a", "Italy would not send troops."), Article::new("b", "Italy is sending troops.")];
        let first = serde_json::to_string(&checker.check(&a)).unwrap();
        let second = serde_json::to_string(&checker.check(&a)).unwrap();
        assert_eq!(first, second);
    }

    #[test]
    fn the_facts_path_alone_reads_alike_with_the_values_the_claim_reader_kept() {
        let checker = Checker::default().with_keyed(false).with_alignment(false);
        for head in ["", "Tuesday, 17 November 2026\n\n"] {
            let a = [
                Article::new("a", "Marta Quell, 45, took charge of the orchestra at 9.30am on Friday."),
                Article::new("b", format!("{head}Marta Quell, 54, took charge of the orchestra at 9.30am on Friday.")),
            ];
            let kept = checker.check(&a);
            // Near miss: from claims alone, the facts path scans every sentence itself.
            let fresh = checker.report(&a, checker.extract_all(&a));
            assert_eq!(kept.conflicts.len(), 1, "{head}");
            assert_eq!(serde_json::to_string(&kept).unwrap(), serde_json::to_string(&fresh).unwrap(), "{head}");
        }
    }
}
