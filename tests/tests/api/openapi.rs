//! The OpenAPI document as a client generator or a contract tester reads it: every response
//! described, every schema it names present, and every problem an operation's shape can
//! produce listed on it.

use sala_tests::{on_both_databases, spawn_app, Backend};
use serde_json::Value;

on_both_databases!(
    every_response_in_the_openapi_document_has_a_description,
    every_operation_lists_the_problems_its_shape_can_produce,
    every_schema_the_document_names_is_in_it,
);

const METHODS: [&str; 5] = ["get", "put", "post", "delete", "patch"];

/// `(method, path, operation)` for every operation of the document.
fn operations(doc: &Value) -> Vec<(String, String, Value)> {
    let mut found = Vec::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in METHODS {
            if let Some(operation) = item.get(method) {
                found.push((method.to_uppercase(), path.clone(), operation.clone()));
            }
        }
    }
    found
}

async fn every_response_in_the_openapi_document_has_a_description(backend: Backend) {
    let app = spawn_app(backend).await;
    let doc = app.get("/api/openapi.json", None).await.expect(200);
    let operations = operations(&doc);
    assert!(operations.len() > 60, "{} operations", operations.len());
    let mut undescribed = Vec::new();
    let mut responses = 0;
    for (method, path, operation) in &operations {
        let listed = operation["responses"].as_object().expect("responses");
        assert!(!listed.is_empty(), "{method} {path} lists no response");
        for (status, response) in listed {
            responses += 1;
            let description = response["description"].as_str().unwrap_or_default();
            if description.trim().is_empty() {
                undescribed.push(format!("{method} {path} {status}"));
            }
        }
    }
    assert!(
        undescribed.is_empty(),
        "{} of {responses} responses have no description:\n{}",
        undescribed.len(),
        undescribed.join("\n")
    );
}

async fn every_operation_lists_the_problems_its_shape_can_produce(backend: Backend) {
    let app = spawn_app(backend).await;
    let doc = app.get("/api/openapi.json", None).await.expect(200);
    let mut missing = Vec::new();
    for (method, path, operation) in operations(&doc) {
        let parameters = operation["parameters"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let has = |place: &str| parameters.iter().any(|p| p["in"] == place);
        // Refused before routing: a control character in the path or query string.
        let mut expected = vec!["400"];
        if has("path") {
            expected.push("404");
        }
        if has("query") {
            expected.push("422");
        }
        if operation.get("requestBody").is_some() {
            expected.extend(["413", "415", "422"]);
        }
        if operation["security"]
            .as_array()
            .is_some_and(|s| !s.is_empty())
        {
            expected.push("401");
        }
        for status in expected {
            let response = &operation["responses"][status];
            if response.is_null() {
                missing.push(format!("{method} {path} {status}"));
                continue;
            }
            assert_eq!(
                response["content"]["application/problem+json"]["schema"]["$ref"],
                "#/components/schemas/Problem",
                "{method} {path} {status} is a problem"
            );
        }
        for status in ["429", "503"] {
            let response = &operation["responses"][status];
            if response["content"]
                .get("application/problem+json")
                .is_some()
            {
                assert_eq!(
                    response["headers"]["Retry-After"]["schema"]["type"], "integer",
                    "{method} {path} {status} documents Retry-After"
                );
            }
        }
    }
    assert!(
        missing.is_empty(),
        "operations not listing a problem they can answer with:\n{}",
        missing.join("\n")
    );
}

/// Every `$ref` below `value`, with where it stands.
fn references(value: &Value, at: &str, found: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                match (key.as_str(), inner) {
                    ("$ref", Value::String(target)) => found.push((at.to_owned(), target.clone())),
                    _ => references(inner, &format!("{at}/{key}"), found),
                }
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                references(inner, &format!("{at}/{i}"), found);
            }
        }
        _ => {}
    }
}

/// A response set shared by several routes is a derived type; a schema it names is not
/// collected the way a route's own `body = ...` is, and a client generator fails on a name
/// that leads nowhere.
async fn every_schema_the_document_names_is_in_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let doc = app.get("/api/openapi.json", None).await.expect(200);
    let mut found = Vec::new();
    references(&doc, "", &mut found);
    assert!(found.len() > 100, "{} references", found.len());
    let dangling: Vec<String> = found
        .iter()
        .filter(|(_, target)| {
            let Some(pointer) = target.strip_prefix('#') else {
                return true;
            };
            doc.pointer(pointer).is_none()
        })
        .map(|(at, target)| format!("{at} -> {target}"))
        .collect();
    assert!(
        dangling.is_empty(),
        "names that lead nowhere:\n{}",
        dangling.join("\n")
    );
}
