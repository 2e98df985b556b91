//! The common nouns one article ties to one name, for its self-check of events: an
//! article names a thing once by name and says what it is ("Solvane, a sleeping pill,",
//! "the trawler Halcy Tovey", "Ostler Legal is a law firm"), then calls it by that noun
//! ("the pill has not been licensed"). A noun the article ties to two names ("Calvex, a
//! sleeping pill" and "Nimora, another sleeping pill") names neither.

use crate::span::Span;
use crate::tag::{SentenceTags, Tag, Tagger, Upos, Xpos};

/// Common nouns tied to one name each, by lemma: (noun, the lemma of the name's last word),
/// sorted by noun.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Ties(Vec<(String, String)>);

impl Ties {
    /// The ties of the article `text`, read from the tags of its sentences at `spans`
    /// kept in `tags`; a sentence not kept there is tagged now, so that the ties do not
    /// hang on what was kept (a story checked within a feed keeps none).
    pub(crate) fn of_article(text: &str, tags: Option<&SentenceTags>, spans: impl Iterator<Item = Span>) -> Ties {
        let mut all = Vec::new();
        for span in spans {
            let Some(sentence) = text.get(span.start..span.end) else { continue };
            let word = |(a, b): (usize, usize)| sentence.get(a..b).unwrap_or_default();
            let kept = tags.and_then(|t| Some((t.get(span)?, t.word_ranges(span)?)));
            let words: Vec<(&str, Tag)> = match kept {
                Some((t, ranges)) => {
                    ranges.iter().zip(t).map(|(&(a, b), &tag)| (word((a as usize, b as usize)), tag)).collect()
                }
                None => Tagger::builtin()
                    .tag_text(sentence)
                    .into_iter()
                    .map(|(r, t)| (word((r.start, r.end)), Tag { upos: t.upos, xpos: t.xpos }))
                    .collect(),
            };
            sentence_ties(&words, &mut all);
        }
        Ties::from_pairs(all)
    }

    /// The ties of `pairs` (noun, name), a noun met with two names left out.
    fn from_pairs(mut pairs: Vec<(String, String)>) -> Ties {
        pairs.sort();
        pairs.dedup();
        let mut out: Vec<(String, String)> = Vec::new();
        for group in pairs.chunk_by(|x, y| x.0 == y.0) {
            if let [one] = group {
                out.push(one.clone());
            }
        }
        Ties(out)
    }

    /// The name (its last word's lemma) the article ties the noun `noun` to.
    pub(crate) fn name_of(&self, noun: &str) -> Option<&str> {
        let i = self.0.binary_search_by(|(n, _)| n.as_str().cmp(noun)).ok()?;
        Some(self.0[i].1.as_str())
    }

    /// The ties, as (noun, name) lemmas.
    pub(crate) fn pairs(&self) -> &[(String, String)] {
        &self.0
    }
}

/// Determiners that open a noun saying what a name is: "a sleeping pill", "the only ferry".
const OPENERS: [&str; 3] = ["a", "an", "the"];

/// Adds the ties of one tagged sentence to `out`: a name (a run of proper nouns) with the
/// common noun just before it ("the trawler Halcy Tovey"), in apposition after it
/// ("Solvane, a sleeping pill made by ..."), or after "is a" ("Ostler Legal is a law firm").
fn sentence_ties(words: &[(&str, Tag)], out: &mut Vec<(String, String)>) {
    let proper = |i: usize| words.get(i).is_some_and(|(_, t)| t.upos == Upos::Propn);
    let mut i = 0;
    while i < words.len() {
        if !proper(i) {
            i += 1;
            continue;
        }
        let start = i;
        while proper(i) {
            i += 1;
        }
        let name = crate::text::fold(words[i - 1].0);
        // ("Bangladesh's drug regulator": a possessive is no name of a thing said again.)
        if name.len() < 2 || words.get(i).is_some_and(|(_, t)| t.upos == Upos::Part) {
            continue;
        }
        let mut tie = |noun: Option<String>| {
            if let Some(noun) = noun.filter(|n| *n != name) {
                out.push((noun, name.clone()));
            }
        };
        // "the trawler Halcy Tovey", "the migraine drug Pravenna": a common noun just before
        // the name, in a phrase a determiner opens.
        if start >= 1 && is_noun(&words[start - 1]) && determined(&words[..start - 1]) {
            tie(Some(lemma(&words[start - 1])));
        }
        let after = |k: usize| words.get(k).map(|(w, t)| (crate::text::fold(w), t.upos));
        match (after(i), after(i + 1)) {
            // "Solvane, a sleeping pill": an apposition.
            (Some((comma, Upos::Punct)), Some((det, Upos::Det))) if comma == "," && OPENERS.contains(&det.as_str()) => {
                tie(head_noun(&words[i + 2..]));
            }
            // "Ostler Legal is a law firm".
            (Some((be, Upos::Aux)), Some((det, Upos::Det)))
                if matches!(be.as_str(), "is" | "was") && OPENERS.contains(&det.as_str()) =>
            {
                tie(head_noun(&words[i + 2..]));
            }
            _ => {}
        }
    }
}

/// True when a tagged word is a common noun written in lower case.
fn is_noun((w, t): &(&str, Tag)) -> bool {
    t.upos == Upos::Noun && w.chars().next().is_some_and(char::is_lowercase)
}

/// True when the words before a noun, read back over nouns and adjectives, reach a
/// determiner: "the migraine" of "the migraine drug".
fn determined(before: &[(&str, Tag)]) -> bool {
    let kept = before.iter().rev().take_while(|w| is_noun(w) || w.1.upos == Upos::Adj).count();
    before.len() > kept && before[before.len() - kept - 1].1.upos == Upos::Det
}

/// The lemma of a noun.
fn lemma((w, t): &(&str, Tag)) -> String {
    Tagger::builtin().lemma(&crate::text::fold(w), t.xpos).into_owned()
}

/// The head of the noun phrase `words` open with, its determiner passed: the last of the
/// first common nouns in a row, past the words that qualify them ("two-dose", "sleeping",
/// "small"): "pill" of "sleeping pill made by", "firm" of "law firm based in". None when a
/// word of another kind comes first ("a Kestel product", "the first").
fn head_noun(words: &[(&str, Tag)]) -> Option<String> {
    let qualifier = |(_, t): &(&str, Tag)| {
        matches!(t.upos, Upos::Adj | Upos::Num) || matches!(t.xpos, Xpos::Hyph | Xpos::Vbg | Xpos::Vbn)
    };
    let first = words.iter().position(|w| !qualifier(w))?;
    let nouns = words[first..].iter().take_while(|w| is_noun(w)).count();
    (nouns > 0).then(|| lemma(&words[first + nouns - 1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ties(sentences: &[&str]) -> Ties {
        let mut all = Vec::new();
        for s in sentences {
            let tagged = Tagger::builtin().tag_text(s);
            let words: Vec<(&str, Tag)> =
                tagged.iter().map(|(r, t)| (&s[r.clone()], Tag { upos: t.upos, xpos: t.xpos })).collect();
            sentence_ties(&words, &mut all);
        }
        Ties::from_pairs(all)
    }

    #[test]
    fn an_apposition_a_class_noun_and_a_copula_tie_a_noun_to_a_name() {
        let t = ties(&["Solvane, a sleeping pill made by a Danish firm, went on sale."]);
        assert_eq!(t.name_of("pill"), Some("solvane"));
        let t = ties(&["The trawler Halcy Tovey sank on Friday."]);
        assert_eq!(t.name_of("trawler"), Some("tovey"));
        let t = ties(&["Doctors prescribe the migraine drug Pravenna."]);
        assert_eq!(t.name_of("drug"), Some("pravenna"));
        let t = ties(&["Ostler Legal is a law firm based in the town."]);
        assert_eq!(t.name_of("firm"), Some("legal"));
    }

    #[test]
    fn a_noun_tied_to_two_names_names_neither() {
        let t = ties(&["Calvex, a sleeping pill, is sold in shops.", "Nimora, a cheaper pill, is sold online."]);
        assert_eq!(t.name_of("pill"), None);
        let t = ties(&["The minister met Anna Venmark on Monday."]);
        assert_eq!(t.pairs(), &[] as &[(String, String)]);
    }
}
