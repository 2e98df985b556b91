//! Stems the words of the built-in data once, at build time, with their regular inflections
//! ("share" → "shares", "shared", "sharing"; "big" → "bigger", "biggest"): the events filter
//! and the lexicon stem thousands of them as they load, the aligner stems every word of a
//! check (most of them common words the data holds, or their inflections), and a Snowball
//! stem costs thousands of instructions where a probe of a hash table costs a few dozen
//! (`src/align/stem.rs` looks a word up here before stemming it). The table is written as
//! an open-addressed hash table in a file of bytes: nothing is built when a check starts.
//!
//! It also lays out the built-in tagger weights (`data/tagger/en.bin`) as the tagger reads
//! them (`src/tag/layout.rs`): the slots of the feature table, the short rows and the dense
//! rows, read in place by a check instead of being built from the file at every start; and
//! writes the TOML files of the data as JSON, which a check reads several times faster
//! (`src/lexicon/mod.rs`, `parse_toml`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

// (`slot_count` and `shift` are the crate's, not this script's.)
#[allow(dead_code)]
#[path = "src/tag/layout.rs"]
mod layout;

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
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    write_json(&files, Path::new(&dir));
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
    // The regular inflections of the words, stemmed too: a form English lacks is never asked
    // for, and costs the table a few bytes only.
    let words: Vec<String> = stems.keys().cloned().collect();
    for w in &words {
        for f in inflections(w) {
            stems.entry(f).or_insert_with_key(|w| stemmer.stem(w).into_owned());
        }
    }
    write_table(&stems, Path::new(&dir));
    println!("cargo:rerun-if-changed=src/tag/layout.rs");
    write_tagger(Path::new(&dir));
}

/// Writes the rows of the built-in tagger weights laid out ([`layout::lay_out`]), in the
/// byte layouts of the crate's tables, little-endian: `tagger_slots.bin` (key u64, start
/// u32, length u32), `tagger_sparse.bin` (class u8, a zero byte, weight i16) and
/// `tagger_dense.bin` (i16). The crate checks the weights' classes and sizes when it reads
/// a file; here a file that would fail is refused.
fn write_tagger(dir: &Path) {
    let bytes = std::fs::read("data/tagger/en.bin").expect("data/tagger/en.bin is readable");
    let mut at = 0usize;
    let mut take = |n: usize| {
        let b = &bytes[at..at + n];
        at += n;
        b
    };
    let u32_at = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
    assert_eq!(take(8), b"GSTAGGER", "data/tagger/en.bin: no GSTAGGER header");
    take(4);
    let n = u32_at(take(4));
    take(2 * n);
    let rows = u32_at(take(4));
    let keys = take(8 * rows);
    let lens = take(rows);
    let total: usize = lens.iter().map(|&l| l as usize).sum();
    let classes = take(total);
    let weights = take(2 * total);
    assert!(classes.iter().all(|&c| (c as usize) < n), "data/tagger/en.bin: a weight of a class out of range");
    let stride = n.next_multiple_of(16);
    let t = layout::lay_out(stride, keys, lens, classes, weights).expect("data/tagger/en.bin lays out");
    let slots: Vec<u8> = t
        .slots
        .iter()
        .flat_map(|&(key, start, len)| [&key.to_le_bytes()[..], &start.to_le_bytes(), &len.to_le_bytes()].concat())
        .collect();
    let sparse: Vec<u8> = t.sparse.iter().flat_map(|&(c, w)| [c, 0, w.to_le_bytes()[0], w.to_le_bytes()[1]]).collect();
    let dense: Vec<u8> = t.dense.iter().flat_map(|w| w.to_le_bytes()).collect();
    for (name, b) in [("tagger_slots.bin", slots), ("tagger_sparse.bin", sparse), ("tagger_dense.bin", dense)] {
        std::fs::write(dir.join(name), b).expect("OUT_DIR is writable");
    }
}

/// Whether `b` is a vowel letter.
fn vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The regular inflections of the lower-case word `w` (plural or third person, past,
/// participle, comparative, superlative, adverb), by the spelling rules of English.
fn inflections(w: &str) -> Vec<String> {
    let b = w.as_bytes();
    let n = b.len();
    if n < 3 {
        return Vec::new();
    }
    let stem = &w[..n - 1];
    if b[n - 1] == b'e' {
        return ["s", "d", "r", "st", "ly"].iter().map(|x| format!("{w}{x}")).chain([format!("{stem}ing")]).collect();
    }
    if b[n - 1] == b'y' && !vowel(b[n - 2]) {
        let mut out: Vec<String> = ["ies", "ied", "ier", "iest", "ily"].iter().map(|x| format!("{stem}{x}")).collect();
        out.push(format!("{w}ing"));
        return out;
    }
    let plural =
        if matches!(b[n - 1], b's' | b'x' | b'z') || w.ends_with("ch") || w.ends_with("sh") { "es" } else { "s" };
    let mut out: Vec<String> = [plural, "ed", "ing", "er", "est", "ly"].iter().map(|x| format!("{w}{x}")).collect();
    // One vowel between consonants at the end: the consonant doubles ("bigger").
    if !vowel(b[n - 1]) && !matches!(b[n - 1], b'w' | b'x' | b'y') && vowel(b[n - 2]) && !vowel(b[n - 3]) {
        let c = b[n - 1] as char;
        out.extend(["ed", "ing", "er", "est"].iter().map(|x| format!("{w}{c}{x}")));
    }
    out
}

/// A stable hash of a word's bytes (FNV-1a, its halves folded), the same as
/// `src/align/stem.rs`'s.
fn hash(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &x in b {
        h = (h ^ x as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (h >> 32)
}

/// Writes `stems.txt`, the words and their stems end to end (a stem that begins its word is
/// not written again), and `stems.bin`, a power of two of slots of 12 bytes, little-endian:
/// the word's offset in the text (u32), the stem's (u32), the word's length (u16, 0 for an
/// empty slot) and the stem's (u16). A word is in the first free slot from its hash, on.
fn write_table(stems: &BTreeMap<String, String>, dir: &Path) {
    let mut text = String::new();
    let mut size = 1usize;
    while size < stems.len() * 3 / 2 {
        size *= 2;
    }
    let mut slots = vec![[0u8; 12]; size];
    for (w, s) in stems {
        assert!(w.len() < 1 << 16 && !w.is_empty(), "a word of the data is too long: {w}");
        let word_at = text.len() as u32;
        text.push_str(w);
        let stem_at = if w.starts_with(s.as_str()) {
            word_at
        } else {
            let at = text.len() as u32;
            text.push_str(s);
            at
        };
        let mut i = hash(w.as_bytes()) as usize & (size - 1);
        while slots[i][8..10] != [0, 0] {
            i = (i + 1) & (size - 1);
        }
        let slot = &mut slots[i];
        slot[0..4].copy_from_slice(&word_at.to_le_bytes());
        slot[4..8].copy_from_slice(&stem_at.to_le_bytes());
        slot[8..10].copy_from_slice(&(w.len() as u16).to_le_bytes());
        slot[10..12].copy_from_slice(&(s.len() as u16).to_le_bytes());
    }
    std::fs::write(dir.join("stems.txt"), text).expect("OUT_DIR is writable");
    std::fs::write(dir.join("stems.bin"), slots.concat()).expect("OUT_DIR is writable");
}

/// Writes each TOML file of the data as JSON, `data_<path>.json`, and `data_json.rs`, a list
/// of (TOML text, JSON text) for `parse_toml` to read a built-in file by. The JSON holds the
/// values the TOML does, tables' keys in the order in which the crate's TOML reader gives
/// them (sorted). A file whose JSON does not read back as the same values (dates, numbers
/// of many digits, which a JSON reader may round otherwise) is left out, and read as TOML.
fn write_json(files: &[PathBuf], dir: &Path) {
    let mut list = String::from("&[\n");
    for path in files.iter().filter(|p| p.extension().is_some_and(|x| x == "toml")) {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let Ok(table) = toml::from_str::<toml::Table>(&text) else { continue };
        let Ok(json) = serde_json::to_string(&table) else { continue };
        if serde_json::from_str::<toml::Table>(&json).ok().as_ref() != Some(&table) || !plain_numbers(&table) {
            continue;
        }
        let rel = path.to_string_lossy().replace('\\', "/");
        let out = format!("{}.json", rel.replace('/', "_"));
        std::fs::write(dir.join(&out), json).expect("OUT_DIR is writable");
        list.push_str(&format!(
            "    (include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{rel}\")), include_str!(concat!(env!(\"OUT_DIR\"), \"/{out}\"))),\n"
        ));
    }
    list.push_str("]\n");
    std::fs::write(dir.join("data_json.rs"), list).expect("OUT_DIR is writable");
}

/// True when every float of `table` has at most 15 significant digits and a small
/// exponent: read back exactly by any JSON reader (an exact product of two doubles).
fn plain_numbers(table: &toml::Table) -> bool {
    fn plain(v: &toml::Value) -> bool {
        match v {
            toml::Value::Float(f) => {
                let s = format!("{f}");
                let digits: String = s.chars().filter(char::is_ascii_digit).collect();
                f.is_finite() && digits.trim_start_matches('0').trim_end_matches('0').len() <= 15 && s.len() <= 22
            }
            toml::Value::Array(a) => a.iter().all(plain),
            toml::Value::Table(t) => t.values().all(plain),
            _ => true,
        }
    }
    table.values().all(plain)
}
