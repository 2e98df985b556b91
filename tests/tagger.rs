//! The built-in tagger: tags of invented sentences, the same tags on every thread, and —
//! when the UD English treebanks are checked out beside the repository (`../ud/`, or the
//! directory in `GAINSAY_UD_DIR`) — its accuracy on their test splits.

use gainsay::tag::{conllu, Tagger, Upos, Xpos};
use std::path::PathBuf;

fn tags(sentence: &str) -> Vec<(String, &'static str, &'static str, String)> {
    Tagger::builtin()
        .tag_text(sentence)
        .into_iter()
        .map(|(r, t)| (sentence[r].to_string(), t.upos.as_str(), t.xpos.as_str(), t.lemma.into_owned()))
        .collect()
}

fn find<'a>(
    tagged: &'a [(String, &'static str, &'static str, String)],
    word: &str,
) -> &'a (String, &'static str, &'static str, String) {
    tagged.iter().find(|t| t.0 == word).unwrap_or_else(|| panic!("{word} not in {tagged:?}"))
}

#[test]
fn invented_sentences() {
    let t = tags("The council approved the new budget on Tuesday after a long debate.");
    assert_eq!(find(&t, "council").1, "NOUN");
    assert_eq!(find(&t, "approved").2, "VBD");
    assert_eq!(find(&t, "approved").3, "approve");
    assert_eq!(find(&t, "new").1, "ADJ");
    assert_eq!(find(&t, "Tuesday").1, "PROPN");
    assert_eq!(find(&t, "debate").1, "NOUN");

    // Words the old hand lists did not know: "remanded", "undergone".
    let t = tags("The suspect was remanded in custody and has undergone tests.");
    assert_eq!(find(&t, "remanded").2, "VBN");
    assert_eq!(find(&t, "remanded").3, "remand");
    assert_eq!(find(&t, "undergone").1, "VERB");
    assert_eq!(find(&t, "undergone").3, "undergo");
    assert_eq!(find(&t, "was").1, "AUX");
    assert_eq!(find(&t, "was").3, "be");

    let t = tags("She passed the medical and the ministers wouldn't comment.");
    assert_eq!(find(&t, "passed").1, "VERB");
    // "medical" as a noun is rare in the treebanks: tagged ADJ here, and the claim rules
    // should not lean on it.
    assert_eq!(find(&t, "ministers").3, "minister");
    assert_eq!(find(&t, "n't").1, "PART");
    assert_eq!(find(&t, "n't").3, "not");
}

#[test]
fn empty_and_odd_input() {
    assert!(Tagger::builtin().tag::<&str>(&[]).is_empty());
    let odd = ["", "  ", "???", "ÆØÅ", "\u{200b}", "1,000,000", "x".repeat(500).leak()];
    let t = Tagger::builtin().tag(&odd);
    assert_eq!(t.len(), odd.len());
    assert_eq!(Tagger::builtin().lemma("", Xpos::Nn), "");
}

#[test]
fn same_tags_on_every_thread() {
    let sentences: Vec<Vec<&str>> = [
        "Officials said the bridge would reopen in March .",
        "Kemper Logistics denied that it had cut 300 jobs .",
        "Heavy rain forced the organisers to cancel Saturday 's parade .",
    ]
    .iter()
    .map(|s| s.split(' ').collect())
    .collect();
    let one: Vec<Vec<(Upos, Xpos, String)>> = sentences
        .iter()
        .map(|s| Tagger::builtin().tag(s).into_iter().map(|t| (t.upos, t.xpos, t.lemma.into_owned())).collect())
        .collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    (0..50)
                        .map(|_| {
                            sentences
                                .iter()
                                .map(|s| {
                                    Tagger::builtin()
                                        .tag(s)
                                        .into_iter()
                                        .map(|t| (t.upos, t.xpos, t.lemma.into_owned()))
                                        .collect::<Vec<_>>()
                                })
                                .collect::<Vec<_>>()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for run in h.join().expect("thread") {
                assert_eq!(run, one);
            }
        }
    });
}

#[test]
fn bad_weight_files_are_errors() {
    for bytes in [&b""[..], b"GSTAGGER", b"GSTAGGER\x02\0\0\0", b"not a weight file at all"] {
        let err = Tagger::from_bytes("mine.bin", bytes).unwrap_err();
        assert!(matches!(err, gainsay::Error::Tagger { .. }), "{err:?}");
        assert!(err.to_string().contains("mine.bin"), "{err}");
    }
}

/// The treebank checkouts, when they are there.
fn ud_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("GAINSAY_UD_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ud"));
    dir.join("UD_English-EWT/en_ewt-ud-test.conllu").exists().then_some(dir)
}

fn upos_accuracy(sentences: &[conllu::Sentence]) -> f64 {
    let (mut right, mut all) = (0, 0);
    for s in sentences {
        let t = Tagger::builtin().tag(&s.words);
        right += t.iter().zip(&s.upos).filter(|(t, g)| t.upos == **g).count();
        all += s.words.len();
    }
    right as f64 / all as f64
}

#[test]
fn accuracy_on_ud_test_splits() {
    let Some(dir) = ud_dir() else {
        eprintln!("UD treebanks not found beside the repository (or in GAINSAY_UD_DIR): skipped");
        return;
    };
    let ewt = conllu::read(&dir.join("UD_English-EWT/en_ewt-ud-test.conllu")).expect("EWT test");
    let a = upos_accuracy(&ewt);
    assert!(a >= 0.955, "UPOS accuracy on EWT test {a:.4}");
    let gum = dir.join("UD_English-GUM/en_gum-ud-test.conllu");
    if gum.exists() {
        let mut news = conllu::read(&gum).expect("GUM test");
        news.retain(|s| s.doc.starts_with("GUM_news_"));
        let a = upos_accuracy(&news);
        assert!(a >= 0.95, "UPOS accuracy on GUM news test {a:.4}");
    }
}

/// The shipped weights are rebuilt byte for byte from the treebanks (about a minute):
/// `cargo test --release --test tagger -- --ignored`.
#[test]
#[ignore]
fn weights_rebuild_byte_identical() {
    use gainsay::tag::train;
    let Some(dir) = ud_dir() else {
        eprintln!("UD treebanks not found: skipped");
        return;
    };
    let mut sentences = train::ud_train_split(&dir.join("UD_English-EWT"), |_| true).expect("EWT train");
    sentences.extend(train::ud_train_split(&dir.join("UD_English-GUM"), train::is_gum_cc_by).expect("GUM train"));
    let (bytes, _) = train::train(&sentences, &train::TrainConfig::default()).expect("training");
    let shipped = std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/tagger/en.bin")).expect("en.bin");
    assert!(bytes == shipped, "rebuilt {} bytes differ from the shipped {}", bytes.len(), shipped.len());
}
