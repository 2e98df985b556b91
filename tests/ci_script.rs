//! `.ci/run` says which step it is on before each one, so a long silent build is not taken
//! for a hang. The script runs here with stand-ins for `cargo` and `python3` that only echo.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;

#[test]
fn every_step_has_a_header_before_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stubs = std::env::temp_dir().join(format!("gainsay-ci-stubs-{}", std::process::id()));
    std::fs::create_dir_all(&stubs).expect("temp dir");
    for tool in ["cargo", "python3"] {
        let path = stubs.join(tool);
        std::fs::write(&path, format!("#!/bin/sh\necho \"ran {tool} $*\" >&2\n")).expect("write stub");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod stub");
    }
    let path = format!("{}:{}", stubs.display(), std::env::var("PATH").unwrap_or_default());
    let out = Command::new("bash")
        .arg(root.join(".ci/run"))
        .env("PATH", path)
        .env("GAINSAY_CI_SKIP_ENGINE", "1")
        .output()
        .expect("run .ci/run");
    let _ = std::fs::remove_dir_all(&stubs);
    assert!(out.status.success(), "{out:?}");
    let log = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = log.lines().collect();
    let ran: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].starts_with("ran ")).collect();
    assert!(ran.len() >= 4, "fmt, two clippy runs and the tests at least:\n{log}");
    for i in ran {
        let step = lines[i].trim_start_matches("ran ");
        assert!(i > 0 && lines[i - 1] == format!("== {step} =="), "no header before `{step}`:\n{log}");
    }
}
