//! Coordinated figures: "212 passengers and nine crew" against "221 holidaymakers and 9 crew
//! aboard". Two figures joined by "and" to figures that agree, of one counted noun, stand
//! in one place of one list: the first two count one thing however each names it, and
//! meet where their own words alone would not.
//!
//! ```
//! use gainsay::{Article, Checker};
//! let report = Checker::default().check(&[
//!     Article::new("a", "The ferry was carrying 212 passengers and nine crew, the operator said."),
//!     Article::new("b", "The ship had 221 holidaymakers and 9 crew aboard."),
//! ]);
//! assert!(report.conflicts.iter().any(|c| c.kind == "number"));
//! ```

use super::*;

/// The most words between a figure and the "and" before the next: its noun and a word
/// that qualifies it ("9,600 military personnel and").
const MAX_BETWEEN: usize = 3;

/// The most one figure may exceed the other and the two still meet by their place alone.
const MAX_FACTOR: f64 = 2.0;

/// The figure coordinated with `v` on one side: after it ("`v` passengers and nine
/// crew") or before it ("nine crew and `v` passengers"). Only content words stand
/// between the first figure and the "and": the first counts a noun of its own.
fn partner<'s>(s: &'s Sent, v: &ValueMention, after: bool) -> Option<&'s ValueMention> {
    let vs = s.values();
    let k = vs.iter().position(|x| x.span == v.span)?;
    let w = if after { vs.get(k + 1)? } else { vs.get(k.checked_sub(1)?)? };
    let (first, lo, hi) = if after { (v, v.span.end, w.span.start) } else { (w, w.span.end, v.span.start) };
    if lo > hi || w.dimension != v.dimension || w.unit != v.unit || w.per != v.per {
        return None;
    }
    // "between 3,000 and 4,000 people" is one range.
    if s.words.iter().rposition(|x| x.span.end <= first.span.start).is_some_and(|j| s.words[j].lower == "between") {
        return None;
    }
    let between: Vec<&Word> = s.words.iter().filter(|x| x.span.start >= lo && x.span.end <= hi).collect();
    let (and, nouns) = between.split_last()?;
    let listed = and.lower == "and"
        && (1..=MAX_BETWEEN).contains(&nouns.len())
        && nouns.iter().all(|x| x.stem.is_some() && !x.is(NEGATOR));
    listed.then_some(w)
}

/// True when `va` and `vb` stand in one place of two lists whose other figures, on the
/// same side, count one noun alike: "212 passengers and nine crew" / "221 holidaymakers
/// and 9 crew aboard".
pub(super) fn coordinated(a: &Sent, va: &ValueMention, b: &Sent, vb: &ValueMention) -> bool {
    // A place in a list is weak evidence: two reports of one size stay within a factor of
    // it ("about 20 passengers" / "120 passengers" may count two groups).
    let (lo, hi) = (va.value.abs().min(vb.value.abs()), va.value.abs().max(vb.value.abs()));
    if hi > MAX_FACTOR * lo {
        return false;
    }
    [true, false].into_iter().any(|after| {
        let (Some(x), Some(y)) = (partner(a, va, after), partner(b, vb, after)) else { return false };
        counted_agree(x, y) == Some(true) && x.compatible(y)
    })
}

#[cfg(test)]
mod tests {
    use crate::{Article, Checker};

    fn numbers(a: &str, b: &str) -> Vec<String> {
        let report = Checker::default().check(&[Article::new("a", a), Article::new("b", b)]);
        report
            .conflicts
            .iter()
            .filter(|c| c.kind == crate::conflicts::ConflictKind::Number)
            .map(|c| format!("{:?}", c.sides.iter().map(|s| &s.value).collect::<Vec<_>>()))
            .collect()
    }

    #[test]
    fn the_first_figures_of_two_lists_whose_second_agree_meet() {
        let f = numbers(
            "The ferry was carrying 212 passengers and nine crew, the operator said.",
            "The ship had 221 holidaymakers and 9 crew aboard.",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        let f = numbers(
            "The force is authorised to deploy up to 9,300 troops and around 1,200 police.",
            "It keeps the force's ceiling at 12,300 military staff and 1,210 police.",
        );
        assert_eq!(f.len(), 1, "{f:?}");
    }

    #[test]
    fn lists_whose_other_figures_differ_or_are_missing_do_not_meet() {
        // The second figures count two nouns: the lists are of two things.
        assert!(numbers(
            "The ferry was carrying 212 passengers and nine crew, the operator said.",
            "The ship had 221 holidaymakers and 9 dogs aboard.",
        )
        .iter()
        .all(|f| !f.contains("221")));
        // Sizes far apart are not met by their place alone.
        assert!(numbers(
            "The ferry was carrying about 20 passengers and nine crew, the operator said.",
            "The ship had 120 holidaymakers and 9 crew aboard.",
        )
        .is_empty());
        // No list: the words around the figures decide, as before.
        assert!(numbers(
            "The ferry was carrying 212 passengers, the operator said.",
            "The ship had 221 holidaymakers aboard."
        )
        .is_empty());
        // One range is no list.
        assert!(numbers(
            "Between 212 and 300 passengers were on board.",
            "Between 221 and 300 holidaymakers were on board."
        )
        .iter()
        .all(|f| !f.contains("221")));
    }
}
