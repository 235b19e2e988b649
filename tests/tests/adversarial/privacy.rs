//! Personal data: exports that cannot be joined to public authorship or across readers.

use std::collections::HashSet;

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};

on_both_databases!(exported_voter_ids_join_neither_public_authors_nor_another_readers_ids,);

fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

/// One export as NDJSON rows, read with `token` (a person's access token or an API key).
async fn export_rows(app: &TestApp, token: &str, consultation: &str, what: &str) -> Vec<Value> {
    let reply = app
        .get(
            &format!(
                "/api/v1/agency/consultations/{consultation}/export?what={what}&format=ndjson"
            ),
            Some(token),
        )
        .await;
    assert_eq!(reply.status.as_u16(), 200, "{}", reply.body);
    let text = match reply.body {
        Value::String(text) => text,
        Value::Null => String::new(),
        one_line => one_line.to_string(),
    };
    text.lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect()
}

fn participants(rows: &[Value]) -> HashSet<String> {
    rows.iter()
        .map(|row| row["participant"].as_str().expect("participant").to_owned())
        .collect()
}

/// Every string anywhere in a JSON value (keys' values, nested arrays and objects).
fn strings(value: &Value, out: &mut HashSet<String>) {
    match value {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

async fn api_key(app: &TestApp, owner: &Person, consultation: &str, name: &str) -> String {
    let created = app
        .post(
            "/api/v1/agency/api-keys",
            Some(&owner.token),
            &json!({"name": name, "consultation_ids": [consultation]}),
        )
        .await
        .expect(201);
    created["secret"].as_str().expect("secret").to_owned()
}

/// The attack: take the votes export, the proposals and comments exports and the public
/// proposal and comment pages, and join on any value they share. Authors also vote, so if
/// authorship carried the voter pseudonym, their votes would be re-identified.
async fn exported_voter_ids_join_neither_public_authors_nor_another_readers_ids(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let cid = id(&app.consultation(&admin, "ideation").await);
    let people = app.many_citizens(6).await;
    let mut proposals = Vec::new();
    for (i, author) in people[..3].iter().enumerate() {
        proposals.push(id(&app
            .proposal(author, &cid, &format!("ข้อเสนอที่ {i}"))
            .await));
    }
    for commenter in &people[3..] {
        app.post(
            &format!("/api/v1/proposals/{}/comments", proposals[0]),
            Some(&commenter.token),
            &json!({"body": "เห็นด้วยกับข้อเสนอนี้", "stance": "for"}),
        )
        .await
        .expect(201);
    }
    for (i, voter) in people.iter().enumerate() {
        for proposal in &proposals {
            let value = if i % 2 == 0 { "agree" } else { "disagree" };
            app.put(
                &format!("/api/v1/proposals/{proposal}/vote"),
                Some(&voter.token),
                &json!({ "value": value }),
            )
            .await
            .expect(200);
        }
    }
    app.put(
        &format!("/api/v1/consultations/{cid}/feedback"),
        Some(&people[0].token),
        &json!({"usefulness": 5, "understanding": 4, "satisfaction": 4}),
    )
    .await
    .expect(200);
    let key_a = api_key(&app, &agent, &cid, "dashboard").await;
    let key_b = api_key(&app, &agent, &cid, "research partner").await;

    let votes_a = export_rows(&app, &key_a, &cid, "votes").await;
    let voters_a = participants(&votes_a);
    assert_eq!(voters_a.len(), 6, "{votes_a:?}");

    // Everything an attacker can join the votes with: the other exports and public pages.
    let mut joinable = HashSet::new();
    for what in ["proposals", "comments"] {
        for row in export_rows(&app, &key_a, &cid, what).await {
            strings(&row, &mut joinable);
        }
    }
    let listed = app
        .get(&format!("/api/v1/consultations/{cid}/proposals"), None)
        .await
        .expect(200);
    strings(&listed, &mut joinable);
    for proposal in &proposals {
        strings(
            &app.get(&format!("/api/v1/proposals/{proposal}"), None)
                .await
                .expect(200),
            &mut joinable,
        );
        strings(
            &app.get(&format!("/api/v1/proposals/{proposal}/comments"), None)
                .await
                .expect(200),
            &mut joinable,
        );
    }
    let linked: Vec<&String> = voters_a.intersection(&joinable).collect();
    assert!(
        linked.is_empty(),
        "voter pseudonyms joinable to authorship: {linked:?}"
    );

    // Within one reader, the feedback export still joins to the votes export.
    let raters_a = participants(&export_rows(&app, &key_a, &cid, "feedback").await);
    assert_eq!(raters_a.len(), 1);
    assert!(raters_a.is_subset(&voters_a));

    // Another key, and the member reading directly, see unrelated ids for the same people.
    let voters_b = participants(&export_rows(&app, &key_b, &cid, "votes").await);
    let voters_member = participants(&export_rows(&app, &agent.token, &cid, "votes").await);
    assert_eq!(voters_b.len(), 6);
    assert_eq!(voters_member.len(), 6);
    assert!(voters_a.is_disjoint(&voters_b), "{voters_a:?} {voters_b:?}");
    assert!(voters_a.is_disjoint(&voters_member));
    assert!(voters_b.is_disjoint(&voters_member));
    let raters_b = participants(&export_rows(&app, &key_b, &cid, "feedback").await);
    assert!(raters_b.is_subset(&voters_b) && raters_a.is_disjoint(&raters_b));
}
