//! Sentence boundaries inside one line of text.
//!
//! A scanner jumps between candidate bytes (`. ? !` and the lead bytes of `…`, `。`, `！`,
//! `？`, found with SIMD searches) and decides at each one, from the word before and
//! the word after, whether a sentence ends there. Each decision looks at a bounded
//! neighbourhood or at text no other decision reads again, so a line is split in time
//! linear in its length.

use super::chars::{char_at, char_before, closer_at, opener_at, ws_at, ws_before, Jumps, MARK_LEADS};
use super::words::{AbbreviationClass, Words};

/// How far the missing-space rule looks around a period for signs of a URL or e-mail.
const TOKEN_WINDOW: usize = 64;
/// A time clause ("He left the bank at 6 p.m.") needs this many words before "p.m." to
/// end a sentence; "At 5 a.m. Mr. Smith went" is a fragment.
const TIME_CLAUSE_WORDS: usize = 4;

/// What starts the text after a sentence mark and its white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Nothing: the line ends.
    End,
    Lower,
    /// An upper-case letter, or a letter of a script without case.
    Upper,
    Digit,
    /// A symbol such as `$`, `—` or `*`.
    Other,
}

/// The first word after a sentence mark (opening quotes and brackets skipped).
#[derive(Debug, Clone, Copy)]
struct Next {
    class: Class,
    start: usize,
}

/// One line being split.
pub(crate) struct LineCuts<'a> {
    text: &'a str,
    b: &'a [u8],
    words: &'a Words,
    start: usize,
    end: usize,
    /// Matched pairs that must not be split, `(open, close)`, in order.
    regions: &'a [(usize, usize)],
    region: usize,
    /// Where the current unit starts: the last cut, or the line start.
    unit_start: usize,
    cuts: &'a mut Vec<usize>,
}

impl<'a> LineCuts<'a> {
    /// Appends to `cuts` the offsets inside `text[start..end]` where one unit ends and the
    /// next begins, in increasing order. `items` are list item starts (always cuts);
    /// `regions` the matched pairs of the line.
    pub(crate) fn find(
        text: &'a str,
        words: &'a Words,
        start: usize,
        end: usize,
        regions: &'a [(usize, usize)],
        items: &[usize],
        cuts: &'a mut Vec<usize>,
    ) {
        let mut cx =
            LineCuts { text, b: text.as_bytes(), words, start, end, regions, region: 0, unit_start: start, cuts };
        let mut items = items.iter().copied().peekable();
        let mut i = start;
        let mut jumps = Jumps::new(&[b".?!", MARK_LEADS]);
        loop {
            i = jumps.next(cx.b, i, end);
            while let Some(q) = items.next_if(|&q| q <= i) {
                cx.push(q);
            }
            if i >= end {
                break;
            }
            i = match cx.b[i] {
                b'.' => cx.period(i),
                b'?' | b'!' => cx.bang(i),
                _ => cx.multibyte(i),
            };
        }
    }

    /// Records a cut at `at` unless it repeats the last one.
    fn push(&mut self, at: usize) {
        if at > self.unit_start && at < self.end {
            self.cuts.push(at);
            self.unit_start = at;
        }
    }

    /// Records a sentence boundary at `at` unless it falls inside a matched pair.
    fn cut(&mut self, at: usize) {
        while self.region < self.regions.len() && self.regions[self.region].1 < at {
            self.region += 1;
        }
        let inside = self.regions.get(self.region).is_some_and(|&(open, _)| open < at);
        if !inside {
            self.push(at);
        }
    }

    /// The offset after any closing quotes and brackets at `i`.
    fn skip_closers(&self, mut i: usize) -> usize {
        while i < self.end {
            let n = closer_at(self.b, i);
            if n == 0 {
                break;
            }
            i += n;
        }
        i
    }

    /// The word after the white space at `i`.
    fn next_word(&self, mut i: usize) -> Next {
        while i < self.end {
            let n = ws_at(self.b, i);
            if n == 0 {
                break;
            }
            i += n;
        }
        for _ in 0..8 {
            let n = opener_at(self.b, i);
            if n == 0 || i + n > self.end {
                break;
            }
            i += n;
        }
        let class = match char_at(self.text, i) {
            _ if i >= self.end => Class::End,
            None => Class::End,
            Some(c) if c.is_lowercase() => Class::Lower,
            Some(c) if c.is_uppercase() => Class::Upper,
            Some(c) if c.is_ascii_digit() => Class::Digit,
            Some(c) if c.is_alphabetic() => Class::Upper,
            Some(_) => Class::Other,
        };
        Next { class, start: i }
    }

    /// The ASCII letters of the word at `start` (at most 16).
    fn ascii_word(&self, start: usize) -> &'a str {
        let len = self.b[start..self.end].iter().take(17).take_while(|c| c.is_ascii_alphabetic()).count();
        self.text.get(start..start + len.min(16)).unwrap_or("")
    }

    /// True when the next word typically starts a sentence ("He", "The", "How"). A single
    /// letter with a period is an initial, not the article "A".
    fn starts_sentence(&self, next: Next) -> bool {
        if next.class != Class::Upper {
            return false;
        }
        let w = self.ascii_word(next.start);
        let initial = w.len() == 1 && self.b.get(next.start + 1) == Some(&b'.');
        !w.is_empty() && !initial && self.words.is_starter(w)
    }

    /// True when white space follows `i` and then (past opening quotes) a capital.
    fn capital_follows(&self, i: usize) -> bool {
        ws_at(self.b, i) > 0 && self.next_word(i).class == Class::Upper
    }

    /// Start of the word that ends at `p`: back to white space or the line start, then past
    /// opening quotes, brackets and bullets.
    fn word_start(&self, p: usize) -> usize {
        let mut s = p;
        while s > self.start && ws_before(self.b, s) == 0 {
            s -= 1;
        }
        self.skip_lead(s, p)
    }

    /// Skips opening marks and bullets from `s`, not past `limit`.
    fn skip_lead(&self, mut s: usize, limit: usize) -> usize {
        while s < limit {
            let n = opener_at(self.b, s).max(super::chars::bullet_at(self.b, s));
            if n == 0 {
                break;
            }
            s += n;
        }
        s.min(limit)
    }

    /// True when only white space, bullets and opening marks stand between the unit start
    /// and `s`: the word at `s` is the first of its unit.
    fn first_in_unit(&self, s: usize) -> bool {
        let mut i = self.unit_start;
        while i < s {
            let n = ws_at(self.b, i).max(opener_at(self.b, i)).max(super::chars::bullet_at(self.b, i));
            if n == 0 {
                return false;
            }
            i += n;
        }
        true
    }

    /// True when the word before the one at `s` starts with a lower-case letter ("you and
    /// I. Did": "I" is a pronoun, not an initial).
    fn previous_word_is_lower(&self, s: usize) -> bool {
        let mut i = s;
        let mut skipped = false;
        while i > self.unit_start {
            let n = ws_before(self.b, i);
            if n == 0 {
                break;
            }
            i -= n;
            skipped = true;
        }
        if !skipped || i <= self.unit_start {
            return false;
        }
        let start = self.word_start(i).max(self.unit_start);
        char_at(self.text, start).is_some_and(char::is_lowercase)
    }

    /// True when at least `TIME_CLAUSE_WORDS` words of the unit precede `s`.
    fn long_clause_before(&self, s: usize) -> bool {
        let mut i = s;
        for _ in 0..TIME_CLAUSE_WORDS {
            while i > self.unit_start && ws_before(self.b, i) > 0 {
                i -= ws_before(self.b, i);
            }
            if i <= self.unit_start {
                return false;
            }
            while i > self.unit_start && ws_before(self.b, i) == 0 {
                i -= 1;
            }
        }
        true
    }

    /// A period at `p`: returns where scanning goes on.
    fn period(&mut self, p: usize) -> usize {
        let b = self.b;
        // Unspaced ellipsis: "..." or "...." ends a sentence before a capital.
        let mut k = p + 1;
        while k < self.end && b[k] == b'.' {
            k += 1;
        }
        if k - p >= 2 {
            let after = self.skip_closers(k);
            if !self.omission(p) && self.capital_follows(after) {
                self.cut(after);
            }
            return k;
        }
        // Spaced ellipsis: ". . ." never ends a sentence, ". . . ." does, and "word. . . ."
        // ends one after "word." (pragmatic_segmenter's rules).
        let (dots, run_end) = self.spaced_dots(p);
        if dots >= 2 {
            let after = self.skip_closers(run_end);
            if dots >= 4 && self.capital_follows(after) {
                let attached = p > self.start && ws_before(b, p) == 0;
                self.cut(if attached { p + 1 } else { after });
            }
            return run_end;
        }
        let after = self.skip_closers(p + 1);
        if after >= self.end {
            return after;
        }
        if ws_at(b, after) == 0 {
            if self.missing_space(p, after) {
                self.cut(after);
            }
            return p + 1;
        }
        let next = self.next_word(after);
        if matches!(next.class, Class::End | Class::Lower) {
            return after;
        }
        if self.period_ends_sentence(p, next) {
            self.cut(after);
        }
        after
    }

    /// True when the ellipsis at `p` is bracketed, "[...]" or "(…)": an omission inside a
    /// quotation, not the end of a sentence.
    fn omission(&self, p: usize) -> bool {
        p > self.start && matches!(self.b[p - 1], b'[' | b'(')
    }

    /// Counts the dots of a run like ". . ." starting at the dot `p`, returning the count and
    /// the offset after the last dot.
    fn spaced_dots(&self, p: usize) -> (usize, usize) {
        let (mut dots, mut last) = (1, p + 1);
        let mut i = p + 1;
        loop {
            let mut j = i;
            while j < self.end && ws_at(self.b, j) > 0 {
                j += ws_at(self.b, j);
            }
            if j == i || j >= self.end || self.b[j] != b'.' || self.b.get(j + 1) == Some(&b'.') {
                return (dots, last);
            }
            dots += 1;
            last = j + 1;
            i = j + 1;
        }
    }

    /// Whether the period at `p`, followed by white space and `next` (not lower case),
    /// ends a sentence.
    fn period_ends_sentence(&self, p: usize, next: Next) -> bool {
        let s = self.word_start(p);
        let word = &self.text[s..p];
        let Some(first) = word.chars().next() else {
            return true;
        };
        let single = first.len_utf8() == word.len() && first.is_alphabetic();
        // "1. The first item", "a. x", "• 9. x": a marker at the start of a unit.
        let marker = single || (word.len() <= 2 && word.bytes().all(|c| c.is_ascii_digit()));
        if marker && first.is_ascii_alphanumeric() && self.first_in_unit(s) {
            return false;
        }
        match self.words.abbreviation(word) {
            Some(AbbreviationClass::Prefix) => false,
            Some(AbbreviationClass::BeforeNumber) => next.class != Class::Digit,
            Some(AbbreviationClass::Ambiguous) => self.starts_sentence(next),
            Some(AbbreviationClass::Time) => {
                self.long_clause_before(s)
                    && !(next.class == Class::Upper && self.words.is_continuation(self.ascii_word(next.start)))
            }
            None if single => {
                // Initials ("Jonas E. Smith", "J. R. R. Tolkien", "p. 55") unless the
                // letter follows a lower-case word ("you and I. Did you").
                if next.class == Class::Digit {
                    false
                } else if first.is_uppercase() && self.previous_word_is_lower(s) {
                    true
                } else {
                    self.starts_sentence(next)
                }
            }
            None if is_dotted_initialism(word) => self.starts_sentence(next),
            None => true,
        }
    }

    /// "reported.The disaster", "weekend.Slovenia", `2027.“We`, "NATO.The": a full stop with no space
    /// before a capitalised word is a boundary, except inside e-mails, URLs, domain names
    /// and abbreviations ("Jane.Doe@example.com", "Halo.Bungie.Org", "Mr.Smith", "U.S.A").
    fn missing_space(&self, p: usize, after: usize) -> bool {
        let (b, text) = (self.b, self.text);
        let closed = (1..=3).any(|n| p >= self.start + n && closer_at(b, p - n) == n);
        if !closed && !char_before(text, p).is_some_and(char::is_alphanumeric) {
            return false;
        }
        let mut j = after;
        for _ in 0..4 {
            let n = opener_at(b, j);
            if n == 0 {
                break;
            }
            j += n;
        }
        // A capitalised word, not an acronym ("ASP.NET") or an initial ("Zafi.D"); the
        // one-letter words "A" and "I" count.
        let Some(c1) = char_at(text, j).filter(|c| c.is_uppercase()) else {
            return false;
        };
        let lower_next = char_at(text, j + c1.len_utf8()).is_some_and(char::is_lowercase);
        let one_letter_word = matches!(c1, 'A' | 'I') && ws_at(b, j + 1) > 0;
        if !(lower_next || one_letter_word) {
            return false;
        }
        // The token before: back to white space, within a window.
        let floor = p.saturating_sub(TOKEN_WINDOW).max(self.start);
        let mut s = p;
        while s > floor && ws_before(b, s) == 0 {
            s -= 1;
        }
        let token_closed = s == self.start || ws_before(b, s) > 0;
        if !token_closed {
            return false; // a very long token: a URL or data, not prose
        }
        // A dot earlier in the token makes it a domain, file name or abbreviation chain.
        let before = &b[s..p];
        if before.iter().any(|&c| matches!(c, b'@' | b'/' | b':' | b'\\' | b'=' | b'.')) {
            return false;
        }
        let s = self.skip_lead(s, p);
        let word = &text[s..p];
        if word.chars().nth(1).is_none() || self.words.abbreviation(word).is_some() {
            return false;
        }
        // The token after: no e-mail, path or further domain label.
        let stop = (j + TOKEN_WINDOW).min(self.end);
        let mut k = j;
        while k < stop && ws_at(b, k) == 0 {
            match b[k] {
                b'@' | b'/' | b'\\' | b'=' => return false,
                b'.' if b.get(k + 1).is_some_and(u8::is_ascii_alphanumeric) => return false,
                _ => k += 1,
            }
        }
        true
    }

    /// `?` or `!` at `p`, with any run of them ("?!", "!!"): a boundary unless a lower-case
    /// word follows ("Yahoo! in the accounting department").
    fn bang(&mut self, p: usize) -> usize {
        let mut k = p + 1;
        while k < self.end && matches!(self.b[k], b'?' | b'!') {
            k += 1;
        }
        let after = self.skip_closers(k);
        if after < self.end
            && ws_at(self.b, after) > 0
            && !matches!(self.next_word(after).class, Class::End | Class::Lower)
        {
            self.cut(after);
        }
        k
    }

    /// A multi-byte candidate at `p`: `…`, `。`, `！` or `？`.
    fn multibyte(&mut self, p: usize) -> usize {
        let b = self.b;
        match (b[p], b.get(p + 1), b.get(p + 2)) {
            // … behaves like "...": a boundary before a capital.
            (0xE2, Some(0x80), Some(0xA6)) => {
                let mut k = p + 3;
                while k < self.end && (b[k] == b'.' || b[k..].starts_with("…".as_bytes())) {
                    k += if b[k] == b'.' { 1 } else { 3 };
                }
                let after = self.skip_closers(k);
                if !self.omission(p) && self.capital_follows(after) {
                    self.cut(after);
                }
                k
            }
            // 。！？ end a sentence without a following space.
            (0xE3, Some(0x80), Some(0x82)) | (0xEF, Some(0xBC), Some(0x81 | 0x9F)) => {
                let after = self.skip_closers(p + 3);
                self.cut(after);
                p + 3
            }
            _ => p + 1,
        }
    }
}

/// "U.S", "Ph.D", "a.m": letters in groups of at most three, joined by periods.
fn is_dotted_initialism(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|g| (1..=3).contains(&g.chars().count()) && g.chars().all(char::is_alphabetic))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::pairs::Pairs;

    /// Splits one line with the built-in lists and returns the pieces, trimmed.
    fn pieces(text: &str) -> Vec<&str> {
        let words = Words::builtin();
        let mut pairs = Pairs::default();
        pairs.find_regions(text, 0, text.len());
        let mut items = Vec::new();
        crate::segment::lists::item_starts(text, 0, text.len(), &mut items);
        let mut cuts = Vec::new();
        LineCuts::find(text, &words, 0, text.len(), &pairs.regions, &items, &mut cuts);
        let mut out = Vec::new();
        let mut prev = 0;
        for c in cuts.into_iter().chain([text.len()]) {
            let p = text[prev..c].trim();
            if !p.is_empty() {
                out.push(p);
            }
            prev = c;
        }
        out
    }

    fn splits(text: &str, want: &[&str]) {
        assert_eq!(pieces(text), want, "{text:?}");
    }

    fn whole(text: &str) {
        assert_eq!(pieces(text), [text], "{text:?}");
    }

    #[test]
    fn plain_sentences() {
        splits("Hello World. My name is Jonas.", &["Hello World.", "My name is Jonas."]);
        splits("What is your name? My name is Jonas.", &["What is your name?", "My name is Jonas."]);
        splits("It rose 5%. 20 people left.", &["It rose 5%.", "20 people left."]);
        whole("Its profits rose 3.5% to $1.13bn in 2004.");
        // A lower-case word after a period is a typo or an abbreviation, not a new sentence.
        whole("Sales fell. unless steps were taken.");
    }

    #[test]
    fn titles_never_end_a_sentence() {
        whole("Mr. Smith met Dr. Jones and Gen. Ricardo Salonga.");
        whole("Former chief of naval staff Vice Adm. Bello Garba warned.");
        whole("I can see Mt. Fuji from St. Ives.");
        whole("Ghana's chief of defence staff, Maj. Gen. Yaw Asare, said.");
    }

    #[test]
    fn number_prefixes() {
        whole("He went to No. 10 Downing Street.");
        splits(
            "Is there a deal? No. The pact does not exist.",
            &["Is there a deal?", "No.", "The pact does not exist."],
        );
        whole("Please turn to p. 55 and Fig. 3 of Art. 5.");
        whole("They signed on Jan. 15 and met on Nov. 3.");
        splits("It happened in Jan. The next month was calm.", &["It happened in Jan.", "The next month was calm."]);
        whole("You can find it at N°. 1026.253.553.");
    }

    #[test]
    fn ambiguous_abbreviations() {
        whole("U.S. officials met the U.S. Government in Virginia.");
        splits("He moved to the U.S. He said it was home.", &["He moved to the U.S.", "He said it was home."]);
        splits("I live in the E.U. How about you?", &["I live in the E.U.", "How about you?"]);
        whole("I have lived in the U.S. for 20 years.");
        whole("I visited the U.S.A. last year.");
        splits(
            "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
            &["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."],
        );
        whole("They closed the deal with Pitt, Briggs & Co. at noon.");
        whole("President Ferdinand Marcos Jr. called it a shield.");
        whole("That is JFK Jr.'s book.");
    }

    #[test]
    fn times_of_day() {
        splits(
            "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
            &[
                "At 5 a.m. Mr. Smith went to the bank.",
                "He left the bank at 6 P.M.",
                "Mr. Smith then went to the store.",
            ],
        );
        whole("The talks resumed at 9 a.m. Monday in Brussels.");
        whole("The polls closed at 8 p.m. GMT on Sunday.");
    }

    #[test]
    fn initials() {
        whole("My name is Jonas E. Smith.");
        whole("J. R. R. Tolkien wrote it.");
        splits(
            "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
            &["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"],
        );
        splits("They chose Plan B. The others left.", &["They chose Plan B.", "The others left."]);
    }

    #[test]
    fn numbers_urls_emails() {
        whole("She has $100.00 in her bag.");
        splits("She has $100.00. It is in her bag.", &["She has $100.00.", "It is in her bag."]);
        splits(
            "Her email is Jane.Doe@example.com. I sent her an email.",
            &["Her email is Jane.Doe@example.com.", "I sent her an email."],
        );
        splits(
            "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
            &["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."],
        );
    }

    #[test]
    fn missing_space_after_a_full_stop() {
        splits("It rained all weekend.Slovenia was spared.", &["It rained all weekend.", "Slovenia was spared."]);
        splits(
            "Local media reported.The disaster hit hardest.",
            &["Local media reported.", "The disaster hit hardest."],
        );
        splits(
            "Ready by January 2027.“We will start,” he said.",
            &["Ready by January 2027.", "“We will start,” he said."],
        );
        splits("It joined NATO.The alliance grew.", &["It joined NATO.", "The alliance grew."]);
        splits("It was late (by a day).This hurt.", &["It was late (by a day).", "This hurt."]);
        splits("He called it “a provocation”.The talks ended.", &["He called it “a provocation”.", "The talks ended."]);
        splits("Media reported.A spokesman denied it.", &["Media reported.", "A spokesman denied it."]);
        // Near misses.
        whole("Write to Jane.Doe@example.com today.");
        whole("Visit Halo.Bungie.Org for more.");
        whole("He met Mr.Smith in the U.S.A today.");
        whole("The Bagle.AT virus and ASP.NET code.");
        whole("See Zafi.D and Node.js and the e.g.The list.");
        whole("The spokeswoman Taylor RogersWhen requested, said Bloombergthe report was late.");
    }

    #[test]
    fn ellipses() {
        splits("I never meant that.... She left the store.", &["I never meant that....", "She left the store."]);
        whole(
            "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
        );
        splits("with a period . . . . Next sentence.", &["with a period . . . .", "Next sentence."]);
        splits(
            "One habit was weakened . . . was that of compounds. . . . The practice was not abandoned. . . .",
            &["One habit was weakened . . . was that of compounds.", ". . . The practice was not abandoned. . . ."],
        );
        splits("He paused… Then he spoke.", &["He paused…", "Then he spoke."]);
        whole("He paused… and then spoke.");
    }

    #[test]
    fn quotes_and_brackets() {
        whole("She turned to him, 'This is great.' she said.");
        whole("She turned to him, \"This is great.\" she said.");
        splits(
            "She turned to him, \"This is great.\" She held the book out.",
            &["She turned to him, \"This is great.\"", "She held the book out."],
        );
        whole("He teaches science (He previously worked for 5 years as an engineer.) at the local University.");
        whole("\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).");
        // Quoted speech of two sentences stays whole; the sentence after it splits.
        splits(
            "He said: “We will fight. We will win.” Then he left.",
            &["He said: “We will fight. We will win.”", "Then he left."],
        );
        splits(
            "«The cash follows results. It does.» Then silence.",
            &["«The cash follows results. It does.»", "Then silence."],
        );
        whole("‘We stay. We fight,’ he said.");
    }

    #[test]
    fn exclamations_and_questions() {
        splits("Hello!! Long time no see.", &["Hello!!", "Long time no see."]);
        splits("Hello?! Is that you?", &["Hello?!", "Is that you?"]);
        whole("She works at Yahoo! in the accounting department.");
        whole("“Why?” he asked.");
        whole("See https://example.com/?q=1&x=2 for it.");
    }

    #[test]
    fn lists() {
        splits("1.) The first item 2.) The second item", &["1.) The first item", "2.) The second item"]);
        splits("1) The first item. 2) The second item.", &["1) The first item.", "2) The second item."]);
        splits("1. The first item 2. The second item", &["1. The first item", "2. The second item"]);
        splits(
            "a. The first item b. The second item c. The third list item",
            &["a. The first item", "b. The second item", "c. The third list item"],
        );
        splits("• 9. The first item • 10. The second item", &["• 9. The first item", "• 10. The second item"]);
        splits("⁃9. The first item ⁃10. The second item", &["⁃9. The first item", "⁃10. The second item"]);
    }

    #[test]
    fn cjk_full_stops() {
        splits("日本は合意した。中国は抗議した。", &["日本は合意した。", "中国は抗議した。"]);
    }
}
