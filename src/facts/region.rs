//! The region a named site lies in: "the Tarvin copper mine in Pelmor Province", "Tarvin
//! sits in Pelmor Province", "a mine within the Pelmor Province". A site lies in one
//! province (county, state …) at a time (`data/facts/attributes.toml`, kind "region"):
//! two for one site conflict. Only the regions a name ends with ("Pelmor Province") are
//! read, and only of a site or place: a firm or a person is in many.

use super::data::{Data, Single};
use super::owner::{Entity, Kind, Memory};
use super::{Extractor, Fact, FactValue, Sent};
use crate::tag::Upos;
use crate::text::fold;
use crate::Span;

/// Regions of named sites.
pub(crate) struct Regions;

impl Extractor for Regions {
    fn name(&self) -> &'static str {
        "region"
    }

    fn extract(&self, s: &Sent<'_>, _memory: &Memory, out: &mut Vec<Fact>) {
        if s.modal {
            return;
        }
        for single in Data::builtin().singles("region") {
            for i in 1..s.toks.len() {
                if !matches!(s.lower(i), "in" | "within") {
                    continue;
                }
                let Some((start, end, kind)) = region_at(s, single, i + 1) else { continue };
                let Some(site) = site_before(s, single, i) else { continue };
                if super::single::negated_or_past(s, i) {
                    continue;
                }
                let words = &s.toks[start..end];
                let display = words.iter().map(|t| t.word).collect::<Vec<_>>().join(" ");
                let key = fold(&words[..words.len() - 1].iter().map(|t| t.word).collect::<Vec<_>>().join(" "));
                let span = Span::new(s.toks[i].span.start, s.toks[end - 1].span.end);
                out.push(s.fact(self.name(), &site, kind, FactValue::Name { key, display }, span));
            }
        }
    }
}

/// A region's name at `i` (after "the" too), as its first and past-the-end tokens and its
/// noun: a name ending with the noun capitalised ("Pelmor Province"), or a name with the
/// noun after it in lower case ("Pelmor province", as many newspapers write it) when the
/// noun heads its phrase ("Pelmor state schools" is no region).
fn region_at(s: &Sent<'_>, single: &Single, i: usize) -> Option<(usize, usize, String)> {
    let i = if s.lower(i) == "the" { i + 1 } else { i };
    let e = s.entity_at(i)?;
    let is_noun = |k: usize| single.nouns.iter().any(|n| *n == *s.toks[k].lower);
    let last = &s.toks[e.end - 1];
    if e.end >= e.start + 2 && last.word.starts_with(char::is_uppercase) && is_noun(e.end - 1) {
        return Some((e.start, e.end, last.lower.to_string()));
    }
    let next = s.toks.get(e.end)?;
    let heads = s.toks.get(e.end + 1).is_none_or(|t| !matches!(t.upos, Upos::Noun | Upos::Propn));
    if next.word.starts_with(char::is_lowercase) && is_noun(e.end) && heads {
        return Some((e.start, e.end + 1, next.lower.to_string()));
    }
    None
}

/// The site before "in" at `i`: a name, then up to three words of what it is ("the Tarvin
/// copper mine in"), or a verb that says where it lies ("Tarvin sits in"). A site or a
/// place: not a person nor a firm.
fn site_before(s: &Sent<'_>, single: &Single, i: usize) -> Option<Entity> {
    let mut j = i;
    let lowercase = |k: usize| s.toks[k].word.starts_with(|c: char| c.is_lowercase());
    let lies = |k: usize| {
        matches!(s.toks[k].upos, Upos::Verb | Upos::Noun) && single.verbs.iter().any(|v| **v == *s.toks[k].lemma)
    };
    if j >= 1 && lies(j - 1) {
        j -= 1;
        while j >= 1 && s.toks[j - 1].upos == Upos::Aux {
            j -= 1;
        }
    }
    {
        let i = j;
        // Words of what it is, whatever their tags ("mine" is read as a pronoun now and
        // then), but no word that ends a noun phrase or opens a clause.
        let describing = |k: usize| {
            // A hyphenated modifier is read as a verb now and then ("copper-zinc").
            (s.toks[k].word.contains('-') && s.toks[k].upos != Upos::Punct
                || !matches!(
                    s.toks[k].upos,
                    Upos::Det
                        | Upos::Adp
                        | Upos::Cconj
                        | Upos::Sconj
                        | Upos::Verb
                        | Upos::Aux
                        | Upos::Punct
                        | Upos::Part
                ))
                && s.toks[k].word.chars().all(|c| c.is_alphabetic() || c == '-')
                && !matches!(s.lower(k), "which" | "that" | "who" | "it" | "they")
        };
        while j >= 1 && j + 3 > i && describing(j - 1) && lowercase(j - 1) {
            j -= 1;
        }
    }
    s.entity_ending(j).filter(|e| e.start < j && matches!(e.kind, Kind::Unknown | Kind::Place)).cloned()
}

#[cfg(test)]
mod tests {
    use super::super::tests::facts;

    fn regions(text: &str) -> Vec<(String, String, String)> {
        facts(text)
            .into_iter()
            .filter(|f| f.extractor == "region")
            .map(|f| {
                let d = f.display(text);
                (f.owner, f.attribute, d)
            })
            .collect()
    }

    fn one(o: &str, a: &str, v: &str) -> Vec<(String, String, String)> {
        vec![(o.to_string(), a.to_string(), v.to_string())]
    }

    #[test]
    fn regions_of_sites_in_three_shapes() {
        assert_eq!(
            regions("Pelmor Foods sold its Tarvin copper-zinc mine in Upper Vell Province for $40 million."),
            one("tarvin", "province", "Upper Vell Province")
        );
        assert_eq!(
            regions("The Tarvin mine sits in Upper Vell Province, 90 km from the coast."),
            one("tarvin", "province", "Upper Vell Province")
        );
        assert_eq!(
            regions("The Tarvin mine within the Lower Vell County employs 1,200 people."),
            one("tarvin", "county", "Lower Vell County")
        );
    }

    #[test]
    fn a_region_noun_in_lower_case_after_the_name() {
        assert_eq!(
            regions("The Tarvin copper mine in Upper Vell province employs 900 people."),
            one("tarvin", "province", "Upper Vell province")
        );
        // The noun modifies another noun: no region.
        assert!(regions("Workers at the Tarvin mine in Vell state schools were paid.").is_empty());
    }

    #[test]
    fn a_title_case_heading_makes_no_surname_of_a_site() {
        // "At Orvelle" in a heading reads as a person's name; "Orvelle" below is still the site.
        let text = "Trouble At Orvelle\n\nPelmor Foods lost its licence in May.\n\n\
                    Orvelle sits in Upper Vell Province, 90 km from the coast.";
        assert_eq!(regions(text), one("orvelle", "province", "Upper Vell Province"));
    }

    #[test]
    fn near_misses_people_firms_and_lower_case_regions() {
        assert!(regions("Tom Brisk, 52, grew up in Upper Vell Province.").is_empty());
        assert!(regions("Pelmor Foods in Upper Vell Province cut 300 jobs.").is_empty());
        assert!(regions("Pelmor Foods opened a plant in Upper Vell Province with 300 jobs.").is_empty());
        assert!(regions("Tarvin sits in the south of the province, 90 km away.").is_empty());
    }
}
