//! Sign-up, verification, sign-in, refresh rotation, sign-out and the profile.

use sala::db::entities::outbox;
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, PASSWORD};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Statement};
use serde_json::json;

on_both_databases!(
    a_citizen_signs_up_verifies_by_email_and_signs_in,
    registration_never_reveals_whether_an_email_is_registered,
    invalid_registrations_are_refused_field_by_field_and_change_nothing,
    a_verification_link_works_once,
    following_the_verification_link_where_nobody_is_signed_in_signs_the_person_in,
    an_unverified_account_can_read_but_not_write,
    refresh_tokens_rotate_and_a_reused_one_ends_the_whole_sign_in,
    signing_out_ends_the_session,
    people_edit_their_own_profile,
    expired_links_and_sessions_are_refused,
);

async fn a_citizen_signs_up_verifies_by_email_and_signs_in(backend: Backend) {
    let app = spawn_app(backend).await;
    let created = app
        .post("/api/v1/auth/register", None, &json!({"email": "Somchai@Example.com", "password": PASSWORD, "display_name": "สมชาย ใจดี", "locale": "th", "consent": sala_tests::consent()}))
        .await
        .expect(201);
    assert_eq!(
        created["email"], "somchai@example.com",
        "stored in canonical form"
    );
    assert_eq!(created["verified"], false);
    assert!(
        created.get("token").is_none() && !created.to_string().contains("verify"),
        "no token in the response"
    );

    let mail = app
        .wait_for_mail("somchai@example.com", "verify-email#token=")
        .await;
    assert!(
        mail.subject.contains("ยืนยันอีเมล"),
        "Thai subject for a Thai account: {}",
        mail.subject
    );
    assert!(mail.html.contains("สมชาย ใจดี"));
    let token = mail.link_token("verify-email#token=");
    app.post(
        "/api/v1/auth/verify-email",
        None,
        &json!({ "token": token }),
    )
    .await
    .expect(204);

    // Sign-in works with any case of the address.
    let session = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": "SOMCHAI@example.com", "password": PASSWORD}),
        )
        .await
        .expect(200);
    assert_eq!(session["token_type"], "Bearer");
    assert!(session["expires_in"].as_u64().unwrap() <= 900);
    let me = app
        .get("/api/v1/me", session["access_token"].as_str())
        .await
        .expect(200);
    assert_eq!(me["verified"], true);
    assert_eq!(me["role"], "citizen");
    assert_eq!(me["display_name"], "สมชาย ใจดี");
}

async fn registration_never_reveals_whether_an_email_is_registered(backend: Backend) {
    let app = spawn_app(backend).await;
    let first = app.sign_up("nok@example.org").await;
    let again = app
        .post("/api/v1/auth/register", None, &json!({"email": "NOK@example.org", "password": "another password!", "display_name": "Someone Else", "consent": sala_tests::consent()}))
        .await
        .expect(201);
    assert_eq!(again["email"], "nok@example.org");
    assert_ne!(again["id"], first.id.to_string(), "no existing id leaks");
    // The owner is told instead, and their password still works.
    app.wait_for_mail("nok@example.org", "/sign-in").await;
    app.sign_in("nok@example.org").await;

    let wrong_password = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": "nok@example.org", "password": "wrong password!!"}),
        )
        .await
        .expect_problem(401, "unauthenticated");
    let unknown = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": "nobody@example.org", "password": "wrong password!!"}),
        )
        .await
        .expect_problem(401, "unauthenticated");
    assert_eq!(wrong_password, unknown, "the same answer for both");
}

async fn invalid_registrations_are_refused_field_by_field_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let problem = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": "not-an-address", "password": "short", "display_name": " ", "consent": sala_tests::consent()}),
        )
        .await
        .expect_problem(422, "validation_failed");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["email", "password", "display_name"]);
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "a@example.org"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    let raw = app
        .client
        .post(app.url("/api/v1/auth/register"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status(), 400);
    assert!(app.mails_to("a@example.org").is_empty());
    app.post(
        "/api/v1/auth/login",
        None,
        &json!({"email": "a@example.org", "password": "whatever12345"}),
    )
    .await
    .expect_problem(401, "unauthenticated");
}

async fn a_verification_link_works_once(backend: Backend) {
    let app = spawn_app(backend).await;
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "once@example.org", "password": PASSWORD, "display_name": "Once", "consent": sala_tests::consent()}),
    )
    .await
    .expect(201);
    let token = app
        .wait_for_mail("once@example.org", "verify-email#token=")
        .await
        .link_token("verify-email#token=");
    app.post(
        "/api/v1/auth/verify-email",
        None,
        &json!({ "token": token }),
    )
    .await
    .expect(204);
    let problem = app
        .post(
            "/api/v1/auth/verify-email",
            None,
            &json!({ "token": token }),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["code"], "invalid_or_expired");
    app.post(
        "/api/v1/auth/verify-email",
        None,
        &json!({ "token": "made-up" }),
    )
    .await
    .expect_problem(422, "validation_failed");
    // A verified address needs no new link, and gets none.
    let person = app.sign_in("once@example.org").await;
    app.post(
        "/api/v1/auth/verify-email/resend",
        Some(&person.token),
        &json!({}),
    )
    .await
    .expect_problem(409, "email_already_verified");
    let mail_queued = outbox::Entity::find()
        .filter(outbox::Column::Topic.eq("mail"))
        .count(app.db.reader())
        .await
        .expect("outbox counted");
    assert_eq!(mail_queued, 1, "only the first link was ever queued");
    let me = app.get("/api/v1/me", Some(&person.token)).await.expect(200);
    assert_eq!(me["verified"], true);
}

async fn an_unverified_account_can_read_but_not_write(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let consultation = app.consultation(&admin, "ideation").await;
    let id = consultation["id"].as_str().unwrap();
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "new@example.org", "password": PASSWORD, "display_name": "New", "consent": sala_tests::consent()}),
    )
    .await
    .expect(201);
    let session = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": "new@example.org", "password": PASSWORD}),
        )
        .await
        .expect(200);
    let token = session["access_token"].as_str().unwrap();
    app.get(
        &format!("/api/v1/consultations/{id}/proposals"),
        Some(token),
    )
    .await
    .expect(200);
    let problem = app
        .post(
            &format!("/api/v1/consultations/{id}/proposals"),
            Some(token),
            &json!({"title": "ข้อเสนอแรก", "body": "รายละเอียดของข้อเสนอแรก"}),
        )
        .await
        .expect_problem(403, "forbidden");
    assert!(problem["detail"].as_str().unwrap().contains("Verify"));
    // Asking for a new link works and the new link verifies.
    app.post("/api/v1/auth/verify-email/resend", Some(token), &json!({}))
        .await
        .expect(202);
    let mails = loop {
        let mails = app.mails_to("new@example.org");
        if mails.len() >= 2 {
            break mails;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    for mail in mails {
        let _ = app
            .post(
                "/api/v1/auth/verify-email",
                None,
                &json!({ "token": mail.link_token("verify-email#token=") }),
            )
            .await;
    }
    app.post(
        &format!("/api/v1/consultations/{id}/proposals"),
        Some(token),
        &json!({"title": "ข้อเสนอแรก", "body": "รายละเอียดของข้อเสนอแรก"}),
    )
    .await
    .expect(201);
}

async fn refresh_tokens_rotate_and_a_reused_one_ends_the_whole_sign_in(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = app.sign_up("rotate@example.org").await;
    let first = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": person.refresh_token}),
        )
        .await
        .expect(200);
    let second_token = first["refresh_token"].as_str().unwrap();
    assert_ne!(second_token, person.refresh_token);
    let second = app
        .post(
            "/api/v1/auth/refresh",
            None,
            &json!({"refresh_token": second_token}),
        )
        .await
        .expect(200);
    // The first token is replayed (stolen): the whole family ends, including the newest.
    app.post(
        "/api/v1/auth/refresh",
        None,
        &json!({"refresh_token": person.refresh_token}),
    )
    .await
    .expect_problem(401, "unauthenticated");
    app.post(
        "/api/v1/auth/refresh",
        None,
        &json!({"refresh_token": second["refresh_token"]}),
    )
    .await
    .expect_problem(401, "unauthenticated");
    // Another sign-in is unaffected.
    let other = app.sign_in("rotate@example.org").await;
    app.post(
        "/api/v1/auth/refresh",
        None,
        &json!({"refresh_token": other.refresh_token}),
    )
    .await
    .expect(200);
}

async fn signing_out_ends_the_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = app.sign_up("bye@example.org").await;
    app.post(
        "/api/v1/auth/logout",
        None,
        &json!({"refresh_token": person.refresh_token}),
    )
    .await
    .expect(204);
    app.post(
        "/api/v1/auth/refresh",
        None,
        &json!({"refresh_token": person.refresh_token}),
    )
    .await
    .expect_problem(401, "unauthenticated");
    app.post(
        "/api/v1/auth/logout",
        None,
        &json!({"refresh_token": person.refresh_token}),
    )
    .await
    .expect(204);
    app.get("/api/v1/me", None)
        .await
        .expect_problem(401, "unauthenticated");
    app.get("/api/v1/me", Some("garbage"))
        .await
        .expect_problem(401, "unauthenticated");
}

async fn people_edit_their_own_profile(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = app.sign_up("profile@example.org").await;
    let me = app
        .patch("/api/v1/me", Some(&person.token), &json!({"display_name": "มาลี", "locale": "en", "province": "ภูเก็ต", "age_band": "25_34", "gender": "female"}))
        .await
        .expect(200);
    assert_eq!(me["display_name"], "มาลี");
    assert_eq!(me["locale"], "en");
    assert_eq!(me["age_band"], "25_34");
    let me = app
        .patch(
            "/api/v1/me",
            Some(&person.token),
            &json!({"province": null}),
        )
        .await
        .expect(200);
    assert_eq!(me["province"], serde_json::Value::Null);
    assert_eq!(me["gender"], "female", "fields left out stay");
    app.patch(
        "/api/v1/me",
        Some(&person.token),
        &json!({"age_band": "ninety", "role": "admin"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    app.patch(
        "/api/v1/me",
        Some(&person.token),
        &json!({"age_band": "ninety"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    let me = app.get("/api/v1/me", Some(&person.token)).await.expect(200);
    assert_eq!(me["age_band"], "25_34", "a refused change changes nothing");
    assert_eq!(me["role"], "citizen");
}

/// Moves every token of `table` into the past, as time passing would.
async fn expire_all(app: &sala_tests::TestApp, table: &str) {
    let db = &app.db;
    let past = chrono::Utc::now() - chrono::Duration::hours(1);
    db.reader()
        .execute_raw(Statement::from_sql_and_values(
            db.backend(),
            match db.backend() {
                sea_orm::DbBackend::Postgres => format!("UPDATE {table} SET expires_at = $1"),
                _ => format!("UPDATE {table} SET expires_at = ?"),
            },
            [past.into()],
        ))
        .await
        .unwrap();
}

async fn expired_links_and_sessions_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "late@example.org", "password": PASSWORD, "display_name": "Late", "consent": sala_tests::consent()}),
    )
    .await
    .expect(201);
    let token = app
        .wait_for_mail("late@example.org", "verify-email#token=")
        .await
        .link_token("verify-email#token=");
    expire_all(&app, "email_tokens").await;
    let problem = app
        .post(
            "/api/v1/auth/verify-email",
            None,
            &json!({ "token": token }),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["code"], "invalid_or_expired");

    let person = app.sign_in("late@example.org").await;
    expire_all(&app, "refresh_tokens").await;
    app.post(
        "/api/v1/auth/refresh",
        None,
        &json!({"refresh_token": person.refresh_token}),
    )
    .await
    .expect_problem(401, "unauthenticated");
}

async fn following_the_verification_link_where_nobody_is_signed_in_signs_the_person_in(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "phone@example.org", "password": PASSWORD, "display_name": "มานี มีนา", "consent": sala_tests::consent()}),
    )
    .await
    .expect(201);
    let token = app
        .wait_for_mail("phone@example.org", "verify-email#token=")
        .await
        .link_token("verify-email#token=");
    let session = app
        .post(
            "/api/v1/auth/verify-email",
            None,
            &json!({ "token": token, "sign_in": true }),
        )
        .await
        .expect(200);
    assert_eq!(session["token_type"], "Bearer");
    let me = app
        .get("/api/v1/me", session["access_token"].as_str())
        .await
        .expect(200);
    assert_eq!(me["display_name"], "มานี มีนา");
    assert_eq!(me["verified"], true);
    // The session is a real one: its refresh token rotates.
    app.post(
        "/api/v1/auth/refresh",
        None,
        &json!({ "refresh_token": session["refresh_token"] }),
    )
    .await
    .expect(200);
    // The link signs in once, like it verifies once.
    let problem = app
        .post(
            "/api/v1/auth/verify-email",
            None,
            &json!({ "token": token, "sign_in": true }),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["code"], "invalid_or_expired");
}
