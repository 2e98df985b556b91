//! Facts of single-valued attributes (`data/facts/attributes.toml`): attributes that hold
//! one value at a time, whose value is a name. Two such facts of one owner with different
//! names conflict.

use super::cue;
use super::data::{Data, Single};
use super::owner::{corefer, possessor, subject, Entity, Kind, Memory};
use super::{Extractor, Fact, FactValue, Sent, Tok};
use crate::tag::{Upos, Xpos};
use crate::Span;

/// True when a denial or a time other than now stands just before token `i`: "not the
/// chief executive", "former chief executive". Not "new": "the new chief executive" holds
/// the post now.
pub(crate) fn negated_or_past(s: &Sent<'_>, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|j| {
        matches!(
            s.lower(j),
            "not"
                | "n't"
                | "never"
                | "former"
                | "ex"
                | "then"
                | "previous"
                | "last"
                | "incoming"
                | "next"
                | "future"
                | "late"
                | "would-be"
        ) || s.lower(j).starts_with("ex-")
    })
}

/// Who does what the verb at `i` says: the name before ", who" in a relative clause
/// ("Tom Brisk, who has coached her"), the name a participle follows or opens the sentence
/// before ("Tom Brisk, delivering the budget,"; "Delivering the budget, Tom Brisk said"),
/// else the clause's subject.
pub(crate) fn agent(s: &Sent<'_>, i: usize, memory: &Memory) -> Option<Entity> {
    // Back over auxiliaries: "who has been", "who will".
    let mut w = i;
    while w > 0 && s.toks[w - 1].upos == Upos::Aux {
        w -= 1;
    }
    if w > 0 && matches!(s.lower(w - 1), "who" | "that") {
        let at = if w >= 2 && s.lower(w - 2) == "," { w - 2 } else { w - 1 };
        return s.entity_ending(at).filter(|e| e.kind != Kind::Place).cloned();
    }
    if s.toks[i].xpos == Xpos::Vbg {
        if i > 0 && s.lower(i - 1) == "," {
            return s.entity_ending(i - 1).filter(|e| e.kind != Kind::Place).cloned();
        }
        if i == 0 {
            // The subject after the participle's clause: the first name after its comma.
            let comma = (1..s.toks.len()).find(|&j| s.lower(j) == ",")?;
            return (comma + 1..(comma + 5).min(s.toks.len()))
                .find_map(|j| s.entity_at(j))
                .filter(|e| e.kind != Kind::Place)
                .cloned();
        }
    }
    // The nearest name or pronoun before the verb in its own clause: "the day after the
    // chancellor delivered his budget" is not the day's.
    for j in (0..i).rev() {
        if let Some(e) = s.entity_ending(j + 1) {
            return Some(e.clone()).filter(|e| e.kind != Kind::Place);
        }
        let t = &s.toks[j];
        // "Pelmor said it had accepted": a pronoun stands first for the sentence's subject.
        if t.upos == Upos::Pron && j > 0 {
            if let Some(e) = subject(s, j, memory).filter(|e| e.kind != Kind::Place) {
                return Some(e);
            }
        }
        if let Some(e) = corefer(s, j, memory) {
            return Some(e);
        }
        if matches!(t.upos, Upos::Verb | Upos::Sconj | Upos::Cconj)
            || matches!(s.lower(j), "that" | "which" | ";" | ":")
        {
            return None;
        }
    }
    None
}

/// "the Pelmor Bureau of Safety (HBS)": the short name an organisation gives itself in
/// brackets after its name, when it does; else `e`.
fn short_name<'s>(s: &'s Sent<'_>, e: &'s Entity) -> &'s Entity {
    let mut j = e.end;
    while j < s.toks.len() && j < e.end + 10 {
        match s.lower(j) {
            "(" => {
                return s
                    .entity_at(j + 1)
                    .filter(|a| a.end == a.start + 1 && s.lower(a.end) == ")")
                    .filter(|a| s.toks[a.start].word.chars().all(|c| c.is_uppercase()))
                    .unwrap_or(e);
            }
            "," | ";" | ":" | ")" => break,
            _ if s.toks[j].upos == Upos::Verb => break,
            _ => j += 1,
        }
    }
    e
}

fn name_value(e: &Entity) -> FactValue {
    FactValue::Name { key: e.key.to_string(), display: e.display.to_string() }
}

/// A place as a value: by what is written ("Ankara", not the country it stands for).
fn place_value(e: &Entity) -> FactValue {
    FactValue::Name { key: e.written.to_string(), display: e.written_display() }
}

fn span(s: &Sent<'_>, a: usize, b: usize) -> Span {
    let b = b.min(s.toks.len()).max(a + 1);
    Span::new(s.toks[a].span.start, s.toks[b - 1].span.end)
}

/// Where a form of `single` is written, as token ranges: multi-word forms matched word by
/// word; a one-word form must be a noun ("chair" the noun, not the verb).
fn find_forms(s: &Sent<'_>, single: &Single) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if s.form_starts.is_empty() {
        return out;
    }
    for form in &single.forms {
        // Words compared in place, the first alone at each token: no list of a form's words.
        let n = form.split(' ').count();
        let first = form.split(' ').next().unwrap_or_default();
        // Only where the first word of some form is written: the others cannot match.
        for &i in &s.form_starts {
            if i + n > s.toks.len() {
                break;
            }
            if *s.toks[i].lower != *first {
                continue;
            }
            if form.split(' ').enumerate().all(|(k, w)| *s.toks[i + k].lower == *w) {
                let one = n == 1;
                if one && !matches!(s.toks[i].upos, Upos::Noun | Upos::Propn) {
                    continue;
                }
                // "chief executive officer" holds "chief executive": keep the longest.
                if out.iter().any(|&(a, b)| a <= i && i + n <= b) {
                    continue;
                }
                out.retain(|&(a, b)| !(i <= a && b <= i + n));
                out.push((i, i + n));
            }
        }
    }
    out.sort_unstable();
    out
}

/// True when `list` holds `word`.
fn listed(list: &[String], word: &str) -> bool {
    list.iter().any(|w| w == word)
}

/// The tokens of a sentence a form of a single-valued attribute may start at, in order:
/// most sentences have none, and most have a few at most.
pub(crate) fn form_starts(toks: &[Tok<'_>]) -> Vec<usize> {
    // [`Data::form_firsts`], looked up once per word.
    (0..toks.len()).filter(|&i| toks[i].cue & cue::FORM_FIRST != 0).collect()
}

/// Office holders: "Pelmor's chief executive, Marta Quill", "Marta Quill, chief executive
/// of Pelmor", "Chief executive Marta Quill" (of the organisation the article is about),
/// "Quill is chief executive of Pelmor".
pub(crate) struct Roles;

impl Extractor for Roles {
    fn name(&self) -> &'static str {
        "role"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        // A form starts only at a word of [`Data::form_firsts`].
        if s.form_starts.is_empty() {
            return;
        }
        for single in Data::builtin().singles("role") {
            for (a, b) in find_forms(s, single) {
                if negated_or_past(s, a) {
                    continue;
                }
                let person = |e: &&Entity| matches!(e.kind, Kind::Person);
                // Who holds it: the name right after ("chief executive Marta Quill", ", Marta
                // Quill"), or the name in apposition before ("Marta Quill, (the) chief
                // executive"), or the subject of "is".
                // "the firm's chief executive is Marta Quill".
                let after = s
                    .entity_at(b)
                    .or_else(|| matches!(s.lower(b), "," | "is" | "was").then(|| s.entity_at(b + 1)).flatten());
                let mut k = a;
                // "its new chief executive": the holder of now, as without "new".
                if k > 1
                    && s.lower(k - 1) == "new"
                    && matches!(s.lower(k - 2), "the" | "its" | "his" | "her" | "their" | "as")
                {
                    k -= 1;
                }
                if k > 0 && matches!(s.lower(k - 1), "the" | "its" | "his" | "her" | "their") {
                    k -= 1;
                }
                let mut org_before = None;
                if k >= 2 && matches!(s.lower(k - 1), "'s" | "’s" | "'" | "’") {
                    org_before = s.entity_ending(k - 1);
                    k = s.entity_ending(k - 1).map_or(k, |e| e.start);
                } else if k >= 1
                    && s.entity_ending(k).is_some_and(|e| {
                        // "Pelmor chief executive Marta Quill", "Port Sable mayor Tom Brisk":
                        // a name between two names is whose the office is, whatever its kind.
                        e.kind == Kind::Organisation
                            || (k == a && e.end >= e.start + 2 && after.is_some_and(|h| h.kind == Kind::Person))
                    })
                {
                    org_before = s.entity_ending(k);
                    k = org_before.map_or(k, |e| e.start);
                }
                let before = (k >= 2 && s.lower(k - 1) == ",").then(|| s.entity_ending(k - 1)).flatten();
                // "Quill is chief executive", "Quill has been elected mayor".
                let copula = (k >= 1
                    && matches!(s.lower(k - 1), "is" | "was" | "as" | "became" | "remains" | "elected" | "named"))
                .then(|| subject(s, k, memory))
                .flatten();
                // "the board named Marta Quill as chief executive": the object before "as"
                // holds it. Not after a verb of succession (the data's): "Quill replaces Tom
                // Brisk as mayor" makes Quill the mayor, not Brisk.
                let object = (k >= 2 && s.lower(k - 1) == "as")
                    .then(|| s.entity_ending(k - 1))
                    .flatten()
                    .filter(person)
                    .filter(|e| e.start == 0 || !Data::builtin().successions.contains(&*s.toks[e.start - 1].lemma));
                let holder = after
                    .filter(person)
                    .or(before.filter(person))
                    .or(object)
                    .cloned()
                    .or(copula.filter(|e| e.kind == Kind::Person));
                let Some(holder) = holder else { continue };
                // Of what: "of Pelmor", "Pelmor's", "its", or the organisation the article is
                // about.
                let of_org = (s.lower(b) == "of")
                    .then(|| s.entity_at(b + 1).or_else(|| named_after(s, b + 1)))
                    .flatten()
                    .or_else(|| {
                        (s.lower(b + 1) == "of" && s.lower(b) == "officer").then(|| s.entity_at(b + 2)).flatten()
                    });
                // "Mayor Lena Vos of Port Sable": the office's "of" after the name it titles.
                let of_org = of_org.or_else(|| {
                    s.entity_at(b)
                        .filter(|h| h.key == holder.key && s.lower(h.end) == "of")
                        .and_then(|h| s.entity_at(h.end + 1))
                        .filter(|o| o.kind != Kind::Person)
                });
                // Named here ("of Port Sable", "Port Sable mayor"), the owner may look like
                // a person's name; found any other way it must not be one.
                let named = of_org.or(org_before).cloned().filter(|o| o.key != holder.key && o.kind != Kind::Thing);
                // "general manager", "campaign chairman", "chair of the committee": the
                // office of something else than the article's organisation.
                let other = (k == a && a > 0 && matches!(s.toks[a - 1].upos, Upos::Noun | Upos::Propn | Upos::Adj))
                    || s.lower(b) == "of";
                let owner = named.or_else(|| {
                    if other {
                        return None;
                    }
                    (if a > 0 { corefer(s, a - 1, memory) } else { None })
                        .or_else(|| possessor(s, a, memory))
                        // The organisation the article is about: the one, or the name of no
                        // known kind, it named most ("Pelmor said …").
                        .or_else(|| memory.main_thing())
                        .filter(|o| {
                            o.kind != Kind::Person
                                && o.key != holder.key
                                && !surname_of(&o.display.to_lowercase(), &holder.display.to_lowercase())
                        })
                });
                let Some(owner) = owner else { continue };
                out.push(s.fact(self.name(), &owner, single.name.clone(), name_value(&holder), span(s, a, b)));
            }
        }
    }
}

/// The name a common noun stands in apposition to, from `i`: "the retailer Pelmor", "the
/// fashion chain Pelmor".
fn named_after<'s>(s: &'s Sent<'_>, i: usize) -> Option<&'s Entity> {
    if s.lower(i) != "the" {
        return None;
    }
    let mut j = i + 1;
    while j < s.toks.len() && j < i + 4 && s.entity_at(j).is_none() {
        let t = &s.toks[j];
        if !matches!(t.upos, Upos::Noun | Upos::Adj) || !t.word.starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
        j += 1;
    }
    (j > i + 1 && s.toks.get(j - 1).is_some_and(|t| t.upos == Upos::Noun)).then(|| s.entity_at(j)).flatten()
}

/// True when `part` is the last word (or words) of the name `whole`: "quill" of "marta quill".
fn surname_of(part: &str, whole: &str) -> bool {
    whole.len() > part.len() && whole.ends_with(part) && whole.as_bytes()[whole.len() - part.len() - 1] == b' '
}

/// "Quill won the election", "Rovers won the final": the winner of the event named by the
/// object. Not "won 40 seats" (a count) nor "won the right to". The passive ("the election
/// was won by Quill"), the act's possessor ("Quill's victory in the election", "her election
/// win") and its doer ("Quill, the winner of the election", "declared Quill the winner of
/// the final") say it too.
pub(crate) struct Winner;

/// The event an event noun at `h` names, as an owner: "the election".
fn event_owner(s: &Sent<'_>, h: usize) -> Entity {
    Entity {
        start: h,
        end: h + 1,
        key: s.toks[h].lemma.clone(),
        display: format!("the {}", s.toks[h].lemma).into(),
        written: "".into(),
        kind: Kind::Thing,
    }
}

/// The words that say which one of its kind the event at `h` is: the adjectives and nouns
/// before it ("the presidential election", "the cup final"), in lower case; a value or a
/// name there makes it another event than the one the story tells ("the 2019 election").
fn qualifiers(s: &Sent<'_>, h: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut k = h;
    while k > 0 && h - k < 3 {
        let t = &s.toks[k - 1];
        if !matches!(t.upos, Upos::Adj | Upos::Noun) || !t.word.starts_with(|c: char| c.is_lowercase()) {
            break;
        }
        out.push(t.lemma.to_string());
        k -= 1;
    }
    out
}

/// The event noun of `single` in the noun phrase from `from` (at most four words on): "the
/// (mayoral) election"; `None` when a value stands in it ("won 40 seats", "the 2019
/// election").
fn event_after(s: &Sent<'_>, single: &Single, from: usize) -> Option<usize> {
    // "this year's cup final": a possessor of this time says which one, as "the" does;
    // any other time ("last year's", "the 2019") makes it another event.
    let from = this_time(s, from);
    let mut j = from;
    while j < s.toks.len() && matches!(s.toks[j].upos, Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn) && j < from + 4
    {
        j += 1;
    }
    let h = (from..j).rev().find(|&h| s.toks[h].upos == Upos::Noun)?;
    // "an award", "a race" is any of its kind, not the story's.
    let any = matches!(s.lower(from), "a" | "an");
    (listed(&single.nouns, &s.toks[h].lemma) && !any && !s.values.iter().any(|v| v.first >= from && v.first < j))
        .then_some(h)
}

/// Past "this year's" at `from`: a possessor of this time says which one, as "the" does;
/// any other time ("last year's", "the 2019") makes it another event.
fn this_time(s: &Sent<'_>, from: usize) -> usize {
    if s.lower(from) == "this" && matches!(s.lower(from + 2), "'s" | "’s") {
        from + 3
    } else {
        from
    }
}

/// The event of `single` the word at `i` goes with when it stands before it in its clause:
/// "the final was won by", "the prize was awarded to"; back over auxiliaries and at most six
/// words, none a verb or a comma.
fn event_before(s: &Sent<'_>, single: &Single, i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 && s.toks[j - 1].upos == Upos::Aux {
        j -= 1;
    }
    (j.saturating_sub(6)..j)
        .rev()
        .take_while(|&h| s.toks[h].upos != Upos::Verb && s.lower(h) != ",")
        .find(|&h| s.toks[h].upos == Upos::Noun && listed(&single.nouns, &s.toks[h].lemma))
}

/// A name as a winner: a person, an organisation, a place (a country wins a vote) or a
/// name of no known kind.
fn winner_name(e: Option<Entity>) -> Option<Entity> {
    e.filter(|e| e.kind != Kind::Thing)
}

impl Winner {
    /// The winner fact of the event word `h`, read from the verb or noun at `i`.
    fn fact(&self, s: &Sent<'_>, attribute: &str, h: usize, i: usize, winner: &Entity) -> Fact {
        let mut fact = s.fact(
            self.name(),
            &event_owner(s, h),
            attribute.to_string(),
            name_value(winner),
            span(s, i.min(h), i.max(h) + 1),
        );
        fact.qualifiers = qualifiers(s, h);
        fact
    }
}

impl Extractor for Winner {
    fn name(&self) -> &'static str {
        "winner"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        if s.cues & cue::WINNER == 0 || s.modal {
            return;
        }
        for single in Data::builtin().singles("winner") {
            for (i, t) in s.toks.iter().enumerate() {
                // "the prize went to Quill", "the jury gave its top prize to Quill": the event
                // before the verb in its clause or its object, the winner right after "to".
                if t.upos == Upos::Verb
                    && matches!(t.xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp | Xpos::Vbn)
                    && !crate::align::names::attribution(&t.lemma)
                    && !listed(&single.awards, &t.lemma)
                    && !negated_or_past(s, i)
                {
                    let found = if s.lower(i + 1) == "to" {
                        // The event is the head of the subject: not "the prize money", nor
                        // "the chances of the game".
                        let mut j = i;
                        while j > 0 && matches!(s.toks[j - 1].upos, Upos::Aux | Upos::Adv) {
                            j -= 1;
                        }
                        event_before(s, single, i)
                            .filter(|&h| h + 1 == j && !(h.saturating_sub(3)..h).any(|k| s.lower(k) == "of"))
                            .zip(winner_name(s.entity_at(i + 2).cloned()))
                    } else {
                        let from =
                            if matches!(s.lower(i + 1), "its" | "their" | "his" | "her") { i + 2 } else { i + 1 };
                        event_after(s, single, from)
                            .filter(|&h| s.lower(h + 1) == "to")
                            .and_then(|h| Some(h).zip(winner_name(s.entity_at(h + 2).cloned())))
                    };
                    if let Some((h, winner)) = found {
                        out.push(self.fact(s, &single.name, h, i, &winner));
                        continue;
                    }
                }
                if t.cue & cue::WINNER == 0 || negated_or_past(s, i) {
                    continue;
                }
                // Only a win said to have happened: "won", "has won", "wins"; not "to win",
                // "expected to win", "winning the election" (a hope or a task).
                let stated = matches!(t.xpos, Xpos::Vbd | Xpos::Vbz | Xpos::Vbp)
                    || (t.xpos == Xpos::Vbn && i > 0 && (s.toks[i - 1].upos == Upos::Aux || s.lower(i + 1) == "by"));
                let found = if t.upos == Upos::Verb && listed(&single.verbs, &t.lemma) {
                    if !stated || s.lower(i.saturating_sub(1)) == "to" {
                        continue;
                    }
                    if t.xpos == Xpos::Vbn && s.lower(i + 1) == "by" {
                        // "the election was won by Quill": the event before, in its clause.
                        let h = event_before(s, single, i);
                        let by = (i + 2..(i + 4).min(s.toks.len())).find_map(|k| s.entity_at(k)).cloned();
                        h.zip(winner_name(by))
                    } else {
                        let h = event_after(s, single, i + 1);
                        h.zip(winner_name(subject(s, i, memory)))
                    }
                } else if t.upos == Upos::Verb && listed(&single.defeats, &t.lemma) {
                    if !stated || s.lower(i.saturating_sub(1)) == "to" {
                        continue;
                    }
                    // "Rovers beat United 24-19 in the final", "United were beaten by Rovers
                    // in the final": the event after "in" or "at", past the other side and
                    // the score, in the verb's clause.
                    let passive = t.xpos == Xpos::Vbn && s.lower(i + 1) == "by";
                    let mut at = None;
                    let mut k = i + 1;
                    while k < s.toks.len().min(i + 10) {
                        if let Some(e) = s.entity_at(k) {
                            // A name the tagger read partly as a verb ("United") is a name.
                            k = e.end;
                            continue;
                        }
                        // A capitalised word read as a verb ("United") may be a name's.
                        let verb = s.toks[k].upos == Upos::Verb && s.toks[k].xpos != Xpos::Nnp;
                        if verb || matches!(s.lower(k), "," | ";" | "and" | "but") {
                            break;
                        }
                        if matches!(s.lower(k), "in" | "at") {
                            at = Some(k);
                            break;
                        }
                        k += 1;
                    }
                    let who = if passive { s.entity_at(i + 2).cloned() } else { subject(s, i, memory) };
                    at.and_then(|k| event_after(s, single, k + 1)).zip(winner_name(who))
                } else if t.upos == Upos::Verb && listed(&single.awards, &t.lemma) {
                    // "the prize was awarded to Quill", "the medal was awarded to Quill": the event
                    // before, in its clause, the winner right after "to".
                    if !stated || s.lower(i + 1) != "to" {
                        continue;
                    }
                    let to = s.entity_at(i + 2).cloned();
                    event_before(s, single, i).zip(winner_name(to))
                } else if t.upos == Upos::Noun && listed(&single.acts, &t.lemma) {
                    // "Quill's (election) victory in the election", "the victory of Quill in".
                    let before =
                        (i > 0 && listed(&single.nouns, &s.toks[i - 1].lemma) && s.toks[i - 1].upos == Upos::Noun)
                            .then_some(i - 1);
                    let after = matches!(s.lower(i + 1), "in" | "at" | "of")
                        .then(|| event_after(s, single, i + 2))
                        .flatten()
                        .or_else(|| {
                            (s.lower(i + 1) == "of" && s.entity_at(i + 2).is_some())
                                .then(|| s.entity_at(i + 2))
                                .flatten()
                                .filter(|e| matches!(s.lower(e.end), "in" | "at"))
                                .and_then(|e| event_after(s, single, e.end + 1))
                        });
                    let who = possessor(s, i, memory)
                        .or_else(|| (s.lower(i + 1) == "of").then(|| s.entity_at(i + 2).cloned()).flatten());
                    before.or(after).zip(winner_name(who))
                } else if t.upos == Upos::Noun && listed(&single.doers, &t.lemma) && s.lower(i + 1) == "of" {
                    // "Quill, the winner of the election", "the winner of the election,
                    // Quill", "Quill was declared the winner of the election".
                    let Some(h) = event_after(s, single, i + 2) else { continue };
                    let mut k = i;
                    if k > 0 && s.lower(k - 1) == "the" {
                        k -= 1;
                    }
                    let end =
                        (h + 1..(h + 4).min(s.toks.len())).find(|&e| s.toks[e].upos != Upos::Noun).unwrap_or(h + 1);
                    let who = if k > 0 && s.entity_ending(k).is_some() {
                        // "declared Quill the winner"
                        s.entity_ending(k).cloned()
                    } else if k >= 2 && s.lower(k - 1) == "," {
                        s.entity_ending(k - 1).cloned()
                    } else if k >= 1
                        && matches!(
                            s.toks[k - 1].lemma.as_ref(),
                            "be" | "declare" | "name" | "proclaim" | "become" | "as" | "confirm"
                        )
                    {
                        subject(s, k, memory)
                    } else if s.lower(end) == "," {
                        s.entity_at(end + 1).cloned()
                    } else if matches!(s.lower(end), "is" | "was") {
                        // "the winner of the final was Rovers".
                        s.entity_at(end + 1).cloned()
                    } else {
                        None
                    };
                    Some(h).zip(winner_name(who))
                } else {
                    None
                };
                let Some((h, winner)) = found else { continue };
                out.push(self.fact(s, &single.name, h, i, &winner));
            }
        }
    }
}

/// Who does the one thing an event noun names: "Brisk will lead the inquiry", "the inquiry
/// is led by the Pelmor Bureau", "Quill, who delivered the budget", "Delivering the budget,
/// Quill said". The event is the first of the data's nouns in the verb's object (or, in
/// the passive, before it); its agent is one.
pub(crate) struct Agent;

impl Extractor for Agent {
    fn name(&self) -> &'static str {
        "agent"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        if s.modal || s.cues & cue::AGENT == 0 {
            return;
        }
        for single in Data::builtin().singles("agent") {
            for (i, t) in s.toks.iter().enumerate() {
                if !(t.upos == Upos::Verb && listed(&single.verbs, &t.lemma)) || negated_or_past(s, i) {
                    continue;
                }
                let event = |h: usize| single.nouns.contains(&s.toks[h].lemma.to_lowercase());
                let noun_phrase = |h: usize| {
                    matches!(s.toks[h].upos, Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num)
                        || s.toks[h].xpos == Xpos::PrpS
                };
                let (h, who) = if t.xpos == Xpos::Vbn && s.lower(i + 1) == "by" {
                    // "the inquiry (is) led by X": the event before, the agent after "by".
                    let mut j = i;
                    while j > 0 && s.toks[j - 1].upos == Upos::Aux && j + 3 > i {
                        j -= 1;
                    }
                    // Back to the event, over its complements ("the inquiry into the crash").
                    let h = (j.saturating_sub(8)..j)
                        .rev()
                        .take_while(|&h| s.toks[h].upos != Upos::Verb)
                        .find(|&h| event(h));
                    let who = (i + 2..(i + 5).min(s.toks.len())).find_map(|k| s.entity_at(k)).cloned();
                    (h, who)
                } else {
                    // The object: "the inquiry", "her third budget".
                    let end = (i + 1..(i + 6).min(s.toks.len())).find(|&j| !noun_phrase(j)).unwrap_or(s.toks.len());
                    ((i + 1..end).find(|&h| event(h)), agent(s, i, memory))
                };
                let (Some(h), Some(who)) = (h, who) else { continue };
                if matches!(who.kind, Kind::Thing | Kind::Place) {
                    continue;
                }
                // "a budget" is any budget; "the budget", "his budget" the one of the story.
                if (h.saturating_sub(3)..h).any(|k| matches!(s.lower(k), "a" | "an")) {
                    continue;
                }
                let who = short_name(s, &who).clone();
                let noun = s.toks[h].lemma.to_lowercase();
                let owner = Entity {
                    start: h,
                    end: h + 1,
                    display: format!("the {noun}").into(),
                    key: noun.into(),
                    written: "".into(),
                    kind: Kind::Thing,
                };
                let (a, b) = (i.min(h), i.max(h) + 1);
                let mut fact = s.fact(self.name(), &owner, single.name.clone(), name_value(&who), span(s, a, b));
                // Places named, and countries a demonym names ("the Indian economy").
                fact.places = s.entities.iter().filter(|e| e.kind == Kind::Place).map(|e| e.key.to_string()).collect();
                fact.places
                    .extend((0..s.toks.len()).filter_map(|k| super::nationality::demonym_at(s, k)).map(String::from));
                out.push(fact);
            }
        }
    }
}

/// "the venue for the final is Wexley", "the buyer of Dunmere was Quarrington", "the host of
/// the summit, Helsinki": a noun of who or where holds `single` (its `doers`) at `i`, after
/// "the", what it is of after "of" or "for", and the name after "is", "was", "will be" or a
/// comma past it. Gives the first word of what it is of and the name.
fn doer_named<'s>(s: &'s Sent<'_>, single: &Single, i: usize) -> Option<(usize, &'s Entity)> {
    let t = &s.toks[i];
    if t.upos != Upos::Noun || !listed(&single.doers, &t.lemma) || i == 0 || s.lower(i - 1) != "the" {
        return None;
    }
    if negated_or_past(s, i) || !matches!(s.lower(i + 1), "of" | "for") {
        return None;
    }
    let of = i + 2;
    // What it is of: a noun phrase, names and possessives in it ("this year's prize").
    let end = (of..(of + 8).min(s.toks.len())).find(|&k| {
        !matches!(s.toks[k].upos, Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num | Upos::Part)
    })?;
    let at = match (s.lower(end), s.lower(end + 1)) {
        ("is" | "was" | ",", _) => end + 1,
        ("will", "be") => end + 2,
        _ => return None,
    };
    let at = if s.lower(at) == "the" { at + 1 } else { at };
    Some((of, s.entity_at(at)?))
}

/// "the summit in Helsinki", "talks in Valletta": where an event named by the data's nouns
/// takes place. "launched from X": a launch site.
pub(crate) struct Venue;

impl Extractor for Venue {
    fn name(&self) -> &'static str {
        "venue"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        let d = Data::builtin();
        let venues = if s.cues & cue::VENUE == 0 { None } else { Some(d.singles("venue")) };
        for single in venues.into_iter().flatten() {
            for (i, t) in s.toks.iter().enumerate() {
                if !event_noun(s, i) || !listed(&single.nouns, &t.lower) || negated_or_past(s, i) || s.modal {
                    continue;
                }
                // "the summit in Helsinki", "the summit will be held in Helsinki", "the Helsinki summit".
                let named_before = s
                    .entity_ending(i)
                    .filter(|e| e.kind == Kind::Place && e.start > 0 && matches!(s.lower(e.start - 1), "the" | "this"));
                let Some(place) = place_after(s, i + 1).or_else(|| held_at(s, single, i + 1)).or(named_before) else {
                    continue;
                };
                let owner = Entity {
                    start: i,
                    end: i + 1,
                    key: t.lemma.clone(),
                    display: format!("the {}", t.lower).into(),
                    written: "".into(),
                    kind: Kind::Thing,
                };
                let mut fact =
                    s.fact(self.name(), &owner, single.name.clone(), place_value(place), span(s, i, place.end));
                fact.qualifiers = qualifiers(s, i);
                out.push(fact);
            }
            // "the venue for the final is Wexley".
            for i in 0..s.toks.len() {
                if s.modal {
                    break;
                }
                let Some((of, place)) = doer_named(s, single, i) else { continue };
                let Some(h) = event_after(s, single, of).filter(|_| matches!(place.kind, Kind::Place | Kind::Unknown))
                else {
                    continue;
                };
                let owner = Entity {
                    start: h,
                    end: h + 1,
                    key: s.toks[h].lemma.clone(),
                    display: format!("the {}", s.toks[h].lower).into(),
                    written: "".into(),
                    kind: Kind::Thing,
                };
                let mut fact =
                    s.fact(self.name(), &owner, single.name.clone(), place_value(place), span(s, i, place.end));
                fact.qualifiers = qualifiers(s, h);
                out.push(fact);
            }
            // "Helsinki will host the summit", "the summit, hosted by Helsinki".
            for (i, t) in s.toks.iter().enumerate() {
                if !(t.upos == Upos::Verb && listed(&single.hosts, &t.lemma)) || negated_or_past(s, i) || s.modal {
                    continue;
                }
                let venue = |e: &Entity| matches!(e.kind, Kind::Place | Kind::Unknown);
                let (h, place) = if t.xpos == Xpos::Vbn && s.lower(i + 1) == "by" {
                    let h = (i.saturating_sub(4)..i)
                        .rev()
                        .take_while(|&h| s.toks[h].upos != Upos::Verb)
                        .find(|&h| event_noun(s, h) && listed(&single.nouns, &s.toks[h].lower));
                    (h, s.entity_at(i + 2).filter(|e| venue(e)).cloned())
                } else {
                    let from = this_time(s, i + 1);
                    let end = (from..(from + 4).min(s.toks.len()))
                        .find(|&j| !matches!(s.toks[j].upos, Upos::Det | Upos::Adj | Upos::Noun))
                        .unwrap_or(s.toks.len().min(from + 4));
                    let h = (from..end).rev().find(|&h| event_noun(s, h));
                    let h = h.filter(|&h| listed(&single.nouns, &s.toks[h].lower));
                    // The subject, a name just before the verb or its auxiliaries.
                    let mut j = i;
                    while j > 0 && matches!(s.toks[j - 1].upos, Upos::Aux | Upos::Adv) {
                        j -= 1;
                    }
                    (h, s.entity_ending(j).filter(|e| venue(e)).cloned())
                };
                let (Some(h), Some(place)) = (h, place) else { continue };
                let owner = Entity {
                    start: h,
                    end: h + 1,
                    key: s.toks[h].lemma.clone(),
                    display: format!("the {}", s.toks[h].lower).into(),
                    written: "".into(),
                    kind: Kind::Thing,
                };
                let mut fact = s.fact(
                    self.name(),
                    &owner,
                    single.name.clone(),
                    place_value(&place),
                    span(s, i.min(h), i.max(h) + 1),
                );
                fact.qualifiers = qualifiers(s, h);
                out.push(fact);
            }
        }
        let launches = if s.cues & cue::LAUNCH == 0 { None } else { Some(d.singles("launch")) };
        for single in launches.into_iter().flatten() {
            for (i, t) in s.toks.iter().enumerate() {
                if !(t.upos == Upos::Verb && listed(&single.verbs, &t.lemma)) || s.modal {
                    continue;
                }
                let from = (i + 1..(i + 3).min(s.toks.len())).find(|&j| s.lower(j) == "from");
                let Some(place) =
                    from.and_then(|f| s.entity_at(f + 1)).filter(|e| matches!(e.kind, Kind::Place | Kind::Unknown))
                else {
                    continue;
                };
                let Some(owner) = subject(s, i, memory) else { continue };
                out.push(s.fact("launch", &owner, single.name.clone(), place_value(place), span(s, i, place.end)));
            }
        }
    }
}

/// "a tanker bound for Quorn", "the flight, heading to Quorn", "the ship's destination was
/// Quorn", "the destination of the ship is Quorn": where what the noun before the phrase
/// (or the possessor) names is going.
pub(crate) struct Destination;

/// The thing a destination is of: the noun ending at `end` (or the name there), back over
/// "which was", "that is" and a comma.
fn goer(s: &Sent<'_>, end: usize) -> Option<Entity> {
    let mut j = end;
    while j > 0 && (s.toks[j - 1].upos == Upos::Aux || matches!(s.lower(j - 1), "which" | "that" | "," | "now")) {
        j -= 1;
    }
    if j == 0 {
        return None;
    }
    if let Some(e) = s.entity_ending(j).filter(|e| e.kind != Kind::Place) {
        return Some(e.clone());
    }
    let h = j - 1;
    (s.toks[h].upos == Upos::Noun).then(|| Entity {
        start: h,
        end: h + 1,
        key: s.toks[h].lemma.clone(),
        display: format!("the {}", s.toks[h].lower).into(),
        written: "".into(),
        kind: Kind::Thing,
    })
}

impl Extractor for Destination {
    fn name(&self) -> &'static str {
        "destination"
    }

    fn extract(&self, s: &Sent<'_>, _memory: &Memory, out: &mut Vec<Fact>) {
        if s.cues & cue::DESTINATION == 0 || s.modal {
            return;
        }
        let place = |e: &&Entity| matches!(e.kind, Kind::Place | Kind::Unknown);
        for single in Data::builtin().singles("destination") {
            for i in 0..s.toks.len() {
                if s.toks[i].cue & cue::DESTINATION == 0 || negated_or_past(s, i) {
                    continue;
                }
                let phrase = single
                    .phrases
                    .iter()
                    .find(|p| p.split(' ').enumerate().all(|(k, w)| s.toks.get(i + k).is_some_and(|t| *t.lower == *w)));
                let found = if let Some(p) = phrase {
                    let at = i + p.split(' ').count();
                    let at = if s.lower(at) == "the" { at + 1 } else { at };
                    s.entity_at(at).filter(place).cloned().zip(goer(s, i)).map(|(v, o)| (v, o, at))
                } else if listed(&single.doers, &s.toks[i].lower) {
                    // "the ship's destination was Quorn", "the destination of the ship is Quorn".
                    let (owner, end) = if i >= 2 && matches!(s.lower(i - 1), "'s" | "’s") {
                        (goer(s, i - 1), i + 1)
                    } else if s.lower(i + 1) == "of" && s.lower(i + 2) == "the" && i + 3 < s.toks.len() {
                        let h = (i + 3..(i + 6).min(s.toks.len()))
                            .take_while(|&h| matches!(s.toks[h].upos, Upos::Noun | Upos::Adj))
                            .last();
                        (h.and_then(|h| goer(s, h + 1)), h.map_or(i + 1, |h| h + 1))
                    } else {
                        (None, i + 1)
                    };
                    let at = match (s.lower(end), s.lower(end + 1)) {
                        ("is" | "was", _) => end + 1,
                        ("will", "be") => end + 2,
                        _ => continue,
                    };
                    s.entity_at(at).filter(place).cloned().zip(owner).map(|(v, o)| (v, o, at))
                } else {
                    None
                };
                let Some((value, owner, _)) = found else { continue };
                out.push(s.fact(self.name(), &owner, single.name.clone(), place_value(&value), span(s, i, value.end)));
            }
        }
    }
}

/// A place right after "in" or "at": "in Helsinki", "at the Moorings" is no entity.
fn place_after<'s>(s: &'s Sent<'_>, i: usize) -> Option<&'s Entity> {
    if !matches!(s.lower(i), "in" | "at") {
        return None;
    }
    s.entity_at(i + 1).filter(|e| e.kind == Kind::Place)
}

/// True when the word at `i` is a noun, or a word the tagger read as an adjective that
/// stands as one: after a determiner, before no noun ("the final will be held").
fn event_noun(s: &Sent<'_>, i: usize) -> bool {
    let t = &s.toks[i];
    t.upos == Upos::Noun
        || (t.upos == Upos::Adj
            && i > 0
            && s.toks[i - 1].upos == Upos::Det
            && !s.toks.get(i + 1).is_some_and(|n| matches!(n.upos, Upos::Noun | Upos::Propn | Upos::Adj)))
}

/// "the final will be held at Wexley Park", "the talks took place in Helsinki on Friday": the
/// place after the passive of one of the venue's verbs (or "took place") right after the
/// event noun, past a phrase of time.
fn held_at<'s>(s: &'s Sent<'_>, single: &Single, from: usize) -> Option<&'s Entity> {
    let mut j = from;
    while j < s.toks.len() && j < from + 3 && matches!(s.toks[j].upos, Upos::Aux | Upos::Adv | Upos::Part) {
        j += 1;
    }
    let t = s.toks.get(j)?;
    let after = if t.upos == Upos::Verb && t.xpos == Xpos::Vbn && listed(&single.verbs, &t.lemma) {
        j + 1
    } else if &*t.lemma == "take" && s.lower(j + 1) == "place" {
        j + 2
    } else {
        return None;
    };
    // "in Helsinki", "on Friday in Helsinki", "next month at Wexley Park".
    let at = (after..(after + 4).min(s.toks.len()))
        .take_while(|&k| !matches!(s.toks[k].upos, Upos::Verb | Upos::Punct))
        .find(|&k| matches!(s.lower(k), "in" | "at"))?;
    let k = if s.lower(at + 1) == "the" { at + 2 } else { at + 1 };
    // "held at Wexley Park": whatever the name looks like, it is where.
    s.entity_at(k).filter(|e| e.kind != Kind::Thing)
}

/// "the capital, Helsinki", "the Finnish capital Tampere", "Helsinki, the capital of
/// Finland", "Finland's capital, Helsinki".
pub(crate) struct Capital;

impl Extractor for Capital {
    fn name(&self) -> &'static str {
        "capital"
    }

    fn extract(&self, s: &Sent<'_>, _memory: &Memory, out: &mut Vec<Fact>) {
        if s.form_starts.is_empty() {
            return;
        }
        for single in Data::builtin().singles("capital") {
            for (a, b) in find_forms(s, single) {
                if negated_or_past(s, a) {
                    continue;
                }
                let after = s.entity_at(b).or_else(|| (s.lower(b) == ",").then(|| s.entity_at(b + 1)).flatten());
                let before = (a >= 3 && s.lower(a - 1) == "the" && s.lower(a - 2) == ",")
                    .then(|| s.entity_ending(a - 2))
                    .flatten();
                // Whose: an entity just before ("the Finnish capital", "Finland's capital") or
                // after "of".
                let of = (s.lower(b) == "of").then(|| s.entity_at(b + 1)).flatten();
                let adj = (a >= 1).then(|| s.entity_ending(a)).flatten().or_else(|| {
                    (a >= 2 && matches!(s.lower(a - 1), "'s" | "’s")).then(|| s.entity_ending(a - 1)).flatten()
                });
                let Some(country) = of.or(adj).filter(|e| e.kind == Kind::Place) else { continue };
                let city = if of.is_some() { before } else { after };
                let Some(city) = city.filter(|e| e.kind != Kind::Person && e.written != country.written) else {
                    continue;
                };
                out.push(s.fact(self.name(), country, single.name.clone(), place_value(city), span(s, a, b)));
            }
        }
    }
}

/// "convicted of manslaughter", "found guilty of murder": the offence a verdict names.
pub(crate) struct Verdict;

impl Extractor for Verdict {
    fn name(&self) -> &'static str {
        "verdict"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        if s.cues & cue::VERDICT == 0 {
            return;
        }
        for single in Data::builtin().singles("verdict") {
            for (i, t) in s.toks.iter().enumerate() {
                let convicted = &*t.lemma == "convict" && t.upos == Upos::Verb;
                let guilty = &*t.lower == "guilty" && i > 0 && matches!(s.toks[i - 1].lemma.as_ref(), "find" | "be");
                // "found Tom Brisk, 29, guilty of": the person found guilty is the object.
                let found_object = (&*t.lower == "guilty" && !guilty)
                    .then(|| {
                        let f = (i.saturating_sub(8)..i).rev().find(|&j| &*s.toks[j].lemma == "find")?;
                        s.entity_at(f + 1).filter(|e| e.kind == Kind::Person && e.end < i).cloned()
                    })
                    .flatten();
                if !(convicted || guilty || found_object.is_some()) || negated_or_past(s, i) || s.modal {
                    continue;
                }
                if s.lower(i + 1) != "of" {
                    continue;
                }
                let Some(offence) = s.toks.get(i + 2).filter(|o| matches!(o.upos, Upos::Noun | Upos::Verb)) else {
                    continue;
                };
                // A surname alone the article has not named in full is still the one convicted.
                let Some(who) = found_object.or_else(|| subject(s, i, memory)).filter(|e| {
                    e.kind == Kind::Person || (e.kind == Kind::Unknown && e.display.chars().any(char::is_lowercase))
                }) else {
                    continue;
                };
                let value = FactValue::Name { key: offence.lemma.to_string(), display: offence.lemma.to_string() };
                out.push(s.fact(self.name(), &who, single.name.clone(), value, span(s, i, i + 3)));
            }
        }
    }
}

/// "Pelmor agreed to buy Dunmere", "Dunmere was acquired by Pelmor": the buyer of
/// what is bought. Not bids, talks or interest: only a purchase said to happen.
pub(crate) struct Buyer;

impl Extractor for Buyer {
    fn name(&self) -> &'static str {
        "buyer"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        // Both readings need a buyer's verb, accepting verb or purchase noun.
        if s.cues & cue::BUYER == 0 {
            return;
        }
        if !s.modal {
            accepted_offer(self.name(), s, memory, out);
        }
        let tentative = s.toks.iter().any(|t| {
            matches!(
                t.lemma.as_ref(),
                "bid"
                    | "offer"
                    | "talk"
                    | "consider"
                    | "interest"
                    | "rival"
                    | "approach"
                    | "want"
                    | "plan"
                    | "seek"
                    | "explore"
            )
        });
        if tentative || s.modal {
            return;
        }
        for single in Data::builtin().singles("buyer") {
            // "the buyer of Dunmere is Quarrington".
            for i in 0..s.toks.len() {
                let Some((of, buyer)) = doer_named(s, single, i) else { continue };
                let of = if s.lower(of) == "the" { of + 1 } else { of };
                let Some(target) = s.entity_at(of) else { continue };
                // What is bought is a business, whatever its name looks like ("the buyer of
                // Pelmor Dairy"): its full name, as the verbs' reading keys it.
                let mut target = target.clone();
                if target.kind == Kind::Person {
                    target.key = target.written.clone();
                }
                if target.key == buyer.key || matches!(target.kind, Kind::Thing | Kind::Place) {
                    continue;
                }
                if matches!(buyer.kind, Kind::Thing | Kind::Place | Kind::Person) {
                    continue;
                }
                out.push(s.fact(self.name(), &target, single.name.clone(), name_value(buyer), span(s, i, buyer.end)));
            }
            for (i, t) in s.toks.iter().enumerate() {
                let verb = listed(&single.verbs, &t.lemma) || listed(&single.sellers, &t.lemma);
                if !(t.upos == Upos::Verb && verb) || negated_or_past(s, i) {
                    continue;
                }
                let passive = t.xpos == Xpos::Vbn && s.lower(i + 1) == "by";
                let sold = listed(&single.sellers, &t.lemma);
                let (target, buyer) = if sold {
                    // "Dunmere was sold to Quarrington", "Pelmor sold Dunmere to Quarrington".
                    let Some(to) = (i + 1..(i + 6).min(s.toks.len()))
                        .take_while(|&k| !matches!(s.toks[k].upos, Upos::Verb | Upos::Punct))
                        .find(|&k| s.lower(k) == "to")
                    else {
                        continue;
                    };
                    let buyer = s.entity_at(to + 1).cloned();
                    let target = if t.xpos == Xpos::Vbn && to > i + 1 {
                        None
                    } else if t.xpos == Xpos::Vbn {
                        let mut j = i;
                        while j > 0 && s.toks[j - 1].upos == Upos::Aux {
                            j -= 1;
                        }
                        s.entity_ending(j).filter(|_| j < i).cloned()
                    } else {
                        s.entity_at(i + 1).filter(|e| e.end == to).cloned()
                    };
                    (target, buyer)
                } else if passive {
                    (subject(s, i, memory), s.entity_at(i + 2).cloned())
                } else {
                    let target = (i + 1..(i + 3).min(s.toks.len())).find_map(|j| s.entity_at(j)).cloned();
                    (target, subject(s, i, memory))
                };
                let (Some(mut target), Some(buyer)) = (target, buyer) else { continue };
                // What is bought is a business, whatever its name looks like: its full name.
                if target.kind == Kind::Person {
                    target.key = target.written.clone();
                }
                if target.key == buyer.key || target.kind == Kind::Thing || buyer.kind == Kind::Thing {
                    continue;
                }
                out.push(s.fact(self.name(), &target, single.name.clone(), name_value(&buyer), span(s, i, i + 1)));
            }
        }
    }
}

/// "Dunmere accepted a takeover bid from Quarrington": an offer accepted names the buyer
/// of the one who accepts. "the acquisition of Dunmere by Quarrington" too.
fn accepted_offer(name: &'static str, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
    for single in Data::builtin().singles("buyer") {
        for (i, t) in s.toks.iter().enumerate() {
            let accepts = t.upos == Upos::Verb && listed(&single.accepts, &t.lemma);
            let purchase = t.upos == Upos::Noun && listed(&single.nouns, &t.lemma);
            if !(accepts || purchase) || negated_or_past(s, i) {
                continue;
            }
            if purchase {
                // "Quarrington's takeover of Dunmere", "its purchase of Dunmere" (the subject's),
                // "Dunmere's takeover by Quarrington". Not a takeover said to be less than
                // done: "its proposed takeover", "a rival takeover".
                let unsure = (i.saturating_sub(3)..i).any(|k| listed(&single.unsure, &s.toks[k].lemma));
                let owned = if i > 0 && matches!(s.lower(i - 1), "its" | "their") {
                    subject(s, i - 1, memory).filter(|e| e.kind != Kind::Person)
                } else {
                    possessor(s, i, memory)
                };
                let pair = match (s.lower(i + 1), owned) {
                    ("of", Some(buyer)) => s.entity_at(i + 2).cloned().map(|t| (t, buyer)),
                    ("by", Some(target)) => s.entity_at(i + 2).cloned().map(|b| (target, b)),
                    _ => None,
                };
                if let Some((mut target, buyer)) = pair.filter(|_| !unsure) {
                    if target.kind == Kind::Person {
                        target.key = target.written.clone();
                    }
                    if target.key != buyer.key
                        && !matches!(target.kind, Kind::Thing | Kind::Place)
                        && !matches!(buyer.kind, Kind::Thing | Kind::Person)
                    {
                        out.push(s.fact(name, &target, single.name.clone(), name_value(&buyer), span(s, i, i + 3)));
                        continue;
                    }
                }
            }
            let (target, from) = if accepts {
                // The offer within the object, then "from"/"by".
                let Some(o) = (i + 1..(i + 5).min(s.toks.len())).find(|&j| listed(&single.offers, &s.toks[j].lemma))
                else {
                    continue;
                };
                let from = (o + 1..(o + 3).min(s.toks.len())).find(|&j| matches!(s.lower(j), "from" | "by"));
                (agent(s, i, memory), from)
            } else {
                // "the acquisition of Dunmere (Dental) by Quarrington".
                if s.lower(i + 1) != "of" {
                    continue;
                }
                let Some(target) = s.entity_at(i + 2) else { continue };
                let from = (s.lower(target.end) == "by").then_some(target.end);
                (Some(target.clone()), from)
            };
            let Some(from) = from else { continue };
            let buyer = (from + 1..(from + 5).min(s.toks.len()))
                .take_while(|&j| !matches!(s.lower(j), "," | ";" | "that" | "which"))
                .find_map(|j| s.entity_at(j))
                .cloned();
            let (Some(mut target), Some(buyer)) = (target, buyer) else { continue };
            if target.kind == Kind::Person {
                target.key = target.written.clone();
            }
            if target.key == buyer.key || matches!(target.kind, Kind::Thing | Kind::Place) || buyer.kind == Kind::Thing
            {
                continue;
            }
            out.push(s.fact(name, &target, single.name.clone(), name_value(&buyer), span(s, i, from + 1)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::keys;

    #[test]
    fn forms_are_looked_for_only_where_one_may_start() {
        // Must find: a two-word form and a one-word noun form, wherever they stand.
        let text = "Rain fell all day. Marta Lind, chief executive of Pelmor Foods, resigned.";
        assert!(has(text, "pelmor foods", "chief executive", "Marta Lind"));
        // Near miss: no word a form starts with, no role.
        assert!(!keys("Marta Quill said the results were strong.").iter().any(|(_, a, _)| a == "chief executive"));
    }

    fn has(text: &str, owner: &str, attribute: &str, value: &str) -> bool {
        let k = keys(text);
        let ok = k.iter().any(|(o, a, v)| o == owner && a == attribute && v == value);
        if !ok {
            eprintln!("{text}\n  → {k:?}");
        }
        ok
    }

    #[test]
    fn office_holders_in_four_shapes() {
        assert!(has(
            "Pelmor Foods' rival said nothing. Pelmor Foods's chief executive, Marta Lind, resigned.",
            "pelmor foods",
            "chief executive",
            "Marta Lind"
        ));
        assert!(has(
            "Marta Lind, chief executive of Pelmor Foods, resigned.",
            "pelmor foods",
            "chief executive",
            "Marta Lind"
        ));
        assert!(has(
            "Pelmor Foods cut jobs. Chief executive Marta Lind said sorry.",
            "pelmor foods",
            "chief executive",
            "Marta Lind"
        ));
        assert!(has(
            "Pelmor Foods named a new board. Its chief financial officer, Tom Brisk, left.",
            "pelmor foods",
            "chief financial officer",
            "Tom Brisk"
        ));
    }

    #[test]
    fn office_holders_named_as_new_and_of_the_noun_name() {
        // Must find: "new" is the holder of now; the object before "as"; "of the retailer X".
        assert!(has(
            "Pelmor Foods cut jobs. Its new chief executive, Marta Lind, said sorry.",
            "pelmor foods",
            "chief executive",
            "Marta Lind"
        ));
        assert!(has(
            "The board of Pelmor Foods named Marta Lind as chief executive of Pelmor Foods.",
            "pelmor foods",
            "chief executive",
            "Marta Lind"
        ));
        assert!(has(
            "Marta Lind has been named chief executive of the grocery chain Pelmor Foods.",
            "pelmor foods",
            "chief executive",
            "Marta Lind"
        ));
        // Near misses: "replaces X as" makes the subject the holder, not X; the holder's own
        // surname is not what the office is of.
        let k = keys("Pelmor Foods said Marta Lind replaces Tom Brisk as chief executive.");
        assert!(k.iter().all(|(_, _, v)| v != "Tom Brisk"), "{k:?}");
        let k = keys("Voters chose Tom Brisk as mayor. Brisk thanked them. Brisk said more later.");
        assert!(k.iter().all(|(o, a, _)| !(o == "brisk" && a == "mayor")), "{k:?}");
    }

    #[test]
    fn near_misses_former_and_unowned_offices() {
        let k = keys("Pelmor Foods said former chief executive Marta Quill left.");
        assert!(k.iter().all(|(_, a, _)| a != "chief executive"), "{k:?}");
        let k = keys("Chief executive Marta Quill said sorry.");
        assert!(k.iter().all(|(_, a, _)| a != "chief executive"), "{k:?}");
    }

    #[test]
    fn winners_venues_capitals_verdicts_buyers() {
        assert!(has("Rosa Delmont won the election on Sunday.", "election", "winner", "Rosa Delmont"));
        assert!(has("Leaders met at a summit in Abuja on Sunday.", "summit", "venue", "Abuja"));
        assert!(has("Officials flew to the Turkish capital, Ankara, on Monday.", "turkey", "capital", "Ankara"));
        assert!(has("Tom Brisk was convicted of manslaughter on Friday.", "tom brisk", "verdict", "manslaughter"));
        assert!(has("A jury found Tom Brisk, 31, guilty of manslaughter.", "tom brisk", "verdict", "manslaughter"));
        assert!(has("Tom Brisk was convicted of murdering a neighbour.", "tom brisk", "verdict", "murder"));
        assert!(has("Brisk was convicted of murder.", "brisk", "verdict", "murder"));
        assert!(has(
            "Quarrington Partners has agreed to acquire Dunmere Dental.",
            "dunmere dental",
            "buyer",
            "Quarrington Partners"
        ));
    }

    #[test]
    fn a_win_said_in_the_passive_by_the_act_or_by_its_doer() {
        assert!(has("The mayoral election was won by Rosa Delmont.", "election", "winner", "Rosa Delmont"));
        assert!(has("Rosa Delmont's victory in the election surprised few.", "election", "winner", "Rosa Delmont"));
        assert!(has("Rosa Delmont, the winner of the election, spoke.", "election", "winner", "Rosa Delmont"));
        assert!(has(
            "Officials declared Rosa Delmont the winner of the election.",
            "election",
            "winner",
            "Rosa Delmont"
        ));
        assert!(has("Pelmor Rovers won the cup final.", "final", "winner", "Pelmor Rovers"));
    }

    #[test]
    fn a_prize_that_went_or_was_given_to_its_winner() {
        assert!(has("The Orlen poetry prize went to Rosa Delmont.", "prize", "winner", "Rosa Delmont"));
        assert!(has("The jury gave its main prize to Rosa Delmont.", "prize", "winner", "Rosa Delmont"));
        assert!(has("The title was handed to Pelmor Rovers.", "title", "winner", "Pelmor Rovers"));
        // Near misses: money of a prize, a prize of no one, a prize to a thing, a hope.
        no_winner(&[
            "The prize money went to Pelmor Hospice.",
            "The best chances of the game fell to Tom Brisk.",
            "The final went to extra time.",
            "The prize did not go to Rosa Delmont.",
            "Rosa Delmont said the prize went to her team.",
            "Rosa Delmont gave an award to Tom Brisk.",
        ]);
    }

    /// Asserts that none of `texts` yields a winner fact.
    fn no_winner(texts: &[&str]) {
        for text in texts {
            let k = keys(text);
            assert!(k.iter().all(|(_, a, _)| a != "winner"), "{text}: {k:?}");
        }
    }

    #[test]
    fn near_misses_hopes_any_award_and_claims() {
        no_winner(&[
            "Rosa Delmont is expected to win the election.",
            "Rosa Delmont vowed to go on winning the election.",
            "Rosa Delmont won an award for her work.",
            "Rosa Delmont claimed victory in the election.",
            "Rosa Delmont won the 2019 election.",
        ]);
    }

    #[test]
    fn venues_held_at_and_hosts() {
        assert!(has("The final will be held at Wexley Park in May.", "final", "venue", "Wexley Park"));
        assert!(has("The talks took place on Friday in Geneva.", "talk", "venue", "Geneva"));
        assert!(has("Reykjavik will host the final in May.", "final", "venue", "Reykjavik"));
        assert!(has("The summit, hosted by Ghana, ended on Sunday.", "summit", "venue", "Ghana"));
        assert!(has("Leaders left the Helsinki summit on Sunday.", "summit", "venue", "Helsinki"));
        // Near miss: a summit held before the one of the story.
        let k = keys("Last year's summit in Bern ended without a deal.");
        assert!(k.iter().all(|(_, a, _)| a != "venue"), "{k:?}");
    }

    #[test]
    fn buyers_sold_to_and_possessed_takeovers() {
        assert!(has("Dunmere Dental was sold to Halvard Group.", "dunmere dental", "buyer", "Halvard Group"));
        assert!(has("Pelmor Foods sold Dunmere Dental to Halvard Group.", "dunmere dental", "buyer", "Halvard Group"));
        assert!(has("Halvard Group's takeover of Dunmere Dental ended.", "dunmere dental", "buyer", "Halvard Group"));
        assert!(has(
            "Halvard Group completed its purchase of Dunmere Dental.",
            "dunmere dental",
            "buyer",
            "Halvard Group"
        ));
        // "the buyer of X is Y", whatever X's name looks like.
        assert!(has("The buyer of Dunmere Dental is Halvard Group.", "dunmere dental", "buyer", "Halvard Group"));
        // Near misses: a takeover not yet done, a stake sold, a buyer not yet found.
        for text in [
            "Halvard Group's proposed takeover of Dunmere Dental stalled.",
            "Pelmor Foods sold a stake in Dunmere Dental to Halvard Group.",
            "The buyer of Dunmere Dental is not Halvard Group.",
        ] {
            let k = keys(text);
            assert!(k.iter().all(|(o, a, _)| a != "buyer" || o != "dunmere dental"), "{text}: {k:?}");
        }
    }

    #[test]
    fn office_holders_titled_possessed_or_after_is() {
        assert!(has(
            "Pelmor Foods cut jobs. Marta Quill, Pelmor Foods' chief executive, said sorry.",
            "pelmor foods",
            "chief executive",
            "Marta Quill"
        ));
        assert!(has(
            "Pelmor Foods cut jobs. The company's chief executive is Marta Quill.",
            "pelmor foods",
            "chief executive",
            "Marta Quill"
        ));
        assert!(has("Mayor Lena Vos of Leeds opened the bridge.", "leeds", "mayor", "Lena Vos"));
    }

    #[test]
    fn near_misses_counts_bids_and_denials() {
        let k = keys("Rosa Delmont's party won 40 seats.");
        assert!(k.iter().all(|(_, a, _)| a != "winner"), "{k:?}");
        let k = keys("Quarrington Partners made a bid to acquire Dunmere Dental.");
        assert!(k.iter().all(|(_, a, _)| a != "buyer"), "{k:?}");
        let k = keys("The jury found Tom Brisk not guilty of murder.");
        assert!(k.iter().all(|(_, a, _)| a != "verdict"), "{k:?}");
        let k = keys("Tom Brisk was not convicted of murder.");
        assert!(k.iter().all(|(_, a, _)| a != "verdict"), "{k:?}");
    }
}
