//! Noun phrases that carry numbers, dates and places.

use super::*;

/// How many words around a figure are searched for the other end of a change ("from … to").
const SCAN_WINDOW: usize = 256;

impl Extractor<'_> {
    // -----------------------------------------------------------------------------------
    // Noun phrases with numbers, dates and places.

    pub(super) fn nominals(&mut self, sent: Span) {
        let n = self.a.units.len();
        let mut u = 0;
        while u < n {
            if self.used[u] {
                u += 1;
                continue;
            }
            // Event nouns with a place or a date: "talks in Valletta", "the conference on 12
            // March", "a donor meeting in the city of Oulu on Thursday".
            if let Some(e) = self.a.event(u).filter(|_| self.a.units[u].pos == Pos::Noun) {
                self.event_noun(sent, u, e);
            }
            // Measures: "the death toll at 17", "a budget of $190 million", "71 dead".
            if let Some(m) = self.a.measure(u).filter(|_| matches!(self.a.units[u].pos, Pos::Noun | Pos::Verb)) {
                self.measure_noun(sent, u, m);
            }
            // "With inflation at 4.6% in October, …": the level of a thing, as "inflation
            // was 5.9% in February" gives it.
            // The part of speech first: it rules out most units without slicing their text.
            if self.a.units[u].pos == Pos::Prep && self.a.fold_is(u, "with") {
                if let Some(last) = self.with_level(sent, u) {
                    u = last;
                    continue;
                }
            }
            // "€40m from Malta", "grants from Malta": money from someone is their contribution.
            if self.a.units[u].pos == Pos::Prep && self.a.fold_is(u, "from") {
                self.money_from(sent, u);
            }
            // "a 16,000-seat stadium": a number joined to what it counts.
            if self.a.units[u].kind == TokKind::NumberCompound {
                self.number_compound(sent, u);
            }
            // Numbers before a noun or a measure: "the 17 victims", "a $650 million
            // credit facility", "a 12 per cent reduction in the char quota".
            // "Nov. 30", "30 November": a day of a date is no number (asked of numbers only).
            let after_month = || {
                u > 0
                    && (self.a.month(u - 1).is_some()
                        || u > 1 && self.a.month(u - 2).is_some() && self.a.text_of(self.text, u - 1) == ".")
            };
            let before_month = || u + 1 < n && self.a.month(u + 1).is_some() && self.a.units[u + 1].upper;
            if self.a.units[u].pos == Pos::Num && (after_month() || before_month()) {
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

    /// "with inflation at 4.6% in October": a level claim for the thing, and the unit
    /// after its figure; None when the phrase is not a thing "at" a figure.
    fn with_level(&mut self, sent: Span, with: usize) -> Option<usize> {
        let a = &self.a;
        let np = self.np_right(with + 1)?;
        let at = np.last;
        if at + 1 >= a.units.len() || !a.fold_is(at, "at") || np.quantity.is_some() {
            return None;
        }
        let thing = np.terms.first().is_none_or(|t| matches!(t.kind, TermKind::Thing | TermKind::Name));
        let h = np.head.filter(|&h| thing && matches!(a.units[h].pos, Pos::Noun | Pos::Proper))?;
        let q = quantity_at(self.c, a, self.text, at + 1)?;
        let name = match a.measure(h) {
            Some(m) => self.c.measures[m as usize].clone(),
            None => self.thing_name(np.first, h),
        };
        let name = self.for_period(name, q.last);
        let modality = if self.in_condition(with) { Modality::Conditional } else { Modality::Asserted };
        let (time, year) = self.time_of(np.first, q.last);
        let span = self.span_of(np.first, q.last);
        for x in with..q.last {
            self.used[x] = true;
        }
        self.push_measure(sent, &name, q.value, span, modality, Polarity::Affirmed, time, year);
        Some(q.last)
    }

    /// "includes €40m from Malta", "an IDB loan with grants from Malta": the giver named
    /// after "from" contributes the money before it.
    pub(super) fn money_from(&mut self, sent: Span, u: usize) {
        let a = &self.a;
        let n = a.units.len();
        if u == 0 || u + 1 >= n || a.units[u + 1].pos != Pos::Entity {
            return;
        }
        // The giver: one country or body, not a list.
        if u + 2 < n && (a.fold_is(u + 2, "and") || a.units[u + 2].pos == Pos::Entity) {
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

    pub(super) fn number_compound(&mut self, sent: Span, u: usize) {
        let word = self.a.text_of(self.text, u);
        let Some((num, noun)) = word.split_once('-') else { return };
        let Some(value) = crate::claims::measure::parse_digits(num) else { return };
        let noun = crate::text::fold(noun);
        // "97-metre", "five-year": a measurement, not a count.
        let key = self.c.phrase_key(&noun);
        let unit = self.c.senses(&key).iter().find_map(|s| match s.sense {
            Sense::Unit(id) => Some(id),
            _ => None,
        });
        if let Some(id) = unit {
            // "a 45-year concession": how long the noun after it lasts.
            let info = &self.c.units[id as usize];
            if info.kind == "duration" && u + 1 < self.a.units.len() && self.a.units[u + 1].pos == Pos::Noun {
                let h = {
                    let mut h = u + 1;
                    while h + 1 < self.a.units.len() && self.a.units[h + 1].pos == Pos::Noun {
                        h += 1;
                    }
                    h
                };
                let thing = self.thing_name(u + 1, h);
                let q = Quantity { value, low: value, high: value, unit: Some(info.name.clone()), counted: None };
                let modality = if self.in_condition(u) { Modality::Conditional } else { Modality::Asserted };
                let (time, year) = self.time_of(u, h + 1);
                let span = self.span_of(u, h + 1);
                let subject = Term { name: thing, kind: TermKind::Thing, span };
                let mut c = self.claim(
                    sent,
                    span,
                    ClaimKind::Quantity,
                    subject,
                    "duration",
                    Polarity::Affirmed,
                    modality,
                    time,
                    year,
                    "duration",
                );
                c.value = Some(Value::Quantity(q));
                self.out.push(c);
            }
            return;
        }
        if noun.contains('-') {
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

    pub(super) fn event_noun(&mut self, sent: Span, u: usize, e: u16) {
        let a = &self.a;
        let n = a.units.len();
        let ev = self.c.events[e as usize].clone();
        // Skip an event noun in a conditional or a question.
        if self.in_condition(u) {
            return;
        }
        let mut k = u + 1;
        // "held in Oulu on March 19": a participle between the noun and its phrases.
        if k < n && a.units[k].pos == Pos::Verb && a.is_participle(k) {
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
                        let date = Value::Date { date: d.value, relation: rel };
                        // "would be ready by October": the verb group read it already, with
                        // its modality.
                        let read = self.out.iter().rev().take_while(|c| c.sentence == sent).any(|c| {
                            c.kind == ClaimKind::Date && c.subject.name == ev && c.value.as_ref() == Some(&date)
                        });
                        if !read {
                            let c = self.date_claim(sent, span, &ev, date, Modality::Asserted, time, &ev);
                            self.out.push(c);
                        }
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

    pub(super) fn measure_noun(&mut self, sent: Span, u: usize, m: u16) {
        let a = &self.a;
        let n = a.units.len();
        let name = self.c.measures[m as usize].clone();
        // "32 dead", "23 killed": a number just before; but not the agent of a verb that
        // counts its own object ("two gunmen killed 12 people": the figure after is read below).
        let counts_after =
            a.units[u].pos == Pos::Verb && u + 1 < n && (matches!(a.units[u + 1].pos, Pos::Num) || a.is_hedge(u + 1));
        if u > 0 && !self.used[u - 1] && !counts_after {
            let mut s = u - 1;
            while s > 0 && matches!(a.units[s].pos, Pos::Noun) && a.measure(s).is_none() && u - s < 3 {
                s -= 1;
            }
            if matches!(a.units[s].pos, Pos::Num) {
                let mut qs = s;
                if qs > 0 && a.is_hedge(qs - 1) {
                    qs -= 1;
                }
                if self.averted(qs) || self.averted_after(u) {
                    return;
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
        // "the death toll at 17", "a budget of $190 million", "Its cost is put at $7.3 billion".
        let mut k = u + 1;
        let mut steps = 0;
        while k < n && steps < 5 {
            steps += 1;
            match a.units[k].pos {
                Pos::Prep | Pos::Aux | Pos::Adv => k += 1,
                // "the death toll stands at 17", "its cost is estimated at US$4.3bn": a verb
                // that leads straight to the number.
                Pos::Verb
                    if a.units.get(k + 1).is_some_and(|x| {
                        matches!(x.pos, Pos::Num | Pos::Symbol) || matches!(a.fold_of(k + 1), "at" | "to")
                    }) =>
                {
                    k += 1
                }
                Pos::Num | Pos::Symbol => {
                    if self.used[k] {
                        return;
                    }
                    if let Some(q) = quantity_at(self.c, a, self.text, k) {
                        // "died two years ago": a span of time sizes no count of people.
                        let ago = q.last < n && a.has_cue(q.last, Cue::PastTime);
                        if ago || q.value.unit.as_deref().is_some_and(|unit| self.unit_kind(unit) == "duration") {
                            return;
                        }
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
                    if a.is_hedge(k) {
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
    pub(super) fn counted_class(&self, counted: &str) -> Option<String> {
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

    /// A count of something: "187 polling stations", "41 aircraft", "a 16,000-seat stadium".
    /// `owner` is the named subject of the clause, if any ("Japan will provide 12 vessels").
    #[allow(clippy::too_many_arguments)]
    pub(super) fn push_count(
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
        // "from about 120,000 TEU to 500,000 TEU": a change between two figures is no count.
        let start = span.start;
        // Units are in text order: a binary search, and scans within a window, keep a
        // sentence of thousands of figures linear.
        let u = self.a.units.partition_point(|x| x.start < start);
        if self.a.units.get(u).is_some_and(|x| x.start == start) {
            let mut p = u;
            while p > 0 && self.a.is_hedge(p - 1) {
                p -= 1;
            }
            // "from 90,000 … to 350,000": both ends of a change; "raise capacity to 350,000":
            // the target of one.
            let n = self.a.units.len();
            let num_after = |from: usize, word: &str| {
                (from..n.saturating_sub(1).min(from + SCAN_WINDOW))
                    .any(|x| self.a.fold_of(x) == word && self.a.units[x + 1].pos == Pos::Num)
            };
            let before = p.saturating_sub(SCAN_WINDOW);
            let changing_verb = || {
                (before..p).any(|x| {
                    self.a.units[x].pos == Pos::Verb
                        && self.a.predicates(x).any(|pr| self.c.predicates[pr as usize].numeric)
                })
            };
            if p > 0 {
                match self.a.fold_of(p - 1) {
                    "from" if num_after(p, "to") => return,
                    "to" if changing_verb() || (before..p - 1).any(|x| self.a.fold_is(x, "from")) => return,
                    _ => {}
                }
            }
        }
        // "a handful of boats", "hundreds of nurses", "the 1987 storms": a vague amount or a
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

    /// True when a verb right before a measure's figure averts it: "would save 65 lives"
    /// is no count of deaths.
    fn averted(&self, figure: usize) -> bool {
        figure > 0 && self.a.has_cue(figure - 1, Cue::AvertingVerb)
    }

    /// True when the measure word `u` is the subject of an averting verb in the passive:
    /// "300 lives could have been saved".
    fn averted_after(&self, u: usize) -> bool {
        let a = &self.a;
        let mut k = u + 1;
        while k < a.units.len() && k <= u + 4 && matches!(a.units[k].pos, Pos::Aux | Pos::Adv | Pos::Modal) {
            k += 1;
        }
        k > u + 1 && k < a.units.len() && a.has_cue(k, Cue::AvertingVerb)
    }

    pub(super) fn number_phrase(&mut self, sent: Span, u: usize, q: Found<Quantity>) {
        let a = &self.a;
        let n = a.units.len();
        if (u..q.last).any(|x| self.used[x]) {
            return;
        }
        let mut qs = u;
        if qs > 0 && a.is_hedge(qs - 1) {
            qs -= 1;
        }
        let q = quantity_at(self.c, a, self.text, qs).unwrap_or(q);
        let modality = if self.in_condition(u) { Modality::Conditional } else { Modality::Asserted };
        let (time, year) = self.time_of(qs, (q.last + 3).min(n));
        // "the 17 victims": the counted noun is a measure.
        if let Some(counted) = &q.value.counted {
            let key = self.c.phrase_key(counted);
            let measure = self.c.senses(&key).iter().find_map(|s| match s.sense {
                Sense::Measure(m) => Some(m),
                _ => None,
            });
            if let Some(m) = measure {
                if self.averted(qs) || self.averted_after(q.last - 1) {
                    return;
                }
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
        // "57 of the 101 seats": the count of a part of a whole.
        if q.value.unit.is_none() && q.last + 2 < n && a.fold_is(q.last, "of") {
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
                // A part ("five of the nine members") meets only other parts.
                let first = self.out.len();
                self.push_count(sent, &counted, q.value, span, None, modality, time, year);
                for c in &mut self.out[first..] {
                    c.predicate = "part".into();
                }
                return;
            }
        }
        let is_money_or_pct =
            q.value.unit.as_deref().is_some_and(|un| matches!(self.unit_kind(un), "money" | "percent"));
        if !is_money_or_pct {
            return;
        }
        let mut k = q.last;
        // "a 12 per cent reduction in the Arctic char quota": a change noun.
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
        // "a $650 million credit facility": the amount sizes the noun after it.
        let mut head = None;
        while k < n
            && matches!(a.units[k].pos, Pos::Noun)
            && !a.predicates(k).any(|p| self.c.predicates[p as usize].numeric)
        {
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
            if preceded_by_det {
                // The head names the thing ("a $270m aid package" and "a $720 million drought
                // package" are one package); a generic head takes the noun before it.
                let name = if h > q.last { self.thing_name(q.last, h) } else { self.thing_name(h, h) };
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
        // "a relief fund of $90 million" sizes the fund as "a $90 million relief fund" does: the
        // same name and key. Only after a determiner, and not a change noun (next rule).
        if head.is_none() && qs >= 3 && a.fold_is(qs - 1, "of") {
            let h = qs - 2;
            let noun = |x: usize| matches!(a.units[x].pos, Pos::Noun) && a.measure(x).is_none();
            let numeric = |x: usize| a.predicates(x).any(|p| self.c.predicates[p as usize].numeric);
            let mut first = h;
            while first > 0 && noun(first - 1) && !numeric(first - 1) {
                first -= 1;
            }
            if noun(h) && !numeric(h) && first > 0 && matches!(a.units[first - 1].pos, Pos::Det) {
                let name = self.thing_name(first, h);
                let span = self.span_of(first, q.last);
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
                c.value = Some(Value::Quantity(q.value));
                self.out.push(c);
                return;
            }
        }
        // "a herring cut of about a third": NOUN + change noun + "of" + amount.
        if qs >= 3 && a.fold_is(qs - 1, "of") {
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
