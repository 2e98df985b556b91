//! Predicate knowledge from Open English WordNet: verb classes, antonyms, the verbs of
//! event nouns, and complementary states.
//!
//! The tables under `data/wordnet/` are distilled from WordNet (CC BY 4.0) by
//! `tools/build_wordnet.py`; `data/lexicon/states.toml` adds by hand the complementary
//! states that news reports and WordNet does not link ("in custody" / "on bail"). Both are
//! embedded in the crate and parsed once.
//!
//! Every lookup is one hash probe per word and allocates nothing: words are lowercase
//! lemmas, phrases have single spaces ("put off", "in custody").
//!
//! ```
//! use gainsay::lexicon::wordnet::WordNet;
//! let wn = WordNet::builtin();
//! assert!(wn.same_event("postpone", "put off"));
//! assert!(!wn.same_event("run", "manage"));
//! assert!(wn.antonyms("win", "lose"));
//! assert!(wn.antonyms("alive", "dead"));
//! assert_eq!(wn.verb_of_noun("approval"), Some("approve"));
//! assert!(wn.complementary("in custody", "on bail"));
//! assert!(wn.complementary("closed", "open"));
//! assert!(wn.nouns_linked("engine", "motor"));
//! assert!(wn.phrasal_same("break down", "fail"));
//! ```

use crate::{Error, Result};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::sync::OnceLock;

/// The embedded WordNet tables and the hand-made states, in load order.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    ("data/wordnet/verb_classes.tsv", include_str!("../../data/wordnet/verb_classes.tsv")),
    ("data/wordnet/antonyms.tsv", include_str!("../../data/wordnet/antonyms.tsv")),
    ("data/wordnet/derivations.tsv", include_str!("../../data/wordnet/derivations.tsv")),
    ("data/lexicon/states.toml", include_str!("../../data/lexicon/states.toml")),
];

/// A verb class: verbs whose first WordNet sense is one synset ("postpone", "defer",
/// "put off"). Compare ids, or name the class with [`WordNet::class_name`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassId(u32);

/// Part of speech of an antonym pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    /// Verbs: "win" / "lose".
    Verb,
    /// Adjectives: "alive" / "dead".
    Adjective,
}

const NONE: u32 = u32::MAX;

/// What the tables say about one word or phrase.
#[derive(Debug, Clone)]
struct Facts {
    /// The word itself.
    word: Box<str>,
    /// Its verb class (the id of the class's name), or `NONE`.
    class: u32,
    /// The verb an event noun derives from, or `NONE`.
    noun_verb: u32,
    /// The verb an adjective derives from ("closed" → "close"), or `NONE`.
    adj_verb: u32,
    /// A class member that is only a verb in WordNet.
    only_verb: bool,
    /// A verb of the tables: a class member, a verb antonym, a verb entailing or entailed,
    /// or the verb of an event noun or of a phrasal verb.
    verb: bool,
    /// Bit i: the word is a `yes` form of state i.
    yes: u64,
    /// Bit i: the word is a `no` form of state i.
    no: u64,
}

/// Verb classes, antonyms, derivations and complementary states; see the module docs.
#[derive(Debug, Clone, Default)]
pub struct WordNet {
    ids: FxHashMap<Box<str>, u32>,
    facts: Vec<Facts>,
    /// Antonym pairs of word ids, smaller id first.
    verb_antonyms: FxHashSet<(u32, u32)>,
    adj_antonyms: FxHashSet<(u32, u32)>,
    /// Nouns that may name one thing, and phrasal verbs with a one-word verb of one sense
    /// (`s` and `p` rows of the derivations), smaller id first.
    noun_links: FxHashSet<(u32, u32)>,
    phrasal_links: FxHashSet<(u32, u32)>,
    /// Nouns and a broader noun that may name the same thing (`b` rows of the
    /// derivations), smaller id first.
    broad_nouns: FxHashSet<(u32, u32)>,
    /// Verbs sharing a sense among the first three of both (`v` rows), smaller id first:
    /// not verbs to [`WordNet::is_verb`] for that alone ("cut" is mostly a noun in news).
    peers: FxHashSet<(u32, u32)>,
    /// Verbs sharing a sense among the first four of both, not peers (`m` rows), smaller
    /// id first: one act only where one side denies it ([`WordNet::mates`]).
    mates: FxHashSet<(u32, u32)>,
    /// Verbs that entail a broader verb (`e` and `f` rows of the derivations): by the
    /// narrower, the broader and whether the narrower's first sense links them (`e`).
    entails: FxHashMap<u32, Vec<(u32, bool)>>,
    /// The same pairs (narrower, broader) in table order: sorted runs, so that sorting
    /// them by word is a merge ([`WordNet::entail_pairs`]).
    entail_rows: Vec<(u32, u32)>,
    /// Phrasal verbs with a one-word verb of a later sense of the phrase (`l` rows), in
    /// table order (sorted): where the verb stands on an opposition, the phrase stands
    /// ([`WordNet::late_phrasal_pairs`]). Not interned: no other table knows the verb by them.
    late_phrasal: Vec<(Box<str>, Box<str>)>,
    /// Event nouns and their verbs (`n` rows) in table order, likewise
    /// ([`WordNet::event_nouns`]).
    noun_rows: Vec<(u32, u32)>,
    /// Names of the states of `states.toml`, by bit.
    states: Vec<String>,
    /// Every class with its members' ids, sorted as [`WordNet::classes`] sorts them: built
    /// on first use (the lexicon and the events filter ask for them several times).
    class_lists: OnceLock<Vec<(ClassId, Vec<u32>)>>,
}

/// `states.toml` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StatesFile {
    #[serde(default)]
    state: Vec<StateEntry>,
}

/// One complementary state: a form of `yes` contradicts every form of `no`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StateEntry {
    name: String,
    yes: Vec<String>,
    no: Vec<String>,
}

impl WordNet {
    /// The tables that ship with the crate, parsed on first use.
    pub fn builtin() -> &'static WordNet {
        static BUILTIN: OnceLock<WordNet> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let [classes, antonyms, derivations, states] = BUILTIN_FILES else { unreachable!() };
            WordNet::parse(*classes, *antonyms, *derivations, *states).expect("the embedded WordNet tables are valid")
        })
    }

    /// Builds the tables from their texts, each given as `(name, text)`: `classes` lines
    /// `lemma<TAB>class<TAB>v|nv` (`v`: only a verb), `antonyms` lines `pos<TAB>a<TAB>b` (pos `v` or `a`),
    /// `derivations` lines `pos<TAB>word<TAB>verb` (pos `n` or `a`), and `states` a TOML
    /// file of `[[state]]` entries with `name`, `yes` and `no`. Lines starting with `#`
    /// are comments.
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::WordNet;
    /// let wn = WordNet::parse(
    ///     ("c", "defer\tpostpone\tv\npostpone\tpostpone\tv\n"),
    ///     ("a", "v\tlose\twin\n"),
    ///     ("d", "n\tpostponement\tpostpone\n"),
    ///     ("s", "[[state]]\nname = \"held\"\nyes = [\"went ahead\"]\nno = [\"called off\"]\n"),
    /// ).unwrap();
    /// assert!(wn.same_event("defer", "postpone"));
    /// assert!(wn.complementary("called off", "went ahead"));
    /// let bad = WordNet::parse(("c", "defer\n"), ("a", ""), ("d", ""), ("s", "")).unwrap_err();
    /// assert!(bad.to_string().contains("c, line 1"), "{bad}");
    /// ```
    pub fn parse(
        classes: (&str, &str),
        antonyms: (&str, &str),
        derivations: (&str, &str),
        states: (&str, &str),
    ) -> Result<WordNet> {
        let mut wn = WordNet::default();
        // About one new word a line: the words' tables grow once or twice, not a dozen
        // times.
        let lines: usize =
            [classes, antonyms, derivations].iter().map(|t| memchr::memchr_iter(b'\n', t.1.as_bytes()).count()).sum();
        wn.ids.reserve(lines);
        wn.facts.reserve(lines);
        for (line, [lemma, class, only]) in rows::<3>(classes)? {
            let c = wn.intern(class);
            let id = wn.intern(lemma) as usize;
            if ![NONE, c].contains(&wn.facts[id].class) {
                return Err(bad(classes.0, line, format!("\"{lemma}\" has two classes")));
            }
            wn.facts[id].class = c;
            wn.facts[c as usize].class = c;
            wn.facts[id].verb = true;
            wn.facts[c as usize].verb = true;
            wn.facts[id].only_verb = match only {
                "v" => true,
                "nv" => false,
                _ => return Err(bad(classes.0, line, format!("\"{only}\" is not v or nv"))),
            };
        }
        for (line, [pos, a, b]) in rows::<3>(antonyms)? {
            let pair = wn.pair(a, b);
            if pos == "v" {
                wn.facts[pair.0 as usize].verb = true;
                wn.facts[pair.1 as usize].verb = true;
            }
            match pos {
                "v" => wn.verb_antonyms.insert(pair),
                "a" => wn.adj_antonyms.insert(pair),
                _ => return Err(bad(antonyms.0, line, format!("part of speech \"{pos}\" is not v or a"))),
            };
        }
        for (line, [pos, word, verb]) in rows::<3>(derivations)? {
            if matches!(pos, "e" | "f") {
                let (n, b) = (wn.intern(word), wn.intern(verb));
                wn.facts[n as usize].verb = true;
                wn.facts[b as usize].verb = true;
                wn.entails.entry(n).or_default().push((b, pos == "e"));
                wn.entail_rows.push((n, b));
                continue;
            }
            if pos == "l" {
                wn.late_phrasal.push((word.into(), verb.into()));
                continue;
            }
            if matches!(pos, "v" | "m") {
                let pair = wn.pair(word, verb);
                if pos == "v" {
                    wn.peers.insert(pair);
                } else {
                    wn.mates.insert(pair);
                }
                continue;
            }
            if matches!(pos, "s" | "p" | "b") {
                let pair = wn.pair(word, verb);
                if pos == "p" {
                    let v = wn.ids[verb];
                    wn.facts[v as usize].verb = true;
                }
                match pos {
                    "s" => wn.noun_links.insert(pair),
                    "p" => wn.phrasal_links.insert(pair),
                    _ => wn.broad_nouns.insert(pair),
                };
                continue;
            }
            let v = wn.intern(verb);
            let w = wn.intern(word) as usize;
            match pos {
                "n" => {
                    wn.facts[w].noun_verb = v;
                    wn.facts[v as usize].verb = true;
                    wn.noun_rows.push((w as u32, v));
                }
                "a" => wn.facts[w].adj_verb = v,
                _ => {
                    return Err(bad(
                        derivations.0,
                        line,
                        format!("part of speech \"{pos}\" is not n, a, s, b, p, e, f, v or m"),
                    ))
                }
            }
        }
        let (name, text) = states;
        let file: StatesFile = super::parse_toml(name, text)?;
        if file.state.len() > 64 {
            return Err(bad(name, 0, "more than 64 states".into()));
        }
        for (i, s) in file.state.iter().enumerate() {
            for (forms, yes) in [(&s.yes, true), (&s.no, false)] {
                for f in forms {
                    let id = wn.intern(&crate::text::fold(f)) as usize;
                    if yes {
                        wn.facts[id].yes |= 1 << i;
                    } else {
                        wn.facts[id].no |= 1 << i;
                    }
                }
            }
            wn.states.push(s.name.clone());
        }
        Ok(wn)
    }

    fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.facts.len() as u32;
        self.facts.push(Facts {
            word: word.into(),
            class: NONE,
            noun_verb: NONE,
            adj_verb: NONE,
            only_verb: false,
            verb: false,
            yes: 0,
            no: 0,
        });
        self.ids.insert(word.into(), id);
        id
    }

    fn pair(&mut self, a: &str, b: &str) -> (u32, u32) {
        let (a, b) = (self.intern(a), self.intern(b));
        (a.min(b), a.max(b))
    }

    #[inline]
    fn facts(&self, word: &str) -> Option<&Facts> {
        self.ids.get(word).map(|&id| &self.facts[id as usize])
    }

    /// True when the tables know `lemma` as a verb (a class member, a verb opposite, a verb
    /// entailing or entailed, the verb of an event noun or of a phrasal verb): "sell", not
    /// "unsell".
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::WordNet;
    /// let wn = WordNet::builtin();
    /// assert!(wn.is_verb("sell") && wn.is_verb("unveil"));
    /// assert!(!wn.is_verb("unsell") && !wn.is_verb("airport"));
    /// ```
    #[inline]
    pub fn is_verb(&self, lemma: &str) -> bool {
        self.facts(lemma).is_some_and(|f| f.verb)
    }

    /// The verb class of a lemma, if WordNet gives it one with another news verb.
    #[inline]
    pub fn verb_class(&self, lemma: &str) -> Option<ClassId> {
        self.facts(lemma).map(|f| f.class).filter(|&c| c != NONE).map(ClassId)
    }

    /// True for a class member that WordNet knows only as a verb, as are its -ing and -ed
    /// forms ("postpone", not "even" of "evening"): text can be read with it as a verb.
    #[inline]
    pub fn only_verb(&self, lemma: &str) -> bool {
        self.facts(lemma).is_some_and(|f| f.only_verb)
    }

    /// The name of a class: its member most used as a verb in news ("postpone").
    pub fn class_name(&self, class: ClassId) -> &str {
        &self.facts[class.0 as usize].word
    }

    /// The members of a class, sorted.
    pub fn class_members(&self, class: ClassId) -> Vec<&str> {
        // The class found by its name among the classes sorted by name.
        let lists = self.class_lists();
        let name = &self.facts[class.0 as usize].word;
        match lists.binary_search_by(|(c, _)| self.facts[c.0 as usize].word.cmp(name)) {
            Ok(i) => lists[i].1.iter().map(|&id| &*self.facts[id as usize].word).collect(),
            Err(_) => Vec::new(),
        }
    }

    /// Every class, with its members, sorted by name.
    pub fn classes(&self) -> Vec<(ClassId, Vec<&str>)> {
        let word = |id: u32| &*self.facts[id as usize].word;
        self.class_lists().iter().map(|(c, m)| (*c, m.iter().map(|&id| word(id)).collect())).collect()
    }

    /// [`WordNet::class_lists`]: each class's members by id, sorted by word (the words are
    /// distinct), the classes sorted by name.
    fn class_lists(&self) -> &[(ClassId, Vec<u32>)] {
        self.class_lists.get_or_init(|| {
            // One pass over the words, each to its class's list: not one pass per class (a
            // class is named by one of its words, so the ids index `facts`).
            let mut members: Vec<Vec<u32>> = vec![Vec::new(); self.facts.len()];
            for (id, f) in self.facts.iter().enumerate() {
                if f.class != NONE {
                    members[f.class as usize].push(id as u32);
                }
            }
            let word = |id: u32| &*self.facts[id as usize].word;
            let mut out: Vec<(ClassId, Vec<u32>)> = members
                .into_iter()
                .enumerate()
                .filter(|(_, m)| !m.is_empty())
                .map(|(c, mut m)| {
                    m.sort_unstable_by(|&a, &b| word(a).cmp(word(b)));
                    (ClassId(c as u32), m)
                })
                .collect();
            out.sort_unstable_by(|a, b| word(a.0 .0).cmp(word(b.0 .0)));
            out
        })
    }

    /// True when two verb lemmas say the same thing: the same lemma, or one class.
    #[inline]
    pub fn same_event(&self, a: &str, b: &str) -> bool {
        a == b || self.verb_class(a).is_some_and(|c| self.verb_class(b) == Some(c))
    }

    /// True when WordNet gives two words (verbs or adjectives) as opposites, directly or
    /// through a synonym of their first senses ("win" / "lose", "go up" / "fall").
    #[inline]
    pub fn antonyms(&self, a: &str, b: &str) -> bool {
        self.antonyms_as(Pos::Verb, a, b) || self.antonyms_as(Pos::Adjective, a, b)
    }

    /// [`WordNet::antonyms`] for one part of speech.
    #[inline]
    pub fn antonyms_as(&self, pos: Pos, a: &str, b: &str) -> bool {
        let (Some(&x), Some(&y)) = (self.ids.get(a), self.ids.get(b)) else { return false };
        let set = match pos {
            Pos::Verb => &self.verb_antonyms,
            Pos::Adjective => &self.adj_antonyms,
        };
        set.contains(&(x.min(y), x.max(y)))
    }

    /// The id of a word the tables name, for [`WordNet::verb_antonym_ids`].
    #[inline]
    pub(crate) fn word_id(&self, word: &str) -> Option<u32> {
        self.ids.get(word).copied()
    }

    /// The verb antonym pairs as word ids ([`WordNet::word_id`]), smaller id first, in no
    /// particular order: a caller that pairs many words looks each up once, not each pair.
    pub(crate) fn verb_antonym_ids(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.verb_antonyms.iter().copied()
    }

    /// Every antonym pair of one part of speech, each once, sorted.
    pub fn antonym_pairs(&self, pos: Pos) -> Vec<(&str, &str)> {
        let set = match pos {
            Pos::Verb => &self.verb_antonyms,
            Pos::Adjective => &self.adj_antonyms,
        };
        let mut v: Vec<(&str, &str)> = set
            .iter()
            .map(|&(a, b)| {
                let (a, b) = (&*self.facts[a as usize].word, &*self.facts[b as usize].word);
                (a.min(b), a.max(b))
            })
            .collect();
        v.sort_unstable();
        v
    }

    /// The verb an event noun derives from: "signing" → "sign", "approval" → "approve",
    /// "arrest" → "arrest".
    #[inline]
    pub fn verb_of_noun(&self, noun: &str) -> Option<&str> {
        let f = self.facts(noun)?;
        (f.noun_verb != NONE).then(|| &*self.facts[f.noun_verb as usize].word)
    }

    /// True when WordNet gives two nouns as synonyms of their first sense or one as the
    /// other's narrow hypernym ("engine" / "motor"): two participants that may be one.
    #[inline]
    pub fn nouns_linked(&self, a: &str, b: &str) -> bool {
        self.linked(&self.noun_links, a, b)
    }

    /// True when one noun is a broader noun WordNet gives for the other, two hypernyms up at
    /// most ("university" / "institution"): a later mention may name the thing so.
    #[inline]
    pub fn nouns_broader(&self, a: &str, b: &str) -> bool {
        self.linked(&self.broad_nouns, a, b)
    }

    /// True when two verbs share a sense among the first three of both, however rare a verb
    /// news makes either ("cut" / "reduce", "shut" / "close"): one act when the text uses
    /// both as verbs.
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::WordNet;
    /// let wn = WordNet::builtin();
    /// assert!(wn.peers("cut", "reduce") && wn.peers("reduce", "cut"));
    /// assert!(!wn.peers("cut", "raise"));
    /// ```
    #[inline]
    pub fn peers(&self, a: &str, b: &str) -> bool {
        self.linked(&self.peers, a, b)
    }

    /// True when two verbs share a sense among the first four of both, or are
    /// [peers](WordNet::peers): one act when one side denies it of the same participants
    /// ("was not sacked" / "was dismissed", "no one was hurt" / "two were injured"), too
    /// loose a link to make two affirmed sentences one act.
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::WordNet;
    /// let wn = WordNet::builtin();
    /// assert!(wn.mates("sack", "dismiss") && wn.mates("injure", "hurt"));
    /// assert!(wn.mates("shut", "close"));
    /// assert!(!wn.peers("sack", "dismiss"));
    /// ```
    #[inline]
    pub fn mates(&self, a: &str, b: &str) -> bool {
        self.linked(&self.mates, a, b) || self.linked(&self.peers, a, b)
    }

    /// Every pair of [mates](WordNet::mates), peers among them, (a, b) with a < b, sorted.
    pub fn mate_pairs(&self) -> Vec<(&str, &str)> {
        let word = |id: u32| &*self.facts[id as usize].word;
        let mut v: Vec<(&str, &str)> =
            self.mates.iter().chain(&self.peers).map(|&(a, b)| (word(a).min(word(b)), word(a).max(word(b)))).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// True when a phrasal verb and a one-word verb share a sense among the first of both
    /// ("break down" / "fail", "call off" / "cancel").
    #[inline]
    pub fn phrasal_same(&self, a: &str, b: &str) -> bool {
        self.linked(&self.phrasal_links, a, b)
    }

    /// Every phrasal verb with a one-word verb of one of its senses, (phrasal, verb), sorted.
    pub fn phrasal_pairs(&self) -> Vec<(&str, &str)> {
        let mut v: Vec<(&str, &str)> = self
            .phrasal_links
            .iter()
            .map(|&(a, b)| {
                let (a, b) = (&*self.facts[a as usize].word, &*self.facts[b as usize].word);
                if a.contains(' ') {
                    (a, b)
                } else {
                    (b, a)
                }
            })
            .collect();
        v.sort_unstable();
        v
    }

    /// Every phrasal verb with a one-word verb of a later sense of it, not of its first
    /// ([`WordNet::phrasal_pairs`]), (phrasal, verb), sorted: "throw out" / "dismiss" (put
    /// out of consideration, the phrase's fifth sense). Too loose a link to make the two one
    /// act; the phrase stands where the verb stands on an opposition.
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::WordNet;
    /// let wn = WordNet::builtin();
    /// assert!(wn.late_phrasal_pairs().any(|p| p == ("throw out", "dismiss")));
    /// assert!(!wn.phrasal_same("throw out", "dismiss"));
    /// ```
    pub fn late_phrasal_pairs(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.late_phrasal.iter().map(|(p, v)| (&**p, &**v))
    }

    /// True when to do `narrower` is to do `broader`: WordNet gives a first sense of
    /// `narrower` as a synonym or a direct kind of a first sense of `broader` ("dispatch" /
    /// "send", "decline" / "refuse"). Not the other way round: who sent something need not
    /// have dispatched it.
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::WordNet;
    /// let wn = WordNet::builtin();
    /// assert!(wn.entails("dispatch", "send"));
    /// assert!(!wn.entails("send", "dispatch"));
    /// ```
    #[inline]
    pub fn entails(&self, narrower: &str, broader: &str) -> bool {
        let (Some(&x), Some(&y)) = (self.ids.get(narrower), self.ids.get(broader)) else { return false };
        self.entails.get(&x).is_some_and(|v| v.iter().any(|&(b, _)| b == y))
    }

    /// The broader verbs `narrower` entails ([`WordNet::entails`]), in table order; with
    /// `first`, only those its first sense entails ("conceded" entails "admit", but
    /// "admitted" says "allowed" only in a later sense).
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::WordNet;
    /// let wn = WordNet::builtin();
    /// assert!(wn.broader("concede", true).any(|b| b == "admit"));
    /// assert!(wn.broader("admit", false).any(|b| b == "allow"));
    /// assert!(!wn.broader("admit", true).any(|b| b == "allow"));
    /// ```
    pub fn broader(&self, narrower: &str, first: bool) -> impl Iterator<Item = &str> + '_ {
        let ids = self.ids.get(narrower).and_then(|x| self.entails.get(x)).map_or(&[][..], Vec::as_slice);
        ids.iter().filter(move |&&(_, f)| f || !first).map(|&(b, _)| &*self.facts[b as usize].word)
    }

    /// Every verb with a broader verb it entails ([`WordNet::entails`]), (narrower,
    /// broader), sorted.
    pub fn entail_pairs(&self) -> Vec<(&str, &str)> {
        let word = |id: u32| &*self.facts[id as usize].word;
        let mut v: Vec<(&str, &str)> = self.entail_rows.iter().map(|&(a, b)| (word(a), word(b))).collect();
        // In table order, the pairs are a few sorted runs: a stable sort merges them (a
        // sort of equal pairs gives the same list, stable or not).
        v.sort();
        v
    }

    fn linked(&self, set: &FxHashSet<(u32, u32)>, a: &str, b: &str) -> bool {
        let (Some(&x), Some(&y)) = (self.ids.get(a), self.ids.get(b)) else { return false };
        set.contains(&(x.min(y), x.max(y)))
    }

    /// The verb an adjective derives from: "closed" → "close".
    #[inline]
    pub fn verb_of_adjective(&self, adjective: &str) -> Option<&str> {
        let f = self.facts(adjective)?;
        (f.adj_verb != NONE).then(|| &*self.facts[f.adj_verb as usize].word)
    }

    /// True when two states cannot both hold: opposite sides of a `states.toml` entry
    /// ("in custody" / "on bail", "went ahead" / "called off"), or WordNet adjective
    /// antonyms ("open" / "closed").
    #[inline]
    pub fn complementary(&self, a: &str, b: &str) -> bool {
        let (Some(x), Some(y)) = (self.facts(a), self.facts(b)) else { return false };
        (x.yes & y.no) | (x.no & y.yes) != 0 || self.antonyms_as(Pos::Adjective, a, b)
    }

    /// The hand-made state a phrase is a side of, and which side (`true` for `yes`): "on
    /// bail" → ("custody", false). The first such state when there are several.
    pub fn state(&self, phrase: &str) -> Option<(&str, bool)> {
        let f = self.facts(phrase)?;
        let bits = f.yes | f.no;
        if bits == 0 {
            return None;
        }
        let i = bits.trailing_zeros() as usize;
        Some((&self.states[i], f.yes & (1 << i) != 0))
    }
}

impl WordNet {
    /// True when WordNet gives the adjective an opposite ("closed" has "open").
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::WordNet;
    /// assert!(WordNet::builtin().has_adjective_antonym("alive"));
    /// assert!(!WordNet::builtin().has_adjective_antonym("purple"));
    /// ```
    pub fn has_adjective_antonym(&self, word: &str) -> bool {
        let Some(&id) = self.ids.get(word) else { return false };
        // The built-in tables keep a set, built on first use; other tables are scanned.
        static ADJ: OnceLock<FxHashSet<u32>> = OnceLock::new();
        if std::ptr::eq(self, WordNet::builtin()) {
            ADJ.get_or_init(|| self.adj_antonyms.iter().flat_map(|&(a, b)| [a, b]).collect()).contains(&id)
        } else {
            self.adj_antonyms.iter().any(|&(a, b)| a == id || b == id)
        }
    }

    /// Every event noun with the verb it derives from, sorted.
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::WordNet;
    /// assert!(WordNet::builtin().event_nouns().contains(&("signing", "sign")));
    /// ```
    pub fn event_nouns(&self) -> Vec<(&str, &str)> {
        // The rows in table order (sorted runs, merged by a stable sort), each noun with
        // the verb its last row gave it.
        let mut v: Vec<(&str, &str)> = self
            .noun_rows
            .iter()
            .filter(|&&(n, verb)| self.facts[n as usize].noun_verb == verb)
            .map(|&(n, verb)| (&*self.facts[n as usize].word, &*self.facts[verb as usize].word))
            .collect();
        v.sort();
        v.dedup();
        v
    }

    /// Every phrase of the hand-made states, sorted.
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::WordNet;
    /// assert!(WordNet::builtin().state_phrases().contains(&"on bail"));
    /// ```
    pub fn state_phrases(&self) -> Vec<&str> {
        let mut v: Vec<&str> = self.facts.iter().filter(|f| f.yes | f.no != 0).map(|f| &*f.word).collect();
        v.sort_unstable();
        v
    }
}

/// The table of noun classes, embedded like the others but parsed apart
/// ([`NounClasses::builtin`]): only the counts of the aligner ask it.
pub const NOUN_CLASSES_FILE: (&str, &str) =
    ("data/wordnet/noun_classes.tsv", include_str!("../../data/wordnet/noun_classes.tsv"));

/// Person nouns and the groups of people they belong to that exclude another
/// ([`NounClasses::exclusive`]), from WordNet's noun antonyms (`tools/build_wordnet.py`).
pub const PERSON_SIDES_FILE: (&str, &str) =
    ("data/wordnet/person_sides.tsv", include_str!("../../data/wordnet/person_sides.tsv"));

/// The classes of counted things the noun table knows, by bit: the top synset of each is
/// reached through the hypernyms of a noun's first sense (`tools/build_wordnet.py`).
pub const NOUN_CLASS_NAMES: [&str; 7] = ["person", "animal", "vehicle", "aircraft", "vessel", "building", "weapon"];

/// What the noun table says of one noun form ("students", "aircraft", "hondurans").
#[derive(Debug, Clone)]
pub struct CountedNoun {
    /// The lemma, capitalised for a demonym ("Icelander"): borrowed from the table, as are
    /// the forms and the broader nouns (no allocation per row).
    pub lemma: &'static str,
    /// Bit i: the noun is a kind of [`NOUN_CLASS_NAMES`]`[i]`.
    classes: u8,
    /// Bit i: the noun names class i itself ("vehicles", "individuals").
    names: u8,
    /// Broader nouns of its classes, comma-separated: a few hypernyms above its first sense
    /// ("ewe": "sheep"), or none.
    broader: Option<&'static str>,
}

impl CountedNoun {
    /// True when the noun is a kind of person ("nurses", "Chileans", "fans").
    #[inline]
    pub fn person(&self) -> bool {
        self.classes & 1 != 0
    }

    /// True for the plural of a demonym ("Icelanders"): a person noun written capitalised.
    #[inline]
    pub fn demonym(&self) -> bool {
        self.person() && self.lemma.starts_with(|c: char| c.is_uppercase())
    }

    /// Its broader nouns: a few hypernyms above its first sense ("surgeon": "doc", "doctor").
    pub fn broader_nouns(&self) -> impl Iterator<Item = &'static str> {
        self.broader.into_iter().flat_map(|l| l.split(','))
    }
}

/// Noun forms with the classes of counted things they belong to, from WordNet's noun
/// hypernyms: a count of "nurses" may be a count of the people a generic count counts; one
/// of "trucks" may not; one of "ewes" may be one of "sheep".
///
/// ```
/// use gainsay::lexicon::wordnet::NounClasses;
/// let nc = NounClasses::builtin();
/// assert!(nc.get("nurses").is_some_and(|n| n.person()));
/// assert!(nc.get("hondurans").is_some_and(|n| n.demonym()));
/// assert!(nc.kind_of("planes", "aircraft"));
/// assert!(!nc.kind_of("trucks", "individuals"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct NounClasses {
    forms: FxHashMap<&'static str, CountedNoun>,
    /// By lemma, the groups of people a person noun belongs to that exclude another, each
    /// `own~other`, comma-separated ([`NounClasses::exclusive`]).
    sides: FxHashMap<&'static str, &'static str>,
}

impl NounClasses {
    /// The table that ships with the crate, parsed on first use.
    pub fn builtin() -> &'static NounClasses {
        static BUILTIN: OnceLock<NounClasses> = OnceLock::new();
        BUILTIN.get_or_init(|| {
            let mut nc = NounClasses::parse(NOUN_CLASSES_FILE).expect("the embedded noun classes are valid");
            nc.add_sides(PERSON_SIDES_FILE).expect("the embedded person sides are valid");
            nc
        })
    }

    /// Builds the table from lines `form<TAB>lemma<TAB>classes<TAB>names<TAB>broader`,
    /// classes and names comma-separated from [`NOUN_CLASS_NAMES`], names `-` when none,
    /// broader the lemmas of broader nouns, comma-separated, or `-`.
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::NounClasses;
    /// let nc = NounClasses::parse(("n", "lambs\tlamb\tanimal\t-\tsheep\nmedics\tmedic\tperson\t-\t-\nsheep\tsheep\tanimal\t-\t-\n")).unwrap();
    /// assert!(nc.get("medics").is_some_and(|n| n.person()));
    /// assert!(nc.kind_of("lambs", "sheep"));
    /// let bad = NounClasses::parse(("n", "vans\tvan\tcastle\t-\t-\n")).unwrap_err();
    /// assert!(bad.to_string().contains("n, line 1"), "{bad}");
    /// ```
    pub fn parse(table: (&str, &'static str)) -> Result<NounClasses> {
        let bits = |line: usize, list: &str| -> Result<u8> {
            if list == "-" {
                return Ok(0);
            }
            let mut out = 0;
            for c in list.split(',') {
                let Some(i) = NOUN_CLASS_NAMES.iter().position(|n| *n == c) else {
                    return Err(bad(table.0, line, format!("\"{c}\" is no noun class")));
                };
                out |= 1 << i;
            }
            Ok(out)
        };
        let mut nc = NounClasses::default();
        for (line, [form, lemma, classes, names, broader]) in rows::<5>(table)? {
            let broader = (broader != "-").then_some(broader);
            let noun = CountedNoun { lemma, classes: bits(line, classes)?, names: bits(line, names)?, broader };
            nc.forms.insert(form, noun);
        }
        Ok(nc)
    }

    /// Adds the groups of people of person nouns, from lines `lemma<TAB>sides`, each side
    /// `own~other`, comma-separated ("soldier" / "serviceman~civilian").
    ///
    /// ```
    /// use gainsay::lexicon::wordnet::NounClasses;
    /// let mut nc = NounClasses::parse(("n", "men\tman\tperson\t-\t-\nwomen\twoman\tperson\t-\t-\n")).unwrap();
    /// nc.add_sides(("s", "man\tman~woman\nwoman\twoman~man\n")).unwrap();
    /// assert!(nc.exclusive("men", "women"));
    /// let bad = nc.add_sides(("s", "man\tman\n")).unwrap_err();
    /// assert!(bad.to_string().contains("s, line 1"), "{bad}");
    /// ```
    pub fn add_sides(&mut self, table: (&str, &'static str)) -> Result<()> {
        for (line, [lemma, sides]) in rows::<2>(table)? {
            if sides.split(',').any(|s| !s.split_once('~').is_some_and(|(a, b)| !a.is_empty() && !b.is_empty())) {
                return Err(bad(table.0, line, format!("\"{sides}\" is no list of own~other sides")));
            }
            self.sides.insert(lemma, sides);
        }
        Ok(())
    }

    /// True when two lowercase noun forms name groups of people that exclude each other,
    /// one noun under a side of a WordNet noun antonym and the other under its other side:
    /// "soldiers" / "civilians", "adults" / "children", "men" / "women". Not "miners" /
    /// "workers", nor "workers" / "men": one person may be both.
    pub fn exclusive(&self, a: &str, b: &str) -> bool {
        let sides = |form: &str| self.get(form).and_then(|n| self.sides.get(n.lemma)).copied();
        let (Some(x), Some(y)) = (sides(a), sides(b)) else { return false };
        x.split(',')
            .filter_map(|s| s.split_once('~'))
            .any(|(own, other)| y.split(',').filter_map(|s| s.split_once('~')).any(|(o, t)| o == other && t == own))
    }

    /// What the table says of a lowercase noun form.
    #[inline]
    pub fn get(&self, form: &str) -> Option<&CountedNoun> {
        self.forms.get(form)
    }

    /// True when `broad` names a class ("aircraft", "vehicles", "individuals") that
    /// `narrow`, another lemma, is a kind of ("planes"), or is one of its broader nouns
    /// ("ewes" / "sheep"): a count by `broad` may count them.
    pub fn kind_of(&self, narrow: &str, broad: &str) -> bool {
        let (Some(n), Some(b)) = (self.get(narrow), self.get(broad)) else { return false };
        n.lemma != b.lemma
            && (n.classes & b.names != 0 || n.broader.is_some_and(|l| l.split(',').any(|m| m == b.lemma)))
    }
}

/// The rows of a tab-separated table with `N` fields, with their 1-based line numbers;
/// `#` lines and blank lines are skipped.
fn rows<'a, const N: usize>((name, text): (&str, &'a str)) -> Result<Vec<(usize, [&'a str; N])>> {
    let mut out = Vec::with_capacity(text.len() / 24);
    // Lines as `str::lines` splits them (a `\r` before a `\n` dropped), found by `memchr`.
    let mut rest = text;
    let mut i = 0;
    while !rest.is_empty() {
        let line = match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(end) => {
                let line = &rest[..end];
                rest = &rest[end + 1..];
                line.strip_suffix('\r').unwrap_or(line)
            }
            None => std::mem::take(&mut rest),
        };
        i += 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // Split into a fixed array: no vector per line (the tables have ten thousand).
        let mut row = [""; N];
        let mut fields = 0;
        let mut field = line;
        loop {
            let tab = memchr::memchr(b'\t', field.as_bytes());
            if let Some(slot) = row.get_mut(fields) {
                *slot = tab.map_or(field, |t| &field[..t]);
            }
            fields += 1;
            match tab {
                Some(t) => field = &field[t + 1..],
                None => break,
            }
        }
        if fields != N {
            return Err(bad(name, i, format!("{fields} fields, expected {N} separated by tabs")));
        }
        if row.iter().any(|f| f.is_empty()) {
            return Err(bad(name, i, "an empty field".into()));
        }
        out.push((i, row));
    }
    Ok(out)
}

fn bad(name: &str, line: usize, message: String) -> Error {
    Error::Lexicon { name: name.to_string(), line, column: 0, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_split_as_lines_and_tabs_split() {
        let text = "# a comment\ta\tb\r\na\tb\tc\r\n\nd\te\tf\r";
        let r = rows::<3>(("t", text)).unwrap();
        assert_eq!(r, [(2, ["a", "b", "c"]), (4, ["d", "e", "f\r"])]);
        assert_eq!(rows::<3>(("t", "a\tb\tc\n")).unwrap(), [(1, ["a", "b", "c"])]);
        assert!(rows::<3>(("t", "")).unwrap().is_empty());
        let e = rows::<3>(("t", "a\tb\tc\na\tb\n")).unwrap_err().to_string();
        assert!(e.contains("line 2") && e.contains("2 fields"), "{e}");
        let e = rows::<3>(("t", "a\tb\tc\td\n")).unwrap_err().to_string();
        assert!(e.contains("line 1") && e.contains("4 fields"), "{e}");
        let e = rows::<3>(("t", "a\t\tc")).unwrap_err().to_string();
        assert!(e.contains("an empty field"), "{e}");
        let e = rows::<3>(("t", "a\tb\t\r\n")).unwrap_err().to_string();
        assert!(e.contains("an empty field"), "{e}");
    }

    #[test]
    fn noun_classes_come_from_first_senses() {
        let nc = NounClasses::builtin();
        // Kinds of person: by the first sense, by the second ("fans" is a device first), a
        // demonym by its plural only.
        for w in ["nurses", "workers", "evacuees", "fans", "icelanders"] {
            assert!(nc.get(w).is_some_and(CountedNoun::person), "{w}");
        }
        assert!(nc.get("icelanders").is_some_and(CountedNoun::demonym));
        assert!(nc.get("icelander").is_none());
        for w in ["trucks", "planes", "buildings", "hectares", "jobs"] {
            assert!(!nc.get(w).is_some_and(CountedNoun::person), "{w}");
        }
        // A noun whose first sense is a class's top names it.
        assert!(nc.kind_of("nurses", "individuals"));
        assert!(nc.kind_of("trucks", "vehicles"));
        assert!(nc.kind_of("jets", "aircraft"));
        assert!(!nc.kind_of("vehicles", "trucks"));
        assert!(!nc.kind_of("vehicles", "vehicle"));
        assert!(!nc.kind_of("nurses", "vehicles"));
        // A broader noun a few hypernyms up, of the same class, written in news; not back
        // down, nor between two kinds of one thing.
        assert!(nc.kind_of("ewes", "sheep"));
        assert!(nc.kind_of("jets", "planes"));
        assert!(!nc.kind_of("sheep", "ewes"));
        assert!(!nc.kind_of("passengers", "visitors"));
        assert!(!nc.kind_of("trucks", "cars"));
        // Nouns news seldom writes are known too.
        assert!(nc.get("tractors").is_some());
    }

    #[test]
    fn the_cut_merges_first_senses_only() {
        let wn = WordNet::builtin();
        // Merged: one first sense.
        for (a, b) in [("need", "require"), ("postpone", "defer"), ("occur", "happen"), ("begin", "start")] {
            assert!(wn.same_event(a, b), "{a} / {b}");
        }
        // Kept apart: shared only through a later sense of one of them.
        for (a, b) in [("run", "manage"), ("court", "woo"), ("ask", "request"), ("send", "deploy"), ("win", "gain")] {
            assert!(!wn.same_event(a, b), "{a} / {b}");
        }
        let c = wn.verb_class("defer").unwrap();
        assert_eq!(wn.class_name(c), "postpone");
        assert!(wn.class_members(c).contains(&"put off"));
    }

    #[test]
    fn broader_nouns_two_hypernyms_up() {
        let wn = WordNet::builtin();
        for (a, b) in [("university", "institution"), ("institution", "university"), ("plane", "aircraft")] {
            assert!(wn.nouns_broader(a, b), "{a} / {b}");
        }
        // Near misses: siblings, and an umbrella of dozens of kinds.
        for (a, b) in [("university", "company"), ("union", "organization")] {
            assert!(!wn.nouns_broader(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn antonyms_of_verbs_and_adjectives() {
        let wn = WordNet::builtin();
        for (a, b) in [
            ("accept", "reject"),
            ("open", "close"),
            ("win", "lose"),
            ("rise", "fall"),
            ("increase", "decrease"),
            ("alive", "dead"),
            ("guilty", "innocent"),
            ("acquit", "convict"),
            ("open", "closed"),
        ] {
            assert!(wn.antonyms(a, b) && wn.antonyms(b, a), "{a} / {b}");
        }
        // Through a synonym of a first sense: "go up" is in the first sense of "rise".
        assert!(wn.antonyms("go up", "fall"));
        assert!(!wn.antonyms("win", "fall"));
        assert!(!wn.antonyms("win", "unknownword"));
    }

    #[test]
    fn event_nouns_lead_to_their_verbs() {
        let wn = WordNet::builtin();
        for (n, v) in [
            ("signing", "sign"),
            ("approval", "approve"),
            ("arrest", "arrest"),
            ("appeal", "appeal"),
            ("postponement", "postpone"),
            ("withdrawal", "withdraw"),
            ("closure", "close"),
        ] {
            assert_eq!(wn.verb_of_noun(n), Some(v), "{n}");
        }
        assert_eq!(wn.verb_of_noun("table"), None);
    }

    #[test]
    fn complementary_states() {
        let wn = WordNet::builtin();
        assert!(wn.complementary("on bail", "remanded in custody"));
        assert!(wn.complementary("went ahead", "called off"));
        assert!(!wn.complementary("postponed", "called off"), "one side agrees with itself");
        assert!(wn.complementary("alive", "dead"));
        assert_eq!(wn.state("on bail"), Some(("custody", false)));
        assert_eq!(wn.state("took place"), Some(("held", true)));
    }

    #[test]
    fn malformed_tables_name_the_line() {
        let err = WordNet::parse(("c", "# x\na\tb\tv\nc\n"), ("a", ""), ("d", ""), ("s", "")).unwrap_err();
        assert!(err.to_string().contains("c, line 3"), "{err}");
        let err = WordNet::parse(("c", ""), ("a", "x\ta\tb\n"), ("d", ""), ("s", "")).unwrap_err();
        assert!(err.to_string().contains("not v or a"), "{err}");
        let err = WordNet::parse(("c", ""), ("a", ""), ("d", ""), ("s", "[[state]]\nname = 1\n")).unwrap_err();
        assert!(err.to_string().contains("s, line 2"), "{err}");
    }
}
