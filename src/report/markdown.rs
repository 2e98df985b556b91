//! The report as Markdown, to paste into a ticket or a CMS note.

use super::escape::{markdown as md, plural, snippet};
use super::{ClaimRef, Report};
use std::fmt::Write as _;

/// Characters of context kept either side of a claim's words.
const CONTEXT: usize = 120;

impl Report {
    /// The report as CommonMark: a summary line, a section per conflict with its sides as a
    /// list and each claim's sentence quoted with its words in bold, the outlier table, the
    /// agreements if any, and the problems. Everything taken from the articles is escaped.
    ///
    /// ```
    /// use gainsay::{Article, Checker};
    /// let report = Checker::default().check(&[
    ///     Article::new("a", "Italy would not send troops."),
    ///     Article::new("*b*", "Italy is sending troops."),
    /// ]);
    /// let md = report.to_markdown();
    /// assert!(md.contains("### 1. Does Italy contribute troops?"));
    /// assert!(md.contains("| source | minority | conflicts |"));
    /// assert!(md.contains(r"| \*b\* | 0 | 1 |"));
    /// ```
    pub fn to_markdown(&self) -> String {
        let mut out = String::from("# gainsay report\n\n");
        let s = &self.summary;
        let _ = write!(out, "**{}**", s.counts(" · "));
        if !s.by_kind.is_empty() {
            let _ = write!(out, " ({})", s.kinds());
        }
        if s.hidden > 0 {
            let _ = write!(out, " · {} below the confidence threshold not shown", s.hidden);
        }
        out.push_str("\n\n");
        if !self.conflicts.is_empty() {
            out.push_str("## Conflicts\n\nMost confident and most widely sourced first.\n");
            for c in &self.conflicts {
                let _ = write!(out, "\n### {}. {}\n\n", c.id.trim_start_matches('c'), md(&c.question));
                let within = if c.self_contradiction { " · within one article" } else { "" };
                let _ = write!(
                    out,
                    "{} · confidence {:.2}{within} · key: {}\n\n",
                    md(c.kind.name()),
                    c.confidence,
                    code(&c.key)
                );
                for side in &c.sides {
                    write_side(&mut out, &side.value, &side.sources, &side.claims);
                }
            }
            out.push_str("\n## Outliers\n\nHow often each source stands on the minority side of a conflict.\n\n");
            out.push_str("| source | minority | conflicts |\n|---|--:|--:|\n");
            for s in self.sources_by_minority() {
                let _ = writeln!(out, "| {} | {} | {} |", md(&s.id), s.minority, s.conflicts);
            }
        }
        if !self.agreements.is_empty() {
            out.push_str("\n## Agreements\n\nSaid alike by two sources or more.\n");
            for a in &self.agreements {
                let _ = write!(out, "\n### {}. {}\n\n", a.id, md(&a.question));
                let disputed = a
                    .conflict
                    .as_ref()
                    .map(|c| format!(" · disputed in conflict {}", md(c.trim_start_matches('c'))))
                    .unwrap_or_default();
                let _ = write!(out, "{} · key: {}{disputed}\n\n", a.kind_name(), code(&a.key));
                write_side(&mut out, &a.value, &a.sources, &a.claims);
            }
        }
        if !self.warnings.is_empty() || !self.errors.is_empty() {
            out.push_str("\n## Problems\n\n");
            for (what, m) in
                self.warnings.iter().map(|m| ("warning", m)).chain(self.errors.iter().map(|m| ("error", m)))
            {
                let _ = writeln!(out, "- {what}: {}: {}", md(&m.source), md(&m.message));
            }
        }
        out
    }
}

fn write_side(out: &mut String, value: &str, sources: &[String], claims: &[ClaimRef]) {
    let ids: Vec<String> = sources.iter().map(|s| md(s)).collect();
    let count = plural(sources.len(), "source", "sources");
    let _ = writeln!(out, "- **{}** — {count}: {}", md(value), ids.join(", "));
    for r in claims {
        let (before, words, after) = snippet(r.highlight(), CONTEXT);
        let words = if words.is_empty() { String::new() } else { format!("**{}**", md(&words)) };
        let _ = writeln!(out, "  - {}: “{}{words}{}”", md(&r.source), md(&before), md(&after));
    }
}

/// `s` as a code span, with a fence longer than any run of backticks inside it.
fn code(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') { " " } else { "" };
    format!("{fence}{pad}{s}{pad}{fence}")
}

#[cfg(test)]
mod tests {
    use super::code;

    #[test]
    fn code_spans_survive_backticks() {
        assert_eq!(code("a | b"), "`a | b`");
        assert_eq!(code("a`b"), "``a`b``");
        assert_eq!(code("`a"), "`` `a ``");
    }
}
