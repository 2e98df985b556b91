//! Matched quotes and brackets on one line. Text inside a matched pair is not split, like
//! pySBD's between-punctuation rule: `He said: “We will fight. We will win.” Then he left.`
//! keeps the quoted speech in one sentence.

use super::chars::{char_at, char_before, mark_at, Jumps, MARK_LEADS};

/// Which marks close which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Paren,
    Bracket,
    Double,
    Single,
    Guillemet,
    Corner,
}

/// How a quote sits between its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flank {
    Open,
    Close,
    Neither,
}

/// Deeper nesting than this is not text; openers beyond it are left unmatched.
const MAX_DEPTH: usize = 64;
/// How far below the top of the stack a closer looks for its opener, skipping unmatched
/// openers of other kinds (`( “a )` leaves the quote unmatched).
const SEARCH_DEPTH: usize = 4;

/// Reusable buffers for [`find_regions`].
#[derive(Debug, Default)]
pub(crate) struct Pairs {
    stack: Vec<(Family, usize)>,
    /// Byte ranges `(open, close)` of the outermost matched pairs that hold a sentence mark,
    /// in order and disjoint; `close` is where the closing mark starts.
    pub(crate) regions: Vec<(usize, usize)>,
}

fn opens(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '{' | '“' | '‘' | '«' | '„' | '—' | '–' | '-' | '/')
}

fn closes(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '”' | '’' | '»' | '…' | '—' | '–' | '-' | '"' | '\''
        )
}

/// Whether a quote of `len` bytes at `i` opens or closes, from its neighbours: an opener
/// follows white space (or the start, or an opening mark) and precedes text.
fn flank(text: &str, i: usize, len: usize) -> Flank {
    let before = char_before(text, i).is_none_or(opens);
    let after = char_at(text, i + len).is_none_or(closes);
    match (before, after) {
        (true, false) => Flank::Open,
        (false, true) => Flank::Close,
        _ => Flank::Neither,
    }
}

/// The direction of the curly quote at `i`: its shape, unless its neighbours clearly say
/// otherwise (scraped text sometimes opens with ”).
fn shaped(text: &str, i: usize, shape: Flank) -> Flank {
    match flank(text, i, 3) {
        Flank::Neither => shape,
        seen => seen,
    }
}

/// True when the quote at `i` sits between two letters or digits: an apostrophe ("it's").
fn inside_word(text: &str, i: usize, len: usize) -> bool {
    let b = text.as_bytes();
    // Fast path for the common ASCII case.
    if i > 0 && i + len < b.len() && b[i - 1] < 0x80 && b[i + len] < 0x80 {
        return b[i - 1].is_ascii_alphanumeric() && b[i + len].is_ascii_alphanumeric();
    }
    char_before(text, i).is_some_and(char::is_alphanumeric) && char_at(text, i + len).is_some_and(char::is_alphanumeric)
}

/// A forward-only cursor over the sentence marks of a line.
struct Marks {
    jumps: Jumps<'static>,
    pos: usize,
    end: usize,
    last: Option<usize>,
}

impl Marks {
    /// The last sentence mark before `at`; calls must not go backwards.
    fn last_before(&mut self, b: &[u8], at: usize) -> Option<usize> {
        loop {
            let k = self.jumps.next(b, self.pos, self.end);
            if k >= at {
                return self.last;
            }
            if mark_at(b, k) {
                self.last = Some(k);
            }
            self.pos = k + 1;
        }
    }
}

impl Pairs {
    /// Finds the matched pairs of `text[start..end]` (one line) that hold `. ! ? …`.
    pub(crate) fn find_regions(&mut self, text: &str, start: usize, end: usize) {
        self.stack.clear();
        self.regions.clear();
        let b = text.as_bytes();
        // Quotes and brackets; C2 leads « », E2 curly quotes, E3 「 」, EF （ ）.
        let mut jumps = Jumps::new(&[b"\"'(", b")[]", &[0xC2, 0xE2, 0xE3], &[0xEF]]);
        let mut marks = Marks { jumps: Jumps::new(&[b".?!", MARK_LEADS]), pos: start, end, last: None };
        let mut i = start;
        loop {
            i = jumps.next(b, i, end);
            if i >= end {
                break;
            }
            let (len, mark) = match b[i] {
                b'(' => (1, Some((Family::Paren, Flank::Open))),
                b')' => (1, Some((Family::Paren, Flank::Close))),
                b'[' => (1, Some((Family::Bracket, Flank::Open))),
                b']' => (1, Some((Family::Bracket, Flank::Close))),
                b'"' => (1, Some((Family::Double, flank(text, i, 1)))),
                b'\'' if inside_word(text, i, 1) => (1, None),
                b'\'' => (1, Some((Family::Single, flank(text, i, 1)))),
                _ => {
                    let c = char_at(text, i).unwrap_or('\0');
                    let mark = match c {
                        '“' | '„' => Some((Family::Double, shaped(text, i, Flank::Open))),
                        '”' => Some((Family::Double, shaped(text, i, Flank::Close))),
                        '‘' => Some((Family::Single, shaped(text, i, Flank::Open))),
                        '’' if inside_word(text, i, 3) => None,
                        '’' => Some((Family::Single, shaped(text, i, Flank::Close))),
                        '«' => Some((Family::Guillemet, Flank::Open)),
                        '»' => Some((Family::Guillemet, Flank::Close)),
                        '「' | '『' => Some((Family::Corner, Flank::Open)),
                        '」' | '』' => Some((Family::Corner, Flank::Close)),
                        '（' => Some((Family::Paren, Flank::Open)),
                        '）' => Some((Family::Paren, Flank::Close)),
                        _ => None,
                    };
                    (c.len_utf8().max(1), mark)
                }
            };
            match mark {
                Some((fam, Flank::Open)) => {
                    // A straight quote cannot nest inside its own kind: a second opener
                    // means the first was never closed.
                    if matches!(fam, Family::Double | Family::Single)
                        && self.stack.last().is_some_and(|&(f, _)| f == fam)
                    {
                        self.stack.pop();
                    }
                    if self.stack.len() < MAX_DEPTH {
                        self.stack.push((fam, i));
                    }
                }
                Some((fam, Flank::Close)) => self.close(fam, i, marks.last_before(b, i)),
                _ => {}
            }
            i += len;
        }
    }

    fn close(&mut self, fam: Family, at: usize, last_mark: Option<usize>) {
        let depth = self.stack.len();
        let Some(k) = (depth.saturating_sub(SEARCH_DEPTH)..depth).rev().find(|&k| self.stack[k].0 == fam) else {
            return;
        };
        let open = self.stack[k].1;
        self.stack.truncate(k);
        if last_mark.is_none_or(|m| m < open) {
            return; // nothing to protect inside
        }
        // Regions nested in this one are covered by it.
        while self.regions.last().is_some_and(|&(o, _)| o > open) {
            self.regions.pop();
        }
        self.regions.push((open, at));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regions(text: &str) -> Vec<&str> {
        let mut p = Pairs::default();
        p.find_regions(text, 0, text.len());
        p.regions.iter().map(|&(o, c)| &text[o..c]).collect()
    }

    #[test]
    fn matched_quotes_and_brackets() {
        assert_eq!(regions("He said “We will fight. We will win.” Then"), ["“We will fight. We will win."]);
        assert_eq!(regions("She turned, \"This is great.\" she said."), ["\"This is great."]);
        assert_eq!(regions("She turned, 'This is great.' she said."), ["'This is great."]);
        assert_eq!(regions("science (He worked as an engineer.) at"), ["(He worked as an engineer."]);
        assert_eq!(regions("«The cash follows. It does» said"), ["«The cash follows. It does"]);
        // Mixed straight opener and curly closer, as scraped.
        assert_eq!(regions("saying \"the ISF will come soon.” Then"), ["\"the ISF will come soon."]);
        // Nested pairs give one region.
        assert_eq!(regions("a (b “c. d” e. f) g"), ["(b “c. d” e. f"]);
    }

    #[test]
    fn near_misses() {
        // Apostrophes are not quotes.
        assert!(regions("It's over. Italy's turn. Rome's 'no.").is_empty());
        // Pairs without a sentence mark inside protect nothing.
        assert!(regions("The “Iron Dome” system (ISF) works.").is_empty());
        // An unclosed quote protects nothing.
        assert!(regions("He said “we go. Then he left.").is_empty());
        // A second straight opener replaces the unclosed first one.
        assert_eq!(regions("He said \"yes. Later \"it was. fine\" ok"), ["\"it was. fine"]);
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let text = format!("{}a. b{}", "(".repeat(10_000), ")".repeat(10_000));
        let mut p = Pairs::default();
        p.find_regions(&text, 0, text.len());
        assert!(p.stack.len() <= MAX_DEPTH && p.regions.len() <= 1);
    }
}
