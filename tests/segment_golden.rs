//! Sentence-boundary cases: the 48 English Golden Rules (read from `../shared/eval/` when it
//! is there) and news-style cases of our own that must always pass.

use gainsay::segment::{self, NoiseKind, UnitKind};
use std::path::Path;

/// The units of `text`, white-space runs folded, each tagged `S|` (sentence), `H|`
/// (heading) or `N|` (noise).
fn tagged(text: &str) -> Vec<String> {
    segment::split(text)
        .iter()
        .map(|u| {
            let tag = match u.kind {
                UnitKind::Sentence => "S",
                UnitKind::Heading => "H",
                UnitKind::Noise(_) => "N",
            };
            format!("{tag}|{}", u.span.of(text).split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .collect()
}

#[test]
fn golden_rules() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/golden_rules_en.json");
    let Ok(json) = std::fs::read_to_string(&path) else {
        return;
    };
    let cases: Vec<serde_json::Value> = serde_json::from_str(&json).expect("golden_rules_en.json is a JSON array");
    let mut failed = Vec::new();
    for case in &cases {
        let text = case["text"].as_str().unwrap_or_default();
        let want: Vec<String> = case["expected"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str())
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let got: Vec<String> = tagged(text).into_iter().map(|t| t[2..].to_string()).collect();
        if got != want {
            failed.push(format!("case {}: want {want:?}\n   got {got:?}", case["id"]));
        }
    }
    assert!(failed.is_empty(), "{}/{} golden rules failed:\n{}", failed.len(), cases.len(), failed.join("\n"));
}

/// Our own news-style cases: (input, expected tagged units).
const NEWS: &[(&str, &[&str])] = &[
    // Headings, bylines and datelines are their own units, never glued to the next line.
    (
        "Ministers back port deal\nBy Priya Nair and Tomás Ortega\nThe deal was signed on Monday.",
        &["H|Ministers back port deal", "N|By Priya Nair and Tomás Ortega", "S|The deal was signed on Monday."],
    ),
    ("Harbour Times — 3 Feb 2026\nThe port reopened.", &["N|Harbour Times — 3 Feb 2026", "S|The port reopened."]),
    (
        "Daily Ledger Staff | Updated 4 Mar 2026, 18:05 GMT\nTalks ended.",
        &["N|Daily Ledger Staff | Updated 4 Mar 2026, 18:05 GMT", "S|Talks ended."],
    ),
    ("By Staff, Agencies\n\nOfficials met in Oslo.", &["N|By Staff, Agencies", "S|Officials met in Oslo."]),
    (
        "The council voted 9-2.\n(Reporting by Lena Park; editing by Omar Haddad)",
        &["S|The council voted 9-2.", "N|(Reporting by Lena Park; editing by Omar Haddad)"],
    ),
    // Captions, galleries, links, footers and URLs are marked, not dropped.
    (
        "2 View gallery\nDelegates arrive at the summit\n(Photo: AFP)\nThe summit opened.",
        &["N|2 View gallery", "N|Delegates arrive at the summit", "N|(Photo: AFP)", "S|The summit opened."],
    ),
    ("Rescuers search the river bank (Photo: Reuters)", &["N|Rescuers search the river bank (Photo: Reuters)"]),
    (
        "Read more: Why the river keeps rising\nAdvertisement\nComments",
        &["N|Read more: Why the river keeps rising", "N|Advertisement", "N|Comments"],
    ),
    (
        "Source: https://news.example.org/floods/2026\nhttps://example.net/a/b",
        &["N|Source: https://news.example.org/floods/2026", "N|https://example.net/a/b"],
    ),
    (
        "The port shut.\nПорт закрыт на ремонт\nIt reopens soon.",
        &["S|The port shut.", "N|Порт закрыт на ремонт", "S|It reopens soon."],
    ),
    // A sentence with a cue word is not noise.
    ("Advertisement spending fell 4% last year.", &["S|Advertisement spending fell 4% last year."]),
    ("By Tuesday, the levee had held.", &["S|By Tuesday, the levee had held."]),
    // Abbreviations.
    ("The prime minister returned to No. 10 on Friday.", &["S|The prime minister returned to No. 10 on Friday."]),
    ("Was there a deal? No. The talks collapsed.", &["S|Was there a deal?", "S|No.", "S|The talks collapsed."]),
    ("U.S. officials declined to comment.", &["S|U.S. officials declined to comment."]),
    ("She moved to the U.S. He stayed in Lagos.", &["S|She moved to the U.S.", "S|He stayed in Lagos."]),
    ("Vice Adm. Kofi Mensah and Lt. Col. Ana Ruiz spoke.", &["S|Vice Adm. Kofi Mensah and Lt. Col. Ana Ruiz spoke."]),
    ("The vote is set for Jan. 15 in Geneva.", &["S|The vote is set for Jan. 15 in Geneva."]),
    ("Flights resume at 7 a.m. Tuesday, the airline said.", &["S|Flights resume at 7 a.m. Tuesday, the airline said."]),
    ("The count ended at 11 p.m. Observers left.", &["S|The count ended at 11 p.m.", "S|Observers left."]),
    ("Dr. Imani Cole, of St. Jude's, met Sen. Ruiz.", &["S|Dr. Imani Cole, of St. Jude's, met Sen. Ruiz."]),
    ("Acme Holdings Inc. It was founded in 1990.", &["S|Acme Holdings Inc.", "S|It was founded in 1990."]),
    // Numbers, money, e-mail and URLs.
    ("Output grew 2.5% to $4.20bn. Exports fell.", &["S|Output grew 2.5% to $4.20bn.", "S|Exports fell."]),
    ("Write to press@example.org. Staff will reply.", &["S|Write to press@example.org.", "S|Staff will reply."]),
    // Quotes and guillemets.
    (
        "«The river is falling. We are safe», the mayor said.",
        &["S|«The river is falling. We are safe», the mayor said."],
    ),
    ("“We will rebuild.” The mayor then left.", &["S|“We will rebuild.”", "S|The mayor then left."]),
    ("He called it ‘a disgrace.’ and walked out.", &["S|He called it ‘a disgrace.’ and walked out."]),
    // Scraping damage: missing spaces, fused words, line endings, BOM.
    ("Rain fell all week.Officials closed the bridge.", &["S|Rain fell all week.", "S|Officials closed the bridge."]),
    (
        "The agency Reutersthe report said a spokesmanWhen asked declined.",
        &["S|The agency Reutersthe report said a spokesmanWhen asked declined."],
    ),
    (
        "\u{feff}Levee breaks\r\nThe town flooded.\rMany fled.",
        &["H|Levee breaks", "S|The town flooded.", "S|Many fled."],
    ),
    (
        "Officials said the levee held\nThe town was spared.",
        &["H|Officials said the levee held", "S|The town was spared."],
    ),
];

#[test]
fn news_cases() {
    let mut failed = Vec::new();
    for (text, want) in NEWS {
        let got = tagged(text);
        if got != *want {
            failed.push(format!("{text:?}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{} of {} news cases failed:\n{}", failed.len(), NEWS.len(), failed.join("\n"));
}

#[test]
fn noise_kinds() {
    let text = "By Ana Diaz\n(Photo: AFP)\nRead more: Floods\nAdvertisement\nhttps://example.org/x\n16 Jan 2026\n—\n署名式に臨む代表団\nComments policy: Be civil.";
    let kinds: Vec<UnitKind> = segment::split(text).iter().map(|u| u.kind).collect();
    use NoiseKind::*;
    let want = [Byline, Caption, Link, Advertisement, Url, Timestamp, Separator, ForeignScript, Boilerplate]
        .map(UnitKind::Noise);
    assert_eq!(kinds, want);
}
