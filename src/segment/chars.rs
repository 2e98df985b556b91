//! Byte-level helpers for the scanners: which bytes matter, and what the UTF-8 sequence at
//! an index is (white space, an opening or closing mark, a bullet).
//!
//! Every function takes an index that may be anywhere in the slice and never panics: out
//! of range reads return "nothing here".

/// Jumps between candidate bytes of a line: the next byte that is in one of up to four
/// groups of up to three bytes, found with memchr's SIMD searches. Each group's last hit is
/// kept until the scan passes it, so a line is searched about once per group.
pub(crate) struct Jumps<'g> {
    groups: &'g [&'g [u8]],
    hits: [Option<usize>; 4],
}

impl<'g> Jumps<'g> {
    pub(crate) fn new(groups: &'g [&'g [u8]]) -> Jumps<'g> {
        debug_assert!(groups.len() <= 4 && groups.iter().all(|g| (1..=3).contains(&g.len())));
        Jumps { groups, hits: [None; 4] }
    }

    /// The first candidate in `b[i..end]`, or `end`.
    pub(crate) fn next(&mut self, b: &[u8], i: usize, end: usize) -> usize {
        if i >= end {
            return end;
        }
        let mut best = end;
        for (g, hit) in self.groups.iter().zip(self.hits.iter_mut()) {
            if hit.is_none_or(|h| h < i) {
                let s = &b[i..end];
                let k = match **g {
                    [x] => memchr::memchr(x, s),
                    [x, y] => memchr::memchr2(x, y, s),
                    [x, y, z, ..] => memchr::memchr3(x, y, z, s),
                    [] => None,
                };
                *hit = Some(k.map_or(end, |k| i + k));
            }
            best = best.min(hit.unwrap_or(end));
        }
        best
    }
}

/// Lead bytes of the multi-byte sentence marks `…` (E2), `。` (E3), `！ ？` (EF).
pub(crate) const MARK_LEADS: &[u8] = &[0xE2, 0xE3, 0xEF];

/// True when a sentence mark starts at `i`: `. ? ! … 。 ！ ？`.
pub(crate) fn mark_at(b: &[u8], i: usize) -> bool {
    matches!(
        (at(b, i), at(b, i + 1), at(b, i + 2)),
        (b'.' | b'?' | b'!', _, _) | (0xE2, 0x80, 0xA6) | (0xE3, 0x80, 0x82) | (0xEF, 0xBC, 0x81 | 0x9F)
    )
}

#[inline]
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// Length of the white-space character starting at `i` (as `char::is_whitespace`), or 0.
#[inline]
pub(crate) fn ws_at(b: &[u8], i: usize) -> usize {
    match at(b, i) {
        b' ' | b'\t'..=b'\r' => 1,
        0xC2 if matches!(at(b, i + 1), 0x85 | 0xA0) => 2,
        0xE1 if at(b, i + 1) == 0x9A && at(b, i + 2) == 0x80 => 3,
        0xE2 => match (at(b, i + 1), at(b, i + 2)) {
            (0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) | (0x81, 0x9F) => 3,
            _ => 0,
        },
        0xE3 if at(b, i + 1) == 0x80 && at(b, i + 2) == 0x80 => 3,
        _ => 0,
    }
}

/// Length of the white-space character that ends just before `i`, or 0.
#[inline]
pub(crate) fn ws_before(b: &[u8], i: usize) -> usize {
    if i == 0 || i > b.len() {
        return 0;
    }
    let c = b[i - 1];
    if c < 0x80 {
        return usize::from(c == b' ' || (b'\t'..=b'\r').contains(&c));
    }
    if i >= 2 && ws_at(b, i - 2) == 2 {
        return 2;
    }
    if i >= 3 && ws_at(b, i - 3) == 3 {
        return 3;
    }
    0
}

/// Length of a closing quote or bracket at `i` (`) ] } " ' ” ’ › » 」 』 ）`), or 0.
#[inline]
pub(crate) fn closer_at(b: &[u8], i: usize) -> usize {
    match at(b, i) {
        b')' | b']' | b'}' | b'"' | b'\'' => 1,
        0xE2 if at(b, i + 1) == 0x80 && matches!(at(b, i + 2), 0x9D | 0x99 | 0xBA) => 3,
        0xC2 if at(b, i + 1) == 0xBB => 2,
        0xE3 if at(b, i + 1) == 0x80 && matches!(at(b, i + 2), 0x8D | 0x8F) => 3,
        0xEF if at(b, i + 1) == 0xBC && at(b, i + 2) == 0x89 => 3,
        _ => 0,
    }
}

/// Length of an opening quote or bracket at `i` (`( [ { " ' “ ‘ „ ‹ « 「 『 （ ¿ ¡`), or 0.
#[inline]
pub(crate) fn opener_at(b: &[u8], i: usize) -> usize {
    match at(b, i) {
        b'(' | b'[' | b'{' | b'"' | b'\'' => 1,
        0xE2 if at(b, i + 1) == 0x80 && matches!(at(b, i + 2), 0x9C | 0x98 | 0x9E | 0xB9) => 3,
        0xC2 if matches!(at(b, i + 1), 0xAB | 0xBF | 0xA1) => 2,
        0xE3 if at(b, i + 1) == 0x80 && matches!(at(b, i + 2), 0x8C | 0x8E) => 3,
        0xEF if at(b, i + 1) == 0xBC && at(b, i + 2) == 0x88 => 3,
        _ => 0,
    }
}

/// Length of a list bullet at `i` (`• ‣ ⁃ ▪ ► ◦ ·`), or 0. Dashes and asterisks are left out:
/// in running text they are more often punctuation than bullets.
#[inline]
pub(crate) fn bullet_at(b: &[u8], i: usize) -> usize {
    match (at(b, i), at(b, i + 1), at(b, i + 2)) {
        (0xE2, 0x80, 0xA2 | 0xA3) | (0xE2, 0x81, 0x83) | (0xE2, 0x96, 0xAA | 0xBA) => 3,
        (0xE2, 0x97, 0xA6) => 3,
        (0xC2, 0xB7, _) => 2,
        _ => 0,
    }
}

/// The character starting at byte `i` of `text`, if `i` is a char boundary inside it.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The character ending just before byte `i` of `text`.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// True when `s` ends like a sentence: a final `. ! ? …` (or `。 ！ ？`), possibly followed by
/// closing quotes and brackets.
pub(crate) fn ends_like_sentence(s: &str) -> bool {
    let t = s.trim_end_matches([')', ']', '}', '"', '\'', '”', '’', '›', '»', '」', '』', '）']);
    t.ends_with(['.', '!', '?', '…', '。', '！', '？', '‼', '⁉', '⁈'])
}

/// Lower-cases `s` into `buf` for a table lookup without allocating, as UTF-8 bytes; `None`
/// when it does not fit (no listed word is that long).
pub(crate) fn lower_into<'b>(s: &str, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    if s.len() > buf.len() {
        return None;
    }
    let mut n = 0;
    if s.is_ascii() {
        for (d, c) in buf.iter_mut().zip(s.bytes()) {
            *d = c.to_ascii_lowercase();
        }
        n = s.len();
    } else {
        for c in s.chars().flat_map(char::to_lowercase) {
            let len = c.len_utf8();
            if n + len > buf.len() {
                return None;
            }
            c.encode_utf8(&mut buf[n..n + len]);
            n += len;
        }
    }
    Some(&buf[..n])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_matches_char_is_whitespace() {
        for c in (0..0x3100u32).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            let want = if c.is_whitespace() { s.len() } else { 0 };
            assert_eq!(ws_at(s.as_bytes(), 0), want, "{c:?}");
            assert_eq!(ws_before(s.as_bytes(), s.len()), want, "{c:?}");
        }
    }

    #[test]
    fn jumps_visit_every_candidate() {
        let text = "a.b?c“d”e!f";
        let b = text.as_bytes();
        let mut jumps = Jumps::new(&[b".?!", MARK_LEADS]);
        let mut seen = Vec::new();
        let mut i = 0;
        loop {
            i = jumps.next(b, i, b.len());
            if i >= b.len() {
                break;
            }
            seen.push(i);
            i += 1;
        }
        assert_eq!(seen, [1, 3, 5, 9, 13]);
        assert!(mark_at(b"x. y", 1) && mark_at("x… y".as_bytes(), 1) && !mark_at("“x, y”".as_bytes(), 0));
    }

    #[test]
    fn marks() {
        assert_eq!(closer_at("”".as_bytes(), 0), 3);
        assert_eq!(closer_at("»".as_bytes(), 0), 2);
        assert_eq!(closer_at("“".as_bytes(), 0), 0);
        assert_eq!(opener_at("“".as_bytes(), 0), 3);
        assert_eq!(opener_at("«".as_bytes(), 0), 2);
        assert_eq!(bullet_at("•".as_bytes(), 0), 3);
        assert_eq!(bullet_at("⁃".as_bytes(), 0), 3);
        assert_eq!(bullet_at("-".as_bytes(), 0), 0);
        assert_eq!(closer_at(b"", 5), 0);
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_like_sentence("He left."));
        assert!(ends_like_sentence("“He left.”"));
        assert!(ends_like_sentence("(He left!)"));
        assert!(!ends_like_sentence("Italy says no"));
        assert!(!ends_like_sentence("Key facts:"));
    }

    #[test]
    fn lowercasing() {
        let mut buf = [0u8; 32];
        assert_eq!(lower_into("U.S", &mut buf), Some(&b"u.s"[..]));
        assert_eq!(lower_into("N°", &mut buf), Some("n°".as_bytes()));
        assert_eq!(lower_into(&"x".repeat(40), &mut buf), None);
    }
}
