//! The report as one self-contained HTML page: no scripts, no fonts, no network.

use super::escape::{html as esc, plural, snippet};
use super::{ClaimRef, Report};
use crate::Article;
use std::fmt::Write as _;

/// What the colours and the confidence mean, above the conflicts.
const LEGEND: &str = "<p class=\"legend\">Each conflict shows its sides next to each other, the most widely \
sourced first:<span class=\"swatch majority\"></span>said by the most sources\
<span class=\"swatch minority\"></span>said by fewer sources<span class=\"swatch tie\"></span>said by as many \
sources as another side. <strong>Confidence</strong> (0–1) is how sure gainsay is that the sides cannot all be \
true: it starts at 0.70–0.85 by kind, rises when every side has two sources or more, and falls when a side is \
hedged, attributed or has no written subject.</p>\n";

/// Characters of context kept either side of a claim's words in the conflict list.
const CONTEXT: usize = 160;

const STYLE: &str = r#"
:root { color-scheme: light; --ink: #1d232a; --muted: #5b6570; --line: #d8dde3; --hit: #fff1a8; --bg: #f6f7f9; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 12px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 17px; margin: 0 0 4px; }
nav a { margin-right: 14px; }
a { color: #0b57b0; }
.summary { font-size: 16px; margin: 4px 0 12px; }
.chip { display: inline-block; border: 1px solid var(--line); border-radius: 10px; padding: 0 8px; margin-right: 4px; background: #fff; font-size: 13px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 0 0 14px; }
.card:target { outline: 3px solid #0b57b0; }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 10px; }
.num { color: var(--muted); margin-right: 6px; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 10px; }
.side { border-left: 5px solid var(--majority); padding: 4px 10px; background: #f8fafc; }
:root { --majority: #3b82c4; --minority: #d9822b; --tie: #8e5cc4; --agreed: #2e9e6a; }
.side.minority { border-color: var(--minority); } .side.tie { border-color: var(--tie); }
.agree .side { border-color: var(--agreed); }
.legend { font-size: 13px; color: var(--muted); margin: 0 0 8px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; vertical-align: -1px; margin: 0 4px 0 10px; }
.swatch.majority { background: var(--majority); } .swatch.minority { background: var(--minority); }
.swatch.tie { background: var(--tie); }
.value { font-weight: 600; font-size: 16px; margin: 0; }
.count { color: var(--muted); font-weight: 400; font-size: 13px; }
.side ul { margin: 4px 0 0; padding-left: 18px; }
.side li { margin: 4px 0; }
.src { font-weight: 600; }
.said { font-family: Georgia, "Times New Roman", serif; }
mark.words, .hit b { background: none; font-weight: 700; text-decoration: underline 2px #d9822b; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid var(--line); padding: 4px 10px; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr.outlier td { background: #fff6e5; }
.bar { display: inline-block; height: 8px; background: #d9822b; border-radius: 4px; vertical-align: middle; }
.text { white-space: pre-wrap; font-family: Georgia, "Times New Roman", serif; font-size: 15px; line-height: 1.6; }
.hit { background: var(--hit); border-radius: 3px; }
.hit:target { outline: 2px solid #0b57b0; }
sup.refs a { font-family: system-ui, sans-serif; font-size: 11px; margin-left: 2px; text-decoration: none; background: #0b57b0; color: #fff; border-radius: 6px; padding: 0 4px; }
.problems li { color: #a33; }
"#;

impl Report {
    /// The report as one HTML page that needs nothing else: inline CSS, no scripts, no
    /// fonts, no links outside the page. It holds the summary, a legend, the conflicts (each
    /// side with its sources and sentences), the outlier table, the agreements if any, and —
    /// for each article whose text the report keeps ([`Report::articles`]) — its text with
    /// the conflicting sentences marked and linked to their conflicts, and back. Like every
    /// renderer it needs nothing but the report. Everything taken from the articles is
    /// escaped.
    ///
    /// ```
    /// use gainsay::{Article, Checker};
    /// let articles = [
    ///     Article::new("a", "Italy would not send troops."),
    ///     Article::new("<script>b</script>", "Italy is sending troops."),
    /// ];
    /// let page = Checker::default().check(&articles).to_html();
    /// assert!(page.starts_with("<!DOCTYPE html>"));
    /// assert!(page.contains(r##"<a href="#c1">c1</a>"##)); // a marked sentence links its conflict
    /// assert!(page.contains("&lt;script&gt;b&lt;/script&gt;"));
    /// assert!(!page.contains("<script"));
    /// ```
    pub fn to_html(&self) -> String {
        let articles = self.texts.as_slice();
        let mut out = String::with_capacity(16 * 1024 + articles.iter().map(|a| 2 * a.text.len()).sum::<usize>());
        out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.push_str("<title>gainsay report</title>\n<style>");
        out.push_str(STYLE);
        out.push_str("</style>\n</head>\n<body>\n<main>\n");
        self.html_summary(&mut out, !articles.is_empty());
        if !self.conflicts.is_empty() {
            out.push_str(LEGEND);
            self.html_conflicts(&mut out, articles);
            self.html_outliers(&mut out);
        }
        if !self.agreements.is_empty() {
            self.html_agreements(&mut out, articles);
        }
        self.html_problems(&mut out);
        if !articles.is_empty() {
            self.html_articles(&mut out, articles);
        }
        out.push_str("</main>\n</body>\n</html>\n");
        out
    }

    fn html_summary(&self, out: &mut String, with_articles: bool) {
        let s = &self.summary;
        out.push_str("<header>\n<h1>gainsay report</h1>\n");
        let _ = write!(out, "<p class=\"summary\"><strong>{}</strong>", s.counts(" · "));
        for (kind, n) in &s.by_kind {
            let _ = write!(out, " <span class=\"chip\">{n} {}</span>", esc(kind));
        }
        if s.hidden > 0 {
            let _ = write!(out, " · {} below the confidence threshold not shown", s.hidden);
        }
        // Claim records (`check --claims`) carry sentences, not whole articles.
        if !with_articles && !self.sources.is_empty() {
            out.push_str(" · article texts not given: only the sentences of the claims are shown");
        }
        out.push_str("</p>\n<nav>");
        if !self.conflicts.is_empty() {
            out.push_str("<a href=\"#conflicts\">Conflicts</a><a href=\"#outliers\">Outliers</a>");
        }
        if !self.agreements.is_empty() {
            out.push_str("<a href=\"#agreements\">Agreements</a>");
        }
        if with_articles {
            out.push_str("<a href=\"#articles\">Articles</a>");
        }
        out.push_str("</nav>\n</header>\n");
    }

    fn html_conflicts(&self, out: &mut String, articles: &[Article]) {
        out.push_str("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
        for c in &self.conflicts {
            let _ = writeln!(
                out,
                "<article class=\"card conflict\" id=\"{}\">\n<h3><span class=\"num\">{}.</span>{}</h3>",
                esc(&c.id),
                esc(c.id.trim_start_matches('c')),
                esc(&c.question)
            );
            let within = if c.self_contradiction { " · within one article" } else { "" };
            let _ = writeln!(
                out,
                "<p class=\"meta\">{} · confidence {:.2}{within} · key <code>{}</code></p>\n<div class=\"sides\">",
                esc(c.kind.name()),
                c.confidence,
                esc(&c.key)
            );
            // Sides come most widely sourced first: the majority is always first and blue.
            let largest = c.sides.iter().map(|s| s.sources.len()).max().unwrap_or(0);
            let tied = c.sides.iter().filter(|s| s.sources.len() == largest).count() > 1;
            for side in &c.sides {
                let class = match (side.sources.len() < largest, tied) {
                    (true, _) => "side minority",
                    (false, true) => "side tie",
                    (false, false) => "side majority",
                };
                let view = SideHtml {
                    class,
                    value: &side.value,
                    sources: &side.sources,
                    claims: &side.claims,
                    to_sentence: true,
                };
                html_side(out, view, articles);
            }
            out.push_str("</div>\n</article>\n");
        }
        out.push_str("</section>\n");
    }

    fn html_outliers(&self, out: &mut String) {
        out.push_str("<section id=\"outliers\">\n<h2>Outliers</h2>\n");
        out.push_str("<p class=\"meta\">How often each source stands on the minority side of a conflict.</p>\n");
        out.push_str(
            "<table>\n<thead><tr><th>source</th><th>minority</th><th>conflicts</th><th></th></tr></thead>\n<tbody>\n",
        );
        let most = self.sources.iter().map(|s| s.conflicts).max().unwrap_or(0).max(1);
        for s in self.sources_by_minority() {
            let class = if s.minority > 0 { " class=\"outlier\"" } else { "" };
            let _ = writeln!(
                out,
                "<tr{class}><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td>\
                 <td><span class=\"bar\" style=\"width:{}px\"></span></td></tr>",
                esc(&s.id),
                s.minority,
                s.conflicts,
                120 * s.minority / most
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }

    fn html_agreements(&self, out: &mut String, articles: &[Article]) {
        out.push_str("<section id=\"agreements\">\n<h2>Agreements</h2>\n");
        out.push_str("<p class=\"meta\">Said alike by two sources or more.</p>\n");
        for a in &self.agreements {
            let _ = writeln!(
                out,
                "<article class=\"card agree\" id=\"{}\">\n<h3><span class=\"num\">{}.</span>{}</h3>",
                esc(&a.id),
                esc(&a.id),
                esc(&a.question)
            );
            let disputed = match &a.conflict {
                Some(c) => {
                    format!(" · disputed in <a href=\"#{}\">conflict {}</a>", esc(c), esc(c.trim_start_matches('c')))
                }
                None => String::new(),
            };
            let _ = writeln!(
                out,
                "<p class=\"meta\">{} · key <code>{}</code>{disputed}</p>\n<div class=\"sides\">",
                esc(a.kind_name()),
                esc(&a.key)
            );
            let view =
                SideHtml { class: "side", value: &a.value, sources: &a.sources, claims: &a.claims, to_sentence: false };
            html_side(out, view, articles);
            out.push_str("</div>\n</article>\n");
        }
        out.push_str("</section>\n");
    }

    fn html_problems(&self, out: &mut String) {
        if self.warnings.is_empty() && self.errors.is_empty() {
            return;
        }
        out.push_str("<section id=\"problems\">\n<h2>Problems</h2>\n<ul class=\"problems\">\n");
        for (what, m) in self.warnings.iter().map(|m| ("warning", m)).chain(self.errors.iter().map(|m| ("error", m))) {
            let _ = writeln!(out, "<li>{what}: {}: {}</li>", esc(&m.source), esc(&m.message));
        }
        out.push_str("</ul>\n</section>\n");
    }

    fn html_articles(&self, out: &mut String, articles: &[Article]) {
        out.push_str("<section id=\"articles\">\n<h2>Articles</h2>\n");
        for (i, article) in articles.iter().enumerate() {
            let _ = writeln!(out, "<article class=\"card source\" id=\"source-{i}\">\n<h3>{}</h3>", esc(&article.id));
            out.push_str("<div class=\"text\">");
            out.push_str(&marked_text(i, article, &self.hits(&article.id)));
            out.push_str("</div>\n</article>\n");
        }
        out.push_str("</section>\n");
    }

    /// The claims of one source behind the conflicts, with their conflict ids.
    fn hits<'a>(&'a self, source: &str) -> Vec<(&'a ClaimRef, &'a str)> {
        self.conflicts
            .iter()
            .flat_map(|c| c.sides.iter().flat_map(move |s| s.claims.iter().map(move |r| (r, c.id.as_str()))))
            .filter(|(r, _)| r.source == source)
            .collect()
    }
}

/// The anchor of a sentence in the article texts.
fn sentence_anchor(source: usize, start: usize) -> String {
    format!("s{source}-{start}")
}

/// One side of a conflict, or an agreement, as the page shows it.
struct SideHtml<'a> {
    class: &'a str,
    value: &'a str,
    sources: &'a [String],
    claims: &'a [ClaimRef],
    /// Conflicts link each claim to its marked sentence; agreements, whose sentences are
    /// not marked, to the article.
    to_sentence: bool,
}

fn html_side(out: &mut String, side: SideHtml<'_>, articles: &[Article]) {
    let _ = writeln!(
        out,
        "<div class=\"{}\">\n<p class=\"value\">{} <span class=\"count\">— {}</span></p>\n<ul>",
        side.class,
        esc(side.value),
        plural(side.sources.len(), "source", "sources")
    );
    for r in side.claims {
        let (before, words, after) = snippet(r.highlight(), CONTEXT);
        let article = articles.iter().position(|a| a.id == r.source && a.text.get(r.start..r.end) == Some(&r.sentence));
        let source = match article {
            Some(i) if side.to_sentence => {
                format!("<a class=\"src\" href=\"#{}\">{}</a>", sentence_anchor(i, r.start), esc(&r.source))
            }
            Some(i) => format!("<a class=\"src\" href=\"#source-{i}\">{}</a>", esc(&r.source)),
            None => format!("<span class=\"src\">{}</span>", esc(&r.source)),
        };
        let _ = writeln!(
            out,
            "<li>{source}: <span class=\"said\">{}<mark class=\"words\">{}</mark>{}</span></li>",
            esc(&before),
            esc(&words),
            esc(&after)
        );
    }
    out.push_str("</ul>\n</div>\n");
}

/// A marked stretch of an article: one or more overlapping conflicting sentences.
struct Mark<'a> {
    start: usize,
    end: usize,
    /// Where each sentence in it starts: the targets of the conflicts' links.
    anchors: Vec<usize>,
    /// The words that carry the claims.
    words: Vec<(usize, usize)>,
    /// The conflicts it belongs to, in report order.
    conflicts: Vec<&'a str>,
}

/// Merges the sentences of `hits` that overlap, dropping any whose offsets do not fit the text.
fn marks<'a>(text: &str, hits: &[(&ClaimRef, &'a str)]) -> Vec<Mark<'a>> {
    let mut hits: Vec<&(&ClaimRef, &str)> =
        hits.iter().filter(|(r, _)| text.get(r.start..r.end) == Some(r.sentence.as_str())).collect();
    hits.sort_by_key(|(r, _)| (r.start, r.end));
    let mut out: Vec<Mark<'a>> = Vec::new();
    for &&(r, id) in &hits {
        let words = (r.claim_start.max(r.start), r.claim_end.min(r.end));
        let fits = words.0 < words.1 && text.is_char_boundary(words.0) && text.is_char_boundary(words.1);
        let mark = match out.last_mut() {
            Some(m) if r.start < m.end => m,
            _ => {
                out.push(Mark {
                    start: r.start,
                    end: r.end,
                    anchors: Vec::new(),
                    words: Vec::new(),
                    conflicts: Vec::new(),
                });
                out.last_mut().expect("just pushed")
            }
        };
        mark.end = mark.end.max(r.end);
        if !mark.anchors.contains(&r.start) {
            mark.anchors.push(r.start);
        }
        if fits {
            mark.words.push(words);
        }
        if !mark.conflicts.contains(&id) {
            mark.conflicts.push(id);
        }
    }
    for m in &mut out {
        m.words.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for &(a, b) in &m.words {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        m.words = merged;
        // Report order: c2 before c10.
        m.conflicts.sort_by_key(|id| (id.len(), *id));
    }
    out
}

/// The article's text, escaped, with its conflicting sentences marked: each mark has an
/// anchor per sentence and links to its conflicts.
fn marked_text(source: usize, article: &Article, hits: &[(&ClaimRef, &str)]) -> String {
    let text = article.text.as_str();
    let mut out = String::with_capacity(text.len() * 2);
    let mut pos = 0;
    for m in marks(text, hits) {
        out.push_str(&esc(&text[pos..m.start]));
        let _ = write!(out, "<span class=\"hit\" id=\"{}\">", sentence_anchor(source, m.start));
        // Cut points inside the mark: sentence starts (anchors) and word edges (bold).
        let mut at = m.start;
        let mut cuts: Vec<(usize, &str, Option<usize>)> = Vec::new();
        for &a in m.anchors.iter().filter(|&&a| a != m.start) {
            cuts.push((a, "anchor", Some(a)));
        }
        for &(a, b) in &m.words {
            cuts.push((a, "<b>", None));
            cuts.push((b, "</b>", None));
        }
        // Closing tags first at one offset, so <b> never nests across a boundary.
        cuts.sort_by_key(|&(p, tag, _)| (p, tag != "</b>"));
        for (p, tag, anchor) in cuts {
            out.push_str(&esc(&text[at..p]));
            at = p;
            match anchor {
                Some(a) => {
                    let _ = write!(out, "<a id=\"{}\"></a>", sentence_anchor(source, a));
                }
                None => out.push_str(tag),
            }
        }
        out.push_str(&esc(&text[at..m.end]));
        out.push_str("</span><sup class=\"refs\">");
        for id in &m.conflicts {
            let _ = write!(out, "<a href=\"#{0}\">{0}</a>", esc(id));
        }
        out.push_str("</sup>");
        pos = m.end;
    }
    out.push_str(&esc(&text[pos..]));
    out
}
