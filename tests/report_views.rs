//! What the renderings promise beyond their snapshots: the HTML page needs nothing outside
//! itself and its links land; article text is escaped everywhere; the outlier table and the
//! agreements say what they should on the sample story and the shared seeds.

mod common;

use common::{samples, seeds};
use gainsay::{Article, Checker, Report};
use std::collections::BTreeSet;

/// The values of `attr="…"` in `html`.
fn attributes<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let needle = format!(" {attr}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

fn hostile() -> Vec<Article> {
    vec![
        Article::new("wire<script>", "Italy would not send troops. <img src=x onerror=alert(1)> \"quoted\" & more."),
        Article::new("daily *[news]*", "Italy is sending troops. See *this* and [that](http://example.invalid)."),
    ]
}

#[test]
fn html_needs_nothing_outside_the_page() {
    let articles = samples();
    let page = Checker::default().with_agreements(true).check(&articles).to_html();
    for banned in ["<script", "<link", "<iframe", "<img", "<object", "<embed", " src=", "@import", "url("] {
        assert!(!page.contains(banned), "the page contains {banned:?}");
    }
    // The sample articles name a web address; it stays text, never an attribute.
    for (name, value) in
        ["href", "id", "class", "style"].iter().flat_map(|a| attributes(&page, a).into_iter().map(move |v| (a, v)))
    {
        assert!(!value.contains("://"), "{name}=\"{value}\"");
    }
    assert!(page.contains("<style>"));
}

#[test]
fn html_links_land_on_the_page() {
    let articles = samples();
    let page = Checker::default().with_agreements(true).check(&articles).to_html();
    let ids: BTreeSet<&str> = attributes(&page, "id").into_iter().collect();
    let hrefs = attributes(&page, "href");
    assert!(hrefs.len() > 20, "{hrefs:?}");
    for href in hrefs {
        let target = href.strip_prefix('#').unwrap_or_else(|| panic!("a link out of the page: {href}"));
        assert!(ids.contains(target), "no element with id {target:?}");
    }
}

#[test]
fn html_marks_every_conflicting_sentence_and_links_it_back() {
    let articles = samples();
    let report = Checker::default().check(&articles);
    let page = report.to_html();
    for c in &report.conflicts {
        assert!(page.contains(&format!("id=\"{}\"", c.id)));
        // The marked sentence in an article links to its conflict.
        assert!(
            page.contains(&format!("<a href=\"#{0}\">{0}</a></sup>", c.id))
                || page.contains(&format!("\">{}</a>", c.id))
        );
        for side in &c.sides {
            for r in &side.claims {
                let i = articles.iter().position(|a| a.id == r.source).unwrap();
                assert!(
                    page.contains(&format!("id=\"s{i}-{}\"", r.start)),
                    "sentence {} of {} not marked",
                    r.start,
                    r.source
                );
            }
        }
    }
}

#[test]
fn html_without_texts_has_no_article_section() {
    let mut report = Checker::default().check(&samples());
    report.set_articles(&[]);
    let page = report.to_html();
    assert!(!page.contains("id=\"articles\""));
    assert!(page.contains("id=\"c1\""));
}

#[test]
fn article_text_is_escaped_in_every_format() {
    let articles = hostile();
    let report = Checker::default().check(&articles);
    assert!(!report.conflicts.is_empty(), "{report:?}");
    let page = report.to_html();
    assert!(!page.contains("<script") && !page.contains("<img"), "raw markup in the page");
    assert!(page.contains("wire&lt;script&gt;"));
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; more."));
    let md = report.to_markdown();
    assert!(md.contains(r"wire\<script\>"), "{md}");
    assert!(md.contains(r"daily \*\[news\]\*"), "{md}");
}

#[test]
fn html_without_article_texts_says_so() {
    // `check --claims` has the claims' sentences but not the articles.
    let articles = samples();
    let mut report = Checker::default().check(&articles);
    let with = report.to_html();
    report.set_articles(&[]);
    let without = report.to_html();
    assert!(without.contains("article texts not given"), "{without}");
    assert!(!without.contains("id=\"articles\""));
    assert!(!with.contains("article texts not given"));
    assert!(with.contains("id=\"articles\""));
}

#[test]
fn text_has_colour_only_when_asked() {
    let report = Checker::default().check(&samples());
    assert!(!report.to_text().contains('\x1b'));
    assert!(!report.render_text(false).contains('\x1b'));
    assert!(report.render_text(true).contains("\x1b[1;33m"));
}

#[test]
fn text_leads_with_the_summary_then_conflicts_then_outliers() {
    let text = Checker::default().check(&samples()).to_text();
    let summary = text.find("gainsay: 4 articles").unwrap();
    let conflicts = text.find("Conflicts, most confident").unwrap();
    let outliers = text.find("Outliers:").unwrap();
    assert!(summary < conflicts && conflicts < outliers, "{text}");
}

#[test]
fn sample_outliers_and_agreements() {
    let report = Checker::default().with_agreements(true).check(&samples());
    // The daily ledger alone says Mart Oja, Tallinn and 14 March.
    assert_eq!(report.outliers()[0].id, "daily-ledger");
    assert!(report.outliers()[0].minority >= 3, "{:?}", report.sources);
    // Four outlets say Sweden sends three rescue ships; nobody disputes it.
    let sweden = report.agreements.iter().find(|a| a.key == "sweden | contribute vessels").expect("Sweden agreement");
    assert_eq!(sweden.sources.len(), 4);
    // Kaarel Tamm is corroborated, and disputed by the conflict over Estonia's prime minister.
    let tamm = report.agreements.iter().find(|a| a.value == "Kaarel Tamm").expect("Tamm agreement");
    let conflict = report.conflicts.iter().find(|c| c.key == "estonia | prime minister").unwrap();
    assert_eq!(tamm.conflict.as_deref(), Some(conflict.id.as_str()));
    assert_eq!(report.summary.agreements, report.agreements.len());
}

#[test]
fn dropping_low_confidence_conflicts_keeps_the_report_consistent() {
    let mut report = Checker::default().with_agreements(true).check(&samples());
    let all = report.conflicts.len();
    let min = 0.76;
    let kept: Vec<String> = report.conflicts.iter().filter(|c| c.confidence >= min).map(|c| c.key.clone()).collect();
    report.drop_below_confidence(min);
    assert_eq!(report.conflicts.iter().map(|c| c.key.clone()).collect::<Vec<_>>(), kept);
    assert_eq!(report.summary.hidden, all - kept.len());
    assert_eq!(report.summary.conflicts, kept.len());
    assert_eq!(report.summary.by_kind.values().sum::<usize>(), kept.len());
    for (n, c) in report.conflicts.iter().enumerate() {
        assert_eq!(c.id, format!("c{}", n + 1));
    }
    for a in &report.agreements {
        if let Some(id) = &a.conflict {
            let c = report.conflicts.iter().find(|c| &c.id == id).expect("agreement links a kept conflict");
            assert_eq!(c.key, a.key);
        }
    }
    let in_conflicts: usize = report.sources.iter().map(|s| s.conflicts).sum();
    let sides: usize =
        report.conflicts.iter().map(|c| c.sides.iter().flat_map(|s| &s.sources).collect::<BTreeSet<_>>().len()).sum();
    assert_eq!(in_conflicts, sides);
}

#[test]
fn seeds_show_the_lone_source_as_the_outlier() {
    let Some(seeds) = seeds() else {
        eprintln!("skipped: ../shared/corpus/seeds/articles is not checked out");
        return;
    };
    let report: Report = Checker::default().check(&seeds);
    let president = report.conflicts.iter().find(|c| c.key == "united states | president").expect("president");
    let values: Vec<&str> = president.sides.iter().map(|s| s.value.as_str()).collect();
    assert!(values.contains(&"Donald Trump") && values.contains(&"Joe Biden"), "{values:?}");
    let biden = president.sides.iter().find(|s| s.value == "Joe Biden").unwrap();
    // The source that calls Biden president, and says Italy considers troops, stands alone.
    let outlier = report.outliers()[0];
    assert_eq!(biden.sources.as_slice(), std::slice::from_ref(&outlier.id));
    assert!(outlier.minority >= 2, "{:?}", report.sources);
    let page = report.to_html();
    assert!(page.contains("Joe Biden") && page.contains("Donald Trump"));
}

#[test]
fn every_renderer_needs_only_the_report() {
    // The HTML page shows the texts the report keeps; a report read back from JSON has none
    // and says so, as `check --claims` does.
    let report = Checker::default().check(&samples());
    assert_eq!(report.articles().len(), 4);
    assert!(report.to_html().contains("id=\"articles\""));
    let back: gainsay::Report = serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
    assert_eq!(back, report, "the texts take no part in equality");
    assert!(back.articles().is_empty());
    assert!(back.to_html().contains("article texts not given"));
}

#[test]
fn kinds_are_an_enum_serialised_by_name() {
    let report = Checker::default().check(&samples());
    let c = &report.conflicts[0];
    assert_eq!(serde_json::to_value(c.kind).unwrap(), c.kind.as_str());
    assert_eq!(c.kind, c.kind.as_str());
    assert_eq!(report.summary.by_kind.values().sum::<usize>(), report.conflicts.len());
}

#[test]
fn outliers_are_only_sources_in_a_minority() {
    let report = Checker::default().check(&samples());
    let outliers: Vec<&str> = report.outliers().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(outliers, ["daily-ledger", "coastal-times"]);
    assert!(report.outliers().iter().all(|s| s.minority > 0));
    // The table lists every source.
    assert_eq!(report.sources_by_minority().len(), report.sources.len());
}

#[test]
fn html_quotes_once_has_a_legend_and_puts_the_majority_first_in_blue() {
    let page = Checker::default().check(&samples()).to_html();
    // The sentence is shown as written: no quote marks added around one that ends in its own.
    assert!(!page.contains("<q>") && !page.contains("quotes:"), "quote marks added by the page");
    assert!(page.contains("seas have ever had.&quot;</span>"), "the harbor-wire sentence ends once");
    // A legend says what the colours and the confidence mean.
    let legend = &page[page.find("class=\"legend\"").expect("a legend")..];
    let legend = &legend[..legend.find("</p>").expect("legend paragraph")];
    for words in ["swatch majority", "swatch minority", "swatch tie", "Confidence"] {
        assert!(legend.contains(words), "{words} missing from the legend: {legend}");
    }
    // In every conflict the majority (or a tie) comes first, and only it is blue.
    let report = Checker::default().check(&samples());
    for (card, c) in page.split("<article class=\"card conflict\"").skip(1).zip(&report.conflicts) {
        let classes: Vec<&str> = attributes(card, "class").into_iter().filter(|v| v.starts_with("side ")).collect();
        assert_eq!(classes.len(), c.sides.len(), "{card}");
        let largest = c.sides.iter().map(|s| s.sources.len()).max().unwrap_or(0);
        for (class, side) in classes.iter().zip(&c.sides) {
            let want = if side.sources.len() < largest {
                "side minority"
            } else if c.sides.iter().filter(|s| s.sources.len() == largest).count() > 1 {
                "side tie"
            } else {
                "side majority"
            };
            assert_eq!(*class, want, "{}: {}", c.id, side.value);
        }
        assert_ne!(classes[0], "side minority", "{}: the first side is never a minority", c.id);
    }
}
