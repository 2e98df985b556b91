//! Value facts: each typed value attached to an owner and an attribute read from the
//! grammar around it. One rule per shape; the first that reads a value wins:
//!
//! | rule | shape | attribute |
//! |---|---|---|
//! | `per` | "$41 a share" | price per share |
//! | `age` | "Okafor, 52,", "aged 52", "the 52-year-old" | age |
//! | `score` | "won 2-0", "voted seven to two" | score, tally |
//! | `magnitude` | "a magnitude 5.8 quake" | magnitude (owner: the quake) |
//! | `of` | "a fee of €35m" | the noun before "of" |
//! | `modifier` | "a €35m fee", "a four-year contract" | the noun qualified |
//! | `counted` | "cut 300 jobs" | the verb and the noun counted |
//! | `verb` | "paid €35m", "valued at $9.1bn", "profit rose 14%" | the verb (and the noun it says it of) |
//!
//! Owners come from [`owner`](super::owner): possessor, subject, apposition, coreference.

use super::owner::{corefer, owner_of, possessor, subject, Entity, Kind, Memory};
use super::{data::Data, measured, Extractor, Fact, FactValue, Sent, Val};
use crate::tag::Upos;
use crate::values::Dimension;

/// The rules' names, for statistics.
pub(crate) const NAMES: &[&str] = &["per", "age", "score", "magnitude", "of", "modifier", "counted", "verb"];

type Rule = fn(&Sent<'_>, &Val, &Memory) -> Option<(Entity, String)>;

const RULES: &[(&str, Rule)] = &[
    ("per", per),
    ("age", age),
    ("score", score),
    ("magnitude", magnitude),
    ("of", of),
    ("modifier", modifier),
    ("counted", counted),
    ("verb", verb),
];

/// Every typed value, by the first rule that reads it.
pub(crate) struct Values;

impl Extractor for Values {
    fn name(&self) -> &'static str {
        "values"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        for v in &s.values {
            if !measured(v.mention.dimension) || !read_as_measure(s, v) {
                continue;
            }
            for (name, rule) in RULES {
                if let Some((owner, attribute)) = rule(s, v, memory) {
                    if owner.key.is_empty() || attribute.is_empty() || *owner.key == *attribute {
                        break;
                    }
                    out.push(s.fact(name, &owner, attribute, FactValue::Measure(v.mention.clone()), v.mention.span));
                    break;
                }
                // An age is an age: no other rule reads it as something else.
                if *name == "age" && v.mention.dimension == Dimension::Age {
                    break;
                }
            }
        }
    }
}

/// False for values that are no measure of anything: "a" and "an" as one ("a third",
/// "a foot" of an injury), and lengths of time that date something ("two years ago").
fn read_as_measure(s: &Sent<'_>, v: &Val) -> bool {
    let first = s.lower(v.first);
    let number = s.toks[v.first + 1..v.end].iter().any(|t| super::stats::has_number(t.word));
    if !number && matches!(first, "a" | "an") {
        return false;
    }
    !matches!(s.lower(v.end), "ago" | "later" | "earlier" | "before" | "after" | "since")
}

/// "$41 a share", "€3 per litre": the price per the thing; a noun the figure is of names
/// another measure ("a dividend of 14 cents a share", "its dividend at 14 cents a share").
fn per(s: &Sent<'_>, v: &Val, memory: &Memory) -> Option<(Entity, String)> {
    let unit = v.mention.per.as_deref()?;
    let what = match measure_before(s, v) {
        Some(h) if v.mention.dimension == Dimension::Money => compound(s, h),
        _ if v.mention.dimension == Dimension::Money => "price".to_string(),
        _ => dimension_name(v),
    };
    Some((subject(s, v.first, memory)?, format!("{what} per {unit}")))
}

/// The noun right before a figure, past "of" or "at" ("dividend at", "profit of"): the
/// measure the figure gives. Not past "to": "fell 32 cents to $51 a barrel" is a price.
fn measure_before(s: &Sent<'_>, v: &Val) -> Option<usize> {
    let h = v.first.checked_sub(2)?;
    (matches!(s.lower(v.first - 1), "of" | "at") && s.toks[h].upos == Upos::Noun).then_some(h)
}

/// A person's age: in apposition ("Okafor, 52,"), after "aged", or "the 52-year-old"
/// (followed by the name, or standing for the last person named).
fn age(s: &Sent<'_>, v: &Val, memory: &Memory) -> Option<(Entity, String)> {
    // "52 years old" is read as a length of time; "old" makes it an age.
    let years_old = v.mention.dimension == Dimension::Duration && s.lower(v.end) == "old";
    if v.mention.dimension != Dimension::Age && !years_old {
        return None;
    }
    let attr = || "age".to_string();
    let person = |e: &Entity| matches!(e.kind, Kind::Person | Kind::Unknown);
    // "Okafor, 52," — the name ends just before the comma; "Okafor, a 52-year-old singer".
    let det = usize::from(v.first >= 1 && matches!(s.lower(v.first - 1), "a" | "an"));
    if v.first >= 2 + det && s.lower(v.first - 1 - det) == "," {
        if let Some(e) = s.entity_ending(v.first - 1 - det).filter(|e| person(e)) {
            return Some((e.clone(), attr()));
        }
    }
    // "Okafor, aged 52," or "aged 52, Okafor".
    if v.first >= 1 && s.lower(v.first - 1) == "aged" {
        if v.first >= 3 && s.lower(v.first - 2) == "," {
            if let Some(e) = s.entity_ending(v.first - 2).filter(|e| person(e)) {
                return Some((e.clone(), attr()));
            }
        }
        return subject(s, v.first, memory).filter(person).map(|e| (e, attr()));
    }
    // "the 52-year-old Okafor", "the 52-year-old skipper, Rui Amaral", "the 52-year-old".
    let mut j = v.end;
    while j < s.toks.len() && matches!(s.toks[j].upos, Upos::Adj | Upos::Noun) && j < v.end + 3 {
        j += 1;
    }
    if let Some(e) = s.entity_at(j).filter(|e| person(e)) {
        return Some((e.clone(), attr()));
    }
    // "the 31-year-old Swede": a name that is no person's; whose age it is, is not said here.
    if s.entity_at(j).is_some() {
        return None;
    }
    if s.lower(j) == "," {
        if let Some(e) = s.entity_at(j + 1).filter(|e| person(e)) {
            return Some((e.clone(), attr()));
        }
        // "Yesterday, still only 21, he won": the person the pronoun stands for.
        if let Some(e) = corefer(s, j + 1, memory).filter(person) {
            return Some((e, attr()));
        }
    }
    if v.first >= 1
        && matches!(s.lower(v.first - 1), "the" | "a")
        && s.toks[v.first..v.end].iter().any(|t| t.lower.contains("year-old"))
    {
        // "the 24-year-old" with no name: the person the article is most about; "the
        // 24-year-old striker" too, but not "the eight-year-old boy" he plays (a noun that
        // does not stand for the person named before).
        let noun = s.toks.get(v.end).filter(|t| t.upos == Upos::Noun);
        if noun.is_some_and(|t| !super::data::Data::builtin().person_nouns.contains(&*t.lemma)) {
            return None;
        }
        let e = memory.main_person()?;
        return Some((e, attr()));
    }
    // "Okafor is 52", "who is 52".
    subject(s, v.first, memory).filter(person).map(|e| (e, attr()))
}

/// A score or tally: "won 2-0", "beat Vale 3-1", "voted 7-2". A vote's tally is owned by
/// who voted; a match's score by its two sides, in a fixed order: the clause's subject and
/// the name just before the score ("beat Vale 3-1") or after it ("lost 0-2 to Rovers").
/// Scores in a row ("7-6, 4-6, 6-3") are the sets of one match, each its own attribute.
fn score(s: &Sent<'_>, v: &Val, memory: &Memory) -> Option<(Entity, String)> {
    if v.mention.dimension != Dimension::Score {
        return None;
    }
    let vote = s.toks.iter().any(|t| matches!(t.lemma.as_ref(), "vote" | "ballot" | "verdict" | "ruling"));
    if vote {
        return Some((subject(s, v.first, memory)?, "tally".to_string()));
    }
    // "7-6 (8-6)": a score in brackets after a set is that set's tie-break, not a set.
    let bracketed = |p: &Val| p.first > 0 && s.lower(p.first - 1) == "(" && s.lower(p.end) == ")";
    let tiebreak = bracketed(v);
    let mut lead = v;
    let mut index = usize::from(!tiebreak);
    while let Some(p) = s.values.iter().find(|p| {
        p.mention.dimension == Dimension::Score
            && p.end <= lead.first
            && lead.first - p.end <= 4
            && (p.end..lead.first).all(|i| matches!(s.lower(i), "," | "(" | ")") || s.toks[i].upos == Upos::Num)
    }) {
        lead = p;
        index += usize::from(!bracketed(p));
    }
    let us = subject(s, lead.first, memory)?;
    let after = if matches!(s.lower(lead.end), "to" | "against" | "over" | "by") { lead.end + 1 } else { lead.end };
    let them = s.entity_ending(lead.first).or_else(|| s.entity_at(after)).filter(|e| e.kind != Kind::Place)?;
    if us.key == them.key || us.kind == Kind::Place {
        return None;
    }
    let mut sides = [&us, them];
    sides.sort_by(|a, b| a.key.cmp(&b.key));
    let key = format!("{} v {}", sides[0].key, sides[1].key);
    let display = format!("{} v {}", sides[0].display, sides[1].display);
    let attribute = match (index, tiebreak) {
        (_, true) => format!("score, set {index} tie-break"),
        (1, false) => "score".to_string(),
        _ => format!("score, set {index}"),
    };
    Some((
        Entity { start: 0, end: 0, key: key.into(), display: display.into(), written: "".into(), kind: Kind::Thing },
        attribute,
    ))
}

/// A quake's magnitude: owned by the noun it qualifies ("a magnitude 5.8 aftershock") or
/// the clause's subject ("the tremor measured 5.8").
fn magnitude(s: &Sent<'_>, v: &Val, memory: &Memory) -> Option<(Entity, String)> {
    if v.mention.dimension != Dimension::Magnitude {
        return None;
    }
    let attr = "magnitude".to_string();
    if let Some(h) = head_after(s, v.end) {
        return Some((thing(s, h), attr));
    }
    if let Some(e) = subject(s, v.first, memory).or_else(|| definite_subject(s, v.first)) {
        return Some((e, attr));
    }
    None
}

/// "a fee of €35m", "a budget deficit of 3.7%": the noun before "of".
fn of(s: &Sent<'_>, v: &Val, memory: &Memory) -> Option<(Entity, String)> {
    if v.first < 2 || s.lower(v.first - 1) != "of" {
        return None;
    }
    let h = v.first - 2;
    let t = &s.toks[h];
    if t.upos != Upos::Noun {
        return None;
    }
    // "a total of 40 people" counts people, read by `counted`.
    if v.mention.counted.is_some() {
        return None;
    }
    let attribute = compound(s, h);
    let owner = owner_of(s, h, Some(h), memory)?;
    Some((owner, attribute))
}

/// "a €35m fee", "a four-year contract", "a $9.1bn deal": the noun the value qualifies.
fn modifier(s: &Sent<'_>, v: &Val, memory: &Memory) -> Option<(Entity, String)> {
    if v.mention.dimension == Dimension::Count {
        return None;
    }
    // The value must open a noun phrase: "a €35m fee", not "paid €35m fee".
    let h = head_after(s, v.end)?;
    let attribute = compound(s, h);
    let owner = possessor(s, v.first, memory).or_else(|| subject(s, v.first, memory))?;
    Some((owner, attribute))
}

/// "cut 300 jobs", "300 jobs will go": what is counted, with the verb that governs it.
fn counted(s: &Sent<'_>, v: &Val, memory: &Memory) -> Option<(Entity, String)> {
    if v.mention.dimension != Dimension::Count {
        return None;
    }
    let counted = v.mention.counted.as_deref()?;
    let noun = (v.first..(v.end + 3).min(s.toks.len()))
        .find(|&i| *s.toks[i].lower == *counted && s.toks[i].upos == Upos::Noun)?;
    let noun = s.toks[noun].lemma.to_string();
    let verb = governing_verb(s, v.first)?;
    let owner = subject(s, v.first, memory).or_else(|| definite_subject(s, v.first))?;
    Some((owner, format!("{} {}", s.toks[verb].lemma, noun)))
}

/// "paid €35m", "valued at $9.1bn", "net profit rose 14%": the verb that governs the
/// value; a participle qualifying a noun ("the deal, valued at") is that noun's; a common
/// noun subject ("profit rose") joins the attribute and its owner is its possessor or the
/// organisation the article is about.
fn verb(s: &Sent<'_>, v: &Val, memory: &Memory) -> Option<(Entity, String)> {
    let vb = governing_verb(s, v.first)?;
    let lemma = s.toks[vb].lemma.to_string();
    // "the deal, valued at $9.1bn" / "a deal valued at".
    let before = vb.checked_sub(1).map(|i| if s.lower(i) == "," { i.saturating_sub(1) } else { i });
    let participle = s.toks[vb].xpos == crate::tag::Xpos::Vbn || s.lower(vb - 1) == ",";
    if let Some(n) = before.filter(|&n| participle && s.toks[n].upos == Upos::Noun) {
        let owner = owner_of(s, n, Some(n), memory)?;
        return Some((owner, compound(s, n)));
    }
    if let Some(e) = subject(s, vb, memory) {
        return Some((e, lemma));
    }
    // A common noun subject right before the verb: "net profit rose 14%".
    let n = (0..vb)
        .rev()
        .take_while(|&i| matches!(s.toks[i].upos, Upos::Noun | Upos::Adj | Upos::Adv | Upos::Aux))
        .find(|&i| s.toks[i].upos == Upos::Noun)?;
    let owner = possessor(s, n, memory).or_else(|| memory.last_org.clone())?;
    Some((owner, format!("{} {}", compound(s, n), lemma)))
}

/// The verb a value is the object of: right before it, past hedges, adverbs and one
/// preposition ("valued at", "rose by", "killed at least").
fn governing_verb(s: &Sent<'_>, first: usize) -> Option<usize> {
    let mut i = first;
    let mut preps = 0;
    while i > 0 {
        i -= 1;
        let t = &s.toks[i];
        match t.upos {
            Upos::Verb => return (&*t.lemma != "be" && &*t.lemma != "have").then_some(i),
            Upos::Adv | Upos::Part => {}
            Upos::Adp if preps == 0 && matches!(t.lower.as_ref(), "at" | "by" | "to" | "for" | "about" | "around") => {
                preps += 1
            }
            Upos::Adj if matches!(t.lower.as_ref(), "least" | "more" | "less" | "fewer" | "nearly" | "almost") => {}
            Upos::Adp | Upos::Det if matches!(t.lower.as_ref(), "than" | "some" | "up") => {}
            _ => return None,
        }
        if first - i > 4 {
            return None;
        }
    }
    None
}

/// The head noun of the noun phrase a value opens: "€35m (transfer) fee", "four-year
/// contract".
fn head_after(s: &Sent<'_>, end: usize) -> Option<usize> {
    let mut j = end;
    let mut head = None;
    while j < s.toks.len() && j < end + 4 {
        match s.toks[j].upos {
            Upos::Noun => head = Some(j),
            Upos::Adj if head.is_none() => {}
            _ => break,
        }
        j += 1;
    }
    head
}

/// A noun with the noun before it when that one qualifies it: "restructuring charge",
/// "transfer fee" — lemmas, lower case.
fn compound(s: &Sent<'_>, h: usize) -> String {
    let head = s.toks[h].lemma.to_string();
    match h.checked_sub(1).map(|i| &s.toks[i]) {
        Some(m) if m.upos == Upos::Noun && !m.lower.contains("year") => format!("{} {head}", m.lemma),
        _ => head,
    }
}

/// A thing named by the common noun at `h`, as an owner.
fn thing(s: &Sent<'_>, h: usize) -> Entity {
    let key = compound(s, h);
    Entity {
        start: h,
        end: h + 1,
        display: format!("the {key}").into(),
        key: key.into(),
        written: "".into(),
        kind: Kind::Thing,
    }
}

/// "The quake killed 40": a definite noun phrase opening the clause, as a thing.
fn definite_subject(s: &Sent<'_>, at: usize) -> Option<Entity> {
    let first = s.toks.iter().position(|t| t.upos != Upos::Punct)?;
    if !matches!(s.lower(first), "the" | "this") {
        return None;
    }
    let mut h = None;
    let mut j = first + 1;
    while j < at && matches!(s.toks[j].upos, Upos::Adj | Upos::Noun) {
        if s.toks[j].upos == Upos::Noun {
            h = Some(j);
        }
        j += 1;
    }
    let h = h?;
    // A noun that stands for an entity is that entity, not a thing.
    if corefer(s, h, &Memory::default()).is_some() || Data::builtin().org_nouns.contains(s.toks[h].lemma.as_ref()) {
        return None;
    }
    Some(thing(s, h))
}

fn dimension_name(v: &Val) -> String {
    Data::builtin().measure(v.mention.dimension).unwrap_or("amount").to_string()
}

#[cfg(test)]
mod tests {
    use super::super::tests::keys;

    fn has(text: &str, owner: &str, attribute: &str) -> bool {
        let k = keys(text);
        let ok = k.iter().any(|(o, a, _)| o == owner && a == attribute);
        if !ok {
            eprintln!("{text}\n  → {k:?}");
        }
        ok
    }

    #[test]
    fn fees_in_three_shapes() {
        assert!(has("Brannock Rovers agreed a fee of €35m with the Dutch side.", "brannock rovers", "fee"));
        assert!(has("Brannock Rovers agreed a €35m fee with the Dutch side.", "brannock rovers", "fee"));
        assert!(has("Brannock Rovers paid €35m for the striker.", "brannock rovers", "pay"));
    }

    #[test]
    fn ages_in_apposition_after_aged_and_as_a_noun() {
        assert!(has("Daniel Okafor, 52, told reporters the plan was sound.", "daniel okafor", "age"));
        assert!(has("The plan came from Daniel Okafor, aged 52, on Monday.", "daniel okafor", "age"));
        assert!(has("Daniel Okafor left on Monday. The 52-year-old said nothing.", "daniel okafor", "age"));
        assert!(has("The 52-year-old skipper, Rui Talavera, landed safely.", "rui talavera", "age"));
        assert!(has("Ana Ruiz won. On Sunday, still only 21, she did it.", "ana ruiz", "age"));
        assert!(has("Mira Brand, a 17-year-old singer, won.", "mira brand", "age"));
        assert!(has("Tom Brisk left on Monday. The 52-year-old striker said nothing.", "tom brisk", "age"));
    }

    #[test]
    fn magnitude_price_per_share_length_value() {
        assert!(has("A magnitude 5.8 earthquake struck the coast on Monday.", "earthquake", "magnitude"));
        assert!(has("Pelmor Foods will pay $41 a share for the dairy.", "pelmor foods", "price per share"));
        // A noun the figure is of names the measure: a dividend is no price.
        let d = "Pelmor Foods will keep its dividend at 14 cents a share.";
        assert!(has(d, "pelmor foods", "dividend per share"));
        assert!(!has(d, "pelmor foods", "price per share"));
        let p = "Pelmor Foods shares fell 32 cents to $51 a share.";
        assert!(has(p, "pelmor foods", "price per share"));
        assert!(has("Daniel Okafor signed a four-year contract with the club.", "daniel okafor", "contract"));
        assert!(has("Pelmor Foods announced the takeover, valued at $9.1bn, on Monday.", "pelmor foods", "takeover"));
    }

    #[test]
    fn scores_and_tallies() {
        assert!(has("Brannock Rovers beat Marsh Vale 2-0 on Saturday.", "brannock rovers v marsh vale", "score"));
        assert!(has("Marsh Vale lost 0-2 to Brannock Rovers.", "brannock rovers v marsh vale", "score"));
        // A tie-break in brackets belongs to the set before it and is no set of its own.
        let k = keys("Ana Brannock beat Eva Marsh 4-6 7-6 (8-6) 6-4 on Monday.");
        let set = |attribute: &str| k.iter().find(|(_, a, _)| a == attribute).map(|(_, _, v)| v.as_str());
        assert_eq!(set("score, set 2 tie-break"), Some("8-6"), "{k:?}");
        assert_eq!(set("score, set 3"), Some("6-4"), "{k:?}");
        assert_eq!(set("score, set 4"), None, "{k:?}");
        let k = keys("The Supreme Court voted 7-2 to uphold the ban.");
        assert!(k.iter().any(|(_, a, _)| a == "tally"), "{k:?}");
    }

    #[test]
    fn near_misses_have_no_owner() {
        // No entity, no pronoun with an antecedent: nobody's fee.
        let k = keys("A fee of €35m was mentioned.");
        assert!(k.iter().all(|(_, a, _)| a != "fee"), "{k:?}");
        // A year is not a measure, nor "a" a count, nor a time ago a length.
        let k = keys("Pelmor Foods was founded in 1921.");
        assert!(k.is_empty(), "{k:?}");
        let k = keys("Pelmor Foods wants to avoid a third loss.");
        assert!(k.is_empty(), "{k:?}");
        let k = keys("Marta Lind was elected two years ago.");
        assert!(k.is_empty(), "{k:?}");
        // The age of someone else than the person named: "the eight-year-old girl" he plays.
        let k = keys("Marta Lind stars in the film. She plays the eight-year-old girl at its centre.");
        assert!(k.iter().all(|(_, a, _)| a != "age"), "{k:?}");
        // One team named: no match to own the score.
        let k = keys("Brannock Rovers won 2-0.");
        assert!(k.iter().all(|(_, a, _)| a != "score"), "{k:?}");
    }
}
