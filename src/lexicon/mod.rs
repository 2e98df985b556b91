//! World and language knowledge as data: entities, titles, predicates, cue words.
//!
//! The default lexicon is embedded in the crate from `data/lexicon/*.toml`; users add their
//! own entries with [`Lexicon::merge_toml`] (the CLI's `--lexicon FILE`). A file may hold
//! a single entry; entries with an existing `name` extend it.
//!
//! ```
//! use gainsay::Lexicon;
//! let mut lexicon = Lexicon::builtin();
//! lexicon.merge_toml("my.toml", r#"
//!     [[entity]]
//!     name = "Freedonia"
//!     kind = "country"
//!     demonyms = ["Freedonian"]
//!     capital = "Fredville"
//!     metonyms = ["Fredville"]
//! "#).unwrap();
//! assert_eq!(lexicon.canonical_entity("Fredville"), Some("Freedonia"));
//! assert_eq!(lexicon.canonical_entity("U.S."), Some("United States"));
//!
//! let bad = lexicon.merge_toml("bad.toml", "[[entity]]\nname = 3\n");
//! assert!(bad.unwrap_err().to_string().contains("bad.toml, line 2"));
//! ```

pub mod model;
pub mod wordnet;

pub use model::{EntityEntry, EntityKind, LexiconFile, ObjectRole};

use crate::text::fold_into;
use crate::{Error, Result};
use model::*;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{Arc, OnceLock};

/// The embedded lexicon files, in load order.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    ("data/lexicon/language.toml", include_str!("../../data/lexicon/language.toml")),
    ("data/lexicon/countries.toml", include_str!("../../data/lexicon/countries.toml")),
    ("data/lexicon/organizations.toml", include_str!("../../data/lexicon/organizations.toml")),
    ("data/lexicon/cities.toml", include_str!("../../data/lexicon/cities.toml")),
];

/// World and language knowledge, compiled for fast lookup.
///
/// Cheap to clone (the compiled tables are shared).
#[derive(Debug, Clone)]
pub struct Lexicon {
    file: Arc<LexiconFile>,
    pub(crate) c: Arc<Compiled>,
}

impl Default for Lexicon {
    fn default() -> Lexicon {
        Lexicon::builtin()
    }
}

impl Lexicon {
    /// The lexicon that ships with the crate.
    pub fn builtin() -> Lexicon {
        static BUILTIN: OnceLock<Lexicon> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                let mut file = LexiconFile::default();
                for (name, text) in BUILTIN_FILES {
                    let part = parse(name, text).expect("the embedded lexicon is valid");
                    merge_file(&mut file, part);
                }
                let c = Compiled::build(&file);
                Lexicon { file: Arc::new(file), c: Arc::new(c) }
            })
            .clone()
    }

    /// A lexicon with nothing in it but what `text` holds (and the WordNet tables of
    /// [`wordnet`], which every lexicon reads).
    pub fn from_toml(name: &str, text: &str) -> Result<Lexicon> {
        let file = parse(name, text)?;
        let c = Compiled::build(&file);
        Ok(Lexicon { file: Arc::new(file), c: Arc::new(c) })
    }

    /// Parses `text` as a lexicon file named `name` (used in error messages) and adds its
    /// entries to this lexicon.
    pub fn merge_toml(&mut self, name: &str, text: &str) -> Result<()> {
        let part = parse(name, text)?;
        let mut file = (*self.file).clone();
        merge_file(&mut file, part);
        self.c = Arc::new(Compiled::build(&file));
        self.file = Arc::new(file);
        Ok(())
    }

    /// Reads a lexicon file from disk and merges it; see [`Lexicon::merge_toml`].
    pub fn merge_file(&mut self, path: &std::path::Path) -> Result<()> {
        let bytes = std::fs::read(path).map_err(|source| Error::Read { path: path.to_path_buf(), source })?;
        let name = path.display().to_string();
        match String::from_utf8(bytes) {
            Ok(text) => self.merge_toml(&name, &text),
            Err(e) => {
                // Where the first bad byte is, as a TOML error would say it.
                let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = 1 + good.iter().filter(|&&b| b == b'\n').count();
                let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                let column = 1 + String::from_utf8_lossy(&good[line_start..]).chars().count();
                let message = "not UTF-8 text; save the file as UTF-8".to_string();
                Err(Error::Lexicon { name, line, column, message })
            }
        }
    }

    /// How the object of the predicate class `name` takes part in keys (`Key` when the
    /// predicate is not a lexicon class).
    pub fn object_role(&self, name: &str) -> ObjectRole {
        let name = name.strip_prefix("be ").unwrap_or(name);
        self.c.pred_by_name.get(name).map_or(ObjectRole::Key, |&p| self.c.predicates[p as usize].object)
    }

    /// A name's comparison key: folded, with transliteration variants rewritten
    /// ("Dzhumabaev" and "Jumabaev" both give "jumabaev").
    pub fn name_key(&self, name: &str) -> String {
        let mut key = crate::text::fold(name);
        let mut bytes = ByteSet::of(&key);
        for [from, to] in &self.file.names.transliteration {
            // Most rules have a byte the key lacks: a bit test each instead of a search.
            if bytes.has_all(from) && key.contains(from.as_str()) {
                key = key.replace(from.as_str(), to);
                bytes = ByteSet::of(&key);
            }
        }
        key
    }

    /// The units a context-dependent unit can stand for ("dollar" → USD, CAD, …).
    pub fn unit_family(&self, unit: &str) -> Option<&[String]> {
        self.file.unit_families.get(unit).map(|v| v.as_slice())
    }

    /// The merged lexicon data.
    pub fn data(&self) -> &LexiconFile {
        &self.file
    }

    /// The canonical name of the entity that `name` refers to (alias, demonym or metonym).
    pub fn canonical_entity(&self, name: &str) -> Option<&str> {
        thread_local! {
            // The key is built here for every name asked about: one buffer per thread.
            static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        let entity = |key: &str| {
            self.c.senses(key).iter().find_map(|s| match s.sense {
                Sense::Entity(id, _) => Some(self.c.entities[id as usize].name.as_str()),
                _ => None,
            })
        };
        let kept = KEY.try_with(|k| {
            k.try_borrow_mut().ok().map(|mut k| {
                self.c.phrase_key_into(name, &mut k);
                entity(&k)
            })
        });
        // A thread being torn down has no buffer left.
        match kept {
            Ok(Some(found)) => found,
            _ => entity(&self.c.phrase_key(name)),
        }
    }
}

/// The set of the bytes of a string.
struct ByteSet([u64; 4]);

impl ByteSet {
    fn of(s: &str) -> ByteSet {
        let mut set = [0u64; 4];
        for &b in s.as_bytes() {
            set[(b >> 6) as usize] |= 1 << (b & 63);
        }
        ByteSet(set)
    }

    /// Whether every byte of `s` is in the set: false means `s` is in no string of the set's.
    fn has_all(&self, s: &str) -> bool {
        s.as_bytes().iter().all(|&b| self.0[(b >> 6) as usize] & (1 << (b & 63)) != 0)
    }
}

fn parse(name: &str, text: &str) -> Result<LexiconFile> {
    parse_toml(name, text)
}

/// The TOML files of the built-in data, each with its values written as JSON by `build.rs`.
static BUILTIN_JSON: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/data_json.rs"));

/// Reads a TOML data file; an error names the file, the line and the column. A built-in
/// file (the text of one, whatever its name) is read from its JSON: the same values, read
/// several times faster than the TOML.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T> {
    if let Some(&(_, json)) = BUILTIN_JSON.iter().find(|(toml, _)| toml.len() == text.len() && *toml == text) {
        if let Ok(v) = serde_json::from_str(json) {
            return Ok(v);
        }
    }
    toml::from_str(text).map_err(|e| {
        let (line, column) = e.span().map(|s| line_col(text, s.start)).unwrap_or((0, 0));
        Error::Lexicon { name: name.to_string(), line, column, message: e.message().trim().to_string() }
    })
}

/// Appends the entries of `part` to `into`, but one whose name (`name`) an entry of `into`
/// has already extends the first such entry (`join`) instead.
fn merge_named<T>(into: &mut Vec<T>, part: Vec<T>, name: impl Fn(&T) -> &str, join: impl Fn(&mut T, T)) {
    // The first entry of each name, found once: a search of `into` per entry was
    // quadratic in the entries (a thousand places and organisations).
    let mut first: FxHashMap<String, usize> = FxHashMap::default();
    for (i, x) in into.iter().enumerate() {
        first.entry(name(x).to_string()).or_insert(i);
    }
    for e in part {
        match first.get(name(&e)).copied() {
            Some(i) => join(&mut into[i], e),
            None => {
                first.insert(name(&e).to_string(), into.len());
                into.push(e);
            }
        }
    }
}

/// Adds `part` to `into`: named entries with an existing name extend it.
fn merge_file(into: &mut LexiconFile, part: LexiconFile) {
    fn merge_forms(into: &mut Vec<FormsEntry>, part: Vec<FormsEntry>) {
        merge_named(into, part, |e| &e.name, |x, e| x.forms.extend(e.forms));
    }
    merge_named(
        &mut into.entity,
        part.entity,
        |e| &e.name,
        |x, e| {
            x.aliases.extend(e.aliases);
            x.demonyms.extend(e.demonyms);
            x.metonyms.extend(e.metonyms);
            if e.capital.is_some() {
                x.capital = e.capital;
            }
            if e.country.is_some() {
                x.country = e.country;
            }
        },
    );
    merge_named(
        &mut into.title,
        part.title,
        |t| &t.name,
        |x, t| {
            x.forms.extend(t.forms);
            x.single |= t.single;
            x.office &= t.office;
        },
    );
    into.heads.portfolio.extend(part.heads.portfolio);
    merge_forms(&mut into.portfolio, part.portfolio);
    into.title_modifiers.distinct.extend(part.title_modifiers.distinct);
    into.title_modifiers.former.extend(part.title_modifiers.former);
    into.title_modifiers.current.extend(part.title_modifiers.current);
    merge_named(
        &mut into.predicate,
        part.predicate,
        |p| &p.name,
        |x, p| {
            x.forms.extend(p.forms);
            x.single |= p.single;
            x.numeric |= p.numeric;
            x.patient |= p.patient;
        },
    );
    let v = part.verbs;
    into.verbs.antonyms.extend(v.antonyms);
    into.verbs.not_antonyms.extend(v.not_antonyms);
    into.verbs.unclassed.extend(v.unclassed);
    into.verbs.negating_verbs.extend(v.negating_verbs);
    into.verbs.implicative_verbs.extend(v.implicative_verbs);
    into.verbs.considering_verbs.extend(v.considering_verbs);
    into.verbs.desire_verbs.extend(v.desire_verbs);
    into.verbs.prediction_verbs.extend(v.prediction_verbs);
    into.verbs.light_verbs.extend(v.light_verbs);
    into.verbs.level_verbs.extend(v.level_verbs);
    into.verbs.impersonal_verbs.extend(v.impersonal_verbs);
    into.verbs.averting_verbs.extend(v.averting_verbs);
    into.irregular.extend(part.irregular);
    merge_forms(&mut into.noun, part.noun);
    into.nouns.state_nouns.extend(part.nouns.state_nouns);
    into.nouns.generic_nouns.extend(part.nouns.generic_nouns);
    into.nouns.still_in_force.extend(part.nouns.still_in_force);
    merge_forms(&mut into.event, part.event);
    merge_forms(&mut into.measure, part.measure);
    let c = part.cues;
    let ic = &mut into.cues;
    ic.negation.extend(c.negation);
    ic.would.extend(c.would);
    ic.possible.extend(c.possible);
    ic.conditional.extend(c.conditional);
    ic.say_verbs.extend(c.say_verbs);
    ic.opinion_verbs.extend(c.opinion_verbs);
    ic.attribution.extend(c.attribution);
    ic.about.extend(c.about);
    ic.at_least.extend(c.at_least);
    ic.at_most.extend(c.at_most);
    ic.past_time.extend(c.past_time);
    ic.future_time.extend(c.future_time);
    ic.question.extend(c.question);
    ic.reported_nouns.extend(c.reported_nouns);
    ic.presence.extend(c.presence);
    into.implication.extend(part.implication);
    into.names.transliteration.extend(part.names.transliteration);
    into.numbers.extend(part.numbers);
    into.multipliers.extend(part.multipliers);
    into.vague_numbers.extend(part.vague_numbers);
    into.fractions.extend(part.fractions);
    merge_named(&mut into.unit, part.unit, |u| &u.name, |x, u| x.forms.extend(u.forms));
    for (k, v) in part.unit_families {
        into.unit_families.entry(k).or_default().extend(v);
    }
    into.months.extend(part.months);
    into.weekdays.extend(part.weekdays);
    let g = part.grammar;
    let ig = &mut into.grammar;
    ig.determiners.extend(g.determiners);
    ig.prepositions.extend(g.prepositions);
    ig.pronouns.extend(g.pronouns);
    ig.subject_pronouns.extend(g.subject_pronouns);
    ig.auxiliaries.extend(g.auxiliaries);
    ig.modals.extend(g.modals);
    ig.conjunctions.extend(g.conjunctions);
    ig.relatives.extend(g.relatives);
    ig.adverbs.extend(g.adverbs);
    ig.honorifics.extend(g.honorifics);
    ig.name_particles.extend(g.name_particles);
    ig.org_words.extend(g.org_words);
    ig.common_verbs.extend(g.common_verbs);
}

/// 1-based line and column of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

// ---------------------------------------------------------------------------------------
// Compiled form.

/// How an entity mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// Its name or an alias: "Italy", "U.S.".
    Name,
    /// A demonym: "Italian".
    Demonym,
    /// A metonym: "Rome", "the White House".
    Metonym,
}

/// Cue words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    Negation,
    Would,
    Possible,
    Conditional,
    Say,
    Opinion,
    Attribution,
    About,
    AtLeast,
    AtMost,
    PastTime,
    FutureTime,
    Question,
    NegatingVerb,
    ImplicativeVerb,
    ConsideringVerb,
    DesireVerb,
    PredictionVerb,
    LightVerb,
    LevelVerb,
    ImpersonalVerb,
    AvertingVerb,
    StateNoun,
    GenericNoun,
    StillInForce,
    Honorific,
    ReportedNoun,
    Presence,
    TitleFormer,
    TitleCurrent,
    TitleDistinct,
    PortfolioHead,
}

/// One meaning of a word or phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Sense {
    Entity(u32, Via),
    Title(u16),
    Portfolio(u16),
    Predicate(u16),
    Noun(u16),
    Event(u16),
    Measure(u16),
    Unit(u16),
    Cue(Cue),
    Number(f64),
    Multiplier(f64),
    Vague(f64, f64),
    Fraction(f64),
    Month(u8),
    Weekday(u8),
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct SenseEntry {
    pub sense: Sense,
    /// The form was written in capitals ("US"): only a capitalised token matches.
    pub caps_only: bool,
    /// A measure written as a plural noun whose key is a verb's ("lives" → "live"): a word
    /// the tagger reads as a verb ("they live", "will live") does not measure it.
    pub noun_only: bool,
}

/// True when a one-word form is a noun the tagger reads as one on its own ("lives") while
/// its key is another word, a verb's lemma ("live"): the key would also take in that verb.
fn noun_keyed_as_verb(form: &str, key: &str) -> bool {
    let mut folded = String::new();
    fold_into(form.trim(), &mut folded);
    if folded == key {
        return false;
    }
    let tagger = crate::tag::Tagger::builtin();
    let mut tags = Vec::with_capacity(1);
    tagger.tag_into(&[form.trim()], &mut tags);
    tags.first().is_some_and(|t| matches!(t.xpos, crate::tag::Xpos::Nn | crate::tag::Xpos::Nns))
}

/// Closed-class membership of a single folded word.
pub(crate) mod class {
    pub const DET: u32 = 1;
    pub const PREP: u32 = 1 << 1;
    pub const PRON: u32 = 1 << 2;
    pub const SUBJ_PRON: u32 = 1 << 3;
    pub const MODAL: u32 = 1 << 4;
    pub const CONJ: u32 = 1 << 5;
    pub const REL: u32 = 1 << 6;
    pub const ADV: u32 = 1 << 7;
    pub const AUX: u32 = 1 << 9;
    pub const PARTICLE: u32 = 1 << 10;
    pub const ORG: u32 = 1 << 11;
}

#[derive(Debug, Clone)]
pub(crate) struct EntityInfo {
    pub name: String,
    pub kind: EntityKind,
    /// For cities: the country entity.
    pub country: Option<u32>,
    /// For capitals: the entity whose capital this city's name is.
    pub capital_of: Option<u32>,
}

#[derive(Debug, Clone)]
pub(crate) struct TitleInfo {
    pub name: String,
    pub single: bool,
    pub office: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct PredInfo {
    pub name: String,
    pub object: ObjectRole,
    pub single: bool,
    pub numeric: bool,
    pub patient: bool,
    /// The class this one is the antonym of, if it is the second of a pair.
    pub negative_of: Option<u16>,
}

#[derive(Debug, Clone)]
pub(crate) struct UnitInfo {
    pub name: String,
    pub kind: String,
}

/// What the analysis asks about one folded word, gathered in one place so that a token
/// costs one hash lookup instead of one per question.
#[derive(Debug, Default)]
pub(crate) struct WordFacts {
    /// The word itself.
    pub word: Box<str>,
    /// The lemma of an irregular verb form ("sent" → "send").
    pub irregular: Option<Box<str>>,
    /// The word is a known verb lemma.
    pub verb: bool,
    /// Closed-class bits.
    pub class: u32,
    /// The most words of a phrase starting with this word (0: none).
    pub max_words: u8,
    /// The senses of the word as a phrase key.
    pub senses: Vec<SenseEntry>,
    /// The verb a regular ending makes it (the id of its facts).
    pub deinflected: Option<u32>,
}

/// A multi-word phrase key, or the start of one: see [`Compiled::phrase_step`].
#[derive(Debug, Default)]
pub(crate) struct PhraseStep {
    /// Its senses when the key is itself a phrase (else empty).
    pub senses: Vec<SenseEntry>,
}

#[derive(Debug)]
pub(crate) struct Compiled {
    /// Unique per build (0 while building), so that per-thread memos know whose answers
    /// they hold.
    id: u64,
    senses: FxHashMap<Box<str>, Vec<SenseEntry>>,
    /// Every word any of the tables below knows → its facts in `facts`.
    words: FxHashMap<Box<str>, u32>,
    facts: Vec<WordFacts>,
    /// Every multi-word phrase key and every proper prefix of one of two words or more, so
    /// that a phrase is matched by growing it word by word until no phrase can follow.
    phrase_steps: FxHashMap<Box<str>, PhraseStep>,
    /// First word of a multi-word phrase → the most words any phrase starting with it has.
    max_words: FxHashMap<Box<str>, u8>,
    classes: FxHashMap<Box<str>, u32>,
    irregular: FxHashMap<Box<str>, Box<str>>,
    verbs: FxHashSet<Box<str>>,
    stems: FxHashMap<String, Box<str>>,
    stemmer: StemmerBox,
    pub entities: Vec<EntityInfo>,
    pub titles: Vec<TitleInfo>,
    pub portfolios: Vec<String>,
    pub predicates: Vec<PredInfo>,
    pub nouns: Vec<String>,
    pub events: Vec<String>,
    pub measures: Vec<String>,
    pub units: Vec<UnitInfo>,
    /// (trigger predicate, object noun class) → (implied predicate, passive).
    pub implications: Vec<(u16, u16, u16, bool)>,
    /// Canonical predicate name → class.
    pub pred_by_name: FxHashMap<String, u16>,
}

struct StemmerBox(rust_stemmers::Stemmer);

impl std::fmt::Debug for StemmerBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Porter2")
    }
}

const NO_SENSES: &[SenseEntry] = &[];

impl Compiled {
    fn build(file: &LexiconFile) -> Compiled {
        let mut c = Compiled {
            id: 0,
            senses: FxHashMap::default(),
            words: FxHashMap::default(),
            facts: Vec::new(),
            phrase_steps: FxHashMap::default(),
            max_words: FxHashMap::default(),
            classes: FxHashMap::default(),
            irregular: FxHashMap::default(),
            verbs: FxHashSet::default(),
            stems: FxHashMap::default(),
            stemmer: StemmerBox(rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)),
            entities: Vec::new(),
            titles: Vec::new(),
            portfolios: Vec::new(),
            predicates: Vec::new(),
            nouns: Vec::new(),
            events: Vec::new(),
            measures: Vec::new(),
            units: Vec::new(),
            implications: Vec::new(),
            pred_by_name: FxHashMap::default(),
        };
        // Verbs first: phrase keys are built from lemmas.
        for (form, lemma) in &file.irregular {
            c.irregular.insert(fold(form).into(), fold(lemma).into());
        }
        let v = &file.verbs;
        let g = &file.grammar;
        let verb_lists: [&Vec<String>; 12] = [
            &g.common_verbs,
            &g.auxiliaries,
            &v.negating_verbs,
            &v.implicative_verbs,
            &v.considering_verbs,
            &v.desire_verbs,
            &v.prediction_verbs,
            &v.light_verbs,
            &v.level_verbs,
            &v.impersonal_verbs,
            &v.averting_verbs,
            &file.cues.say_verbs,
        ];
        let mut lemmas: Vec<String> = Vec::new();
        for list in verb_lists {
            for w in list {
                if let Some(first) = fold(w).split(' ').next() {
                    lemmas.push(first.to_string());
                }
            }
        }
        for p in &file.predicate {
            for w in &p.forms {
                if let Some(first) = fold(w).split(' ').next() {
                    lemmas.push(first.to_string());
                }
            }
        }
        for l in c.irregular.values() {
            lemmas.push(l.to_string());
        }
        // Verbs of WordNet's classes that are nothing but verbs ("postpone", "shelve"), so
        // that their inflections are read; see `wordnet_classes`.
        let wn = wordnet::WordNet::builtin();
        for (_, members) in wn.classes() {
            lemmas.extend(members.into_iter().filter(|m| !m.contains(' ') && wn.only_verb(m)).map(String::from));
        }
        for l in lemmas {
            if l.is_empty() || l.contains('-') && l.len() < 3 {
                continue;
            }
            let stem = crate::align::stem::built(&l).map_or_else(|| c.stemmer.0.stem(&l).into_owned(), String::from);
            c.stems.entry(stem).or_insert_with(|| l.clone().into());
            c.verbs.insert(l.into());
        }

        // Closed classes, by folded form.
        let add_class = |c: &mut Compiled, words: &[String], bit: u32| {
            for w in words {
                *c.classes.entry(fold(w).into()).or_insert(0) |= bit;
            }
        };
        add_class(&mut c, &g.determiners, class::DET);
        add_class(&mut c, &g.prepositions, class::PREP);
        add_class(&mut c, &g.pronouns, class::PRON);
        add_class(&mut c, &g.subject_pronouns, class::SUBJ_PRON);
        add_class(&mut c, &g.modals, class::MODAL);
        add_class(&mut c, &g.conjunctions, class::CONJ);
        add_class(&mut c, &g.relatives, class::REL);
        add_class(&mut c, &g.adverbs, class::ADV);
        add_class(&mut c, &g.name_particles, class::PARTICLE);
        add_class(&mut c, &g.org_words, class::ORG);
        for (form, lemma) in &file.irregular {
            if g.auxiliaries.iter().any(|a| a == lemma) {
                *c.classes.entry(fold(form).into()).or_insert(0) |= class::AUX;
            }
        }
        for a in &g.auxiliaries {
            *c.classes.entry(fold(a).into()).or_insert(0) |= class::AUX;
        }

        // Entities.
        let mut by_name: FxHashMap<String, u32> = FxHashMap::default();
        for e in &file.entity {
            let id = c.entities.len() as u32;
            by_name.insert(e.name.clone(), id);
            c.entities.push(EntityInfo { name: e.name.clone(), kind: e.kind, country: None, capital_of: None });
        }
        for e in &file.entity {
            let id = by_name[&e.name];
            if let Some(country) = e.country.as_ref().and_then(|n| by_name.get(n)) {
                c.entities[id as usize].country = Some(*country);
            }
            c.add(&e.name, Sense::Entity(id, Via::Name));
            for a in &e.aliases {
                c.add(a, Sense::Entity(id, Via::Name));
            }
            for d in &e.demonyms {
                c.add(d, Sense::Entity(id, Via::Demonym));
            }
            for m in &e.metonyms {
                c.add(m, Sense::Entity(id, Via::Metonym));
            }
        }
        // Capitals: a city entity for each, pointing at its country.
        for e in &file.entity {
            let Some(capital) = &e.capital else { continue };
            let country = by_name[&e.name];
            let key = c.phrase_key(capital);
            let existing = c.senses.get(&*key).and_then(|v| {
                v.iter().find_map(|s| match s.sense {
                    Sense::Entity(id, _) if c.entities[id as usize].kind == EntityKind::City => Some(id),
                    _ => None,
                })
            });
            let city = match existing {
                Some(id) => id,
                None => {
                    let id = c.entities.len() as u32;
                    c.entities.push(EntityInfo {
                        name: capital.clone(),
                        kind: EntityKind::City,
                        country: Some(country),
                        capital_of: None,
                    });
                    c.add(capital, Sense::Entity(id, Via::Name));
                    id
                }
            };
            c.entities[city as usize].capital_of = Some(country);
            c.entities[city as usize].country = Some(country);
        }

        // Titles.
        for t in &file.title {
            let id = c.titles.len() as u16;
            c.titles.push(TitleInfo { name: t.name.clone(), single: t.single, office: t.office });
            c.add(&t.name, Sense::Title(id));
            for f in &t.forms {
                c.add(f, Sense::Title(id));
            }
        }
        for h in &file.heads.portfolio {
            c.add(h, Sense::Cue(Cue::PortfolioHead));
        }
        for p in &file.portfolio {
            let id = c.portfolios.len() as u16;
            c.portfolios.push(p.name.clone());
            c.add(&p.name, Sense::Portfolio(id));
            for f in &p.forms {
                c.add(f, Sense::Portfolio(id));
            }
        }
        let tm = &file.title_modifiers;
        c.add_all(&g.honorifics, Sense::Cue(Cue::Honorific));
        c.add_all(&tm.distinct, Sense::Cue(Cue::TitleDistinct));
        c.add_all(&tm.former, Sense::Cue(Cue::TitleFormer));
        c.add_all(&tm.current, Sense::Cue(Cue::TitleCurrent));

        // Predicates and antonyms.
        let mut pred_ids: FxHashMap<&str, u16> = FxHashMap::default();
        for p in &file.predicate {
            let id = c.predicates.len() as u16;
            pred_ids.insert(&p.name, id);
            c.predicates.push(PredInfo {
                name: p.name.clone(),
                object: p.object,
                single: p.single,
                numeric: p.numeric,
                patient: p.patient,
                negative_of: None,
            });
            c.add(&p.name, Sense::Predicate(id));
            for f in &p.forms {
                c.add(f, Sense::Predicate(id));
            }
        }
        c.pred_by_name = pred_ids.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        for [pos, neg] in &v.antonyms {
            if let (Some(&p), Some(&n)) = (pred_ids.get(pos.as_str()), pred_ids.get(neg.as_str())) {
                c.predicates[n as usize].negative_of = Some(p);
            }
        }
        c.add_all(&v.negating_verbs, Sense::Cue(Cue::NegatingVerb));
        c.add_all(&v.implicative_verbs, Sense::Cue(Cue::ImplicativeVerb));
        c.add_all(&v.considering_verbs, Sense::Cue(Cue::ConsideringVerb));
        c.add_all(&v.desire_verbs, Sense::Cue(Cue::DesireVerb));
        c.add_all(&v.prediction_verbs, Sense::Cue(Cue::PredictionVerb));
        c.add_all(&v.light_verbs, Sense::Cue(Cue::LightVerb));
        c.add_all(&v.level_verbs, Sense::Cue(Cue::LevelVerb));
        c.add_all(&v.impersonal_verbs, Sense::Cue(Cue::ImpersonalVerb));
        c.add_all(&v.averting_verbs, Sense::Cue(Cue::AvertingVerb));

        // Nouns, events, measures.
        for (list, kind) in [(&file.noun, 0), (&file.event, 1), (&file.measure, 2)] {
            for n in list {
                let (id, sense) = match kind {
                    0 => {
                        c.nouns.push(n.name.clone());
                        (c.nouns.len() - 1, Sense::Noun((c.nouns.len() - 1) as u16))
                    }
                    1 => {
                        c.events.push(n.name.clone());
                        (c.events.len() - 1, Sense::Event((c.events.len() - 1) as u16))
                    }
                    _ => {
                        c.measures.push(n.name.clone());
                        (c.measures.len() - 1, Sense::Measure((c.measures.len() - 1) as u16))
                    }
                };
                let _ = id;
                c.add(&n.name, sense);
                for f in &n.forms {
                    c.add(f, sense);
                }
            }
        }
        c.add_all(&file.nouns.state_nouns, Sense::Cue(Cue::StateNoun));
        c.add_all(&file.nouns.generic_nouns, Sense::Cue(Cue::GenericNoun));
        c.add_all(&file.nouns.still_in_force, Sense::Cue(Cue::StillInForce));

        // Cues.
        let q = &file.cues;
        for (list, cue) in [
            (&q.negation, Cue::Negation),
            (&q.would, Cue::Would),
            (&q.possible, Cue::Possible),
            (&q.conditional, Cue::Conditional),
            (&q.say_verbs, Cue::Say),
            (&q.opinion_verbs, Cue::Opinion),
            (&q.attribution, Cue::Attribution),
            (&q.about, Cue::About),
            (&q.at_least, Cue::AtLeast),
            (&q.at_most, Cue::AtMost),
            (&q.past_time, Cue::PastTime),
            (&q.future_time, Cue::FutureTime),
            (&q.question, Cue::Question),
            (&q.reported_nouns, Cue::ReportedNoun),
            (&q.presence, Cue::Presence),
        ] {
            c.add_all(list, Sense::Cue(cue));
        }

        // Numbers, units, dates.
        for (w, n) in &file.numbers {
            c.add(w, Sense::Number(*n));
        }
        for (w, n) in &file.multipliers {
            c.add(w, Sense::Multiplier(*n));
        }
        for (w, [lo, hi]) in &file.vague_numbers {
            c.add(w, Sense::Vague(*lo, *hi));
        }
        for (w, f) in &file.fractions {
            c.add(w, Sense::Fraction(*f));
        }
        for u in &file.unit {
            let id = c.units.len() as u16;
            c.units.push(UnitInfo { name: u.name.clone(), kind: u.kind.clone() });
            c.add(&u.name, Sense::Unit(id));
            for f in &u.forms {
                c.add(f, Sense::Unit(id));
            }
        }
        for (w, m) in &file.months {
            c.add(w, Sense::Month(*m));
        }
        for (w, d) in &file.weekdays {
            c.add(w, Sense::Weekday(*d));
        }
        for imp in &file.implication {
            let noun = c.nouns.iter().position(|n| *n == imp.object);
            let then = pred_ids.get(imp.then.as_str());
            if let (Some(noun), Some(&then)) = (noun, then) {
                for p in &imp.predicates {
                    if let Some(&pid) = pred_ids.get(p.as_str()) {
                        c.implications.push((pid, noun as u16, then, imp.passive));
                    }
                }
            }
        }
        c.wordnet_classes(file);
        c.wordnet_antonyms(file);
        c.build_words();
        static BUILDS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        c.id = BUILDS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        c
    }

    /// Pairs the predicate classes that WordNet gives as opposites through any of their
    /// verbs ("rise" / "fall" make `raise` / `cut`), unless `[verbs] not_antonyms` says
    /// otherwise. The class declared first is the positive one. A class takes part in one
    /// pair as the negative at most, and a negative is never a positive: pairs declared by
    /// hand come first.
    fn wordnet_antonyms(&mut self, file: &LexiconFile) {
        let wn = wordnet::WordNet::builtin();
        // Every class with its verbs: the hand-made ones, then WordNet's ("include" /
        // "exclude").
        let mut preds: Vec<(&str, Vec<&str>)> =
            file.predicate.iter().map(|p| (p.name.as_str(), p.forms.iter().map(|f| f.as_str()).collect())).collect();
        for p in &self.predicates[preds.len()..] {
            preds.push((p.name.as_str(), wn.verb_class(&p.name).map_or_else(Vec::new, |c| wn.class_members(c))));
        }
        let blocked =
            |a: &str, b: &str| file.verbs.not_antonyms.iter().any(|[x, y]| (x == a && y == b) || (x == b && y == a));
        let mut negative_of = vec![None; preds.len()];
        for (k, p) in self.predicates.iter().enumerate().take(preds.len()) {
            negative_of[k] = p.negative_of;
        }
        for (i, j) in Self::antonym_candidates(wn, &preds) {
            let is_positive = |k: usize| negative_of.contains(&Some(k as u16));
            if negative_of[i].is_some() || negative_of[j].is_some() || is_positive(j) || blocked(preds[i].0, preds[j].0)
            {
                continue;
            }
            negative_of[j] = Some(i as u16);
        }
        for (p, n) in self.predicates.iter_mut().zip(negative_of) {
            p.negative_of = n;
        }
    }

    /// The pairs of classes `(i, j)`, `i < j`, that some verb of `i` (its name or a form)
    /// and some verb of `j` are WordNet antonyms through, sorted: the pairs the walk over
    /// every pair of classes would find, in its order, from the antonym pairs instead of
    /// from every pair of their forms (a hundredfold fewer look-ups).
    fn antonym_candidates(wn: &wordnet::WordNet, preds: &[(&str, Vec<&str>)]) -> Vec<(usize, usize)> {
        let mut classes_of: FxHashMap<u32, Vec<usize>> = FxHashMap::default();
        for (k, (name, forms)) in preds.iter().enumerate() {
            for f in std::iter::once(*name).chain(forms.iter().copied()) {
                if let Some(id) = wn.word_id(f) {
                    let ks = classes_of.entry(id).or_default();
                    if ks.last() != Some(&k) {
                        ks.push(k);
                    }
                }
            }
        }
        let mut pairs = Vec::new();
        for (x, y) in wn.verb_antonym_ids() {
            let (Some(a), Some(b)) = (classes_of.get(&x), classes_of.get(&y)) else { continue };
            for &i in a {
                pairs.extend(b.iter().filter(|&&j| j != i).map(|&j| (i.min(j), i.max(j))));
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        pairs
    }

    /// Adds WordNet's verb classes ("postpone", "defer", "shelve") as predicate classes.
    /// Only the members that are known verbs (the lexicon's, or only verbs in WordNet) and
    /// that nothing else in the lexicon reads (no entity, title, cue or predicate sense, not
    /// `[verbs] unclassed`),
    /// and only classes that share no verb with a hand-made class: those were made for one
    /// sense of their verbs, which need not be WordNet's first ("put" in "contribute" is not
    /// "set" or "lay"). Phrasal verbs stay out: "sign on" would take the place of "sign" in
    /// "signed on 9 March".
    fn wordnet_classes(&mut self, file: &LexiconFile) {
        let wn = wordnet::WordNet::builtin();
        let hand: FxHashSet<String> = file
            .predicate
            .iter()
            .flat_map(|p| std::iter::once(&p.name).chain(&p.forms))
            .map(|f| self.phrase_key(f))
            .collect();
        let unclassed: FxHashSet<&str> = file.verbs.unclassed.iter().map(|v| v.as_str()).collect();
        for (class, members) in wn.classes() {
            if members.iter().any(|m| hand.contains(&self.phrase_key(m))) {
                continue;
            }
            let free: Vec<&str> = members
                .into_iter()
                .filter(|m| !m.contains(' ') && self.verbs.contains(*m) && self.senses(m).is_empty())
                .filter(|m| !unclassed.contains(m))
                .collect();
            if free.len() < 2 {
                continue;
            }
            // Named as WordNet's table names it, even when that verb itself stays out ("use"
            // for "employ" and "apply"), so that keys do not depend on what is excluded.
            let name = wn.class_name(class);
            let id = self.predicates.len() as u16;
            self.predicates.push(PredInfo {
                name: name.to_string(),
                object: ObjectRole::Key,
                single: false,
                numeric: false,
                patient: false,
                negative_of: None,
            });
            self.pred_by_name.insert(name.to_string(), id);
            for m in free {
                self.add(m, Sense::Predicate(id));
            }
        }
    }

    /// Gathers the facts of every known word (see [`WordFacts`]); run after every table is
    /// complete.
    fn build_words(&mut self) {
        let mut keys: Vec<&str> = self.senses.keys().map(|k| &**k).collect();
        keys.extend(self.max_words.keys().map(|k| &**k));
        keys.extend(self.classes.keys().map(|k| &**k));
        keys.extend(self.irregular.keys().map(|k| &**k));
        keys.extend(self.verbs.iter().map(|k| &**k));
        keys.sort_unstable();
        keys.dedup();
        let mut words = FxHashMap::default();
        let mut facts = Vec::with_capacity(keys.len());
        for k in keys {
            words.insert(Box::from(k), facts.len() as u32);
            facts.push(WordFacts {
                word: k.into(),
                irregular: self.irregular.get(k).cloned(),
                verb: self.verbs.contains(k),
                class: self.class(k),
                max_words: self.max_words(k) as u8,
                senses: self.senses(k).to_vec(),
                deinflected: None,
            });
        }
        self.words = words;
        self.facts = facts;
        for id in 0..self.facts.len() {
            let verb = self.deinflect(&self.facts[id].word).and_then(|v| self.word_id(v));
            self.facts[id].deinflected = verb;
        }
        let mut steps: FxHashMap<Box<str>, PhraseStep> = FxHashMap::default();
        for (key, senses) in &self.senses {
            if !key.contains(' ') {
                continue;
            }
            for (end, _) in key.match_indices(' ').skip(1) {
                steps.entry(Box::from(&key[..end])).or_default();
            }
            steps.entry(key.clone()).or_default().senses.clone_from(senses);
        }
        self.phrase_steps = steps;
    }

    /// The phrase-match step of a key of two words or more: its senses, if it is a phrase,
    /// and `None` when no phrase starts with it.
    #[inline]
    pub(crate) fn phrase_step(&self, key: &str) -> Option<&PhraseStep> {
        self.phrase_steps.get(key)
    }

    /// Unique per build (0 while building): what a per-thread memo of the lexicon's
    /// answers is keyed on.
    #[inline]
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// The id of a folded word's facts, if the lexicon knows the word at all.
    #[inline]
    pub(crate) fn word_id(&self, folded: &str) -> Option<u32> {
        self.words.get(folded).copied()
    }

    /// The facts of a word id from [`Compiled::word_id`].
    #[inline]
    pub(crate) fn facts(&self, id: u32) -> &WordFacts {
        &self.facts[id as usize]
    }

    fn add_all(&mut self, forms: &[String], sense: Sense) {
        for f in forms {
            self.add(f, sense);
        }
    }

    /// Registers `form` with `sense`.
    fn add(&mut self, form: &str, sense: Sense) {
        let caps_only = {
            // Counted, not collected: one pass and no vector per form.
            let (mut letters, mut upper) = (0usize, 0usize);
            for c in form.chars().filter(|c| c.is_alphabetic()) {
                letters += 1;
                upper += c.is_uppercase() as usize;
            }
            (2..=4).contains(&letters) && upper == letters
        };
        let key = self.phrase_key(form);
        if key.is_empty() {
            return;
        }
        let words = key.split(' ').count();
        if words > 1 {
            let first: Box<str> = key.split(' ').next().unwrap_or_default().into();
            let m = self.max_words.entry(first).or_insert(0);
            *m = (*m).max(words.min(255) as u8);
        }
        let noun_only = words == 1 && matches!(sense, Sense::Measure(_)) && noun_keyed_as_verb(form, &key);
        let entry = self.senses.entry(key.into()).or_default();
        match entry.iter_mut().find(|e| e.sense == sense) {
            // One verb form among the forms of the key ("killing", "killed") lets verbs in.
            Some(e) => e.noun_only &= noun_only,
            None => entry.push(SenseEntry { sense, caps_only, noun_only }),
        }
    }

    /// The lookup key of a form: its words folded, lemmatised and joined by single spaces.
    /// Words are split the way the tokenizer splits them.
    pub(crate) fn phrase_key(&self, form: &str) -> String {
        let mut key = String::with_capacity(form.len() + 4);
        self.phrase_key_into(form, &mut key);
        key
    }

    /// [`Compiled::phrase_key`] into `key` (cleared first): each word is folded straight
    /// into the key and replaced there by its lemma when that is another word, so that
    /// nothing is allocated once `key` is long enough.
    pub(crate) fn phrase_key_into(&self, form: &str, key: &mut String) {
        key.clear();
        crate::claims::tokenize::scan_tokens(form, 0, form.len(), |t| {
            let word = &form[t.start..t.end];
            // A full stop is no word of a key.
            if word == "." {
                return;
            }
            if !key.is_empty() {
                key.push(' ');
            }
            let at = key.len();
            fold_into(word, key);
            if let Some(lemma) = self.lemma_other(&key[at..]) {
                key.truncate(at);
                key.push_str(lemma);
            }
        });
    }

    /// The senses of a phrase key.
    pub(crate) fn senses(&self, key: &str) -> &[SenseEntry] {
        self.senses.get(key).map_or(NO_SENSES, |v| v.as_slice())
    }

    /// The longest phrase starting with `first` has this many words (0: no phrase).
    pub(crate) fn max_words(&self, first: &str) -> usize {
        self.max_words.get(first).map_or(0, |&m| m as usize)
    }

    /// Closed-class bits of a folded word.
    pub(crate) fn class(&self, folded: &str) -> u32 {
        self.classes.get(folded).copied().unwrap_or(0)
    }

    /// The verb lemma of a folded word when it is an inflection of a known verb, otherwise
    /// the word itself.
    #[cfg(test)]
    pub(crate) fn lemma<'a>(&'a self, folded: &'a str) -> &'a str {
        self.lemma_other(folded).unwrap_or(folded)
    }

    /// The verb lemma of a folded word when it is an inflection of a known verb (it may
    /// still be spelt as the word), `None` for any other word: borrowed from the lexicon
    /// alone, so that the word's own buffer may change while the lemma is held.
    fn lemma_other(&self, folded: &str) -> Option<&str> {
        if let Some(l) = self.irregular.get(folded) {
            return Some(&**l);
        }
        if self.verbs.contains(folded) {
            return None;
        }
        self.deinflect(folded)
    }

    /// The verb lemma of a folded word when it differs from the word, from the word's facts
    /// and without borrowing the word, so that callers can append the lemma to the buffer the
    /// word lives in.
    /// `id` is the word's [`Compiled::word_id`].
    pub(crate) fn lemma_if_other(&self, folded: &str, id: Option<u32>) -> Option<&str> {
        let lemma = match id.map(|id| self.facts(id)) {
            Some(WordFacts { irregular: Some(l), .. }) => l,
            Some(WordFacts { verb: true, .. }) => return None,
            Some(WordFacts { deinflected, .. }) => &self.facts((*deinflected)?).word,
            // Not a word the lexicon knows: only a regular ending can make it a verb.
            None => self.deinflect(folded)?,
        };
        (lemma != folded).then_some(lemma)
    }

    /// Strips a regular verb ending when what is left is a known verb.
    fn deinflect<'a>(&'a self, w: &str) -> Option<&'a str> {
        let n = w.len();
        if n < 4 || !w.is_ascii() {
            return None;
        }
        // Candidates are built on the stack: this runs for most words ending in -s.
        let mut cand = [0u8; 64];
        let mut try_it = |stem: &str, extra: &str| -> Option<&'a str> {
            let n = stem.len() + extra.len();
            let found = if extra.is_empty() {
                self.verbs.get(stem)
            } else if n <= cand.len() {
                cand[..stem.len()].copy_from_slice(stem.as_bytes());
                cand[stem.len()..n].copy_from_slice(extra.as_bytes());
                self.verbs.get(std::str::from_utf8(&cand[..n]).ok()?)
            } else {
                self.verbs.get(format!("{stem}{extra}").as_str())
            };
            found.map(|b| &**b)
        };
        if let Some(s) = w.strip_suffix("ing") {
            // "scraping" is "scrape": a stem ending consonant-vowel-consonant would have
            // doubled its last letter ("scrapping"), so its "e" form is tried first.
            let r = if ends_short_syllable(s) {
                try_it(s, "e").or_else(|| try_it(s, ""))
            } else {
                try_it(s, "").or_else(|| try_it(s, "e"))
            };
            if r.is_some() {
                return r;
            }
            if s.len() >= 2 && s.as_bytes()[s.len() - 1] == s.as_bytes()[s.len() - 2] {
                if let r @ Some(_) = try_it(&s[..s.len() - 1], "") {
                    return r;
                }
            }
            if let Some(s2) = s.strip_suffix('y') {
                if let r @ Some(_) = try_it(s2, "ie") {
                    return r;
                }
            }
        } else if let Some(s) = w.strip_suffix("ied") {
            if let r @ Some(_) = try_it(s, "y") {
                return r;
            }
        } else if let Some(s) = w.strip_suffix("ed") {
            // "rated" is "rate", not "rat" ("ratted").
            let r = if ends_short_syllable(s) {
                try_it(s, "e").or_else(|| try_it(s, ""))
            } else {
                try_it(s, "").or_else(|| try_it(s, "e"))
            };
            if r.is_some() {
                return r;
            }
            if s.len() >= 2 && s.as_bytes()[s.len() - 1] == s.as_bytes()[s.len() - 2] {
                if let r @ Some(_) = try_it(&s[..s.len() - 1], "") {
                    return r;
                }
            }
        } else if let Some(s) = w.strip_suffix("ies") {
            return try_it(s, "y");
        } else if let Some(s) = w.strip_suffix("es") {
            // "-es" is a syllable of its own only after a hiss or an "o" ("fixes", "pushes",
            // "goes"); elsewhere it is an "e" and an "s": "scrapes" is "scrape", never "scrap".
            let r = if [&b"s"[..], b"x", b"z", b"ch", b"sh", b"o"].iter().any(|e| s.as_bytes().ends_with(e)) {
                try_it(s, "").or_else(|| try_it(s, "e"))
            } else {
                try_it(s, "e")
            };
            if r.is_some() {
                return r;
            }
        } else if let Some(s) = w.strip_suffix('s') {
            if !s.ends_with('s') {
                if let r @ Some(_) = try_it(s, "") {
                    return r;
                }
            }
        } else {
            return None;
        }
        // Porter2 as the last resort for regular inflection; plural-looking words are
        // left alone, since "operations" is not "operate".
        if !(w.ends_with("ed") || w.ends_with("ing")) {
            return None;
        }
        self.porter_lemma(w)
    }

    /// The verb whose Porter2 stem `w` has, remembered per thread: the stemmer is the
    /// slowest step of reading a word, and the same -ed and -ing words come back often.
    fn porter_lemma(&self, w: &str) -> Option<&str> {
        /// The lexicon's build id, and each word's verb (its facts id) or none.
        type Memo = (u64, FxHashMap<Box<str>, Option<u32>>);
        thread_local! {
            static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new((0, FxHashMap::default()));
        }
        let direct = || {
            let stem = crate::align::stem::built(w).map_or_else(|| self.stemmer.0.stem(w), std::borrow::Cow::Borrowed);
            self.stems.get(stem.as_ref()).map(|verb| &**verb)
        };
        if self.id == 0 {
            // Still building: no word ids yet.
            return direct();
        }
        let compute = || direct().and_then(|verb| self.word_id(verb));
        let id = MEMO
            .try_with(|m| {
                let mut m = m.borrow_mut();
                // One lexicon at a time, and a bounded vocabulary.
                if m.0 != self.id || m.1.len() >= 100_000 {
                    m.0 = self.id;
                    m.1.clear();
                }
                if let Some(&id) = m.1.get(w) {
                    return id;
                }
                let id = compute();
                m.1.insert(w.into(), id);
                id
            })
            .unwrap_or_else(|_| compute());
        id.map(|id| &*self.facts(id).word)
    }

    /// True for a sense entry whose casing requirement `token` meets.
    #[cfg(test)]
    pub(crate) fn case_ok(entry: &SenseEntry, token: &str) -> bool {
        !entry.caps_only || Compiled::all_caps(token)
    }

    /// True when every letter of `token` is a capital.
    #[inline]
    pub(crate) fn all_caps(token: &str) -> bool {
        token.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
    }
}

fn fold(s: &str) -> String {
    crate::text::fold(s)
}

/// True when `stem` ends in one short vowel and one consonant ("scrap", "rat", "open"): a
/// verb so ending doubles the consonant before "-ed" and "-ing" when stressed there.
fn ends_short_syllable(stem: &str) -> bool {
    let b = stem.as_bytes();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    match b {
        [.., x, y, z] => !vowel(*x) && vowel(*y) && !vowel(*z) && !matches!(z, b'w' | b'x' | b'y'),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The built-in files read from their JSON give the values their TOML gives, maps'
    /// entries in the same order; a file that is not built in is read as TOML.
    #[test]
    fn builtin_files_read_from_json_as_from_toml() {
        for (name, text) in BUILTIN_FILES {
            assert!(BUILTIN_JSON.iter().any(|(t, _)| t == text), "{name} has no JSON");
            let json: LexiconFile = parse_toml(name, text).unwrap();
            let toml: LexiconFile = toml::from_str(text).unwrap();
            assert_eq!(format!("{json:?}"), format!("{toml:?}"), "{name}");
        }
        let mine = "[[entity]]\nname = \"Freedonia\"\nkind = \"country\"\n";
        assert!(!BUILTIN_JSON.iter().any(|(t, _)| *t == mine));
        assert_eq!(parse(BUILTIN_FILES[0].0, mine).unwrap().entity[0].name, "Freedonia");
    }

    #[test]
    fn builtin_parses_and_resolves_aliases_and_metonyms() {
        let lex = Lexicon::builtin();
        assert_eq!(lex.canonical_entity("US"), Some("United States"));
        assert_eq!(lex.canonical_entity("United States"), Some("United States"));
        assert_eq!(lex.canonical_entity("Washington"), Some("United States"));
        assert_eq!(lex.canonical_entity("Rome"), Some("Italy"));
        assert_eq!(lex.canonical_entity("Italian"), Some("Italy"));
    }

    #[test]
    fn lemmas_fold_regular_and_irregular_inflection() {
        let lex = Lexicon::builtin();
        let c = &lex.c;
        assert_eq!(c.lemma("sent"), "send");
        assert_eq!(c.lemma("withdrew"), "withdraw");
        assert_eq!(c.lemma("pledged"), "pledge");
        assert_eq!(c.lemma("withdrawing"), "withdraw");
        assert_eq!(c.lemma("contributing"), "contribute");
        assert_eq!(c.lemma("vetoed"), "veto");
        assert_eq!(c.lemma("stopped"), "stop");
        assert_eq!(c.lemma("carries"), "carry");
        assert_eq!(c.lemma("italy"), "italy");
        // "-es" after no hiss is an "e" and an "s"; a short last syllable doubles before
        // "-ed" and "-ing", so without the double the "e" form is the verb.
        assert_ne!(c.lemma("scrapes"), "scrap");
        assert_eq!(c.lemma("votes"), "vote");
        assert_eq!(c.lemma("closes"), "close");
        assert_eq!(c.lemma("ruled"), "rule");
        // Near misses: the doubled forms, a hiss, a longer stem, a consonant pair.
        assert_eq!(c.lemma("scrapped"), "scrap");
        assert_eq!(c.lemma("scrapping"), "scrap");
        assert_eq!(c.lemma("opened"), "open");
        assert_eq!(c.lemma("singing"), "sing");
    }

    #[test]
    fn phrase_keys_are_built_in_place_as_word_by_word() {
        let c = &Lexicon::builtin().c;
        // Each word folded into a string of its own, lemmatised, and joined by spaces.
        let slow = |form: &str| {
            let mut toks = Vec::new();
            crate::claims::tokenize::tokenize_into(form, 0, form.len(), &mut toks);
            let words: Vec<String> = toks
                .iter()
                .map(|t| &form[t.start..t.end])
                .filter(|w| *w != ".")
                .map(|w| c.lemma(&fold(w)).to_string())
                .collect();
            words.join(" ")
        };
        let mut key = String::from("left over");
        for form in [
            "Côte d’Ivoire",
            "the U.S.",
            "pulled out of",
            "Withdrew",
            "sent troops",
            "Rome’s mayor",
            "wouldn't stop",
            "St. Kitts",
            "",
            " . ",
        ] {
            c.phrase_key_into(form, &mut key);
            assert_eq!(key, slow(form), "{form}");
            assert_eq!(c.phrase_key(form), key, "{form}");
        }
    }

    #[test]
    fn caps_only_forms_do_not_match_lowercase_words() {
        let lex = Lexicon::builtin();
        let key = lex.c.phrase_key("us");
        let entity = lex.c.senses(&key).iter().find(|s| matches!(s.sense, Sense::Entity(..))).copied();
        let e = entity.expect("US is an alias");
        assert!(Compiled::case_ok(&e, "US"));
        assert!(!Compiled::case_ok(&e, "us"));
    }

    #[test]
    fn wordnet_pairs_the_opposite_classes() {
        let lex = Lexicon::builtin();
        let c = &lex.c;
        let id = |n: &str| c.pred_by_name[n];
        let pairs = [
            ("join", "leave"),
            ("accept", "reject"),
            ("support", "oppose"),
            ("confirm", "deny"),
            ("win", "lose"),
            ("raise", "cut"),
            ("acquit", "convict"),
            ("open", "close"),
            ("keep", "end"),
        ];
        for (pos, neg) in pairs {
            assert_eq!(c.predicates[id(neg) as usize].negative_of, Some(id(pos)), "{pos} / {neg}");
        }
        // WordNet's own classes pair too: "include" / "exclude".
        assert_eq!(c.predicates[id("exclude") as usize].negative_of, Some(id("include")));
        let all: Vec<String> = c
            .predicates
            .iter()
            .filter_map(|p| Some(format!("{} / {}", c.predicates[p.negative_of? as usize].name, p.name)))
            .collect();
        println!("{}", all.join("\n"));
    }

    #[test]
    fn wordnet_classes_join_verbs_no_hand_class_has() {
        let lex = Lexicon::builtin();
        let c = &lex.c;
        let class = |w: &str| {
            c.senses(&c.phrase_key(w)).iter().find_map(|s| match s.sense {
                Sense::Predicate(id) => Some(c.predicates[id as usize].name.as_str()),
                _ => None,
            })
        };
        assert_eq!(class("defer"), Some("postpone"));
        assert_eq!(class("shelved"), Some("postpone"));
        assert_eq!(class("occurred"), Some("happen"));
        // "Require" is a desire verb: the lexicon reads it already, WordNet does not class it.
        assert_eq!(class("require"), None);
        // Hand classes keep their verbs.
        assert_eq!(class("dispatch"), Some("contribute"));
        assert_eq!(class("send"), Some("contribute"));
    }

    #[test]
    fn malformed_file_names_line_and_column() {
        let err = Lexicon::from_toml("user.toml", "[[title]]\nname = \"x\"\nsingle = \"yes\"\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("user.toml, line 3"), "{msg}");
    }

    #[test]
    fn merging_by_name_extends_the_first_entry_of_a_name() {
        let mut into = vec![("quay", 1), ("pier", 2), ("quay", 3)];
        let part = vec![("dock", 4), ("quay", 5), ("dock", 6)];
        merge_named(&mut into, part, |e| e.0, |x, e| x.1 = x.1 * 10 + e.1);
        assert_eq!(into, [("quay", 15), ("pier", 2), ("quay", 3), ("dock", 46)]);
    }

    #[test]
    fn name_keys_are_those_of_every_rule_tried_in_turn() {
        let lex = Lexicon::builtin();
        let slow = |name: &str| {
            let mut key = crate::text::fold(name);
            for [from, to] in &lex.data().names.transliteration {
                if key.contains(from.as_str()) {
                    key = key.replace(from.as_str(), to);
                }
            }
            key
        };
        for name in ["Dzhumabaev", "Jumabaev", "Tchalkova", "Quirke", "Ostrowski", "Vaskov", "Ó Briain", "", "Zhou"] {
            assert_eq!(lex.name_key(name), slow(name), "{name}");
        }
        assert_eq!(lex.name_key("Dzhumabaev"), lex.name_key("Jumabaev"));
    }

    #[test]
    fn antonym_candidates_are_the_pairs_of_classes_with_opposite_verbs() {
        let wn = wordnet::WordNet::builtin();
        let lex = Lexicon::builtin();
        let file = lex.data();
        let mut preds: Vec<(&str, Vec<&str>)> =
            file.predicate.iter().map(|p| (p.name.as_str(), p.forms.iter().map(|f| f.as_str()).collect())).collect();
        for p in &lex.c.predicates[preds.len()..] {
            preds.push((p.name.as_str(), wn.verb_class(&p.name).map_or_else(Vec::new, |c| wn.class_members(c))));
        }
        let forms = |k: usize| std::iter::once(preds[k].0).chain(preds[k].1.iter().copied());
        let mut every = Vec::new();
        for i in 0..preds.len() {
            for j in i + 1..preds.len() {
                if forms(i).any(|a| forms(j).any(|b| wn.antonyms_as(wordnet::Pos::Verb, a, b))) {
                    every.push((i, j));
                }
            }
        }
        assert!(every.len() > 5, "{every:?}");
        assert_eq!(Compiled::antonym_candidates(wn, &preds), every);
    }

    #[test]
    fn merge_extends_entries_with_the_same_name() {
        let mut lex = Lexicon::builtin();
        lex.merge_toml("x.toml", "[[entity]]\nname = \"Italy\"\nkind = \"country\"\nmetonyms = [\"Palazzo Nuovo\"]\n")
            .unwrap();
        assert_eq!(lex.canonical_entity("Palazzo Nuovo"), Some("Italy"));
        assert_eq!(lex.canonical_entity("Rome"), Some("Italy"));
    }
}
