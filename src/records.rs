//! JSON lines in and out: articles in bulk, and claim records for a map/reduce split.
//!
//! A check is two steps that can run on different machines:
//!
//! - **map**: each article on its own is split and read into claims, written as
//!   self-contained [`ClaimRecord`]s, one JSON object per line ([`Checker::claim_records`],
//!   [`write_jsonl`], `gainsay claims --format jsonl`);
//! - **reduce**: the records of one story, from any number of workers and in any order, are
//!   grouped by source, normalized together and checked ([`read_jsonl`],
//!   [`Checker::report_from_records`], `gainsay check --claims FILE`).
//!
//! The reduce step orders sources by id and claims by their place in their article, so the
//! same records give the same report however they were split or shuffled; it is the report
//! of checking the articles directly in order of their ids.
//!
//! ```
//! use gainsay::{records, Article, Checker};
//!
//! let checker = Checker::default();
//! let mut jsonl = Vec::new();
//! for (id, text) in [("a", "Rome would not deploy troops."), ("b", "Italy will send troops.")] {
//!     records::write_jsonl(&mut jsonl, &checker.claim_records(id, text)).unwrap();
//! }
//! let read: Vec<_> = records::read_jsonl(&jsonl[..], "claims.jsonl").collect::<Result<_, _>>().unwrap();
//! let reduced = checker.report_from_records(read);
//! let direct = checker.check(&[Article::new("a", "Rome would not deploy troops."),
//!                              Article::new("b", "Italy will send troops.")]);
//! assert_eq!(reduced, direct);
//! ```
//!
//! [`Checker::claim_records`]: crate::Checker::claim_records
//! [`Checker::report_from_records`]: crate::Checker::report_from_records

use crate::claims::{Claim, Value};
use crate::{normalize, Article, ArticleClaims, Error, Lexicon, Result};
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead, Write};

/// The `schema` of every claim record.
pub const SCHEMA: &str = "gainsay.claim";

/// The `version` of the claim record shape this crate writes and reads; it changes when a
/// field changes meaning.
pub const VERSION: u32 = 1;

/// One line of claims JSONL: one claim with everything the reduce step needs about it, or,
/// for an article without claims, the article alone (so that it is still counted).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// Always [`VERSION`].
    pub version: u32,
    /// The source id of the article.
    pub source: String,
    /// Facts about the whole article, repeated on each of its records.
    pub article: ArticleFacts,
    /// The claim's place among its article's claims, from 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<usize>,
    /// The claim's key within its own article, as `gainsay claims` prints it: what to
    /// partition on. The reduce step computes keys again across the story.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The text of the claim's sentence, which `claim.sentence` locates in the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence_text: Option<String>,
    /// The claim as read from the article, before names are resolved across the story.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "exact_claim")]
    pub claim: Option<Claim>,
}

/// What a report says about an article besides its claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleFacts {
    /// Its size in bytes.
    pub bytes: usize,
    /// Sentences and headings read from it.
    pub sentences: usize,
    /// Claims read from it: how many claim records it has.
    pub claims: usize,
}

impl ClaimRecord {
    /// A record of `source` with no claim.
    fn article(source: &str, article: ArticleFacts) -> ClaimRecord {
        ClaimRecord {
            schema: SCHEMA.to_string(),
            version: VERSION,
            source: source.to_string(),
            article,
            index: None,
            key: None,
            sentence_text: None,
            claim: None,
        }
    }

    /// Checks what one record can check on its own; the message says what is wrong.
    fn validate(&self) -> std::result::Result<(), String> {
        if self.schema != SCHEMA || self.version != VERSION {
            return Err(format!(
                "schema {:?} version {} is not what this gainsay reads ({SCHEMA:?} version {VERSION})",
                self.schema, self.version
            ));
        }
        match (self.index, &self.key, &self.sentence_text, &self.claim) {
            (None, None, None, None) => Ok(()),
            (Some(index), Some(_), Some(text), Some(c)) => {
                if c.sentence.start > c.sentence.end || text.len() != c.sentence.len() {
                    return Err(format!(
                        "sentence_text has {} bytes but claim.sentence spans {}..{}",
                        text.len(),
                        c.sentence.start,
                        c.sentence.end
                    ));
                }
                if c.sentence.end > self.article.bytes {
                    return Err(format!(
                        "claim.sentence ends at byte {} but the article has {} bytes",
                        c.sentence.end, self.article.bytes
                    ));
                }
                if index >= self.article.claims {
                    return Err(format!("index {index} but the article has {} claims", self.article.claims));
                }
                Ok(())
            }
            _ => Err("index, key, sentence_text and claim go together: give all four or none".into()),
        }
    }
}

/// The records of one article already extracted: one per claim, in order, or one with no
/// claim when it has none. Keys are computed within the article.
pub fn article_records(lexicon: &Lexicon, source: &str, text: &str, extracted: &ArticleClaims) -> Vec<ClaimRecord> {
    let article = ArticleFacts { bytes: text.len(), sentences: extracted.sentences, claims: extracted.claims.len() };
    if extracted.claims.is_empty() {
        return vec![ClaimRecord::article(source, article)];
    }
    // Keys are computed on a copy: records keep the claims as read, for the reduce step
    // to resolve names across the whole story.
    let mut resolved = extracted.claims.clone();
    let keys = normalize::normalize(lexicon, &mut resolved);
    extracted
        .claims
        .iter()
        .zip(keys)
        .enumerate()
        .map(|(index, (claim, keyed))| ClaimRecord {
            index: Some(index),
            key: Some(keyed.key),
            sentence_text: Some(text.get(claim.sentence.start..claim.sentence.end).unwrap_or("").to_string()),
            claim: Some(Claim { source: 0, ..claim.clone() }),
            ..ClaimRecord::article(source, article)
        })
        .collect()
}

/// Writes `records` as JSON lines.
pub fn write_jsonl<W: Write>(mut out: W, records: &[ClaimRecord]) -> io::Result<()> {
    for r in records {
        serde_json::to_writer(&mut out, r).map_err(io::Error::other)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// Reads claim records, one JSON object per line (blank lines are skipped). `name` is
/// where they come from, for error messages; each bad line is an [`Error::ClaimRecord`]
/// naming it, and reading goes on with the next line.
pub fn read_jsonl<R: BufRead>(input: R, name: &str) -> impl Iterator<Item = Result<ClaimRecord>> {
    let name = name.to_string();
    lines(input).filter_map(move |(line, read)| {
        let parsed = read.and_then(|text| {
            if text.trim().is_empty() {
                return Ok(None);
            }
            let record: ClaimRecord = serde_json::from_str(&text).map_err(|e| e.to_string())?;
            record.validate()?;
            Ok(Some(record))
        });
        match parsed {
            Ok(record) => record.map(Ok),
            Err(message) => Some(Err(Error::ClaimRecord { name: name.clone(), line, message })),
        }
    })
}

/// Reads articles in bulk, one JSON object per line with string fields `id` and `text`
/// (other fields are ignored; blank lines are skipped). Each bad line is an
/// [`Error::ArticleRecord`] naming it, and reading goes on with the next line.
///
/// ```
/// let jsonl = "{\"id\": \"wire\", \"category\": \"world\", \"text\": \"Italy will send troops.\"}\n{\"id\": 7}\n";
/// let read: Vec<_> = gainsay::records::read_articles_jsonl(jsonl.as_bytes(), "in.jsonl").collect();
/// assert_eq!(read[0].as_ref().unwrap().id, "wire");
/// assert!(read[1].as_ref().unwrap_err().to_string().contains("in.jsonl, line 2"));
/// ```
pub fn read_articles_jsonl<R: BufRead>(input: R, name: &str) -> impl Iterator<Item = Result<Article>> {
    let name = name.to_string();
    #[derive(Deserialize)]
    struct Line {
        id: String,
        text: String,
    }
    lines(input).filter_map(move |(line, read)| {
        let parsed = read.and_then(|text| {
            if text.trim().is_empty() {
                return Ok(None);
            }
            let a: Line = serde_json::from_str(&text).map_err(|e| e.to_string())?;
            Ok(Some(Article::new(a.id, a.text)))
        });
        match parsed {
            Ok(article) => article.map(Ok),
            Err(message) => Some(Err(Error::ArticleRecord { name: name.clone(), line, message })),
        }
    })
}

/// The longest line read from JSONL input, far above any article or record. A longer line
/// (or a stream with no line breaks, such as `/dev/zero`) ends the input with an error
/// instead of filling memory.
pub const MAX_LINE_BYTES: usize = 64 << 20;

/// The lines of `input` with their 1-based numbers; a line that is not UTF-8 or cannot be
/// read is an error message, and a read error or an overlong line ends the lines.
fn lines<R: BufRead>(mut input: R) -> impl Iterator<Item = (usize, std::result::Result<String, String>)> {
    let mut line = 0;
    let mut done = false;
    let mut buf = Vec::new();
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        line += 1;
        match std::io::Read::take(&mut input, MAX_LINE_BYTES as u64 + 1).read_until(b'\n', &mut buf) {
            Ok(0) => None,
            Ok(n) if n > MAX_LINE_BYTES => {
                done = true;
                buf = Vec::new();
                Some((
                    line,
                    Err(format!("line longer than {} MiB; the rest of the input is skipped", MAX_LINE_BYTES >> 20)),
                ))
            }
            Ok(_) => Some((line, String::from_utf8(std::mem::take(&mut buf)).map_err(|_| "invalid UTF-8".to_string()))),
            Err(e) => {
                done = true;
                Some((line, Err(format!("cannot read: {e}"))))
            }
        }
    })
}

/// The claims of one source, gathered from its records.
#[derive(Debug, Default)]
struct Gathered {
    article: Option<ArticleFacts>,
    /// (index, sentence text, claim).
    claims: Vec<(usize, String, Claim)>,
    /// The records disagreed about the article.
    disagree: bool,
}

/// Rebuilds, from records, the articles and extracted claims that [`crate::Checker::report`]
/// takes, with problems found on the way as (source, message).
pub(crate) fn reassemble(
    records: impl IntoIterator<Item = ClaimRecord>,
) -> (Vec<Article>, Vec<ArticleClaims>, Vec<(String, String)>) {
    // A sorted map: sources come out in order of their ids, whatever the records' order.
    let mut sources: std::collections::BTreeMap<String, Gathered> = std::collections::BTreeMap::new();
    for r in records {
        let g = sources.entry(r.source).or_default();
        match g.article {
            None => g.article = Some(r.article),
            Some(a) if a != r.article => g.disagree = true,
            Some(_) => {}
        }
        if let (Some(index), Some(text), Some(claim)) = (r.index, r.sentence_text, r.claim) {
            g.claims.push((index, text, claim));
        }
    }
    let mut articles = Vec::with_capacity(sources.len());
    let mut extracted = Vec::with_capacity(sources.len());
    let mut problems = Vec::new();
    for (source, (id, mut g)) in sources.into_iter().enumerate() {
        let facts = g.article.unwrap_or(ArticleFacts { bytes: 0, sentences: 0, claims: 0 });
        if g.disagree {
            problems.push((id.clone(), "its claim records disagree on the article's size or counts; the first record's were used; check that source ids are unique".into()));
        }
        g.claims.sort_by_key(|(index, _, _)| *index);
        g.claims.dedup_by_key(|(index, _, _)| *index);
        // The report takes each claim's sentence from the article's text: a text of the
        // article's length with the claims' sentences in their places stands in for it.
        let mut text = " ".repeat(facts.bytes);
        let mut claims = Vec::with_capacity(g.claims.len());
        for (_, sentence, mut claim) in g.claims {
            let span = claim.sentence;
            // The place is still blank, or holds this sentence already (a second claim).
            let fits = text
                .get(span.start..span.end)
                .is_some_and(|place| place == sentence || place.bytes().all(|b| b == b' '));
            if !fits {
                problems.push((
                    id.clone(),
                    format!(
                        "a claim record's sentence at {}..{} overlaps another sentence; the claim was left out",
                        span.start, span.end
                    ),
                ));
                continue;
            }
            text.replace_range(span.start..span.end, &sentence);
            claim.source = source;
            claims.push(claim);
        }
        if claims.len() < facts.claims {
            problems.push((
                id.clone(),
                format!(
                    "{} of its {} claim records are missing; the report covers the others",
                    facts.claims - claims.len(),
                    facts.claims
                ),
            ));
        }
        extracted.push(ArticleClaims { sentences: facts.sentences, claims });
        articles.push(Article { id, text });
    }
    (articles, extracted, problems)
}

/// Claims in records keep quantities' infinite bounds ("more than 300" reaches infinity),
/// which JSON numbers cannot hold: they are written as the strings "inf" and "-inf". Only
/// such claims go through a `serde_json::Value` (whose keys come out sorted); the others
/// are written directly, which is most of the map step's time saved.
mod exact_claim {
    use super::*;
    use serde::{Deserializer, Serializer};

    const FIELDS: [&str; 3] = ["value", "low", "high"];

    pub fn serialize<S: Serializer>(claim: &Option<Claim>, s: S) -> std::result::Result<S::Ok, S::Error> {
        let Some(claim) = claim else { return s.serialize_none() };
        let finite = match &claim.value {
            Some(Value::Quantity(q)) => [q.value, q.low, q.high].iter().all(|x| x.is_finite()),
            _ => true,
        };
        if finite {
            return claim.serialize(s);
        }
        let mut v = serde_json::to_value(claim).map_err(serde::ser::Error::custom)?;
        if let Some(Value::Quantity(q)) = &claim.value {
            for (name, x) in FIELDS.into_iter().zip([q.value, q.low, q.high]) {
                if !x.is_finite() {
                    v["value"][name] = serde_json::Value::String(x.to_string());
                }
            }
        }
        v.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<Claim>, D::Error> {
        let Some(mut v) = Option::<serde_json::Value>::deserialize(d)? else { return Ok(None) };
        let mut special = [None; 3];
        if let Some(q) = v.get_mut("value").filter(|q| q["type"] == "quantity") {
            for (name, slot) in FIELDS.into_iter().zip(&mut special) {
                if let Some(s) = q[name].as_str() {
                    let x: f64 = s.parse().map_err(|_| serde::de::Error::custom(format!("bad number {s:?}")))?;
                    *slot = Some(x);
                    q[name] = serde_json::json!(0.0);
                }
            }
        }
        let mut claim: Claim = serde_json::from_value(v).map_err(serde::de::Error::custom)?;
        if let Some(Value::Quantity(q)) = &mut claim.value {
            for (field, x) in [&mut q.value, &mut q.low, &mut q.high].into_iter().zip(special) {
                if let Some(x) = x {
                    *field = x;
                }
            }
        }
        Ok(Some(claim))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Checker;

    #[test]
    fn infinite_bounds_survive_a_round_trip() {
        let checker = Checker::default();
        let records = checker.claim_records("a", "More than 300 vessels were seized, officials said.");
        let q = records.iter().filter_map(|r| r.claim.as_ref()).find_map(|c| match &c.value {
            Some(Value::Quantity(q)) => Some(q.clone()),
            _ => None,
        });
        let q = q.expect("a quantity claim");
        assert!(q.high.is_infinite());
        let mut jsonl = Vec::new();
        write_jsonl(&mut jsonl, &records).unwrap();
        assert!(String::from_utf8_lossy(&jsonl).contains("\"high\":\"inf\""));
        let read: Vec<ClaimRecord> = read_jsonl(&jsonl[..], "x").collect::<Result<_>>().unwrap();
        assert_eq!(read, records);
    }

    #[test]
    fn bad_lines_name_their_line_and_the_rest_is_read() {
        let checker = Checker::default();
        let mut jsonl = Vec::new();
        write_jsonl(&mut jsonl, &checker.claim_records("a", "Italy will send troops.")).unwrap();
        let text = format!(
            "not json\n\n{}{{\"schema\":\"gainsay.claim\",\"version\":9}}\n",
            String::from_utf8(jsonl).unwrap()
        );
        let read: Vec<Result<ClaimRecord>> = read_jsonl(text.as_bytes(), "w1.jsonl").collect();
        assert_eq!(read.len(), 3, "{read:?}");
        assert!(read[0].as_ref().unwrap_err().to_string().contains("claims w1.jsonl, line 1"));
        assert!(read[1].is_ok());
        let last = read[2].as_ref().unwrap_err().to_string();
        assert!(last.contains("line 4"), "{last}");
    }

    #[test]
    fn an_article_without_claims_is_one_record() {
        let records = Checker::default().claim_records("empty", "Nothing here.");
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].claim, None);
        assert_eq!(records[0].article.bytes, 13);
    }
}
