//! Places and their time zones: "17:05 Oslo time", or a local time in an article datelined
//! from a city, read in UTC.
//!
//! The table (`data/values/places_tz.tsv`, generated from the GeoNames gazetteer by
//! `tools/gen_places_tz.py`) maps a city's name to its IANA zone; the offset of that zone on
//! a day comes from the time zone database bundled with jiff, never the system's, so a
//! report is the same on every machine.
//!
//! ```
//! use gainsay::values::{zones::Places, CalendarDate};
//! let places = Places::builtin();
//! let zone = places.zone("Helsinki").unwrap();
//! let winter = CalendarDate { year: Some(2031), month: Some(1), day: Some(10), ..Default::default() };
//! let summer = CalendarDate { year: Some(2031), month: Some(7), day: Some(10), ..Default::default() };
//! assert_eq!(gainsay::values::zones::offsets(zone, Some(winter)), Some((120, 120)));
//! assert_eq!(gainsay::values::zones::offsets(zone, Some(summer)), Some((180, 180)));
//! ```

use super::CalendarDate;
use crate::error::{Error, Result};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const PLACES: &str = include_str!("../../data/values/places_tz.tsv");

/// City names and their IANA zones.
#[derive(Debug, Default, Clone)]
pub struct Places {
    zones: FxHashMap<String, String>,
}

impl Places {
    /// Reads lines of `place<TAB>zone` (`#` starts a comment); a zone the bundled database
    /// does not know is an error.
    ///
    /// ```
    /// use gainsay::values::zones::Places;
    /// let p = Places::parse("Port Veran\tEurope/Oslo\n").unwrap();
    /// assert_eq!(p.zone("Port Veran"), Some("Europe/Oslo"));
    /// assert!(Places::parse("Port Veran\tMars/Olympus\n").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Places> {
        let mut p = Places::default();
        p.extend(text)?;
        Ok(p)
    }

    /// Adds the lines of `text` (same shape as [`Places::parse`]); a later line wins.
    pub fn extend(&mut self, text: &str) -> Result<()> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (place, zone) = line.split_once('\t').ok_or_else(|| bad(n, "want place<TAB>zone".into()))?;
            if jiff::tz::db().get(zone).is_err() {
                return Err(bad(n, format!("unknown time zone {zone:?}")));
            }
            self.zones.insert(place.trim().to_string(), zone.trim().to_string());
        }
        Ok(())
    }

    /// The table built into the crate.
    pub fn builtin() -> &'static Places {
        static PLACES_TZ: OnceLock<Places> = OnceLock::new();
        PLACES_TZ.get_or_init(|| {
            let mut p = Places::default();
            // Checked by the tests; the database is bundled, so a zone is never missing here.
            for line in PLACES.lines().filter(|l| !l.starts_with('#')) {
                if let Some((place, zone)) = line.split_once('\t') {
                    p.zones.insert(place.to_string(), zone.to_string());
                }
            }
            p
        })
    }

    /// The IANA zone of a place as written ("Helsinki", "Cape Town").
    pub fn zone(&self, place: &str) -> Option<&str> {
        self.zones.get(place).map(String::as_str)
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.zones.len()
    }

    /// True when the table is empty.
    pub fn is_empty(&self) -> bool {
        self.zones.is_empty()
    }
}

fn bad(line: usize, message: String) -> Error {
    Error::Lexicon { name: "places_tz.tsv".into(), line: line + 1, column: 0, message }
}

/// The offsets east of UTC, in minutes, that `zone` may have on `date`: one when the day is
/// known, the least and greatest of its winter and summer when only the year is (or no
/// date at all: then of a recent year, as the difference is what matters).
pub fn offsets(zone: &str, date: Option<CalendarDate>) -> Option<(i32, i32)> {
    let tz = jiff::tz::db().get(zone).ok()?;
    let at = |y: i16, m: i8, d: i8| -> Option<i32> {
        // Noon: a day's offset changes at night, and noon is within that day everywhere.
        let dt = jiff::civil::Date::new(y, m, d).ok()?.at(12, 0, 0, 0);
        let ts = tz.to_ambiguous_timestamp(dt).compatible().ok()?;
        Some(tz.to_offset(ts).seconds() / 60)
    };
    let day = date.and_then(|d| Some((d.year?, d.month?, d.day?)));
    if let Some((y, m, d)) = day {
        let o = at(y as i16, m as i8, d as i8)?;
        return Some((o, o));
    }
    let year = date.and_then(|d| d.year).unwrap_or(REFERENCE_YEAR) as i16;
    let (winter, summer) = (at(year, 1, 15)?, at(year, 7, 15)?);
    Some((winter.min(summer), winter.max(summer)))
}

/// The year whose offsets stand for a date without one.
const REFERENCE_YEAR: i32 = 2025;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_zone_is_in_the_bundled_database() {
        let p = Places::builtin();
        assert!(p.len() > 1000);
        assert!(Places::parse(PLACES).is_ok());
    }

    #[test]
    fn offsets_follow_summer_time_on_the_day() {
        let z = Places::builtin().zone("Paris").unwrap_or("");
        let day = |m, d| Some(CalendarDate { year: Some(2031), month: Some(m), day: Some(d), ..Default::default() });
        assert_eq!(offsets(z, day(3, 10)), Some((60, 60)));
        assert_eq!(offsets(z, day(4, 10)), Some((120, 120)));
        assert_eq!(offsets(z, None), Some((60, 120)));
        // No summer time south of the Sahara.
        assert_eq!(offsets("Africa/Lagos", None), Some((60, 60)));
    }

    #[test]
    fn unknown_places_and_zones() {
        assert_eq!(Places::builtin().zone("Nowhere Special"), None);
        assert_eq!(offsets("Nowhere/Special", None), None);
    }
}
