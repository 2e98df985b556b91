//! Counts of a noun each article counts once: "about 600 jobs would be cut" against "some
//! 1,600 jobs could go" in another report. When the words beside two counts of one noun do
//! not meet, the two may still count one thing: an article that counts a noun by one figure
//! only tells one number of those things, and two articles of one story that each do so
//! tell the story's number of them. An article that counts the noun twice ("600 jobs will
//! go and 200 new jobs will be made") may tell two groups of it, so its figures meet only
//! as the words beside them allow.

use super::*;

/// The most words between a figure and the noun it counts: "600 jobs", "600 new jobs",
/// "hundreds of jobs".
const COUNT_REACH: usize = 3;

/// True when `a` and `b`, sentences of two articles, count one noun by `va` and `vb` (one
/// word, one group of `counted` in data/align/measures.toml, or a head both count), a noun
/// that is not a generic noun of people ("people", "individuals": the dead, the injured and
/// those on board alike), and each article counts that noun by no other figure.
pub(super) fn counted_once(
    a: &Sent,
    va: &ValueMention,
    b: &Sent,
    vb: &ValueMention,
    articles: &[&[Sent]],
) -> bool {
    let generic = &Measures::builtin().generic_counted;
    va.dimension == Dimension::Count
        && a.article != b.article
        && counted_agree_at(a, va, b, vb) == Some(true)
        && [va, vb].iter().all(|v| v.counted.as_ref().is_some_and(|c| !generic.contains(c)))
        && once_in_article(a, va, articles[a.article])
        && once_in_article(b, vb, articles[b.article])
}

/// True when no figure of article `sents` but `v` of sentence `s` counts `v`'s noun: no
/// other word of that noun (its stem or a word of its group) stands within
/// [`COUNT_REACH`] words after a figure ("1,200 jobs", "two hundred jobs", "dozens of
/// jobs").
fn once_in_article(s: &Sent, v: &ValueMention, sents: &[Sent]) -> bool {
    let Some(noun) = v.counted.as_deref() else { return false };
    let after = s.words.iter().position(|w| w.span.start >= v.span.end).unwrap_or(s.words.len());
    // The noun as the figure counts it: the first word of that form after it.
    let Some(own) = s.words[after..].iter().position(|w| w.lower == noun).map(|k| after + k) else { return false };
    let stem = s.words[own].stem;
    let group = Measures::builtin().counted.get(noun);
    let of_noun = |w: &Word| {
        w.lower == noun
            || stem.is_some() && w.stem == stem
            || group.is_some() && Measures::builtin().counted.get(&*w.lower) == group
    };
    !sents.iter().any(|t| {
        t.words.iter().enumerate().any(|(k, w)| {
            let mine = t.span == s.span && k == own;
            !mine && of_noun(w) && t.words[k.saturating_sub(COUNT_REACH)..k].iter().any(is_figure)
        })
    })
}

/// True when `w` is a figure or a number word: "1,200", "two", "hundreds".
fn is_figure(w: &Word) -> bool {
    w.is(DIGIT) || crate::facts::number_word(w.lower.as_bytes())
}

#[cfg(test)]
mod tests {
    use crate::{Article, Checker};

    fn numbers(a: &str, b: &str) -> usize {
        let report = Checker::default().check(&[Article::new("a", a), Article::new("b", b)]);
        report.conflicts.iter().filter(|c| c.kind == "number").count()
    }

    #[test]
    fn one_noun_counted_once_in_each_article_meets() {
        let a = "The owners said about 600 jobs would be cut, mostly in packing and sales at the Brindle mill.";
        let b = "Some 1,600 jobs could go under the plan, largely in packing and sales at the Brindle mill.";
        assert_eq!(numbers(a, b), 1);
    }

    #[test]
    fn a_noun_counted_twice_in_one_article_does_not() {
        let a = "The owners said about 600 jobs would be cut, mostly in packing and sales at the Brindle mill. They said 200 new jobs would be made in the warehouse.";
        let b = "Some 1,600 jobs could go under the plan, largely in packing and sales at the Brindle mill.";
        assert_eq!(numbers(a, b), 0);
    }
}
