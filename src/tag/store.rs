//! The words and tags of an article's sentences, kept by the first reader that tags them (the
//! claim reader) for the later ones (the events and facts readers): tagging is the largest
//! cost of a check, and a sentence tokenized or tagged twice gets the same words and tags
//! twice.

use super::Tag;
use crate::Span;

/// The record of the sentences of one article, by sentence span: for each word of
/// [`tokenize`](super::tokenize), its [`Tag`], its byte range in the sentence and the id of
/// its folded form in the claim reader's lexicon (when the lexicon knows the word).
/// Sentences are added in text order. One accessor a field:
///
/// - [`SentenceTags::get`]: the tags;
/// - [`SentenceTags::word_ranges`] (or [`SentenceTags::words`], as ranges): the words'
///   byte ranges in the sentence;
/// - [`SentenceTags::ids`]: the folded forms' word ids, [`NO_ID`] for a word the lexicon
///   does not know, meaningful for the lexicon [`SentenceTags::lexicon`] names only. Two
///   words with one id fold to one form: a later reader keys what it reads of a word by
///   the id, with no string hashed.
///
/// ```
/// use gainsay::tag::{tokenize, SentenceTags, Tagger};
/// use gainsay::Span;
/// let text = "Rome said no. Paris said yes.";
/// let mut store = SentenceTags::default();
/// let words = tokenize(&text[..13]);
/// let mut tags = Vec::new();
/// Tagger::builtin().tag_into(&["Rome", "said", "no", "."], &mut tags);
/// store.push(Span::new(0, 13), &tags, words.iter().cloned(), [None; 4]);
/// assert_eq!(store.get(Span::new(0, 13)), Some(&tags[..]));
/// assert_eq!(store.words(Span::new(0, 13)), Some(words));
/// assert_eq!(store.get(Span::new(14, 29)), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceTags {
    /// Start and end of each sentence, and where its tags end in `tags`.
    spans: Vec<(u32, u32, u32)>,
    tags: Vec<Tag>,
    /// Each tagged word's byte range in its sentence, beside its tag.
    words: Vec<(u32, u32)>,
    /// Each tagged word's folded form's id in the lexicon `lexicon` ([`NO_ID`]: none),
    /// beside its tag.
    ids: Vec<u32>,
    /// The lexicon the ids are of ([`crate::lexicon::Compiled`]'s build id; 0 for none).
    lexicon: u64,
}

/// The id of a word the lexicon does not know, in [`SentenceTags::ids`].
pub const NO_ID: u32 = u32::MAX;

impl SentenceTags {
    /// An empty record whose word ids are those of the lexicon with build id `lexicon`.
    pub(crate) fn with_lexicon(lexicon: u64) -> SentenceTags {
        SentenceTags { lexicon, ..SentenceTags::default() }
    }

    /// Records the tags of the sentence at `span`, the byte ranges of its words, relative
    /// to the sentence, and the lexicon ids of their folded forms (`None`: unknown): one
    /// word and one id per tag. A sentence out of text order, past 4 GB, or whose words or
    /// ids do not match its tags is not recorded: [`SentenceTags::get`] then says `None`
    /// and its reader tokenizes and tags it.
    pub fn push(
        &mut self,
        span: Span,
        tags: &[Tag],
        words: impl IntoIterator<Item = std::ops::Range<usize>>,
        ids: impl IntoIterator<Item = Option<u32>>,
    ) {
        let (Ok(start), Ok(end)) = (u32::try_from(span.start), u32::try_from(span.end)) else { return };
        if self.spans.last().is_some_and(|&(s, _, _)| s >= start) {
            return;
        }
        let Ok(to) = u32::try_from(self.tags.len() + tags.len()) else { return };
        let from = self.words.len();
        // Ranges inside a sentence that fits in u32 fit too.
        self.words.extend(words.into_iter().map(|r| (r.start as u32, r.end as u32)));
        self.ids.extend(ids.into_iter().map(|id| id.unwrap_or(NO_ID)));
        if self.words.len() - from != tags.len() || self.ids.len() - from != tags.len() {
            self.words.truncate(from);
            self.ids.truncate(from);
            return;
        }
        self.tags.extend_from_slice(tags);
        self.spans.push((start, end, to));
    }

    /// The tags of the sentence at `span`, if recorded.
    pub fn get(&self, span: Span) -> Option<&[Tag]> {
        self.tags.get(self.slot(span)?)
    }

    /// The byte ranges, in the sentence, of the words of the sentence at `span`, if
    /// recorded: [`tokenize`](super::tokenize)'s words, not read again.
    pub fn words(&self, span: Span) -> Option<Vec<std::ops::Range<usize>>> {
        Some(self.word_ranges(span)?.iter().map(|&(a, b)| a as usize..b as usize).collect())
    }

    /// [`SentenceTags::words`], as kept: each word's start and end, not collected.
    pub fn word_ranges(&self, span: Span) -> Option<&[(u32, u32)]> {
        self.words.get(self.slot(span)?)
    }

    /// The lexicon ids of the folded forms of the words of the sentence at `span`, if
    /// recorded: one a word, [`NO_ID`] for a word the lexicon does not know.
    pub fn ids(&self, span: Span) -> Option<&[u32]> {
        self.ids.get(self.slot(span)?)
    }

    /// The build id of the lexicon of [`SentenceTags::ids`] (0: the ids name no word).
    pub fn lexicon(&self) -> u64 {
        self.lexicon
    }

    /// Where the sentence at `span` keeps its tags and words.
    fn slot(&self, span: Span) -> Option<std::ops::Range<usize>> {
        let start = u32::try_from(span.start).ok()?;
        let i = self.spans.binary_search_by_key(&start, |&(s, _, _)| s).ok()?;
        let (_, end, to) = self.spans[i];
        if end as usize != span.end {
            return None;
        }
        let from = if i == 0 { 0 } else { self.spans[i - 1].2 };
        Some(from as usize..to as usize)
    }

    /// The number of sentences recorded.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// True when no sentence is recorded.
    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::{Upos, Xpos};

    #[test]
    fn sentences_are_found_by_span() {
        let t = |upos| Tag { upos, xpos: Xpos::Xx };
        let mut s = SentenceTags::default();
        s.push(Span::new(0, 5), &[t(Upos::Noun), t(Upos::Verb)], [0..2, 3..5], [Some(7), None]);
        s.push(Span::new(6, 9), &[t(Upos::Adj)], std::iter::once(0..3), [Some(2)]);
        // Out of order: not kept.
        s.push(Span::new(2, 4), &[t(Upos::X)], std::iter::once(0..2), [None]);
        // Words that do not match the tags: not kept.
        s.push(Span::new(10, 14), &[t(Upos::X)], [0..2, 3..4], [Some(1), Some(1)]);
        // Ids that do not match the tags: not kept.
        s.push(Span::new(15, 18), &[t(Upos::X)], std::iter::once(0..3), [Some(1), Some(1)]);
        assert_eq!(s.len(), 2);
        assert_eq!(s.words(Span::new(0, 5)), Some(vec![0..2, 3..5]));
        assert_eq!(s.words(Span::new(6, 9)), Some(vec![std::ops::Range { start: 0, end: 3 }]));
        assert_eq!(s.words(Span::new(10, 14)), None);
        assert_eq!(s.ids(Span::new(0, 5)), Some(&[7, NO_ID][..]));
        assert_eq!(s.ids(Span::new(6, 9)), Some(&[2][..]));
        assert_eq!(s.ids(Span::new(10, 14)), None);
        assert_eq!(s.get(Span::new(15, 18)), None);
        // The record is whole after a sentence not kept.
        s.push(Span::new(20, 23), &[t(Upos::Adj)], std::iter::once(0..3), [Some(5)]);
        assert_eq!(s.ids(Span::new(20, 23)), Some(&[5][..]));
        assert_eq!(s.word_ranges(Span::new(20, 23)), Some(&[(0, 3)][..]));
        assert_eq!(s.word_ranges(Span::new(6, 9)), Some(&[(0, 3)][..]));
        assert_eq!(s.get(Span::new(0, 5)), Some(&[t(Upos::Noun), t(Upos::Verb)][..]));
        assert_eq!(s.get(Span::new(6, 9)), Some(&[t(Upos::Adj)][..]));
        assert_eq!(s.get(Span::new(6, 10)), None);
        assert_eq!(s.get(Span::new(2, 4)), None);
    }
}
