//! Scraping noise: whole lines that are not the article's text (bylines, captions, links,
//! footers, timestamps, bare URLs, lines in another script). The rules are anchored at the
//! start of a line and conservative — a false noise costs a claim — and their cue words
//! come from `data/segment/noise.toml`.

use super::chars::{char_at, ends_like_sentence, lower_into, ws_at};
use super::script::{self, Script};
use super::words::{key_set, Words};
use super::NoiseKind;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Deserialize;

/// The noise cues that ship with the crate.
pub const NOISE_TOML: &str = include_str!("../../data/segment/noise.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoiseFile {
    prefix: Vec<PrefixSpec>,
    line: Vec<LineSpec>,
    credit: Vec<CreditSpec>,
    suffix: SuffixSpec,
    byline: BylineSpec,
    dateline: DatelineSpec,
    url: UrlSpec,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PrefixSpec {
    kind: NoiseKind,
    cues: Vec<String>,
    #[serde(default)]
    unpunctuated: bool,
    #[serde(default)]
    max_words: Option<usize>,
    #[serde(default)]
    needs_date: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LineSpec {
    kind: NoiseKind,
    lines: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CreditSpec {
    kind: NoiseKind,
    cues: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SuffixSpec {
    kind: NoiseKind,
    cues: Vec<String>,
    max_words: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BylineSpec {
    cues: Vec<String>,
    max_words: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct DatelineSpec {
    separators: Vec<String>,
    max_words: usize,
    max_other_words: usize,
    date_words: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UrlSpec {
    schemes: Vec<String>,
    labels: Vec<String>,
}

#[derive(Debug, Clone)]
struct PrefixRule {
    cue: Box<str>,
    kind: NoiseKind,
    unpunctuated: bool,
    max_words: usize,
    needs_date: bool,
}

/// What a line is, as far as noise goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineClass {
    /// Article text, to split into sentences.
    Text,
    /// A whole line of noise.
    Noise(NoiseKind),
    /// Text, then a credit parenthetical that starts at this byte of the line.
    TextThenCredit(usize, NoiseKind),
}

/// Compiled noise rules.
#[derive(Debug, Clone)]
pub(crate) struct NoiseRules {
    prefixes: Vec<PrefixRule>,
    /// Indexes into `prefixes` by the lower-cased first byte of the cue.
    by_first_byte: Vec<Vec<u16>>,
    lines: FxHashMap<Box<[u8]>, NoiseKind>,
    credits: Vec<(Box<str>, NoiseKind)>,
    suffixes: Vec<Box<str>>,
    suffix_kind: NoiseKind,
    suffix_max_words: usize,
    byline_cues: Vec<Box<str>>,
    byline_max_words: usize,
    separators: FxHashSet<Box<[u8]>>,
    date_words: FxHashSet<Box<[u8]>>,
    dateline_max_words: usize,
    dateline_max_other: usize,
    url_schemes: Vec<Box<str>>,
    url_labels: Vec<Box<str>>,
}

fn boxed(v: &[String]) -> Vec<Box<str>> {
    v.iter().map(|s| s.to_lowercase().into_boxed_str()).collect()
}

/// The length of the prefix of `line` that matches `cue`, ASCII case ignored and a space
/// of the cue matching any run of white space; the cue must match as whole words (a cue
/// that ends in a letter or digit must not run on into one: "ap" is not "Apple").
fn match_cue(line: &str, cue: &str) -> Option<usize> {
    let l = line.as_bytes();
    let mut i = 0;
    for &c in cue.as_bytes() {
        if c == b' ' {
            let start = i;
            while ws_at(l, i) > 0 {
                i += ws_at(l, i);
            }
            if i == start {
                return None;
            }
        } else if l.get(i).is_some_and(|x| x.eq_ignore_ascii_case(&c)) {
            i += 1;
        } else {
            return None;
        }
    }
    let cue_ends_in_word = cue.chars().next_back().is_some_and(char::is_alphanumeric);
    (!cue_ends_in_word || !char_at(line, i).is_some_and(char::is_alphanumeric)).then_some(i)
}

fn starts_with_cue(line: &str, cue: &str) -> bool {
    match_cue(line, cue).is_some()
}

/// Lower-cases `s` into `buf` with each run of white space made one space; `None` when it
/// does not fit.
fn folded<'b>(s: &str, buf: &'b mut [u8; 64]) -> Option<&'b [u8]> {
    let mut n = 0;
    let mut space = false;
    if s.is_ascii() {
        for c in s.bytes() {
            if c.is_ascii_whitespace() || c == 0x0B {
                space = true;
                continue;
            }
            if n + 1 + usize::from(space && n > 0) > buf.len() {
                return None;
            }
            if space && n > 0 {
                buf[n] = b' ';
                n += 1;
            }
            space = false;
            buf[n] = c.to_ascii_lowercase();
            n += 1;
        }
        return Some(&buf[..n]);
    }
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let need = c.len_utf8() + usize::from(space && n > 0);
        if n + need > buf.len() {
            return None;
        }
        if space && n > 0 {
            buf[n] = b' ';
            n += 1;
        }
        space = false;
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    Some(&buf[..n])
}

/// The number of white-space separated words of `s`, counting no further than `limit + 1`.
fn words_up_to(s: &str, limit: usize) -> usize {
    let b = s.as_bytes();
    let (mut words, mut i, mut in_word) = (0, 0, false);
    while i < b.len() && words <= limit {
        let n = ws_at(b, i);
        if n > 0 {
            in_word = false;
            i += n;
        } else {
            words += usize::from(!in_word);
            in_word = true;
            i += 1;
        }
    }
    words
}

impl NoiseRules {
    /// The rules that ship with the crate.
    pub(crate) fn builtin() -> NoiseRules {
        let file: NoiseFile = toml::from_str(NOISE_TOML).expect("the embedded noise rules are valid");
        let mut prefixes = Vec::new();
        for spec in &file.prefix {
            for cue in boxed(&spec.cues) {
                prefixes.push(PrefixRule {
                    cue,
                    kind: spec.kind,
                    unpunctuated: spec.unpunctuated,
                    max_words: spec.max_words.unwrap_or(usize::MAX - 1),
                    needs_date: spec.needs_date,
                });
            }
        }
        let mut by_first_byte = vec![Vec::new(); 256];
        for (i, p) in prefixes.iter().enumerate() {
            let first = p.cue.as_bytes().first().copied().unwrap_or(0);
            by_first_byte[first.to_ascii_lowercase() as usize].push(i as u16);
        }
        let mut lines = FxHashMap::default();
        for spec in &file.line {
            for l in boxed(&spec.lines) {
                lines.insert(l.into_boxed_bytes(), spec.kind);
            }
        }
        let credits =
            file.credit.iter().flat_map(|c| boxed(&c.cues).into_iter().map(move |cue| (cue, c.kind))).collect();
        NoiseRules {
            prefixes,
            by_first_byte,
            lines,
            credits,
            suffixes: boxed(&file.suffix.cues),
            suffix_kind: file.suffix.kind,
            suffix_max_words: file.suffix.max_words,
            byline_cues: boxed(&file.byline.cues),
            byline_max_words: file.byline.max_words,
            separators: key_set(file.dateline.separators.iter().map(|s| s.to_lowercase())),
            date_words: key_set(file.dateline.date_words.iter().map(|s| s.to_lowercase())),
            dateline_max_words: file.dateline.max_words,
            dateline_max_other: file.dateline.max_other_words,
            url_schemes: boxed(&file.url.schemes),
            url_labels: boxed(&file.url.labels),
        }
    }

    /// Classifies one trimmed, non-empty line of an article whose letters are mostly in
    /// `dominant`.
    pub(crate) fn classify(&self, line: &str, words: &Words, dominant: Script) -> LineClass {
        if self.is_url_line(line) {
            return LineClass::Noise(NoiseKind::Url);
        }
        if let Some(inner) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) {
            if let Some(kind) = self.credit(inner) {
                return LineClass::Noise(kind);
            }
        }
        if let Some(kind) = self.prefix(line, words) {
            return LineClass::Noise(kind);
        }
        if let Some(kind) = self.whole_line(line) {
            return LineClass::Noise(kind);
        }
        let unpunctuated = !ends_like_sentence(line);
        if unpunctuated && self.is_byline(line, words) {
            return LineClass::Noise(NoiseKind::Byline);
        }
        if unpunctuated && self.is_dateline(line, words) {
            return LineClass::Noise(NoiseKind::Timestamp);
        }
        if unpunctuated && self.has_suffix(line) {
            return LineClass::Noise(self.suffix_kind);
        }
        if !line.chars().any(char::is_alphanumeric) {
            return LineClass::Noise(NoiseKind::Separator);
        }
        if script::is_foreign(line, dominant) {
            return LineClass::Noise(NoiseKind::ForeignScript);
        }
        if let Some(body) = line.strip_suffix(')') {
            if let Some(open) = memchr::memrchr(b'(', body.as_bytes()) {
                let inner = &body[open + 1..];
                if open > 0 && !inner.contains(['(', ')']) {
                    match self.credit(inner) {
                        // A line that ends with a photo credit is a caption.
                        Some(NoiseKind::Caption) => return LineClass::Noise(NoiseKind::Caption),
                        Some(kind) => return LineClass::TextThenCredit(open, kind),
                        None => {}
                    }
                }
            }
        }
        LineClass::Text
    }

    /// The kind of a credit parenthetical's inside, as "Photo: Reuters", "Reporting by …".
    fn credit(&self, inner: &str) -> Option<NoiseKind> {
        let inner = inner.trim_start();
        self.credits.iter().find(|(cue, _)| starts_with_cue(inner, cue)).map(|&(_, k)| k)
    }

    fn prefix(&self, line: &str, words: &Words) -> Option<NoiseKind> {
        let line = match line.trim_start_matches(['—', '–', '-', '•', '*']).trim_start() {
            "" => line,
            rest => rest,
        };
        let first = line.as_bytes()[0].to_ascii_lowercase();
        for &i in &self.by_first_byte[first as usize] {
            let rule = &self.prefixes[i as usize];
            if starts_with_cue(line, &rule.cue)
                && (!rule.unpunctuated || !ends_like_sentence(line))
                && words_up_to(line, rule.max_words) <= rule.max_words
                && (!rule.needs_date || self.has_date(line.split_whitespace().take(rule.max_words + 1), words))
            {
                return Some(rule.kind);
            }
        }
        None
    }

    /// Short lines that end with a desk or staff name: "Nordpost News Desk".
    fn has_suffix(&self, line: &str) -> bool {
        let mut buf = [0u8; 64];
        if words_up_to(line, self.suffix_max_words) > self.suffix_max_words {
            return false;
        }
        let Some(key) = folded(line, &mut buf) else { return false };
        self.suffixes.iter().any(|s| key.strip_suffix(s.as_bytes()).is_some_and(|h| h.is_empty() || h.ends_with(b" ")))
    }

    /// Short lines such as "Advertisement" or "1 View gallery", ignoring case, a leading
    /// count and a trailing colon or period.
    fn whole_line(&self, line: &str) -> Option<NoiseKind> {
        if line.len() > 64 {
            return None;
        }
        let t = line.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
        let t = t.trim_end_matches(|c: char| matches!(c, ':' | '.' | '…' | '!') || c.is_whitespace());
        let mut buf = [0u8; 64];
        let key = folded(t, &mut buf)?;
        self.lines.get(key).copied()
    }

    fn is_url_line(&self, line: &str) -> bool {
        let is_url = |s: &str| {
            !s.is_empty() && !s.contains(char::is_whitespace) && self.url_schemes.iter().any(|p| starts_with_cue(s, p))
        };
        let first = line.as_bytes()[0];
        is_url(line)
            || self.url_labels.iter().any(|l| {
                l.as_bytes()[0].eq_ignore_ascii_case(&first)
                    && match_cue(line, l).is_some_and(|n| is_url(line[n..].trim_start()))
            })
    }

    /// "By Staff, Agencies", "By Sigrun Halloran and Piero Pellegrini", "BY THE EDITORIAL BOARD":
    /// a cue, then a capitalised word or "the"/"our", short, and not "By March …".
    fn is_byline(&self, line: &str, words: &Words) -> bool {
        let Some(n) = self.byline_cues.iter().find_map(|c| match_cue(line, c)) else {
            return false;
        };
        let rest = line[n..].trim_start();
        let first = rest.split(|c: char| c.is_whitespace() || c == ',').next().unwrap_or("");
        let Some(c) = first.chars().next() else {
            return false;
        };
        let named = c.is_uppercase() || first.eq_ignore_ascii_case("the") || first.eq_ignore_ascii_case("our");
        named
            && !words.is_date_word(first.trim_end_matches('.'))
            && words_up_to(line, self.byline_max_words) <= self.byline_max_words
    }

    /// "Nordpost Digest — 9 Mar 2027", "WireLoop Staff | Updated 3 Nov 2024, 06:12 GMT",
    /// "March 9, 2027": after the last separator, a date and few other words.
    fn is_dateline(&self, line: &str, words: &Words) -> bool {
        if words_up_to(line, self.dateline_max_words) > self.dateline_max_words {
            return false;
        }
        let tokens = || line.split_whitespace();
        let mut buf = [0u8; 32];
        let last_sep = tokens()
            .enumerate()
            .filter(|(_, t)| lower_into(t, &mut buf).is_some_and(|k| self.separators.contains(k)))
            .map(|(i, _)| i)
            .last();
        let (skip, allowed) = match last_sep {
            Some(i) => (i + 1, self.dateline_max_other),
            None => (0, 1),
        };
        let segment = || tokens().skip(skip);
        if segment().next().is_none() || !self.has_date(segment(), words) {
            return false;
        }
        let others = segment().filter(|t| self.token_kind(t, words) == Token::Other).count();
        others <= allowed
    }

    /// True when the tokens hold a date: a month or weekday name and a number, a clock
    /// time, a numeric date, or "N … ago".
    fn has_date<'a>(&self, tokens: impl Iterator<Item = &'a str>, words: &Words) -> bool {
        let (mut name, mut number, mut ago) = (false, false, false);
        for t in tokens {
            match self.token_kind(t, words) {
                Token::DateName => name = true,
                Token::Number => number = true,
                Token::Time | Token::NumericDate => return true,
                _ if t.eq_ignore_ascii_case("ago") => ago = true,
                _ => {}
            }
        }
        number && (name || ago)
    }

    fn token_kind(&self, token: &str, words: &Words) -> Token {
        let t = token.trim_end_matches([',', '.', ';']);
        let b = t.as_bytes();
        let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits > 0 {
            let rest = &t[digits..];
            if rest.is_empty() || ["st", "nd", "rd", "th"].iter().any(|s| rest.eq_ignore_ascii_case(s)) {
                return if digits <= 4 { Token::Number } else { Token::Other };
            }
            if rest.starts_with(':') && rest[1..].bytes().take_while(u8::is_ascii_digit).count() == 2 {
                return Token::Time;
            }
            let parts = t.split(['/', '-', '.']).collect::<Vec<_>>();
            if parts.len() == 3
                && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|c| c.is_ascii_digit()))
            {
                return Token::NumericDate;
            }
            return Token::Other;
        }
        if words.is_date_word(t) {
            return Token::DateName;
        }
        let mut buf = [0u8; 32];
        let neutral = self.separators.contains(t.as_bytes())
            || words.is_continuation(t)
            || lower_into(t, &mut buf).is_some_and(|k| self.date_words.contains(k));
        if neutral {
            Token::Neutral
        } else {
            Token::Other
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Number,
    DateName,
    Time,
    NumericDate,
    Neutral,
    Other,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(line: &str) -> LineClass {
        let rules = NoiseRules::builtin();
        rules.classify(line, &Words::builtin(), Script::Latin)
    }

    fn noise(line: &str) -> Option<NoiseKind> {
        match class(line) {
            LineClass::Noise(k) => Some(k),
            _ => None,
        }
    }

    #[test]
    fn bylines() {
        for l in [
            "By Staff, Agencies",
            "By Kenji Watanabe and Maria Santos",
            "By Luiza Fontes · Verde Voice · 14 March 2026",
            "By the Manila Free Press Editorial Board",
            "BY HARRIET COLE, POLITICAL CORRESPONDENT",
            "(Reporting by Elif Demir; writing by Tom Harcourt; editing by Nadia Ionescu)",
            "(Editing by Sarah Lim)",
            "Posted by the TravelSafe Europe Team · 6 min read",
            "Reporting by Maya Lin; Editing by Tom Hale",
            "— With reporting from AFP",
            "QuickFeed News Desk",
        ] {
            assert_eq!(noise(l), Some(NoiseKind::Byline), "{l}");
        }
        // Near misses: sentences and headings that start with "By".
        for l in [
            "By Friday, officials had agreed on a deal.",
            "By March the fund had run dry",
            "By 2030 the fund could reach $5 billion",
            "by land and sea, the migrants keep coming",
            "(Reporters were told the talks would resume.)",
            "Reporting by the agency showed the dam was weak.",
            "Pentagon cuts civilian staff",
            "The newsroom was evacuated on Monday",
        ] {
            assert_eq!(noise(l), None, "{l}");
        }
    }

    #[test]
    fn captions_and_media() {
        assert_eq!(noise("(Photo: Mohamed Abd El Ghany/ Reuters)"), Some(NoiseKind::Caption));
        assert_eq!(noise("(Photo: AFP)"), Some(NoiseKind::Caption));
        assert_eq!(
            noise("Photo: A cargo ship leaves the port. (Photo: Sea Ports Authority)"),
            Some(NoiseKind::Caption)
        );
        assert_eq!(noise("Cargo ships wait to enter the strait (Photo: Reuters)"), Some(NoiseKind::Caption));
        assert_eq!(noise("1 View gallery"), Some(NoiseKind::Media));
        assert_eq!(noise("12 view gallery"), Some(NoiseKind::Media));
        assert_eq!(noise("Image caption, Rescuers reached the village"), Some(NoiseKind::Caption));
        assert_eq!(noise("Media caption, The moment the dam burst"), Some(NoiseKind::Caption));
        assert_eq!(noise("Video: the flood in Galati"), Some(NoiseKind::Media));
        // Near misses.
        assert_eq!(noise("The photo showed cars under water."), None);
        assert_eq!(noise("Photographers gathered outside the court."), None);
        assert_eq!(noise("The gallery reopened on Monday."), None);
    }

    #[test]
    fn trailing_credit_is_split_off() {
        let l = "Floods killed 23 people. (Reporting by Ana Vlad)";
        assert_eq!(class(l), LineClass::TextThenCredit(25, NoiseKind::Byline));
        // An ordinary closing parenthetical is text; "ap" does not match "Apple".
        assert_eq!(class("Shares rose (Apple led the gains)"), LineClass::Text);
        assert_eq!(class("The vote was close (the 27 states split)"), LineClass::Text);
    }

    #[test]
    fn links_ads_and_footers() {
        assert_eq!(noise("Read more: Why piracy in the Gulf of Guinea is falling"), Some(NoiseKind::Link));
        assert_eq!(noise("Also read: COP30 in Belém: what was agreed"), Some(NoiseKind::Link));
        assert_eq!(noise("Related: What is the EU Solidarity Fund?"), Some(NoiseKind::Link));
        assert_eq!(noise("Read the Commission statement (PDF, 4 pages)"), Some(NoiseKind::Link));
        assert_eq!(noise("Advertisement"), Some(NoiseKind::Advertisement));
        assert_eq!(noise("ADVERTISEMENT"), Some(NoiseKind::Advertisement));
        assert_eq!(noise("Comments"), Some(NoiseKind::Boilerplate));
        assert_eq!(noise("Comments policy: We welcome debate. Comments are removed."), Some(NoiseKind::Boilerplate));
        assert_eq!(noise("The commenter agrees to the privacy policy of the site."), Some(NoiseKind::Boilerplate));
        assert_eq!(
            noise("Comments are moderated. Posts with profanity will not be published."),
            Some(NoiseKind::Boilerplate)
        );
        // Near misses: real sentences with cue words.
        assert_eq!(noise("Read the statement, the minister told reporters."), None);
        assert_eq!(noise("Advertisement revenue rose 5% in the quarter."), None);
        assert_eq!(noise("Comments by the minister drew criticism."), None);
        assert_eq!(noise("Related talks will resume in May."), None);
        assert_eq!(noise("Readers were asked to comment."), None);
    }

    #[test]
    fn cues_ignore_case_and_white_space_runs() {
        assert_eq!(noise("READ  MORE:  Why piracy is falling"), Some(NoiseKind::Link));
        assert_eq!(noise("1  View\u{a0}gallery"), Some(NoiseKind::Media));
        assert_eq!(noise("By  Staff,  Agencies"), Some(NoiseKind::Byline));
        assert_eq!(match_cue("Photo: x", "photo:"), Some(6));
        assert_eq!(match_cue("read  more: x", "read more:"), Some(11));
        assert_eq!(match_cue("readmore: x", "read more:"), None);
    }

    #[test]
    fn word_counts() {
        assert_eq!(words_up_to("  a b\u{a0}c  ", 10), 3);
        assert_eq!(words_up_to("a b c d e f", 2), 3);
        assert_eq!(words_up_to("", 2), 0);
    }

    #[test]
    fn urls() {
        assert_eq!(noise("https://www.example.net/2026/03/amazon-fund/"), Some(NoiseKind::Url));
        assert_eq!(noise("Source: https://www.example.com/world/deal"), Some(NoiseKind::Url));
        assert_eq!(noise("www.example.com"), Some(NoiseKind::Url));
        assert_eq!(noise("https://example.com says the deal is off."), None);
        assert_eq!(noise("Source: the ministry said the deal was off."), None);
    }

    #[test]
    fn timestamps() {
        for l in [
            "AsiaNow Digest — 16 Jan 2026",
            "NewsRoll Staff | Updated 22 Oct 2025, 09:14 GMT",
            "HeadlineHub | World | 13 Mar 2026",
            "Euro Briefing — Brussels, 13 December 2025",
            "January 24, 2026",
            "Last updated by the GreenGuide editors | 9 min read",
            "Updated 22 Oct 2025",
            "Published 3 hours ago",
        ] {
            assert_eq!(noise(l), Some(NoiseKind::Timestamp), "{l}");
        }
        for l in [
            "Romania floods: what happened on 14 October 2025",
            "Floods in May 2025",
            "January 24, 2026 – In a diplomatic move, the US pressed Italy.",
            "Updated guidance on flood insurance",
            "Opinion | Norway paid up. Where is Berlin?",
            "Japan and Philippines deepen coast guard ties",
        ] {
            assert_eq!(noise(l), None, "{l}");
        }
    }

    #[test]
    fn separators_and_foreign_script() {
        assert_eq!(noise("—"), Some(NoiseKind::Separator));
        assert_eq!(noise("\"\""), Some(NoiseKind::Separator));
        assert_eq!(noise("* * *"), Some(NoiseKind::Separator));
        assert_eq!(noise("署名式に臨む日本とフィリピンの代表団"), Some(NoiseKind::ForeignScript));
        assert_eq!(noise("Фото: Вантажне судно виходить з порту Одеси"), Some(NoiseKind::ForeignScript));
        assert_eq!(noise("Zelenskyy (Зеленський) signed the memorandum."), None);
        assert_eq!(noise("2026"), None);
    }
}
