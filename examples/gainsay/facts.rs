//! `gainsay claims --facts`: the facts read from articles (owner, attribute, value), and
//! with `--stats` how much of real news they cover.

use crate::input::InputArgs;
use crate::output::write_out;
use clap::Args;
use gainsay::facts;
use std::io;
use std::process::ExitCode;

/// Options of `claims` for facts.
#[derive(Args, Debug, Clone)]
pub struct FactArgs {
    /// Print facts (owner, attribute, value) instead of claims.
    #[arg(long)]
    pub facts: bool,
    /// Print coverage instead: the share of sentences holding a number that yield a value
    /// fact with an owner and an attribute, and how often each extractor fires.
    #[arg(long)]
    pub stats: bool,
    /// With --stats: also print this many value facts drawn at random.
    #[arg(long, default_value_t = 0)]
    pub sample: usize,
    /// The seed of --sample's draw.
    #[arg(long, default_value_t = 12)]
    pub seed: u64,
}

impl FactArgs {
    /// True when facts, not claims, are asked for.
    pub fn wanted(&self) -> bool {
        self.facts || self.stats
    }
}

pub fn run(args: &FactArgs, input: &InputArgs) -> io::Result<ExitCode> {
    let Some(lexicon) = input.lexicon() else {
        return Ok(ExitCode::from(2));
    };
    let Some(inputs) = input.read_reported() else {
        return Ok(ExitCode::from(2));
    };
    let texts: Vec<&str> = inputs.articles.iter().map(|a| a.text.as_str()).collect();
    let mut out = String::new();
    if args.stats {
        let c = facts::coverage(&lexicon, &texts);
        out.push_str(&format!(
            "articles {}\nsentences {}\nsentences with a number {}\n  with a value fact (owner and attribute) {} ({:.1}%)\n",
            texts.len(),
            c.sentences,
            c.with_number,
            c.with_value_fact,
            100.0 * c.share()
        ));
        out.push_str("facts by extractor:\n");
        for (name, n) in &c.by_extractor {
            out.push_str(&format!("  {name:<10} {n}\n"));
        }
        if args.sample > 0 {
            out.push_str(&format!("{} value facts drawn with seed {}:\n", args.sample, args.seed));
            for (i, line) in c.sample(args.sample, args.seed).into_iter().enumerate() {
                out.push_str(&format!("{:>3}. {line}\n", i + 1));
            }
        }
    } else {
        for (i, a) in inputs.articles.iter().enumerate() {
            for f in facts::read(&lexicon, i, &a.text) {
                let words = f.sentence.of(&a.text).split_whitespace().collect::<Vec<_>>().join(" ");
                out.push_str(&format!(
                    "{}\t{}\t{} | {} = {}\t[{}]\t«{words}»\n",
                    a.id,
                    f.extractor,
                    f.owner,
                    f.attribute,
                    f.display(&a.text),
                    if f.modal { "modal" } else { "" }
                ));
            }
        }
    }
    write_out(&out)?;
    Ok(ExitCode::SUCCESS)
}
