//! Terms, personal names and noun phrases.

use super::*;

impl Extractor<'_> {
    // -----------------------------------------------------------------------------------
    // Terms.

    pub(super) fn span_of(&self, first: usize, last: usize) -> Span {
        let a = &self.a;
        if first >= last || last > a.units.len() {
            return Span::new(a.sent_start, a.sent_start);
        }
        Span::new(a.units[first].start, a.units[last - 1].end)
    }

    pub(super) fn entity_term(&self, id: u32, first: usize, last: usize) -> Term {
        Term {
            name: self.c.entities[id as usize].name.clone(),
            kind: TermKind::Entity,
            span: self.span_of(first, last),
        }
    }

    /// The entity a unit stands for as an actor: a capital city used for its country
    /// ("Helsinki would not deploy") is the country.
    pub(super) fn agent_entity(&self, u: usize) -> Option<u32> {
        let a = &self.a;
        let (id, _) = a.entity(u)?;
        if self.c.entities[id as usize].kind == EntityKind::City {
            if let Some((m, _)) = a.entities(u).find(|(_, via)| *via == crate::lexicon::Via::Metonym) {
                return Some(m);
            }
        }
        Some(id)
    }

    pub(super) fn np_text(&self, np: &Np) -> String {
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
    pub(super) fn namey(&self, u: usize) -> bool {
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
    pub(super) fn name_at(&self, u: usize) -> Option<(usize, usize)> {
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
    pub(super) fn skip_honorifics(&self, mut u: usize) -> usize {
        let a = &self.a;
        while u < a.units.len() && a.has_cue(u, Cue::Honorific) {
            u += 1;
            if u < a.units.len() && a.text_of(self.text, u) == "." {
                u += 1;
            }
        }
        u
    }

    pub(super) fn person_term(&self, first: usize, last: usize) -> Term {
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

    pub(super) fn is_np_unit(&self, u: usize) -> bool {
        let a = &self.a;
        match a.units[u].pos {
            Pos::Det | Pos::Noun | Pos::Proper | Pos::Entity | Pos::Title | Pos::Num | Pos::Symbol | Pos::Poss => true,
            Pos::Other => matches!(a.fold_of(u), "-" | "&" | "/"),
            // "the only coastal state": an adverb-like word between a determiner and a noun.
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
    pub(super) fn np_left(&self, end: usize) -> Option<Np> {
        self.np_left_extent(end).map(|e| self.build_extent(e))
    }

    /// The noun phrase `extent` found: its first unit.
    pub(super) fn extent_first(e: NpExtent) -> usize {
        match e {
            NpExtent::Pronoun(u) => u,
            NpExtent::Units(first, _) => first,
        }
    }

    /// The noun phrase over `extent`, named.
    pub(super) fn build_extent(&self, e: NpExtent) -> Np {
        match e {
            NpExtent::Pronoun(u) => self.pronoun_np(u),
            NpExtent::Units(first, last) => self.build_np(first, last),
        }
    }

    /// Where [`np_left`](Self::np_left) finds its noun phrase, before it is built (and its
    /// names read): a rule that may reject the phrase by where it starts asks this first.
    pub(super) fn np_left_extent(&self, end: usize) -> Option<NpExtent> {
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
            return Some(NpExtent::Pronoun(last - 1));
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
            if a.fold_is(p, "and")
                && p > 0
                && first < last
                && a.units[p - 1].pos == Pos::Entity
                && (p < 2 || !matches!(a.units[p - 2].pos, Pos::Prep | Pos::Verb | Pos::Poss))
                && (first..last).all(|u| a.units[u].pos != Pos::Entity)
            {
                first = p - 1;
                break;
            }
            // Lists of names: "Malta and Cyprus", "Finland, Iceland, Malta and Cyprus".
            if (a.fold_is(p, "and") || a.units[p].pos == Pos::Comma)
                && p > 0
                && first < last
                && matches!(a.units[first].pos, Pos::Entity | Pos::Det)
                && matches!(a.units[p - 1].pos, Pos::Entity)
                && (first..last)
                    .all(|u| matches!(a.units[u].pos, Pos::Entity | Pos::Det | Pos::Comma) || a.fold_is(u, "and"))
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
        while first < last && (a.units[first].pos == Pos::Comma || a.fold_is(first, "and")) {
            first += 1;
        }
        Some(NpExtent::Units(first, last))
    }

    /// The noun phrase that starts at `start`, scanning right (no prepositional phrases).
    pub(super) fn np_right(&self, start: usize) -> Option<Np> {
        self.np_right_extent(start).map(|e| self.build_extent(e))
    }

    /// [`np_right`](Self::np_right) with its head and quantity but not yet its terms, which
    /// most prepositional phrases are never asked for: [`Extractor::named`] reads them.
    pub(super) fn np_right_unnamed(&self, start: usize) -> Option<Np> {
        Some(match self.np_right_extent(start)? {
            NpExtent::Pronoun(u) => self.pronoun_np(u),
            NpExtent::Units(first, last) => {
                let (mut np, _) = self.np_frame(first, last);
                np.unnamed = true;
                np
            }
        })
    }

    /// The noun phrase `np` with its terms: itself, or built again over where it was found
    /// when [`np_right_unnamed`](Self::np_right_unnamed) left them unread (the same phrase
    /// [`np_right`](Self::np_right) gives, with the end `np` was given since).
    pub(super) fn named(&self, np: &Np) -> Np {
        if !np.unnamed {
            return np.clone();
        }
        let mut out = self.build_np(np.first, np.found_last);
        out.last = np.last;
        out
    }

    /// The unit after the noun phrase that starts at `start`, if there is one (where
    /// [`np_right`](Self::np_right)'s phrase ends), without building it.
    pub(super) fn np_right_end(&self, start: usize) -> Option<usize> {
        Some(match self.np_right_extent(start)? {
            NpExtent::Pronoun(u) => u + 1,
            NpExtent::Units(_, last) => last,
        })
    }

    /// Where [`np_right`](Self::np_right) finds its noun phrase, before it is built.
    fn np_right_extent(&self, start: usize) -> Option<NpExtent> {
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
            return Some(NpExtent::Pronoun(u));
        }
        let first = u;
        let mut last = u;
        // A hedge before a number: "about 64,000 people", "more than 500 ships".
        while last + 1 < n
            && a.is_hedge(last)
            && matches!(a.units[last + 1].pos, Pos::Num | Pos::Symbol | Pos::Det | Pos::Noun)
            && !matches!(a.units[last].pos, Pos::Det | Pos::Noun)
        {
            last += 1;
        }
        while last < n && self.is_np_unit(last) {
            last += 1;
            // "four,250 police": the spun number is one figure.
            if a.units[last - 1].pos == Pos::Num && spun_thousands(a, self.text, last - 1).is_some() {
                last += 2;
            }
            // "hundreds of nurses", "dozens of ships": the quantity takes its "of".
            if last + 1 < n
                && a.fold_is(last, "of")
                && a.senses_of(last - 1).iter().any(|s| matches!(s, Sense::Vague(..)))
                && matches!(a.units[last + 1].pos, Pos::Noun | Pos::Det)
            {
                last += 1;
            }
        }
        if last == first {
            return None;
        }
        Some(NpExtent::Units(first, last))
    }

    pub(super) fn pronoun_np(&self, u: usize) -> Np {
        let a = &self.a;
        let f = a.fold_of(u);
        let term = match f {
            "he" | "she" | "him" | "her" => self.last_person.clone(),
            "they" | "them" => self.last_entity.clone(),
            // "It has burned about 41,000 hectares": the last country or body, else the last
            // thing the article spoke of; nothing before an impersonal verb ("it rained").
            "it" if self.impersonal_after(u) => None,
            "it" => self.last_entity.clone().or_else(|| self.last_thing.clone()),
            _ => None,
        };
        Np {
            first: u,
            last: u + 1,
            found_last: u + 1,
            head: Some(u),
            terms: term.into_iter().collect(),
            ..Np::default()
        }
    }

    /// True when the verb after the pronoun at `u`, past auxiliaries and adverbs ("it has
    /// been raining"), is impersonal.
    fn impersonal_after(&self, u: usize) -> bool {
        let a = &self.a;
        (u + 1..a.units.len().min(u + 5))
            .find(|&v| !matches!(a.units[v].pos, Pos::Aux | Pos::Modal | Pos::Adv | Pos::Neg))
            .is_some_and(|v| a.has_cue(v, Cue::ImpersonalVerb))
    }

    /// Builds a noun phrase over `first..last` and names what it refers to.
    pub(super) fn build_np(&self, first: usize, last: usize) -> Np {
        let (mut np, head_end) = self.np_frame(first, last);
        self.name_np(&mut np, head_end);
        np
    }

    /// A noun phrase over `first..last` with its head and quantity but no terms yet, and
    /// where its head's part ends (at its first preposition).
    fn np_frame(&self, first: usize, last: usize) -> (Np, usize) {
        let a = &self.a;
        // The head: the last noun-like unit before any preposition (a leading hedge such as
        // "about" or "more than" is not one).
        let mut head_end = last;
        let mut body = first;
        while body < last && a.is_hedge(body) && a.units[body].pos != Pos::Noun {
            body += 1;
        }
        for u in body..last {
            let of_quantity =
                a.fold_is(u, "of") && u > first && a.senses_of(u - 1).iter().any(|s| matches!(s, Sense::Vague(..)));
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
        let mut np = Np { first, last, found_last: last, head, ..Np::default() };
        // Quantity in the phrase.
        for u in first..head_end {
            if matches!(a.units[u].pos, Pos::Num | Pos::Symbol)
                || a.senses_of(u).iter().any(|s| matches!(s, Sense::Vague(..)))
            {
                let hedged = u > first && a.is_hedge(u - 1);
                let start = if hedged { u - 1 } else { u };
                if let Some(q) = quantity_at(self.c, a, self.text, start) {
                    np.quantity = Some(q.value);
                    break;
                }
            }
        }
        (np, head_end)
    }

    /// Names what the noun phrase `np` ([`Extractor::np_frame`]) refers to: its terms.
    fn name_np(&self, np: &mut Np, head_end: usize) {
        let a = &self.a;
        let (first, last, head) = (np.first, np.last, np.head);
        // "Germany and several other countries": the name leads.
        if last - first > 2
            && a.units[first].pos == Pos::Entity
            && a.fold_is(first + 1, "and")
            && (first + 2..last).all(|u| a.units[u].pos != Pos::Entity)
        {
            if let Some(id) = self.agent_entity(first) {
                np.terms.push(self.entity_term(id, first, first + 1));
                return;
            }
        }
        // Lists of entities.
        let list = (first..last)
            .all(|u| matches!(a.units[u].pos, Pos::Entity | Pos::Det | Pos::Comma) || a.fold_is(u, "and"))
            && (first..last).filter(|&u| a.units[u].pos == Pos::Entity).count() > 1;
        if list {
            for u in first..last {
                if a.units[u].pos == Pos::Entity {
                    if let Some(id) = self.agent_entity(u) {
                        np.terms.push(self.entity_term(id, u, u + 1));
                    }
                }
            }
            return;
        }
        let Some(h) = head else { return };
        // A possessive pronoun ("its delegation", "their officials") before a state noun.
        let state_head =
            a.has_cue(h, Cue::StateNoun) || a.noun_class(h).is_some_and(|n| self.c.nouns[n as usize] == "vessels");
        // Names: entity, person or other proper name.
        let title_with_name = (first..head_end).find(|&u| a.units[u].pos == Pos::Title);
        if a.units[h].pos == Pos::Entity {
            if let Some(id) = self.agent_entity(h) {
                np.terms.push(self.entity_term(id, h, h + 1));
                return;
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
            return;
        }
        if state_head || title_with_name.is_some() {
            // "Finland's foreign ministry", "Italian officials", "its delegation", "White House
            // spokeswoman".
            for u in first..h {
                if let Some(id) = self.agent_entity(u).filter(|_| matches!(a.units[u].pos, Pos::Entity)) {
                    np.terms.push(self.entity_term(id, u, h + 1));
                    return;
                }
            }
            for u in first..h {
                if matches!(a.fold_of(u), "its" | "their") {
                    if let Some(t) = &self.last_entity {
                        let mut t = t.clone();
                        t.span = self.span_of(u, h + 1);
                        np.terms.push(t);
                        return;
                    }
                }
            }
        }
        // After a preposition: "a spokesperson for the ministry".
        if state_head || a.units[h].pos == Pos::Title {
            for u in head_end..last {
                if a.units[u].pos == Pos::Entity {
                    if let Some(id) = self.agent_entity(u) {
                        np.terms.push(self.entity_term(id, u, u + 1));
                        return;
                    }
                }
            }
        }
        // A common noun: the head, its class name if it has one.
        let name = self.thing_name(first, h);
        np.terms.push(Term { name, kind: TermKind::Thing, span: self.span_of(first, head_end) });
    }

    /// The canonical name of a common-noun head: its noun class, or its lemma with the
    /// noun before it when the head is generic ("cod quota" → "cod").
    pub(super) fn thing_name(&self, first: usize, h: usize) -> String {
        let a = &self.a;
        if let Some(n) = a.noun_class(h) {
            return self.c.nouns[n as usize].clone();
        }
        if a.has_cue(h, Cue::GenericNoun) {
            // The nearest specific noun before the head: "the cod quota".
            for u in (first..h).rev() {
                if matches!(a.units[u].pos, Pos::Noun) && !a.has_cue(u, Cue::GenericNoun) {
                    return noun_lemma(a, u);
                }
            }
            // Or after it: "the quota for Arctic char".
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
                    return noun_lemma(a, x);
                }
            }
        }
        noun_lemma(a, h)
    }
}
