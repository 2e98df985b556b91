//! Words, numbers and punctuation of one sentence, as byte spans.
//!
//! The tokenizer is tuned for the lexicon: "U.S." is one token, "Rome’s" is "Rome" and
//! "’s", "wouldn’t" is "would" and "n’t", "US$" is one currency token, "450m" is "450" and
//! "m", "97-metre" is one compound token.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    /// Letters (with inner apostrophes, hyphens and initialism dots).
    Word,
    /// Digits with inner separators: "72,000", "1.5".
    Number,
    /// A number joined to a word by a hyphen: "97-metre", "5,000-strong".
    NumberCompound,
    /// A number with an ordinal suffix: "21st".
    Ordinal,
    /// A currency or percent sign: "$", "US$", "€", "%".
    Symbol,
    /// Any other single character.
    Punct,
}

/// One token: a byte range of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawToken {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

#[inline]
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F)
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

#[inline]
fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₩' | '₺' | '₦' | '%')
}

/// Appends the tokens of `text[start..end]` to `out`, with absolute offsets.
pub(crate) fn tokenize_into(text: &str, start: usize, end: usize, out: &mut Vec<RawToken>) {
    scan_tokens(text, start, end, |t| out.push(t));
}

/// Gives the tokens of `text[start..end]` to `emit`, in order, with absolute offsets: the
/// one tokenizer behind [`tokenize_into`] and [`crate::tag::tokenize`].
pub(crate) fn scan_tokens(text: &str, start: usize, end: usize, mut emit: impl FnMut(RawToken)) {
    let s = &text[start..end];
    let b = s.as_bytes();
    let out = &mut emit;
    let mut i = 0;
    while i < s.len() {
        // A space, the most frequent byte between tokens, without decoding.
        let byte = b[i];
        if byte == b' ' {
            i += 1;
            continue;
        }
        // An ASCII letter starts a word, and ASCII punctuation other than an apostrophe or
        // a currency sign is one token: the most of the rest, read without decoding (what
        // the general path below does with them).
        if byte.is_ascii_alphabetic() {
            i = word_at(s, start, i, out);
            continue;
        }
        if byte.is_ascii_punctuation() && !matches!(byte, b'\'' | b'$' | b'%') {
            out(RawToken { start: start + i, end: start + i + 1, kind: TokKind::Punct });
            i += 1;
            continue;
        }
        let c = match s[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let clen = c.len_utf8();
        if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' || c == '\u{ad}' {
            i += clen;
            continue;
        }
        if c.is_ascii_digit() {
            let j = scan_number(s, i);
            // "3G", "4WD": a figure glued to capitals that are no unit is part of a name.
            if b.get(j).is_some_and(u8::is_ascii_uppercase) {
                let letters = b[j..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
                let alone = !b.get(j + letters).is_some_and(u8::is_ascii_digit);
                if alone && crate::values::figure_names_a_thing(&s[j..j + letters]) {
                    let k = scan_word(s, i);
                    split_clitics(s, start, i, k, out);
                    i = k;
                    continue;
                }
            }
            // "21st", "3rd": ordinal.
            let rest = &s[j..];
            let suffix = ["st", "nd", "rd", "th"].iter().find(|suf| {
                rest.get(..2).is_some_and(|r| r.eq_ignore_ascii_case(suf))
                    && !rest[2..].chars().next().is_some_and(|c| c.is_alphanumeric())
            });
            if suffix.is_some() {
                out(RawToken { start: start + i, end: start + j + 2, kind: TokKind::Ordinal });
                i = j + 2;
                continue;
            }
            // "97-metre", "5,000-strong", "pre-2024" is a word (handled below).
            if j + 1 < s.len() && b[j] == b'-' && s[j + 1..].chars().next().is_some_and(|c| c.is_alphabetic()) {
                let k = scan_word(s, j + 1);
                out(RawToken { start: start + i, end: start + k, kind: TokKind::NumberCompound });
                i = k;
                continue;
            }
            out(RawToken { start: start + i, end: start + j, kind: TokKind::Number });
            i = j;
            continue;
        }
        if is_word_char(c) {
            i = word_at(s, start, i, out);
            continue;
        }
        if is_apostrophe(c) {
            // A clitic at a word boundary: "’s" after a closing quote, or a lone apostrophe.
            let rest = &s[i + clen..];
            if rest.starts_with(['s', 'S']) && !rest[1..].chars().next().is_some_and(is_word_char) {
                out(RawToken { start: start + i, end: start + i + clen + 1, kind: TokKind::Word });
                i += clen + 1;
                continue;
            }
        }
        let kind = if is_currency(c) { TokKind::Symbol } else { TokKind::Punct };
        out(RawToken { start: start + i, end: start + i + clen, kind });
        i += clen;
    }
}

/// Gives the word starting at `i` to `out` (split from its clitics, or as a currency
/// symbol glued to letters); returns its end.
#[inline]
fn word_at(s: &str, start: usize, i: usize, out: &mut impl FnMut(RawToken)) -> usize {
    let b = s.as_bytes();
    let j = scan_word(s, i);
    // "US$": letters glued to a currency sign.
    if j < s.len() && b[j] == b'$' && j - i <= 3 && s[i..j].chars().all(|c| c.is_ascii_uppercase()) {
        out(RawToken { start: start + i, end: start + j + 1, kind: TokKind::Symbol });
        return j + 1;
    }
    split_clitics(s, start, i, j, out);
    j
}

/// End of the number starting at `i`: digits with inner "," or "." before a digit.
fn scan_number(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let mut j = i;
    while j < b.len() {
        let inner_separator = (b[j] == b',' || b[j] == b'.') && j + 1 < b.len() && b[j + 1].is_ascii_digit();
        if b[j].is_ascii_digit() || inner_separator {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// End of the word starting at `i`: letters and digits with inner apostrophes and hyphens,
/// and initialisms with dots ("U.S.", "a.m.").
fn scan_word(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let mut at = i;
    let mut j = i;
    let mut letters_since_dot = 0usize;
    let mut initialism = true;
    while at < b.len() {
        // ASCII letters and digits, the bulk of any word, without decoding.
        let from = at;
        while at < b.len() && b[at].is_ascii_alphanumeric() {
            at += 1;
        }
        if at > from {
            letters_since_dot += at - from;
            j = at;
            if at == b.len() {
                break;
            }
        }
        // Any other ASCII byte but a hyphen, an apostrophe or a dot ends the word.
        if b[at] < 0x80 && !matches!(b[at], b'-' | b'\'' | b'.') {
            break;
        }
        let Some(c) = s[at..].chars().next() else { break };
        let len = c.len_utf8();
        if is_word_char(c) {
            letters_since_dot += 1;
            at += len;
            j = at;
            continue;
        }
        let next = s[at + len..].chars().next();
        // "U.N.-brokered": an initialism keeps its own token.
        if (c == '-' || c == '‐') && next.is_some_and(is_word_char) && !(at > i && b[at - 1] == b'.') {
            initialism = false;
            at += len;
            j = at;
            continue;
        }
        if is_apostrophe(c) && next.is_some_and(|n| n.is_alphabetic()) {
            at += len;
            j = at;
            continue;
        }
        // "U.S.", "U.S.A.", "a.m.": single letters each followed by a dot.
        if c == '.' && initialism && letters_since_dot == 1 {
            let after = &s[at + 1..];
            let mut it = after.chars();
            let n1 = it.next();
            let n2 = it.next();
            let continues = n1.is_some_and(|c| c.is_alphabetic()) && n2 == Some('.');
            let closes = j > i + 1 && b[i..at].contains(&b'.');
            if continues || closes {
                letters_since_dot = 0;
                at += 1;
                j = at;
                continue;
            }
        }
        break;
    }
    j
}

/// Pushes the word `s[i..j]`, splitting off "’s", "n’t" and a trailing apostrophe.
fn split_clitics(s: &str, base: usize, i: usize, j: usize, out: &mut impl FnMut(RawToken)) {
    let w = &s[i..j];
    // Every clitic ends in "t", "s" or "S" after an apostrophe ("'", or the last byte of
    // "’"): most words are whole at two bytes' test.
    let wb = w.as_bytes();
    let clitic_end =
        wb.len() >= 3 && matches!(wb[wb.len() - 1], b't' | b's' | b'S') && matches!(wb[wb.len() - 2], b'\'' | 0x99);
    if !clitic_end {
        out(RawToken { start: base + i, end: base + j, kind: TokKind::Word });
        return;
    }
    // "n't" / "n’t"
    for apo in ["n't", "n’t"] {
        if w.len() > apo.len() + 1 && w.ends_with(apo) {
            let cut = j - apo.len();
            out(RawToken { start: base + i, end: base + cut, kind: TokKind::Word });
            out(RawToken { start: base + cut, end: base + j, kind: TokKind::Word });
            return;
        }
    }
    for apo in ["'s", "’s", "'S", "’S"] {
        if w.len() > apo.len() && w.ends_with(apo) {
            let cut = j - apo.len();
            out(RawToken { start: base + i, end: base + cut, kind: TokKind::Word });
            out(RawToken { start: base + cut, end: base + j, kind: TokKind::Word });
            return;
        }
    }
    out(RawToken { start: base + i, end: base + j, kind: TokKind::Word });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        tokenize_into(s, 0, s.len(), &mut out);
        out.iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn initialisms_stay_whole() {
        assert_eq!(toks("U.S. President Joe Biden"), ["U.S.", "President", "Joe", "Biden"]);
        assert_eq!(toks("at 5 a.m. today"), ["at", "5", "a.m.", "today"]);
        assert_eq!(toks("the U.N.-brokered deal"), ["the", "U.N.", "-", "brokered", "deal"]);
        assert_eq!(toks("No. 10 denied"), ["No", ".", "10", "denied"]);
    }

    #[test]
    fn clitics_split() {
        assert_eq!(toks("Rome’s backing"), ["Rome", "’s", "backing"]);
        assert_eq!(toks("Italy wouldn’t contribute"), ["Italy", "would", "n’t", "contribute"]);
        assert_eq!(toks("Brussels’ interests"), ["Brussels", "’", "interests"]);
        assert_eq!(toks("Côte d’Ivoire pledged"), ["Côte", "d’Ivoire", "pledged"]);
    }

    #[test]
    fn a_figure_glued_to_capitals_is_a_name() {
        assert_eq!(toks("Acme sold 3G phones."), ["Acme", "sold", "3G", "phones", "."]);
        assert_eq!(toks("It runs 4WD cars."), ["It", "runs", "4WD", "cars", "."]);
        // Near misses: a unit symbol or a scale stays apart from its figure.
        assert_eq!(toks("Bulbs of 60W."), ["Bulbs", "of", "60", "W", "."]);
        assert_eq!(toks("It raised £5M."), ["It", "raised", "£", "5", "M", "."]);
    }

    #[test]
    fn numbers_money_and_compounds() {
        assert_eq!(toks("about 72,000 people"), ["about", "72,000", "people"]);
        assert_eq!(toks("US$1.5 billion"), ["US$", "1.5", "billion"]);
        assert_eq!(toks("A $450m facility"), ["A", "$", "450", "m", "facility"]);
        assert_eq!(toks("five 97-metre vessels"), ["five", "97-metre", "vessels"]);
        assert_eq!(toks("on the 21st of October"), ["on", "the", "21st", "of", "October"]);
        assert_eq!(toks("fell 11.2%."), ["fell", "11.2", "%", "."]);
        assert_eq!(toks("pre-2024 levels"), ["pre-2024", "levels"]);
    }

    #[test]
    fn words_end_at_ascii_punctuation_and_keep_inner_marks() {
        assert_eq!(toks("ferries, barges; tugs."), ["ferries", ",", "barges", ";", "tugs", "."]);
        assert_eq!(toks("a state-of-the-art pier"), ["a", "state-of-the-art", "pier"]);
        assert_eq!(toks("the ferry's hull"), ["the", "ferry", "'s", "hull"]);
        assert_eq!(toks("they don't sail"), ["they", "do", "n't", "sail"]);
        // Near misses: words ending in "s" or "t" with no clitic stay whole.
        assert_eq!(toks("its hulls rust"), ["its", "hulls", "rust"]);
        assert_eq!(toks("a two-way (return) trip"), ["a", "two-way", "(", "return", ")", "trip"]);
    }
}
