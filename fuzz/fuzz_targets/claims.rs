//! Extracts claims from any text and checks every claim lies inside one of its units.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn lexicon() -> &'static gainsay::Lexicon {
    static LEXICON: OnceLock<gainsay::Lexicon> = OnceLock::new();
    LEXICON.get_or_init(gainsay::Lexicon::builtin)
}

fuzz_target!(|text: &str| {
    let units = gainsay::segment::split(text);
    let claims = gainsay::claims::extract_from(lexicon(), 0, text, &units);
    for c in &claims {
        assert!(units.iter().any(|u| u.span == c.sentence), "claim sentence {:?} is no unit", c.sentence);
        assert!(c.sentence.contains(c.span), "claim span {:?} outside {:?}", c.span, c.sentence);
        assert!(text.get(c.span.range()).is_some(), "claim span {:?} not on char boundaries", c.span);
    }
});
