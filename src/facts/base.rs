//! Where an organisation has its head office: "Pelmor Foods, headquartered in Tarvin",
//! "the firm will be based in Tarvin", "the Tarvin-based company", "its headquarters in
//! Tarvin". A firm has one head office at a time (`data/facts/attributes.toml`, kind
//! "base"): two cities for one owner conflict, a city and the country it lies in do not.

use super::data::{Data, Single};
use super::owner::{corefer, possessor, Entity, Kind, Memory};
use super::{Extractor, Fact, FactValue, Sent};
use crate::tag::Upos;
use crate::text::fold;
use crate::{Lexicon, Span};

/// The head offices of organisations.
pub(crate) struct Base;

impl Extractor for Base {
    fn name(&self) -> &'static str {
        "base"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        if s.modal {
            return;
        }
        for single in Data::builtin().singles("base") {
            for i in 0..s.toks.len() {
                // Each reading needs a suffix ("Tarvin-based") or "in" after the word.
                if s.toks[i].cue & super::cue::BASE_SUFFIX == 0 && s.lower(i + 1) != "in" {
                    continue;
                }
                let found = prefixed(s, single, i, memory)
                    .or_else(|| verb(s, single, i, memory))
                    .or_else(|| noun(s, single, i, memory));
                let Some((owner, place, span)) = found else { continue };
                if !matches!(owner.kind, Kind::Organisation | Kind::Unknown) || *owner.key == *place.0 {
                    continue;
                }
                let (key, display, within) = place_key(s.lexicon, &place.0, &place.1);
                let mut fact = s.fact(self.name(), &owner, single.name.clone(), FactValue::Name { key, display }, span);
                fact.within = within;
                out.push(fact);
            }
        }
    }
}

/// A place as read: (folded, as written).
type Place = (String, String);

/// "the Tarvin-based company", "Tarvin-based Pelmor Foods": a place before one of the
/// data's suffixes, owned by the name after it or by the organisation a definite noun
/// after it stands for. Not "a Tarvin-based company" (any company).
fn prefixed(s: &Sent<'_>, single: &Single, i: usize, memory: &Memory) -> Option<(Entity, Place, Span)> {
    let t = &s.toks[i];
    let suffix = single.suffixes.iter().find(|x| t.lower.ends_with(x.as_str()))?;
    let prefix = t.word.get(..t.word.len().checked_sub(suffix.len())?)?;
    // A place is a name: "Tarvin-based", not "plant-based" nor "rules-based".
    if !prefix.chars().next().is_some_and(char::is_uppercase) || prefix.chars().any(|c| c.is_whitespace()) {
        return None;
    }
    // "Tarvin and Lyon-based": two head offices, neither the one.
    if i >= 1 && matches!(s.lower(i - 1), "and" | "&" | "," | "/" | "or") {
        return None;
    }
    // What the name after it is: "Tarvin-based Pelmor Foods".
    let owner = s.entity_at(i + 1).cloned().or_else(|| {
        // "the Tarvin-based (shipping) company": the organisation named before.
        let head = (i + 1..(i + 3).min(s.toks.len())).find(|&h| s.toks[h].upos == Upos::Noun)?;
        if !(i + 1..head).all(|k| matches!(s.toks[k].upos, Upos::Noun | Upos::Adj)) {
            return None;
        }
        let definite = i >= 1 && matches!(s.lower(i - 1), "the" | "this");
        if !definite || !Data::builtin().org_nouns.contains(&*s.toks[head].lemma) {
            return None;
        }
        memory.last_org.clone()
    })?;
    Some((owner, (fold(prefix), prefix.to_string()), t.span))
}

/// "headquartered in Tarvin", "will be based in Tarvin", "Pelmor, based in Tarvin,": the
/// verb's agent (or the name before the comma) is the owner. Not "was based in" (a past
/// one), nor "not based in".
fn verb(s: &Sent<'_>, single: &Single, i: usize, memory: &Memory) -> Option<(Entity, Place, Span)> {
    let t = &s.toks[i];
    // The cheap tests first: this runs at every word of every sentence read.
    if s.lower(i + 1) != "in" || !t.lower.ends_with('d') {
        return None;
    }
    let past = |v: &str| t.lower.strip_prefix(v).is_some_and(|r| r == "ed" || r == "d");
    if !single.verbs.iter().any(|v| *t.lemma == **v || past(v)) || super::single::negated_or_past(s, i) {
        return None;
    }
    // A past head office may have moved since: "was based in".
    if i >= 1 && matches!(s.lower(i - 1), "was" | "were" | "had" | "previously" | "originally" | "once") {
        return None;
    }
    let place = place_at(s, i + 2)?;
    let owner = if i >= 2 && s.lower(i - 1) == "," {
        s.entity_ending(i - 1).cloned()
    } else {
        super::single::agent(s, i, memory)
    }?;
    Some((owner, place, Span::new(t.span.start, s.toks[i + 1].span.end)))
}

/// "its headquarters in Tarvin", "Pelmor's headquarters in Tarvin".
fn noun(s: &Sent<'_>, single: &Single, i: usize, memory: &Memory) -> Option<(Entity, Place, Span)> {
    let t = &s.toks[i];
    if s.lower(i + 1) != "in" || !single.forms.iter().any(|f| *t.lower == **f) || super::single::negated_or_past(s, i) {
        return None;
    }
    let place = place_at(s, i + 2)?;
    let owner = possessor(s, i, memory).or_else(|| if i > 0 { corefer(s, i - 1, memory) } else { None })?;
    Some((owner, place, Span::new(t.span.start, s.toks[i + 1].span.end)))
}

/// The name at token `i` ("Tarvin", "the Tarvin Valley"), taken as a place whatever kind
/// of name it looks like: after "based in" a name is where.
fn place_at(s: &Sent<'_>, i: usize) -> Option<Place> {
    let i = if s.lower(i) == "the" { i + 1 } else { i };
    let e = s.entity_at(i)?;
    if e.kind == Kind::Thing {
        return None;
    }
    // "Rio de Janeiro", "Frankfurt am Main": a particle between two capitalised words.
    let mut end = e.end;
    while PARTICLES.contains(&s.lower(end)) && s.toks[end].word.starts_with(char::is_lowercase) {
        match s.entity_at(end + 1) {
            Some(next) if next.kind != Kind::Thing => end = next.end,
            _ => break,
        }
    }
    let written = s.toks[e.start..end].iter().map(|t| t.word).collect::<Vec<_>>().join(" ");
    Some((fold(&written), written))
}

/// Lower-case words inside place names.
const PARTICLES: &[&str] = &["es", "de", "del", "da", "do", "dos", "das", "du", "la", "le", "al", "el", "am", "sur"];

/// A place's comparison key, its display, and the places it lies within: a city's
/// country, the country a capital stands for. "Tarvin" and the country Tarvin lies in are
/// one head office told twice.
fn place_key(lexicon: &Lexicon, key: &str, display: &str) -> (String, String, Vec<String>) {
    let mut within = Vec::new();
    if let Some(canonical) = lexicon.canonical_entity(display) {
        let folded = fold(canonical);
        if folded != key {
            within.push(folded);
        }
        let entry = lexicon.data().entity.iter().find(|e| e.name == canonical);
        if let Some(country) = entry.and_then(|e| e.country.as_deref()) {
            within.push(fold(country));
        }
        // "US-based", "Freedonian-based" and "based in the United States" name one country.
        let same = |e: &crate::lexicon::EntityEntry| e.aliases.iter().chain(&e.demonyms).any(|a| fold(a) == key);
        if within.len() == 1 && entry.is_some_and(same) {
            return (within.remove(0), canonical.to_string(), Vec::new());
        }
    }
    (key.to_string(), display.to_string(), within)
}

#[cfg(test)]
mod tests {
    use super::super::tests::facts;

    fn bases(text: &str) -> Vec<(String, String)> {
        facts(text)
            .into_iter()
            .filter(|f| f.attribute == "headquarters")
            .map(|f| {
                let d = f.display(text);
                (f.owner, d)
            })
            .collect()
    }

    #[test]
    fn head_offices_in_four_shapes() {
        assert_eq!(
            bases("Pelmor Foods, headquartered in Tarvin, cut 300 jobs."),
            [("pelmor foods".into(), "Tarvin".into())]
        );
        assert_eq!(
            bases("The new group, to be called Pelmor Foods, will be based in Lyon."),
            [("pelmor foods".into(), "Lyon".into())]
        );
        assert_eq!(bases("Lyon-based Pelmor Foods cut 300 jobs."), [("pelmor foods".into(), "Lyon".into())]);
        assert_eq!(
            bases("Pelmor Foods cut 300 jobs. The Lyon-based company also sold a plant."),
            [("pelmor foods".into(), "Lyon".into())]
        );
        assert_eq!(
            bases("Pelmor Foods cut jobs. It said its headquarters in Tarvin will close."),
            [("pelmor foods".into(), "Tarvin".into())]
        );
        assert_eq!(
            bases("Pelmor Foods is based in Rio de Janeiro."),
            [("pelmor foods".into(), "Rio de Janeiro".into())]
        );
    }

    #[test]
    fn near_misses_past_indefinite_people_and_other_words() {
        assert!(bases("Pelmor Foods was based in Tarvin until 2019.").is_empty());
        assert!(bases("Pelmor Foods bought a Lyon-based company.").is_empty());
        assert!(bases("Tom Brisk, a Lyon-based lawyer, said so.").is_empty());
        assert!(bases("Pelmor Foods sells plant-based food.").is_empty());
        assert!(bases("Lyon and Marseille-based Pelmor Foods cut jobs.").is_empty());
        assert!(bases("Pelmor Foods is not based in Lyon.").is_empty());
    }

    #[test]
    fn two_cities_conflict_a_city_and_its_country_do_not() {
        let read = super::super::tests::facts_of;
        let f = read(&["Pelmor Foods is headquartered in Lyon.", "Marseille-based Pelmor Foods cut jobs."]);
        assert_eq!(super::super::conflicts(&f).len(), 1, "{f:?}");
        let f = read(&["Pelmor Foods is headquartered in Lyon.", "France-based Pelmor Foods cut jobs."]);
        assert!(super::super::conflicts(&f).is_empty(), "{f:?}");
        let f = read(&["Pelmor Foods is headquartered in Lyon.", "French-based Pelmor Foods cut jobs."]);
        assert!(super::super::conflicts(&f).is_empty(), "{f:?}");
        // Two firms, two cities: no conflict.
        let f = read(&["Pelmor Foods is headquartered in Lyon.", "Marseille-based Dunmere Dental cut jobs."]);
        assert!(super::super::conflicts(&f).is_empty(), "{f:?}");
    }
}
