//! Corroboration: what two or more sources say alike.
//!
//! Conflicts show what is disputed; agreements show what is well supported. Two claims
//! agree when they share a key (the same subject and predicate, after normalization), a
//! polarity, the same hedge (a plan is not a consideration) and a compatible value: the same
//! name ("Donald Trump" / "Trump"), quantities whose ranges overlap, dates that can be the
//! same day. Only claims that could take part in a conflict count: stated, predicted or
//! considered, about the story's present.
//!
//! Like [`conflicts::detect`](crate::conflicts::detect), claims meet in a hash map by key,
//! so the work is linear in the number of claims.
//!
//! ```
//! use gainsay::{agreements, claims, normalize, Lexicon};
//! let lexicon = Lexicon::builtin();
//! let mut all = claims::extract(&lexicon, 0, "Sweden will send three rescue ships.");
//! all.extend(claims::extract(&lexicon, 1, "Stockholm will contribute three rescue vessels."));
//! let keys = normalize::normalize(&lexicon, &mut all);
//! let agreed = agreements::corroborate(&all, &keys);
//! let sweden = agreed.iter().find(|a| a.key == "sweden | contribute vessels").unwrap();
//! assert_eq!(sweden.question, "Does Sweden contribute vessels?");
//! assert_eq!(sweden.sources(&all), [0, 1]);
//! ```

use crate::claims::{Claim, ClaimKind, Modality, Polarity, TimeScope, Value};
use crate::normalize::Keyed;
use crate::text::fold;
use rustc_hash::FxHashMap;

/// Claims of two or more sources that say the same thing.
///
/// ```
/// use gainsay::{agreements, claims, normalize, Lexicon};
/// let lexicon = Lexicon::builtin();
/// let mut all = claims::extract(&lexicon, 0, "U.S. President Donald Trump spoke on Monday.");
/// all.extend(claims::extract(&lexicon, 1, "US President Donald Trump left early."));
/// let keys = normalize::normalize(&lexicon, &mut all);
/// let agreed = agreements::corroborate(&all, &keys);
/// let agreement = agreed.iter().find(|a| a.key == "united states | president").unwrap();
/// assert_eq!(agreement.value, "Donald Trump");
/// assert_eq!(agreement.claims.len(), 2); // one per source
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Agreement {
    /// What the claims share: the kind of claim they are.
    pub kind: ClaimKind,
    /// The normalized key the claims share, e.g. `united states | president`.
    pub key: String,
    /// The key as a question: "Who is the president of the United States?".
    pub question: String,
    /// The answer the sources agree on: "Donald Trump", "no (would not deploy)", "yes: 3 ships".
    pub value: String,
    /// Whether the agreed claim is affirmed or denied.
    pub polarity: Polarity,
    /// Indexes of the claims behind it, one per source (the clearest), in source order.
    pub claims: Vec<usize>,
    /// All claims that say it, including repeats within a source.
    pub mentions: Vec<usize>,
}

impl Agreement {
    /// The indexes of the articles that say it, in order.
    pub fn sources(&self, claims: &[Claim]) -> Vec<usize> {
        self.claims.iter().map(|&i| claims[i].source).collect()
    }
}

/// Finds what two or more sources say alike among `claims`, whose keys are `keys` (same
/// order, as [`normalize::normalize`](crate::normalize::normalize) returns them). The most
/// widely sourced come first; ties go by key and value, so the order is stable.
pub fn corroborate(claims: &[Claim], keys: &[Keyed]) -> Vec<Agreement> {
    // A group is what must be equal before values are compared.
    let mut groups: FxHashMap<(&str, Polarity, bool), Vec<usize>> = FxHashMap::default();
    for (i, (c, k)) in claims.iter().zip(keys).enumerate() {
        if !takes_part(c) {
            continue;
        }
        groups.entry((k.key.as_str(), c.polarity, c.modality == Modality::Considering)).or_default().push(i);
    }
    let mut out = Vec::new();
    for ((key, polarity, _), members) in groups {
        if members.len() < 2 {
            continue;
        }
        for cluster in clusters(claims, &members) {
            if let Some(a) = agreement(claims, key, polarity, cluster) {
                out.push(a);
            }
        }
    }
    out.sort_by(|a, b| {
        b.claims
            .len()
            .cmp(&a.claims.len())
            .then_with(|| a.key.cmp(&b.key))
            .then_with(|| a.value.cmp(&b.value))
            .then_with(|| a.claims.cmp(&b.claims))
    });
    out
}

/// The same claims conflict detection looks at: committal, with a subject, about the
/// present (a former role still counts, as it does there).
fn takes_part(c: &Claim) -> bool {
    let kind_needs_value = !matches!(c.kind, ClaimKind::Action);
    c.modality.is_committal()
        && !c.subject.name.is_empty()
        && (c.time != TimeScope::Past || c.kind == ClaimKind::Role)
        && (!kind_needs_value || c.value.is_some())
}

/// Splits one group into clusters of compatible values, in claim order. Each cluster is
/// compared through its first claim, so a vague value never joins two precise ones.
fn clusters(claims: &[Claim], members: &[usize]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    for &i in members {
        match out.iter_mut().find(|cl| same_value(claims[cl[0]].value.as_ref(), claims[i].value.as_ref())) {
            Some(cl) => cl.push(i),
            None => out.push(vec![i]),
        }
    }
    out
}

/// Two values that say the same: equal names (or one with words added: "Trump" /
/// "Donald Trump"), overlapping quantities of one unit, dates that can be one day.
fn same_value(a: Option<&Value>, b: Option<&Value>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(Value::Name { name: x }), Some(Value::Name { name: y })) => same_name(&fold(x), &fold(y)),
        (Some(Value::Quantity(x)), Some(Value::Quantity(y))) => x.same_unit(y) && x.compatible(y),
        (Some(Value::Date { date: x, relation: rx }), Some(Value::Date { date: y, relation: ry })) => {
            rx == ry && x.compatible(y)
        }
        _ => false,
    }
}

fn same_name(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    // "former envoy" is not "envoy"; "special envoy" is.
    if short.starts_with("former ") != long.starts_with("former ") {
        return false;
    }
    long.ends_with(&format!(" {short}"))
}

fn agreement(claims: &[Claim], key: &str, polarity: Polarity, mut members: Vec<usize>) -> Option<Agreement> {
    members.sort_by_key(|&i| (claims[i].source, claims[i].sentence.start, claims[i].span.start));
    // One claim per source: the most firmly stated, then the first.
    let mut best: Vec<usize> = Vec::new();
    for &i in &members {
        match best.iter_mut().find(|b| claims[**b].source == claims[i].source) {
            Some(b) if firmness(&claims[i]) > firmness(&claims[*b]) => *b = i,
            Some(_) => {}
            None => best.push(i),
        }
    }
    if best.len() < 2 {
        return None;
    }
    // The fullest value names the agreement: "Donald Trump" rather than "Trump"; a tie goes
    // to the first answer in alphabetical order, never to the first article.
    let first = best
        .iter()
        .map(|&i| (&claims[i], answer(&claims[i])))
        .min_by(|(a, x), (b, y)| value_len(b).cmp(&value_len(a)).then_with(|| x.cmp(y)))
        .map_or(&claims[best[0]], |(c, _)| c);
    Some(Agreement {
        kind: first.kind,
        key: key.to_string(),
        question: crate::questions::ask(first),
        value: answer(first),
        polarity,
        claims: best,
        mentions: members,
    })
}

fn firmness(c: &Claim) -> u8 {
    match c.modality {
        Modality::Asserted => 2,
        Modality::Would => 1,
        _ => 0,
    }
}

fn value_len(c: &Claim) -> usize {
    c.value.as_ref().map_or(0, |v| v.display().len())
}

/// The answer the claim gives to its question.
fn answer(c: &Claim) -> String {
    let value = c.value.as_ref().map(Value::display);
    match (c.kind, value) {
        (ClaimKind::Action, value) => {
            let yes_no = if c.polarity == Polarity::Affirmed { "yes" } else { "no" };
            let base = if c.wording.is_empty() { yes_no.to_string() } else { format!("{yes_no} ({})", c.wording) };
            match value {
                Some(v) => format!("{base}: {v}"),
                None => base,
            }
        }
        (_, Some(v)) if c.polarity == Polarity::Negated => format!("not {v}"),
        (_, Some(v)) => v,
        (_, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{normalize, Lexicon};

    fn agree(texts: &[&str]) -> (Vec<Claim>, Vec<Agreement>) {
        let lexicon = Lexicon::builtin();
        let mut all: Vec<Claim> =
            texts.iter().enumerate().flat_map(|(i, t)| crate::claims::extract(&lexicon, i, t)).collect();
        let keys = normalize::normalize(&lexicon, &mut all);
        let agreed = corroborate(&all, &keys);
        (all, agreed)
    }

    #[test]
    fn one_source_alone_is_no_agreement() {
        let (_, agreed) = agree(&["Italy will send troops. Rome will deploy troops.", "Spain signed the pact."]);
        assert!(agreed.iter().all(|a| !a.key.starts_with("italy")), "{agreed:?}");
    }

    #[test]
    fn opposite_polarities_do_not_agree() {
        let (_, agreed) = agree(&["Italy will send troops.", "Italy would not deploy troops."]);
        assert!(agreed.is_empty(), "{agreed:?}");
    }

    #[test]
    fn denials_agree_with_denials() {
        let (all, agreed) = agree(&["Italy would not deploy troops.", "Rome will not send troops."]);
        assert_eq!(agreed.len(), 1, "{agreed:?}");
        assert_eq!(agreed[0].polarity, Polarity::Negated);
        assert!(agreed[0].value.starts_with("no"), "{}", agreed[0].value);
        assert_eq!(agreed[0].sources(&all), [0, 1]);
    }

    #[test]
    fn different_values_do_not_agree() {
        let (_, agreed) = agree(&[
            "Prime Minister Jon Arnason of Iceland spoke.",
            "Icelandic Prime Minister Gudrun Helgadottir spoke.",
        ]);
        assert!(agreed.iter().all(|a| a.key != "iceland | prime minister"), "{agreed:?}");
    }

    #[test]
    fn overlapping_quantities_agree() {
        let (_, agreed) =
            agree(&["Norway pledged about $500 million to the fund.", "Norway has pledged $500 million to the fund."]);
        assert_eq!(agreed.len(), 1, "{agreed:?}");
        assert!(agreed[0].value.contains("500 million"), "{}", agreed[0].value);
    }

    #[test]
    fn names_with_added_words_agree() {
        assert!(same_name("donald trump", "trump"));
        assert!(same_name("special envoy", "envoy"));
        assert!(!same_name("former envoy", "envoy"));
        assert!(!same_name("joe biden", "donald trump"));
    }
}
