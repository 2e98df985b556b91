//! Fact conflicts: the same owner and attribute with values that cannot both hold, across
//! articles or inside one.

use super::{Fact, FactValue};
use crate::align::trace;
use crate::claims::{Claim, ClaimKind, Modality, Polarity, Term, TermKind, TimeScope, Value};
use crate::conflicts::{Conflict, ConflictKind, Side};
use crate::segment::Sentence;
use crate::values::Dimension;
use crate::Lexicon;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::BTreeMap;

/// The least number of content lemmas two sentences share for their facts to be compared:
/// one owner and attribute may have several values at several times ("paid €35m in 2019,
/// sold for €40m"); sentences about one event share more than the owner and the attribute.
const MIN_SHARED: usize = 3;
/// Extractors whose facts hold for one event or one deal, not the whole story: an
/// inquiry named by a common noun, an issuer's bond (it may issue several).
const EVENT_OWNED: &[&str] = &["agent", "currency", "vote"];
/// The confidence of a fact conflict.
const CONFIDENCE: f64 = 0.6;

/// Facts of one owner and attribute whose values cannot all hold.
#[derive(Debug, Clone, PartialEq)]
pub struct FactConflict {
    /// The owner's key.
    pub owner: String,
    /// The attribute.
    pub attribute: String,
    /// The facts, by side: facts on one side agree, facts on two sides cannot both hold.
    pub sides: Vec<Vec<usize>>,
}

/// What two facts must share to be compared: owner, attribute and what kind of value,
/// written into `key` (cleared first) as "owner|attribute|kind", the owner as `owner`
/// gives it. False, with `key` left empty, for a fact compared with none.
fn group_key(f: &Fact, owner: &str, key: &mut String) -> bool {
    use std::fmt::Write;
    key.clear();
    if f.owner.is_empty() || f.attribute.is_empty() || f.modal {
        return false;
    }
    key.push_str(owner);
    key.push('|');
    key.push_str(&f.attribute);
    key.push('|');
    match &f.value {
        FactValue::Measure(v) => {
            // Writing into a String cannot fail.
            let _ = write!(key, "{:?}", v.dimension);
            key.push('|');
            key.push_str(v.unit.as_deref().unwrap_or(""));
            key.push('|');
            key.push_str(v.per.as_deref().unwrap_or(""));
        }
        FactValue::Name { .. } => key.push_str("name"),
        FactValue::Post { .. } => key.push_str("post"),
    }
    true
}

/// True when two facts of one key say things that cannot both hold.
fn incompatible(a: &Fact, b: &Fact) -> bool {
    match (&a.value, &b.value) {
        (FactValue::Measure(x), FactValue::Measure(y)) => {
            // A bare count with no noun counted says too little to contradict.
            if x.dimension == Dimension::Count && (x.counted.is_none() || y.counted.is_none()) {
                return false;
            }
            !x.compatible(y)
        }
        (FactValue::Name { key: x, .. }, FactValue::Name { key: y, .. }) => {
            // "Quill" and "Marta Quill" are one person, "Pelmor" and "Pelmor Foods" one firm
            // (a short name drops its last words); a city and its country one place.
            x != y
                && !ends_with_word(x, y)
                && !ends_with_word(y, x)
                && !starts_with_word(x, y)
                && !starts_with_word(y, x)
                && !a.within.contains(y)
                && !b.within.contains(x)
        }
        (FactValue::Post { key: x, scope: sx, .. }, FactValue::Post { key: y, scope: sy, .. }) => {
            !super::posts::compatible((x, sx), (y, sy))
        }
        _ => false,
    }
}

/// True when `name` ends with a space and then `last`: "marta quill" with "quill".
fn ends_with_word(name: &str, last: &str) -> bool {
    name.len() > last.len() && name.ends_with(last) && name.as_bytes()[name.len() - last.len() - 1] == b' '
}

/// True when `name` starts with `first` and then a space: "pelmor foods" with "pelmor".
fn starts_with_word(name: &str, first: &str) -> bool {
    name.len() > first.len() && name.starts_with(first) && name.as_bytes()[first.len()] == b' '
}

fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// The conflicts among `facts`. `skip` says which pairs of sentences, (article, sentence
/// start) each, are already reported by another path.
pub fn conflicts(facts: &[Fact]) -> Vec<FactConflict> {
    conflicts_except(facts, &crate::align::SentencePairs::default())
}

/// One key per owner across articles: a name of one word ("Okafor", "Korvane") is the one
/// longer name that holds it ("Daniel Okafor", "Korvane Semiconductor"), when only one does.
fn unify_owners(facts: &[Fact]) -> FxHashMap<String, String> {
    let mut long: Vec<&str> = facts.iter().flat_map(|f| f.owner.split(" v ")).filter(|k| k.contains(' ')).collect();
    long.sort_unstable();
    long.dedup();
    // The longer names that hold each word, each once: looking through them all for every
    // one-word name is quadratic in a big check.
    let mut holding: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (k, l) in long.iter().enumerate() {
        for w in l.split(' ') {
            let v = holding.entry(w).or_default();
            if v.last() != Some(&k) {
                v.push(k);
            }
        }
    }
    let mut out = FxHashMap::default();
    for f in facts {
        for part in f.owner.split(" v ") {
            if part.contains(' ') || out.contains_key(part) {
                continue;
            }
            if let Some([one]) = holding.get(part).map(Vec::as_slice) {
                out.insert(part.to_string(), long[*one].to_string());
            }
        }
    }
    out
}

/// The owner's key with each name of one word its one longer name ([`unify_owners`]), the
/// sides of a match ("a v b") in order; borrowed when it is the owner as written or one name.
fn canonical_owner<'a>(owner: &'a str, names: &'a FxHashMap<String, String>) -> std::borrow::Cow<'a, str> {
    if !owner.contains(" v ") {
        return names.get(owner).map_or(owner, String::as_str).into();
    }
    let mut parts: Vec<&str> = owner.split(" v ").map(|p| names.get(p).map_or(p, String::as_str)).collect();
    parts.sort_unstable();
    parts.join(" v ").into()
}

fn conflicts_except(facts: &[Fact], skip: &crate::align::SentencePairs) -> Vec<FactConflict> {
    let names = unify_owners(facts);
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    // One buffer for the keys: most facts join a group already made.
    let mut key = String::new();
    for (i, f) in facts.iter().enumerate() {
        // The key up to its first '|' is the owner made canonical.
        match f.owner.split_once('|') {
            None => {
                if !group_key(f, &canonical_owner(&f.owner, &names), &mut key) {
                    if trace::facts_on() {
                        trace_fact(f, "", ungrouped(f));
                    }
                    continue;
                }
            }
            // An owner holding '|': its part before is made canonical, the rest kept.
            Some((owner, _)) => {
                if !group_key(f, &f.owner, &mut key) {
                    if trace::facts_on() {
                        trace_fact(f, "", ungrouped(f));
                    }
                    continue;
                }
                key = format!("{}|{}", canonical_owner(owner, &names), &key[owner.len() + 1..]);
            }
        }
        if trace::facts_on() {
            trace_fact(f, &key, None);
        }
        match groups.get_mut(key.as_str()) {
            Some(members) => members.push(i),
            None => {
                groups.insert(key.clone(), vec![i]);
            }
        }
    }
    let mut out = Vec::new();
    // The offices' conflicts already made, by their sides' facts: an office of every family
    // (a generic head, "her deputy") is written once per family, and meets another such once.
    let mut posts_made: FxHashSet<Vec<Vec<(usize, usize)>>> = FxHashSet::default();
    for members in groups.values() {
        if members.len() < 2 || members.len() > 64 {
            if trace::facts_on() && members.len() > 64 {
                for (x, &i) in members.iter().enumerate() {
                    for &j in &members[x + 1..] {
                        trace_pair(&facts[i], &facts[j], Some("group_size"));
                    }
                }
            }
            continue;
        }
        // Incompatible pairs that stand in sentences alike enough, not already reported.
        let mut linked: FxHashSet<usize> = FxHashSet::default();
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (a, b) = (&facts[i], &facts[j]);
                if a.article == b.article && a.sentence == b.sentence {
                    if trace::facts_on() {
                        trace_pair(a, b, Some("same_sentence"));
                    }
                    continue;
                }
                let p = (a.article, a.sentence.start);
                let q = (b.article, b.sentence.start);
                let kind =
                    if matches!(a.value, FactValue::Post { .. }) { ConflictKind::Role } else { ConflictKind::Number };
                if skip.contains(kind, &(p.min(q), p.max(q))) {
                    if trace::facts_on() {
                        trace_pair(a, b, Some("met"));
                    }
                    continue;
                }
                if !incompatible(a, b) {
                    if trace::facts_on() {
                        trace_pair(a, b, Some("agree"));
                    }
                    continue;
                }
                // Names, offices and ages hold for the whole story; other measures may change
                // with the time or the thing, so their sentences must be alike.
                // An event named by a common noun ("the inquiry", "the budget") is one event
                // only in sentences alike: two articles' inquiries may be two inquiries.
                let names = (matches!(a.value, FactValue::Name { .. } | FactValue::Post { .. })
                    && !EVENT_OWNED.contains(&a.extractor))
                    || a.attribute == "age";
                if !names && shared(&a.context, &b.context) < MIN_SHARED {
                    if trace::facts_on() {
                        trace_pair(a, b, Some("context"));
                    }
                    continue;
                }
                // "the regional election" and "the presidential election" are two elections;
                // "the election" may be either.
                if !a.qualifiers.is_empty()
                    && !b.qualifiers.is_empty()
                    && !a.qualifiers.iter().any(|q| b.qualifiers.contains(q))
                {
                    if trace::facts_on() {
                        trace_pair(a, b, Some("qualifiers"));
                    }
                    continue;
                }
                // "India's budget" and "South Africa's budget" are two budgets.
                if !a.places.is_empty() && !b.places.is_empty() && !a.places.iter().any(|p| b.places.contains(p)) {
                    if trace::facts_on() {
                        trace_pair(a, b, Some("places"));
                    }
                    continue;
                }
                if trace::facts_on() {
                    trace_pair(a, b, None);
                }
                linked.insert(i);
                linked.insert(j);
            }
        }
        if linked.is_empty() {
            continue;
        }
        // A fact that agrees with a linked one in a sentence alike enough is about the same
        // event, and joins its side: "Quill, presenting her budget on Tuesday," stands with
        // "Presenting her budget to parliament, Quill said" against a third name, even when
        // it shares too few words with the other side's sentence.
        let joined: Vec<usize> = members
            .iter()
            .copied()
            .filter(|i| !linked.contains(i))
            .filter(|&i| {
                linked.iter().any(|&j| {
                    let (a, b) = (&facts[i], &facts[j]);
                    !incompatible(a, b)
                        && (a.article, a.sentence) != (b.article, b.sentence)
                        && shared(&a.context, &b.context) >= MIN_SHARED
                })
            })
            .collect();
        linked.extend(joined);
        // Sides: each linked fact joins the first side it agrees with.
        let mut sides: Vec<Vec<usize>> = Vec::new();
        for &i in members.iter().filter(|i| linked.contains(i)) {
            match sides.iter_mut().find(|side| side.iter().all(|&j| !incompatible(&facts[i], &facts[j]))) {
                Some(side) => side.push(i),
                None => sides.push(vec![i]),
            }
        }
        if sides.len() >= 2 {
            let f = &facts[members[0]];
            if matches!(f.value, FactValue::Post { .. }) {
                let mut made: Vec<Vec<(usize, usize)>> = sides
                    .iter()
                    .map(|side| {
                        let mut at: Vec<(usize, usize)> =
                            side.iter().map(|&i| (facts[i].article, facts[i].span.start)).collect();
                        at.sort_unstable();
                        at
                    })
                    .collect();
                made.sort_unstable();
                if !posts_made.insert(made) {
                    continue;
                }
            }
            out.push(FactConflict { owner: f.owner.clone(), attribute: f.attribute.clone(), sides });
        }
    }
    out
}

/// Why a fact joins no group, for the trace.
fn ungrouped(f: &Fact) -> Option<&'static str> {
    Some(if f.owner.is_empty() {
        "no_owner"
    } else if f.attribute.is_empty() {
        "no_attribute"
    } else {
        "modal"
    })
}

/// The kind of a fact's value, as the trace writes it.
fn value_kind(f: &Fact) -> &'static str {
    match f.value {
        FactValue::Measure(_) => "measure",
        FactValue::Name { .. } => "name",
        FactValue::Post { .. } => "post",
    }
}

/// Writes a fact read to the facts trace; `key` is its group's ("owner|attribute|kind").
fn trace_fact(f: &Fact, key: &str, gate: Option<&str>) {
    let owner = key.split('|').next().unwrap_or("");
    trace::emit_facts(serde_json::json!({
        "event": "fact",
        "s": trace::at(f.article, f.sentence),
        "span": trace::at(f.article, f.span),
        "kind": value_kind(f),
        "owner": if key.is_empty() { f.owner.as_str() } else { owner },
        "attribute": f.attribute,
        "extractor": f.extractor,
        "gate": gate,
    }));
}

/// Writes a pair of facts of one group to the facts trace, with the test that refused it.
fn trace_pair(a: &Fact, b: &Fact, gate: Option<&str>) {
    trace::emit_facts(serde_json::json!({
        "event": "fact_pair",
        "a": trace::at(a.article, a.span),
        "b": trace::at(b.article, b.span),
        "sa": trace::at(a.article, a.sentence),
        "sb": trace::at(b.article, b.sentence),
        "kind": value_kind(a),
        "gate": gate,
    }));
}

/// Reads the facts of every article and adds their conflicts to a report's claims and
/// conflicts, leaving out those whose sentences already meet in a conflict found before.
/// `scanned` holds the values of sentences another path has read already.
pub(crate) fn push_conflicts(
    lexicon: &Lexicon,
    texts: &[&str],
    units: &[Vec<Sentence>],
    tags: &[crate::tag::SentenceTags],
    scanned: &mut super::Scanned,
    claims: &mut Vec<Claim>,
    conflicts: &mut Vec<Conflict>,
) {
    let mut memo = super::Memo::default();
    let facts: Vec<Fact> = texts
        .iter()
        .zip(units)
        .enumerate()
        .flat_map(|(i, (t, u))| super::extract_with(lexicon, i, t, u, tags.get(i), scanned, &mut memo))
        .collect();
    let mut met = crate::align::SentencePairs::default();
    for c in conflicts.iter() {
        crate::align::sentence_pairs(claims, c, &mut met);
    }
    for fc in conflicts_except(&facts, &met) {
        let first = &facts[fc.sides[0][0]];
        let kind = match first.value {
            FactValue::Measure(_) => ConflictKind::Number,
            FactValue::Name { .. } => ConflictKind::Value,
            FactValue::Post { .. } => ConflictKind::Role,
        };
        let mut sides: Vec<Side> = Vec::new();
        for side in &fc.sides {
            let mut s = Side { value: String::new(), claims: Vec::new(), mentions: Vec::new() };
            let mut sources: FxHashMap<usize, ()> = FxHashMap::default();
            for &i in side {
                let f = &facts[i];
                let text = texts.get(f.article).copied().unwrap_or("");
                let c = claims.len();
                claims.push(claim_of(f, text));
                if s.value.is_empty() {
                    s.value = f.display(text);
                }
                // One claim per article, but every sentence that names who or what: the
                // first one may be a headline ("Brisk unveils budget") that says less.
                let named = matches!(f.value, FactValue::Name { .. });
                if sources.insert(f.article, ()).is_none() || named {
                    s.claims.push(c);
                }
                s.mentions.push(c);
            }
            sides.push(s);
        }
        let question = format!("What is the {} of {}?", fc.attribute, first.owner_display);
        let key = format!("fact | {} | {}", fc.owner, fc.attribute);
        crate::conflicts::push(conflicts, claims, kind, &key, question, sides, CONFIDENCE);
    }
}

/// The claim that stands for a fact in the report.
fn claim_of(f: &Fact, text: &str) -> Claim {
    let value = f.display(text);
    Claim {
        source: f.article,
        sentence: f.sentence,
        span: f.span,
        kind: match f.value {
            FactValue::Measure(_) => ClaimKind::Quantity,
            FactValue::Name { .. } => ClaimKind::Attribute,
            FactValue::Post { .. } => ClaimKind::Role,
        },
        subject: Term { name: f.owner_display.clone(), kind: TermKind::Thing, span: f.span },
        predicate: f.attribute.clone(),
        object: None,
        value: Some(Value::Name { name: value.clone() }),
        polarity: Polarity::Affirmed,
        modality: Modality::Asserted,
        attribution: None,
        time: TimeScope::Current,
        wording: value,
        antonym: false,
        year: None,
        inferred_subject: false,
        heading: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts_of(texts: &[&str]) -> Vec<Fact> {
        let lexicon = Lexicon::builtin();
        texts.iter().enumerate().flat_map(|(i, t)| super::super::read(&lexicon, i, t)).collect()
    }

    #[test]
    fn one_person_two_ages_conflict_two_people_do_not() {
        let f = facts_of(&[
            "Daniel Okafor, 52, told the court the plan was sound.",
            "Daniel Okafor, 45, told the court the plan was sound.",
        ]);
        assert_eq!(conflicts(&f).len(), 1, "{f:?}");
        let f = facts_of(&[
            "Daniel Okafor, 52, told the court the plan was sound.",
            "Marta Quill, 45, told the court the plan was sound.",
        ]);
        assert!(conflicts(&f).is_empty());
    }

    #[test]
    fn compatible_hedges_do_not_conflict() {
        let f = facts_of(&[
            "Brannock Rovers agreed a fee of about €35m for the striker.",
            "Brannock Rovers agreed a fee of €34.5m for the striker.",
        ]);
        assert!(conflicts(&f).is_empty(), "{f:?}");
    }

    #[test]
    fn self_contradiction_inside_one_article() {
        let f = facts_of(&["Daniel Okafor, 52, told the court the plan was sound. Later the court heard Daniel Okafor, 45, say the plan was sound."]);
        let c = conflicts(&f);
        assert_eq!(c.len(), 1, "{f:?}");
        assert!(c[0].sides.iter().all(|s| s.iter().all(|&i| f[i].article == 0)));
    }

    #[test]
    fn a_fact_agreeing_with_one_side_in_a_sentence_alike_joins_it() {
        let f = facts_of(&[
            "Presenting her budget to parliament, Finance Minister Marta Quill said growth had returned.",
            "Finance Minister Marta Quill, presenting her budget on Tuesday, left the levy unchanged.",
            "We thank Tom Brisk, who presented the budget in parliament, for listening.",
        ]);
        let c = conflicts(&f);
        assert_eq!(c.len(), 1, "{f:?}");
        let articles: Vec<usize> = c[0].sides.iter().flatten().map(|&i| f[i].article).collect();
        assert!(articles.contains(&1), "{c:?}");
    }

    #[test]
    fn single_valued_names_conflict() {
        let f = facts_of(&[
            "Marta Quill, chief executive of Pelmor Foods, resigned.",
            "Tom Brisk, chief executive of Pelmor Foods, said the deal was done.",
        ]);
        let c = conflicts(&f);
        assert_eq!(c.len(), 1, "{f:?}");
        assert_eq!(c[0].attribute, "chief executive");
    }

    #[test]
    fn a_short_name_and_the_full_one_are_one_value() {
        assert!(starts_with_word("pelmor foods", "pelmor"));
        assert!(!starts_with_word("pelmorby", "pelmor") && !starts_with_word("pelmor", "pelmor"));
        let f = facts_of(&[
            "Marta Quill, chief executive of Pelmor Foods, resigned.",
            "Marta Quill, chief executive of Pelmor Foods, said the deal was done. Marta, chief executive of Pelmor Foods, smiled.",
        ]);
        assert!(conflicts(&f).is_empty(), "{f:?}");
    }
}
