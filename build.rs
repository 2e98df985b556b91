//! Stems the words of the built-in data once, at build time: the events filter and the
//! lexicon stem thousands of them as they load, and a Snowball stem costs thousands of
//! instructions where a look-up in a sorted table costs a few hundred
//! (`src/align/stem.rs` looks a word up here before stemming it).

use std::collections::BTreeMap;
use std::path::Path;

/// The data files whose words are stemmed as they load: WordNet's lists, the events and
/// alignment cues, the lexicon's words.
const SOURCES: &[&str] = &[
    "data/wordnet/verb_classes.tsv",
    "data/wordnet/antonyms.tsv",
    "data/wordnet/derivations.tsv",
    "data/events/cues.toml",
    "data/align/cues.toml",
    "data/align/measures.toml",
    "data/lexicon/language.toml",
    "data/lexicon/states.toml",
];

fn main() {
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let mut stems = BTreeMap::new();
    for path in SOURCES {
        println!("cargo:rerun-if-changed={path}");
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            // Runs of ASCII letters in lower case: the words as the readers fold them.
            for w in line.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() > 1) {
                let w = w.to_ascii_lowercase();
                if !stems.contains_key(&w) {
                    let s = stemmer.stem(&w).into_owned();
                    stems.insert(w, s);
                }
            }
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
    let mut out = String::from("/// Words of the built-in data and their English stems, sorted by word.\n");
    out.push_str("pub(crate) static STEMS: &[(&str, &str)] = &[\n");
    for (w, s) in &stems {
        out.push_str(&format!("    ({w:?}, {s:?}),\n"));
    }
    out.push_str("];\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&dir).join("stems.rs"), out).expect("OUT_DIR is writable");
}
