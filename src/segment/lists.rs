//! Lists run together on one line: "1.) The first item 2.) The second item",
//! "a. x b. y c. z", "• 9. x • 10. y". A line that starts with a list marker is cut before
//! each later marker of the same sequence; items need no final punctuation.

use super::chars::{bullet_at, ws_at, ws_before};
use memchr::memmem;

/// How a numbered or lettered marker is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delim {
    /// `1.)`
    DotParen,
    /// `1)`
    Paren,
    /// `1.`
    Dot,
}

impl Delim {
    fn text(self) -> &'static [u8] {
        match self {
            Delim::DotParen => b".)",
            Delim::Paren => b")",
            Delim::Dot => b".",
        }
    }
}

/// A marker at the start of a line: its number (or lower-case letter) and delimiter.
fn marker_at(b: &[u8], i: usize) -> Option<(Item, Delim)> {
    let digits = b[i..].iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    let (item, j) = match digits {
        1 | 2 => (Item::Number(b[i..i + digits].iter().fold(0, |n, &c| n * 10 + u32::from(c - b'0'))), i + digits),
        0 if b.get(i).is_some_and(u8::is_ascii_lowercase) => (Item::Letter(b[i]), i + 1),
        _ => return None,
    };
    let delim = match (b.get(j), b.get(j + 1)) {
        (Some(b'.'), Some(b')')) => Delim::DotParen,
        (Some(b')'), _) => Delim::Paren,
        (Some(b'.'), _) => Delim::Dot,
        _ => return None,
    };
    let after = j + delim.text().len();
    (ws_at(b, after) > 0).then_some((item, delim))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Number(u32),
    Letter(u8),
}

impl Item {
    fn next(self) -> Option<Item> {
        match self {
            Item::Number(n) if n < 99 => Some(Item::Number(n + 1)),
            Item::Letter(c) if c < b'z' => Some(Item::Letter(c + 1)),
            _ => None,
        }
    }

    /// `" 2.) "`-style needle for the next marker, in `buf`.
    fn needle(self, delim: Delim, buf: &mut [u8; 8]) -> usize {
        let mut n = 0;
        buf[n] = b' ';
        n += 1;
        match self {
            Item::Number(v) => {
                if v >= 10 {
                    buf[n] = b'0' + (v / 10) as u8;
                    n += 1;
                }
                buf[n] = b'0' + (v % 10) as u8;
                n += 1;
            }
            Item::Letter(c) => {
                buf[n] = c;
                n += 1;
            }
        }
        for &c in delim.text() {
            buf[n] = c;
            n += 1;
        }
        buf[n] = b' ';
        n + 1
    }
}

/// Appends to `out` the byte offsets where a new list item starts inside the line
/// `text[start..end]` (never `start` itself), in order.
pub(crate) fn item_starts(text: &str, start: usize, end: usize, out: &mut Vec<usize>) {
    let b = &text.as_bytes()[..end];
    let mut s = start;
    while s < end && ws_at(b, s) > 0 {
        s += ws_at(b, s);
    }
    if s >= end {
        return;
    }
    // "• 9. x • 10. y": every later bullet after white space starts an item.
    let bl = bullet_at(b, s);
    if bl > 0 {
        let bullet = &b[s..s + bl];
        let from = s + bl;
        out.extend(memmem::find_iter(&b[from..], bullet).map(|k| from + k).filter(|&q| ws_before(b, q) > 0));
        return;
    }
    // "1.) a 2.) b", "a. x b. y": later markers must continue the sequence.
    let Some((first, delim)) = marker_at(b, s) else {
        return;
    };
    let mut next = first.next();
    let mut from = s;
    let mut buf = [0u8; 8];
    while let Some(item) = next {
        let n = item.needle(delim, &mut buf);
        let Some(k) = memmem::find(&b[from..], &buf[..n]) else {
            break;
        };
        let q = from + k + 1;
        out.push(q);
        from = q;
        next = item.next();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<&str> {
        let mut v = Vec::new();
        item_starts(text, 0, text.len(), &mut v);
        v.iter().map(|&q| &text[q..]).collect()
    }

    #[test]
    fn lists_are_cut_before_each_item() {
        assert_eq!(items("1.) The first item 2.) The second item"), ["2.) The second item"]);
        assert_eq!(items("1) The first item 2) The second item"), ["2) The second item"]);
        assert_eq!(items("1. a 2. b 3. c"), ["2. b 3. c", "3. c"]);
        assert_eq!(items("a. The first item b. The second item c. The third list item").len(), 2);
        assert_eq!(items("• 9. The first item • 10. The second item"), ["• 10. The second item"]);
        assert_eq!(items("⁃9. The first item ⁃10. The second item"), ["⁃10. The second item"]);
        assert_eq!(items("9. x 10. y"), ["10. y"]);
    }

    #[test]
    fn near_misses() {
        // Not a marker at the start of the line.
        assert!(items("He won 1. The team lost 2. Then").is_empty());
        // The sequence must continue: 1 then 3 is not a list.
        assert!(items("1. The first 3. The third").is_empty());
        // Years and long numbers are not markers.
        assert!(items("2025. The year 2026. Next").is_empty());
        // A marker needs white space after it.
        assert!(items("1.5 million 2.5 million").is_empty());
        // Capital initials are not lettered lists.
        assert!(items("A. Smith met B. Jones").is_empty());
    }
}
