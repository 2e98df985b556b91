//! Stems the words of the built-in data once, at build time: the events filter and the
//! lexicon stem thousands of them as they load, the aligner stems every word of a check
//! (most of them common words the data holds too), and a Snowball stem costs thousands of
//! instructions where a look-up in a sorted table costs a few hundred
//! (`src/align/stem.rs` looks a word up here before stemming it).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The built-in data: every TOML and TSV file under it is embedded by some reader, and
/// the words of WordNet's lists, the cues and the lexicon are stemmed as they load.
const DATA: &str = "data";

/// The TOML and TSV files under `dir`, sorted.
fn data_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| Some(e.ok()?.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            data_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml" || x == "tsv") {
            out.push(p);
        }
    }
}

fn main() {
    let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
    let mut stems = BTreeMap::new();
    // A directory is watched whole: a file added or changed under it runs this again.
    println!("cargo:rerun-if-changed={DATA}");
    let mut files = Vec::new();
    data_files(Path::new(DATA), &mut files);
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
            // Runs of ASCII letters in lower case: the words as the readers fold them.
            for w in line.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| w.len() > 1) {
                stems.entry(w.to_ascii_lowercase()).or_insert_with_key(|w| stemmer.stem(w).into_owned());
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
