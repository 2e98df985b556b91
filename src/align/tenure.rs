//! How long one stand has lasted, told twice by one article: "Ivo Brandt has coached the
//! club for 14 years" and later "Brandt, now in his third decade at the helm". A tenure
//! is a span of time up to the article's day (or to its end: "after 22 years in command"),
//! written as
//!
//! - a span after "for" in a clause of the present perfect ("has worked there for 18
//!   years", "which has been shut for nine years"), or opening the sentence before one
//!   ("For two decades, the bridge has split the town");
//! - a span after a possessive ("her five years at the helm"), or after "after" before
//!   "in", "as" or "at" ("after 22 years in command");
//! - a rank of a decade or year after a possessive ("in his third decade as coach": 20 to
//!   30 years);
//! - "since" a year in a clause of the present perfect, against the article's dateline
//!   ("has run the museum since 2017" in a paper of 2029: 11 to 12 years).
//!
//! Two tenures of one article meet when their sentences share a name or the subject's
//! words, their subjects are not named apart, and their stands are not two verbs ("has lived on
//! the island for 30 years" and "has tended the light for 12 years" are two stands of one
//! man). A word of another time in either clause (`tenure_apart`: "had", "before",
//! "until") keeps them apart. They contradict when their spans, widened by a tenth for the
//! rounding of a figure, do not meet.
//!
//! ```
//! use gainsay::{Article, Checker};
//! let report = Checker::default().check(&[Article::new(
//!     "wire",
//!     "Ivo Brandt has coached the club for 14 years. Brandt, now in his third decade at the helm, won again.",
//! )]);
//! assert!(report.conflicts.iter().any(|c| c.key == "self | tenure"));
//! ```

use super::selfcheck::{self_cues, MAX_SENTENCE_WORDS};
use super::*;

/// Days in a year, as the value reader counts a duration.
const YEAR_DAYS: f64 = 365.2425;
/// How much a figure of a tenure is widened either way: "18 years" and "two decades" may
/// be one span rounded.
const ROUNDING: f64 = 0.1;
/// The most words back from a figure searched for the verb of its clause.
const CLAUSE_REACH: usize = 10;
/// The most tenures of one article compared pair by pair.
const MAX_TENURES: usize = 12;

/// One reading of how long a stand has lasted.
struct Tenure {
    sent: usize,
    span: Span,
    /// The span in years.
    low: f64,
    high: f64,
    /// Stems of who or what holds the stand: the subject's words and the sentence's names.
    holder: Vec<u32>,
    /// The names among the subject's words: "Ruud Voss has worked there" is not Brandt.
    named: Vec<u32>,
    /// The stem of the verb of the stand (the first content word after "has"), when it
    /// is told by one.
    stand: Option<u32>,
    /// How it is told: a stand up to now, or the length of one event.
    told: Told,
}

/// How a span of time is told of its holder.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Told {
    /// A stand up to now or to its end ("has coached for 14 years", "her five years").
    Stand,
    /// An event's length by a verb of lasting ("a trial that lasted six weeks").
    Lasted,
    /// An event's length written before its noun ("the four-week trial"): one article names
    /// many plans and deals so, and only a length told by a verb meets it.
    Compound,
}

/// The index of the first word of `v` and of the first word after it.
fn word_range(s: &Sent, v: &ValueMention) -> (usize, usize) {
    let at = s.words.iter().position(|w| w.span.end > v.span.start).unwrap_or(s.words.len());
    let after = s.words.iter().position(|w| w.span.start >= v.span.end).unwrap_or(s.words.len());
    (at, after)
}

/// The index of the first word of the clause word `k` stands in: after the last comma,
/// colon, bracket or dash before it.
fn clause_start(s: &Sent, k: usize) -> usize {
    s.breaks.iter().rev().find(|&&b| b <= k).copied().unwrap_or(0)
}

/// True when word `j` is the auxiliary of the present perfect: "has" or "have", not after
/// a modal or "to" ("will have coached", "is said to have worked": not yet, or not told).
fn perfect(s: &Sent, j: usize) -> bool {
    matches!(&*s.words[j].lower, "has" | "have")
        && !(j > 0 && matches!(&*s.words[j - 1].lower, "will" | "would" | "should" | "must" | "to" | "'ll"))
}

/// The auxiliary of the present perfect before word `k` in its clause.
fn perfect_before(s: &Sent, k: usize) -> Option<usize> {
    let from = clause_start(s, k).max(k.saturating_sub(CLAUSE_REACH));
    (from..k).rev().find(|&j| matches!(&*s.words[j].lower, "has" | "have")).filter(|&j| perfect(s, j))
}

/// The auxiliary of the present perfect opening the clause after a fronted span ("For two
/// decades, the bridge has split the town"): the first within reach of word `k`.
fn perfect_after(s: &Sent, k: usize) -> Option<usize> {
    let to = (k + CLAUSE_REACH).min(s.words.len());
    (k..to).find(|&j| matches!(&*s.words[j].lower, "has" | "have")).filter(|&j| perfect(s, j))
}

/// The stems of the subject of the auxiliary at word `aux`: the words of its clause before
/// it, or for a relative clause ("Ivo Brandt, who has ...") the words before the relative
/// pronoun back to the clause before.
fn subject(s: &Sent, aux: usize) -> Vec<u32> {
    let mut start = clause_start(s, aux);
    let mut end = aux;
    if start < aux && matches!(&*s.words[start].lower, "who" | "which" | "that") {
        end = start;
        start = if start == 0 { 0 } else { clause_start(s, start - 1) };
    } else if aux > 0 && matches!(&*s.words[aux - 1].lower, "who" | "which" | "that") {
        end = aux - 1;
    }
    s.words[start..end].iter().filter_map(|w| w.stem).collect()
}

/// The verb of a stand told in the present perfect: the first content word after the
/// auxiliary, past "been" ("has tended the light", "has been shut").
fn stand_after(s: &Sent, aux: usize) -> Option<u32> {
    s.words[aux + 1..].iter().find(|w| w.stem.is_some() && w.lower != "been").and_then(|w| w.stem)
}

/// The words after a span that name the stand it is the length of: "her five years at the
/// helm", "his third decade in charge", "after 22 years in command".
const STAND_PLACE: &[&str] = &["in", "as", "at", "on", "with", "of", "under"];

/// Verbs whose span of time is the length of their subject, an event: "the trial lasted six
/// weeks".
const LASTING: &[&str] = &["lasted", "lasting", "lasts", "spanned"];

/// The noun whose length a verb of lasting at word `verb` tells: the word before it, or
/// before the relative pronoun before it ("a trial that lasted").
fn lasting_holder(s: &Sent, verb: usize) -> Option<u32> {
    let mut k = verb.checked_sub(1)?;
    if matches!(&*s.words[k].lower, "that" | "which") {
        k = k.checked_sub(1)?;
    }
    s.words[k].stem
}

/// True when the tagger reads word `j` of `s` as a superlative ("the lowest level").
fn superlative(s: &Sent, j: usize) -> bool {
    super::tags(s).get(j).is_some_and(|t| matches!(t.xpos, crate::tag::Xpos::Jjs | crate::tag::Xpos::Rbs))
}

/// True when word `j` is a possessive: "his", "her", "its", "their", or a name with "'s".
fn possessive(s: &Sent, j: usize) -> bool {
    let w = &*s.words[j].lower;
    matches!(w, "his" | "her" | "its" | "their") || w.ends_with("'s") || w.ends_with("\u{2019}s")
}

/// The span of a duration in years.
fn years(v: &ValueMention) -> (f64, f64) {
    (v.low / YEAR_DAYS, v.high / YEAR_DAYS)
}

/// The span in years of a rank of a decade or year ("third decade": 20 to 30 years).
fn ranked_years(v: &ValueMention) -> Option<(f64, f64)> {
    let unit = match v.counted.as_deref()? {
        "decade" | "decades" => 10.0,
        "year" | "years" => 1.0,
        _ => return None,
    };
    (v.value >= 1.0).then_some(((v.value - 1.0) * unit, v.value * unit))
}

/// The stems of the sentence's names, its opener among them.
fn names_of(s: &Sent) -> Vec<u32> {
    s.names.iter().copied().chain(s.opener).collect()
}

/// True when a word of another time or of another stand stands in the clause of a tenure,
/// from its clause's start to three words after the figure, the figure's own words aside;
/// or a denial in that clause, or a hedge before its end ("if he stays, his 14 years").
/// A hedge after it leaves the tenure told: "has been shut for 30 years, a sign they
/// could not agree".
fn apart(s: &Sent, text: &str, from: usize, at: usize, after: usize) -> bool {
    let apart = &self_cues().tenure_apart;
    let end = (after + 3).min(s.words.len());
    // "May" the month is no modal, as for a sentence's hedge.
    let hedge = |j: usize| s.words[j].is(HEDGE) && (j == 0 || !crate::text::is_upper_start(s.words[j].span.of(text)));
    (clause_start(s, from)..end)
        .filter(|&j| j < at || j >= after)
        .any(|j| apart.iter().any(|a| *a == *s.words[j].lower) || s.words[j].is(NEGATOR))
        || (0..end).any(hedge)
}

impl Aligner<'_> {
    /// The tenure value `v` of sentence `i` tells, if any ([`Tenure`]).
    fn tenure(&self, i: usize, v: &ValueMention) -> Option<Tenure> {
        let s = &self.sents[i];
        let (at, after) = word_range(s, v);
        let before = at.checked_sub(1);
        let word = |j: Option<usize>| j.and_then(|j| s.words.get(j)).map_or("", |w| &*w.lower);
        let next_is = |set: &[&str]| set.contains(&word(Some(after)));
        let names = names_of(s);
        let tenure = |(low, high): (f64, f64), subject: Vec<u32>, stand: Option<u32>, from: usize| {
            let named = subject.iter().copied().filter(|t| names.contains(t)).collect();
            let holder = [subject, names.clone()].concat();
            let t = Tenure { sent: i, span: v.span, low, high, holder, named, stand, told: Told::Stand };
            (!apart(s, self.texts[s.article], from, at, after)).then_some(t)
        };
        let length = |holder: u32, told: Told| {
            let (low, high) = years(v);
            let t =
                Tenure { sent: i, span: v.span, low, high, holder: vec![holder], named: Vec::new(), stand: None, told };
            (!apart(s, self.texts[s.article], at, at, after)).then_some(t)
        };
        match v.dimension {
            Dimension::Duration => {
                let span = years(v);
                let lead = if s.words.get(at).is_some_and(|w| w.lower == "for") { Some(at) } else { before };
                // "the strike lasted for three days".
                let verb = lead.and_then(|j| j.checked_sub(1));
                if word(lead) == "for" && LASTING.contains(&word(verb)) {
                    return length(lasting_holder(s, verb?)?, Told::Lasted);
                }
                if word(lead) == "for" {
                    let lead = lead?;
                    // "For two decades, the bridge has split the town."
                    if lead == 0 && s.breaks.contains(&after) {
                        let aux = perfect_after(s, after)?;
                        return tenure(span, subject(s, aux), None, after);
                    }
                    let aux = perfect_before(s, lead)?;
                    // "the lowest level for a decade" bounds a comparison, not a stand.
                    if (aux..lead).any(|j| superlative(s, j)) {
                        return None;
                    }
                    return tenure(span, subject(s, aux), stand_after(s, aux), aux);
                }
                // "a trial that lasted six weeks", "the strike lasted three days".
                if LASTING.contains(&word(before)) {
                    return length(lasting_holder(s, before?)?, Told::Lasted);
                }
                // "the four-week trial", "her six-year sentence".
                let definite = word(before) == "the" || before.is_some_and(|j| possessive(s, j));
                let noun = s.words.get(after).filter(|w| v.counted.as_deref().is_none_or(|c| c == w.lower));
                if let Some(stem) =
                    noun.and_then(|w| w.stem).filter(|_| definite && v.span.of(self.texts[s.article]).contains('-'))
                {
                    return length(stem, Told::Compound);
                }
                let told_after = word(before) == "after" && next_is(STAND_PLACE);
                // "her five years at the helm"; not "despite his 69 years" (an age).
                if (before.is_some_and(|j| possessive(s, j)) && next_is(STAND_PLACE)) || told_after {
                    return tenure(span, Vec::new(), None, at);
                }
                None
            }
            // "in his third decade", "her third year as head".
            Dimension::Ordinal
                if before.is_some_and(|j| possessive(s, j))
                    && (STAND_PLACE.contains(&word(Some(
                        after + usize::from(v.counted.as_deref() == Some(word(Some(after)))),
                    ))) || word(before.and_then(|j| j.checked_sub(1))) == "in") =>
            {
                // "its third straight year" ranks a run, not a stand.
                if s.words[after.min(s.words.len())..].iter().take(2).any(|w| w.is(SUCCESSION)) {
                    return None;
                }
                tenure(ranked_years(v)?, Vec::new(), None, at)
            }
            Dimension::Date if word(before) == "since" => {
                let year = v.date.filter(|d| d.month.is_none() && d.day.is_none())?.year?;
                let now = self.dateline(s.article)?.year?;
                let n = f64::from(now - year);
                let aux = perfect_before(s, at)?;
                (n >= 1.0).then_some(())?;
                tenure((n - 1.0, n), subject(s, aux), stand_after(s, aux), aux)
            }
            _ => None,
        }
    }

    /// The tenures of the sentences of one article, in order.
    fn tenures(&self, range: std::ops::Range<usize>) -> Vec<Tenure> {
        let mut out = Vec::new();
        for i in range {
            let s = &self.sents[i];
            // A unit of time, alone or ending a compound ("the two-day strike").
            let unit = |u: &str| Words::builtin().flags.get(u).is_some_and(|f| f & DURATION != 0);
            let cued = |w: &Word| {
                w.is(DURATION)
                    || w.lower.starts_with("decade")
                    || w.lower == "since"
                    || w.lower.rsplit_once('-').is_some_and(|(_, u)| unit(u))
            };
            if s.words.len() > MAX_SENTENCE_WORDS || !s.words.iter().any(cued) {
                continue;
            }
            for t in self.values(i).iter().filter_map(|v| self.tenure(i, v)) {
                if trace::self_on() {
                    trace::emit_self(serde_json::json!({
                        "event": "self_tenure", "v": trace::at(s.article, t.span), "years": [t.low, t.high],
                    }));
                }
                out.push(t);
            }
        }
        out
    }

    /// Self-contradictions of tenures: one article that tells how long one stand has
    /// lasted twice, in spans that cannot both hold.
    pub(crate) fn self_tenure_findings(&self, texts: &[&str]) -> Vec<Aligned> {
        let mut out = Vec::new();
        for (a, &text) in texts.iter().enumerate().take(self.texts.len()) {
            let tenures = self.tenures(self.ranges[a].clone());
            if tenures.len() > MAX_TENURES {
                continue;
            }
            for (k, x) in tenures.iter().enumerate() {
                for y in &tenures[k + 1..] {
                    if let Err(gate) = self.tenure_gate(x, y) {
                        self.trace_tenure(x, y, Some(gate));
                        continue;
                    }
                    self.trace_tenure(x, y, None);
                    let (sa, sb) = (&self.sents[x.sent], &self.sents[y.sent]);
                    let shown = |t: &Tenure| t.span.of(text).to_string();
                    out.push(Aligned {
                        kind: ConflictKind::Number,
                        about: "tenure".into(),
                        sides: [side(sa, x.span, shown(x), false), side(sb, y.span, shown(y), false)],
                        confidence: 0.6,
                    });
                }
            }
        }
        out
    }

    /// Why two tenures of one article are not one stand told two ways (the trace's gate),
    /// or `Ok` when they are and their spans cannot both hold.
    fn tenure_gate(&self, x: &Tenure, y: &Tenure) -> Result<(), &'static str> {
        if x.sent == y.sent {
            return Err("same_sentence");
        }
        // A stand and an event's length, or two lengths written before their nouns.
        if (x.told == Told::Stand) != (y.told == Told::Stand) || (x.told == Told::Compound && y.told == Told::Compound)
        {
            return Err("told");
        }
        let widen = |t: &Tenure| (t.low * (1.0 - ROUNDING), t.high * (1.0 + ROUNDING));
        let ((xl, xh), (yl, yh)) = (widen(x), widen(y));
        if xl <= yh && yl <= xh {
            return Err("agree");
        }
        if !x.holder.iter().any(|h| y.holder.contains(h)) {
            return Err("holder");
        }
        if matches!((x.stand, y.stand), (Some(p), Some(q)) if p != q) {
            return Err("stand");
        }
        // Names of two subjects; other names of the sentences may be where or whom they
        // tell of ("shut for 23 years" on one side of a border, "the clearest sign" of a region).
        if !x.named.is_empty() && !y.named.is_empty() && !x.named.iter().any(|n| y.named.contains(n)) {
            return Err("names");
        }
        Ok(())
    }

    fn trace_tenure(&self, x: &Tenure, y: &Tenure, gate: Option<&str>) {
        if trace::self_on() {
            let (a, b) = (&self.sents[x.sent], &self.sents[y.sent]);
            trace::emit_self(serde_json::json!({
                "event": "self_pair", "sa": trace::at(a.article, a.span), "sb": trace::at(b.article, b.span),
                "a": trace::at(a.article, x.span), "b": trace::at(b.article, y.span), "gate": gate,
                "rule": "tenure",
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::{Article, Checker};

    fn tenures(text: &str) -> usize {
        let report = Checker::default().check(&[Article::new("wire", text)]);
        report.conflicts.iter().filter(|c| c.key == "self | tenure").count()
    }

    #[test]
    fn one_stand_told_two_lengths() {
        // A span in the present perfect against a rank of decades.
        assert_eq!(
            tenures(
                "Ivo Brandt has coached the club for 14 years. Brandt, now in his third decade at the helm, won again."
            ),
            1
        );
        // A relative clause against a fronted span.
        assert_eq!(tenures("The Vell footbridge, which has been shut for nine years, will reopen. For two decades, the footbridge has split the town."), 1);
        // "Since" a year against the dateline, and a possessive span.
        assert_eq!(tenures("4 June 2029\n\nAnna Brisk, who has run the Tollmere Gallery since 2017, will leave. Trustees thanked Brisk for her five years in charge."), 1);
    }

    #[test]
    fn one_event_told_two_lengths() {
        // A verb of lasting against the length written before the noun.
        assert_eq!(tenures("The strike lasted three days. Workers returned after the two-day strike."), 1);
        assert_eq!(
            tenures("Vell was convicted after a trial that lasted six weeks. After the four-week trial, jurors left."),
            1
        );
    }

    #[test]
    fn other_events_or_two_compounds_are_not() {
        // Another strike, not named again.
        assert_eq!(tenures("The strike lasted three days. The union plans a two-day strike in May."), 0);
        // Two lengths before their nouns are two plans.
        assert_eq!(tenures("The board backed the five-year plan. Critics prefer the ten-year plan."), 0);
        // A term of jail is no length of the trial.
        assert_eq!(tenures("Vell was jailed for six years. After the four-week trial, jurors left."), 0);
    }

    #[test]
    fn two_stands_holders_or_times_are_not() {
        // Two stands of one man, each told by its verb.
        assert_eq!(
            tenures("Ivo Brandt has coached the club for 14 years. Brandt has lived in the town for 30 years."),
            0
        );
        // Two holders.
        assert_eq!(tenures("Ivo Brandt has coached the club for 14 years. His assistant, Ruud Voss, has worked there for 30 years."), 0);
        // Another time.
        assert_eq!(
            tenures(
                "Ivo Brandt has coached the club for 14 years. Before that he had played in the town for 30 years."
            ),
            0
        );
        // A rounded figure.
        assert_eq!(
            tenures("Ivo Brandt has coached the club for 18 years. Brandt, in his two decades at the helm, won again."),
            0
        );
    }
}
