//! Stage 3: make the claims of all articles meet.
//!
//! Claims arrive with lexicon-canonical entities already ("Rome" is Italy). This stage does
//! what needs the whole cluster:
//!
//! - **people**: full names group their spelling variants ("Nikolay" / "Nickolay Mladenov",
//!   "Zelensky" / "Zelenskyy") when the surnames are near-identical and the given names
//!   agree; a surname alone ("Biden", "Mr. Thorne") resolves to the one full name it ends;
//! - **unqualified offices**: "President Donald Trump" takes the country another article
//!   gives the same person, else the country the cluster is mostly about;
//! - **keys**: every claim gets the key its conflicts are grouped by, such as
//!   `italy | contribute troops` or `united states | president`.
//!
//! ```
//! use gainsay::{claims, normalize, Lexicon};
//! let lexicon = Lexicon::builtin();
//! let a = claims::extract(&lexicon, 0, "U.S. President Joe Biden met allies on Monday.");
//! let b = claims::extract(&lexicon, 1, "Biden said the talks went well.");
//! let mut all = [a, b].concat();
//! let keyed = normalize::normalize(&lexicon, &mut all);
//! assert!(keyed.iter().any(|k| k.key == "united states | president"));
//! ```

use crate::claims::{Claim, ClaimKind, Modality, TermKind, Value};
use crate::lexicon::ObjectRole;
use crate::text::fold;
use crate::Lexicon;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// A claim's grouping key and whether its subject was inferred.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Keyed {
    /// The key conflicts are grouped by.
    pub key: String,
    /// The subject was not written but inferred (an office without a country).
    pub inferred_subject: bool,
    /// The key without its object (`spain | contribute` for `spain | contribute money`):
    /// "Spain will not contribute" denies every object of it.
    #[serde(default)]
    pub base: String,
}

/// Resolves names across all claims (in place) and returns each claim's key, in order.
pub fn normalize(lexicon: &Lexicon, claims: &mut [Claim]) -> Vec<Keyed> {
    resolve_units(lexicon, claims);
    date_past_years(claims);
    let people = People::collect(lexicon, claims);
    // In claim order, as the comparison budget of `People` is shared.
    for c in claims.iter_mut() {
        people.resolve_claim(c);
    }
    let scopes = office_scopes(claims);
    let dominant = dominant_country(claims);
    let office_countries = office_countries(claims);
    // Keys run on the caller's rayon pool: each claim only reads the cluster-wide tables.
    claims
        .par_iter_mut()
        .map(|c| {
            if c.kind == ClaimKind::Holder && (c.inferred_subject || c.subject.name.is_empty()) {
                let person = match &c.value {
                    Some(Value::Name { name }) => name.clone(),
                    _ => String::new(),
                };
                // The country another article gives the same person in the same office wins
                // over the article's own most-mentioned country.
                if let Some(scope) = scopes.get(&(fold(&c.predicate), fold(&person))) {
                    c.subject.name.clone_from(scope);
                    c.inferred_subject = false;
                } else if c.subject.name.is_empty() {
                    // The country the cluster's other holders of the office have, else the
                    // country the cluster is most about.
                    if let Some(d) = office_countries.get(&c.predicate).or(dominant.as_ref()) {
                        c.subject.name.clone_from(d);
                        c.inferred_subject = true;
                    }
                }
            }
            let key = key_of(lexicon, c);
            let base = match (&c.kind, &c.object) {
                (ClaimKind::Action, Some(_)) => format!("{} | {}", fold(&c.subject.name), c.predicate),
                _ => key.clone(),
            };
            Keyed { key, inferred_subject: c.inferred_subject, base }
        })
        .collect()
}

/// Claims anchored to a year well before the story's latest ("the crossing was closed in 1994",
/// "signed a pact in 2024") are about the past: they never meet the present.
fn date_past_years(claims: &mut [Claim]) {
    // The story's year: the latest year an event is said to have happened on (deadlines and
    // forecasts, "by 2030", do not count).
    let mut latest: Option<i32> = None;
    for c in claims.iter() {
        if let (Some(Value::Date { date, relation: crate::claims::DateRelation::On }), Modality::Asserted) =
            (&c.value, c.modality)
        {
            if let Some(y) = date.year {
                latest = Some(latest.map_or(y, |l| l.max(y)));
            }
        }
    }
    let Some(latest) = latest else { return };
    for c in claims.iter_mut() {
        if c.kind != ClaimKind::Date && c.kind != ClaimKind::Role && c.year.is_some_and(|y| y < latest - 1) {
            c.time = crate::claims::TimeScope::Past;
        }
    }
}

/// Gives a context-dependent unit ("$") the member of its family that the cluster's other
/// figures name ("C$90 million" makes "$240 million" Canadian), else the family's first.
fn resolve_units(lexicon: &Lexicon, claims: &mut [Claim]) {
    let mut counts: FxHashMap<String, usize> = FxHashMap::default();
    for c in claims.iter() {
        if let Some(Value::Quantity(q)) = &c.value {
            if let Some(u) = &q.unit {
                *counts.entry(u.clone()).or_insert(0) += 1;
            }
        }
    }
    let mut chosen: FxHashMap<String, String> = FxHashMap::default();
    for c in claims.iter_mut() {
        let Some(Value::Quantity(q)) = &mut c.value else { continue };
        let Some(unit) = q.unit.clone() else { continue };
        let Some(family) = lexicon.unit_family(&unit) else { continue };
        let pick = chosen.entry(unit).or_insert_with(|| {
            // The most used member; ties go to the family's order.
            let mut best: Option<(&String, usize)> = None;
            for m in family {
                let n = counts.get(m).copied().unwrap_or(0);
                if n > 0 && best.is_none_or(|(_, b)| n > b) {
                    best = Some((m, n));
                }
            }
            best.map_or_else(|| family.first().cloned().unwrap_or_default(), |(m, _)| m.clone())
        });
        if !pick.is_empty() {
            q.unit = Some(pick.clone());
        }
    }
}

/// The key of a claim: what two claims must share to be compared. The object is part of
/// it only for predicates whose object is what they claim ("contribute troops"); for loose
/// ones ("joined the fund" / "joined its donors") the object only keeps named things apart.
pub fn key_of(lexicon: &Lexicon, c: &Claim) -> String {
    let subject = fold(&c.subject.name);
    match c.kind {
        ClaimKind::Action => match &c.object {
            Some(o) if lexicon.object_role(&c.predicate) == ObjectRole::Key => {
                format!("{subject} | {} {}", c.predicate, fold(&o.name))
            }
            _ => format!("{subject} | {}", c.predicate),
        },
        ClaimKind::Holder => format!("{subject} | {}", c.predicate),
        ClaimKind::Role => format!("{subject} | role"),
        ClaimKind::Attribute => format!("{subject} | {}", c.predicate),
        ClaimKind::Quantity if matches!(c.predicate.as_str(), "size" | "count" | "part" | "duration") => {
            format!("{subject} | {}", c.predicate)
        }
        ClaimKind::Quantity => format!("{subject} | amount"),
        ClaimKind::Date => {
            let rel = match &c.value {
                Some(Value::Date { relation: crate::claims::DateRelation::Until, .. }) => "until",
                Some(Value::Date { relation: crate::claims::DateRelation::Since, .. }) => "since",
                _ => "date",
            };
            format!("{subject} | {rel}")
        }
    }
}

/// Everyone named in the cluster, with their spelling variants.
struct People {
    /// Folded full name → canonical full name.
    canonical: FxHashMap<String, String>,
    /// Folded surname → canonical full names that end with it.
    by_surname: FxHashMap<String, Vec<String>>,
    /// (first letter, length) → surnames, for finding spelling variants without comparing
    /// every pair.
    surname_index: FxHashMap<(char, usize), Vec<String>>,
    /// The lexicon, for comparing names through their transliteration keys.
    lexicon: Lexicon,
    /// Spelling-variant comparisons left to [`People::resolve`].
    checks: std::cell::Cell<usize>,
}

impl People {
    fn parts(&self, name: &str) -> Vec<String> {
        name_parts(&self.lexicon, name)
    }

    fn collect(lexicon: &Lexicon, claims: &[Claim]) -> People {
        let name_parts = |name: &str| name_parts(lexicon, name);
        // Full names written after a title or in apposition, with how often each spelling
        // is used.
        let mut counts: FxHashMap<String, usize> = FxHashMap::default();
        let mut add = |name: &str| {
            if name.split_whitespace().count() >= 2 {
                *counts.entry(name.to_string()).or_insert(0) += 1;
            }
        };
        for c in claims {
            if c.subject.kind == TermKind::Person {
                add(&c.subject.name);
            }
            if let (ClaimKind::Holder, Some(Value::Name { name })) = (c.kind, &c.value) {
                add(name);
            }
        }
        let mut names: Vec<(String, usize)> = counts.into_iter().collect();
        // Most used spelling first, then the longest, then alphabetical: deterministic.
        names.sort_by(|a, b| b.1.cmp(&a.1).then(b.0.len().cmp(&a.0.len())).then(a.0.cmp(&b.0)));
        // Groups are found through a (first letter, length) index of their surnames, so
        // that a cluster of many people stays linear.
        let mut groups: Vec<(String, Vec<String>)> = Vec::new();
        let mut index: FxHashMap<(char, usize), Vec<usize>> = FxHashMap::default();
        // A second index by the whole name, for variants that move a space.
        let mut whole: FxHashMap<(char, usize), Vec<usize>> = FxHashMap::default();
        // Bounds on the comparisons, so that thousands of similar names stay linear.
        let mut checks = MAX_VARIANT_CHECKS;
        for (name, _) in names {
            let parts = name_parts(&name);
            let Some(surname) = parts.last() else { continue };
            let joined = parts.concat();
            let found = near_keys(surname)
                .filter_map(|k| index.get(&k))
                .chain(near_keys(&joined).filter_map(|k| whole.get(&k)))
                .flat_map(|list| list.iter().take(MAX_VARIANTS))
                .copied()
                .filter(|&g| {
                    checks = checks.saturating_sub(1);
                    checks > 0 && same_person(&name_parts(&groups[g].0), &parts)
                })
                .min();
            match found {
                Some(g) => groups[g].1.push(name),
                None => {
                    if let Some(k) = surname_key(surname) {
                        index.entry(k).or_default().push(groups.len());
                    }
                    if let Some(k) = surname_key(&joined) {
                        whole.entry(k).or_default().push(groups.len());
                    }
                    groups.push((name.clone(), vec![name]));
                }
            }
        }
        let mut canonical = FxHashMap::default();
        let mut by_surname: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for (canon, members) in &groups {
            for m in members {
                canonical.insert(fold(m), canon.clone());
                let surname = name_parts(m).last().cloned().unwrap_or_default();
                let list = by_surname.entry(surname).or_default();
                if !list.contains(canon) {
                    list.push(canon.clone());
                }
            }
        }
        let mut surname_index: FxHashMap<(char, usize), Vec<String>> = FxHashMap::default();
        let mut surnames: Vec<&String> = by_surname.keys().collect();
        surnames.sort();
        for s in surnames {
            if let Some(k) = surname_key(s) {
                surname_index.entry(k).or_default().push(s.clone());
            }
        }
        let checks = std::cell::Cell::new(MAX_RESOLVE_CHECKS);
        People { canonical, by_surname, surname_index, lexicon: lexicon.clone(), checks }
    }

    /// The canonical person a name refers to, if it names one.
    fn resolve(&self, name: &str) -> Option<&str> {
        let folded = fold(name);
        if let Some(c) = self.canonical.get(&folded) {
            return Some(c);
        }
        let parts = self.parts(name);
        let last = parts.last()?;
        if let Some(list) = self.by_surname.get(last) {
            if list.len() == 1 && parts.len() <= 2 {
                // "Biden", or a first-name slip such as "Nickolay Mladenov".
                if parts.len() == 1 || list[0].split_whitespace().count() >= 2 {
                    return Some(&list[0]);
                }
            }
        }
        // A transliteration variant of a known surname: "Zelenskiy" for "Zelenskyy".
        if parts.len() == 1 && last.chars().count() >= 5 {
            let mut found: Option<&str> = None;
            for key in near_keys(last) {
                for surname in self.surname_index.get(&key).into_iter().flatten().take(MAX_VARIANTS) {
                    if self.checks.get() == 0 {
                        return None;
                    }
                    self.checks.set(self.checks.get() - 1);
                    let list = &self.by_surname[surname];
                    if list.len() == 1 && similarity(surname, last) >= 0.8 {
                        if found.is_some_and(|f| f != list[0]) {
                            return None;
                        }
                        found = Some(&list[0]);
                    }
                }
            }
            return found;
        }
        None
    }

    fn resolve_claim(&self, c: &mut Claim) {
        if matches!(c.subject.kind, TermKind::Person | TermKind::Name) {
            let name = strip_honorific(&c.subject.name);
            if let Some(p) = self.resolve(name) {
                c.subject.name = p.to_string();
                c.subject.kind = TermKind::Person;
            }
        }
        if let Some(o) = &mut c.object {
            if matches!(o.kind, TermKind::Person | TermKind::Name) {
                if let Some(p) = self.resolve(strip_honorific(&o.name)) {
                    o.name = p.to_string();
                    o.kind = TermKind::Person;
                }
            }
        }
        if let Some(Value::Name { name }) = &mut c.value {
            if c.kind == ClaimKind::Holder {
                if let Some(p) = self.resolve(strip_honorific(name)) {
                    *name = p.to_string();
                }
            }
        }
    }
}

/// The most names of one (first letter, length) index key compared as spelling variants.
const MAX_VARIANTS: usize = 64;
/// The most spelling-variant comparisons of one check, between full names and for names
/// written alone; far above what thousands of articles need.
const MAX_VARIANT_CHECKS: usize = 100_000;
const MAX_RESOLVE_CHECKS: usize = 1_000_000;

/// The index key of a surname: its first letter and its length in characters.
fn surname_key(s: &str) -> Option<(char, usize)> {
    Some((s.chars().next()?, s.chars().count()))
}

/// The index keys a variant of `s` can have: same first letter, length within two.
fn near_keys(s: &str) -> impl Iterator<Item = (char, usize)> {
    let first = s.chars().next();
    let n = s.chars().count();
    (n.saturating_sub(2)..=n + 2).filter_map(move |len| first.map(|c| (c, len)))
}

/// Drops a leading honorific written into a name ("Mr. Thorne").
fn strip_honorific(name: &str) -> &str {
    for h in ["Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr "] {
        if let Some(rest) = name.strip_prefix(h) {
            return rest;
        }
    }
    name
}

/// The words of a name as comparison keys (folded, transliterations rewritten), without
/// suffixes like "Jr.".
fn name_parts(lexicon: &Lexicon, name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| lexicon.name_key(w.trim_end_matches('.')))
        .filter(|w| !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii"))
        .collect()
}

/// Two full names are one person when their surnames are near-identical and their given
/// names agree ("Nikolay" / "Nickolay"), never on a surname alone.
fn same_person(a: &[String], b: &[String]) -> bool {
    let (Some(sa), Some(sb)) = (a.last(), b.last()) else { return false };
    // Whole-name transliterations that also move a space ("Abdelkader Benyoucef" /
    // "Abdelqader Ben Youssef"): the joined names are nearly the same.
    if a.len() >= 2 && b.len() >= 2 && a.len() != b.len() {
        let (ja, jb) = (a.concat(), b.concat());
        if ja.chars().count() >= 12 && similarity(&ja, &jb) >= 0.85 && a[0].chars().next() == b[0].chars().next() {
            return true;
        }
    }
    let surname_close =
        sa == sb || (sa.chars().count() >= 5 && similarity(sa, sb) >= 0.8 && sa.chars().next() == sb.chars().next());
    if !surname_close {
        return false;
    }
    let (fa, fb) = (&a[0], &b[0]);
    a.len() < 2 || b.len() < 2 || fa == fb || (similarity(fa, fb) >= 0.75 && fa.chars().next() == fb.chars().next())
}

/// 1 − edit distance / longer length.
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    // Names are short; longer strings are only compared whole, as the table is quadratic.
    const MAX: usize = 64;
    let (mut ab, mut bb) = (['\0'; MAX], ['\0'; MAX]);
    let (mut n_a, mut n_b) = (0, 0);
    for (buf, len, s) in [(&mut ab, &mut n_a, a), (&mut bb, &mut n_b, b)] {
        for ch in s.chars() {
            if *len == MAX {
                return f64::from(u8::from(a == b));
            }
            buf[*len] = ch;
            *len += 1;
        }
    }
    let (a, b) = (&ab[..n_a], &bb[..n_b]);
    let n = a.len().max(b.len());
    if n == 0 {
        return 1.0;
    }
    // Two rows of the edit-distance table, on the stack: this runs for every pair of names.
    let mut prev = [0usize; MAX + 1];
    let mut cur = [0usize; MAX + 1];
    for (j, p) in prev.iter_mut().enumerate().take(b.len() + 1) {
        *p = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    1.0 - prev[b.len()] as f64 / n as f64
}

/// For each (office, person) written with a country somewhere in the cluster, that country.
fn office_scopes(claims: &[Claim]) -> FxHashMap<(String, String), String> {
    let mut out: FxHashMap<(String, String), String> = FxHashMap::default();
    for c in claims {
        if c.kind == ClaimKind::Holder && !c.subject.name.is_empty() && !c.inferred_subject {
            if let Some(Value::Name { name }) = &c.value {
                out.entry((fold(&c.predicate), fold(name))).or_insert_with(|| c.subject.name.clone());
            }
        }
    }
    // Role claims carry the scope as their object: "Japanese Foreign Minister Haruto Mori".
    for c in claims {
        if c.kind == ClaimKind::Role {
            if let (Some(scope), Some(Value::Name { name: role })) = (&c.object, &c.value) {
                out.entry((fold(role), fold(&c.subject.name))).or_insert_with(|| scope.name.clone());
            }
        }
    }
    out
}

/// The country the cluster's claims are mostly about.
/// For each office, the country most of the cluster's holders of it are given (written or
/// taken from their own article).
fn office_countries(claims: &[Claim]) -> FxHashMap<String, String> {
    let mut counts: FxHashMap<(&str, &str), usize> = FxHashMap::default();
    for c in claims {
        if c.kind == ClaimKind::Holder && !c.subject.name.is_empty() {
            *counts.entry((&c.predicate, &c.subject.name)).or_insert(0) += 1;
        }
    }
    let mut v: Vec<((&str, &str), usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut out: FxHashMap<String, String> = FxHashMap::default();
    for ((office, country), _) in v {
        out.entry(office.to_string()).or_insert_with(|| country.to_string());
    }
    out
}

fn dominant_country(claims: &[Claim]) -> Option<String> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for c in claims {
        if c.subject.kind == TermKind::Entity && c.kind == ClaimKind::Action && !c.subject.name.is_empty() {
            *counts.entry(&c.subject.name).or_insert(0) += 1;
        }
    }
    let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.first().map(|(n, _)| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> Vec<String> {
        name_parts(&Lexicon::builtin(), s)
    }

    #[test]
    fn transliteration_variants_are_one_person() {
        assert!(same_person(&parts("Nikolay Mladenov"), &parts("Nickolay Mladenov")));
        assert!(same_person(&parts("Volodymyr Zelensky"), &parts("Volodymyr Zelenskyy")));
        assert!(same_person(&parts("Selim Karaoglu"), &parts("Selim Karaoğlu")));
    }

    #[test]
    fn near_miss_names_are_not_merged() {
        assert!(!same_person(&parts("Donald Trump"), &parts("Harry Truman")));
        assert!(!same_person(&parts("Donald Trump"), &parts("Donald Truman")));
        assert!(!same_person(&parts("Andrei Voinea"), &parts("Dan Mureșan")));
    }

    #[test]
    fn similarity_is_edit_based() {
        assert!(similarity("zelenskyy", "zelenskiy") > 0.85);
        assert!(similarity("trump", "truman") < 0.7);
    }
}
