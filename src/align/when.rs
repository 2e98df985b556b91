//! Dates and times of aligned sentences: two that cannot be the same day or instant.
//!
//! A date meets a date of the same dimension in an aligned sentence. A wire dateline
//! ("OSLO, March 3 (Agency) -") dates the report, not what it tells, and is not compared; a
//! bound meets only a bound of the same side ("until May 2031" against "through the summer
//! of 2027"), never a day something happened on ("by June" against "in May").

use super::{names_agree, overlap, side, window, Aligned, AlignedSide, Sent, MIN_CONFIDENCE, MIN_LOCAL, NEGATOR};
use crate::conflicts::ConflictKind;
use crate::values::dates::{self, EventWord};
use crate::values::{self, zones, Dimension, ValueMention};
use std::cmp::Ordering;

/// The least likeness of two sentences whose dates are compared without shared words
/// around them.
const DATE_SIMILARITY: f64 = 0.18;

/// The values of `dim` in `s` that date what it tells; a local time in UTC when the
/// sentence's `local` offsets from UTC (least, greatest, in minutes) are known.
fn told(s: &Sent, text: &str, dim: Dimension, local: Option<(i32, i32)>) -> Vec<ValueMention> {
    let vs = s.values().iter();
    let mut out: Vec<ValueMention> = vs
        .filter(|v| v.dimension == dim && dated(v) && !values::is_wire_dateline(text, v))
        .filter(|v| !year_alone(v) || year_bounded(s, v) || once_year(s, text, v))
        .cloned()
        .collect();
    if let Some((least, most)) = local {
        for v in out.iter_mut().filter(|v| v.unit.is_none() && is_local(text, v)) {
            let utc = (v.value - f64::from(most)).rem_euclid(MINUTES_A_DAY);
            // A hedge's reach ("about 9pm") is kept about the time in UTC.
            let (below, above) = (v.value - v.low, v.high - v.value);
            (v.value, v.low, v.high, v.unit) =
                (utc, utc - below, utc + f64::from(most - least) + above, Some("UTC".into()));
        }
    }
    out
}

/// How a time or date is shown and grouped: a time read in UTC by its UTC time ("17:42
/// UTC" for "18:42 CET" and "9.05am Oslo time" alike), the rest as written or resolved.
fn shown(v: &ValueMention, text: &str) -> String {
    if v.dimension == Dimension::Time && v.unit.as_deref() == Some("UTC") {
        let clock = |m: f64| {
            let m = m.rem_euclid(MINUTES_A_DAY) as i64;
            format!("{:02}:{:02}", m / 60, m % 60)
        };
        if v.high > v.low {
            return format!("{}–{} UTC", clock(v.low), clock(v.high));
        }
        return format!("{} UTC", clock(v.value));
    }
    v.display(text)
}

/// The place a local time of a sentence is read in: a city after "in" or "at" in the
/// sentence ("landed in Oslo at 9:10 pm local time"), its zone and the day for its offset.
pub(super) fn sentence_place(s: &Sent, text: &str) -> Option<&'static str> {
    let places = zones::Places::builtin();
    s.words.windows(2).filter(|w| matches!(&*w[0].lower, "in" | "at")).find_map(|w| {
        let written = w[1].span.of(text);
        let written = written.strip_suffix("'s").or_else(|| written.strip_suffix("’s")).unwrap_or(written);
        crate::text::is_upper_start(written).then(|| places.zone(written)).flatten()
    })
}

/// The city of a wire dateline ("OSLO, March 3 (Agency) -", "CAPE TOWN, South Africa, …"),
/// as the gazetteer writes it.
pub(super) fn dateline_place(text: &str) -> Option<&'static str> {
    let places = zones::Places::builtin();
    for line in text.lines().filter(|l| !l.trim().is_empty()).take(HEAD_LINES) {
        let Some((first, rest)) = line.split_once(',') else { continue };
        let first = first.trim();
        let capitals = first.chars().any(char::is_alphabetic)
            && first.chars().all(|c| c.is_uppercase() || c == ' ' || c == '-' || c == '.');
        // The date and the agency or dash follow on the same line.
        if !capitals || !(rest.contains('(') || rest.contains(" - ") || rest.contains('—')) {
            continue;
        }
        let title: Vec<String> = first
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next().map(|h| h.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect()).unwrap_or_default()
            })
            .collect();
        return places.zone(&title.join(" "));
    }
    None
}

/// The lines of an article searched for a wire dateline.
const HEAD_LINES: usize = 6;

const MINUTES_A_DAY: f64 = 24.0 * 60.0;

/// True for a time written as local ("9:18 pm local time").
fn is_local(text: &str, v: &ValueMention) -> bool {
    v.dimension == Dimension::Time && v.span.of(text).ends_with("local time")
}

/// The offsets from UTC, in minutes, of the local times of a sentence written with their UTC
/// time right after them: "21:15 local time (2015 GMT)" gives 60.
pub(super) fn local_offsets(text: &str, values: &[ValueMention]) -> Vec<i32> {
    values
        .windows(2)
        .filter(|w| is_local(text, &w[0]) && w[1].dimension == Dimension::Time && w[1].unit.as_deref() == Some("UTC"))
        .filter(|w| text.get(w[0].span.end..w[1].span.start).is_some_and(|g| g.trim() == "(" || g.trim() == ","))
        .map(|w| {
            let d = (w[0].value - w[1].value).rem_euclid(MINUTES_A_DAY) as i32;
            if d > 720 {
                d - 1440
            } else {
                d
            }
        })
        .collect()
}

/// The words before a date searched for "between".
const RANGE_REACH: usize = 4;

/// How a date is introduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// A day or time something happens on: "on 1 April", "at 21:15".
    At,
    /// The end of a span: "until May 2031", "through the summer of 2030", "the year to July".
    End,
    /// The start of a span: "since 2019", "after March".
    Start,
    /// Either side, or a span: "by June", "before May", "between", "within".
    Loose,
}

fn bound(s: &Sent, v: &ValueMention) -> Bound {
    // "after Tuesday's launch": the word before bounds the act the day owns, not the day.
    if owns_noun(s, v) {
        return Bound::At;
    }
    // "through the summer of 2030": the article is not the bound; "by the end of June":
    // the words of the part are skipped to it, as in [`reach`].
    // The words are in order: those before the year are a prefix, found by halving.
    let end = s.words.partition_point(|w| w.span.end <= v.span.start);
    let before = s.words[..end].iter().rposition(|w| !is_part_word(&w.lower));
    let Some(w) = before.map(|k| &s.words[k]) else { return Bound::At };
    // "between 3 and 6 August": the end of a span.
    let k = before.unwrap_or(0);
    if s.words[k.saturating_sub(RANGE_REACH)..=k].iter().any(|w| w.lower == "between") {
        return Bound::Loose;
    }
    match &*w.lower {
        "until" | "till" | "through" | "thru" | "to" => Bound::End,
        // "takes effect from 1 March" is the day it takes effect, as "on 1 April" is;
        // "from 1 March to 5 March" is a span.
        "from" if v.date.is_some_and(|d| d.day.is_some()) && !spans_on(s, v) => Bound::At,
        // "available from March" starts a span; "from 1 March" meets "from 1 April".
        "after" | "since" | "from" => Bound::Start,
        "by" | "before" | "between" | "within" => Bound::Loose,
        _ => Bound::At,
    }
}

/// True when `v` is a day written as the owner of a noun ("Tuesday's launch", "Friday's
/// vote"): the day of what the noun names.
fn owns_noun(s: &Sent, v: &ValueMention) -> bool {
    let k = s.words.partition_point(|w| w.span.end <= v.span.start);
    s.words[k..].iter().take_while(|w| w.span.start < v.span.end).any(|w| w.lower.ends_with("'s"))
}

/// A word between a bound and its date that names a part of it: "by the end of June".
fn is_part_word(lower: &str) -> bool {
    matches!(lower, "the" | "end" | "of" | "middle" | "close")
}

/// Verbs of saying: a date right after one ("officials said on Friday", "told reporters on
/// Monday") dates the report, not what it tells.
const REPORTING: [&str; 7] = ["said", "says", "told", "added", "stated", "noted", "reported"];

/// The words before a date searched for a verb of saying.
const REPORT_REACH: usize = 3;

/// True when `v` dates a statement: "officials said on Friday", "she told reporters on
/// Monday". Such a date meets only another date of a statement.
fn dates_report(s: &Sent, v: &ValueMention) -> bool {
    // The words are in order: the last one before the date is found by halving.
    let Some(k) = s.words.partition_point(|w| w.span.end <= v.span.start).checked_sub(1) else { return false };
    if !matches!(&*s.words[k].lower, "on" | "late" | "early") {
        return false;
    }
    s.words[k.saturating_sub(REPORT_REACH)..k].iter().any(|w| REPORTING.contains(&&*w.lower))
}

/// True for a date of a day: "on Friday", "3 May".
fn is_day(v: &ValueMention) -> bool {
    v.date.is_some_and(|d| d.day.is_some() || d.weekday.is_some())
}

/// True when a word after `v` ends a span it starts ("from 1 March to 5 March").
fn spans_on(s: &Sent, v: &ValueMention) -> bool {
    let after = s.words.iter().find(|w| w.span.start >= v.span.end);
    after.is_some_and(|w| matches!(&*w.lower, "to" | "until" | "till" | "through" | "and"))
        || s.words.iter().any(|w| w.span.start >= v.span.end && w.lower == "until")
}

/// The words before "from" searched for a word of what will be.
const FROM_REACH: usize = 8;

/// True when `s` tells the day a change starts to apply: a day of a month right after
/// "from", with a word of what will be a few words before it ("the new fares will apply from
/// 1 June", "the levy would rise by 5% from Monday, 2 June"); never a span ("from 1 June to
/// 30 August") nor a day past ("has run from 1 June").
pub(super) fn starts_from(s: &Sent, values: &[ValueMention]) -> bool {
    values.iter().any(|v| {
        if v.dimension != Dimension::Date || !v.date.is_some_and(|d| d.day.is_some() && d.month.is_some()) {
            return false;
        }
        let k = s.words.partition_point(|w| w.span.end <= v.span.start);
        let Some(from) = k.checked_sub(1).filter(|&j| s.words[j].lower == "from") else { return false };
        !spans_on(s, v)
            && s.words[from.saturating_sub(FROM_REACH)..from]
                .iter()
                .any(|w| matches!(&*w.lower, "will" | "would" | "shall"))
    })
}

/// True when `s` tells the one day or month something is to happen: a single date of a
/// month, neither a bound nor the day of a statement, with a word of what will be before it
/// ("the new line will open in March", "the handover is set for 1 April").
pub(super) fn plans(s: &Sent, text: &str) -> bool {
    if s.hedged {
        return false;
    }
    let told = told(s, text, Dimension::Date, None);
    let [v] = told.as_slice() else { return false };
    v.date.is_some_and(|d| d.month.is_some())
        && bound(s, v) == Bound::At
        && reach(s, v) == Reach::At
        && !dates_report(s, v)
        && !in_aside(s, text, v)
        && ahead(s, v)
}

/// The local-time offsets (least, greatest, in minutes from UTC) of each of two sentences,
/// and whether each is the only sentence of its article that tells a time of day.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Clocks {
    pub(super) local: [Option<(i32, i32)>; 2],
    pub(super) sole_time: [bool; 2],
    /// Each sentence is its article's one sentence telling the day something takes effect.
    pub(super) sole_effect: [bool; 2],
}

/// Compares the dates and times of two aligned sentences of similarity `sim`; `local` is the
/// story's local time in minutes from UTC, when known.
#[allow(clippy::too_many_arguments)]
pub(super) fn compare(
    texts: &[&str],
    a: &Sent,
    b: &Sent,
    sim: f64,
    idf: &[f64],
    clocks: Clocks,
    out: &mut Vec<Aligned>,
    agree: &mut Vec<[AlignedSide; 2]>,
) {
    let (ta, tb) = (texts[a.article], texts[b.article]);
    // Two hedged sentences may still agree on a date ("could vote again at its next meeting
    // on 12 June" in two reports): an agreement is read, never a finding.
    let hedged = a.hedged || b.hedged;
    if hedged && !(a.hedged && b.hedged) {
        trace_unpaired(a, b, sim, "hedge_one");
        return;
    }
    for dim in [Dimension::Date, Dimension::Time] {
        // Most pairs have no date or time on one side: nothing to read.
        if !a.dated(dim) || !b.dated(dim) {
            if dim == Dimension::Date {
                let year =
                    |s: &Sent| s.values().iter().any(|v| v.date.is_some_and(|d| d.year.is_some() && d.month.is_none()));
                let yearly = (!a.dated(dim) && year(a)) || (!b.dated(dim) && year(b));
                trace_unpaired(a, b, sim, if yearly { "undated_year" } else { "undated" });
            }
            continue;
        }
        let (da, db) = (told(a, ta, dim, clocks.local[0]), told(b, tb, dim, clocks.local[1]));
        if da.is_empty() || db.is_empty() {
            trace_unpaired(a, b, sim, "untold");
            continue;
        }
        // A local time meets a local time and a zoned one a zoned one ("21:15 local time
        // (2015 GMT)" against "8:15pm local time"); one weekday written alike is one day
        // however each dateline resolves it ("on Friday" said on a Thursday and on a Monday).
        // A date of a statement is a day: it meets no month or year ("officials said on
        // Friday" against "inflation at 4.6% in October" is two things' dates).
        // A weekday no dateline resolved ("on Tuesday" in an article without a date) meets
        // by its name only a day of a dated report's week ([`named_day`], [`by_name`]); two
        // of them meet only in leads ([`compare_leads`]). A sentence of many dates leaves
        // them out before pairing, so that many such weekdays cost no square.
        let (ca, cb): (Vec<&ValueMention>, Vec<&ValueMention>) = (
            da.iter().filter(|v| !unresolved_weekday(v) || named_day(a, ta, v, da.len())).collect(),
            db.iter().filter(|v| !unresolved_weekday(v) || named_day(b, tb, v, db.len())).collect(),
        );
        let (said_a, said_b): (Vec<bool>, Vec<bool>) =
            (ca.iter().map(|x| dates_report(a, x)).collect(), cb.iter().map(|y| dates_report(b, y)).collect());
        // Each pair with whether one date is of a statement and the other not.
        let same: Vec<(&ValueMention, &ValueMention, bool)> = ca
            .iter()
            .copied()
            .zip(&said_a)
            .flat_map(|(x, &rx)| {
                cb.iter()
                    .copied()
                    .zip(&said_b)
                    .filter(move |&(y, &ry)| x.unit == y.unit && (rx == ry || is_day(x) && is_day(y)))
                    // A weekday of an unknown week meets only a day of a known week.
                    .filter(move |&(y, _)| by_name((x, ta), (y, tb)))
                    // A month before which something will not happen meets the day another
                    // report gives it ("closed until December" against "reopens on Friday").
                    .filter(move |&(y, _)| {
                        !weekday_meets_month((x, ta), (y, tb))
                            || reach(a, x) == Reach::NotBefore
                            || reach(b, y) == Reach::NotBefore
                    })
                    .map(move |(y, &ry)| (x, y, rx != ry))
            })
            .collect();
        let alike = |x: &ValueMention, y: &ValueMention| {
            x.compatible(y) || weekday_written(x, ta).is_some_and(|w| weekday_written(y, tb) == Some(w))
        };
        // A year alone dates one act of another article only where the words beside it meet.
        let meets = |x: &ValueMention, y: &ValueMention| overlap(&window(a, x.span, 5), &window(b, y.span, 5), idf);
        let paired = !same.is_empty();
        let same: Vec<(&ValueMention, &ValueMention, bool)> = same
            .into_iter()
            .filter(|&(x, y, _)| {
                let once = once_year(a, ta, x) || once_year(b, tb, y);
                // Years of acts that happen once meet only as one act ("born in 1961" /
                // "died in 2020" are two).
                !(year_alone(x) || year_alone(y))
                    || (a.article != b.article
                        && if once { same_act((a, x, ta), (b, y, tb)) } else { meets(x, y) >= MIN_LOCAL })
            })
            .collect();
        let Some(&(va, vb, _)) = same.first() else {
            if !super::trace::on() {
                continue;
            }
            let why = if da.iter().any(|x| db.iter().any(|y| weekday_meets_month((x, ta), (y, tb)))) {
                "weekday_month"
            } else if da.iter().any(|x| db.iter().any(|y| x.unit != y.unit)) {
                "unit"
            } else if ca.is_empty() || cb.is_empty() {
                // Each date of one side a weekday no dateline resolved.
                "weekday_unresolved"
            } else if paired {
                // A year alone against a date, the words beside them apart.
                "year_apart"
            } else if ca.iter().any(|x| unresolved_weekday(x)) && cb.iter().any(|y| unresolved_weekday(y)) {
                // Two weekdays no dateline resolved.
                "weekdays_unresolved"
            } else {
                "said"
            };
            trace_unpaired(a, b, sim, why);
            continue;
        };
        let refuse = |gate: &str| super::trace_values("date", a, va, b, vb, Some(gate), sim, 0.0);
        if let Some(&(x, y, _)) = same.iter().find(|&&(x, y, _)| alike(x, y)) {
            refuse("agree");
            // Two sentences alike that give one day or instant: what contradicts the one
            // contradicts the other ("said on Tuesday" in two reports, "on Monday" in a third).
            let (sx, sy) = (shown(x, ta), shown(y, tb));
            let one = sx == sy && bound(a, x) == Bound::At && bound(b, y) == Bound::At;
            if one && a.article != b.article && alike_apart_from_dates(a, b, idf) && !names_clash(a, b) {
                agree.push([side(a, x.span, sx, false), side(b, y.span, sy, false)]);
            }
            continue;
        }
        if hedged {
            refuse("hedge");
            continue;
        }
        // A day of a statement is set against a day of an act only when no two days of acts
        // meet: "residents were told on Friday that the leak began on Tuesday" against "the
        // leak began on Monday" sets Tuesday against Monday.
        // Of pairs of two acts' days, one whose acts are one act comes first ("accused the
        // council on Monday of neglect after the storm that struck late on Saturday" against
        // "the storm struck early on Sunday" sets Saturday against Sunday).
        let (va, vb) = met_act_pair((a, ta), (b, tb), &same).or_else(|| act_pair(&same)).unwrap_or((va, vb));
        let refuse = |gate: &str| super::trace_values("date", a, va, b, vb, Some(gate), sim, 0.0);
        let (ba, bb) = (bound(a, va), bound(b, vb));
        // "not until November" against "due in July": a bound read as an interval.
        let (ra, rb) = (reach(a, va), reach(b, vb));
        if ra == Reach::NotBefore || rb == Reach::NotBefore {
            if !clash(ra, va, rb, vb) {
                refuse("interval");
                continue;
            }
        } else if ba != bb || ba == Bound::Loose {
            refuse("bound");
            continue;
        }
        let local = overlap(&clause_window(a, va.span, 5), &clause_window(b, vb.span, 5), idf);
        // Dates are mostly a few words from the verb they date, and two outlets word the
        // event apart ("will debut on" against "start trading on"): sentences alike
        // enough compare their dates whatever the words around them. Two reports that each
        // tell one time of day, in sentences that align, tell the time of one event
        // ("landed at 9:18 pm local time" against "touched down at 20:18 local time").
        let one_each = da.iter().all(|x| x.compatible(va)) && db.iter().all(|y| y.compatible(vb));
        let sole = one_each
            && match dim {
                Dimension::Time => clocks.sole_time == [true, true] && va.unit.is_some(),
                _ => clocks.sole_effect == [true, true] && ba == Bound::At,
            };
        // Sentences alike stand for the words around dates of their main clauses, not of an
        // aside ("the company, which admitted fault on Tuesday").
        let aside = in_aside(a, ta, va) || in_aside(b, tb, vb);
        // "closed until December" against "will reopen on Thursday": the state holds off
        // the event the other date is of, one event.
        let held = holds_off_event(a, va, b, vb) || holds_off_event(b, vb, a, va);
        // A weekday of an unknown week is one day with another only by the words around
        // the two: sentences alike may tell two acts on two days ("the council voted on the
        // plan on Monday" against "the plan, voted through earlier, was published on Friday").
        let named = unresolved_weekday(va) || unresolved_weekday(vb);
        // Nor do they for a day planned against an earlier day of something done ("the levy
        // would take effect on 1 March" / "protesters gathered on Monday against the levy"):
        // there only the words around the days tell whether they date one act.
        let planned = planned_after_done(a, va, b, vb);
        let alike = alike_apart_from_dates(a, b, idf) && !aside && !planned;
        // The verb each date is of, one act to WordNet ("struck Peru's northern Andes
        // early on Sunday" / "struck late on Saturday"), stands for the words around them.
        let one_act = !planned && same_act((a, va, ta), (b, vb, tb));
        let near = local >= MIN_LOCAL || one_act || (!named && (alike || sole || held));
        // Two days of one article are set against each other by the self-check alone
        // (`selfcheck::self_date_findings`), which asks that both date one act: words
        // alike around them ("Okoro was arrested on 2 May" / "Okoro will be tried on 9
        // June") are two acts of one person.
        if a.article == b.article {
            refuse("same_article");
            continue;
        }
        // "Norland sent two pumps on Monday" against "Norland has sent help, and Estria sent a
        // pump on Tuesday": a weekday's clause names someone the other sentence does not.
        let apart = named && (clause_names_apart(a, ta, va, b) || clause_names_apart(b, tb, vb, a));
        // Of one act, only names around the act tell two apart ("the ship Kesta sank on
        // Friday" against "the Orvane sank on Saturday"); a place one sentence adds elsewhere
        // does not.
        let clash =
            if one_act && local < MIN_LOCAL { act_names_clash((a, va, ta), (b, vb, tb)) } else { names_clash(a, b) };
        if !near || clash || apart {
            refuse(if !near { "local" } else { "names" });
            continue;
        }
        // Sentences alike enough stand for the words around the dates: at the bar of
        // likeness a finding is at the bar of confidence.
        let base = 0.2
            + if sole || alike_apart_from_dates(a, b, idf) {
                MIN_CONFIDENCE - 0.2 - 0.5 * DATE_SIMILARITY
            } else {
                0.0
            };
        let mut confidence = (0.5 * sim + 0.3 * local + base).min(0.95);
        if sole || held || one_act {
            // What makes them one event is the story, not the words: just above the bar.
            confidence = confidence.max(MIN_CONFIDENCE + 0.05);
        }
        super::trace_values("date", a, va, b, vb, None, sim, confidence);
        out.push(Aligned {
            kind: ConflictKind::Date,
            // The day a change starts is its own question of two reports, beside the day of
            // what they tell (one finding of each is kept for two articles).
            about: match dim {
                Dimension::Date if sole => "start".into(),
                Dimension::Date => "date".into(),
                _ => "time".into(),
            },
            sides: [side(a, va.span, shown(va, ta), false), side(b, vb.span, shown(vb, tb), false)],
            confidence,
        });
    }
}

/// Of the pairs of dates of two sentences (each with whether one is a date of a statement
/// and the other not), the first of two acts' dates; `None` when there is none.
fn act_pair<'v>(same: &[(&'v ValueMention, &'v ValueMention, bool)]) -> Option<(&'v ValueMention, &'v ValueMention)> {
    same.iter().find(|p| !p.2).map(|&(x, y, _)| (x, y))
}

/// Of the pairs of dates of two sentences, the first of two acts' dates whose acts are one
/// act ([`same_act`]); `None` when there is none.
fn met_act_pair<'v>(
    (a, ta): (&Sent, &str),
    (b, tb): (&Sent, &str),
    same: &[(&'v ValueMention, &'v ValueMention, bool)],
) -> Option<(&'v ValueMention, &'v ValueMention)> {
    same.iter().find(|&&(x, y, mixed)| !mixed && same_act((a, x, ta), (b, y, tb))).map(|&(x, y, _)| (x, y))
}

/// The words before a date searched for the verb of the act it dates.
const ACT_REACH: usize = 10;

/// Words that open another clause before a date: the act of the date is after them ("the
/// storm that struck on Sunday" dates the striking, not what the storm did before "that").
fn opens_clause(lower: &str) -> bool {
    matches!(lower, "that" | "which" | "who" | "and" | "but" | "while" | "whereas" | "when" | "after" | "before")
}

/// The word of the act a date dates: the nearest verb before it in its clause ("the storm
/// that struck the northern hills early on Sunday": struck), neither a light verb ("made",
/// "took") nor a verb of saying; `None` past a clause boundary or [`ACT_REACH`] words.
fn act_of(s: &Sent, text: &str, v: &ValueMention) -> Option<usize> {
    let k = s.words.partition_point(|w| w.span.end <= v.span.start);
    for j in (k.saturating_sub(ACT_REACH)..k).rev() {
        let w = &s.words[j];
        // A comma or bracket after the word parts clauses ("the hall, shut since May, on
        // Friday"); so does a word that opens one.
        let next = s.words.get(j + 1).filter(|_| j + 1 < k).map_or(v.span.start, |n| n.span.start);
        let gap = text.get(w.span.end..next).unwrap_or("");
        if gap.contains([',', ';', ':', '(', ')', '—', '–']) || opens_clause(&w.lower) || REPORTING.contains(&&*w.lower)
        {
            return None;
        }
        if super::tags(s).get(j).is_some_and(|t| t.upos == crate::tag::Upos::Verb) {
            // "rose 0.3% on Monday": a figure between them, the day is the figure's.
            let figure = s.values().iter().any(|x| x.span.start >= w.span.end && x.span.end <= v.span.start);
            return (w.stem.is_some() && !w.is(super::LIGHT) && !figure).then_some(j);
        }
    }
    None
}

/// True when the dates `va` of `a` and `vb` of `b` are of one act: their verbs ([`act_of`])
/// are one lemma, or one verb class of WordNet, or one the broader verb of the other's first
/// sense ("adjourned until 12 June" / "postponed to 19 June"). A date of a statement is
/// of no act here ("officials said on Monday").
fn same_act((a, va, ta): (&Sent, &ValueMention, &str), (b, vb, tb): (&Sent, &ValueMention, &str)) -> bool {
    // A month is mostly the time a figure is for ("output rose 2% in May"), and a time of
    // day of a market's prices ("trading at $51 at 0700 GMT"): only days of acts meet so.
    let days = va.dimension == Dimension::Date && vb.dimension == Dimension::Date && is_day(va) && is_day(vb);
    // "founded in 1887" / "set up in 1889": years of an act that happens once.
    let once = || once_year(a, ta, va) && once_year(b, tb, vb);
    if !(days || once()) || dates_report(a, va) || dates_report(b, vb) {
        return false;
    }
    let (Some(i), Some(j)) = (act_of(a, ta, va), act_of(b, tb, vb)) else { return false };
    let (p, q) = (super::lemma_of(a, i), super::lemma_of(b, j));
    let wn = crate::lexicon::wordnet::WordNet::builtin();
    p == q || wn.same_event(&p, &q) || wn.broader(&p, true).any(|x| x == q) || wn.broader(&q, true).any(|x| x == p)
}

/// The words before an act's verb, and after its date, read for the names of who or what
/// acts ([`act_names_clash`]).
const ACT_NAMES_REACH: usize = 4;

/// The names around the act a date dates ([`act_of`]): from a few words before its verb to a
/// few words after the date.
fn act_names(s: &Sent, text: &str, v: &ValueMention) -> Vec<u32> {
    let Some(at) = act_of(s, text, v) else { return Vec::new() };
    let after = s.words.partition_point(|w| w.span.start < v.span.end);
    let (lo, hi) = (at.saturating_sub(ACT_NAMES_REACH), after + ACT_NAMES_REACH);
    s.named.iter().filter(|&&(k, _)| (lo..hi).contains(&k)).map(|&(_, t)| t).collect()
}

/// True when the acts of two dates each name someone or somewhere and neither names any the
/// other sentence names or writes: two acts of two subjects ("the ship Kesta sank on Friday"
/// / "the Orvane sank on Saturday").
fn act_names_clash((a, va, ta): (&Sent, &ValueMention, &str), (b, vb, tb): (&Sent, &ValueMention, &str)) -> bool {
    let (x, y) = (act_names(a, ta, va), act_names(b, tb, vb));
    let told = |n: &u32, o: &Sent| o.names.binary_search(n).is_ok() || o.stems.binary_search(n).is_ok();
    !x.is_empty() && !y.is_empty() && !x.iter().any(|n| told(n, b)) && !y.iter().any(|n| told(n, a))
}

/// Writes to the trace why two sentences that each hold a date had no pair of dates
/// compared: the first date of each, refused by `gate`.
fn trace_unpaired(a: &Sent, b: &Sent, sim: f64, gate: &str) {
    if !super::trace::on() {
        return;
    }
    let first = |s: &Sent| s.values().iter().find(|v| v.dimension == Dimension::Date).cloned();
    if let (Some(x), Some(y)) = (first(a), first(b)) {
        super::trace_values("date", a, &x, b, &y, Some(gate), sim, 0.0);
    }
}

/// The words before a date searched for the "which" or "who" of an aside.
const ASIDE_REACH: usize = 8;

/// True when `v` sits in an aside set off by a comma and opened by "which" or "who" ("the
/// operator, which admitted fault on Tuesday"): it dates what the aside tells of one thing
/// the sentence names, not what the sentence tells.
fn in_aside(s: &Sent, text: &str, v: &ValueMention) -> bool {
    let k = s.words.partition_point(|w| w.span.end <= v.span.start);
    for j in (k.saturating_sub(ASIDE_REACH)..k).rev() {
        let w = &s.words[j];
        let next = if j + 1 < k { s.words[j + 1].span.start } else { v.span.start };
        if text.get(w.span.end..next).is_some_and(|g| g.contains([',', ';', ':', '(', ')'])) {
            return false;
        }
        if matches!(&*w.lower, "which" | "who") {
            let Some(before) = j.checked_sub(1).map(|i| s.words[i].span.end) else { return false };
            return text.get(before..w.span.start).is_some_and(|g| g.contains(','));
        }
    }
    false
}

/// The opening sentences of an article searched for its lead: the first only (a second
/// sentence tells more often of another event).
pub(super) const LEAD_SENTENCES: usize = 1;

/// The least likeness of two leads whose days are compared.
const LEAD_SIMILARITY: f64 = 0.1;

/// The days `s` tells what it tells on: a day or weekday ("on Monday", "late on Sunday
/// night", "on 3 May"), neither the day of a statement ("officials said on Tuesday"), nor a
/// bound ("until Friday"), nor a day of an aside ("the operator, which admitted it on Monday").
pub(super) fn event_days(s: &Sent, text: &str) -> Vec<ValueMention> {
    let mut v = told(s, text, Dimension::Date, None);
    v.retain(|v| is_day(v) && !dates_report(s, v) && reach(s, v) == Reach::At && !in_aside(s, text, v));
    v
}

/// True for a sentence that can lead its article with the day of what it tells.
pub(super) fn is_lead(s: &Sent, text: &str) -> bool {
    !s.hedged && !event_days(s, text).is_empty()
}

/// Compares the days two leads of related articles tell: a lead tells the story's event and
/// its day ("Dock workers downed tools on Monday" against "Stevedores stopped work on
/// Tuesday over overtime"), however differently worded. Leads that give one day alike agree; of
/// leads that each give several days, only the days with words in common around them meet.
pub(super) fn compare_leads(texts: &[&str], a: &Sent, b: &Sent, idf: &[f64], out: &mut Vec<Aligned>) {
    if a.article == b.article || a.hedged || b.hedged {
        return;
    }
    let (ta, tb) = (texts[a.article], texts[b.article]);
    let (da, db) = (event_days(a, ta), event_days(b, tb));
    let alike = |x: &ValueMention, y: &ValueMention| {
        x.compatible(y) || weekday_written(x, ta).is_some_and(|w| weekday_written(y, tb) == Some(w))
    };
    if da.iter().any(|x| db.iter().any(|y| alike(x, y))) {
        return;
    }
    let mut best: Option<(f64, &ValueMention, &ValueMention)> = None;
    for x in &da {
        for y in &db {
            let local = overlap(&window(a, x.span, 5), &window(b, y.span, 5), idf);
            if best.is_none_or(|(l, _, _)| local > l) {
                best = Some((local, x, y));
            }
        }
    }
    let Some((local, va, vb)) = best else { return };
    // A weekday no dateline resolved ("on Monday" in an article without a date) is a day of
    // the week the article was written in, not of any coming week ("will meet on Monday").
    if (unresolved_weekday(va) || unresolved_weekday(vb)) && (ahead(a, va) || ahead(b, vb)) {
        return;
    }
    let sim = overlap(&a.stems, &b.stems, idf);
    let one_each = da.len() == 1 && db.len() == 1;
    if !(one_each || local >= MIN_LOCAL) || sim < LEAD_SIMILARITY || names_clash(a, b) {
        return;
    }
    out.push(date_finding((a, va, ta), (b, vb, tb)));
}

/// A date conflict between a day of each sentence, at the confidence of a date found
/// without a keyed claim.
fn date_finding((a, va, ta): (&Sent, &ValueMention, &str), (b, vb, tb): (&Sent, &ValueMention, &str)) -> Aligned {
    Aligned {
        kind: ConflictKind::Date,
        about: "date".into(),
        sides: [side(a, va.span, shown(va, ta), false), side(b, vb.span, shown(vb, tb), false)],
        confidence: MIN_CONFIDENCE + 0.05,
    }
}

/// The words before a date searched for the event word it times, in [`holds_off_event`].
const HELD_REACH: usize = 4;

/// True when `v` bounds a state in `s` that holds off an event ("will remain closed until
/// December": not open before it) and `u` in `o` is the day of that event ("would reopen on
/// Thursday"): the two dates tell one event's time.
fn holds_off_event(s: &Sent, v: &ValueMention, o: &Sent, u: &ValueMention) -> bool {
    if reach(s, v) != Reach::NotBefore || reach(o, u) != Reach::At {
        return false;
    }
    let k = s.words.partition_point(|w| w.span.end <= v.span.start);
    let held = s.words[k.saturating_sub(DENIAL_REACH + 1)..k].iter().find_map(|w| dates::holds_off(&w.lower));
    let Some(class) = held else { return false };
    let j = o.words.partition_point(|w| w.span.end <= u.span.start);
    o.words[j.saturating_sub(HELD_REACH)..j]
        .iter()
        .any(|w| dates::event_word(&w.lower).is_some_and(|e| e.class == class))
}

/// How far a date reaches as the time of what a sentence tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// The day or month it happens: "on 9 May", "in early July".
    At,
    /// Not before it: "will not land until November", "not before October".
    NotBefore,
    /// Not after it: "by May 2031", "by the end of June".
    NotAfter,
    /// Anything else: a span, a start, a loose bound.
    Other,
}

/// The words before a date searched for a negator that makes "until" or "before" a
/// lower bound ("will not reach farmers before October").
const DENIAL_REACH: usize = 6;

fn reach(s: &Sent, v: &ValueMention) -> Reach {
    if owns_noun(s, v) {
        return Reach::At;
    }
    // "by the end of June": the words of the part are skipped to the bound.
    let before = s.words.iter().rposition(|w| w.span.end <= v.span.start && !is_part_word(&w.lower));
    let Some(k) = before else { return Reach::At };
    match &*s.words[k].lower {
        "until" | "till" | "before" => {
            // "will remain closed until May": not open before May.
            let denied = s.words[k.saturating_sub(DENIAL_REACH)..k]
                .iter()
                .any(|w| w.is(NEGATOR) || dates::holds_off(&w.lower).is_some());
            if denied {
                Reach::NotBefore
            } else {
                Reach::Other
            }
        }
        "by" => Reach::NotAfter,
        _ if bound(s, v) == Bound::At => Reach::At,
        _ => Reach::Other,
    }
}

/// True when two dates read as `ra` and `rb` cannot both hold: a day against a different
/// day, or a lower bound against a day or an upper bound wholly before it.
fn clash(ra: Reach, va: &ValueMention, rb: Reach, vb: &ValueMention) -> bool {
    let (Some(da), Some(db)) = (va.date, vb.date) else { return false };
    let before = |x: &values::CalendarDate, y: &values::CalendarDate| dates::order(x, y) == Some(Ordering::Less);
    match (ra, rb) {
        (Reach::At, Reach::At) => !da.compatible(&db),
        (Reach::NotBefore, Reach::At | Reach::NotAfter) => before(&db, &da),
        (Reach::At | Reach::NotAfter, Reach::NotBefore) => before(&da, &db),
        _ => false,
    }
}

/// The words before a date searched for the event it times.
const EVENT_REACH: usize = 14;

/// How related, in bars of related articles, two articles are whose sentences date one
/// event noun without a word in common.
const NOUN_RELATED: f64 = 0.8;

/// A date of a sentence and the event word it times.
#[derive(Debug, Clone)]
pub(super) struct EventDate {
    /// The date.
    pub(super) value: ValueMention,
    /// The event word.
    pub(super) event: EventWord,
    /// Where the event word is, in the sentence's words.
    at: usize,
}

/// The dates of `s` that time an event word of [`dates::event_word`]'s table, the word
/// found before the date in its clause: "will reopen the bridge on Friday, 2 May",
/// "Opening night, Friday 9 May", "the first shipments land in July". A year alone
/// times an event only right after it ("expected to open in 2034").
pub(super) fn event_dates(s: &Sent, text: &str) -> Vec<EventDate> {
    let mut out = Vec::new();
    let values = s.values();
    for v in values.iter().filter(|v| v.dimension == Dimension::Date) {
        let Some(d) = v.date.filter(|d| d.is_calendar() && d.season.is_none()) else { continue };
        if values::is_wire_dateline(text, v) {
            continue;
        }
        // Words and values are in text order: found by halving, not by a scan per date.
        let Some(k) = s.words.partition_point(|w| w.span.end <= v.span.start).checked_sub(1) else { continue };
        let year_only = d.month.is_none() && d.day.is_none();
        let mut found = None;
        for j in (k.saturating_sub(EVENT_REACH)..=k).rev() {
            let w = &s.words[j];
            // Another date or figure, or a clause boundary, ends the search; the comma
            // right before the date does not ("Opening night, Friday 9 May").
            let next = if j == k { v.span.start } else { s.words[j + 1].span.start };
            let gap = text.get(w.span.end..next).unwrap_or("");
            // A dash inside a name ("Nord–Vika") joins; one between spaces parts clauses.
            let dash = gap.contains(" — ") || gap.contains(" – ") || gap.contains(" - ");
            if j != k && (dash || gap.contains([',', ';', ':', '(', ')'])) {
                break;
            }
            let inside = values.partition_point(|x| x.span.start < w.span.end).checked_sub(1);
            if inside.is_some_and(|i| w.span.start < values[i].span.end) {
                break;
            }
            if matches!(&*w.lower, "but" | "while" | "whereas" | "which" | "who" | "said" | "says") {
                break;
            }
            // "since its launch in 2012" dates where a span starts, not the one event.
            if w.lower == "since" {
                found = None;
                break;
            }
            if !w.is(super::EVENT) {
                continue;
            }
            // "takes over on 1 May": a phrase is read at its last word, with the one before.
            let phrase = j.checked_sub(1).and_then(|i| dates::event_phrase(&s.words[i].lower, &w.lower));
            let word = dates::event_word(&w.lower);
            if word.is_none() && phrase.is_none() {
                continue;
            }
            // "the Vellmark Open in January": an event word in a name is the name's.
            let upper = crate::text::is_upper_start(w.span.of(text));
            if upper && j > 0 && phrase.is_none() {
                break;
            }
            found = Some((j, word.or(phrase)));
            break;
        }
        let Some((at, Some(mut event))) = found else { continue };
        if s.words[at.saturating_sub(3)..at].iter().any(|w| w.lower == "since") {
            continue;
        }
        // "the first shipments land in July": the noun of the class names the event.
        let lo = at.saturating_sub(EVENT_REACH.saturating_sub(k - at));
        let noun = |w: &super::Word| dates::event_word(&w.lower).is_some_and(|e| e.noun && e.class == event.class);
        event.noun |= s.words[lo..at].iter().rev().take_while(|w| !w.lower.ends_with(',')).any(noun);
        // "open in 2034", "opening in 2034": a year right after the event and "in".
        if year_only {
            let right = k >= 1 && s.words[k].lower == "in" && s.words[k - 1].is(super::EVENT);
            if !right {
                continue;
            }
        }
        out.push(EventDate { value: v.clone(), event, at });
    }
    out
}

/// True when the event word of `e` in `s` has a name right before it ("a Harbour Forum meeting")
/// that `other` does not write.
fn other_name(s: &Sent, text: &str, e: &EventDate, other: &Sent) -> bool {
    let Some(at) = e.at.checked_sub(1) else { return false };
    let w = &s.words[at];
    at > 0
        && crate::text::is_upper_start(w.span.of(text))
        && w.stem.is_some_and(|t| other.stems.binary_search(&t).is_err())
}

/// True when `a` and `b` share a content word besides dates and event words: a thing or
/// owner both say the date of ("the board", "the grants").
fn shares_owner(a: &Sent, b: &Sent) -> bool {
    a.words.iter().filter(|w| !w.is(super::CALENDAR) && !w.is(super::EVENT)).any(|w| {
        w.stem.is_some_and(|t| b.stems.binary_search(&t).is_ok())
            && !w.lower.as_bytes().first().is_some_and(u8::is_ascii_digit)
    })
}

/// Compares the dates of one event class in two sentences of related articles, whether or
/// not the sentences align: "the two towns will reopen the bridge on May 2" against
/// "Opening night, Friday 9 May". A noun names the story's one event of its class and
/// keeps its date under a hedge of the clause; verbs alone need a word in common. Dates
/// alike are an agreement.
pub(super) fn compare_events(
    texts: &[&str],
    (a, ea): (&Sent, &EventDate),
    (b, eb): (&Sent, &EventDate),
    related: f64,
    out: &mut Vec<Aligned>,
    agree: &mut Vec<[AlignedSide; 2]>,
) {
    if a.article == b.article || ea.event.class != eb.event.class {
        return;
    }
    if (a.hedged && !ea.event.noun) || (b.hedged && !eb.event.noun) {
        return;
    }
    // `related` is the articles' likeness in bars of related articles: nearly related
    // articles tell of one event of a class, unless a name before the event word tells
    // two apart ("a Harbour Forum meeting", "a Rail Board summit"). Verbs need a thing or owner both
    // sentences name; a noun names the story's one event of its class. A year alone needs
    // both a word in common and related articles ("launched in 2015" is said of many
    // things).
    let (ta, tb) = (texts[a.article], texts[b.article]);
    if related < NOUN_RELATED || other_name(a, ta, ea, b) || other_name(b, tb, eb, a) {
        return;
    }
    let owner = shares_owner(a, b);
    let year_only = |e: &EventDate| e.value.date.is_some_and(|d| d.month.is_none());
    let noun = ea.event.noun || eb.event.noun;
    if !owner && !noun {
        return;
    }
    if (year_only(ea) || year_only(eb)) && (!owner || related < 1.0) {
        return;
    }
    if names_clash(a, b) {
        return;
    }
    let (va, vb) = (&ea.value, &eb.value);
    if weekday_meets_month((va, ta), (vb, tb)) {
        return;
    }
    let (ra, rb) = (reach(a, va), reach(b, vb));
    if ra == Reach::At && rb == Reach::At && va.compatible(vb) {
        // One day written with and without its year ("May 3, 2031", "3 May") is one
        // day: the agreeing side takes the other's form, to join its side of a finding.
        let day = |v: &ValueMention| v.date.and_then(|d| Some((d.month?, d.day?)));
        let (sx, sy) = (shown(va, ta), shown(vb, tb));
        if sx == sy || (day(va).is_some() && day(va) == day(vb)) {
            for v in if sx == sy { vec![sx] } else { vec![sx, sy] } {
                agree.push([side(a, va.span, v.clone(), false), side(b, vb.span, v, false)]);
            }
        }
        return;
    }
    if !clash(ra, va, rb, vb) {
        return;
    }
    out.push(date_finding((a, va, ta), (b, vb, tb)));
}

/// True when two sentences are alike enough, leaving out the names of months, weekdays and
/// zones ("at 1300 GMT on Monday" makes no two sentences alike), and share two words or more.
fn alike_apart_from_dates(a: &Sent, b: &Sent, idf: &[f64]) -> bool {
    let stems = |s: &Sent| -> Vec<u32> {
        let mut v: Vec<u32> = s.words.iter().filter(|w| !w.is(super::CALENDAR)).filter_map(|w| w.stem).collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (x, y) = (stems(a), stems(b));
    let common: Vec<u32> = x.iter().copied().filter(|t| y.binary_search(t).is_ok()).collect();
    if common.len() < 2 {
        return false;
    }
    let weight = |v: &[u32]| v.iter().map(|&t| idf[t as usize]).sum::<f64>();
    let (c, nx, ny) = (weight(&common), weight(&x), weight(&y));
    // Dice, but a short sentence wholly inside a long one is alike too (as in alignment).
    let dice = 2.0 * c / (nx + ny).max(1e-9);
    let inside = c / nx.min(ny).max(1e-9);
    dice.max(0.6 * inside) >= DATE_SIMILARITY
}

/// The two sentences name different people or places, and neither names anyone the other
/// mentions at all (a name opening a sentence is not read as one: "Brannick, who …").
pub(super) fn names_clash(a: &Sent, b: &Sent) -> bool {
    names_agree(a, b) < 0.0
        && !a.names.iter().any(|n| b.stems.binary_search(n).is_ok())
        && !b.names.iter().any(|n| a.stems.binary_search(n).is_ok())
}

/// The year most of `texts`' datelines give, for a wire dateline written without one.
pub(super) fn story_year(texts: &[&str]) -> Option<i32> {
    most_frequent_year(texts.iter().filter_map(|t| values::dateline(t)?.year).collect())
}

/// The most frequent of `years`, the latest among equals: deterministic whatever the order.
pub(super) fn most_frequent_year(mut years: Vec<i32>) -> Option<i32> {
    years.sort_unstable();
    let mut best: Option<(usize, i32)> = None;
    for run in years.chunk_by(|x, y| x == y) {
        if best.is_none_or(|(n, _)| run.len() >= n) {
            best = Some((run.len(), run[0]));
        }
    }
    best.map(|(_, y)| y)
}

/// True for a value that dates an event: a day, a month of a year, a season, a time.
pub(super) fn dated(v: &ValueMention) -> bool {
    match v.dimension {
        // A year alone is mostly the time a figure is for, not the date of an event: it is
        // read here, and kept by [`told`] only as the bound of a span ("until 2032"). A
        // weekday the dateline did not resolve ("on Tuesday" in an article without a date)
        // is still a day, and meets another weekday by its name.
        Dimension::Date => v.date.is_some_and(|d| d.is_calendar() || d.weekday.is_some()),
        Dimension::Time => true,
        _ => false,
    }
}

/// The words before a date searched for a word that puts it ahead.
const AHEAD_REACH: usize = 6;

/// True when a date is of a day ahead: "will announce it on Tuesday", "due to visit on
/// Monday", "next Friday".
fn ahead(s: &Sent, v: &ValueMention) -> bool {
    let k = s.words.partition_point(|w| w.span.end <= v.span.start);
    s.words[k.saturating_sub(AHEAD_REACH)..k]
        .iter()
        .any(|w| matches!(&*w.lower, "will" | "due" | "expected" | "next" | "shall" | "scheduled" | "set" | "begins"))
}

/// The stems of the words within `reach` of a date, not past a "that" on either side: "on
/// Monday announced that it would cut the grant" dates the announcing, and "said that the
/// plant closed on Monday" the closing; the clause beyond tells another act.
fn clause_window(s: &Sent, span: crate::Span, reach: usize) -> Vec<u32> {
    super::window_within(s, span, reach, |w| w.lower == "that")
}

/// True when one date is of a day ahead ([`ahead`]) later than the other, which is not:
/// "the levy will take effect on 1 March" against "protesters gathered on Monday to oppose
/// the levy" tell a plan and a thing done before it, two days of two acts.
fn planned_after_done(a: &Sent, va: &ValueMention, b: &Sent, vb: &ValueMention) -> bool {
    let later = |x: &ValueMention, y: &ValueMention| match (x.date, y.date) {
        (Some(p), Some(q)) => dates::order(&p, &q) == Some(Ordering::Greater),
        _ => false,
    };
    let (pa, pb) = (planned(a, va), planned(b, vb));
    (pa && !pb && later(va, vb)) || (pb && !pa && later(vb, va))
}

/// True when a date is of a day something is to happen: [`ahead`], or after a word of what
/// would be or of a start ("the fare would rise on 1 June", "the ban starts on 1 June").
fn planned(s: &Sent, v: &ValueMention) -> bool {
    let k = s.words.partition_point(|w| w.span.end <= v.span.start);
    ahead(s, v)
        || s.words[k.saturating_sub(AHEAD_REACH)..k]
            .iter()
            .any(|w| matches!(&*w.lower, "would" | "starts" | "start" | "begin"))
}

/// True for a date that is a year and nothing else: "2032".
fn year_alone(v: &ValueMention) -> bool {
    v.date.is_some_and(|d| d.year.is_some() && d.month.is_none() && d.day.is_none() && d.season.is_none())
}

/// True when a year alone ends a span or a deadline: "until 2032", "through 2030", "by
/// 2035". A year after "in" is mostly the time a figure is for ("profits rose in 2030"),
/// and one after "since" mostly the start of a record ("the lowest level since 2001").
fn year_bounded(s: &Sent, v: &ValueMention) -> bool {
    let before = s.words.iter().rposition(|w| w.span.end <= v.span.start && !is_part_word(&w.lower));
    before.is_some_and(|k| matches!(&*s.words[k].lower, "until" | "till" | "through" | "by"))
}

/// True when `v` is a year alone right after its verb and "in" that dates an act happening
/// once to what it is of (`once_acts` in data/align/cues.toml, read by [`act_of`]): "the
/// mill was founded in 1887", "she was born in 1961", "set up in 1990". Not when the verb
/// has an object before the year ("opened a new wing in 2010": the wing's opening), nor
/// after "since" (the start of a span).
fn once_year(s: &Sent, text: &str, v: &ValueMention) -> bool {
    let k = s.words.partition_point(|w| w.span.end <= v.span.start);
    let Some(at_in) = k.checked_sub(1).filter(|&j| s.words[j].lower == "in") else { return false };
    if !year_alone(v) {
        return false;
    }
    let Some(j) = act_of(s, text, v) else { return false };
    // "since its opening in 2019" dates where a span starts, not the one act.
    if s.words[j.saturating_sub(3)..j].iter().any(|w| w.lower == "since") {
        return false;
    }
    // Only a particle or an adverb between the verb and "in" ("set up in", "opened
    // officially in").
    let between = at_in - j - 1;
    let tags = super::tags(s);
    let light = |i: usize| {
        tags.get(i)
            .is_some_and(|t| matches!(t.upos, crate::tag::Upos::Adp | crate::tag::Upos::Part | crate::tag::Upos::Adv))
    };
    if between > 1 || (between == 1 && !light(j + 1)) {
        return false;
    }
    let once = &super::Words::builtin().once_acts;
    let lemma = super::lemma_of(s, j);
    once.contains(&*lemma) || (between == 1 && once.contains(&format!("{lemma} {}", s.words[j + 1].lower)))
}

/// True when one of two dates is a weekday written alone ("on Tuesday") and the other a
/// month without its day ("in March"): the weekday is a day of the week the article was
/// written in, the month mostly the time of something else the story tells of (a plan, a
/// figure), and the two are not set against each other.
fn weekday_meets_month((x, tx): (&ValueMention, &str), (y, ty): (&ValueMention, &str)) -> bool {
    let month_only = |v: &ValueMention, t: &str| {
        v.date.is_some_and(|d| d.month.is_some() && d.day.is_none()) && weekday_written(v, t).is_none()
    };
    (weekday_written(x, tx).is_some() && month_only(y, ty)) || (weekday_written(y, ty).is_some() && month_only(x, tx))
}

/// True for a weekday no dateline resolved to a calendar day ("on Tuesday" in an article
/// without a date).
fn unresolved_weekday(v: &ValueMention) -> bool {
    v.date.is_some_and(|d| !d.is_calendar())
}

/// The most dates a sentence may tell for its weekdays of unknown weeks to be compared by
/// name: a sentence of many days is a schedule, not the day of one act.
const NAMED_DAYS: usize = 2;

/// Words before a weekday that set its week apart from the week of the report ("last
/// Friday", "the following Monday").
const OTHER_WEEK: [&str; 7] = ["last", "next", "this", "following", "previous", "coming", "past"];

/// True when `v`, a weekday no dateline resolved ("on Tuesday" in an article without a
/// date), is compared by its name: the day of something done in the week of the report,
/// one of at most [`NAMED_DAYS`] dates of its sentence (`told` of them), neither ahead
/// ("will meet on Monday": a plan may move) nor of another week ("last Friday").
fn named_day(s: &Sent, text: &str, v: &ValueMention, told: usize) -> bool {
    if told > NAMED_DAYS || ahead(s, v) || weekday_written(v, text).is_none() {
        return false;
    }
    let k = s.words.partition_point(|w| w.span.end <= v.span.start);
    k.checked_sub(1).is_none_or(|j| !OTHER_WEEK.contains(&&*s.words[j].lower))
}

/// Words that open a clause of their own before a date ("…, and Estria sent a pump on
/// Tuesday").
const CLAUSE_OPENERS: [&str; 4] = ["and", "but", "while", "whereas"];

/// True when the clause of `v` in `s`, up to the date, names someone or somewhere `o` does
/// not name.
fn clause_names_apart(s: &Sent, text: &str, v: &ValueMention, o: &Sent) -> bool {
    let k = s.words.partition_point(|w| w.span.end <= v.span.start);
    let mut start = 0;
    for j in (1..k).rev() {
        let gap = text.get(s.words[j - 1].span.end..s.words[j].span.start).unwrap_or("");
        if gap.contains([',', ';', ':', '—', '–', '(', ')']) || CLAUSE_OPENERS.contains(&&*s.words[j].lower) {
            start = j;
            break;
        }
    }
    s.named
        .iter()
        .filter(|&&(j, _)| (start..k).contains(&j))
        .any(|&(_, n)| o.names.binary_search(&n).is_err() && o.stems.binary_search(&n).is_err())
}

/// The most days between a dated article's dateline and a day of it that anchors the week
/// of a weekday of another article.
const ANCHOR_DAYS: i32 = 7;

/// True when two dates may be set against each other: a weekday of an unknown week (of an
/// article without a date) meets only a day of another article's week, one in the week up
/// to that article's dateline ("on Tuesday" against "on Wednesday" of a report dated
/// Friday 5 September), whose weekday is then set against it; two weekdays of unknown
/// weeks are set against each other only in leads ([`compare_leads`]).
fn by_name((x, tx): (&ValueMention, &str), (y, ty): (&ValueMention, &str)) -> bool {
    match (unresolved_weekday(x), unresolved_weekday(y)) {
        (false, false) => true,
        (true, false) => anchored(y, ty),
        (false, true) => anchored(x, tx),
        (true, true) => false,
    }
}

/// True when `v` is a day of the week of its article's dateline: a day of a month with its
/// year within [`ANCHOR_DAYS`] of it.
fn anchored(v: &ValueMention, text: &str) -> bool {
    let day = |d: values::CalendarDate| jiff::civil::Date::new(d.year? as i16, d.month? as i8, d.day? as i8).ok();
    // A wire dateline has no year ("OSLO, March 3 (Agency)"): the day it dates took the
    // story's year, and so does the dateline.
    let line =
        values::dateline(text).map(|l| values::CalendarDate { year: l.year.or(v.date.and_then(|d| d.year)), ..l });
    let (Some(at), Some(line)) = (v.date.and_then(day), line.and_then(day)) else { return false };
    at.since(line).is_ok_and(|s| s.get_days().abs() <= ANCHOR_DAYS)
}

/// The weekday of a date written as a weekday alone ("on Friday"), however it resolved.
fn weekday_written(v: &ValueMention, text: &str) -> Option<u8> {
    let written = v.span.of(text);
    v.date.and_then(|d| d.weekday).filter(|_| !written.bytes().any(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use crate::conflicts::ConflictKind;
    use crate::segment::{self, Sentence};
    use crate::Lexicon;

    fn dated(a: &str, b: &str) -> bool {
        let texts = [a, b];
        let units: Vec<Vec<Sentence>> = texts.iter().map(|t| segment::split(t)).collect();
        super::super::detect(&Lexicon::builtin(), &texts, &units).iter().any(|x| x.kind == ConflictKind::Date)
    }

    #[test]
    fn two_ends_of_one_span_meet_and_an_end_never_meets_a_day() {
        let a = "The striker signed a new contract with the club that runs until June 2031.";
        assert!(dated(a, "The striker agreed a new contract with the club through the summer of 2030."));
        assert!(!dated(a, "The striker agreed a new contract with the club through the summer of 2031."));
        assert!(!dated(a, "The striker signed a new contract with the club on 3 May 2030."));
    }

    #[test]
    fn years_of_an_act_that_happens_once_meet_as_one_act() {
        let a = "The Quarrel pottery was founded in 1887 by two brothers.";
        assert!(dated(a, "The Quarrel pottery was founded in 1889 by two brothers."));
        // Two acts, or a year that is the time of a figure, are not one year told twice.
        assert!(!dated(a, "The Quarrel pottery was sold in 1889 to a rival."));
        assert!(!dated("Brenna Qualt was born in 1961 in Oslo.", "Brenna Qualt died in 2030 in Oslo."));
        let profits = "Profits at the Quarrel pottery rose in 2029, the firm said.";
        assert!(!dated(profits, "Profits at the Quarrel pottery rose in 2030, the firm said."));
        // The year of an act on an object before it is that object's.
        assert!(!dated(a, "The Quarrel pottery founded a sister firm in 1889."));
    }

    #[test]
    fn two_days_of_one_article_are_left_to_the_self_check() {
        let a = "Trial date set\n\nThe former director of Quarrel Haulage, Brenna Qualt, will stand trial on 9 June 2031 on fraud charges, a judge ruled on Friday.\n\nQualt, 58, was charged on 2 May 2031.";
        let b =
            "Brenna Qualt, once the head of Quarrel Haulage, is to go on trial in June, accused of defrauding lenders.";
        assert!(!dated(a, b));
    }

    #[test]
    fn a_wire_dateline_dates_the_report_not_the_event() {
        let a = "OSLO, March 3 (Wire) - The shipyard will open its new dock on Thursday, March 13.";
        let b = "Thursday 6 March 2031\n\nThe shipyard opens its new dock on Thursday 13 March.";
        assert!(!dated(a, b));
    }

    #[test]
    fn a_day_named_from_the_dateline_dates_a_lead() {
        // 4 March 2031 is a Tuesday: "yesterday" is Monday 3 March, "on Sunday" 2 March. The
        // leads share one word: only as leads are their days compared.
        let tail = "\n\nThe Nordlys carried 40 passengers and 12 crew from Vellmark to the islands.\n\n\
                    The coastguard towed the Nordlys to Vellmark harbour.";
        let a = format!(
            "Ferry grounding\n\nTuesday 4 March 2031\n\nPassengers were stranded for hours yesterday when \
             the Nordlys ferry hit rocks.{tail}"
        );
        let lead = |day: &str| {
            format!("Tuesday 4 March 2031\n\nThe ferry ran aground on {day} evening, the coastguard said.{tail}")
        };
        assert!(dated(&a, &lead("Sunday")));
        assert!(!dated(&a, &lead("Monday")));
        // Without a dateline "yesterday" is no day.
        let undated = a.replace("Tuesday 4 March 2031\n\n", "");
        assert!(!dated(&undated, &lead("Sunday")));
    }

    #[test]
    fn a_wire_dateline_without_a_year_or_a_story_year_reads_days_by_month_and_day() {
        // No dateline gives a year: "yesterday" of "March 4" is 3 March, of no known year.
        let a = "OSLO, March 4 (Wire) - The ferry Nordlys ran aground near Skarvik yesterday, the coastguard said.";
        let b = "The ferry Nordlys ran aground near Skarvik on 1 March, the coastguard said.";
        assert!(dated(a, b));
        assert!(!dated(a, &b.replace("1 March", "3 March")));
        // A weekday resolves only when the dateline names its own: Tuesday 4 March.
        let c =
            "OSLO, Tuesday 4 March (Wire) - The ferry Nordlys ran aground near Skarvik on Sunday, the coastguard said.";
        assert!(dated(c, b));
        assert!(!dated(c, &b.replace("1 March", "2 March")));
    }

    #[test]
    fn a_wire_dateline_without_a_year_takes_the_story_year() {
        // March 3, 2031 is a Monday: "on Sunday" is March 2, not March 9.
        let a = "OSLO, March 3 (Wire) - The ferry Nordlys ran aground near Skarvik on Sunday, the coastguard said.";
        let b = "Tuesday 4 March 2031\n\nThe ferry Nordlys ran aground near Skarvik on 9 March, the coastguard said.";
        assert!(dated(a, b));
    }

    #[test]
    fn a_local_time_is_read_in_utc_when_the_story_gives_both() {
        let a = "The ferry Nordlys docked in Bergen at 18:40 local time (1740 GMT) after the storm.";
        let b = "The ferry Nordlys docked in Bergen at 18:40 CET after the storm.";
        let c = "The ferry Nordlys docked in Bergen at 7:40 pm local time after the storm.";
        assert!(!dated(a, b));
        assert!(dated(a, c));
        // Without a local time written with its UTC time, local and zoned times never meet.
        assert!(!dated(c, b));
    }

    #[test]
    fn a_time_in_a_named_city_reads_in_utc_on_the_article_day() {
        // Helsinki is an hour ahead of Paris in winter: 19:10 Helsinki time is 18:10 CET.
        let a = "Friday 7 February 2031\n\nThe ferry Nordlys docked at 19:10 Helsinki time after the storm.";
        let b = "Friday 7 February 2031\n\nThe ferry Nordlys docked at 18:10 CET after the storm.";
        let c = "Friday 7 February 2031\n\nThe ferry Nordlys docked at 19:10 CET after the storm.";
        assert!(!dated(a, b));
        assert!(dated(a, c));
    }

    #[test]
    fn the_one_time_of_two_reports_is_one_event_however_worded() {
        // Each report tells one time of day: landing is landing, whatever verb says it.
        let a = "Tuesday 4 March 2031\n\nThe Aurora flight from Porto arrived at 8:15 pm local time (1915 GMT), \
                 the carrier said.\n\nNobody was hurt.";
        let b = "Tuesday 4 March 2031\n\nThe Aurora jet from Porto reached the gate at 2015 GMT, the carrier said.\n\n\
                 Nobody was hurt.";
        let c = "Tuesday 4 March 2031\n\nThe Aurora jet from Porto reached the gate at 1915 GMT, the carrier said.\n\n\
                 Nobody was hurt.";
        assert!(dated(a, b));
        assert!(!dated(a, c));
    }

    #[test]
    fn a_day_of_taking_effect_is_a_day_whether_from_or_on() {
        let a = "Wednesday 5 March 2031\n\nThe new ferry fares take effect on 1 June, the operator said.";
        let b = "Wednesday 5 March 2031\n\nThe revised tariffs come into force from 1 July, the operator said.";
        let c = "Wednesday 5 March 2031\n\nThe revised tariffs come into force from 1 June, the operator said.";
        assert!(dated(a, b));
        assert!(!dated(a, c));
        // A span is not a day.
        let d = "Wednesday 5 March 2031\n\nThe ferry runs a summer timetable from 1 July to 30 August.";
        assert!(!dated(a, d));
    }

    #[test]
    fn a_wire_dateline_names_the_city_of_a_local_time() {
        assert_eq!(super::dateline_place("OSLO, March 3 (Wire) - The ferry docked."), Some("Europe/Oslo"));
        assert_eq!(super::dateline_place("CAPE TOWN, South Africa, May 2 (Wire) - Text."), Some("Africa/Johannesburg"));
        assert_eq!(super::dateline_place("BREAKING: the ferry docked, officials said."), None);
    }

    /// Two short reports of one invented story, each with `line` in its middle.
    fn story(line_a: &str, line_b: &str) -> (String, String) {
        let head = "Wednesday 5 March 2031\n\nThe harbour terminal at Vellmark has been shut to ferry passengers \
                    since the winter storm, and the port board has promised new gangways.\n\n";
        let tail = "\n\nFerry crews at Vellmark welcomed the plan for the harbour terminal and its gangways.";
        (format!("{head}{line_a}{tail}"), format!("{head}{line_b}{tail}"))
    }

    #[test]
    fn one_event_noun_dates_the_story_event_without_words_in_common() {
        let a = "The port board will reopen the terminal to foot passengers and cyclists on Saturday, 14 June 2031.";
        let (x, y) = story(a, "Opening day, Saturday 21 June, is expected to draw large crowds from both towns.");
        assert!(dated(&x, &y));
        let (x, y) = story(a, "Opening day, Saturday 14 June, is expected to draw large crowds from both towns.");
        assert!(!dated(&x, &y));
        // A name before the event word tells another event: "the Midsummer opening".
        let (x, y) = story(a, "The Midsummer opening, on Saturday 21 June, is expected to draw large crowds.");
        assert!(!dated(&x, &y));
    }

    #[test]
    fn not_until_is_a_lower_bound_and_by_an_upper_one() {
        let (x, y) = story(
            "The first gangway shipments are due in July, the port board said.",
            "The new gangways will not arrive until November, the port board admitted.",
        );
        assert!(dated(&x, &y));
        let (x, y) = story(
            "The first gangway shipments are due in July, the port board said.",
            "The new gangways will not arrive until June, the port board admitted.",
        );
        assert!(!dated(&x, &y));
        let by = "The first payments to ferry crews are due by May 2031, the port board said.";
        let (x, y) = story(by, "Ferry crews say the first payments will not reach them before October 2031.");
        assert!(dated(&x, &y));
        let (x, y) = story(by, "Ferry crews say the first payments will not reach them before April 2031.");
        assert!(!dated(&x, &y));
    }

    #[test]
    fn a_meeting_keeps_its_date_under_a_hedge_of_the_clause() {
        let a = "The port board sits again at a meeting on 19 June to approve the gangways.";
        let (x, y) = story(a, "Analysts said the port board could approve them at its next meeting on 12 June.");
        assert!(dated(&x, &y));
        let (x, y) = story(a, "Analysts said the port board could approve them at its next meeting on 19 June.");
        assert!(!dated(&x, &y));
    }

    #[test]
    fn a_year_times_an_event_right_after_it_and_since_starts_a_span() {
        let a = "The rebuilt harbour terminal is expected to open in 2033, once the gangways are tested.";
        let (x, y) = story(a, "Work on the harbour terminal starts in spring 2031, with the opening in May 2032.");
        assert!(dated(&x, &y));
        let (x, y) = story(a, "Work on the harbour terminal starts in spring 2031, with the opening in May 2033.");
        assert!(!dated(&x, &y));
        let (x, y) = story(a, "The harbour terminal has lost money every year since its opening in 2019.");
        assert!(!dated(&x, &y));
    }

    #[test]
    fn two_leads_tell_the_day_of_the_story_event_however_worded() {
        let a = "OSLO, March 5 (Wire) - Dock workers at the port of Vellmark walked out on Tuesday over unpaid \
                 overtime, halting ferry traffic along the coast.\n\nThe union said talks with the port board would \
                 resume next week.";
        let lead = |line: &str| {
            format!(
                "Wednesday 5 March 2031\n\n{line}\n\nThe union said talks with the port board would resume next week."
            )
        };
        let b = "Hundreds of travellers were stranded at Vellmark harbour after stevedores stopped work on Monday in \
                 a row about overtime pay.";
        assert!(dated(a, &lead(b)));
        // The same day is no finding, nor a lead of another thing, with no word in common.
        assert!(!dated(a, &lead(&b.replace("Monday", "Tuesday"))));
        assert!(!dated(a, &lead("A budget for two new cranes was approved by the council on Monday.")));
    }

    #[test]
    fn a_date_of_an_aside_is_not_the_date_of_the_sentence() {
        let a =
            "Wednesday 5 March 2031\n\nA tank at the Vellmark plant spilled solvent into the canal on Monday morning.";
        let b = "Wednesday 5 March 2031\n\nThe acid leak at the Vellmark plant came from a cracked valve in a tank, \
                 according to the operator, which admitted fault on Tuesday.";
        assert!(!dated(a, b));
        let c = "Wednesday 5 March 2031\n\nThe acid leak at the Vellmark plant came from a cracked valve in a tank \
                 on Tuesday, according to the operator.";
        assert!(dated(a, c));
    }

    #[test]
    fn a_dateline_in_figures_dates_a_weekday() {
        // 5 March 2031 is a Wednesday: "on Tuesday" is 4 March in both reports.
        let a =
            "Harbour News · 05.03.2031\n\nThe ferry Nordlys ran aground near Velmora on Tuesday, the coastguard said.";
        let b = "Wednesday 5 March 2031\n\nThe ferry Nordlys ran aground near Velmora on 3 March, the coastguard said.";
        assert!(dated(a, b));
        assert!(!dated(a, &b.replace("3 March", "4 March")));
    }

    #[test]
    fn a_weekday_alone_never_meets_a_month_alone() {
        let a = "Wednesday 5 March 2031\n\nDock workers at the port of Vellmark walked out on Tuesday over unpaid \
                 overtime, the union said.";
        let b = "Wednesday 5 March 2031\n\nDock workers at the port of Vellmark walked out in June over unpaid \
                 overtime, the union said.";
        assert!(!dated(a, b));
        // A day of another month still meets the weekday.
        assert!(dated(a, &b.replace("in June", "on 9 June")));
    }

    #[test]
    fn a_state_held_until_a_month_meets_the_day_of_the_event_it_holds_off() {
        let a = "The harbour terminal will stay closed until August while the gangways are tested.";
        let (x, y) = story(a, "The port board said the terminal would reopen on Friday, with new gangways.");
        assert!(dated(&x, &y));
        // Reopening after the month is no finding; nor is the day of another thing.
        let (x, y) = story(a, "The port board said the terminal would reopen on 14 August, with new gangways.");
        assert!(!dated(&x, &y));
        let (x, y) = story(a, "The port board said the ferry crews were paid on Friday, with a bonus.");
        assert!(!dated(&x, &y));
        // Closed until a month, with no event held off, bounds nothing.
        let (x, y) = story(
            "The harbour terminal was closed in August while the gangways were tested.",
            "The port board said the terminal would reopen on Friday, with new gangways.",
        );
        assert!(!dated(&x, &y));
    }

    #[test]
    fn a_phrase_of_two_words_dates_its_event_as_its_noun_does() {
        let a = "A new ferry operator takes over on 1 July, the port board said.";
        let (x, y) = story(a, "The handover is set for 1 September, after the summer timetable ends.");
        assert!(dated(&x, &y));
        let (x, y) = story(a, "The handover is set for 1 July, after the summer timetable ends.");
        assert!(!dated(&x, &y));
        // "moved over" is no phrase of the table: no event is dated.
        let (x, y) = story(
            "A new ferry operator moved over on 1 July, the port board said.",
            "The handover is set for 1 September, after the summer timetable ends.",
        );
        assert!(!dated(&x, &y));
    }

    #[test]
    fn last_night_is_the_night_before_the_dateline() {
        // 5 March 2031 is a Wednesday: "last night" is Tuesday night.
        let a = "Wednesday 5 March 2031\n\nA tank at the Vellmark plant spilled solvent into the canal last night.";
        let b = "Wednesday 5 March 2031\n\nA tank at the Vellmark plant spilled solvent into the canal on Monday.";
        assert!(dated(a, b));
        assert!(!dated(a, &b.replace("Monday", "Tuesday")));
    }

    /// The values of the date findings of two articles, each pair sorted.
    fn date_sides(a: &str, b: &str) -> Vec<[String; 2]> {
        let texts = [a, b];
        let units: Vec<Vec<Sentence>> = texts.iter().map(|t| segment::split(t)).collect();
        super::super::detect(&Lexicon::builtin(), &texts, &units)
            .into_iter()
            .filter(|x| x.kind == ConflictKind::Date)
            .map(|x| {
                let mut v = [x.sides[0].value.clone(), x.sides[1].value.clone()];
                v.sort();
                v
            })
            .collect()
    }

    #[test]
    fn the_day_of_an_act_meets_the_day_of_an_act_before_the_day_of_a_statement() {
        // The day of the statement comes first in one sentence: the day of the grounding is
        // set against the other report's day of the grounding, not against it.
        let a = "Wednesday 5 March 2031\n\nThe coastguard told reporters on Monday that the ferry Nordlys ran \
                 aground near Bergen late on Saturday night.";
        let b = "Wednesday 5 March 2031\n\nThe ferry Nordlys ran aground near Bergen early on Sunday, the \
                 coastguard said.";
        let found = date_sides(a, b);
        assert!(found.iter().any(|v| v.iter().any(|x| x.contains("Saturday"))), "{found:?}");
        assert!(!found.iter().any(|v| v.iter().any(|x| x.contains("Monday"))), "{found:?}");
        // Near miss: the same day of the grounding in both is no conflict, whatever day it
        // was told on.
        assert!(date_sides(a, &b.replace("early on Sunday", "on Saturday")).is_empty());
    }

    #[test]
    fn the_words_around_a_day_stop_at_that() {
        let lead = "Wednesday 5 March 2031\n\nThe port of Lisk is changing its harbour fees this spring.\n\n";
        let closed = format!("{lead}The old fish market in Lisk closed on Monday, the harbour board said.");
        let told = format!("{lead}Harbour officials said that the old fish market in Lisk closed on Tuesday.");
        let found = date_sides(&closed, &told);
        assert!(found.iter().any(|v| v.iter().any(|x| x.contains("Tuesday"))), "{found:?}");
        // Near miss: the day of an announcing against the day the thing announced starts.
        let starts = format!("{lead}The new harbour levy starts on 1 June 2031, in the middle of the season.");
        let announced =
            format!("{lead}The board on Monday announced that it would levy the new harbour fee on every boat.");
        assert!(date_sides(&starts, &announced).is_empty(), "{:?}", date_sides(&starts, &announced));
    }

    #[test]
    fn a_day_planned_meets_an_earlier_day_done_only_by_the_words_around_them() {
        let planned = "Wednesday 5 March 2031\n\nThe port of Lisk will charge a new levy on every boat that \
                       lands fish there.\n\nThe minister told reporters in Lisk that the harbour levy would take \
                       effect on 1 June 2031 and was needed to repair the quays.";
        let done = "Wednesday 5 March 2031\n\nFishermen in Lisk are angry about a new harbour levy.\n\nThe \
                    harbour levy took effect on Monday, the minister told reporters in Lisk.";
        let found = date_sides(planned, done);
        assert!(found.iter().any(|v| v.iter().any(|x| x.contains("1 June"))), "{found:?}");
        // Near miss: sentences alike, but a plan against a protest held before it.
        let protest = done.replace(
            "The harbour levy took effect on Monday, the minister told reporters in Lisk.",
            "On Monday some 300 fishermen gathered outside the ministry in Lisk to protest against the harbour levy.",
        );
        assert!(date_sides(planned, &protest).is_empty(), "{:?}", date_sides(planned, &protest));
    }

    #[test]
    fn a_day_a_change_applies_from_is_a_day_of_taking_effect() {
        let head = "Wednesday 5 March 2031\n\n";
        let tail = "\n\nFerry crews at Vellmark said the harbour board had not consulted them.";
        let a = format!("{head}The harbour board said the new berth charges take effect on 1 June.{tail}");
        let b = format!("{head}Skippers will pay higher mooring fees from 1 July, officials said.{tail}");
        assert!(dated(&a, &b));
        assert!(!dated(&a, &b.replace("1 July", "1 June")));
        // Near misses: a span, and a day something has run from, are no day of taking effect.
        assert!(!dated(&a, &b.replace("from 1 July", "from 1 July to 30 August")));
        assert!(!dated(&a, &b.replace("will pay", "have paid")));
    }

    #[test]
    fn the_one_day_ahead_of_each_report_is_the_day_of_one_plan() {
        let head = "Wednesday 5 March 2031\n\n";
        let tail = "\n\nFerry crews at Vellmark said the harbour board had not consulted them.";
        let a = format!(
            "{head}Officials said the new Vellmark terminal will open to passengers in June after years of delay and \
             rising costs.{tail}"
        );
        let line = "Built on reclaimed land beside the old fish market, the Vellmark terminal will welcome its first \
                    travellers in August, according to the port board.";
        let b = format!("{head}{line}{tail}");
        assert!(dated(&a, &b));
        assert!(!dated(&a, &b.replace("August", "June")));
        // Near misses: a month past is not a plan, and of two months ahead in one report
        // neither is the month of the plan.
        assert!(!dated(&a, &b.replace("will welcome", "welcomed")));
        let two = format!("{head}{line}\n\nA second quay is due to follow in October.{tail}");
        assert!(!dated(&a, &two));
    }

    #[test]
    fn a_year_alone_ends_a_span_as_a_full_date_does() {
        let a = "Wednesday 5 March 2031\n\nFerry operators keep using the old quay at Vellmark until 2032, the \
                 port board said.";
        let b = "Wednesday 5 March 2031\n\nThe new lease keeps the ferry operators at the old quay at Vellmark until \
                 30 June 2038.";
        assert!(dated(a, b));
        assert!(!dated(a, &b.replace("2038", "2032")));
        // A deadline is not the end of a span, and a year after "in" is the time of a figure.
        let by = "Wednesday 5 March 2031\n\nFerry operators must leave the old quay at Vellmark by 2032, the port \
                  board said.";
        assert!(!dated(by, b));
        let (c, d) = (
            "Wednesday 5 March 2031\n\nFerry operators used the old quay at Vellmark less in 2029, the port board said.",
            "Wednesday 5 March 2031\n\nFerry operators used the old quay at Vellmark less in 2030, the port board said.",
        );
        assert!(!dated(c, d));
        // Nor do two years of one article meet: one report tells of two spans.
        let e = "Wednesday 5 March 2031\n\nThe old quay at Vellmark stays open to ferries until 2032.\n\nThe new \
                 quay at Vellmark stays open to ferries until 2040.";
        assert!(!dated(e, "Wednesday 5 March 2031\n\nThe harbour cranes were painted blue."));
    }

    #[test]
    fn two_leads_without_datelines_differ_by_their_weekdays() {
        let tail = "\n\nThe union said talks with the port board would resume after the holiday.";
        let a = format!(
            "Dock workers at the port of Vellmark walked out on Tuesday over unpaid overtime, halting ferry \
             traffic along the coast.{tail}"
        );
        let b = format!(
            "Hundreds of travellers were stranded at Vellmark harbour after stevedores stopped work on Monday in a \
             row about overtime pay.{tail}"
        );
        assert!(dated(&a, &b));
        assert!(!dated(&a, &b.replace("Monday", "Tuesday")));
        // A day ahead is of any coming week.
        assert!(!dated(&a, &b.replace("after stevedores stopped work", "as stevedores will stop work")));
        // Outside the leads, weekdays of articles without a date are not set against each other.
        let c = format!(
            "The ferry timetable for the coast was printed in the spring.\n\nThe port board approved the \
                         overtime plan on Monday.{tail}"
        );
        let d = format!(
            "The ferry timetable for the coast was printed in the spring.\n\nThe port board approved the \
                         overtime plan on Friday.{tail}"
        );
        assert!(!dated(&c, &d));
    }

    #[test]
    fn a_weekday_of_an_undated_report_meets_a_day_of_a_dated_report_of_that_week() {
        // Each report opens with a sentence without a day: the leads are compared apart.
        let dated_report = "Harbour news\n\nFriday 5 September 2031\n\nThe storm has passed. The Orvane ferry \
                            was refloated on Wednesday by two tugs, the harbour master said.";
        let undated = |line: &str| format!("Shipping notes\n\nThe storm has passed. {line}");
        let b = undated("The Orvane ferry was refloated on Tuesday by two tugs.");
        assert!(dated(dated_report, &b));
        assert!(!dated(dated_report, &b.replace("Tuesday", "Wednesday")));
        // The day a dated report gives far from its dateline is of another week.
        assert!(!dated(&dated_report.replace("Wednesday", "2 July"), &b));
        // A weekday ahead, or of another week, is of no known week.
        assert!(!dated(dated_report, &b.replace("was refloated on", "will be refloated on")));
        assert!(!dated(dated_report, &b.replace("on Tuesday", "last Tuesday")));
        // The weekday's clause names another ship: two acts on two days.
        let two = undated("Tugs freed the Orvane ferry, and the Kesta ferry was refloated on Tuesday by two tugs.");
        assert!(!dated(dated_report, &two));
        // Two reports without a date: weekdays of unknown weeks are not set against each other.
        let c = undated("The Orvane ferry was refloated on Wednesday by two tugs.");
        assert!(!dated(&c, &b));
        // A day owning its act: "after Tuesday's refloating" is the day of the refloating.
        let d = undated("Engineers checked the hull after Tuesday's refloating of the Orvane ferry by two tugs.");
        assert!(dated(dated_report, &d));
    }

    #[test]
    fn a_range_is_not_a_day() {
        let a = "Heavy rain between 4 and 7 May 2031 flooded the valley towns of the region.";
        let b = "Heavy rain on 9 May 2031 flooded the valley towns of the region.";
        assert!(!dated(a, b));
    }

    #[test]
    fn one_act_far_from_its_days_sets_them_against_each_other() {
        // 5 March 2026 is a Thursday. The verb is past the words around each day, the names
        // of the sentences differ, and the other sentence's first day is of another act (the
        // accusing): the two days of the striking meet.
        let a = "Hill news\n\nThursday 5 March 2026\n\nThe number of people killed by a landslide that struck \
                 the hamlet of Oddny early on Tuesday has risen to four, the regional rescue service said on \
                 Wednesday.";
        let b = "Valley news\n\nFriday 6 March 2026\n\nFarmers accused Vellan council on Thursday of ignoring \
                 their letters before the landslide that struck late on Sunday, burying three homes.";
        assert!(dated(a, b));
        // Near miss: another act on the other day.
        assert!(!dated(a, &b.replace("that struck late", "that was cleared late")));
        // Near miss: the act of each day names a place the other does not: two landslides.
        assert!(!dated(a, &b.replace("that struck late", "that struck Kelby late")));
    }
}
