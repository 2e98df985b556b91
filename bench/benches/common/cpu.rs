//! A criterion measurement of the process's user CPU time instead of the wall clock, for a
//! machine shared with other work: `GAINSAY_BENCH_CPU=1 cargo bench --bench pipeline`.
//! Throughput is then per second of one core's user time. Linux only (it reads
//! `/proc/self/stat`, in clock ticks of 10 ms: keep iterations long).

use criterion::measurement::{Measurement, ValueFormatter, WallTime};

/// True when `GAINSAY_BENCH_CPU` asks for user CPU time.
pub fn wanted() -> bool {
    std::env::var_os("GAINSAY_BENCH_CPU").is_some_and(|v| v != "0")
}

/// The process's user CPU time, in seconds (0 when it cannot be read).
fn user_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // The command name, in parentheses, may hold spaces: count fields after it.
    let Some(after) = stat.rfind(')').map(|i| &stat[i + 1..]) else { return 0.0 };
    // utime is field 14 of the line, the 12th after the name.
    let ticks: f64 = after.split_whitespace().nth(11).and_then(|t| t.parse().ok()).unwrap_or(0.0);
    ticks / 100.0
}

/// User CPU time of the whole process (the one-thread pool's worker included).
pub struct UserCpu;

static WALL: WallTime = WallTime;

impl Measurement for UserCpu {
    type Intermediate = f64;
    type Value = f64;
    fn start(&self) -> f64 {
        user_seconds()
    }
    fn end(&self, start: f64) -> f64 {
        user_seconds() - start
    }
    fn add(&self, a: &f64, b: &f64) -> f64 {
        a + b
    }
    fn zero(&self) -> f64 {
        0.0
    }
    /// Nanoseconds, as the wall clock's formatter reads them.
    fn to_f64(&self, v: &f64) -> f64 {
        v * 1e9
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WALL.formatter()
    }
}
