//! Dates and times of aligned sentences: two that cannot be the same day or instant.
//!
//! A date meets a date of the same dimension in an aligned sentence. A wire dateline
//! ("OSLO, March 3 (Agency) -") dates the report, not what it tells, and is not compared; a
//! bound meets only a bound of the same side ("until May 2031" against "through the summer
//! of 2027"), never a day something happened on ("by June" against "in May").

use super::{names_agree, overlap, side, window, Aligned, AlignedSide, Sent, MIN_CONFIDENCE, MIN_LOCAL};
use crate::conflicts::ConflictKind;
use crate::values::{self, zones, Dimension, ValueMention};

/// The least likeness of two sentences whose dates are compared without shared words
/// around them.
const DATE_SIMILARITY: f64 = 0.18;

/// The values of `dim` in `s` that date what it tells; a local time in UTC when the
/// sentence's `local` offsets from UTC (least, greatest, in minutes) are known.
fn told(s: &Sent, text: &str, dim: Dimension, local: Option<(i32, i32)>) -> Vec<ValueMention> {
    let vs = s.values().iter();
    let mut out: Vec<ValueMention> =
        vs.filter(|v| v.dimension == dim && dated(v) && !values::is_wire_dateline(text, v)).cloned().collect();
    if let Some((least, most)) = local {
        for v in out.iter_mut().filter(|v| v.unit.is_none() && is_local(text, v)) {
            let utc = (v.value - f64::from(most)).rem_euclid(MINUTES_A_DAY);
            (v.value, v.low, v.high, v.unit) = (utc, utc, utc + f64::from(most - least), Some("UTC".into()));
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

/// True for a time written as local ("7:42 pm local time").
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
    // "through the summer of 2030": the article is not the bound.
    let before = s.words.iter().rposition(|w| w.span.end <= v.span.start && w.lower != "the");
    let Some(w) = before.map(|k| &s.words[k]) else { return Bound::At };
    // "between 14 and 17 October": the end of a span.
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

/// True when a word after `v` ends a span it starts ("from 1 March to 5 March").
fn spans_on(s: &Sent, v: &ValueMention) -> bool {
    let after = s.words.iter().find(|w| w.span.start >= v.span.end);
    after.is_some_and(|w| matches!(&*w.lower, "to" | "until" | "till" | "through" | "and"))
        || s.words.iter().any(|w| w.span.start >= v.span.end && w.lower == "until")
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
    if a.hedged || b.hedged {
        return;
    }
    for dim in [Dimension::Date, Dimension::Time] {
        // Most pairs have no date or time on one side: nothing to read.
        if !a.dated(dim) || !b.dated(dim) {
            continue;
        }
        let (da, db) = (told(a, ta, dim, clocks.local[0]), told(b, tb, dim, clocks.local[1]));
        if da.is_empty() || db.is_empty() {
            continue;
        }
        // A local time meets a local time and a zoned one a zoned one ("21:15 local time
        // (2015 GMT)" against "8:15pm local time"); one weekday written alike is one day
        // however each dateline resolves it ("on Friday" said on a Thursday and on a Monday).
        let same: Vec<(&ValueMention, &ValueMention)> =
            da.iter().flat_map(|x| db.iter().filter(move |y| x.unit == y.unit).map(move |y| (x, y))).collect();
        let alike = |x: &ValueMention, y: &ValueMention| {
            x.compatible(y) || weekday_written(x, ta).is_some_and(|w| weekday_written(y, tb) == Some(w))
        };
        let Some(&(va, vb)) = same.first() else { continue };
        if let Some(&(x, y)) = same.iter().find(|&&(x, y)| alike(x, y)) {
            // Two sentences alike that give one day or instant: what contradicts the one
            // contradicts the other ("said on Tuesday" in two reports, "on Monday" in a third).
            let (sx, sy) = (shown(x, ta), shown(y, tb));
            let one = sx == sy && bound(a, x) == Bound::At && bound(b, y) == Bound::At;
            if one && a.article != b.article && alike_apart_from_dates(a, b, idf) && !names_clash(a, b) {
                agree.push([side(a, x.span, sx, false), side(b, y.span, sy, false)]);
            }
            continue;
        }
        let (ba, bb) = (bound(a, va), bound(b, vb));
        if ba != bb || ba == Bound::Loose {
            continue;
        }
        let local = overlap(&window(a, va.span, 5), &window(b, vb.span, 5), idf);
        // Dates are mostly a few words from the verb they date, and two outlets word the
        // event apart ("will debut on" against "start trading on"): sentences alike
        // enough compare their dates whatever the words around them. Two reports that each
        // tell one time of day, in sentences that align, tell the time of one event
        // ("came down at 7:42 pm local time" against "touched down at 18:42 local time").
        let one_each = da.iter().all(|x| x.compatible(va)) && db.iter().all(|y| y.compatible(vb));
        let sole = one_each
            && match dim {
                Dimension::Time => clocks.sole_time == [true, true] && va.unit.is_some(),
                _ => clocks.sole_effect == [true, true] && ba == Bound::At,
            };
        let near = local >= MIN_LOCAL || alike_apart_from_dates(a, b, idf) || sole;
        if !near || names_clash(a, b) || (a.article == b.article && local < 0.5) {
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
        if sole {
            // What makes them one event is the story, not the words: just above the bar.
            confidence = confidence.max(MIN_CONFIDENCE + 0.05);
        }
        out.push(Aligned {
            kind: ConflictKind::Date,
            about: if dim == Dimension::Date { "date".into() } else { "time".into() },
            sides: [side(a, va.span, shown(va, ta), false), side(b, vb.span, shown(vb, tb), false)],
            confidence,
        });
    }
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
    let mut years: Vec<i32> = texts.iter().filter_map(|t| values::dateline(t)?.year).collect();
    years.sort_unstable();
    // The most frequent, the latest among equals: deterministic whatever the order.
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
        // A year alone is mostly the time a figure is for, not the date of an event.
        Dimension::Date => {
            v.date.is_some_and(|d| d.is_calendar() && (d.month.is_some() || d.day.is_some() || d.season.is_some()))
        }
        Dimension::Time => true,
        _ => false,
    }
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
    fn a_wire_dateline_dates_the_report_not_the_event() {
        let a = "OSLO, March 3 (Wire) - The shipyard will open its new dock on Thursday, March 13.";
        let b = "Thursday 6 March 2031\n\nThe shipyard opens its new dock on Thursday 13 March.";
        assert!(!dated(a, b));
    }

    #[test]
    fn a_wire_dateline_without_a_year_takes_the_story_year() {
        // March 3, 2031 is a Monday: "on Sunday" is March 2, not March 9.
        let a = "OSLO, March 3 (Wire) - The ferry Nordlys ran aground near Bergen on Sunday, the coastguard said.";
        let b = "Tuesday 4 March 2031\n\nThe ferry Nordlys ran aground near Bergen on 9 March, the coastguard said.";
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

    #[test]
    fn a_range_is_not_a_day() {
        let a = "Heavy rain between 4 and 7 May 2031 flooded the valley towns of the region.";
        let b = "Heavy rain on 9 May 2031 flooded the valley towns of the region.";
        assert!(!dated(a, b));
    }
}
