//! `data/wordnet/` is what `tools/build_wordnet.py` makes of Open English WordNet and the
//! news corpus. When both sources are on this machine (the WordNet YAML in
//! `$GAINSAY_WORDNET` or `../wn/src/yaml`, the corpus in `../shared`) and Python has
//! PyYAML, the tables are regenerated and must come out byte-identical; otherwise the test
//! says so and passes.

use std::path::{Path, PathBuf};
use std::process::Command;

const TABLES: [&str; 6] =
    ["verb_classes.tsv", "antonyms.tsv", "derivations.tsv", "noun_classes.tsv", "person_sides.tsv", "verbs.tsv"];

#[test]
fn wordnet_tables_regenerate_byte_identically() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let yaml = std::env::var_os("GAINSAY_WORDNET").map_or_else(|| root.join("../wn/src/yaml"), PathBuf::from);
    let corpus = root.join("../shared/corpora/bbc-news/bbc.jsonl");
    if !yaml.join("entries-a.yaml").exists() || !corpus.exists() {
        eprintln!("skipped: no WordNet YAML at {} or no corpus at {}", yaml.display(), corpus.display());
        return;
    }
    let python = Command::new("python3").args(["-c", "import yaml"]).output();
    if !python.is_ok_and(|o| o.status.success()) {
        eprintln!("skipped: python3 with PyYAML is not installed");
        return;
    }
    let out = std::env::temp_dir().join(format!("gainsay-wordnet-{}", std::process::id()));
    let status = Command::new("python3")
        .arg(root.join("tools/build_wordnet.py"))
        .arg("--wordnet")
        .arg(&yaml)
        .arg("--corpus")
        .arg(&corpus)
        .arg("--out")
        .arg(&out)
        .status()
        .expect("python3 runs");
    assert!(status.success(), "tools/build_wordnet.py failed");
    for name in TABLES {
        let made = std::fs::read(out.join(name)).expect("the generator wrote the table");
        let shipped = std::fs::read(root.join("data/wordnet").join(name)).expect("the table ships");
        assert!(made == shipped, "data/wordnet/{name} differs from what tools/build_wordnet.py makes now");
    }
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn shipped_tables_are_small_and_sorted() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut total = 0;
    for name in TABLES {
        let text = std::fs::read_to_string(root.join("data/wordnet").join(name)).expect("the table ships");
        total += text.len();
        let rows: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert!(rows.windows(2).all(|w| w[0] < w[1]), "{name} is sorted without repeats");
    }
    assert!(total < 2_000_000, "the WordNet tables stay under 2 MB: {total} bytes");
}
