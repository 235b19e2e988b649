//! Cross-origin access for a web app hosted apart from the API: only the configured origins.

use reqwest::Method;
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend};

on_both_databases!(
    only_configured_origins_may_call_the_api_from_a_browser,
    with_no_origins_configured_no_cross_origin_access_is_granted,
);

const APP: &str = "https://app.example.go.th";

fn header<'a>(reply: &'a sala_tests::Reply, name: &str) -> Option<&'a str> {
    reply.headers.get(name).and_then(|v| v.to_str().ok())
}

async fn only_configured_origins_may_call_the_api_from_a_browser(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[(
            "SALA_CORS_ORIGINS",
            "https://app.example.go.th, http://localhost:5173",
        )],
    )
    .await;

    // The browser asks first whether it may send a signed-in DELETE with a JSON body.
    let preflight = app
        .call_with_headers(
            Method::OPTIONS,
            "/api/v1/me",
            None,
            None,
            &[
                ("Origin", APP),
                ("Access-Control-Request-Method", "DELETE"),
                (
                    "Access-Control-Request-Headers",
                    "authorization, content-type",
                ),
            ],
        )
        .await;
    assert_eq!(preflight.status.as_u16(), 204);
    assert_eq!(header(&preflight, "access-control-allow-origin"), Some(APP));
    assert!(
        header(&preflight, "access-control-allow-methods").is_some_and(|m| m.contains("DELETE"))
    );
    let allowed_headers = header(&preflight, "access-control-allow-headers").unwrap_or_default();
    assert!(allowed_headers.contains("authorization") && allowed_headers.contains("content-type"));
    assert!(header(&preflight, "access-control-allow-credentials").is_none());

    // The request itself: the answer names the origin and lets the script read the request id.
    let reply = app
        .call_with_headers(
            Method::GET,
            "/api/v1/consultations",
            None,
            None,
            &[("Origin", APP)],
        )
        .await;
    assert_eq!(reply.status.as_u16(), 200);
    assert_eq!(header(&reply, "access-control-allow-origin"), Some(APP));
    assert!(
        header(&reply, "access-control-expose-headers").is_some_and(|h| h.contains("x-request-id"))
    );
    // Errors carry the headers too, so the app can show them.
    let refused = app
        .call_with_headers(Method::GET, "/api/v1/me", None, None, &[("Origin", APP)])
        .await;
    assert_eq!(header(&refused, "access-control-allow-origin"), Some(APP));
    refused.expect_problem(401, "unauthenticated");

    // Any other origin gets nothing that would let a browser read the answer.
    for stranger in [
        "https://evil.example",
        "https://app.example.go.th.evil.example",
    ] {
        let reply = app
            .call_with_headers(
                Method::OPTIONS,
                "/api/v1/me",
                None,
                None,
                &[
                    ("Origin", stranger),
                    ("Access-Control-Request-Method", "DELETE"),
                ],
            )
            .await;
        assert!(
            header(&reply, "access-control-allow-origin").is_none(),
            "{stranger}"
        );
        let reply = app
            .call_with_headers(
                Method::GET,
                "/api/v1/consultations",
                None,
                None,
                &[("Origin", stranger)],
            )
            .await;
        assert!(
            header(&reply, "access-control-allow-origin").is_none(),
            "{stranger}"
        );
    }
}

async fn with_no_origins_configured_no_cross_origin_access_is_granted(backend: Backend) {
    let app = spawn_app(backend).await;
    let reply = app
        .call_with_headers(
            Method::OPTIONS,
            "/api/v1/consultations",
            None,
            None,
            &[("Origin", APP), ("Access-Control-Request-Method", "GET")],
        )
        .await;
    assert!(header(&reply, "access-control-allow-origin").is_none());
    let reply = app
        .call_with_headers(
            Method::GET,
            "/api/v1/consultations",
            None,
            None,
            &[("Origin", APP)],
        )
        .await;
    assert_eq!(reply.status.as_u16(), 200);
    assert!(header(&reply, "access-control-allow-origin").is_none());
}
