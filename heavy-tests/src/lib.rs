//! gainsay's tests with heavy dev-dependencies (`tests/`): snapshots of the renderings
//! (insta) and schema checks (jsonschema). The package has no code of its own.
