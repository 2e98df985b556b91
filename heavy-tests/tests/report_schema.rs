//! The JSON report and every JSONL line, of real articles, validate against `schema/`; the
//! schemas reject what they do not describe and describe every field they name.

mod common;

use common::{samples, seeds};
use gainsay::report::Line;
use gainsay::{Article, Checker, Report};
use jsonschema::{Retrieve, Uri, Validator};
use serde_json::Value;
use std::path::PathBuf;

fn schema_dir() -> PathBuf {
    common::root().join("schema")
}

fn load(name: &str) -> Value {
    let text = std::fs::read_to_string(schema_dir().join(name)).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Resolves `report.schema.json` (and its siblings) from `schema/`, never the network.
struct SchemaDir;

impl Retrieve for SchemaDir {
    fn retrieve(&self, uri: &Uri<String>) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.path().as_str().rsplit('/').next().unwrap_or_default().to_string();
        let text = std::fs::read_to_string(schema_dir().join(&name))?;
        Ok(serde_json::from_str(&text)?)
    }
}

fn validator(name: &str) -> Validator {
    let schema = load(name);
    assert!(jsonschema::meta::is_valid(&schema), "{name} is not a valid JSON Schema");
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .with_retriever(SchemaDir)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn errors(v: &Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

/// A report with every optional part filled: agreements, a warning and an error.
fn full_report(articles: &[Article]) -> Report {
    let mut report = Checker::default().with_agreements(true).check(articles);
    report.warn("odd.txt", "invalid UTF-8, decoded lossily");
    report.error("missing.txt", "cannot read missing.txt: not found");
    report
}

fn assert_report_valid(report: &Report) {
    let v = validator("report.schema.json");
    let json = serde_json::to_value(report).unwrap();
    let errs = errors(&v, &json);
    assert!(errs.is_empty(), "report does not match schema/report.schema.json:\n{}", errs.join("\n"));
}

fn assert_jsonl_valid(report: &Report) {
    let v = validator("jsonl-line.schema.json");
    let jsonl = report.to_jsonl();
    for (n, line) in jsonl.lines().enumerate() {
        let value: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", n + 1));
        let errs = errors(&v, &value);
        assert!(errs.is_empty(), "line {} does not match the schema: {line}\n{}", n + 1, errs.join("\n"));
    }
}

#[test]
fn sample_report_matches_the_schema() {
    assert_report_valid(&full_report(&samples()));
    assert_report_valid(&Checker::default().check(&samples()));
}

#[test]
fn sample_jsonl_matches_the_schema() {
    assert_jsonl_valid(&full_report(&samples()));
    assert_jsonl_valid(&Checker::default().check(&samples()));
}

#[test]
fn seed_report_and_jsonl_match_the_schema() {
    let Some(seeds) = seeds() else {
        eprintln!("skipped: ../shared/corpus/seeds/articles is not checked out");
        return;
    };
    let report = full_report(&seeds);
    assert!(!report.conflicts.is_empty());
    assert_report_valid(&report);
    assert_jsonl_valid(&report);
    assert_jsonl_valid(&Checker::default().check(&seeds));
}

#[test]
fn an_empty_check_matches_the_schema() {
    let report = Checker::default().check(&[]);
    assert_report_valid(&report);
    assert_jsonl_valid(&report);
}

#[test]
fn schemas_reject_unknown_fields_and_wrong_types() {
    let report = full_report(&samples());
    let v = validator("report.schema.json");
    let mut json = serde_json::to_value(&report).unwrap();
    json["conflicts"][0]["sides"][0]["claims"][0]["surprise"] = Value::Bool(true);
    assert!(!v.is_valid(&json), "an undocumented field passed");
    let mut json = serde_json::to_value(&report).unwrap();
    json["conflicts"][0]["confidence"] = Value::String("high".into());
    assert!(!v.is_valid(&json), "a string confidence passed");

    let lines = validator("jsonl-line.schema.json");
    let mut claim: Value = serde_json::from_str(
        report.to_jsonl().lines().find(|l| l.starts_with(r#"{"type":"claim""#)).expect("a claim line"),
    )
    .unwrap();
    assert!(lines.is_valid(&claim));
    claim["type"] = Value::String("source".into());
    assert!(!lines.is_valid(&claim), "a claim passed as a source");
    // The line schema checks the nested fields through report.schema.json.
    let mut conflict: Value =
        serde_json::from_str(report.to_jsonl().lines().find(|l| l.contains(r#""type":"conflict""#)).unwrap()).unwrap();
    assert!(lines.is_valid(&conflict));
    conflict["sides"][1]["claims"][0]["polarity"] = Value::String("maybe".into());
    assert!(!lines.is_valid(&conflict), "a bad nested claim passed");
    assert!(!lines.is_valid(&serde_json::json!({"type": "comment", "text": "hi"})));
}

#[test]
fn jsonl_lines_come_in_order_and_read_back() {
    let report = full_report(&samples());
    let lines: Vec<Line> = report.to_jsonl().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines, report.jsonl_lines());
    let rank = |l: &Line| match l {
        Line::Source(_) => 0,
        Line::Conflict(_) | Line::Claim(_) => 1,
        Line::Agreement(_) => 2,
        Line::Warning(_) => 3,
        Line::Error(_) => 4,
        Line::Summary(_) => 5,
    };
    assert!(lines.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])), "lines out of order");
    assert!(matches!(lines.last(), Some(Line::Summary(_))));
    assert_eq!(lines.iter().filter(|l| matches!(l, Line::Summary(_))).count(), 1);
    // Each claim line follows its conflict.
    let mut current = None;
    for l in &lines {
        match l {
            Line::Conflict(c) => current = Some(c.id.clone()),
            Line::Claim(c) => assert_eq!(Some(&c.conflict), current.as_ref()),
            _ => {}
        }
    }
    let claims = lines.iter().filter(|l| matches!(l, Line::Claim(_))).count();
    let expected: usize = report.conflicts.iter().flat_map(|c| &c.sides).map(|s| s.claims.len()).sum();
    assert_eq!(claims, expected);
}

#[test]
fn the_json_report_reads_back() {
    let report = full_report(&samples());
    let back: Report = serde_json::from_str(&serde_json::to_string(&report).unwrap()).unwrap();
    assert_eq!(back, report);
}

/// Every property a schema names says what it is, directly or through the `$ref` it uses.
#[test]
fn every_schema_field_is_documented() {
    fn walk(v: &Value, path: &str, missing: &mut Vec<String>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    for (name, prop) in props {
                        let documented = prop.get("description").is_some()
                            || prop.get("$ref").and_then(Value::as_str).is_some_and(|r| r.contains("#/$defs/"));
                        if !documented {
                            missing.push(format!("{path}/properties/{name}"));
                        }
                    }
                }
                // Each definition says what it is, too.
                let is_definition = path.starts_with("/$defs/") && path.matches('/').count() == 2;
                if is_definition && map.get("description").is_none() {
                    missing.push(path.to_string());
                }
                for (k, child) in map {
                    walk(child, &format!("{path}/{k}"), missing);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{path}/{i}"), missing);
                }
            }
            _ => {}
        }
    }
    for name in ["report.schema.json", "jsonl-line.schema.json"] {
        let mut missing = Vec::new();
        walk(&load(name), "", &mut missing);
        assert!(missing.is_empty(), "{name}: undocumented: {missing:?}");
    }
}

#[test]
fn a_feed_checked_story_by_story_matches_the_schemas() {
    let mut feed = samples();
    feed.push(Article::new("lone", "Tarsk library reopens after a two-year refit."));
    let mut report = Checker::default()
        .with_agreements(true)
        .check_stories(&feed, &gainsay::stories::StoryOptions::default())
        .merged();
    report.warn("odd.txt", "invalid UTF-8, decoded lossily");
    assert_eq!(report.stories.len(), 2);
    assert!(report.conflicts.iter().all(|c| c.story.is_some()));
    assert_report_valid(&report);
    assert_jsonl_valid(&report);
}
