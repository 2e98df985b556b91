//! `data/facts/attributes.toml`, loaded once.

use crate::lexicon::parse_toml;
use crate::values::Dimension;
use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    coreference: Coreference,
    nationality: NationalityWords,
    organisation_heads: Vec<String>,
    successions: Vec<String>,
    measure: BTreeMap<String, String>,
    single: Vec<Single>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Coreference {
    organisation_nouns: Vec<String>,
    person_nouns: Vec<String>,
    name_titles: Vec<String>,
    person_pronouns: Vec<String>,
    person_possessives: Vec<String>,
    organisation_pronouns: Vec<String>,
    organisation_possessives: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NationalityWords {
    ranking: Vec<String>,
}

/// One single-valued attribute.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Single {
    /// Its name in facts: "chief executive".
    pub name: String,
    /// The extractor that reads it.
    pub kind: String,
    /// Words that name it, lower case.
    #[serde(default)]
    pub forms: Vec<String>,
    /// Verb lemmas that assert it.
    #[serde(default)]
    pub verbs: Vec<String>,
    /// Nouns it is of.
    #[serde(default)]
    pub nouns: Vec<String>,
    /// Verb lemmas that accept what `offers` name, making its maker the value: "accepted
    /// a bid from X".
    #[serde(default)]
    pub accepts: Vec<String>,
    /// Nouns of what is accepted: "bid", "offer".
    #[serde(default)]
    pub offers: Vec<String>,
    /// Nouns of the act that gives the value, whose possessor is it: "Quill's victory in
    /// the election", "her election win".
    #[serde(default)]
    pub acts: Vec<String>,
    /// Nouns of who holds the value: "the winner of the election, Quill".
    #[serde(default)]
    pub doers: Vec<String>,
    /// Verb lemmas whose subject is the value over another named after them, of the event
    /// after "in" or "at": "Rovers beat United in the final".
    #[serde(default)]
    pub defeats: Vec<String>,
    /// Verb lemmas of the event going to the value after "to": "the prize was awarded to
    /// Quill".
    #[serde(default)]
    pub awards: Vec<String>,
    /// Verb lemmas whose subject is the value and whose object what it is of: "Helsinki will
    /// host the summit".
    #[serde(default)]
    pub hosts: Vec<String>,
    /// Verb lemmas whose object is bought by the one after "to": "sold Dunmere to X".
    #[serde(default)]
    pub sellers: Vec<String>,
    /// Lemmas before a purchase noun that make it less than done: "its proposed takeover".
    #[serde(default)]
    pub unsure: Vec<String>,
    /// Words that say it before its value, as written: "bound for", "heading to".
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Endings of a word that name it after a name: "-based" ("the Tarvin-based firm").
    #[serde(default)]
    pub suffixes: Vec<String>,
    /// The values it takes, each with the words after a verb (or the verb lemmas) that
    /// say it: a vote is "for" ("voted for", "voted in favour"), "against" or "abstained".
    #[serde(default)]
    pub sides: BTreeMap<String, Vec<String>>,
}

/// The facts stage's data.
#[derive(Debug)]
pub(crate) struct Data {
    pub org_nouns: FxHashSet<String>,
    pub person_nouns: FxHashSet<String>,
    pub name_titles: FxHashSet<String>,
    pub person_pronouns: FxHashSet<String>,
    pub person_possessives: FxHashSet<String>,
    pub org_pronouns: FxHashSet<String>,
    pub org_possessives: FxHashSet<String>,
    pub org_heads: FxHashSet<String>,
    /// Verbs of succession, whose object before "as" held the office before: "replace".
    pub successions: FxHashSet<String>,
    /// Words after a demonym that make it a person's: "the Freedonian world No. 1".
    pub ranking: FxHashSet<String>,
    measure: BTreeMap<String, String>,
    pub single: Vec<Single>,
    /// Words that make a sentence worth tagging without a number: the forms of
    /// single-valued attributes (each word of them), their verbs' and nouns' words.
    pub triggers: FxHashSet<String>,
    /// The first word of every form of a single-valued attribute: a form starts only at
    /// such a word.
    pub form_firsts: FxHashSet<String>,
    /// Word endings that name a single-valued attribute ("-based"): a word ending so makes
    /// a sentence worth tagging.
    pub suffixes: Vec<String>,
}

impl Data {
    pub fn builtin() -> &'static Data {
        static DATA: OnceLock<Data> = OnceLock::new();
        DATA.get_or_init(|| {
            match parse_toml::<File>("data/facts/attributes.toml", include_str!("../../data/facts/attributes.toml")) {
                Ok(f) => Data::from_file(f),
                Err(e) => panic!("built-in facts data: {e}"),
            }
        })
    }

    fn from_file(f: File) -> Data {
        let set = |v: Vec<String>| v.into_iter().collect::<FxHashSet<_>>();
        let mut triggers = FxHashSet::default();
        let mut form_firsts = FxHashSet::default();
        let mut suffixes: Vec<String> = Vec::new();
        for s in &f.single {
            suffixes.extend(s.suffixes.iter().cloned());
            // A verb that is a value by itself: "abstained".
            for w in s.sides.values().flatten().filter(|w| !w.contains(' ')) {
                if s.verbs.contains(w) {
                    triggers.extend(inflections(w));
                }
            }
            for form in &s.forms {
                form_firsts.extend(form.split(' ').next().map(String::from));
                // The last word of a form is enough to find it: "executive", "officer".
                if let Some(w) = form.split(' ').next_back() {
                    triggers.insert(w.to_string());
                }
            }
            // "bound for", "heading to": their first words.
            for p in &s.phrases {
                triggers.extend(p.split(' ').next().map(String::from));
            }
            // "the prize went to Quill": the event the win is of.
            if s.kind == "winner" {
                triggers.extend(s.nouns.iter().cloned());
            }
            // Buyers' nouns name the purchase: "the takeover of".
            if s.kind == "buyer" {
                triggers.extend(s.nouns.iter().cloned());
            }
            // "Quill's victory", "the winner of": nouns of the act or its doer, with plurals.
            for n in s.acts.iter().chain(&s.doers) {
                triggers.insert(n.clone());
                triggers.insert(plural(n));
            }
            for v in
                s.verbs.iter().chain(&s.accepts).chain(&s.hosts).chain(&s.sellers).chain(&s.defeats).chain(&s.awards)
            {
                triggers.insert(v.clone());
                // Inflected forms the cheap test must see: "won", "bought", "convicted".
                for w in inflections(v) {
                    triggers.insert(w);
                }
            }
        }
        // Venues and winners name their event: "summit in", "won the final".
        triggers.extend(
            ["won", "wins", "winning", "winner", "summit", "talks", "meeting", "capital", "guilty"].map(String::from),
        );
        Data {
            org_nouns: set(f.coreference.organisation_nouns),
            person_nouns: set(f.coreference.person_nouns),
            name_titles: set(f.coreference.name_titles),
            person_pronouns: set(f.coreference.person_pronouns),
            person_possessives: set(f.coreference.person_possessives),
            org_pronouns: set(f.coreference.organisation_pronouns),
            org_possessives: set(f.coreference.organisation_possessives),
            org_heads: set(f.organisation_heads),
            successions: set(f.successions),
            ranking: set(f.nationality.ranking),
            measure: f.measure,
            single: f.single,
            triggers,
            form_firsts,
            suffixes,
        }
    }

    /// The attribute a value of `d` gives the thing it qualifies: "length", "magnitude".
    pub fn measure(&self, d: Dimension) -> Option<&str> {
        let name = serde_json::to_value(d).ok()?;
        self.measure.get(name.as_str()?).map(String::as_str)
    }

    /// The single-valued attributes read by the extractor `kind`.
    pub fn singles<'a>(&'a self, kind: &'a str) -> impl Iterator<Item = &'a Single> + 'a {
        self.single.iter().filter(move |s| s.kind == kind)
    }
}

/// The regular plural of a noun: "victories", "winners".
fn plural(n: &str) -> String {
    match n.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ if n.ends_with('s') || n.ends_with("ch") || n.ends_with("sh") => format!("{n}es"),
        _ => format!("{n}s"),
    }
}

/// Regular inflections of a verb lemma, and the irregular past of the few trigger verbs
/// whose past is not regular.
fn inflections(v: &str) -> Vec<String> {
    let mut out = vec![format!("{v}s"), format!("{v}ed"), format!("{v}d"), format!("{v}ing")];
    let irregular: &[(&str, &[&str])] = &[
        ("win", &["won", "winning"]),
        ("buy", &["bought"]),
        ("find", &["found"]),
        ("lift", &["lifted"]),
        ("lead", &["led"]),
        ("run", &["ran", "running"]),
        ("hold", &["held", "holding"]),
        ("sell", &["sold"]),
        ("beat", &["beaten", "beating"]),
        ("overcome", &["overcame"]),
    ];
    for (lemma, forms) in irregular {
        if *lemma == v {
            out.extend(forms.iter().map(|s| s.to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_and_names_measures() {
        let d = Data::builtin();
        assert_eq!(d.measure(Dimension::Duration), Some("length"));
        assert_eq!(d.measure(Dimension::Magnitude), Some("magnitude"));
        assert!(d.org_nouns.contains("company"));
        assert!(d.successions.contains("succeed"));
        assert!(d.triggers.contains("executive"));
        assert!(d.triggers.contains("bought"));
        assert!(d.singles("role").any(|s| s.name == "chief executive"));
        assert!(d.triggers.contains("abstaining") && d.triggers.contains("headquartered"));
        assert!(d.suffixes.iter().any(|x| x == "-based"));
    }
}
