//! The privacy notice and the terms of use: agreed to at sign-up in the version in force,
//! published anew by administrators only (earlier versions stay readable), and agreed to again
//! by everyone after a change.

use sala::domain::accounts::Role;
use sala_tests::{consent, on_both_databases, spawn_app, Backend, Person, TestApp, PASSWORD};
use serde_json::{json, Value};

on_both_databases!(
    signing_up_needs_agreement_to_the_versions_in_force_and_a_refusal_creates_nothing,
    a_new_version_is_published_by_an_administrator_and_everyone_agrees_again,
    an_unknown_document_or_version_is_not_found,
);

fn registration(email: &str, consent: Option<Value>) -> Value {
    let mut body = json!({"email": email, "password": PASSWORD, "display_name": "ผู้สมัคร"});
    if let Some(consent) = consent {
        body["consent"] = consent;
    }
    body
}

fn field_codes(problem: &Value) -> Vec<(String, String)> {
    problem["errors"]
        .as_array()
        .expect("field errors")
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap_or_default().to_owned(),
                e["code"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

async fn consent_status(app: &TestApp, person: &Person) -> Value {
    app.get("/api/v1/me/consent", Some(&person.token))
        .await
        .expect(200)
}

async fn signing_up_needs_agreement_to_the_versions_in_force_and_a_refusal_creates_nothing(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let terms = app.get("/api/v1/legal/terms", None).await.expect(200);
    assert_eq!(terms["version"], 1);
    assert_eq!(terms["title_th"], "ข้อกำหนดการใช้งาน");
    assert!(terms["html_en"]
        .as_str()
        .unwrap_or_default()
        .contains("<h2>"));

    let missing = app
        .post(
            "/api/v1/auth/register",
            None,
            &registration("careful@example.org", None),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        field_codes(&missing),
        [("consent".to_owned(), "consent_required".to_owned())]
    );
    let outdated = app
        .post(
            "/api/v1/auth/register",
            None,
            &registration(
                "careful@example.org",
                Some(json!({"privacy": 0, "terms": 1})),
            ),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        field_codes(&outdated),
        [("consent.privacy".to_owned(), "consent_outdated".to_owned())]
    );
    app.get(
        "/api/v1/admin/users?email=careful@example.org",
        Some(&admin.token),
    )
    .await
    .expect_problem(404, "account_not_found");
    assert!(
        app.mails_to("careful@example.org").is_empty(),
        "no mail sent"
    );

    let person = app.sign_up("careful@example.org").await;
    let status = consent_status(&app, &person).await;
    assert_eq!(status["outstanding"], json!([]), "{status}");
    let agreed: Vec<(&str, i64)> = status["agreements"]
        .as_array()
        .expect("agreements")
        .iter()
        .map(|a| {
            (
                a["kind"].as_str().unwrap_or_default(),
                a["version"].as_i64().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(agreed.len(), 2);
    assert!(agreed.contains(&("privacy", 1)) && agreed.contains(&("terms", 1)));

    // What a person downloads about themselves says what they agreed to, and when.
    let export = app
        .get("/api/v1/me/export", Some(&person.token))
        .await
        .expect(200);
    assert_eq!(
        export["consents"].as_array().map(Vec::len),
        Some(2),
        "{export}"
    );
}

async fn a_new_version_is_published_by_an_administrator_and_everyone_agrees_again(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizen = app.sign_up("citizen@example.org").await;
    let new_notice = json!({
        "title_th": "ประกาศความเป็นส่วนตัว",
        "title_en": "Privacy notice",
        "body_th": "## ผู้ควบคุมข้อมูล\nสำนักงานนวัตกรรม ติดต่อ dpo@example.go.th",
        "body_en": "## Data controller\nThe innovation office; write to dpo@example.go.th",
    });

    app.put("/api/v1/legal/privacy", Some(&citizen.token), &new_notice)
        .await
        .expect_problem(403, "forbidden");
    let mut empty = new_notice.clone();
    empty["body_en"] = json!("   ");
    app.put("/api/v1/legal/privacy", Some(&admin.token), &empty)
        .await
        .expect_problem(422, "validation_failed");
    let unchanged = app.get("/api/v1/legal/privacy", None).await.expect(200);
    assert_eq!(unchanged["version"], 1, "refusals publish nothing");

    let published = app
        .put("/api/v1/legal/privacy", Some(&admin.token), &new_notice)
        .await
        .expect(201);
    assert_eq!(published["version"], 2);
    let in_force = app.get("/api/v1/legal/privacy", None).await.expect(200);
    assert_eq!(in_force["version"], 2);
    assert!(in_force["html_th"]
        .as_str()
        .unwrap_or_default()
        .contains("<h2>ผู้ควบคุมข้อมูล</h2>"));
    let first = app
        .get("/api/v1/legal/privacy?version=1", None)
        .await
        .expect(200);
    assert!(first["body_en"]
        .as_str()
        .unwrap_or_default()
        .contains("Personal Data Protection Act"));
    let versions = app
        .get("/api/v1/legal/privacy/versions", None)
        .await
        .expect(200);
    let numbers: Vec<i64> = versions
        .as_array()
        .expect("versions")
        .iter()
        .filter_map(|v| v["version"].as_i64())
        .collect();
    assert_eq!(numbers, [2, 1]);
    let audit = app
        .get(
            "/api/v1/admin/audit-log?action=legal_document.published",
            Some(&admin.token),
        )
        .await
        .expect(200);
    assert_eq!(audit["items"].as_array().map(Vec::len), Some(1), "{audit}");

    // The citizen is asked again, and agrees only to the version in force.
    let status = consent_status(&app, &citizen).await;
    assert_eq!(
        status["outstanding"],
        json!([{"kind": "privacy", "version": 2}])
    );
    app.post(
        "/api/v1/me/consent",
        Some(&citizen.token),
        &json!({"privacy": 1, "terms": 1}),
    )
    .await
    .expect_problem(422, "validation_failed");
    let agreed = app
        .post(
            "/api/v1/me/consent",
            Some(&citizen.token),
            &json!({"privacy": 2, "terms": 1}),
        )
        .await
        .expect(200);
    assert_eq!(agreed["outstanding"], json!([]));
    assert_eq!(agreed["agreements"].as_array().map(Vec::len), Some(3));

    // A newcomer who read the old notice is told to read the new one.
    let late = app
        .post(
            "/api/v1/auth/register",
            None,
            &registration("late@example.org", Some(consent())),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        field_codes(&late),
        [("consent.privacy".to_owned(), "consent_outdated".to_owned())]
    );
}

async fn an_unknown_document_or_version_is_not_found(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    app.get("/api/v1/legal/cookies", None)
        .await
        .expect_problem(404, "legal_document_not_found");
    app.get("/api/v1/legal/privacy?version=9", None)
        .await
        .expect_problem(404, "legal_document_not_found");
    app.put(
        "/api/v1/legal/cookies",
        Some(&admin.token),
        &json!({"title_th": "ก", "title_en": "C", "body_th": "ก", "body_en": "c"}),
    )
    .await
    .expect_problem(404, "legal_document_not_found");
}
