//! Typed values: every number, amount, measure, duration, age, score, ordinal, percentage,
//! date and time of day a sentence writes, recognised without looking at the verb that
//! governs it.
//!
//! A value has a [`Dimension`], a canonical unit (currencies by ISO 4217 code; lengths in
//! metres, masses in kilograms, durations in days … through `data/values/units.toml`) and an
//! interval: hedges ("about", "more than", "nearly", "up to") and the precision the text
//! implies ("2.3 tonnes" is 2,295–2,305 kg) widen it, so "about 2,300 kg" and "2.3 tonnes"
//! are compatible. Dates keep only the fields written; with the article's dateline, weekdays
//! and "yesterday" resolve to calendar days (through jiff).
//!
//! ```
//! use gainsay::values::{scan, Dimension, Context};
//! let text = "Customs seized 2.3 tonnes of heroin on Tuesday, worth about €40m.";
//! let found = scan(text, 0, text.len(), &Context::default());
//! let mass = found.iter().find(|v| v.dimension == Dimension::Mass).unwrap();
//! assert!(mass.low <= 2300.0 && 2300.0 <= mass.high);
//! let money = found.iter().find(|v| v.dimension == Dimension::Money).unwrap();
//! assert_eq!(money.unit.as_deref(), Some("EUR"));
//! assert!(money.low < 40e6 && money.high > 40e6);
//! ```

pub mod dates;
mod table;
pub mod zones;

use crate::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use table::{Hedge, HolidayDay, Table};

/// What a value measures. Values of different dimensions never compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// A bare count: "48 posts", "fifty-two seats".
    Count,
    /// An amount of money, by currency.
    Money,
    /// A percentage: "3.7%", "22 percent".
    Percent,
    /// A change in percentage points ("25 basis points", "a quarter point").
    PercentagePoint,
    /// Length, in metres.
    Length,
    /// Mass, in kilograms.
    Mass,
    /// Speed, in km/h.
    Speed,
    /// Area, in square metres.
    Area,
    /// Volume, in litres.
    Volume,
    /// Power, in watts.
    Power,
    /// Energy, in joules.
    Energy,
    /// Temperature, in degrees Celsius.
    Temperature,
    /// A length of time, in days: "five years and two months", "a two-year deal".
    Duration,
    /// A person's age in years: "Kiviniemi, 47,", "the 52-year-old".
    Age,
    /// A score or tally: "3-1", "by four goals to one", "eight votes to three".
    Score,
    /// A rank: "third term", "21st".
    Ordinal,
    /// A quake's magnitude.
    Magnitude,
    /// A calendar date, or part of one.
    Date,
    /// A time of day, in minutes after midnight (UTC when a zone was written).
    Time,
}

impl Dimension {
    /// The one unit values of this dimension are converted to, for measures.
    pub fn canonical_unit(self) -> Option<&'static str> {
        Some(match self {
            Dimension::Length => "m",
            Dimension::Mass => "kg",
            Dimension::Speed => "km/h",
            Dimension::Area => "m²",
            Dimension::Volume => "l",
            Dimension::Power => "W",
            Dimension::Energy => "J",
            Dimension::Temperature => "°C",
            Dimension::Duration => "days",
            Dimension::PercentagePoint => "pp",
            _ => return None,
        })
    }
}

/// A calendar date with only the fields the text gave (or the dateline resolved).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
pub struct CalendarDate {
    /// Year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// Month, 1–12.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub month: Option<u8>,
    /// Day of the month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<u8>,
    /// ISO weekday, Monday = 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekday: Option<u8>,
    /// A season ("the summer of 2030"), by its first month in the northern hemisphere: the
    /// three months from it, or the six months after them south of the equator.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub season: Option<u8>,
}

impl CalendarDate {
    /// True when the two dates can be the same day.
    ///
    /// ```
    /// use gainsay::values::CalendarDate;
    /// let thu13 = CalendarDate { year: Some(2025), month: Some(3), day: Some(13), weekday: Some(4), season: None };
    /// let wed = CalendarDate { weekday: Some(3), ..Default::default() };
    /// assert!(!thu13.compatible(&wed));
    /// assert!(thu13.compatible(&CalendarDate { month: Some(3), ..Default::default() }));
    /// ```
    pub fn compatible(&self, other: &CalendarDate) -> bool {
        let differ = |a: Option<i64>, b: Option<i64>| matches!((a, b), (Some(x), Some(y)) if x != y);
        if differ(self.year.map(i64::from), other.year.map(i64::from)) {
            return false;
        }
        if differ(self.month.map(i64::from), other.month.map(i64::from)) {
            return false;
        }
        if !season_fits(self, other) || !season_fits(other, self) {
            return false;
        }
        // A day without a month is not comparable.
        if self.month.is_some() && other.month.is_some() && differ(self.day.map(i64::from), other.day.map(i64::from)) {
            return false;
        }
        !differ(self.weekday_known().map(i64::from), other.weekday_known().map(i64::from))
    }

    /// The weekday, written or derived from a full date.
    pub fn weekday_known(&self) -> Option<u8> {
        self.weekday.or_else(|| {
            let d = jiff::civil::Date::new(self.year? as i16, self.month? as i8, self.day? as i8).ok()?;
            Some(d.weekday().to_monday_one_offset() as u8)
        })
    }

    /// True when at least a day, month or year is known (not a weekday alone).
    pub fn is_calendar(&self) -> bool {
        self.year.is_some() || self.month.is_some()
    }
}

/// True when `a`'s season, if any, can hold `b`'s month or season, in either hemisphere.
fn season_fits(a: &CalendarDate, b: &CalendarDate) -> bool {
    let Some(s) = a.season else { return true };
    let within = |first: u8, m: u8| (i32::from(m) - i32::from(first)).rem_euclid(12) < 3;
    let flip = (s + 5) % 12 + 1;
    match (b.month, b.season) {
        (Some(m), _) => within(s, m) || within(flip, m),
        (None, Some(t)) => t == s || t == flip,
        (None, None) => true,
    }
}

impl std::fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::claims::measure::{DAYS, MONTHS};
        let mut parts: Vec<String> = Vec::new();
        if let Some(w) = self.weekday {
            parts.push(DAYS.get(usize::from(w).wrapping_sub(1)).copied().unwrap_or("?").to_string());
        }
        if let Some(s) = self.season {
            let name = match s {
                3 => "spring",
                6 => "summer",
                9 => "autumn",
                _ => "winter",
            };
            parts.push(name.to_string());
        }
        if let Some(d) = self.day {
            parts.push(d.to_string());
        }
        if let Some(m) = self.month {
            parts.push(MONTHS.get(usize::from(m).wrapping_sub(1)).copied().unwrap_or("?").to_string());
        }
        if let Some(y) = self.year {
            parts.push(y.to_string());
        }
        write!(f, "{}", parts.join(" "))
    }
}

/// What the second end of a range carries over to its first: "5 to 10 per cent".
struct RangeEnd {
    /// The highest value the second end allows, in the first end's unit once it is borrowed.
    top: f64,
    scale: Option<f64>,
    percent: bool,
    unit: Option<table::UnitSense>,
    counted: Option<String>,
}

/// One value written in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ValueMention {
    /// Where it is written (hedge and unit included).
    pub span: Span,
    /// What it measures.
    pub dimension: Dimension,
    /// Canonical unit: an ISO 4217 code for money, "UTC" for a zoned time, the unit's name
    /// for measures; `None` for counts, percentages and the like.
    pub unit: Option<String>,
    /// The value as written, in the canonical unit.
    pub value: f64,
    /// The lowest value the text allows.
    pub low: f64,
    /// The highest value the text allows.
    pub high: f64,
    /// What the value is per: "share" in "$41 a share".
    pub per: Option<String>,
    /// The noun it counts or qualifies, lower case: "posts" in "312 posts".
    pub counted: Option<String>,
    /// For dates.
    pub date: Option<CalendarDate>,
    /// For scores: the two numbers, larger first.
    pub pair: Option<(u32, u32)>,
    /// A hedge widened it.
    pub hedged: bool,
}

impl ValueMention {
    /// True when the two values can describe the same fact: other dimensions or units are
    /// always compatible; intervals that overlap are; dates that can be one day are.
    ///
    /// ```
    /// use gainsay::values::{scan, Context};
    /// let read = |s: &str| scan(s, 0, s.len(), &Context::default()).remove(0);
    /// assert!(read("at least 250 jobs").compatible(&read("263 jobs")));
    /// assert!(!read("$41 a share").compatible(&read("$46 a share")));
    /// assert!(read("16 km").compatible(&read("about ten miles")));
    /// ```
    pub fn compatible(&self, other: &ValueMention) -> bool {
        if self.dimension != other.dimension || self.unit != other.unit || self.per != other.per {
            return true;
        }
        match self.dimension {
            Dimension::Date => match (&self.date, &other.date) {
                (Some(a), Some(b)) => a.compatible(b),
                _ => true,
            },
            Dimension::Score => self.pair == other.pair,
            _ => {
                let eps = 1e-9 * self.value.abs().max(other.value.abs()).max(1.0);
                !(self.high + eps < other.low || other.high + eps < self.low)
            }
        }
    }

    /// A short display form: "€57 per share", "6 years 4 months", "3-1", "13 March 2025".
    pub fn display(&self, text: &str) -> String {
        let written = self.span.of(text).trim();
        match self.dimension {
            Dimension::Date => self.date.map(|d| d.to_string()).unwrap_or_else(|| written.to_string()),
            _ => written.to_string(),
        }
    }
}

/// What the scanner knows about the article: its dateline, when it has one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// The article's own date.
    pub dateline: Option<CalendarDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TokKind {
    Word,
    Num,
    Sym,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: TokKind,
    /// No space between this token and the one before.
    glued: bool,
    /// The token is ASCII with no capital ([`is_lower_ascii`]), found as it is read.
    lower: bool,
    /// The token holds a hyphen.
    hyphen: bool,
}

/// The character at byte `i` of `text[..end]`: an ASCII byte is read as it is, without
/// decoding (most of news text), anything else decoded.
#[inline]
fn char_at(text: &str, i: usize, end: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 && i < end => Some(char::from(b)),
        _ => text.get(i..end).and_then(|s| s.chars().next()),
    }
}

fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    let mut i = start;
    let mut last_end = usize::MAX;
    while i < end {
        let Some(ch) = char_at(text, i, end) else { break };
        let len = ch.len_utf8();
        if ch.is_whitespace() {
            i += len;
            continue;
        }
        let s = i;
        // Digits and their separators are lower-case ASCII; a word is followed below.
        let mut lower = ch.is_ascii() && !ch.is_ascii_uppercase();
        let mut hyphen = false;
        let kind = if ch.is_ascii_digit() {
            i += 1;
            while i < end {
                let c = b[i];
                let joins = matches!(c, b',' | b'.' | b':') && i + 1 < end && b[i + 1].is_ascii_digit();
                if c.is_ascii_digit() || joins {
                    i += 1;
                } else {
                    break;
                }
            }
            TokKind::Num
        } else if ch.is_alphabetic() {
            i += len;
            while i < end {
                // Letters of ASCII words, the most of them, without a character's tests.
                if b[i].is_ascii_alphabetic() {
                    lower &= !b[i].is_ascii_uppercase();
                    i += 1;
                    continue;
                }
                let Some(c) = char_at(text, i, end) else { break };
                if c.is_alphabetic() {
                    // Not an ASCII letter (those are read above): not ASCII.
                    lower = false;
                    i += c.len_utf8();
                } else if matches!(c, '\'' | '’' | '-' | '.') {
                    // Inside a word only: "year-old", "p.m.", "don't".
                    let next = char_at(text, i + c.len_utf8(), end);
                    match next {
                        Some(n) if n.is_alphabetic() => {
                            lower &= c != '’';
                            hyphen |= c == '-';
                            i += c.len_utf8()
                        }
                        _ if c == '.' && i - s <= 2 && s > 0 && text.get(..s).is_some_and(|p| p.ends_with('.')) => {
                            i += 1;
                        }
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            // "p.m." keeps its last period.
            if i < end && b[i] == b'.' && text.get(s..i).is_some_and(|w| w.contains('.')) {
                i += 1;
            }
            TokKind::Word
        } else {
            i += len;
            TokKind::Sym
        };
        debug_assert_eq!(lower, is_lower_ascii(&text[s..i]), "{}", &text[s..i]);
        debug_assert_eq!(hyphen, text[s..i].contains('-'), "{}", &text[s..i]);
        out.push(Tok { start: s, end: i, kind, glued: last_end == s, lower, hyphen });
        last_end = i;
    }
}

/// True when `letters`, glued after a figure, make it part of a name ("3G", "4WD") rather
/// than a value with a unit or scale ("60W", "10K"): the one test every reader of figures
/// shares.
pub(crate) fn figure_names_a_thing(letters: &str) -> bool {
    Table::builtin().names_a_thing(letters)
}

/// Reads the typed values of `text[start..end]` (one sentence).
pub fn scan(text: &str, start: usize, end: usize, context: &Context) -> Vec<ValueMention> {
    let end = end.min(text.len());
    // A token every four bytes at most, in news text: one allocation, no regrowing.
    let mut toks = Vec::with_capacity(end.saturating_sub(start) / 4 + 4);
    let mut out = Vec::new();
    if start >= end || !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return out;
    }
    tokenize(text, start, end, &mut toks);
    Scanner { text, toks: &toks, t: Table::builtin(), ctx: context, lower: String::new() }.run(&mut out);
    // "25m lei a month, or about €5m": the equivalent is per month too.
    for (a, b) in conversions(text, &out) {
        if out[a].per.is_some() != out[b].per.is_some() {
            let per = out[a].per.clone().or_else(|| out[b].per.clone());
            out[a].per.clone_from(&per);
            out[b].per = per;
        }
    }
    out
}

/// The pairs of amounts of `values` (one sentence of `text`, in order) where the second is
/// the first written in another currency: "4 million lei, or about €800,000", "£2m ($2.5m)".
/// Each pair is two neighbouring values with only a link of the data's `conversion_links`,
/// commas, brackets or dashes between them.
///
/// ```
/// use gainsay::values::{conversions, scan, Context};
/// let s = "The fine was 4 million lei, or about €800,000, the court said.";
/// let v = scan(s, 0, s.len(), &Context::default());
/// assert_eq!(conversions(s, &v), vec![(0, 1)]);
/// // Near miss: two amounts of one sentence, each of its own thing.
/// let s = "The fine was 4 million lei and costs were €800,000.";
/// assert!(conversions(s, &scan(s, 0, s.len(), &Context::default())).is_empty());
/// ```
pub fn conversions(text: &str, values: &[ValueMention]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (k, pair) in values.windows(2).enumerate() {
        let [a, b] = pair else { continue };
        let money = a.dimension == Dimension::Money && b.dimension == Dimension::Money;
        if !money || a.unit == b.unit || a.unit.is_none() || b.unit.is_none() || a.span.end > b.span.start {
            continue;
        }
        let Some(gap) = text.get(a.span.end..b.span.start) else { continue };
        if gap.len() <= 32 && conversion_link(gap) {
            out.push((k, k + 1));
        }
    }
    out
}

/// True when `gap` links an amount to its equivalent: words of one of the data's
/// `conversion_links` ("or about"), or none and a comma, bracket or dash ("£2m ($2.5m)"),
/// with nothing else but spaces and such marks.
fn conversion_link(gap: &str) -> bool {
    const MARKS: [char; 5] = [',', '(', '-', '\u{2014}', '\u{2013}'];
    if !gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || MARKS.contains(&c)) {
        return false;
    }
    let words: Vec<String> =
        gap.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    if words.is_empty() {
        // A hyphen alone may join a range ("£2m-$3m" is no equivalent); a spaced dash may not.
        return gap.contains([',', '(', '\u{2014}', '\u{2013}']) || gap.contains(" - ");
    }
    Table::builtin().conversion_links.contains(&words)
}

/// The date an article gives itself in its first lines ("Published 4 August 2024",
/// "2024-11-03 06:12 GMT", "Thursday, April 9, 2026"), if any.
///
/// ```
/// use gainsay::values::dateline;
/// let d = dateline("Thursday, April 9, 2026\n\nHEADLINE\nText.").unwrap();
/// assert_eq!((d.year, d.month, d.day), (Some(2026), Some(4), Some(9)));
/// let d = dateline("Ferry news\n\nUpdated Mar 4, 2031 at 16:30\n\nText.").unwrap();
/// assert_eq!((d.year, d.month, d.day), (Some(2031), Some(3), Some(4)));
/// assert!(dateline("Ferry news\n\nThe ferry service was cut on Mar 4, 2031 at 16:30 by the board.").is_none());
/// ```
pub fn dateline(text: &str) -> Option<CalendarDate> {
    // The aligner, the facts and the year guess each ask for an article's dateline: it is
    // read once per thread and remembered, keyed by all the text it depends on.
    const KEPT: usize = 8192;
    thread_local! {
        static SEEN: crate::thread_memo::Table<Option<CalendarDate>> = Default::default();
    }
    let key = &text[..dateline_reach(text)];
    crate::thread_memo::remembered(&SEEN, key, KEPT, || read_dateline(text))
}

/// The bytes of `text` that [`read_dateline`] reads: the head, then up to the first
/// character that is not white space after it (a wire dateline's date is followed by
/// "(" or a dash, looked for past the white space).
fn dateline_reach(text: &str) -> usize {
    let head_end = head_end(text);
    let rest = &text[head_end..];
    rest.char_indices().find(|(_, c)| !c.is_whitespace()).map_or(text.len(), |(i, c)| head_end + i + c.len_utf8())
}

/// The byte where the article's first [`HEAD_CHARS`] characters end.
fn head_end(text: &str) -> usize {
    // In ASCII a character is a byte: no decoding.
    match text.as_bytes().get(..HEAD_CHARS) {
        None => text.len(),
        Some(head) if head.is_ascii() => HEAD_CHARS.min(text.len()),
        Some(_) => text.char_indices().nth(HEAD_CHARS).map_or(text.len(), |(i, _)| i),
    }
}

/// [`dateline`], read.
fn read_dateline(text: &str) -> Option<CalendarDate> {
    let head_end = head_end(text);
    for line in text[..head_end].lines().filter(|l| !l.trim().is_empty()).take(HEAD_LINES) {
        let at = line.as_ptr() as usize - text.as_ptr() as usize;
        // "Business | Thursday 8 October 2026", "By Staff | 12 Mar 2026 | 4 min read": each
        // part between bars or dots is read as a line of its own.
        let mut from = 0;
        for part in line.split(['|', '·', '•']) {
            let start = at + from;
            from += part.len() + line[from + part.len()..].chars().next().map_or(0, char::len_utf8);
            // A dateline's date has its year, and without a dateline to count from a year is
            // written in figures, four of them at least (a year token is all digits, 1800 to
            // 2100; a date in figures ends in one): a part without four digits in a row holds
            // neither, and is not scanned.
            if !has_year_figures(part) || part.trim().len() > FIGURES_PART && !may_hold_dated(part) {
                continue;
            }
            let found = scan(text, start, start + part.len(), &Context::default());
            // A dateline is mostly its date and time ("Published 4 August 2024", "Updated
            // Jun 3, 2031 at 16:30"), not a sentence that happens to hold one ("The accord
            // was signed on 21 October 2026.").
            let full = part.trim().len().max(1);
            let clock: usize = found.iter().filter(|v| v.dimension == Dimension::Time).map(|v| v.span.len()).sum();
            let dated = found.iter().find(|v| {
                v.date.is_some_and(|d| d.year.is_some() && d.day.is_some()) && (v.span.len() + clock) * 100 >= full * 45
            });
            if let Some(d) = dated.and_then(|v| v.date).or_else(|| figures_date(part)) {
                return Some(d);
            }
        }
        // A wire dateline: "OSLO, March 3 (Agency) - …": a place in capitals, then the day
        // without its year, then the agency or a dash. The agency may lead instead ("(Agency)
        // OSLO, Tuesday 3 March — …"), and the place may be left out ("Tuesday 3 March 2026 —
        // …"): then the date opens the line.
        let lead = agency_skipped(line);
        let lead_at = at + (line.len() - lead.len());
        let first = lead.split([',', ' ']).next().unwrap_or("");
        let place_first = first.len() > 1 && first.chars().all(|c| c.is_uppercase() || c == '-' || c == '.');
        // (Its date has its month: a line that names none is not scanned.)
        if may_hold_dated(line) {
            let found = scan(text, at, at + line.len(), &Context::default());
            let wire = found.iter().find(|v| {
                let after = text[v.span.end..].trim_start();
                v.date.is_some_and(|d| d.day.is_some() && d.month.is_some())
                    && (after.starts_with('(') || after.starts_with(['-', '–', '—']))
                    && v.span.start >= lead_at
                    && if place_first { v.span.start - lead_at < WIRE_REACH } else { v.span.start == lead_at }
            });
            if let Some(d) = wire.and_then(|v| v.date) {
                return Some(d);
            }
        }
    }
    None
}

/// `line` without the agency in brackets it opens with ("(Agency) OSLO, …" gives "OSLO,
/// …"), or the whole line.
fn agency_skipped(line: &str) -> &str {
    let trimmed = line.trim_start();
    let Some(rest) = trimmed.strip_prefix('(') else { return trimmed };
    // An agency's name is short: a bracket that runs on is an aside, not an agency.
    match rest.find(')') {
        Some(close) if close <= AGENCY_CHARS => rest[close + 1..].trim_start(),
        _ => trimmed,
    }
}

/// The longest agency name in brackets before a wire dateline.
const AGENCY_CHARS: usize = 40;

/// True when `part` has four ASCII digits in a row: a year in figures needs them.
fn has_year_figures(part: &str) -> bool {
    let mut run = 0;
    for b in part.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// False when `part` cannot hold a date with its day and month as [`scan`] reads them
/// without a dateline: that needs a month's name (a capitalised word that starts a token,
/// in ASCII letters, its first three those of a month in the table) or a year in figures
/// with a dash after it ("2031-04-29").
fn may_hold_dated(part: &str) -> bool {
    static HEADS: std::sync::OnceLock<Option<Vec<[u8; 3]>>> = std::sync::OnceLock::new();
    let heads = HEADS.get_or_init(|| {
        let mut heads = Vec::new();
        for m in Table::builtin().months.keys() {
            // A month the test cannot tell by three ASCII letters: every part may hold one.
            let head: [u8; 3] = m.as_bytes().get(..3)?.try_into().ok()?;
            if !head.iter().all(u8::is_ascii_lowercase) {
                return None;
            }
            heads.push(head);
        }
        Some(heads)
    });
    let Some(heads) = heads else { return true };
    let b = part.as_bytes();
    (0..b.len()).any(|p| {
        let iso = b[p] == b'-' && p >= 4 && b[p - 4..p].iter().all(u8::is_ascii_digit);
        let month = || {
            b[p].is_ascii_uppercase()
                && (p == 0 || !b[p - 1].is_ascii_alphabetic())
                && b.get(p..p + 3).is_some_and(|w| heads.contains(&[w[0] | 0x20, w[1] | 0x20, w[2] | 0x20]))
        };
        iso || month()
    })
}

/// The longest part of a head line read for a date written in figures.
const FIGURES_PART: usize = 40;

/// A dateline's date written in figures: "14/10/2026", "Posted 30.10.2026 at 18:05". Dots
/// put the day first; with slashes the day is the one of the first two that cannot be a
/// month ("10/14/2026" is October 14), and "03/04/2026" is read as no date.
///
/// ```
/// # use gainsay::values::dateline;
/// let d = dateline("Ferry news · 14/10/2026\n\nThe ferry sailed.").unwrap();
/// assert_eq!((d.year, d.month, d.day), (Some(2026), Some(10), Some(14)));
/// assert!(dateline("Ferry news · 03/04/2026\n\nThe ferry sailed.").is_none());
/// ```
fn figures_date(part: &str) -> Option<CalendarDate> {
    if part.trim().len() > FIGURES_PART {
        return None;
    }
    part.split(|c: char| c.is_whitespace() || c == ',').find_map(|token| {
        let sep = if token.contains('.') { '.' } else { '/' };
        let f: Vec<&str> = token.split(sep).collect();
        let figures =
            |x: &str, n: std::ops::RangeInclusive<usize>| n.contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
        if f.len() != 3 || !figures(f[0], 1..=2) || !figures(f[1], 1..=2) || !figures(f[2], 4..=4) {
            return None;
        }
        let (x, y, year): (u8, u8, i32) = (f[0].parse().ok()?, f[1].parse().ok()?, f[2].parse().ok()?);
        let (day, month) = match sep {
            '.' => (x, y),
            _ if x > 12 => (x, y),
            _ if y > 12 => (y, x),
            _ => return None,
        };
        jiff::civil::Date::new(year as i16, month as i8, day as i8).ok()?;
        Some(CalendarDate { year: Some(year), month: Some(month), day: Some(day), ..Default::default() })
    })
}

/// The most words of a city's name read before "time" ("Rio de Janeiro time").
const MAX_PLACE_WORDS: usize = 3;

/// How far "about" reaches from a time of day, in minutes ([`Scanner::time_hedge`]): half an
/// hour either way of a whole hour, half that of a time to the minute.
const TIME_NEAR: f64 = 30.0;

/// The tokens before a weekday searched for a word that puts it in the future.
const FUTURE_REACH: usize = 8;

/// How far into an article its dateline is looked for: characters, and lines with text.
const HEAD_CHARS: usize = 600;
const HEAD_LINES: usize = 6;
/// The bytes before a wire dateline's date: the place ("SAN FRANCISCO, California, ").
const WIRE_REACH: usize = 60;

/// True when `v` is the date of a wire dateline ("OSLO, March 3 (Agency) - …") rather than
/// the date of something the sentence tells.
pub fn is_wire_dateline(text: &str, v: &ValueMention) -> bool {
    let after = text.get(v.span.end..).unwrap_or("").trim_start();
    v.dimension == Dimension::Date && (after.starts_with('(') || after.starts_with(['-', '–', '—']))
}

/// `s.to_lowercase() == lower`, without building the lower-cased string for ASCII `s`.
#[inline]
fn lower_is(s: &str, lower: &str) -> bool {
    if s.is_ascii() {
        s.len() == lower.len() && s.bytes().zip(lower.bytes()).all(|(a, b)| a.to_ascii_lowercase() == b)
    } else {
        s.to_lowercase() == lower
    }
}

/// The part of `w` before its first hyphen, if it has one (a byte search: most words have
/// none).
#[inline]
fn hyphen_head(w: &str) -> Option<&str> {
    w.bytes().position(|b| b == b'-').map(|k| &w[..k])
}

/// [`hyphen_head`] of a word known to hold a hyphen or not (folding adds none and removes
/// none): most words hold none, and are not searched.
#[inline]
fn hyphen_head_if(hyphen: bool, w: &str) -> Option<&str> {
    if hyphen {
        hyphen_head(w)
    } else {
        None
    }
}

/// True when `s` is ASCII with no capital: its lower case is itself.
#[inline]
fn is_lower_ascii(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// Appends `s` in lower case to `out`, with the typographic apostrophe as a plain one.
fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // One copy, lowered in place: no character pushed at a time.
        let from = out.len();
        out.push_str(s);
        out[from..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        match c {
            '’' => out.push('\''),
            c => out.extend(c.to_lowercase()),
        }
    }
}

struct Scanner<'a> {
    text: &'a str,
    toks: &'a [Tok],
    t: &'static Table,
    ctx: &'a Context,
    lower: String,
}

/// A number read from digits or words: value, decimals written, tokens used.
struct Number {
    value: f64,
    decimals: u32,
    next: usize,
    digits: bool,
    /// The rest of a hyphenated word after its number: "year" in "two-year".
    tail: Option<String>,
}

impl<'a> Scanner<'a> {
    fn s(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    /// True when token `i` is ASCII with no capital (so is its own lower case), as
    /// [`is_lower_ascii`] of its text (true past the end, for the empty string).
    #[inline]
    fn is_lower(&self, i: usize) -> bool {
        self.toks.get(i).is_none_or(|t| t.lower)
    }

    fn low(&mut self, i: usize) -> &str {
        let s = self.s(i);
        // Most words are written in lower-case ASCII already.
        if self.is_lower(i) {
            return s;
        }
        self.lower.clear();
        fold_into(s, &mut self.lower);
        &self.lower
    }

    /// [`low`](Self::low) as a value of its own: borrowed from the text when the word is
    /// written in lower case already (most are), so keeping it neither allocates nor holds
    /// the scanner.
    fn lowered(&self, i: usize) -> Cow<'a, str> {
        let s = self.s(i);
        if self.is_lower(i) {
            return Cow::Borrowed(s);
        }
        let mut out = String::with_capacity(s.len());
        fold_into(s, &mut out);
        Cow::Owned(out)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.s(i).eq_ignore_ascii_case(word)
    }

    fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }

    /// A token a value can start at: a figure, a number or calendar word, a capitalised word
    /// (months, weekdays). Most words are none of these, and are passed over at once.
    fn may_start(&mut self, i: usize) -> bool {
        match self.kind(i) {
            Some(TokKind::Num) => !self.in_name(i),
            Some(TokKind::Word) => {
                let s = self.s(i);
                let tok = self.toks[i];
                // A word in lower-case ASCII, most of them, starts with no capital.
                let capital = !tok.lower && crate::text::is_upper_start(s);
                let t = self.t;
                if capital && s.is_ascii() {
                    // Folding ASCII keeps the first letter and every length: the shapes of
                    // the three forms below are known before folding, and most capitalised
                    // words (names) fit none of them.
                    let trimmed = s.trim_end_matches('.').len();
                    let head = hyphen_head_if(tok.hyphen, s).map_or(s.len(), str::len);
                    let owner = possessor(s).map_or(s.len(), str::len);
                    let letter = s.as_bytes()[0].to_ascii_lowercase();
                    if ![s.len(), trimmed, head, owner].into_iter().any(|n| t.may_start_shaped(letter, n)) {
                        return false;
                    }
                }
                // A word in lower-case ASCII, most of them, is its own lower case.
                let w = if !capital && tok.lower { s } else { self.low(i) };
                if capital {
                    // What `date` and `quantity` take a capitalised word as, or what they
                    // read of it: the word, without its period ("Sept."), before a hyphen.
                    let head = hyphen_head_if(tok.hyphen, w).unwrap_or(w);
                    let starts = |x: &str| t.may_start_with(x) && t.capital_starters.contains(x);
                    // "Thursday's vote": a weekday or month owning a noun.
                    let owner = possessor(w).is_some_and(|o| t.weekdays.contains_key(o) || t.months.contains_key(o));
                    return starts(w) || starts(w.trim_end_matches('.')) || starts(head) || owner;
                }
                match hyphen_head_if(tok.hyphen, w) {
                    // "twenty-five": the cardinal before the hyphen.
                    Some(head) => {
                        (t.may_start_with(head) && t.cardinals.contains_key(head))
                            || (t.month_parts.contains(head) && part_month(t, s).is_some())
                            || (t.may_start_with(w)
                                && (t.ordinals.contains_key(w)
                                    || t.relative_days.contains_key(w)
                                    || t.fractions.contains_key(w)))
                    }
                    None => t.may_start_with(w) && t.may_start_paired(w) && t.starters.contains(w),
                }
            }
            _ => false,
        }
    }

    /// A figure glued to letters that make it part of a name is no value: letters before
    /// it that are no currency ("G8", "A380", but "KSh500" is money), capitals after it
    /// that are no unit or scale ("3G", "4WD", but "60W" and "10K").
    fn in_name(&self, i: usize) -> bool {
        let before = i > 0 && self.glued(i) && self.kind(i - 1) == Some(TokKind::Word) && {
            let w = self.s(i - 1);
            !self.t.prefixes.iter().any(|(p, _)| p == w)
        };
        before || (self.glued(i + 1) && self.kind(i + 1) == Some(TokKind::Word) && self.t.names_a_thing(self.s(i + 1)))
    }

    fn run(&mut self, out: &mut Vec<ValueMention>) {
        let mut i = 0;
        while i < self.toks.len() {
            if !self.may_start(i) {
                i += 1;
                continue;
            }
            let next = self.date(i, out).or_else(|| self.time(i, out)).or_else(|| self.quantity(i, out));
            i = next.unwrap_or(i + 1).max(i + 1);
        }
    }

    // ----- numbers -----------------------------------------------------------------------

    fn number(&mut self, i: usize) -> Option<Number> {
        match self.kind(i)? {
            TokKind::Num => {
                let s = self.s(i);
                if s.contains(':') {
                    return None;
                }
                // Most numbers have no thousands comma: read as written, not copied.
                let clean: Cow<'_, str> = match s.contains(',') {
                    true => s.chars().filter(|&c| c != ',').collect::<String>().into(),
                    false => s.into(),
                };
                let value: f64 = clean.parse().ok()?;
                let decimals = clean.split_once('.').map_or(0, |(_, d)| d.len() as u32);
                Some(Number { value, decimals, next: i + 1, digits: true, tail: None })
            }
            TokKind::Word => self.number_words(i),
            TokKind::Sym => None,
        }
    }

    fn number_words(&mut self, i: usize) -> Option<Number> {
        // "over a twenty-year period": "a" is the article of the figure after it, not a one
        // to add to it ("a hundred", "a dozen" are read below).
        if matches!(&*self.lowered(i), "a" | "an") && self.number_word_at(i + 1) {
            return None;
        }
        let mut total = 0.0;
        let mut current = 0.0;
        let mut j = i;
        let mut any = false;
        let mut tail = None;
        while j < self.toks.len() && self.kind(j) == Some(TokKind::Word) {
            let w = self.lowered(j);
            let mut used = false;
            let mut consumed = 0;
            for part in w.split('-') {
                if let Some(&v) = self.t.cardinals.get(part) {
                    if (part == "a" || part == "an") && any {
                        return None;
                    }
                    current += v;
                    used = true;
                } else if part == "dozen" {
                    // "a dozen", "two dozen", "half a dozen".
                    current = current.max(1.0) * 12.0;
                    used = true;
                } else if part == "half" && !any && self.is(j + 1, "a") && self.is(j + 2, "dozen") {
                    return Some(Number { value: 6.0, decimals: 0, next: j + 3, digits: false, tail: None });
                } else if part == "half" && !any && self.is(j + 1, "a") && self.is_unit_word(j + 2) {
                    // "half a point", "half a percentage point", "half a million": a half of
                    // the unit or scale after it, as "a quarter point" is a quarter.
                    return Some(Number { value: 0.5, decimals: 2, next: j + 2, digits: false, tail: None });
                } else if part == "hundred" && any {
                    current = current.max(1.0) * 100.0;
                    used = true;
                } else if (part == "thousand" || part == "million" || part == "billion") && any {
                    let scale = self.t.scales.get(part).copied().unwrap_or(1.0);
                    total += current.max(1.0) * scale;
                    current = 0.0;
                    used = true;
                } else {
                    if used {
                        // "two-year": the number ends inside the word.
                        tail = Some(w[consumed..].to_string());
                        j += 1;
                    }
                    used = false;
                    break;
                }
                consumed += part.len() + 1;
                any = true;
            }
            if !used {
                break;
            }
            j += 1;
            // "two and a half million", "three and a half hours": a half more, before the
            // scale or unit that follows (not "a half million" read apart from the "two").
            if self.is(j, "and")
                && self.is(j + 1, "a")
                && self.is(j + 2, "half")
                && current > 0.0
                && self.number_word_at(j - 1)
            {
                current += 0.5;
                j += 3;
                continue;
            }
            if self.is(j, "and") && self.number_word_at(j + 1) && !self.is(j - 1, "a") {
                // "one hundred and twenty" but not "five years and two months" (handled by durations).
                if self.is(j - 1, "hundred") {
                    j += 1;
                }
            }
        }
        if !any {
            return None;
        }
        let first = self.lowered(i);
        if first == "a" || first == "an" || first == "one" {
            // "a" is a number only before a unit or scale: "a decade", "a quarter point".
            if j == i + 1 {
                let nxt = self.lowered(j);
                let fraction = self.t.fractions.get(&*nxt).copied();
                // "a third straight year" ranks: a fraction is "of" something or a unit.
                let rank = self.t.ordinals.contains_key(&*nxt)
                    && self.kind(j + 1) == Some(TokKind::Word)
                    && !self.is(j + 1, "of")
                    && !self.is_unit_word(j + 1);
                if rank {
                    return None;
                }
                if let Some(f) = fraction {
                    // "a quarter of a century", "a third of a mile": the fraction of the unit
                    // or scale after "of a", as "half a century" is a half of it.
                    let of_a = self.is(j + 1, "of") && (self.is(j + 2, "a") || self.is(j + 2, "an"));
                    let next = if of_a && self.is_unit_word(j + 3) { j + 3 } else { j + 1 };
                    return Some(Number { value: f, decimals: 2, next, digits: false, tail: None });
                }
                if first != "one" && !self.t.forms.contains_key(&*nxt) && !self.t.scales.contains_key(&*nxt) {
                    return None;
                }
            }
        }
        // "four,250": a leading digit written as a word is still one figure.
        if tail.is_none()
            && self.is(j, ",")
            && self.glued(j)
            && self.glued(j + 1)
            && self.kind(j + 1) == Some(TokKind::Num)
            && self.s(j + 1).len() == 3
        {
            if let Ok(rest) = self.s(j + 1).parse::<f64>() {
                return Some(Number {
                    value: (total + current) * 1000.0 + rest,
                    decimals: 0,
                    next: j + 2,
                    digits: true,
                    tail,
                });
            }
        }
        Some(Number { value: total + current, decimals: 0, next: j, digits: false, tail })
    }

    /// A unit or scale word at `i`: "point" in "a quarter point".
    fn is_unit_word(&mut self, i: usize) -> bool {
        let w = self.lowered(i);
        self.t.forms.contains_key(&*w) || self.t.scales.contains_key(&*w)
    }

    fn number_word_at(&mut self, i: usize) -> bool {
        if self.kind(i) != Some(TokKind::Word) {
            return false;
        }
        let w = self.lowered(i);
        w.split('-').next().is_some_and(|p| self.t.cardinals.contains_key(p) && p != "a" && p != "an")
    }

    /// A hedge ending just before token `i`.
    fn hedge_before(&mut self, i: usize) -> Option<(Hedge, usize)> {
        let mut best: Option<(Hedge, usize)> = None;
        // The word just before `i` rules out most phrases at once, and most words end none.
        let last = self.s(i.wrapping_sub(1));
        if last.is_ascii() && !self.t.hedge_ends.contains(self.low(i.wrapping_sub(1))) {
            return None;
        }
        for (words, h) in &self.t.hedges_before {
            let n = words.len();
            if n > i || !words.last().is_some_and(|w| lower_is(last, w)) {
                continue;
            }
            if words.iter().enumerate().all(|(k, w)| lower_is(self.s(i - n + k), w)) {
                if best.is_none_or(|(_, at)| i - n < at) {
                    best = Some((*h, i - n));
                }
                break;
            }
        }
        best
    }

    /// A unit or currency written from token `i`: its sense and the token after it.
    fn unit_at(&mut self, i: usize) -> Option<(table::UnitSense, usize)> {
        if self.kind(i) == Some(TokKind::Sym) {
            // "°C", "%" are handled by callers; "/": "km/h" is one form.
            return None;
        }
        let first = self.lowered(i);
        let list = self.t.forms.get(&*first)?;
        for (words, sense) in list {
            let mut j = i;
            let mut ok = true;
            for w in words {
                // Forms with a slash ("km/h") span three tokens.
                let mut got = self.lowered(j).into_owned();
                let mut k = j + 1;
                while got.len() < w.len() && k < self.toks.len() && self.glued(k) {
                    got.push_str(self.low(k));
                    k += 1;
                }
                if got != *w {
                    ok = false;
                    break;
                }
                j = k;
            }
            // "an MI6 officer": letters glued to a figure after them name a thing.
            if ok && !(self.glued(j) && self.kind(j) == Some(TokKind::Num)) {
                return Some((sense.clone(), j));
            }
        }
        None
    }

    /// A currency glued before the number at `i` ("€340m", "US$5") or an upper-case code
    /// before it ("EUR 340 million"); returns the code and the first token of the amount.
    fn currency_before(&mut self, i: usize) -> Option<(String, usize)> {
        if i == 0 {
            return None;
        }
        // Glued symbols: join the glued tokens before i.
        // The longest first: "A$" is Australian where "$" alone is the US dollar.
        let mut far = i;
        while far > 0 && self.glued(far) && i - far < 3 {
            far -= 1;
        }
        for k in far..i {
            let written = &self.text[self.toks[k].start..self.toks[i].start];
            for (p, code) in &self.t.prefixes {
                if written == p || (written.eq_ignore_ascii_case(p) && !p.chars().any(char::is_alphabetic)) {
                    // "R14 billion" is rand, "R2" a name: a one-letter symbol wants an amount.
                    let letter = p.chars().count() == 1 && p.chars().all(char::is_alphabetic);
                    let amount = self.s(i).contains([',', '.']) || self.t.scales.contains_key(self.low(i + 1));
                    if letter && !amount {
                        continue;
                    }
                    return Some((code.clone(), k));
                }
            }
        }
        let prev = self.s(i - 1);
        if prev.len() == 3 && prev.chars().all(|c| c.is_ascii_uppercase()) {
            if let Some(code) = self.t.codes.get(prev) {
                return Some((code.clone(), i - 1));
            }
        }
        None
    }

    fn quantity(&mut self, i: usize, out: &mut Vec<ValueMention>) -> Option<usize> {
        // Ordinals: "third term", "21st".
        if self.kind(i) == Some(TokKind::Word) {
            let w = self.lowered(i);
            if let Some(&n) = self.t.ordinals.get(&*w) {
                // "a third of" is a fraction, "second" alone a unit of time; "a third
                // straight year" is a rank.
                let after_a = self.is(i.wrapping_sub(1), "a") && !self.is_unit_word(i + 1);
                if (after_a || !self.is(i.wrapping_sub(1), "a"))
                    && !self.is(i + 1, "of")
                    && self.kind(i + 1) == Some(TokKind::Word)
                {
                    let counted = Some(self.lowered(i + 1).into_owned());
                    out.push(self.mention(i, i + 1, Dimension::Ordinal, None, n as f64, n as f64, n as f64, counted));
                    return Some(i + 1);
                }
                return None;
            }
        }
        let num = self.number(i)?;
        let mut first = i;
        let mut next = num.next;
        let mut value = num.value;
        // A decade ("the 1980s") is an era, not a count of anything.
        if num.digits
            && num.decimals == 0
            && (1000.0..=2100.0).contains(&value)
            && value % 10.0 == 0.0
            && self.glued(next)
            && self.s(next) == "s"
        {
            return Some(next + 1);
        }
        // A rank: "world No. 38", "No 4 seed".
        if num.digits && num.decimals == 0 && i > 0 {
            let at = if self.is(i - 1, ".") && i > 1 { i - 2 } else { i - 1 };
            if self.s(at) == "No" {
                let counted = self.counted_at(next);
                out.push(self.mention(at, next, Dimension::Ordinal, None, value, value, value, counted));
                return Some(next);
            }
        }
        // "21st", "3rd".
        if num.digits && self.glued(next) && matches!(self.low(next), "st" | "nd" | "rd" | "th") {
            let counted = self.counted_at(next + 1);
            out.push(self.mention(i, next + 1, Dimension::Ordinal, None, value, value, value, counted));
            return Some(next + 1);
        }
        // Scores and tallies: "3-1", "by four goals to one", "eight votes to three".
        if let Some(end) = self.score(i, &num, out) {
            return Some(end);
        }
        // "a two-year deal", "the four-year-old".
        if let Some(tail) = &num.tail {
            if tail.starts_with("year-old") {
                out.push(self.mention(i, next, Dimension::Age, None, value, value, value, None));
                return Some(next);
            }
            let sense = self.t.forms.get(tail.as_str()).and_then(|l| l.iter().find(|(w, _)| w.len() == 1));
            if let Some((_, sense)) = sense.filter(|(_, s)| s.dimension != Dimension::Money) {
                let v = value * sense.factor;
                let counted = self.counted_at(next);
                let mut m = self.mention(i, next, sense.dimension, Some(sense.canonical.clone()), v, v, v, counted);
                if let Some((_, at)) = self.hedge_before(i) {
                    m.hedged = true;
                    m.low = v * 0.9;
                    m.high = v * 1.1;
                    m.span.start = self.toks[at].start;
                }
                out.push(m);
                return Some(next);
            }
            return Some(next);
        }
        let mut currency = self.currency_before(i);
        if let Some((_, k)) = &currency {
            first = *k;
        }
        // Scale: "1.5 billion", "€340m", "£400k".
        let mut scaled = false;
        let sw = self.lowered(next);
        if let Some(&s) = self.t.scales.get(&*sw) {
            let is_metre = sw == "m" && currency.is_none() && !self.kind(next + 1).is_some_and(|k| k == TokKind::Word);
            let glued_letter = sw.len() <= 2;
            if !is_metre && (!glued_letter || self.glued(next) || currency.is_some()) && sw != "hundred"
                || sw == "hundred"
            {
                value *= s;
                next += 1;
                scaled = true;
                // "1.5 million to 2 million" stays two values.
            }
        }
        // Age: "52-year-old", "aged 52", "Lindgren, 47,".
        if num.digits || num.value > 0.0 {
            if self.is(next, "-") && self.glued(next) && self.low(next + 1).starts_with("year-old") {
                out.push(self.mention(first, next + 2, Dimension::Age, None, value, value, value, None));
                return Some(next + 2);
            }
            if i > 0 && (self.is(i - 1, "aged") || self.is(i - 1, "age")) && !scaled {
                out.push(self.mention(i - 1, next, Dimension::Age, None, value, value, value, None));
                return Some(next);
            }
            // "Yesterday, still only 21, he won": an age set off by commas after "only".
            let only = i >= 3
                && (self.is(i - 1, "only") || self.is(i - 1, "just") || self.is(i - 1, "barely"))
                && (self.is(i - 2, ",") || (self.is(i - 2, "still") && self.is(i - 3, ",")));
            if only && self.is(next, ",") && value < 120.0 && num.decimals == 0 && !scaled {
                out.push(self.mention(i, next, Dimension::Age, None, value, value, value, None));
                return Some(next);
            }
            if i >= 2
                && num.digits
                && self.is(i - 1, ",")
                && (self.is(next, ",") || next >= self.toks.len())
                && value < 120.0
                && num.decimals == 0
                && crate::text::is_upper_start(self.s(i - 2))
                && self.kind(i - 2) == Some(TokKind::Word)
            {
                out.push(self.mention(i, next, Dimension::Age, None, value, value, value, None));
                return Some(next);
            }
        }
        // A year: "in 2027", "since 2008".
        if num.digits && !scaled && currency.is_none() && num.decimals == 0 && !self.s(i).contains(',') {
            let v = num.value;
            if (1800.0..=2100.0).contains(&v)
                && self.unit_at(next).is_none()
                && !self.is(next, "%")
                && !self.is(next, "-")
                && self.counted_at(next).is_none()
            {
                let date = CalendarDate { year: Some(v as i32), ..Default::default() };
                out.push(self.date_mention(first, next, date));
                return Some(next);
            }
        }
        // The first end of a range carries what the second end does: "5 to 10 per cent", "from
        // 2 to 3 million people", "between 40 and 60 km" (not a bare count of nothing).
        let end = (!scaled && currency.is_none()).then(|| self.range_end(i, next)).flatten();
        if let Some(factor) = end.as_ref().and_then(|e| e.scale) {
            value *= factor;
            scaled = true;
        }
        // Percent.
        let mut dimension = Dimension::Count;
        let mut unit: Option<String> = None;
        if let Some(after) = self.percent_at(next) {
            dimension = Dimension::Percent;
            next = after;
        } else if self.is(next, "-") && self.glued(next) && self.kind(next + 1) == Some(TokKind::Word) {
            // "a two-year deal", "a 12-km stretch": a measure used as an adjective.
            if let Some((sense, after)) = self.unit_at(next + 1) {
                dimension = sense.dimension;
                value *= sense.factor;
                unit = Some(sense.canonical);
                next = after;
            }
        } else if let Some((sense, after)) =
            self.unit_at(next).filter(|_| num.digits || self.s(next).chars().count() > 1)
        {
            // A one-letter unit ("30C", "5 m") follows digits: in "a C$5 million" or "one
            // A-list star" the letter starts something else.
            if sense.dimension == Dimension::Money {
                if currency.is_none() {
                    currency = Some((sense.canonical.clone(), first));
                }
            } else {
                dimension = sense.dimension;
                value *= sense.factor;
                unit = Some(sense.canonical);
            }
            next = after;
        }
        if let Some(end) = end.as_ref().filter(|_| dimension == Dimension::Count && unit.is_none()) {
            if end.percent {
                dimension = Dimension::Percent;
            } else if let Some(sense) = &end.unit {
                if sense.dimension == Dimension::Money {
                    currency = Some((sense.canonical.clone(), first));
                } else {
                    dimension = sense.dimension;
                    value *= sense.factor;
                    unit = Some(sense.canonical.clone());
                }
            }
        }
        // Compound durations: "five years and two months".
        let mut last_step: Option<f64> = None;
        if dimension == Dimension::Duration && self.is(next, "and") {
            if let Some(n2) = self.number(next + 1) {
                if let Some((sense, after)) = self.unit_at(n2.next) {
                    if sense.dimension == Dimension::Duration {
                        value += n2.value * sense.factor;
                        next = after;
                        // "5 hours and 38 minutes" is written to the minute, not the hour.
                        last_step = Some(if n2.digits { 0.5 * sense.factor } else { 0.0 });
                    }
                }
            }
        }
        if let Some((code, _)) = &currency {
            dimension = Dimension::Money;
            unit = Some(code.clone());
        }
        // Magnitude: "magnitude 5.8", "a 5.8-magnitude quake".
        if i > 0 && self.is(i - 1, "magnitude") && dimension == Dimension::Count {
            dimension = Dimension::Magnitude;
            first = i - 1;
        } else if self.is(next, "-") && self.is(next + 1, "magnitude") {
            dimension = Dimension::Magnitude;
            next += 2;
        }
        // Percentage points: "a quarter point", "25 basis points" read by the units table.
        let unit_factor_applied = value;
        // Interval: precision written, then hedges.
        let scale = if num.digits { unit_factor_applied / num.value.max(f64::MIN_POSITIVE) } else { 1.0 };
        // The last digit written is rounded: "81 mph" is 80.5–81.5 mph.
        let half_step = match last_step {
            Some(step) => step,
            None if num.digits => 0.5 * 10f64.powi(-(num.decimals as i32)) * scale.abs(),
            None => 0.0,
        };
        let mut low = value - half_step;
        let mut high = value + half_step;
        let mut hedged = false;
        if let Some((h, at)) = self.hedge_before(first) {
            hedged = true;
            first = at;
            match h {
                Hedge::About => {
                    low = value * 0.9;
                    high = value * 1.1;
                }
                Hedge::Below => {
                    low = value * 0.85;
                    high = value;
                }
                Hedge::Above => high = f64::INFINITY,
                Hedge::UpTo => low = 0.0,
            }
        }
        let mut after_hedge = None;
        for (words, h) in &self.t.hedges_after {
            if words.iter().enumerate().all(|(k, w)| lower_is(self.s(next + k), w)) {
                after_hedge = Some((*h, words.len()));
                break;
            }
        }
        if let Some((h, n)) = after_hedge {
            hedged = true;
            next += n;
            match h {
                Hedge::Above => high = f64::INFINITY,
                Hedge::UpTo => low = 0.0,
                Hedge::About | Hedge::Below => {
                    low = low.min(value * 0.9);
                    high = high.max(value * 1.1);
                }
            }
        }
        // A range allows what its second end does; not a change "from 10 to 5 per cent", whose
        // first figure is the level before it.
        if let Some(top) = end.as_ref().map(|e| e.top).filter(|&top| top > value && !self.is(i.wrapping_sub(1), "from"))
        {
            high = high.max(top);
        }
        // "per share", "a share", "an hour".
        let mut per = None;
        if (self.is(next, "per")
            || self.is(next, "a")
            || self.is(next, "an")
            || self.is(next, "each")
            || self.is(next, "every"))
            && self.kind(next + 1) == Some(TokKind::Word)
            && dimension != Dimension::Count
            && !self.is(next + 1, "year")
        // "a year" is a time, not a rate, for most figures
        {
            // The head of a short noun phrase: "per Norvik share" is per share.
            let mut k = next + 1;
            let mut head = None;
            while k < next + 4 && self.kind(k) == Some(TokKind::Word) {
                let w = self.lowered(k);
                if is_function_word(&w) {
                    break;
                }
                head = Some((w, k));
                k += 1;
            }
            if let Some((noun, at)) = head {
                per = Some(noun.into_owned());
                next = at + 1;
            }
        }
        // What it counts: "312 posts", "44 of the 120 seats".
        let mut counted = self.counted_at(next).or_else(|| end.and_then(|e| e.counted));
        if counted.is_none() && self.is(next, "of") {
            let mut k = next + 1;
            if self.is(k, "the") || self.is(k, "its") || self.is(k, "their") {
                k += 1;
            }
            if self.kind(k) == Some(TokKind::Num) {
                counted = self.counted_at(k + 1);
            } else if dimension == Dimension::Count && num.digits {
                counted = self.counted_at(k);
            }
        }
        // A bare word number with nothing counted is too vague to compare ("one of them"),
        // unless it is the level something reached or the size of a group, after a word
        // ("the toll rose to nine", "a crew of eight"): not "one to two", "two of the
        // three", "one of them".
        if !num.digits
            && dimension == Dimension::Count
            && counted.is_none()
            && !scaled
            && !self.level_or_size(first, next, value)
            && !self.group_subject(first, next, value)
        {
            return Some(next);
        }
        let mut m = self.mention(first, next, dimension, unit, value, low, high, counted);
        m.per = per;
        m.hedged = hedged;
        out.push(m);
        Some(next)
    }

    /// What the second end of a range carries, when a bare number at `i`, ending before
    /// token `next`, opens one: "5 to 10 per cent", "2 to 3 million people", "between 40 and
    /// 60 km". `None` when nothing follows the second number ("voted 7 to 2", "from 9 to 5"),
    /// or the first end has a word of its own after it.
    fn range_end(&mut self, i: usize, next: usize) -> Option<RangeEnd> {
        let between = self.is(next, "and") && i > 0 && self.is(i - 1, "between");
        if !(self.is(next, "to") || between) {
            return None;
        }
        let second = self.number(next + 1)?;
        let mut k = second.next;
        let mut scale = None;
        let sw = self.lowered(k);
        if let Some(&factor) = self.t.scales.get(&*sw) {
            // A one- or two-letter scale only glued to its figure ("10m", "3bn"); "10 m" is metres.
            if sw.len() > 2 || self.glued(k) {
                scale = Some(factor);
                k += 1;
            }
        }
        let percent = self.percent_at(k).is_some();
        let unit = if percent { None } else { self.unit_at(k) };
        let after = unit.as_ref().map_or(k, |(_, after)| *after);
        // The noun after a second bare number may be a verb ("a vote of nine to two backed
        // it"): it is borrowed only after "between" or a scale ("2 to 3 million people").
        let counted = if percent || unit.as_ref().is_some_and(|(u, _)| u.dimension != Dimension::Money) {
            None
        } else if between || scale.is_some() {
            self.counted_at(after)
        } else {
            None
        };
        let step = if second.digits { 0.5 * 10f64.powi(-(second.decimals as i32)) } else { 0.0 };
        let factor = scale.unwrap_or(1.0)
            * unit.as_ref().filter(|(u, _)| u.dimension != Dimension::Money).map_or(1.0, |(u, _)| u.factor);
        let top = (second.value + step) * factor;
        let end = RangeEnd { top, scale, percent, unit: unit.map(|(u, _)| u), counted };
        (end.scale.is_some() || end.percent || end.unit.is_some() || end.counted.is_some()).then_some(end)
    }

    /// A percent sign or word from token `i` and the token after it: "%", "percent", "per
    /// cent", "pct", "p.c." and, glued to the figure, "pc" ("5pc"; "5 PCs" are computers).
    fn percent_at(&self, i: usize) -> Option<usize> {
        if self.is(i, "%") || self.is(i, "percent") || self.is(i, "pct") || self.is(i, "p.c.") || self.is(i, "p.c") {
            Some(i + 1)
        } else if self.is(i, "per") && self.is(i + 1, "cent") {
            Some(i + 2)
        } else if self.s(i) == "pc" && self.glued(i) {
            Some(i + 1)
        } else {
            None
        }
    }

    /// True when the bare word number of tokens `first..next`, of `value`, is the level
    /// something reached or the size of a group: a whole number of two or more after "to"
    /// or "of" that follow a word that is no number ("rose to nine", "a crew of eight"),
    /// with no "of" after it ("two of the three" is a part) and no number after "to"
    /// ("a vote of nine to two").
    fn level_or_size(&mut self, first: usize, next: usize, value: f64) -> bool {
        first >= 2
            && value >= 2.0
            && value.fract() == 0.0
            && (self.is(first - 1, "to") || self.is(first - 1, "of"))
            && self.kind(first - 2) == Some(TokKind::Word)
            && !self.number_word_at(first - 2)
            && !matches!(&*self.lowered(first - 2), "a" | "an" | "up" | "from" | "one" | "each" | "some" | "all")
            && !self.is(next, "of")
            && !self.number_word_at(next)
            && !(self.is(next, "to") && (self.number_word_at(next + 1) || self.kind(next + 1) == Some(TokKind::Num)))
    }

    /// True when the bare word number of tokens `first..next`, of `value`, is a group told
    /// without its noun, the subject of its clause: a whole number of two or more opening
    /// the sentence or a clause (after a mark or a word of `group_leads`) before a verb of
    /// `group_verbs` ("Fifteen were hurt", "officials said nine died"). Not "the two were
    /// freed" or "all four were hurt": a group told before, by its determiner.
    fn group_subject(&mut self, first: usize, next: usize, value: f64) -> bool {
        let lead = first == 0
            || self.kind(first - 1) == Some(TokKind::Sym)
            || self.t.group_leads.contains(&*self.lowered(first - 1));
        value >= 2.0 && value.fract() == 0.0 && lead && self.t.group_verbs.contains(&*self.lowered(next))
    }

    /// The noun after a number: lower case, not a function word.
    fn counted_at(&mut self, i: usize) -> Option<String> {
        if self.kind(i) != Some(TokKind::Word) {
            return None;
        }
        let s = self.s(i);
        let w = self.lowered(i);
        // A capitalised word counts nothing ("40 Boeing jets"), but for the plural of a
        // demonym ("2 million Icelanders"), a kind of person in WordNet.
        if crate::text::is_upper_start(s)
            && !crate::lexicon::wordnet::NounClasses::builtin().get(&w).is_some_and(|n| n.demonym())
        {
            return None;
        }
        if is_function_word(&w) || self.t.months.contains_key(&*w) || self.t.scales.contains_key(&*w) {
            return None;
        }
        Some(w.into_owned())
    }

    fn score(&mut self, i: usize, num: &Number, out: &mut Vec<ValueMention>) -> Option<usize> {
        let small = |v: f64| v.fract() == 0.0 && (0.0..=200.0).contains(&v);
        // "3-1": digits on both sides of a glued hyphen or en dash.
        if num.digits && small(num.value) && num.decimals == 0 {
            let dash = self.s(num.next);
            if (dash == "-" || dash == "–") && self.glued(num.next) && self.glued(num.next + 1) {
                if let Some(n2) = self.number(num.next + 1) {
                    let after = self.lowered(n2.next);
                    // Not a range of years, a unit range ("10-12 km") or "24-hour".
                    if n2.digits
                        && small(n2.value)
                        && n2.decimals == 0
                        && self.unit_at(n2.next).is_none()
                        && after != "%"
                    {
                        let (a, b) = (num.value as u32, n2.value as u32);
                        let mut m = self.mention(i, n2.next, Dimension::Score, None, 0.0, 0.0, 0.0, None);
                        m.pair = Some((a.max(b), a.min(b)));
                        out.push(m);
                        return Some(n2.next);
                    }
                }
            }
        }
        // "a five-to-four ruling": a tally inside one hyphened word, before a noun that
        // names a decision (not "a one-to-one meeting" or "a two-to-one ratio").
        if let Some(rest) = num.tail.as_deref().and_then(|t| t.strip_prefix("to-")) {
            if let Some(&v2) = self.t.cardinals.get(rest) {
                if small(num.value)
                    && small(v2)
                    && v2 <= num.value
                    && self.t.decision_nouns.contains(&*self.lowered(num.next))
                {
                    let (a, b) = (num.value as u32, v2 as u32);
                    let mut m = self.mention(i, num.next, Dimension::Score, None, 0.0, 0.0, 0.0, None);
                    m.pair = Some((a, b));
                    out.push(m);
                    return Some(num.next);
                }
            }
            return None;
        }
        // "by four goals to one", "by eight votes to three", "eight to three".
        let mut j = num.next;
        if self.kind(j) == Some(TokKind::Word) && !self.is(j, "to") {
            let w = self.lowered(j);
            if matches!(&*w, "goals" | "votes" | "points" | "sets" | "games" | "runs" | "wickets" | "seats") {
                j += 1;
            }
            // "26 in favour and 17 against", "26 votes for, 17 against": a vote's tally.
            if let Some(end) = self.for_against(i, num, j, out) {
                return Some(end);
            }
            if j == num.next {
                return None;
            }
        }
        // "voted seven to two", "the judges voting 7 to 2": a tally after the verb.
        let voted = i > 0 && matches!(&*self.lowered(i - 1), "voted" | "voting");
        if self.is(j, "to") && i > 0 && (self.is(i - 1, "by") || j > num.next || voted) {
            if let Some(n2) = self.number(j + 1) {
                if small(n2.value) && small(num.value) && n2.value <= num.value {
                    let (a, b) = (num.value as u32, n2.value as u32);
                    let mut m = self.mention(i, n2.next, Dimension::Score, None, 0.0, 0.0, 0.0, None);
                    m.pair = Some((a.max(b), a.min(b)));
                    out.push(m);
                    return Some(n2.next);
                }
            }
        }
        None
    }

    /// A tally told as its two sides, from `j` (past the first number, and "votes" after
    /// it): "26 in favour and 17 against", "26 for, 17 against", "26 votes in favor, with
    /// 17 against". Returns one past "against".
    fn for_against(&mut self, i: usize, num: &Number, j: usize, out: &mut Vec<ValueMention>) -> Option<usize> {
        let mut k = if self.is(j, "for") {
            j + 1
        } else if self.is(j, "in") && (self.is(j + 1, "favour") || self.is(j + 1, "favor")) {
            j + 2
        } else {
            return None;
        };
        while self.is(k, ",") || self.is(k, "and") || self.is(k, "with") {
            k += 1;
        }
        let n2 = self.number(k)?;
        let mut end = n2.next;
        if self.is(end, "votes") {
            end += 1;
        }
        if !self.is(end, "against") || num.decimals != 0 || n2.decimals != 0 {
            return None;
        }
        if !(num.value.fract() == 0.0 && n2.value.fract() == 0.0 && num.value <= 2000.0 && n2.value <= 2000.0) {
            return None;
        }
        let (a, b) = (num.value as u32, n2.value as u32);
        let mut m = self.mention(i, end + 1, Dimension::Score, None, 0.0, 0.0, 0.0, None);
        m.pair = Some((a.max(b), a.min(b)));
        out.push(m);
        Some(end + 1)
    }

    // ----- dates and times ---------------------------------------------------------------

    fn month_at(&mut self, i: usize) -> Option<u8> {
        let s = self.s(i);
        if self.kind(i) != Some(TokKind::Word) || !crate::text::is_upper_start(s) {
            return None;
        }
        let w = self.lowered(i);
        let w = w.trim_end_matches('.');
        // "May" and "March" are words too: take them as months only next to a number.
        self.t.months.get(possessor(w).unwrap_or(w)).copied()
    }

    fn weekday_at(&mut self, i: usize) -> Option<u8> {
        let s = self.s(i);
        if self.kind(i) != Some(TokKind::Word) || !crate::text::is_upper_start(s) {
            return None;
        }
        let w = self.lowered(i);
        let w = w.trim_end_matches('.');
        let w = possessor(w).unwrap_or(w);
        if w.len() < 6 {
            // "Sun", "Wed" are names of other things too; only full names stand alone.
            return None;
        }
        self.t.weekdays.get(w).copied()
    }

    fn day_number(&self, i: usize) -> Option<u8> {
        if self.kind(i) != Some(TokKind::Num) {
            return None;
        }
        let d: u8 = self.s(i).parse().ok()?;
        (1..=31).contains(&d).then_some(d)
    }

    fn year_number(&self, i: usize) -> Option<i32> {
        if self.kind(i) != Some(TokKind::Num) {
            return None;
        }
        let y: i32 = self.s(i).parse().ok()?;
        (1800..=2100).contains(&y).then_some(y)
    }

    /// The month of a word that joins a part of a month to it by a hyphen: "mid-March",
    /// "late-May" (the month capitalised, as months are written).
    fn part_month(&self, i: usize) -> Option<u8> {
        part_month(self.t, self.s(i))
    }

    /// True when the words before token `j` make a month named alone there the month, not
    /// a verb or a name: "in March", "until May", "the end of May", "from March to May".
    fn month_licensed(&mut self, j: usize) -> bool {
        let Some(k) = j.checked_sub(1) else { return false };
        if self.kind(k) != Some(TokKind::Word) {
            return false;
        }
        let t = self.t;
        let before = self.lowered(k);
        match &*before {
            "of" => k > 0 && t.month_of.contains(self.low(k - 1)),
            // "from March to May": the end of a span of months.
            "to" | "and" => k > 0 && self.month_at(k - 1).is_some(),
            w => t.month_alone_after.contains(w),
        }
    }

    fn date(&mut self, i: usize, out: &mut Vec<ValueMention>) -> Option<usize> {
        let start = i;
        let mut j = i;
        let mut d = CalendarDate::default();
        // Relative days.
        if self.kind(i) == Some(TokKind::Word) {
            let w = self.lowered(i);
            if let Some(&offset) = self.t.relative_days.get(&*w) {
                if let Some(base) = self.ctx.dateline {
                    if let Some(r) = shift(base, offset) {
                        out.push(self.date_mention(i, i + 1, r));
                        return Some(i + 1);
                    }
                }
                return None;
            }
        }
        if let Some((next, day)) = self.holiday(i) {
            return self.holiday_date(i, next, day, out);
        }
        let t = self.t;
        // "last night", "this morning": a day and a part of it, the day counted from the
        // dateline.
        if t.relative_months.contains_key(self.low(i)) && self.kind(i + 1) == Some(TokKind::Word) {
            let two = format!("{} {}", self.lowered(i), self.lowered(i + 1));
            if let Some(&offset) = t.relative_days.get(&two) {
                let r = shift(self.ctx.dateline?, offset)?;
                out.push(self.date_mention(i, i + 2, r));
                return Some(i + 2);
            }
        }
        // "last month", "earlier this month": the dateline's month, shifted.
        if let Some(&shift_by) = t.relative_months.get(self.low(i)) {
            if !self.is(i + 1, "month") {
                return None;
            }
            let base = self.ctx.dateline?;
            let (by, bm) = (base.year?, i32::from(base.month?) - 1 + shift_by);
            let date = CalendarDate {
                year: Some(by + bm.div_euclid(12)),
                month: Some(bm.rem_euclid(12) as u8 + 1),
                ..Default::default()
            };
            out.push(self.date_mention(i, i + 2, date));
            return Some(i + 2);
        }
        // "three days ago": that many days before the dateline.
        if let Some(base) = self.ctx.dateline {
            if let Some(n) = self.number(i).filter(|n| n.tail.is_none() && n.decimals == 0) {
                let k = n.next;
                let days = t.days_ago.contains(self.low(k));
                if days && self.is(k + 1, "ago") && (1.0..=31.0).contains(&n.value) {
                    if let Some(r) = shift(base, -(n.value as i32)) {
                        out.push(self.date_mention(i, k + 2, r));
                        return Some(k + 2);
                    }
                }
            }
        }
        // "mid-March", "late-May 2031": a part of a month is in the month.
        if let Some(m) = self.part_month(i) {
            let mut d = CalendarDate { month: Some(m), ..Default::default() };
            let mut j = i + 1;
            if let Some(y) = self.year_number(j) {
                d.year = Some(y);
                j += 1;
            } else {
                let ahead = self.ahead(start);
                self.resolve(&mut d, ahead);
            }
            out.push(self.date_mention(i, j, d));
            return Some(j);
        }
        // ISO dates: "2025-09-09".
        if let Some(y) = self.year_number(i) {
            if self.is(i + 1, "-") && self.glued(i + 1) && self.kind(i + 2) == Some(TokKind::Num) && self.is(i + 3, "-")
            {
                let m: Option<u8> = self.s(i + 2).parse().ok();
                if let (Some(m), Some(day)) = (m.filter(|m| (1..=12).contains(m)), self.day_number(i + 4)) {
                    let date = CalendarDate { year: Some(y), month: Some(m), day: Some(day), ..Default::default() };
                    out.push(self.date_mention(i, i + 5, date));
                    return Some(i + 5);
                }
            }
        }
        // "the summer of 2030", "spring 2026": a season only with its year.
        if let Some(&first) = t.seasons.get(self.low(i)) {
            let k = if self.is(i + 1, "of") { i + 2 } else { i + 1 };
            let year = self.year_number(k)?;
            let date = CalendarDate { year: Some(year), season: Some(first), ..Default::default() };
            out.push(self.date_mention(i, k + 1, date));
            return Some(k + 1);
        }
        if let Some(w) = self.weekday_at(j) {
            d.weekday = Some(w);
            j += 1;
            if self.is(j, ",") {
                j += 1;
            }
            // "Saturday the 14th of March": the article before the day.
            if self.is(j, "the") && self.day_number(j + 1).is_some() {
                j += 1;
            }
        }
        // "13 March", "13th of March".
        if let Some(day) = self.day_number(j) {
            let mut k = j + 1;
            if matches!(self.low(k), "st" | "nd" | "rd" | "th") && self.glued(k) {
                k += 1;
            }
            if self.is(k, "of") {
                k += 1;
            }
            if let Some(m) = self.month_at(k) {
                d.day = Some(day);
                d.month = Some(m);
                j = k + 1;
            }
        } else if let Some(m) = self.month_at(j) {
            // "May 20", "May 20, 2025", "August 2031"; "Feb. 14", "Sept. 3, 2025": an
            // abbreviation's stop is passed over (a full name's may end a sentence).
            let abbreviated = self.s(j).len() <= 4 && !matches!(self.low(j), "may" | "june" | "july");
            if abbreviated && self.is(j + 1, ".") && self.glued(j + 1) && self.day_number(j + 2).is_some() {
                j += 1;
            }
            if let Some(day) = self.day_number(j + 1) {
                if self.year_number(j + 1).is_none() {
                    d.month = Some(m);
                    d.day = Some(day);
                    j += 2;
                    if matches!(self.low(j), "st" | "nd" | "rd" | "th") && self.glued(j) {
                        j += 1;
                    }
                }
            } else if self.year_number(j + 1).is_some()
                || (self.s(j).len() > 3
                    && !matches!(possessor(&self.lowered(j)).unwrap_or(&self.lowered(j)), "may" | "march"))
                || self.month_licensed(j)
            {
                d.month = Some(m);
                j += 1;
            }
        }
        if d.month.is_some() {
            let mut k = j;
            if self.is(k, ",") {
                k += 1;
            }
            if let Some(y) = self.year_number(k) {
                d.year = Some(y);
                j = k + 1;
            }
        }
        if d == CalendarDate::default() {
            return None;
        }
        if d.year.is_none() {
            let ahead = self.ahead(start);
            self.resolve(&mut d, ahead);
        }
        out.push(self.date_mention(start, j, d));
        Some(j)
    }

    /// The holiday of the data's `holidays` whose words start at token `i`, capitalised as
    /// a name is ("on Christmas Day", not "a boxing day"), and the token after it.
    fn holiday(&mut self, i: usize) -> Option<(usize, HolidayDay)> {
        if self.kind(i) != Some(TokKind::Word) || !crate::text::is_upper_start(self.s(i)) {
            return None;
        }
        let t = self.t;
        // Most capitalised words open no holiday: one look-up, no holiday compared.
        let first = self.lowered(i);
        let opens = t.holiday_starts.contains(&*first)
            || (first.contains('’') && t.holiday_starts.contains(&first.replace('’', "'")));
        if !opens {
            return None;
        }
        'names: for (words, day) in &t.holidays {
            if !words.first().is_some_and(|w| eq_apostrophe(w, &first)) {
                continue;
            }
            for (k, w) in words.iter().enumerate().skip(1) {
                if self.kind(i + k) != Some(TokKind::Word) || !eq_apostrophe(w, &self.lowered(i + k)) {
                    continue 'names;
                }
            }
            return Some((i + words.len(), *day));
        }
        None
    }

    /// The date of a holiday read at tokens `first..next`, in the year written after it
    /// ("Boxing Day 2031") or the dateline's nearer one. A day of the Easter cycle with no
    /// year to compute it in is passed over whole, so that "Good Friday" is no Friday of
    /// the dateline's week.
    fn holiday_date(
        &mut self,
        first: usize,
        mut next: usize,
        day: HolidayDay,
        out: &mut Vec<ValueMention>,
    ) -> Option<usize> {
        let comma = usize::from(self.is(next, ","));
        let year = self.year_number(next + comma);
        if year.is_some() {
            next += comma + 1;
        }
        let ahead = self.ahead(first);
        let date = match day {
            HolidayDay::Fixed { month, day } => {
                let mut d = CalendarDate { year, month: Some(month), day: Some(day), ..Default::default() };
                if year.is_none() {
                    self.resolve(&mut d, ahead);
                }
                Some(d)
            }
            HolidayDay::Easter(offset) => {
                // The year of a day about the month Easter falls in, as a month alone is
                // given one.
                let year = year.or_else(|| {
                    let mut d = CalendarDate { month: Some(4), ..Default::default() };
                    self.resolve(&mut d, ahead);
                    d.year
                });
                year.and_then(easter_sunday).and_then(|sunday| shift(sunday, offset))
            }
        };
        if let Some(d) = date {
            out.push(self.date_mention(first, next, d));
        }
        Some(next)
    }

    /// True when a word a few tokens before `i` puts what is dated ahead of the dateline
    /// ("will be delivered on Thursday", "is due on Friday").
    fn ahead(&mut self, i: usize) -> bool {
        let t = self.t;
        (i.saturating_sub(FUTURE_REACH)..i).any(|k| t.future.contains(self.low(k)))
    }

    /// Fills a date's missing year (or, for a weekday alone, its day) from the dateline:
    /// the nearest such day within a week of it, before it or, `ahead`, after it.
    fn resolve(&self, d: &mut CalendarDate, ahead: bool) {
        let Some(base) = self.ctx.dateline else { return };
        if let (Some(m), Some(by)) = (d.month, base.year) {
            // A month far from the dateline's belongs to the nearer year; what will happen
            // is never in the year before ("will not land until November" in March).
            let bm = base.month.unwrap_or(m);
            let year = if i32::from(m) - i32::from(bm) > 6 && !ahead {
                by - 1
            } else if i32::from(bm) - i32::from(m) > 6 {
                by + 1
            } else {
                by
            };
            d.year = Some(year);
        } else if let (Some(w), None) = (d.weekday, d.month) {
            // A weekday alone: the one in the six days up to the dateline (or after it, for
            // what will happen), or the dateline itself.
            let Some(bw) = base.weekday_known() else { return };
            let days = if ahead {
                (i32::from(w) - i32::from(bw)).rem_euclid(7)
            } else {
                -(i32::from(bw) - i32::from(w)).rem_euclid(7)
            };
            if let Some(r) = shift(base, days) {
                *d = CalendarDate { weekday: Some(w), ..r };
            }
        }
    }

    fn time(&mut self, i: usize, out: &mut Vec<ValueMention>) -> Option<usize> {
        if self.kind(i) != Some(TokKind::Num) {
            return None;
        }
        let s = self.s(i);
        let (mut minutes, mut next) = if let Some((h, m)) = s.split_once(':') {
            let h: i32 = h.parse().ok()?;
            let m: i32 = m.parse().ok()?;
            if h > 24 || m > 59 {
                return None;
            }
            (h * 60 + m, i + 1)
        } else if let Some((h, m)) = s.split_once('.').filter(|(_, m)| m.len() == 2) {
            // "8.35pm": a point between hours and minutes, only with am or pm after it.
            let h: i32 = h.parse().ok()?;
            let m: i32 = m.parse().ok()?;
            let ampm = self.low(i + 1).replace('.', "");
            if !(1..=12).contains(&h) || m > 59 || (ampm != "am" && ampm != "pm") {
                return None;
            }
            (h * 60 + m, i + 1)
        } else if s.len() == 4 && !s.contains(['.', ',']) {
            // "1900 GMT": only with a zone after it.
            let v: i32 = s.parse().ok()?;
            let zone = self.lowered(i + 1);
            if !self.t.zones.contains_key(&*zone) || v % 100 > 59 || v / 100 > 24 {
                return None;
            }
            ((v / 100) * 60 + v % 100, i + 1)
        } else {
            let h: i32 = s.parse().ok()?;
            if !(1..=12).contains(&h) {
                return None;
            }
            let ampm = self.low(i + 1).replace('.', "");
            if ampm != "am" && ampm != "pm" {
                return None;
            }
            (h * 60, i + 1)
        };
        let ampm = self.low(next).replace('.', "");
        if ampm == "am" || ampm == "pm" {
            let h = minutes / 60;
            if ampm == "pm" && h < 12 {
                minutes += 12 * 60;
            } else if ampm == "am" && h == 12 {
                minutes -= 12 * 60;
            }
            next += 1;
        }
        let zone = self.lowered(next);
        let mut unit = None;
        let mut spread = 0;
        if let Some(&offset) = self.t.zones.get(&*zone) {
            minutes = (minutes - offset).rem_euclid(24 * 60);
            unit = Some("UTC".to_string());
            next += 1;
        } else if self.is(next, "local") && self.is(next + 1, "time") {
            next += 2;
        } else if let Some((after, (least, most))) = self.place_time(next) {
            // "9.05am Oslo time": the city's offset on the article's day, or either of
            // its winter and summer offsets when the article gives no date.
            minutes = (minutes - most).rem_euclid(24 * 60);
            spread = most - least;
            unit = Some("UTC".to_string());
            next = after;
        }
        let v = f64::from(minutes);
        let (first, below, above) = self.time_hedge(i, minutes).unwrap_or((i, 0.0, 0.0));
        out.push(self.mention(first, next, Dimension::Time, unit, v, v - below, v + f64::from(spread) + above, None));
        Some(next)
    }

    /// A hedge before the time of day at `i` (`minutes` after midnight, as written): the
    /// token it starts at and how far it widens the time below and above, in minutes. "About
    /// 5pm" is 4.30 to 5.30pm, "around 3.15pm" (written to the minute) 3 to 3.30pm, "nearly
    /// 5pm" 4.30 to 5pm. ("Shortly after 5pm" stays a bound: the time after which, which
    /// another report's later time of another moment does not contradict.)
    fn time_hedge(&mut self, i: usize, minutes: i32) -> Option<(usize, f64, f64)> {
        let near = if minutes % 60 == 0 { TIME_NEAR } else { TIME_NEAR / 2.0 };
        match self.hedge_before(i)? {
            (Hedge::About, at) => Some((at, near, near)),
            (Hedge::Below, at) => Some((at, TIME_NEAR, 0.0)),
            // "over 5pm", "under 6am": no bound of a time of day.
            (Hedge::Above | Hedge::UpTo, _) => None,
        }
    }

    /// A city's name and "time" at `i` ("Cape Town time"): the token after them and the
    /// city's least and greatest offsets from UTC, in minutes, on the article's day.
    fn place_time(&mut self, i: usize) -> Option<(usize, (i32, i32))> {
        let places = zones::Places::builtin();
        for n in (1..=MAX_PLACE_WORDS).rev() {
            let last = i + n - 1;
            if !self.is(last + 1, "time") || (i..=last).any(|k| self.kind(k) != Some(TokKind::Word)) {
                continue;
            }
            if !crate::text::is_upper_start(self.s(i)) {
                return None;
            }
            let (a, b) = (self.toks[i].start, self.toks[last].end);
            let written = self.text.get(a..b)?;
            if let Some(zone) = places.zone(written) {
                return Some((last + 2, zones::offsets(zone, self.ctx.dateline)?));
            }
        }
        None
    }

    // ----- building --------------------------------------------------------------------

    #[allow(clippy::too_many_arguments)]
    fn mention(
        &self,
        first: usize,
        next: usize,
        dimension: Dimension,
        unit: Option<String>,
        value: f64,
        low: f64,
        high: f64,
        counted: Option<String>,
    ) -> ValueMention {
        let start = self.toks.get(first).map_or(0, |t| t.start);
        let end = self.toks.get(next.saturating_sub(1).max(first)).map_or(start, |t| t.end);
        ValueMention {
            span: Span::new(start, end.max(start)),
            dimension,
            unit,
            value,
            low,
            high,
            per: None,
            counted,
            date: None,
            pair: None,
            hedged: false,
        }
    }

    fn date_mention(&self, first: usize, next: usize, date: CalendarDate) -> ValueMention {
        let mut m = self.mention(first, next, Dimension::Date, None, 0.0, 0.0, 0.0, None);
        m.date = Some(date);
        m
    }
}

/// The month of a word `s` that joins a part of a month to it by a hyphen ([`Scanner::part_month`]).
fn part_month(t: &Table, s: &str) -> Option<u8> {
    let (head, tail) = s.split_once('-')?;
    if !t.month_parts.contains(&*head.to_lowercase()) || !crate::text::is_upper_start(tail) {
        return None;
    }
    let tail = tail.to_lowercase();
    t.months.get(possessor(&tail).unwrap_or(&tail)).copied()
}

/// The word a possessive ending is written on ("Thursday" of "Thursday's"), if `w` has one.
fn possessor(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).filter(|o| !o.is_empty())
}

/// Easter Sunday of a Gregorian year (the anonymous algorithm of 1876, as Meeus gives it):
/// no calendar crate computes the feasts.
fn easter_sunday(year: i32) -> Option<CalendarDate> {
    if !(1583..=9999).contains(&year) {
        return None;
    }
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let g = (b - (b + 8) / 25 + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    Some(CalendarDate {
        year: Some(year),
        month: Some((n / 31) as u8),
        day: Some((n % 31 + 1) as u8),
        weekday: Some(7),
        season: None,
    })
}

fn shift(base: CalendarDate, days: i32) -> Option<CalendarDate> {
    let Some(year) = base.year else { return shift_yearless(base, days) };
    let d = jiff::civil::Date::new(year as i16, base.month? as i8, base.day? as i8).ok()?;
    let r = d.checked_add(jiff::Span::new().days(i64::from(days))).ok()?;
    Some(CalendarDate {
        year: Some(i32::from(r.year())),
        month: Some(r.month() as u8),
        day: Some(r.day() as u8),
        weekday: Some(r.weekday().to_monday_one_offset() as u8),
        season: None,
    })
}

/// [`shift`] from a dateline without its year ("OSLO, Tuesday 4 March (Agency) —", when no
/// other dateline of the check gives one): the day by its month and day, when a leap year and
/// a common year give the same one ("yesterday" of 1 March is left unread), with its weekday
/// only when the dateline names its own.
fn shift_yearless(base: CalendarDate, days: i32) -> Option<CalendarDate> {
    let at = |year: i16| {
        let d = jiff::civil::Date::new(year, base.month? as i8, base.day? as i8).ok()?;
        d.checked_add(jiff::Span::new().days(i64::from(days))).ok()
    };
    let (leap, common) = (at(2028)?, at(2027)?);
    if (leap.month(), leap.day()) != (common.month(), common.day()) {
        return None;
    }
    Some(CalendarDate {
        year: None,
        month: Some(leap.month() as u8),
        day: Some(leap.day() as u8),
        // Monday is 1, Sunday 7.
        weekday: base.weekday.map(|w| ((i32::from(w) - 1 + days).rem_euclid(7) + 1) as u8),
        season: None,
    })
}

/// True when the words `lower` (a sentence's, in lower case) state the day something starts
/// to apply ("the new fares take effect on 1 June").
///
/// ```
/// let w = ["the", "levy", "comes", "into", "force", "in", "july"];
/// assert!(gainsay::values::takes_effect(&w));
/// assert!(!gainsay::values::takes_effect(&["the", "force", "came", "into", "view"]));
/// ```
pub fn takes_effect<S: AsRef<str>>(lower: &[S]) -> bool {
    let t = Table::builtin();
    (0..lower.len()).any(|i| {
        t.takes_effect
            .iter()
            .any(|p| p.len() <= lower.len() - i && p.iter().zip(&lower[i..]).all(|(x, y)| x == y.as_ref()))
    })
}

/// True for the name of a month or weekday, or a time zone ("March", "Friday", "GMT"): a
/// capitalised word that names no one and no place.
pub(crate) fn is_calendar_word(lower: &str) -> bool {
    let t = Table::builtin();
    t.months.contains_key(lower) || t.weekdays.contains_key(lower) || t.zones.contains_key(lower)
}

/// How many of `words` (lower case, in order) name a holiday of the data's `holidays` at
/// their start ("christmas", "day", ...), or 0: a holiday is a day, no one and nowhere.
pub(crate) fn holiday_words<'w>(words: impl Iterator<Item = &'w str> + Clone) -> usize {
    let t = Table::builtin();
    let Some(first) = words.clone().next() else { return 0 };
    // Most words open no holiday: one look-up, no holiday compared.
    let opens = t.holiday_starts.contains(first)
        || (first.contains('’') && t.holiday_starts.contains(&first.replace('’', "'")));
    if !opens {
        return 0;
    }
    t.holidays
        .iter()
        .find(|(names, _)| {
            let mut written = words.clone();
            names.iter().all(|n| written.next().is_some_and(|w| eq_apostrophe(n, w)))
        })
        .map_or(0, |(names, _)| names.len())
}

/// True when `data` (an apostrophe written straight) is `written` with either apostrophe.
fn eq_apostrophe(data: &str, written: &str) -> bool {
    data == written
        || (written.contains('’') && data.chars().eq(written.chars().map(|c| if c == '’' { '\'' } else { c })))
}

/// True for a word of a day named relative to the article's dateline: "yesterday",
/// "tonight", and the day part of "last night" or "this morning".
pub(crate) fn is_relative_day_word(lower: &str) -> bool {
    let t = Table::builtin();
    t.relative_days.contains_key(lower) || matches!(lower, "night" | "morning" | "afternoon" | "evening")
}

/// True for an ordinal written as a word ("third", "fifth").
pub(crate) fn is_ordinal_word(lower: &str) -> bool {
    Table::builtin().ordinals.contains_key(lower)
}

/// Words that are never what a number counts.
pub(crate) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "and"
            | "or"
            | "but"
            | "as"
            | "than"
            | "that"
            | "this"
            | "which"
            | "who"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "after"
            | "before"
            | "since"
            | "until"
            | "last"
            | "more"
            | "less"
            | "over"
            | "under"
            | "into"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "per"
            | "each"
            | "up"
            | "down"
            | "out"
            | "off"
            | "all"
            | "other"
            | "when"
            | "while"
            | "so"
            | "if"
            | "not"
            | "no"
            | "ago"
            | "years"
            | "year"
            | "percent"
            | "cent"
            | "them"
            | "us"
            | "those"
            | "these"
            | "whom"
            | "vs"
            | "versus"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Vec<ValueMention> {
        scan(s, 0, s.len(), &Context::default())
    }

    fn one(s: &str, dim: Dimension) -> ValueMention {
        read(s).into_iter().find(|v| v.dimension == dim).unwrap_or_else(|| panic!("no {dim:?} in {s:?}: {:?}", read(s)))
    }

    #[test]
    fn a_decade_is_no_count() {
        assert!(read("a toy of the 1980s, sold again").iter().all(|v| v.dimension != Dimension::Count));
        // Near miss: a figure glued to no "s" is read.
        assert_eq!(one("1980 sailors", Dimension::Count).value, 1980.0);
    }

    #[test]
    fn minor_units_are_money_in_units_of_their_own() {
        let p = one("The shares closed at 925p.", Dimension::Money);
        assert_eq!((p.unit.as_deref(), p.value), (Some("pence"), 925.0));
        let pence = one("The shares closed at 930 pence.", Dimension::Money);
        assert!(!pence.compatible(&p));
        // Pence and pounds are two units: not set against each other.
        assert!(pence.compatible(&one("The shares closed at £9.25.", Dimension::Money)));
        let cents = one("a rise of 65 cents", Dimension::Money);
        assert_eq!((cents.unit.as_deref(), cents.value), (Some("cents"), 65.0));
        // Near miss: "per cent" stays a percent.
        assert_eq!(one("up 65 per cent", Dimension::Percent).value, 65.0);
    }

    #[test]
    fn an_article_before_a_number_word_is_no_one_added() {
        let twenty = one("over a twenty year period", Dimension::Duration);
        assert!(twenty.compatible(&one("over a 20-year period", Dimension::Duration)));
        assert!(!twenty.compatible(&one("21 years", Dimension::Duration)));
        let eleven = one("an eleven-day strike", Dimension::Duration);
        assert!(eleven.compatible(&one("11 days", Dimension::Duration)));
        // Near misses: "a" still counts before a scale or a unit.
        assert_eq!(one("a hundred families", Dimension::Count).value, 100.0);
        assert!(one("a decade of talks", Dimension::Duration).compatible(&one("ten years", Dimension::Duration)));
    }

    #[test]
    fn a_number_and_a_half_is_read_whole() {
        // The half is added to the number before the scale or unit, not read as a figure of
        // its own ("a half million").
        let people = read("an estimated two and a half million people live in the delta");
        assert_eq!(people.iter().map(|v| v.value).collect::<Vec<_>>(), [2_500_000.0], "{people:?}");
        let talks = one("the talks lasted three and a half hours", Dimension::Duration);
        assert!((talks.value * 24.0 - 3.5).abs() < 1e-9, "{talks:?}");
        // Near miss: a number and a half of nothing counted is no figure.
        assert!(read("the side scored two and a half").is_empty(), "{:?}", read("the side scored two and a half"));
    }

    #[test]
    fn a_bare_number_word_is_read_as_a_level_or_the_size_of_a_group() {
        assert_eq!(one("the death toll rose to nine on Monday", Dimension::Count).value, 9.0);
        assert_eq!(one("a crew of eight was rescued", Dimension::Count).value, 8.0);
        // A group told without its noun, the subject of its clause.
        assert_eq!(one("Fifteen were hurt in the blast.", Dimension::Count).value, 15.0);
        assert_eq!(one("Officials said nine died.", Dimension::Count).value, 9.0);
        assert_eq!(one("The roof fell in, and eleven remain missing.", Dimension::Count).value, 11.0);
        // Near misses: a part, a vote or a range, "one", and a number word after no word.
        for (s, bare) in [
            ("two of the three were freed", 3.0),
            ("one of them was freed", 1.0),
            ("a majority of nine to two backed it", 9.0),
            ("it fell from three to two", 3.0),
            ("the prize went to one", 1.0),
            ("up to nine", 9.0),
            ("the two were freed on Monday", 2.0),
            ("all four were hurt", 4.0),
            ("two of them were hurt", 2.0),
            ("one was hurt", 1.0),
        ] {
            assert!(read(s).iter().all(|v| v.dimension != Dimension::Count || v.value != bare), "{s}: {:?}", read(s));
        }
    }

    #[test]
    fn half_a_unit_or_scale_is_a_half_of_it() {
        assert_eq!(one("cut its rate by half a point", Dimension::PercentagePoint).value, 0.5);
        assert_eq!(one("by half a percentage point, to 4.5%", Dimension::PercentagePoint).value, 0.5);
        assert_eq!(one("half a million people", Dimension::Count).value, 500_000.0);
        assert_eq!(one("half a dozen ships", Dimension::Count).value, 6.0);
        // "half" before no unit or scale is no figure.
        assert!(read("half a loaf of bread").is_empty(), "{:?}", read("half a loaf of bread"));
    }

    #[test]
    fn a_longer_symbol_wins_and_a_lone_letter_wants_an_amount() {
        assert_eq!(one("She won A$3.4 million.", Dimension::Money).unit.as_deref(), Some("AUD"));
        assert_eq!(one("The scheme costs R14 billion.", Dimension::Money).unit.as_deref(), Some("ZAR"));
        assert_eq!(one("It costs R1,200 a month.", Dimension::Money).unit.as_deref(), Some("ZAR"));
        assert!(read("The R2 road was shut.").iter().all(|v| v.dimension != Dimension::Money));
    }

    #[test]
    fn a_one_letter_unit_follows_digits() {
        // Must find: the money after "a", and a temperature written in digits.
        let fee = one("The town will pay a C$84 million fee.", Dimension::Money);
        assert_eq!((fee.unit.as_deref(), fee.value), (Some("CAD"), 84_000_000.0));
        assert_eq!(one("Temperatures hit 31C on Tuesday.", Dimension::Temperature).value, 31.0);
        // Near miss: a letter after "a" or a number word is no unit.
        let read_a = read("The town will pay a C$84 million fee.");
        assert!(read_a.iter().all(|v| v.dimension != Dimension::Temperature), "{read_a:?}");
    }

    #[test]
    fn a_capitalised_word_starts_a_value_as_a_calendar_or_number_word_only() {
        // Must find: each kind of word a capital may start a value as.
        assert_eq!(one("Twenty-five staff left.", Dimension::Count).value, 25.0);
        assert_eq!(one("Sept. 3 was wet.", Dimension::Date).date.and_then(|d| d.month), Some(9));
        // An abbreviated month's stop does not part it from its day.
        let feb = one("The order was issued on Feb. 14 by the ministry.", Dimension::Date).date.unwrap();
        assert_eq!((feb.month, feb.day), (Some(2), Some(14)));
        let sat = one("The crossing reopens on Saturday the 14th of March, 2026.", Dimension::Date).date.unwrap();
        assert_eq!((sat.weekday, sat.month, sat.day), (Some(6), Some(3), Some(14)));
        // Near miss: a full month name's stop ends its sentence, and the number is no day.
        let may = read("It rained in May. 14 people were hurt.");
        assert!(may.iter().all(|v| v.date.is_none_or(|d| d.day.is_none())), "{may:?}");
        assert_eq!(one("Third place went to Orvelle.", Dimension::Ordinal).value, 3.0);
        assert_eq!(one("About 40 came, or so they said.", Dimension::Count).value, 40.0);
        // Near misses: names and other capitalised words start none.
        assert!(read("Pelmor Bank and Orvelle Foods met in Brannock.").is_empty());
        assert!(read("Mayfield-Tenby Ltd said.").is_empty());
    }

    #[test]
    fn words_glued_to_numbers_and_letters_beyond_ascii() {
        assert_eq!(one("Café Noir paid €27m.", Dimension::Money).value, 27e6);
        assert_eq!(hyphen_head("twenty-five"), Some("twenty"));
        assert_eq!(hyphen_head("twenty"), None);
    }

    #[test]
    fn a_figure_glued_into_a_name_is_no_value() {
        // Near misses: letters before the figure, capitals after it that are no unit.
        for s in [
            "Acme sold 3G phones.",
            "It opened 3D cinemas.",
            "An MI6 officer left.",
            "The G8 met.",
            "It flies A380 jets.",
            "It sells 4WD cars.",
        ] {
            assert!(read(s).is_empty(), "{s}: {:?}", read(s));
        }
        // Must find: a unit symbol, a scale, a unit in lower case, a currency before it.
        assert_eq!(one("Bulbs of 60W are banned.", Dimension::Power).value, 60.0);
        assert_eq!(one("Temperatures hit 31C.", Dimension::Temperature).value, 31.0);
        assert_eq!(one("It weighs 5g.", Dimension::Mass).value, 0.005);
        assert_eq!(one("The run is 10KM long.", Dimension::Length).value, 10_000.0);
        assert_eq!(one("It raised £5M.", Dimension::Money).value, 5e6);
        assert_eq!(one("It cost KSh500.", Dimension::Money).unit.as_deref(), Some("KES"));
        assert_eq!(one("It closed at 2100GMT.", Dimension::Time).value, 21.0 * 60.0);
    }

    #[test]
    fn a_time_with_a_point_before_am_or_pm() {
        assert_eq!(one("It landed at 8.35pm.", Dimension::Time).value, 20.0 * 60.0 + 35.0);
        assert!(read("Shares rose 5.42 points.").iter().all(|v| v.dimension != Dimension::Time));
    }

    #[test]
    fn a_hedged_time_of_day_reaches_as_far_as_it_is_written() {
        let time = |s: &str| one(s, Dimension::Time);
        // Written to the minute: a quarter of an hour either way.
        let around = time("The blast came at around 3.15pm.");
        assert!(around.compatible(&time("The blast came at 3.20pm.")));
        assert!(!around.compatible(&time("The blast came at 3.45pm.")));
        // A whole hour: half an hour either way; "nearly" only before it.
        assert!(time("Polls shut at about 9pm.").compatible(&time("Polls shut at 9.25pm.")));
        let nearly = time("The ship docked at nearly 6am.");
        assert!(nearly.compatible(&time("The ship docked at 5.40am.")));
        assert!(!nearly.compatible(&time("The ship docked at 6.10am.")));
        // Unhedged, a time is as written.
        assert!(!time("The blast came at 3.15pm.").compatible(&time("The blast came at 3.20pm.")));
    }

    #[test]
    fn a_compound_duration_is_as_precise_as_its_last_part() {
        let long = one("The match lasted 3 hours and 14 minutes.", Dimension::Duration);
        assert!(!long.compatible(&one("The match lasted 221 minutes.", Dimension::Duration)));
        assert!(long.compatible(&one("The match lasted 194 minutes.", Dimension::Duration)));
    }

    #[test]
    fn a_third_straight_year_is_a_rank_and_a_third_of_a_fraction() {
        let rank = one("Rates were frozen for a third straight year.", Dimension::Ordinal);
        assert_eq!(rank.value, 3.0);
        assert!(read("A third of the budget went on roads.").iter().all(|v| v.dimension != Dimension::Ordinal));
        assert_eq!(one("a quarter point", Dimension::PercentagePoint).value, 0.25);
    }

    #[test]
    fn a_fraction_of_a_unit_or_scale_is_that_part_of_it() {
        let years = |v: &ValueMention| (v.value / 365.2425).round();
        assert_eq!(years(&one("a lease for a quarter of a century", Dimension::Duration)), 25.0);
        assert_eq!(years(&one("shut for half a century", Dimension::Duration)), 50.0);
        assert_eq!(one("a quarter of a million visitors", Dimension::Count).value, 250_000.0);
        // A fraction of a thing is no measure of time or count of it.
        let part = read("A quarter of a ward was flooded.");
        assert!(part.iter().all(|v| v.dimension != Dimension::Duration && v.value != 0.25 * 365.2425), "{part:?}");
    }

    #[test]
    fn a_percentage_in_every_spelling() {
        for s in ["4.9 p.c. in May", "4.9 pct in May", "4.9pc in May", "4.9 per cent in May", "4.9% in May"] {
            assert_eq!(one(s, Dimension::Percent).value, 4.9, "{s}");
        }
        // Apart from its figure, "pc" is a computer.
        assert!(read("It sold 49 PCs in May.").iter().all(|v| v.dimension != Dimension::Percent));
        assert!(read("It sold 49 pc in May.").iter().all(|v| v.dimension != Dimension::Percent));
    }

    #[test]
    fn a_number_after_no_is_a_rank() {
        let rank = one("She is ranked No. 38 in the world.", Dimension::Ordinal);
        assert_eq!((rank.value, rank.span.of("She is ranked No. 38 in the world.")), (38.0, "No. 38"));
        assert!(read("She is ranked 38 in the world.").iter().all(|v| v.dimension != Dimension::Ordinal));
    }

    #[test]
    fn money_in_every_spelling() {
        let a = one("paid €27m for the winger", Dimension::Money);
        assert_eq!((a.unit.as_deref(), a.value), (Some("EUR"), 27e6));
        let b = one("a fee of 27 million euros", Dimension::Money);
        assert_eq!((b.unit.as_deref(), b.value), (Some("EUR"), 27e6));
        let c = one("valued at US$6.4bn", Dimension::Money);
        assert_eq!((c.unit.as_deref(), c.value), (Some("USD"), 6.4e9));
        let d = one("for 49 euros a share", Dimension::Money);
        assert_eq!(d.per.as_deref(), Some("share"));
        assert!(!d.compatible(&one("€57 per share", Dimension::Money)));
        let e = one("profit of 2.6 billion crowns", Dimension::Money);
        assert_eq!(e.unit.as_deref(), Some("SEK"));
    }

    #[test]
    fn an_amount_and_its_equivalent_share_what_they_are_per() {
        let v = read("It costs 12 million lei every day, or roughly $2.6 million, the firm said.");
        let per: Vec<Option<&str>> = v.iter().map(|m| m.per.as_deref()).collect();
        assert_eq!(per, [Some("day"), Some("day")]);
        let v = read("It cost €2.2m a day (25 million kroner).");
        assert_eq!(v.iter().filter(|m| m.per.as_deref() == Some("day")).count(), 2);
        // Near miss: two amounts of two things; the second is not the first's equivalent.
        let v = read("It costs 12 million lei every day and the repairs cost $2.6 million.");
        assert_eq!(v.iter().filter(|m| m.per.is_some()).count(), 1);
    }

    #[test]
    fn measures_convert_to_one_unit() {
        let t = one("2.3 tonnes of heroin", Dimension::Mass);
        let k = one("around 2,300 kilograms of heroin", Dimension::Mass);
        assert!(t.compatible(&k), "{t:?} {k:?}");
        assert!(!t.compatible(&one("2,600 kg", Dimension::Mass)));
        let km = one("16 km from the summit", Dimension::Length);
        assert!(km.compatible(&one("about ten miles to go", Dimension::Length)));
        assert!(!km.compatible(&one("four miles to go", Dimension::Length)));
        let s = one("gusts of 130 km/h", Dimension::Speed);
        assert!(s.compatible(&one("gusts of 81 mph", Dimension::Speed)));
    }

    #[test]
    fn hedges_and_precision_make_intervals() {
        assert!(one("at least 250 jobs", Dimension::Count).compatible(&one("263 jobs", Dimension::Count)));
        assert!(!one("250 jobs", Dimension::Count).compatible(&one("263 jobs", Dimension::Count)));
        assert!(one("nearly 38%", Dimension::Percent).compatible(&one("37.6 percent", Dimension::Percent)));
        assert!(one("more than 6 percent", Dimension::Percent).compatible(&one("6.4%", Dimension::Percent)));
        assert!(!one("17 percent", Dimension::Percent).compatible(&one("71 per cent", Dimension::Percent)));
        assert!(one("300 or more jobs", Dimension::Count).hedged);
        // A bound after the figure meets any figure past it.
        assert!(one("a magnitude 6 or larger tremor", Dimension::Magnitude)
            .compatible(&one("a magnitude 6.8 tremor", Dimension::Magnitude)));
        assert!(one("growth of 3% or higher", Dimension::Percent).compatible(&one("3.4%", Dimension::Percent)));
        assert!(
            one("found as far as 100 km away", Dimension::Length).compatible(&one("about 60 km", Dimension::Length))
        );
        // Near miss: without the bound the two figures differ.
        assert!(!one("a magnitude 6 tremor", Dimension::Magnitude)
            .compatible(&one("a magnitude 6.8 tremor", Dimension::Magnitude)));
    }

    #[test]
    fn the_first_end_of_a_range_carries_what_the_second_does() {
        let first = |s: &str| read(s).into_iter().next().unwrap_or_else(|| panic!("nothing read in {s:?}"));
        let p = first("The risk was put at 5 to 10 per cent.");
        assert_eq!((p.dimension, p.value), (Dimension::Percent, 5.0));
        // It allows the whole range, not a change from one level to the other.
        assert!(p.compatible(&one("a 7% risk", Dimension::Percent)));
        assert!(!first("fell from 5 to 10 per cent").compatible(&one("a 7% risk", Dimension::Percent)));
        let c = first("Between 2 and 3 million people were displaced.");
        assert_eq!((c.dimension, c.value, c.counted.as_deref()), (Dimension::Count, 2e6, Some("people")));
        let m = first("a jump of 4 to 6bn dollars");
        assert_eq!((m.dimension, m.value, m.unit.as_deref()), (Dimension::Money, 4e9, Some("USD")));
        let l = first("from 40 to 60 km");
        assert_eq!(l.dimension, Dimension::Length);
        assert_eq!(l.unit, read("60 km")[0].unit);
        // Near misses: nothing after the second number, and a first end with its own noun.
        assert_eq!(first("The board voted 7 to 2.").counted, None);
        let own = first("rose from 40 staff to 60 per cent");
        assert_eq!((own.dimension, own.counted.as_deref()), (Dimension::Count, Some("staff")));
        assert_eq!(first("shops open from 9 to 5 daily").dimension, Dimension::Count);
    }

    #[test]
    fn durations_ages_scores_ordinals() {
        let a = one("sentenced to five years and two months", Dimension::Duration);
        let b = one("sentenced to seven years and two months", Dimension::Duration);
        assert!(!a.compatible(&b));
        assert_eq!(one("a two-year deal", Dimension::Duration).counted.as_deref(), Some("deal"));
        assert_eq!(one("Lindgren, 47, said", Dimension::Age).value, 47.0);
        assert_eq!(one("the 52-year-old striker", Dimension::Age).value, 52.0);
        assert_eq!(one("aged 41", Dimension::Age).value, 41.0);
        assert_eq!(one("Yesterday, still only 21, he won.", Dimension::Age).value, 21.0);
        assert_eq!(one("At home, just 19, she left.", Dimension::Age).value, 19.0);
        // Not an age: "only 21" counts something, or stands in no commas.
        assert!(read("Only 21 were left.").iter().all(|v| v.dimension != Dimension::Age));
        assert!(read("It sold, only 21 copies, ...").iter().all(|v| v.dimension != Dimension::Age));
        assert_eq!(one("they won 2-0 at home", Dimension::Score).pair, Some((2, 0)));
        assert_eq!(one("won by four goals to one", Dimension::Score).pair, Some((4, 1)));
        assert_eq!(one("voted by seven votes to two", Dimension::Score).pair, Some((7, 2)));
        // A vote's tally in other wordings.
        assert_eq!(one("the judges voted five to four", Dimension::Score).pair, Some((5, 4)));
        assert_eq!(one("with the board voting 7 to 2", Dimension::Score).pair, Some((7, 2)));
        assert_eq!(one("in a six-to-three ruling", Dimension::Score).pair, Some((6, 3)));
        assert_eq!(one("passed with 26 in favour and 17 against", Dimension::Score).pair, Some((26, 17)));
        assert_eq!(one("it passed 40 for, 12 against", Dimension::Score).pair, Some((40, 12)));
        assert_eq!(one("rejected, 9 votes in favor and 11 votes against", Dimension::Score).pair, Some((11, 9)));
        // Near misses: a ratio, a match won "seven to two" without "by", a meeting.
        let no_score = |t: &str| read(t).iter().all(|v| v.dimension != Dimension::Score);
        assert!(no_score("odds of seven to two"));
        assert!(no_score("they won seven to two"));
        assert!(no_score("a one-to-one meeting"));
        assert!(no_score("a two-to-one ratio of staff"));
        assert!(no_score("26 for the plan"));
        assert_eq!(one("his third term", Dimension::Ordinal).counted.as_deref(), Some("term"));
        assert_eq!(one("fifty-two seats", Dimension::Count).value, 52.0);
        assert_eq!(one("a dozen travellers", Dimension::Count).value, 12.0);
        assert_eq!(one("four,250 police", Dimension::Count).value, 4250.0);
        assert_eq!(one("half a dozen ships", Dimension::Count).value, 6.0);
        assert_eq!(one("won 44 of the 120 seats", Dimension::Count).counted.as_deref(), Some("seats"));
        assert_eq!(one("a magnitude 5.8 quake", Dimension::Magnitude).value, 5.8);
    }

    #[test]
    fn near_misses_are_not_values() {
        assert!(read("one of them said").is_empty(), "{:?}", read("one of them said"));
        assert!(read("a man was arrested").is_empty());
        // A range of years is not a score.
        assert!(read("the 2024-25 season").iter().all(|v| v.dimension != Dimension::Score));
        // "May" alone is a modal verb.
        assert!(read("They may go").is_empty());
    }

    #[test]
    fn dates_and_times() {
        let d = one("on Tuesday, May 20, after the vote", Dimension::Date);
        assert_eq!(d.date.map(|d| (d.weekday, d.month, d.day)), Some((Some(2), Some(5), Some(20))));
        let e = one("counting on Monday 19 May", Dimension::Date);
        assert!(!d.compatible(&e));
        assert_eq!(one("runs until August 2031", Dimension::Date).date.and_then(|d| d.year), Some(2031));
        let gmt = one("Voting ends at 9 p.m. local time (1900 GMT)", Dimension::Time);
        assert_eq!(gmt.value, 21.0 * 60.0);
        let times: Vec<_> = read("at 15:40 IST").into_iter().filter(|v| v.dimension == Dimension::Time).collect();
        let utc = one("at 10:10 UTC", Dimension::Time);
        assert!(times[0].compatible(&utc), "{times:?}");
        assert!(!one("end at 2000 GMT", Dimension::Time).compatible(&one("end at 1900 GMT", Dimension::Time)));
    }

    #[test]
    fn a_dateline_without_its_year_resolves_days_by_month_and_day() {
        let read = |line: CalendarDate, text: &str| -> Option<CalendarDate> {
            scan(text, 0, text.len(), &Context { dateline: Some(line) }).first()?.date
        };
        let line = |weekday: Option<u8>, month: u8, day: u8| CalendarDate {
            month: Some(month),
            day: Some(day),
            weekday,
            ..Default::default()
        };
        // "Tuesday 4 March": yesterday is Monday 3 March, Sunday is 2 March, of no known year.
        let d = read(line(Some(2), 3, 4), "The ferry ran aground yesterday.").unwrap();
        assert_eq!((d.year, d.month, d.day, d.weekday), (None, Some(3), Some(3), Some(1)));
        let d = read(line(Some(2), 3, 4), "The ferry ran aground on Sunday.").unwrap();
        assert_eq!((d.year, d.month, d.day, d.weekday), (None, Some(3), Some(2), Some(7)));
        // A dateline that names no weekday resolves no weekday.
        let d = read(line(None, 3, 4), "The ferry ran aground on Sunday.").unwrap();
        assert!(!d.is_calendar());
        let d = read(line(None, 3, 4), "The ferry ran aground yesterday.").unwrap();
        assert_eq!((d.month, d.day, d.weekday), (Some(3), Some(3), None));
        // The day before 1 March is 28 or 29 February by the year: left unread.
        assert!(read(line(None, 3, 1), "The ferry ran aground yesterday.").is_none());
        assert_eq!(read(line(None, 1, 1), "The ferry ran aground yesterday.").and_then(|d| d.day), Some(31));
    }

    #[test]
    fn dateline_resolves_weekdays_and_yesterday() {
        assert!(dateline("The accord was signed on 21 October 2026.\nMore.").is_none());
        let text = "Thursday, April 9, 2026\n\nHe was released yesterday.";
        let ctx = Context { dateline: dateline(text) };
        let s = text.find("He ").unwrap();
        let v = scan(text, s, text.len(), &ctx);
        let d = v[0].date.unwrap();
        assert_eq!((d.month, d.day), (Some(4), Some(8)));
        let other = "He left the court on Tuesday, April 7.";
        // The agency may open a wire dateline, and the place may be left out.
        for wire in [
            "(Ferry Post) OSLO, Thursday 9 April 2026 — He was released yesterday.",
            "Thursday 9 April 2026 — He was released yesterday.",
        ] {
            let d = dateline(wire).unwrap();
            assert_eq!((d.month, d.day), (Some(4), Some(9)), "{wire}");
        }
        // Not a date inside a lead, nor after a long aside in brackets.
        assert!(dateline("The board met — on Thursday 9 April 2026 — and voted.").is_none());
        assert!(dateline(
            "(Reported from the harbour by our correspondent all week long) Thursday 9 April 2026 — He left."
        )
        .is_none());
        let w = scan(other, 0, other.len(), &ctx);
        assert!(!d.compatible(&w[0].date.unwrap()));
    }

    #[test]
    fn holidays_are_days_of_the_year_written_or_the_datelines() {
        let day = |text: &str, dateline: Option<CalendarDate>| -> Vec<(Option<i32>, Option<u8>, Option<u8>)> {
            scan(text, 0, text.len(), &Context { dateline })
                .into_iter()
                .filter_map(|v| v.date)
                .map(|d| (d.year, d.month, d.day))
                .collect()
        };
        assert_eq!(day("The lorry overturned on Christmas Day.", None), [(None, Some(12), Some(25))]);
        assert_eq!(day("The lorry overturned on Boxing Day 2029.", None), [(Some(2029), Some(12), Some(26))]);
        assert_eq!(day("The dam opened on Valentine’s Day, 2030.", None), [(Some(2030), Some(2), Some(14))]);
        // A dateline in January puts a Christmas Eve told without its year in the year before.
        let january = CalendarDate { year: Some(2031), month: Some(1), day: Some(6), ..Default::default() };
        assert_eq!(day("The pier collapsed on Christmas Eve.", Some(january)), [(Some(2030), Some(12), Some(24))]);
        // The Easter cycle moves with the year: Good Friday of 2030 is 19 April.
        assert_eq!(day("The strike began on Good Friday 2030.", None), [(Some(2030), Some(4), Some(19))]);
        let march = CalendarDate { year: Some(2029), month: Some(3), day: Some(2), ..Default::default() };
        assert_eq!(day("Shops close on Easter Monday.", Some(march)), [(Some(2029), Some(4), Some(2))]);
        // With no year to compute it in, "Good Friday" is no day, nor is its "Friday" one.
        assert!(day("Good Friday talks broke down.", None).is_empty());
        // A season named for a holiday is no day; in lower case, a common noun.
        assert!(day("Shops were busy over Christmas.", None).is_empty());
        assert!(day("The gym held a boxing day for schools.", None).is_empty());
    }

    #[test]
    fn easter_sunday_follows_the_gregorian_computus() {
        for (year, month, day) in
            [(2000, 4, 23), (2019, 4, 21), (2024, 3, 31), (2025, 4, 20), (2038, 4, 25), (2285, 3, 22)]
        {
            let d = easter_sunday(year).unwrap();
            assert_eq!((d.month, d.day), (Some(month), Some(day)), "{year}");
        }
        assert!(easter_sunday(1200).is_none());
    }

    #[test]
    fn seasons_are_three_months_in_either_hemisphere() {
        let summer = one("an extension through the summer of 2030", Dimension::Date).date.unwrap();
        assert_eq!((summer.year, summer.season), (Some(2030), Some(6)));
        let month = |s: &str| one(s, Dimension::Date).date.unwrap();
        assert!(summer.compatible(&month("in July 2030")));
        assert!(summer.compatible(&month("in January 2030")));
        assert!(!summer.compatible(&month("in April 2030")));
        assert!(!summer.compatible(&month("in July 2031")));
        // A season needs its year: "summer" alone is no date.
        assert!(read("a long summer of work").iter().all(|v| v.dimension != Dimension::Date));
    }

    /// The dates `text` writes, with a dateline of Monday 2 March 2026 when `dated`.
    fn dates(text: &str, dated: bool) -> Vec<(String, CalendarDate)> {
        let ctx = Context {
            dateline: dated.then_some(CalendarDate {
                year: Some(2026),
                month: Some(3),
                day: Some(2),
                weekday: Some(1),
                season: None,
            }),
        };
        let v = scan(text, 0, text.len(), &ctx);
        v.iter().filter_map(|v| Some((v.span.of(text).to_string(), v.date?))).collect()
    }

    #[test]
    fn a_weekday_or_month_owning_a_noun_is_its_date() {
        let got = dates("Thursday's ballot was tight, and January’s sales were weak.", false);
        let w: Vec<(Option<u8>, Option<u8>)> = got.iter().map(|(_, d)| (d.weekday, d.month)).collect();
        assert_eq!(w, vec![(Some(4), None), (None, Some(1))], "{got:?}");
        // "May's" alone is a name's as often as the month's.
        assert!(dates("May's cabinet met in the morning.", false).is_empty());
    }

    #[test]
    fn march_and_may_alone_are_months_after_a_word_of_time() {
        let months = |s: &str| dates(s, false).iter().map(|(_, d)| d.month).collect::<Vec<_>>();
        assert_eq!(months("The ferry enters service in March."), vec![Some(3)]);
        assert_eq!(months("The quay stays shut until May."), vec![Some(5)]);
        assert_eq!(months("The tunnel closes at the end of May."), vec![Some(5)]);
        assert_eq!(months("Since March the quay has been shut."), vec![Some(3)]);
        assert_eq!(months("The works run from March to May."), vec![Some(3), Some(5)]);
        // A verb, a name or a word no time word licenses.
        assert!(months("Protesters will March on the capital.").is_empty());
        assert!(months("A speech by May drew cheers.").is_empty());
        assert!(months("The cabinet of May met.").is_empty());
    }

    #[test]
    fn a_part_of_a_month_hyphened_is_the_month() {
        let got = dates("The quay opens in mid-January and the shed in late-May 2027.", false);
        let m: Vec<(Option<i32>, Option<u8>)> = got.iter().map(|(_, d)| (d.year, d.month)).collect();
        assert_eq!(m, vec![(None, Some(1)), (Some(2027), Some(5))], "{got:?}");
        assert!(dates("The mid-term review came early.", false).is_empty());
    }

    #[test]
    fn months_and_days_counted_from_the_dateline() {
        let ym = |s: &str| dates(s, true).iter().map(|(_, d)| (d.year, d.month, d.day)).collect::<Vec<_>>();
        assert_eq!(ym("Prices rose last month."), vec![(Some(2026), Some(2), None)]);
        assert_eq!(ym("The mill reopens next month."), vec![(Some(2026), Some(4), None)]);
        assert_eq!(ym("The dockers struck three days ago."), vec![(Some(2026), Some(2), Some(27))]);
        // Without a dateline nothing is counted from; a week is no day or month.
        assert!(dates("Prices rose last month.", false).is_empty());
        assert!(dates("Talks resume next week.", true).is_empty());
        assert!(dates("The dockers struck three weeks ago.", true).is_empty());
    }

    #[test]
    fn a_weekday_after_will_is_ahead_of_the_dateline() {
        let text = "Wednesday 15 October 2031\n\nThe ruling will be handed down on Thursday. He left on Thursday.";
        let ctx = Context { dateline: dateline(text) };
        let v = scan(text, 0, text.len(), &ctx);
        let days: Vec<Option<u8>> =
            v.iter().filter_map(|v| v.date).filter(|d| d.weekday == Some(4)).map(|d| d.day).collect();
        assert_eq!(days, vec![Some(16), Some(9)]);
    }

    #[test]
    fn datelines_between_bars_and_on_the_wire() {
        let d = dateline("Daily Paper\nBusiness | Wednesday 29 April 2031\n\nHeadline").unwrap();
        assert_eq!((d.year, d.month, d.day), (Some(2031), Some(4), Some(29)));
        let d = dateline("Headline\n\nBy A Writer\n\nOSLO, March 3 (Wire) - A ferry ran aground.").unwrap();
        assert_eq!((d.year, d.month, d.day), (None, Some(3), Some(3)));
        assert!(dateline("Headline\n\nThe ferry ran aground on March 3 (a Monday) - said the coastguard.").is_none());
    }

    #[test]
    fn a_head_part_without_four_figures_holds_no_dated_year() {
        assert!(has_year_figures("Posted 30.10.2031 at 18:05"));
        assert!(has_year_figures("Thursday, April 9, 2031"));
        // Near misses: figures, but never four in a row.
        assert!(!has_year_figures("up 7% to 1,250 in 3 weeks"));
        assert!(!has_year_figures("on 9/4/31"));
        for part in ["up 7% to 1,250 on 9 April", "the 12:30 ferry on 1 May 31"] {
            assert!(!read(part).iter().any(|v| v.date.is_some_and(|d| d.year.is_some())), "{part}");
        }
    }

    #[test]
    fn a_long_head_part_without_a_month_or_a_dash_after_figures_holds_no_dated_day() {
        assert!(may_hold_dated("Published on Thursday, 9 APRIL 2031 by the harbour office"));
        assert!(may_hold_dated("Posted 2031-04-09 07:41 by the harbour office, updated later"));
        assert!(may_hold_dated("Sept. 3, 2031"));
        // Near misses: months inside words, lower case, or figures with no dash after them.
        for part in [
            "The harbour's market opened in 2031 after a decade of delays and remarks",
            "it may reopen in 2031, the council said on the ninth of the month",
            "Ferry numbers rose 2031 - a record for the harbour, the office said",
        ] {
            assert!(!may_hold_dated(part), "{part}");
            assert!(!read(part).iter().any(|v| v.date.is_some_and(|d| d.year.is_some() && d.day.is_some())), "{part}");
        }
    }

    #[test]
    fn capitalised_words_start_values_as_their_lower_case_does() {
        for w in ["April", "Sept.", "Twenty-five", "Monday", "Norby", "Half", "Harbourmaster", "A", "Dozen"] {
            let lower = w.to_lowercase();
            let text = format!("{w} things");
            let toks = {
                let mut t = Vec::new();
                tokenize(&text, 0, text.len(), &mut t);
                t
            };
            let ctx = Context::default();
            let mut sc = Scanner { text: &text, toks: &toks, t: Table::builtin(), ctx: &ctx, lower: String::new() };
            let t = Table::builtin();
            let head = hyphen_head(&lower).unwrap_or(&lower);
            let starts = |x: &str| t.may_start_with(x) && t.capital_starters.contains(x);
            let slow = starts(&lower) || starts(lower.trim_end_matches('.')) || starts(head);
            assert_eq!(sc.may_start(0), slow, "{w}");
        }
    }

    #[test]
    fn never_panics_on_odd_text() {
        for s in ["", "€", "3-", "-3", "1,", "12:", "£k", "a", "ＵＳ$５", "2025-13-45", "\u{200b}7\u{200b}%"] {
            let _ = read(s);
        }
    }
}
