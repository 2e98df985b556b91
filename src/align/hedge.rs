//! The scope of a hedge: the words of a sentence a hedging word governs. A condition ("if",
//! "unless", "whether"), an inverted condition and a question hedge the whole sentence (a
//! figure beside a condition is most often a forecast or an estimate: "profits rose to
//! $9m, but would have been 8% higher if …" sets the $9m against another measure); a modal
//! or a hedging adverb hedges its own clause only. "The mill, which may close next year,
//! employs 300 people" asserts the 300; "The mill may employ 300 people" does not.

use super::{Sent, Word, CONDITION, HEDGE, RELATIVE};
use crate::tag::{Upos, Xpos};
use crate::Span;
use std::ops::Range;

/// True when word `k` of `words` is a hedging word: "May" the month is no modal, so a
/// hedge is written in lower case (or opens the sentence).
pub(super) fn hedges(text: &str, words: &[Word], k: usize) -> bool {
    words[k].is(HEDGE) && (k == 0 || !crate::text::is_upper_start(words[k].span.of(text)))
}

/// True when a hedge of `s` governs the value at `span`.
pub(super) fn hedged_at(s: &Sent, text: &str, span: Span) -> bool {
    if !s.hedged {
        return false;
    }
    let k = s.words.partition_point(|w| w.span.end <= span.start);
    scopes(s, text).iter().any(|r| r.contains(&k))
}

/// The word ranges the hedges of `s` govern.
fn scopes(s: &Sent, text: &str) -> Vec<Range<usize>> {
    let n = s.words.len();
    let lede = s.lede.min(n);
    if super::inverted_condition(text, &s.words[lede..], s.span.end) || super::asks(s.span.of(text)) {
        return std::iter::once(0..n).collect();
    }
    (0..n)
        .filter(|&k| hedges(text, &s.words, k))
        .map(|h| if s.words[h].is(CONDITION) { 0..n } else { clause(s, text, h) })
        .collect()
}

/// The text between word `k - 1` and word `k` of `s` (none before the first word).
fn gap<'a>(s: &Sent, text: &'a str, k: usize) -> &'a str {
    let Some(before) = k.checked_sub(1).and_then(|j| s.words.get(j)) else { return "" };
    let Some(at) = s.words.get(k) else { return "" };
    text.get(before.span.end..at.span.start).unwrap_or("")
}

/// True when the gap before word `k` holds a dash or a bracket: an aside opens or closes.
fn dash_before(s: &Sent, text: &str, k: usize) -> bool {
    let g = gap(s, text, k);
    g.contains(['(', ')', '\u{2014}', '\u{2013}']) || g.contains(" - ")
}

/// True when an aside opens before word `k`: an opening bracket, or a dash with an even
/// count of dashes before it ("the storm — which could bring gales — left …": the first
/// dash opens, the second closes).
fn aside_opens(s: &Sent, text: &str, k: usize) -> bool {
    let g = gap(s, text, k);
    if g.contains('(') {
        return true;
    }
    let dash = |j: usize| {
        let g = gap(s, text, j);
        !g.contains(['(', ')']) && dash_before(s, text, j)
    };
    dash(k) && (s.lede.min(k) + 1..k).filter(|&j| dash(j)).count() % 2 == 0
}

/// The clause a modal or hedging adverb at word `h` governs: from the clause's opener (or
/// the sentence's start) to its end. An aside ("the bridge, which engineers say could
/// fall, …", "the storm — which could bring gales — …") ends at its next comma or dash;
/// another clause at a comma and a conjunction before a new subject ("could rise, and 12
/// are dead"). (Quotation marks bound nothing: "said the firm "could" cut 300 jobs".)
fn clause(s: &Sent, text: &str, h: usize) -> Range<usize> {
    let tags = super::tags(s);
    let upos = |k: usize| tags.get(k).map(|t| t.upos);
    let comma = |k: usize| gap(s, text, k).contains(',');
    // A mark after the opener and before the hedge closed the aside before it: "Fines of up
    // to $500 ($650) could be imposed" is no aside's hedge.
    let closes = |k: usize| gap(s, text, k).contains([',', ')', ';', ':']) || dash_before(s, text, k);
    let aside = |o: usize| (aside_opens(s, text, o) || comma(o) && s.words[o].is(RELATIVE)) && !(o + 1..=h).any(closes);
    // A clause set off by a comma: "…, adding that", "…, but", "…, although". One bound
    // to the words before it by no comma ("paid $2bn after he said it could not …") is
    // read as part of their assertion, hedged with them.
    let opens = |o: usize| {
        let t = tags.get(o);
        aside(o)
            || comma(o)
                && (matches!(upos(o), Some(Upos::Cconj | Upos::Sconj))
                    || s.words[o].lower == "that"
                    || t.is_some_and(|t| t.upos == Upos::Verb && t.xpos == Xpos::Vbg))
    };
    let lede = s.lede.min(h);
    let opener = (lede..h).rev().find(|&o| o > lede && opens(o) || o == lede && upos(o) == Some(Upos::Sconj));
    let n = s.words.len();
    // An aside, or a clause of an opening conjunction ("Although the toll may rise, …"),
    // ends at its next mark.
    let closed_by_mark = opener.is_some_and(|o| aside(o) || o == lede && upos(o) == Some(Upos::Sconj));
    let end = (h + 1..n)
        .find(|&k| {
            if closed_by_mark {
                closes(k) || gap(s, text, k).contains('(')
            } else {
                (comma(k) || dash_before(s, text, k))
                    && upos(k) == Some(Upos::Cconj)
                    && !matches!(upos(k + 1), Some(Upos::Verb | Upos::Aux | Upos::Adv))
            }
        })
        .unwrap_or(n);
    opener.unwrap_or(0)..end
}

#[cfg(test)]
mod tests {
    use super::super::tests::sentence_of;
    use super::*;

    /// Whether the figure `figure` of `sentence` is under a hedge.
    fn hedged(sentence: &str, figure: &str) -> bool {
        let at = sentence.find(figure).expect("figure in sentence");
        sentence_of(sentence, |s| hedged_at(s, sentence, Span::new(at, at + figure.len())))
    }

    #[test]
    fn a_hedge_of_an_aside_leaves_the_main_clause_asserted() {
        // Must find: the relative clause and the dashes close the hedge.
        assert!(!hedged("The blaze, which officials said may have started in a kitchen, killed 12 people.", "12"));
        assert!(!hedged(
            "The storm \u{2014} which forecasters said could bring gales \u{2014} cut power to 300 homes.",
            "300"
        ));
        assert!(!hedged("The firm employs 2,300 staff, although that figure may change next year.", "2,300"));
        assert!(!hedged("Some 40 people were hurt, and dozens more might be trapped.", "40"));
        // Near misses: a figure inside the hedge stays hedged.
        assert!(hedged("The blaze, which officials said may have killed 12 people, started in a kitchen.", "12"));
        assert!(hedged("The toll could rise to 20, officials said.", "20"));
        assert!(hedged("Some 40 people may have been hurt, and dozens more trapped.", "40"));
    }

    #[test]
    fn a_condition_hedges_the_whole_sentence() {
        assert!(hedged("If approved, the plant would employ 400 people.", "400"));
        assert!(hedged("The plant would employ 400 people, unless the bid fails.", "400"));
        assert!(hedged("Had the board agreed, the plant would employ 400 people.", "400"));
        assert!(hedged("The plant employs 300 people, but it would employ 400 if approved.", "300"));
    }
}
