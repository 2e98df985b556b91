//! Text helpers shared by the renderers: flattening, shortening, escaping.

/// "1 source", "2 sources".
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `s` on one line: runs of whitespace become one space. Leading and trailing space is kept
/// as one space, so the parts of a highlighted sentence still join with their spaces.
pub(crate) fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.chars() {
        if ch.is_whitespace() {
            space = true;
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(ch);
        }
    }
    if space {
        out.push(' ');
    }
    out
}

/// The last `max` characters of `s` (after a word boundary when it is cut), with `…` before.
pub(crate) fn tail(s: &str, max: usize) -> String {
    let n = s.chars().count();
    if n <= max {
        return s.to_string();
    }
    let cut: String = s.chars().skip(n - max).collect();
    let cut = cut.split_once(' ').map_or(cut.as_str(), |(_, rest)| rest);
    format!("…{cut}")
}

/// The first `max` characters of `s` (before a word boundary when it is cut), with `…` after.
pub(crate) fn head(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(first, _)| first);
    format!("{cut}…")
}

/// A sentence on one line, cut to about `context` characters either side of the claim's
/// words: (before, words, after).
pub(crate) fn snippet(parts: (&str, &str, &str), context: usize) -> (String, String, String) {
    let (before, words, after) = parts;
    if words.trim().is_empty() {
        return (head(one_line(&format!("{before}{words}{after}")).trim(), 2 * context), String::new(), String::new());
    }
    let before = one_line(before);
    (tail(before.trim_start(), context), one_line(words).trim().to_string(), head(one_line(after).trim_end(), context))
}

/// `s` safe inside HTML text and double-quoted attributes.
pub(crate) fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `s` as literal Markdown inline text: punctuation that could start markup is
/// backslash-escaped, and line breaks become spaces.
pub(crate) fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in one_line(s).chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&' | '!' | '$') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_escapes_markup_and_quotes() {
        assert_eq!(html(r#"<b a="x">'&'</b>"#), "&lt;b a=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;");
    }

    #[test]
    fn markdown_escapes_markup() {
        assert_eq!(markdown("*a* [b](c) <d> | `e`"), r"\*a\* \[b\](c) \<d\> \| \`e\`");
        assert_eq!(markdown("a\n\nb"), "a b");
    }

    #[test]
    fn snippet_keeps_the_words_and_cuts_the_context() {
        let long = "word ".repeat(40);
        let (b, w, a) = snippet((&long, "Italy  would not\nsend", &long), 20);
        assert!(b.starts_with('…') && b.chars().count() <= 21, "{b}");
        assert_eq!(w, "Italy would not send");
        assert!(a.ends_with('…') && a.chars().count() <= 21, "{a}");
        let (b, _, a) = snippet(("Then ", "Italy sent", " troops."), 20);
        assert_eq!((b.as_str(), a.as_str()), ("Then ", " troops."));
    }
}
