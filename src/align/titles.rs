//! One person under two titles that exclude each other, in two articles' aligned sentences
//! that name that person: the `role` kind on people no office of the facts path names.
//!
//! Where two articles name the same people, the names path ([`super::names`]) finds no name
//! one side has and the other lacks, and compares nothing; what differs is what each side
//! calls a person: "the band's drummer, Ivo Pell" against "lead singer Ivo Pell", "Dr Ivo
//! Pell, a surgeon at the clinic," against "anaesthetist Ivo Pell", "manager Ivo Pell"
//! against "assistant manager Ivo Pell". A title is a WordNet person noun before the name
//! or in apposition to it, with the words before it. Two titles exclude each other when
//! their nouns are two kinds of one narrow kind of person (a surgeon and an anaesthetist
//! are two kinds of doctor, a drummer and a singer two kinds of musician), neither a kind of
//! the other, or one noun with a lesser rank on one side only. Kinds too broad to say one
//! person is not both (a worker, a leader, a performer) are the data's
//! (`data/align/titles.toml`); so are the lesser ranks. The offices of the facts path
//! (`data/facts/offices.toml`) are left to it.

use super::names::{names_of, tokens, Tok};
use super::{side, Aligned, Sent};
use crate::conflicts::ConflictKind;
use crate::lexicon::parse_toml;
use crate::lexicon::wordnet::NounClasses;
use crate::tag::{SentenceTags, Upos};
use crate::Span;
use rustc_hash::FxHashSet;
use serde::Deserialize;
use std::sync::OnceLock;

/// The most words before a title's noun that are read as part of it ("consultant", "lead").
const MAX_TITLE_WORDS: usize = 3;
/// The most words between a name's comma and the noun of a title in apposition after it
/// ("Ivo Pell, the hospital's senior anaesthetist,").
const MAX_APPOSITION_WORDS: usize = 6;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    lesser_ranks: Vec<String>,
    general_kinds: Vec<String>,
    name_titles: Vec<String>,
    closers: Vec<String>,
    other_holders: Vec<String>,
}

struct Cues {
    lesser_ranks: FxHashSet<String>,
    general_kinds: FxHashSet<String>,
    name_titles: FxHashSet<String>,
    closers: FxHashSet<String>,
    /// Words before a title, or a title's prefix, that say its holder is another or held
    /// it at another time ("former", "fellow", "co-star").
    other_holders: FxHashSet<String>,
}

impl Cues {
    fn builtin() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        CUES.get_or_init(|| {
            let d: Data = match parse_toml("data/align/titles.toml", include_str!("../../data/align/titles.toml")) {
                Ok(d) => d,
                Err(e) => panic!("built-in align titles: {e}"),
            };
            let set = |v: Vec<String>| v.into_iter().collect::<FxHashSet<_>>();
            Cues {
                lesser_ranks: set(d.lesser_ranks),
                general_kinds: set(d.general_kinds),
                name_titles: set(d.name_titles),
                closers: set(d.closers),
                other_holders: set(d.other_holders),
            }
        })
    }
}

/// A person's name with the title a sentence gives it.
#[derive(Debug, Clone)]
pub(super) struct Titled {
    /// The name's last word, folded: one person's in both articles ("Ivo Pell", "Dr Pell").
    last: String,
    /// The title's noun, lower case ("singer").
    head: String,
    /// A lesser rank stands before the noun ("assistant manager").
    lesser: bool,
    /// The title and the name.
    span: Span,
    /// The name.
    name: Span,
}

/// The role findings of two aligned sentences of two articles, each with its titled names
/// ([`titled`]): one person under titles that exclude each other ([`exclusive`]).
pub(super) fn compare(
    texts: &[&str],
    (a, ta): (&Sent, &[Titled]),
    (b, tb): (&Sent, &[Titled]),
    confidence: f64,
    out: &mut Vec<Aligned>,
) {
    for x in ta {
        for y in tb.iter().filter(|y| y.last == x.last && exclusive(x, y)) {
            if super::trace::facts_on() {
                super::trace::emit_facts(serde_json::json!({
                    "event": "titles", "a": super::trace::at(a.article, x.span),
                    "b": super::trace::at(b.article, y.span),
                }));
            }
            let (va, vb) = (x.span.of(texts[a.article]), y.span.of(texts[b.article]));
            out.push(Aligned {
                kind: ConflictKind::Role,
                // Asked of the person: "What is Ivo Pell's role?"
                about: x.name.of(texts[a.article]).to_string(),
                sides: [side(a, x.span, va.to_string(), false), side(b, y.span, vb.to_string(), false)],
                confidence,
            });
        }
    }
}

/// The most words between a title and its name that [`titled`] looks across before it reads
/// a sentence's names.
const TITLE_REACH: usize = 5;

/// The titled names of sentence `s` of `text`.
pub(super) fn titled(text: &str, s: &Sent, kept: Option<&SentenceTags>) -> Vec<Titled> {
    // Most sentences that share a name hold no noun of a person: they are not tagged and
    // read for names here ([`person_noun`] asks the same table of each title).
    // A title stands within a few words of its name: "lead singer Ivo Pell", "Ivo Pell, 34,
    // an anaesthetist".
    let capital = |w: &super::Word| crate::text::is_upper_start(w.span.of(text));
    let beside_name = |k: usize| {
        let near = &s.words[k.saturating_sub(TITLE_REACH)..(k + TITLE_REACH + 1).min(s.words.len())];
        near.iter().any(|w| w.span != s.words[k].span && capital(w))
    };
    if !(0..s.words.len()).any(|k| title_noun(&s.words[k].lower).is_some() && beside_name(k)) {
        return Vec::new();
    }
    let sentence = s.span.of(text);
    let toks = tokens(sentence, s.span, kept);
    let mut out = Vec::new();
    for n in names_of(text, s, kept) {
        let Some(last) = n.parts.last().filter(|p| p.chars().count() > 1) else { continue };
        let (Some(f), Some(l)) = (
            toks.iter().position(|t| t.span.start == n.span.start),
            toks.iter().position(|t| t.span.end == n.span.end),
        ) else {
            continue;
        };
        if let Some((head, lesser, at)) = title_of(&toks, f, l) {
            let span = Span::new(toks[at.0].span.start.min(n.span.start), toks[at.1].span.end.max(n.span.end));
            out.push(Titled { last: last.clone(), head, lesser, span, name: n.span });
        }
    }
    out
}

/// The lower-case person noun of WordNet `t` is, when it is no office of the facts path's
/// (theirs to compare) and no demonym.
fn person_noun(t: &Tok) -> Option<String> {
    // A noun the tagger took for an adjective by its ending ("paediatrician", "technician").
    if !matches!(t.tag.upos, Upos::Noun | Upos::Propn | Upos::Adj) {
        return None;
    }
    title_noun(t.lower.as_ref()).map(str::to_string)
}

/// The lemma of WordNet's person noun `w` (lower case) when it may be a title here: no office
/// of the facts path's, no title of a name ("Dr"), no demonym.
fn title_noun(w: &str) -> Option<&'static str> {
    // Asked of every word of a sentence first ([`titled`]): most are no person noun at all.
    let noun = NounClasses::builtin().get(w).filter(|n| n.person() && !n.demonym())?;
    if crate::facts::posts::is_head(w) || Cues::builtin().name_titles.contains(w.trim_end_matches('.')) {
        return None;
    }
    // "co-star Ivo Pell": a noun of whom one stands beside, not of what one is.
    if w.split_once('-').is_some_and(|(p, _)| Cues::builtin().other_holders.contains(p)) {
        return None;
    }
    Some(noun.lemma)
}

/// The title of the name at words `f..=l`: its noun, whether a lesser rank stands before it,
/// and its first and last words. Before the name ("lead singer Ivo Pell", "Surgeon Dr Ivo
/// Pell", the name's own first word: "Pathologist Ivo Pell"), or in apposition after it
/// ("Ivo Pell, an anaesthetist at the clinic,") or before it ("the band's drummer, Ivo Pell,").
fn title_of(toks: &[Tok], f: usize, l: usize) -> Option<(String, bool, (usize, usize))> {
    let cues = Cues::builtin();
    // A name title opens the name: "Dr Ivo Pell".
    let mut first = f;
    while first < l && cues.name_titles.contains(toks[first].lower.trim_end_matches('.')) {
        first += 1;
    }
    if first + 1 < l {
        if let Some(head) = person_noun(&toks[first]) {
            return with_words(toks, head, first, f);
        }
    }
    // Past a name title the tagger left out of the name: "surgeon Dr Ivo Pell".
    let mut g = f;
    while g > 0 && (cues.name_titles.contains(toks[g - 1].lower.trim_end_matches('.')) || toks[g - 1].written == ".") {
        g -= 1;
    }
    if g > 0 {
        if let Some(head) = person_noun(&toks[g - 1]) {
            return with_words(toks, head, g - 1, g - 1);
        }
    }
    let closes = |k: usize| toks.get(k).is_none_or(|t| cues.closers.contains(t.lower.as_ref()));
    // "the band's drummer, Ivo Pell," — the apposition closes after the name.
    if f >= 2 && toks[f - 1].written == "," && closes(l + 1) {
        if let Some(head) = person_noun(&toks[f - 2]) {
            return with_words(toks, head, f - 2, f - 2);
        }
    }
    // "Ivo Pell, an anaesthetist at the clinic,": a noun that closes its phrase.
    if toks.get(l + 1).is_some_and(|t| t.written == ",") {
        for k in l + 2..(l + 2 + MAX_APPOSITION_WORDS).min(toks.len()) {
            let t = &toks[k];
            if t.tag.upos == Upos::Noun && closes(k + 1) {
                let head = person_noun(t)?;
                let (head, lesser, _) = with_words(toks, head, k, k)?;
                return Some((head, lesser, (l + 1, k)));
            }
            if !matches!(t.tag.upos, Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Part | Upos::Pron) {
                return None;
            }
        }
    }
    None
}

/// A title's noun at word `h` with the words right before it (up to [`MAX_TITLE_WORDS`]
/// adjectives and nouns): whether one is a lesser rank, and the title's words from the
/// first of them to `end`'s side.
fn with_words(toks: &[Tok], head: String, h: usize, keep: usize) -> Option<(String, bool, (usize, usize))> {
    let ranks = &Cues::builtin().lesser_ranks;
    let mut start = h;
    let mut lesser = false;
    // A rank opening the sentence may be read as a name ("Assistant manager Ivo Pell").
    let rank = |t: &Tok| t.lower.split('-').any(|w| ranks.contains(w));
    let mut other = false;
    while start > 0
        && h - start < MAX_TITLE_WORDS
        && (matches!(toks[start - 1].tag.upos, Upos::Adj | Upos::Noun) || rank(&toks[start - 1]))
    {
        start -= 1;
        lesser |= rank(&toks[start]);
        other |= toks[start].lower.split('-').any(|w| Cues::builtin().other_holders.contains(w));
    }
    // "former drummer Ivo Pell", "fellow surgeon Ivo Pell": no title Ivo Pell holds now.
    if other || start > 0 && Cues::builtin().other_holders.contains(toks[start - 1].lower.as_ref()) {
        return None;
    }
    Some((head, lesser, (start, keep.max(h))))
}

/// True when one person cannot hold both titles: one noun with a lesser rank on one side
/// only, or two nouns of one narrow kind of person ([`siblings`]).
fn exclusive(x: &Titled, y: &Titled) -> bool {
    if x.head == y.head {
        return x.lesser != y.lesser;
    }
    !x.lesser && !y.lesser && siblings(&x.head, &y.head)
}

/// True when two person nouns are two kinds of one narrow kind of person ("surgeon" and
/// "anaesthetist": doctors), neither a kind of the other ("surgeon" and "doctor").
fn siblings(x: &str, y: &str) -> bool {
    let nc = NounClasses::builtin();
    let (Some(nx), Some(ny)) = (nc.get(x), nc.get(y)) else { return false };
    if nc.kind_of(x, y) || nc.kind_of(y, x) {
        return false;
    }
    let general = &Cues::builtin().general_kinds;
    let narrow: Vec<&str> = nx.broader_nouns().filter(|k| !general.contains(*k)).collect();
    !narrow.is_empty() && ny.broader_nouns().any(|k| narrow.contains(&k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Checker};

    /// The sides of the role conflicts the whole check finds between two articles.
    fn roles(a: &str, b: &str) -> Vec<Vec<String>> {
        let report = Checker::default().check(&[Article::new("a", a), Article::new("b", b)]);
        report
            .conflicts
            .iter()
            .filter(|c| c.kind == "role")
            .map(|c| c.sides.iter().map(|s| s.value.clone()).collect())
            .collect()
    }

    #[test]
    fn one_person_under_two_kinds_of_doctor_is_found() {
        let a = "Paediatrician Dr Ivo Wymble said the ward would reopen on Monday after repairs.";
        let b = "Dr Ivo Wymble, a radiologist at the clinic, said the ward would reopen on Monday.";
        assert_eq!(roles(a, b).len(), 1, "{:?}", roles(a, b));
    }

    #[test]
    fn one_title_reworded_a_former_title_or_two_broad_kinds_are_not() {
        let a = "Surgeon Ivo Wymble said the ward would reopen on Monday after repairs.";
        // A surgeon is a doctor.
        let b = "Ivo Wymble, a doctor at the clinic, said the ward would reopen on Monday.";
        assert!(roles(a, b).is_empty(), "{:?}", roles(a, b));
        // A former anaesthetist may be a surgeon now.
        let c = "Former anaesthetist Ivo Wymble said the ward would reopen on Monday after repairs.";
        assert!(roles(a, c).is_empty(), "{:?}", roles(a, c));
        // One person may be an actor and a comedian.
        let d = "Comedian Ivo Wymble will take a new show on tour next spring, with 20 dates.";
        let e = "Actor Ivo Wymble will take a new show on tour next spring, with 20 dates.";
        assert!(roles(d, e).is_empty(), "{:?}", roles(d, e));
    }

    #[test]
    fn two_kinds_of_one_narrow_kind_exclude_each_other() {
        assert!(siblings("drummer", "singer"));
        assert!(siblings("surgeon", "anaesthetist"));
    }

    #[test]
    fn a_kind_and_its_broader_or_two_broad_kinds_do_not() {
        // A surgeon is a doctor; an actor and a comedian are both performers, and one
        // person may be both.
        assert!(!siblings("surgeon", "doctor"));
        assert!(!siblings("actor", "comedian"));
        assert!(!siblings("chairman", "businessman"));
    }

    #[test]
    fn a_lesser_rank_on_one_side_excludes() {
        let t = |head: &str, lesser: bool| Titled {
            last: "pell".into(),
            head: head.into(),
            lesser,
            span: Span::new(0, 1),
            name: Span::new(0, 1),
        };
        assert!(exclusive(&t("manager", false), &t("manager", true)));
        assert!(!exclusive(&t("manager", true), &t("manager", true)));
        assert!(!exclusive(&t("manager", false), &t("manager", false)));
    }
}
