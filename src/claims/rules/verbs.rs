//! Verb groups, their subjects and objects, and the actions and events they state.

use super::*;

impl Extractor<'_> {
    // -----------------------------------------------------------------------------------
    // Verb groups.

    /// True when a verb of saying is followed by what it reports: "that …", a quote, a
    /// clause ("said the quota would fall"), or nothing.
    pub(super) fn reports_clause(&self, vg: &VerbGroup) -> bool {
        let a = &self.a;
        let n = a.units.len();
        let u = vg.last;
        if u >= n {
            return true;
        }
        match a.units[u].pos {
            Pos::Comp | Pos::Quote | Pos::Comma | Pos::Break | Pos::Prep | Pos::To | Pos::Pron | Pos::Adv => true,
            _ => match self.np_right(u) {
                // "told reporters the quota would fall": a verb right after the noun phrase.
                Some(np) => {
                    let mut k = np.last;
                    while k < n && matches!(a.units[k].pos, Pos::Adv) {
                        k += 1;
                    }
                    k < n && matches!(a.units[k].pos, Pos::Verb | Pos::Aux | Pos::Modal | Pos::Comp | Pos::Noun)
                        || np.terms.iter().any(|t| t.kind == TermKind::Person)
                }
                None => true,
            },
        }
    }

    pub(super) fn is_say(&self, u: usize) -> bool {
        self.a.has_cue(u, Cue::Say)
    }

    pub(super) fn verbs(&mut self, sent: Span) {
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
    pub(super) fn group_start(&self, v: usize) -> usize {
        let a = &self.a;
        let mut k = v;
        while k > 0 && matches!(a.units[k - 1].pos, Pos::Aux | Pos::Modal | Pos::Neg | Pos::Adv) {
            k -= 1;
        }
        // "has yet to", "is due to": the cue phrase is in the group.
        k
    }

    /// Reads the verb group from `first`, with `v` its first main verb, following chains
    /// ("refused to sign", "consider sending", "asked Finland to join").
    pub(super) fn verb_group(&self, first: usize, v: usize) -> Option<VerbGroup> {
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
        if saw_be && !a.is_gerund(v) {
            g.passive = true;
        }
        // "a committee chaired by the ministry": a participle after a noun, with an agent.
        if first == v
            && v > 0
            && matches!(a.units[v - 1].pos, Pos::Noun | Pos::Proper | Pos::Entity)
            && v + 1 < n
            && a.fold_is(v + 1, "by")
            && a.is_participle(v)
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
                // "is expected to sign", "would not be expected to take part"
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
                // "has become the first country to consider", "forced the council to reopen"
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
            if next_verb > 0 && a.lemma_of(next_verb - 1) == "be" && a.is_participle(next_verb) {
                g.passive = true;
            }
        }
        g.last = g.verb + 1;
        // A particle that completes the verb ("pull out", tokenised apart).
        while g.last < n
            && a.units[g.last].pos == Pos::Adv
            && !a.fold_is(g.last, "not")
            && !a.has_cue(g.last, Cue::PastTime)
        {
            g.last += 1;
        }
        Some(g)
    }

    /// The verb governed by the verb at `v`: "to V", "V-ing", "from V-ing", with an optional
    /// object between ("asked Finland to join"). Returns the governed verb and the unit where
    /// the link ("to", "from") is.
    pub(super) fn chained_verb(&self, v: usize) -> Option<(usize, usize)> {
        let a = &self.a;
        let n = a.units.len();
        let mut k = v + 1;
        // Adjectives of willingness after "be": "is willing to", "are ready to".
        while k < n && matches!(a.units[k].pos, Pos::Adv) {
            k += 1;
        }
        // An object before "to": "asked Finland to join", "urged allies to contribute".
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
        // "to": "asked Finland to join", but not "rejected Helsinki's request to extend".
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
        if w < n && a.fold_is(w, "from") {
            w += 1;
        }
        if w < n && a.units[w].pos == Pos::Verb && a.is_gerund(w) && a.units[w].start > a.units[v].end {
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
    pub(super) fn object_between(&self, from: usize, to: usize) -> Option<Np> {
        if from >= to {
            return None;
        }
        let np = self.np_right(from)?;
        (np.last <= to && !np.terms.is_empty()).then_some(np)
    }

    /// The subject of the verb group starting at `first`.
    pub(super) fn subject_of(&self, first: usize) -> Option<Np> {
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
            // "… includes a cut and maintains access": the verb shares the last subject.
            Pos::Conj if matches!(a.fold_of(p), "and" | "but" | "or" | "however" | "yet") => {
                self.clause_subject.clone()
            }
            Pos::Rel => {
                // "Cyprus and Iceland, which did not sign" — the antecedent.
                let mut e = p;
                if e > 0 && a.units[e - 1].pos == Pos::Comma {
                    e -= 1;
                }
                self.np_left(e)
            }
            Pos::Comma => {
                // Skip a parenthetical between commas: "Helsinki, by contrast, will" or
                // "Slovenia, which also saw high winds, has".
                let mut k = p;
                while k > 0 {
                    k -= 1;
                    match a.units[k].pos {
                        Pos::Comma => {
                            let inner = k + 1..p;
                            let starts_rel = a.units.get(k + 1).is_some_and(|x| x.pos == Pos::Rel);
                            let has_verb = inner.clone().any(|x| a.units[x].pos == Pos::Verb);
                            if starts_rel || !has_verb {
                                return self.clause_initial_np_left(k);
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
                self.clause_initial_np_left(i)
            }
            _ => None,
        }
    }

    /// The noun phrase ending at `end` when it can be a subject ([`Self::is_clause_initial`]):
    /// tested where it starts before it is built.
    fn clause_initial_np_left(&self, end: usize) -> Option<Np> {
        let e = self.np_left_extent(end)?;
        self.is_clause_initial(Self::extent_first(e)).then(|| self.build_extent(e))
    }

    /// True when a noun phrase starting at `u` can be a subject: it is not the object of a
    /// verb or preposition before it ("consider sending nurses sends …" has no subject
    /// "troops"). After a verb of saying it starts a reported clause.
    pub(super) fn is_clause_initial(&self, u: usize) -> bool {
        let a = &self.a;
        if u == 0 {
            return true;
        }
        match a.units[u - 1].pos {
            Pos::Verb => self.is_say(u - 1) || a.has_cue(u - 1, Cue::ImplicativeVerb),
            // "after Iceland requested": a preposition that also joins clauses.
            Pos::Prep => self.c.class(a.fold_of(u - 1)) & class::CONJ != 0,
            Pos::To => false,
            _ => true,
        }
    }

    /// The subject of "to V": "the first country to consider" takes the clause subject,
    /// "Malta's willingness to consider" takes the possessor.
    pub(super) fn subject_of_infinitive(&self, to: usize) -> Option<Np> {
        let a = &self.a;
        let np = self.np_left(to)?;
        if let Some(h) = np.head {
            if a.has_cue(h, Cue::DesireVerb) && !a.has_cue(h, Cue::ConsideringVerb) {
                // "Finland's request to extend the ferry route" asserts no extending.
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
        // "Bangladesh signed a deal to buy 4.5 million doses": a purpose clause after an
        // object takes the subject of the verb before it.
        if np.first > 0 && a.units[np.first - 1].pos == Pos::Verb && !a.has_cue(np.first - 1, Cue::Say) {
            let k = self.group_start(np.first - 1);
            return self.subject_of(k).filter(|s| s.terms.iter().any(|t| t.kind != TermKind::Thing));
        }
        None
    }

    /// The object of a verb group and the prepositional phrases after it.
    pub(super) fn object_of(&self, vg: &VerbGroup) -> (Vec<Np>, Vec<(usize, Np)>) {
        let a = &self.a;
        let n = a.units.len();
        let mut objects = Vec::new();
        let mut pps = Vec::new();
        let mut u = vg.last;
        // "contribute with troops", "put its name to"
        if u < n
            && a.fold_is(u, "with")
            && matches!(
                self.c.predicates.get(self.pred_of(vg.verb).unwrap_or(u16::MAX) as usize).map(|p| p.object),
                Some(ObjectRole::Key)
            )
        {
            u += 1;
        }
        // A time is no object: "would not be raised next year".
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
                && a.fold_is(u, "and")
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
                // "with the bank and Malta on 9 March", "to cyclists and delivery vans on …":
                // a coordinated noun phrase inside a prepositional phrase.
                Pos::Conj
                    if a.fold_is(u, "and")
                        && !pps.is_empty()
                        && u + 1 < n
                        && matches!(
                            a.units[u + 1].pos,
                            Pos::Det | Pos::Noun | Pos::Proper | Pos::Entity | Pos::Num
                        ) =>
                {
                    match self.np_right_end(u + 1) {
                        Some(end) => u = end,
                        None => break,
                    }
                }
                // "voted 8-3 on Thursday"
                Pos::Other if matches!(a.fold_of(u), "-" | "/") => u += 1,
                // Their terms are read only where a rule asks ([`Extractor::named`]).
                Pos::Prep => {
                    let prep = u;
                    match self.np_right_unnamed(u + 1) {
                        Some(mut np) => {
                            // A date may run past its noun phrase: "on Feb. 17", "on Thursday, 9 April".
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

    pub(super) fn pred_of(&self, v: usize) -> Option<u16> {
        let a = &self.a;
        let mut preds = a.predicates(v);
        let first = preds.next()?;
        // A form in two classes: the numeric one when a number follows ("declined 11%"):
        // the first class that is numeric as the next word is, else the first.
        let mut rest = preds.peekable();
        if rest.peek().is_none() {
            return Some(first);
        }
        let numeric_next = v + 1 < a.units.len() && matches!(a.units[v + 1].pos, Pos::Num | Pos::Symbol)
            || (v + 2 < a.units.len()
                && a.fold_is(v + 1, "by")
                && matches!(a.units[v + 2].pos, Pos::Num | Pos::Symbol | Pos::Adv));
        let fits = |p: u16| self.c.predicates[p as usize].numeric == numeric_next;
        Some(std::iter::once(first).chain(rest).find(|&p| fits(p)).unwrap_or(first))
    }

    /// Emits the claims of one verb group.
    pub(super) fn action(&mut self, sent: Span, vg: &VerbGroup) {
        let v = vg.verb;
        // The lemma is copied only when it becomes the predicate's name (below).
        if matches!(self.a.lemma_of(v), "be" | "have" | "do" | "get" | "become" | "seem" | "appear") || self.level_at(v)
        {
            self.copula(sent, vg);
            return;
        }
        // A verb of saying reports what follows it; with a plain object it is an act of its
        // own: "the council declared a state of alarm".
        if self.is_say(v) && !self.a.has_cue(v, Cue::Opinion) && self.pred_of(v).is_none() && self.reports_clause(vg) {
            return;
        }
        if self.a.has_cue(v, Cue::Opinion) && self.pred_of(v).is_none() {
            return;
        }
        let mut subject_np = match &vg.subject_override {
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
        if subject_np.is_some() && vg.subject_override.is_none() {
            self.clause_subject.clone_from(&subject_np);
        }
        // "Police put the crowd at 4,000", "estimated the cost at $1.8 billion": a
        // measure put at a figure is that measure's size, whoever states it.
        if let Some(o) = objects.first() {
            let measure = o.head.and_then(|h| self.a.measure(h));
            let at = pps.iter().find(|(prep, np)| self.a.fold_is(*prep, "at") && np.quantity.is_some());
            if let (Some(m), Some((_, np)), false) = (measure, at, vg.negated) {
                let name = self.c.measures[m as usize].clone();
                let q = np.quantity.clone().expect("filtered on a quantity");
                let (time, year) = self.time_of(vg.first, np.last);
                let modality = if self.in_condition(v) { Modality::Conditional } else { vg.modality };
                let span = self.span_of(o.first, np.last);
                for x in o.first..np.last {
                    self.used[x] = true;
                }
                self.push_measure(sent, &name, q, span, modality, Polarity::Affirmed, time, year);
                return;
            }
        }
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
                if let Some((_, np)) = pps.iter().find(|(prep, _)| self.a.fold_is(*prep, "for")) {
                    let np = self.named(np);
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
        // "Inflation slowed to 3.7% in October": a thing that changes *to* a figure has
        // that level, as "inflation was 3.7%" says; the figure is not the size of the
        // change ("fell 0.2%"), so the change keeps no amount.
        if let Some((level, end)) = self.level_after_change(vg, pred, subject_np.as_ref(), &pps) {
            let np = subject_np.as_ref().expect("level_after_change needs a subject");
            let (time, year) = self.time_of(vg.first, end);
            let modality = if self.in_condition(v) { Modality::Conditional } else { vg.modality };
            self.push_measure(
                sent,
                &level,
                amount.take().expect("a level figure"),
                self.span_of(np.first, end),
                modality,
                Polarity::Affirmed,
                time,
                year,
            );
        }
        // "Some 14,000 have left their homes", "the six medics who died": a counted
        // subject of a verb that is a measure word.
        // The subject of an active verb with a counted object is its agent: "the one bomb
        // that killed 12 people" counts 12 deaths, not one.
        let counted_object = !vg.passive && objects.iter().any(|o| o.quantity.is_some());
        if let (Some(m), Some(np), false) = (self.a.measure(v), &subject_np, counted_object) {
            if let Some(q) = np.quantity.clone().filter(|_| !vg.negated) {
                let name = self.c.measures[m as usize].clone();
                let span = self.span_of(np.first, vg.last);
                let (time, year) = self.time_of(np.first, vg.last);
                let modality = if self.in_condition(v) { Modality::Conditional } else { vg.modality };
                self.push_measure(sent, &name, q, span, modality, Polarity::Affirmed, time, year);
                for x in np.first..np.last {
                    self.used[x] = true;
                }
            }
        }
        // "Its cost is put at $7.3 billion": the subject is a measure and the verb sizes it.
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
        let c = self.c;
        let pred_info = pred.map(|p| &c.predicates[p as usize]);
        let has_antonym = pred.is_some_and(|p| self.c.predicates[p as usize].patient);
        let (mut pred_name, mut antonym, negative_of) = match &pred_info {
            Some(p) => (p.name.clone(), false, p.negative_of),
            None => (self.a.lemma_of(v).to_string(), false, None),
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
        // "What it has not signed is the final text": the object of a pseudo-cleft is named
        // later, so the claim is not a denial of every object.
        let cleft = subject_np.as_ref().is_some_and(|np| np.first > 0 && self.a.fold_is(np.first - 1, "what"));
        if cleft && objects.is_empty() && object_terms.is_empty() {
            let span = self.span_of(vg.first, vg.last);
            object_terms.push((Some(Term { name: "what".into(), kind: TermKind::Thing, span }), None));
        }
        // The subject's terms are taken only here: the rules above may return first, and
        // none below reads them from the phrase.
        let subjects: Vec<Term> = subject_np.as_mut().map(|np| std::mem::take(&mut np.terms)).unwrap_or_default();
        // Built for the first claim made: most verb groups make none.
        let wording = std::cell::OnceCell::new();
        let polarity = if negated { Polarity::Negated } else { Polarity::Affirmed };
        let object_role = pred_info.as_ref().map_or(ObjectRole::Key, |p| p.object);
        let single = pred_info.as_ref().is_some_and(|p| p.single);
        let numeric = pred_info.as_ref().is_some_and(|p| p.numeric);
        let passive = vg.passive;
        let agent = if passive {
            pps.iter()
                .find(|(prep, np)| self.a.fold_is(*prep, "by") && np.quantity.is_none())
                .map(|(_, np)| self.named(np))
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
                        wording.get_or_init(|| self.wording(vg)),
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
        // What a change verb dates is the thing that changes: "the bank lowered its rate on
        // March 27" dates the rate, not inflation's fall.
        let changed_thing = if numeric && !passive {
            object_terms
                .first()
                .and_then(|(t, _)| t.as_ref())
                .filter(|t| t.kind == TermKind::Thing)
                .map(|t| t.name.clone())
        } else {
            None
        };
        // The subject is the thing dated only when it is no agent: "deliveries will begin in
        // May" dates the deliveries, "the firm announced on Monday" dates no firm.
        let subject_thing = changed_thing.or_else(|| {
            subjects
                .iter()
                .find(|t| t.kind == TermKind::Thing && !crate::facts::is_agent_noun(&t.name))
                .map(|t| t.name.clone())
        });
        // Who a date's act is of, when the verb is no event of the story's own: "Freedonia
        // sent planes on Monday" is Freedonia's.
        let named_subject =
            subjects.iter().find(|t| matches!(t.kind, TermKind::Name | TermKind::Entity | TermKind::Person));
        self.event_facts(
            sent,
            vg,
            &pps,
            pred,
            (named_object, named_subject),
            subject_event,
            subject_thing.as_deref(),
            !subjects.is_empty(),
            modality,
            // The verb's own polarity: "expected to close" dates the closing even though
            // "close" is the antonym of "open".
            if vg.negated { Polarity::Negated } else { Polarity::Affirmed },
            time,
        );

        // "signed the charter in person": the subject was there.
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
                    wording.get_or_init(|| self.wording(vg)),
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
                    wording.get_or_init(|| self.wording(vg)),
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
                    wording.get_or_init(|| self.wording(vg)),
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
                // "Japan will provide 12 vessels" also counts vessels, owned by Japan (an amount
                // reached "to 500,000" is no count).
                if let (Some(Value::Quantity(q)), Some(_)) = (&c.value, qty) {
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
                // "The council lifted the curfew order" also says "the order was lifted":
                // the patient's side of an action that has an opposite, so that it meets "the
                // order was extended".
                // (A plan, "will reopen", is no state yet.)
                let patient = c.object.clone().filter(|o| {
                    !passive
                        && o.kind != TermKind::Person
                        && c.value.is_none()
                        && has_antonym
                        && o.name != "what"
                        && c.modality == Modality::Asserted
                });
                let derived = patient.map(|o| {
                    let mut d = c.clone();
                    d.subject = o;
                    d.object = None;
                    d.predicate = format!("be {pred_name}");
                    d
                });
                self.out.push(c);
                if let Some(d) = derived {
                    self.out.push(d);
                }
            }
        }
        // Deaths counted by a killing verb: "killed 17 people", "four guards have been
        // killed".
        if let (Some(p), Some(np)) = (pred, &subject_np) {
            if self.c.predicates[p as usize].name == "kill" && passive {
                if let Some(q) = np.quantity.clone() {
                    let span = self.span_of(np.first, vg.last);
                    self.push_measure(sent, "deaths", q, span, modality, polarity, time, year);
                    for x in np.first..np.last {
                        self.used[x] = true;
                    }
                }
            }
        }
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

    pub(super) fn unit_kind(&self, unit: &str) -> &str {
        self.c.units.iter().find(|u| u.name == unit).map_or("", |u| u.kind.as_str())
    }

    /// Claims a claim presupposes: "declined an invitation" → "was invited".
    pub(super) fn implications(&mut self, c: &Claim, pred: Option<u16>) {
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

    pub(super) fn remember(&mut self, t: &Term) {
        match t.kind {
            TermKind::Entity => self.last_entity = Some(t.clone()),
            TermKind::Person => self.last_person = Some(t.clone()),
            TermKind::Thing => self.last_thing = Some(t.clone()),
            _ => {}
        }
    }

    /// True when `u` is inside a "that" clause of a reported noun ("claims that …").
    pub(super) fn in_reported_clause(&self, u: usize) -> bool {
        let a = &self.a;
        let mut k = u;
        let mut steps = 0;
        while k > 0 && steps < 12 {
            k -= 1;
            steps += 1;
            if matches!(a.units[k].pos, Pos::Comp | Pos::Rel) && a.fold_is(k, "that") {
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

    pub(super) fn wording(&self, vg: &VerbGroup) -> String {
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
    pub(super) fn claim(
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
    pub(super) fn event_facts(
        &mut self,
        sent: Span,
        vg: &VerbGroup,
        pps: &[(usize, Np)],
        pred: Option<u16>,
        (named_object, named_subject): (Option<&Term>, Option<&Term>),
        subject_event: Option<u16>,
        subject_thing: Option<&str>,
        has_subject: bool,
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
        // A date or a place is read from a phrase after the verb or from the front of the
        // sentence: with neither there is nothing to read, and no event to name.
        if pps.is_empty() && self.fronted_date().is_none() && self.fronted_place().is_none() {
            return;
        }
        // The event is the verb's ("the talks were held"), or the subject's when the verb only
        // says it happened ("the ballot took place on Sept. 8").
        let verb_event = a.event(vg.verb).or(subject_event);
        let event_name: Option<String> = verb_event.map(|e| self.c.events[e as usize].clone());
        // The event a date belongs to: the verb's event class, its predicate class, or the
        // verb itself ("the recount will begin on 8 December").
        // A verb that is no event of its own dates something only when we know what.
        let verb_date_event = pred
            .map(|p| self.c.predicates[p as usize].name.clone())
            .or_else(|| Some(a.lemma_of(vg.verb).to_string()).filter(|l| !l.is_empty()))
            .filter(|_| has_subject);
        // A verb that is no event of the lexicon nor of `data/values/date_events.toml`
        // ("sent", "raised", "died") dates the act of whoever does it: its date needs an
        // owner, or it joins every act of that verb in the story ("it hit the headlines in
        // 2002"). The story's one opening, signing or meeting needs none.
        let listed = |w: &str| crate::values::dates::event_word(w).is_some();
        let story_event = event_name.is_some()
            || listed(a.lemma_of(vg.verb))
            || pred.is_some_and(|p| listed(&self.c.predicates[p as usize].name));
        // Whose act it is: the name the object or subject gives ("Freedonia sent planes on
        // Monday" and "Sylvania sent a plane on Tuesday" are two acts), else the thing dated.
        let date_owner: Option<Term> = if story_event {
            None
        } else {
            named_object.or(named_subject).cloned().or_else(|| {
                subject_thing.map(|t| Term {
                    name: t.to_string(),
                    kind: TermKind::Thing,
                    span: self.span_of(vg.verb, vg.verb),
                })
            })
        };
        let date_event = event_name.clone().or(verb_date_event).filter(|_| story_event || date_owner.is_some());
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
        // "On February 11, 2026, Iceland signed …" — a date fronting the clause.
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
        // "In Verona on Sunday, the ministers signed the pact": a place fronting the clause is
        // the venue of the clause's event. A verb that names no event gives no venue: "In
        // Verona, shares fell 2%" or "In January, the firm sued" tell of no meeting.
        if let Some(ev) = event_name.clone() {
            if let Some((place, span)) = self.fronted_place() {
                if !facts.iter().any(|f| f.0 == ClaimKind::Attribute) {
                    facts.push((ClaimKind::Attribute, ev, Value::Name { name: place }, span));
                }
            }
        }
        // One date per relation for a verb: "slowed to 3.7% in October from 4.1% in September"
        // gives the first only.
        let mut seen: Vec<(ClaimKind, Option<DateRelation>)> = Vec::new();
        facts.retain(|f| {
            let rel = match &f.2 {
                Value::Date { relation, .. } => Some(*relation),
                _ => None,
            };
            let k = (f.0, rel);
            if seen.contains(&k) {
                false
            } else {
                seen.push(k);
                true
            }
        });
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
            // A named thing ("the Reciprocal Access Agreement") is its own event; a thing
            // that is the subject of a verb that is no event of its own keeps its dates apart
            // from other things' ("shipments will begin in November", "screening should
            // start in September").
            c.object = named_object
                .cloned()
                .or_else(|| date_owner.clone().filter(|_| kind == ClaimKind::Date))
                .or_else(|| {
                    subject_thing.filter(|_| event_name.is_none() && kind == ClaimKind::Date).map(|t| Term {
                        name: t.to_string(),
                        kind: TermKind::Thing,
                        span,
                    })
                });
            self.out.push(c);
        }
    }

    /// "In Valletta on Sunday, …": a place at the start of the sentence before a comma.
    /// "On March 19, 2027, …": a date at the start of the sentence before a comma, with
    /// the unit where it ends.
    pub(super) fn fronted_date(&self) -> Option<(crate::claims::measure::Date, DateRelation, Span, usize)> {
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

    pub(super) fn fronted_place(&self) -> Option<(String, Span)> {
        let a = &self.a;
        if a.units.len() < 3 || !a.fold_is(0, "in") {
            return None;
        }
        // The place is read from the phrase's words, not from its terms.
        let np = self.np_right_unnamed(1)?;
        let comma_or_on = a.units.get(np.last).map(|x| x.pos);
        if !matches!(comma_or_on, Some(Pos::Comma | Pos::Prep)) {
            return None;
        }
        let place = self.place_in(&np)?;
        Some((place, self.span_of(0, np.last)))
    }

    /// The place a phrase names: a city, country or region, or "the X city of Manaus".
    pub(super) fn place_in(&self, np: &Np) -> Option<String> {
        let a = &self.a;
        // "the Finnish port of Oulu": the name after "of".
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

    /// For a change verb whose figure comes with "to" or "at" and no "by" ("inflation slowed
    /// to 4.9% in February"), the name of the level that figure gives — the subject thing,
    /// with the period if one follows — and where the figure ends.
    fn level_after_change(
        &self,
        vg: &VerbGroup,
        pred: Option<u16>,
        subject: Option<&Np>,
        pps: &[(usize, Np)],
    ) -> Option<(String, usize)> {
        let a = &self.a;
        let numeric = pred.is_some_and(|p| self.c.predicates[p as usize].numeric);
        // A bare gerund has no subject of its own: "the plans include raising the age to 65".
        let gerund = vg.first == vg.verb && a.is_gerund(vg.verb);
        if !numeric || vg.negated || gerund {
            return None;
        }
        let np = subject?;
        // A thing, or a word a sentence's capital made look like a name ("Unemployment");
        // measures ("the death toll rose to 32") have their own rule.
        let thing = np.terms.first().is_none_or(|t| matches!(t.kind, TermKind::Thing | TermKind::Name));
        let h = np.head.filter(|&h| {
            matches!(a.units[h].pos, Pos::Noun | Pos::Proper)
                && thing
                && a.measure(h).is_none()
                && np.quantity.is_none()
        })?;
        let mut figure =
            pps.iter().filter(|(prep, np)| matches!(a.fold_of(*prep), "by" | "to" | "at") && np.quantity.is_some());
        let (prep, level) = figure.next()?;
        if a.fold_is(*prep, "by") {
            return None;
        }
        Some((self.for_period(self.thing_name(np.first, h), level.last), level.last))
    }

    /// The name of a level, qualified by the period its figure (ending at `figure_end`) is
    /// given for: "Inflation was 4.6% in September" and "3.7% in October" are two months'
    /// figures, not two figures for one.
    pub(super) fn for_period(&self, name: String, figure_end: usize) -> String {
        match self.period_after(figure_end) {
            Some(period) => format!("{name} in {period}"),
            None => name,
        }
    }

    /// The period a figure is given for, from "in February", "for 2025", "during March
    /// 2026" later in its clause: a month or a year, not a day (a day dates an event).
    fn period_after(&self, from: usize) -> Option<String> {
        let a = &self.a;
        let n = a.units.len();
        let mut k = from;
        while k + 1 < n && k < from + 6 {
            if matches!(a.units[k].pos, Pos::Break | Pos::Comma | Pos::Conj | Pos::Verb) {
                return None;
            }
            if a.units[k].pos == Pos::Prep && matches!(a.fold_of(k), "in" | "for" | "during") {
                let d = date_at(a, self.text, k + 1)?.value;
                let period = d.day.is_none() && d.weekday.is_none() && (d.month.is_some() || d.year.is_some());
                return period.then(|| d.to_string().to_lowercase());
            }
            k += 1;
        }
        None
    }

    /// True when `v` is a level verb followed by "at" and a figure: "stood at 4.9%".
    fn level_at(&self, v: usize) -> bool {
        let a = &self.a;
        let figure =
            |x: usize| x < a.units.len() && (matches!(a.units[x].pos, Pos::Num | Pos::Symbol) || a.is_hedge(x));
        a.has_cue(v, Cue::LevelVerb) && v + 2 < a.units.len() && a.fold_is(v + 1, "at") && figure(v + 2)
    }

    /// Copular sentences: "Seventeen people are dead", "the line should be operational
    /// by May 2031", "Its cost is put at $7.3 billion".
    pub(super) fn copula(&mut self, sent: Span, vg: &VerbGroup) {
        let a = &self.a;
        let n = a.units.len();
        let v = vg.verb;
        // "Inflation stood at 3.7%" reads as "inflation was 3.7%".
        let level = self.level_at(v);
        let Some(subject) = vg.subject_override.clone().or_else(|| self.subject_of(vg.first)) else { return };
        let mut modality = vg.modality;
        if self.in_condition(v) {
            modality = Modality::Conditional;
        }
        // The complement.
        let mut u = if level { v + 2 } else { v + 1 };
        // "Another rise is possible in June": a possibility.
        if (v + 1..(v + 3).min(n)).any(|x| a.has_cue(x, Cue::Possible)) {
            modality = Modality::Possible;
        }
        while u < n && a.units[u].pos == Pos::Adv {
            u += 1;
        }
        // "The fund is worth $90 million" sizes the fund as "the fund is $90 million" does.
        if !level && a.lemma_of(v) == "be" && u + 1 < n && a.fold_is(u, "worth") {
            u += 1;
        }
        if u >= n {
            return;
        }
        // "Turnout was 52.6%", "the death toll is 17": the subject is what the number sizes.
        if (a.lemma_of(v) == "be" || level) && (matches!(a.units[u].pos, Pos::Num | Pos::Symbol) || a.is_hedge(u)) {
            if let (Some(h), Some(q)) = (subject.head, quantity_at(self.c, a, self.text, u)) {
                if !vg.negated && subject.quantity.is_none() && matches!(a.units[h].pos, Pos::Noun | Pos::Proper) {
                    let name = match a.measure(h) {
                        Some(m) => self.c.measures[m as usize].clone(),
                        None => self.thing_name(subject.first, h),
                    };
                    let name = self.for_period(name, q.last);
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
        if level {
            return;
        }
        // "The decision was (not) unanimous": a state of the subject, when the complement
        // is one plain word and the clause ends there.
        if a.lemma_of(v) == "be" && modality.is_committal() && a.units[u].pos == Pos::Noun && !a.units[u].upper {
            let plain = a.senses_of(u).is_empty() && self.c.class(a.fold_of(u)) == 0;
            let ends = a.units.get(u + 1).is_none_or(|x| matches!(x.pos, Pos::Break | Pos::Comma | Pos::Conj));
            if let (true, true, Some(term)) = (plain, ends, subject.terms.first().cloned()) {
                let polarity = if vg.negated { Polarity::Negated } else { Polarity::Affirmed };
                let predicate = format!("be {}", a.fold_of(u));
                let (time, year) = self.time_of(vg.first, u + 1);
                let span = self.span_of(subject.first, u + 1);
                let wording = self.wording(vg);
                let c = self.claim(
                    sent,
                    span,
                    ClaimKind::Action,
                    term,
                    &predicate,
                    polarity,
                    modality,
                    time,
                    year,
                    &wording,
                );
                self.out.push(c);
                return;
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
        // "should be running by May 2031", "is due to start running in March 2032";
        // "the first payments are due by July 2030" dates the subject itself.
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
                                let date = Value::Date { date: d.value, relation: rel };
                                let wording = self.wording(vg);
                                let c = self.date_claim(sent, span, &ev, date, modality, time, &wording);
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

    /// The claim "EVENT | date = …", read over `span`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn date_claim(
        &self,
        sent: Span,
        span: Span,
        event: &str,
        date: Value,
        modality: Modality,
        time: TimeScope,
        wording: &str,
    ) -> Claim {
        let subject = Term { name: event.to_string(), kind: TermKind::Event, span };
        let mut c =
            self.claim(sent, span, ClaimKind::Date, subject, "date", Polarity::Affirmed, modality, time, None, wording);
        c.value = Some(date);
        c
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_measure(
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
}
