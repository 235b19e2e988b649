//! `Idempotency-Key`: a retried create is answered from the first attempt instead of
//! creating twice; keys belong to their caller, and a key reused for another request or
//! malformed is refused.

use reqwest::Method;
use sala::domain::accounts::Role;
use sala::idempotency::key::{fingerprint, IdempotencyKey, KeyOwner};
use sala::idempotency::store::{self, Claim};
use sala_tests::{on_both_databases, spawn_app, Backend, Person, Reply, TestApp};
use sea_orm::ConnectionTrait;
use serde_json::{json, Value};

on_both_databases!(
    a_retried_proposal_with_one_key_is_created_once_and_replayed,
    a_retried_comment_with_one_key_is_created_once_and_replayed,
    a_key_reused_for_a_different_request_is_refused,
    concurrent_retries_with_one_key_create_exactly_one,
    a_failed_first_attempt_can_be_retried_with_the_same_key,
    the_same_key_from_two_people_does_not_collide,
    a_malformed_key_is_refused_and_changes_nothing,
    without_a_key_two_creates_make_two,
    a_retry_while_the_first_still_runs_is_told_to_wait,
    an_expired_key_is_forgotten_and_may_run_again,
);

/// An administrator, a citizen and a consultation in ideation.
async fn setup(app: &TestApp) -> (Person, Person, String) {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizen = app
        .operator_creates("somchai@example.org", Role::Citizen)
        .await;
    let cid = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    (admin, citizen, cid)
}

fn proposal_body(title: &str) -> Value {
    json!({"title": title, "body": "รายละเอียดข้อเสนอที่ยาวพอสมควรสำหรับการทดสอบ", "theme": "ยุติธรรมชุมชน", "province": "ภูเก็ต"})
}

async fn post_with_key(
    app: &TestApp,
    path: &str,
    who: &Person,
    body: &Value,
    key: Option<&str>,
) -> Reply {
    let headers: Vec<(&str, &str)> = key.map(|k| ("Idempotency-Key", k)).into_iter().collect();
    app.call_with_headers(Method::POST, path, Some(&who.token), Some(body), &headers)
        .await
}

async fn propose(app: &TestApp, who: &Person, cid: &str, body: &Value, key: Option<&str>) -> Reply {
    post_with_key(
        app,
        &format!("/api/v1/consultations/{cid}/proposals"),
        who,
        body,
        key,
    )
    .await
}

async fn proposal_ids(app: &TestApp, cid: &str) -> Vec<String> {
    let page = app
        .get(&format!("/api/v1/consultations/{cid}/proposals"), None)
        .await
        .expect(200);
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|p| p["id"].as_str().expect("id").to_owned())
        .collect()
}

fn replayed(reply: &Reply) -> Option<&str> {
    reply
        .headers
        .get("idempotent-replayed")
        .and_then(|v| v.to_str().ok())
}

async fn a_retried_proposal_with_one_key_is_created_once_and_replayed(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;
    let body = proposal_body("ศูนย์ยุติธรรมชุมชนทุกตำบล");

    let first = propose(&app, &citizen, &cid, &body, Some("retry-1")).await;
    assert_eq!(replayed(&first), None);
    let first_location = first.headers.get("location").cloned();
    let first_body = first.expect(201);
    let second = propose(&app, &citizen, &cid, &body, Some("retry-1")).await;
    assert_eq!(replayed(&second), Some("true"));
    assert_eq!(second.content_type, "application/json");
    assert_eq!(second.headers.get("location").cloned(), first_location);
    assert_eq!(second.expect(201), first_body);

    assert_eq!(
        proposal_ids(&app, &cid).await,
        vec![first_body["id"].as_str().expect("id").to_owned()]
    );
}

async fn a_retried_comment_with_one_key_is_created_once_and_replayed(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;
    let pid = app.proposal(&citizen, &cid, "ศูนย์ยุติธรรมชุมชนทุกตำบล").await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let path = format!("/api/v1/proposals/{pid}/comments");
    let body = json!({"body": "เห็นด้วย ควรเริ่มที่อำเภอเล็กก่อน", "stance": "for"});

    let first = post_with_key(&app, &path, &citizen, &body, Some("c-1")).await;
    assert_eq!(replayed(&first), None);
    let first_body = first.expect(201);
    let second = post_with_key(&app, &path, &citizen, &body, Some("c-1")).await;
    assert_eq!(replayed(&second), Some("true"));
    assert_eq!(second.expect(201), first_body);

    let thread = app.get(&path, None).await.expect(200);
    assert_eq!(thread["items"].as_array().expect("items").len(), 1);
    let proposal = app
        .get(&format!("/api/v1/proposals/{pid}"), None)
        .await
        .expect(200);
    assert_eq!(proposal["counts"]["comments"], 1);
}

async fn a_key_reused_for_a_different_request_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let (admin, citizen, cid) = setup(&app).await;
    propose(&app, &citizen, &cid, &proposal_body("ข้อเสนอแรก"), Some("k"))
        .await
        .expect(201);

    let other_body = propose(
        &app,
        &citizen,
        &cid,
        &proposal_body("ข้อเสนอที่สอง"),
        Some("k"),
    )
    .await;
    assert_eq!(replayed(&other_body), None);
    other_body.expect_problem(422, "idempotency_key_reused");
    // The same body sent to another address is another request too.
    let other_cid = app.consultation(&admin, "ideation").await;
    let other_path = propose(
        &app,
        &citizen,
        other_cid["id"].as_str().expect("id"),
        &proposal_body("ข้อเสนอแรก"),
        Some("k"),
    )
    .await;
    other_path.expect_problem(422, "idempotency_key_reused");

    assert_eq!(proposal_ids(&app, &cid).await.len(), 1);
    assert_eq!(
        proposal_ids(&app, other_cid["id"].as_str().expect("id"))
            .await
            .len(),
        0
    );
}

async fn concurrent_retries_with_one_key_create_exactly_one(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;
    let body = proposal_body("ศูนย์ยุติธรรมชุมชนทุกตำบล");

    let replies = futures_util::future::join_all(
        (0..6).map(|_| propose(&app, &citizen, &cid, &body, Some("race"))),
    )
    .await;

    let ids = proposal_ids(&app, &cid).await;
    assert_eq!(ids.len(), 1, "one proposal, not {ids:?}");
    for reply in replies {
        if reply.status.as_u16() == 409 {
            assert!(reply.headers.get("retry-after").is_some());
            reply.expect_problem(409, "request_in_progress");
        } else {
            assert_eq!(reply.expect(201)["id"], ids[0].as_str());
        }
    }
}

async fn a_failed_first_attempt_can_be_retried_with_the_same_key(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;

    propose(
        &app,
        &citizen,
        &cid,
        &proposal_body(""),
        Some("fix-and-retry"),
    )
    .await
    .expect_problem(422, "validation_failed");
    assert!(proposal_ids(&app, &cid).await.is_empty());

    let fixed = propose(
        &app,
        &citizen,
        &cid,
        &proposal_body("ศูนย์ยุติธรรมชุมชนทุกตำบล"),
        Some("fix-and-retry"),
    )
    .await;
    assert_eq!(replayed(&fixed), None);
    let created = fixed.expect(201);
    assert_eq!(
        proposal_ids(&app, &cid).await,
        vec![created["id"].as_str().expect("id").to_owned()]
    );
}

async fn the_same_key_from_two_people_does_not_collide(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, somchai, cid) = setup(&app).await;
    let malee = app
        .operator_creates("malee@example.org", Role::Citizen)
        .await;
    let body = proposal_body("ศูนย์ยุติธรรมชุมชนทุกตำบล");

    let first = propose(&app, &somchai, &cid, &body, Some("shared")).await;
    let second = propose(&app, &malee, &cid, &body, Some("shared")).await;
    assert_eq!(replayed(&second), None);
    let first = first.expect(201);
    let second = second.expect(201);
    assert_ne!(first["id"], second["id"]);
    assert_eq!(proposal_ids(&app, &cid).await.len(), 2);
}

async fn a_malformed_key_is_refused_and_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;
    let body = proposal_body("ศูนย์ยุติธรรมชุมชนทุกตำบล");
    let too_long = "k".repeat(256);

    for key in ["", "tab\tinside", too_long.as_str()] {
        let reply = propose(&app, &citizen, &cid, &body, Some(key)).await;
        let problem = reply.expect_problem(400, "invalid_idempotency_key");
        assert_eq!(problem["title"], "Invalid Idempotency-Key");
    }
    assert!(proposal_ids(&app, &cid).await.is_empty());

    let longest = "k".repeat(255);
    propose(&app, &citizen, &cid, &body, Some(&longest))
        .await
        .expect(201);
}

async fn without_a_key_two_creates_make_two(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;

    let body = proposal_body("ศูนย์ยุติธรรมชุมชนทุกตำบล");

    let first = propose(&app, &citizen, &cid, &body, None).await;
    let second = propose(&app, &citizen, &cid, &body, None).await;
    assert_eq!(replayed(&second), None);
    assert_ne!(first.expect(201)["id"], second.expect(201)["id"]);
    assert_eq!(proposal_ids(&app, &cid).await.len(), 2);
}

async fn a_retry_while_the_first_still_runs_is_told_to_wait(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;
    let body = proposal_body("ศูนย์ยุติธรรมชุมชนทุกตำบล");
    let path = format!("/api/v1/consultations/{cid}/proposals");
    // The first request with the key has claimed it and not answered yet.
    let owner = KeyOwner::account(citizen.id);
    let key = IdempotencyKey::parse(b"slow").expect("key");
    let sent = serde_json::to_vec(&body).expect("json");
    let claim = store::claim(&app.db, &owner, &key, &fingerprint("POST", &path, &sent))
        .await
        .expect("claim");
    assert!(matches!(claim, Claim::Granted), "{claim:?}");

    let retry = propose(&app, &citizen, &cid, &body, Some("slow")).await;
    assert_eq!(
        retry
            .headers
            .get("retry-after")
            .and_then(|v| v.to_str().ok()),
        Some("1")
    );
    retry.expect_problem(409, "request_in_progress");
    assert!(proposal_ids(&app, &cid).await.is_empty());

    // The first attempt failed and gave the key back: the retry runs.
    store::release(&app.db, &owner, &key)
        .await
        .expect("release");
    propose(&app, &citizen, &cid, &body, Some("slow"))
        .await
        .expect(201);
    assert_eq!(proposal_ids(&app, &cid).await.len(), 1);
}

async fn an_expired_key_is_forgotten_and_may_run_again(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;
    propose(
        &app,
        &citizen,
        &cid,
        &proposal_body("ข้อเสนอแรก"),
        Some("old"),
    )
    .await
    .expect(201);
    assert_eq!(store::forget_expired(&app.db).await.expect("sweep"), 0);

    app.db
        .writer()
        .execute_unprepared("UPDATE idempotency_keys SET expires_ms = 0")
        .await
        .expect("key aged");
    assert_eq!(store::forget_expired(&app.db).await.expect("sweep"), 1);

    let again = propose(
        &app,
        &citizen,
        &cid,
        &proposal_body("ข้อเสนอที่สอง"),
        Some("old"),
    )
    .await;
    assert_eq!(replayed(&again), None);
    again.expect(201);
    assert_eq!(proposal_ids(&app, &cid).await.len(), 2);
}
