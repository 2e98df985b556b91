//! How a party voted: "Freedonia and Sylvania voted against the resolution", "with
//! Freedonia abstaining", "Freedonia abstained in the vote". A party casts one vote in one
//! vote (`data/facts/attributes.toml`, kind "vote"): for, against or abstained. One party
//! may vote on many things, so two of its votes are compared only in sentences alike
//! (the detector's event-owned facts).

use super::cue;
use super::data::{Data, Single};
use super::owner::{Entity, Kind, Memory};
use super::{Extractor, Fact, FactValue, Sent};
use crate::tag::Upos;
use crate::Span;

/// Votes cast by named parties.
pub(crate) struct Votes;

impl Extractor for Votes {
    fn name(&self) -> &'static str {
        "vote"
    }

    fn extract(&self, s: &Sent<'_>, _memory: &Memory, out: &mut Vec<Fact>) {
        if s.modal {
            return;
        }
        if s.cues & cue::VOTE == 0 {
            return;
        }
        for single in Data::builtin().singles("vote") {
            for (i, t) in s.toks.iter().enumerate() {
                if t.cue & cue::VOTE == 0 || !single.verbs.iter().any(|v| is_verb(t, v)) {
                    continue;
                }
                let Some((side, end)) = side(s, single, i) else { continue };
                if super::single::negated_or_past(s, i) {
                    continue;
                }
                let span = Span::new(t.span.start, s.toks[end - 1].span.end);
                let value = FactValue::Name { key: side.to_string(), display: side.to_string() };
                for voter in voters(s, i) {
                    out.push(s.fact(self.name(), &voter, single.name.clone(), value.clone(), span));
                }
            }
        }
    }
}

/// True when `t` is the verb `v`: by its lemma, or (the tagger reads "abstaining" after
/// a name as a noun now and then) by its form.
fn is_verb(t: &super::Tok<'_>, v: &str) -> bool {
    if t.upos == Upos::Verb && *t.lemma == *v {
        return true;
    }
    matches!(t.upos, Upos::Verb | Upos::Noun) && form_of(&t.lower, v)
}

/// True when `w` (lower case) is an inflected form of the verb `v`: "abstaining",
/// "voted".
pub(crate) fn form_of(w: &str, v: &str) -> bool {
    let stem = v.strip_suffix('e').unwrap_or(v);
    w.strip_prefix(stem).is_some_and(|rest| matches!(rest, "ing" | "ed" | "es" | "s")) && w.len() > v.len()
}

/// The side the verb at `i` takes, and one past its last word: "voted against", "voted in
/// favour", "abstained" (a verb that is a side by itself).
fn side<'d>(s: &Sent<'_>, single: &'d Single, i: usize) -> Option<(&'d str, usize)> {
    let t = &s.toks[i];
    for (name, ways) in &single.sides {
        for way in ways {
            if single.verbs.contains(way) && is_verb(t, way) {
                return Some((name, i + 1));
            }
            let n = way.split(' ').count();
            if way.split(' ').enumerate().all(|(k, w)| s.lower(i + 1 + k) == w) {
                return Some((name, i + 1 + n));
            }
        }
    }
    None
}

/// Who cast the vote at `i`: the names right before it, joined by "and" or commas
/// ("Freedonia and Sylvania voted"), over auxiliaries and adverbs ("had also voted"); or
/// the names after "with" ("with Freedonia and Sylvania abstaining"). A pronoun or a common
/// noun ("MPs voted") names no party.
fn voters(s: &Sent<'_>, i: usize) -> Vec<Entity> {
    let mut j = i;
    while j > 0 && (matches!(s.toks[j - 1].upos, Upos::Aux | Upos::Adv) && s.lower(j - 1) != "not") {
        j -= 1;
    }
    let mut out: Vec<Entity> = Vec::new();
    while let Some(e) = s.entity_ending(j) {
        if e.kind == Kind::Thing || e.start >= j {
            break;
        }
        out.push(e.clone());
        j = e.start;
        if j >= 1 && matches!(s.lower(j - 1), "and" | ",") {
            j -= 1;
            // "Freedonia, Sylvania and Ruritania": a comma before "and" too.
            if j >= 1 && s.lower(j - 1) == "," && s.lower(j) == "and" {
                j -= 1;
            }
        } else {
            break;
        }
    }
    // A list must start cleanly: "talks with Freedonia and Sylvania voted" has no voter
    // list of its own unless "with" leads an absolute clause ("with X abstaining").
    if j >= 1 && s.lower(j - 1) == "with" && !s.toks[i].lower.ends_with("ing") {
        return Vec::new();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tests::facts;

    fn votes(text: &str) -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = facts(text)
            .into_iter()
            .filter(|f| f.attribute == "vote")
            .map(|f| {
                let d = f.display(text);
                (f.owner, d)
            })
            .collect();
        v.sort();
        v
    }

    fn pair(o: &str, v: &str) -> (String, String) {
        (o.to_string(), v.to_string())
    }

    #[test]
    fn votes_in_three_shapes() {
        assert_eq!(
            votes("Freedonia and Sylvania voted against the motion on Monday."),
            [pair("freedonia", "against"), pair("sylvania", "against")]
        );
        assert_eq!(
            votes("The motion passed by 11 votes to none, with Freedonia abstaining."),
            [pair("freedonia", "abstained")]
        );
        assert_eq!(votes("Sylvania abstained in the vote on the motion."), [pair("sylvania", "abstained")]);
        assert_eq!(votes("Pelmor Council voted in favour of the plan."), [pair("pelmor council", "for")]);
    }

    #[test]
    fn near_misses_denials_modals_and_common_nouns() {
        assert!(votes("Freedonia did not vote against the motion.").is_empty());
        assert!(votes("Freedonia may abstain in the vote.").is_empty());
        assert!(votes("Most members voted against the motion.").is_empty());
        assert!(votes("Freedonia voted to delay the motion.").is_empty());
    }

    #[test]
    fn one_party_two_sides_conflict_two_parties_do_not() {
        let read = super::super::tests::facts_of;
        let f = read(&[
            "Freedonia voted against the motion, which was still adopted.",
            "The motion was adopted by 11 votes to none, with Freedonia abstaining.",
        ]);
        assert_eq!(super::super::conflicts(&f).len(), 1, "{f:?}");
        let f = read(&[
            "Freedonia voted against the motion, which was still adopted.",
            "The motion was adopted by 11 votes to none, with Sylvania abstaining.",
        ]);
        assert!(super::super::conflicts(&f).is_empty(), "{f:?}");
        // Two votes told in sentences that share little: not compared.
        let f = read(&["Freedonia voted against the motion.", "Freedonia abstained on a budget last spring."]);
        assert!(super::super::conflicts(&f).is_empty(), "{f:?}");
    }
}
