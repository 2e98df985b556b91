//! The serde model of a lexicon file: what users write.
//!
//! Every table is optional, so a user file can add a single entry. Entries that share a
//! `name` with an existing one extend it (their forms are added); lists of cue words are
//! appended; maps (irregular verbs, numbers, months) are overridden key by key.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One lexicon file as written on disk (TOML).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    /// Countries, international bodies, cities and regions.
    #[serde(default)]
    pub entity: Vec<EntityEntry>,
    /// Office titles and roles.
    #[serde(default)]
    pub title: Vec<TitleEntry>,
    /// Words that head a title after a portfolio ("minister" in "defence minister").
    #[serde(default)]
    pub heads: Heads,
    /// Portfolios of ministers and commissioners, with their synonyms.
    #[serde(default)]
    pub portfolio: Vec<FormsEntry>,
    /// Modifiers before titles: distinct offices, former and current holders.
    #[serde(default)]
    pub title_modifiers: TitleModifiers,
    /// Predicate classes: verbs that say the same thing.
    #[serde(default)]
    pub predicate: Vec<PredicateEntry>,
    /// Verb behaviour: antonyms, negating, implicative, considering, desire, light verbs.
    #[serde(default)]
    pub verbs: Verbs,
    /// Irregular verb forms: form → lemma.
    #[serde(default)]
    pub irregular: BTreeMap<String, String>,
    /// Noun classes: nouns that name the same thing.
    #[serde(default)]
    pub noun: Vec<FormsEntry>,
    /// Noun behaviour: state nouns, generic heads.
    #[serde(default)]
    pub nouns: Nouns,
    /// Event nouns and verbs whose place and date are single-valued.
    #[serde(default)]
    pub event: Vec<FormsEntry>,
    /// Measured things: "death toll", "dead", "killed", "victims".
    #[serde(default)]
    pub measure: Vec<FormsEntry>,
    /// Cue words: negation, modality, conditions, attribution, hedges, time.
    #[serde(default)]
    pub cues: Cues,
    /// Number words: "three" = 3.
    #[serde(default)]
    pub numbers: BTreeMap<String, f64>,
    /// Multipliers: "million" = 1e6.
    #[serde(default)]
    pub multipliers: BTreeMap<String, f64>,
    /// Vague amounts and their ranges: "hundreds" = [200, 999].
    #[serde(default)]
    pub vague_numbers: BTreeMap<String, [f64; 2]>,
    /// Fractions: "a fifth" = 0.2.
    #[serde(default)]
    pub fractions: BTreeMap<String, f64>,
    /// Units of measure and currencies.
    #[serde(default)]
    pub unit: Vec<UnitEntry>,
    /// Units that stand for one of several others, by the context of the story: a bare "$"
    /// is the US dollar in one story and the Canadian dollar in another.
    #[serde(default)]
    pub unit_families: BTreeMap<String, Vec<String>>,
    /// Month names and abbreviations → 1..=12.
    #[serde(default)]
    pub months: BTreeMap<String, u8>,
    /// Weekday names → 1..=7 (Monday = 1).
    #[serde(default)]
    pub weekdays: BTreeMap<String, u8>,
    /// Closed-class words and common verbs.
    #[serde(default)]
    pub grammar: Grammar,
    /// Claims that presuppose others.
    #[serde(default)]
    pub implication: Vec<Implication>,
    /// How personal names are compared.
    #[serde(default)]
    pub names: Names,
}

/// Personal-name knowledge.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Names {
    /// Spelling pairs that transliterations swap ("dzh" / "j", "iy" / "y"): both sides are
    /// rewritten to the second before names are compared.
    #[serde(default)]
    pub transliteration: Vec<[String; 2]>,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A sovereign state or widely recognised territory.
    Country,
    /// An international or supranational body (UN, EU, NATO, ECOWAS …).
    Organization,
    /// A city or town.
    City,
    /// A region, sea or other named area.
    Region,
}

/// A named thing and every way news text refers to it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityEntry {
    /// The canonical name used in keys and reports ("United States").
    pub name: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// Other names and abbreviations that mean exactly this entity ("US", "U.S.", "USA").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Adjective and people forms ("American", "Americans").
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// The capital city, for "the capital, Helsinki".
    #[serde(default)]
    pub capital: Option<String>,
    /// Names that newsrooms use to stand for the entity's government or leadership:
    /// the capital ("Washington"), seats of power ("the White House", "the Kremlin").
    #[serde(default)]
    pub metonyms: Vec<String>,
    /// For cities: the country (canonical name) the city lies in.
    #[serde(default)]
    pub country: Option<String>,
}

/// An office title or role.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleEntry {
    /// Canonical name ("prime minister").
    pub name: String,
    /// Every way of writing it ("prime minister", "premier", "PM").
    #[serde(default)]
    pub forms: Vec<String>,
    /// One holder per country or body at a time.
    #[serde(default)]
    pub single: bool,
    /// False for roles that are not offices (spokesperson, official): they never make a
    /// role conflict for a person.
    #[serde(default = "yes")]
    pub office: bool,
}

fn yes() -> bool {
    true
}

/// Words that head a title after a portfolio.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Heads {
    /// "minister", "secretary", "commissioner" …
    #[serde(default)]
    pub portfolio: Vec<String>,
}

/// A named class of equivalent forms; the name is canonical.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormsEntry {
    /// Canonical name.
    pub name: String,
    /// Every way of writing it.
    #[serde(default)]
    pub forms: Vec<String>,
}

/// Modifiers before titles.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleModifiers {
    /// Words that make a different office ("deputy").
    #[serde(default)]
    pub distinct: Vec<String>,
    /// Words that put the title in the past ("former").
    #[serde(default)]
    pub former: Vec<String>,
    /// Words that say the title is held now ("current").
    #[serde(default)]
    pub current: Vec<String>,
}

/// How the object of a predicate takes part in its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ObjectRole {
    /// The object is part of what is claimed ("send troops" ≠ "send money").
    #[default]
    Key,
    /// The object's wording may vary; only different named objects keep claims apart.
    Loose,
    /// The predicate takes no object.
    None,
}

/// A class of verbs that say the same thing.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PredicateEntry {
    /// Canonical verb shown in keys.
    pub name: String,
    /// Verbs and verb phrases of the class, as lemmas ("hand over", "sign off on").
    #[serde(default)]
    pub forms: Vec<String>,
    /// How the object takes part in the key.
    #[serde(default)]
    pub object: ObjectRole,
    /// The object is a single-valued attribute: one chair, one manager.
    #[serde(default)]
    pub single: bool,
    /// The class measures change in a quantity ("fell 11%").
    #[serde(default)]
    pub numeric: bool,
    /// The action changes the state of its object, whoever acts: "authorities lifted the
    /// order" also says "the order was lifted".
    #[serde(default)]
    pub patient: bool,
}

/// Verb behaviour lists.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verbs {
    /// Pairs of predicate classes that say opposite things, where WordNet does not say so
    /// (see [`crate::lexicon::wordnet`]): the second of each pair is the negative.
    #[serde(default)]
    pub antonyms: Vec<[String; 2]>,
    /// Pairs of predicate classes that WordNet gives as opposites but that news does not
    /// read as contradicting each other ("began" and "ended" can both be true).
    #[serde(default)]
    pub not_antonyms: Vec<[String; 2]>,
    /// Verbs too general to be read in their first WordNet sense ("go", "use", "show"):
    /// they join no WordNet class.
    #[serde(default)]
    pub unclassed: Vec<String>,
    /// Verbs that negate the verb they govern ("refused to sign").
    #[serde(default)]
    pub negating_verbs: Vec<String>,
    /// Verbs that assert the verb they govern ("forced X to reopen").
    #[serde(default)]
    pub implicative_verbs: Vec<String>,
    /// Verbs after which the governed verb is being considered.
    #[serde(default)]
    pub considering_verbs: Vec<String>,
    /// Verbs after which the governed verb is wanted or asked for.
    #[serde(default)]
    pub desire_verbs: Vec<String>,
    /// Verbs after which the governed verb is predicted: "analysts expect the merger to
    /// close by June".
    #[serde(default)]
    pub prediction_verbs: Vec<String>,
    /// Light verbs ("made pledges").
    #[serde(default)]
    pub light_verbs: Vec<String>,
    /// Verbs that with "at" and a figure give a level, as "was" does: "inflation stood at
    /// 4.9%".
    #[serde(default)]
    pub level_verbs: Vec<String>,
    /// Verbs whose subject "it" refers to nothing: "it rained".
    #[serde(default)]
    pub impersonal_verbs: Vec<String>,
    /// Verbs whose object a measure did not take: "the rule would save 65 lives" is no toll.
    #[serde(default)]
    pub averting_verbs: Vec<String>,
}

/// Noun behaviour lists.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nouns {
    /// Nouns that stand for the state after a demonym or possessive.
    #[serde(default)]
    pub state_nouns: Vec<String>,
    /// Heads that do not identify a measured thing on their own.
    #[serde(default)]
    pub generic_nouns: Vec<String>,
    /// Phrases saying something is still in force.
    #[serde(default)]
    pub still_in_force: Vec<String>,
}

/// Cue words and phrases.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    /// Negation.
    #[serde(default)]
    pub negation: Vec<String>,
    /// Predictions and plans.
    #[serde(default)]
    pub would: Vec<String>,
    /// Mere possibility.
    #[serde(default)]
    pub possible: Vec<String>,
    /// Conditions and counterfactuals.
    #[serde(default)]
    pub conditional: Vec<String>,
    /// Verbs of saying.
    #[serde(default)]
    pub say_verbs: Vec<String>,
    /// Verbs whose complement is an opinion.
    #[serde(default)]
    pub opinion_verbs: Vec<String>,
    /// Attribution phrases.
    #[serde(default)]
    pub attribution: Vec<String>,
    /// Hedges meaning "approximately".
    #[serde(default)]
    pub about: Vec<String>,
    /// Hedges meaning "at least" / "more than".
    #[serde(default)]
    pub at_least: Vec<String>,
    /// Hedges meaning "at most" / "less than".
    #[serde(default)]
    pub at_most: Vec<String>,
    /// Markers of a past time.
    #[serde(default)]
    pub past_time: Vec<String>,
    /// Markers of a future time.
    #[serde(default)]
    pub future_time: Vec<String>,
    /// Question framing.
    #[serde(default)]
    pub question: Vec<String>,
    /// Words after a verb that say its subject was there in person.
    #[serde(default)]
    pub presence: Vec<String>,
    /// Nouns whose "that" clause reports something unproven ("claims that …").
    #[serde(default)]
    pub reported_nouns: Vec<String>,
}

/// A claim that presupposes another: "declined an invitation" means it was invited.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Implication {
    /// Predicate classes that trigger it.
    pub predicates: Vec<String>,
    /// The object's noun class that triggers it.
    pub object: String,
    /// The predicate class of the implied claim.
    pub then: String,
    /// The implied claim is passive: its subject is the receiver ("was invited").
    #[serde(default)]
    pub passive: bool,
}

/// A unit of measure or currency.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitEntry {
    /// Canonical name ("USD").
    pub name: String,
    /// Units of one kind can be compared ("money", "percent", "length").
    pub kind: String,
    /// Every way of writing it ("$", "US$", "dollars").
    #[serde(default)]
    pub forms: Vec<String>,
}

/// Closed-class words and common verbs.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grammar {
    /// Determiners and possessive adjectives.
    #[serde(default)]
    pub determiners: Vec<String>,
    /// Prepositions.
    #[serde(default)]
    pub prepositions: Vec<String>,
    /// Pronouns.
    #[serde(default)]
    pub pronouns: Vec<String>,
    /// Pronouns that can stand for an earlier subject.
    #[serde(default)]
    pub subject_pronouns: Vec<String>,
    /// Auxiliary verb lemmas.
    #[serde(default)]
    pub auxiliaries: Vec<String>,
    /// Modal verbs.
    #[serde(default)]
    pub modals: Vec<String>,
    /// Conjunctions that join clauses.
    #[serde(default)]
    pub conjunctions: Vec<String>,
    /// Relative pronouns.
    #[serde(default)]
    pub relatives: Vec<String>,
    /// Honorifics and ranks before a personal name ("Mr.", "Vice Adm.").
    #[serde(default)]
    pub honorifics: Vec<String>,
    /// Words that join the parts of a personal name ("da", "van").
    #[serde(default)]
    pub name_particles: Vec<String>,
    /// Words that mark a capitalised name as an organisation or a thing.
    #[serde(default)]
    pub org_words: Vec<String>,
    /// Adverbs that may sit inside a verb group.
    #[serde(default)]
    pub adverbs: Vec<String>,
    /// Common verb lemmas, so clause boundaries fall where they should.
    #[serde(default)]
    pub common_verbs: Vec<String>,
}
