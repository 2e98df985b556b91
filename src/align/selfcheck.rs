//! Self-contradictions: one article that gives one thing two figures that cannot both hold.
//!
//! Two figures of one article are mostly two things (last year's and this year's, two
//! firms', a part and the whole); the checks here are strict. Both must be of one
//! dimension, unit and rate; count the same noun or measure the same quantity, both as
//! levels or both as changes; stand with no word that sets either in another time or scope
//! and no other figure of that thing beside them; belong to no two different names; and have
//! digits one slip apart, as a retyped figure has.
//!
//! ```
//! use gainsay::{Article, Checker};
//! let report = Checker::default().check(&[Article::new(
//!     "wire",
//!     "The firm will book a $90 million restructuring charge. Of the $9 million restructuring charge, most is paid in cash.",
//! )]);
//! assert!(report.conflicts.iter().any(|c| c.self_contradiction));
//! ```

use super::*;

/// The measure a figure is the change of, written after it: "a 29 percent jump in net
/// profit" is a change of profit (the measure group and the word's index).
fn attribute_after(s: &Sent, v: &ValueMention) -> Option<(u32, usize)> {
    let m = Measures::builtin();
    let at = s.words.iter().position(|w| w.span.start >= v.span.end)?;
    let noun = s.words.get(at)?;
    let change = &Words::builtin().change_nouns;
    if !change.contains(&*noun.lower) && !noun.lower.strip_suffix('s').is_some_and(|c| change.contains(c)) {
        return None;
    }
    if s.words.get(at + 1).is_none_or(|w| w.lower != "in") {
        return None;
    }
    (at + 2..(at + 5).min(s.words.len())).find_map(|k| m.measure.get(&*s.words[k].lower).map(|&g| (g, k)))
}

/// What one figure of a self-contradiction is of: its measure (the group and the word's
/// index, before or after it) and whether it is written as a change, or `None` when it is
/// neither counted nor measured.
fn self_thing(s: &Sent, v: &ValueMention) -> Option<(Option<(u32, usize)>, bool)> {
    if let Some(m) = attribute_after(s, v) {
        return Some((Some(m), true));
    }
    let changed = change(s, v).is_some();
    match attribute(s, v) {
        Some(m) => Some((Some(m), changed)),
        None if v.counted.is_some() => Some((None, changed)),
        None => None,
    }
}

/// The capitalised words of a sentence (its first too), or those of the three words before
/// word `k`: whose a measure is ("Brightwell's net profit").
fn self_names(s: &Sent, text: &str, k: Option<usize>) -> Vec<u32> {
    let range = match k {
        Some(k) => k.saturating_sub(3)..k,
        None => 0..s.words.len(),
    };
    let mut v: Vec<u32> =
        s.words[range].iter().filter(|w| crate::text::is_upper_start(w.span.of(text))).filter_map(|w| w.stem).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The most sentences of one article giving figures of one thing that are compared pair
/// by pair.
const MAX_SELF_THING: usize = 16;
/// The longest sentence, in words, whose figures are read for what they are of.
pub(super) const MAX_SENTENCE_WORDS: usize = 256;

/// True when a scope word stands within four words of a value, or the value opens or closes
/// a range.
fn self_scoped(s: &Sent, v: &ValueMention) -> bool {
    let at = s.words.iter().position(|w| w.span.end > v.span.start).unwrap_or(s.words.len());
    let after = s.words.iter().position(|w| w.span.start >= v.span.end).unwrap_or(s.words.len());
    let near = s.words[at.saturating_sub(4)..(after + 4).min(s.words.len())].iter();
    near.clone().any(|w| Words::builtin().self_scope.contains(&*w.lower) || w.is(NEGATOR))
        || range(s, v).is_none_or(|r| r != (v.low, v.high))
}

/// True when two written figures have digits one slip apart: two neighbours swapped
/// ("257" / "275") or one digit more ("$70 million" / "$700 million"). An article that
/// gives one thing two figures mostly mistyped one of them; two figures that are not so
/// alike are mostly two things ("14 countries said", "in 22 countries").
fn retyped(a: &str, b: &str) -> bool {
    let digits = |s: &str| s.bytes().filter(u8::is_ascii_digit).collect::<Vec<u8>>();
    let (x, y) = (digits(a), digits(b));
    if x.is_empty() || y.is_empty() || x == y {
        return false;
    }
    if x.len() == y.len() {
        let differ: Vec<usize> = (0..x.len()).filter(|&k| x[k] != y[k]).collect();
        return differ.len() == 2
            && differ[1] == differ[0] + 1
            && x[differ[0]] == y[differ[1]]
            && x[differ[1]] == y[differ[0]];
    }
    let (short, long) = if x.len() < y.len() { (&x, &y) } else { (&y, &x) };
    long.len() == short.len() + 1 && (0..long.len()).any(|k| long[..k] == short[..k] && long[k + 1..] == short[k..])
}

impl Aligner<'_> {
    /// Self-contradictions: two sentences of one article that give one thing (the same
    /// counted noun, or the same measure with both figures levels or both changes)
    /// incompatible figures of one dimension and unit, with no word setting either in
    /// another time or scope. "The firm will book a $90 million charge." and "Of the $9
    /// million charge, most is paid in cash." are one.
    pub(crate) fn self_findings(&self, texts: &[&str]) -> Vec<Aligned> {
        let mut out = Vec::new();
        let mut from = 0;
        while from < self.sents.len() {
            let article = self.sents[from].article;
            let to = from + self.sents[from..].iter().take_while(|s| s.article == article).count();
            // Sentences that give a figure of one thing meet in a map by that thing; a thing
            // of many figures in one article (a table, a list) is no one figure.
            let mut by_thing: BTreeMap<String, Vec<usize>> = BTreeMap::new();
            let stemmer = &Words::builtin().stemmer;
            for i in from..to {
                // A sentence of very many words or figures is a table, not one figure of a
                // thing: reading what each is of would take quadratic time.
                if self.sents[i].words.len() > MAX_SENTENCE_WORDS
                    || !self.sents[i].words.iter().any(|w| w.lower.as_bytes()[0].is_ascii_digit())
                {
                    continue;
                }
                for v in self.values(i) {
                    if !matches!(v.dimension, Dimension::Money | Dimension::Percent | Dimension::Count) {
                        continue;
                    }
                    let Some((m, _)) = self_thing(&self.sents[i], v) else { continue };
                    let what = match (m, &v.counted) {
                        (Some((g, _)), _) => format!("measure {g}"),
                        (None, Some(c)) => match Measures::builtin().counted.get(c) {
                            Some(g) => format!("group {g}"),
                            None => super::stem::stem(stemmer, c),
                        },
                        (None, None) => continue,
                    };
                    let list = by_thing.entry(format!("{:?} {:?} {what}", v.dimension, v.unit)).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
            let mut pairs: Vec<(usize, usize)> = Vec::new();
            for list in by_thing.values().filter(|l| l.len() <= MAX_SELF_THING) {
                for (k, &i) in list.iter().enumerate() {
                    pairs.extend(list[k + 1..].iter().map(|&j| (i, j)));
                }
            }
            pairs.sort_unstable();
            pairs.dedup();
            for (i, j) in pairs {
                self.self_pair(texts, i, j, &mut out);
            }
            from = to;
        }
        out
    }

    fn self_pair(&self, texts: &[&str], i: usize, j: usize, out: &mut Vec<Aligned>) {
        let (a, b) = (&self.sents[i], &self.sents[j]);
        if year_or_month_differ(a, b) || a.hedged || b.hedged {
            return;
        }
        let (xs, ys) = (self.values(i), self.values(j));
        for va in xs.iter().filter(|v| matches!(v.dimension, Dimension::Money | Dimension::Percent | Dimension::Count))
        {
            let Some((ma, ca)) = self_thing(a, va) else { continue };
            if self_scoped(a, va) || va.hedged {
                continue;
            }
            for vb in ys {
                if vb.dimension != va.dimension || vb.unit != va.unit || vb.per != va.per || va.compatible(vb) {
                    continue;
                }
                let Some((mb, cb)) = self_thing(b, vb) else { continue };
                if ca != cb || self_scoped(b, vb) || vb.hedged {
                    continue;
                }
                // The same measure, or the same counted noun with no measure named.
                let same = match (ma, mb) {
                    (Some(x), Some(y)) => x.0 == y.0,
                    (None, None) => counted_agree(va, vb) == Some(true),
                    _ => false,
                };
                // Different names are different subjects: those owning the measure, or
                // for a count those of the whole sentences ("Acme will cut 300 jobs" and
                // "Bolt will cut 7,100 jobs").
                let (ta, tb) = (texts[a.article], texts[b.article]);
                let (na, nb) = (self_names(a, ta, ma.map(|m| m.1)), self_names(b, tb, mb.map(|m| m.1)));
                let named_apart = !na.is_empty() && !nb.is_empty() && !na.iter().any(|n| nb.binary_search(n).is_ok());
                // "158 of the passengers" is a part of them; "8/13 odds" is a ratio.
                let part = |s: &Sent, v: &ValueMention| {
                    let t = texts[s.article].as_bytes();
                    s.words.iter().find(|w| w.span.start >= v.span.end).is_some_and(|w| w.lower == "of")
                        || v.span.start.checked_sub(1).is_some_and(|k| t[k] == b'/')
                        || t.get(v.span.end) == Some(&b'/')
                };
                if named_apart || part(a, va) || part(b, vb) || !retyped(va.span.of(ta), vb.span.of(tb)) {
                    continue;
                }
                // Another figure of the same thing in either sentence is a breakdown.
                let others = |v: &ValueMention, xs: &[ValueMention]| {
                    xs.iter()
                        .filter(|w| w.dimension == v.dimension && w.span != v.span && w.counted == v.counted)
                        .count()
                };
                if !same || others(va, xs) > 0 || others(vb, ys) > 0 {
                    continue;
                }
                let about = va.counted.clone().unwrap_or_else(|| format!("{:?}", va.dimension).to_lowercase());
                out.push(Aligned {
                    kind: ConflictKind::Number,
                    about,
                    sides: [side(a, va.span, va.display(ta), false), side(b, vb.span, vb.display(tb), false)],
                    confidence: 0.6,
                });
            }
        }
    }
}

/// Adds the article's self-contradictions the keyed and aligned paths did not find.
pub(crate) fn push_self_conflicts(
    aligner: &Aligner,
    texts: &[&str],
    claims: &mut Vec<Claim>,
    conflicts: &mut Vec<Conflict>,
) {
    let met: FxHashSet<(usize, usize)> = conflicts
        .iter()
        .filter(|c| c.self_contradiction)
        .flat_map(|c| {
            c.sides.iter().flat_map(|s| s.mentions.iter().map(|&i| (claims[i].source, claims[i].sentence.start)))
        })
        .collect();
    for f in aligner.self_findings(texts) {
        if f.sides.iter().any(|s| met.contains(&(s.source, s.sentence.start))) {
            continue;
        }
        let sides = f
            .sides
            .iter()
            .map(|s| {
                let i = claims.len();
                claims.push(side_claim(f.kind, &f.about, s));
                crate::conflicts::Side { value: s.value.clone(), claims: vec![i], mentions: vec![i] }
            })
            .collect();
        let question = format!("How many or how much ({})?", f.about);
        crate::conflicts::push(
            conflicts,
            claims,
            f.kind,
            &format!("self | {}", f.about),
            question,
            sides,
            f.confidence,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::{Article, Checker};

    fn selves(text: &str) -> usize {
        let report = Checker::default().check(&[Article::new("wire", text)]);
        report.conflicts.iter().filter(|c| c.self_contradiction).count()
    }

    #[test]
    fn retyped_figures_are_one_slip_apart() {
        assert!(super::retyped("257", "275"));
        assert!(super::retyped("$70 million", "$700 million"));
        assert!(super::retyped("R6 billion", "R16 billion"));
        assert!(!super::retyped("14", "22"));
        assert!(!super::retyped("300", "7,100"));
        assert!(!super::retyped("12", "12"));
    }

    #[test]
    fn one_thing_given_two_figures_in_one_article() {
        assert_eq!(selves("Tarn Motors will book a $70 million restructuring charge. Of the $700 million restructuring charge, most is paid in cash."), 1);
        assert_eq!(selves("Brightwell's net profit climbed 16 percent to 2.1 billion crowns. Its chief credited cheaper loans for the 61 percent jump in net profit."), 1);
    }

    #[test]
    fn two_things_two_times_or_a_part_are_not() {
        // Two firms.
        assert_eq!(selves("Acme Robotics will cut 300 jobs. Bolt Motors also says it will cut 3,000 jobs."), 0);
        // Another year.
        assert_eq!(selves("The plant has 257 workers. Last year it had 275 workers."), 0);
        // A part of the whole.
        assert_eq!(selves("The jet carried 275 passengers. A bus took 257 of the passengers on to the city."), 0);
        // Figures not one slip apart.
        assert_eq!(selves("The survey covered 22 countries. In 14 countries most were hopeful."), 0);
    }
}
