//! gainsay as a library: a `Checker` with a custom lexicon entry, two articles, the conflicts.
//!
//! ```sh
//! cargo run --example library
//! ```

use gainsay::{Article, Checker, Lexicon};

/// A country the built-in lexicon does not know, with its demonym and a metonym for its
/// government, so "Fredville" and "Freedonian" both mean Freedonia.
const FREEDONIA: &str = r#"
[[entity]]
name = "Freedonia"
kind = "country"
demonyms = ["Freedonian", "Freedonians"]
capital = "Fredville"
metonyms = ["Fredville", "the Palace of Mirrors"]
"#;

fn main() -> gainsay::Result<()> {
    let mut lexicon = Lexicon::builtin();
    lexicon.merge_toml("freedonia.toml", FREEDONIA)?;
    // Build once; a Checker is Send + Sync and can be reused for every check.
    let checker = Checker::new(lexicon).with_agreements(true);

    let articles = [
        Article::new("wire", "Freedonian President Teodor Markov opened the summit. Fredville will not send troops."),
        Article::new("daily", "President Teodor Markov spoke first. Freedonia will deploy troops to the border."),
    ];
    let report = checker.check(&articles);

    for conflict in &report.conflicts {
        println!("{} [{}, confidence {:.2}]", conflict.question, conflict.kind, conflict.confidence);
        for side in &conflict.sides {
            println!("  {} — {}", side.value, side.sources.join(", "));
            for claim in &side.claims {
                let (_, words, _) = claim.highlight();
                println!("    {}: «{words}» in \"{}\"", claim.source, claim.sentence);
            }
        }
    }
    for agreement in &report.agreements {
        println!("agreed: {} {} — {}", agreement.question, agreement.value, agreement.sources.join(", "));
    }
    Ok(())
}
