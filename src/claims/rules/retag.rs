//! Parts of speech that need the clause to decide.

use super::*;

impl Extractor<'_> {
    /// Corrects parts of speech that need the claim rules' view of the clause: a dash inside
    /// a name, a first word that is a name, a determiner used as a verb. (Verbs the lexicon
    /// does not know, "Nairobi will inject $300 million", are the tagger's.)
    pub(super) fn retag(&mut self) {
        let n = self.a.units.len();
        // "Zouj Bghal–Akid Lotfi": a dash with no space around it joins a name.
        for u in 1..n.saturating_sub(1) {
            let (prev, cur, next) = (&self.a.units[u - 1], &self.a.units[u], &self.a.units[u + 1]);
            if cur.pos == Pos::Break && prev.end == cur.start && cur.end == next.start && self.a.fold_of(u) == "-" {
                self.a.units[u].pos = Pos::Other;
            }
        }
        // A capitalised first word the lexicon does not know, never written in lower case in
        // the article, is a name.
        if n > 1 && self.a.units[0].pos == Pos::Noun && self.a.units[0].upper && self.a.units[0].kind == TokKind::Word {
            let f = self.a.fold_of(0);
            if self.a.senses_of(0).is_empty()
                && self.c.class(f) == 0
                && self.a.base_of(0) == f
                && !written_as_word(self.text, f)
            {
                self.a.units[0].pos = Pos::Proper;
            }
        }
        for u in 1..n {
            // "will own 55 per cent": a verb that is also a determiner, after a modal and
            // before an amount.
            if self.a.units[u].pos == Pos::Det
                && self.a.units[u - 1].pos == Pos::Modal
                && self.a.predicate(u).is_some()
                && self.a.units.get(u + 1).is_some_and(|x| matches!(x.pos, Pos::Num | Pos::Symbol))
            {
                self.a.units[u].pos = Pos::Verb;
            }
        }
    }
}

/// A character that ends a word for [`written_as_word`].
#[inline]
fn is_separator(c: char) -> bool {
    !c.is_alphanumeric() && c != '-'
}

/// True when `word` starts with a small letter and is one of the words of `text` (its
/// runs of letters, digits and hyphens): "ferries" in "The ferries resumed." Searched
/// for where it is needed, which is cheaper than the set of an article's words it
/// replaces (built for most articles, a few percent of reading them).
fn written_as_word(text: &str, word: &str) -> bool {
    if !word.chars().next().is_some_and(char::is_lowercase) || word.chars().any(is_separator) {
        return false;
    }
    // `word` has no separator, so a match overlapping an earlier one cannot start a word:
    // the non-overlapping matches are enough.
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).any(|at| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        before.is_none_or(is_separator) && after.is_none_or(is_separator)
    })
}

#[cfg(test)]
mod tests {
    use super::written_as_word;

    /// The set of words the search replaces.
    fn by_set(text: &str, word: &str) -> bool {
        let words: std::collections::HashSet<&str> = text
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
            .collect();
        words.contains(word)
    }

    #[test]
    fn the_search_agrees_with_the_set_of_words() {
        let text = "Harbourside ferries resumed; the harbour-side cafés (re-opened) and \
                    ferries’ crews—harbour Ferries, éclair 3rd o'clock aa aaa";
        for word in [
            "ferries",
            "harbour",
            "harbour-side",
            "side",
            "cafés",
            "re-opened",
            "opened",
            "crews",
            "Ferries",
            "éclair",
            "3rd",
            "rd",
            "o'clock",
            "clock",
            "o",
            "aa",
            "a",
            "aaa",
            "",
            "Harbourside",
            "harbourside",
            "s",
        ] {
            assert_eq!(written_as_word(text, word), by_set(text, word), "{word:?}");
        }
    }
}
