//! The data the value extractor reads: units, currencies, number words, hedges, calendar
//! words and zones, from `data/values/*.toml`.

use super::Dimension;
use crate::error::Result;
use crate::lexicon::parse_toml;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const UNITS: &str = include_str!("../../data/values/units.toml");
const CURRENCIES: &str = include_str!("../../data/values/currencies.toml");
const WORDS: &str = include_str!("../../data/values/words.toml");

#[derive(Deserialize)]
struct UnitFile {
    #[serde(default)]
    unit: Vec<UnitEntry>,
}

#[derive(Deserialize)]
struct UnitEntry {
    name: String,
    dimension: Dimension,
    factor: f64,
    forms: Vec<String>,
    /// The unit's symbol in the case it must be written in when it is one capital letter
    /// glued to a figure ("60W", "31C"): any other capital there names a thing ("3G").
    #[serde(default)]
    symbol: Option<String>,
}

#[derive(Deserialize)]
struct CurrencyFile {
    #[serde(default)]
    currency: Vec<CurrencyEntry>,
}

#[derive(Deserialize)]
struct CurrencyEntry {
    code: String,
    forms: Vec<String>,
}

#[derive(Deserialize, Default)]
struct WordFile {
    #[serde(default)]
    cardinals: BTreeMap<String, f64>,
    #[serde(default)]
    scales: BTreeMap<String, f64>,
    #[serde(default)]
    ordinals: BTreeMap<String, u32>,
    #[serde(default)]
    fractions: BTreeMap<String, f64>,
    #[serde(default)]
    hedges: Hedges,
    #[serde(default)]
    months: BTreeMap<String, u8>,
    #[serde(default)]
    weekdays: BTreeMap<String, u8>,
    #[serde(default)]
    relative_days: BTreeMap<String, i32>,
    #[serde(default)]
    holidays: BTreeMap<String, String>,
    #[serde(default)]
    seasons: BTreeMap<String, u8>,
    #[serde(default)]
    relative_months: BTreeMap<String, i32>,
    #[serde(default)]
    month_alone_after: Vec<String>,
    #[serde(default)]
    month_of: Vec<String>,
    #[serde(default)]
    month_parts: Vec<String>,
    #[serde(default)]
    days_ago: Vec<String>,
    #[serde(default)]
    future: Vec<String>,
    #[serde(default)]
    decision_nouns: Vec<String>,
    #[serde(default)]
    group_verbs: Vec<String>,
    #[serde(default)]
    group_leads: Vec<String>,
    #[serde(default)]
    takes_effect: Vec<String>,
    #[serde(default)]
    conversion_links: Vec<String>,
    #[serde(default)]
    zones: BTreeMap<String, i32>,
}

#[derive(Deserialize, Default)]
struct Hedges {
    #[serde(default)]
    about: Vec<String>,
    #[serde(default)]
    below: Vec<String>,
    #[serde(default)]
    above: Vec<String>,
    #[serde(default)]
    upto: Vec<String>,
    #[serde(default)]
    after_above: Vec<String>,
    #[serde(default)]
    after_upto: Vec<String>,
    #[serde(default)]
    after_about: Vec<String>,
}

/// How a hedge widens a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hedge {
    /// ± 10 %.
    About,
    /// Just below: [0.9·v, v].
    Below,
    /// Open above.
    Above,
    /// Open below.
    UpTo,
}

/// The day a holiday names ([`Table::holidays`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HolidayDay {
    /// The same month and day every year ("12-25").
    Fixed { month: u8, day: u8 },
    /// Days from Easter Sunday ("easter-2" is Good Friday).
    Easter(i32),
}

impl HolidayDay {
    /// Reads a day as the data writes it: "MM-DD" or "easter" with a signed offset.
    fn parse(spec: &str) -> Option<HolidayDay> {
        if let Some(offset) = spec.strip_prefix("easter") {
            let offset = offset.strip_prefix('+').unwrap_or(offset);
            return Some(HolidayDay::Easter(if offset.is_empty() { 0 } else { offset.parse().ok()? }));
        }
        let (m, d) = spec.split_once('-')?;
        let (month, day): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
        // Checked against a leap year, so that "02-29" is a day.
        jiff::civil::Date::new(2024, month as i8, day as i8).ok()?;
        Some(HolidayDay::Fixed { month, day })
    }
}

/// A unit a form stands for.
#[derive(Debug, Clone)]
pub(crate) struct UnitSense {
    pub dimension: Dimension,
    /// Canonical unit of the dimension ("EUR" for money, the unit's name otherwise).
    pub canonical: String,
    pub factor: f64,
}

/// Everything the extractor looks up, folded to lower case.
pub(crate) struct Table {
    /// Unit and currency forms, by lower-cased first word, longest first.
    pub forms: FxHashMap<String, Vec<(Vec<String>, UnitSense)>>,
    /// Three-letter codes, upper case as written ("EUR").
    pub codes: FxHashMap<String, String>,
    /// Currency symbols and prefixes glued to a number ("€", "US$", "Sh").
    pub prefixes: Vec<(String, String)>,
    pub cardinals: FxHashMap<String, f64>,
    pub scales: FxHashMap<String, f64>,
    pub ordinals: FxHashMap<String, u32>,
    pub fractions: FxHashMap<String, f64>,
    /// Hedge phrases before a number, as word lists, with what they do.
    pub hedges_before: Vec<(Vec<String>, Hedge)>,
    pub hedges_after: Vec<(Vec<String>, Hedge)>,
    pub months: FxHashMap<String, u8>,
    pub weekdays: FxHashMap<String, u8>,
    /// Season names, by their first month in the northern hemisphere.
    pub seasons: FxHashMap<String, u8>,
    /// Words before a weekday that put it after the dateline ("will", "due").
    pub future: FxHashSet<String>,
    /// Nouns of a decision after a tally in one hyphened word ("a five-to-four ruling").
    pub decision_nouns: FxHashSet<String>,
    /// Verbs after a bare number word that make it a group told without its noun
    /// ("Fifteen were hurt", "Nine died"), and the words such a group may follow.
    pub group_verbs: FxHashSet<String>,
    pub group_leads: FxHashSet<String>,
    /// Phrases that state the day something starts to apply, as word lists.
    pub takes_effect: Vec<Vec<String>>,
    /// Word lists written between an amount and its equivalent in another currency.
    pub conversion_links: Vec<Vec<String>>,
    pub relative_days: FxHashMap<String, i32>,
    /// Holidays that name one day ("Christmas Day", "Good Friday"), as lower-case word
    /// lists (a curly apostrophe written straight), longest first.
    pub holidays: Vec<(Vec<String>, HolidayDay)>,
    /// The first word of each of `holidays`.
    pub holiday_starts: FxHashSet<String>,
    /// Months by the word before "month" ("last month" is -1 from the dateline's).
    pub relative_months: FxHashMap<String, i32>,
    /// Words right before "March" or "May" alone that make it the month ("in March").
    pub month_alone_after: FxHashSet<String>,
    /// Words before "of" that make the month after it one ("the end of May").
    pub month_of: FxHashSet<String>,
    /// Words hyphened to a month that name a part of it ("mid-March").
    pub month_parts: FxHashSet<String>,
    /// Units of "N days ago".
    pub days_ago: FxHashSet<String>,
    pub zones: FxHashMap<String, i32>,
    /// Every lower-case word a value can start at: cardinals, ordinals, relative days,
    /// fractions and "half" (one look-up for the words that start none).
    pub starters: FxHashSet<String>,
    /// Every lower-case word a capitalised word can start a value as: calendar words
    /// ("March", "Monday", "Yesterday", "Spring") and number or rank words ("Two",
    /// "Third", "Dozen"). Names, most of the capitalised words, are none of these.
    pub capital_starters: FxHashSet<String>,
    /// The last word of every hedge before a number: a number after any other word has no
    /// such hedge.
    pub hedge_ends: FxHashSet<String>,
    /// One-capital unit symbols ("W", "C"), as written: see [`Table::names_a_thing`].
    capital_symbols: FxHashSet<String>,
    /// By first letter, a bit for each length (31 for any longer) a word of `starters`,
    /// `capital_starters` or the number words has: most words have none of their shape,
    /// and are passed over without hashing.
    starter_shapes: [u32; 26],
    /// By first letter and second byte (its low five bits), a bit for each length of the
    /// words of `starter_shapes` of two bytes or more: a finer sieve, for the words that
    /// pass that one.
    starter_pairs: Box<[[u32; 32]; 26]>,
}

/// A word's first letter (0 for "a") and a bit for its length (31 for any longer), or
/// `None` when it does not start with a letter a–z.
fn shape(w: &str) -> Option<(usize, u32)> {
    let first = *w.as_bytes().first()?;
    first.is_ascii_lowercase().then(|| (usize::from(first - b'a'), 1 << w.len().min(31)))
}

fn words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(|w| w.to_lowercase()).collect()
}

impl Table {
    fn parse(units: &str, currencies: &str, words_file: &str) -> Result<Table> {
        let units: UnitFile = parse_toml("data/values/units.toml", units)?;
        let currencies: CurrencyFile = parse_toml("data/values/currencies.toml", currencies)?;
        let w: WordFile = parse_toml("data/values/words.toml", words_file)?;
        let mut forms: FxHashMap<String, Vec<(Vec<String>, UnitSense)>> = FxHashMap::default();
        let mut add = |form: &str, sense: UnitSense| {
            let ws = words(form);
            if let Some(first) = ws.first() {
                // "km/h" is written as three tokens: file it under "km".
                let key = first.split('/').next().unwrap_or(first).to_string();
                forms.entry(key).or_default().push((ws, sense));
            }
        };
        let capital_symbols: FxHashSet<String> = units.unit.iter().filter_map(|u| u.symbol.clone()).collect();
        for u in &units.unit {
            for f in &u.forms {
                let canonical = u.dimension.canonical_unit().unwrap_or(&u.name).to_string();
                add(f, UnitSense { dimension: u.dimension, canonical, factor: u.factor });
            }
        }
        let mut codes = FxHashMap::default();
        let mut prefixes = Vec::new();
        for c in &currencies.currency {
            codes.insert(c.code.clone(), c.code.clone());
            for f in &c.forms {
                let money = UnitSense { dimension: Dimension::Money, canonical: c.code.clone(), factor: 1.0 };
                // A form with no letter ("€") or ending in one ("US$", "KSh") is written glued
                // before the number.
                if !f.chars().all(|ch| ch.is_alphabetic() || ch == ' ' || ch == '.')
                    || (f.len() <= 3 && f.chars().next().is_some_and(char::is_uppercase))
                {
                    prefixes.push((f.clone(), c.code.clone()));
                }
                // A single letter ("R" for the rand) is a currency only glued before a figure.
                if f.chars().any(char::is_alphabetic) && f.chars().count() > 1 {
                    add(f, money);
                }
            }
        }
        // Longest prefix first, then by text, so the first match is the right one.
        prefixes.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        for list in forms.values_mut() {
            let chars = |w: &Vec<String>| w.iter().map(|x| x.len() + 1).sum::<usize>();
            list.sort_by(|a, b| chars(&b.0).cmp(&chars(&a.0)).then(a.0.cmp(&b.0)));
        }
        let fold = |m: BTreeMap<String, f64>| m.into_iter().map(|(k, v)| (k.to_lowercase(), v)).collect();
        let mut hedges_before = Vec::new();
        for (list, h) in [
            (&w.hedges.above, Hedge::Above),
            (&w.hedges.upto, Hedge::UpTo),
            (&w.hedges.below, Hedge::Below),
            (&w.hedges.about, Hedge::About),
        ] {
            for p in list {
                hedges_before.push((words(p), h));
            }
        }
        // Longest phrase first; for one phrase the first list above wins.
        hedges_before.sort_by_key(|h| std::cmp::Reverse(h.0.len()));
        let mut hedges_after = Vec::new();
        for (list, h) in [
            (&w.hedges.after_above, Hedge::Above),
            (&w.hedges.after_upto, Hedge::UpTo),
            (&w.hedges.after_about, Hedge::About),
        ] {
            for p in list {
                hedges_after.push((words(p), h));
            }
        }
        let cardinals: FxHashMap<String, f64> = fold(w.cardinals);
        let ordinals: FxHashMap<String, u32> = w.ordinals.into_iter().collect();
        let fractions: FxHashMap<String, f64> = fold(w.fractions);
        let relative_days: FxHashMap<String, i32> = w.relative_days.into_iter().collect();
        let relative_months: FxHashMap<String, i32> = w.relative_months.into_iter().collect();
        let mut holidays = Vec::with_capacity(w.holidays.len());
        for (name, spec) in &w.holidays {
            let Some(day) = HolidayDay::parse(spec) else {
                return Err(crate::Error::Lexicon {
                    name: "data/values/words.toml".to_string(),
                    line: 0,
                    column: 0,
                    message: format!(
                        "holiday {name:?} has the day {spec:?}: write \"MM-DD\" or \"easter\" with an offset (\"easter-2\")"
                    ),
                });
            };
            holidays.push((words(&name.replace('’', "'")), day));
        }
        holidays.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let holiday_starts: FxHashSet<String> = holidays.iter().filter_map(|(ws, _)| ws.first().cloned()).collect();
        let starters: FxHashSet<String> =
            (cardinals.keys().chain(ordinals.keys()).chain(relative_days.keys()).chain(fractions.keys()))
                .chain(w.seasons.keys())
                .chain(relative_months.keys())
                .cloned()
                .chain(["half".to_string()])
                .collect();
        let months: FxHashMap<String, u8> = w.months.into_iter().collect();
        let weekdays: FxHashMap<String, u8> = w.weekdays.into_iter().collect();
        let seasons: FxHashMap<String, u8> = w.seasons.into_iter().collect();
        let capital_starters: FxHashSet<String> = (cardinals.keys().chain(ordinals.keys()).chain(relative_days.keys()))
            .chain(months.keys().chain(weekdays.keys()).chain(seasons.keys()))
            .chain(relative_months.keys())
            .cloned()
            .chain(["dozen".to_string(), "half".to_string()])
            // A holiday's first word, also with a curly apostrophe ("Valentine’s Day").
            .chain(holidays.iter().filter_map(|(ws, _)| ws.first()).flat_map(|w| [w.clone(), w.replace('\'', "’")]))
            .collect();
        let hedge_ends = hedges_before.iter().filter_map(|(ws, _)| ws.last().cloned()).collect();
        let mut starter_shapes = [0u32; 26];
        let mut starter_pairs = Box::new([[0u32; 32]; 26]);
        let every = [&starters, &capital_starters];
        let keys = every.iter().flat_map(|s| s.iter()).chain(fractions.keys()).chain(cardinals.keys());
        for k in keys {
            match shape(k) {
                Some((letter, bit)) => {
                    starter_shapes[letter] |= bit;
                    if let Some(&second) = k.as_bytes().get(1) {
                        starter_pairs[letter][usize::from(second & 31)] |= bit;
                    }
                }
                // A word that starts with no letter a–z: every word may be one.
                None => {
                    starter_shapes = [u32::MAX; 26];
                    starter_pairs = Box::new([[u32::MAX; 32]; 26]);
                }
            }
        }
        Ok(Table {
            forms,
            codes,
            prefixes,
            cardinals,
            scales: fold(w.scales),
            ordinals,
            fractions,
            hedges_before,
            hedges_after,
            months,
            weekdays,
            seasons,
            future: w.future.into_iter().collect(),
            decision_nouns: w.decision_nouns.into_iter().collect(),
            group_verbs: w.group_verbs.into_iter().collect(),
            group_leads: w.group_leads.into_iter().collect(),
            takes_effect: w.takes_effect.iter().map(|p| words(p)).collect(),
            conversion_links: w.conversion_links.iter().map(|p| words(p)).collect(),
            relative_days,
            holidays,
            holiday_starts,
            relative_months,
            month_alone_after: w.month_alone_after.into_iter().collect(),
            month_of: w.month_of.into_iter().collect(),
            month_parts: w.month_parts.into_iter().collect(),
            days_ago: w.days_ago.into_iter().collect(),
            zones: w.zones.into_iter().collect(),
            starters,
            capital_starters,
            hedge_ends,
            capital_symbols,
            starter_shapes,
            starter_pairs,
        })
    }

    /// False when no word a value starts at (of [`starters`](Self::starters),
    /// [`capital_starters`](Self::capital_starters), the cardinals or fractions) has the
    /// first letter and length of `w` (lower case): then none is `w`.
    pub fn may_start_with(&self, w: &str) -> bool {
        shape(w).is_none_or(|(letter, bit)| self.starter_shapes[letter] & bit != 0)
    }

    /// False when no word a value starts at has the first two bytes and the length of `w`
    /// (lower case, of two bytes or more; true for shorter ones): a sieve after
    /// [`may_start_with`](Self::may_start_with).
    pub(crate) fn may_start_paired(&self, w: &str) -> bool {
        match (shape(w), w.as_bytes().get(1)) {
            (Some((letter, bit)), Some(&second)) => self.starter_pairs[letter][usize::from(second & 31)] & bit != 0,
            _ => true,
        }
    }

    /// [`may_start_with`](Self::may_start_with) of a word of `len` bytes whose first byte,
    /// in lower case, is `first`.
    pub(crate) fn may_start_shaped(&self, first: u8, len: usize) -> bool {
        !first.is_ascii_lowercase() || self.starter_shapes[usize::from(first - b'a')] & (1 << len.min(31)) != 0
    }

    /// True when `letters`, glued after a figure, make that figure part of a name ("3G",
    /// "4WD") rather than the figure's unit, scale or suffix ("60W", "10K", "100KM",
    /// "5km", "1990s"). Only capitals can: a symbol in lower case is a unit ("5g" is grams,
    /// "3G" a network), so a capital letter must be a scale or a unit's written `symbol`,
    /// and capitals of two letters or more a scale, a time zone ("2100GMT") or a unit form.
    pub(crate) fn names_a_thing(&self, letters: &str) -> bool {
        if letters.is_empty() || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
            return false;
        }
        let lower = letters.to_ascii_lowercase();
        if self.scales.contains_key(&lower) || self.zones.contains_key(&lower) {
            return false;
        }
        if letters.len() == 1 {
            return !self.capital_symbols.contains(letters);
        }
        !self.forms.get(&lower).is_some_and(|list| list.iter().any(|(ws, _)| ws.len() == 1 && ws[0] == lower))
    }

    /// The tables built into the crate.
    pub fn builtin() -> &'static Table {
        static TABLE: OnceLock<Table> = OnceLock::new();
        TABLE.get_or_init(|| match Table::parse(UNITS, CURRENCIES, WORDS) {
            Ok(t) => t,
            // The embedded files are tested; a failure here is a build defect.
            Err(e) => panic!("built-in value tables: {e}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_tables_parse() {
        let t = Table::builtin();
        assert_eq!(t.codes.get("EUR").map(String::as_str), Some("EUR"));
        assert!(t.prefixes.iter().any(|(p, c)| p == "€" && c == "EUR"));
        assert!(t.forms.contains_key("km"));
        assert_eq!(t.months.get("sept"), Some(&9));
        assert_eq!(t.zones.get("ist"), Some(&330));
    }

    #[test]
    fn a_holiday_with_a_day_of_no_form_is_reported_with_the_form_to_write() {
        let words = WORDS.replace("\"halloween\" = \"10-31\"", "\"halloween\" = \"31 October\"");
        let Err(e) = Table::parse(UNITS, CURRENCIES, &words) else { panic!("a bad day was read") };
        assert!(e.to_string().contains("MM-DD"), "{e}");
        assert_eq!(HolidayDay::parse("02-29"), Some(HolidayDay::Fixed { month: 2, day: 29 }));
        assert_eq!(HolidayDay::parse("easter-46"), Some(HolidayDay::Easter(-46)));
        assert_eq!(HolidayDay::parse("13-01"), None);
        let t = Table::builtin();
        // Longest first: "new year's eve" before any holiday of fewer words.
        assert!(t.holidays.windows(2).all(|w| w[0].0.len() >= w[1].0.len()));
    }

    #[test]
    fn words_of_no_starters_shape_are_passed_over() {
        let t = Table::builtin();
        // Must pass: every starter, and words that start with no letter a–z.
        for w in t.starters.iter().chain(&t.capital_starters).chain(t.cardinals.keys()) {
            assert!(t.may_start_with(w), "{w}");
        }
        assert!(t.may_start_with("énorme"));
        // Near miss: a word of a letter and length no starter has.
        assert!(!t.may_start_with("government"));
        for w in t.starters.iter().chain(&t.capital_starters).chain(t.cardinals.keys()).chain(t.fractions.keys()) {
            assert!(t.may_start_paired(w), "{w}");
        }
        // Near misses: words whose first letter and length a starter has, but not their
        // second letter.
        let sifted = ["the", "and", "said", "harbour", "ferry", "mxyz", "txqz", "fqzx"]
            .into_iter()
            .filter(|w| t.may_start_with(w) && !t.may_start_paired(w))
            .count();
        assert!(sifted >= 2, "{sifted}");
        for w in ["government", "march", "twenty", "x", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", "énorme", "7"] {
            let first = w.as_bytes()[0];
            assert_eq!(t.may_start_shaped(first, w.len()), t.may_start_with(w), "{w}");
        }
    }
}
