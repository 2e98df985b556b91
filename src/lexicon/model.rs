//! The serde model of a lexicon file: what users write.

use serde::Deserialize;

/// One lexicon file as written on disk (TOML). Every table is optional, so a user file
/// can add a single entry.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    /// Countries, international bodies, cities and regions.
    #[serde(default)]
    pub entity: Vec<EntityEntry>,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A sovereign state or widely recognised territory.
    Country,
    /// An international or supranational body (UN, EU, NATO, ECOWAS …).
    Organization,
    /// A city or town.
    City,
    /// A region, sea or other named area.
    Region,
}

/// A named thing and every way news text refers to it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityEntry {
    /// The canonical name used in keys and reports ("United States").
    pub name: String,
    /// What the entity is.
    pub kind: EntityKind,
    /// Other names and abbreviations that mean exactly this entity ("US", "U.S.", "USA").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Adjective and people forms ("American", "Americans").
    #[serde(default)]
    pub demonyms: Vec<String>,
    /// The capital city, for "the capital, Ankara".
    #[serde(default)]
    pub capital: Option<String>,
    /// Names that newsrooms use to stand for the entity's government or leadership:
    /// the capital ("Washington"), seats of power ("the White House", "the Kremlin").
    #[serde(default)]
    pub metonyms: Vec<String>,
    /// For cities: the country (canonical name) the city lies in.
    #[serde(default)]
    pub country: Option<String>,
}
