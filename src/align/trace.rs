//! `GAINSAY_TRACE`: why two sentences were or were not reported. The variable holds a list
//! of the paths to trace, split by commas or spaces: `align`, `events`, `facts`, `self`
//! (`GAINSAY_TRACE=align,events,facts,self` traces all four). Each is described below.
//!
//! With the variable set (to a list holding `align`), the aligned path writes one JSON
//! object a line to standard error for each decision it takes on a pair, and nothing to
//! standard output that it would not write anyway: a check traced reports what it reports
//! untraced. Sentences and values are `[article, start byte, end byte]`, articles numbered
//! in the order given.
//!
//! - `{"event":"values","s":[0,120,241],"values":[["money",150,161],...]}`: every sentence's
//!   typed values, as the value reader reads them;
//! - `{"event":"pair","a":...,"b":...,"sim":0.31,"gate":null}`: two sentences of different
//!   articles that share a rare word, and whether they were compared: `gate` is
//!   `"similarity"` (below the least likeness) or `"closest"` (not among either sentence's
//!   closest), `null` when compared;
//! - `{"event":"number","a":...,"b":...,"gate":"not_beside","score":..,"compatible":..}`:
//!   two values of one dimension in compared sentences, and the test that refused them
//!   (`null`: a finding was made, or they agree);
//! - `{"event":"date",...,"gate":"bound"}`: the same for dates and times;
//! - `{"event":"finding","kind":"number","a":...,"b":...,"confidence":..,"gate":..}`: a
//!   finding of the aligned path, and whether it was dropped (`"min_confidence"`,
//!   `"select"`: a better finding of the thing or the sentences was kept);
//! - `{"event":"made","kind":"number","rule":"values","how":["beside","sole"],"a":..,"b":..,
//!   "confidence":..}`: a number finding as made, before any is dropped, with the rule that
//!   made it (`values`: figures of compared sentences, `score_lines`, `retyped`, `streak`,
//!   `tally`) and, for `values`, the ways its figures met (`attribute`, `per`, `listed`,
//!   `beside`, `unit_named`, `counted_alone`, `sole`, `names_released`);
//! - `{"event":"keyed","kind":"date","sides":[[...],...],"gate":"similarity"}`: a number
//!   or date conflict met by key and dropped because alignment does not support it.
//!
//! A user asking "why was this pair not reported" finds the two sentences' spans in
//! `gainsay sentences --format json` and reads the lines that name them.

use crate::Span;
use std::sync::OnceLock;

/// The traces `GAINSAY_TRACE` asks for, one bit each in the order of [`TRACES`]; read once.
fn asked() -> u8 {
    static ASKED: OnceLock<u8> = OnceLock::new();
    *ASKED.get_or_init(|| {
        let var = std::env::var("GAINSAY_TRACE").ok();
        TRACES.iter().enumerate().filter(|(_, w)| asks_word(var.as_deref(), w)).fold(0, |b, (i, _)| b | 1 << i)
    })
}

/// The words of `GAINSAY_TRACE`, one per path traced.
const TRACES: [&str; 4] = ["align", "events", "facts", "self"];

/// Writes one event when its trace is on.
fn write(on: bool, event: serde_json::Value) {
    if on {
        eprintln!("{event}");
    }
}

/// True when `GAINSAY_TRACE` asks for the aligner's trace.
#[inline]
pub(crate) fn on() -> bool {
    asked() & 1 != 0
}

/// True when a value of `GAINSAY_TRACE` (words split by commas or spaces) holds `word`.
fn asks_word(var: Option<&str>, word: &str) -> bool {
    var.is_some_and(|v| v.split([',', ' ']).any(|w| w.trim().eq_ignore_ascii_case(word)))
}

/// A span of article `a`, as the trace writes it.
pub(crate) fn at(a: usize, span: Span) -> serde_json::Value {
    serde_json::json!([a, span.start, span.end])
}

/// Writes one event, when tracing.
pub(crate) fn emit(event: serde_json::Value) {
    write(on(), event)
}

// ---- The events trace (`GAINSAY_TRACE=events`): the events path's gates. ----

/// True when `GAINSAY_TRACE` asks for the events path's trace (`events`).
///
/// With it, [`crate::events`] writes one JSON object a line to standard error for each
/// sentence pair it is given, and for each pair of events it compares:
///
/// - `{"event":"events","sa":[0,120,241],"sb":[1,0,96],"by":"aligned","sim":0.31,"gate":..}`:
///   a sentence pair of two articles (`by`: `"aligned"`, or added by a shared
///   `"participant"` word, or each `"alone"` on a state in its article) and the gate that
///   refused it: `"similarity"` (below the events' least likeness), `"not_worth"` (no
///   denial nor opposite word the other side says), `"times_differ"`, `"no_events"` (a
///   side reads no event), `"no_contradiction"` (see the event pairs), `"pair_filter"` (a
///   pair the aligner did not make needs participants or state phrases), `"names_differ"`
///   (two countries or bodies named before the predicates); `null`: a finding. A pair
///   refused as `"not_worth"` also gives how many keys each side denies (`"da"`, `"db"`)
///   and how many word keys the two share (`"shared"`);
/// - `{"event":"event_pair","sa":..,"sb":..,"a":[0,130,138],"b":[1,12,20],"gate":..}`: two
///   events of such a pair read on both sides, and the test of
///   [`crate::events::contradict`] that let both hold (`"disputed"`: its own sentence
///   says the opposite too), `null` when they contradict; with each event's polarity
///   (`"pa"`, `"pb"`) and the kind of its predicate (`"ka"`, `"kb"`: `"event"`, `"had"`,
///   `"state"`, `"change"`, `"ordinal"`).
#[inline]
pub(crate) fn events_on() -> bool {
    asked() & 2 != 0
}

/// Writes one event of the events trace, when tracing it.
pub(crate) fn emit_events(event: serde_json::Value) {
    write(events_on(), event)
}

// ---- `GAINSAY_TRACE=facts`: the facts path and the keyed value and role conflicts ----
//
// With the variable holding `facts`, one JSON object a line to standard error:
//
// - `{"event":"fact","s":[..],"span":[..],"kind":"name","owner":"..","attribute":"..",
//   "extractor":"..","gate":null}`: every fact read, and `gate` `"no_owner"`,
//   `"no_attribute"` or `"modal"` when it is compared with none (`owner` as grouped: a
//   one-word name made the one longer name that holds it);
// - `{"event":"fact_pair","a":[..],"b":[..],"sa":[..],"sb":[..],"gate":..}`: two facts of one
//   owner, attribute and kind of value, and the test that refused them: `"same_sentence"`,
//   `"met"` (their sentences meet in a conflict found before), `"agree"`, `"context"` (too
//   few words shared, for a measure or an event's fact), `"places"`, `"group_size"`;
//   `null` when they were linked into a conflict;
// - `{"event":"claim","kind":"holder","s":[..],"span":[..],"key":"..","gate":..}`: a keyed
//   claim of a name or an office (holder, attribute, role), and `gate` `"uncommitted"`,
//   `"past"`, `"no_subject"` or `"full"` when it joins no group;
// - `{"event":"keyed_values","key":"..","claims":[[..],..],"dropped":[[..],..],"gate":..}`:
//   a group of such claims compared, the claims that took no side (`dropped`: no name, a
//   denial, an ambiguous inferred office, a value fitting several), and `gate`
//   `"one_value"` when fewer than two values were left (`null`: a conflict was made);
// - `{"event":"name_pair",...}`: names of two aligned sentences in the aligned path's slots
//   (`src/align/names.rs`, `trace_names`).

/// True when `GAINSAY_TRACE` asks for the facts trace.
#[inline]
pub(crate) fn facts_on() -> bool {
    asked() & 4 != 0
}

/// Writes one event of the facts trace, when tracing it.
pub(crate) fn emit_facts(event: serde_json::Value) {
    write(facts_on(), event)
}

// ---- `GAINSAY_TRACE=self`: the self-check (src/align/selfcheck.rs) ----
//
// With the variable holding `self`, one JSON object a line to standard error:
//
// - `{"event":"self_values","s":[..],"values":[["count",150,161,"Count None aircraft"],..]}`:
//   each sentence's figures (money, percent, count) the self-check reads, each with the thing
//   it is of (dimension, unit and counted noun or measure group), `null` when neither counted
//   nor measured; `"many":true` on a thing of more sentences than are compared;
// - `{"event":"self_pair","sa":[..],"sb":[..],"a":[..],"b":[..],"gate":..}`: two figures of one
//   thing in two sentences of one article, and the test that refused them: `"times_differ"`,
//   `"hedged"` (for the whole sentence pair, `a` and `b` `null`), `"scoped"`, `"one_sided"`,
//   `"unit"`, `"agree"`, `"level_or_change"`, `"not_same"` (another noun or measure),
//   `"names"`, `"part"`, `"not_retyped"`, `"breakdown"`, `"met"` (their sentences meet in a
//   self-contradiction found before); `null` when a finding was made. Two days of one article
//   write the same event, with `"date_agree"`, `"date_scoped"` (a word makes the act another
//   of its kind or sets it in another time), `"date_no_act"` (no act both date),
//   `"hedged"`, `"names"` or `"moved"` (a word moves the act).

/// True when `GAINSAY_TRACE` asks for the self-check's trace.
#[inline]
pub(crate) fn self_on() -> bool {
    asked() & 8 != 0
}

/// Writes one event of the self-check's trace, when tracing it.
pub(crate) fn emit_self(event: serde_json::Value) {
    write(self_on(), event)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_trace_is_asked_for_by_name_among_others() {
        assert!(asks_word(Some("align"), "align"));
        assert!(asks_word(Some("values, ALIGN"), "align"));
        assert!(!asks_word(Some("alignment"), "align"));
        assert!(!asks_word(Some(""), "align"));
        assert!(!asks_word(None, "align"));
        assert!(asks_word(Some("events"), "events"));
        assert!(asks_word(Some("align, EVENTS"), "events"));
        assert!(!asks_word(Some("align"), "events"));
        assert!(!asks_word(Some("event"), "events"));
        assert!(!asks_word(None, "events"));
        assert!(asks_word(Some("align,facts"), "facts"));
        assert!(asks_word(Some("FACTS"), "facts"));
        assert!(!asks_word(Some("align"), "facts"));
        assert!(!asks_word(None, "facts"));
        assert!(asks_word(Some("align,self"), "self"));
        assert!(!asks_word(Some("selfcheck"), "self"));
    }

    #[test]
    fn a_span_is_its_article_and_bytes() {
        assert_eq!(at(2, Span::new(10, 25)).to_string(), "[2,10,25]");
    }
}
