//! HTTP as caches, proxies and browsers see it: compression, validators and caching headers,
//! the API reference served by Sala itself.

use std::io::Read;

use reqwest::header::{HeaderMap, ACCEPT_ENCODING, COOKIE, IF_NONE_MATCH};
use reqwest::StatusCode;
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app_with, Backend, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    json_and_web_app_files_are_compressed_for_clients_that_accept_gzip,
    anonymous_reads_carry_a_strong_etag_and_an_unchanged_one_answers_304,
    answers_to_a_signed_in_caller_are_private_and_never_stored,
    personal_and_failed_answers_are_never_stored,
    the_web_app_keeps_fingerprinted_files_and_revalidates_its_page,
    the_api_reference_and_everything_it_loads_come_from_sala_itself,
);

/// A built web app as Vite lays it out: `index.html` and fingerprinted files under `assets/`.
fn web_app_build() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("web app folder");
    let script = format!("console.log({:?});\n", "ศาลา ".repeat(400));
    std::fs::create_dir(dir.path().join("assets")).expect("assets folder");
    std::fs::write(dir.path().join("assets/index-3f9a1c.js"), script).expect("script");
    let page = format!(
        "<!doctype html><html lang=\"th\"><head><title>ศาลา</title>\
         <script type=\"module\" src=\"/assets/index-3f9a1c.js\"></script></head>\
         <body><div id=\"root\">{}</div></body></html>",
        "<!-- a page long enough to be worth compressing -->".repeat(40)
    );
    std::fs::write(dir.path().join("index.html"), page).expect("index.html");
    dir
}

async fn spawn_with_web_app(backend: Backend) -> (TestApp, tempfile::TempDir) {
    let build = web_app_build();
    let dir = build.path().display().to_string();
    let app = spawn_app_with(backend, &[("SALA_FRONTEND_DIR", dir.as_str())]).await;
    (app, build)
}

struct Raw {
    status: StatusCode,
    headers: HeaderMap,
    bytes: Vec<u8>,
}

impl Raw {
    fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// Every `Vary` value, lower-cased, however the server split them over lines.
    fn vary(&self) -> Vec<String> {
        self.headers
            .get_all("vary")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(|v| v.trim().to_ascii_lowercase())
            .collect()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).expect("a JSON body")
    }
}

/// A GET with the given headers, the body kept as sent (no decompression by the client).
async fn raw_get(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> Raw {
    let mut request = app.client.get(app.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("request sent");
    Raw {
        status: response.status(),
        headers: response.headers().clone(),
        bytes: response.bytes().await.expect("body read").to_vec(),
    }
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut plain)
        .expect("a gzip body");
    plain
}

/// An administrator, a citizen, and an open consultation with one proposal; returns the
/// citizen, the consultation's slug and the proposal's id.
async fn a_consultation_with_a_proposal(app: &TestApp) -> (sala_tests::Person, String, String) {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizen = app.sign_up("citizen@example.org").await;
    let consultation = app.consultation(&admin, "ideation").await;
    let slug = consultation["slug"].as_str().expect("slug").to_owned();
    let proposal = app.proposal(&citizen, &slug, "ลานกีฬาชุมชนในทุกตำบล").await;
    let id = proposal["id"].as_str().expect("id").to_owned();
    (citizen, slug, id)
}

async fn json_and_web_app_files_are_compressed_for_clients_that_accept_gzip(backend: Backend) {
    let (app, _build) = spawn_with_web_app(backend).await;
    let (_, slug, _) = a_consultation_with_a_proposal(&app).await;
    let list = format!("/api/v1/consultations/{slug}/proposals");

    let plain = raw_get(&app, &list, &[]).await;
    assert_eq!(plain.status, 200);
    assert_eq!(
        plain.header("content-encoding"),
        "",
        "nobody asked for gzip"
    );
    let zipped = raw_get(&app, &list, &[(ACCEPT_ENCODING.as_str(), "gzip")]).await;
    assert_eq!(zipped.status, 200);
    assert_eq!(zipped.header("content-encoding"), "gzip");
    assert!(zipped.vary().contains(&"accept-encoding".to_owned()));
    let unzipped: Value = serde_json::from_slice(&gunzip(&zipped.bytes)).expect("JSON inside");
    assert_eq!(unzipped, plain.json(), "the same answer, compressed");
    assert!(zipped.bytes.len() < plain.bytes.len());

    for (path, marker) in [
        ("/", "<div id=\"root\">"),
        ("/consultations/some-slug", "<div id=\"root\">"),
        ("/assets/index-3f9a1c.js", "console.log("),
    ] {
        let zipped = raw_get(&app, path, &[(ACCEPT_ENCODING.as_str(), "gzip")]).await;
        assert_eq!(zipped.status, 200, "{path}");
        assert_eq!(zipped.header("content-encoding"), "gzip", "{path}");
        let text = String::from_utf8(gunzip(&zipped.bytes)).expect("text");
        assert!(text.contains(marker), "{path}: {text}");
    }
}

async fn anonymous_reads_carry_a_strong_etag_and_an_unchanged_one_answers_304(backend: Backend) {
    let (app, _build) = spawn_with_web_app(backend).await;
    let (citizen, slug, id) = a_consultation_with_a_proposal(&app).await;
    let list = format!("/api/v1/consultations/{slug}/proposals");
    let detail = format!("/api/v1/proposals/{id}");

    for path in [
        "/api/v1/consultations",
        format!("/api/v1/consultations/{slug}").as_str(),
        list.as_str(),
        detail.as_str(),
        format!("{detail}/comments").as_str(),
        "/api/openapi.json",
    ] {
        let first = raw_get(&app, path, &[]).await;
        assert_eq!(first.status, 200, "{path}");
        let etag = first.header("etag").to_owned();
        assert!(
            etag.starts_with('"') && etag.ends_with('"') && etag.len() > 2,
            "{path}: a strong ETag, got {etag:?}"
        );
        assert_eq!(
            first.header("cache-control"),
            "public, max-age=10",
            "{path}"
        );
        let vary = first.vary();
        for name in ["authorization", "cookie", "accept-encoding"] {
            assert!(vary.contains(&name.to_owned()), "{path}: Vary {vary:?}");
        }

        let again = raw_get(&app, path, &[(IF_NONE_MATCH.as_str(), etag.as_str())]).await;
        assert_eq!(again.status, 304, "{path}");
        assert!(again.bytes.is_empty(), "{path}: a 304 has no body");
        assert_eq!(again.header("etag"), etag, "{path}");
        assert_eq!(again.header("cache-control"), "public, max-age=10");

        let head = app
            .client
            .head(app.url(path))
            .send()
            .await
            .expect("request sent");
        assert_eq!(head.status(), 200, "{path}: HEAD");
        assert_eq!(head.headers()["etag"], etag.as_str(), "{path}: HEAD");
        assert!(head.bytes().await.expect("body").is_empty(), "{path}: HEAD");

        let gzip_tag = raw_get(&app, path, &[(ACCEPT_ENCODING.as_str(), "gzip")]).await;
        assert_ne!(
            gzip_tag.header("etag"),
            etag,
            "{path}: the gzip bytes are another representation"
        );
    }

    // A change makes the old tag stale: the next read sends the new state in full.
    let before = raw_get(&app, &detail, &[]).await;
    let stale = before.header("etag").to_owned();
    app.put(
        &format!("{detail}/vote"),
        Some(&citizen.token),
        &json!({"value": "agree"}),
    )
    .await
    .expect(200);
    let after = raw_get(&app, &detail, &[(IF_NONE_MATCH.as_str(), stale.as_str())]).await;
    assert_eq!(after.status, 200);
    assert_ne!(after.header("etag"), stale);
    assert_eq!(after.json()["counts"]["agree"], 1, "{}", after.json());
}

async fn answers_to_a_signed_in_caller_are_private_and_never_stored(backend: Backend) {
    let (app, _build) = spawn_with_web_app(backend).await;
    let (citizen, _, id) = a_consultation_with_a_proposal(&app).await;
    let detail = format!("/api/v1/proposals/{id}");
    let anonymous = raw_get(&app, &detail, &[]).await;
    let public_tag = anonymous.header("etag").to_owned();
    let bearer = format!("Bearer {}", citizen.token);

    for (what, credential) in [
        ("a bearer token", ("authorization", bearer.as_str())),
        (
            "the session cookie",
            (COOKIE.as_str(), "sala_refresh=whatever"),
        ),
    ] {
        let signed_in = raw_get(
            &app,
            &detail,
            &[credential, (IF_NONE_MATCH.as_str(), public_tag.as_str())],
        )
        .await;
        assert_eq!(
            signed_in.status, 200,
            "{what}: never the anonymous answer's 304"
        );
        assert_eq!(
            signed_in.header("cache-control"),
            "private, no-store",
            "{what}"
        );
        assert_eq!(signed_in.header("etag"), "", "{what}");
        let vary = signed_in.vary();
        assert!(
            vary.contains(&"authorization".to_owned()) && vary.contains(&"cookie".to_owned()),
            "{what}: Vary {vary:?}"
        );
    }
    let me = raw_get(&app, "/api/v1/me", &[("authorization", bearer.as_str())]).await;
    assert_eq!(me.status, 200);
    assert_eq!(me.header("cache-control"), "private, no-store");

    // Any other cookie leaves an anonymous read public.
    let with_other_cookie = raw_get(&app, &detail, &[(COOKIE.as_str(), "theme=dark")]).await;
    assert_eq!(
        with_other_cookie.header("cache-control"),
        "public, max-age=10"
    );
}

async fn personal_and_failed_answers_are_never_stored(backend: Backend) {
    let (app, _build) = spawn_with_web_app(backend).await;
    for (path, status) in [
        ("/api/v1/me", 401),
        ("/api/v1/me/notifications", 401),
        (
            "/api/v1/proposals/00000000-0000-7000-8000-000000000000",
            404,
        ),
        ("/api/v1/no-such-route", 404),
        ("/api/v1/unsubscribe?token=not-a-token", 422),
        ("/health/live", 200),
        ("/health/ready", 200),
        ("/metrics", 200),
        ("/assets/index-000000.js", 404),
    ] {
        let reply = raw_get(&app, path, &[]).await;
        assert_eq!(reply.status.as_u16(), status, "{path}");
        assert_eq!(reply.header("cache-control"), "no-store", "{path}");
        assert_eq!(reply.header("etag"), "", "{path}");
    }
    let refused = app
        .client
        .post(app.url("/api/v1/auth/login"))
        .json(&json!({"email": "nobody@example.org", "password": "wrong password"}))
        .send()
        .await
        .expect("request sent");
    assert_eq!(refused.status(), 401);
    assert_eq!(refused.headers()["cache-control"], "no-store");
}

async fn the_web_app_keeps_fingerprinted_files_and_revalidates_its_page(backend: Backend) {
    let (app, _build) = spawn_with_web_app(backend).await;
    let script = raw_get(&app, "/assets/index-3f9a1c.js", &[]).await;
    assert_eq!(script.status, 200);
    assert_eq!(
        script.header("cache-control"),
        "public, max-age=31536000, immutable"
    );

    for path in ["/", "/index.html", "/consultations/some-slug"] {
        let page = raw_get(&app, path, &[]).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(page.header("content-type").starts_with("text/html"));
        assert_eq!(page.header("cache-control"), "no-cache", "{path}");
        let etag = page.header("etag").to_owned();
        assert!(etag.starts_with('"'), "{path}: {etag:?}");
        let again = raw_get(&app, path, &[(IF_NONE_MATCH.as_str(), etag.as_str())]).await;
        assert_eq!(again.status, 304, "{path}");
        assert!(again.bytes.is_empty());
    }
}

/// Every `src="…"` and `href="…"` in a page.
fn references(page: &str) -> Vec<String> {
    ["src=\"", "href=\""]
        .iter()
        .flat_map(|attribute| {
            page.split(attribute)
                .skip(1)
                .filter_map(|rest| rest.split('"').next())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

async fn the_api_reference_and_everything_it_loads_come_from_sala_itself(backend: Backend) {
    let (app, _build) = spawn_with_web_app(backend).await;
    let response = app
        .client
        .get(app.url("/api/docs"))
        .send()
        .await
        .expect("request sent");
    assert_eq!(response.status(), 200);
    let page_url = response.url().clone();
    assert_eq!(page_url.path(), "/api/docs/");
    let page = response.text().await.expect("page");
    assert!(page.contains("swagger-ui"), "{page}");
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "the page names no other host: {page}"
    );

    let assets = references(&page);
    assert!(
        assets.iter().any(|a| a.ends_with(".js")) && assets.iter().any(|a| a.ends_with(".css")),
        "{assets:?}"
    );
    let mut initializer = String::new();
    for asset in &assets {
        let url = page_url.join(asset).expect("a URL");
        assert_eq!(url.origin(), page_url.origin(), "{asset}");
        let reply = app.client.get(url).send().await.expect("request sent");
        assert_eq!(reply.status(), 200, "{asset}");
        if asset.contains("swagger-initializer") {
            initializer = reply.text().await.expect("script");
        }
    }
    assert!(
        initializer.contains("\"/api/openapi.json\""),
        "the viewer loads Sala's document: {initializer}"
    );
    assert!(
        !initializer.contains("http://") && !initializer.contains("https://"),
        "{initializer}"
    );
    let document = app.get("/api/openapi.json", None).await.expect(200);
    assert_eq!(document["info"]["title"], "Sala API");
}
