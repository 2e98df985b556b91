//! Quantities and dates, read from the units of a sentence.
//!
//! A quantity is an interval: "72,000" is [72,000, 72,000], "about 72,000" is ±10%,
//! "more than 300" is (300, ∞), "hundreds" is a vague range. Two quantities conflict only
//! when their intervals cannot overlap and their units agree. A date keeps only the fields
//! the text gave ("June 2041" has no day), so "June 2041" and "30 June 2041" agree.

use super::analyze::{Analysis, Pos};
use super::tokenize::TokKind;
use crate::lexicon::{Compiled, Cue, Sense};
use crate::tag::Xpos;
use crate::values::CalendarDate;
use serde::{Deserialize, Serialize};

/// A number with the range of values the text allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The number as written, scaled ("$1.5 billion" → 1.5e9).
    pub value: f64,
    /// Lowest value the text allows.
    pub low: f64,
    /// Highest value the text allows.
    pub high: f64,
    /// Canonical unit ("USD", "percent", "metres"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// What the number counts ("vessels", "people"), if a noun follows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
}

impl Quantity {
    /// True when the two quantities can describe the same fact.
    pub fn compatible(&self, other: &Quantity) -> bool {
        if self.unit != other.unit {
            return true;
        }
        let eps = 1e-9 * self.value.abs().max(other.value.abs()).max(1.0);
        !(self.high + eps < other.low || other.high + eps < self.low)
    }

    /// The unit kind can be compared with `other`'s.
    pub fn same_unit(&self, other: &Quantity) -> bool {
        self.unit == other.unit
    }
}

/// A calendar date with only the fields the text gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Year, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Month 1–12, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// Day of the month, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// Day of the week 1–7 (Monday = 1), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
}

/// How a date relates to the event: on it, by it, until it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum DateRelation {
    /// The event happens at the date ("on 12 March", "in 2025").
    On,
    /// The event happens no later than the date ("by May 2031").
    By,
    /// The state lasts until the date ("until 2038").
    Until,
    /// The state started at the date ("since 2008").
    Since,
}

impl Date {
    /// Days since an epoch of the first and last day the date can be.
    fn bounds(&self) -> Option<(i64, i64)> {
        let y = self.year?;
        let (m0, m1) = match self.month {
            Some(m) => (m, m),
            None => (1, 12),
        };
        let d0 = self.day.unwrap_or(1);
        let d1 = self.day.unwrap_or_else(|| days_in_month(y, m1));
        Some((days_from_civil(y, m0, d0), days_from_civil(y, m1, d1)))
    }

    /// True when the two dates can be the same day: the calendar's rule
    /// ([`CalendarDate::compatible`]), so two written weekdays that differ never meet.
    pub fn compatible(&self, other: &Date) -> bool {
        self.calendar().compatible(&other.calendar())
    }

    fn calendar(&self) -> CalendarDate {
        CalendarDate { year: self.year, month: self.month, day: self.day, weekday: self.weekday, season: None }
    }

    /// True when the date is before `other` for certain.
    pub fn surely_before(&self, other: &Date) -> bool {
        match (self.bounds(), other.bounds()) {
            (Some((_, a1)), Some((b0, _))) => a1 < b0,
            _ => false,
        }
    }

    /// True when at least a month or a year is known.
    pub fn is_specific(&self) -> bool {
        self.year.is_some() || self.month.is_some()
    }
}

/// Month names, January first, for display.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Weekday names, Monday first, for display.
pub(crate) const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut parts: Vec<String> = Vec::new();
        if let Some(w) = self.weekday.filter(|w| (1..=7).contains(w)) {
            parts.push(DAYS[w as usize - 1].to_string());
        }
        if let Some(d) = self.day {
            parts.push(d.to_string());
        }
        if let Some(m) = self.month.filter(|m| (1..=12).contains(m)) {
            parts.push(MONTHS[m as usize - 1].to_string());
        }
        if let Some(y) = self.year {
            parts.push(y.to_string());
        }
        f.write_str(&parts.join(" "))
    }
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// A quantity found at some units of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Found<T> {
    pub value: T,
    /// One past the last unit.
    pub last: usize,
}

/// Parses a number written in digits: "72,000", "1.5", "1026.253.553" (None).
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    let dots = s.matches('.').count();
    if dots > 1 {
        return None;
    }
    let cleaned: String = s.chars().filter(|&c| c != ',').collect();
    cleaned.parse().ok()
}

/// The number a single unit states, by digits or words ("Twenty-three").
fn unit_number(a: &Analysis, text: &str, u: usize) -> Option<f64> {
    let unit = &a.units[u];
    match unit.kind {
        TokKind::Number => parse_digits(a.text_of(text, u)),
        TokKind::Word => {
            for s in a.senses_of(u) {
                if let Sense::Number(n) = s {
                    return Some(*n);
                }
            }
            // "twenty-three"
            let f = a.fold_of(u);
            if f.contains('-') && unit.last - unit.first == 1 {
                let mut total = 0.0;
                for part in f.split('-') {
                    let n = number_word(a, part)?;
                    total += n;
                }
                return Some(total);
            }
            None
        }
        _ => None,
    }
}

fn number_word(a: &Analysis, w: &str) -> Option<f64> {
    let _ = a;
    const W: [(&str, f64); 28] = [
        ("one", 1.0),
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("thirteen", 13.0),
        ("fourteen", 14.0),
        ("fifteen", 15.0),
        ("sixteen", 16.0),
        ("seventeen", 17.0),
        ("eighteen", 18.0),
        ("nineteen", 19.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("sixty", 60.0),
        ("seventy", 70.0),
        ("eighty", 80.0),
        ("ninety", 90.0),
        ("hundred", 100.0),
    ];
    W.iter().find(|(k, _)| *k == w).map(|(_, v)| *v)
}

fn multiplier(a: &Analysis, u: usize) -> Option<f64> {
    a.senses_of(u).iter().find_map(|s| match s {
        Sense::Multiplier(m) => Some(*m),
        _ => None,
    })
}

/// A 4-digit number that reads as a year.
pub(crate) fn year_at(a: &Analysis, text: &str, u: usize) -> Option<i32> {
    if a.units[u].kind != TokKind::Number {
        return None;
    }
    let s = a.text_of(text, u);
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s.parse().ok()?;
    (1800..=2199).contains(&y).then_some(y)
}

/// The day of a date written in digits beside its month: "26" in "died on 26 February" or
/// "on February 26", which counts nothing. A count after a month ("In May 26 people
/// died") is followed by what it counts.
fn day_of_month_at(a: &Analysis, text: &str, u: usize) -> bool {
    if a.units[u].kind != TokKind::Number {
        return false;
    }
    let s = a.text_of(text, u);
    let day =
        s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    if !day {
        return false;
    }
    let month_after = u + 1 < a.units.len() && a.month(u + 1).is_some();
    let month_before = u > 0 && a.month(u - 1).is_some() && !next_is_count_context(a, u);
    month_after || month_before
}

/// Reads a quantity starting at unit `u` (with any hedge before it already consumed by
/// the caller passed as `hedge`). Returns None when `u` is not a number, or is a year.
pub(crate) fn quantity_at(lex: &Compiled, a: &Analysis, text: &str, start: usize) -> Option<Found<Quantity>> {
    let n = a.units.len();
    let mut u = start;
    // Hedge before the number.
    let mut hedge: Option<Cue> = None;
    while u < n {
        let h = [Cue::About, Cue::AtLeast, Cue::AtMost].into_iter().find(|c| a.has_cue(u, *c));
        match h {
            Some(c) if hedge.is_none() => {
                hedge = Some(c);
                u += 1;
            }
            _ => break,
        }
    }
    // A hedge the caller stepped over: a rule that starts at the figure ("At least ten
    // were hurt", read from "ten") still reads it as open above.
    if hedge.is_none() && u == start && start > 0 {
        hedge = [Cue::About, Cue::AtLeast, Cue::AtMost].into_iter().find(|c| a.has_cue(start - 1, *c));
    }
    // "a" in "about a fifth".
    let mut unit_name: Option<String> = None;
    // Currency before the number: "$", "US$", "€".
    while u < n && a.units[u].pos == Pos::Symbol {
        if let Some(id) = a.unit_sense(u) {
            unit_name = Some(lex.units[id as usize].name.clone());
        }
        u += 1;
    }
    if u >= n {
        return None;
    }
    // Vague and fraction words.
    for s in a.senses_of(u) {
        match *s {
            Sense::Vague(lo, hi) if unit_name.is_none() => {
                let mut last = u + 1;
                // "hundreds of sailors": skip "of" for the counted noun.
                if last < n && a.fold_is(last, "of") {
                    last += 1;
                }
                let counted = counted_noun(a, text, last);
                let end = counted.as_ref().map_or(u + 1, |(_, e)| *e);
                return Some(Found {
                    value: Quantity { value: lo, low: lo, high: hi, unit: None, counted: counted.map(|(c, _)| c) },
                    last: end,
                });
            }
            Sense::Fraction(f) if unit_name.is_none() => {
                // "the third cyclone", "a fifth term": an ordinal before its noun ranks a
                // thing, it is no share of one ("a third of", "cut by a fifth" are).
                let word = a.fold_of(u).rsplit(' ').next().unwrap_or("");
                // "a third straight year" ranks; "by a fifth last year" shares.
                let timed = |k: usize| a.has_cue(k, Cue::PastTime) || a.has_cue(k, Cue::FutureTime);
                let noun =
                    |k: usize| a.units.get(k).is_some_and(|x| matches!(x.tag.xpos, Xpos::Nn | Xpos::Nns)) && !timed(k);
                let adjective = a.units.get(u + 1).is_some_and(|x| x.tag.xpos == Xpos::Jj) && !timed(u + 1);
                if (noun(u + 1) || adjective && noun(u + 2)) && crate::values::is_ordinal_word(word) {
                    return None;
                }
                let v = f * 100.0;
                let (low, high) = hedge_bounds(hedge, v, true);
                return Some(Found {
                    value: Quantity { value: v, low, high, unit: Some("percent".into()), counted: None },
                    last: u + 1,
                });
            }
            _ => {}
        }
    }
    // "a dozen", "a million": the article with a multiplier or number word.
    if matches!(a.fold_of(u), "a" | "an") && u + 1 < n && (multiplier(a, u + 1).is_some()) {
        u += 1;
    }
    if year_at(a, text, u).is_some() && unit_name.is_none() && !next_is_count_context(a, u) {
        return None;
    }
    if unit_name.is_none() && day_of_month_at(a, text, u) {
        return None;
    }
    // "No one died", "not one ship sailed": none, not one.
    if u > 0 && a.units[u].kind == TokKind::Word && a.has_cue(u - 1, Cue::Negation) && a.fold_is(u, "one") {
        return None;
    }
    let mut value = match unit_number(a, text, u) {
        Some(v) => v,
        None => multiplier(a, u).filter(|_| matches!(a.fold_of(u.saturating_sub(1)), "a" | "an"))?,
    };
    let mut last = u + 1;
    // "four,250": a spinner replaced the leading digit with its word.
    if a.units[u].kind == TokKind::Word && value.fract() == 0.0 && value < 1000.0 {
        if let Some(thousands) = spun_thousands(a, text, u) {
            value = value * 1000.0 + thousands;
            last = u + 3;
        }
    }
    // Multiplier: "1.5 billion", "450m", "2.6bn".
    if last < n {
        if let Some(m) = multiplier(a, last) {
            // "m" alone after a bare number is metres ("the 200m hurdles") unless money
            // came before or a count follows that is no distance: a decimal ("4.5m doses")
            // or a known class of counted things ("50m passengers").
            let f = a.fold_of(last);
            let counts = next_is_count_context(a, last) && (value.fract() != 0.0 || a.noun_class(last + 1).is_some());
            let is_metre = f == "m" && unit_name.is_none() && !counts;
            if !is_metre {
                value *= m;
                last += 1;
                if last < n {
                    if let Some(m2) = multiplier(a, last) {
                        if m2 > m {
                            value *= m2;
                            last += 1;
                        }
                    }
                }
            }
        }
    }
    // Unit after: "%", "per cent", "euros", "metres", "years".
    if last < n && unit_name.is_none() {
        if let Some(id) = a.unit_sense(last) {
            unit_name = Some(lex.units[id as usize].name.clone());
            last += 1;
        }
    } else if last < n && a.unit_sense(last).is_some() && a.units[last].pos == Pos::Noun {
        // "$100 dollars": the unit is said twice.
        last += 1;
    }
    // Hedge after: "or more".
    if hedge.is_none() && last + 1 < n && a.fold_is(last, "or") {
        let f = a.fold_of(last + 1);
        if f == "more" {
            hedge = Some(Cue::AtLeast);
            last += 2;
        } else if f == "less" || f == "fewer" {
            hedge = Some(Cue::AtMost);
            last += 2;
        }
    }
    let percent = unit_name.as_deref() == Some("percent");
    let (low, high) = hedge_bounds(hedge, value, percent);
    let counted = if unit_name.is_none() { counted_noun(a, text, last) } else { None };
    let end = counted.as_ref().map_or(last, |(_, e)| *e);
    Some(Found { value: Quantity { value, low, high, unit: unit_name, counted: counted.map(|(c, _)| c) }, last: end })
}

/// The digits of "four,250" after the word: a comma and exactly three digits, with no
/// space on either side of the comma.
pub(crate) fn spun_thousands(a: &Analysis, text: &str, u: usize) -> Option<f64> {
    let (comma, digits) = (a.units.get(u + 1)?, a.units.get(u + 2)?);
    let touching = comma.start == a.units[u].end && digits.start == comma.end;
    let group = a.text_of(text, u + 2);
    let is_group = digits.kind == TokKind::Number && group.len() == 3 && group.bytes().all(|b| b.is_ascii_digit());
    (touching && a.text_of(text, u + 1) == "," && is_group).then(|| group.parse().ok()).flatten()
}

/// A year-like number that is really a count: "2,000 personnel" has a comma, but "2000
/// troops" does not; a plural noun after it makes it a count.
fn next_is_count_context(a: &Analysis, u: usize) -> bool {
    let Some(next) = a.units.get(u + 1) else { return false };
    next.pos == Pos::Noun && a.is_plural(u + 1)
}

/// The bounds an exact value has under a hedge.
fn hedge_bounds(hedge: Option<Cue>, v: f64, percent: bool) -> (f64, f64) {
    match hedge {
        None => {
            // A round figure may be rounded: "72,000" can be 71,600. Precise figures are exact.
            let _ = percent;
            (v, v)
        }
        Some(Cue::About) => {
            let tol = (v.abs() * 0.1).max(if percent { 1.0 } else { 0.0 });
            (v - tol, v + tol)
        }
        Some(Cue::AtLeast) => (v, f64::INFINITY),
        Some(Cue::AtMost) => (f64::NEG_INFINITY.max(0.0), v),
        Some(_) => (v, v),
    }
}

/// The noun a number counts: the head of the noun phrase after it ("12 new patrol
/// vessels" → "vessels"). Returns the folded noun and the unit after it.
fn counted_noun(a: &Analysis, text: &str, from: usize) -> Option<(String, usize)> {
    let n = a.units.len();
    let mut u = from;
    let mut head: Option<usize> = None;
    while u < n {
        match a.units[u].pos {
            Pos::Noun | Pos::Proper | Pos::Entity | Pos::Title => {
                head = Some(u);
                u += 1;
            }
            Pos::Other if a.fold_is(u, "-") || a.fold_is(u, "&") => u += 1,
            Pos::Conj
                if a.fold_is(u, "and")
                    && head.is_some_and(|h| a.measure(h).is_none())
                    && u + 1 < n
                    && a.units[u + 1].pos == Pos::Noun
                    && !a.senses_of(u + 1).iter().any(|s| matches!(s, Sense::Vague(..) | Sense::Number(_))) =>
            {
                // "arson and armed robbery incidents"
                u += 1;
            }
            _ => break,
        }
    }
    let h = head?;
    if a.units[h].pos == Pos::Entity && a.units[h].upper && h == from {
        return None;
    }
    if !is_counted_head(a, text, from, h) {
        return None;
    }
    Some((a.lemma_of(h).to_string(), h + 1))
}

/// Whether unit `h`, the last noun after a number (the counted words start at `from`), is
/// a thing the number counts. A measure word ("41 dead", "12 wounded") always is. Otherwise
/// the tagger must read it as a common noun: a verb or an adjective after a figure is the
/// clause going on ("the number nine scored twice", "three times higher", "one in four
/// replied"); a capitalised head is a name ("the singer 40 Winks") unless
/// it is an acronym made plural ("300 MPs"); a lone letter glued to the figure is a label
/// or a unit ("3G networks", "70p", "2D").
fn is_counted_head(a: &Analysis, text: &str, from: usize, h: usize) -> bool {
    if a.measure(h).is_some() {
        return true;
    }
    let unit = &a.units[h];
    if a.tagged && !matches!(unit.tag.xpos, Xpos::Nn | Xpos::Nns | Xpos::Nnp | Xpos::Nnps | Xpos::Cd) {
        return false;
    }
    if unit.upper
        && matches!(unit.pos, Pos::Proper | Pos::Entity | Pos::Title)
        && !is_plural_acronym(a.text_of(text, h))
    {
        return false;
    }
    if a.fold_of(h).chars().count() == 1 {
        return false;
    }
    // The figure: the unit before the counted words, past any multiplier ("4.5m doses").
    let Some(num) = (from.saturating_sub(3)..from).rev().find(|&x| a.units[x].pos == Pos::Num) else { return true };
    let glued = num + 1 == from && a.units[from].start == a.units[num].end && a.fold_of(from).chars().count() == 1;
    !glued
}

/// An acronym made plural, which names things, not one thing: "MPs", "PCs".
fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// Reads a date starting at unit `u`: "9 March 2027", "Mar. 9, 2027", "the 9th of
/// April", "May 2031", "2032", "2027-03-09", "Thursday", "Thursday, 9 April".
pub(crate) fn date_at(a: &Analysis, text: &str, start: usize) -> Option<Found<Date>> {
    let n = a.units.len();
    let mut u = start;
    let mut d = Date::default();
    if u < n && a.fold_is(u, "the") {
        u += 1;
    }
    if u >= n {
        return None;
    }
    // Weekday, optionally followed by a date: "Thursday, 9 April".
    if let Some(w) = a.weekday(u) {
        d.weekday = Some(w);
        let mut v = u + 1;
        if v < n && a.units[v].pos == Pos::Comma {
            v += 1;
        }
        if v < n {
            if let Some(more) = date_at(a, text, v) {
                if more.value.day.is_some() || more.value.month.is_some() {
                    let mut m = more.value;
                    m.weekday = Some(w);
                    return Some(Found { value: m, last: more.last });
                }
            }
        }
        return Some(Found { value: d, last: u + 1 });
    }
    // ISO: 2025-11-17.
    if let Some(y) = year_at(a, text, u) {
        if u + 4 < n
            && a.text_of(text, u + 1) == "-"
            && a.text_of(text, u + 3) == "-"
            && a.units[u + 1].start == a.units[u].end
            && a.units[u + 4].start == a.units[u + 3].end
        {
            let m: Option<u8> = a.text_of(text, u + 2).parse().ok();
            let day: Option<u8> = a.text_of(text, u + 4).parse().ok();
            if let (Some(m), Some(day)) = (m, day) {
                if (1..=12).contains(&m) && (1..=31).contains(&day) {
                    return Some(Found {
                        value: Date { year: Some(y), month: Some(m), day: Some(day), weekday: None },
                        last: u + 5,
                    });
                }
            }
        }
        d.year = Some(y);
        return Some(Found { value: d, last: u + 1 });
    }
    // Day first: "9 March 2027", "the 9th of April".
    let day_here = day_number(a, text, u);
    if let Some(day) = day_here {
        let mut v = u + 1;
        if v < n && a.fold_is(v, "of") {
            v += 1;
        }
        if v < n {
            if let Some(m) = a.month(v) {
                d.day = Some(day);
                d.month = Some(m);
                let mut last = v + 1;
                if last < n && a.text_of(text, last) == "." {
                    last += 1;
                }
                if last < n {
                    if let Some(y) = year_at(a, text, last) {
                        d.year = Some(y);
                        last += 1;
                    } else if last + 1 < n && a.units[last].pos == Pos::Comma {
                        if let Some(y) = year_at(a, text, last + 1) {
                            d.year = Some(y);
                            last += 2;
                        }
                    }
                }
                return Some(Found { value: d, last });
            }
        }
        return None;
    }
    // Month first: "Nov. 17, 2025", "June 2026", "January".
    if let Some(m) = a.month(u) {
        // "may" is a modal far more often than a month.
        let word = a.text_of(text, u);
        if a.fold_is(u, "may") && !word.starts_with('M') {
            return None;
        }
        if a.fold_is(u, "march") && !word.starts_with('M') {
            return None;
        }
        d.month = Some(m);
        let mut last = u + 1;
        if last < n && a.text_of(text, last) == "." {
            last += 1;
        }
        if last < n {
            if let Some(day) = day_number(a, text, last) {
                d.day = Some(day);
                last += 1;
                if last + 1 < n && a.units[last].pos == Pos::Comma {
                    if let Some(y) = year_at(a, text, last + 1) {
                        d.year = Some(y);
                        last += 2;
                    }
                } else if last < n {
                    if let Some(y) = year_at(a, text, last) {
                        d.year = Some(y);
                        last += 1;
                    }
                }
            } else if let Some(y) = year_at(a, text, last) {
                d.year = Some(y);
                last += 1;
            }
        }
        // A bare month name that is also a word ("March" as a verb) needs a capital.
        if d.day.is_none() && d.year.is_none() && !a.units[u].upper {
            return None;
        }
        return Some(Found { value: d, last });
    }
    None
}

/// A day of the month: "17", "21st".
fn day_number(a: &Analysis, text: &str, u: usize) -> Option<u8> {
    let unit = &a.units[u];
    let s = a.text_of(text, u);
    let digits = match unit.kind {
        TokKind::Number if s.len() <= 2 => s,
        TokKind::Ordinal => &s[..s.len() - 2],
        _ => return None,
    };
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(v: f64, low: f64, high: f64, unit: Option<&str>) -> Quantity {
        Quantity { value: v, low, high, unit: unit.map(String::from), counted: None }
    }

    #[test]
    fn hedged_numbers_overlap_and_exact_ones_do_not() {
        let exact = q(11_400.0, 11_400.0, 11_400.0, None);
        let more_than = q(11_000.0, 11_000.0, f64::INFINITY, None);
        assert!(exact.compatible(&more_than));
        let about20 = q(20.0, 18.0, 22.0, None);
        assert!(q(21.0, 21.0, 21.0, None).compatible(&about20));
        assert!(!q(23.0, 23.0, 23.0, None).compatible(&q(32.0, 32.0, 32.0, None)));
    }

    #[test]
    fn units_must_agree_to_conflict() {
        assert!(q(60e9, 60e9, 60e9, Some("JPY")).compatible(&q(380e6, 380e6, 380e6, Some("USD"))));
        assert!(!q(500e6, 500e6, 500e6, Some("USD")).compatible(&q(1.5e9, 1.5e9, 1.5e9, Some("USD"))));
    }

    #[test]
    fn dates_compare_on_the_fields_both_give() {
        let june = Date { year: Some(2038), month: Some(6), day: None, weekday: None };
        let june30 = Date { year: Some(2038), month: Some(6), day: Some(30), weekday: None };
        let y2032 = Date { year: Some(2032), ..Date::default() };
        assert!(june.compatible(&june30));
        assert!(!june.compatible(&y2032));
        let mar12 = Date { year: Some(2026), month: Some(3), day: Some(12), weekday: None };
        let thursday = Date { weekday: Some(4), ..Date::default() };
        let friday = Date { weekday: Some(5), ..Date::default() };
        assert!(mar12.compatible(&thursday));
        assert!(!mar12.compatible(&friday));
        let oct21 = Date { year: None, month: Some(10), day: Some(21), weekday: None };
        let oct24 = Date { year: Some(2025), month: Some(10), day: Some(24), weekday: None };
        assert!(!oct21.compatible(&oct24));
    }

    /// The counts read from `text`, as (counted class, figure).
    fn counts(text: &str) -> Vec<(String, f64)> {
        let lexicon = crate::Lexicon::builtin();
        crate::claims::extract(&lexicon, 0, text)
            .into_iter()
            .filter(|c| c.predicate == "count")
            .filter_map(|c| match c.value {
                Some(crate::claims::Value::Quantity(q)) => Some((c.subject.name, q.value)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_count_counts_a_common_noun() {
        assert!(counts("The operator built 300 masts along the valley.").iter().any(|(_, v)| *v == 300.0));
        assert!(counts("The ferry line bought 14 new tugboats last week.").iter().any(|(_, v)| *v == 14.0));
        assert!(counts("The school ordered 120 PCs for its library.").iter().any(|(_, v)| *v == 120.0));
    }

    #[test]
    fn a_verb_an_adjective_or_a_name_after_a_figure_is_no_count() {
        // The clause goes on after the figure.
        assert_eq!(counts("Only one in four replied to the survey."), vec![]);
        assert_eq!(counts("Rents were three times higher than in the capital."), vec![]);
        // A capitalised head is a name; a letter glued to the figure is a label.
        assert_eq!(counts("The singer 40 Winks released a second record."), vec![]);
        assert!(counts("The operator switched on its 5G masts in the valley.").is_empty());
    }

    /// Every quantity a claim of `text` holds, with its unit.
    fn quantities(text: &str) -> Vec<(f64, Option<String>)> {
        let lexicon = crate::Lexicon::builtin();
        crate::claims::extract(&lexicon, 0, text)
            .into_iter()
            .filter_map(|c| match c.value {
                Some(crate::claims::Value::Quantity(q)) => Some((q.value, q.unit)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn an_ordinal_before_its_noun_is_no_share() {
        let percent = |t: &str| quantities(t).iter().any(|(_, u)| u.as_deref() == Some("percent"));
        assert!(!percent("Storm Odile is the third cyclone to reach the islands this year."));
        assert!(!percent("The mayor won a fifth term in the vote."));
        assert!(!percent("The bakery reported its third loss in a row."));
        assert!(!percent("The bakery reported a third straight loss."));
        // Shares: "a third of", "by a fifth".
        assert!(percent("The council cut the library budget by a third."));
        assert!(percent("The ferry line cut a third of its routes."));
        assert!(percent("Ticket prices rose by a fifth last year."));
    }

    #[test]
    fn surely_before_uses_whole_ranges() {
        let jun26 = Date { year: Some(2026), month: Some(6), ..Date::default() };
        let jan27 = Date { year: Some(2027), month: Some(1), ..Date::default() };
        assert!(jun26.surely_before(&jan27));
        assert!(!jan27.surely_before(&jun26));
    }
}
