//! The report for people at a terminal: summary, conflicts, outliers, agreements.

use super::escape::{plural, snippet};
use super::{AgreementReport, ClaimRef, ConflictReport, Report};
use crate::claims::ClaimKind;
use std::fmt::Write as _;

/// Characters of context kept either side of a claim's words.
const CONTEXT: usize = 90;

/// ANSI styles, or nothing when colour is off.
#[derive(Clone, Copy)]
struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn source(self, s: &str) -> String {
        self.wrap("36", s)
    }
    /// The words that carry a claim: bold yellow, or «guillemets» without colour.
    fn words(self, s: &str) -> String {
        if s.is_empty() {
            String::new()
        } else if self.on {
            self.wrap("1;33", s)
        } else {
            format!("«{s}»")
        }
    }
}

impl Report {
    /// The report for people, without colour: see [`Report::render_text`].
    pub fn to_text(&self) -> String {
        self.render_text(false)
    }

    /// The report for people: a summary, then each conflict (most confident and most widely
    /// sourced first) with its question, its sides, their sources and the sentence of each
    /// claim with the claim's words marked; then the outlier table and the agreements, if
    /// any. With `colour`, ANSI escapes mark the words (bold yellow) and the structure;
    /// without, the words stand in «guillemets». Whether a terminal wants colour (`NO_COLOR`,
    /// not a terminal) is the caller's decision.
    ///
    /// ```
    /// use gainsay::{Article, Checker};
    /// let report = Checker::default().check(&[
    ///     Article::new("a", "Italy would not send troops."),
    ///     Article::new("b", "Italy is sending troops."),
    /// ]);
    /// let plain = report.render_text(false);
    /// assert!(plain.contains("Does Italy contribute troops?"));
    /// assert!(plain.contains("«would not send"));
    /// assert!(!plain.contains('\x1b'));
    /// assert!(report.render_text(true).contains("\x1b[1;33mwould not send"));
    /// ```
    pub fn render_text(&self, colour: bool) -> String {
        let p = Paint { on: colour };
        let mut out = String::new();
        self.write_summary(&mut out, p);
        if !self.conflicts.is_empty() {
            let _ = writeln!(out, "\n{}", p.bold("Conflicts, most confident and most widely sourced first"));
            for c in &self.conflicts {
                write_conflict(&mut out, c, p);
            }
            self.write_outliers(&mut out, p);
        }
        if !self.agreements.is_empty() {
            let _ = writeln!(out, "\n{}", p.bold("Agreements: said alike by two sources or more"));
            for a in &self.agreements {
                write_agreement(&mut out, a, p);
            }
        }
        for m in &self.warnings {
            let _ = writeln!(out, "\nwarning: {}: {}", m.source, m.message);
        }
        for m in &self.errors {
            let _ = writeln!(out, "\nerror: {}: {}", m.source, m.message);
        }
        out
    }

    fn write_summary(&self, out: &mut String, p: Paint) {
        let s = &self.summary;
        let mut line = format!("gainsay: {}", s.counts(", "));
        if !s.by_kind.is_empty() {
            let _ = write!(line, " ({})", s.kinds());
        }
        if s.hidden > 0 {
            let _ = write!(line, "; {} below the confidence threshold not shown", s.hidden);
        }
        if s.agreements > 0 {
            let _ = write!(line, "; {}", plural(s.agreements, "agreement", "agreements"));
        }
        let _ = writeln!(out, "{}", p.bold(&line));
    }

    fn write_outliers(&self, out: &mut String, p: Paint) {
        let _ = writeln!(out, "\n{}", p.bold("Outliers: how often each source stands on the minority side"));
        let width = self.sources.iter().map(|s| s.id.chars().count()).max().unwrap_or(6).max(6);
        let _ = writeln!(out, "   {:<width$}  minority  conflicts", "source");
        for s in self.sources_by_minority() {
            let _ =
                writeln!(out, "   {}  {:>8}  {:>9}", p.source(&format!("{:<width$}", s.id)), s.minority, s.conflicts);
        }
    }
}

fn write_conflict(out: &mut String, c: &ConflictReport, p: Paint) {
    let _ = writeln!(out, "\n{}. {}", c.id.trim_start_matches('c'), p.bold(&c.question));
    let within = if c.self_contradiction { " · within one article" } else { "" };
    let meta = format!("{} · confidence {:.2}{within} · key: {}", c.kind, c.confidence, c.key);
    let _ = writeln!(out, "   {}", p.dim(&meta));
    for side in &c.sides {
        write_side(out, &side.value, &side.sources, &side.claims, p);
    }
}

fn write_agreement(out: &mut String, a: &AgreementReport, p: Paint) {
    let disputed = a.conflict.as_ref().map(|c| format!(" · disputed in conflict {}", c.trim_start_matches('c')));
    let _ = writeln!(out, "\n{}. {}", a.id, p.bold(&a.question));
    let _ =
        writeln!(out, "   {}", p.dim(&format!("{} · key: {}{}", a.kind_name(), a.key, disputed.unwrap_or_default())));
    write_side(out, &a.value, &a.sources, &a.claims, p);
}

fn write_side(out: &mut String, value: &str, sources: &[String], claims: &[ClaimRef], p: Paint) {
    let ids: Vec<String> = sources.iter().map(|s| p.source(s)).collect();
    let _ =
        writeln!(out, "   ▸ {} — {}: {}", p.bold(value), plural(sources.len(), "source", "sources"), ids.join(", "));
    for r in claims {
        let (before, words, after) = snippet(r.highlight(), CONTEXT);
        let _ = writeln!(out, "       {}: {before}{}{after}", p.source(&r.source), p.words(&words));
    }
}

impl AgreementReport {
    /// The claim kind's name as JSON spells it.
    pub(crate) fn kind_name(&self) -> &'static str {
        match self.kind {
            ClaimKind::Action => "action",
            ClaimKind::Holder => "holder",
            ClaimKind::Role => "role",
            ClaimKind::Attribute => "attribute",
            ClaimKind::Quantity => "quantity",
            ClaimKind::Date => "date",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::Polarity;

    #[test]
    fn kind_names_match_the_json() {
        for kind in [
            ClaimKind::Action,
            ClaimKind::Holder,
            ClaimKind::Role,
            ClaimKind::Attribute,
            ClaimKind::Quantity,
            ClaimKind::Date,
        ] {
            let a = AgreementReport {
                id: "a1".into(),
                kind,
                key: String::new(),
                question: String::new(),
                value: String::new(),
                polarity: Polarity::Affirmed,
                sources: Vec::new(),
                claims: Vec::new(),
                mentions: 0,
                conflict: None,
            };
            assert_eq!(serde_json::to_value(kind).unwrap(), a.kind_name());
        }
    }
}
