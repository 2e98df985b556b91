//! How often the WordNet tables and the hand-made states would fire on a corpus: words
//! whose lemma has a verb class, event nouns with a verb, words with an antonym, and state
//! phrases.
//!
//! ```sh
//! cargo run --release --example wordnet_counts -- ../shared/corpora/bbc-news/bbc.jsonl
//! ```
//!
//! The input is JSON lines with a `text` field, or plain text files.

use gainsay::lexicon::wordnet::{Pos, WordNet};
use std::collections::{BTreeMap, BTreeSet};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        return Err("usage: wordnet_counts FILE.jsonl|FILE.txt ...".into());
    }
    let wn = WordNet::builtin();
    let antonym_words: BTreeSet<&str> =
        [Pos::Verb, Pos::Adjective].into_iter().flat_map(|p| wn.antonym_pairs(p)).flat_map(|(a, b)| [a, b]).collect();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut classes_seen = BTreeSet::new();
    let mut states_seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut words = 0;
    for path in &paths {
        let text = std::fs::read_to_string(path)?;
        let texts: Vec<String> = if path.ends_with(".jsonl") {
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| {
                    serde_json::from_str::<serde_json::Value>(l).map(|v| v["text"].as_str().unwrap_or("").to_string())
                })
                .collect::<Result<_, _>>()?
        } else {
            vec![text]
        };
        for t in &texts {
            let lower = t.to_lowercase();
            let toks: Vec<&str> = lower
                .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
                .filter(|w| !w.is_empty())
                .collect();
            words += toks.len();
            for (i, w) in toks.iter().enumerate() {
                if let Some(c) = lemmas(w).into_iter().find_map(|l| wn.verb_class(&l)) {
                    *counts.entry("words in a verb class").or_default() += 1;
                    classes_seen.insert(c);
                }
                let noun = w.strip_suffix('s').filter(|n| wn.verb_of_noun(n).is_some()).unwrap_or(w);
                if wn.verb_of_noun(noun).is_some() {
                    *counts.entry("event nouns with a verb").or_default() += 1;
                }
                if lemmas(w).iter().any(|l| antonym_words.contains(l.as_str())) {
                    *counts.entry("words with a WordNet antonym").or_default() += 1;
                }
                // The longest state phrase starting here.
                for n in (1..=5).rev() {
                    if i + n > toks.len() {
                        continue;
                    }
                    let phrase = toks[i..i + n].join(" ");
                    if wn.state(&phrase).is_some() {
                        *counts.entry("state phrases").or_default() += 1;
                        *states_seen.entry(phrase).or_default() += 1;
                        break;
                    }
                }
            }
        }
    }
    println!("words: {words}");
    for (what, n) in &counts {
        println!("{what}: {n}");
    }
    println!("distinct verb classes seen: {} of {}", classes_seen.len(), wn.classes().len());
    let mut top: Vec<(&String, &usize)> = states_seen.iter().collect();
    top.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let top: Vec<String> = top.iter().take(12).map(|(p, n)| format!("{p} {n}")).collect();
    println!("commonest state phrases: {}", top.join(", "));
    Ok(())
}

/// The word and what a regular ending strips to: "postponed" → "postpone".
fn lemmas(w: &str) -> Vec<String> {
    let mut out = vec![w.to_string()];
    for (suffix, add) in
        [("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")]
    {
        if let Some(stem) = w.strip_suffix(suffix).filter(|s| s.len() > 1) {
            out.push(format!("{stem}{add}"));
            let b = stem.as_bytes();
            if b.len() > 2 && b[b.len() - 1] == b[b.len() - 2] && add.is_empty() {
                out.push(stem[..stem.len() - 1].to_string());
            }
        }
    }
    out
}
