//! How the weight file's feature rows are laid out for tagging: an open-addressing table of
//! slots by feature key, the short rows' entries end to end, the long rows as dense vectors.
//!
//! Shared by the crate ([`super::model`]) and `build.rs`, which lays out the built-in weights
//! once, at build time, so that a check reads them in place. Plain `std` only: `build.rs`
//! includes this file by its path.

/// Rows with more entries than this are stored dense.
pub const DENSE_FROM: usize = 12;
/// The `len` of a dense row's slot.
pub const DENSE: u32 = u32::MAX;

/// The laid-out rows, as plain numbers.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Tables {
    /// By slot: the feature key, the row's start in `sparse` (or `dense`) and its length
    /// ([`DENSE`] for a dense row, 0 for an empty slot). A power of two of slots, at least
    /// twice the rows; a key's first slot is its top bits.
    pub slots: Vec<(u64, u32, u32)>,
    /// The short rows' entries: class and weight.
    pub sparse: Vec<(u8, i16)>,
    /// The long rows, `stride` weights each, by class.
    pub dense: Vec<i16>,
}

/// The number of slots for `rows` rows.
pub fn slot_count(rows: usize) -> usize {
    (rows * 2).next_power_of_two().max(16)
}

/// The shift that takes a key to its first slot in a table of `size` slots.
pub fn shift(size: usize) -> u32 {
    64 - size.trailing_zeros()
}

/// Lays out the rows of a weight file: `keys` (eight bytes each, little-endian), one length
/// each in `lens`, then every entry's class in `classes` and its weight (two bytes,
/// little-endian) in `weights`, checked already. `stride` is the length of a dense row.
/// The error is the only one left: a key that appears twice.
pub fn lay_out(
    stride: usize,
    keys: &[u8],
    lens: &[u8],
    classes: &[u8],
    weights: &[u8],
) -> Result<Tables, &'static str> {
    let rows = lens.len();
    let size = slot_count(rows);
    let mut slots = vec![(0u64, 0u32, 0u32); size];
    let shift = shift(size);
    let weight = |k: usize| i16::from_le_bytes([weights[2 * k], weights[2 * k + 1]]);
    // Both tables allocated once at their final size.
    let n_dense = lens.iter().filter(|&&l| l as usize > DENSE_FROM).count();
    let n_sparse: usize = lens.iter().filter(|&&l| l as usize <= DENSE_FROM).map(|&l| l as usize).sum();
    let (mut sparse, mut dense) = (Vec::with_capacity(n_sparse), Vec::with_capacity(n_dense * stride));
    let mut from = 0usize;
    for (key, &len) in keys.chunks_exact(8).zip(lens) {
        if len == 0 {
            continue;
        }
        let key = u64::from_le_bytes([key[0], key[1], key[2], key[3], key[4], key[5], key[6], key[7]]);
        let row = from..from + len as usize;
        from += len as usize;
        // Long rows (the bias, shapes, common suffixes) are added as dense vectors.
        let (start, len) = if len as usize > DENSE_FROM {
            let start = dense.len() as u32;
            dense.resize(dense.len() + stride, 0i16);
            for k in row {
                dense[start as usize + classes[k] as usize] = weight(k);
            }
            (start, DENSE)
        } else {
            let start = sparse.len() as u32;
            sparse.extend(row.map(|k| (classes[k], weight(k))));
            (start, len as u32)
        };
        let mut i = (key >> shift) as usize;
        while slots[i].2 != 0 {
            if slots[i].0 == key {
                return Err("a feature key appears twice");
            }
            i = (i + 1) & (size - 1);
        }
        slots[i] = (key, start, len);
    }
    Ok(Tables { slots, sparse, dense })
}
