//! The questions people read: the key of a conflict or an agreement as a reader would ask it
//! ("How big is the fund?", "Who is the prime minister of Iceland?", "Is the plant open?").
//!
//! Questions are data: templates per kind of claim and predicate in `data/questions.toml`,
//! filled from the claim's subject, predicate and object.
//!
//! ```
//! use gainsay::{claims, questions, Lexicon};
//! let lexicon = Lexicon::builtin();
//! let found = claims::extract(&lexicon, 0, "The accord sets up a $90 million relief fund.");
//! let fund = found.iter().find(|c| c.kind == claims::ClaimKind::Quantity).unwrap();
//! assert_eq!(questions::ask(fund), "How big is the fund?");
//! ```

use crate::claims::{Claim, ClaimKind, TermKind, Value};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The templates of `data/questions.toml`.
#[derive(Debug, Default, Deserialize)]
struct Templates {
    #[serde(default)]
    action: BTreeMap<String, String>,
    #[serde(default)]
    holder: BTreeMap<String, String>,
    #[serde(default)]
    role: BTreeMap<String, String>,
    #[serde(default)]
    attribute: BTreeMap<String, String>,
    #[serde(default)]
    quantity: BTreeMap<String, String>,
    #[serde(default)]
    date: BTreeMap<String, String>,
    #[serde(default)]
    plural: Plural,
    #[serde(default)]
    the: The,
}

#[derive(Debug, Default, Deserialize)]
struct The {
    #[serde(default)]
    words: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Plural {
    #[serde(default)]
    same: Vec<String>,
}

fn templates() -> &'static Templates {
    static T: OnceLock<Templates> = OnceLock::new();
    // The file is part of the crate; a unit test checks that it parses.
    T.get_or_init(|| toml::from_str(include_str!("../data/questions.toml")).unwrap_or_default())
}

/// The question a claim answers: what its conflicts and agreements ask.
pub fn ask(c: &Claim) -> String {
    let t = templates();
    let (table, keys): (&BTreeMap<String, String>, Vec<&str>) = match c.kind {
        ClaimKind::Action if c.predicate.starts_with("be ") => (&t.action, vec!["state"]),
        ClaimKind::Action => (&t.action, vec![]),
        ClaimKind::Holder => (&t.holder, vec![c.predicate.as_str()]),
        ClaimKind::Role => (&t.role, vec![]),
        ClaimKind::Attribute => (&t.attribute, vec![c.predicate.as_str()]),
        ClaimKind::Quantity => (&t.quantity, vec![c.predicate.as_str()]),
        ClaimKind::Date if c.subject.kind == TermKind::Thing => (&t.date, vec![c.subject.name.as_str(), "thing"]),
        ClaimKind::Date => (&t.date, vec![c.subject.name.as_str()]),
    };
    fill(pick(table, &keys), c)
}

/// The question about an amount a claim gives: "How many vessels does Japan contribute?" for
/// an action with a figure, what [`ask`] asks for a quantity.
pub fn ask_amount(c: &Claim) -> String {
    match c.kind {
        ClaimKind::Action => fill(pick(&templates().action, &["amount"]), c),
        _ => ask(c),
    }
}

/// The first template of `keys` in `table`, else its default.
fn pick<'t>(table: &'t BTreeMap<String, String>, keys: &[&str]) -> &'t str {
    keys.iter().find_map(|k| table.get(*k)).or_else(|| table.get("default")).map_or("{subject}?", String::as_str)
}

fn fill(template: &str, c: &Claim) -> String {
    let name = c.subject.name.as_str();
    // A common noun takes "the": "the fund", "the signing"; names do not.
    let the_name = || name.split_whitespace().any(|w| templates().the.words.iter().any(|t| t == w));
    let subject = match c.subject.kind {
        TermKind::Thing | TermKind::Event if !name.is_empty() => format!("the {name}"),
        TermKind::Entity if the_name() => format!("the {name}"),
        _ => name.to_string(),
    };
    let object = c.object.as_ref().map(|o| format!(" {}", o.name)).unwrap_or_default();
    let much = match &c.value {
        Some(Value::Quantity(q)) if q.unit.is_some() && q.counted.is_none() => "much",
        _ => "many",
    };
    let state = c.predicate.strip_prefix("be ").unwrap_or(&c.predicate);
    let out = template
        .replace("{subject}", &subject)
        .replace("{names}", &plural(name))
        .replace("{name}", name)
        .replace("{predicate}", &c.predicate)
        .replace("{state}", state)
        .replace("{object}", &object)
        .replace("{much}", much);
    capitalise(&out)
}

fn plural(noun: &str) -> String {
    let last = noun.rsplit(' ').next().unwrap_or(noun);
    if last.ends_with('s') || templates().plural.same.iter().any(|s| s == last) {
        noun.to_string()
    } else if let Some(stem) = noun.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        format!("{stem}ies")
    } else {
        format!("{noun}s")
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{Modality, Polarity, Quantity, Term, TimeScope};
    use crate::Span;

    fn claim(kind: ClaimKind, subject: &str, subject_kind: TermKind, predicate: &str) -> Claim {
        let term = |name: &str, kind| Term { name: name.to_string(), kind, span: Span { start: 0, end: 0 } };
        Claim {
            source: 0,
            kind,
            subject: term(subject, subject_kind),
            predicate: predicate.to_string(),
            object: None,
            value: None,
            polarity: Polarity::Affirmed,
            modality: Modality::Asserted,
            time: TimeScope::Current,
            year: None,
            wording: String::new(),
            span: Span { start: 0, end: 0 },
            sentence: Span { start: 0, end: 0 },
            heading: false,
            attribution: None,
            antonym: false,
            inferred_subject: false,
        }
    }

    fn money(value: f64) -> Option<Value> {
        Some(Value::Quantity(Quantity { value, low: value, high: value, unit: Some("EUR".into()), counted: None }))
    }

    #[test]
    fn the_templates_parse() {
        let t: Templates = toml::from_str(include_str!("../data/questions.toml")).expect("data/questions.toml");
        for table in [&t.action, &t.holder, &t.role, &t.attribute, &t.quantity, &t.date] {
            assert!(table.contains_key("default"));
        }
    }

    #[test]
    fn questions_read_as_a_reader_asks() {
        let fund = claim(ClaimKind::Quantity, "fund", TermKind::Thing, "fund");
        assert_eq!(ask(&fund), "How big is the fund?");
        let signing = claim(ClaimKind::Date, "signing", TermKind::Event, "date");
        assert_eq!(ask(&signing), "When was it signed?");
        let opening = claim(ClaimKind::Date, "open", TermKind::Event, "date");
        assert_eq!(ask(&opening), "When does it open?");
        let plant = claim(ClaimKind::Action, "plant", TermKind::Thing, "be open");
        assert_eq!(ask(&plant), "Is the plant open?");
        let pm = claim(ClaimKind::Holder, "Iceland", TermKind::Entity, "prime minister");
        assert_eq!(ask(&pm), "Who is the prime minister of Iceland?");
        let president = claim(ClaimKind::Holder, "United States", TermKind::Entity, "president");
        assert_eq!(ask(&president), "Who is the president of the United States?");
        let venue = claim(ClaimKind::Attribute, "signing", TermKind::Event, "venue");
        assert_eq!(ask(&venue), "Where did the signing take place?");
        let role = claim(ClaimKind::Role, "Aino Lehtola", TermKind::Person, "role");
        assert_eq!(ask(&role), "What is Aino Lehtola's role?");
        let count = claim(ClaimKind::Quantity, "aircraft", TermKind::Thing, "count");
        assert_eq!(ask(&count), "How many aircraft are there?");
        let deaths = claim(ClaimKind::Quantity, "deaths", TermKind::Thing, "deaths");
        assert_eq!(ask(&deaths), "How many people died?");
    }

    #[test]
    fn amounts_of_actions_ask_much_or_many() {
        let mut pledge = claim(ClaimKind::Action, "Norway", TermKind::Entity, "contribute");
        pledge.object = Some(Term { name: "money".into(), kind: TermKind::Thing, span: Span { start: 0, end: 0 } });
        pledge.value = money(5e8);
        assert_eq!(ask_amount(&pledge), "How much money does Norway contribute?");
        assert_eq!(ask(&pledge), "Does Norway contribute money?");
        pledge.object = Some(Term { name: "vessels".into(), kind: TermKind::Thing, span: Span { start: 0, end: 0 } });
        pledge.value = Some(Value::Quantity(Quantity {
            value: 12.0,
            low: 12.0,
            high: 12.0,
            unit: None,
            counted: Some("vessels".into()),
        }));
        assert_eq!(ask_amount(&pledge), "How many vessels does Norway contribute?");
    }

    #[test]
    fn plurals() {
        assert_eq!(plural("household"), "households");
        assert_eq!(plural("households"), "households");
        assert_eq!(plural("aircraft"), "aircraft");
        assert_eq!(plural("polling station"), "polling stations");
        assert_eq!(plural("casualty"), "casualties");
    }
}
