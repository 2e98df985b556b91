//! Accuracy of the tagger on a CoNLL-U file, side by side with other taggers' output on
//! the same words.
//!
//! ```text
//! cargo run --release --example tagger_eval -- --conllu UD_English-EWT/en_ewt-ud-test.conllu
//! cargo run --release --example tagger_eval -- --conllu UD_English-GUM/en_gum-ud-test.conllu \
//!     --doc-prefix GUM_news_ --peer nltk=nltk-gum-news.tsv
//! ```
//!
//! A peer file (as `tools/peer_tagger.py` writes) has one line per word of the selected
//! sentences, `UPOS<TAB>XPOS` (either may be `_`), and an empty line after each sentence.

// Gold and predicted annotations are parallel arrays: one index reads both.
#![allow(clippy::needless_range_loop)]

use clap::Parser;
use gainsay::tag::{conllu, Tagger};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
struct Args {
    /// The gold CoNLL-U file.
    #[arg(long)]
    conllu: PathBuf,
    /// Only the documents whose `newdoc id` starts with this.
    #[arg(long)]
    doc_prefix: Option<String>,
    /// Weights to use instead of the built-in ones.
    #[arg(long)]
    weights: Option<PathBuf>,
    /// NAME=FILE: another tagger's tags for the same words.
    #[arg(long)]
    peer: Vec<String>,
    /// Print the most frequent UPOS confusions (gold → ours) with example words.
    #[arg(long)]
    confusions: bool,
    /// Times to tag the file again for the speed figure.
    #[arg(long, default_value_t = 5)]
    repeat: usize,
}

#[derive(Default)]
struct Score {
    words: usize,
    upos: usize,
    xpos: usize,
    both: usize,
    lemma: usize,
    has_xpos: bool,
    has_lemma: bool,
}

impl Score {
    fn row(&self, name: &str) -> String {
        let pct = |n: usize, on: bool| {
            if on {
                format!("{:.2}%", 100.0 * n as f64 / self.words.max(1) as f64)
            } else {
                "–".into()
            }
        };
        format!(
            "| {name} | {} | {} | {} | {} | {} |",
            self.words,
            pct(self.upos, true),
            pct(self.xpos, self.has_xpos),
            pct(self.both, self.has_xpos),
            pct(self.lemma, self.has_lemma)
        )
    }
}

fn run(args: &Args) -> Result<(), String> {
    let mut sentences = conllu::read(&args.conllu).map_err(|e| e.to_string())?;
    if let Some(p) = &args.doc_prefix {
        sentences.retain(|s| s.doc.starts_with(p.as_str()));
    }
    let owned;
    let tagger = match &args.weights {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            owned = Tagger::from_bytes(&path.display().to_string(), &bytes).map_err(|e| e.to_string())?;
            &owned
        }
        None => Tagger::builtin(),
    };
    let mut ours = Score { has_xpos: true, has_lemma: true, ..Score::default() };
    let start = std::time::Instant::now();
    let mut tagged = Vec::with_capacity(sentences.len());
    for s in &sentences {
        tagged.push(tagger.tag(&s.words));
    }
    let secs = start.elapsed().as_secs_f64();
    for (s, t) in sentences.iter().zip(&tagged) {
        for i in 0..s.words.len() {
            ours.words += 1;
            let (u, x) = (t[i].upos == s.upos[i], t[i].xpos == s.xpos[i]);
            ours.upos += u as usize;
            ours.xpos += x as usize;
            ours.both += (u && x) as usize;
            ours.lemma += (t[i].lemma == s.lemmas[i]) as usize;
        }
    }
    if args.confusions {
        let mut conf: std::collections::BTreeMap<(&str, &str), (usize, Vec<&str>)> = Default::default();
        for (s, t) in sentences.iter().zip(&tagged) {
            for i in 0..s.words.len() {
                if t[i].upos != s.upos[i] {
                    let e = conf.entry((s.upos[i].as_str(), t[i].upos.as_str())).or_default();
                    e.0 += 1;
                    if e.1.len() < 12 {
                        e.1.push(&s.words[i]);
                    }
                }
            }
        }
        let mut conf: Vec<_> = conf.into_iter().collect();
        conf.sort_by_key(|c| std::cmp::Reverse(c.1 .0));
        for ((g, o), (n, ex)) in conf.iter().take(20) {
            println!("{n:5} {g} → {o}: {}", ex.join(" "));
        }
    }
    let mut rows = vec![ours.row("gainsay")];
    for peer in &args.peer {
        let (name, file) = peer.split_once('=').ok_or_else(|| format!("--peer {peer}: write NAME=FILE"))?;
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let mut lines = text.lines();
        let mut score = Score { has_xpos: true, ..Score::default() };
        for s in &sentences {
            for i in 0..s.words.len() {
                let line = lines.next().ok_or_else(|| format!("{file}: fewer words than {}", args.conllu.display()))?;
                let (u, x) = line.split_once('\t').unwrap_or((line, "_"));
                score.has_xpos &= x != "_";
                score.words += 1;
                let (u, x) = (u == s.upos[i].as_str(), x == s.xpos[i].as_str());
                score.upos += u as usize;
                score.xpos += x as usize;
                score.both += (u && x) as usize;
            }
            if lines.next().is_some_and(|l| !l.is_empty()) {
                return Err(format!("{file}: the sentences do not line up with {}", args.conllu.display()));
            }
        }
        rows.push(score.row(name));
    }
    println!("{}{}", args.conllu.display(), args.doc_prefix.as_ref().map(|p| format!(" ({p}*)")).unwrap_or_default());
    println!("| tagger | words | UPOS | XPOS | UPOS+XPOS | lemma |\n|---|---|---|---|---|---|");
    for r in rows {
        println!("{r}");
    }
    // Tags only, warm: what the criterion bench measures.
    let mut tags = Vec::new();
    let start = std::time::Instant::now();
    for _ in 0..args.repeat {
        for s in &sentences {
            tagger.tag_into(&s.words, &mut tags);
        }
    }
    let warm = start.elapsed().as_secs_f64() / args.repeat.max(1) as f64;
    eprintln!(
        "gainsay tagged {} words in {:.3} s with lemmas, {:.0} words/s; tags only, warm: {:.0} words/s",
        ours.words,
        secs,
        ours.words as f64 / secs,
        ours.words as f64 / warm
    );
    Ok(())
}

fn main() -> ExitCode {
    match run(&Args::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tagger_eval: {e}");
            ExitCode::FAILURE
        }
    }
}
