//! The lemmatizer: a table for the words of the treebanks whose lemma the rules get wrong
//! ("went" VBD → "go"), and suffix-rewrite rules learned per XPOS for every other word
//! ("-ies" NNS → "-y", "-ed" VBD → ""), checked on verbs against WordNet's verbs and
//! irregular forms (`data/wordnet/verbs.tsv`).

use super::features::{fmix, hash_bytes, normalize_into};
use super::model::{Reader, Writer};
use super::tags::Xpos;
use crate::claims::memo::LemmaSlots;
use crate::error::Result;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Longest suffix, in characters, that a rule is keyed on.
const MAX_SUFFIX: usize = 5;

/// How to turn a word into its lemma: lower-case it or not, cut `strip` characters off the
/// end, append `append`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Rule {
    lower: bool,
    strip: u8,
    append: Box<str>,
}

/// Lemmas from a word and its XPOS.
#[derive(Debug, Default)]
pub(crate) struct Lemmatizer {
    rules: Vec<Rule>,
    /// (XPOS, suffix) → rule, sorted, as written to the file.
    suffixes: Vec<(Xpos, Box<str>, u32)>,
    by_suffix: FxHashMap<u64, u32>,
    /// Per XPOS code, bit `k` set when some rule of that tag is keyed on a suffix of `k`
    /// characters: most tags have rules of one or two lengths only, and a suffix of a
    /// length no rule has is not looked up.
    lengths: Vec<u8>,
    /// (form, XPOS) → lemma, sorted, as written to the file.
    exceptions: Vec<(Box<str>, Xpos, Box<str>)>,
    by_form: FxHashMap<Box<str>, Vec<(Xpos, u32)>>,
}

fn suffix_key(xpos: Xpos, suffix: &str) -> u64 {
    fmix(hash_bytes(suffix.as_bytes()) ^ (xpos as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// Byte offset where the last `k` characters of `s` begin (0 when `s` is shorter).
fn last_chars(s: &str, k: usize) -> usize {
    if k == 0 {
        return s.len();
    }
    // One byte a character: no walk back over the characters.
    if s.is_ascii() {
        return s.len().saturating_sub(k);
    }
    s.char_indices().rev().nth(k - 1).map_or(0, |(i, _)| i)
}

/// The characters of `s` (its bytes when it is ASCII, as most words are).
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The word lower-cased with straight apostrophes, borrowed when it already is.
fn lowered(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|b| !b.is_ascii_uppercase() && b < 0x80) {
        Cow::Borrowed(word)
    } else {
        let mut s = String::with_capacity(word.len());
        normalize_into(word, &mut s);
        Cow::Owned(s)
    }
}

/// Prefixes that make a verb of a verb and keep its irregular past
/// (`data/tagger/irregular.toml`).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Irregular {
    prefixes: Vec<String>,
}

fn irregular() -> &'static Irregular {
    static IRREGULAR: OnceLock<Irregular> = OnceLock::new();
    IRREGULAR.get_or_init(|| {
        match crate::lexicon::parse_toml::<Irregular>(
            "data/tagger/irregular.toml",
            include_str!("../../data/tagger/irregular.toml"),
        ) {
            Ok(f) => f,
            Err(e) => panic!("built-in irregular prefixes: {e}"),
        }
    })
}

/// WordNet's verbs (`data/wordnet/verbs.tsv`): every one-word verb, and the irregular forms
/// it lists for one verb alone. The suffix rules are learned from the treebanks only: on a
/// verb they never saw they may cut wrongly ("freed" → "fre"), and an irregular past they
/// never saw gets a regular lemma ("fled" → "flead").
struct Verbs {
    lemmas: rustc_hash::FxHashSet<&'static str>,
    forms: FxHashMap<&'static str, &'static str>,
}

fn verbs() -> &'static Verbs {
    static VERBS: OnceLock<Verbs> = OnceLock::new();
    VERBS.get_or_init(|| {
        let mut v = Verbs { lemmas: Default::default(), forms: FxHashMap::default() };
        for line in include_str!("../../data/wordnet/verbs.tsv").lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            match (cols.next(), cols.next(), cols.next()) {
                (Some("v"), Some(lemma), None) => {
                    v.lemmas.insert(lemma);
                }
                (Some("f"), Some(form), Some(lemma)) => {
                    v.forms.insert(form, lemma);
                }
                _ => panic!("built-in data/wordnet/verbs.tsv: a line is neither v nor f: {line:?}"),
            }
        }
        v
    })
}

/// The lemma of an irregular past or participle ("fled") or "-ing" form ("planning") that
/// the treebanks lack, as WordNet lists it.
fn irregular_past(form: &str, xpos: Xpos) -> Option<&'static str> {
    let ing = form.ends_with("ing");
    let fits = match xpos {
        Xpos::Vbd | Xpos::Vbn => !ing,
        Xpos::Vbg => ing,
        _ => false,
    };
    if !fits {
        return None;
    }
    verbs().forms.get(form).copied()
}

/// The regular lemmas a verb form may have, likeliest first: "freed" → "free", "fre";
/// "stopped" → "stopp", "stop"; "carries" → "carry".
fn regular_lemmas(lower: &str, xpos: Xpos) -> Vec<String> {
    let undoubled = |stem: &str| {
        let b = stem.as_bytes();
        (b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2]).then(|| stem[..stem.len() - 1].to_string())
    };
    let mut out = Vec::new();
    match xpos {
        Xpos::Vbd | Xpos::Vbn => {
            if let Some(stem) = lower.strip_suffix("ied") {
                out.push(format!("{stem}y"));
            }
            if let Some(stem) = lower.strip_suffix('d') {
                out.push(stem.to_string());
                if let Some(stem) = stem.strip_suffix('e') {
                    out.push(stem.to_string());
                    out.extend(undoubled(stem));
                }
            }
        }
        Xpos::Vbg => {
            if let Some(stem) = lower.strip_suffix("ing") {
                out.push(stem.to_string());
                out.push(format!("{stem}e"));
                out.extend(undoubled(stem));
            }
        }
        Xpos::Vbz => {
            if let Some(stem) = lower.strip_suffix("ies") {
                out.push(format!("{stem}y"));
            }
            if let Some(stem) = lower.strip_suffix('s') {
                out.push(stem.to_string());
                out.extend(stem.strip_suffix('e').map(str::to_string));
            }
        }
        _ => {}
    }
    out
}

/// A verb's lemma that WordNet knows, when the rules gave one it does not and a regular
/// reading of the form gives one it does.
fn known_verb(lower: &str, lemma: &str, xpos: Xpos) -> Option<String> {
    if !matches!(xpos, Xpos::Vbd | Xpos::Vbn | Xpos::Vbg | Xpos::Vbz) || !lower.is_ascii() {
        return None;
    }
    let known = &verbs().lemmas;
    let upper = lemma.bytes().any(|b| b.is_ascii_uppercase());
    if known.contains(lemma) || upper && known.contains(lemma.to_ascii_lowercase().as_str()) {
        return None;
    }
    if let Some(l) = irregular_past(lower, xpos).filter(|l| *l != lemma) {
        return Some(l.to_string());
    }
    regular_lemmas(lower, xpos).into_iter().find(|l| l.len() >= 2 && l != lemma && known.contains(l.as_str()))
}

/// Where the final "e" of a verb in "-re" goes back ("centred", "manoeuvring": "centre",
/// "manoeuvre"), when the suffix rules cut "-ed" or "-ing" off and left a stem ending in a
/// consonant and "r": English has no verb ending so ("enter", "stir" and "blur" have a
/// vowel before it; "purr" doubles its "r").
fn re_verb_ending(lower: &str, lemma: &str, xpos: Xpos) -> Option<usize> {
    let suffix = match xpos {
        Xpos::Vbd | Xpos::Vbn => "red",
        Xpos::Vbg => "ring",
        _ => return None,
    };
    let stem = lower.strip_suffix(suffix)?;
    let b = lemma.as_bytes();
    // The lemma is the stem and its "r", as the rules cut it (in its own case).
    let n = stem.len() + 1;
    if b.len() != n || !b[n - 1].eq_ignore_ascii_case(&b'r') || n < 4 {
        return None;
    }
    let before = b[n - 2].to_ascii_lowercase();
    (before.is_ascii_lowercase() && !b"aeiouyr".contains(&before)).then_some(n)
}

/// Where a suffix rule that undoes a doubled consonant ("robbed" → "rob", "-bbed" cut
/// back to one "b") was keyed on a suffix short enough to catch a verb whose consonant is
/// not doubled ("bombed", "climbed"): English doubles the consonant before "-ed" or "-ing",
/// so a stem whose last kept letter is not the cut letter keeps it. Gives the byte length
/// of the lemma that cuts the ending alone.
fn undoubled_without_double(lower: &str, lemma: &str, xpos: Xpos) -> Option<usize> {
    let ending = match xpos {
        Xpos::Vbd | Xpos::Vbn => "ed",
        Xpos::Vbg => "ing",
        _ => return None,
    };
    let stem = lower.strip_suffix(ending)?;
    let b = stem.as_bytes();
    // The rule cut the ending and one letter more, and appended nothing.
    if b.len() < 3 || lemma.len() + 1 != b.len() || !lemma.is_char_boundary(lemma.len()) {
        return None;
    }
    let (cut, before) = (b[b.len() - 1], b[b.len() - 2]);
    let consonant = cut.is_ascii_lowercase() && !b"aeiouy".contains(&cut);
    (consonant && before != cut && lemma.eq_ignore_ascii_case(&stem[..stem.len() - 1])).then_some(b.len())
}

/// The shortest irregular past kept after a prefix ("led" in "misled").
const MIN_PREFIXED_PAST: usize = 3;

/// Entries of [`Memo`].
const MEMO_SLOTS: usize = 16384;

/// A per-thread memo of [`Lemmatizer::lemma`], for one model at a time: every reader of a
/// sentence asks for the lemmas of the same few thousand words, and each costs hash
/// look-ups of up to six suffixes. An entry is used only for the very word (compared byte
/// for byte), tag and model it was made for, so it never changes a lemma.
#[derive(Default)]
pub(crate) struct Memo {
    model: u64,
    slots: LemmaSlots<MEMO_SLOTS>,
}

impl Memo {
    /// The lemma of `word` tagged `xpos` by model `model`; `compute` gives it when the memo
    /// does not hold it.
    pub fn lemma<'a>(
        &mut self,
        model: u64,
        word: &'a str,
        xpos: Xpos,
        compute: impl FnOnce() -> Cow<'a, str>,
    ) -> Cow<'a, str> {
        if self.model != model {
            self.model = model;
            self.slots.clear();
        }
        if let Some(l) = self.slots.get(word, xpos) {
            return if l == word { Cow::Borrowed(word) } else { Cow::Owned(l.to_owned()) };
        }
        let lemma = compute();
        self.slots.put(word, xpos, &lemma);
        lemma
    }
}

impl Lemmatizer {
    fn build(
        rules: Vec<Rule>,
        suffixes: Vec<(Xpos, Box<str>, u32)>,
        exceptions: Vec<(Box<str>, Xpos, Box<str>)>,
    ) -> Self {
        let by_suffix = suffixes.iter().map(|(x, s, r)| (suffix_key(*x, s), *r)).collect();
        let mut by_form: FxHashMap<Box<str>, Vec<(Xpos, u32)>> = FxHashMap::default();
        for (i, (form, xpos, _)) in exceptions.iter().enumerate() {
            by_form.entry(form.clone()).or_default().push((*xpos, i as u32));
        }
        let mut lengths = vec![0u8; 256];
        for (x, suffix, _) in &suffixes {
            // A suffix longer than the bits (none is: they are cut at MAX_SUFFIX) would
            // mark every length, so that nothing is skipped.
            lengths[*x as usize] |= 1u8.checked_shl(char_count(suffix) as u32).unwrap_or(u8::MAX);
        }
        Lemmatizer { rules, suffixes, by_suffix, lengths, exceptions, by_form }
    }

    fn exception(&self, form: &str, xpos: Xpos) -> Option<&str> {
        let Some(list) = self.by_form.get(form) else { return irregular_past(form, xpos) };
        let of = |want: Xpos| list.iter().find(|(x, _)| *x == want).map(|(_, i)| &*self.exceptions[*i as usize].2);
        // A past form the treebanks have under one tag only: "fed" as a VBN, "took" as a
        // VBD; the past and the participle of an irregular verb share their lemma.
        let other = match xpos {
            Xpos::Vbd => Some(Xpos::Vbn),
            Xpos::Vbn => Some(Xpos::Vbd),
            _ => None,
        };
        of(xpos).or_else(|| other.and_then(of)).or_else(|| irregular_past(form, xpos))
    }

    /// The lemma the suffix rules give.
    fn by_rules<'a>(&self, word: &'a str, lower: &Cow<'a, str>, xpos: Xpos) -> Cow<'a, str> {
        let n = char_count(lower);
        let lengths = self.lengths.get(xpos as usize).copied().unwrap_or(0);
        for k in (0..=n.min(MAX_SUFFIX)).rev() {
            if lengths & (1 << k) == 0 {
                continue;
            }
            let Some(&r) = self.by_suffix.get(&suffix_key(xpos, &lower[last_chars(lower, k)..])) else { continue };
            let rule = &self.rules[r as usize];
            let base: Cow<'a, str> = if rule.lower { lower.clone() } else { Cow::Borrowed(word) };
            let bn = char_count(&base);
            if rule.strip as usize > bn {
                continue;
            }
            if rule.strip == 0 && rule.append.is_empty() {
                return base;
            }
            let cut = last_chars(&base, rule.strip as usize);
            let mut lemma = String::with_capacity(cut + rule.append.len());
            lemma.push_str(&base[..cut]);
            lemma.push_str(&rule.append);
            return Cow::Owned(lemma);
        }
        Cow::Borrowed(word)
    }

    /// The lemma of `word` tagged `xpos`.
    pub fn lemma<'a>(&'a self, word: &'a str, xpos: Xpos) -> Cow<'a, str> {
        // The treebanks' own lemmas have slips too ("fled" under "flead"): a verb's that
        // WordNet does not know gives way to one it does.
        let checked = |form: &str, l: &'a str| match known_verb(form, l, xpos) {
            Some(k) => Cow::Owned(k),
            None => Cow::Borrowed(l),
        };
        if let Some(l) = self.exception(word, xpos) {
            // Most exceptions are no verbs, or verbs WordNet knows: no lower-casing then.
            if !matches!(xpos, Xpos::Vbd | Xpos::Vbn | Xpos::Vbg | Xpos::Vbz) || verbs().lemmas.contains(l) {
                return Cow::Borrowed(l);
            }
            return checked(&lowered(word), l);
        }
        let lower = lowered(word);
        if *lower != *word && !matches!(xpos, Xpos::Nnp | Xpos::Nnps) {
            if let Some(l) = self.exception(&lower, xpos) {
                return checked(&lower, l);
            }
        }
        if let Some(l) = self.prefixed_past(&lower, xpos) {
            return Cow::Owned(l);
        }
        let lemma = self.by_rules(word, &lower, xpos);
        let lemma = match undoubled_without_double(&lower, &lemma, xpos) {
            Some(n) => {
                // In the case the rule gave: the word as written, or lower-cased.
                let written = word.len() == lower.len() && word.as_bytes().starts_with(lemma.as_bytes());
                Cow::Owned(if written { &word[..n] } else { &lower[..n] }.to_owned())
            }
            None => lemma,
        };
        let lemma = match re_verb_ending(&lower, &lemma, xpos) {
            Some(n) => {
                let mut l = String::with_capacity(n + 1);
                l.push_str(&lemma[..n]);
                l.push('e');
                Cow::Owned(l)
            }
            None => lemma,
        };
        match known_verb(&lower, &lemma, xpos) {
            Some(l) => Cow::Owned(l),
            None => lemma,
        }
    }

    /// The lemma of a prefixed irregular past the treebanks lack: "withheld" is "with" and
    /// "held", so "withhold". Only an irregular past after the prefix counts; a regular
    /// one ("rewarded") is the suffix rules' to read.
    fn prefixed_past(&self, lower: &str, xpos: Xpos) -> Option<String> {
        if !matches!(xpos, Xpos::Vbd | Xpos::Vbn) {
            return None;
        }
        irregular().prefixes.iter().find_map(|p| {
            let rest = lower.strip_prefix(p.as_str()).filter(|r| r.len() >= MIN_PREFIXED_PAST)?;
            let lemma = self.exception(rest, xpos).filter(|l| *l != rest)?;
            Some(format!("{p}{lemma}"))
        })
    }

    pub fn write(&self, w: &mut Writer) {
        w.u32(self.rules.len() as u32);
        for r in &self.rules {
            w.u8(r.lower as u8);
            w.u8(r.strip);
            w.str(&r.append);
        }
        w.u32(self.suffixes.len() as u32);
        for (x, s, r) in &self.suffixes {
            w.u8(*x as u8);
            w.str(s);
            w.u32(*r);
        }
        w.u32(self.exceptions.len() as u32);
        for (f, x, l) in &self.exceptions {
            w.str(f);
            w.u8(*x as u8);
            w.str(l);
        }
    }

    pub fn read(r: &mut Reader<'_>) -> Result<Lemmatizer> {
        let n = r.count(3)?;
        let mut rules = Vec::with_capacity(n);
        for _ in 0..n {
            let lower = r.u8()? != 0;
            let strip = r.u8()?;
            rules.push(Rule { lower, strip, append: r.str()?.into() });
        }
        let n = r.count(6)?;
        let mut suffixes = Vec::with_capacity(n);
        for _ in 0..n {
            let x = r.xpos()?;
            let s = r.str()?;
            let i = r.u32()?;
            if i as usize >= rules.len() {
                return Err(r.error(format!("lemma rule {i} of {}", rules.len())));
            }
            suffixes.push((x, s.into(), i));
        }
        let n = r.count(3)?;
        let mut exceptions = Vec::with_capacity(n);
        for _ in 0..n {
            let f = r.str()?;
            let x = r.xpos()?;
            exceptions.push((f.into(), x, r.str()?.into()));
        }
        Ok(Lemmatizer::build(rules, suffixes, exceptions))
    }

    /// Learns rules and exceptions from `(form, XPOS, lemma)` tokens.
    pub fn learn<'a>(tokens: impl IntoIterator<Item = (&'a str, Xpos, &'a str)>) -> Lemmatizer {
        // Each word type once, with its most frequent lemma (ties: the smaller string).
        let mut types: BTreeMap<(&str, Xpos), BTreeMap<&str, u32>> = BTreeMap::new();
        for (f, x, l) in tokens {
            if f.is_empty() || l.is_empty() || l == "_" {
                continue;
            }
            *types.entry((f, x)).or_default().entry(l).or_default() += 1;
        }
        let types: Vec<(&str, Xpos, &str)> = types
            .into_iter()
            .filter_map(|((f, x), ls)| {
                let best = ls.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
                Some((f, x, *best.0))
            })
            .collect();
        // Rules counted per (XPOS, suffix) over the types: rare words behave like unseen ones.
        let mut counts: BTreeMap<(Xpos, String), BTreeMap<Rule, u32>> = BTreeMap::new();
        for &(f, x, l) in &types {
            let Some(rule) = rule_of(f, l) else { continue };
            let lower = lowered(f);
            let n = lower.chars().count();
            for k in 0..=n.min(MAX_SUFFIX) {
                let suffix = lower[last_chars(&lower, k)..].to_string();
                *counts.entry((x, suffix)).or_default().entry(rule.clone()).or_default() += 1;
            }
        }
        let best: BTreeMap<&(Xpos, String), (&Rule, u32)> = counts
            .iter()
            .filter_map(|(key, rules)| {
                let total = rules.values().sum();
                let (r, _) = rules.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
                Some((key, (r, total)))
            })
            .collect();
        let mut kept: Vec<(Xpos, &str, &Rule)> = Vec::new();
        for (key, (rule, total)) in &best {
            let (x, suffix) = (key.0, key.1.as_str());
            if suffix.is_empty() {
                kept.push((x, suffix, rule));
                continue;
            }
            let parent = (x, suffix[suffix.char_indices().nth(1).map_or(suffix.len(), |(i, _)| i)..].to_string());
            let same_as_parent = best.get(&parent).is_some_and(|(p, _)| p == rule);
            if *total >= 2 && !same_as_parent {
                kept.push((x, suffix, rule));
            }
        }
        let mut rules: Vec<Rule> = kept.iter().map(|(_, _, r)| (*r).clone()).collect();
        rules.sort();
        rules.dedup();
        let suffixes = kept
            .iter()
            .filter_map(|(x, s, r)| Some((*x, Box::from(*s), rules.binary_search(r).ok()? as u32)))
            .collect();
        let mut lem = Lemmatizer::build(rules, suffixes, Vec::new());
        // Exceptions: the known words the rules get wrong. Exact forms first, then the
        // capitalised forms that the lower-case exceptions would get wrong.
        let mut exceptions: Vec<(Box<str>, Xpos, Box<str>)> = Vec::new();
        for &(f, x, l) in &types {
            if lem.by_rules(f, &lowered(f), x) != l {
                exceptions.push((f.into(), x, l.into()));
            }
        }
        exceptions.sort();
        lem = Lemmatizer::build(lem.rules, lem.suffixes, exceptions);
        let mut more = Vec::new();
        for &(f, x, l) in &types {
            if lem.lemma(f, x) != l {
                more.push((Box::from(f), x, Box::from(l)));
            }
        }
        let mut exceptions = lem.exceptions;
        exceptions.extend(more);
        exceptions.sort();
        Lemmatizer::build(lem.rules, lem.suffixes, exceptions)
    }

    /// How many rules and exceptions (for the trainer's summary).
    pub fn sizes(&self) -> (usize, usize) {
        (self.suffixes.len(), self.exceptions.len())
    }
}

/// The cheapest rule that turns `form` into `lemma`; keeping the case wins ties.
fn rule_of(form: &str, lemma: &str) -> Option<Rule> {
    let lower = lowered(form);
    let mut best: Option<(usize, Rule)> = None;
    for (is_lower, base) in [(false, form), (true, &*lower)] {
        let p = base.chars().zip(lemma.chars()).take_while(|(a, b)| a == b).count();
        let strip = base.chars().count() - p;
        let from = lemma.char_indices().nth(p).map_or(lemma.len(), |(i, _)| i);
        let append = &lemma[from..];
        let cost = strip + append.chars().count();
        if strip > 255 || append.len() > 255 {
            continue;
        }
        if best.as_ref().is_none_or(|(c, _)| cost < *c) {
            best = Some((cost, Rule { lower: is_lower, strip: strip as u8, append: append.into() }));
        }
    }
    best.map(|(_, r)| r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_no_rule_has_are_skipped_without_changing_a_lemma() {
        let lem = &crate::tag::Tagger::builtin().model.lemmatizer;
        // The same rules, every length looked up.
        let mut all = Lemmatizer::build(lem.rules.clone(), lem.suffixes.clone(), lem.exceptions.clone());
        all.lengths = vec![u8::MAX; 256];
        assert!(lem.lengths.contains(&1), "some tags have only the empty suffix");
        let words = [
            "berths",
            "ferries",
            "moored",
            "Moored",
            "mooring",
            "larger",
            "largest",
            "quays",
            "Quays",
            "taxied",
            "outran",
            "hopped",
            "ably",
            "cafés",
            "Zürich",
            "x",
            "",
            "dredging",
            "dredges",
            "harbourmasters",
        ];
        for w in words {
            for &x in Xpos::ALL {
                assert_eq!(lem.lemma(w, x), all.lemma(w, x), "{w} {x:?}");
            }
        }
    }

    #[test]
    fn suffixes_are_cut_by_characters() {
        assert_eq!((last_chars("berths", 2), last_chars("berths", 0), last_chars("ab", 5)), (4, 6, 0));
        assert_eq!((last_chars("café", 2), last_chars("café", 1), last_chars("é", 3)), (2, 3, 0));
        assert_eq!((char_count("quays"), char_count("cafés")), (5, 5));
    }

    #[test]
    fn learns_rules_and_exceptions() {
        let toks = [
            ("walked", Xpos::Vbd, "walk"),
            ("talked", Xpos::Vbd, "talk"),
            ("jumped", Xpos::Vbd, "jump"),
            ("went", Xpos::Vbd, "go"),
            ("cities", Xpos::Nns, "city"),
            ("ladies", Xpos::Nns, "lady"),
            ("dogs", Xpos::Nns, "dog"),
            ("cats", Xpos::Nns, "cat"),
            ("The", Xpos::Dt, "the"),
            ("Oslo", Xpos::Nnp, "Oslo"),
        ];
        let lem = Lemmatizer::learn(toks.iter().copied());
        for (f, x, l) in toks {
            assert_eq!(lem.lemma(f, x), l, "{f}");
        }
        assert_eq!(lem.lemma("parked", Xpos::Vbd), "park");
        assert_eq!(lem.lemma("ponies", Xpos::Nns), "pony");
        assert_eq!(lem.lemma("Went", Xpos::Vbd), "go");
        let mut w = Writer::default();
        lem.write(&mut w);
        let back = Lemmatizer::read(&mut Reader::new("test", &w.bytes)).unwrap();
        assert_eq!(back.lemma("ponies", Xpos::Nns), "pony");
        assert_eq!(back.lemma("went", Xpos::Vbd), "go");
    }

    #[test]
    fn pasts_share_their_lemma_and_irregular_ones_are_known() {
        let lem = Lemmatizer::learn([("took", Xpos::Vbd, "take"), ("walked", Xpos::Vbd, "walk")]);
        // Seen as a past only: its participle has the same lemma.
        assert_eq!(lem.lemma("took", Xpos::Vbn), "take");
        assert_eq!(lem.lemma("slid", Xpos::Vbd), "slide");
        assert_eq!(lem.lemma("Slid", Xpos::Vbn), "slide");
        // Near miss: only pasts; a noun keeps the rules.
        assert_eq!(lem.lemma("took", Xpos::Nn), "took");
        // Every form in the data file is a form of another word.
        assert!(verbs().forms.len() >= 1000);
        assert!(verbs().forms.iter().all(|(form, lemma)| form != lemma && !lemma.is_empty()));
    }

    #[test]
    fn verbs_in_re_keep_their_e() {
        let l = crate::tag::Tagger::builtin();
        for (w, x, lemma) in [
            ("centred", Xpos::Vbn, "centre"),
            ("manoeuvred", Xpos::Vbd, "manoeuvre"),
            ("sabred", Xpos::Vbd, "sabre"),
            ("manoeuvring", Xpos::Vbg, "manoeuvre"),
            // Near misses: a vowel or a doubled "r" before the ending; not a verb.
            ("entered", Xpos::Vbd, "enter"),
            ("stirred", Xpos::Vbd, "stir"),
            ("ordering", Xpos::Vbg, "order"),
            ("hundred", Xpos::Cd, "hundred"),
        ] {
            assert_eq!(l.lemma(w, x), lemma, "{w} {x:?}");
        }
    }

    #[test]
    fn a_consonant_is_undoubled_only_where_it_was_doubled() {
        let l = crate::tag::Tagger::builtin();
        for (w, x, lemma) in [
            ("bombed", Xpos::Vbn, "bomb"),
            ("climbed", Xpos::Vbd, "climb"),
            ("Climbed", Xpos::Vbn, "Climb"),
            ("numbed", Xpos::Vbn, "numb"),
            // Near misses: a doubled consonant, an "e" put back, a noun.
            ("robbed", Xpos::Vbn, "rob"),
            ("stirred", Xpos::Vbd, "stir"),
            ("planning", Xpos::Vbg, "plan"),
            ("described", Xpos::Vbn, "describe"),
            ("climbing", Xpos::Vbg, "climb"),
            ("bed", Xpos::Nn, "bed"),
        ] {
            assert_eq!(l.lemma(w, x), lemma, "{w} {x:?}");
        }
    }

    #[test]
    fn a_prefixed_irregular_past_takes_the_prefix_and_the_lemma() {
        let lem = Lemmatizer::learn([
            ("held", Xpos::Vbd, "hold"),
            ("took", Xpos::Vbd, "take"),
            ("gone", Xpos::Vbn, "go"),
            ("walked", Xpos::Vbd, "walk"),
        ]);
        assert_eq!(lem.lemma("withheld", Xpos::Vbd), "withhold");
        assert_eq!(lem.lemma("Overtook", Xpos::Vbd), "overtake");
        assert_eq!(lem.lemma("undergone", Xpos::Vbn), "undergo");
        // Near misses: a noun, a regular past after a prefix, a prefix with too little left.
        assert_eq!(lem.lemma("withheld", Xpos::Nn), "withheld");
        assert_eq!(lem.lemma("rewalked", Xpos::Vbd), "rewalk");
        assert_eq!(lem.lemma("upgone", Xpos::Jj), "upgone");
    }

    #[test]
    fn the_memo_gives_the_lemmatizers_lemmas() {
        let lem = Lemmatizer::learn([("ferries", Xpos::Nns, "ferry"), ("sailed", Xpos::Vbd, "sail")]);
        let mut memo = Memo::default();
        let mut calls = 0;
        let cases = [
            ("ferries", Xpos::Nns, "ferry"),
            ("sailed", Xpos::Vbd, "sail"),
            // Near misses: the same form under another tag, and a lemma that is the word.
            ("sailed", Xpos::Jj, "sailed"),
            ("harbour", Xpos::Nn, "harbour"),
            ("a-lengthy-hyphenated-form-of-words", Xpos::Jj, "a-lengthy-hyphenated-form-of-words"),
        ];
        // Twice: the second round reads what the first memoised.
        for _ in 0..2 {
            for (word, xpos, want) in cases {
                let got = memo.lemma(1, word, xpos, || {
                    calls += 1;
                    lem.lemma(word, xpos)
                });
                assert_eq!(got, want, "{word} {xpos:?}");
            }
        }
        // The long form is not held; every other one was read once.
        assert_eq!(calls, cases.len() + 1);
        // Another model's lemmas are not this one's.
        memo.lemma(2, "ferries", Xpos::Nns, || {
            calls += 1;
            lem.lemma("ferries", Xpos::Nns)
        });
        assert_eq!(calls, cases.len() + 2);
    }
}
