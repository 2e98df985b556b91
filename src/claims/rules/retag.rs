//! Parts of speech that need the clause to decide.

use super::*;

impl Extractor<'_> {
    /// Corrects parts of speech that need the claim rules' view of the clause: verbs the
    /// lexicon does not know ("Nairobi will inject $300 million") and third-person verbs
    /// after a singular noun ("the recount starts on …").
    pub(super) fn retag(&mut self) {
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
}
