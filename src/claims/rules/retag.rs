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
            if self.a.senses_of(0).is_empty() && self.c.class(f) == 0 && self.a.base_of(0) == f {
                if !has_lowercase_word(self.text, f) {
                    self.a.units[0].pos = Pos::Proper;
                }
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

/// True when `word`, starting with a lower-case letter, is a whole word of `text` (words
/// split at anything but letters, digits and hyphens): "talks" in "the talks ended", not in
/// "peace-talks". Searched where it is asked for rather than by a set of every word of the
/// article, since it is asked for a few times per article at most.
fn has_lowercase_word(text: &str, word: &str) -> bool {
    let apart = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric() && c != '-');
    // A word holds no character words are split at ("you'll" is two words).
    if !word.chars().next().is_some_and(char::is_lowercase) || word.chars().any(|c| apart(Some(c))) {
        return false;
    }
    // A UTF-8 needle matches at character boundaries only.
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes())
        .any(|at| apart(text[..at].chars().next_back()) && apart(text[at + word.len()..].chars().next()))
}

#[cfg(test)]
mod tests {
    use super::has_lowercase_word;

    #[test]
    fn whole_lowercase_words_only() {
        let text = "Ferries resumed. The peace-talks ended; talks, then more\ntalks-free days.";
        assert!(has_lowercase_word(text, "talks"));
        assert!(has_lowercase_word(text, "ended"));
        assert!(!has_lowercase_word(text, "ferries"), "written with a capital only");
        assert!(!has_lowercase_word(text, "peace"), "part of a hyphenated word");
        assert!(!has_lowercase_word(text, "resume"), "part of a word");
        assert!(!has_lowercase_word(text, ""));
        assert!(has_lowercase_word("café olé", "olé"));
        assert!(!has_lowercase_word("you'll see", "you'll"), "two words");
    }
}
