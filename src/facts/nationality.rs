//! A person's nationality, read from a demonym: "Tom Brisk, the Freedonian world No. 4",
//! "the Freedonian champion, Tom Brisk", "Freedonian striker Tom Brisk". A person has one
//! nationality in a story: a "Swede" here and a "Finn" there conflict, a "Briton" and a
//! "British" player do not (one country). The demonyms are the lexicon's
//! (`data/lexicon/countries.toml`), so a user's lexicon entry adds its own.

use super::data::Data;
use super::owner::{Entity, Kind, Memory};
use super::{Extractor, Fact, FactValue, Sent};
use crate::lexicon::EntityKind;
use crate::tag::{Upos, Xpos};
use crate::text::fold;
use crate::values::Dimension;
use crate::{Lexicon, Span};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Demonyms of the built-in lexicon's countries, folded, with the country's key: "swede" →
/// "sweden". A region or city with a country stands for that country.
pub(crate) fn demonyms() -> &'static FxHashMap<String, String> {
    static MAP: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        let lexicon = Lexicon::builtin();
        let mut map = FxHashMap::default();
        for e in &lexicon.data().entity {
            let country = match (e.kind, &e.country) {
                (EntityKind::Country, _) => &e.name,
                (EntityKind::Region | EntityKind::City, Some(c)) => c,
                _ => continue,
            };
            for d in &e.demonyms {
                map.entry(fold(d)).or_insert_with(|| fold(country));
            }
        }
        map
    })
}

/// The country whose demonym is the token at `i`, written with a capital and not plural
/// ("the Swedes" are not one person).
pub(crate) fn demonym_at(s: &Sent<'_>, i: usize) -> Option<&'static str> {
    let t = s.toks.get(i)?;
    if !t.word.chars().next().is_some_and(char::is_uppercase) || matches!(t.xpos, Xpos::Nns | Xpos::Nnps) {
        return None;
    }
    t.demonym
}

/// The country the demonym `word` (as written) names, if it is one: read once per word by
/// [`super::Lemmas`] and kept on its tokens.
pub(crate) fn demonym_of(word: &str) -> Option<&'static str> {
    demonyms().get(&fold(word)).map(String::as_str)
}

/// Nationalities of people.
pub(crate) struct Nationality;

impl Extractor for Nationality {
    fn name(&self) -> &'static str {
        "nationality"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        if s.modal || s.cues & super::cue::DEMONYM == 0 {
            return;
        }
        let d = Data::builtin();
        for i in 0..s.toks.len() {
            let Some(country) = demonym_at(s, i) else { continue };
            // The noun phrase it stands in: words after it that name a person ("world No.",
            // "striker"), or none when it is the head ("the Swede").
            let mut end = i + 1;
            while end < s.toks.len()
                && end < i + 4
                && (matches!(s.toks[end].upos, Upos::Noun | Upos::Num) || s.lower(end) == "no")
            {
                end += 1;
            }
            // "British and Irish players", "Irish Lions coach": a group's, not one person's.
            if (i > 0 && matches!(s.lower(i - 1), "and" | "or" | "&"))
                || matches!(s.lower(end), "and" | "or" | "&")
                || (i + 1..end).any(|k| matches!(s.toks[k].xpos, Xpos::Nns | Xpos::Nnps))
            {
                continue;
            }
            let person_word =
                |w: &str| d.person_nouns.contains(w) || d.ranking.contains(w) || d.name_titles.contains(w);
            // "the French Open champion": a demonym inside a name.
            if s.toks.get(i + 1).is_some_and(|t| {
                t.word.chars().next().is_some_and(char::is_uppercase)
                    && !person_word(&t.lower)
                    && s.entity_at(i + 1).is_none_or(|e| e.kind != Kind::Person)
            }) {
                continue;
            }
            let head = (i + 1..end).map(|k| s.lower(k)).find(|w| person_word(w));
            if end > i + 1 && head.is_none() {
                // "the Swedish government", "Finnish forestry": not a person.
                continue;
            }
            if end == i + 1 && !matches!(s.toks[i].upos, Upos::Noun | Upos::Propn | Upos::Adj) {
                continue;
            }
            // Back over an age and describing words to the article: "the 28-year-old".
            let mut start = i;
            while start > 0
                && start + 3 > i
                && (matches!(s.toks[start - 1].upos, Upos::Adj | Upos::Num)
                    || s.lower(start - 1).ends_with("-year-old"))
                && s.entity_ending(start).is_none()
            {
                start -= 1;
            }
            let det = start > 0 && matches!(s.lower(start - 1), "the" | "a");
            let person = |e: &&Entity| e.kind == Kind::Person;
            // Whose: the name in apposition before ("Brisk, the Swede") or after ("the
            // Freedonian champion, Tom Brisk"), the name it qualifies ("Freedonian striker
            // Tom Brisk").
            let before = (det && start >= 3 && s.lower(start - 2) == ",")
                .then(|| s.entity_ending(start - 2))
                .flatten()
                .filter(person);
            // Right after the demonym, a name of one word is a firm's or an event's ("Swiss
            // Re", "French Open"), and a name before a noun qualifies it ("Greek Olympic
            // Committee officials").
            let after = s
                .entity_at(end)
                .or_else(|| (s.lower(end) == ",").then(|| s.entity_at(end + 1)).flatten())
                .filter(person)
                .filter(|e| end > i + 1 || (!det && e.end >= e.start + 2))
                .filter(|e| s.toks.get(e.end).is_none_or(|t| t.upos != Upos::Noun));
            // "The 31-year-old Swede" opening a sentence stands for someone named before, but
            // neither the person named most nor the one named last is reliably that one
            // ("… made him the first Freedonian to win. The 31-year-old Swede had …"): left.
            let opens = det && start == 1;
            let Some(owner) = before
                .or(after)
                .cloned()
                .or_else(|| opens.then(|| by_elimination(s, start, i, country, memory, out)).flatten())
            else {
                continue;
            };
            let value = FactValue::Name { key: country.to_string(), display: s.toks[i].word.to_string() };
            let span = Span::new(s.toks[i].span.start, s.toks[end - 1].span.end);
            out.push(s.fact(self.name(), &owner, "nationality".into(), value, span));
        }
    }
}

/// Who "The 31-year-old Swede" opening a sentence is, when the article leaves one choice:
/// of the people it named before, every other one has an age or a nationality written
/// earlier that this phrase's cannot be ("Vos, 21, beat Tom Brisk. The 31-year-old Swede
/// had …" is Brisk). With nobody ruled out, the phrase may stand for someone unnamed.
fn by_elimination(
    s: &Sent<'_>,
    start: usize,
    at: usize,
    country: &str,
    memory: &Memory,
    facts: &[Fact],
) -> Option<Entity> {
    let age = s.values.iter().find(|v| v.mention.dimension == Dimension::Age && v.first >= start && v.end <= at);
    let same = |owner: &str, key: &str| {
        owner == key || owner.ends_with(&format!(" {key}")) || key.ends_with(&format!(" {owner}"))
    };
    let ruled_out = |p: &Entity| {
        facts.iter().filter(|f| f.article == s.article && f.sentence != s.span && same(&f.owner, &p.key)).any(
            |f| match (&f.value, age) {
                (FactValue::Measure(x), Some(a)) if f.attribute == "age" => !x.compatible(&a.mention),
                (FactValue::Name { key, .. }, _) if f.attribute == "nationality" => key != country,
                _ => false,
            },
        )
    };
    // The people the article has said something of (an age, a score, a win): a name of
    // two capitalised words the tagger could not place ("Harbour Park") is no choice.
    // Facts of earlier sentences only: this one's own guesses ("the 28-year-old" read as the
    // main person's age) are no evidence.
    let ours = facts.iter().filter(|f| f.article == s.article && f.sentence != s.span);
    let known: Vec<&Fact> = ours.collect();
    let told = |p: &Entity| {
        known.iter().any(|f| {
            f.owner.split(" v ").any(|o| same(o, &p.key))
                || matches!(&f.value, FactValue::Name { key, .. } if same(key, &p.key))
        })
    };
    let people: Vec<&Entity> = memory.people().filter(|p| told(p)).collect();
    let mut left = people.iter().filter(|p| !ruled_out(p));
    let one = left.next()?;
    // Two names of one person ("Brisk", "Tom Brisk") are one choice.
    if left.any(|p| !same(&p.key, &one.key)) || people.iter().all(|p| same(&p.key, &one.key)) {
        return None;
    }
    let mut e = (*one).clone();
    (e.start, e.end) = (start, at + 1);
    Some(e)
}

#[cfg(test)]
mod tests {
    use super::super::tests::keys;

    fn nationality(text: &str) -> Vec<(String, String)> {
        keys(text).into_iter().filter(|(_, a, _)| a == "nationality").map(|(o, _, v)| (o, v)).collect()
    }

    #[test]
    fn demonyms_in_apposition_before_names_and_for_the_main_person() {
        assert_eq!(
            nationality("Lena Vos beat Tom Brisk, the Finnish world No. 4, on Sunday."),
            [("tom brisk".to_string(), "Finnish".to_string())]
        );
        assert_eq!(
            nationality("Danish striker Tom Brisk scored 2 goals."),
            [("tom brisk".to_string(), "Danish".to_string())]
        );
        assert_eq!(
            nationality("Lena Vos beat the Danish champion, Tom Brisk, in 3 sets."),
            [("tom brisk".to_string(), "Danish".to_string())]
        );
    }

    #[test]
    fn near_misses_groups_things_and_plurals() {
        assert!(nationality("The Finnish government spent 2 million.").is_empty());
        assert!(nationality("Tom Brisk said 3 Danes had left.").is_empty());
        assert!(nationality("Tom Brisk met Danish officials on 3 May.").is_empty());
        // Who "the Swede" is, the sentence does not say.
        assert!(nationality("Tom Brisk lost in 3 sets. The 31-year-old Swede had won 2 titles.").is_empty());
    }

    #[test]
    fn a_demonym_opening_a_sentence_is_the_one_person_not_ruled_out() {
        // Vos is 21: the 28-year-old is the other player the article has spoken of.
        let t = "Tom Vos beat Lars Brisk 7-6, 6-3 to win the title.\n\nVos, 21, is ranked No. 38.\n\n\
                 The 31-year-old Swede had dropped one set.";
        assert_eq!(nationality(t), [("lars brisk".to_string(), "Swede".to_string())]);
        // Nobody ruled out: the phrase may be either, or someone else.
        let t = "Tom Vos beat Lars Brisk 7-6, 6-3 to win the title.\n\nThe 31-year-old Swede had dropped one set.";
        assert!(nationality(t).is_empty());
    }

    #[test]
    fn one_country_many_demonyms() {
        let d = super::demonyms();
        assert_eq!(d.get("dane").map(String::as_str), Some("denmark"));
        assert_eq!(d.get("danish").map(String::as_str), Some("denmark"));
        assert_eq!(d.get("briton"), d.get("british"));
    }
}
