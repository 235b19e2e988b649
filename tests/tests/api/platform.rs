//! What every client relies on: health, the OpenAPI document, problem responses, size limits.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend};
use serde_json::json;

on_both_databases!(
    health_reports_live_and_ready,
    readiness_counts_notifications_until_a_worker_delivers_them,
    the_openapi_document_describes_every_route,
    unknown_routes_and_ids_are_problems,
    oversized_bodies_are_refused_with_payload_too_large,
    a_body_that_is_not_json_is_unsupported,
);

async fn health_reports_live_and_ready(backend: Backend) {
    let app = spawn_app(backend).await;
    assert_eq!(
        app.get("/health/live", None).await.expect(200)["status"],
        "ok"
    );
    let ready = app.get("/health/ready", None).await.expect(200);
    assert_eq!(ready["database"], "ok");
    assert!(ready["mail_queue_lag_seconds"].is_number());
    assert_eq!(ready["search_pending"], 0, "{ready}");
    assert_eq!(ready["notifications_pending"], 0, "{ready}");
}

/// Clients (and the browser tests) wait on `notifications_pending` to know that what happened
/// has reached people's inboxes.
async fn readiness_counts_notifications_until_a_worker_delivers_them(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_RUN_WORKERS", "false")]).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let author = app
        .operator_creates("author@example.org", Role::Citizen)
        .await;
    let consultation = app.consultation(&admin, "ideation").await;
    let consultation = consultation["id"].as_str().unwrap();
    let proposal = app
        .proposal(&author, consultation, "ตู้รับเอกสารที่ไปรษณีย์")
        .await;
    let commenter = app
        .operator_creates("commenter@example.org", Role::Citizen)
        .await;
    app.post(
        &format!(
            "/api/v1/proposals/{}/comments",
            proposal["id"].as_str().unwrap()
        ),
        Some(&commenter.token),
        &json!({"body": "เห็นด้วย"}),
    )
    .await
    .expect(201);
    let ready = app.get("/health/ready", None).await.expect(200);
    assert!(
        ready["notifications_pending"].as_u64() >= Some(1),
        "{ready}"
    );

    let worker = app.spawn_sibling_with(|s| s.run_workers = true).await;
    let mut pending = ready["notifications_pending"].clone();
    for _ in 0..600 {
        pending =
            worker.get("/health/ready", None).await.expect(200)["notifications_pending"].clone();
        if pending == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(pending, 0, "the worker took the notification in");
    let inbox = app
        .get("/api/v1/me/notifications", Some(&author.token))
        .await
        .expect(200);
    assert_eq!(inbox["items"].as_array().unwrap().len(), 1, "{inbox}");
}

async fn the_openapi_document_describes_every_route(backend: Backend) {
    let app = spawn_app(backend).await;
    let doc = app.get("/api/openapi.json", None).await.expect(200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = doc["paths"].as_object().unwrap();
    for (path, method) in [
        ("/api/v1/auth/register", "post"),
        ("/api/v1/auth/login", "post"),
        ("/api/v1/auth/refresh", "post"),
        ("/api/v1/auth/logout", "post"),
        ("/api/v1/auth/verify-email", "post"),
        ("/api/v1/me", "get"),
        ("/api/v1/me", "patch"),
        ("/api/v1/consultations", "get"),
        ("/api/v1/consultations", "post"),
        ("/api/v1/consultations/{id_or_slug}", "patch"),
        ("/api/v1/consultations/{id_or_slug}/proposals", "get"),
        ("/api/v1/consultations/{id_or_slug}/proposals", "post"),
        ("/api/v1/proposals/{id}", "delete"),
        ("/api/v1/proposals/{id}/vote", "put"),
        ("/api/v1/proposals/{id}/vote", "delete"),
        ("/api/v1/proposals/{id}/comments", "post"),
        ("/api/v1/comments/{id}", "patch"),
        ("/api/v1/comments/{id}/vote", "put"),
        ("/health/ready", "get"),
        ("/api/v1/flags", "post"),
        ("/api/v1/moderation/queue", "get"),
        ("/api/v1/moderation/actions", "post"),
        ("/api/v1/moderation/log", "get"),
        ("/api/v1/moderation/anomalies", "get"),
        ("/api/v1/admin/audit-log", "get"),
        ("/api/v1/admin/users/{id}/role", "put"),
        ("/api/v1/admin/moderators", "get"),
        ("/api/v1/agency/api-keys", "get"),
        ("/api/v1/agency/api-keys", "post"),
        ("/api/v1/agency/api-keys/{id}", "delete"),
        ("/api/v1/agency/consultations/{id}/summary", "get"),
        ("/api/v1/agency/consultations/{id}/breakdown", "get"),
        ("/api/v1/agency/consultations/{id}/export", "get"),
        ("/api/v1/agency/consultations/{id}/answers-due", "get"),
        ("/api/v1/consultations/{id}/feedback", "put"),
        ("/api/v1/proposals/{id}/response", "put"),
        ("/api/v1/proposals/{id}/valuation", "put"),
        ("/api/v1/proposals/{id}/endorsements", "post"),
        ("/api/v1/proposals/{id}/endorsements", "delete"),
        (
            "/api/v1/admin/consultations/{id_or_slug}/moderators",
            "post",
        ),
        (
            "/api/v1/admin/consultations/{id}/moderators/{user_id}",
            "delete",
        ),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} is documented"
        );
    }
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    assert!(
        schemas.contains_key("Problem"),
        "the error body is documented"
    );
    let docs_page = app.client.get(app.url("/api/docs")).send().await.unwrap();
    assert_eq!(docs_page.status(), 200);
    assert!(
        docs_page.text().await.unwrap().contains("swagger-ui"),
        "the browsable page is the API viewer"
    );
}

async fn unknown_routes_and_ids_are_problems(backend: Backend) {
    let app = spawn_app(backend).await;
    let reply = app.get("/api/v1/no-such-thing", None).await;
    assert!(reply.headers.contains_key("x-request-id"));
    reply.expect_problem(404, "not_found");
    app.get("/api/v1/proposals/not-a-uuid", None)
        .await
        .expect_problem(404, "not_found");
    app.get("/api/v1/consultations/no-such-slug", None)
        .await
        .expect_problem(404, "consultation_not_found");
}

async fn oversized_bodies_are_refused_with_payload_too_large(backend: Backend) {
    let app = spawn_app(backend).await;
    let huge = "ก".repeat(200_000);
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "big@example.org", "password": "long enough pw", "display_name": huge, "consent": sala_tests::consent()}),
    )
    .await
    .expect_problem(413, "payload_too_large");
    assert!(
        app.mails_to("big@example.org").is_empty(),
        "nothing was created"
    );
}

async fn a_body_that_is_not_json_is_unsupported(backend: Backend) {
    let app = spawn_app(backend).await;
    let reply = app
        .client
        .post(app.url("/api/v1/auth/login"))
        .header("content-type", "text/plain")
        .body("email=a")
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 415);
    let body: serde_json::Value = reply.json().await.unwrap();
    assert_eq!(body["code"], "unsupported_media_type");
}
