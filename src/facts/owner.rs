//! Who a fact is about: named entities of a sentence, the clause's subject or possessor,
//! and the simple coreference of one article (pronouns, "the company", "the 24-year-old"
//! → the last entity of that kind it named).

use super::data::Data;
use super::{Sent, Tok, Val};
use crate::lexicon::EntityKind;
use crate::tag::Upos;
use crate::text::fold;
use crate::{Lexicon, Span};
use rustc_hash::FxHashMap;
use std::rc::Rc;

/// What an entity is, as far as owners go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Person,
    Organisation,
    Place,
    /// A thing named by a common noun: "the deal", "the contract".
    Thing,
    /// A name we cannot place.
    Unknown,
}

/// An owner: an entity named in the sentence or one a pronoun stands for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entity {
    /// First token (for names in the sentence).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Comparison key: a person's surname, an organisation's canonical name, folded.
    /// Shared (`Rc`): an entity is cloned into the memory and into owners often.
    pub key: Rc<str>,
    /// As written, or as first named.
    pub display: Rc<str>,
    /// The words as written here, folded: "ankara" where the key is the country.
    pub written: Rc<str>,
    pub kind: Kind,
}

impl Entity {
    /// The words as written, capitalised again for display.
    pub fn written_display(&self) -> String {
        if *self.display.to_lowercase() == *self.written || *crate::text::fold(&self.display) == *self.written {
            return self.display.to_string();
        }
        self.written
            .split(' ')
            .map(|w| {
                let mut c = w.chars();
                c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// The most people and organisations an article's memory holds.
const MAX_REMEMBERED: usize = 128;

/// What an article has named so far.
#[derive(Debug, Default)]
pub(crate) struct Memory {
    /// Full names of people, by surname key, with their first words folded.
    persons: Vec<(String, Rc<str>, String)>,
    /// Organisations: (first word folded, key, display).
    orgs: Vec<(String, Rc<str>, Rc<str>)>,
    pub last_person: Option<Entity>,
    pub last_org: Option<Entity>,
    /// A name of no known kind ("Korvane"), last seen: "it" may stand for it.
    pub last_unknown: Option<Entity>,
    /// How often each person was named, with the first time: "the 24-year-old" is the
    /// person the article is most about.
    salience: Vec<(Entity, usize, usize)>,
    /// The same for organisations and names of no known kind: "the company's chief
    /// executive" is most likely of the firm the article names most.
    things: Vec<(Entity, usize, usize)>,
    clock: usize,
    /// The unit read is a heading: its names are remembered but say nothing of whom the
    /// article is about ("The Orla Courier · World Service").
    pub heading: bool,
}

impl Memory {
    /// Remembers the entities of a tagged sentence, in order.
    pub fn remember(&mut self, s: &Sent<'_>) {
        for e in &s.entities {
            self.note(e);
        }
    }

    fn note(&mut self, e: &Entity) {
        match e.kind {
            Kind::Person => {
                // Bounded, so that a list of names costs linear time. A heading in title case
                // ("Trouble At Tarvin") reads as a name of people: its last word is no
                // surname for the text. The surname is folded only when it may be kept.
                if e.display.contains(' ') && !self.heading && self.persons.len() < MAX_REMEMBERED {
                    let surname = fold(e.display.rsplit(' ').next().unwrap_or(""));
                    if !self.persons.iter().any(|(k, _, _)| *k == surname) {
                        let first = fold(e.display.split(' ').next().unwrap_or(""));
                        self.persons.push((surname, e.display.clone(), first));
                    }
                }
                self.last_person = Some(e.clone());
                // A masthead or headline names outlets and places as often as people: its
                // names count for nothing, and stand only where the text names nobody.
                let count = usize::from(!self.heading);
                self.clock += 1;
                let full = self.salience.len() >= MAX_REMEMBERED;
                match self.salience.iter_mut().find(|(p, _, _)| p.key == e.key) {
                    Some((_, n, _)) => *n += count,
                    None if !full => self.salience.push((e.clone(), count, self.clock)),
                    None => {}
                }
            }
            Kind::Organisation | Kind::Unknown => {
                self.clock += 1;
                let full = self.things.len() >= MAX_REMEMBERED;
                match self.things.iter_mut().find(|(p, _, _)| p.key == e.key) {
                    Some((_, n, t)) => {
                        *n += 1;
                        *t = self.clock;
                    }
                    None if !full => self.things.push((e.clone(), 1, self.clock)),
                    None => {}
                }
                self.note_thing(e);
            }
            _ => {}
        }
    }

    fn note_thing(&mut self, e: &Entity) {
        match e.kind {
            Kind::Organisation => {
                if self.orgs.len() < MAX_REMEMBERED && !self.orgs.iter().any(|(_, k, _)| *k == e.key) {
                    let first = fold(e.display.split(' ').next().unwrap_or(""));
                    self.orgs.push((first, e.key.clone(), e.display.clone()));
                }
                self.last_org = Some(e.clone());
            }
            Kind::Unknown if e.end > e.start || !e.display.is_empty() => self.last_unknown = Some(e.clone()),
            _ => {}
        }
    }

    /// The organisation named most often so far (the latest of equals), else the name of
    /// no known kind named most often ("PC" or "GDP" are such names too).
    pub fn main_thing(&self) -> Option<Entity> {
        self.things.iter().max_by_key(|(e, n, t)| (e.kind == Kind::Organisation, *n, *t)).map(|(e, _, _)| e.clone())
    }

    /// The person named most often so far; of equals, the first named, as news names the
    /// person it is about first ("Ana Ruiz won … Her coach, Li Wei, … the 22-year-old").
    pub fn main_person(&self) -> Option<Entity> {
        self.salience.iter().max_by_key(|(_, n, t)| (*n, std::cmp::Reverse(*t))).map(|(e, _, _)| e.clone())
    }

    /// The people the article's text (not its headings) has named so far, in order.
    pub fn people(&self) -> impl Iterator<Item = &Entity> {
        self.salience.iter().filter(|(_, n, _)| *n > 0).map(|(e, _, _)| e)
    }

    /// What "it" stands for: the last organisation, or else the last name of no known kind.
    pub fn last_thing(&self) -> Option<Entity> {
        self.last_org.clone().or_else(|| self.last_unknown.clone())
    }

    /// Remembers the names of a sentence that was not tagged: runs of capitalised words
    /// not at its start, read as people when two words long and not an organisation.
    pub fn note_names(&mut self, lexicon: &Lexicon, names: &mut Names, text: &str, span: Span) {
        let Some(s) = text.get(span.start..span.end) else { return };
        // The words of `s` between white space, as `split_whitespace` gives them. Most
        // sentences are ASCII: split at bytes, without decoding (ASCII white space is the
        // same to both but the vertical tab, which only `split_whitespace` splits at).
        if s.is_ascii() && !s.as_bytes().contains(&0x0b) {
            self.note_runs(lexicon, names, s.split_ascii_whitespace());
        } else {
            self.note_runs(lexicon, names, s.split_whitespace());
        }
    }

    /// [`Memory::note_names`] over the words of a sentence, in one pass: a run of
    /// capitalised words ends at a word that is not, or after a word that ends a clause
    /// (",", "."), where a capitalised word starts the next run.
    fn note_runs<'s>(&mut self, lexicon: &Lexicon, names: &mut Names, words: impl Iterator<Item = &'s str>) {
        let cap = |w: &str| {
            // Most words start with a small letter, which trimming keeps: none of those.
            if w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
                return false;
            }
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().skip(1).all(|c| c.is_lowercase())
        };
        // The run: its first word's index and its length; its words joined in `display`.
        let mut display = std::mem::take(&mut names.buf);
        display.clear();
        let mut run: Option<(usize, usize)> = None;
        let mut after_stop = false;
        for (k, w) in words.enumerate() {
            let c = cap(w);
            if let Some((start, n)) = run {
                if c && !after_stop {
                    display.push(' ');
                    display.push_str(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
                    run = Some((start, n + 1));
                    after_stop = w.ends_with([',', '.', ';', ':']);
                    continue;
                }
                self.note_run(lexicon, names, &display, start, n);
                run = None;
            }
            if c {
                display.clear();
                display.push_str(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'));
                run = Some((k, 1));
            }
            after_stop = w.ends_with([',', '.', ';', ':']);
        }
        if let Some((start, n)) = run {
            self.note_run(lexicon, names, &display, start, n);
        }
        names.buf = display;
    }

    /// A run of `n` capitalised words from word `start`, joined in `display`: noted when it
    /// names a person or an organisation.
    fn note_run(&mut self, lexicon: &Lexicon, names: &mut Names, display: &str, start: usize, n: usize) {
        // A capitalised first word alone is any word: only runs of two are names there.
        if start == 0 && n < 2 {
            return;
        }
        if let Some(e) = classify(lexicon, names, display, n, self) {
            if matches!(e.kind, Kind::Person | Kind::Organisation) {
                self.note(&e);
            }
        }
    }

    /// The person whose surname is `key`, when the article named them in full.
    fn person(&self, key: &str) -> Option<&Rc<str>> {
        self.persons.iter().find(|(k, _, _)| k == key).map(|(_, d, _)| d)
    }

    /// The two-word-or-longer name taken for a person whose first word is `first`
    /// (folded), when one is.
    fn first_word_of(&self, first: &str) -> Option<&Rc<str>> {
        self.persons.iter().find(|(_, _, f)| f == first).map(|(_, d, _)| d)
    }

    /// The organisation whose first word is `first` (folded).
    fn org(&self, first: &str) -> Option<(&Rc<str>, &Rc<str>)> {
        self.orgs.iter().rev().find(|(f, _, _)| f == first).map(|(_, k, d)| (k, d))
    }
}

/// What [`classify`] reads of a name from the lexicon alone, kept across the articles of a
/// check: the same names come back sentence after sentence, and reading the lexicon's
/// entities and person keys costs far more than a look-up. One look-up by the name as
/// written gives all of it, shared (`Rc`) with the entities that take it.
#[derive(Default)]
pub(crate) struct Names {
    /// By name as written: its entry in `list`.
    index: FxHashMap<Box<str>, u32>,
    list: Vec<Name>,
    /// The kind of each entity of the lexicon by its canonical name (the first entry of a
    /// name), read once when a name first needs it.
    kinds: Option<FxHashMap<String, EntityKind>>,
    /// A buffer for the names of a sentence as they are joined.
    buf: String,
}

/// An entity of the lexicon a name names: its kind, key and canonical name.
type Known = (Kind, Rc<str>, Rc<str>);

/// What is read of a name as written; what only some names need is read when first asked.
struct Name {
    /// The name as written.
    display: Rc<str>,
    /// The name folded.
    written: Rc<str>,
    /// Its last word folded is one of [`Data::org_heads`] ("Foods", "Council").
    org_head: bool,
    /// The lexicon's entity it names, as its kind, key and canonical name (`None`: not
    /// read yet).
    entity: Option<Option<Known>>,
    /// [`Lexicon::name_key`] (`None`: not read yet).
    key: Option<Rc<str>>,
}

/// The names [`Names`] keeps before it starts again: it never grows without bound.
const MAX_NAMES: usize = 1 << 16;

impl Names {
    /// The entry of `display` in `list`, read when first seen.
    fn slot(&mut self, display: &str) -> usize {
        // Most names were seen before: one look-up, and no key built for it.
        if let Some(&i) = self.index.get(display) {
            return i as usize;
        }
        if self.list.len() >= MAX_NAMES {
            self.index.clear();
            self.list.clear();
        }
        let written: Rc<str> = fold(display).into();
        let org_head = Data::builtin().org_heads.contains(&fold(display.rsplit(' ').next().unwrap_or(display)));
        self.index.insert(display.into(), self.list.len() as u32);
        self.list.push(Name { display: display.into(), written, org_head, entity: None, key: None });
        self.list.len() - 1
    }

    /// The entity of the lexicon the name at `slot` names, if any.
    fn entity(&mut self, lexicon: &Lexicon, slot: usize) -> Option<Known> {
        if let Some(e) = &self.list[slot].entity {
            return e.clone();
        }
        let kinds = self.kinds.get_or_insert_with(|| {
            let mut kinds = FxHashMap::default();
            for e in &lexicon.data().entity {
                kinds.entry(e.name.clone()).or_insert(e.kind);
            }
            kinds
        });
        let e = lexicon.canonical_entity(&self.list[slot].display).map(|canonical| {
            let kind = kinds.get(canonical).copied();
            let kind = match kind {
                Some(EntityKind::Organization) => Kind::Organisation,
                Some(_) => Kind::Place,
                None => Kind::Unknown,
            };
            (kind, fold(canonical).into(), canonical.into())
        });
        self.list[slot].entity = Some(e.clone());
        e
    }

    /// The key of the person's name at `slot` ([`Lexicon::name_key`]).
    fn key_at(&mut self, lexicon: &Lexicon, slot: usize) -> Rc<str> {
        let n = &mut self.list[slot];
        if let Some(k) = &n.key {
            return k.clone();
        }
        let k: Rc<str> = lexicon.name_key(&n.display).into();
        n.key = Some(k.clone());
        k
    }

    /// The key of a person's name ([`Lexicon::name_key`]).
    fn key(&mut self, lexicon: &Lexicon, name: &str) -> Rc<str> {
        let slot = self.slot(name);
        self.key_at(lexicon, slot)
    }
}

/// Classifies a run of capitalised words.
fn classify(lexicon: &Lexicon, names: &mut Names, display: &str, words: usize, memory: &Memory) -> Option<Entity> {
    if display.is_empty() {
        return None;
    }
    let slot = names.slot(display);
    let n = &names.list[slot];
    let (written, org_head, shown) = (n.written.clone(), n.org_head, n.display.clone());
    let entity = |kind: Kind, key: Rc<str>, display: Rc<str>| {
        Some(Entity { start: 0, end: 0, key, display, written: written.clone(), kind })
    };
    if let Some((kind, key, canonical)) = names.entity(lexicon, slot) {
        return entity(kind, key, canonical);
    }
    if org_head && words >= 2 {
        return entity(Kind::Organisation, written.clone(), shown);
    }
    if words == 1 {
        if let Some(full) = memory.person(&names.key_at(lexicon, slot)) {
            return entity(Kind::Person, names.key(lexicon, full), full.clone());
        }
        if let Some((key, full)) = memory.org(&written) {
            return entity(Kind::Organisation, key.clone(), full.clone());
        }
        // News calls a person by the last word of the name, a firm by the first: "Pelmor"
        // after "Pelmor Dental" (taken for a person's name) is the firm.
        if let Some(full) = memory.first_word_of(&written) {
            return entity(Kind::Organisation, fold(full).into(), full.clone());
        }
        return entity(Kind::Unknown, written.clone(), shown);
    }
    if (2..=4).contains(&words) {
        return entity(Kind::Person, names.key_at(lexicon, slot), shown);
    }
    entity(Kind::Unknown, written.clone(), shown)
}

/// The named entities of a sentence: runs of proper nouns outside values.
pub(crate) fn entities<'s>(
    lexicon: &Lexicon,
    names: &mut Names,
    toks: &'s [Tok],
    values: &[Val],
    memory: &Memory,
    offices: &mut super::posts::SentenceOffices<'s>,
) -> Vec<Entity> {
    let in_value = |i: usize| values.iter().any(|v| v.first <= i && i < v.end);
    let capital = |t: &Tok| t.word.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    // "I" and "I've" are tagged as names now and then.
    let name_word = |t: &Tok| t.upos == Upos::Propn && capital(t) && &*t.lower != "i" && !t.lower.starts_with("i'");
    // Inside a name, a capitalised noun or adjective is part of it: "Dunmere Dental".
    let inner_word = |t: &Tok| name_word(t) || (matches!(t.upos, Upos::Noun | Upos::Adj) && capital(t));
    let mut out = Vec::new();
    let titled = super::posts::may_hold_title(toks);
    let mut i = firm_opening(toks, &in_value).map_or(0, |e| {
        let end = e.end;
        out.push(e);
        end
    });
    while i < toks.len() {
        let opens = name_word(&toks[i]) || (i > 0 && inner_word(&toks[i]) && toks.get(i + 1).is_some_and(name_word));
        if !opens || in_value(i) {
            i += 1;
            continue;
        }
        let mut start = i;
        while i < toks.len() && inner_word(&toks[i]) && !in_value(i) {
            i += 1;
        }
        // "Deputy Finance Minister Tom Brisk" is Tom Brisk.
        // The title may start before the name's first capitalised noun ("Chief" read as
        // an adjective).
        for k in (start.saturating_sub(2)..=start).filter(|_| titled) {
            if let Some(t) = offices.title_in(toks, k).filter(|t| t.end > start && t.end + 2 <= i) {
                start = t.end;
                break;
            }
        }
        // "Captain Teodor Halloran" is Teodor Halloran.
        while i - start > 1 && Data::builtin().name_titles.contains(toks[start].lower.trim_end_matches('.')) {
            start += 1;
        }
        // Joined in a buffer kept from name to name: most names are looked up, not kept.
        let mut display = std::mem::take(&mut names.buf);
        display.clear();
        for (k, t) in toks[start..i].iter().enumerate() {
            if k > 0 {
                display.push(' ');
            }
            display.push_str(t.word);
        }
        let found = classify(lexicon, names, &display, i - start, memory);
        names.buf = display;
        if let Some(mut e) = found {
            e.start = start;
            e.end = i;
            out.push(e);
        }
    }
    out
}

/// Words that open a sentence capitalised without being part of a name after them.
const NO_NAME_OPENERS: &[&str] =
    &["the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "every", "each"];

/// A firm's name opening a sentence: capitalised words up to an organisation head ("Pelmor
/// Power sold …"). The tagger reads a sentence's first word poorly when it does not know it
/// (an "-ly" name read as an adverb), and a capital there says nothing; the head does.
fn firm_opening(toks: &[Tok], in_value: &dyn Fn(usize) -> bool) -> Option<Entity> {
    let d = Data::builtin();
    let capital =
        |t: &Tok| t.word.chars().next().is_some_and(char::is_uppercase) && t.word.chars().all(char::is_alphabetic);
    // A proper noun opens a name anyway; a conjunction, preposition, number or pronoun
    // never does ("But Pelmor Air said", "Five Pelmor Bank units").
    let first = toks.first()?;
    if NO_NAME_OPENERS.contains(&first.lower.as_ref())
        || matches!(
            first.upos,
            Upos::Propn | Upos::Adp | Upos::Cconj | Upos::Sconj | Upos::Num | Upos::Pron | Upos::Aux | Upos::Part
        )
    {
        return None;
    }
    let run = toks.iter().take(4).take_while(|t| capital(t)).count();
    let end = (2..=run).rev().find(|&e| d.org_heads.contains(toks[e - 1].lower.as_ref()))?;
    if (0..end).any(in_value) {
        return None;
    }
    let display = toks[..end].iter().map(|t| t.word).collect::<Vec<_>>().join(" ");
    let key: Rc<str> = fold(&display).into();
    Some(Entity { start: 0, end, written: key.clone(), key, display: display.into(), kind: Kind::Organisation })
}

/// Where the clause holding token `at` starts: after the last ";" or ":" before it, or
/// after a quotation's end.
fn clause_start(s: &Sent<'_>, at: usize) -> usize {
    (0..at.min(s.toks.len()))
        .rev()
        .find(|&i| {
            matches!(s.lower(i), ";" | ":")
                // A dash between spaces ends a dateline: "LONDON (Agency) - Pelmor said".
                || (matches!(s.lower(i), "-" | "–" | "—")
                    && i > 0
                    && s.toks[i - 1].span.end < s.toks[i].span.start
                    && s.toks.get(i + 1).is_some_and(|n| n.span.start > s.toks[i].span.end))
        })
        .map_or(0, |i| i + 1)
}

/// The entity a pronoun, or "the" with the noun at `i`, stands for.
pub(crate) fn corefer(s: &Sent<'_>, i: usize, memory: &Memory) -> Option<Entity> {
    let d = Data::builtin();
    let w = s.lower(i);
    let t = s.toks.get(i)?;
    let at = |mut e: Entity| {
        e.start = i;
        e.end = i + 1;
        e
    };
    // News keeps "he" and "she" for the person it is about: the one named most.
    if d.person_pronouns.contains(w) || d.person_possessives.contains(w) {
        return memory.main_person().map(at);
    }
    if d.org_pronouns.contains(w) || d.org_possessives.contains(w) {
        return memory.last_thing().map(at);
    }
    if t.upos == Upos::Noun && i > 0 && matches!(s.lower(i - 1), "the" | "this") {
        if d.org_nouns.contains(t.lemma.as_ref()) {
            return memory.last_org.clone().map(at);
        }
        if d.person_nouns.contains(t.lemma.as_ref()) || t.lower.ends_with("-year-old") {
            return memory.main_person().map(at);
        }
    }
    None
}

/// The owner of what is said at token `at`: a possessor just before `head` ("Pelmor's
/// fee"), else the subject of its clause — the first entity, pronoun or definite noun
/// phrase of the clause before `at`. Places own nothing when anything else can.
pub(crate) fn owner_of(s: &Sent<'_>, at: usize, head: Option<usize>, memory: &Memory) -> Option<Entity> {
    if let Some(h) = head {
        if let Some(p) = possessor(s, h, memory) {
            return Some(p);
        }
    }
    subject(s, at, memory)
}

/// The possessor of the noun phrase whose head is at `h`: "Pelmor's (net) fee", "its fee".
pub(crate) fn possessor(s: &Sent<'_>, h: usize, memory: &Memory) -> Option<Entity> {
    // Walk left over the noun phrase's modifiers.
    let mut i = h;
    while i > 0 && matches!(s.toks[i - 1].upos, Upos::Adj | Upos::Noun | Upos::Num) && i + 3 > h {
        i -= 1;
    }
    if i == 0 {
        return None;
    }
    let before = s.lower(i - 1);
    if before == "'s" || before == "’s" || before == "'" {
        return s.entity_ending(i - 1).cloned();
    }
    corefer(s, i - 1, memory).filter(|_| {
        let d = Data::builtin();
        d.person_possessives.contains(before) || d.org_possessives.contains(before)
    })
}

/// Where a clause embedded in the clause from `start` opens, when `at` lies in it and it
/// has its own subject: after "that", after a verb of saying, or after "but", "while",
/// "whereas", "although" or "though". An embedded clause says who acts before its own finite
/// verb: "the agency said the fund's rules allow a 3% deficit" is the rules', not the
/// agency's; "Acme rose 4% while Globex fell 2%" gives Globex the 2%. A word of saying with
/// an object and no finite verb opens nothing ("Acme reported a profit of $5m" is Acme's),
/// nor a word followed by a verb ("fell 2% but recovered 1%" keeps one subject).
fn embedded_clause_start(s: &Sent<'_>, start: usize, at: usize) -> Option<usize> {
    use crate::tag::Xpos;
    let at = at.min(s.toks.len().saturating_sub(1));
    let finite = |i: usize| matches!(s.toks[i].xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Md);
    // The word that opens the inner clause follows something of the outer one: a clause
    // opening with "Though" or "While" is the subordinate opening [`subject_between`] skips.
    (start + 2..at).rev().find(|&b| {
        let t = &s.toks[b - 1];
        let opens = match t.upos {
            Upos::Sconj | Upos::Cconj => {
                matches!(&*t.lower, "that" | "but" | "while" | "whereas" | "although" | "though")
            }
            Upos::Verb => says(s, b - 1),
            _ => false,
        };
        let subject_first =
            matches!(s.toks[b].upos, Upos::Det | Upos::Pron | Upos::Propn | Upos::Noun | Upos::Adj | Upos::Num);
        opens && subject_first && (b..=at).any(finite)
    })
}

/// The word at `i` is a verb of saying of the lexicon ("said", "claims", "added").
fn says(s: &Sent<'_>, i: usize) -> bool {
    use crate::lexicon::{Cue, Sense};
    s.lexicon.c.senses(&s.toks[i].lemma).iter().any(|e| e.sense == Sense::Cue(Cue::Say))
}

/// The subject of the clause holding `at`.
pub(crate) fn subject(s: &Sent<'_>, at: usize, memory: &Memory) -> Option<Entity> {
    let start = clause_start(s, at);
    let Some(inner) = embedded_clause_start(s, start, at) else {
        return subject_between(s, start, at, memory);
    };
    // "Acme said it would...", "Quennell said his side..." speak of the speaker.
    let d = Data::builtin();
    let w = s.lower(inner);
    let own = [&d.person_pronouns, &d.org_pronouns, &d.person_possessives, &d.org_possessives];
    if own.iter().any(|set| set.contains(w)) || matches!(w, "they" | "their") {
        if let Some(outer) = subject_between(s, start, inner, memory) {
            return Some(outer);
        }
    }
    subject_between(s, inner, at, memory).or_else(|| {
        // A bare noun phrase after an organisation's words is the organisation's own
        // figure: "Acme said annual profit rose 5%", "Acme's sales rose while revenues
        // fell". After a person's, or with a determiner, it is someone else's: "the minister
        // said inflation fell", "Acme said the index fell".
        let bare = matches!(s.toks[inner].upos, Upos::Adj | Upos::Noun | Upos::Num);
        bare.then(|| subject_between(s, start, inner, memory))
            .flatten()
            .filter(|e| matches!(e.kind, Kind::Organisation | Kind::Unknown))
    })
}

/// The subject of a clause from `start`: the first entity, pronoun or definite noun phrase
/// before its verb and before `at`.
fn subject_between(s: &Sent<'_>, start: usize, at: usize, memory: &Memory) -> Option<Entity> {
    let mut place: Option<Entity> = None;
    let mut i = start;
    while i < at.min(s.toks.len()) {
        let t = &s.toks[i];
        // A subordinate opening ("After the talks in X, ...") is no subject: skip to its comma.
        if i == start && (matches!(t.upos, Upos::Adp | Upos::Sconj) || t.xpos == crate::tag::Xpos::Vbg) {
            match (i..at).find(|&j| s.lower(j) == ",") {
                Some(c) => {
                    i = c + 1;
                    continue;
                }
                None => return None,
            }
        }
        if let Some(e) = s.entity_at(i) {
            if e.kind == Kind::Place {
                place.get_or_insert_with(|| e.clone());
                i = e.end;
                continue;
            }
            return Some(e.clone());
        }
        if let Some(e) = corefer(s, i, memory) {
            return Some(e);
        }
        // The verb comes before any subject: no subject in this clause.
        if matches!(t.upos, Upos::Verb) && i > start {
            break;
        }
        i += 1;
    }
    place
}

#[cfg(test)]
mod tests {
    use super::super::tests::facts;
    use super::{Kind, Names};
    use crate::Lexicon;

    #[test]
    fn names_read_once_are_the_lexicons() {
        let lexicon = &Lexicon::builtin();
        let mut names = Names::default();
        for name in ["Marta Lind", "Pelmor Foods", "Marta Lind", "Orvelle"] {
            assert_eq!(&*names.key(lexicon, name), lexicon.name_key(name));
            let canonical = lexicon.canonical_entity(name).map(str::to_string);
            let slot = names.slot(name);
            assert_eq!(names.entity(lexicon, slot).map(|(_, _, c)| c.to_string()), canonical);
        }
        // A place of the lexicon is a place, read or kept.
        let places = lexicon.data().entity.iter().filter(|e| e.kind != crate::lexicon::EntityKind::Organization);
        if let Some(p) = places.into_iter().find(|p| lexicon.canonical_entity(&p.name) == Some(p.name.as_str())) {
            for _ in 0..2 {
                let slot = names.slot(&p.name);
                assert_eq!(names.entity(lexicon, slot).map(|(k, _, _)| k), Some(Kind::Place));
            }
        }
    }

    #[test]
    fn names_of_untagged_sentences_are_runs_of_capitalised_words() {
        let lexicon = &Lexicon::builtin();
        let mut names = Names::default();
        let mut memory = super::Memory::default();
        // A run ends after a comma: "Lind," and "Tom Brisk" are two runs; a capitalised
        // first word alone is no name; "Velmora Foods" is an organisation by its head.
        let first = "Talks with Marta Lind, Tom Brisk and Velmora Foods ended.";
        let text = format!("{first} Ines Varga\u{b}Okoro left.");
        for (a, b) in [(0, first.len()), (first.len() + 1, text.len())] {
            memory.note_names(lexicon, &mut names, &text, crate::Span::new(a, b));
        }
        let persons: Vec<&str> = memory.persons.iter().map(|(_, d, _)| &**d).collect();
        // White space other than ASCII's splits words too.
        assert_eq!(persons, ["Marta Lind", "Tom Brisk", "Ines Varga Okoro"]);
        let orgs: Vec<&str> = memory.orgs.iter().map(|(_, _, d)| &**d).collect();
        assert_eq!(orgs, ["Velmora Foods"]);
        // Near miss: "Yesterday" alone at the start, and words in small letters, name nobody.
        let mut memory = super::Memory::default();
        memory.note_names(lexicon, &mut names, "Yesterday it rained hard.", crate::Span::new(0, 25));
        assert!(memory.persons.is_empty() && memory.orgs.is_empty() && memory.people().next().is_none());
    }

    #[test]
    fn pronouns_and_definite_nouns_stand_for_the_last_entity() {
        let f = facts("Marta Lind joined Pelmor Foods in May. She is 52 years old. The company paid $41 a share.");
        let age = f.iter().find(|f| f.attribute == "age").expect("age");
        assert_eq!(age.owner, "marta lind");
        assert_eq!(age.owner_display, "Marta Lind");
        let price = f.iter().find(|f| f.attribute == "price per share").expect("price");
        assert_eq!(price.owner, "pelmor foods");
    }

    #[test]
    fn a_surname_alone_is_the_person_named_before() {
        let f = facts("Daniel Okafor signed on Monday. Okafor, 24, is a striker.");
        let age = f.iter().find(|f| f.attribute == "age").expect("age");
        assert_eq!(age.owner, "daniel okafor");
        assert_eq!(age.owner_display, "Daniel Okafor");
    }

    #[test]
    fn the_n_year_old_is_the_first_named_of_equals() {
        let f = facts("Ana Ruiz won the final. Her coach, Li Wei, wept. Few expected the 22-year-old to win.");
        let age = f.iter().find(|f| f.attribute == "age").expect("age");
        assert_eq!(age.owner, "ana ruiz");
        // A masthead is no person the article is about.
        let f =
            facts("Orla Daily Courier\n\nAna Ruiz won the final. Li Wei wept. Few expected the 22-year-old to win.");
        let age = f.iter().find(|f| f.attribute == "age").expect("age");
        assert_eq!(age.owner, "ana ruiz");
        // A person named only in the headline is who "the 22-year-old" is.
        let f = facts("Ana Ruiz wins in Orla\n\nFew expected the 22-year-old to win the final.");
        let age = f.iter().find(|f| f.attribute == "age").expect("age");
        assert_eq!(age.owner, "ana ruiz");
        // Named more often, the coach is who the article is about.
        let f = facts("Ana Ruiz won. Li Wei wept. Li Wei said so. The 52-year-old smiled.");
        let age = f.iter().find(|f| f.attribute == "age").expect("age");
        assert_eq!(age.owner_display, "Li Wei");
    }

    #[test]
    fn a_firm_opening_a_sentence_is_named_whole() {
        // An unknown "-ly" first word is read as an adverb or a determiner by the tagger.
        let f = facts("Marbly Power sold a five-year dollar bond on 3 May.");
        let c = f.iter().find(|f| f.attribute.starts_with("currency")).expect("currency");
        assert_eq!(c.owner, "marbly power");
        // Near miss: a determiner opening the sentence is no part of the name.
        let f = facts("The Power sold a five-year dollar bond on 3 May.");
        assert!(f.iter().all(|f| f.owner != "the power"), "{f:?}");
    }

    #[test]
    fn a_clause_after_that_or_a_verb_of_saying_has_its_own_subject() {
        let owners = |text: &str| facts(text).into_iter().map(|f| f.owner).collect::<Vec<_>>();
        // The firm's figure, not the spokesman's; nobody's when its own subject is no name.
        assert_eq!(owners("Tom Brisk said that Velmora Foods cut 300 jobs."), ["velmora foods"]);
        assert!(owners("Senator Ines Varga said the regional budget rose 4% last year.").is_empty());
        // "while" and "but" open a clause with its own subject.
        assert_eq!(
            owners("Pelmor Foods sales rose 5% while Velmora Foods sales fell 3%."),
            ["pelmor foods", "velmora foods"]
        );
        // An organisation's bare noun phrase is its own figure; a pronoun or possessive is the speaker's.
        assert_eq!(owners("Pelmor Foods said annual profit rose 12%."), ["pelmor foods"]);
        assert_eq!(owners("Pelmor Foods said it would cut 300 jobs."), ["pelmor foods"]);
        assert_eq!(owners("Marta Lind said her firm would hire 40 engineers."), ["marta lind"]);
        // Near misses: a verb of saying with an object and no finite verb after it opens
        // no clause, nor does a clause opening the sentence.
        assert_eq!(owners("Pelmor Foods reported a profit of $5m."), ["pelmor foods"]);
        assert_eq!(owners("Though sales fell, Pelmor Foods cut 300 jobs."), ["pelmor foods"]);
    }

    #[test]
    fn near_miss_no_entity_no_owner() {
        // Nobody is named: "she" stands for no one.
        let f = facts("She is 52 years old.");
        assert!(f.iter().all(|f| f.attribute != "age"), "{f:?}");
    }
}
