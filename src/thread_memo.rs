//! A bounded per-thread memo of what a word or phrase reads as, for look-ups that cost far
//! more than a hash probe (stems, datelines, a name's lexicon key) and that a check asks for
//! again and again.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::thread::LocalKey;

/// The table a memo keeps in a `thread_local!`.
pub(crate) type Table<V> = RefCell<FxHashMap<Box<str>, V>>;

/// The value remembered for `key` in `table`, else `compute()`, remembered. The table starts
/// again past `cap` entries, so it never grows without bound on a long input; when the
/// thread is ending or the table is in use, `compute()` is given and not remembered.
pub(crate) fn remembered<V: Clone>(
    table: &'static LocalKey<Table<V>>,
    key: &str,
    cap: usize,
    compute: impl FnOnce() -> V,
) -> V {
    let kept = table.try_with(|m| m.try_borrow().ok().and_then(|m| m.get(key).cloned())).ok().flatten();
    if let Some(v) = kept {
        return v;
    }
    let v = compute();
    let _ = table.try_with(|m| {
        if let Ok(mut m) = m.try_borrow_mut() {
            if m.len() >= cap {
                m.clear();
            }
            m.insert(key.into(), v.clone());
        }
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    thread_local! {
        static LENGTHS: Table<usize> = Default::default();
    }

    #[test]
    fn a_value_is_computed_once_until_the_table_starts_again() {
        let mut calls = 0;
        for w in ["harbour", "quay", "harbour", "quay"] {
            let n = remembered(&LENGTHS, w, 2, || {
                calls += 1;
                w.len()
            });
            assert_eq!(n, w.len());
        }
        assert_eq!(calls, 2);
        // A third key fills the table past its bound: it starts again.
        remembered(&LENGTHS, "jetty", 2, || 5);
        remembered(&LENGTHS, "harbour", 2, || {
            calls += 1;
            7
        });
        assert_eq!(calls, 3);
    }
}
