//! Sessions and tokens: an access token dies with its session, forged time claims are
//! refused.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    after_logout_the_old_access_token_is_refused,
    another_session_of_the_same_person_survives_a_single_logout,
    a_password_reset_ends_every_old_access_and_refresh_token,
    a_ban_ends_every_session_of_the_account,
    a_logout_on_one_server_process_is_seen_by_another_at_once,
    a_token_not_valid_before_a_future_time_is_refused,
    a_token_issued_in_the_future_is_refused,
);

async fn logout(app: &TestApp, refresh_token: &str) {
    app.post(
        "/api/v1/auth/logout",
        None,
        &json!({ "refresh_token": refresh_token }),
    )
    .await
    .expect(204);
}

async fn refresh(app: &TestApp, refresh_token: &str) -> sala_tests::Reply {
    app.post(
        "/api/v1/auth/refresh",
        None,
        &json!({ "refresh_token": refresh_token }),
    )
    .await
}

async fn after_logout_the_old_access_token_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = app.sign_up("leaving@example.org").await;
    app.get("/api/v1/me", Some(&person.token)).await.expect(200);

    logout(&app, &person.refresh_token).await;

    app.get("/api/v1/me", Some(&person.token))
        .await
        .expect_problem(401, "unauthenticated");
    refresh(&app, &person.refresh_token)
        .await
        .expect_problem(401, "unauthenticated");
}

async fn another_session_of_the_same_person_survives_a_single_logout(backend: Backend) {
    let app = spawn_app(backend).await;
    let phone = app.sign_up("two-devices@example.org").await;
    let laptop = app.sign_in("two-devices@example.org").await;

    logout(&app, &phone.refresh_token).await;

    app.get("/api/v1/me", Some(&phone.token))
        .await
        .expect_problem(401, "unauthenticated");
    app.get("/api/v1/me", Some(&laptop.token)).await.expect(200);
    let renewed = refresh(&app, &laptop.refresh_token).await.expect(200);
    let renewed_token = renewed["access_token"].as_str().expect("access token");
    app.get("/api/v1/me", Some(renewed_token)).await.expect(200);
}

async fn a_password_reset_ends_every_old_access_and_refresh_token(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "stolen-laptop@example.org";
    let first = app.sign_up(email).await;
    let second = app.sign_in(email).await;
    let rotated = refresh(&app, &second.refresh_token).await.expect(200);
    let third = Person {
        token: rotated["access_token"].as_str().expect("token").to_owned(),
        refresh_token: rotated["refresh_token"].as_str().expect("token").to_owned(),
        ..second.clone()
    };

    app.post(
        "/api/v1/auth/password-reset",
        None,
        &json!({ "email": email }),
    )
    .await
    .expect(202);
    let mail = app.wait_for_mail(email, "reset-password?token=").await;
    app.post(
        "/api/v1/auth/password-reset/confirm",
        None,
        &json!({ "token": mail.link_token("reset-password?token="), "password": "a brand new password" }),
    )
    .await
    .expect(204);

    for old in [&first, &second, &third] {
        app.get("/api/v1/me", Some(&old.token))
            .await
            .expect_problem(401, "unauthenticated");
    }
    for old in [&first, &third] {
        refresh(&app, &old.refresh_token)
            .await
            .expect_problem(401, "unauthenticated");
    }
    let fresh = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({ "email": email, "password": "a brand new password" }),
        )
        .await
        .expect(200);
    app.get("/api/v1/me", fresh["access_token"].as_str())
        .await
        .expect(200);
}

async fn a_ban_ends_every_session_of_the_account(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let troll = app.sign_up("troll@example.org").await;

    app.post(
        "/api/v1/moderation/actions",
        Some(&admin.token),
        &json!({"action": "ban", "target_type": "user", "target_id": troll.id, "reason": "spam"}),
    )
    .await
    .expect(201);

    app.get("/api/v1/me", Some(&troll.token))
        .await
        .expect_problem(401, "unauthenticated");
    refresh(&app, &troll.refresh_token)
        .await
        .expect_problem(401, "unauthenticated");
    app.get("/api/v1/me", Some(&admin.token)).await.expect(200);
}

async fn a_logout_on_one_server_process_is_seen_by_another_at_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let replica = app.spawn_sibling().await;
    let person = app.sign_up("replicas@example.org").await;
    replica
        .get("/api/v1/me", Some(&person.token))
        .await
        .expect(200);

    logout(&app, &person.refresh_token).await;

    replica
        .get("/api/v1/me", Some(&person.token))
        .await
        .expect_problem(401, "unauthenticated");
}

/// The claims of a real access token, for re-signing with some of them changed.
fn claims_of(token: &str) -> Value {
    jsonwebtoken::dangerous::insecure_decode::<Value>(token)
        .expect("a JWT")
        .claims
}

/// Signs `claims` with the server's own secret, as someone holding it could.
fn sign(app: &TestApp, claims: &Value) -> String {
    let secret = sala::app::jwt_secret(&app.settings).expect("secret");
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(&secret),
    )
    .expect("signed")
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

async fn a_token_not_valid_before_a_future_time_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = app.sign_up("early@example.org").await;
    let mut claims = claims_of(&person.token);

    // The re-signed token works while its times are honest: only `nbf` makes the difference.
    claims["nbf"] = json!(now() - 1);
    app.get("/api/v1/me", Some(&sign(&app, &claims)))
        .await
        .expect(200);

    claims["nbf"] = json!(now() + 600);
    app.get("/api/v1/me", Some(&sign(&app, &claims)))
        .await
        .expect_problem(401, "unauthenticated");
}

async fn a_token_issued_in_the_future_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = app.sign_up("time-traveller@example.org").await;
    let mut claims = claims_of(&person.token);

    claims["iat"] = json!(now() + 600);
    claims["nbf"] = json!(now() - 1);
    app.get("/api/v1/me", Some(&sign(&app, &claims)))
        .await
        .expect_problem(401, "unauthenticated");
}
