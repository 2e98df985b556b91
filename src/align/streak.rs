//! Runs: "a third consecutive year" against "the second consecutive freeze". A rank with a
//! word of succession counts one run, whatever noun follows; two articles that rank one run
//! differently contradict each other, when their sentences share words and the articles
//! are one story (names, words).
//!
//! ```
//! use gainsay::{Article, Checker};
//! let report = Checker::default().check(&[
//!     Article::new("a", "Lake Orla's council froze the harbour levy for a third consecutive year."),
//!     Article::new("b", "Lake Orla's council kept the harbour levy unchanged, its second consecutive freeze."),
//! ]);
//! assert!(report.conflicts.iter().any(|c| c.kind == "number"));
//! ```

use super::*;

/// The least likeness of two sentences whose runs are compared, and the fewest content
/// words besides the rank they must share.
const MIN_STREAK_SIMILARITY: f64 = 0.1;
const MIN_STREAK_SHARED: usize = 2;
/// The most runs of one check compared pair by pair.
const MAX_RUNS: usize = 64;

impl Aligner<'_> {
    /// Runs ranked differently by two articles in sentences that share words and names.
    pub(crate) fn streak_findings(&self, texts: &[&str]) -> Vec<Aligned> {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (i, s) in self.sents.iter().enumerate() {
            if s.words.len() > super::selfcheck::MAX_SENTENCE_WORDS
                || !s.words.iter().any(|w| Words::builtin().succession.contains(&*w.lower))
            {
                continue;
            }
            for (x, v) in self.values(i).iter().enumerate() {
                if v.dimension == Dimension::Ordinal
                    && v.counted.as_deref().is_some_and(|c| Words::builtin().succession.contains(c))
                {
                    runs.push((i, x));
                }
            }
        }
        let mut out = Vec::new();
        // A text of many runs (a table of records) is no one run: compared pair by pair, it
        // would take quadratic time.
        if runs.len() > MAX_RUNS {
            return out;
        }
        let mut stories = super::retyped::Stories::default();
        for (k, &(i, x)) in runs.iter().enumerate() {
            for &(j, y) in &runs[k + 1..] {
                let (a, b) = (&self.sents[i], &self.sents[j]);
                let (va, vb) = (&self.values(i)[x], &self.values(j)[y]);
                if a.article == b.article || va.value == vb.value || a.hedged || b.hedged {
                    continue;
                }
                // Shared content words other than the rank and the word of succession.
                let inside = |s: &Sent, v: &ValueMention, t: u32| {
                    s.words
                        .iter()
                        .any(|w| w.stem == Some(t) && w.span.start >= v.span.start && w.span.end <= v.span.end)
                };
                let shared = a
                    .stems
                    .iter()
                    .filter(|&&t| b.stems.binary_search(&t).is_ok() && !inside(a, va, t) && !inside(b, vb, t))
                    .count();
                let sim = overlap(&a.stems, &b.stems, &self.idf);
                if sim < MIN_STREAK_SIMILARITY
                    || shared < MIN_STREAK_SHARED
                    || year_or_month_differ(a, b)
                    || !stories.one(self, a.article, b.article)
                {
                    continue;
                }
                let (ta, tb) = (texts[a.article], texts[b.article]);
                out.push(Aligned {
                    kind: ConflictKind::Number,
                    about: "run".into(),
                    sides: [side(a, va.span, va.display(ta), false), side(b, vb.span, vb.display(tb), false)],
                    confidence: (0.5 + 0.5 * sim).min(0.9),
                });
            }
        }
        out
    }
}
