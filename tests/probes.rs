//! The invented probe stories of `tests/probes/KIND/STORY/` (articles and a `gold.json` in the
//! shape of the evaluation corpus), scored as `../shared/eval/score.py` scores: a gold item is
//! found when one reported conflict has a claim of its `a` source whose sentence holds the `a`
//! cue on one side and one of `b` on another. The probes were written before the rules that
//! read them, in wordings no rule had seen, so most of their items are still missed; the test
//! holds what is found today (`tests/probes/baseline.json`) and fails when an item found
//! before is lost or an agreement is newly reported as a conflict. After a change that finds
//! more, `GAINSAY_PROBES_BLESS=1 cargo test --release --test probes` rewrites the baseline.

mod common;

use common::{articles_in, root};
use gainsay::{Checker, Report};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
struct Gold {
    #[serde(default)]
    conflicts: Vec<Item>,
    #[serde(default)]
    agreements: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    id: String,
    #[serde(default)]
    status: String,
    a: Cue,
    b: Cue,
}

#[derive(Deserialize)]
struct Cue {
    source: String,
    cue: String,
}

/// What the probes give today: the must items found and the agreements reported, as
/// "KIND/STORY/ID".
#[derive(Default, Serialize, Deserialize, PartialEq, Debug)]
struct Baseline {
    found: BTreeSet<String>,
    violated: BTreeSet<String>,
}

/// White space folded, as the scorer compares.
fn norm(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The stories under `tests/probes`, as (KIND/STORY, directory), in order.
fn stories() -> Vec<(String, PathBuf)> {
    let base = root().join("tests/probes");
    let mut out = Vec::new();
    let Ok(kinds) = std::fs::read_dir(&base) else { return out };
    for kind in kinds.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()) {
        for story in std::fs::read_dir(&kind).into_iter().flatten().filter_map(|e| e.ok().map(|e| e.path())) {
            if story.join("gold.json").is_file() {
                let name = format!(
                    "{}/{}",
                    kind.file_name().unwrap_or_default().to_string_lossy(),
                    story.file_name().unwrap_or_default().to_string_lossy()
                );
                out.push((name, story));
            }
        }
    }
    out.sort();
    out
}

/// Each reported pair of claims on two sides of one conflict: (source, sentence) twice.
fn reported_pairs(report: &Report) -> Vec<[(String, String); 2]> {
    let mut pairs = Vec::new();
    for conflict in &report.conflicts {
        for (i, left) in conflict.sides.iter().enumerate() {
            for right in &conflict.sides[i + 1..] {
                for x in &left.claims {
                    for y in &right.claims {
                        let kx = (x.source.clone(), norm(&x.sentence));
                        let ky = (y.source.clone(), norm(&y.sentence));
                        if kx != ky {
                            pairs.push([kx, ky]);
                        }
                    }
                }
            }
        }
    }
    pairs
}

fn matches(item: &Item, [x, y]: &[(String, String); 2]) -> bool {
    let (ca, cb) = (norm(&item.a.cue), norm(&item.b.cue));
    let side = |s: &(String, String), c: &Cue, cue: &str| s.0 == c.source && s.1.contains(cue);
    side(x, &item.a, &ca) && side(y, &item.b, &cb) || side(y, &item.a, &ca) && side(x, &item.b, &cb)
}

/// Scores every probe story with one checker.
fn score(stories: &[(String, PathBuf)]) -> (Baseline, BTreeMap<String, (usize, usize)>) {
    let checker = Checker::default();
    let mut now = Baseline::default();
    let mut by_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (name, dir) in stories {
        let text = std::fs::read_to_string(dir.join("gold.json")).unwrap_or_else(|e| panic!("{name}: {e}"));
        let gold: Gold = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}/gold.json: {e}"));
        let articles = articles_in(&dir.join("articles")).unwrap_or_else(|| panic!("{name}: no articles"));
        let pairs = reported_pairs(&checker.check(&articles));
        let kind = name.split('/').next().unwrap_or_default().to_string();
        for c in gold.conflicts.iter().filter(|c| c.status == "must") {
            let tally = by_kind.entry(kind.clone()).or_default();
            tally.1 += 1;
            if pairs.iter().any(|p| matches(c, p)) {
                tally.0 += 1;
                now.found.insert(format!("{name}/{}", c.id));
            }
        }
        for n in &gold.agreements {
            if pairs.iter().any(|p| matches(n, p) && !gold.conflicts.iter().any(|c| matches(c, p))) {
                now.violated.insert(format!("{name}/{}", n.id));
            }
        }
    }
    (now, by_kind)
}

fn baseline_path() -> PathBuf {
    root().join("tests/probes/baseline.json")
}

fn read_baseline(path: &Path) -> Baseline {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn probes_keep_what_they_found_and_report_no_new_agreement() {
    let stories = stories();
    assert!(stories.len() >= 40, "{} probe stories under tests/probes", stories.len());
    let (now, by_kind) = score(&stories);
    for (kind, (found, must)) in &by_kind {
        eprintln!("probes {kind}: {found}/{must} must items found");
    }
    eprintln!("probes: {} agreements reported as conflicts", now.violated.len());
    if std::env::var_os("GAINSAY_PROBES_BLESS").is_some() {
        let json = serde_json::to_string_pretty(&now).expect("a baseline serializes");
        std::fs::write(baseline_path(), json + "\n").expect("write tests/probes/baseline.json");
        return;
    }
    let before = read_baseline(&baseline_path());
    let lost: Vec<_> = before.found.difference(&now.found).collect();
    let new_violations: Vec<_> = now.violated.difference(&before.violated).collect();
    assert!(lost.is_empty(), "probe items found before and missed now: {lost:?}");
    assert!(new_violations.is_empty(), "agreements newly reported as conflicts: {new_violations:?}");
    let gained: Vec<_> = now.found.difference(&before.found).collect();
    let mended: Vec<_> = before.violated.difference(&now.violated).collect();
    if !gained.is_empty() || !mended.is_empty() {
        eprintln!("probes: newly found {gained:?}, agreements no longer reported {mended:?}; bless the baseline");
    }
}

#[test]
fn every_probe_cue_is_in_its_article() {
    for (name, dir) in stories() {
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json")).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{name}/gold.json: {e}"));
        let articles = articles_in(&dir.join("articles")).unwrap_or_default();
        for item in gold.conflicts.iter().chain(&gold.agreements) {
            for c in [&item.a, &item.b] {
                let article = articles.iter().find(|a| a.id == c.source);
                let text = article.map(|a| norm(&a.text)).unwrap_or_default();
                assert!(text.contains(&norm(&c.cue)), "{name}/{}: cue {:?} not in {}", item.id, c.cue, c.source);
            }
        }
    }
}
