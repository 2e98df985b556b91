//! Parts of speech that need the clause to decide.

use super::*;

/// Searches of an article's text for a word in lower case before its words are gathered in
/// a set: most articles ask once or twice, a long one may ask for every sentence.
const SEARCHES_BEFORE_SET: usize = 16;

/// True when `word` is one of the words of `text`, split at every character that is neither
/// alphanumeric nor a hyphen, and begins in lower case.
fn written_in_lower_case(text: &str, word: &str) -> bool {
    let apart = |c: char| !c.is_alphanumeric() && c != '-';
    if word.chars().any(apart) || !word.chars().next().is_some_and(|c| c.is_lowercase()) {
        return false;
    }
    // A match begins and ends on character boundaries: `word` is whole UTF-8.
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes()).any(|at| {
        text[..at].chars().next_back().is_none_or(apart) && text[at + word.len()..].chars().next().is_none_or(apart)
    })
}

impl Extractor<'_> {
    /// Corrects parts of speech that need the claim rules' view of the clause: a dash inside
    /// a name, a first word that is a name, a determiner used as a verb. (Verbs the lexicon
    /// does not know, "Valletta will inject $700 million", are the tagger's.)
    pub(super) fn retag(&mut self) {
        let n = self.a.units.len();
        // "Ostrovo–Bela Reka": a dash with no space around it joins a name.
        for u in 1..n.saturating_sub(1) {
            let (prev, cur, next) = (&self.a.units[u - 1], &self.a.units[u], &self.a.units[u + 1]);
            if cur.pos == Pos::Break && prev.end == cur.start && cur.end == next.start && self.a.fold_is(u, "-") {
                self.a.units[u].pos = Pos::Other;
            }
        }
        // A capitalised first word the lexicon does not know, never written in lower case in
        // the article, is a name.
        if n > 1 && self.a.units[0].pos == Pos::Noun && self.a.units[0].upper && self.a.units[0].kind == TokKind::Word {
            let f = self.a.fold_of(0);
            if self.a.senses_of(0).is_empty() && self.c.class(f) == 0 && self.a.base_of(0) == f {
                let text = self.text;
                // A few searches of the text cost less than a set of all its words; an
                // article that asks often gets the set.
                self.lowercase_asked += 1;
                let written = if self.lowercase_asked <= SEARCHES_BEFORE_SET {
                    written_in_lower_case(text, f)
                } else {
                    let words = self.lowercase_words.get_or_insert_with(|| {
                        text.split(|c: char| !c.is_alphanumeric() && c != '-')
                            .filter(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
                            .collect()
                    });
                    words.contains(f)
                };
                if !written {
                    self.a.units[0].pos = Pos::Proper;
                }
            }
        }
        for u in 1..n {
            // "will own 38 per cent": a verb that is also a determiner, after a modal and
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

#[cfg(test)]
mod tests {
    use super::written_in_lower_case;

    #[test]
    fn finds_a_word_written_in_lower_case() {
        let text = "Harbour fees rose. The harbour-master said fees would rise again.";
        assert!(written_in_lower_case(text, "fees"));
        assert!(written_in_lower_case(text, "harbour-master"));
        assert!(written_in_lower_case(text, "again"));
        // Near misses: only capitalised, only inside a longer word, or not a whole word.
        assert!(!written_in_lower_case(text, "harbour"));
        assert!(!written_in_lower_case(text, "master"));
        assert!(!written_in_lower_case(text, "rise again"));
        assert!(!written_in_lower_case(text, "ri"));
        assert!(!written_in_lower_case("", "fees"));
    }
}
