//! The edge of the HTTP API: what reaches a handler, in what order refusals come, and what a
//! client sees when a dependency is down.

use reqwest::Method;
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend, Person, Reply, TestApp};
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{json, Value};

use super::role_matrix::{self, Who};

on_both_databases!(
    control_characters_in_paths_and_query_strings_are_malformed_requests,
    control_characters_in_json_strings_are_refused_and_create_nothing,
    tab_and_line_breaks_in_json_text_are_kept,
    unknown_fields_are_refused_and_change_nothing,
    role_routes_answer_401_and_403_before_looking_at_the_body,
    signed_in_routes_answer_401_before_looking_at_the_body,
    an_unverified_account_is_refused_before_its_body_is_looked_at,
    every_response_carries_the_security_headers,
    https_deployments_ask_browsers_to_keep_to_https,
);

/// Sends `body` as it is, with `content_type`, the way a hand-made client might.
async fn send_raw(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: &str,
) -> Reply {
    let mut request = app
        .client
        .request(method, app.url(path))
        .header("content-type", "application/json")
        .body(body.to_owned());
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("request sent");
    let status = response.status();
    let headers = response.headers().clone();
    let content_type = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let text = response.text().await.expect("body read");
    Reply {
        status,
        content_type,
        headers,
        body: serde_json::from_str(&text).unwrap_or(Value::String(text)),
    }
}

/// The single field problem of a `validation_failed` answer.
fn only_field_error(body: &Value) -> (&str, &str) {
    let errors = body["errors"].as_array().expect("field errors");
    assert_eq!(errors.len(), 1, "body: {body}");
    (
        errors[0]["field"].as_str().unwrap_or_default(),
        errors[0]["code"].as_str().unwrap_or_default(),
    )
}

async fn user_count(app: &TestApp) -> u64 {
    sala::db::entities::users::Entity::find()
        .count(app.db.reader())
        .await
        .expect("users counted")
}

async fn proposal_count(app: &TestApp) -> u64 {
    sala::db::entities::proposals::Entity::find()
        .count(app.db.reader())
        .await
        .expect("proposals counted")
}

async fn an_open_consultation(app: &TestApp) -> (Person, Person, String) {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizen = app.sign_up("citizen@example.org").await;
    let consultation = app.consultation(&admin, "ideation").await;
    let slug = consultation["slug"].as_str().expect("slug").to_owned();
    (admin, citizen, slug)
}

async fn control_characters_in_paths_and_query_strings_are_malformed_requests(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, slug) = an_open_consultation(&app).await;
    let targets = [
        "/api/v1/consultations/a%00b".to_owned(),
        format!("/api/v1/consultations/{slug}%00"),
        format!("/api/v1/consultations/{slug}/proposals?theme=a%00b"),
        format!("/api/v1/consultations/{slug}/proposals?province=%1B"),
        "/api/v1/search?q=%E0%B8%A8%00".to_owned(),
        "/api/v1/search?q=a%0Ab".to_owned(),
        "/api/v1/search?q=a%C2%85b".to_owned(),
        "/api/v1/unsubscribe?token=%7F".to_owned(),
        "/some/page%00".to_owned(),
    ];
    for target in &targets {
        let body = app
            .get(target, None)
            .await
            .expect_problem(400, "malformed_request");
        assert!(
            body["detail"]
                .as_str()
                .unwrap_or_default()
                .contains("control character"),
            "{target}: {body}"
        );
    }
    let reply = app
        .call(
            Method::PUT,
            "/api/v1/proposals/0190a0b0-0000-7000-8000-000000000000%00/vote",
            Some(&citizen.token),
            Some(&json!({"value": "agree"})),
        )
        .await;
    reply.expect_problem(400, "malformed_request");
    // The same routes answer normally without the control character.
    app.get(
        &format!("/api/v1/consultations/{slug}/proposals?theme=ab"),
        None,
    )
    .await
    .expect(200);
    app.get("/api/v1/search?q=%E0%B8%A8", None)
        .await
        .expect(200);
}

async fn control_characters_in_json_strings_are_refused_and_create_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (admin, citizen, slug) = an_open_consultation(&app).await;
    let users_before = user_count(&app).await;

    let reply = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": "new\u{0}@example.org", "password": sala_tests::PASSWORD, "display_name": "New", "consent": sala_tests::consent()}),
        )
        .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(only_field_error(&body), ("email", "control_character"));
    let reply = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": "new2@example.org", "password": sala_tests::PASSWORD, "display_name": "Bell\u{7}", "consent": sala_tests::consent()}),
        )
        .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(
        only_field_error(&body),
        ("display_name", "control_character")
    );
    assert_eq!(user_count(&app).await, users_before);

    let reply = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": "citizen@example.org\u{0}", "password": sala_tests::PASSWORD}),
        )
        .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(only_field_error(&body), ("email", "control_character"));

    let reply = app
        .post(
            &format!("/api/v1/consultations/{slug}/proposals"),
            Some(&citizen.token),
            &json!({"title": "ข้อเสนอ\u{0}ที่ซ่อน", "body": "รายละเอียดข้อเสนอที่ยาวพอสมควรสำหรับการทดสอบ"}),
        )
        .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(only_field_error(&body), ("title", "control_character"));
    let reply = app
        .post(
            &format!("/api/v1/consultations/{slug}/proposals"),
            Some(&citizen.token),
            &json!({"title": "ข้อเสนอที่ดี", "body": "C1 control \u{85} in the body text"}),
        )
        .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(only_field_error(&body), ("body", "control_character"));
    assert_eq!(proposal_count(&app).await, 0);

    // Nested strings are named by their place in the body.
    let reply = app
        .patch(
            &format!("/api/v1/consultations/{slug}"),
            Some(&admin.token),
            &json!({"themes": ["ยุติธรรมชุมชน", "bad\u{1b}[31m"]}),
        )
        .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(only_field_error(&body), ("themes[1]", "control_character"));
    let themes = app
        .get(&format!("/api/v1/consultations/{slug}"), None)
        .await
        .expect(200)["themes"]
        .clone();
    assert_eq!(themes, json!(["การเข้าถึงความยุติธรรม", "ยุติธรรมชุมชน"]));

    // A JSON-escaped NUL is refused as surely as a raw one would be.
    let reply = send_raw(
        &app,
        Method::POST,
        "/api/v1/auth/login",
        None,
        r#"{"email": "citizen@example.org\u0000", "password": "x"}"#,
    )
    .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(only_field_error(&body), ("email", "control_character"));
}

async fn tab_and_line_breaks_in_json_text_are_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, slug) = an_open_consultation(&app).await;
    let created = app
        .post(
            &format!("/api/v1/consultations/{slug}/proposals"),
            Some(&citizen.token),
            &json!({"title": "ข้อเสนอหลายบรรทัด", "body": "บรรทัดแรก\r\n\tบรรทัดที่สอง\nบรรทัดที่สาม"}),
        )
        .await
        .expect(201);
    let id = created["id"].as_str().expect("id");
    let proposal = app
        .get(&format!("/api/v1/proposals/{id}"), None)
        .await
        .expect(200);
    assert!(
        proposal["body"]
            .as_str()
            .unwrap_or_default()
            .contains("\tบรรทัดที่สอง\n"),
        "{proposal}"
    );
}

async fn unknown_fields_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, slug) = an_open_consultation(&app).await;
    let proposal = app.proposal(&citizen, &slug, "ข้อเสนอเดิม").await;
    let id = proposal["id"].as_str().expect("id");
    let users_before = user_count(&app).await;

    let reply = app
        .put(
            &format!("/api/v1/proposals/{id}/vote"),
            Some(&citizen.token),
            &json!({"value": "agree", "weight": 100}),
        )
        .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(only_field_error(&body), ("weight", "unknown_field"));
    let counts = app
        .get(&format!("/api/v1/proposals/{id}"), None)
        .await
        .expect(200)["counts"]
        .clone();
    assert_eq!(counts["agree"], 0, "{counts}");

    let reply = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": citizen.email, "password": sala_tests::PASSWORD, "remember_me": true}),
        )
        .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(only_field_error(&body), ("remember_me", "unknown_field"));

    let reply = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": "new@example.org", "password": sala_tests::PASSWORD, "display_name": "New", "role": "admin", "consent": sala_tests::consent()}),
        )
        .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(only_field_error(&body), ("role", "unknown_field"));
    assert_eq!(user_count(&app).await, users_before);

    let reply = app
        .post(
            &format!("/api/v1/consultations/{slug}/proposals"),
            Some(&citizen.token),
            &json!({"title": "ข้อเสนอใหม่", "body": "รายละเอียดข้อเสนอที่ยาวพอสมควรสำหรับการทดสอบ", "status": "accepted"}),
        )
        .await;
    let body = reply.expect_problem(422, "validation_failed");
    assert_eq!(only_field_error(&body), ("status", "unknown_field"));
    assert_eq!(proposal_count(&app).await, 1);
}

/// Every operation that takes a JSON body, from the OpenAPI document, with who may call it
/// (`role_matrix`'s table); path parameters name nothing that exists.
async fn body_routes(app: &TestApp) -> Vec<(Method, String, Who)> {
    let routes: Vec<(Method, String, Who)> = role_matrix::operations(app)
        .await
        .into_iter()
        .filter(|op| op.takes_body)
        .map(|op| {
            let path = op.target.split('?').next().unwrap_or_default().to_owned();
            (op.method, path, op.who)
        })
        .collect();
    assert!(
        routes.iter().filter(|r| r.2.is_privileged()).count() >= 7,
        "{routes:?}"
    );
    routes
}

/// Bodies a caller may send to probe the rules: empty, wrong types, unknown fields, not JSON.
const PROBES: &[&str] = &[
    "{}",
    r#"{"title": 5, "value": [], "action": {}, "role": 1, "scores": "x", "answer": false}"#,
    r#"{"not_a_field": true}"#,
    r#"{"title": "#,
    "[]",
];

async fn role_routes_answer_401_and_403_before_looking_at_the_body(backend: Backend) {
    let app = spawn_app(backend).await;
    let citizen = app.sign_up("citizen@example.org").await;
    for (method, path, who) in body_routes(&app).await {
        if !who.is_privileged() {
            continue;
        }
        for probe in PROBES {
            let anonymous = send_raw(&app, method.clone(), &path, None, probe).await;
            assert_eq!(
                anonymous.status.as_u16(),
                401,
                "{method} {path} {probe}: {}",
                anonymous.body
            );
            anonymous.expect_problem(401, "unauthenticated");
            let reply = send_raw(&app, method.clone(), &path, Some(&citizen.token), probe).await;
            assert_eq!(
                reply.status.as_u16(),
                403,
                "{method} {path} {probe}: {}",
                reply.body
            );
            reply.expect_problem(403, "forbidden");
        }
    }
}

async fn signed_in_routes_answer_401_before_looking_at_the_body(backend: Backend) {
    let app = spawn_app(backend).await;
    for (method, path, who) in body_routes(&app).await {
        if !matches!(who, Who::SignedIn | Who::Writer) {
            continue;
        }
        for probe in PROBES {
            let reply = send_raw(&app, method.clone(), &path, None, probe).await;
            assert_eq!(
                reply.status.as_u16(),
                401,
                "{method} {path} {probe}: {}",
                reply.body
            );
            reply.expect_problem(401, "unauthenticated");
        }
    }
}

async fn an_unverified_account_is_refused_before_its_body_is_looked_at(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, slug) = an_open_consultation(&app).await;
    let proposal = app.proposal(&citizen, &slug, "ข้อเสนอเดิม").await;
    let id = proposal["id"].as_str().expect("id");
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "unverified@example.org", "password": sala_tests::PASSWORD, "display_name": "Not yet", "consent": sala_tests::consent()}),
    )
    .await
    .expect(201);
    let session = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": "unverified@example.org", "password": sala_tests::PASSWORD}),
        )
        .await
        .expect(200);
    let token = session["access_token"].as_str().expect("access token");
    let writes = [
        (Method::PUT, format!("/api/v1/proposals/{id}/vote")),
        (
            Method::POST,
            format!("/api/v1/consultations/{slug}/proposals"),
        ),
        (Method::POST, format!("/api/v1/proposals/{id}/comments")),
        (Method::POST, "/api/v1/flags".to_owned()),
    ];
    for (method, path) in writes {
        for probe in PROBES {
            let reply = send_raw(&app, method.clone(), &path, Some(token), probe).await;
            assert_eq!(
                reply.status.as_u16(),
                403,
                "{method} {path} {probe}: {}",
                reply.body
            );
            reply.expect_problem(403, "forbidden");
        }
    }
}

/// Runs one statement on the PostgreSQL server's maintenance database.
async fn as_postgres_admin(admin_url: &str, sql: &str) {
    use sea_orm::ConnectionTrait;
    let admin = sala::db::Db::connect(admin_url, 1)
        .await
        .expect("connect as administrator");
    admin
        .reader()
        .execute_unprepared(sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    let _ = admin.close().await;
}

fn assert_unavailable(reply: Reply, what: &str) {
    assert_eq!(reply.status.as_u16(), 503, "{what}: {}", reply.body);
    let retry_after = reply
        .headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    assert!(retry_after.is_some_and(|s| s > 0), "{what}: no Retry-After");
    reply.expect_problem(503, "unavailable");
}

/// While PostgreSQL refuses connections, reads and writes answer `503 unavailable` with
/// `Retry-After`, never `500`; once it accepts them again, the service recovers by itself.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_answers_503_with_retry_after_and_the_service_recovers() {
    let Some(backend) = Backend::postgres().await else {
        return;
    };
    let Backend::Postgres { admin_url } = &backend else {
        unreachable!("Backend::postgres gives PostgreSQL");
    };
    let admin_url = admin_url.clone();
    let app = spawn_app(backend).await;
    let (_, citizen, slug) = an_open_consultation(&app).await;
    let proposal = app.proposal(&citizen, &slug, "ข้อเสนอก่อนล่ม").await;
    let id = proposal["id"].as_str().expect("id").to_owned();
    let database = app
        .settings
        .database_url
        .rsplit('/')
        .next()
        .expect("database name")
        .to_owned();

    as_postgres_admin(
        &admin_url,
        &format!("ALTER DATABASE {database} WITH ALLOW_CONNECTIONS false"),
    )
    .await;
    as_postgres_admin(
        &admin_url,
        &format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = '{database}' AND pid <> pg_backend_pid()"
        ),
    )
    .await;

    for round in 0..2 {
        let what = |w: &str| format!("round {round}: {w}");
        assert_unavailable(app.get("/api/v1/consultations", None).await, &what("list"));
        assert_unavailable(
            app.get(&format!("/api/v1/consultations/{slug}"), None)
                .await,
            &what("consultation"),
        );
        assert_unavailable(
            app.get(&format!("/api/v1/proposals/{id}"), Some(&citizen.token))
                .await,
            &what("proposal"),
        );
        assert_unavailable(
            app.put(
                &format!("/api/v1/proposals/{id}/vote"),
                Some(&citizen.token),
                &json!({"value": "agree"}),
            )
            .await,
            &what("vote"),
        );
        assert_unavailable(
            app.post(
                &format!("/api/v1/consultations/{slug}/proposals"),
                Some(&citizen.token),
                &json!({"title": "ระหว่างล่ม", "body": "รายละเอียดข้อเสนอที่ยาวพอสมควรสำหรับการทดสอบ"}),
            )
            .await,
            &what("new proposal"),
        );
        assert_unavailable(
            app.post(
                "/api/v1/auth/login",
                None,
                &json!({"email": citizen.email, "password": sala_tests::PASSWORD}),
            )
            .await,
            &what("login"),
        );
        assert_eq!(app.get("/health/ready", None).await.status.as_u16(), 503);
    }

    as_postgres_admin(
        &admin_url,
        &format!("ALTER DATABASE {database} WITH ALLOW_CONNECTIONS true"),
    )
    .await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    loop {
        let reply = app.get("/api/v1/consultations", None).await;
        if reply.status.as_u16() == 200 {
            break;
        }
        assert_ne!(reply.status.as_u16(), 500, "{}", reply.body);
        assert!(
            std::time::Instant::now() < deadline,
            "the service did not recover within 60 s: {}",
            reply.body
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    let tally = app
        .put(
            &format!("/api/v1/proposals/{id}/vote"),
            Some(&citizen.token),
            &json!({"value": "agree"}),
        )
        .await
        .expect(200);
    assert_eq!(tally["counts"]["agree"], 1, "{tally}");
}

fn header<'a>(reply: &'a Reply, name: &str) -> &'a str {
    reply
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

const API_POLICY: &str = "default-src 'none'; frame-ancestors 'none'";

fn assert_protected(reply: &Reply, what: &str, policy: &str) {
    assert_eq!(header(reply, "x-content-type-options"), "nosniff", "{what}");
    assert_eq!(header(reply, "x-frame-options"), "DENY", "{what}");
    assert_eq!(
        header(reply, "referrer-policy"),
        "strict-origin-when-cross-origin",
        "{what}"
    );
    assert_eq!(header(reply, "content-security-policy"), policy, "{what}");
    assert!(
        reply.headers.get("strict-transport-security").is_none(),
        "{what}: HSTS over plain HTTP"
    );
}

async fn every_response_carries_the_security_headers(backend: Backend) {
    let web_app = tempfile::tempdir().expect("web app folder");
    std::fs::write(
        web_app.path().join("index.html"),
        "<!doctype html><title>ศาลา</title><div id=\"root\"></div>",
    )
    .expect("index.html written");
    let dir = web_app.path().display().to_string();
    let app = spawn_app_with(backend, &[("SALA_FRONTEND_DIR", dir.as_str())]).await;
    let citizen = app.sign_up("citizen@example.org").await;

    let api = [
        (app.get("/api/v1/consultations", None).await, "a list"),
        (
            app.get("/api/v1/me", Some(&citizen.token)).await,
            "the caller",
        ),
        (app.get("/api/v1/me", None).await, "a 401"),
        (
            app.get("/api/v1/no-such-route", None).await,
            "an unknown route",
        ),
        (
            app.get("/api/v1/consultations/a%00b", None).await,
            "a refused path",
        ),
        (
            app.post("/api/v1/auth/login", None, &json!({"email": 5}))
                .await,
            "a refused body",
        ),
        (
            app.get("/api/openapi.json", None).await,
            "the OpenAPI document",
        ),
        (app.get("/health/live", None).await, "liveness"),
        (app.get("/health/ready", None).await, "readiness"),
        (app.get("/metrics", None).await, "metrics"),
    ];
    for (reply, what) in &api {
        assert_protected(reply, what, API_POLICY);
    }

    let page = app.get("/", None).await;
    assert!(
        page.content_type.starts_with("text/html"),
        "{}",
        page.content_type
    );
    let app_policy = header(&page, "content-security-policy").to_owned();
    assert_protected(&page, "the web app", &app_policy);
    for directive in [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(
            app_policy.contains(directive),
            "{directive} in {app_policy}"
        );
    }
    assert!(!app_policy.contains("unsafe"), "{app_policy}");
    let deep_link = app.get("/consultations/some-slug", None).await;
    assert_protected(&deep_link, "a deep link into the web app", &app_policy);

    let docs = app.get("/api/docs", None).await;
    let docs_policy = header(&docs, "content-security-policy").to_owned();
    assert_protected(&docs, "the API reference", &docs_policy);
    assert!(
        docs_policy.contains("frame-ancestors 'none'"),
        "{docs_policy}"
    );
}

async fn https_deployments_ask_browsers_to_keep_to_https(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_PUBLIC_URL", "https://sala.example.org")]).await;
    for path in [
        "/api/v1/consultations",
        "/health/live",
        "/api/v1/nothing-here",
    ] {
        let reply = app.get(path, None).await;
        let hsts = header(&reply, "strict-transport-security");
        assert!(hsts.starts_with("max-age="), "{path}: {hsts:?}");
    }
}
