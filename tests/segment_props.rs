//! Properties of the sentence splitter that hold for every input.

mod common;

use common::check_spans;
use gainsay::segment::{self, Sentence};
use proptest::prelude::*;

/// The units' texts with white-space runs folded to one space.
fn folded(text: &str, units: &[Sentence]) -> Vec<String> {
    units.iter().map(|u| u.span.of(text).split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}

/// Text built from the pieces news splitting turns on.
fn newsish() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        ". ",
        ".",
        "!",
        "?",
        "?!",
        "...",
        ". . .",
        "…",
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "(",
        ")",
        "[",
        "]",
        "U.S. ",
        "U.S.",
        "Mr. ",
        "No. ",
        "Jan. ",
        "p.m. ",
        "a.m.",
        "1. ",
        "2.) ",
        "a. ",
        "b. ",
        "• ",
        "⁃",
        "I. ",
        "E. ",
        "$100.00",
        "3.5",
        "jane.doe@example.com",
        "https://example.com/a.html",
        "www.example.org",
        "\n",
        "\r",
        "\r\n",
        "\n\n",
        " ",
        "  ",
        "\t",
        "\u{a0}",
        "\u{2028}",
        "\u{feff}",
        "He",
        "he",
        "The",
        "the",
        "Smith",
        "said",
        "went",
        "home",
        "weekend.Slovenia",
        "RogersWhen",
        "By Staff",
        "Read more: ",
        "(Photo: AFP)",
        "Advertisement",
        "Комментарий",
        "署名式。",
        "16 Jan 2026",
        " | ",
        " — ",
        "1 View gallery",
        "https://x.io",
        "Source: ",
        "Comments",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

/// Replaces the space at byte `at` by two spaces.
fn widen(text: &str, at: usize) -> String {
    format!("{}  {}", &text[..at], &text[at + 1..])
}

/// Byte offsets of single spaces between two non-white-space characters.
fn single_spaces(text: &str) -> Vec<usize> {
    text.char_indices()
        .filter(|&(i, c)| {
            c == ' '
                && text[..i].chars().next_back().is_some_and(|p| !p.is_whitespace())
                && text[i + 1..].chars().next().is_some_and(|n| !n.is_whitespace())
        })
        .map(|(i, _)| i)
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_sound_on_any_string(text in any::<String>()) {
        check_spans(&text, &segment::split(&text))?;
    }

    #[test]
    fn spans_are_sound_on_news_like_text(text in newsish()) {
        check_spans(&text, &segment::split(&text))?;
    }

    #[test]
    fn split_into_appends(text in newsish()) {
        let mut out = segment::split("Before. After.");
        let n = out.len();
        gainsay::Segmenter::default().split_into(&text, &mut out);
        prop_assert_eq!(&out[n..], &segment::split(&text)[..]);
    }

    #[test]
    fn wider_spaces_give_the_same_units(text in newsish(), pick in any::<prop::sample::Index>()) {
        let spaces = single_spaces(&text);
        if spaces.is_empty() {
            return Ok(());
        }
        let wide = widen(&text, spaces[pick.index(spaces.len())]);
        let (a, b) = (segment::split(&text), segment::split(&wide));
        prop_assert_eq!(folded(&text, &a), folded(&wide, &b), "{:?} vs {:?}", text, wide);
        let kinds = |u: &[Sentence]| u.iter().map(|u| u.kind).collect::<Vec<_>>();
        prop_assert_eq!(kinds(&a), kinds(&b));
    }
}

/// Inputs that would take quadratic time in a careless splitter; each must finish at once.
#[test]
fn adversarial_inputs_stay_linear() {
    let n = 200_000;
    let inputs = [
        "a".repeat(n * 5),
        ".".repeat(n),
        ". ".repeat(n),
        "U.S. ".repeat(n),
        "A. ".repeat(n),
        "5 a.m. X ".repeat(n / 2),
        "(".repeat(n) + &")".repeat(n),
        "“".repeat(n) + "a. B" + &"”".repeat(n),
        "\"a. B ".repeat(n / 2),
        "(a. B) ".repeat(n / 2),
        "1. a ".repeat(n / 2),
        "• a ".repeat(n / 2),
        "x.Yz".repeat(n / 2),
        format!("{}. The", "a.b".repeat(n)),
        " . . . . ".repeat(n / 2),
        "\r\n".repeat(n),
    ];
    for text in &inputs {
        let t = std::time::Instant::now();
        let units = segment::split(text);
        let ms = t.elapsed().as_millis();
        assert!(ms < 5_000, "{} bytes starting {:?} took {ms} ms", text.len(), &text[..12.min(text.len())]);
        assert!(units.iter().all(|u| u.span.end <= text.len()));
    }
}
