//! Splits any text into units and checks the spans are sound.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let units = gainsay::segment::split(text);
    let mut prev = 0;
    for u in &units {
        let (s, e) = (u.span.start, u.span.end);
        assert!(prev <= s && s < e && e <= text.len(), "span {s}..{e} after {prev}");
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        prev = e;
    }
});
