//! The office a person holds (`data/facts/offices.toml`): "Marta Quill, the firm's chief
//! operating officer,", "Chief Financial Officer Marta Quill", "its captain, Rui Sala",
//! "Deputy Finance Minister Tom Brisk". A person holds one office of a family in one story:
//! two offices of one family for one person conflict (chief operating officer against chief
//! financial officer, vice-captain against captain), unless both name their organisation
//! and the organisations differ. Offices of other families (chairman and chief executive)
//! never meet.

use super::data::Data;
use super::owner::{corefer, Entity, Kind, Memory};
use super::{Extractor, Fact, FactValue, Sent, Tok};
use crate::lexicon::parse_toml;
use crate::tag::{Upos, Xpos};
use crate::Span;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    ranks: Vec<String>,
    /// Ranks that are an office by themselves after a possessor: "her deputy".
    alone: Vec<String>,
    /// Words of office names, by a word that says the same in a title.
    synonyms: FxHashMap<String, Vec<String>>,
    office: Vec<Office>,
}

/// One office.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Office {
    name: String,
    family: String,
    forms: Vec<String>,
    /// Up to two words before it narrow it: "finance minister".
    #[serde(default)]
    portfolio: bool,
    /// An office only with a rank word: "external member".
    #[serde(default)]
    needs_rank: bool,
    /// Verbs that say a person holds it: "has coached her", "chairs the board".
    #[serde(default)]
    verbs: Vec<String>,
    /// Held in one body at a time: the same office of two bodies conflicts.
    #[serde(default)]
    one_body: bool,
    /// Heads a body: the generic head ([`HEAD_FAMILY`]) is this office.
    #[serde(default)]
    heads_body: bool,
    /// Offices one person may hold beside it: a communications director is a spokesperson.
    #[serde(default)]
    beside: Vec<String>,
}

/// The offices, with their forms split into words, longest form first.
#[derive(Debug)]
struct Offices {
    alone: FxHashSet<String>,
    /// A word of a title → the word of an office name it says ("fiscal" → "financial").
    synonym: FxHashMap<String, String>,
    /// Offices by the lemma of a verb that names them.
    verbs: FxHashMap<String, usize>,
    /// The last word of every form, the ranks that stand alone and the inflected verbs
    /// that name an office: a sentence without one holds no office.
    heads: FxHashSet<String>,
    forms: Vec<(Vec<String>, usize)>,
    /// By word: whether it is a rank, and the indices into `forms` of the forms that start
    /// with it, in `forms` order. A title is looked for at every word, and only forms that
    /// start with that word can match there: one look-up per word tells both.
    by_first: FxHashMap<String, Opening>,
    office: Vec<Office>,
    /// The families the generic head is compared in: every family but the ranks.
    head_families: Vec<String>,
}

impl Offices {
    fn builtin() -> &'static Offices {
        static DATA: OnceLock<Offices> = OnceLock::new();
        DATA.get_or_init(|| {
            match parse_toml::<File>("data/facts/offices.toml", include_str!("../../data/facts/offices.toml")) {
                Ok(f) => {
                    let mut forms: Vec<(Vec<String>, usize)> = f
                        .office
                        .iter()
                        .enumerate()
                        .flat_map(|(i, o)| o.forms.iter().map(move |w| (w.split(' ').map(String::from).collect(), i)))
                        .collect();
                    forms.sort_by_key(|f: &(Vec<String>, usize)| std::cmp::Reverse(f.0.len()));
                    let mut heads: FxHashSet<String> = forms.iter().filter_map(|(w, _)| w.last().cloned()).collect();
                    let mut verbs = FxHashMap::default();
                    for (i, o) in f.office.iter().enumerate() {
                        for v in &o.verbs {
                            verbs.insert(v.clone(), i);
                            // The forms that say it now: "coaches", "has coached", "is coaching".
                            heads.extend([format!("{v}es"), format!("{v}s"), format!("{v}ed"), format!("{v}ing")]);
                        }
                    }
                    heads.extend(f.alone.iter().cloned());
                    let synonym = f
                        .synonyms
                        .iter()
                        .flat_map(|(word, others)| others.iter().map(move |o| (o.clone(), word.clone())))
                        .collect();
                    let mut by_first: FxHashMap<String, Opening> = FxHashMap::default();
                    for (k, (w, _)) in forms.iter().enumerate() {
                        if let Some(first) = w.first() {
                            by_first.entry(first.clone()).or_default().1.push(k);
                        }
                    }
                    for rank in f.ranks {
                        by_first.entry(rank).or_default().0 = true;
                    }
                    let mut head_families: Vec<String> = Vec::new();
                    for o in &f.office {
                        if !o.family.starts_with('*') && o.family != "rank" && !head_families.contains(&o.family) {
                            head_families.push(o.family.clone());
                        }
                    }
                    Offices {
                        head_families,
                        alone: f.alone.into_iter().collect(),
                        synonym,
                        verbs,
                        heads,
                        forms,
                        by_first,
                        office: f.office,
                    }
                }
                Err(e) => panic!("built-in offices data: {e}"),
            }
        })
    }
}

/// What a word opens of an office's name: whether it is a rank, and the forms that start
/// with it ([`opening`]).
pub(crate) type Opening = (bool, Vec<usize>);

/// What `word` (lower case, one part: no hyphen) opens, if anything: read once per word by
/// [`super::Lemmas`] and kept on its tokens for [`parts`].
pub(crate) fn opening(word: &str) -> Option<&'static Opening> {
    Offices::builtin().by_first.get(word)
}

/// The words that may end the name of an office or name one ([`is_head`]).
pub(crate) fn heads() -> impl Iterator<Item = &'static str> {
    Offices::builtin().heads.iter().map(String::as_str)
}

/// The lemmas of the verbs that say a person holds an office ("coach", "chair").
pub(crate) fn verbs() -> Vec<String> {
    Offices::builtin().verbs.keys().cloned().collect()
}

/// True when `word` (lower case) may end the name of an office ("officer", "captain") or
/// name one ("deputy", "coaches").
pub(crate) fn is_head(word: &str) -> bool {
    let d = Offices::builtin();
    // A word without a hyphen is its own last part: looked up once.
    d.heads.contains(word) || word.contains('-') && word.rsplit('-').next().is_some_and(|w| d.heads.contains(w))
}

/// A word of a sentence split at its hyphens: "vice-captain" is "vice" and "captain".
pub(crate) struct Part<'s> {
    word: &'s str,
    tok: usize,
    /// True for the last part of its token.
    last: bool,
    /// A rank: "deputy", "vice".
    rank: bool,
    /// The forms that start with this word (indices into the offices' forms), if any.
    starts: Option<&'static [usize]>,
}

pub(crate) fn parts<'s>(toks: &'s [Tok]) -> Vec<Part<'s>> {
    // Looked up once here: a title is looked for at every word, over the next few.
    let part = |word: &'s str, tok: usize, last: bool, opens: Option<&'static Opening>| {
        let (rank, starts) = match opens {
            Some((rank, starts)) => (*rank, Some(starts.as_slice()).filter(|s| !s.is_empty())),
            None => (false, None),
        };
        Part { word, tok, last, rank, starts }
    };
    let mut out = Vec::with_capacity(toks.len());
    for (k, t) in toks.iter().enumerate() {
        let lower = t.lower.as_ref();
        // Most words have no hyphen: the word is its one part, looked up with the word.
        if !t.hyphen {
            if !lower.is_empty() {
                out.push(part(lower, k, true, t.opening));
            }
            continue;
        }
        let n = lower.split('-').filter(|w| !w.is_empty()).count();
        for (j, w) in lower.split('-').filter(|w| !w.is_empty()).enumerate() {
            out.push(part(w, k, j + 1 == n, opening(w)));
        }
    }
    out
}

/// False when no word of `toks` may be part of a title: [`title_in`] finds none there.
pub(crate) fn may_hold_title(toks: &[Tok]) -> bool {
    toks.iter().any(|t| t.cue & super::cue::TITLE != 0)
}

/// An office written in a sentence: tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Title {
    pub start: usize,
    pub end: usize,
    /// The office with its ranks and portfolio: "deputy finance minister".
    pub name: String,
    /// The office with its ranks, what is compared: "deputy minister". A portfolio is
    /// written in too many ways ("finance", "treasury", "money") to compare.
    pub key: String,
    pub family: String,
    /// The organisation named inside the title ("Herons captain"), folded.
    pub scope: Option<String>,
    /// Held in one body at a time: its body is only the acronym inside the title.
    pub one_body: bool,
}

/// The office whose words start at token `tok`, if any: ranks, then (for portfolios) the
/// portfolio or (for any office) a name of the organisation, then a form. `ps` are the
/// sentence's [`parts`], split once by the caller.
pub(crate) fn title_in(toks: &[Tok], ps: &[Part<'_>], tok: usize) -> Option<Title> {
    let d = Offices::builtin();
    // Parts are in token order: the first part of `tok`, if it has one.
    let mut p = ps.partition_point(|p| p.tok < tok);
    if ps.get(p).is_none_or(|x| x.tok != tok) {
        return None;
    }
    let mut ranks: Vec<&str> = Vec::new();
    while p < ps.len() && ps[p].rank {
        ranks.push(ps[p].word);
        p += 1;
    }
    // Up to two words between the ranks and the form: a portfolio or an organisation.
    for skip in 0..=2usize {
        let q = p + skip;
        // No form starts here: nothing to match at this skip (the tests that end the loop
        // hold at every later skip too, so passing over this one changes nothing).
        let Some(candidates) = ps.get(q).and_then(|x| x.starts) else { continue };
        let between: Vec<&Part<'_>> = ps[p..q.min(ps.len())].iter().collect();
        if between.len() < skip || between.first().is_some_and(|b| ps[p].tok != b.tok) {
            break;
        }
        // What stands between must be whole words, not a rank.
        if between.iter().any(|b| b.rank) {
            break;
        }
        for (form, i) in candidates.iter().map(|&k| &d.forms[k]) {
            let end = q + form.len();
            if end > ps.len() || !form.iter().enumerate().all(|(k, w)| ps[q + k].word == *w) {
                continue;
            }
            if !ps[end - 1].last || (skip > 0 && p > 0 && !ps[p - 1].last) {
                continue;
            }
            let office = &d.office[*i];
            if office.needs_rank && ranks.is_empty() {
                continue;
            }
            let last_tok = ps[end - 1].tok;
            // A one-word form is the noun: "coach" the noun, not "to coach".
            // A rank before it makes it one ("Vice-captain", whatever the tagger says).
            // "chief" before a name is read as an adjective too: "Pelmor Agency chief Lena Vos".
            let head = office.family == HEAD_FAMILY;
            let named =
                || toks.get(last_tok + 1).is_some_and(|t| t.word.chars().next().is_some_and(char::is_uppercase));
            if form.len() == 1
                && ranks.is_empty()
                && !matches!(toks[last_tok].upos, Upos::Noun | Upos::Propn)
                && !(head && toks[last_tok].upos == Upos::Adj && named())
            {
                continue;
            }
            if head && !generic_head_ends(toks, last_tok) {
                // "chief medical officer", "head injury": the word opens another phrase.
                continue;
            }
            // The words between: a portfolio ("finance", "Foreign") or a capitalised name.
            let between_toks: Vec<usize> = {
                let mut v: Vec<usize> = between.iter().map(|b| b.tok).collect();
                v.dedup();
                v
            };
            let mut scope = None;
            let mut portfolio: Vec<String> = Vec::new();
            if !between_toks.is_empty() {
                // Not a time ("Wednesday", "current") nor an earlier holder ("ex-minister").
                // An acronym is a name whatever its tag ("HRVL" read as a verb).
                let acronym = |k: usize| {
                    let w = toks[k].word;
                    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())
                };
                let ok_word = |k: usize| {
                    (matches!(toks[k].upos, Upos::Noun | Upos::Propn | Upos::Adj) || acronym(k))
                        && !toks[k].lower.contains('-')
                        && !matches!(
                            toks[k].lower.as_ref(),
                            "current" | "new" | "then" | "former" | "outgoing" | "sitting"
                        )
                        && !is_day_or_month(&toks[k].lower)
                };
                if !between_toks.iter().all(|&k| ok_word(k)) {
                    continue;
                }
                if office.portfolio {
                    portfolio = between_toks.iter().map(|&k| toks[k].lower.to_string()).collect();
                } else {
                    let capital = |k: usize| toks[k].word.chars().next().is_some_and(char::is_uppercase);
                    if !between_toks.iter().all(|&k| capital(k)) {
                        continue;
                    }
                    // An office held in one body is compared across bodies only when the
                    // body is named by its acronym ("HRVL director"), not by a title or a
                    // name that may be a film's ("Pelmor Nights director").
                    if !office.one_body || between_toks.iter().all(|&k| acronym(k)) {
                        scope = Some(
                            between_toks.iter().map(|&k| crate::text::fold(toks[k].word)).collect::<Vec<_>>().join(" "),
                        );
                    }
                }
            }
            let mut words: Vec<String> = ranks.iter().map(|r| r.to_string()).collect();
            let mut key = words.clone();
            key.push(office.name.clone());
            words.extend(portfolio);
            words.push(office.name.clone());
            return Some(Title {
                start: tok,
                end: last_tok + 1,
                name: words.join(" "),
                key: key.join(" "),
                family: office.family.clone(),
                scope,
                one_body: office.one_body,
            });
        }
    }
    generic_officer(toks, ps, tok, p, &ranks).or_else(|| bare_rank(toks, tok, &ranks))
}

/// True when the generic head ending at token `last` ends its phrase: a name, "of", a
/// comma or the sentence's end follows ("Pelmor Agency chief Tom Brisk", "head of the
/// agency"), not a word of another ("chief medical officer", "head injury", "head teacher").
fn generic_head_ends(toks: &[Tok], last: usize) -> bool {
    let Some(next) = toks.get(last + 1) else { return true };
    if matches!(next.lower.as_ref(), "of" | "," | "." | ";" | ")") {
        return true;
    }
    // A capitalised word not itself a word of an officer's title: "Chief Medical Officer
    // Lena Vos" is an officer (read by [`generic_officer`]).
    let capital = next.word.chars().next().is_some_and(char::is_uppercase);
    let officer = toks[last + 1..].iter().take(3).any(|t| t.lower.starts_with("officer"));
    // "Chief Minister Lena Vos": the word after opens an office of its own.
    let office = opening(&next.lower).is_some_and(|(rank, starts)| *rank || !starts.is_empty());
    capital && !officer && !office
}

/// The end of the body a head or director is of, past "of": "head of the port authority",
/// "director of Pelmor Agency". `end` is the title's end; the words of the body are nouns,
/// adjectives and names, up to a comma, a verb or a person's name.
fn body_of_end(s: &Sent<'_>, end: usize) -> usize {
    if s.lower(end) != "of" {
        return end;
    }
    let mut j = end + 1;
    if matches!(s.lower(j), "the" | "a" | "an" | "its" | "their" | "his" | "her") {
        j += 1;
    }
    let first = j;
    while j < s.toks.len() && j < first + MAX_BODY_WORDS {
        if s.entity_at(j).is_some_and(|e| e.kind == Kind::Person) {
            break;
        }
        let t = &s.toks[j];
        let word = matches!(t.upos, Upos::Noun | Upos::Propn | Upos::Adj) || (j > first && t.lower.as_ref() == "of");
        // "the head of chairman Tom Brisk" is no head of a body.
        if !word || is_head(&t.lower) {
            break;
        }
        j += 1;
    }
    // "of" last is no end of a body.
    while j > first && s.lower(j - 1) == "of" {
        j -= 1;
    }
    if j > first {
        j
    } else {
        end
    }
}

/// The most words of a body after "head of": "the national port and harbour authority".
const MAX_BODY_WORDS: usize = 5;

/// An officer the table does not list: "chief risk officer", and before a name "Senior
/// Data Officer Tom Brisk". Its words are its key and its family of its own: it meets only
/// the same title (add an office to `data/facts/offices.toml` to compare it with others).
fn generic_officer(toks: &[Tok], ps: &[Part<'_>], tok: usize, p: usize, ranks: &[&str]) -> Option<Title> {
    // One or two describing words, then "officer" ending its token.
    let officer = (p + 2..=p + 3).find(|&q| ps.get(q).is_some_and(|x| x.word == "officer" && x.last))?;
    let words: Vec<&Part<'_>> = ps[p..officer].iter().collect();
    let describing = |x: &&Part<'_>| {
        let t = &toks[x.tok];
        // "operating" and "working" are tagged as verbs now and then.
        (matches!(t.upos, Upos::Adj | Upos::Noun | Upos::Propn) || t.xpos == Xpos::Vbg)
            && x.last
            && t.lower.chars().all(char::is_alphabetic)
    };
    if !words.iter().all(describing) {
        return None;
    }
    let last_tok = ps[officer].tok;
    // Not "chief": two describing words and a name right after, or it is any officer
    // ("a police officer").
    if words[0].word != "chief" {
        let named = toks
            .get(last_tok + 1)
            .is_some_and(|t| t.upos == Upos::Propn && t.word.chars().next().is_some_and(char::is_uppercase));
        if words.len() < 2 || !named {
            return None;
        }
    }
    // Said in other words, it may be an office of the table: a "principal fiscal officer" is
    // a chief financial officer.
    let d = Offices::builtin();
    let mut said: Vec<String> =
        words.iter().map(|x| d.synonym.get(x.word).cloned().unwrap_or_else(|| x.word.to_string())).collect();
    said.push("officer".into());
    let known = d.forms.iter().find(|(form, _)| *form == said).map(|(_, i)| &d.office[*i]);
    let mut name: Vec<String> = ranks.iter().map(|r| r.to_string()).collect();
    let mut key = name.clone();
    name.extend(words.iter().map(|x| x.word.to_string()));
    name.push("officer".into());
    match known {
        Some(o) => key.push(o.name.clone()),
        None => key.extend(said),
    }
    Some(Title {
        start: tok,
        end: last_tok + 1,
        name: name.join(" "),
        key: key.join(" "),
        // A title the table does not know is compared with no other: a reworded "chief
        // running officer" may be the chief operating officer, and the story cannot tell.
        family: known.map_or_else(|| format!("unlisted {}", key.join(" ")), |o| o.family.clone()),
        scope: None,
        one_body: false,
    })
}

/// A rank alone after a possessor is an office of its own: "Brisk's deputy", "her deputy".
/// Its family is unknown: [`ANY_FAMILY`].
fn bare_rank(toks: &[Tok], tok: usize, ranks: &[&str]) -> Option<Title> {
    let [rank] = ranks else { return None };
    let t = &toks[tok];
    if !Offices::builtin().alone.contains(*rank) || *t.lower != **rank || t.upos != Upos::Noun || tok == 0 {
        return None;
    }
    let before = toks[tok - 1].lower.as_ref();
    if !matches!(before, "'s" | "’s" | "his" | "her" | "their") {
        return None;
    }
    Some(Title {
        start: tok,
        end: tok + 1,
        name: rank.to_string(),
        key: rank.to_string(),
        family: ANY_FAMILY.into(),
        scope: None,
        one_body: false,
    })
}

/// The family of an office that may be of any family ("his deputy"): its facts are
/// written for each family a rank can stand in.
pub(crate) const ANY_FAMILY: &str = "*";

/// The family of the generic head of a body ("Pelmor Agency chief"): its facts are written
/// for every family but the ranks.
const HEAD_FAMILY: &str = "*head";

/// The family of an office held beside none of the offices of a body but a rank: a
/// spokesperson is no head, no minister, no director. Its facts are written for every
/// family but the ranks, as the generic head's are.
const EVERY_FAMILY: &str = "*every";

/// A weekday or a month: "Wednesday Prime Minister" holds no portfolio.
fn is_day_or_month(w: &str) -> bool {
    const NAMES: [&str; 19] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "yesterday",
    ];
    NAMES.contains(&w)
}

/// The offices of one sentence, as its readers look for them: its [`parts`] split once, and
/// what [`title_in`] found before a name kept for [`Posts`]. The names reader looks for a
/// title before a name, and [`Posts`] for every title, at the same tokens.
#[derive(Default)]
pub(crate) struct SentenceOffices<'s> {
    /// The sentence's parts, split when first needed.
    ps: Option<Vec<Part<'s>>>,
    /// What [`title_in`] found at the tokens the names reader asked about, by token.
    asked: Vec<(usize, Option<Title>)>,
}

impl<'s> SentenceOffices<'s> {
    fn parts(&mut self, toks: &'s [Tok]) -> &[Part<'s>] {
        self.ps.get_or_insert_with(|| parts(toks))
    }

    /// [`title_in`] at token `tok`, kept for [`SentenceOffices::titles`].
    pub(crate) fn title_in(&mut self, toks: &'s [Tok], tok: usize) -> Option<Title> {
        if let Some((_, t)) = self.asked.iter().find(|(k, _)| *k == tok) {
            return t.clone();
        }
        let t = title_in(toks, self.parts(toks), tok);
        self.asked.push((tok, t.clone()));
        t
    }

    /// Every office written in the sentence, left to right, not overlapping.
    pub(crate) fn titles(&mut self, toks: &'s [Tok]) -> Vec<Title> {
        let mut out: Vec<Title> = Vec::new();
        // Without a word of a title's ([`super::cue::TITLE`]), no part below is one.
        if !may_hold_title(toks) {
            return out;
        }
        // Every title holds a rank, a word a form starts with or "officer": most sentences
        // hold none of them, and no title.
        if !self.parts(toks).iter().any(|p| p.rank || p.starts.is_some() || p.word == "officer") {
            return out;
        }
        let mut k = 0;
        while k < toks.len() {
            let found = match self.asked.iter().position(|(at, _)| *at == k) {
                Some(i) => self.asked.swap_remove(i).1,
                None => title_in(toks, self.parts(toks), k),
            };
            match found {
                Some(t) => {
                    k = t.end;
                    out.push(t);
                }
                None => k += 1,
            }
        }
        out
    }
}

/// A time other than now or a denial before token `i`: "former captain", "not the coach".
fn not_now(s: &Sent<'_>, i: usize) -> bool {
    // Three words back, not counting the capitalised words of a body's name between the
    // cue and the title: "former Pelmor Ports Authority media chief".
    let mut plain = 0;
    for j in (i.saturating_sub(8)..i).rev() {
        let w = s.lower(j);
        if matches!(
            w,
            "not" | "n't" | "never" | "former" | "ex" | "then" | "previous" | "incoming" | "next" | "future" | "late"
        ) || w.starts_with("ex-")
        {
            return true;
        }
        if !crate::text::is_upper_start(s.toks[j].word) {
            plain += 1;
            if plain == 3 {
                return false;
            }
        }
    }
    false
}

/// People and the offices they hold.
pub(crate) struct Posts;

impl Extractor for Posts {
    fn name(&self) -> &'static str {
        "post"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        // A title before a name or in apposition is not what a modal hedges: "Pelmor's chief
        // executive, Rui Sala, could lose his job" says he is its chief executive. Only the
        // copula and the verbs that name an office are ("Rui Sala may be its coach").
        for t in &s.titles {
            if not_now(s, t.start) {
                continue;
            }
            // Whose office: "the firm's", "its", "Pelmor's" before it, "of Pelmor" after.
            let mut a = t.start;
            let mut scope = t.scope.clone();
            if a >= 2 && matches!(s.lower(a - 1), "'s" | "’s" | "'") {
                if let Some(e) = s.entity_ending(a - 1) {
                    if e.kind == Kind::Organisation || e.kind == Kind::Unknown {
                        scope.get_or_insert_with(|| e.key.to_string());
                    }
                    a = e.start;
                } else if s.toks[a - 2].upos == Upos::Noun {
                    // "the firm's": the organisation the noun stands for.
                    if let Some(e) = corefer(s, a - 2, memory).filter(|e| e.kind == Kind::Organisation) {
                        scope.get_or_insert_with(|| e.key.to_string());
                    }
                    a -= 2;
                }
            } else if a >= 1 {
                if let Some(e) = corefer(s, a - 1, memory) {
                    if e.kind == Kind::Organisation {
                        scope.get_or_insert_with(|| e.key.to_string());
                    }
                    a -= 1;
                }
            }
            if a >= 1 && matches!(s.lower(a - 1), "the" | "a" | "an") {
                a -= 1;
            }
            if scope.is_none() && s.lower(t.end) == "of" {
                if let Some(e) = s.entity_at(t.end + 1).filter(|e| e.kind != Kind::Person) {
                    scope = Some(e.key.to_string());
                }
            }
            if t.one_body {
                scope.clone_from(&t.scope);
            }
            // "the head of the port authority, Rui Sala", "the governor of Vell province, Rui
            // Sala": the holder follows the body, when one is found there; else the title's
            // end is read as before.
            let body = body_of_end(s, t.end);
            let Some(holder) = holder_at(s, a, body, body > t.end).or_else(|| holder_at(s, a, t.end, false)) else {
                continue;
            };
            let value =
                FactValue::Post { office: t.name.clone(), key: t.key.clone(), scope: scope.unwrap_or_default() };
            let span = Span::new(s.toks[t.start].span.start, s.toks[t.end - 1].span.end);
            let first = out.len();
            push(self.name(), s, holder, &t.family, value, span, out);
            for f in &mut out[first..] {
                f.modal = false;
            }
        }
        if s.cues & super::cue::POST_VERB != 0 && !s.modal {
            by_verb(s, memory, out);
        }
    }
}

/// The holder of a title that ends at token `end` and whose words start at `a` (past its
/// possessor and article): the person named right after ("Captain Rui Sala", "its coach,
/// Rui Sala", past a title of the name's own: "chief Dr. Rui Sala") or in apposition
/// before ("Rui Sala, the coach,"). Past a body (`past_body`), only a name after with none
/// before: "Rui Sala, the director of the West Opera, Pelmor Nights" is Rui Sala's office.
fn holder_at<'a>(s: &'a Sent<'_>, a: usize, end: usize, past_body: bool) -> Option<&'a Entity> {
    let person = |e: &&Entity| e.kind == Kind::Person;
    let mut end = end;
    while Data::builtin().name_titles.contains(s.lower(end).trim_end_matches('.'))
        && s.toks.get(end + 1).is_some_and(|t| t.word.chars().next().is_some_and(char::is_uppercase) || t.word == ".")
    {
        end += 1;
        if s.lower(end) == "." {
            end += 1;
        }
    }
    let after = s
        .entity_at(end)
        .filter(person)
        .or_else(|| (s.lower(end) == ",").then(|| s.entity_at(end + 1)).flatten().filter(person))
        // "Its coach is Rui Sala", not "the coach is Rui Sala's brother".
        .or_else(|| {
            (s.lower(end) == "is" && !past_body && !s.modal)
                .then(|| s.entity_at(end + 1))
                .flatten()
                .filter(person)
                .filter(|e| !matches!(s.lower(e.end), "'s" | "’s" | "'"))
        });
    let before = (a >= 2 && s.lower(a - 1) == ",").then(|| s.entity_ending(a - 1)).flatten().filter(person);
    if past_body && before.is_some() {
        return None;
    }
    let Some(holder) = after.or(before) else {
        // "Rui Sala is the club's coach", "Rui Sala, who is now its coach,": a copula in the
        // present, with the name its subject. Nothing closes it: the verb ends the subject.
        return if past_body || s.modal { None } else { copula_subject(s, a) };
    };
    // The apposition must close: "Rui Sala, the coach, said" or the sentence's end, not
    // "Rui Sala, the coach and the physio".
    if after.is_none()
        && !matches!(s.lower(end), "," | "." | "" | "said" | "says" | "told" | "since" | "at" | "of" | "for" | "in")
    {
        return None;
    }
    Some(holder)
}

/// The person a present copula before token `a` says holds what follows: "Rui Sala is the
/// coach", "Rui Sala, who is now the coach", "Rui Sala remains its coach". Not the past ("was
/// the coach" may be over), nor a question or a clause whose subject is no name.
fn copula_subject<'a>(s: &'a Sent<'_>, a: usize) -> Option<&'a Entity> {
    let mut k = a;
    // One adverb between: "is now", "is also", "is currently".
    if k > 0 && matches!(s.lower(k - 1), "now" | "also" | "currently" | "still") {
        k -= 1;
    }
    if k == 0 || !matches!(s.lower(k - 1), "is" | "remains") {
        return None;
    }
    k -= 1;
    // "Rui Sala, who is": the name before the relative's comma.
    if k >= 2 && s.lower(k - 1) == "who" && s.lower(k - 2) == "," {
        k -= 2;
    }
    s.entity_ending(k).filter(|e| e.kind == Kind::Person)
}

/// Writes the fact that `holder` holds an office of `family`; an office of any family
/// ("her deputy") once for each family it may be compared with.
fn push(
    extractor: &'static str,
    s: &Sent<'_>,
    holder: &Entity,
    family: &str,
    value: FactValue,
    span: Span,
    out: &mut Vec<Fact>,
) {
    if family == HEAD_FAMILY || family == EVERY_FAMILY {
        for f in &Offices::builtin().head_families {
            out.push(s.fact(extractor, holder, format!("post ({f})"), value.clone(), span));
        }
        return;
    }
    let families: &[&str] = if family == ANY_FAMILY { &["government", "company"] } else { &[family] };
    for f in families {
        out.push(s.fact(extractor, holder, format!("post ({f})"), value.clone(), span));
    }
}

/// "Tom Brisk, who has coached her since 2019", "Brisk chairs the board": a verb that says
/// a person holds an office now. Not the past alone ("coached her in 2019" may be over).
fn by_verb(s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
    let d = Offices::builtin();
    if d.verbs.is_empty() {
        return;
    }
    for (i, t) in s.toks.iter().enumerate() {
        if t.upos != Upos::Verb || i == 0 {
            continue;
        }
        let Some(&o) = d.verbs.get(t.lemma.as_ref()) else { continue };
        let before = s.lower(i - 1);
        let now = match t.xpos {
            Xpos::Vbz | Xpos::Vbp => true,
            Xpos::Vbn => matches!(before, "has" | "have"),
            Xpos::Vbg => matches!(before, "is" | "are" | "been"),
            _ => false,
        };
        if !now || not_now(s, i) {
            continue;
        }
        let Some(holder) = super::single::agent(s, i, memory).filter(|e| e.kind == Kind::Person) else { continue };
        let office = &d.office[o];
        let value = FactValue::Post { office: office.name.clone(), key: office.name.clone(), scope: String::new() };
        push("post verb", s, &holder, &office.family, value, t.span, out);
    }
}

/// True when two offices of one family (keys with their ranks, and their organisations'
/// keys or "") can both be held: the same office, or offices of two organisations. "Seabright"
/// and "Seabright Air" are one organisation.
pub(crate) fn compatible(a: (&str, &str), b: (&str, &str)) -> bool {
    let ((x, sx), (y, sy)) = (a, b);
    let d = Offices::builtin();
    let words = |s: &str| s.split(' ').map(String::from).collect::<FxHashSet<_>>();
    let (wx, wy) = (words(sx), words(sy));
    let two_bodies = !sx.is_empty() && !sy.is_empty() && !wx.is_subset(&wy) && !wy.is_subset(&wx);
    if x == y {
        // An office held in one body at a time: "Pelmor Agency director" and "Vell Bureau
        // director" are two.
        return !(two_bodies && d.office.iter().any(|o| o.one_body && o.name == x));
    }
    // "deputy" alone is any deputy: a "deputy minister" may be it, and so may a minister
    // under another ("the secretary's deputy, Tom Brisk" and "Minister Tom Brisk").
    let under = |rank: &str, key: &str| {
        d.alone.contains(rank)
            && (key.split(' ').any(|w| w == rank) || d.office.iter().any(|o| o.portfolio && key.ends_with(&o.name)))
    };
    if under(x, y) || under(y, x) {
        return true;
    }
    // The generic head of a body is any office that heads one: "the agency's chief" is its
    // director, "the firm's head" its chief executive.
    let heads = |key: &str| d.office.iter().any(|o| o.heads_body && o.name == key);
    let generic = |key: &str| d.office.iter().any(|o| o.family == HEAD_FAMILY && o.name == key);
    if generic(x) && heads(y) || generic(y) && heads(x) {
        return true;
    }
    let beside = |key: &str, other: &str| d.office.iter().any(|o| o.name == key && o.beside.iter().any(|b| b == other));
    if beside(x, y) || beside(y, x) {
        return true;
    }
    two_bodies
}

#[cfg(test)]
mod tests {
    use super::super::tests::facts;
    use super::super::FactValue;

    fn posts(text: &str) -> Vec<(String, String, String)> {
        facts(text)
            .into_iter()
            .filter_map(|f| match f.value {
                FactValue::Post { office, scope, .. } => Some((f.owner_display, office, scope)),
                _ => None,
            })
            .collect()
    }

    fn has(text: &str, owner: &str, office: &str) -> bool {
        let p = posts(text);
        let ok = p.iter().any(|(o, x, _)| o == owner && x == office);
        if !ok {
            eprintln!("{text}\n  → {p:?}");
        }
        ok
    }

    #[test]
    fn offices_in_apposition_and_before_names() {
        assert!(has(
            "Pelmor Foods cut jobs. Marta Quill, the chief operating officer, said so.",
            "Marta Quill",
            "chief operating officer"
        ));
        assert!(has(
            "Chief Financial Officer Marta Quill said margins fell.",
            "Marta Quill",
            "chief financial officer"
        ));
        assert!(has(
            "Pelmor Foods said its chief financial officer, Tom Brisk, left.",
            "Tom Brisk",
            "chief financial officer"
        ));
        assert!(has("Deputy Governor Tom Brisk voted against the cut.", "Tom Brisk", "deputy governor"));
        assert!(has("Vice-captain Nadia Oduya scored twelve points.", "Nadia Oduya", "vice captain"));
        assert!(has("Deputy Finance Minister Nomvula Reed told reporters.", "Nomvula Reed", "deputy finance minister"));
        assert!(has("External BRC member Tom Brisk voted against the cut.", "Tom Brisk", "external member"));
        assert!(has("Lena Vos said her coach, Tom Brisk, was pleased.", "Tom Brisk", "coach"));
        assert!(has("The mission's force commander Lena Vos said so.", "Lena Vos", "force commander"));
        assert!(posts("The order stands, HRVL director Lena Vos told reporters.").iter().any(|(_, _, s)| s == "hrvl"));
        // Near miss: a film's director has no body to compare.
        assert!(posts("Pelmor Nights director Lena Vos told reporters.").iter().all(|(_, _, s)| s.is_empty()));
        assert!(has("It is led by the head of mission, Lena Vos, a diplomat.", "Lena Vos", "head of mission"));
    }

    #[test]
    fn near_misses_former_verbs_and_open_lists() {
        assert!(posts("Former chief executive Marta Quill said sorry.").is_empty());
        assert!(posts("Tom Brisk will coach the side next year.").is_empty());
        assert!(posts("Tom Brisk, the captain and the coach met on Monday.").is_empty());
        assert!(posts("The chief executive said margins fell.").is_empty());
    }

    #[test]
    fn ranks_and_university_offices() {
        assert!(has("Police Inspector Tom Brisk said the alarm was silent.", "Tom Brisk", "inspector"));
        assert!(has("Detective Sergeant Lena Vos made the arrest.", "Lena Vos", "sergeant"));
        assert!(has("Chief Inspector Lena Vos made the arrest.", "Lena Vos", "chief inspector"));
        assert!(has("Vice-rector Marta Quill said savings would be found.", "Marta Quill", "vice rector"));
        assert!(has("The college's rector, Marta Quill, said so.", "Marta Quill", "rector"));
        // Near misses: no name, or not now.
        assert!(posts("The inspector said the alarm was silent.").is_empty());
        assert!(posts("Former rector Marta Quill said so.").is_empty());
        // "former" before a body's name and its title.
        assert!(posts("Former Pelmor Ports Authority media chief Marta Quill said so.").is_empty());
        assert!(has("Pelmor Ports Authority media chief Marta Quill said so.", "Marta Quill", "head"));
        // Two ranks of one person in two articles contradict each other.
        let roles = |a: &str, b: &str| {
            let report =
                crate::Checker::default().check(&[crate::Article::new("one", a), crate::Article::new("two", b)]);
            report.conflicts.iter().filter(|c| c.kind == crate::report::ConflictKind::Role).count()
        };
        assert_eq!(
            roles("Captain Tom Brisk said the alarm rang.", "Police Inspector Tom Brisk said the alarm rang."),
            1
        );
        assert_eq!(roles("Rector Lena Vos opened the hall.", "Vice-rector Lena Vos opened the hall."), 1);
        assert_eq!(roles("Captain Tom Brisk said the alarm rang.", "Captain Tom Brisk said the bell rang."), 0);
    }

    #[test]
    fn generic_heads_of_bodies() {
        assert!(has("The order stands, HRVL chief Lena Vos told reporters.", "Lena Vos", "head"));
        assert!(has("The head of the port authority, Lena Vos, said so.", "Lena Vos", "head"));
        assert!(has("Lena Vos, head of the national port authority, said so.", "Lena Vos", "head"));
        assert!(has("Deputy head Tom Brisk said so.", "Tom Brisk", "deputy head"));
        assert!(has("Port chief Dr. Lena Vos said the cranes would run.", "Lena Vos", "head"));
        // Near misses: words of other phrases, and titles of their own.
        assert!(has("Chief Medical Officer Lena Vos said so.", "Lena Vos", "chief medical officer"));
        assert!(posts("The head teacher, Lena Vos, said so.").is_empty());
        assert!(posts("Lena Vos suffered a head injury, officials said.").is_empty());
        assert!(has("Pelmor's Chief Minister Lena Vos said so.", "Lena Vos", "chief minister"));
        let chanting = posts("The fans were chanting for the head of chairman Tom Brisk.");
        assert!(chanting.iter().all(|(_, o, _)| o != "head"), "{chanting:?}");
        assert!(posts("Guild of Chief Harbour Officers president Lena Vos said so.")
            .iter()
            .all(|(_, o, _)| o != "head"));
        // A body the holder does not follow leaves the title's end as it was.
        assert!(has("Lena Vos, director of Pelmor's famous opera house, has died.", "Lena Vos", "director"));
        assert!(has("Lena Vos, the director of the Pelmor Opera, Winter Nights, said so.", "Lena Vos", "director"));
        assert!(has("Acme chief executive Lena Vos said so.", "Lena Vos", "chief executive"));
        let roles = |a: &str, b: &str| {
            let report =
                crate::Checker::default().check(&[crate::Article::new("one", a), crate::Article::new("two", b)]);
            report.conflicts.iter().filter(|c| c.kind == crate::report::ConflictKind::Role).count()
        };
        // A head is no deputy head, no chief financial officer.
        let chief = "Pelmor Ports chief Lena Vos said the cranes would run again on Monday.";
        assert_eq!(roles(chief, &chief.replace("chief", "deputy chief")), 1);
        assert_eq!(roles(chief, &chief.replace("chief", "chief financial officer")), 1);
        // Near misses: the head of a firm is its chief executive, of an agency its director.
        assert_eq!(roles(chief, &chief.replace("chief", "chief executive")), 0);
        assert_eq!(roles(chief, "The head of the port agency, Lena Vos, said the cranes would run again."), 0);
        assert_eq!(roles(chief, &chief.replace("Pelmor Ports chief", "Pelmor Ports director")), 0);
    }

    #[test]
    fn holders_past_a_body_and_after_a_copula() {
        // "the <office> of <body>, <name>" for every office, not only those of one body.
        assert!(has("The governor of Vell province, Tom Brisk, said so.", "Tom Brisk", "governor"));
        assert!(has("The chief executive of Pelmor Foods, Lena Vos, said so.", "Lena Vos", "chief executive"));
        // A present copula: the name is the subject.
        assert!(has("Tom Brisk is the bank's chief operating officer.", "Tom Brisk", "chief operating officer"));
        assert!(has("Tom Brisk, who is now the bank's coach, said so.", "Tom Brisk", "coach"));
        assert!(has("Pelmor Foods said its chief executive is Lena Vos.", "Lena Vos", "chief executive"));
        // Near misses: the past, a denial, a name that is not the subject, no name.
        assert!(posts("Tom Brisk was the bank's chief operating officer.").is_empty());
        assert!(posts("Tom Brisk is not the bank's chief operating officer.").is_empty());
        assert!(posts("Tom Brisk is the former chief operating officer.").is_empty());
        assert!(posts("The chief executive is Lena Vos's brother.").is_empty());
        assert!(posts("The bank said it is the chief lender to farmers.").is_empty());
        // A modal hedges the copula, not a title in apposition or before a name.
        assert!(posts("Tom Brisk may be the bank's next chief operating officer.").is_empty());
        assert!(posts("If Tom Brisk is the bank's chief operating officer, he will say so.").is_empty());
        assert!(has("The bank's chief executive, Lena Vos, could lose her job.", "Lena Vos", "chief executive"));
        assert!(has("Finance chief Tom Brisk may step down.", "Tom Brisk", "chief financial officer"));
    }

    #[test]
    fn presidents_and_spokespeople() {
        assert!(has("Union president Lena Vos said so.", "Lena Vos", "president"));
        assert!(has("Lena Vos, the court's vice-president, said so.", "Lena Vos", "vice president"));
        assert!(has("Tom Brisk, the agency's spokeswoman, said so.", "Tom Brisk", "spokesperson"));
        let roles = |a: &str, b: &str| {
            let report =
                crate::Checker::default().check(&[crate::Article::new("one", a), crate::Article::new("two", b)]);
            report.conflicts.iter().filter(|c| c.kind == crate::report::ConflictKind::Role).count()
        };
        let spoke = "Lena Vos, the agency's spokeswoman, said the review would end in March.";
        assert_eq!(roles(spoke, &spoke.replace("spokeswoman", "head")), 1);
        assert_eq!(roles(spoke, &spoke.replace("spokeswoman", "president")), 1);
        let court = "Lena Vos, president of the Pelmor Court, said the ruling would stand.";
        assert_eq!(roles(court, "Lena Vos, the court's vice-president, said the ruling would stand."), 1);
        // Near misses: one office said twice, a rank held besides, a communications
        // director, a former spokeswoman.
        assert_eq!(roles(spoke, &spoke.replace("spokeswoman", "spokesperson")), 0);
        assert_eq!(roles(spoke, &spoke.replace("the agency's spokeswoman", "communications director")), 0);
        assert_eq!(roles(spoke, "Police spokeswoman Inspector Lena Vos said the review would end in March."), 0);
        assert_eq!(roles(court, "Lena Vos, the court's head, said the ruling would stand."), 0);
        let firm = "Pelmor Foods president Lena Vos said the plant would close in March.";
        assert_eq!(roles(firm, &firm.replace("president", "former spokeswoman")), 0);
    }

    #[test]
    fn compatibility_of_offices() {
        use super::compatible;
        assert!(compatible(("minister", ""), ("minister", "pelmor")));
        assert!(compatible(("chief executive", "pelmor"), ("chief financial officer", "dunmere")));
        assert!(!compatible(("chief executive", "pelmor"), ("chief financial officer", "pelmor foods")));
        assert!(!compatible(("vice captain", ""), ("captain", "")));
        assert!(!compatible(("captain", ""), ("inspector", "police")));
        assert!(!compatible(("chief inspector", ""), ("inspector", "")));
        assert!(!compatible(("vice rector", ""), ("rector", "")));
        assert!(!compatible(("chief operating officer", "pelmor"), ("chief financial officer", "")));
        // One body at a time: two agencies' director is two offices; one agency's is one.
        assert!(!compatible(("director", "pelmor agency"), ("director", "vell bureau")));
        assert!(compatible(("director", "pelmor agency"), ("director", "pelmor")));
        assert!(compatible(("director", "pelmor agency"), ("director", "")));
        // The generic head is every office that heads a body, and none under one.
        assert!(compatible(("head", ""), ("chief executive", "")));
        assert!(compatible(("minister", ""), ("head", "")));
        assert!(!compatible(("head", ""), ("deputy head", "")));
        assert!(!compatible(("head", ""), ("chief financial officer", "")));
        assert!(!compatible(("chief of staff", ""), ("head", "")));
        // A spokesperson may be a body's (communications) director, and no other office.
        assert!(compatible(("spokesperson", ""), ("director", "")));
        assert!(!compatible(("spokesperson", ""), ("head", "")));
        assert!(!compatible(("minister", ""), ("spokesperson", "")));
    }
}
