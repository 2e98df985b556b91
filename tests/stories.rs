//! A feed of many stories: grouping the bundled samples and the repository's held-out
//! stories, shuffled into one feed, finds each story exactly, and checking the feed story by
//! story gives each story the conflicts of checking it alone.

mod common;

use common::{articles_in, root, samples};
use gainsay::stories::{group, StoryOptions};
use gainsay::{Article, Checker};
use std::collections::BTreeMap;

/// (cluster, article) for the samples and every story of `tests/heldout*`, ids made unique
/// by their cluster's name.
fn clusters() -> Vec<(String, Article)> {
    let mut out: Vec<(String, Article)> = samples()
        .into_iter()
        .map(|a| ("samples".to_string(), Article::new(format!("samples.{}", a.id), a.text)))
        .collect();
    for set in ["tests/heldout", "tests/heldout2"] {
        let mut dirs: Vec<_> =
            std::fs::read_dir(root().join(set)).unwrap().filter_map(|e| e.ok().map(|e| e.path())).collect();
        dirs.sort();
        for dir in dirs {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            for a in articles_in(&dir.join("articles")).unwrap_or_default() {
                out.push((name.clone(), Article::new(format!("{name}.{}", a.id), a.text)));
            }
        }
    }
    out
}

/// A fixed shuffle (xorshift), so that the feed's order says nothing of its stories.
fn shuffled<T>(mut items: Vec<T>) -> Vec<T> {
    let mut x: u64 = 0x5eed_0015;
    for k in (1..items.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        items.swap(k, (x % (k as u64 + 1)) as usize);
    }
    items
}

#[test]
fn a_shuffled_feed_falls_into_its_stories() {
    let feed = shuffled(clusters());
    assert!(feed.len() > 40, "{} articles", feed.len());
    let articles: Vec<Article> = feed.iter().map(|(_, a)| a.clone()).collect();
    let stories = group(&articles, &StoryOptions::default());
    let mut expected: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (cluster, a) in &feed {
        expected.entry(cluster.as_str()).or_default().push(a.id.as_str());
    }
    let mut expected: Vec<Vec<&str>> = expected.into_values().collect();
    expected.iter_mut().for_each(|ids| ids.sort());
    expected.sort();
    let found: Vec<Vec<&str>> =
        stories.iter().map(|s| s.articles.iter().map(|&i| articles[i].id.as_str()).collect()).collect();
    assert_eq!(found, expected);
    for s in &stories {
        assert_eq!(s.id, articles[s.articles[0]].id, "a story's id is its first article's");
    }
}

#[test]
fn each_story_gets_the_conflicts_of_checking_it_alone() {
    let feed = shuffled(clusters());
    let articles: Vec<Article> = feed.iter().map(|(_, a)| a.clone()).collect();
    let checker = Checker::default();
    let checked = checker.check_stories(&articles, &StoryOptions::default());
    let merged = checked.merged();
    assert_eq!(merged.stories.len(), checked.stories.len());
    assert_eq!(merged.summary.articles, articles.len());
    let mut numbered = 0;
    for (story, report) in &checked.stories {
        let mut alone: Vec<Article> = story.articles.iter().map(|&i| articles[i].clone()).collect();
        alone.sort_by(|a, b| a.id.cmp(&b.id));
        let expected = checker.check(&alone);
        assert_eq!(report.conflicts.len(), expected.conflicts.len(), "story {}", story.id);
        for (got, want) in report.conflicts.iter().zip(&expected.conflicts) {
            numbered += 1;
            assert_eq!(got.id, format!("c{numbered}"), "conflicts are numbered across stories");
            assert_eq!(got.story.as_deref(), Some(story.id.as_str()));
            let mut got = got.clone();
            got.id = want.id.clone();
            got.story = None;
            assert_eq!(&got, want, "story {}", story.id);
        }
        // A conflict's sides only name articles of its story.
        for c in &report.conflicts {
            for side in &c.sides {
                assert!(side.sources.iter().all(|s| alone.iter().any(|a| &a.id == s)));
            }
        }
    }
    assert_eq!(merged.conflicts.len(), numbered);
    assert!(numbered > 0, "the held-out stories have conflicts");
}

/// Runs the built binary; returns (exit code, stdout).
fn gainsay(args: &[&std::ffi::OsStr]) -> (i32, String) {
    let out = std::process::Command::new(common::binary()).args(args).output().expect("run gainsay");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn check_stories_on_the_command_line() {
    let dir = std::env::temp_dir().join(format!("gainsay-stories-cli-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let feed: Vec<(String, Article)> =
        clusters().into_iter().filter(|(c, _)| c == "samples" || c == "zambia-copper-licence").collect();
    for (_, a) in &feed {
        std::fs::write(dir.join(format!("{}.txt", a.id)), &a.text).unwrap();
    }
    // A story of one article, about something else.
    std::fs::write(dir.join("lone.txt"), "Tarsk library reopens after a two-year refit of its reading rooms.\n")
        .unwrap();
    let os = |s: &str| std::ffi::OsString::from(s);
    let (code, json) = gainsay(&[&os("check"), &os("--stories"), &os("--format"), &os("json"), dir.as_os_str()]);
    assert_eq!(code, 1, "conflicts were found");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let stories = report["stories"].as_array().unwrap();
    let ids: Vec<&str> = stories.iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["lone", "samples.coastal-times", "zambia-copper-licence.000_copperbelt-wire"]);
    assert_eq!(stories[0]["articles"], serde_json::json!(["lone"]));
    assert_eq!(stories[1]["articles"].as_array().unwrap().len(), 4);
    let conflicts = report["conflicts"].as_array().unwrap();
    assert!(!conflicts.is_empty());
    for c in conflicts {
        let story = c["story"].as_str().unwrap();
        let members = &stories.iter().find(|s| s["id"] == story).unwrap()["articles"];
        for side in c["sides"].as_array().unwrap() {
            for claim in side["claims"].as_array().unwrap() {
                assert!(members.as_array().unwrap().contains(&claim["source"]), "{claim}");
            }
        }
    }
    assert!(report["sources"].as_array().unwrap().iter().all(|s| s["story"].is_string()));

    let (_, text) = gainsay(&[&os("check"), &os("--stories"), &os("--color"), &os("never"), dir.as_os_str()]);
    assert!(text.starts_with("gainsay: 3 stories in the feed;"), "{text}");
    assert!(text.contains("=== Story 1 of 3: lone (1 article: lone) ==="), "{text}");
    let (_, md) = gainsay(&[&os("check"), &os("--stories"), &os("--format"), &os("markdown"), dir.as_os_str()]);
    assert!(md.contains("## Story 2: samples.coastal-times"), "{md}");
    let (_, html) = gainsay(&[&os("check"), &os("--stories"), &os("--format"), &os("html"), dir.as_os_str()]);
    assert!(html.contains("<section class=\"story\" id=\"story3\">"));
    assert!(html.contains("id=\"story2-c1\"") || html.contains("id=\"story2-c"), "anchors are per story");

    // `gainsay stories`: which story each article is in, one line per article.
    let (code, lines) = gainsay(&[&os("stories"), &os("--format"), &os("jsonl"), dir.as_os_str()]);
    assert_eq!(code, 0);
    let rows: Vec<serde_json::Value> = lines.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), feed.len() + 1);
    assert!(rows.iter().any(|r| r["id"] == "lone" && r["story"] == "lone"));
    // A threshold above any similarity leaves every article alone.
    let (_, alone) = gainsay(&[&os("stories"), &os("--story-threshold"), &os("1"), dir.as_os_str()]);
    assert_eq!(alone.lines().count(), feed.len() + 1);
    let _ = std::fs::remove_dir_all(&dir);
}
