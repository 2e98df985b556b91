//! Stage 4: find the contradictions among keyed claims.
//!
//! Claims are grouped by key in a hash map — never compared all against all — and each
//! group is checked by what its claims say:
//!
//! - **polarity**: one side affirms what the other denies (`Italy | contribute troops`);
//!   **antonym** when the wording is an antonym pair (joined / withdrew);
//! - **value**: a single-valued attribute with two values (an office holder, a capital, a
//!   venue, a chair); **role**: one person given two offices;
//! - **number**: quantities whose intervals cannot overlap (hedges make intervals);
//! - **date**: two dates for one event that cannot be the same day.
//!
//! Only claims that commit to something take part: possibilities, requests, conditions and
//! questions never conflict; neither do claims about another time ("former", "last year").
//!
//! ```
//! use gainsay::{claims, conflicts, normalize, Lexicon};
//! let lexicon = Lexicon::builtin();
//! let mut all = claims::extract(&lexicon, 0, "Norway pledged $1.5 billion to the fund.");
//! all.extend(claims::extract(&lexicon, 1, "Norway has pledged $500 million to the fund."));
//! let keys = normalize::normalize(&lexicon, &mut all);
//! let found = conflicts::detect(&all, &keys);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].kind, conflicts::ConflictKind::Number);
//! ```

use crate::align::trace;
use crate::claims::{
    format_quantity, Claim, ClaimKind, DateRelation, Modality, Polarity, Quantity, TermKind, TimeScope, Value,
};
use crate::normalize::Keyed;
use crate::text::fold;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What kind of contradiction a conflict is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Does / does not.
    Polarity,
    /// Opposite verbs: joined / withdrew, accepted / rejected.
    Antonym,
    /// Two values of a single-valued attribute.
    Value,
    /// One person, two offices.
    Role,
    /// Quantities that cannot both be true.
    Number,
    /// Dates that cannot be the same.
    Date,
}

impl ConflictKind {
    /// The name used in reports.
    pub fn name(self) -> &'static str {
        match self {
            ConflictKind::Polarity => "polarity",
            ConflictKind::Antonym => "antonym",
            ConflictKind::Value => "value",
            ConflictKind::Role => "role",
            ConflictKind::Number => "number",
            ConflictKind::Date => "date",
        }
    }
}

/// One side of a conflict: a value and the claims that hold it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// What this side says: "Joe Biden", "yes", "$500 million".
    pub value: String,
    /// Indexes of the claims behind it, one per source (the clearest), in source order.
    pub claims: Vec<usize>,
    /// All claims that hold this value, including repeats within a source.
    pub mentions: Vec<usize>,
}

/// A contradiction between sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// What kind of contradiction it is.
    pub kind: ConflictKind,
    /// The key the claims share.
    pub key: String,
    /// The subject, for display.
    pub subject: String,
    /// The predicate, for display.
    pub predicate: String,
    /// The key as a question an editor would ask.
    pub question: String,
    /// One line saying what disagrees.
    pub explanation: String,
    /// How sure gainsay is that this is a real contradiction, 0–1.
    pub confidence: f64,
    /// The sides, largest first.
    pub sides: Vec<Side>,
    /// True when one source stands on two sides: the article contradicts itself.
    pub self_contradiction: bool,
}

/// The confidence a keyed number conflict starts from ([`push`] adjusts it).
pub(crate) const NUMBER_CONFIDENCE: f64 = 0.85;

/// The most claims of one key that are compared; later ones are left out.
pub const MAX_GROUP: usize = 512;
/// The most claims of one key from one article that are compared.
const MAX_PER_SOURCE: usize = 64;
/// The most negated actions without an object ("Spain will not contribute") of one key that
/// join the groups of that key with an object.
const MAX_BARE_NEGATED: usize = 16;

/// A key some of whose claims were left out of the comparison: more than [`MAX_GROUP`]
/// claims (a sign that unrelated stories were checked as one), or more than 64 from one
/// article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overfull {
    /// The key.
    pub key: String,
    /// Its claims.
    pub claims: usize,
    /// Those compared.
    pub compared: usize,
}

/// Finds the conflicts among `claims`, whose keys are `keys` (same order).
pub fn detect(claims: &[Claim], keys: &[Keyed]) -> Vec<Conflict> {
    detect_counted(claims, keys).0
}

/// [`detect`], with the keys whose claims were not all compared, in key order.
pub fn detect_counted(claims: &[Claim], keys: &[Keyed]) -> (Vec<Conflict>, Vec<Overfull>) {
    // Two independent passes over the claims, side by side.
    let ((mut groups, left_out), bare_negated) =
        crate::par::join(|| group_by_key(claims, keys), || bare_denials(claims, keys));
    // Each group is joined once, not once per member.
    let mut joined: rustc_hash::FxHashSet<(&str, &str)> = rustc_hash::FxHashSet::default();
    for (i, k) in keys.iter().enumerate() {
        if k.base != k.key && claims[i].kind == ClaimKind::Action && joined.insert((k.key.as_str(), k.base.as_str())) {
            if let Some(extra) = bare_negated.get(k.base.as_str()) {
                if let Some(group) = groups.get_mut(k.key.as_str()) {
                    for &e in extra {
                        if !group.contains(&e) {
                            group.push(e);
                        }
                    }
                }
            }
        }
    }
    // Most keys have one claim and nothing to compare: only the others are sorted and checked.
    let mut keys_sorted: Vec<&str> = groups.iter().filter(|(_, m)| m.len() >= 2).map(|(k, _)| *k).collect();
    keys_sorted.sort_unstable();
    // Keys are independent: each is checked on the caller's rayon pool, and the conflicts
    // come back in key order whatever the pool.
    let check_key = |key: &str| -> Vec<Conflict> {
        let mut out = Vec::new();
        let members = &groups[key];
        if members.len() < 2 {
            return out;
        }
        let first = &claims[members[0]];
        match first.kind {
            ClaimKind::Action => {
                for sub in split_by_named_object(claims, members) {
                    polarity(claims, key, &sub, &mut out);
                    numbers(claims, key, &sub, &mut out);
                }
            }
            ClaimKind::Holder => values(claims, keys, key, members, ConflictKind::Value, &mut out),
            ClaimKind::Attribute => {
                for sub in split_by_event(claims, members) {
                    values(claims, keys, key, &sub, ConflictKind::Value, &mut out);
                }
            }
            ClaimKind::Role => values(claims, keys, key, members, ConflictKind::Role, &mut out),
            // Counts owned by different named subjects ("Ghana's one vessel", "Côte d'Ivoire's
            // two vessels") are different counts.
            // Counts owned by different subjects ("Argentina sent 60 firefighters", "400
            // firefighters were working") are different counts: a count meets only counts of
            // the same owner, or of none.
            ClaimKind::Quantity => {
                for sub in split_by_event(claims, members) {
                    numbers(claims, key, &sub, &mut out);
                }
            }
            ClaimKind::Date => {
                for sub in split_by_event(claims, members) {
                    dates(claims, key, &sub, &mut out);
                }
            }
        }
        out
    };
    let mut out: Vec<Conflict> = crate::par::map(&keys_sorted, |&key| check_key(key)).into_iter().flatten().collect();
    for (key, members) in own_groups(claims, keys) {
        for sub in split_by_named_object(claims, &members) {
            polarity(claims, key, &sub, &mut out);
        }
    }
    // Most confident first, then the most widely sourced; a stable sort keeps key order.
    let mut ranked: Vec<(usize, Conflict)> = out.drain(..).map(|c| (sources_count(&c, claims), c)).collect();
    ranked.sort_by(|(na, a), (nb, b)| {
        b.confidence
            .partial_cmp(&a.confidence)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| nb.cmp(na))
            .then_with(|| a.key.cmp(&b.key))
    });
    let mut overfull: Vec<Overfull> = left_out
        .into_iter()
        .map(|(key, n)| {
            let compared = groups.get(key).map_or(0, Vec::len);
            Overfull { key: key.to_string(), claims: compared + n, compared }
        })
        .collect();
    overfull.sort_unstable_by(|a, b| a.key.cmp(&b.key));
    (one_per_pair(ranked.into_iter().map(|(_, c)| c), claims), overfull)
}

/// The sentences a two-sided conflict of one claim a side sets against each other, as
/// (article, sentence start) pairs in order, or `None` for any other conflict.
fn sentence_pair(c: &Conflict, claims: &[Claim]) -> Option<[(usize, usize); 2]> {
    let [a, b] = c.sides.as_slice() else { return None };
    let (&[x], &[y]) = (a.claims.as_slice(), b.claims.as_slice()) else { return None };
    let at = |i: usize| (claims[i].source, claims[i].sentence.start);
    let (p, q) = (at(x), at(y));
    Some(if p <= q { [p, q] } else { [q, p] })
}

/// One conflict of a kind per pair of sentences: two keys read from the same two sentences
/// ("the deaths" and "the storm killed") tell one disagreement, kept once, as the most
/// confident key tells it (`ranked` is most confident first).
fn one_per_pair(ranked: impl Iterator<Item = Conflict>, claims: &[Claim]) -> Vec<Conflict> {
    let mut seen: rustc_hash::FxHashSet<(ConflictKind, [(usize, usize); 2])> = rustc_hash::FxHashSet::default();
    ranked.filter(|c| sentence_pair(c, claims).is_none_or(|pair| seen.insert((c.kind, pair)))).collect()
}

/// Claim indices by key, and how many claims of each over-full key were left out.
type Grouped<'k> = (FxHashMap<&'k str, Vec<usize>>, FxHashMap<&'k str, usize>);

/// The claims that can meet, grouped by key: the past and the uncommitted are left out, and
/// a key takes at most `MAX_GROUP` claims, `MAX_PER_SOURCE` from one article.
fn group_by_key<'k>(claims: &[Claim], keys: &'k [Keyed]) -> Grouped<'k> {
    let mut groups: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    let mut left_out: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, k) in keys.iter().enumerate() {
        let c = &claims[i];
        // Claims about the past ("former", "last year") never meet the story's present; a
        // forecast ("next year") does.
        if !c.modality.is_committal() || c.time == TimeScope::Past && c.kind != ClaimKind::Role {
            if trace::facts_on() {
                trace_claim(c, &k.key, Some(if c.modality.is_committal() { "past" } else { "uncommitted" }));
            }
            continue;
        }
        if c.subject.name.is_empty() {
            if trace::facts_on() {
                trace_claim(c, &k.key, Some("no_subject"));
            }
            continue;
        }
        // Checks within a key compare pairs: a cap on the members keeps a pathological
        // input (one key in thousands of sentences) linear, and a cap per article (claims
        // come in article order) keeps one article from filling it. One story never comes
        // near either.
        let group = groups.entry(k.key.as_str()).or_default();
        let same_source =
            group.iter().rev().take_while(|&&j| claims[j].source == c.source).take(MAX_PER_SOURCE).count();
        if trace::facts_on() {
            let full = group.len() >= MAX_GROUP || same_source >= MAX_PER_SOURCE;
            trace_claim(c, &k.key, full.then_some("full"));
        }
        if group.len() < MAX_GROUP && same_source < MAX_PER_SOURCE {
            group.push(i);
        } else {
            *left_out.entry(k.key.as_str()).or_insert(0) += 1;
        }
    }
    (groups, left_out)
}

/// Actions of one article that meet only by [`Keyed::own_key`]: a bare noun's ("the
/// hospital continues to use the scanner") with the same article's actions of the name it
/// stands for ("Tarnby General Hospital has stopped using its scanner"), each group with a
/// claim of each kind, in key order. What their plain keys already group is left to those.
fn own_groups<'k>(claims: &[Claim], keys: &'k [Keyed]) -> Vec<(&'k str, Vec<usize>)> {
    let meets = |c: &Claim| c.kind == ClaimKind::Action && c.modality.is_committal() && c.time != TimeScope::Past;
    let own: rustc_hash::FxHashSet<(usize, &str)> =
        keys.iter().enumerate().filter_map(|(i, k)| Some((claims[i].source, k.own_key.as_deref()?))).collect();
    if own.is_empty() {
        return Vec::new();
    }
    let mut groups: BTreeMap<(usize, &str), (Vec<usize>, bool)> = BTreeMap::new();
    for (i, k) in keys.iter().enumerate().filter(|&(i, _)| meets(&claims[i])) {
        let c = &claims[i];
        let (key, named) = match k.own_key.as_deref() {
            Some(own_key) => (own_key, false),
            None if own.contains(&(c.source, k.key.as_str())) => (k.key.as_str(), true),
            None => continue,
        };
        let g = groups.entry((c.source, key)).or_default();
        if g.0.len() < MAX_PER_SOURCE {
            g.0.push(i);
            g.1 |= named;
        }
    }
    groups
        .into_iter()
        .filter(|(_, (members, named))| *named && members.iter().any(|&i| keys[i].own_key.is_some()))
        .map(|((_, key), (members, _))| (key, members))
        .collect()
}

/// Writes a keyed claim of a name or an office to the facts trace, with the test that kept
/// it out of every group (`None`: it joined its key's group).
fn trace_claim(c: &Claim, key: &str, gate: Option<&str>) {
    let kind = match c.kind {
        ClaimKind::Holder => "holder",
        ClaimKind::Attribute => "attribute",
        ClaimKind::Role => "role",
        _ => return,
    };
    trace::emit_facts(serde_json::json!({
        "event": "claim",
        "kind": kind,
        "s": trace::at(c.source, c.sentence),
        "span": trace::at(c.source, c.span),
        "key": key,
        "gate": gate,
    }));
}

/// Negated actions without an object, by key.
fn bare_denials<'k>(claims: &[Claim], keys: &'k [Keyed]) -> FxHashMap<&'k str, Vec<usize>> {
    // "Spain will not contribute" (no object) denies "Spain will contribute €40 million":
    // bare negated actions join every group of their key with an object.
    let mut bare_negated: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, k) in keys.iter().enumerate() {
        let c = &claims[i];
        if c.kind == ClaimKind::Action
            && c.object.is_none()
            && c.polarity == Polarity::Negated
            && !c.antonym
            && c.modality.is_committal()
            && c.time != TimeScope::Past
        {
            // A few are enough to deny; a cap keeps thousands of them from joining thousands
            // of groups.
            let list = bare_negated.entry(k.key.as_str()).or_default();
            if list.len() < MAX_BARE_NEGATED {
                list.push(i);
            }
        }
    }
    bare_negated
}

fn sources_count(c: &Conflict, claims: &[Claim]) -> usize {
    let mut s: Vec<usize> = c.sides.iter().flat_map(|s| s.claims.iter().map(|&i| claims[i].source)).collect();
    s.sort_unstable();
    s.dedup();
    s.len()
}

/// Claims whose objects are different named things are about different things: "joined
/// NATO" and "left the EU" never meet. Claims without a named object go with every group.
fn split_by_named_object(claims: &[Claim], members: &[usize]) -> Vec<Vec<usize>> {
    let named = |i: usize| -> Option<String> {
        claims[i]
            .object
            .as_ref()
            .filter(|o| matches!(o.kind, TermKind::Entity | TermKind::Person | TermKind::Name))
            .map(|o| fold(&o.name))
    };
    let mut objects: Vec<String> = members.iter().filter_map(|&i| named(i)).collect();
    objects.sort();
    objects.dedup();
    if objects.len() <= 1 {
        return vec![members.to_vec()];
    }
    objects.iter().map(|o| members.iter().copied().filter(|&i| named(i).is_none_or(|n| &n == o)).collect()).collect()
}

/// Dates and places of events: an event with a named object ("signed the Reciprocal Access
/// Agreement in 2024") is not the story's event ("the pact was signed on 15 January").
fn split_by_event(claims: &[Claim], members: &[usize]) -> Vec<Vec<usize>> {
    let named = |i: usize| claims[i].object.as_ref().filter(|o| o.kind != TermKind::Thing).map(|o| fold(&o.name));
    let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
    for &i in members {
        let name = named(i);
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, list)) => list.push(i),
            None => groups.push((name, vec![i])),
        }
    }
    // Within a group, things that are subjects of their own dates ("deliveries",
    // "vaccination") stay apart; claims about no thing in particular go with each.
    let mut out = Vec::new();
    for (_, list) in groups {
        let thing = |i: usize| claims[i].object.as_ref().filter(|o| o.kind == TermKind::Thing).map(|o| fold(&o.name));
        let mut things: Vec<String> = list.iter().filter_map(|&i| thing(i)).collect();
        things.sort();
        things.dedup();
        if things.len() <= 1 {
            out.push(list);
            continue;
        }
        for t in &things {
            out.push(list.iter().copied().filter(|&i| thing(i).is_none_or(|x| &x == t)).collect());
        }
    }
    out.into_iter().filter(|l: &Vec<usize>| l.len() > 1).collect()
}

/// Picks one claim per source (the clearest) and keeps all as mentions.
fn side(value: String, mut members: Vec<usize>, claims: &[Claim], score: impl Fn(usize) -> i32) -> Side {
    members.sort_by_key(|&i| (claims[i].source, claims[i].sentence.start, claims[i].span.start));
    members.dedup();
    // Running text explains a claim better than a headline does.
    let score = |i: usize| score(i) * 2 + i32::from(!claims[i].heading);
    let mut best: Vec<usize> = Vec::new();
    for &i in &members {
        match best.iter_mut().find(|b| claims[**b].source == claims[i].source) {
            Some(b) => {
                if score(i) > score(*b) {
                    *b = i;
                }
            }
            None => best.push(i),
        }
    }
    Side { value, claims: best, mentions: members }
}

/// The label given most often, the labels scored first; ties go to the first in alphabetical
/// order, so a label never depends on which article comes first.
fn most_common(labels: impl Iterator<Item = (String, i32)>) -> String {
    let mut counts: BTreeMap<String, (i32, usize)> = BTreeMap::new();
    for (label, score) in labels {
        let e = counts.entry(label).or_default();
        e.0 += score;
        e.1 += 1;
    }
    let mut best: Option<(String, (i32, usize))> = None;
    for (label, n) in counts {
        if best.as_ref().is_none_or(|(_, b)| n > *b) {
            best = Some((label, n));
        }
    }
    best.map(|(label, _)| label).unwrap_or_default()
}

fn distinct_sources(side: &Side, claims: &[Claim]) -> usize {
    let mut s: Vec<usize> = side.mentions.iter().map(|&i| claims[i].source).collect();
    s.sort_unstable();
    s.dedup();
    s.len()
}

fn self_contradiction(sides: &[Side], claims: &[Claim]) -> bool {
    for (i, a) in sides.iter().enumerate() {
        for b in &sides[i + 1..] {
            if a.claims.iter().any(|&x| b.claims.iter().any(|&y| claims[x].source == claims[y].source)) {
                return true;
            }
        }
    }
    false
}

fn sources_phrase(n: usize) -> String {
    if n == 1 {
        "1 source".into()
    } else {
        format!("{n} sources")
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn push(
    out: &mut Vec<Conflict>,
    claims: &[Claim],
    kind: ConflictKind,
    key: &str,
    question: String,
    mut sides: Vec<Side>,
    base_confidence: f64,
) {
    // The most widely sourced first, then by value: never by which article came first.
    sides.sort_by(|a, b| {
        distinct_sources(b, claims).cmp(&distinct_sources(a, claims)).then_with(|| a.value.cmp(&b.value))
    });
    let self_c = self_contradiction(&sides, claims);
    let parts: Vec<String> =
        sides.iter().map(|s| format!("\"{}\" ({})", s.value, sources_phrase(distinct_sources(s, claims)))).collect();
    let explanation = if self_c {
        format!("{} — {}; one article says both", question, parts.join(" vs "))
    } else {
        format!("{} — {}", question, parts.join(" vs "))
    };
    let first = &claims[sides[0].claims[0]];
    let mut confidence = base_confidence;
    if sides.iter().all(|s| distinct_sources(s, claims) >= 2) {
        confidence += 0.05;
    }
    let hedged = sides.iter().flat_map(|s| &s.claims).any(|&i| claims[i].modality == Modality::Considering);
    if hedged {
        confidence -= 0.1;
    }
    let attributed = sides.iter().flat_map(|s| &s.claims).any(|&i| claims[i].attribution.is_some());
    if attributed {
        confidence -= 0.05;
    }
    let inferred = first.subject.name.is_empty();
    if inferred {
        confidence -= 0.1;
    }
    out.push(Conflict {
        kind,
        key: key.to_string(),
        subject: first.subject.name.clone(),
        predicate: first.predicate.clone(),
        question,
        explanation,
        confidence: (confidence.clamp(0.05, 0.99) * 100.0).round() / 100.0,
        sides,
        self_contradiction: self_c,
    });
}

/// True when a claim's subject is specific enough for a yes/no contradiction: a name, or
/// a thing with a measured change ("the quota was cut") or an object ("the pact does not
/// include patrols"). "People vote" and "people will not be voting" are not about the same
/// people.
fn specific(c: &Claim, numeric: bool) -> bool {
    // "The decision was (not) unanimous", "the order was extended / lifted": a state of a
    // thing is specific enough.
    c.subject.kind != TermKind::Thing || numeric || c.object.is_some() || c.predicate.starts_with("be ")
}

/// Affirmed against negated claims of one key.
fn polarity(claims: &[Claim], key: &str, members: &[usize], out: &mut Vec<Conflict>) {
    let numeric = members.iter().any(|&i| matches!(claims[i].value, Some(Value::Quantity(_))))
        || members
            .iter()
            .any(|&i| claims[i].antonym && claims[i].kind == ClaimKind::Action && claims[i].predicate == "raise");
    let members: Vec<usize> = members.iter().copied().filter(|&i| specific(&claims[i], numeric)).collect();
    let members = &members[..];
    let yes: Vec<usize> = members.iter().copied().filter(|&i| claims[i].polarity == Polarity::Affirmed).collect();
    let no: Vec<usize> = members.iter().copied().filter(|&i| claims[i].polarity == Polarity::Negated).collect();
    if yes.is_empty() || no.is_empty() {
        return;
    }
    // A hedge on both sides ("considering" vs "considering not") is no contradiction.
    if yes.iter().all(|&i| claims[i].modality == Modality::Considering)
        && no.iter().all(|&i| claims[i].modality == Modality::Considering)
    {
        return;
    }
    let antonym = members.iter().any(|&i| claims[i].antonym);
    // "is expected to win" against "lost": a forecast set against an outcome told through
    // the opposite verb is news that came later, not two accounts of one fact.
    let forecast = |list: &[usize]| list.iter().all(|&i| claims[i].modality == Modality::Would);
    let outcome = |list: &[usize]| {
        list.iter().all(|&i| claims[i].modality == Modality::Asserted && claims[i].time != TimeScope::Future)
    };
    if antonym && ((forecast(&yes) && outcome(&no)) || (forecast(&no) && outcome(&yes))) {
        return;
    }
    let kind = if antonym { ConflictKind::Antonym } else { ConflictKind::Polarity };
    let question = crate::questions::ask(&claims[yes[0]]);
    let score = |i: usize| -> i32 { i32::from(claims[i].modality == Modality::Asserted) };
    let wording = |list: &[usize], yes_side: bool| -> String {
        // The side's most used words: "would not deploy", "withdrew".
        let w = most_common(list.iter().map(|&i| (claims[i].wording.clone(), score(i))));
        let base = if yes_side { "yes" } else { "no" };
        if w.is_empty() {
            base.to_string()
        } else {
            format!("{base} ({w})")
        }
    };
    let sides = vec![
        side(wording(&yes, true), yes.clone(), claims, score),
        side(wording(&no, false), no.clone(), claims, score),
    ];
    let base = if antonym { 0.7 } else { 0.75 };
    push(out, claims, kind, key, question, sides, base);
}

/// Claims of one key that give different names as their value.
fn values(claims: &[Claim], keys: &[Keyed], key: &str, members: &[usize], kind: ConflictKind, out: &mut Vec<Conflict>) {
    let value_of = |i: usize| -> Option<String> {
        match &claims[i].value {
            Some(Value::Name { name }) if claims[i].polarity == Polarity::Affirmed => Some(name.clone()),
            _ => None,
        }
    };
    // An office written without a country, used for two people in one article, is two
    // offices: drop those inferred claims.
    let mut by_source: FxHashMap<usize, Vec<String>> = FxHashMap::default();
    for &i in members {
        if keys[i].inferred_subject {
            if let Some(v) = value_of(i) {
                by_source.entry(claims[i].source).or_default().push(fold(&v));
            }
        }
    }
    let ambiguous: Vec<usize> = by_source
        .into_iter()
        .filter(|(_, vs)| {
            let mut v = vs.clone();
            v.sort();
            v.dedup();
            v.len() > 1
        })
        .map(|(s, _)| s)
        .collect();
    // Specific values first ("finance minister"); a general one ("minister") joins the one
    // value it fits, or takes no side when it fits several.
    let mut candidates: Vec<(usize, String)> = members
        .iter()
        .copied()
        .filter(|&i| !(keys[i].inferred_subject && ambiguous.contains(&claims[i].source)))
        .filter_map(|i| value_of(i).map(|v| (i, v)))
        .collect();
    // By value before position, so the same values found the same buckets in any article order.
    candidates.sort_by(|(i, v), (j, w)| {
        (std::cmp::Reverse(v.split_whitespace().count()), v, i).cmp(&(
            std::cmp::Reverse(w.split_whitespace().count()),
            w,
            j,
        ))
    });
    let mut buckets: Vec<(String, String, Vec<usize>)> = Vec::new();
    for (i, v) in candidates {
        let norm = fold(&v);
        let fits: Vec<usize> = (0..buckets.len()).filter(|&b| same_value(&buckets[b].0, &norm)).collect();
        match fits.as_slice() {
            [] => buckets.push((norm, v, vec![i])),
            [b] => buckets[*b].2.push(i),
            _ => {}
        }
    }
    buckets.sort_by_key(|(_, _, list)| list.iter().copied().min());
    if trace::facts_on() {
        let taken: Vec<usize> = buckets.iter().flat_map(|(_, _, list)| list.iter().copied()).collect();
        let at = |i: usize| trace::at(claims[i].source, claims[i].sentence);
        trace::emit_facts(serde_json::json!({
            "event": "keyed_values",
            "key": key,
            "claims": taken.iter().map(|&i| at(i)).collect::<Vec<_>>(),
            "dropped": members.iter().filter(|i| !taken.contains(i)).map(|&i| at(i)).collect::<Vec<_>>(),
            "gate": (buckets.len() < 2).then_some("one_value"),
        }));
    }
    if buckets.len() < 2 {
        return;
    }
    let question = crate::questions::ask(&claims[members[0]]);
    let score = |i: usize| -> i32 {
        let mut s = 0;
        if !keys[i].inferred_subject {
            s += 2;
        }
        if let Some(Value::Name { name }) = &claims[i].value {
            s += i32::from(name.split_whitespace().count() >= 2);
        }
        s
    };
    let sides: Vec<Side> = buckets.into_iter().map(|(_, v, list)| side(v, list, claims, score)).collect();
    let base = if kind == ConflictKind::Role { 0.7 } else { 0.8 };
    push(out, claims, kind, key, question, sides, base);
}

/// Values that name the same thing: equal, or one is the other with words added
/// ("envoy" / "special envoy", "Donald Trump" / "Trump").
fn same_value(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let former = |s: &str| s.starts_with("former ");
    if former(a) != former(b) {
        return false;
    }
    long.ends_with(&format!(" {short}")) || long.starts_with(&format!("{short} ")) && !short.contains(' ')
}

fn quantity_of(c: &Claim) -> Option<&Quantity> {
    match &c.value {
        Some(Value::Quantity(q)) => Some(q),
        _ => None,
    }
}

/// Groups claims into components of mutually possible values; two or more components are
/// a conflict.
fn components(members: &[usize], compatible: impl Fn(usize, usize) -> bool) -> Vec<Vec<usize>> {
    // A vague value ("October", "hundreds") that fits two values which exclude each other
    // would join them into one side: it takes no side.
    let members: Vec<usize> = if members.len() <= 64 {
        members
            .iter()
            .copied()
            .filter(|&m| {
                let fits: Vec<usize> = members.iter().copied().filter(|&x| x != m && compatible(m, x)).collect();
                !fits.iter().enumerate().any(|(i, &x)| fits[i + 1..].iter().any(|&y| !compatible(x, y)))
            })
            .collect()
    } else {
        members.to_vec()
    };
    let members = &members[..];
    let n = members.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    // Members of one key are few (one story), so pairs within a key are cheap; the key
    // map keeps the whole run linear in the number of claims.
    for i in 0..n {
        for j in i + 1..n {
            if compatible(members[i], members[j]) {
                let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                if a != b {
                    parent[b] = a;
                }
            }
        }
    }
    let mut comps: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, &m) in members.iter().enumerate() {
        let r = find(&mut parent, i);
        comps.entry(r).or_default().push(m);
    }
    let mut v: Vec<Vec<usize>> = comps.into_values().collect();
    v.sort();
    v
}

/// Affirmed claims of one key whose quantities cannot overlap.
fn numbers(claims: &[Claim], key: &str, members: &[usize], out: &mut Vec<Conflict>) {
    // Within one polarity: "fell 11%" is the negated side of "rise", and "fell 21%" must
    // meet it there.
    for polarity in [Polarity::Affirmed, Polarity::Negated] {
        let with_q: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| claims[i].polarity == polarity && quantity_of(&claims[i]).is_some())
            .collect();
        numbers_of(claims, key, &with_q, out);
    }
}

fn numbers_of(claims: &[Claim], key: &str, with_q: &[usize], out: &mut Vec<Conflict>) {
    if with_q.len() < 2 {
        return;
    }
    // Compare within one unit at a time.
    let mut units: Vec<Option<String>> =
        with_q.iter().map(|&i| quantity_of(&claims[i]).and_then(|q| q.unit.clone())).collect();
    units.sort();
    units.dedup();
    for unit in units {
        let same: Vec<usize> =
            with_q.iter().copied().filter(|&i| quantity_of(&claims[i]).is_some_and(|q| q.unit == unit)).collect();
        if same.len() < 2 {
            continue;
        }
        let comps = components(&same, |a, b| match (quantity_of(&claims[a]), quantity_of(&claims[b])) {
            (Some(x), Some(y)) => x.compatible(y) || crate::align::counts_apart(x, y),
            _ => true,
        });
        if comps.len() < 2 {
            continue;
        }
        let question = crate::questions::ask_amount(&claims[same[0]]);
        let sides: Vec<Side> = comps
            .into_iter()
            .map(|list| {
                let v =
                    most_common(list.iter().filter_map(|&i| quantity_of(&claims[i]).map(|q| (format_quantity(q), 0))));
                side(v, list, claims, |_| 0)
            })
            .collect();
        push(out, claims, ConflictKind::Number, key, question, sides, NUMBER_CONFIDENCE);
    }
}

fn date_of(c: &Claim) -> Option<(crate::claims::Date, DateRelation)> {
    match &c.value {
        Some(Value::Date { date, relation }) => Some((*date, *relation)),
        _ => None,
    }
}

/// Two dates of one event that cannot be the same.
fn dates(claims: &[Claim], key: &str, members: &[usize], out: &mut Vec<Conflict>) {
    let mut with_d: Vec<usize> = members.iter().copied().filter(|&i| date_of(&claims[i]).is_some()).collect();
    // A bare weekday fits many dates; it would join two that contradict each other.
    if with_d.iter().any(|&i| date_of(&claims[i]).is_some_and(|(d, _)| d.is_specific())) {
        with_d.retain(|&i| date_of(&claims[i]).is_some_and(|(d, _)| d.is_specific()));
    }
    if with_d.len() < 2 {
        return;
    }
    let comps = components(&with_d, |a, b| {
        let (Some((da, ra)), Some((db, rb))) = (date_of(&claims[a]), date_of(&claims[b])) else { return true };
        match (ra, rb) {
            // "by May 2031" against "in March 2032": the deadline is missed.
            (DateRelation::On, DateRelation::By) => !db.surely_before(&da),
            (DateRelation::By, DateRelation::On) => !da.surely_before(&db),
            _ => da.compatible(&db),
        }
    });
    if comps.len() < 2 {
        return;
    }
    let question = crate::questions::ask(&claims[with_d[0]]);
    let sides: Vec<Side> = comps
        .into_iter()
        .map(|list| {
            let full = |i: usize| i32::from(date_of(&claims[i]).is_some_and(|(d, _)| d.year.is_some()));
            let v = most_common(list.iter().filter_map(|&i| claims[i].value.as_ref().map(|v| (v.display(), full(i)))));
            side(v, list, claims, full)
        })
        .collect();
    push(out, claims, ConflictKind::Date, key, question, sides, 0.8);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A forecast against an outcome told through the opposite verb is later news; two
    /// outcomes told through opposite verbs conflict.
    /// How many conflicts of `kind` a check of two one-sentence articles reports.
    fn conflicts_of(kind: ConflictKind, a: &str, b: &str) -> usize {
        use crate::{Article, Checker};
        let report = Checker::default().check(&[Article::new("one", a), Article::new("two", b)]);
        report.conflicts.iter().filter(|c| c.kind == kind).count()
    }

    #[test]
    fn a_forecast_against_an_opposite_outcome_is_no_antonym() {
        let antonyms = |a: &str, b: &str| conflicts_of(ConflictKind::Antonym, a, b);
        let rejected = "The town council rejected the harbour budget on Monday.";
        assert_eq!(antonyms("The town council is expected to approve the harbour budget on Monday.", rejected), 0);
        assert_eq!(antonyms("The town council approved the harbour budget on Monday.", rejected), 1);
    }

    /// Two articles that each count the dead of one group count two groups when WordNet sets
    /// the groups against each other; a count of workers and one of men may count the same
    /// dead.
    #[test]
    fn counts_of_two_groups_that_exclude_each_other_do_not_conflict() {
        let numbers = |a: &str, b: &str| conflicts_of(ConflictKind::Number, a, b);
        let soldiers = "Four soldiers were killed when a patrol was attacked near Harlowick on Monday.";
        let civilians = "Nine civilians were killed when a patrol was attacked near Harlowick on Monday.";
        let men = "Nine men were killed when a patrol was attacked near Harlowick on Monday.";
        assert_eq!(numbers(soldiers, civilians), 0);
        assert_eq!(
            numbers(soldiers, "Nine soldiers were killed when a patrol was attacked near Harlowick on Monday."),
            1
        );
        assert_eq!(
            numbers(
                "Four workers were killed when a wall fell at the Harlowick quarry on Monday.",
                "Nine men were killed when a wall fell at the Harlowick quarry on Monday."
            ),
            1
        );
        assert_eq!(numbers("Four women were killed when a patrol was attacked near Harlowick on Monday.", men), 0);
    }

    #[test]
    fn same_value_allows_added_words() {
        assert!(same_value("envoy", "special envoy"));
        assert!(same_value("donald trump", "trump"));
        assert!(!same_value("joe biden", "donald trump"));
        assert!(!same_value("prime minister", "former prime minister"));
        assert!(!same_value("foreign minister", "defence minister"));
    }

    fn claim_at(source: usize, sentence: usize) -> Claim {
        let span = crate::Span { start: sentence, end: sentence + 10 };
        Claim {
            source,
            sentence: span,
            span,
            kind: ClaimKind::Quantity,
            subject: crate::claims::Term { name: "storm".into(), kind: crate::claims::TermKind::Thing, span },
            predicate: "deaths".into(),
            object: None,
            value: None,
            polarity: crate::claims::Polarity::Affirmed,
            modality: crate::claims::Modality::Asserted,
            attribution: None,
            time: crate::claims::TimeScope::Current,
            wording: String::new(),
            antonym: false,
            year: None,
            inferred_subject: false,
            heading: false,
        }
    }

    fn conflict(key: &str, kind: ConflictKind, a: usize, b: usize) -> Conflict {
        let side = |i: usize| Side { value: i.to_string(), claims: vec![i], mentions: vec![i] };
        Conflict {
            kind,
            key: key.into(),
            subject: String::new(),
            predicate: String::new(),
            question: String::new(),
            explanation: String::new(),
            confidence: 0.9,
            sides: vec![side(a), side(b)],
            self_contradiction: false,
        }
    }

    #[test]
    fn one_pair_of_sentences_is_one_conflict_of_a_kind() {
        // Invented: "The storm killed 12 people" / "The storm killed 15 people", read as
        // both "storm | deaths" and "storm | kill people", in sentences 0 and 1.
        let claims = [claim_at(0, 0), claim_at(1, 0), claim_at(0, 0), claim_at(1, 0), claim_at(1, 40)];
        let found = [
            conflict("storm | deaths", ConflictKind::Number, 0, 1),
            conflict("storm | kill people", ConflictKind::Number, 3, 2),
            // Near misses: another sentence, or another kind, is another conflict.
            conflict("storm | kill people", ConflictKind::Number, 2, 4),
            conflict("storm | kill", ConflictKind::Polarity, 0, 1),
        ];
        let kept: Vec<String> = one_per_pair(found.into_iter(), &claims).into_iter().map(|c| c.key).collect();
        assert_eq!(kept, ["storm | deaths", "storm | kill people", "storm | kill"]);
    }
}
