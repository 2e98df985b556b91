//! World and language knowledge as data: entities, titles, predicates, cue words.
//!
//! The default lexicon is embedded in the crate from `data/lexicon/*.toml`; users add their
//! own entries with [`Lexicon::merge_toml`].

pub mod model;

pub use model::{EntityEntry, EntityKind, LexiconFile};

use crate::{Error, Result};

/// The embedded lexicon files, in load order.
pub const BUILTIN_FILES: &[(&str, &str)] = &[];

/// Compiled lexicon: lookups used by the stages.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    entities: Vec<EntityEntry>,
}

impl Lexicon {
    /// The lexicon that ships with the crate.
    pub fn builtin() -> Lexicon {
        let mut lex = Lexicon::default();
        for (name, text) in BUILTIN_FILES {
            lex.merge_toml(name, text).expect("the embedded lexicon is valid");
        }
        lex
    }

    /// Parses `text` as a lexicon file named `name` and adds its entries.
    pub fn merge_toml(&mut self, name: &str, text: &str) -> Result<()> {
        let file: LexiconFile = toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| line_col(text, s.start))
                .unwrap_or((0, 0));
            Error::Lexicon { name: name.to_string(), line, column, message: e.message().to_string() }
        })?;
        self.entities.extend(file.entity);
        Ok(())
    }

    /// The entities known to this lexicon.
    pub fn entities(&self) -> &[EntityEntry] {
        &self.entities
    }
}

/// 1-based line and column of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary_compat(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

trait FloorCharBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorCharBoundary for str {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while i > 0 && !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}
