//! Titles with names, appositions and capitals.

use super::*;

impl Extractor<'_> {
    // -----------------------------------------------------------------------------------
    // Titles: role and office-holder claims.

    /// Finds titles with names: "U.S. President Elsa Brandvold", "Defence Minister Orrin Kessler",
    /// "the bloc's trade commissioner, Dagny Varga", "Teodor Kiviniemi, former UN envoy".
    pub(super) fn titles(&mut self, sent: Span) {
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
                // "The current ports minister, Sigrun Halloran,"
                let v = self.skip_honorifics(after + 1);
                if let Some((s, e)) = self.name_at(v) {
                    if e >= n || matches!(self.a.units[e].pos, Pos::Comma | Pos::Break) {
                        name = Some((s, e));
                    }
                }
            }
            // "Bolat Amrani, the water minister": a determiner before the title.
            let title_start =
                if t.first > 0 && self.a.units[t.first - 1].pos == Pos::Det { t.first - 1 } else { t.first };
            if name.is_none() && title_start >= 2 && self.a.units[title_start - 1].pos == Pos::Comma {
                // "Teodor Kiviniemi, former UN envoy", "Piero Pellegrini, the former minister"
                let mut e = title_start - 1;
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

    pub(super) fn is_title_head(&self, u: usize) -> bool {
        let a = &self.a;
        a.title(u).is_some() || a.has_cue(u, Cue::PortfolioHead)
    }

    /// Parses the title phrase whose head is at `u`.
    pub(super) fn title_phrase(&self, u: usize) -> Option<TitlePhrase> {
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
                && (!a.has_cue(u, Cue::PortfolioHead) || !a.units[u].upper)
            {
                // "Vantora chief executive Eamon Okonkwo": a company's office.
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
                // "Former Danish Foreign Minister": look further left for "former".
                if p > 0 && a.has_cue(p - 1, Cue::TitleFormer) {
                    t.former = true;
                    k = p - 1;
                }
                break;
            } else {
                break;
            }
        }
        // "Mines Minister", "Fisheries, Ports and Tourism Minister": capitalised words the lexicon
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
                let joiner = (a.units[p].pos == Pos::Comma || a.fold_is(p, "and") || a.fold_is(p, "&"))
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
                    // "Transport Pantry Secretary": a known portfolio before unknown words wins.
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
        // "Minister of Defence", "chair of SADC", "president of France"; a portfolio also
        // after "for" when a full name follows it ("Minister for Health Tom Brisk"), not a
        // word of a longer brief ("Tom Brisk, Minister for Health Services,").
        let of = u + 2 < n && a.fold_is(u + 1, "of");
        let named = |k: usize| k + 1 < n && a.units[k].upper && a.units[k + 1].upper;
        if of || u + 2 < n && a.fold_is(u + 1, "for") && (u + 3 >= n || !a.units[u + 3].upper || named(u + 3)) {
            if let Some(pf) = a.portfolio(u + 2) {
                t.portfolio.get_or_insert(pf);
                t.last = u + 3;
            } else if let Some((id, _)) = a.entity(u + 2).filter(|_| of && a.units[u + 2].pos == Pos::Entity) {
                t.scope.get_or_insert(id);
                t.last = u + 3;
            }
        }
        // A deputy of a portfolio-less title ("deputy prime minister" is its own title).
        Some(t)
    }

    pub(super) fn role_name(&self, t: &TitlePhrase) -> String {
        let info = &self.c.titles[t.title as usize];
        let mut s = String::new();
        // "deputy-governor": a distinct office is one word, so that it never reads as
        // "governor" with a word added.
        for d in &t.distinct {
            s.push_str(d);
            s.push('-');
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
    pub(super) fn single_valued(&self, t: &TitlePhrase) -> bool {
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

    pub(super) fn title_claims(&mut self, sent: Span, t: &TitlePhrase, s: usize, e: usize) {
        let info = self.c.titles[t.title as usize].clone();
        let role = self.role_name(t);
        let person = self.person_term(s, e);
        let span = self.span_of(t.first.min(s), t.last.max(e));
        // An unknown body's name ("CEC", "SkyKaro") is too unsure to key an office by: it is
        // part of the role only.
        let scope = t.scope.map(|id| self.entity_term(id, t.first, t.last));
        let (time, year) = if t.former { (TimeScope::Past, None) } else { (TimeScope::Current, None) };
        if info.office {
            // A company's office is part of the role: "Vantora chief executive" is not
            // "Kelmoor chief executive".
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
            self.push_holder(sent, subject, &role, person.name.clone(), span, (time, year));
        }
    }

    // -----------------------------------------------------------------------------------
    // Appositions: "the Finnish capital, Tampere", "X, the current chair of SADC".

    pub(super) fn appositions(&mut self, sent: Span) {
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
                if v + 2 < n && self.a.title(v).is_some() && self.a.fold_is(v + 1, "of") {
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
                                        (TimeScope::Current, None),
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Pushes "SUBJECT | ROLE = VALUE", as of `when` (time scope and year).
    pub(super) fn push_holder(
        &mut self,
        sent: Span,
        subject: Term,
        role: &str,
        value: String,
        span: Span,
        when: (TimeScope, Option<i32>),
    ) {
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
            time: when.0,
            wording: role.to_string(),
            antonym: false,
            year: when.1,
            inferred_subject: false,
            heading: false,
        });
    }

    /// "the Finnish capital, Tampere", "the capital of Finland, Helsinki", "the capital, Helsinki",
    /// "the capital Helsinki", "Helsinki, the Finnish capital".
    pub(super) fn capital_at(&mut self, sent: Span, u: usize) {
        let a = &self.a;
        let n = a.units.len();
        // What the capital is of: "the Finnish capital", "Cyprus's capital", "the capital of
        // Finland", or a kind of capital ("the provincial capital").
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
        if v + 1 < n && a.fold_is(v, "of") {
            if let Some((id, _)) = a.entity(v + 1) {
                country = Some(id);
                v += 2;
            }
        }
        // The city: after the phrase ("the capital, Helsinki"), or before it ("Tampere, the
        // provincial capital", "Limassol, Cyprus's capital").
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
}

/// A title phrase: "former Danish Foreign Minister", "Deputy Foreign Minister".
#[derive(Debug, Clone)]
pub(super) struct TitlePhrase {
    first: usize,
    last: usize,
    title: u16,
    portfolio: Option<u16>,
    /// A portfolio the lexicon does not know, as written: "mines", "fisheries, ports and tourism".
    portfolio_text: Option<String>,
    /// A body the lexicon does not know, as written: "Vantora" in "Vantora chief executive".
    scope_name: Option<String>,
    distinct: Vec<String>,
    scope: Option<u32>,
    former: bool,
}
