//! One figure of one thing, retyped: two articles give the same thing figures whose digits
//! are one slip apart ("257 passengers" / "275 travellers", "$3.16bn" / "$3.61 billion",
//! "ranked 72nd" / "ranked No. 27"), or two lengths of time written in the same two units
//! ("five years and two months" / "seven years and two months"), a measurement however
//! far apart its digits.
//!
//! Sentences that report one figure in other words share few words, so the aligned path
//! does not pair them. Here a figure is keyed by what it is of (its dimension, unit and
//! rate, and its counted noun's group, the measure beside it or the word that ranks it)
//! and met in a hash map; two figures of one key from two articles are compared when their
//! digits are one swap or one digit apart, their sentences share a word (or both name the
//! counted noun), and the other article gives that thing no compatible figure, and the two articles share words and names (one story).
//!
//! ```
//! use gainsay::{Article, Checker};
//! let report = Checker::default().check(&[
//!     Article::new("a", "The Harbour Line ferry was carrying 217 passengers and nine crew."),
//!     Article::new("b", "Rescuers said 271 travellers and nine crew were aboard the Harbour Line ferry."),
//! ]);
//! assert!(report.conflicts.iter().any(|c| c.kind == "number"));
//! ```

use super::*;

/// The most figures of one key compared pair by pair (a key this common is no one thing).
const MAX_BUCKET: usize = 64;
/// The least likeness of two sentences whose figures are compared here.
const MIN_RETYPED_SIMILARITY: f64 = 0.08;
/// The least likeness of two articles, by content words and by names, whose figures are
/// compared here: two reports of one story share their names and many words, two stories
/// of one field (two budgets, two matches) share words but few names.
const MIN_STORY_WORDS: f64 = 0.15;
const MIN_STORY_NAMES: f64 = 0.12;

/// The digits of a figure as written: "$3.16bn" is "316".
fn digits(written: &str) -> Vec<u8> {
    written.bytes().filter(u8::is_ascii_digit).collect()
}

/// True when two digit strings are one slip apart: two digits swapped ("5,300" / "3,500"),
/// or one digit more ("R6 billion" / "R16 billion").
pub(crate) fn one_slip(x: &[u8], y: &[u8]) -> bool {
    if x.is_empty() || y.is_empty() || x == y {
        return false;
    }
    if x.len() == y.len() {
        let differ: Vec<usize> = (0..x.len()).filter(|&k| x[k] != y[k]).collect();
        return differ.len() == 2 && x[differ[0]] == y[differ[1]] && x[differ[1]] == y[differ[0]];
    }
    let (short, long) = if x.len() < y.len() { (x, y) } else { (y, x) };
    long.len() == short.len() + 1 && (0..long.len()).any(|k| long[..k] == short[..k] && long[k + 1..] == short[k..])
}

/// A measure noun within three words after a figure: "A$2.6 million in prize money", "the
/// A$6.2m top prize".
fn measure_after(s: &Sent, v: &ValueMention) -> Option<u32> {
    let m = Measures::builtin();
    let at = s.words.iter().position(|w| w.span.start >= v.span.end)?;
    s.words[at..(at + 3).min(s.words.len())].iter().find_map(|w| m.measure.get(&*w.lower).copied())
}

/// The units of a duration written in two or more ("hours minutes"), or `None`.
fn compound_units(s: &Sent, v: &ValueMention) -> Option<String> {
    let units: Vec<&str> = s
        .words
        .iter()
        .filter(|w| w.span.start >= v.span.start && w.span.end <= v.span.end)
        .filter(|w| w.is(DURATION))
        .map(|w| w.lower.trim_end_matches('s'))
        .collect();
    (units.len() >= 2).then(|| units.join(" "))
}

/// A money figure's currency as keyed: a bare "$" is the dollar of the story, whichever
/// dollar another article names ("$420m" / "C$420 million"), so every dollar keys alike.
fn currency(v: &ValueMention, written: &str) -> String {
    if written.contains('$') {
        "dollar".into()
    } else {
        format!("{:?}", v.unit)
    }
}

/// Two money figures' units are one currency as written: the same unit, or dollars of
/// which one is written with a bare "$".
fn same_currency(va: &ValueMention, ta: &str, vb: &ValueMention, tb: &str) -> bool {
    let bare = |v: &ValueMention, t: &str| {
        let w = v.span.of(t);
        w.contains('$') && !w.split('$').next().is_some_and(|p| p.chars().any(char::is_alphabetic))
    };
    va.unit == vb.unit
        || va.dimension == Dimension::Money
            && (bare(va, ta) || bare(vb, tb))
            && va.span.of(ta).contains('$')
            && vb.span.of(tb).contains('$')
}

/// What a figure is of, as a key, or `None` when nothing names it.
fn thing(s: &Sent, v: &ValueMention, text: &str, names: &Interner) -> Option<String> {
    let m = Measures::builtin();
    let w = Words::builtin();
    let unit = match v.dimension {
        Dimension::Money => currency(v, v.span.of(text)),
        _ => format!("{:?}", v.unit),
    };
    let measured = || attribute(s, v).map(|a| a.0).or_else(|| measure_after(s, v));
    let head = match v.dimension {
        Dimension::Count | Dimension::Percent => {
            if let Some(c) = &v.counted {
                match m.counted.get(c) {
                    Some(g) => format!("group {g}"),
                    None if v.dimension == Dimension::Count => super::stem::stem(&w.stemmer, c),
                    None => match measured() {
                        Some(g) => format!("measure {g}"),
                        None => super::stem::stem(&w.stemmer, c),
                    },
                }
            } else {
                format!("measure {}", measured()?)
            }
        }
        // The noun after an amount is mostly what it pays for, worded as each article
        // likes ("a $380m deal", "a $150 million bridge"): money is keyed by the measure
        // it is of, else by its currency alone, and its sentences must then be alike.
        Dimension::Money => match measured() {
            Some(g) => format!("measure {g}"),
            None => "unnamed".into(),
        },
        // "two hours and 53 minutes": a length of time in two units measures one thing.
        Dimension::Duration if compound_units(s, v).is_some() => format!("compound {}", compound_units(s, v)?),
        // A measurement in one unit ("shut for 16 years", "27,000 hectares"), keyed by what
        // it measures when a measure is named, else by its unit alone.
        Dimension::Duration
        | Dimension::Length
        | Dimension::Mass
        | Dimension::Area
        | Dimension::Volume
        | Dimension::Power
        | Dimension::Energy => match measured() {
            Some(g) => format!("measure {g}"),
            None => "unnamed".into(),
        },
        // "ranked 72nd", "ranked No. 27": the word before ranks it.
        Dimension::Ordinal => {
            let before = s.words.iter().rposition(|w| w.span.end <= v.span.start)?;
            let stem = s.words[before].stem?;
            format!("rank {}", names.names.get(stem as usize)?)
        }
        _ => return None,
    };
    Some(format!("{:?} {unit} {:?} {head}", v.dimension, v.per))
}

/// The least figure whose decimal point may slip: millions and more are written with a
/// scale ("45 million" / "4.5m"), where the point is easily moved; "2.8%" and "28%" are
/// more often two figures.
const MIN_DECIMAL_SLIP: f64 = 1e6;

/// True when two figures' digits are the same but one decimal point moved: "45 million"
/// / "4.5m", "$18bn" / "$1.8bn".
fn decimal_slip(da: &[u8], db: &[u8], wa: &str, wb: &str, lo: f64, hi: f64) -> bool {
    da == db
        && da.len() >= 2
        && (wa.contains('.') != wb.contains('.'))
        && lo >= MIN_DECIMAL_SLIP
        && (hi / lo - 10.0).abs() < 1e-6
}

/// True when two figures one slip apart differ by more than a hedge allows: intervals
/// that do not meet, or, when either is hedged, points further apart than "about" allows
/// ("more than 18,000 hectares" / "about 81,000 hectares": the digits, not the hedge,
/// tell one figure retyped).
fn differ(va: &ValueMention, vb: &ValueMention) -> bool {
    if !(va.hedged || vb.hedged) {
        return va.high < vb.low || vb.high < va.low;
    }
    let (lo, hi) = (va.value.abs().min(vb.value.abs()), va.value.abs().max(vb.value.abs()));
    hi - lo > ABOUT * hi
}

/// How far apart two hedged figures may be and still be one figure ("about" in words.toml).
const ABOUT: f64 = 0.1;

/// The least likeness of two sentences whose figures meet by their unit alone (no counted
/// noun or measure names them).
const MIN_UNNAMED_SIMILARITY: f64 = 0.1;

/// Each article's content words and names, gathered for the articles compared.
#[derive(Default)]
pub(super) struct Stories {
    gathered: FxHashMap<usize, (Vec<u32>, Vec<u32>)>,
}

impl Stories {
    /// True when two articles are alike enough, in words and in names, to report one story.
    pub(super) fn one(&mut self, aligner: &Aligner, x: usize, y: usize) -> bool {
        for article in [x, y] {
            self.gathered.entry(article).or_insert_with(|| {
                let of = |pick: for<'s> fn(&'s Sent<'_>) -> &'s [u32]| {
                    // Sentences are in article order: the article's are one run of them.
                    let from = aligner.sents.partition_point(|s| s.article < article);
                    let to = aligner.sents.partition_point(|s| s.article <= article);
                    let mut v: Vec<u32> =
                        aligner.sents[from..to].iter().flat_map(|s| pick(s).iter().copied()).collect();
                    v.sort_unstable();
                    v.dedup();
                    v
                };
                (of(|s| &s.stems), of(|s| &s.names))
            });
        }
        let (a, b) = (&self.gathered[&x], &self.gathered[&y]);
        overlap(&a.0, &b.0, &aligner.idf) >= MIN_STORY_WORDS && overlap(&a.1, &b.1, &aligner.idf) >= MIN_STORY_NAMES
    }
}

impl Aligner<'_> {
    /// Figures of one thing in two articles whose digits are one slip apart.
    pub(crate) fn retyped_findings(&self, texts: &[&str]) -> Vec<Aligned> {
        let mut buckets: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
        for (i, s) in self.sents.iter().enumerate() {
            if s.words.len() > super::selfcheck::MAX_SENTENCE_WORDS
                || !s.words.iter().any(|w| w.lower.as_bytes()[0].is_ascii_digit() || w.is(DURATION))
            {
                continue;
            }
            for (x, v) in self.values(i).iter().enumerate() {
                if let Some(key) = thing(s, v, self.texts[s.article], &self.names) {
                    buckets.entry(key).or_default().push((i, x));
                }
            }
        }
        let mut out = Vec::new();
        let mut stories = Stories::default();
        for (key, list) in &buckets {
            // Two durations in two units are one measurement however far apart their digits
            // ("five years and two months" / "seven years and two months").
            let compound = key.contains(" compound ");
            if list.len() > MAX_BUCKET {
                continue;
            }
            for (k, &(i, x)) in list.iter().enumerate() {
                for &(j, y) in &list[k + 1..] {
                    let (a, b) = (&self.sents[i], &self.sents[j]);
                    if a.article == b.article {
                        continue;
                    }
                    let (va, vb) = (&self.values(i)[x], &self.values(j)[y]);
                    let (ta, tb) = (texts[a.article], texts[b.article]);
                    let (wa, wb) = (va.span.of(ta), vb.span.of(tb));
                    let (da, db) = (digits(wa), digits(wb));
                    // A figure with a digit added at its end is a tenfold scale or a finer
                    // one ("$18bn" / "$18.6bn"), and a slip rarely moves a figure tenfold.
                    let finer = da.len() != db.len() && (da.starts_with(&db) || db.starts_with(&da));
                    let (lo, hi) = (va.value.abs().min(vb.value.abs()), va.value.abs().max(vb.value.abs()));
                    let tenfold = finer || hi >= 10.0 * lo;
                    // A hedged figure is rounded: a digit more or less is another size, not
                    // a slip ("about 20" / "more than 120"); two digits swapped are. So with
                    // figures met by their unit alone ("$12.7m" / "$17m" of two films).
                    let hedged = va.hedged || vb.hedged || key.ends_with(" unnamed");
                    let slip = da.len() >= 2
                        && db.len() >= 2
                        && !tenfold
                        && (!hedged || da.len() == db.len())
                        && one_slip(&da, &db)
                        || decimal_slip(&da, &db, wa, wb, lo, hi);
                    if !(slip || compound) || !same_currency(va, ta, vb, tb) || !differ(va, vb) {
                        continue;
                    }
                    // The other article also gives this thing a figure that fits: two figures
                    // of it, not one retyped.
                    let fits = |v: &ValueMention, other: usize| {
                        list.iter().any(|&(n, z)| self.sents[n].article == other && !differ(&self.values(n)[z], v))
                    };
                    if fits(va, b.article) || fits(vb, a.article) {
                        continue;
                    }
                    // Sentences that share no word meet only through a noun both count.
                    let sim = overlap(&a.stems, &b.stems, &self.idf);
                    let counted = va.counted.is_some() && counted_agree(va, vb) == Some(true);
                    // Two lengths of time in the same two units need no other shared word:
                    // the units are the words ("jailed for … years and … months" / "put
                    // behind bars for … years and … months").
                    if sim < MIN_RETYPED_SIMILARITY && !counted && !compound || a.hedged || b.hedged {
                        continue;
                    }
                    // Figures that meet by their unit alone need sentences more alike.
                    if key.ends_with(" unnamed") && sim < MIN_UNNAMED_SIMILARITY {
                        continue;
                    }
                    if !stories.one(self, a.article, b.article) {
                        continue;
                    }
                    let (fa, fb) = (a.feats(x, va), b.feats(y, vb));
                    if fa.denied
                        || fb.denied
                        || fa.from != fb.from
                        || fa.range != Some((va.low, va.high))
                        || fb.range != Some((vb.low, vb.high))
                        || level_against_change(va.dimension, &fa, &fb)
                        || year_or_month_differ(a, b)
                    {
                        continue;
                    }
                    let about = [&va.counted, &vb.counted]
                        .into_iter()
                        .flatten()
                        .min()
                        .cloned()
                        .or_else(|| {
                            let at = attribute(a, va).map(|m| m.1)?;
                            Some(a.words[at].lower.to_string())
                        })
                        .unwrap_or_else(|| format!("{:?}", va.dimension).to_lowercase());
                    out.push(Aligned {
                        kind: ConflictKind::Number,
                        about,
                        sides: [side(a, va.span, va.display(ta), false), side(b, vb.span, vb.display(tb), false)],
                        confidence: (0.5 + 0.5 * sim).min(0.9),
                    });
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::{decimal_slip, differ, one_slip};
    use crate::values::{scan, Context};

    #[test]
    fn a_moved_point_is_a_decimal_slip_and_a_finer_figure_is_not() {
        assert!(decimal_slip(b"45", b"45", "45 million", "4.5m", 4.5e6, 4.5e7));
        assert!(!decimal_slip(b"186", b"18", "$18.6bn", "$18bn", 1.8e10, 1.86e10));
        assert!(!decimal_slip(b"45", b"45", "45 million", "45m", 4.5e7, 4.5e7));
        assert!(!decimal_slip(b"28", b"28", "2.8%", "28%", 2.8, 28.0));
    }

    #[test]
    fn a_hedge_allows_a_tenth_and_no_more() {
        let read = |s: &str| scan(s, 0, s.len(), &Context::default()).remove(0);
        assert!(differ(&read("about 410 jobs"), &read("140 jobs")));
        assert!(!differ(&read("about 1,250 jobs"), &read("1,205 jobs")));
        assert!(differ(&read("1,250 jobs"), &read("1,205 jobs")));
    }

    #[test]
    fn one_slip_is_a_swap_or_one_digit_more() {
        assert!(one_slip(b"257", b"275"));
        assert!(one_slip(b"4200", b"2400"));
        assert!(one_slip(b"4", b"14"));
        assert!(!one_slip(b"13", b"18"));
        assert!(!one_slip(b"61", b"67"));
        assert!(!one_slip(b"300", b"4200"));
    }
}
