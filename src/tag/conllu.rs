//! A reader for the CoNLL-U files of Universal Dependencies treebanks: the words of each
//! sentence with their UPOS, XPOS and lemma, for training and evaluating the tagger.

use super::tags::{Upos, Xpos};
use crate::error::{Error, Result};

/// One sentence of a treebank: its syntactic words (multi-word tokens and empty nodes left
/// out) and their gold annotation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    /// The document it belongs to (the last `# newdoc id`), empty when none was given.
    pub doc: String,
    /// The word forms.
    pub words: Vec<String>,
    /// The gold lemmas.
    pub lemmas: Vec<String>,
    /// The gold Universal POS tags.
    pub upos: Vec<Upos>,
    /// The gold Penn Treebank tags.
    pub xpos: Vec<Xpos>,
}

/// Reads the sentences of a CoNLL-U text; `name` is for error messages.
///
/// ```
/// let text = "# newdoc id = doc1\n1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n\n";
/// let s = gainsay::tag::conllu::parse("example", text).unwrap();
/// assert_eq!(s[0].doc, "doc1");
/// assert_eq!(s[0].words, ["Dogs", "bark"]);
/// assert_eq!(s[0].xpos[0].as_str(), "NNS");
/// ```
pub fn parse(name: &str, text: &str) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    let mut doc = String::new();
    let mut cur = Sentence::default();
    let error = |line: usize, message: String| Error::Tagger {
        name: name.to_string(),
        message: format!("line {line}: {message}"),
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if let Some(id) = c.trim().strip_prefix("newdoc id") {
                doc = id.trim_start_matches([' ', '=']).trim().to_string();
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(error(n + 1, format!("{} columns, CoNLL-U has 10", cols.len())));
        }
        // "1-2" multi-word tokens and "3.1" empty nodes are not tagged words.
        if !cols[0].bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let upos = Upos::parse(cols[3]).ok_or_else(|| error(n + 1, format!("unknown UPOS {:?}", cols[3])))?;
        let xpos = Xpos::parse(cols[4]).ok_or_else(|| error(n + 1, format!("unknown XPOS {:?}", cols[4])))?;
        if cur.words.is_empty() {
            cur.doc = doc.clone();
        }
        cur.words.push(cols[1].to_string());
        cur.lemmas.push(cols[2].to_string());
        cur.upos.push(upos);
        cur.xpos.push(xpos);
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Reads a CoNLL-U file.
pub fn read(path: &std::path::Path) -> Result<Vec<Sentence>> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read { path: path.to_path_buf(), source })?;
    parse(&path.display().to_string(), &text)
}
