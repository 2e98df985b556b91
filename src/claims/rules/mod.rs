//! The claim rules: titles and names, appositions, verb groups with their subjects and
//! objects, and noun phrases that carry numbers, dates and places.
//!
//! Every rule works on the parts of speech and lexicon senses of [`Analysis`]; no rule
//! names a word that is not in the lexicon data.
//!
//! - `retag`: parts of speech that need the clause (unknown verbs, names);
//! - `phrases`: terms, personal names and noun phrases;
//! - `titles`: titles, appositions and capitals;
//! - `verbs`: verb groups, their subjects and objects, actions and events;
//! - `nominals`: noun phrases with numbers, dates and places.

mod nominals;
mod phrases;
mod retag;
mod titles;
mod verbs;

use super::analyze::{Analysis, Pos};
use super::measure::{date_at, quantity_at, spun_thousands, year_at, DateRelation, Found, Quantity};
use super::tokenize::TokKind;
use super::{Claim, ClaimKind, Modality, Polarity, Term, TermKind, TimeScope, Value};
use crate::lexicon::{class, Compiled, Cue, EntityKind, ObjectRole, Sense};
use crate::{Lexicon, Span};

/// A noun phrase found by the rules.
#[derive(Debug, Clone, Default)]
struct Np {
    first: usize,
    last: usize,
    /// The unit that heads it (its last noun before any preposition).
    head: Option<usize>,
    /// Terms it names, more than one for "Malta and Cyprus".
    terms: Vec<Term>,
    quantity: Option<Quantity>,
    /// Where the phrase was found to end, before a rule widened it (over a date after it).
    found_last: usize,
    /// The terms are not read yet ([`Extractor::np_right_unnamed`]): `terms` is empty until
    /// [`Extractor::named`] reads them.
    unnamed: bool,
}

/// Where a noun phrase lies, before it is built: a pronoun, or units `first..last`.
#[derive(Debug, Clone, Copy)]
enum NpExtent {
    Pronoun(usize),
    Units(usize, usize),
}

/// Where the content verb of a verb group is, and what the group says of it.
#[derive(Debug, Clone)]
struct VerbGroup {
    /// First unit of the group (auxiliaries included).
    first: usize,
    /// The content verb.
    verb: usize,
    /// One past the last unit of the group.
    last: usize,
    negated: bool,
    modality: Modality,
    passive: bool,
    /// A participle after its noun with no auxiliary: "a committee chaired by …".
    reduced: bool,
    /// Verbs passed through on the way to the content verb that are claims of their own:
    /// "agreed to host" also says "agreed".
    chain: Vec<usize>,
    /// The subject is someone other than the group's grammatical subject: "asked Italy to
    /// join" makes Italy the subject of "join".
    subject_override: Option<Np>,
}

/// Extracts the claims of one article, sentence by sentence.
pub(crate) struct Extractor<'a> {
    c: &'a Compiled,
    source: usize,
    text: &'a str,
    a: Analysis,
    out: Vec<Claim>,
    /// The last country or body that was a subject, for "it" and "its".
    last_entity: Option<Term>,
    /// The last person that was a subject, for "he" and "she".
    last_person: Option<Term>,
    /// The last thing that was a subject, for an "it" with no country or body before it.
    last_thing: Option<Term>,
    /// Units already used as the amount of an action, so the noun-phrase rules skip them.
    used: Vec<bool>,
    /// How often each country is mentioned in the article.
    countries: rustc_hash::FxHashMap<u32, usize>,
    /// The article's words written in lower case, built on first use: a capitalised first
    /// word that never appears in lower case is a name ("Kestrel denied …").
    lowercase_words: Option<rustc_hash::FxHashSet<&'a str>>,
    /// How often the rules asked whether a word is written in lower case in the article.
    lowercase_asked: usize,
    /// The subject of the sentence's last verb group, for a second verb that shares it:
    /// "The agreement includes a cut and maintains access until 2038".
    clause_subject: Option<Np>,
    /// The tags of the sentences read, kept for the events reader when asked for.
    kept: Option<crate::tag::SentenceTags>,
    /// With the tags, the values of the sentences scanned (without a dateline), for the
    /// aligner to take rather than scan again.
    kept_values: Option<super::KeptValues>,
}

impl<'a> Extractor<'a> {
    pub fn new(lex: &'a Lexicon, source: usize, text: &'a str) -> Extractor<'a> {
        Extractor {
            c: &lex.c,
            source,
            text,
            a: Analysis::default(),
            out: Vec::new(),
            last_entity: None,
            last_person: None,
            last_thing: None,
            used: Vec::new(),
            countries: rustc_hash::FxHashMap::default(),
            lowercase_words: None,
            lowercase_asked: 0,
            clause_subject: None,
            kept: None,
            kept_values: None,
        }
    }

    /// Keeps the tags of the sentences it reads, and the values of those it scans, for
    /// [`Extractor::finish_tagged`].
    pub fn keep_tags(mut self) -> Extractor<'a> {
        self.kept = Some(crate::tag::SentenceTags::with_lexicon(self.c.id()));
        self.kept_values = Some(Vec::new());
        self
    }

    /// The claims, and the tags and values kept (empty unless [`Extractor::keep_tags`]).
    pub fn finish_tagged(mut self) -> (Vec<Claim>, crate::tag::SentenceTags, super::KeptValues) {
        let kept = self.kept.take().unwrap_or_default();
        let values = self.kept_values.take().unwrap_or_default();
        (self.finish(), kept, values)
    }

    /// The claims, with offices written without a country given the country the article
    /// mentions most.
    pub fn finish(mut self) -> Vec<Claim> {
        let mut top: Vec<(u32, usize)> = self.countries.iter().map(|(&k, &v)| (k, v)).collect();
        top.sort_by(|a, b| {
            b.1.cmp(&a.1).then(self.c.entities[a.0 as usize].name.cmp(&self.c.entities[b.0 as usize].name))
        });
        if let Some(&(id, _)) = top.first() {
            let name = self.c.entities[id as usize].name.clone();
            for c in &mut self.out {
                if c.kind == ClaimKind::Holder && c.subject.name.is_empty() {
                    c.subject.name.clone_from(&name);
                    c.inferred_subject = true;
                }
            }
        }
        self.out
    }

    /// Counts the countries a sentence mentions.
    fn count_countries(&mut self) {
        for u in 0..self.a.units.len() {
            if self.a.units[u].pos != Pos::Entity {
                continue;
            }
            if let Some(id) = self.agent_entity(u) {
                let e = &self.c.entities[id as usize];
                let country = match e.kind {
                    EntityKind::Country => Some(id),
                    EntityKind::City => e.capital_of,
                    _ => None,
                };
                if let Some(c) = country {
                    *self.countries.entry(c).or_insert(0) += 1;
                }
            }
        }
    }

    /// Reads the claims of the sentence at `span`.
    pub fn sentence(&mut self, span: Span, heading: bool) {
        let s = &self.text[span.start..span.end];
        if heading && is_title_case(s) {
            return;
        }
        self.a.run(self.c, self.text, span.start, span.end);
        // Headings are not aligned: only sentences' tags are read again.
        if let (Some(kept), Some(tags), false) = (&mut self.kept, self.a.shareable_tags(), heading) {
            let words = self.a.toks.iter().map(|t| t.start - span.start..t.end - span.start);
            kept.push(span, tags, words, self.a.fold_ids());
        }
        self.retag();
        if self.a.units.is_empty() {
            return;
        }
        self.used.clear();
        self.used.resize(self.a.units.len(), false);
        let first_claim = self.out.len();
        self.clause_subject = None;
        self.count_countries();
        self.titles(span);
        self.appositions(span);
        self.verbs(span);
        self.nominals(span);
        self.read_times_and_scores(span, first_claim, heading);
        self.finish_sentence(span, first_claim, heading);
    }

    /// Reads again the sentence's figures that the typed value reader reads as a time of
    /// day or a score. A time is no amount: "landed at 21:15 CET" says when, in minutes
    /// after midnight (UTC when a zone is written), not 21 or 15 of anything, so that it
    /// meets only other times. A score counts nothing: "a 31-12 defeat" is not 12 defeats
    /// (but "the board voted 9-2" keeps its tally).
    fn read_times_and_scores(&mut self, span: Span, first_claim: usize, heading: bool) {
        use crate::values::Dimension;
        let has_quantity = |c: &Claim| matches!(c.value, Some(Value::Quantity(_)));
        if !self.out[first_claim..].iter().any(has_quantity) {
            return;
        }
        let all = crate::values::scan(self.text, span.start, span.end, &crate::values::Context::default());
        let found: Vec<&crate::values::ValueMention> =
            all.iter().filter(|v| matches!(v.dimension, Dimension::Time | Dimension::Score)).collect();
        let text = self.text;
        let mut k = first_claim;
        while k < self.out.len() && !found.is_empty() {
            let c = &mut self.out[k];
            let count = c.kind == ClaimKind::Quantity && matches!(c.predicate.as_str(), "count" | "size" | "part");
            let Some(Value::Quantity(q)) = &c.value else {
                k += 1;
                continue;
            };
            let Some(v) = found.iter().find(|v| figure_of(text, v.span, c.span, q.value)) else {
                k += 1;
                continue;
            };
            match v.dimension {
                Dimension::Time => {
                    let unit = if v.unit.is_some() { TIME_UTC } else { TIME_LOCAL };
                    let time =
                        Quantity { value: v.value, low: v.low, high: v.high, unit: Some(unit.into()), counted: None };
                    c.value = Some(Value::Quantity(time));
                    k += 1;
                }
                Dimension::Score if count => {
                    self.out.remove(k);
                }
                _ => k += 1,
            }
        }
        // Headings are not aligned: only sentences' values are read again.
        if let (Some(kept), false) = (&mut self.kept_values, heading) {
            kept.push((span, all));
        }
    }

    // -----------------------------------------------------------------------------------
    // Sentence-wide scope: questions, conditions, attribution.

    pub(super) fn finish_sentence(&mut self, span: Span, first_claim: usize, heading: bool) {
        let s = &self.text[span.start..span.end];
        let question = s.trim_end_matches(['"', '”', '’', '»', ')', ' ']).ends_with('?');
        let attribution = self.sentence_attribution();
        for claim in &mut self.out[first_claim..] {
            claim.heading = heading;
            if question {
                claim.modality = Modality::Question;
            }
            if claim.attribution.is_none() {
                claim.attribution.clone_from(&attribution);
            }
        }
    }

    /// "according to X", "…, X said." — who the sentence is attributed to.
    pub(super) fn sentence_attribution(&self) -> Option<String> {
        let a = &self.a;
        let n = a.units.len();
        for u in 0..n {
            if a.has_cue(u, Cue::Attribution) && a.fold_of(u).starts_with("according") {
                let np = self.np_right(u + 1)?;
                return np.terms.first().map(|t| t.name.clone()).or_else(|| Some(self.np_text(&np)));
            }
        }
        // Trailing ", X said." or ", said X."
        let mut u = n;
        while u > 0 && matches!(a.units[u - 1].pos, Pos::Break | Pos::Quote) {
            u -= 1;
        }
        if u >= 2 {
            let v = u - 1;
            if a.units[v].pos == Pos::Verb && self.is_say(v) {
                // Where the phrase starts is tested before it is built.
                let e = self.np_left_extent(v)?;
                let first = Self::extent_first(e);
                if first > 0 && matches!(a.units[first - 1].pos, Pos::Comma | Pos::Quote) {
                    let np = self.build_extent(e);
                    return np.terms.first().map(|t| t.name.clone()).or_else(|| Some(self.np_text(&np)));
                }
            }
        }
        None
    }

    /// True when unit `u` is inside a condition: "if …", "as if …", "whether …" — a
    /// conditional cue before it in the same clause.
    pub(super) fn in_condition(&self, u: usize) -> bool {
        let a = &self.a;
        let mut k = u.min(a.units.len().saturating_sub(1));
        loop {
            if a.has_cue(k, Cue::Conditional) {
                return true;
            }
            if k == 0 {
                return self.inverted_condition(u);
            }
            if matches!(a.units[k].pos, Pos::Comma | Pos::Break) && k != u {
                return false;
            }
            k -= 1;
        }
    }

    /// True when unit `u` stands in a condition written by inversion at the head of the
    /// sentence, before the comma that opens its main clause: "Should the board approve
    /// the bid, shares would rise", "Had the court ruled otherwise, …". A question ("Should
    /// the board approve the bid?") has no such comma.
    fn inverted_condition(&self, u: usize) -> bool {
        let a = &self.a;
        let opens = a.units.len() > 2
            && crate::text::is_inversion_auxiliary(a.fold_of(0))
            && matches!(a.units[1].pos, Pos::Det | Pos::Proper | Pos::Entity | Pos::Noun | Pos::Title | Pos::Pron);
        opens && (u + 1..a.units.len()).any(|k| a.units[k].pos == Pos::Comma)
    }

    /// Time scope and year of the region `from..to`.
    pub(super) fn time_of(&self, from: usize, to: usize) -> (TimeScope, Option<i32>) {
        let a = &self.a;
        let mut scope = TimeScope::Current;
        let mut year = None;
        for u in from..to.min(a.units.len()) {
            if a.has_cue(u, Cue::PastTime) {
                scope = TimeScope::Past;
            } else if a.has_cue(u, Cue::FutureTime) {
                scope = TimeScope::Future;
            }
            if year.is_none() {
                if let Some(y) = year_at(a, self.text, u) {
                    if u == 0 || !matches!(a.units[u - 1].pos, Pos::Symbol) {
                        year = Some(y);
                    }
                }
            }
        }
        (scope, year)
    }
}

/// Whether the value written at `value` is where the claim at `claim` read `figure`: the
/// spans overlap, and the claim lies inside the value or one of the value's digit groups is
/// the figure ("21:15" holds 21 and 15).
fn figure_of(text: &str, value: Span, claim: Span, figure: f64) -> bool {
    if value.end <= claim.start || claim.end <= value.start {
        return false;
    }
    if value.start <= claim.start && claim.end <= value.end {
        return true;
    }
    value
        .of(text)
        .split(|ch: char| !(ch.is_ascii_digit() || ch == '.' || ch == ','))
        .filter_map(|g| g.trim_matches(['.', ',']).replace(',', "").parse::<f64>().ok())
        .any(|g| (g - figure).abs() < 1e-9)
}

/// The unit of a time of day in minutes after midnight UTC, and of one in local time.
pub(crate) const TIME_UTC: &str = "UTC";
pub(crate) const TIME_LOCAL: &str = "local time";

fn modal_of(f: &str) -> Modality {
    match f {
        "could" | "may" | "might" | "can" | "ca" | "may be" | "might be" => Modality::Possible,
        _ => Modality::Would,
    }
}

fn date_relation(prep: &str) -> Option<DateRelation> {
    Some(match prep {
        // "scheduled to open for the 2031 season": "for" counts only before a date.
        "on" | "in" | "at" | "during" | "for" => DateRelation::On,
        "by" | "before" => DateRelation::By,
        "until" | "till" | "through" | "to" => DateRelation::Until,
        "since" | "from" => DateRelation::Since,
        _ => return None,
    })
}

/// The lemma of a noun for keys: the tagger's for a word ("vessels" → "vessel"), a phrase's
/// last word made singular for a phrase ("patrol vessels" → "patrol vessel").
fn noun_lemma(a: &Analysis, u: usize) -> String {
    let unit = &a.units[u];
    if a.tagged && unit.last - unit.first == 1 {
        return a.base_of(u).to_string();
    }
    singular(a.lemma_of(u))
}

/// A plural noun lemma made singular for keys: "vessels" → "vessel", "countries" → "country".
fn singular(w: &str) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// True when most words of a heading start with a capital: such headlines hide grammar.
fn is_title_case(s: &str) -> bool {
    let words: Vec<&str> =
        s.split_whitespace().filter(|w| w.chars().next().is_some_and(|c| c.is_alphabetic())).collect();
    if words.len() < 3 {
        return true;
    }
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase())).count();
    caps * 10 >= words.len() * 7
}

#[cfg(test)]
mod tests {
    use crate::claims::{extract, ClaimKind, Value};
    use crate::Lexicon;

    /// The quantities read from `text`, as (predicate, value as displayed).
    fn quantities(text: &str) -> Vec<(String, String)> {
        extract(&Lexicon::builtin(), 0, text)
            .into_iter()
            .filter_map(|c| match &c.value {
                Some(v @ Value::Quantity(_)) => Some((c.predicate.clone(), v.display())),
                _ => None,
            })
            .collect()
    }

    /// "Should X approve …, Y" is a condition; "Should X approve …?" is a question and
    /// "X should approve …, Y" a stated duty: neither is made conditional by this rule.
    #[test]
    fn a_condition_by_inversion_is_conditional() {
        use crate::claims::Modality;
        let approvals = |text: &str| -> Vec<Modality> {
            extract(&Lexicon::builtin(), 0, text)
                .into_iter()
                .filter(|c| c.predicate == "accept")
                .map(|c| c.modality)
                .collect()
        };
        let m = approvals("Should the town council approve the harbour budget, fees would rise.");
        assert!(!m.is_empty() && m.iter().all(|&m| m == Modality::Conditional), "{m:?}");
        let m = approvals("The town council approved the harbour budget, and fees rose.");
        assert!(!m.is_empty() && m.iter().all(|&m| m != Modality::Conditional), "{m:?}");
    }

    #[test]
    fn a_time_of_day_is_read_as_a_time() {
        // 21:15 CET is 20:15 UTC: no 21 and no 15 of anything.
        let q = quantities("The plane landed at 21:15 CET after the alert.");
        assert!(q.iter().all(|(_, v)| v == "20:15 UTC"), "{q:?}");
        let q = quantities("The plane landed at 9.40pm local time.");
        assert!(q.iter().all(|(_, v)| v.ends_with("local time")), "{q:?}");
    }

    #[test]
    fn the_day_of_a_date_counts_nothing() {
        for text in [
            "The singer died on 26 February at her home.",
            "Forty workers were evacuated on 14 May.",
            "The ferry sank on March 3 and was raised a year later.",
        ] {
            let q = quantities(text);
            assert!(q.iter().all(|(_, v)| !matches!(v.as_str(), "26" | "14" | "3")), "{text}: {q:?}");
        }
        // A span of time after a measure word sizes nothing.
        for text in
            ["Her father, who founded the firm, died two years ago.", "The pilot died three days after the crash."]
        {
            let q = quantities(text);
            assert!(q.iter().all(|(p, _)| p != "deaths"), "{text}: {q:?}");
        }
        // The agent of a killing is no toll; lives that could have been saved are none.
        let deaths = |q: &[(String, String)]| -> Vec<String> {
            q.iter().filter(|(p, _)| p == "deaths").map(|(_, v)| v.clone()).collect()
        };
        let q = quantities("Two gunmen killed 12 people at the market.");
        assert_eq!(deaths(&q), ["12 people"], "{q:?}");
        let q = quantities("The blaze began at one depot that killed 25 people.");
        assert_eq!(deaths(&q), ["25 people"], "{q:?}");
        let q = quantities("An extra 300 lives could have been saved by the vaccine.");
        assert!(q.iter().all(|(p, _)| p != "deaths"), "{q:?}");
        // Near miss: a counted subject with an uncounted object.
        let q = quantities("Some 2,000 people have fled their homes.");
        assert!(q.iter().any(|(p, v)| p == "evacuated" && v.ends_with("2000 people")), "{q:?}");
        // "No one" is nobody.
        for text in ["No one died in the fire.", "Not one person was hurt."] {
            let q = quantities(text);
            assert!(q.iter().all(|(_, v)| !v.starts_with('1')), "{text}: {q:?}");
        }
        // Near misses: a count after a month, and a count before a month with its noun.
        let q = quantities("In May 26 people died in the floods.");
        assert!(q.iter().any(|(_, v)| v.starts_with("26")), "{q:?}");
        let q = quantities("The storm killed 12 people on Sunday.");
        assert!(q.iter().any(|(_, v)| v.starts_with("12")), "{q:?}");
    }

    #[test]
    fn a_score_counts_nothing() {
        let q = quantities("The visitors slumped to a 31-12 defeat in the rain.");
        assert!(q.iter().all(|(p, _)| p != "count"), "{q:?}");
        // Near miss: defeats counted as such.
        let q = quantities("The visitors have suffered 12 defeats this season.");
        assert!(q.iter().any(|(_, v)| v.starts_with("12")), "{q:?}");
    }

    #[test]
    fn it_before_an_impersonal_verb_names_nothing() {
        let subjects = |text: &str| -> Vec<String> {
            extract(&Lexicon::builtin(), 0, text)
                .into_iter()
                .map(|c| format!("{} | {}", c.subject.name, c.predicate).to_lowercase())
                .collect()
        };
        let s = subjects("Portugal joined the fund. It rained in the north.");
        assert!(s.iter().all(|k| !(k.contains("portugal") && k.contains("rain"))), "{s:?}");
        let s = subjects("Portugal joined the fund. It has been snowing since dawn.");
        assert!(s.iter().all(|k| !(k.contains("portugal") && k.contains("snow"))), "{s:?}");
        // Near miss: "it" before any other verb is the country or body before it.
        let s = subjects("Portugal joined the fund. It signed the accord.");
        assert!(s.iter().any(|k| k.contains("portugal") && k.contains("sign")), "{s:?}");
    }

    #[test]
    fn a_phrase_named_later_is_the_phrase_built_at_once() {
        let lex = Lexicon::builtin();
        for text in [
            "Portugal joined the fund. The ferry was chartered by the Harbour Board of Tarrow in May.",
            "The council asked Norway for 12 patrol vessels and about 400 sailors at its meeting in Oslo.",
            "It was signed by him on 3 March with the bank and Spain, officials said.",
        ] {
            let mut ex = super::Extractor::new(&lex, 0, text);
            for span in crate::segment::split(text).iter().map(|u| u.span) {
                ex.sentence(span, false);
            }
            let n = ex.a.units.len();
            assert!(n > 5, "{text}");
            let mut unnamed = 0;
            for u in 0..n {
                let late = ex.np_right_unnamed(u);
                unnamed += late.as_ref().is_some_and(|np| np.unnamed) as usize;
                let late = late.map(|np| ex.named(&np));
                assert_eq!(format!("{late:?}"), format!("{:?}", ex.np_right(u)), "{text} at unit {u}");
                assert_eq!(ex.np_right_end(u), ex.np_right(u).map(|np| np.last), "{text} at unit {u}");
            }
            assert!(unnamed > 0, "{text}");
        }
    }

    #[test]
    fn a_count_keeps_its_kind() {
        let claims = extract(&Lexicon::builtin(), 0, "The ferry line bought 14 new tugboats.");
        assert!(claims.iter().any(|c| c.kind == ClaimKind::Quantity && c.predicate == "count"));
    }
}
