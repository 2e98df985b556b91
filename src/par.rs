//! Data-parallel loops: on the caller's rayon pool with the `parallel` feature, plain
//! iterators without it. Either way the results come back in input order, so reports are
//! byte-identical.

/// `f` over each item, results in order.
#[cfg(feature = "parallel")]
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    items.par_iter().map(f).collect()
}

/// `f` over each item, results in order.
#[cfg(not(feature = "parallel"))]
pub(crate) fn map<T, R>(items: &[T], f: impl Fn(&T) -> R) -> Vec<R> {
    items.iter().map(f).collect()
}

/// `f` over each item, which it may change, results in order.
#[cfg(feature = "parallel")]
pub(crate) fn map_mut<T: Send, R: Send>(items: &mut [T], f: impl Fn(&mut T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    items.par_iter_mut().map(f).collect()
}

/// `f` over each item, which it may change, results in order.
#[cfg(not(feature = "parallel"))]
pub(crate) fn map_mut<T, R>(items: &mut [T], f: impl Fn(&mut T) -> R) -> Vec<R> {
    items.iter_mut().map(f).collect()
}

/// Drops `items`, on the pool: many claims are many small allocations to free.
#[cfg(feature = "parallel")]
pub(crate) fn drop_all<T: Send>(items: Vec<T>) {
    use rayon::prelude::*;
    items.into_par_iter().with_min_len(1024).for_each(drop);
}

/// Drops `items`.
#[cfg(not(feature = "parallel"))]
pub(crate) fn drop_all<T>(items: Vec<T>) {
    drop(items);
}

/// Runs `a` and `b`, on the pool side by side.
#[cfg(feature = "parallel")]
pub(crate) fn join<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    rayon::join(a, b)
}

/// Runs `a`, then `b`.
#[cfg(not(feature = "parallel"))]
pub(crate) fn join<A, B>(a: impl FnOnce() -> A, b: impl FnOnce() -> B) -> (A, B) {
    (a(), b())
}
