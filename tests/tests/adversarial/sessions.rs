//! Sessions and tokens: an access token dies with its session, forged time claims are
//! refused, a browser's refresh token lives in an `HttpOnly` cookie that another site cannot
//! make it spend.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use reqwest::Method;
use sala::db::entities::{email_tokens, outbox};
use sala::domain::accounts::Role;
use sala_tests::{
    on_both_databases, spawn_app, spawn_app_with, Backend, Person, Reply, TestApp, PASSWORD,
};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{json, Value};

on_both_databases!(
    after_logout_the_old_access_token_is_refused,
    another_session_of_the_same_person_survives_a_single_logout,
    a_password_reset_ends_every_old_access_and_refresh_token,
    a_ban_ends_every_session_of_the_account,
    a_logout_on_one_server_process_is_seen_by_another_at_once,
    a_token_not_valid_before_a_future_time_is_refused,
    a_token_issued_in_the_future_is_refused,
    a_browser_sign_in_keeps_the_refresh_token_in_a_strict_http_only_cookie,
    the_session_cookie_is_secure_when_the_public_url_is_https,
    a_browser_refreshes_by_cookie_and_the_cookie_rotates,
    a_cookie_refresh_without_the_csrf_proof_is_refused_and_changes_nothing,
    a_cookie_logout_needs_the_csrf_proof_and_then_ends_the_session,
    emailed_links_keep_their_token_out_of_what_reaches_a_server,
    a_reset_request_does_the_same_work_for_a_known_and_an_unknown_address,
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

async fn refresh(app: &TestApp, refresh_token: &str) -> Reply {
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
    let mail = app.wait_for_mail(email, "reset-password#token=").await;
    app.post(
        "/api/v1/auth/password-reset/confirm",
        None,
        &json!({ "token": mail.link_token("reset-password#token="), "password": "a brand new password" }),
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
    let secret = sala::auth::jwt_secret(&app.settings).expect("secret");
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

const BROWSER: (&str, &str) = ("X-Sala-Session", "cookie");

/// Signs in as the web app does; returns the reply and the `sala_refresh` cookie's value.
async fn browser_sign_in(app: &TestApp, email: &str) -> (Value, String) {
    let reply = app
        .call_with_headers(
            Method::POST,
            "/api/v1/auth/login",
            None,
            Some(&json!({ "email": email, "password": PASSWORD })),
            &[BROWSER],
        )
        .await;
    let cookie = set_cookie(&reply);
    let body = reply.expect(200);
    (body, cookie_value(&cookie))
}

/// The `Set-Cookie` header for `sala_refresh`.
fn set_cookie(reply: &Reply) -> String {
    reply
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("sala_refresh="))
        .expect("a sala_refresh cookie")
        .to_owned()
}

fn cookie_value(set_cookie: &str) -> String {
    set_cookie
        .trim_start_matches("sala_refresh=")
        .split(';')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// `path` called with the refresh cookie, `{}` as body, and the given extra headers.
async fn with_cookie(app: &TestApp, path: &str, cookie: &str, headers: &[(&str, &str)]) -> Reply {
    let cookie_header = format!("sala_refresh={cookie}");
    let mut all = vec![("Cookie", cookie_header.as_str())];
    all.extend_from_slice(headers);
    app.call_with_headers(Method::POST, path, None, Some(&json!({})), &all)
        .await
}

fn attributes(set_cookie: &str) -> Vec<String> {
    set_cookie
        .split(';')
        .skip(1)
        .map(|a| a.trim().to_ascii_lowercase())
        .collect()
}

async fn a_browser_sign_in_keeps_the_refresh_token_in_a_strict_http_only_cookie(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_up("browser@example.org").await;
    let reply = app
        .call_with_headers(
            Method::POST,
            "/api/v1/auth/login",
            None,
            Some(&json!({ "email": "browser@example.org", "password": PASSWORD })),
            &[BROWSER],
        )
        .await;
    let cookie = set_cookie(&reply);
    let body = reply.expect(200);

    assert!(body.get("refresh_token").is_none(), "body: {body}");
    assert!(body["access_token"].is_string());
    let attributes = attributes(&cookie);
    for expected in ["httponly", "samesite=strict", "path=/api/v1/auth"] {
        assert!(
            attributes.iter().any(|a| a == expected),
            "{expected} missing: {cookie}"
        );
    }
    assert!(attributes.iter().any(|a| a.starts_with("max-age=")));
    // The test server's public URL is plain http, where browsers drop Secure cookies.
    assert!(!attributes.iter().any(|a| a == "secure"), "{cookie}");
    assert!(cookie_value(&cookie).len() >= 40);

    // A client that does not ask for the cookie gets the token in the body, as before.
    let plain = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({ "email": "browser@example.org", "password": PASSWORD }),
        )
        .await;
    assert!(plain.headers.get("set-cookie").is_none());
    assert!(plain.expect(200)["refresh_token"].is_string());
}

async fn the_session_cookie_is_secure_when_the_public_url_is_https(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_PUBLIC_URL", "https://sala.example.org")]).await;
    app.sign_up("secure@example.org").await;
    let reply = app
        .call_with_headers(
            Method::POST,
            "/api/v1/auth/login",
            None,
            Some(&json!({ "email": "secure@example.org", "password": PASSWORD })),
            &[BROWSER],
        )
        .await;
    let cookie = set_cookie(&reply);
    reply.expect(200);
    assert!(
        attributes(&cookie).iter().any(|a| a == "secure"),
        "{cookie}"
    );
}

async fn a_browser_refreshes_by_cookie_and_the_cookie_rotates(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_up("rotating@example.org").await;
    let (_, first) = browser_sign_in(&app, "rotating@example.org").await;

    let reply = with_cookie(&app, "/api/v1/auth/refresh", &first, &[BROWSER]).await;
    let second = cookie_value(&set_cookie(&reply));
    let body = reply.expect(200);

    assert_ne!(second, first);
    assert!(body.get("refresh_token").is_none(), "body: {body}");
    app.get("/api/v1/me", body["access_token"].as_str())
        .await
        .expect(200);
    with_cookie(&app, "/api/v1/auth/refresh", &second, &[BROWSER])
        .await
        .expect(200);
}

async fn a_cookie_refresh_without_the_csrf_proof_is_refused_and_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_up("victim@example.org").await;
    let (signed_in, cookie) = browser_sign_in(&app, "victim@example.org").await;

    let refused = with_cookie(&app, "/api/v1/auth/refresh", &cookie, &[]).await;
    assert!(refused.headers.get("set-cookie").is_none());
    refused.expect_problem(403, "csrf_rejected");
    with_cookie(
        &app,
        "/api/v1/auth/refresh",
        &cookie,
        &[BROWSER, ("Origin", "https://evil.example.net")],
    )
    .await
    .expect_problem(403, "csrf_rejected");

    // Nothing was spent or ended: the session and its cookie still work.
    app.get("/api/v1/me", signed_in["access_token"].as_str())
        .await
        .expect(200);
    let own_origin = app.address.clone();
    with_cookie(
        &app,
        "/api/v1/auth/refresh",
        &cookie,
        &[BROWSER, ("Origin", own_origin.as_str())],
    )
    .await
    .expect(200);
}

async fn a_cookie_logout_needs_the_csrf_proof_and_then_ends_the_session(backend: Backend) {
    let app = spawn_app(backend).await;
    app.sign_up("signing-out@example.org").await;
    let (signed_in, cookie) = browser_sign_in(&app, "signing-out@example.org").await;
    let access = signed_in["access_token"].as_str();

    with_cookie(&app, "/api/v1/auth/logout", &cookie, &[])
        .await
        .expect_problem(403, "csrf_rejected");
    app.get("/api/v1/me", access).await.expect(200);

    let reply = with_cookie(&app, "/api/v1/auth/logout", &cookie, &[BROWSER]).await;
    let cleared = set_cookie(&reply);
    reply.expect(204);
    assert_eq!(cookie_value(&cleared), "");
    assert!(
        attributes(&cleared).iter().any(|a| a == "max-age=0"),
        "{cleared}"
    );
    app.get("/api/v1/me", access)
        .await
        .expect_problem(401, "unauthenticated");
    with_cookie(&app, "/api/v1/auth/refresh", &cookie, &[BROWSER])
        .await
        .expect_problem(401, "unauthenticated");
}

async fn emailed_links_keep_their_token_out_of_what_reaches_a_server(backend: Backend) {
    let app = spawn_app(backend).await;
    let email = "careful@example.org";
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({ "email": email, "password": PASSWORD, "display_name": "Careful", "consent": sala_tests::consent() }),
    )
    .await
    .expect(201);
    app.post(
        "/api/v1/auth/password-reset",
        None,
        &json!({ "email": email }),
    )
    .await
    .expect(202);

    // A fragment is never sent in a request, a Referer or a server log; a query string is.
    for page in ["verify-email", "reset-password"] {
        let mail = app.wait_for_mail(email, &format!("/{page}#token=")).await;
        assert!(
            !mail.text.contains(&format!("/{page}?token=")),
            "{}",
            mail.text
        );
    }
}

/// What the database holds that a reset request could have written: outbox items by topic,
/// and email tokens.
async fn written(app: &TestApp) -> (Vec<String>, u64) {
    let mut topics: Vec<String> = outbox::Entity::find()
        .all(app.db.reader())
        .await
        .unwrap()
        .into_iter()
        .map(|item| item.topic)
        .collect();
    topics.sort();
    let tokens = email_tokens::Entity::find()
        .count(app.db.reader())
        .await
        .unwrap();
    (topics, tokens)
}

/// Timing told who is registered when only known addresses got a token and a mail before the
/// answer. Now both kinds of request write the same one row and answer; the account is
/// looked up afterwards by a worker.
async fn a_reset_request_does_the_same_work_for_a_known_and_an_unknown_address(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_RUN_WORKERS", "false")]).await;
    let known = app
        .operator_creates("known@example.org", Role::Citizen)
        .await;
    let ask = |email: &'static str| {
        let app = &app;
        async move {
            app.post(
                "/api/v1/auth/password-reset",
                None,
                &json!({ "email": email }),
            )
            .await
        }
    };

    let (before_topics, before_tokens) = written(&app).await;
    let for_known = ask("known@example.org").await;
    let (after_known_topics, after_known_tokens) = written(&app).await;
    let for_unknown = ask("unknown@example.org").await;
    let (after_unknown_topics, after_unknown_tokens) = written(&app).await;

    assert_eq!(for_known.status, for_unknown.status);
    assert_eq!(for_known.body, for_unknown.body);
    let added = |before: &[String], after: &[String]| {
        let mut added = after.to_vec();
        for topic in before {
            if let Some(i) = added.iter().position(|t| t == topic) {
                added.remove(i);
            }
        }
        added
    };
    assert_eq!(
        added(&before_topics, &after_known_topics),
        ["password_reset"]
    );
    assert_eq!(
        added(&after_known_topics, &after_unknown_topics),
        ["password_reset"]
    );
    assert_eq!(
        after_known_tokens, before_tokens,
        "no token before answering"
    );
    assert_eq!(after_unknown_tokens, after_known_tokens);

    // A worker then does both requests, mailing the registered address its link and nobody
    // else anything; neither address stays in the queue once its request is done.
    let worker = app.spawn_sibling_with(|s| s.run_workers = true).await;
    let mut done = false;
    for _ in 0..400 {
        let pending = outbox::Entity::find()
            .all(app.db.reader())
            .await
            .unwrap()
            .into_iter()
            .filter(|i| i.topic == "password_reset" && i.processed_at.is_none())
            .count();
        if pending == 0 {
            done = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(done, "the reset requests were never done");
    worker
        .wait_for_mail(&known.email, "/reset-password#token=")
        .await;
    let stored = outbox::Entity::find().all(app.db.reader()).await.unwrap();
    let kept =
        serde_json::to_string(&stored.iter().map(|i| &i.payload).collect::<Vec<_>>()).unwrap();
    assert!(!kept.contains("unknown@example.org"), "{kept}");
    assert!(worker.mails_to("unknown@example.org").is_empty());
}
