//! The problem codes a client can meet: the API's list (its OpenAPI `ProblemCode` schema), the
//! table in `docs/ERRORS.md`, and the black-box tests that provoke each code, kept in step.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sala_tests::{on_both_databases, spawn_app, Backend};

on_both_databases!(every_problem_code_is_documented_and_provoked_by_a_test);

fn repository_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the repository")
        .to_path_buf()
}

/// Codes in the first column of the table in `docs/ERRORS.md`, with their HTTP status.
fn documented_codes() -> BTreeSet<(String, u16)> {
    let text = std::fs::read_to_string(repository_root().join("docs/ERRORS.md"))
        .expect("docs/ERRORS.md is readable");
    text.lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let code = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
            let status = cells.get(2)?.parse().ok()?;
            Some((code.to_owned(), status))
        })
        .collect()
}

/// The text of every test source except this one.
fn test_sources() -> String {
    let mut text = String::new();
    let mut folders = vec![repository_root().join("tests/tests")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("the tests folder is readable") {
            let path = entry.expect("a folder entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs")
                && path.file_name().is_some_and(|n| n != "problem_codes.rs")
            {
                text.push_str(&std::fs::read_to_string(&path).expect("a test source"));
            }
        }
    }
    text
}

async fn every_problem_code_is_documented_and_provoked_by_a_test(backend: Backend) {
    let app = spawn_app(backend).await;
    let doc = app.get("/api/openapi.json", None).await.expect(200);
    let offered: BTreeSet<String> = doc["components"]["schemas"]["ProblemCode"]["enum"]
        .as_array()
        .expect("the document lists the problem codes")
        .iter()
        .map(|code| code.as_str().expect("a code is a string").to_owned())
        .collect();
    assert!(offered.len() > 30, "{offered:?}");
    let documented_names: BTreeSet<String> = documented_codes()
        .into_iter()
        .map(|(code, _)| code)
        .collect();
    assert_eq!(
        offered, documented_names,
        "docs/ERRORS.md and the API list different codes"
    );
    let sources = test_sources();
    let unprovoked: Vec<&String> = offered
        .iter()
        .filter(|code| !sources.contains(&format!("\"{code}\"")))
        .collect();
    assert!(
        unprovoked.is_empty(),
        "no black-box test expects these codes: {unprovoked:?}"
    );
}
