//! What a date times and how far it reaches: the event word a date is said of ("the
//! reopening", "the first shipments", "sits again"), by class from
//! `data/values/date_events.toml`, and the order of two dates, for a date read as a bound
//! ("not until November" against "due in July").

use super::CalendarDate;
use crate::lexicon::parse_toml;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::cmp::Ordering;
use std::sync::OnceLock;

const EVENTS: &str = include_str!("../../data/values/date_events.toml");

#[derive(Deserialize)]
struct EventFile {
    #[serde(default)]
    event: Vec<EventEntry>,
}

#[derive(Deserialize)]
struct EventEntry {
    #[allow(dead_code)]
    name: String,
    #[serde(default)]
    verbs: Vec<String>,
    #[serde(default)]
    nouns: Vec<String>,
    #[serde(default)]
    phrases: Vec<String>,
    #[serde(default)]
    held: Vec<String>,
}

/// An event word: its class, and whether it is a noun ("the opening") or a verb ("opens").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventWord {
    /// The class, an index into the table: one per `[[event]]`.
    pub class: u16,
    /// A nominal form.
    pub noun: bool,
}

/// The event words, phrases ("takes over") included, by their lower case; the last words of
/// the phrases; the words of a state that holds an event off ("closed").
struct Table {
    words: FxHashMap<String, EventWord>,
    tails: FxHashSet<String>,
    held: FxHashMap<String, u16>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let file: EventFile = match parse_toml("data/values/date_events.toml", EVENTS) {
            Ok(f) => f,
            // The embedded file is tested; a failure here is a build defect.
            Err(e) => panic!("built-in date events: {e}"),
        };
        let mut out = Table { words: FxHashMap::default(), tails: FxHashSet::default(), held: FxHashMap::default() };
        for (k, e) in file.event.into_iter().enumerate() {
            let class = k as u16;
            for p in e.phrases {
                out.tails.extend(p.rsplit(' ').next().map(str::to_string));
                out.words.insert(p, EventWord { class, noun: false });
            }
            for v in e.verbs {
                out.words.insert(v, EventWord { class, noun: false });
            }
            for n in e.nouns {
                out.words.insert(n, EventWord { class, noun: true });
            }
            out.held.extend(e.held.into_iter().map(|h| (h, class)));
        }
        out
    })
}

/// True for the last word of an event phrase ("over" of "takes over"): [`event_phrase`]
/// reads it with the word before it.
pub fn is_event_tail(lower: &str) -> bool {
    table().tails.contains(lower)
}

/// The event class of two lower-case words in a row, when they make an event phrase: "takes
/// over", "into force".
///
/// ```
/// use gainsay::values::dates::{event_phrase, event_word};
/// let (a, b) = (event_phrase("takes", "over").unwrap(), event_word("handover").unwrap());
/// assert_eq!(a.class, b.class);
/// assert!(event_phrase("moved", "over").is_none());
/// ```
pub fn event_phrase(before: &str, lower: &str) -> Option<EventWord> {
    let t = table();
    if !t.tails.contains(lower) {
        return None;
    }
    t.words.get(&format!("{before} {lower}")).copied()
}

/// The event class a word of a state holds off until a date: "closed" in "will remain
/// closed until May" holds off the opening (it opens not before May).
///
/// ```
/// use gainsay::values::dates::{event_word, holds_off};
/// assert_eq!(holds_off("closed"), event_word("reopen").map(|e| e.class));
/// assert!(holds_off("open").is_none());
/// ```
pub fn holds_off(lower: &str) -> Option<u16> {
    table().held.get(lower).copied()
}

/// The event class of a lower-case word, when it names an event a date times.
///
/// ```
/// use gainsay::values::dates::event_word;
/// let (a, b) = (event_word("reopens").unwrap(), event_word("opening").unwrap());
/// assert_eq!(a.class, b.class);
/// assert!(b.noun && !a.noun);
/// assert!(event_word("said").is_none());
/// ```
pub fn event_word(lower: &str) -> Option<EventWord> {
    table().words.get(lower).copied()
}

/// The order of two dates when one lies wholly before the other, read at the precision
/// both give; a missing year is taken as the other's ("November" against "July 2031").
/// `None` when they can be one time or are not comparable (no month on either side and no
/// two years).
///
/// ```
/// use gainsay::values::{dates::order, CalendarDate};
/// let month = |y: Option<i32>, m: u8| CalendarDate { year: y, month: Some(m), ..Default::default() };
/// use std::cmp::Ordering::*;
/// assert_eq!(order(&month(None, 8), &month(None, 12)), Some(Less));
/// assert_eq!(order(&month(Some(2027), 1), &month(Some(2026), 12)), Some(Greater));
/// assert_eq!(order(&month(Some(2026), 8), &month(None, 8)), None);
/// ```
pub fn order(a: &CalendarDate, b: &CalendarDate) -> Option<Ordering> {
    if let (Some(x), Some(y)) = (a.year, b.year) {
        if x != y {
            return Some(x.cmp(&y));
        }
    }
    let (x, y) = (a.month?, b.month?);
    if x != y {
        return Some(x.cmp(&y));
    }
    match (a.day, b.day) {
        (Some(x), Some(y)) if x != y => Some(x.cmp(&y)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_has_words_and_no_word_two_classes() {
        let file: EventFile = parse_toml("date_events", EVENTS).unwrap();
        let mut seen = std::collections::HashSet::new();
        for e in &file.event {
            assert!(!e.verbs.is_empty() || !e.nouns.is_empty() || !e.phrases.is_empty(), "{}", e.name);
            for w in e.verbs.iter().chain(&e.nouns).chain(&e.phrases).chain(&e.held) {
                assert!(seen.insert(w.clone()), "{w} twice");
                assert_eq!(w, &w.to_lowercase());
            }
            // A phrase is two words, read at its last.
            assert!(e.phrases.iter().all(|p| p.split(' ').count() == 2), "{}", e.name);
        }
    }

    #[test]
    fn a_day_orders_within_a_month_and_a_year_before_all() {
        let d = |y: Option<i32>, m: Option<u8>, day: Option<u8>| CalendarDate {
            year: y,
            month: m,
            day,
            ..Default::default()
        };
        assert_eq!(order(&d(None, Some(3), Some(4)), &d(None, Some(3), Some(14))), Some(Ordering::Less));
        assert_eq!(order(&d(None, Some(3), None), &d(None, Some(3), Some(14))), None);
        assert_eq!(order(&d(Some(2031), None, None), &d(Some(2029), Some(4), None)), Some(Ordering::Greater));
        assert_eq!(order(&d(Some(2029), None, None), &d(Some(2029), Some(4), None)), None);
    }
}
