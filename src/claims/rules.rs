//! The claim rules: titles and names, appositions, verb groups with their subjects and
//! objects, and noun phrases that carry numbers, dates and places.
//!
//! Every rule works on the parts of speech and lexicon senses of [`Analysis`]; no rule
//! names a word that is not in the lexicon data.

use super::analyze::{Analysis, Pos};
use super::measure::{date_at, quantity_at, year_at, DateRelation, Found, Quantity};
use super::tokenize::TokKind;
use super::{Claim, ClaimKind, Modality, Polarity, Term, TermKind, TimeScope, Value};
use crate::lexicon::{class, Compiled, Cue, EntityKind, ObjectRole, Sense};
use crate::{Lexicon, Span};

/// A noun phrase found by the rules.
#[derive(Debug, Clone, Default)]
struct Np {
    first: usize,
    last: usize,
    /// The unit that heads it (its last noun before any preposition).
    head: Option<usize>,
    /// Terms it names, more than one for "Ecuador and Peru".
    terms: Vec<Term>,
    quantity: Option<Quantity>,
}

/// Where the content verb of a verb group is, and what the group says of it.
#[derive(Debug, Clone)]
struct VerbGroup {
    /// First unit of the group (auxiliaries included).
    first: usize,
    /// The content verb.
    verb: usize,
    /// One past the last unit of the group.
    last: usize,
    negated: bool,
    modality: Modality,
    passive: bool,
    /// A participle after its noun with no auxiliary: "a committee chaired by …".
    reduced: bool,
    /// Verbs passed through on the way to the content verb that are claims of their own:
    /// "agreed to host" also says "agreed".
    chain: Vec<usize>,
    /// The subject is someone other than the group's grammatical subject: "asked Italy to
    /// join" makes Italy the subject of "join".
    subject_override: Option<Np>,
}

/// Extracts the claims of one article, sentence by sentence.
pub(crate) struct Extractor<'a> {
    c: &'a Compiled,
    source: usize,
    text: &'a str,
    a: Analysis,
    out: Vec<Claim>,
    /// The last country or body that was a subject, for "it" and "its".
    last_entity: Option<Term>,
    /// The last person that was a subject, for "he" and "she".
    last_person: Option<Term>,
    /// Units already used as the amount of an action, so the noun-phrase rules skip them.
    used: Vec<bool>,
    /// How often each country is mentioned in the article.
    countries: rustc_hash::FxHashMap<u32, usize>,
    /// The article's words written in lower case, built on first use: a capitalised first
    /// word that never appears in lower case is a name ("Kestrel denied …").
    lowercase_words: Option<rustc_hash::FxHashSet<&'a str>>,
}

impl<'a> Extractor<'a> {
    pub fn new(lex: &'a Lexicon, source: usize, text: &'a str) -> Extractor<'a> {
        Extractor {
            c: &lex.c,
            source,
            text,
            a: Analysis::default(),
            out: Vec::new(),
            last_entity: None,
            last_person: None,
            used: Vec::new(),
            countries: rustc_hash::FxHashMap::default(),
            lowercase_words: None,
        }
    }

    /// The claims, with offices written without a country given the country the article
    /// mentions most.
    pub fn finish(mut self) -> Vec<Claim> {
        let mut top: Vec<(u32, usize)> = self.countries.iter().map(|(&k, &v)| (k, v)).collect();
        top.sort_by(|a, b| {
            b.1.cmp(&a.1).then(self.c.entities[a.0 as usize].name.cmp(&self.c.entities[b.0 as usize].name))
        });
        if let Some(&(id, _)) = top.first() {
            let name = self.c.entities[id as usize].name.clone();
            for c in &mut self.out {
                if c.kind == ClaimKind::Holder && c.subject.name.is_empty() {
                    c.subject.name.clone_from(&name);
                    c.inferred_subject = true;
                }
            }
        }
        self.out
    }

    /// Counts the countries a sentence mentions.
    fn count_countries(&mut self) {
        for u in 0..self.a.units.len() {
            if self.a.units[u].pos != Pos::Entity {
                continue;
            }
            if let Some(id) = self.agent_entity(u) {
                let e = &self.c.entities[id as usize];
                let country = match e.kind {
                    EntityKind::Country => Some(id),
                    EntityKind::City => e.capital_of,
                    _ => None,
                };
                if let Some(c) = country {
                    *self.countries.entry(c).or_insert(0) += 1;
                }
            }
        }
    }

    /// Reads the claims of the sentence at `span`.
    pub fn sentence(&mut self, span: Span, heading: bool) {
        let s = &self.text[span.start..span.end];
        if heading && is_title_case(s) {
            return;
        }
        self.a.run(self.c, self.text, span.start, span.end);
        self.retag();
        if self.a.units.is_empty() {
            return;
        }
        self.used.clear();
        self.used.resize(self.a.units.len(), false);
        let first_claim = self.out.len();
        self.count_countries();
        self.titles(span);
        self.appositions(span);
        self.verbs(span);
        self.nominals(span);
        self.finish_sentence(span, first_claim, heading);
    }

    /// Corrects parts of speech that need the claim rules' view of the clause: verbs the
    /// lexicon does not know ("Nairobi will inject $300 million") and third-person verbs
    /// after a singular noun ("the recount starts on …").
    fn retag(&mut self) {
        let n = self.a.units.len();
        // "Zouj Bghal–Akid Lotfi": a dash with no space around it joins a name.
        for u in 1..n.saturating_sub(1) {
            let (prev, cur, next) = (&self.a.units[u - 1], &self.a.units[u], &self.a.units[u + 1]);
            if cur.pos == Pos::Break && prev.end == cur.start && cur.end == next.start && self.a.fold_of(u) == "-" {
                self.a.units[u].pos = Pos::Other;
            }
        }
        // "the border crossing to pedestrians", "a funding of": an -ing word right after a
        // noun and before "to", "of", "from" or the end of a clause is a noun. ("Leaders
        // meeting in Accra agreed" keeps its verb.)
        for u in 1..n {
            if self.a.units[u].pos != Pos::Verb || self.a.units[u].last - self.a.units[u].first != 1 {
                continue;
            }
            if !self.a.fold_of(u).ends_with("ing") || self.a.units[u - 1].pos != Pos::Noun {
                continue;
            }
            let next = self.a.units.get(u + 1).map(|x| (x.pos, self.a.fold_of(u + 1)));
            let noun_like = match next {
                None => true,
                Some((Pos::Comma | Pos::Break | Pos::Aux | Pos::Modal | Pos::Verb, _)) => true,
                Some((Pos::Prep | Pos::To, f)) => matches!(f, "to" | "of" | "from"),
                _ => false,
            };
            if noun_like {
                self.a.units[u].pos = Pos::Noun;
            }
        }
        // A capitalised first word the lexicon does not know, never written in lower case in
        // the article, is a name.
        if n > 1 && self.a.units[0].pos == Pos::Noun && self.a.units[0].upper && self.a.units[0].kind == TokKind::Word {
            let f = self.a.fold_of(0);
            if self.a.senses_of(0).is_empty() && self.c.class(f) == 0 && self.c.lemma(f) == f {
                let text = self.text;
                let words = self.lowercase_words.get_or_insert_with(|| {
                    text.split(|c: char| !c.is_alphanumeric() && c != '-')
                        .filter(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
                        .collect()
                });
                if !words.contains(f) {
                    self.a.units[0].pos = Pos::Proper;
                }
            }
        }
        for u in 0..n {
            let unit = &self.a.units[u];
            // "will own 55 per cent": a verb that is also a determiner, after a modal and
            // before an amount.
            if unit.pos == Pos::Det
                && u > 0
                && self.a.units[u - 1].pos == Pos::Modal
                && self.a.predicate(u).is_some()
                && self.a.units.get(u + 1).is_some_and(|x| matches!(x.pos, Pos::Num | Pos::Symbol))
            {
                self.a.units[u].pos = Pos::Verb;
                continue;
            }
            if unit.kind != TokKind::Word || unit.pos != Pos::Noun || unit.last - unit.first != 1 {
                continue;
            }
            let f = self.a.fold_of(u);
            let prev = if u > 0 { self.a.units[u - 1].pos } else { Pos::Break };
            let before_prev = if u > 1 { self.a.units[u - 2].pos } else { Pos::Break };
            let plain = !unit.upper && self.c.class(f) == 0 && f.chars().all(|c| c.is_alphabetic());
            let next = self.a.units.get(u + 1).map(|x| x.pos);
            // After a modal, or a negation after one: "will inject", "won't inject".
            let after_modal = prev == Pos::Modal || (prev == Pos::Neg && matches!(before_prev, Pos::Modal | Pos::Aux));
            let object_follows = matches!(
                next,
                Some(Pos::Det | Pos::Num | Pos::Symbol | Pos::Entity | Pos::Proper | Pos::Pron | Pos::Prep)
            );
            if plain && after_modal && self.a.senses_of(u).iter().all(|s| matches!(s, Sense::Predicate(_))) {
                self.a.units[u].pos = Pos::Verb;
                continue;
            }
            // "the commission annulled the results": an unknown past tense after a subject,
            // before its object.
            if plain
                && f.ends_with("ed")
                && f.len() > 4
                && self.a.senses_of(u).is_empty()
                && matches!(prev, Pos::Noun | Pos::Proper | Pos::Entity | Pos::Pron)
                && matches!(next, Some(Pos::Det | Pos::Num | Pos::Entity | Pos::Proper | Pos::Pron))
            {
                self.a.units[u].pos = Pos::Verb;
                continue;
            }
            // "to inject $300 million": an unknown verb after "to".
            if plain
                && prev == Pos::Prep
                && self.a.fold_of(u - 1) == "to"
                && object_follows
                && self.a.senses_of(u).is_empty()
            {
                self.a.units[u - 1].pos = Pos::To;
                self.a.units[u].pos = Pos::Verb;
                continue;
            }
            // "the border crossing to pedestrians": an -ing word after a noun, before "to",
            // "of" or the end of the clause, is a noun (handled below for verbs).
            // "The recount starts on …", "the fund pays for …": a known verb in -s after a
            // determiner and a singular noun.
            let lemma = self.a.lemma_of(u);
            if f.ends_with('s')
                && lemma != f
                && self.c.is_verb(lemma)
                && prev == Pos::Noun
                && before_prev == Pos::Det
                && !self.a.fold_of(u - 1).ends_with('s')
                && next.is_some_and(|p| !matches!(p, Pos::Verb | Pos::Aux | Pos::Modal))
            {
                self.a.units[u].pos = Pos::Verb;
            }
        }
    }

    // -----------------------------------------------------------------------------------
    // Sentence-wide scope: questions, conditions, attribution.

    fn finish_sentence(&mut self, span: Span, first_claim: usize, heading: bool) {
        let s = &self.text[span.start..span.end];
        let question = s.trim_end_matches(['"', '”', '’', '»', ')', ' ']).ends_with('?');
        let attribution = self.sentence_attribution();
        for claim in &mut self.out[first_claim..] {
            claim.heading = heading;
            if question {
                claim.modality = Modality::Question;
            }
            if claim.attribution.is_none() {
                claim.attribution.clone_from(&attribution);
            }
        }
    }

    /// "according to X", "…, X said." — who the sentence is attributed to.
    fn sentence_attribution(&self) -> Option<String> {
        let a = &self.a;
        let n = a.units.len();
        for u in 0..n {
            if a.has_cue(u, Cue::Attribution) && a.fold_of(u).starts_with("according") {
                let np = self.np_right(u + 1)?;
                return np.terms.first().map(|t| t.name.clone()).or_else(|| Some(self.np_text(&np)));
            }
        }
        // Trailing ", X said." or ", said X."
        let mut u = n;
        while u > 0 && matches!(a.units[u - 1].pos, Pos::Break | Pos::Quote) {
            u -= 1;
        }
        if u >= 2 {
            let v = u - 1;
            if a.units[v].pos == Pos::Verb && self.is_say(v) {
                let np = self.np_left(v)?;
                if np.first > 0 && matches!(a.units[np.first - 1].pos, Pos::Comma | Pos::Quote) {
                    return np.terms.first().map(|t| t.name.clone()).or_else(|| Some(self.np_text(&np)));
                }
            }
        }
        None
    }

    /// True when unit `u` is inside a condition: "if …", "as if …", "whether …" — a
    /// conditional cue before it in the same clause.
    fn in_condition(&self, u: usize) -> bool {
        let a = &self.a;
        let mut k = u.min(a.units.len().saturating_sub(1));
        loop {
            if a.has_cue(k, Cue::Conditional) {
                return true;
            }
            if k == 0 || matches!(a.units[k].pos, Pos::Comma | Pos::Break) && k != u {
                return false;
            }
            k -= 1;
        }
    }

    /// Time scope and year of the region `from..to`.
    fn time_of(&self, from: usize, to: usize) -> (TimeScope, Option<i32>) {
        let a = &self.a;
        let mut scope = TimeScope::Current;
        let mut year = None;
        for u in from..to.min(a.units.len()) {
            if a.has_cue(u, Cue::PastTime) {
                scope = TimeScope::Past;
            } else if a.has_cue(u, Cue::FutureTime) {
                scope = TimeScope::Future;
            }
            if year.is_none() {
                if let Some(y) = year_at(a, self.text, u) {
                    if u == 0 || !matches!(a.units[u - 1].pos, Pos::Symbol) {
                        year = Some(y);
                    }
                }
            }
        }
        (scope, year)
    }

    // -----------------------------------------------------------------------------------
    // Terms.

    fn span_of(&self, first: usize, last: usize) -> Span {
        let a = &self.a;
        if first >= last || last > a.units.len() {
            return Span::new(a.sent_start, a.sent_start);
        }
        Span::new(a.units[first].start, a.units[last - 1].end)
    }

    fn entity_term(&self, id: u32, first: usize, last: usize) -> Term {
        Term {
            name: self.c.entities[id as usize].name.clone(),
            kind: TermKind::Entity,
            span: self.span_of(first, last),
        }
    }

    /// The entity a unit stands for as an actor: a capital city used for its country
    /// ("Rome would not deploy") is the country.
    fn agent_entity(&self, u: usize) -> Option<u32> {
        let a = &self.a;
        let (id, _) = a.entity(u)?;
        if self.c.entities[id as usize].kind == EntityKind::City {
            if let Some((m, _)) = a.entities(u).find(|(_, via)| *via == crate::lexicon::Via::Metonym) {
                return Some(m);
            }
        }
        Some(id)
    }

    fn np_text(&self, np: &Np) -> String {
        let mut s = String::new();
        for u in np.first..np.last {
            if matches!(self.a.units[u].pos, Pos::Det) && u == np.first {
                continue;
            }
            if !s.is_empty() && !matches!(self.a.units[u].pos, Pos::Poss) {
                s.push(' ');
            }
            s.push_str(self.a.text_of(self.text, u));
        }
        s
    }

    /// True for units that can be part of a personal name.
    fn namey(&self, u: usize) -> bool {
        let a = &self.a;
        let unit = &a.units[u];
        unit.kind == TokKind::Word
            && unit.upper
            && matches!(unit.pos, Pos::Proper | Pos::Noun)
            && a.month(u).is_none()
            && a.weekday(u).is_none()
            && self.c.class(a.fold_of(u)) & (class::ORG | class::DET | class::PREP | class::PRON) == 0
    }

    /// A personal name starting at `u`: capitalised words, with particles and suffixes.
    fn name_at(&self, u: usize) -> Option<(usize, usize)> {
        let a = &self.a;
        let n = a.units.len();
        if u >= n || !self.namey(u) || a.entity(u).is_some() {
            return None;
        }
        let mut last = u + 1;
        while last < n {
            let f = a.fold_of(last);
            if self.namey(last) && a.entity(last).is_none() && a.title(last).is_none() {
                last += 1;
            } else if self.c.class(f) & class::PARTICLE != 0
                && last + 1 < n
                && self.namey(last + 1)
                && !a.units[last].upper
            {
                last += 2;
            } else if matches!(f, "jr" | "sr" | "ii" | "iii") {
                last += 1;
                if last < n && a.text_of(self.text, last) == "." {
                    last += 1;
                }
            } else {
                break;
            }
        }
        (last - u <= 5).then_some((u, last))
    }

    /// Units of honorifics and ranks ("Vice Adm.", "Mr."), skipped before a name.
    fn skip_honorifics(&self, mut u: usize) -> usize {
        let a = &self.a;
        while u < a.units.len() && a.has_cue(u, Cue::Honorific) {
            u += 1;
            if u < a.units.len() && a.text_of(self.text, u) == "." {
                u += 1;
            }
        }
        u
    }

    fn person_term(&self, first: usize, last: usize) -> Term {
        let mut name = String::new();
        for u in first..last {
            let t = self.a.text_of(self.text, u);
            if t == "." {
                name.push('.');
                continue;
            }
            if !name.is_empty() {
                name.push(' ');
            }
            name.push_str(t);
        }
        Term { name, kind: TermKind::Person, span: self.span_of(first, last) }
    }

    // -----------------------------------------------------------------------------------
    // Noun phrases.

    fn is_np_unit(&self, u: usize) -> bool {
        let a = &self.a;
        match a.units[u].pos {
            Pos::Det | Pos::Noun | Pos::Proper | Pos::Entity | Pos::Title | Pos::Num | Pos::Symbol | Pos::Poss => true,
            Pos::Other => matches!(a.fold_of(u), "-" | "&" | "/"),
            // "the first European country": an adverb-like word between a determiner and a noun.
            Pos::Adv => {
                u > 0
                    && u + 1 < a.units.len()
                    && matches!(a.units[u - 1].pos, Pos::Det | Pos::Poss)
                    && matches!(a.units[u + 1].pos, Pos::Noun | Pos::Proper | Pos::Entity)
            }
            _ => false,
        }
    }

    /// The noun phrase that ends just before `end` (exclusive), scanning left.
    fn np_left(&self, end: usize) -> Option<Np> {
        let a = &self.a;
        if end == 0 {
            return None;
        }
        let mut i = end;
        // Skip adverbs between the subject and its verb.
        while i > 0 && matches!(a.units[i - 1].pos, Pos::Adv) {
            i -= 1;
        }
        let last = i;
        if last == 0 {
            return None;
        }
        if a.units[last - 1].pos == Pos::Pron {
            return Some(self.pronoun_np(last - 1));
        }
        let mut first = last;
        while first > 0 {
            let p = first - 1;
            if self.is_np_unit(p) {
                first = p;
                continue;
            }
            // Cross "of", "in", "for" inside a noun phrase: "deforestation in the Amazon".
            if a.units[p].pos == Pos::Prep
                && matches!(a.fold_of(p), "of" | "in" | "for" | "within" | "from" | "on")
                && p > 0
                && matches!(a.units[p - 1].pos, Pos::Noun | Pos::Proper | Pos::Entity | Pos::Title)
                && first < last
            {
                first = p;
                continue;
            }
            // "Germany and several other countries": a name and a phrase.
            if a.fold_of(p) == "and"
                && p > 0
                && first < last
                && a.units[p - 1].pos == Pos::Entity
                && (p < 2 || !matches!(a.units[p - 2].pos, Pos::Prep | Pos::Verb | Pos::Poss))
                && (first..last).all(|u| a.units[u].pos != Pos::Entity)
            {
                first = p - 1;
                break;
            }
            // Lists of names: "Ecuador and Peru", "Brazil, Colombia, Ecuador and Peru".
            if (a.fold_of(p) == "and" || a.units[p].pos == Pos::Comma)
                && p > 0
                && first < last
                && matches!(a.units[first].pos, Pos::Entity | Pos::Det)
                && matches!(a.units[p - 1].pos, Pos::Entity)
                && (first..last)
                    .all(|u| matches!(a.units[u].pos, Pos::Entity | Pos::Det | Pos::Comma) || a.fold_of(u) == "and")
            {
                first = p;
                continue;
            }
            break;
        }
        if first == last {
            return None;
        }
        // Trim a leading conjunction or comma left by the list rule.
        while first < last && (a.units[first].pos == Pos::Comma || a.fold_of(first) == "and") {
            first += 1;
        }
        Some(self.build_np(first, last))
    }

    /// The noun phrase that starts at `start`, scanning right (no prepositional phrases).
    fn np_right(&self, start: usize) -> Option<Np> {
        let a = &self.a;
        let n = a.units.len();
        let mut u = start;
        while u < n && a.units[u].pos == Pos::Adv {
            u += 1;
        }
        if u >= n {
            return None;
        }
        if a.units[u].pos == Pos::Pron {
            return Some(self.pronoun_np(u));
        }
        let first = u;
        let mut last = u;
        // A hedge before a number: "about 72,000 people", "more than 300 ships".
        while last + 1 < n
            && [Cue::About, Cue::AtLeast, Cue::AtMost].iter().any(|c| a.has_cue(last, *c))
            && matches!(a.units[last + 1].pos, Pos::Num | Pos::Symbol | Pos::Det | Pos::Noun)
            && !matches!(a.units[last].pos, Pos::Det | Pos::Noun)
        {
            last += 1;
        }
        while last < n && self.is_np_unit(last) {
            last += 1;
            // "hundreds of sailors", "dozens of ships": the quantity takes its "of".
            if last + 1 < n
                && a.fold_of(last) == "of"
                && a.senses_of(last - 1).iter().any(|s| matches!(s, Sense::Vague(..)))
                && matches!(a.units[last + 1].pos, Pos::Noun | Pos::Det)
            {
                last += 1;
            }
        }
        if last == first {
            return None;
        }
        Some(self.build_np(first, last))
    }

    fn pronoun_np(&self, u: usize) -> Np {
        let a = &self.a;
        let f = a.fold_of(u);
        let term = match f {
            "he" | "she" | "him" | "her" => self.last_person.clone(),
            "it" | "they" | "them" => self.last_entity.clone(),
            _ => None,
        };
        Np { first: u, last: u + 1, head: Some(u), terms: term.into_iter().collect(), quantity: None }
    }

    /// Builds a noun phrase over `first..last` and names what it refers to.
    fn build_np(&self, first: usize, last: usize) -> Np {
        let a = &self.a;
        // The head: the last noun-like unit before any preposition (a leading hedge such as
        // "about" or "more than" is not one).
        let mut head_end = last;
        let mut body = first;
        while body < last
            && [Cue::About, Cue::AtLeast, Cue::AtMost].iter().any(|c| a.has_cue(body, *c))
            && a.units[body].pos != Pos::Noun
        {
            body += 1;
        }
        for u in body..last {
            let of_quantity =
                a.fold_of(u) == "of" && u > first && a.senses_of(u - 1).iter().any(|s| matches!(s, Sense::Vague(..)));
            if a.units[u].pos == Pos::Prep && !of_quantity {
                head_end = u;
                break;
            }
        }
        let mut head = None;
        for u in (first..head_end).rev() {
            if matches!(a.units[u].pos, Pos::Noun | Pos::Proper | Pos::Entity | Pos::Title) {
                head = Some(u);
                break;
            }
        }
        let mut np = Np { first, last, head, terms: Vec::new(), quantity: None };
        // Quantity in the phrase.
        for u in first..head_end {
            if matches!(a.units[u].pos, Pos::Num | Pos::Symbol)
                || a.senses_of(u).iter().any(|s| matches!(s, Sense::Vague(..)))
            {
                let hedged = u > first && [Cue::About, Cue::AtLeast, Cue::AtMost].iter().any(|c| a.has_cue(u - 1, *c));
                let start = if hedged { u - 1 } else { u };
                if let Some(q) = quantity_at(self.c, a, self.text, start) {
                    np.quantity = Some(q.value);
                    break;
                }
            }
        }
        // "Germany and several other countries": the name leads.
        if last - first > 2
            && a.units[first].pos == Pos::Entity
            && a.fold_of(first + 1) == "and"
            && (first + 2..last).all(|u| a.units[u].pos != Pos::Entity)
        {
            if let Some(id) = self.agent_entity(first) {
                np.terms.push(self.entity_term(id, first, first + 1));
                return np;
            }
        }
        // Lists of entities.
        let list = (first..last)
            .all(|u| matches!(a.units[u].pos, Pos::Entity | Pos::Det | Pos::Comma) || a.fold_of(u) == "and")
            && (first..last).filter(|&u| a.units[u].pos == Pos::Entity).count() > 1;
        if list {
            for u in first..last {
                if a.units[u].pos == Pos::Entity {
                    if let Some(id) = self.agent_entity(u) {
                        np.terms.push(self.entity_term(id, u, u + 1));
                    }
                }
            }
            return np;
        }
        let Some(h) = head else { return np };
        // A possessive pronoun ("its delegation", "their officials") before a state noun.
        let state_head =
            a.has_cue(h, Cue::StateNoun) || a.noun_class(h).is_some_and(|n| self.c.nouns[n as usize] == "vessels");
        // Names: entity, person or other proper name.
        let title_with_name = (first..head_end).find(|&u| a.units[u].pos == Pos::Title);
        if a.units[h].pos == Pos::Entity {
            if let Some(id) = self.agent_entity(h) {
                np.terms.push(self.entity_term(id, h, h + 1));
                return np;
            }
        }
        if a.units[h].pos == Pos::Proper {
            // The name is the run of proper units ending at the head.
            let mut s = h;
            while s > first && matches!(a.units[s - 1].pos, Pos::Proper) {
                s -= 1;
            }
            if s > first && self.c.class(a.fold_of(s - 1)) & class::PARTICLE != 0 && s - 1 > first {
                s -= 1;
                while s > first && matches!(a.units[s - 1].pos, Pos::Proper) {
                    s -= 1;
                }
            }
            let honorific_or_title = s > first
                && (a.has_cue(s - 1, Cue::Honorific)
                    || a.units[s - 1].pos == Pos::Title
                    || a.text_of(self.text, s - 1) == ".");
            let orgish = (s..=h).any(|u| self.c.class(a.fold_of(u)) & class::ORG != 0);
            let mut t = self.person_term(s, h + 1);
            t.kind = if honorific_or_title && !orgish { TermKind::Person } else { TermKind::Name };
            np.terms.push(t);
            return np;
        }
        if state_head || title_with_name.is_some() {
            // "China's foreign ministry", "Italian officials", "its delegation", "White House
            // spokeswoman".
            for u in first..h {
                if let Some(id) = self.agent_entity(u).filter(|_| matches!(a.units[u].pos, Pos::Entity)) {
                    np.terms.push(self.entity_term(id, u, h + 1));
                    return np;
                }
            }
            for u in first..h {
                if matches!(a.fold_of(u), "its" | "their") {
                    if let Some(t) = &self.last_entity {
                        let mut t = t.clone();
                        t.span = self.span_of(u, h + 1);
                        np.terms.push(t);
                        return np;
                    }
                }
            }
        }
        // After a preposition: "a spokesperson for No. 10".
        if state_head || a.units[h].pos == Pos::Title {
            for u in head_end..last {
                if a.units[u].pos == Pos::Entity {
                    if let Some(id) = self.agent_entity(u) {
                        np.terms.push(self.entity_term(id, u, u + 1));
                        return np;
                    }
                }
            }
        }
        // A common noun: the head, its class name if it has one.
        let name = self.thing_name(first, h);
        np.terms.push(Term { name, kind: TermKind::Thing, span: self.span_of(first, head_end) });
        np
    }

    /// The canonical name of a common-noun head: its noun class, or its lemma with the
    /// noun before it when the head is generic ("cod quota" → "cod").
    fn thing_name(&self, first: usize, h: usize) -> String {
        let a = &self.a;
        if let Some(n) = a.noun_class(h) {
            return self.c.nouns[n as usize].clone();
        }
        if a.has_cue(h, Cue::GenericNoun) {
            // The nearest specific noun before the head: "the cod quota".
            for u in (first..h).rev() {
                if matches!(a.units[u].pos, Pos::Noun) && !a.has_cue(u, Cue::GenericNoun) {
                    return singular(a.lemma_of(u));
                }
            }
            // Or after it: "the quota for North Sea cod".
            if h + 2 < a.units.len() && matches!(a.fold_of(h + 1), "for" | "of" | "on") {
                let mut last_noun = None;
                let mut u = h + 2;
                while u < a.units.len() && matches!(a.units[u].pos, Pos::Det | Pos::Noun | Pos::Entity | Pos::Proper) {
                    if a.units[u].pos == Pos::Noun {
                        last_noun = Some(u);
                    }
                    u += 1;
                }
                if let Some(x) = last_noun {
                    return singular(a.lemma_of(x));
                }
            }
        }
        singular(a.lemma_of(h))
    }

    // -----------------------------------------------------------------------------------
    // Titles: role and office-holder claims.

    /// Finds titles with names: "U.S. President Joe Biden", "Defence Minister Haruto Mori",
    /// "the bloc's defence commissioner, Aminu Dikko", "Nikolay Mladenov, former UN envoy".
    fn titles(&mut self, sent: Span) {
        let n = self.a.units.len();
        let mut u = 0;
        while u < n {
            if !self.is_title_head(u) {
                u += 1;
                continue;
            }
            let Some(t) = self.title_phrase(u) else {
                u += 1;
                continue;
            };
            // The name after the title, or in apposition around it.
            let after = self.skip_honorifics(t.last);
            let mut name = self
                .name_at(after)
                .filter(|_| self.a.units[t.last.min(n - 1)].upper || after > t.last || self.a.units[u].upper);
            if name.is_none() && after < n && self.a.units[after].pos == Pos::Comma {
                // "The current fisheries minister, Daniel Thorne,"
                let v = self.skip_honorifics(after + 1);
                if let Some((s, e)) = self.name_at(v) {
                    if e >= n || matches!(self.a.units[e].pos, Pos::Comma | Pos::Break) {
                        name = Some((s, e));
                    }
                }
            }
            if name.is_none() && t.first >= 2 && self.a.units[t.first - 1].pos == Pos::Comma {
                // "Nikolay Mladenov, former UN envoy", "Taras Hnatyuk, the former minister"
                let mut e = t.first - 1;
                let mut s = e;
                while s > 0
                    && (self.namey(s - 1) || self.c.class(self.a.fold_of(s - 1)) & class::PARTICLE != 0)
                    && self.a.entity(s - 1).is_none()
                {
                    s -= 1;
                }
                while s < e && !self.namey(s) {
                    s += 1;
                }
                if s < e && e - s <= 4 && self.a.units[s].upper {
                    // Not a list: what is before the name must be a clause edge.
                    let edge = s == 0
                        || matches!(
                            self.a.units[s - 1].pos,
                            Pos::Comma | Pos::Break | Pos::Conj | Pos::Prep | Pos::Verb | Pos::Quote
                        )
                        || self.a.has_cue(s - 1, Cue::Honorific);
                    if edge {
                        name = Some((s, e));
                    }
                }
                e = 0;
                let _ = e;
            }
            if let Some((s, e)) = name {
                self.title_claims(sent, &t, s, e);
                if self.last_person.is_none() || s > t.first {
                    self.last_person = Some(self.person_term(s, e));
                }
                u = e.max(t.last);
            } else {
                // A title with a country but no name: "Sierra Leone's president, the current
                // chair of ECOWAS" is handled by appositions.
                u = t.last;
            }
        }
    }

    fn is_title_head(&self, u: usize) -> bool {
        let a = &self.a;
        a.title(u).is_some() || a.has_cue(u, Cue::PortfolioHead)
    }

    /// Parses the title phrase whose head is at `u`.
    fn title_phrase(&self, u: usize) -> Option<TitlePhrase> {
        let a = &self.a;
        let n = a.units.len();
        let title = a.title(u)?;
        let mut t = TitlePhrase {
            first: u,
            last: u + 1,
            title,
            portfolio: None,
            portfolio_text: None,
            scope_name: None,
            distinct: Vec::new(),
            scope: None,
            former: false,
        };
        // Modifiers to the left.
        let mut k = u;
        while k > 0 {
            let p = k - 1;
            if let Some(pf) = a.portfolio(p) {
                if t.portfolio.is_none() {
                    t.portfolio = Some(pf);
                }
                k = p;
            } else if a.has_cue(p, Cue::TitleDistinct) {
                t.distinct.push(a.fold_of(p).to_string());
                k = p;
            } else if a.has_cue(p, Cue::TitleFormer) {
                t.former = true;
                k = p;
            } else if a.has_cue(p, Cue::TitleCurrent) {
                k = p;
            } else if !a.units[u].upper
                && k == u
                && t.portfolio.is_none()
                && a.has_cue(u, Cue::PortfolioHead)
                && a.units[p].pos == Pos::Noun
                && !a.units[p].upper
                && a.senses_of(p).is_empty()
                && self.c.class(a.fold_of(p)) == 0
                && p > 0
                && (a.has_cue(p - 1, Cue::TitleFormer)
                    || a.has_cue(p - 1, Cue::TitleCurrent)
                    || matches!(a.units[p - 1].pos, Pos::Det | Pos::Poss | Pos::Entity))
            {
                // "former mines minister": one lower-case word the lexicon does not know.
                t.portfolio_text = Some(a.fold_of(p).to_string());
                k = p;
            } else if a.units[p].pos == Pos::Poss
                && p > 0
                && a.entity(p - 1).is_some()
                && a.units[p - 1].pos == Pos::Entity
            {
                t.scope = a.entity(p - 1).map(|(id, _)| id);
                k = p - 1;
                break;
            } else if a.units[p].pos == Pos::Proper
                && a.units[p].upper
                && a.senses_of(p).is_empty()
                && t.scope.is_none()
                && t.scope_name.is_none()
                && (!a.units[u].upper || p > 0 && !matches!(a.units[p - 1].pos, Pos::Break | Pos::Quote))
                && !a.has_cue(u, Cue::PortfolioHead)
            {
                // "SkyKaro chief executive Amina Wairimu": a company's office.
                let mut b = p;
                while b > 0
                    && a.units[b - 1].pos == Pos::Proper
                    && a.units[b - 1].upper
                    && a.senses_of(b - 1).is_empty()
                {
                    b -= 1;
                }
                t.scope_name = Some((b..=p).map(|x| a.text_of(self.text, x)).collect::<Vec<_>>().join(" "));
                k = b;
                break;
            } else if let Some((id, _)) = a.entity(p).filter(|_| a.units[p].pos == Pos::Entity) {
                t.scope = Some(id);
                k = p;
                // "Former British Prime Minister": look further left for "former".
                if p > 0 && a.has_cue(p - 1, Cue::TitleFormer) {
                    t.former = true;
                    k = p - 1;
                }
                break;
            } else {
                break;
            }
        }
        // "Mines Minister", "Parks, Culture and Sport Minister": capitalised words the lexicon
        // does not know, right before a head that takes a portfolio, name the portfolio.
        if t.portfolio.is_none()
            && t.portfolio_text.is_none()
            && k == u
            && a.has_cue(u, Cue::PortfolioHead)
            && a.units[u].upper
        {
            let mut j = u;
            while j > 0 {
                let p = j - 1;
                let word = a.units[p].kind == TokKind::Word
                    && a.units[p].upper
                    && matches!(a.units[p].pos, Pos::Proper | Pos::Noun)
                    && a.senses_of(p).is_empty()
                    && self.c.class(a.fold_of(p)) == 0;
                let joiner = (a.units[p].pos == Pos::Comma || a.fold_of(p) == "and" || a.fold_of(p) == "&")
                    && p > 0
                    && a.units[p - 1].upper
                    && j < u;
                if word || joiner {
                    j = p;
                } else {
                    break;
                }
            }
            if j > 0 && j < u {
                if let Some(pf) = a.portfolio(j - 1) {
                    // "Transport Cupboard Secretary": a known portfolio before unknown words wins.
                    t.portfolio = Some(pf);
                    k = j - 1;
                    j = u;
                }
            }
            // Not the first word of the sentence alone ("Minister X said" has no portfolio).
            if j < u && !(j == 0 && u == 1 && a.units[0].pos == Pos::Noun) {
                let text: Vec<&str> = (j..u).map(|x| a.fold_of(x)).collect();
                t.portfolio_text = Some(text.join(" ").replace(" ,", ","));
                k = j;
            }
        }
        t.first = k;
        // "Minister of Defence", "chair of ECOWAS", "president of France".
        if u + 2 < n && a.fold_of(u + 1) == "of" {
            if let Some(pf) = a.portfolio(u + 2) {
                t.portfolio.get_or_insert(pf);
                t.last = u + 3;
            } else if let Some((id, _)) = a.entity(u + 2).filter(|_| a.units[u + 2].pos == Pos::Entity) {
                t.scope.get_or_insert(id);
                t.last = u + 3;
            }
        }
        // A deputy of a portfolio-less title ("deputy prime minister" is its own title).
        Some(t)
    }

    fn role_name(&self, t: &TitlePhrase) -> String {
        let info = &self.c.titles[t.title as usize];
        let mut s = String::new();
        for d in &t.distinct {
            s.push_str(d);
            s.push(' ');
        }
        if let Some(p) = t.portfolio {
            s.push_str(&self.c.portfolios[p as usize]);
            s.push(' ');
        } else if let Some(p) = &t.portfolio_text {
            s.push_str(p);
            s.push(' ');
        }
        s.push_str(&info.name);
        s
    }

    /// True when the title has one holder per country or body.
    fn single_valued(&self, t: &TitlePhrase) -> bool {
        let info = &self.c.titles[t.title as usize];
        if !t.distinct.is_empty() || !info.office {
            return false;
        }
        let portfolio = t.portfolio.is_some() || t.portfolio_text.is_some();
        // An office of an international body ("the IDB representative", "the UN envoy") has
        // one holder for the story.
        let body = t.scope.is_some_and(|id| self.c.entities[id as usize].kind == EntityKind::Organization);
        info.single || (portfolio && matches!(info.name.as_str(), "minister" | "commissioner")) || body
    }

    fn title_claims(&mut self, sent: Span, t: &TitlePhrase, s: usize, e: usize) {
        let info = self.c.titles[t.title as usize].clone();
        let role = self.role_name(t);
        let person = self.person_term(s, e);
        let span = self.span_of(t.first.min(s), t.last.max(e));
        // An unknown body's name ("CEC", "SkyKaro") is too unsure to key an office by: it is
        // part of the role only.
        let scope = t.scope.map(|id| self.entity_term(id, t.first, t.last));
        let (time, year) = if t.former { (TimeScope::Past, None) } else { (TimeScope::Current, None) };
        if info.office {
            // A company's office is part of the role: "SkyKaro chief executive" is not
            // "Tanzanite chief executive".
            let role = match &t.scope_name {
                Some(n) => format!("{} {role}", crate::text::fold(n)),
                None => role.clone(),
            };
            let value = if t.former { format!("former {role}") } else { role.clone() };
            self.out.push(Claim {
                source: self.source,
                sentence: sent,
                span,
                kind: ClaimKind::Role,
                subject: person.clone(),
                predicate: "role".into(),
                object: scope.clone(),
                value: Some(Value::Name { name: value }),
                polarity: Polarity::Affirmed,
                modality: Modality::Asserted,
                attribution: None,
                time: TimeScope::Current,
                wording: role.clone(),
                antonym: false,
                year,
                inferred_subject: false,
                heading: false,
            });
        }
        if self.single_valued(t) && !t.former {
            let subject = scope.unwrap_or(Term {
                name: String::new(),
                kind: TermKind::Entity,
                span: self.span_of(t.first, t.last),
            });
            self.out.push(Claim {
                source: self.source,
                sentence: sent,
                span,
                kind: ClaimKind::Holder,
                subject,
                predicate: role.clone(),
                object: None,
                value: Some(Value::Name { name: person.name.clone() }),
                polarity: Polarity::Affirmed,
                modality: Modality::Asserted,
                attribution: None,
                time,
                wording: role,
                antonym: false,
                year,
                inferred_subject: false,
                heading: false,
            });
        }
    }

    // -----------------------------------------------------------------------------------
    // Appositions: "the Turkish capital, Istanbul", "X, the current chair of ECOWAS".

    fn appositions(&mut self, sent: Span) {
        let n = self.a.units.len();
        for u in 0..n {
            let f = self.a.fold_of(u);
            if f == "capital" && self.a.units[u].pos != Pos::Entity {
                self.capital_at(sent, u);
            }
            // "NP, the (current) TITLE of ENTITY"
            if self.a.units[u].pos == Pos::Comma && u > 0 {
                let mut v = u + 1;
                if v < n && self.a.units[v].pos == Pos::Det {
                    v += 1;
                }
                while v < n && self.a.has_cue(v, Cue::TitleCurrent) {
                    v += 1;
                }
                if v + 2 < n && self.a.title(v).is_some() && self.a.fold_of(v + 1) == "of" {
                    if let Some((scope, _)) = self.a.entity(v + 2).filter(|_| self.a.units[v + 2].pos == Pos::Entity) {
                        let title = self.a.title(v).unwrap_or(0);
                        let info = &self.c.titles[title as usize];
                        if info.single {
                            if let Some(np) = self.np_left(u) {
                                if let Some(value) = np.terms.first() {
                                    let role = info.name.clone();
                                    let subj = self.entity_term(scope, v + 2, v + 3);
                                    self.push_holder(
                                        sent,
                                        subj,
                                        &role,
                                        value.name.clone(),
                                        self.span_of(np.first, v + 3),
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn push_holder(&mut self, sent: Span, subject: Term, role: &str, value: String, span: Span) {
        self.out.push(Claim {
            source: self.source,
            sentence: sent,
            span,
            kind: ClaimKind::Holder,
            subject,
            predicate: role.to_string(),
            object: None,
            value: Some(Value::Name { name: value }),
            polarity: Polarity::Affirmed,
            modality: Modality::Asserted,
            attribution: None,
            time: TimeScope::Current,
            wording: role.to_string(),
            antonym: false,
            year: None,
            inferred_subject: false,
            heading: false,
        });
    }

    /// "the Turkish capital, Istanbul", "the capital of Turkey, Ankara", "the capital, Ankara",
    /// "the capital Ankara", "Ankara, the Turkish capital".
    fn capital_at(&mut self, sent: Span, u: usize) {
        let a = &self.a;
        let n = a.units.len();
        // What the capital is of: "the Turkish capital", "Algeria's capital", "the capital of
        // Turkey", or a kind of capital ("the provincial capital").
        let mut country: Option<u32> = None;
        let mut kind_word: Option<String> = None;
        let mut start = u;
        if u > 0 && a.units[u - 1].pos == Pos::Entity {
            if let Some((id, _)) = a.entity(u - 1) {
                if self.c.entities[id as usize].kind == EntityKind::Country {
                    country = Some(id);
                    start = u - 1;
                }
            }
        } else if u > 1 && a.units[u - 1].pos == Pos::Poss {
            if let Some((id, _)) = a.entity(u - 2) {
                country = Some(id);
                start = u - 2;
            }
        } else if u > 0 && a.units[u - 1].pos == Pos::Noun && !a.units[u - 1].upper {
            kind_word = Some(a.fold_of(u - 1).to_string());
            start = u - 1;
        }
        if start > 0 && a.units[start - 1].pos == Pos::Det {
            start -= 1;
        }
        let mut v = u + 1;
        if v + 1 < n && a.fold_of(v) == "of" {
            if let Some((id, _)) = a.entity(v + 1) {
                country = Some(id);
                v += 2;
            }
        }
        // The city: after the phrase ("the capital, Ankara"), or before it ("Regina, the
        // provincial capital", "Oran, Algeria's capital").
        let mut city: Option<(usize, usize)> = None;
        let w = if v < n && a.units[v].pos == Pos::Comma { v + 1 } else { v };
        let namey = |x: usize| matches!(a.units[x].pos, Pos::Entity | Pos::Proper) && a.units[x].upper;
        if w < n && namey(w) {
            let mut e = w + 1;
            while e < n && a.units[e].pos == Pos::Proper {
                e += 1;
            }
            city = Some((w, e));
        } else if start >= 2 && a.units[start - 1].pos == Pos::Comma && namey(start - 2) {
            let e = start - 1;
            let mut b = e - 1;
            while b > 0 && a.units[b - 1].pos == Pos::Proper && a.units[b - 1].upper {
                b -= 1;
            }
            city = Some((b, e));
        }
        let Some((cs, ce)) = city else { return };
        let city_entity = (cs..ce).find_map(|x| {
            a.entities(x).find(|(id, _)| self.c.entities[*id as usize].kind == EntityKind::City).map(|(id, _)| id)
        });
        let city_name = match city_entity {
            Some(id) => self.c.entities[id as usize].name.clone(),
            None => (cs..ce).map(|x| a.text_of(self.text, x)).collect::<Vec<_>>().join(" "),
        };
        if country.is_none() && kind_word.is_none() {
            // A known capital names its country; another known city, the country it lies in.
            country = city_entity
                .and_then(|id| self.c.entities[id as usize].capital_of.or(self.c.entities[id as usize].country));
        }
        let span = self.span_of(start.min(cs), ce.max(u + 1));
        let subject = match (country, kind_word) {
            (Some(country), _) => self.entity_term(country, start, u + 1),
            (None, Some(kind)) => Term { name: kind, kind: TermKind::Thing, span: self.span_of(start, u + 1) },
            (None, None) => return,
        };
        self.out.push(Claim {
            source: self.source,
            sentence: sent,
            span,
            kind: ClaimKind::Attribute,
            subject,
            predicate: "capital".into(),
            object: None,
            value: Some(Value::Name { name: city_name }),
            polarity: Polarity::Affirmed,
            modality: Modality::Asserted,
            attribution: None,
            time: TimeScope::Current,
            wording: "capital".into(),
            antonym: false,
            year: None,
            inferred_subject: false,
            heading: false,
        });
    }

    // -----------------------------------------------------------------------------------
    // Verb groups.

    fn is_say(&self, u: usize) -> bool {
        self.a.has_cue(u, Cue::Say)
    }

    fn verbs(&mut self, sent: Span) {
        let n = self.a.units.len();
        let mut u = 0;
        while u < n {
            if self.a.units[u].pos != Pos::Verb {
                u += 1;
                continue;
            }
            // Only the first verb of a chain starts a group; chained verbs are reached
            // through it.
            let first = self.group_start(u);
            let Some(vg) = self.verb_group(first, u) else {
                u += 1;
                continue;
            };
            let next = vg.last.max(u + 1);
            self.action(sent, &vg);
            u = next;
        }
    }

    /// First unit of the verb group whose main verb is at `v`: auxiliaries, modals,
    /// negations and adverbs before it.
    fn group_start(&self, v: usize) -> usize {
        let a = &self.a;
        let mut k = v;
        while k > 0 && matches!(a.units[k - 1].pos, Pos::Aux | Pos::Modal | Pos::Neg | Pos::Adv) {
            k -= 1;
        }
        // "has yet to", "is due to": the cue phrase is in the group.
        k
    }

    /// Reads the verb group from `first`, with `v` its first main verb, following chains
    /// ("refused to sign", "consider sending", "asked Italy to join").
    fn verb_group(&self, first: usize, v: usize) -> Option<VerbGroup> {
        let a = &self.a;
        let n = a.units.len();
        let mut g = VerbGroup {
            first,
            verb: v,
            last: v + 1,
            negated: false,
            modality: Modality::Asserted,
            passive: false,
            reduced: false,
            chain: Vec::new(),
            subject_override: None,
        };
        let mut saw_be = false;
        for k in first..v {
            let f = a.fold_of(k);
            if a.units[k].pos == Pos::Neg
                || a.has_cue(k, Cue::Negation) && matches!(a.units[k].pos, Pos::Neg | Pos::Adv)
            {
                g.negated = !g.negated || f == "never";
            }
            if a.units[k].pos == Pos::Modal {
                g.modality = modal_of(f);
            }
            if a.lemma_of(k) == "be" {
                saw_be = true;
            }
            if a.has_cue(k, Cue::Possible) && a.units[k].pos == Pos::Adv {
                g.modality = Modality::Possible;
            }
        }
        // Passive: a form of "be" (or "get") before a participle.
        // After "be", any verb form but the progressive "-ing" is a participle: "was signed",
        // "would not be cut".
        if saw_be && !a.fold_of(v).split(' ').next().unwrap_or("").ends_with("ing") {
            g.passive = true;
        }
        // "a committee chaired by the ministry": a participle after a noun, with an agent.
        if first == v
            && v > 0
            && matches!(a.units[v - 1].pos, Pos::Noun | Pos::Proper | Pos::Entity)
            && v + 1 < n
            && a.fold_of(v + 1) == "by"
            && is_participle(a.fold_of(v), a.lemma_of(v))
        {
            g.passive = true;
            g.reduced = true;
        }
        // Follow chains.
        let mut cur = v;
        for _ in 0..4 {
            let (next_verb, after) = match self.chained_verb(cur) {
                Some(x) => x,
                None => break,
            };
            let is = |cue| a.has_cue(cur, cue);
            let lemma = a.lemma_of(cur);
            if g.passive && (is(Cue::DesireVerb) || is(Cue::Would)) {
                // "is expected to sign", "would not be expected to contribute"
                if g.modality == Modality::Asserted {
                    g.modality = Modality::Would;
                }
                g.passive = false;
            } else if is(Cue::NegatingVerb) {
                g.negated = !g.negated;
            } else if is(Cue::ConsideringVerb) || a.has_cue(cur, Cue::ConsideringVerb) {
                g.modality = Modality::Considering;
            } else if lemma == "be" || lemma == "become" || is(Cue::ImplicativeVerb) {
                if is(Cue::ImplicativeVerb) && a.predicate(cur).is_some() {
                    g.chain.push(cur);
                }
                // "has become the first country to consider", "forced Britain to reopen"
                if let Some(obj) = self.object_between(cur + 1, after) {
                    if is(Cue::ImplicativeVerb) && lemma != "be" && lemma != "become" {
                        g.subject_override = Some(obj);
                    }
                }
            } else if is(Cue::PredictionVerb) {
                // "analysts expect the merger to close by June": a forecast about the object.
                if let Some(obj) = self.object_between(cur + 1, after) {
                    g.subject_override = Some(obj);
                }
                if matches!(g.modality, Modality::Asserted | Modality::Would) {
                    g.modality = Modality::Would;
                }
            } else if is(Cue::DesireVerb) {
                match self.object_between(cur + 1, after) {
                    Some(obj) => {
                        g.subject_override = Some(obj);
                        g.modality = Modality::Requested;
                    }
                    None => {
                        if g.modality == Modality::Asserted {
                            g.modality = Modality::Considering;
                        }
                    }
                }
            } else {
                // Saying, opining and any other verb end the chain.
                break;
            }
            cur = next_verb;
            g.verb = next_verb;
            g.passive = false;
            // Passive inside the chain: "to be announced".
            if next_verb > 0
                && a.lemma_of(next_verb - 1) == "be"
                && is_participle(a.fold_of(next_verb), a.lemma_of(next_verb))
            {
                g.passive = true;
            }
        }
        g.last = g.verb + 1;
        // A particle that completes the verb ("pull out", tokenised apart).
        while g.last < n
            && a.units[g.last].pos == Pos::Adv
            && a.fold_of(g.last) != "not"
            && !a.has_cue(g.last, Cue::PastTime)
        {
            g.last += 1;
        }
        Some(g)
    }

    /// The verb governed by the verb at `v`: "to V", "V-ing", "from V-ing", with an optional
    /// object between ("asked Italy to join"). Returns the governed verb and the unit where
    /// the link ("to", "from") is.
    fn chained_verb(&self, v: usize) -> Option<(usize, usize)> {
        let a = &self.a;
        let n = a.units.len();
        let mut k = v + 1;
        // Adjectives of willingness after "be": "is willing to", "are ready to".
        while k < n && matches!(a.units[k].pos, Pos::Adv) {
            k += 1;
        }
        // An object before "to": "asked Italy to join", "urged allies to contribute".
        let mut j = k;
        let mut steps = 0;
        while j < n
            && steps < 8
            && !matches!(
                a.units[j].pos,
                Pos::To | Pos::Verb | Pos::Comma | Pos::Break | Pos::Conj | Pos::Rel | Pos::Comp
            )
        {
            j += 1;
            steps += 1;
        }
        // Only verbs that take an object and an infinitive may have words between them and
        // "to": "asked Italy to join", but not "rejected Bucharest's request to lower".
        let object_control = a.has_cue(v, Cue::DesireVerb)
            || a.has_cue(v, Cue::PredictionVerb)
            || a.has_cue(v, Cue::ImplicativeVerb)
            || matches!(a.lemma_of(v), "be" | "become");
        if j < n && a.units[j].pos == Pos::To && (j == k || object_control) {
            let link = j;
            let mut w = j + 1;
            while w < n && a.units[w].pos == Pos::Adv {
                w += 1;
            }
            if w < n && matches!(a.units[w].pos, Pos::Verb | Pos::Aux) {
                // "to be announced": the verb after "be".
                if a.lemma_of(w) == "be" && w + 1 < n && a.units[w + 1].pos == Pos::Verb {
                    return Some((w + 1, link));
                }
                return Some((w, link));
            }
        }
        // Gerund: "consider sending", "refrained from confirming".
        let mut w = k;
        if w < n && a.fold_of(w) == "from" {
            w += 1;
        }
        if w < n && a.units[w].pos == Pos::Verb && a.fold_of(w).ends_with("ing") && a.units[w].start > a.units[v].end {
            let governs = a.has_cue(v, Cue::ConsideringVerb)
                || a.has_cue(v, Cue::NegatingVerb)
                || a.has_cue(v, Cue::ImplicativeVerb);
            if governs {
                return Some((w, w));
            }
        }
        None
    }

    /// The noun phrase between a governing verb and "to", if there is one.
    fn object_between(&self, from: usize, to: usize) -> Option<Np> {
        if from >= to {
            return None;
        }
        let np = self.np_right(from)?;
        (np.last <= to && !np.terms.is_empty()).then_some(np)
    }

    /// The subject of the verb group starting at `first`.
    fn subject_of(&self, first: usize) -> Option<Np> {
        let a = &self.a;
        let mut i = first;
        while i > 0 && a.units[i - 1].pos == Pos::Adv {
            i -= 1;
        }
        if i == 0 {
            return None;
        }
        let p = i - 1;
        match a.units[p].pos {
            Pos::To => self.subject_of_infinitive(p),
            Pos::Rel => {
                // "Peru and Bolivia, which did not sign" — the antecedent.
                let mut e = p;
                if e > 0 && a.units[e - 1].pos == Pos::Comma {
                    e -= 1;
                }
                self.np_left(e)
            }
            Pos::Comma => {
                // Skip a parenthetical between commas: "Berlin, by contrast, will" or
                // "Bulgaria, which also saw heavy rain, has".
                let mut k = p;
                while k > 0 {
                    k -= 1;
                    match a.units[k].pos {
                        Pos::Comma => {
                            let inner = k + 1..p;
                            let starts_rel = a.units.get(k + 1).is_some_and(|x| x.pos == Pos::Rel);
                            let has_verb = inner.clone().any(|x| a.units[x].pos == Pos::Verb);
                            if starts_rel || !has_verb {
                                return self.np_left(k).filter(|np| self.is_clause_initial(np.first));
                            }
                            return None;
                        }
                        Pos::Break | Pos::Quote => return None,
                        _ => {}
                    }
                }
                None
            }
            Pos::Noun | Pos::Proper | Pos::Entity | Pos::Title | Pos::Pron | Pos::Num | Pos::Poss => {
                self.np_left(i).filter(|np| self.is_clause_initial(np.first))
            }
            _ => None,
        }
    }

    /// True when a noun phrase starting at `u` can be a subject: it is not the object of a
    /// verb or preposition before it ("consider sending troops sends …" has no subject
    /// "troops"). After a verb of saying it starts a reported clause.
    fn is_clause_initial(&self, u: usize) -> bool {
        let a = &self.a;
        if u == 0 {
            return true;
        }
        match a.units[u - 1].pos {
            Pos::Verb => self.is_say(u - 1) || a.has_cue(u - 1, Cue::ImplicativeVerb),
            // "after Romania requested": a preposition that also joins clauses.
            Pos::Prep => self.c.class(a.fold_of(u - 1)) & class::CONJ != 0,
            Pos::To => false,
            _ => true,
        }
    }

    /// The subject of "to V": "the first country to consider" takes the clause subject,
    /// "Italy's willingness to consider" takes the possessor.
    fn subject_of_infinitive(&self, to: usize) -> Option<Np> {
        let a = &self.a;
        let np = self.np_left(to)?;
        if let Some(h) = np.head {
            if a.has_cue(h, Cue::DesireVerb) && !a.has_cue(h, Cue::ConsideringVerb) {
                // "Romania's request to lower the reservoir" asserts no lowering.
                return None;
            }
            if a.has_cue(h, Cue::ConsideringVerb) {
                // The possessor: "Italy's willingness", "Rome's readiness".
                for u in np.first..h {
                    if a.units[u].pos == Pos::Entity && u + 1 < a.units.len() && a.units[u + 1].pos == Pos::Poss {
                        let id = self.agent_entity(u)?;
                        let mut out = np.clone();
                        out.terms = vec![self.entity_term(id, u, u + 1)];
                        return Some(out);
                    }
                }
                return None;
            }
        }
        // "X has become the first country to V": the subject of the copula.
        if np.first > 0 && a.units[np.first - 1].pos == Pos::Verb && matches!(a.lemma_of(np.first - 1), "be" | "become")
        {
            let mut k = np.first - 1;
            while k > 0 && matches!(a.units[k - 1].pos, Pos::Aux | Pos::Modal | Pos::Adv | Pos::Neg) {
                k -= 1;
            }
            return self.subject_of(k);
        }
        None
    }

    /// The object of a verb group and the prepositional phrases after it.
    fn object_of(&self, vg: &VerbGroup) -> (Vec<Np>, Vec<(usize, Np)>) {
        let a = &self.a;
        let n = a.units.len();
        let mut objects = Vec::new();
        let mut pps = Vec::new();
        let mut u = vg.last;
        // "contribute with troops", "put their names to"
        if u < n
            && a.fold_of(u) == "with"
            && matches!(
                self.c.predicates.get(self.pred_of(vg.verb).unwrap_or(u16::MAX) as usize).map(|p| p.object),
                Some(ObjectRole::Key)
            )
        {
            u += 1;
        }
        // A time is no object: "would not be cut next year".
        let timeless = |np: &Np| {
            np.head.is_none_or(|h| {
                !(a.has_cue(h, Cue::FutureTime)
                    || a.has_cue(h, Cue::PastTime)
                    || a.month(h).is_some()
                    || a.weekday(h).is_some())
            })
        };
        if let Some(np) = self.np_right(u).filter(timeless) {
            u = np.last;
            objects.push(np);
            // "two vessels and 400 sailors"
            while u + 1 < n
                && a.fold_of(u) == "and"
                && (matches!(a.units[u + 1].pos, Pos::Num | Pos::Det | Pos::Symbol)
                    || a.senses_of(u + 1).iter().any(|s| matches!(s, Sense::Vague(..))))
            {
                match self.np_right(u + 1) {
                    Some(np) => {
                        u = np.last;
                        objects.push(np);
                    }
                    None => break,
                }
            }
        }
        // Prepositional phrases up to the end of the clause.
        let mut steps = 0;
        while u < n && steps < 24 {
            steps += 1;
            match a.units[u].pos {
                // "with the bank and Spain on 11 February", "to pedestrians and private cars on …":
                // a coordinated noun phrase inside a prepositional phrase.
                Pos::Conj
                    if a.fold_of(u) == "and"
                        && !pps.is_empty()
                        && u + 1 < n
                        && matches!(
                            a.units[u + 1].pos,
                            Pos::Det | Pos::Noun | Pos::Proper | Pos::Entity | Pos::Num
                        ) =>
                {
                    match self.np_right(u + 1) {
                        Some(np) => u = np.last,
                        None => break,
                    }
                }
                // "voted 7-4 on Tuesday"
                Pos::Other if matches!(a.fold_of(u), "-" | "/") => u += 1,
                Pos::Prep => {
                    let prep = u;
                    match self.np_right(u + 1) {
                        Some(mut np) => {
                            // A date may run past its noun phrase: "on Feb. 17", "on Tuesday, 21 October".
                            if let Some(d) = date_at(a, self.text, u + 1) {
                                np.last = np.last.max(d.last);
                            }
                            u = np.last;
                            pps.push((prep, np));
                        }
                        None => u += 1,
                    }
                }
                Pos::Comma if u + 1 < n && a.units[u + 1].pos == Pos::Prep => u += 1,
                Pos::Adv | Pos::Quote => u += 1,
                Pos::Noun | Pos::Det | Pos::Num if objects.is_empty() => u += 1,
                _ => break,
            }
        }
        (objects, pps)
    }

    fn pred_of(&self, v: usize) -> Option<u16> {
        let a = &self.a;
        let mut preds: Vec<u16> = a.predicates(v).collect();
        if preds.is_empty() {
            return None;
        }
        // A form in two classes: the numeric one when a number follows ("declined 11%").
        if preds.len() > 1 {
            let numeric_next = v + 1 < a.units.len() && matches!(a.units[v + 1].pos, Pos::Num | Pos::Symbol)
                || (v + 2 < a.units.len()
                    && a.fold_of(v + 1) == "by"
                    && matches!(a.units[v + 2].pos, Pos::Num | Pos::Symbol | Pos::Adv));
            preds.sort_by_key(|p| self.c.predicates[*p as usize].numeric != numeric_next);
        }
        preds.first().copied()
    }

    /// Emits the claims of one verb group.
    fn action(&mut self, sent: Span, vg: &VerbGroup) {
        let v = vg.verb;
        let lemma = self.a.lemma_of(v).to_string();
        if matches!(lemma.as_str(), "be" | "have" | "do" | "get" | "become" | "seem" | "appear") {
            self.copula(sent, vg);
            return;
        }
        if self.is_say(v) && !self.a.has_cue(v, Cue::Opinion) && self.pred_of(v).is_none() {
            return;
        }
        if self.a.has_cue(v, Cue::Opinion) && self.pred_of(v).is_none() {
            return;
        }
        let subject_np = match &vg.subject_override {
            Some(np) => Some(np.clone()),
            None if vg.reduced => self.np_left(vg.first),
            None => self.subject_of(vg.first),
        };
        let (mut objects, pps) = self.object_of(vg);
        // "its committee, which Norway chairs": the object is the relative's antecedent.
        if objects.is_empty() {
            if let Some(np) = &subject_np {
                if np.first > 0
                    && self.a.units[np.first - 1].pos == Pos::Rel
                    && matches!(self.a.fold_of(np.first - 1), "which" | "that")
                {
                    let mut e = np.first - 1;
                    if e > 0 && self.a.units[e - 1].pos == Pos::Comma {
                        e -= 1;
                    }
                    if let Some(ante) = self.np_left(e) {
                        objects.push(ante);
                    }
                }
            }
        }
        let subjects = subject_np.clone();
        // "has left 32 dead": the object is counted by a measure word after it.
        if let Some(o) = objects.first() {
            let measured = (o.first..(o.last + 1).min(self.a.units.len())).any(|x| self.a.measure(x).is_some());
            if o.quantity.is_some() && measured {
                return;
            }
        }
        let mut pred = self.pred_of(v);
        let mut object_terms: Vec<(Option<Term>, Option<Quantity>)> =
            objects.iter().map(|o| (o.terms.first().cloned(), o.quantity.clone())).collect();
        // Light verbs: "made pledges" = pledged.
        if self.a.has_cue(v, Cue::LightVerb) && pred.is_none() {
            if let Some(o) = objects.first() {
                if let Some(h) = o.head {
                    if let Some(p) = self.a.predicate(h) {
                        pred = Some(p);
                        let obj = self.a.noun_class(h).map(|nc| Term {
                            name: self.c.nouns[nc as usize].clone(),
                            kind: TermKind::Thing,
                            span: self.span_of(o.first, o.last),
                        });
                        object_terms = vec![(obj, o.quantity.clone())];
                    }
                }
            }
        }
        // "ask X for help": the object of a request is what is asked for.
        if let Some(p) = pred {
            if self.c.predicates[p as usize].name == "request" {
                if let Some((_, np)) = pps.iter().find(|(prep, _)| self.a.fold_of(*prep) == "for") {
                    object_terms = vec![(np.terms.first().cloned(), np.quantity.clone())];
                }
            }
        }
        // Amounts given with "by": "fell by 11.2%", "cut by 50%".
        let mut amount: Option<Quantity> = None;
        for (prep, np) in &pps {
            let f = self.a.fold_of(*prep);
            if (f == "by" || f == "to" || f == "at") && np.quantity.is_some() {
                amount = np.quantity.clone();
                for x in np.first..np.last {
                    self.used[x] = true;
                }
                break;
            }
        }
        // "Its budget is put at $2.6 billion": the subject is a measure and the verb sizes it.
        if let Some(np) = &subject_np {
            if let Some(h) = np.head {
                if let Some(m) = self.a.measure(h) {
                    // Only a verb that states the size: "put at", "stand at", "rise to".
                    let sized = pps
                        .iter()
                        .any(|(prep, np)| matches!(self.a.fold_of(*prep), "at" | "to") && np.quantity.is_some());
                    let q = amount.clone().filter(|_| sized);
                    if let Some(q) = q {
                        let name = self.c.measures[m as usize].clone();
                        let end = pps.last().map_or(vg.last, |(_, np)| np.last);
                        let (time, year) = self.time_of(vg.first, end);
                        let modality = if self.in_condition(v) { Modality::Conditional } else { vg.modality };
                        self.push_measure(
                            sent,
                            &name,
                            q,
                            self.span_of(np.first, end),
                            modality,
                            Polarity::Affirmed,
                            time,
                            year,
                        );
                        return;
                    }
                }
            }
        }
        let pred_info = pred.map(|p| self.c.predicates[p as usize].clone());
        let (mut pred_name, mut antonym, negative_of) = match &pred_info {
            Some(p) => (p.name.clone(), false, p.negative_of),
            None => (lemma.clone(), false, None),
        };
        let mut negated = vg.negated;
        if let Some(pos) = negative_of {
            pred_name = self.c.predicates[pos as usize].name.clone();
            antonym = true;
            negated = !negated;
        }
        let mut modality = vg.modality;
        if self.in_condition(v) || self.in_condition(vg.first) {
            modality = Modality::Conditional;
        }
        if self.in_reported_clause(vg.first) {
            modality = Modality::Possible;
        }
        let region_end = pps.last().map_or(objects.last().map_or(vg.last, |o| o.last), |(_, np)| np.last);
        let (time, year) = self.time_of(vg.first, region_end);
        let subjects: Vec<Term> = subjects.map(|np| np.terms).unwrap_or_default();
        let wording = self.wording(vg);
        let polarity = if negated { Polarity::Negated } else { Polarity::Affirmed };
        let object_role = pred_info.as_ref().map_or(ObjectRole::Key, |p| p.object);
        let single = pred_info.as_ref().is_some_and(|p| p.single);
        let numeric = pred_info.as_ref().is_some_and(|p| p.numeric);
        let passive = vg.passive;
        let agent = if passive {
            pps.iter()
                .find(|(prep, np)| self.a.fold_of(*prep) == "by" && np.quantity.is_none())
                .map(|(_, np)| np.clone())
        } else {
            None
        };
        let span_first = subjects.first().map_or(vg.first, |_| vg.first);
        let _ = span_first;

        // Single-valued predicates: `object | chair = subject`.
        if single {
            let (holder, thing) = if passive {
                (agent.as_ref().and_then(|np| np.terms.first().cloned()), subjects.first().cloned())
            } else {
                (subjects.first().cloned(), object_terms.first().and_then(|o| o.0.clone()))
            };
            if let (Some(holder), Some(thing)) = (holder, thing) {
                if polarity == Polarity::Affirmed && modality.is_committal() {
                    let span = self.span_of(vg.first, region_end);
                    let mut c = self.claim(
                        sent,
                        span,
                        ClaimKind::Holder,
                        thing,
                        &pred_name,
                        polarity,
                        modality,
                        time,
                        year,
                        &wording,
                    );
                    c.value = Some(Value::Name { name: holder.name });
                    self.out.push(c);
                }
            }
            return;
        }

        // Passive with an agent: make it active.
        let (subjects, object_terms) = match (&agent, passive) {
            (Some(agent), true) if !agent.terms.is_empty() => {
                let objs: Vec<(Option<Term>, Option<Quantity>)> =
                    subjects.iter().map(|t| (Some(t.clone()), None)).collect();
                (agent.terms.clone(), if objs.is_empty() { object_terms } else { objs })
            }
            _ => (subjects, object_terms),
        };
        let passive = passive && agent.is_none();
        let predicate = if passive && !numeric { format!("be {pred_name}") } else { pred_name.clone() };

        // Events: venue and date.
        let named_object = object_terms
            .iter()
            .filter_map(|(t, _)| t.as_ref())
            .find(|t| matches!(t.kind, TermKind::Name | TermKind::Entity));
        let subject_event = subject_np.as_ref().and_then(|np| np.head).and_then(|h| self.a.event(h));
        let subject_thing = subjects.iter().find(|t| t.kind == TermKind::Thing).map(|t| t.name.clone());
        self.event_facts(
            sent,
            vg,
            &pps,
            pred,
            named_object,
            subject_event,
            subject_thing.as_deref(),
            modality,
            // The verb's own polarity: "expected to close" dates the closing even though
            // "close" is the antonym of "open".
            if vg.negated { Polarity::Negated } else { Polarity::Affirmed },
            time,
        );

        // "signed the memorandum in person": the subject was there.
        let presence_end = (region_end + 1).min(self.a.units.len());
        let present = (vg.first..presence_end).any(|u| self.a.has_cue(u, Cue::Presence));
        if present && pred_name != "attend" {
            for subject in &subjects {
                let span = self.span_of(vg.first, region_end);
                let c = self.claim(
                    sent,
                    span,
                    ClaimKind::Action,
                    subject.clone(),
                    "attend",
                    polarity,
                    modality,
                    time,
                    year,
                    &wording,
                );
                self.out.push(c);
            }
        }
        // "agreed to host a base" also says "agreed".
        for &cv in &vg.chain {
            let Some(p) = self.pred_of(cv) else { continue };
            let info = &self.c.predicates[p as usize];
            let (name, flip) = match info.negative_of {
                Some(pos) => (self.c.predicates[pos as usize].name.clone(), true),
                None => (info.name.clone(), false),
            };
            let pol = if vg.negated != flip { Polarity::Negated } else { Polarity::Affirmed };
            for subject in &subjects {
                let span = self.span_of(vg.first, region_end);
                let mut c = self.claim(
                    sent,
                    span,
                    ClaimKind::Action,
                    subject.clone(),
                    &name,
                    pol,
                    modality,
                    time,
                    year,
                    &wording,
                );
                c.antonym = flip;
                self.out.push(c);
            }
        }

        // "cutting the cod quota by 15%": what changes is the object, whoever changes it.
        // Only when the object is a measured thing ("the quota", "prices") or an amount says
        // by how much: "raising hopes" keeps its subject.
        let measured_object = objects.first().is_some_and(|o| {
            o.quantity.is_none() && (amount.is_some() || o.head.is_some_and(|h| self.a.has_cue(h, Cue::GenericNoun)))
        });
        let (subjects, object_terms) = if numeric && !passive && measured_object {
            match object_terms.first() {
                Some((Some(t), q)) if t.kind == TermKind::Thing => (vec![t.clone()], vec![(None, q.clone())]),
                _ => (subjects, object_terms),
            }
        } else {
            (subjects, object_terms)
        };
        let objs: Vec<(Option<Term>, Option<Quantity>)> =
            if object_terms.is_empty() { vec![(None, None)] } else { object_terms };
        for subject in &subjects {
            if subject.name.is_empty() {
                continue;
            }
            for (obj, qty) in &objs {
                let span = self.span_of(vg.first, region_end);
                let mut c = self.claim(
                    sent,
                    span,
                    ClaimKind::Action,
                    subject.clone(),
                    &predicate,
                    polarity,
                    modality,
                    time,
                    year,
                    &wording,
                );
                c.antonym = antonym;
                let mut obj = obj.clone();
                let mut value = None;
                if let Some(q) = qty.clone().or_else(|| amount.clone()) {
                    // A currency amount is money, whatever it was pledged to.
                    if q.unit.as_deref().is_some_and(|u| self.unit_kind(u) == "money") {
                        obj = Some(Term {
                            name: "money".into(),
                            kind: TermKind::Thing,
                            span: obj.as_ref().map_or(span, |o| o.span),
                        });
                    }
                    value = Some(Value::Quantity(q));
                }
                if object_role == ObjectRole::None {
                    obj = None;
                }
                c.object = obj;
                c.value = value;
                // Numeric predicates keep their amount as a quantity claim too.
                self.implications(&c, pred);
                // "Japan will provide 12 vessels" also counts vessels, owned by Japan.
                if let Some(Value::Quantity(q)) = &c.value {
                    if let (Some(counted), None) = (q.counted.clone(), q.unit.as_ref()) {
                        let (q, span, modality, time, year) = (q.clone(), c.span, c.modality, c.time, c.year);
                        let owner = Some(subject.clone()).filter(|_| c.polarity == Polarity::Affirmed);
                        if c.polarity == Polarity::Affirmed {
                            self.push_count(sent, &counted, q, span, owner, modality, time, year);
                        }
                        for o in &objects {
                            for x in o.first..o.last {
                                self.used[x] = true;
                            }
                        }
                    }
                }
                self.out.push(c);
            }
            // Passive-derived claim for a named object: "X invited Russia" also says
            // "Russia was invited".
        }
        // Deaths counted by a killing verb: "killed 23 people".
        if let Some(p) = pred {
            if self.c.predicates[p as usize].name == "kill" {
                for (prep_obj, qty) in objs.iter() {
                    let _ = prep_obj;
                    if let Some(q) = qty {
                        self.push_measure(
                            sent,
                            "deaths",
                            q.clone(),
                            self.span_of(vg.first, region_end),
                            modality,
                            polarity,
                            time,
                            year,
                        );
                    }
                }
            }
        }
        if let Some(s) = subjects.first() {
            self.remember(s);
        }
    }

    fn unit_kind(&self, unit: &str) -> &str {
        self.c.units.iter().find(|u| u.name == unit).map_or("", |u| u.kind.as_str())
    }

    /// Claims a claim presupposes: "declined an invitation" → "was invited".
    fn implications(&mut self, c: &Claim, pred: Option<u16>) {
        let (Some(pred), Some(obj)) = (pred, c.object.as_ref()) else { return };
        // The trigger is the base class (before antonym folding).
        let base = self.c.predicates[pred as usize].negative_of.unwrap_or(pred);
        for &(p, noun, then, passive) in &self.c.implications {
            let trig = self.c.predicates[p as usize].negative_of.unwrap_or(p);
            if (p == pred || trig == base) && self.c.nouns[noun as usize] == obj.name {
                let name = &self.c.predicates[then as usize].name;
                let predicate = if passive { format!("be {name}") } else { name.clone() };
                let mut d = c.clone();
                d.predicate = predicate;
                d.object = None;
                d.polarity = Polarity::Affirmed;
                d.antonym = false;
                d.value = None;
                self.out.push(d);
                return;
            }
        }
    }

    fn remember(&mut self, t: &Term) {
        match t.kind {
            TermKind::Entity => self.last_entity = Some(t.clone()),
            TermKind::Person => self.last_person = Some(t.clone()),
            _ => {}
        }
    }

    /// True when `u` is inside a "that" clause of a reported noun ("claims that …").
    fn in_reported_clause(&self, u: usize) -> bool {
        let a = &self.a;
        let mut k = u;
        let mut steps = 0;
        while k > 0 && steps < 12 {
            k -= 1;
            steps += 1;
            if matches!(a.units[k].pos, Pos::Comp | Pos::Rel) && a.fold_of(k) == "that" {
                let mut j = k;
                let mut back = 0;
                while j > 0 && back < 4 {
                    j -= 1;
                    back += 1;
                    if a.has_cue(j, Cue::ReportedNoun) {
                        return true;
                    }
                    if matches!(a.units[j].pos, Pos::Verb | Pos::Break) {
                        break;
                    }
                }
                return false;
            }
            if matches!(a.units[k].pos, Pos::Break) {
                return false;
            }
        }
        false
    }

    fn wording(&self, vg: &VerbGroup) -> String {
        let a = &self.a;
        let mut s = String::new();
        for k in vg.first..vg.last.min(a.units.len()) {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(a.fold_of(k));
        }
        s
    }

    #[allow(clippy::too_many_arguments)]
    fn claim(
        &self,
        sent: Span,
        span: Span,
        kind: ClaimKind,
        subject: Term,
        predicate: &str,
        polarity: Polarity,
        modality: Modality,
        time: TimeScope,
        year: Option<i32>,
        wording: &str,
    ) -> Claim {
        Claim {
            source: self.source,
            sentence: sent,
            span,
            kind,
            subject,
            predicate: predicate.to_string(),
            object: None,
            value: None,
            polarity,
            modality,
            attribution: None,
            time,
            wording: wording.to_string(),
            antonym: false,
            year,
            inferred_subject: false,
            heading: false,
        }
    }

    /// Venue and date of the event a verb group or an event noun names.
    #[allow(clippy::too_many_arguments)]
    fn event_facts(
        &mut self,
        sent: Span,
        vg: &VerbGroup,
        pps: &[(usize, Np)],
        pred: Option<u16>,
        named_object: Option<&Term>,
        subject_event: Option<u16>,
        subject_thing: Option<&str>,
        modality: Modality,
        polarity: Polarity,
        time: TimeScope,
    ) {
        if !modality.is_committal() {
            return;
        }
        let a = &self.a;
        // "will not close until January 2027" says it closes in January 2027; any other
        // negated event gives no date.
        let not_until = polarity == Polarity::Negated
            && pps.iter().any(|(p, _)| matches!(a.fold_of(*p), "until" | "till" | "before"));
        if polarity == Polarity::Negated && !not_until {
            return;
        }
        // The event is the verb's ("the talks were held"), or the subject's when the verb only
        // says it happened ("the vote took place on Jan. 21").
        let verb_event = a.event(vg.verb).or(subject_event);
        let event_name: Option<String> = verb_event.map(|e| self.c.events[e as usize].clone());
        // The event a date belongs to: the verb's event class, its predicate class, or the
        // verb itself ("the recount will begin on 8 December").
        let date_event = event_name
            .clone()
            .or_else(|| pred.map(|p| self.c.predicates[p as usize].name.clone()))
            .or_else(|| Some(a.lemma_of(vg.verb).to_string()).filter(|l| !l.is_empty()));
        let mut facts: Vec<(ClaimKind, String, Value, Span)> = Vec::new();
        for (prep, np) in pps {
            let pf = a.fold_of(*prep);
            // An event noun inside this phrase takes its own facts (handled in nominals).
            if (np.first..np.last).any(|u| a.event(u).is_some() && a.units[u].pos == Pos::Noun) {
                continue;
            }
            if let Some(ev) = &date_event {
                if let Some(mut rel) = date_relation(pf) {
                    if not_until {
                        if !matches!(pf, "until" | "till" | "before") {
                            continue;
                        }
                        rel = DateRelation::On;
                    }
                    if let Some(d) = date_at(a, self.text, np.first) {
                        if d.value.is_specific() || d.value.weekday.is_some() {
                            facts.push((
                                ClaimKind::Date,
                                ev.clone(),
                                Value::Date { date: d.value, relation: rel },
                                self.span_of(*prep, d.last),
                            ));
                        }
                    }
                }
            }
            if let Some(ev) = &event_name {
                if matches!(pf, "in" | "within") {
                    if let Some(place) = self.place_in(np) {
                        facts.push((
                            ClaimKind::Attribute,
                            ev.clone(),
                            Value::Name { name: place },
                            self.span_of(*prep, np.last),
                        ));
                    }
                }
            }
        }
        // "On February 11, 2026, Honduras signed …" — a date fronting the clause.
        if let (Some(ev), Some((date, relation, span, end))) = (&date_event, self.fronted_date()) {
            if vg.first > end && !facts.iter().any(|f| f.0 == ClaimKind::Date) {
                facts.push((ClaimKind::Date, ev.clone(), Value::Date { date, relation }, span));
            }
        }
        // A thing has many dates (announced, signed, closed): only a date that says when it is
        // due is the thing's own ("the transfers are due by April" — see `copula`), and a
        // "not before" date: "the transfers will not reach families before September".
        if let Some(thing) = subject_thing.filter(|_| not_until) {
            let extra: Vec<(ClaimKind, String, Value, Span)> = facts
                .iter()
                .filter(|f| f.0 == ClaimKind::Date && f.1 != thing)
                .map(|f| (f.0, thing.to_string(), f.2.clone(), f.3))
                .collect();
            facts.extend(extra);
        }
        // "In Abuja on Sunday, West Africa’s leaders …" — a place and day fronting the clause.
        if let Some(ev) = event_name
            .clone()
            .or_else(|| Some("meeting".to_string()).filter(|_| vg.first > 0 && self.fronted_place().is_some()))
        {
            if let Some((place, span)) = self.fronted_place() {
                if !facts.iter().any(|f| f.0 == ClaimKind::Attribute) {
                    facts.push((ClaimKind::Attribute, ev, Value::Name { name: place }, span));
                }
            }
        }
        for (kind, ev, value, span) in facts {
            let predicate = if kind == ClaimKind::Date { "date" } else { "venue" };
            let subject = Term { name: ev, kind: TermKind::Event, span };
            let mut c = self.claim(
                sent,
                span,
                kind,
                subject,
                predicate,
                Polarity::Affirmed,
                modality,
                time,
                None,
                &self.wording(vg),
            );
            c.value = Some(value);
            // A named thing ("the Reciprocal Access Agreement") is its own event.
            c.object = named_object.cloned();
            self.out.push(c);
        }
    }

    /// "In Abuja on Sunday, …": a place at the start of the sentence before a comma.
    /// "On February 11, 2026, …": a date at the start of the sentence before a comma, with
    /// the unit where it ends.
    fn fronted_date(&self) -> Option<(super::measure::Date, DateRelation, Span, usize)> {
        let a = &self.a;
        if a.units.len() < 4 {
            return None;
        }
        let relation = date_relation(a.fold_of(0))?;
        let d = date_at(a, self.text, 1)?;
        if !d.value.is_specific() || a.units.get(d.last).map(|x| x.pos) != Some(Pos::Comma) {
            return None;
        }
        Some((d.value, relation, self.span_of(0, d.last), d.last))
    }

    fn fronted_place(&self) -> Option<(String, Span)> {
        let a = &self.a;
        if a.units.len() < 3 || a.fold_of(0) != "in" {
            return None;
        }
        let np = self.np_right(1)?;
        let comma_or_on = a.units.get(np.last).map(|x| x.pos);
        if !matches!(comma_or_on, Some(Pos::Comma | Pos::Prep)) {
            return None;
        }
        let place = self.place_in(&np)?;
        Some((place, self.span_of(0, np.last)))
    }

    /// The place a phrase names: a city, country or region, or "the X city of Manaus".
    fn place_in(&self, np: &Np) -> Option<String> {
        let a = &self.a;
        // "the Amazonian city of Manaus": the name after "of".
        let mut best: Option<String> = None;
        for u in np.first..np.last {
            if let Some((id, _)) = a.entity(u) {
                let e = &self.c.entities[id as usize];
                if matches!(e.kind, EntityKind::City | EntityKind::Country | EntityKind::Region)
                    && a.units[u].pos == Pos::Entity
                {
                    // A city that is a metonym of a country still names the city here.
                    let city = a.entities(u).find(|(i, _)| self.c.entities[*i as usize].kind == EntityKind::City);
                    best = Some(match city {
                        Some((cid, _)) => self.c.entities[cid as usize].name.clone(),
                        None => e.name.clone(),
                    });
                }
            }
        }
        if best.is_some() {
            return best;
        }
        // An unknown capitalised place: one or two proper words, not a person or org.
        let props: Vec<usize> = (np.first..np.last).filter(|&u| a.units[u].pos == Pos::Proper).collect();
        if !props.is_empty()
            && props.len() <= 3
            && (np.first..np.last).all(|u| matches!(a.units[u].pos, Pos::Proper | Pos::Det))
        {
            let orgish = props.iter().any(|&u| self.c.class(a.fold_of(u)) & class::ORG != 0);
            if !orgish {
                return Some(props.iter().map(|&u| a.text_of(self.text, u)).collect::<Vec<_>>().join(" "));
            }
        }
        None
    }

    /// Copular sentences: "Twenty-three people are dead", "the force should be operational
    /// by June 2026", "Its budget is put at $2.6 billion".
    fn copula(&mut self, sent: Span, vg: &VerbGroup) {
        let a = &self.a;
        let n = a.units.len();
        let v = vg.verb;
        let Some(subject) = vg.subject_override.clone().or_else(|| self.subject_of(vg.first)) else { return };
        let mut modality = vg.modality;
        if self.in_condition(v) {
            modality = Modality::Conditional;
        }
        // The complement.
        let mut u = v + 1;
        while u < n && a.units[u].pos == Pos::Adv {
            u += 1;
        }
        if u >= n {
            return;
        }
        // "Turnout was 37.8%", "the death toll is 23": the subject is what the number sizes.
        if a.lemma_of(v) == "be"
            && (matches!(a.units[u].pos, Pos::Num | Pos::Symbol)
                || [Cue::About, Cue::AtLeast, Cue::AtMost].iter().any(|c| a.has_cue(u, *c)))
        {
            if let (Some(h), Some(q)) = (subject.head, quantity_at(self.c, a, self.text, u)) {
                if !vg.negated && subject.quantity.is_none() && matches!(a.units[h].pos, Pos::Noun | Pos::Proper) {
                    let name = match a.measure(h) {
                        Some(m) => self.c.measures[m as usize].clone(),
                        None => self.thing_name(subject.first, h),
                    };
                    let span = self.span_of(subject.first, q.last);
                    let (time, year) = self.time_of(subject.first, q.last);
                    for x in u..q.last {
                        self.used[x] = true;
                    }
                    self.push_measure(sent, &name, q.value, span, modality, Polarity::Affirmed, time, year);
                    return;
                }
            }
        }
        // "are dead": a measure word after the copula with a counted subject.
        if let Some(m) = a.measure(u) {
            if let Some(q) = subject.quantity.clone() {
                let name = self.c.measures[m as usize].clone();
                let span = self.span_of(subject.first, u + 1);
                let (time, year) = self.time_of(subject.first, u + 1);
                self.push_measure(sent, &name, q, span, modality, Polarity::Affirmed, time, year);
                for x in subject.first..subject.last {
                    self.used[x] = true;
                }
            }
            return;
        }
        // "should be operational by June 2026", "is due to become operational in January 2027";
        // "the first transfers are due by April 2026" dates the subject itself.
        let subject_thing = subject.terms.first().filter(|t| t.kind == TermKind::Thing).map(|t| t.name.clone());
        let event = a.event(u).map(|e| self.c.events[e as usize].clone()).or(subject_thing);
        if let Some(ev) = event {
            if vg.negated || !modality.is_committal() {
                return;
            }
            let mut k = u + 1;
            while k + 1 < n {
                if a.units[k].pos == Pos::Prep {
                    if let Some(rel) = date_relation(a.fold_of(k)) {
                        if let Some(d) = date_at(a, self.text, k + 1) {
                            if d.value.is_specific() {
                                let span = self.span_of(vg.first, d.last);
                                let (time, _) = self.time_of(vg.first, d.last);
                                let subj = Term { name: ev.clone(), kind: TermKind::Event, span };
                                let mut c = self.claim(
                                    sent,
                                    span,
                                    ClaimKind::Date,
                                    subj,
                                    "date",
                                    Polarity::Affirmed,
                                    modality,
                                    time,
                                    None,
                                    &self.wording(vg),
                                );
                                c.value = Some(Value::Date { date: d.value, relation: rel });
                                self.out.push(c);
                                return;
                            }
                        }
                    }
                }
                if matches!(a.units[k].pos, Pos::Comma | Pos::Break | Pos::Verb) {
                    break;
                }
                k += 1;
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push_measure(
        &mut self,
        sent: Span,
        name: &str,
        q: Quantity,
        span: Span,
        modality: Modality,
        polarity: Polarity,
        time: TimeScope,
        year: Option<i32>,
    ) {
        let subject = Term { name: name.to_string(), kind: TermKind::Thing, span };
        let mut c = self.claim(sent, span, ClaimKind::Quantity, subject, name, polarity, modality, time, year, name);
        c.value = Some(Value::Quantity(q));
        self.out.push(c);
    }

    // -----------------------------------------------------------------------------------
    // Noun phrases with numbers, dates and places.

    fn nominals(&mut self, sent: Span) {
        let n = self.a.units.len();
        let mut u = 0;
        while u < n {
            if self.used[u] {
                u += 1;
                continue;
            }
            // Event nouns with a place or a date: "talks in Brussels", "the conference on 12
            // March", "a donor meeting in the city of Manaus on Thursday".
            if let Some(e) = self.a.event(u).filter(|_| self.a.units[u].pos == Pos::Noun) {
                self.event_noun(sent, u, e);
            }
            // Measures: "the death toll at 23", "a budget of $260 million", "32 dead".
            if let Some(m) = self.a.measure(u).filter(|_| matches!(self.a.units[u].pos, Pos::Noun | Pos::Verb)) {
                self.measure_noun(sent, u, m);
            }
            // "€25m from Spain", "grants from Spain": money from someone is their contribution.
            if self.a.fold_of(u) == "from" && self.a.units[u].pos == Pos::Prep {
                self.money_from(sent, u);
            }
            // "a 16,000-seat stadium": a number joined to what it counts.
            if self.a.units[u].kind == TokKind::NumberCompound {
                self.number_compound(sent, u);
            }
            // Numbers before a noun or a measure: "the 23 victims", "a $450 million
            // reinsurance facility", "a 15 per cent reduction in the cod quota".
            // "Nov. 30", "30 November": a day of a date is no number.
            let after_month = u > 0
                && (self.a.month(u - 1).is_some()
                    || u > 1 && self.a.text_of(self.text, u - 1) == "." && self.a.month(u - 2).is_some());
            let before_month = u + 1 < n && self.a.month(u + 1).is_some() && self.a.units[u + 1].upper;
            if self.a.units[u].pos == Pos::Num && (after_month || before_month) {
                u += 1;
                continue;
            }
            if matches!(self.a.units[u].pos, Pos::Num | Pos::Symbol) {
                if let Some(q) = quantity_at(self.c, &self.a, self.text, u) {
                    let last = q.last;
                    self.number_phrase(sent, u, q);
                    u = last.max(u + 1);
                    continue;
                }
            }
            u += 1;
        }
    }

    /// "includes €25m from Spain", "an IDB loan with grants from Spain": the giver named
    /// after "from" contributes the money before it.
    fn money_from(&mut self, sent: Span, u: usize) {
        let a = &self.a;
        let n = a.units.len();
        if u == 0 || u + 1 >= n || a.units[u + 1].pos != Pos::Entity {
            return;
        }
        // The giver: one country or body, not a list.
        if u + 2 < n && (a.fold_of(u + 2) == "and" || a.units[u + 2].pos == Pos::Entity) {
            return;
        }
        let Some(giver) = self.agent_entity(u + 1) else { return };
        // What is given: the noun phrase just before "from".
        let Some(np) = self.np_left(u) else { return };
        let Some(h) = np.head else { return };
        let money_noun = a.noun_class(h).is_some_and(|c| self.c.nouns[c as usize] == "money");
        let money_amount =
            np.quantity.as_ref().is_some_and(|q| q.unit.as_deref().is_some_and(|un| self.unit_kind(un) == "money"));
        if !(money_noun || money_amount) {
            return;
        }
        let modality = if self.in_condition(u) { Modality::Conditional } else { Modality::Asserted };
        let (time, year) = self.time_of(np.first, u + 2);
        let span = self.span_of(np.first, u + 2);
        let subject = self.entity_term(giver, u + 1, u + 2);
        let mut c = self.claim(
            sent,
            span,
            ClaimKind::Action,
            subject,
            "contribute",
            Polarity::Affirmed,
            modality,
            time,
            year,
            "from",
        );
        c.object = Some(Term { name: "money".into(), kind: TermKind::Thing, span });
        c.value = np.quantity.map(Value::Quantity);
        self.out.push(c);
    }

    fn number_compound(&mut self, sent: Span, u: usize) {
        let word = self.a.text_of(self.text, u);
        let Some((num, noun)) = word.split_once('-') else { return };
        let Some(value) = super::measure::parse_digits(num) else { return };
        let noun = crate::text::fold(noun);
        // "97-metre", "five-year": a measurement, not a count.
        let key = self.c.phrase_key(&noun);
        if self.c.senses(&key).iter().any(|s| matches!(s.sense, Sense::Unit(_))) || noun.contains('-') {
            return;
        }
        let q = Quantity { value, low: value, high: value, unit: None, counted: Some(noun.clone()) };
        let modality = if self.in_condition(u) { Modality::Conditional } else { Modality::Asserted };
        let (time, year) = self.time_of(u, u + 1);
        let span = self.span_of(u, u + 1);
        // "a 90-seat parliament" gives the size of the whole, not a count of some seats: it
        // meets only other sizes ("a 16,000-seat stadium" against "a 12,000-seat stadium").
        let first = self.out.len();
        self.push_count(sent, &noun, q, span, None, modality, time, year);
        for c in &mut self.out[first..] {
            c.predicate = "size".into();
        }
    }

    fn event_noun(&mut self, sent: Span, u: usize, e: u16) {
        let a = &self.a;
        let n = a.units.len();
        let ev = self.c.events[e as usize].clone();
        // Skip an event noun in a conditional or a question.
        if self.in_condition(u) {
            return;
        }
        let mut k = u + 1;
        // "held in Manaus on March 12": a participle between the noun and its phrases.
        if k < n && a.units[k].pos == Pos::Verb && is_participle(a.fold_of(k), a.lemma_of(k)) {
            k += 1;
        }
        let (time, _) = self.time_of(u, (u + 8).min(n));
        let mut steps = 0;
        while k < n && steps < 4 {
            steps += 1;
            if a.units[k].pos != Pos::Prep {
                break;
            }
            let pf = a.fold_of(k).to_string();
            let Some(np) = self.np_right(k + 1) else { break };
            if let Some(rel) = date_relation(&pf) {
                if let Some(d) = date_at(a, self.text, k + 1) {
                    if d.value.is_specific() || d.value.weekday.is_some() {
                        let span = self.span_of(u, d.last);
                        let subj = Term { name: ev.clone(), kind: TermKind::Event, span };
                        let mut c = self.claim(
                            sent,
                            span,
                            ClaimKind::Date,
                            subj,
                            "date",
                            Polarity::Affirmed,
                            Modality::Asserted,
                            time,
                            None,
                            &ev,
                        );
                        c.value = Some(Value::Date { date: d.value, relation: rel });
                        self.out.push(c);
                        k = d.last;
                        continue;
                    }
                }
            }
            if matches!(pf.as_str(), "in" | "within") {
                if let Some(place) = self.place_in(&np) {
                    let span = self.span_of(u, np.last);
                    let subj = Term { name: ev.clone(), kind: TermKind::Event, span };
                    let mut c = self.claim(
                        sent,
                        span,
                        ClaimKind::Attribute,
                        subj,
                        "venue",
                        Polarity::Affirmed,
                        Modality::Asserted,
                        time,
                        None,
                        &ev,
                    );
                    c.value = Some(Value::Name { name: place });
                    self.out.push(c);
                }
            }
            k = np.last;
        }
    }

    fn measure_noun(&mut self, sent: Span, u: usize, m: u16) {
        let a = &self.a;
        let n = a.units.len();
        let name = self.c.measures[m as usize].clone();
        // "32 dead", "23 killed": a number just before.
        if u > 0 && !self.used[u - 1] {
            let mut s = u - 1;
            while s > 0 && matches!(a.units[s].pos, Pos::Noun) && a.measure(s).is_none() && u - s < 3 {
                s -= 1;
            }
            if matches!(a.units[s].pos, Pos::Num) {
                let mut qs = s;
                if qs > 0 && [Cue::About, Cue::AtLeast, Cue::AtMost].iter().any(|c| a.has_cue(qs - 1, *c)) {
                    qs -= 1;
                }
                if let Some(q) = quantity_at(self.c, a, self.text, qs) {
                    let span = self.span_of(qs, u + 1);
                    let (time, year) = self.time_of(qs, u + 1);
                    let modality = if self.in_condition(u) { Modality::Conditional } else { Modality::Asserted };
                    for x in qs..q.last.max(u + 1) {
                        self.used[x] = true;
                    }
                    self.push_measure(sent, &name, q.value, span, modality, Polarity::Affirmed, time, year);
                    return;
                }
            }
        }
        // "the death toll at 23", "a budget of $260 million", "Its budget is put at $2.6 billion".
        let mut k = u + 1;
        let mut steps = 0;
        while k < n && steps < 5 {
            steps += 1;
            match a.units[k].pos {
                Pos::Prep | Pos::Aux | Pos::Adv => k += 1,
                Pos::Verb
                    if a.lemma_of(k) == "put"
                        || a.lemma_of(k) == "stand"
                        || a.lemma_of(k) == "rise"
                        || a.lemma_of(k) == "reach" =>
                {
                    k += 1
                }
                Pos::Num | Pos::Symbol => {
                    if self.used[k] {
                        return;
                    }
                    if let Some(q) = quantity_at(self.c, a, self.text, k) {
                        let span = self.span_of(u, q.last);
                        let (time, year) = self.time_of(u, q.last);
                        let modality = if self.in_condition(u) { Modality::Conditional } else { Modality::Asserted };
                        for x in k..q.last {
                            self.used[x] = true;
                        }
                        self.push_measure(sent, &name, q.value, span, modality, Polarity::Affirmed, time, year);
                    }
                    return;
                }
                _ => {
                    // A hedge word before the number: "at about 23".
                    if [Cue::About, Cue::AtLeast, Cue::AtMost].iter().any(|c| a.has_cue(k, *c)) {
                        if let Some(q) = quantity_at(self.c, a, self.text, k) {
                            let span = self.span_of(u, q.last);
                            let (time, year) = self.time_of(u, q.last);
                            for x in k..q.last {
                                self.used[x] = true;
                            }
                            self.push_measure(
                                sent,
                                &name,
                                q.value,
                                span,
                                Modality::Asserted,
                                Polarity::Affirmed,
                                time,
                                year,
                            );
                        }
                    }
                    return;
                }
            }
        }
    }

    /// The class of a counted noun ("vessels", "patrol ships" → "vessels"), or None when a
    /// count of it says too little on its own: people are counted for many reasons (dead,
    /// evacuated, in need), so their counts need a measure word.
    fn counted_class(&self, counted: &str) -> Option<String> {
        let key = self.c.phrase_key(counted);
        let senses = self.c.senses(&key);
        if senses.iter().any(|s| {
            matches!(
                s.sense,
                Sense::Entity(..) | Sense::Unit(_) | Sense::Month(_) | Sense::Weekday(_) | Sense::Cue(Cue::GenericNoun)
            )
        }) {
            return None;
        }
        let class = senses.iter().find_map(|s| match s.sense {
            Sense::Noun(n) => Some(self.c.nouns[n as usize].clone()),
            _ => None,
        });
        match class {
            Some(c) if c == "people" => None,
            Some(c) => Some(c),
            None if counted.chars().all(|c| c.is_alphabetic() || c == '-' || c == ' ') => Some(singular(counted)),
            None => None,
        }
    }

    /// A count of something: "214 polling stations", "41 aircraft", "a 16,000-seat stadium".
    /// `owner` is the named subject of the clause, if any ("Japan will provide 12 vessels").
    #[allow(clippy::too_many_arguments)]
    fn push_count(
        &mut self,
        sent: Span,
        counted: &str,
        q: Quantity,
        span: Span,
        owner: Option<Term>,
        modality: Modality,
        time: TimeScope,
        year: Option<i32>,
    ) {
        let Some(class) = self.counted_class(counted) else { return };
        // "a handful of boats", "hundreds of sailors", "the 2002 floods": a vague amount or a
        // year is no count.
        if q.high.is_finite() && q.low == q.value && q.high > q.value {
            return;
        }
        if q.low == q.high && (1800.0..=2199.0).contains(&q.value) && q.value.fract() == 0.0 {
            return;
        }
        let subject = Term { name: class.clone(), kind: TermKind::Thing, span };
        let mut c = self.claim(
            sent,
            span,
            ClaimKind::Quantity,
            subject,
            "count",
            Polarity::Affirmed,
            modality,
            time,
            year,
            &class,
        );
        c.object = owner.filter(|o| matches!(o.kind, TermKind::Entity | TermKind::Person | TermKind::Name));
        c.value = Some(Value::Quantity(q));
        self.out.push(c);
    }

    fn number_phrase(&mut self, sent: Span, u: usize, q: Found<Quantity>) {
        let a = &self.a;
        let n = a.units.len();
        if (u..q.last).any(|x| self.used[x]) {
            return;
        }
        let mut qs = u;
        if qs > 0 && [Cue::About, Cue::AtLeast, Cue::AtMost].iter().any(|c| a.has_cue(qs - 1, *c)) {
            qs -= 1;
        }
        let q = quantity_at(self.c, a, self.text, qs).unwrap_or(q);
        let modality = if self.in_condition(u) { Modality::Conditional } else { Modality::Asserted };
        let (time, year) = self.time_of(qs, (q.last + 3).min(n));
        // "the 23 victims": the counted noun is a measure.
        if let Some(counted) = &q.value.counted {
            let key = self.c.phrase_key(counted);
            let measure = self.c.senses(&key).iter().find_map(|s| match s.sense {
                Sense::Measure(m) => Some(m),
                _ => None,
            });
            if let Some(m) = measure {
                let name = self.c.measures[m as usize].clone();
                let span = self.span_of(qs, q.last);
                self.push_measure(sent, &name, q.value, span, modality, Polarity::Affirmed, time, year);
                return;
            }
            let counted = counted.clone();
            let span = self.span_of(qs, q.last);
            self.push_count(sent, &counted, q.value, span, None, modality, time, year);
            return;
        }
        // "48 of the 90 seats": the count of a part of a whole.
        if q.value.unit.is_none() && q.last + 2 < n && a.fold_of(q.last) == "of" {
            let mut k = q.last + 1;
            if a.units[k].pos == Pos::Det {
                k += 1;
            }
            if k + 1 < n && a.units[k].pos == Pos::Num && a.units[k + 1].pos == Pos::Noun {
                let counted = a.lemma_of(k + 1).to_string();
                let span = self.span_of(qs, k + 2);
                for x in qs..k + 2 {
                    self.used[x] = true;
                }
                self.push_count(sent, &counted, q.value, span, None, modality, time, year);
                return;
            }
        }
        let is_money_or_pct =
            q.value.unit.as_deref().is_some_and(|un| matches!(self.unit_kind(un), "money" | "percent"));
        if !is_money_or_pct {
            return;
        }
        let mut k = q.last;
        // "a 15 per cent reduction in the North Sea cod quota": a change noun.
        if k < n {
            if let Some(p) = a.predicate(k).filter(|p| self.c.predicates[*p as usize].numeric) {
                if k + 1 < n && matches!(a.fold_of(k + 1), "in" | "of" | "to") {
                    if let Some(np) = self.np_right(k + 2) {
                        if let Some(h) = np.head {
                            let thing = self.thing_name(np.first, h);
                            let info = &self.c.predicates[p as usize];
                            let (name, negated) = match info.negative_of {
                                Some(pos) => (self.c.predicates[pos as usize].name.clone(), true),
                                None => (info.name.clone(), false),
                            };
                            let span = self.span_of(qs, np.last);
                            let subj = Term { name: thing, kind: TermKind::Thing, span };
                            let pol = if negated { Polarity::Negated } else { Polarity::Affirmed };
                            let mut c = self.claim(
                                sent,
                                span,
                                ClaimKind::Action,
                                subj,
                                &name,
                                pol,
                                modality,
                                time,
                                year,
                                &name,
                            );
                            c.antonym = negated;
                            c.value = Some(Value::Quantity(q.value.clone()));
                            self.out.push(c);
                            return;
                        }
                    }
                }
            }
        }
        // "a $450 million reinsurance facility": the amount sizes the noun after it.
        let mut head = None;
        while k < n && matches!(a.units[k].pos, Pos::Noun) && a.predicate(k).is_none() {
            head = Some(k);
            k += 1;
        }
        if let Some(h) = head {
            if a.measure(h).is_some() {
                // "a $2.6bn five-year budget"
                let name = self.c.measures[a.measure(h).unwrap_or(0) as usize].clone();
                let span = self.span_of(qs, h + 1);
                self.push_measure(sent, &name, q.value.clone(), span, modality, Polarity::Affirmed, time, year);
                return;
            }
            let preceded_by_det = qs > 0 && matches!(a.units[qs - 1].pos, Pos::Det);
            if preceded_by_det && h > q.last {
                // The head names the thing ("a $340m aid package" and "a $430 million drought
                // package" are one package); a generic head takes the noun before it.
                let name = self.thing_name(q.last, h);
                let span = self.span_of(qs, h + 1);
                let subj = Term { name: name.clone(), kind: TermKind::Thing, span };
                let mut c = self.claim(
                    sent,
                    span,
                    ClaimKind::Quantity,
                    subj,
                    &name,
                    Polarity::Affirmed,
                    modality,
                    time,
                    year,
                    &name,
                );
                c.value = Some(Value::Quantity(q.value.clone()));
                self.out.push(c);
            } else if preceded_by_det {
                let name = self.thing_name(h, h);
                let span = self.span_of(qs, h + 1);
                let subj = Term { name: name.clone(), kind: TermKind::Thing, span };
                let mut c = self.claim(
                    sent,
                    span,
                    ClaimKind::Quantity,
                    subj,
                    &name,
                    Polarity::Affirmed,
                    modality,
                    time,
                    year,
                    &name,
                );
                c.value = Some(Value::Quantity(q.value.clone()));
                self.out.push(c);
            }
        }
        // "a mackerel cut of about a fifth": NOUN + change noun + "of" + amount.
        if qs >= 3 && a.fold_of(qs - 1) == "of" {
            if let Some(p) = a.predicate(qs - 2).filter(|p| self.c.predicates[*p as usize].numeric) {
                if matches!(a.units[qs - 3].pos, Pos::Noun) {
                    let thing = self.thing_name(qs - 3, qs - 3);
                    let info = &self.c.predicates[p as usize];
                    let (name, negated) = match info.negative_of {
                        Some(pos) => (self.c.predicates[pos as usize].name.clone(), true),
                        None => (info.name.clone(), false),
                    };
                    let span = self.span_of(qs - 3, q.last);
                    let subj = Term { name: thing, kind: TermKind::Thing, span };
                    let pol = if negated { Polarity::Negated } else { Polarity::Affirmed };
                    let mut c =
                        self.claim(sent, span, ClaimKind::Action, subj, &name, pol, modality, time, year, &name);
                    c.antonym = negated;
                    c.value = Some(Value::Quantity(q.value));
                    self.out.push(c);
                }
            }
        }
    }
}

/// A title phrase: "former British Prime Minister", "Deputy Foreign Minister".
#[derive(Debug, Clone)]
struct TitlePhrase {
    first: usize,
    last: usize,
    title: u16,
    portfolio: Option<u16>,
    /// A portfolio the lexicon does not know, as written: "mines", "parks, culture and sport".
    portfolio_text: Option<String>,
    /// A body the lexicon does not know, as written: "SkyKaro" in "SkyKaro chief executive".
    scope_name: Option<String>,
    distinct: Vec<String>,
    scope: Option<u32>,
    former: bool,
}

fn modal_of(f: &str) -> Modality {
    match f {
        "could" | "may" | "might" | "can" | "ca" | "may be" | "might be" => Modality::Possible,
        _ => Modality::Would,
    }
}

fn date_relation(prep: &str) -> Option<DateRelation> {
    Some(match prep {
        // "scheduled to open for the 2029 season": "for" counts only before a date.
        "on" | "in" | "at" | "during" | "for" => DateRelation::On,
        "by" | "before" => DateRelation::By,
        "until" | "till" | "through" | "to" => DateRelation::Until,
        "since" | "from" => DateRelation::Since,
        _ => return None,
    })
}

/// True for a past participle: "signed", "held", "chaired".
fn is_participle(fold: &str, lemma: &str) -> bool {
    let first = fold.split(' ').next().unwrap_or(fold);
    let lemma_first = lemma.split(' ').next().unwrap_or(lemma);
    first.ends_with("ed") || (first != lemma_first && !first.ends_with("ing") && !first.ends_with('s'))
}

/// A plural noun lemma made singular for keys: "vessels" → "vessel", "countries" → "country".
fn singular(w: &str) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}

/// True when most words of a heading start with a capital: such headlines hide grammar.
fn is_title_case(s: &str) -> bool {
    let words: Vec<&str> =
        s.split_whitespace().filter(|w| w.chars().next().is_some_and(|c| c.is_alphabetic())).collect();
    if words.len() < 3 {
        return true;
    }
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(|c| c.is_uppercase())).count();
    caps * 10 >= words.len() * 7
}
