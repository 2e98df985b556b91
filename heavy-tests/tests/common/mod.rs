//! What these tests share: the main tests' helpers, `tests/common` at the repository's root
//! (samples, seeds, the binary).

#[path = "../../../tests/common/mod.rs"]
mod main_tests;

pub use main_tests::*;
