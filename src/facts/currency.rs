//! The currency a payment or a security is in: "sold €450m of notes", "a dollar bond", "a
//! euro-denominated loan". One issuer's bond is in one currency: "a euro bond" here
//! and "a dollar bond" there conflict. Currencies are ISO 4217 codes from
//! `data/values/currencies.toml`; what is paid or issued are the nouns of the "currency"
//! attribute in `data/facts/attributes.toml`.

use super::data::{Data, Single};
use super::owner::{subject, Kind, Memory};
use super::{Extractor, Fact, FactValue, Sent};
use crate::lexicon::parse_toml;
use crate::tag::Upos;
use crate::values::Dimension;
use crate::Span;
use rustc_hash::FxHashMap;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Deserialize)]
struct File {
    currency: Vec<Currency>,
}

#[derive(Deserialize)]
struct Currency {
    code: String,
    forms: Vec<String>,
}

/// One-word names of currencies, lower case, with their code: "euro" → "EUR", "dollar" →
/// "USD" (the table's reading of a bare "dollar").
fn words() -> &'static FxHashMap<String, String> {
    static MAP: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    MAP.get_or_init(|| {
        let text = include_str!("../../data/values/currencies.toml");
        let Ok(f) = parse_toml::<File>("data/values/currencies.toml", text) else { return FxHashMap::default() };
        let mut map = FxHashMap::default();
        for c in f.currency {
            for form in c.forms {
                if form.chars().all(char::is_alphabetic) && form.chars().count() > 3 {
                    map.entry(form.to_lowercase()).or_insert_with(|| c.code.clone());
                }
            }
        }
        map
    })
}

/// The currency a word names: "euro", "dollar", "euro-denominated".
pub(crate) fn currency_word(word: &str) -> Option<&'static str> {
    let w = word.strip_suffix("-denominated").unwrap_or(word);
    words().get(w).map(String::as_str)
}

/// Currencies of what is paid or issued.
pub(crate) struct Currencies;

impl Extractor for Currencies {
    fn name(&self) -> &'static str {
        "currency"
    }

    fn extract(&self, s: &Sent<'_>, memory: &Memory, out: &mut Vec<Fact>) {
        if s.modal {
            return;
        }
        for single in Data::builtin().singles("currency") {
            // "€450m of (ten-year) notes", "a $500m bond".
            for v in &s.values {
                let (Dimension::Money, Some(code)) = (v.mention.dimension, v.mention.unit.as_deref()) else { continue };
                let from = if s.lower(v.end) == "of" { v.end + 1 } else { v.end };
                if let Some(h) = paid(s, single, from) {
                    push(s, memory, (v.first, h), code, out);
                }
            }
            // "a dollar bond", "a euro-denominated loan".
            for (i, t) in s.toks.iter().enumerate() {
                let Some(code) = t.currency else { continue };
                if s.values.iter().any(|v| v.first <= i && i < v.end) {
                    continue;
                }
                if let Some(h) = paid(s, single, i + 1) {
                    push(s, memory, (i, h), code, out);
                }
            }
        }
    }
}

/// The token of what is paid or issued at `from` or just after it, past describing words
/// ("ten-year", "senior"): its index.
fn paid(s: &Sent<'_>, single: &Single, from: usize) -> Option<usize> {
    let mut k = from;
    while k < s.toks.len() && k < from + 3 {
        let t = &s.toks[k];
        if t.upos == Upos::Noun && single.nouns.iter().any(|n| *n == *t.lemma) {
            return Some(k);
        }
        let in_value = s.values.iter().any(|v| v.first <= k && k < v.end);
        if !(matches!(t.upos, Upos::Adj | Upos::Noun) || in_value) {
            return None;
        }
        k += 1;
    }
    None
}

/// The fact that what is paid at `h` is in `code`, read from tokens `a` on.
fn push(s: &Sent<'_>, memory: &Memory, (a, h): (usize, usize), code: &str, out: &mut Vec<Fact>) {
    // Whose: the issuer, the clause's subject.
    let Some(owner) = subject(s, a, memory).filter(|e| !matches!(e.kind, Kind::Place | Kind::Thing)) else { return };
    let value = FactValue::Name { key: code.to_string(), display: code.to_string() };
    let span = Span::new(s.toks[a.min(h)].span.start, s.toks[a.max(h)].span.end);
    out.push(s.fact("currency", &owner, format!("currency of {}", s.toks[h].lemma), value, span));
}

#[cfg(test)]
mod tests {
    use super::super::tests::keys;

    fn currencies(text: &str) -> Vec<(String, String, String)> {
        keys(text).into_iter().filter(|(_, a, _)| a.starts_with("currency")).collect()
    }

    #[test]
    fn amounts_of_bonds_and_currency_words() {
        let c = currencies("Pelmor Power sold €450 million of ten-year bonds on Monday.");
        assert_eq!(c, [("pelmor power".into(), "currency of bond".into(), "EUR".into())], "{c:?}");
        let c = currencies("Pelmor Power sold a five-year dollar bond on 3 May.");
        assert_eq!(c, [("pelmor power".into(), "currency of bond".into(), "USD".into())], "{c:?}");
    }

    #[test]
    fn near_misses_markets_and_unowned() {
        assert!(currencies("Pelmor Power entered the dollar market on 3 May.").is_empty());
        assert!(currencies("A euro bond was sold for 3 million.").is_empty());
        assert!(currencies("Pelmor Power may sell a dollar bond in 2027.").is_empty());
    }
}
