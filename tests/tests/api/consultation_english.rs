//! A consultation's optional English title and summary, beside the Thai ones.

use sala::db::entities::audit_log;
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, TestApp};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    english_title_and_summary_are_kept_and_read_back,
    english_text_left_out_stays_empty,
    too_long_english_text_is_refused_and_changes_nothing,
    followers_read_a_phase_change_under_the_title_in_their_language,
);

fn draft() -> Value {
    json!({
        "title": "ยุทธศาสตร์ยุติธรรมจังหวัด",
        "summary": "ร่วมเสนอแนวทางยุติธรรมชุมชน",
        "body": "รายละเอียดการรับฟังความคิดเห็น",
        "phase": "ideation",
    })
}

async fn last_audit(app: &TestApp, id: &str) -> audit_log::Model {
    let id: Uuid = id.parse().expect("uuid");
    audit_log::Entity::find()
        .filter(audit_log::Column::TargetId.eq(id))
        .order_by_desc(audit_log::Column::Id)
        .one(app.db.reader())
        .await
        .expect("audit row")
        .expect("an audit entry")
}

async fn english_title_and_summary_are_kept_and_read_back(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let mut body = draft();
    body["title_en"] = json!("  Provincial justice strategy  ");
    body["summary_en"] = json!("Propose ways to bring justice closer to home.");
    let created = app
        .post("/api/v1/consultations", Some(&admin.token), &body)
        .await
        .expect(201);
    assert_eq!(
        created["title_en"], "Provincial justice strategy",
        "trimmed"
    );
    assert_eq!(
        created["summary_en"],
        "Propose ways to bring justice closer to home."
    );
    assert_eq!(created["title"], "ยุทธศาสตร์ยุติธรรมจังหวัด");
    let id = created["id"].as_str().expect("id");
    let path = format!("/api/v1/consultations/{id}");

    let updated = app
        .patch(
            &path,
            Some(&admin.token),
            &json!({"title_en": "Justice close to home"}),
        )
        .await
        .expect(200);
    assert_eq!(updated["title_en"], "Justice close to home");
    assert_eq!(
        updated["summary_en"], created["summary_en"],
        "left out, kept"
    );
    let audit = last_audit(&app, id).await;
    assert_eq!(
        audit.before.as_ref().map(|b| b["title_en"].clone()),
        Some(json!("Provincial justice strategy"))
    );
    assert_eq!(
        audit.after.as_ref().map(|a| a["title_en"].clone()),
        Some(json!("Justice close to home"))
    );

    let read = app.get(&path, None).await.expect(200);
    assert_eq!(read["title_en"], "Justice close to home");
    let list = app.get("/api/v1/consultations", None).await.expect(200);
    assert_eq!(list["items"][0]["title_en"], "Justice close to home");

    // Blank or null takes the English text away again.
    let cleared = app
        .patch(
            &path,
            Some(&admin.token),
            &json!({"title_en": "   ", "summary_en": null}),
        )
        .await
        .expect(200);
    assert_eq!(cleared["title_en"], Value::Null);
    assert_eq!(cleared["summary_en"], Value::Null);
}

async fn english_text_left_out_stays_empty(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let created = app
        .post("/api/v1/consultations", Some(&admin.token), &draft())
        .await
        .expect(201);
    assert_eq!(created["title_en"], Value::Null);
    assert_eq!(created["summary_en"], Value::Null);
    let id = created["id"].as_str().expect("id");
    let read = app
        .patch(
            &format!("/api/v1/consultations/{id}"),
            Some(&admin.token),
            &json!({"summary": "สรุปใหม่"}),
        )
        .await
        .expect(200);
    assert_eq!(read["title_en"], Value::Null);
    assert_eq!(read["summary_en"], Value::Null);
}

async fn too_long_english_text_is_refused_and_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let mut body = draft();
    body["title_en"] = json!("Provincial justice strategy");
    let created = app
        .post("/api/v1/consultations", Some(&admin.token), &body)
        .await
        .expect(201);
    let id = created["id"].as_str().expect("id");
    let path = format!("/api/v1/consultations/{id}");
    let cases = [
        (json!({"title_en": "x".repeat(201)}), "title_en", "too_long"),
        (json!({"title_en": "Hi"}), "title_en", "too_short"),
        (
            json!({"summary_en": "y".repeat(501), "summary": "สรุปที่ไม่ควรถูกบันทึก"}),
            "summary_en",
            "too_long",
        ),
    ];
    for (edit, field, code) in cases {
        let problem = app
            .patch(&path, Some(&admin.token), &edit)
            .await
            .expect_problem(422, "validation_failed");
        let errors = problem["errors"].as_array().expect("errors");
        assert!(
            errors
                .iter()
                .any(|e| e["field"] == field && e["code"] == code),
            "{edit}: {problem}"
        );
    }
    let read = app.get(&path, None).await.expect(200);
    assert_eq!(read["title_en"], "Provincial justice strategy");
    assert_eq!(read["summary_en"], Value::Null);
    assert_eq!(read["summary"], created["summary"]);
    assert_eq!(read["updated_at"], created["updated_at"]);

    let mut long = draft();
    long["summary_en"] = json!("z".repeat(501));
    app.post("/api/v1/consultations", Some(&admin.token), &long)
        .await
        .expect_problem(422, "validation_failed");
    let list = app.get("/api/v1/consultations", None).await.expect(200);
    assert_eq!(list["items"].as_array().map(Vec::len), Some(1));
}

async fn followers_read_a_phase_change_under_the_title_in_their_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let mut body = draft();
    body["title_en"] = json!("Provincial justice strategy");
    let id = app
        .post("/api/v1/consultations", Some(&admin.token), &body)
        .await
        .expect(201)["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let english = app
        .operator_creates("reader@example.org", Role::Citizen)
        .await;
    let thai = app
        .operator_creates("phuean@example.org", Role::Citizen)
        .await;
    app.patch("/api/v1/me", Some(&english.token), &json!({"locale": "en"}))
        .await
        .expect(200);
    for who in [&english, &thai] {
        app.put(
            "/api/v1/me/notification-preferences",
            Some(&who.token),
            &json!({"preferences": {"phase_changed": "immediately"}}),
        )
        .await
        .expect(200);
        app.post(
            &format!("/api/v1/consultations/{id}/follow"),
            Some(&who.token),
            &json!({}),
        )
        .await
        .expect(204);
    }

    app.set_phase(&admin, &id, "voting").await;

    let mail = app
        .wait_for_mail("reader@example.org", "Provincial justice strategy")
        .await;
    assert!(
        mail.subject
            .starts_with("Consultation “Provincial justice strategy” is now"),
        "{}",
        mail.subject
    );
    assert!(!mail.text.contains("ยุทธศาสตร์ยุติธรรมจังหวัด"), "{}", mail.text);
    let mail = app
        .wait_for_mail("phuean@example.org", "ยุทธศาสตร์ยุติธรรมจังหวัด")
        .await;
    assert!(
        mail.subject.contains("“ยุทธศาสตร์ยุติธรรมจังหวัด”"),
        "{}",
        mail.subject
    );

    let inbox = app
        .get("/api/v1/me/notifications", Some(&english.token))
        .await
        .expect(200);
    let item = &inbox["items"][0];
    assert!(
        item["headline"]
            .as_str()
            .is_some_and(|h| h.starts_with("Consultation “Provincial justice strategy” is now")),
        "{item}"
    );
    assert_eq!(
        item["subject"]["consultation_title_en"],
        "Provincial justice strategy"
    );
    assert_eq!(item["subject"]["consultation_title"], "ยุทธศาสตร์ยุติธรรมจังหวัด");
}
