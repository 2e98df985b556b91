//! Runs: "a fourth consecutive year" against "the third consecutive rise". A rank with a
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

/// The words between a tally and its period: "fifth win of the year", "six victories this
/// year", "two wins so far this season".
const TALLY_GLUE: &[&str] = &["of", "the", "this", "so", "far", "in"];

/// True when the period word of a tally (`data/align/measures.toml`) follows value `v`,
/// with only the glue words between: the season's tally, not last season's.
fn tally_period(s: &Sent, v: &ValueMention) -> bool {
    let m = Measures::builtin();
    let Some(at) = s.words.iter().position(|w| w.span.start >= v.span.end) else { return false };
    // The counted noun itself ("wins") stands right after the figure.
    let at = at + usize::from(v.counted.as_deref() == s.words.get(at).map(|w| &*w.lower));
    s.words[at.min(s.words.len())..]
        .iter()
        .take(4)
        .take_while(|w| TALLY_GLUE.contains(&&*w.lower) || m.tally_periods.contains(&*w.lower))
        .any(|w| m.tally_periods.contains(&*w.lower))
}

/// True when `v` counts wins (or is the rank of a win) of a period.
fn tally(s: &Sent, v: &ValueMention, dimension: Dimension) -> bool {
    v.dimension == dimension
        && v.low == v.high
        && v.counted.as_deref().is_some_and(|c| Measures::builtin().tallies.contains(c))
        && tally_period(s, v)
}

impl Aligner<'_> {
    /// A win's rank against the count of wins in one article: "won on Friday, her fifth
    /// win of the year. She now has six victories this year." The rank of the latest win
    /// is the count so far, so the two cannot both hold. The count must stand in the next
    /// sentence and be said of whom the rank was ("he", "the Freedonian", or the rank's
    /// sentence's first name again), as the rank must be a holder's ("his", "the club's").
    pub(crate) fn tally_findings(&self, texts: &[&str]) -> Vec<Aligned> {
        let mut out = Vec::new();
        for i in 0..self.sents.len().saturating_sub(1) {
            let (a, b) = (&self.sents[i], &self.sents[i + 1]);
            if a.article != b.article || a.hedged || b.hedged {
                continue;
            }
            let mut ranks = self.values(i).iter().filter(|v| tally(a, v, Dimension::Ordinal));
            let held = |v: &&ValueMention| {
                let k = a.words.iter().rposition(|w| w.span.end <= v.span.start);
                k.is_some_and(|k| matches!(&*a.words[k].lower, "his" | "her" | "its" | "their" | "'s" | "’s"))
            };
            let Some(rank) = ranks.find(held) else { continue };
            let text = texts[a.article];
            // Said again of the rank's holder: a pronoun, a definite noun, or the same first word.
            let first = |s: &Sent| s.words.first().map(|w| w.lower.to_string());
            let again =
                first(b).is_some_and(|w| matches!(&*w, "he" | "she" | "it" | "they" | "the")) || first(a) == first(b);
            if !again {
                continue;
            }
            for count in self.values(i + 1).iter().filter(|v| tally(b, v, Dimension::Count)) {
                if count.value == rank.value {
                    continue;
                }
                out.push(Aligned {
                    kind: ConflictKind::Number,
                    about: "wins".into(),
                    sides: [
                        side(a, rank.span, rank.display(text), false),
                        side(b, count.span, count.display(texts[b.article]), false),
                    ],
                    confidence: 0.6,
                });
            }
        }
        out
    }

    /// Runs ranked differently by two articles in sentences that share words and names.
    pub(crate) fn streak_findings(&self, texts: &[&str]) -> Vec<Aligned> {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (i, s) in self.sents.iter().enumerate() {
            if s.words.len() > super::selfcheck::MAX_SENTENCE_WORDS || !s.words.iter().any(|w| w.is(super::SUCCESSION))
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

#[cfg(test)]
mod tests {
    use crate::{Article, Checker};

    fn wins(text: &str) -> usize {
        let report = Checker::default().check(&[Article::new("a", text)]);
        report.conflicts.iter().filter(|c| c.key == "aligned | wins").count()
    }

    #[test]
    fn a_win_ranked_against_the_count_of_wins() {
        assert_eq!(
            wins("Ana Vos won the race on Friday, her fifth win of the year. She now has six victories this year."),
            1
        );
        assert_eq!(
            wins("Ana Vos won the race on Friday, her fifth win of the year. She now has five victories this year."),
            0
        );
    }

    #[test]
    fn near_misses_another_period_or_another_holder() {
        assert_eq!(
            wins("Ana Vos won the race on Friday, her fifth win of the year. She had six victories last year."),
            0
        );
        assert_eq!(
            wins("Ana Vos won the race on Friday, her fifth win of the year. Lea Brisk has six victories this year."),
            0
        );
        assert_eq!(
            wins("Ana Vos won the race on Friday, a fifth win of the year. She now has six victories this year."),
            0
        );
    }
}
