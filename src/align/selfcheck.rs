//! Self-contradictions: one article that gives one thing two figures that cannot both hold.
//!
//! Two figures of one article are mostly two things (last year's and this year's, two
//! firms', a part and the whole); the checks here are strict. Both must be of one
//! dimension, unit and rate; count the same noun or measure the same quantity, both as
//! levels or both as changes; stand with no word that sets either in another time or scope
//! and no other figure of that thing beside them; belong to no two different names; and have
//! digits one slip apart, as a retyped figure has. A measure (a length, mass, area or
//! volume) is of what its unit measures: "1,200 hectares of forest" and "2,100 hectares of
//! forest lost" are one area.
//!
//! One act given two days is one too: a day each of two sentences dates an act by, the act
//! named by one event word of data/values/date_events.toml (one its noun: "reopens on 9
//! May", "Opening day, 16 May"), or by one word once bare and once named again after
//! "the" ("leaked on Thursday", "the leak started on Friday"), with no word making it
//! another of its kind, moving it or dating a statement.
//!
//! ```
//! use gainsay::{Article, Checker};
//! let report = Checker::default().check(&[Article::new(
//!     "wire",
//!     "The firm will book a $90 million restructuring charge. Of the $9 million restructuring charge, most is paid in cash.",
//! )]);
//! assert!(report.conflicts.iter().any(|c| c.self_contradiction));
//! ```

use super::*;

/// The self-check's own cues (data/align/selfcheck.toml).
#[derive(Deserialize)]
pub(super) struct SelfCues {
    emphasis: Vec<String>,
    whole_after: Vec<String>,
    attribution_before: Vec<String>,
    act_end: Vec<String>,
    act_scope: Vec<String>,
    act_moved: Vec<String>,
    event_unsaid: Vec<String>,
    event_apart: Vec<String>,
    pub(super) tenure_apart: Vec<String>,
}

pub(super) fn self_cues() -> &'static SelfCues {
    static CUES: OnceLock<SelfCues> = OnceLock::new();
    CUES.get_or_init(|| {
        match parse_toml("data/align/selfcheck.toml", include_str!("../../data/align/selfcheck.toml")) {
            Ok(c) => c,
            Err(e) => panic!("built-in self-check cues: {e}"),
        }
    })
}

/// The noun a figure counts: the one the value reader read, or "people" for a plural
/// demonym right after it ("4.3 million Norwegians"), read or not by the value reader (it
/// reads those WordNet lists).
fn counted_of<'v>(s: &Sent, text: &str, v: &'v ValueMention) -> Option<Cow<'v, str>> {
    if let Some(c) = &v.counted {
        // "2 million Chileans" counts people, as an uncounted figure before a demonym does.
        if crate::lexicon::wordnet::NounClasses::builtin().get(c).is_some_and(|n| n.demonym()) {
            return Some(Cow::Borrowed("people"));
        }
        return Some(Cow::Borrowed(c));
    }
    let w = s.words.iter().find(|w| w.span.start >= v.span.end)?;
    let written = w.span.of(text);
    (crate::text::is_upper_start(written)
        && w.lower.ends_with('s')
        && crate::facts::nationality::demonyms().contains_key(&*w.lower))
    .then_some(Cow::Borrowed("people"))
}

/// True when a hedge makes a figure one-sided ("more than 400", "up to 400"): it bounds
/// the thing and gives no figure of it. An approximation ("some 3.4 million", "nearly 400")
/// is a figure, its interval widened by the value reader.
fn one_sided(v: &ValueMention) -> bool {
    v.hedged && !(v.low > 0.0 && v.high.is_finite())
}

/// The measure a figure is the change of, written after it: "a 29 percent jump in net
/// profit" is a change of profit (the measure group and the word's index).
fn attribute_after(s: &Sent, v: &ValueMention) -> Option<(u32, usize)> {
    let m = Measures::builtin();
    let at = s.words.iter().position(|w| w.span.start >= v.span.end)?;
    let noun = s.words.get(at)?;
    let change = &Words::builtin().change_nouns;
    if !change.contains(&*noun.lower) && !noun.lower.strip_suffix('s').is_some_and(|c| change.contains(c)) {
        return None;
    }
    if s.words.get(at + 1).is_none_or(|w| w.lower != "in") {
        return None;
    }
    (at + 2..(at + 5).min(s.words.len())).find_map(|k| m.measure.get(&*s.words[k].lower).map(|&g| (g, k)))
}

/// What one figure of a self-contradiction is of: its measure (the group and the word's
/// index, before or after it) and whether it is written as a change, or `None` when it is
/// neither counted nor measured.
fn self_thing(s: &Sent, v: &ValueMention, counted: bool) -> Option<(Option<(u32, usize)>, bool)> {
    if let Some(m) = attribute_after(s, v) {
        return Some((Some(m), true));
    }
    let changed = change(s, v).is_some();
    match attribute(s, v) {
        Some(m) => Some((Some(m), changed)),
        None if counted => Some((None, changed)),
        None => None,
    }
}

/// The capitalised words of a sentence (its first too), or those of the three words before
/// word `k`: whose a measure is ("Brightwell's net profit"), folded, with the initials of
/// each run of two or more ("Harbour Pilots Association" is also "hpa"): an article names one body
/// in full, then by its initials. Those after "according to" say who gives the figure.
fn self_names(s: &Sent, text: &str, k: Option<usize>) -> Vec<String> {
    let range = match k {
        Some(k) => k.saturating_sub(3)..k,
        None => 0..s.words.len(),
    };
    let cues = self_cues();
    let mut v: Vec<String> = Vec::new();
    let mut initials = String::new();
    let mut run = 0;
    let mut attributed = false;
    let end_run = |initials: &mut String, run: &mut usize, v: &mut Vec<String>| {
        if *run >= 2 {
            v.push(std::mem::take(initials));
        }
        initials.clear();
        *run = 0;
    };
    for (j, w) in s.words.iter().enumerate().take(range.end) {
        let written = w.span.of(text);
        let upper = crate::text::is_upper_start(written) && w.stem.is_some();
        if !upper {
            end_run(&mut initials, &mut run, &mut v);
            // Lower-case words other than "the" end who the attribution names.
            attributed = attributed && w.lower == "the";
            if ends_phrase(&s.words, j, &cues.attribution_before) {
                attributed = true;
            }
            continue;
        }
        if j < range.start || attributed {
            continue;
        }
        let name = w.lower.trim_end_matches("'s").trim_end_matches("\u{2019}s");
        initials.extend(name.chars().next());
        run += 1;
        v.push(name.to_string());
    }
    end_run(&mut initials, &mut run, &mut v);
    v.sort_unstable();
    v.dedup();
    v
}

/// True when the words ending at word `j` are one of `phrases` (lower case, words split by
/// spaces): "according to".
fn ends_phrase(words: &[Word], j: usize, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        let parts: Vec<&str> = p.split(' ').collect();
        j + 1 >= parts.len() && parts.iter().rev().enumerate().all(|(d, q)| words[j - d].lower == *q)
    })
}

/// The most sentences of one article giving figures of one thing that are compared pair
/// by pair.
const MAX_SELF_THING: usize = 16;
/// The longest sentence, in words, whose figures are read for what they are of.
pub(super) const MAX_SENTENCE_WORDS: usize = 256;

/// True when a scope word stands within four words of a value, or the value opens or closes
/// a range.
///
/// Not scope words: a hedge inside the value's span (its interval holds it), stress right
/// before it ("just 75 jets"), and the start of a list of its parts after it ("57
/// jets, including ...").
fn self_scoped(s: &Sent, v: &ValueMention) -> bool {
    let at = s.words.iter().position(|w| w.span.end > v.span.start).unwrap_or(s.words.len());
    let after = s.words.iter().position(|w| w.span.start >= v.span.end).unwrap_or(s.words.len());
    let cues = self_cues();
    let from = at.saturating_sub(4);
    let scopes = |k: usize, w: &Word| {
        if w.is(NEGATOR) {
            return true;
        }
        if !Words::builtin().self_scope.contains(&*w.lower) {
            return false;
        }
        let inside = k >= at && k < after;
        let stress = k + 1 == at && cues.emphasis.iter().any(|e| *e == *w.lower);
        let list = k >= after && cues.whole_after.iter().any(|e| *e == *w.lower);
        !(inside || stress || list)
    };
    s.words[from..(after + 4).min(s.words.len())].iter().enumerate().any(|(d, w)| scopes(from + d, w))
        || range(s, v).is_none_or(|r| r != (v.low, v.high))
}

/// True when two written figures have digits one slip apart: two neighbours swapped
/// ("257" / "275") or one digit more ("$70 million" / "$700 million"). An article that
/// gives one thing two figures mostly mistyped one of them; two figures that are not so
/// alike are mostly two things ("14 countries said", "in 22 countries").
fn retyped(a: &str, b: &str) -> bool {
    let digits = |s: &str| s.bytes().filter(u8::is_ascii_digit).collect::<Vec<u8>>();
    let (x, y) = (digits(a), digits(b));
    if x.is_empty() || y.is_empty() || x == y {
        return false;
    }
    if x.len() == y.len() {
        let differ: Vec<usize> = (0..x.len()).filter(|&k| x[k] != y[k]).collect();
        return differ.len() == 2
            && differ[1] == differ[0] + 1
            && x[differ[0]] == y[differ[1]]
            && x[differ[1]] == y[differ[0]];
    }
    let (short, long) = if x.len() < y.len() { (&x, &y) } else { (&y, &x) };
    long.len() == short.len() + 1 && (0..long.len()).any(|k| long[..k] == short[..k] && long[k + 1..] == short[k..])
}

/// True for a figure the self-check reads: money, a percentage, a count or a measure.
fn is_figure(v: &ValueMention) -> bool {
    matches!(v.dimension, Dimension::Money | Dimension::Percent | Dimension::Count) || is_measure(v)
}

/// True for a measure of a thing (a length, mass, area or volume): its unit says what it
/// measures, as a counted noun does for a count ("61,000 tonnes", "16,000 tonnes"). Spans
/// of time are not: one article gives many, of many things ("two years of talks", "a
/// 24-hour strike").
fn is_measure(v: &ValueMention) -> bool {
    matches!(v.dimension, Dimension::Length | Dimension::Mass | Dimension::Area | Dimension::Volume)
}

/// What a measure's written number was multiplied by to read it in its canonical unit:
/// its unit and scale ("2 km" is 2 times 1,000 m). `None` when no number is written in
/// digits.
fn unit_factor(text: &str, v: &ValueMention) -> Option<f64> {
    let written = v.span.of(text);
    let start = written.find(|c: char| c.is_ascii_digit())?;
    let digits: String = written[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|&c| c != ',')
        .collect();
    let n: f64 = digits.trim_end_matches('.').parse().ok()?;
    (n > 0.0).then(|| v.value / n)
}

/// True when two measures are written in one unit and scale: a retyped figure keeps its
/// unit ("1,200 hectares", "the 2,100-hectare reserve"); "2 km" and "24 m" are two lengths.
fn one_unit(ta: &str, va: &ValueMention, tb: &str, vb: &ValueMention) -> bool {
    match (unit_factor(ta, va), unit_factor(tb, vb)) {
        (Some(x), Some(y)) => (x / y - 1.0).abs() < 0.01,
        _ => false,
    }
}

/// A sentence's figures and the thing each is of, kept for the trace.
type TracedFigures<'v> = Vec<(&'v ValueMention, Option<String>)>;

/// One figure of a sentence as the self-check reads it, for its trace.
fn trace_value(v: &ValueMention, thing: Option<&str>) -> serde_json::Value {
    serde_json::json!([format!("{:?}", v.dimension).to_lowercase(), v.span.start, v.span.end, thing])
}

/// Writes two figures (or, with `None`, two sentences) the self-check compared to its trace.
fn trace_self_pair(a: &Sent, b: &Sent, values: Option<(&ValueMention, &ValueMention)>, gate: Option<&str>) {
    if trace::self_on() {
        let (x, y) = match values {
            Some((x, y)) => (trace::at(a.article, x.span), trace::at(b.article, y.span)),
            None => (serde_json::Value::Null, serde_json::Value::Null),
        };
        trace::emit_self(serde_json::json!({
            "event": "self_pair", "sa": trace::at(a.article, a.span), "sb": trace::at(b.article, b.span),
            "a": x, "b": y, "gate": gate,
        }));
    }
}

impl Aligner<'_> {
    /// Self-contradictions: two sentences of one article that give one thing (the same
    /// counted noun, or the same measure with both figures levels or both changes)
    /// incompatible figures of one dimension and unit, with no word setting either in
    /// another time or scope. "The firm will book a $90 million charge." and "Of the $9
    /// million charge, most is paid in cash." are one.
    pub(crate) fn self_findings(&self, texts: &[&str]) -> Vec<Aligned> {
        let mut out = Vec::new();
        let mut from = 0;
        let tracing = trace::self_on();
        while from < self.sents.len() {
            let article = self.sents[from].article;
            let to = from + self.sents[from..].iter().take_while(|s| s.article == article).count();
            // Sentences that give a figure of one thing meet in a map by that thing; a thing
            // of many figures in one article (a table, a list) is no one figure.
            let mut by_thing: BTreeMap<String, Vec<usize>> = BTreeMap::new();
            let mut traced: Vec<(usize, TracedFigures)> = Vec::new();
            let stemmer = &Words::builtin().stemmer;
            for i in from..to {
                // A sentence of very many words or figures is a table, not one figure of a
                // thing: reading what each is of would take quadratic time.
                if self.sents[i].words.len() > MAX_SENTENCE_WORDS
                    || !self.sents[i].words.iter().any(|w| w.is(super::DIGIT))
                {
                    continue;
                }
                for v in self.values(i) {
                    if !is_figure(v) {
                        continue;
                    }
                    let counted = counted_of(&self.sents[i], texts[article], v).filter(|_| !is_measure(v));
                    let thing = self_thing(&self.sents[i], v, counted.is_some() || is_measure(v));
                    let what = match (thing.map(|t| t.0), counted.as_deref()) {
                        (Some(None), None) if is_measure(v) => Some("measured".to_string()),
                        (None, _) | (Some(None), None) => None,
                        (Some(Some((g, _))), _) => Some(format!("measure {g}")),
                        (Some(None), Some(c)) => Some(match Measures::builtin().counted.get(c) {
                            Some(g) => format!("group {g}"),
                            None => super::stem::stem(stemmer, c),
                        }),
                    };
                    let key = what.map(|w| format!("{:?} {:?} {w}", v.dimension, v.unit));
                    if tracing {
                        if traced.last().is_none_or(|t| t.0 != i) {
                            traced.push((i, Vec::new()));
                        }
                        if let Some(t) = traced.last_mut() {
                            t.1.push((v, key.clone()));
                        }
                    }
                    let Some(key) = key else { continue };
                    let list = by_thing.entry(key).or_default();
                    if list.last() != Some(&i) {
                        list.push(i);
                    }
                }
            }
            for (i, values) in &traced {
                let many = values.iter().any(|(_, k)| k.as_ref().is_some_and(|k| by_thing[k].len() > MAX_SELF_THING));
                let values: Vec<serde_json::Value> = values.iter().map(|(v, k)| trace_value(v, k.as_deref())).collect();
                let s = &self.sents[*i];
                trace::emit_self(serde_json::json!({
                    "event": "self_values", "s": trace::at(s.article, s.span), "values": values, "many": many,
                }));
            }
            let mut pairs: Vec<(usize, usize)> = Vec::new();
            for list in by_thing.values().filter(|l| l.len() <= MAX_SELF_THING) {
                for (k, &i) in list.iter().enumerate() {
                    pairs.extend(list[k + 1..].iter().map(|&j| (i, j)));
                }
            }
            pairs.sort_unstable();
            pairs.dedup();
            for (i, j) in pairs {
                self.self_pair(texts, i, j, &mut out);
            }
            from = to;
        }
        out
    }

    fn self_pair(&self, texts: &[&str], i: usize, j: usize, out: &mut Vec<Aligned>) {
        let (a, b) = (&self.sents[i], &self.sents[j]);
        if year_or_month_differ(a, b) || a.hedged || b.hedged {
            let gate = if a.hedged || b.hedged { "hedged" } else { "times_differ" };
            trace_self_pair(a, b, None, Some(gate));
            return;
        }
        let tracing = trace::self_on();
        let (xs, ys) = (self.values(i), self.values(j));
        let ta = texts[a.article];
        for va in xs.iter().filter(|v| is_figure(v)) {
            let counted_a = counted_of(a, ta, va).filter(|_| !is_measure(va));
            let Some((ma, ca)) = self_thing(a, va, counted_a.is_some() || is_measure(va)) else { continue };
            let refused = if self_scoped(a, va) { Some("scoped") } else { one_sided(va).then_some("one_sided") };
            if let Some(gate) = refused {
                if tracing {
                    for vb in ys.iter().filter(|vb| vb.dimension == va.dimension) {
                        trace_self_pair(a, b, Some((va, vb)), Some(gate));
                    }
                }
                continue;
            }
            for vb in ys {
                if vb.dimension != va.dimension {
                    continue;
                }
                match self.self_gate(texts, (a, va, xs, &counted_a, ma, ca), (b, vb, ys)) {
                    Ok(f) => {
                        trace_self_pair(a, b, Some((va, vb)), None);
                        out.push(f);
                    }
                    Err(gate) => trace_self_pair(a, b, Some((va, vb)), Some(gate)),
                }
            }
        }
    }

    /// The finding two figures of one dimension make, or the test that refuses them (its
    /// name in the trace). The first side has passed its own tests: read as a figure of one
    /// thing (`ma`: its measure, `ca`: written as a change), in no other scope, not one-sided.
    #[allow(clippy::type_complexity)]
    fn self_gate(
        &self,
        texts: &[&str],
        (a, va, xs, counted_a, ma, ca): (
            &Sent,
            &ValueMention,
            &[ValueMention],
            &Option<Cow<'_, str>>,
            Option<(u32, usize)>,
            bool,
        ),
        (b, vb, ys): (&Sent, &ValueMention, &[ValueMention]),
    ) -> Result<Aligned, &'static str> {
        let (ta, tb) = (texts[a.article], texts[b.article]);
        if vb.unit != va.unit || vb.per != va.per {
            return Err("unit");
        }
        if va.compatible(vb) {
            return Err("agree");
        }
        let counted_b = counted_of(b, tb, vb).filter(|_| !is_measure(vb));
        let Some((mb, cb)) = self_thing(b, vb, counted_b.is_some() || is_measure(vb)) else { return Err("not_same") };
        if ca != cb {
            return Err("level_or_change");
        }
        if self_scoped(b, vb) {
            return Err("scoped");
        }
        if one_sided(vb) {
            return Err("one_sided");
        }
        // The same measure, or the same counted noun with no measure named.
        let same = match (ma, mb) {
            (Some(x), Some(y)) => x.0 == y.0,
            (None, None) => {
                (counted_a.is_some() && (*counted_a == counted_b || counted_agree(va, vb) == Some(true)))
                    || (is_measure(va) && counted_a.is_none() && counted_b.is_none())
            }
            _ => false,
        };
        if !same {
            return Err("not_same");
        }
        // Different names are different subjects: those owning the measure, or
        // for a count those of the whole sentences ("Acme will cut 300 jobs" and
        // "Bolt will cut 7,100 jobs").
        let (na, nb) = (self_names(a, ta, ma.map(|m| m.1)), self_names(b, tb, mb.map(|m| m.1)));
        if !na.is_empty() && !nb.is_empty() && !na.iter().any(|n| nb.binary_search(n).is_ok()) {
            return Err("names");
        }
        // "142 of the passengers" is a part of them; "8/13 odds" is a ratio. After a measure
        // "of" names what it is of ("1,200 hectares of forest"), a part only before "the",
        // "its" or "their" ("40 km of the border").
        let part = |s: &Sent, v: &ValueMention| {
            let t = texts[s.article].as_bytes();
            let at = s.words.iter().position(|w| w.span.start >= v.span.end);
            let of = at.is_some_and(|k| s.words[k].lower == "of");
            let whole =
                at.and_then(|k| s.words.get(k + 1)).is_some_and(|w| matches!(&*w.lower, "the" | "its" | "their"));
            (of && (!is_measure(v) || whole))
                || v.span.start.checked_sub(1).is_some_and(|k| t[k] == b'/')
                || t.get(v.span.end) == Some(&b'/')
        };
        if part(a, va) || part(b, vb) {
            return Err("part");
        }
        // Another figure of the same thing in either sentence is a breakdown.
        let others = |v: &ValueMention, xs: &[ValueMention]| {
            xs.iter().any(|w| w.dimension == v.dimension && w.span != v.span && w.counted == v.counted)
        };
        if others(va, xs) || others(vb, ys) {
            return Err("breakdown");
        }
        if !retyped(va.span.of(ta), vb.span.of(tb)) || (is_measure(va) && !one_unit(ta, va, tb, vb)) {
            return Err("not_retyped");
        }
        let about = va.counted.clone().unwrap_or_else(|| format!("{:?}", va.dimension).to_lowercase());
        Ok(Aligned {
            kind: ConflictKind::Number,
            about,
            sides: [side(a, va.span, va.display(ta), false), side(b, vb.span, vb.display(tb), false)],
            confidence: 0.6,
        })
    }
}

/// The words before a day searched for the act it dates.
const ACT_REACH: usize = 14;
/// The most days of one article's acts compared pair by pair.
const MAX_DATED_ACTS: usize = 24;

/// One act a sentence dates: a word of the clause before a day ("leaked acid into the
/// river early on Monday"), read as an event class of data/values/date_events.toml or as
/// its stem.
#[derive(Debug, Clone)]
struct Act {
    /// The event class, for a word of the table.
    class: Option<u16>,
    /// A noun of the table's class ("the opening").
    noun: bool,
    /// The word's stem.
    stem: u32,
    /// The word as written, lower case.
    form: String,
    /// Right after "the", "its" or "this": one act named again ("the leak").
    definite: bool,
}

/// The acts a day of `s` dates: the words of its clause before it, the clause ended by a
/// comma, colon or dash other than the one right before the day, another figure (a time
/// of day "at 2 a.m. on Tuesday" goes with its day), a word opening another clause or a
/// verb of saying. `None` when a scope word in the clause sets the act in another time or
/// makes it another of its kind ("the next meeting", "reopened again").
fn acts(s: &Sent, text: &str, v: &ValueMention) -> Option<Vec<Act>> {
    let values = s.values();
    let k = s.words.partition_point(|w| w.span.end <= v.span.start).checked_sub(1)?;
    let cues = self_cues();
    let mut out = Vec::new();
    for j in (k.saturating_sub(ACT_REACH)..=k).rev() {
        let w = &s.words[j];
        let next = if j == k { v.span.start } else { s.words[j + 1].span.start };
        let gap = text.get(w.span.end..next).unwrap_or("");
        let dash = gap.contains(" — ") || gap.contains(" – ") || gap.contains(" - ");
        if j != k && (dash || gap.contains([',', ';', ':', '(', ')', '?', '!'])) {
            break;
        }
        let inside = values.partition_point(|x| x.span.start < w.span.end).checked_sub(1);
        if inside.is_some_and(|i| w.span.start < values[i].span.end && values[i].dimension != Dimension::Time) {
            break;
        }
        if cues.act_end.iter().any(|e| *e == *w.lower) {
            break;
        }
        if Words::builtin().self_scope.contains(&*w.lower) || cues.act_scope.iter().any(|e| *e == *w.lower) {
            return None;
        }
        let Some(stem) = w.stem else { continue };
        if w.is(super::CALENDAR) || w.lower.as_bytes().first().is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let event = crate::values::dates::event_word(&w.lower);
        // A capital inside the sentence starts a name ("the Harbour Forum meeting").
        if j > 0 && crate::text::is_upper_start(w.span.of(text)) {
            continue;
        }
        let definite = j > 0 && matches!(&*s.words[j - 1].lower, "the" | "its" | "this");
        out.push(Act {
            class: event.map(|e| e.class),
            noun: event.is_some_and(|e| e.noun),
            stem,
            form: w.lower.to_string(),
            definite,
        });
    }
    Some(out)
}

/// True when two acts are one: two words of one event class, one of them its noun ("will
/// reopen the bridge on 2 May", "Opening day, Friday 9 May"), or one stem written once as
/// a verb in the past and once named again by its noun after "the" ("leaked on Monday",
/// "the leak began on Tuesday").
fn one_act(x: &Act, y: &Act) -> bool {
    match (x.class, y.class) {
        (Some(p), Some(q)) => p == q && (x.noun || y.noun),
        _ => {
            // The act told by a verb in the past, then named again by its noun: a thing named
            // on both sides ("the river", "river boats") is no act.
            let (bare, named) = if x.definite { (y, x) } else { (x, y) };
            x.stem == y.stem
                && named.definite
                && !bare.definite
                && bare.form.ends_with("ed")
                && !named.form.ends_with("ed")
        }
    }
}

/// True when one verb of the event table is told twice, neither time named again by its
/// noun ("will reopen on 2 May", "when it reopens on 9 May").
fn one_verb(x: &Act, y: &Act) -> bool {
    x.class.is_some() && x.class == y.class && x.stem == y.stem && !x.noun && !y.noun
}

/// True unless each clause names things of its own and none of them is the other's: "the
/// museum reopened on Monday" and "the café reopens on Friday" tell two acts.
fn no_other_thing(xa: &[Act], xb: &[Act]) -> bool {
    let things = |xs: &[Act]| xs.iter().filter(|x| x.class.is_none()).map(|x| x.stem).collect::<Vec<u32>>();
    let (ta, tb) = (things(xa), things(xb));
    ta.is_empty() || tb.is_empty() || ta.iter().any(|t| tb.contains(t))
}

impl Aligner<'_> {
    /// Self-contradictions of dates: two sentences of one article that give one act two
    /// different days. "A pipe burst under the square early on Monday." and "The burst
    /// flooded three streets before it was found on Tuesday." are none (no act named
    /// twice); "The pipe burst on Monday." and "The burst began at 2 a.m. on Tuesday."
    /// are one.
    pub(crate) fn self_date_findings(&self, texts: &[&str]) -> Vec<Aligned> {
        let mut out = Vec::new();
        for (a, &text) in texts.iter().enumerate().take(self.texts.len()) {
            let mut days: Vec<(usize, ValueMention, Option<Vec<Act>>)> = Vec::new();
            for i in self.ranges[a].clone() {
                let s = &self.sents[i];
                let dated = |w: &Word| w.is(super::CALENDAR);
                if s.words.len() > MAX_SENTENCE_WORDS || !s.words.iter().any(dated) {
                    continue;
                }
                self.values(i);
                for v in when::event_days(s, text) {
                    let acts = acts(s, text, &v);
                    days.push((i, v, acts));
                }
            }
            if days.len() > MAX_DATED_ACTS {
                continue;
            }
            for (k, (i, va, xa)) in days.iter().enumerate() {
                for (j, vb, xb) in &days[k + 1..] {
                    if i == j {
                        continue;
                    }
                    let (sa, sb) = (&self.sents[*i], &self.sents[*j]);
                    let gate = self.self_date_gate((sa, va, xa.as_deref()), (sb, vb, xb.as_deref()), text);
                    trace_self_pair(sa, sb, Some((va, vb)), gate.err());
                    if gate.is_ok() {
                        out.push(Aligned {
                            kind: ConflictKind::Date,
                            about: "date".into(),
                            sides: [
                                side(sa, va.span, va.display(text), false),
                                side(sb, vb.span, vb.display(text), false),
                            ],
                            confidence: 0.6,
                        });
                    }
                }
            }
        }
        out
    }

    /// Why two days of one article are not two days of one act (the trace's gate), or
    /// `Ok` when they are.
    fn self_date_gate(
        &self,
        (a, va, xa): (&Sent, &ValueMention, Option<&[Act]>),
        (b, vb, xb): (&Sent, &ValueMention, Option<&[Act]>),
        _text: &str,
    ) -> Result<(), &'static str> {
        if va.compatible(vb) {
            return Err("date_agree");
        }
        let (Some(xa), Some(xb)) = (xa, xb) else { return Err("date_scoped") };
        let pair =
            |same: &dyn Fn(&Act, &Act) -> bool| xa.iter().find_map(|x| xb.iter().find(|y| same(x, y)).map(|y| (x, y)));
        let Some((x, y)) = pair(&one_act).or_else(|| pair(&one_verb).filter(|_| no_other_thing(xa, xb))) else {
            return Err("date_no_act");
        };
        // A hedged sentence tells a plan; only an act it names ("the opening") keeps its day.
        let named = |s: &Sent, act: &Act| !s.hedged || act.noun || act.definite;
        if !named(a, x) || !named(b, y) {
            return Err("hedged");
        }
        if when::names_clash(a, b) {
            return Err("names");
        }
        // "The vote on Monday was postponed": the act moved, and its two days are two plans.
        let cues = self_cues();
        let moved = |s: &Sent| s.words.iter().any(|w| cues.act_moved.iter().any(|m| *m == *w.lower));
        if moved(a) || moved(b) {
            return Err("moved");
        }
        Ok(())
    }
}

/// True when sentence `s` may hold one side of a self-contradiction of events: a statement,
/// not a question, a quotation (someone's words) or a condition (`event_unsaid` of
/// data/align/selfcheck.toml: "if the vote passes").
fn says_itself(s: &Sent, text: &str) -> bool {
    let written = s.span.of(text).trim_end();
    let cues = self_cues();
    s.words.len() <= MAX_SENTENCE_WORDS
        && !written.ends_with('?')
        && !written.contains(['"', '\u{201c}', '\u{201d}'])
        && !s.words.iter().any(|w| cues.event_unsaid.iter().any(|u| *u == *w.lower))
}

impl Aligner<'_> {
    /// Self-contradictions of events: one article asserting and denying one act, or telling
    /// two opposite acts, of one participant, in sentences apart ([`says_itself`],
    /// [`crate::events::self_findings`]): "The council approved the plan on Monday." and,
    /// later, "The plan, which the council rejected, ...".
    pub(crate) fn self_event_findings(&self, texts: &[&str]) -> Vec<Aligned> {
        let Some(pairs) = self.self_pairs.get().filter(|p| !p.is_empty()) else { return Vec::new() };
        let all: Vec<crate::events::SentenceAt> = self.sents.iter().map(|s| (s.article, s.span)).collect();
        let own = |i: usize| says_itself(&self.sents[i], texts[self.sents[i].article]);
        crate::events::self_findings(texts, self.tags, &all, pairs, own, &self_cues().event_apart)
    }
}

/// Adds the article's self-contradictions the keyed and aligned paths did not find.
pub(crate) fn push_self_conflicts(
    aligner: &Aligner,
    texts: &[&str],
    claims: &mut Vec<Claim>,
    conflicts: &mut Vec<Conflict>,
) {
    let met: FxHashSet<(usize, usize)> = conflicts
        .iter()
        .filter(|c| c.self_contradiction)
        .flat_map(|c| {
            c.sides.iter().flat_map(|s| s.mentions.iter().map(|&i| (claims[i].source, claims[i].sentence.start)))
        })
        .collect();
    let mut findings = aligner.self_findings(texts);
    findings.extend(aligner.self_date_findings(texts));
    findings.extend(aligner.self_event_findings(texts));
    findings.extend(aligner.self_tenure_findings(texts));
    for f in findings {
        if f.sides.iter().any(|s| met.contains(&(s.source, s.sentence.start))) {
            if trace::self_on() {
                let [x, y] = &f.sides;
                trace::emit_self(serde_json::json!({
                    "event": "self_pair", "sa": trace::at(x.source, x.sentence), "sb": trace::at(y.source, y.sentence),
                    "a": trace::at(x.source, x.span), "b": trace::at(y.source, y.span), "gate": "met",
                }));
            }
            continue;
        }
        let sides = f
            .sides
            .iter()
            .map(|s| {
                let i = claims.len();
                claims.push(side_claim(f.kind, &f.about, s));
                crate::conflicts::Side { value: s.value.clone(), claims: vec![i], mentions: vec![i] }
            })
            .collect();
        let question = match f.kind {
            ConflictKind::Date => "When?".to_string(),
            ConflictKind::Polarity | ConflictKind::Antonym => format!("Does it hold ({})?", f.about),
            _ => format!("How many or how much ({})?", f.about),
        };
        crate::conflicts::push(
            conflicts,
            claims,
            f.kind,
            &format!("self | {}", f.about),
            question,
            sides,
            f.confidence,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::{Article, Checker};

    fn selves(text: &str) -> usize {
        let report = Checker::default().check(&[Article::new("wire", text)]);
        report.conflicts.iter().filter(|c| c.self_contradiction).count()
    }

    /// The self-contradictions this module finds (the other paths' aside).
    fn own(text: &str) -> usize {
        let report = Checker::default().check(&[Article::new("wire", text)]);
        report.conflicts.iter().filter(|c| c.key.starts_with("self |")).count()
    }

    /// The date self-contradictions this module finds.
    fn own_dates(text: &str) -> usize {
        let report = Checker::default().check(&[Article::new("wire", text)]);
        report.conflicts.iter().filter(|c| c.key == "self | date").count()
    }

    #[test]
    fn one_act_given_two_days_in_one_article() {
        // A verb of the event table and its noun.
        assert_eq!(
            own_dates(
                "The ferry crossing reopens on the 9th of May. Opening day, Saturday 16 May, is expected to be busy."
            ),
            1
        );
        // A verb, then its act named again after "the"; a time of day goes with its day.
        assert_eq!(own_dates("A pipe at the depot leaked diesel into the harbour late on Thursday, 7 May. Harbour officials say the leak started around 11 p.m. on Friday, 8 May."), 1);
        // One verb of the table told twice, once of a thing left unnamed.
        assert_eq!(own_dates("The pool, shut since a roof leak, will reopen on 4 May. When the building reopens its doors on 11 May, entry will be free."), 1);
    }

    #[test]
    fn two_acts_of_a_kind_or_moved_acts_are_not() {
        // Two acts: a closure and a reopening.
        assert_eq!(
            own_dates("The bridge closed to traffic on Monday, 5 May. Its reopening is set for Friday, 9 May."),
            0
        );
        // Another of its kind.
        assert_eq!(
            own_dates("The reopening on 3 May drew crowds. The hall reopened again on 9 June after a flood."),
            0
        );
        assert_eq!(own_dates("The first meeting was held on 3 May. The next meeting is on 9 June."), 0);
        // The day of a statement.
        assert_eq!(own_dates("A pipe at the depot leaked diesel on Thursday, 7 May. The leak was contained, officials said on Friday, 8 May."), 0);
        // An act moved to another day.
        assert_eq!(own_dates("The vote on Monday, 4 May was postponed. Lawmakers now vote on Thursday, 7 May."), 0);
        // A thing, not an act, named on both sides.
        assert_eq!(own_dates("Rain swelled the river on Monday, 4 May. River boats stopped on Friday, 8 May."), 0);
        // One verb told of two things.
        assert_eq!(own_dates("The museum reopened on Monday, 4 May. The café reopens on Friday, 8 May."), 0);
        // Two acts each named after "the".
        assert_eq!(
            own_dates("The match on Saturday, 2 May ended level. The match on Wednesday, 6 May is a replay."),
            0
        );
    }

    #[test]
    fn retyped_figures_are_one_slip_apart() {
        assert!(super::retyped("257", "275"));
        assert!(super::retyped("$70 million", "$700 million"));
        assert!(super::retyped("R6 billion", "R16 billion"));
        assert!(!super::retyped("14", "22"));
        assert!(!super::retyped("300", "7,100"));
        assert!(!super::retyped("12", "12"));
    }

    #[test]
    fn one_thing_given_two_figures_in_one_article() {
        assert_eq!(selves("Tarn Motors will book a $70 million restructuring charge. Of the $700 million restructuring charge, most is paid in cash."), 1);
        assert_eq!(selves("Brightwell's net profit climbed 16 percent to 2.1 billion crowns. Its chief credited cheaper loans for the 61 percent jump in net profit."), 1);
    }

    #[test]
    fn approximate_stressed_or_demonym_counted_figures_are_read() {
        // An approximation is a figure; a plural demonym counts people; "according to"
        // names who gives the figure, not whose it is.
        assert_eq!(selves("Some 3.4 million people lack tap water, according to the Water Board. The board says 4.3 million Norwegians lack tap water."), 1);
        // Stress right before a figure; a list of parts after it.
        assert_eq!(
            selves("Tarnby Air will fly 57 jets, including ten freighters. With just 75 jets, it stays small."),
            1
        );
        // A figure in rand, written glued to its currency sign.
        assert_eq!(own("The port budget is R4 billion. Its board called the budget of R41 billion too small."), 1);
        // A body named in full, then by its initials.
        assert_eq!(
            selves("The Harbour Pilots Association counts 257 ferries in port. The HPA counts 275 ferries in port."),
            1
        );
    }

    #[test]
    fn bounds_other_times_parts_and_other_bodies_stay_silent() {
        // A one-sided bound is no figure.
        assert_eq!(
            selves("Some 3.4 million people lack tap water. More than 4.3 million Norwegians lack tap water."),
            0
        );
        // Another time.
        assert_eq!(
            selves("Some 3.4 million people lack tap water. Last year 4.3 million Norwegians lacked tap water."),
            0
        );
        // "including" before a figure makes it a part.
        assert_eq!(selves("Tarnby Air will fly 57 jets. Its fleet, including 75 jets, is small."), 0);
        // (The aligned path reads this pair on its own terms.)
        assert_eq!(own("The port budget is R4 billion. Its budget last year was R41 billion."), 0);
        // Two bodies; who says a figure is named apart too.
        assert_eq!(own("Some 3.4 million people lack tap water, the Water Board says. The Grain Office says 4.3 million Norwegians lack tap water."), 0);
        assert_eq!(selves("The Harbour Pilots Association counts 257 ferries in port. The Port Authority counts 275 ferries in port."), 0);
    }

    #[test]
    fn one_measure_given_two_figures_in_one_article() {
        // An area and a mass: the unit says what is measured, "of" names its stuff.
        assert_eq!(
            own("The wildfire has burned 1,200 hectares of pine forest. Crews counted 2,100 hectares of forest lost."),
            1
        );
        assert_eq!(
            own("The mine shipped 61,000 tonnes of zinc. Its 16,000 tonnes of zinc went to smelters abroad."),
            1
        );
        // One unit written two ways.
        assert_eq!(
            own("The wildfire has burned 1,200 hectares of pine forest. The 2,100-hectare burn scar is visible from space."),
            1
        );
    }

    #[test]
    fn measures_of_other_times_parts_or_not_retyped_are_not() {
        // Another year.
        assert_eq!(own("The wildfire has burned 1,200 hectares of pine forest. Last year a fire burned 2,100 hectares of forest."), 0);
        // Not one slip apart.
        assert_eq!(
            own("The wildfire has burned 1,200 hectares of pine forest. Crews counted 3,500 hectares of forest lost."),
            0
        );
        // A part of a whole measured.
        assert_eq!(own("The reserve covers 2,100 hectares. The wildfire has burned 1,200 hectares of the reserve."), 0);
        // One unit retyped as another is two figures.
        assert_eq!(own("The crews laid 2 km of new pipe. Crews laid 24 m of new pipe."), 0);
        // Spans of time are many things of one article.
        assert_eq!(own("The dispute dominated 2 years of talks. The longest sitting ran for 24 hours straight."), 0);
        // A figure in words has no digit to slip.
        assert_eq!(own("Twelve miners were trapped underground. Rescuers reached the 21 miners at dawn."), 0);
    }

    #[test]
    fn two_things_two_times_or_a_part_are_not() {
        // Two firms.
        assert_eq!(selves("Acme Robotics will cut 300 jobs. Bolt Motors also says it will cut 3,000 jobs."), 0);
        // Another year.
        assert_eq!(selves("The plant has 257 workers. Last year it had 275 workers."), 0);
        // A part of the whole.
        assert_eq!(selves("The jet carried 275 passengers. A bus took 257 of the passengers on to the city."), 0);
        // Figures not one slip apart.
        assert_eq!(selves("The survey covered 22 countries. In 14 countries most were hopeful."), 0);
    }

    /// The self-contradictions of events this module finds.
    fn own_events(text: &str) -> usize {
        let report = Checker::default().check(&[Article::new("wire", text)]);
        report
            .conflicts
            .iter()
            .filter(|c| c.key.starts_with("self |") && c.question.starts_with("Does it hold"))
            .count()
    }

    #[test]
    fn one_act_done_and_undone_in_one_article() {
        // Two opposite stands on one thing, sentences apart.
        let upheld = "The Court of Appeal upheld the conviction of Brisca Delphin, a former harbour clerk. She had been found guilty of taking bribes.";
        assert_eq!(own_events(&format!("{upheld} The Court of Appeal overturned the conviction of Delphin.")), 1);
        assert_eq!(
            own_events(&format!(
                "{upheld} Delphin, whose conviction was overturned by the Court of Appeal, will return to work."
            )),
            1
        );
    }

    #[test]
    fn states_told_now_and_perfect_acts_in_one_article() {
        // Invented: one bridge, one ballot, one defendant; a sentence between each pair.
        let mid = "Engineers said the repairs would be paid for from an emergency fund.";
        // A state now against an act told in the perfect, which leaves the other state.
        let closed = "The Halvery bridge remains closed to traffic.";
        assert_eq!(own_events(&format!("{closed} {mid} The Halvery bridge has reopened to traffic.")), 1);
        // "closed to traffic": a "to" before a noun leaves the state standing.
        let open = "The Halvery museum is open to visitors this week.";
        assert_eq!(own_events(&format!("{open} {mid} The Halvery museum is closed to visitors this week.")), 1);
        // Contradictories by a negative prefix.
        let legal = "The Halvery ballot was legal under the rules of the club.";
        assert_eq!(
            own_events(&format!("{legal} {mid} The Halvery ballot was illegal under the rules of the club.")),
            1
        );
        // "He" after a sentence whose subject is a name, no name between.
        let acquitted = "Kestavin Dravitt was acquitted of fraud at Corwell Crown Court.";
        assert_eq!(own_events(&format!("{acquitted} {mid} He was convicted of fraud by the jury.")), 1);
    }

    #[test]
    fn states_of_two_tenses_a_sequence_or_another_name_agree() {
        let mid = "Engineers said the repairs would be paid for from an emergency fund.";
        // Open then, closed now: a change over time.
        let then = "The Halvery bridge remained open on Monday.";
        assert_eq!(own_events(&format!("{then} {mid} The Halvery bridge remains closed after a crack was found.")), 0);
        // Closed for weeks, reopened since.
        let reopened = "The Halvery bridge has reopened after repairs.";
        assert_eq!(own_events(&format!("{reopened} {mid} The Halvery bridge was closed for three weeks.")), 0);
        // A perfect act against a word read as a state with no linking verb.
        let accounts = "Few customers have closed their accounts.";
        let loan = "It is easy to get a loan, open a bank account or get a card in another name.";
        assert_eq!(own_events(&format!("{accounts} {mid} {loan}")), 0);
        // A name between: "he" may be that man.
        let acquitted = "Kestavin Dravitt was acquitted of fraud.";
        let vantry = "His co-defendant Marisk Vantry left the court.";
        assert_eq!(own_events(&format!("{acquitted} {vantry} He was convicted of fraud.")), 0);
    }

    #[test]
    fn a_body_in_capitals_in_one_article() {
        // Invented: one serum, one body written in capitals; a sentence between each pair.
        let mid = "Clinics across the region reported steady demand.";
        let yes = "The Dunmere serum is WHO-prequalified.";
        assert_eq!(own_events(&format!("{yes} {mid} The serum has not been prequalified by WHO.")), 1);
        // Near miss: another serum, prequalified by no one named.
        assert_eq!(own_events(&format!("{yes} {mid} The Tolvane tablets have not been prequalified.")), 0);
    }

    #[test]
    fn two_parties_times_things_or_neighbours_are_not_a_self_contradiction() {
        let upheld = "The Court of Appeal upheld the conviction of Brisca Delphin, a former harbour clerk. She had been found guilty of taking bribes.";
        let own = |later: &str| own_events(&format!("{upheld} {later}"));
        // Another thing of its kind, or another time.
        assert_eq!(own("The Court of Appeal overturned a similar conviction of another clerk."), 0);
        assert_eq!(own("Last year the Court of Appeal overturned the conviction of Delphin."), 0);
        // A wish, a condition, quoted words.
        assert_eq!(own("Her family hope the Court of Appeal overturns the conviction of Delphin."), 0);
        assert_eq!(own("If the Court of Appeal overturns the conviction of Delphin, she will return to work."), 0);
        assert_eq!(own("\"The Court of Appeal overturned the conviction of Delphin,\" her lawyer said."), 0);
        // Neighbours tell one act and the next.
        assert_eq!(own_events("The Court of Appeal upheld the conviction of Brisca Delphin. The Court of Appeal overturned the conviction of Delphin."), 0);
        // Two parties' words.
        assert_eq!(own_events("Her lawyer says the Court of Appeal upheld the conviction of Brisca Delphin. She had been found guilty of taking bribes. Her brother says the Court of Appeal overturned the conviction of Delphin."), 0);
        // Two acts of one thing's sequence, not two stands.
        assert_eq!(own_events("The ferry Delphin arrived in Quenmore at noon. Crowds waited on the quay. The ferry Delphin left Quenmore at six."), 0);
    }
}
