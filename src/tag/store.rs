//! The tags of an article's sentences, kept by the first reader that tags them (the claim
//! reader) for the later ones (the events reader on the aligned path): tagging is the
//! largest cost of a check, and a sentence tagged twice gets the same tags twice.

use super::Tag;
use crate::Span;

/// The tags of the sentences of one article, by sentence span, one [`Tag`] per word of
/// [`tokenize`](super::tokenize). Sentences are added in text order.
///
/// ```
/// use gainsay::tag::{SentenceTags, Tagger};
/// use gainsay::Span;
/// let text = "Rome said no. Paris said yes.";
/// let mut store = SentenceTags::default();
/// let mut tags = Vec::new();
/// Tagger::builtin().tag_into(&["Rome", "said", "no", "."], &mut tags);
/// store.push(Span::new(0, 13), &tags);
/// assert_eq!(store.get(Span::new(0, 13)), Some(&tags[..]));
/// assert_eq!(store.get(Span::new(14, 29)), None);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentenceTags {
    /// Start and end of each sentence, and where its tags end in `tags`.
    spans: Vec<(u32, u32, u32)>,
    tags: Vec<Tag>,
}

impl SentenceTags {
    /// Records the tags of the sentence at `span`. A sentence out of text order, or past
    /// 4 GB, is not recorded: [`SentenceTags::get`] then says `None` and its reader tags it.
    pub fn push(&mut self, span: Span, tags: &[Tag]) {
        let (Ok(start), Ok(end)) = (u32::try_from(span.start), u32::try_from(span.end)) else { return };
        if self.spans.last().is_some_and(|&(s, _, _)| s >= start) {
            return;
        }
        let Ok(to) = u32::try_from(self.tags.len() + tags.len()) else { return };
        self.tags.extend_from_slice(tags);
        self.spans.push((start, end, to));
    }

    /// The tags of the sentence at `span`, if recorded.
    pub fn get(&self, span: Span) -> Option<&[Tag]> {
        let start = u32::try_from(span.start).ok()?;
        let i = self.spans.binary_search_by_key(&start, |&(s, _, _)| s).ok()?;
        let (_, end, to) = self.spans[i];
        if end as usize != span.end {
            return None;
        }
        let from = if i == 0 { 0 } else { self.spans[i - 1].2 };
        self.tags.get(from as usize..to as usize)
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
        s.push(Span::new(0, 5), &[t(Upos::Noun), t(Upos::Verb)]);
        s.push(Span::new(6, 9), &[t(Upos::Adj)]);
        // Out of order: not kept.
        s.push(Span::new(2, 4), &[t(Upos::X)]);
        assert_eq!(s.len(), 2);
        assert_eq!(s.get(Span::new(0, 5)), Some(&[t(Upos::Noun), t(Upos::Verb)][..]));
        assert_eq!(s.get(Span::new(6, 9)), Some(&[t(Upos::Adj)][..]));
        assert_eq!(s.get(Span::new(6, 10)), None);
        assert_eq!(s.get(Span::new(2, 4)), None);
    }
}
