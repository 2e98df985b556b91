//! One sentence made ready for the claim rules: tokens, lexicon senses of words and
//! phrases, and a part of speech for each unit.

use super::memo::{LemmaMemo, WordMemo};
use super::tokenize::{tokenize_into, RawToken, TokKind};
use crate::lexicon::{class, Compiled, Cue, Sense, SenseEntry, Via};
use crate::tag::{Tag, Tagger, Upos, Xpos};
use crate::text::fold_into;

/// Part of speech of a unit, as far as the rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pos {
    Det,
    Prep,
    /// "to" before a verb.
    To,
    Pron,
    Modal,
    Aux,
    Neg,
    Adv,
    Conj,
    /// "which", "who", and "that" after a noun.
    Rel,
    /// "that" after a verb of saying.
    Comp,
    Verb,
    Noun,
    Proper,
    Entity,
    Title,
    Num,
    /// A currency or percent sign.
    Symbol,
    /// "'s".
    Poss,
    Comma,
    /// ; : — – ( ) and the like: a clause break.
    Break,
    Quote,
    Other,
}

/// A word or a phrase matched in the lexicon.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub last: usize,
    /// Byte span in the article.
    pub start: usize,
    pub end: usize,
    /// Senses, as a range of `Analysis::senses`.
    pub senses: (u32, u32),
    /// Folded text, as a range of `Analysis::buf`.
    pub fold: (u32, u32),
    /// Lemma key (folded, verbs lemmatised), as a range of `Analysis::buf`.
    pub lemma: (u32, u32),
    pub pos: Pos,
    /// Starts with a capital letter.
    pub upper: bool,
    pub kind: TokKind,
    /// The cue senses, one bit per [`Cue`]: the rules ask for cues far more often than for
    /// anything else.
    cues: u64,
    /// Closed-class bits of the folded text.
    class: u32,
    /// The kinds of the unit's senses, one bit per [`Sense`] variant ([`kind_bit`]): most
    /// units have no sense of the kind a rule asks for, and the bit says so without a scan.
    kinds: u16,
    /// The tagger's tags of the unit's first word (of its last for a name or a title).
    pub tag: Tag,
    /// The tagger's lemma of the unit's last word, folded: "vessels" → "vessel", "larger" →
    /// "large", "undergone" → "undergo" (a range of `Analysis::buf`).
    base: (u32, u32),
}

/// The tags of a word the tagger has not seen: the sentence held nothing a claim could be
/// made of, so it was not tagged.
const UNTAGGED: Tag = Tag { upos: Upos::X, xpos: Xpos::Xx };

/// One token's folded form and lemma (ranges of `Analysis::buf`) and their lexicon ids.
#[derive(Debug, Clone, Copy)]
struct TokenWords {
    fold: (u32, u32),
    lemma: (u32, u32),
    /// The tagger's lemma, folded.
    base: (u32, u32),
    /// The lexicon's lemma (`lemma` is the tagger's for a verb the lexicon could not
    /// lemmatise), as phrase keys are built with it.
    lex_lemma: (u32, u32),
    lex_lemma_id: Option<u32>,
    fold_id: Option<u32>,
    lemma_id: Option<u32>,
}

/// Reusable buffers for analysing sentences.
#[derive(Debug)]
pub(crate) struct Analysis {
    pub toks: Vec<RawToken>,
    pub units: Vec<Unit>,
    pub senses: Vec<Sense>,
    pub buf: String,
    key: String,
    /// Folded and lemma ranges of each token in `buf`.
    folds: Vec<TokenWords>,
    /// Scratch: the tokens of a candidate phrase.
    idx: Vec<usize>,
    /// The tagger's tags of each token.
    tags: Vec<Tag>,
    /// Scratch for the tagger's input, kept empty between sentences (its allocation is
    /// reused: see [`Analysis::tag_tokens`]).
    words: Vec<&'static str>,
    /// Scratch for the tagger's lemma.
    lemma_buf: String,
    /// The lexicon's readings of frequent words.
    word_memo: WordMemo,
    /// The tagger's lemmas of frequent words.
    lemma_memo: LemmaMemo,
    /// The sentence was tagged: it holds something a claim could be made of.
    pub tagged: bool,
    /// The tokens are [`crate::tag::tokenize`]'s (no fused words were split), so `tags`
    /// are what the tagger gives any reader of the sentence.
    pub plain: bool,
    /// Some token's lemma is the tagger's, not the lexicon's (see [`Analysis::tag_tokens`]).
    relemmatised: bool,
    /// Start of the sentence in the article.
    pub sent_start: usize,
    pub sent_end: usize,
}

/// The buffers of an [`Analysis`], kept for the next one on the same thread: an analysis
/// lives for one article, and growing fresh buffers for every article costs more than
/// reading its words.
#[derive(Default)]
struct Buffers {
    toks: Vec<RawToken>,
    units: Vec<Unit>,
    senses: Vec<Sense>,
    buf: String,
    key: String,
    folds: Vec<TokenWords>,
    idx: Vec<usize>,
    tags: Vec<Tag>,
    words: Vec<&'static str>,
    lemma_buf: String,
    word_memo: WordMemo,
    lemma_memo: LemmaMemo,
}

thread_local! {
    static SPARE: std::cell::Cell<Option<Buffers>> = const { std::cell::Cell::new(None) };
}

impl Default for Analysis {
    fn default() -> Analysis {
        let b = SPARE.try_with(|s| s.take()).ok().flatten().unwrap_or_default();
        let mut a = Analysis {
            toks: b.toks,
            units: b.units,
            senses: b.senses,
            buf: b.buf,
            key: b.key,
            folds: b.folds,
            idx: b.idx,
            tags: b.tags,
            words: b.words,
            lemma_buf: b.lemma_buf,
            word_memo: b.word_memo,
            lemma_memo: b.lemma_memo,
            tagged: false,
            plain: true,
            relemmatised: false,
            sent_start: 0,
            sent_end: 0,
        };
        a.clear();
        a
    }
}

impl Drop for Analysis {
    fn drop(&mut self) {
        let b = Buffers {
            toks: std::mem::take(&mut self.toks),
            units: std::mem::take(&mut self.units),
            senses: std::mem::take(&mut self.senses),
            buf: std::mem::take(&mut self.buf),
            key: std::mem::take(&mut self.key),
            folds: std::mem::take(&mut self.folds),
            idx: std::mem::take(&mut self.idx),
            tags: std::mem::take(&mut self.tags),
            words: std::mem::take(&mut self.words),
            lemma_buf: std::mem::take(&mut self.lemma_buf),
            word_memo: std::mem::take(&mut self.word_memo),
            lemma_memo: std::mem::take(&mut self.lemma_memo),
        };
        // During thread teardown the slot may be gone; the buffers are then just freed.
        let _ = SPARE.try_with(|s| s.set(Some(b)));
    }
}

impl Analysis {
    fn clear(&mut self) {
        self.toks.clear();
        self.units.clear();
        self.senses.clear();
        self.buf.clear();
        self.key.clear();
        self.folds.clear();
        self.idx.clear();
        self.tags.clear();
        self.words.clear();
        self.tagged = false;
        self.plain = true;
        self.relemmatised = false;
    }

    /// Analyses `text[start..end]`.
    pub fn run(&mut self, lex: &Compiled, text: &str, start: usize, end: usize) {
        self.clear();
        self.sent_start = start;
        self.sent_end = end;
        tokenize_into(text, start, end, &mut self.toks);
        let n = self.toks.len();
        split_fused(lex, text, &mut self.toks, &mut self.key);
        self.plain = self.toks.len() == n;
        // Folded form and lemma of every token, appended to `buf`, with what the lexicon
        // knows of each: one lookup per token, no allocation.
        for t in &self.toks {
            let s = self.buf.len() as u32;
            // The folded word is appended to `buf` (by the memo, for a word seen before).
            let (fold_id, other) = self.word_memo.read_written(lex, &text[t.start..t.end], &mut self.buf);
            let e = self.buf.len() as u32;
            let (lemma, lemma_id) = match other {
                None => ((s, e), fold_id),
                Some((lemma, id)) => {
                    self.buf.push_str(lemma);
                    ((e, self.buf.len() as u32), id)
                }
            };
            self.folds.push(TokenWords {
                fold: (s, e),
                lemma,
                base: (s, e),
                fold_id,
                lemma_id,
                lex_lemma: lemma,
                lex_lemma_id: lemma_id,
            });
        }
        // Only a sentence that names something the lexicon knows, or has a figure, can hold
        // a claim: the others are not tagged, and their words stay nouns.
        self.tagged = self.may_hold_claim(lex);
        if self.tagged {
            self.tag_tokens(lex, text);
        } else {
            self.tags.resize(self.toks.len(), UNTAGGED);
        }
        // Longest phrase match, left to right.
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            let t = self.toks[i];
            let TokenWords { fold: fold_r, lemma: lemma_r, fold_id, lemma_id, lex_lemma, lex_lemma_id, .. } =
                self.folds[i];
            let mut matched: Option<(usize, &[SenseEntry])> = None;
            // Phrase keys are the lexicon's lemmas, so a verb lemmatised by the tagger alone
            // ("according" → "accord") is tried with the lexicon's lemma too.
            for by_lexicon in [false, true] {
                // The lexicon's lemmas are the tagger's unless the tagger re-lemmatised a
                // verb: then the second try would read the same keys again.
                if by_lexicon && !self.relemmatised {
                    break;
                }
                let (first_r, first_id) = if by_lexicon { (lex_lemma, lex_lemma_id) } else { (lemma_r, lemma_id) };
                let max = first_id.map_or(0, |id| lex.facts(id).max_words as usize);
                if matched.is_some() || max <= 1 || t.kind != TokKind::Word {
                    continue;
                }
                // Collect up to `max` word tokens, skipping full stops.
                self.idx.clear();
                let mut j = i;
                while j < n && self.idx.len() < max {
                    // Only punctuation is a full stop or ends a phrase: words are not compared.
                    if self.toks[j].kind == TokKind::Punct {
                        let s = &text[self.toks[j].start..self.toks[j].end];
                        if s == "." {
                            j += 1;
                            continue;
                        }
                        if s != "'" && s != "’" && s != "&" && s != "-" {
                            break;
                        }
                    }
                    self.idx.push(j);
                    j += 1;
                }
                if by_lexicon && self.idx.iter().all(|&k| self.folds[k].lemma == self.folds[k].lex_lemma) {
                    break;
                }
                // Grow the key word by word while some phrase starts with it; the longest
                // phrase on the way wins.
                self.key.clear();
                self.key.push_str(range(&self.buf, first_r));
                for &tj in self.idx.iter().skip(1) {
                    self.key.push(' ');
                    let w = &self.folds[tj];
                    self.key.push_str(range(&self.buf, if by_lexicon { w.lex_lemma } else { w.lemma }));
                    let Some(step) = lex.phrase_step(&self.key) else { break };
                    if !step.senses.is_empty() {
                        matched = Some((tj + 1, &step.senses[..]));
                    }
                }
            }
            let (last, senses) = match matched {
                Some((last, senses)) => (last, senses),
                None => {
                    let senses_of = |id: Option<u32>| id.map_or(&[][..], |id| &lex.facts(id).senses[..]);
                    let mut senses = senses_of(lemma_id);
                    if senses.is_empty() && fold_r != lemma_r {
                        senses = senses_of(fold_id);
                    }
                    if senses.is_empty() && lex_lemma != lemma_r && lex_lemma != fold_r {
                        senses = senses_of(lex_lemma_id);
                    }
                    (i + 1, senses)
                }
            };
            let single = last == i + 1;
            let s0 = self.senses.len() as u32;
            let mut cues = 0u64;
            let mut kinds = 0u16;
            let mut all_caps: Option<bool> = None;
            for e in senses {
                // The casing test only runs for caps-only forms ("US"), once per unit.
                let ok = (!e.caps_only
                    || *all_caps.get_or_insert_with(|| Compiled::all_caps(&text[t.start..self.toks[last - 1].end])))
                    && !(e.noun_only && self.not_common_noun(i))
                    && !(matches!(e.sense, Sense::Number(_)) && single && self.number_in_name(i, text));
                if ok {
                    self.senses.push(e.sense);
                    kinds |= kind_bit(&e.sense);
                    if let Sense::Cue(c) = e.sense {
                        cues |= cue_bit(c);
                    }
                }
            }
            let s1 = self.senses.len() as u32;
            // An ASCII first letter (most are) is read as a byte, without slicing the text.
            let upper = match text.as_bytes().get(t.start) {
                Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => text[t.start..t.end].chars().next().is_some_and(|c| c.is_uppercase()),
            };
            let (fold, lemma) = if last == i + 1 {
                (fold_r, lemma_r)
            } else {
                // A phrase: its folded words and its lemma key, appended to `buf` (built in
                // `key` first, since `buf` cannot be read while it grows).
                self.key.clear();
                for (k, t2) in self.toks[i..last].iter().enumerate() {
                    if &text[t2.start..t2.end] == "." {
                        continue;
                    }
                    if k > 0 {
                        self.key.push(' ');
                    }
                    self.key.push_str(range(&self.buf, self.folds[i + k].fold));
                }
                let fs = self.buf.len() as u32;
                self.buf.push_str(&self.key);
                let fe = self.buf.len() as u32;
                self.key.clear();
                for (k, t2) in self.toks[i..last].iter().enumerate() {
                    if &text[t2.start..t2.end] == "." {
                        continue;
                    }
                    if k > 0 {
                        self.key.push(' ');
                    }
                    self.key.push_str(range(&self.buf, self.folds[i + k].lemma));
                }
                self.buf.push_str(&self.key);
                ((fs, fe), (fe, self.buf.len() as u32))
            };
            let class =
                if single { fold_id.map_or(0, |id| lex.facts(id).class) } else { lex.class(range(&self.buf, fold)) };
            // A phrase is a verb when its first word is ("pull out"), a name or a title
            // is what its last word is ("Prime Minister").
            let tag = if single || self.tags[i].upos == Upos::Verb { self.tags[i] } else { self.tags[last - 1] };
            let base = if single { self.folds[i].base } else { lemma };
            self.units.push(Unit {
                first: i,
                last,
                start: t.start,
                end: self.toks[last - 1].end,
                senses: (s0, s1),
                fold,
                lemma,
                pos: Pos::Other,
                upper,
                kind: t.kind,
                cues,
                class,
                kinds,
                tag,
                base,
            });
            i = last;
        }
        self.tag(text);
    }

    /// True when a word is not the common noun a noun-only measure needs: a verb ("they
    /// live"), an adjective or a name ("on Radio 5 Live").
    fn not_common_noun(&self, i: usize) -> bool {
        !matches!(self.tags[i].xpos, Xpos::Nn | Xpos::Nns)
    }

    /// True when a spelled number is a word of a name: capitalised inside the sentence,
    /// read by the tagger as a proper noun beside another ("Radio Five Live", "the Big
    /// Four Bank"), not a figure.
    fn number_in_name(&self, i: usize, text: &str) -> bool {
        let t = self.toks[i];
        let propn = |k: usize| self.tags.get(k).is_some_and(|g| g.upos == Upos::Propn);
        i > 0
            && t.kind == TokKind::Word
            && text[t.start..t.end].starts_with(|c: char| c.is_ascii_uppercase())
            && propn(i)
            && (propn(i - 1) || propn(i + 1))
    }

    /// True when some word of the sentence has a sense in the lexicon other than a cue, or
    /// is a figure: only such a sentence can hold a claim.
    fn may_hold_claim(&self, lex: &Compiled) -> bool {
        let known = |id: Option<u32>| {
            id.is_some_and(|id| {
                let f = lex.facts(id);
                f.max_words > 1 || f.senses.iter().any(|e| !matches!(e.sense, Sense::Cue(_)))
            })
        };
        self.toks.iter().zip(&self.folds).any(|(t, w)| {
            matches!(t.kind, TokKind::Number | TokKind::NumberCompound | TokKind::Ordinal | TokKind::Symbol)
                || known(w.lemma_id)
                || known(w.fold_id)
        })
    }

    /// Tags the tokens with the built-in tagger; a verb's lemma becomes the tagger's
    /// ("undergone" → "undergo", which no list foresaw), and every word gets the tagger's
    /// lemma as its base.
    fn tag_tokens(&mut self, lex: &Compiled, text: &str) {
        // The scratch vector is kept empty and typed `'static`; its allocation is reused
        // for this sentence's borrowed words.
        let mut words: Vec<&str> = std::mem::take(&mut self.words).into_iter().map(|_| "").collect();
        words.extend(self.toks.iter().map(|t| &text[t.start..t.end]));
        let tagger = Tagger::builtin();
        tagger.tag_into(&words, &mut self.tags);
        for (i, (w, tag)) in words.iter().zip(&self.tags).enumerate() {
            // Only inflected words have a lemma of their own to look up: "signed", "vessels",
            // "larger" (the lemmatizer is a tenth of the cost of tagging).
            let inflected = is_verb_xpos(tag.xpos)
                || matches!(tag.xpos, Xpos::Nns | Xpos::Nnps | Xpos::Jjr | Xpos::Jjs | Xpos::Rbr | Xpos::Rbs);
            if self.toks[i].kind != TokKind::Word || !inflected {
                continue;
            }
            self.lemma_buf.clear();
            self.lemma_memo
                .lemma_into(w, tag.xpos, &mut self.lemma_buf, |out| fold_into(&tagger.lemma(w, tag.xpos), out));
            let tw = self.folds[i];
            if self.lemma_buf == range(&self.buf, tw.fold) {
                continue;
            }
            let base = if self.lemma_buf == range(&self.buf, tw.lemma) {
                tw.lemma
            } else {
                let s = self.buf.len() as u32;
                self.buf.push_str(&self.lemma_buf);
                (s, self.buf.len() as u32)
            };
            self.folds[i].base = base;
            // A verb the lexicon could not lemmatise is looked up by the tagger's lemma;
            // auxiliaries and clitics ("'s", "ca") keep the lexicon's.
            let alphabetic = w.chars().next().is_some_and(|c| c.is_alphabetic());
            if is_verb_xpos(tag.xpos) && tag.upos != Upos::Aux && alphabetic && tw.lemma == tw.fold {
                self.folds[i].lemma = base;
                self.folds[i].lemma_id = lex.word_id(&self.lemma_buf);
                self.relemmatised = true;
            }
        }
        words.clear();
        self.words = words.into_iter().map(|_| "").collect();
    }

    /// The tagger's tags of every token, when the sentence was tagged with the tokens of
    /// [`crate::tag::tokenize`]: what another reader of the sentence may reuse.
    pub fn shareable_tags(&self) -> Option<&[Tag]> {
        (self.tagged && self.plain).then_some(&self.tags[..])
    }

    /// The lexicon id of each token's folded form, if the lexicon knows it: what
    /// [`crate::tag::SentenceTags`] keeps for the later readers of the sentence.
    pub fn fold_ids(&self) -> impl Iterator<Item = Option<u32>> + '_ {
        self.folds.iter().map(|w| w.fold_id)
    }

    /// The tagger's lemma of unit `u` (of its last word; a phrase's lemma for a phrase):
    /// "vessels" → "vessel", "larger" → "large".
    #[inline]
    pub fn base_of(&self, u: usize) -> &str {
        let (a, b) = self.units[u].base;
        &self.buf[a as usize..b as usize]
    }

    /// True when unit `u` is a past participle or a past tense: "signed", "held".
    #[inline]
    pub fn is_participle(&self, u: usize) -> bool {
        matches!(self.units[u].tag.xpos, Xpos::Vbn | Xpos::Vbd)
    }

    /// True when unit `u` is an "-ing" form: "sending", "considering".
    #[inline]
    pub fn is_gerund(&self, u: usize) -> bool {
        self.units[u].tag.xpos == Xpos::Vbg
    }

    /// True when unit `u` is a plural noun: "vessels", "talks".
    #[inline]
    pub fn is_plural(&self, u: usize) -> bool {
        matches!(self.units[u].tag.xpos, Xpos::Nns | Xpos::Nnps)
    }

    /// The senses of unit `u`.
    #[inline]
    pub fn senses_of(&self, u: usize) -> &[Sense] {
        let (a, b) = self.units[u].senses;
        &self.senses[a as usize..b as usize]
    }

    /// The folded text of unit `u`.
    #[inline]
    pub fn fold_of(&self, u: usize) -> &str {
        let (a, b) = self.units[u].fold;
        &self.buf[a as usize..b as usize]
    }

    /// The folded text of unit `u` as bytes, for comparing with literals: no character
    /// boundary checks.
    #[inline]
    fn fold_bytes(&self, u: usize) -> &[u8] {
        let (a, b) = self.units[u].fold;
        &self.buf.as_bytes()[a as usize..b as usize]
    }

    /// True when the folded text of unit `u` is `word`: compared as bytes, with no character
    /// boundary checks (the rules ask this of most units they pass).
    #[inline]
    pub fn fold_is(&self, u: usize, word: &str) -> bool {
        self.fold_bytes(u) == word.as_bytes()
    }

    /// The lemma of unit `u` as bytes (see [`Analysis::fold_bytes`]).
    #[inline]
    fn lemma_bytes(&self, u: usize) -> &[u8] {
        let (a, b) = self.units[u].lemma;
        &self.buf.as_bytes()[a as usize..b as usize]
    }

    /// The lemma of unit `u`.
    #[inline]
    pub fn lemma_of(&self, u: usize) -> &str {
        let (a, b) = self.units[u].lemma;
        &self.buf[a as usize..b as usize]
    }

    /// The original text of unit `u`.
    #[inline]
    pub fn text_of<'t>(&self, text: &'t str, u: usize) -> &'t str {
        &text[self.units[u].start..self.units[u].end]
    }

    /// True when the unit hedges a figure after it: "about", "at least", "up to".
    #[inline]
    pub fn is_hedge(&self, u: usize) -> bool {
        [Cue::About, Cue::AtLeast, Cue::AtMost].iter().any(|c| self.has_cue(u, *c))
    }

    /// True when unit `u` has a sense of the kind `bit` ([`kind_bit`]).
    #[inline]
    fn has_kind(&self, u: usize, bit: u16) -> bool {
        self.units[u].kinds & bit != 0
    }

    #[inline]
    pub fn has_cue(&self, u: usize, cue: Cue) -> bool {
        self.units[u].cues & cue_bit(cue) != 0
    }

    /// The entity a unit names, if any.
    pub fn entity(&self, u: usize) -> Option<(u32, Via)> {
        if !self.has_kind(u, kind_bit(&Sense::Entity(0, Via::Name))) {
            return None;
        }
        // Prefer a name over a metonym when a phrase is both ("Luxembourg").
        let mut best: Option<(u32, Via)> = None;
        for s in self.senses_of(u) {
            if let Sense::Entity(id, via) = *s {
                match best {
                    None => best = Some((id, via)),
                    Some((_, Via::Metonym)) if via != Via::Metonym => best = Some((id, via)),
                    _ => {}
                }
            }
        }
        best
    }

    /// All entity senses of a unit.
    pub fn entities(&self, u: usize) -> impl Iterator<Item = (u32, Via)> + '_ {
        let senses = if self.has_kind(u, kind_bit(&Sense::Entity(0, Via::Name))) { self.senses_of(u) } else { &[] };
        senses.iter().filter_map(|s| match *s {
            Sense::Entity(id, via) => Some((id, via)),
            _ => None,
        })
    }

    pub fn title(&self, u: usize) -> Option<u16> {
        if !self.has_kind(u, kind_bit(&Sense::Title(0))) {
            return None;
        }
        self.senses_of(u).iter().find_map(|s| match *s {
            Sense::Title(id) => Some(id),
            _ => None,
        })
    }

    pub fn portfolio(&self, u: usize) -> Option<u16> {
        if !self.has_kind(u, kind_bit(&Sense::Portfolio(0))) {
            return None;
        }
        self.senses_of(u).iter().find_map(|s| match *s {
            Sense::Portfolio(id) => Some(id),
            _ => None,
        })
    }

    pub fn predicate(&self, u: usize) -> Option<u16> {
        if !self.has_kind(u, kind_bit(&Sense::Predicate(0))) {
            return None;
        }
        self.senses_of(u).iter().find_map(|s| match *s {
            Sense::Predicate(id) => Some(id),
            _ => None,
        })
    }

    pub fn predicates(&self, u: usize) -> impl Iterator<Item = u16> + '_ {
        let senses = if self.has_kind(u, kind_bit(&Sense::Predicate(0))) { self.senses_of(u) } else { &[] };
        senses.iter().filter_map(|s| match *s {
            Sense::Predicate(id) => Some(id),
            _ => None,
        })
    }

    pub fn noun_class(&self, u: usize) -> Option<u16> {
        if !self.has_kind(u, kind_bit(&Sense::Noun(0))) {
            return None;
        }
        self.senses_of(u).iter().find_map(|s| match *s {
            Sense::Noun(id) => Some(id),
            _ => None,
        })
    }

    pub fn event(&self, u: usize) -> Option<u16> {
        if !self.has_kind(u, kind_bit(&Sense::Event(0))) {
            return None;
        }
        self.senses_of(u).iter().find_map(|s| match *s {
            Sense::Event(id) => Some(id),
            _ => None,
        })
    }

    pub fn measure(&self, u: usize) -> Option<u16> {
        if !self.has_kind(u, kind_bit(&Sense::Measure(0))) {
            return None;
        }
        self.senses_of(u).iter().find_map(|s| match *s {
            Sense::Measure(id) => Some(id),
            _ => None,
        })
    }

    pub fn unit_sense(&self, u: usize) -> Option<u16> {
        if !self.has_kind(u, kind_bit(&Sense::Unit(0))) {
            return None;
        }
        self.senses_of(u).iter().find_map(|s| match *s {
            Sense::Unit(id) => Some(id),
            _ => None,
        })
    }

    pub fn month(&self, u: usize) -> Option<u8> {
        if !self.has_kind(u, kind_bit(&Sense::Month(0))) {
            return None;
        }
        self.senses_of(u).iter().find_map(|s| match *s {
            Sense::Month(m) => Some(m),
            _ => None,
        })
    }

    pub fn weekday(&self, u: usize) -> Option<u8> {
        if !self.has_kind(u, kind_bit(&Sense::Weekday(0))) {
            return None;
        }
        self.senses_of(u).iter().find_map(|s| match *s {
            Sense::Weekday(d) => Some(d),
            _ => None,
        })
    }

    /// True when the tagger read the unit as a verb.
    fn verbish(&self, u: usize) -> bool {
        let unit = &self.units[u];
        unit.kind == TokKind::Word && unit.tag.upos == Upos::Verb
    }

    /// Assigns a part of speech to every unit, left to right.
    fn tag(&mut self, text: &str) {
        let n = self.units.len();
        for u in 0..n {
            let pos = self.pos_of(text, u);
            self.units[u].pos = pos;
        }
        // "that": complementizer after a verb, relative after a noun.
        for u in 0..n {
            if self.fold_bytes(u) == b"that" {
                let prev = if u > 0 { self.units[u - 1].pos } else { Pos::Other };
                let next = self.units.get(u + 1).map(|x| x.pos);
                self.units[u].pos = match prev {
                    Pos::Verb => Pos::Comp,
                    Pos::Noun | Pos::Proper | Pos::Entity | Pos::Comma => match next {
                        Some(Pos::Verb | Pos::Modal | Pos::Aux | Pos::Adv | Pos::Neg) => Pos::Rel,
                        _ => Pos::Comp,
                    },
                    _ => match next {
                        Some(Pos::Noun) if u + 2 < n && self.units[u + 2].pos == Pos::Verb => Pos::Det,
                        Some(Pos::Noun) => Pos::Det,
                        _ => Pos::Comp,
                    },
                };
            }
        }
    }

    fn pos_of(&self, text: &str, u: usize) -> Pos {
        let unit = &self.units[u];
        let prev = if u > 0 { self.units[u - 1].pos } else { Pos::Break };
        match unit.kind {
            TokKind::Number | TokKind::Ordinal => return Pos::Num,
            TokKind::NumberCompound => return Pos::Noun,
            TokKind::Symbol => return Pos::Symbol,
            TokKind::Punct => {
                return match self.text_of(text, u) {
                    "," => Pos::Comma,
                    "\"" | "“" | "”" | "‘" | "«" | "»" | "'" | "’" => Pos::Quote,
                    "." | "!" | "?" => Pos::Break,
                    "-" | "&" | "/" => Pos::Other,
                    _ => Pos::Break,
                }
            }
            TokKind::Word => {}
        }
        // Compared as bytes: a `str` slice checks both ends for character boundaries.
        let folded = self.fold_bytes(u);
        let multi = unit.last - unit.first > 1;
        if folded == b"'s" || folded == b"'" {
            return if matches!(prev, Pos::Pron) { Pos::Aux } else { Pos::Poss };
        }
        if folded == b"n't" {
            return Pos::Neg;
        }
        if unit.kinds & (kind_bit(&Sense::Number(0.0)) | kind_bit(&Sense::Fraction(0.0))) != 0
            || is_number_words(folded)
        {
            return Pos::Num;
        }
        if self.entity(u).is_some() && (unit.upper || multi) {
            return Pos::Entity;
        }
        if self.title(u).is_some() {
            // "which Finland chairs", "a committee chaired by": a title used as a verb.
            let verb_form = self.predicate(u).is_some() && self.verbish(u);
            if !verb_form {
                return Pos::Title;
            }
            return Pos::Verb;
        }
        if self.has_cue(u, Cue::Negation)
            && matches!(folded, b"not" | b"never" | b"no" | b"no longer" | b"neither" | b"nor")
        {
            return Pos::Neg;
        }
        let c = unit.class;
        // "is expected to", "is due to": a modal phrase.
        if multi && self.has_cue(u, Cue::Would) {
            return Pos::Modal;
        }
        if c & class::MODAL != 0 {
            // "will" and "may" are also nouns, but rarely in news claims.
            return Pos::Modal;
        }
        if folded == b"to" {
            // The tagger tells the infinitive's "to" (a particle) from the preposition.
            return if unit.tag.upos == Upos::Part { Pos::To } else { Pos::Prep };
        }
        if c & class::AUX != 0 || matches!(self.lemma_bytes(u), b"be" | b"have" | b"do") {
            // "have" and "do" as main verbs are still verbs for our purposes.
            let next_pos_verbish = u + 1 < self.units.len()
                && (self.verbish(u + 1)
                    || self.units[u + 1].tag.upos == Upos::Aux && self.units[u + 1].class & class::MODAL == 0
                    || self.units[u + 1].class & (class::ADV) != 0
                    || self.fold_bytes(u + 1) == b"not"
                    || self.fold_bytes(u + 1) == b"n't");
            return if next_pos_verbish { Pos::Aux } else { Pos::Verb };
        }
        if c & class::REL != 0 && folded != b"that" {
            if matches!(folded, b"when" | b"where")
                && !matches!(prev, Pos::Comma | Pos::Noun | Pos::Proper | Pos::Entity)
            {
                return Pos::Conj;
            }
            return Pos::Rel;
        }
        if c & class::DET != 0 && folded != b"that" {
            return Pos::Det;
        }
        if c & class::PRON != 0 {
            return Pos::Pron;
        }
        if c & class::PREP != 0 {
            return Pos::Prep;
        }
        if c & class::CONJ != 0 {
            return Pos::Conj;
        }
        if c & class::ADV != 0 || unit.tag.upos == Upos::Adv && !multi {
            return Pos::Adv;
        }
        let modifier_slot = matches!(prev, Pos::Det | Pos::Poss | Pos::Num | Pos::Symbol);
        // A participle after a determiner modifies the noun after it ("the rotating chair"),
        // and an "-ing" word opening a sentence is not its verb ("Neighbouring Serbia …").
        let opening_ing = matches!(prev, Pos::Break | Pos::Quote) && unit.tag.xpos == Xpos::Vbg;
        if self.verbish(u) && !modifier_slot && !opening_ing {
            return Pos::Verb;
        }
        // A predicate read as a plural noun between a noun and a determiner is the clause's
        // verb: "the board requests a review", "the union wants the vote".
        if !multi && prev == Pos::Noun && unit.tag.xpos == Xpos::Nns && self.predicate(u).is_some() {
            let next = self.units.get(u + 1).map(|n| self.tags[n.first].xpos);
            if matches!(next, Some(Xpos::Dt | Xpos::PrpS | Xpos::Cd)) {
                return Pos::Verb;
            }
        }
        // A phrasal verb of the lexicon is a verb where the tagger read its first word as a
        // noun, unless a determiner shows it is one: "see them hand over the keys".
        if multi && !modifier_slot && self.predicate(u).is_some() {
            let second = self.tags[unit.first + 1];
            if matches!(second.xpos, Xpos::Rp | Xpos::Rb | Xpos::In) && self.tags[unit.first].upos == Upos::Noun {
                return Pos::Verb;
            }
        }
        let sentence_initial = u == 0 || matches!(prev, Pos::Quote | Pos::Break) && u <= 1;
        if unit.upper && !sentence_initial {
            return Pos::Proper;
        }
        if unit.upper && sentence_initial {
            // A capitalised first word is a name when a name follows it.
            if self.senses_of(u).is_empty()
                && u + 1 < self.units.len()
                && self.units[u + 1].upper
                && self.units[u + 1].kind == TokKind::Word
            {
                return Pos::Proper;
            }
        }
        Pos::Noun
    }
}

/// True for the Penn tags of verbs: VB, VBD, VBG, VBN, VBP, VBZ.
#[inline]
fn is_verb_xpos(x: Xpos) -> bool {
    matches!(x, Xpos::Vb | Xpos::Vbd | Xpos::Vbg | Xpos::Vbn | Xpos::Vbp | Xpos::Vbz)
}

/// The bit of `cue` in [`Unit::cues`].
#[inline]
fn cue_bit(cue: Cue) -> u64 {
    debug_assert!((cue as u32) < 64, "more cues than bits in Unit::cues");
    1 << (cue as u32)
}

/// The bit of a sense's kind in [`Unit::kinds`]: one per [`Sense`] variant, whatever its
/// payload.
#[inline]
const fn kind_bit(s: &Sense) -> u16 {
    1 << match s {
        Sense::Entity(..) => 0,
        Sense::Title(_) => 1,
        Sense::Portfolio(_) => 2,
        Sense::Predicate(_) => 3,
        Sense::Noun(_) => 4,
        Sense::Event(_) => 5,
        Sense::Measure(_) => 6,
        Sense::Unit(_) => 7,
        Sense::Cue(_) => 8,
        Sense::Number(_) => 9,
        Sense::Multiplier(_) => 10,
        Sense::Vague(..) => 11,
        Sense::Fraction(_) => 12,
        Sense::Month(_) => 13,
        Sense::Weekday(_) => 14,
    }
}

/// `buf[r.0..r.1]`.
#[inline]
fn range(buf: &str, r: (u32, u32)) -> &str {
    &buf[r.0 as usize..r.1 as usize]
}

/// Splits words fused by a bad scrape: "RogersWhen" → "Rogers" "When", "Bloombergthe" →
/// "Bloomberg" "the". Only where the second part is a closed-class word, so that names
/// like "McDonald" or "DeSantis" stay whole.
fn split_fused(lex: &Compiled, text: &str, toks: &mut Vec<RawToken>, scratch: &mut String) {
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if t.kind != TokKind::Word || t.end - t.start < 6 {
            i += 1;
            continue;
        }
        // Most words are ASCII with no capital past their third byte and do not end in
        // "the": one count with no early exit (vectorised) over the bytes rules them out.
        let b = &text.as_bytes()[t.start..t.end];
        let plain = b[..3].is_ascii() && b[3..].iter().filter(|&&c| c >= 0x80 || c.is_ascii_uppercase()).count() == 0;
        if plain && !b.ends_with(b"the") {
            i += 1;
            continue;
        }
        let w = &text[t.start..t.end];
        let mut cut: Option<usize> = None;
        // The first lower-to-upper transition inside the word, from byte 3 on: by bytes
        // for an ASCII word (most are), else by characters.
        let transition = if w.is_ascii() {
            // Most words have no capital past their third byte: a count with no early exit
            // (vectorised) rules them out before the byte-by-byte search.
            if b[3..].iter().filter(|c| c.is_ascii_uppercase()).count() == 0 {
                None
            } else {
                (3..b.len()).find(|&k| b[k].is_ascii_uppercase() && b[k - 1].is_ascii_lowercase())
            }
        } else {
            let mut prev_lower = false;
            w.char_indices().find_map(|(k, c)| {
                let hit = k >= 3 && prev_lower && c.is_uppercase();
                prev_lower = c.is_lowercase();
                hit.then_some(k)
            })
        };
        if let Some(k) = transition {
            scratch.clear();
            fold_into(&w[k..], scratch);
            if lex.class(scratch)
                & (class::DET | class::PREP | class::PRON | class::CONJ | class::REL | class::ADV | class::MODAL)
                != 0
            {
                cut = Some(k);
            }
        }
        // A capitalised word ending in a glued "the" (the cheap tests first).
        if cut.is_none() && w.len() >= 7 && w.ends_with("the") && w.chars().next().is_some_and(|c| c.is_uppercase()) {
            let k = w.len() - 3;
            if w[..k].chars().all(|c| c.is_alphabetic()) && w[..k].chars().skip(1).all(|c| c.is_lowercase()) {
                cut = Some(k);
            }
        }
        if let Some(k) = cut {
            toks[i] = RawToken { start: t.start, end: t.start + k, kind: TokKind::Word };
            toks.insert(i + 1, RawToken { start: t.start + k, end: t.end, kind: TokKind::Word });
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// "twenty-three", "forty-five": number words joined by a hyphen.
fn is_number_words(folded: &[u8]) -> bool {
    const TENS: [&[u8]; 8] = [b"twenty", b"thirty", b"forty", b"fifty", b"sixty", b"seventy", b"eighty", b"ninety"];
    const ONES: [&[u8]; 9] = [b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine"];
    // The shortest is "forty-one": most words are shorter, and are not scanned for a hyphen.
    if folded.len() < 9 {
        return false;
    }
    match folded.iter().position(|&b| b == b'-') {
        Some(p) => TENS.contains(&&folded[..p]) && ONES.contains(&&folded[p + 1..]),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Vec<&str> {
        let lex = &crate::Lexicon::builtin().c;
        let mut toks = Vec::new();
        tokenize_into(s, 0, s.len(), &mut toks);
        split_fused(lex, s, &mut toks, &mut String::new());
        toks.iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn number_words_are_tens_and_ones_joined_by_a_hyphen() {
        for w in ["forty-one", "sixty-six", "seventy-three", "ninety-nine"] {
            assert!(is_number_words(w.as_bytes()), "{w}");
        }
        // Near misses: a hyphenated word that is no number, one part alone, no hyphen.
        for w in ["forty-oneish", "one-forty", "twenty", "forty", "long-range", "fortyone", "ten-two"] {
            assert!(!is_number_words(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn fused_words_split_before_a_closed_class_word() {
        assert_eq!(split("PellowWhen asked"), ["Pellow", "When", "asked"]);
        assert_eq!(split("ÖrvikWhen asked"), ["Örvik", "When", "asked"], "by characters");
        assert_eq!(split("Tarrowthe quay"), ["Tarrow", "the", "quay"]);
        // Near misses: a capital that starts no closed-class word, a short head, a
        // lower-case word ending in "the", an inner capital before byte 3.
        assert_eq!(split("McTavin and DeVarro"), ["McTavin", "and", "DeVarro"]);
        assert_eq!(split("PellowHarbour"), ["PellowHarbour"]);
        assert_eq!(split("they breathe"), ["they", "breathe"]);
        assert_eq!(split("OlWhenso"), ["OlWhenso"]);
    }

    /// The figures a sentence's keyed claims give its death toll.
    fn deaths(text: &str) -> Vec<f64> {
        let lexicon = crate::Lexicon::builtin();
        crate::claims::extract(&lexicon, 0, text)
            .into_iter()
            .filter(|c| c.subject.name == "deaths")
            .filter_map(|c| match c.value {
                Some(crate::claims::Value::Quantity(q)) => Some(q.value),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn lives_measure_deaths_only_as_a_common_noun() {
        assert_eq!(deaths("The landslide claimed at least 30 lives in the valley."), [30.0]);
        // Near misses: the verb "live", and a name holding the word.
        assert_eq!(deaths("About 9,000 families live beside the old canal."), [] as [f64; 0]);
        assert_eq!(deaths("Pensioners there can expect to live until 91."), [] as [f64; 0]);
        assert_eq!(deaths("She told Harbour 4 Live that the ferry would sail."), [] as [f64; 0]);
        // Lives a verb averts are no toll.
        assert_eq!(deaths("The new flood barrier could save about 40 lives a year."), [] as [f64; 0]);
        assert_eq!(deaths("Floods in the valley claimed 40 lives last spring."), [40.0]);
    }

    #[test]
    fn a_spelled_number_inside_a_name_is_no_figure() {
        let lexicon = crate::Lexicon::builtin();
        let figures = |text: &str| {
            crate::claims::extract(&lexicon, 0, text)
                .into_iter()
                .filter(|c| matches!(c.value, Some(crate::claims::Value::Quantity(_))))
                .count()
        };
        assert_eq!(figures("He told Radio Seven Live programme listeners he would stay."), 0);
        // Must-find: a spelled figure at the start, and one in lower case.
        assert_eq!(figures("Seven programmes were cut from the schedule."), 1);
        assert_eq!(figures("The station cut seven programmes from the schedule."), 1);
    }
}
