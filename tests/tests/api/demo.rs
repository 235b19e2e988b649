//! The demo data as its people first meet it: the demo citizen's inbox holds replies to their
//! comment, and the moderators' queue holds reports to review, written through the same
//! use-cases as the API (so the notifications come from the fan-out, as in production).

use std::time::Duration;

use sala::demo::DEMO_PASSWORD;
use sala_tests::{on_both_databases, spawn_app, Backend, TestApp};
use serde_json::{json, Value};

on_both_databases!(the_demo_citizen_finds_replies_and_the_moderators_find_reports);

async fn token(app: &TestApp, email: &str) -> String {
    let session = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": email, "password": DEMO_PASSWORD}),
        )
        .await
        .expect(200);
    session["access_token"]
        .as_str()
        .expect("access token")
        .to_owned()
}

/// The inbox once the fan-out has written at least `n` notifications into it.
async fn inbox_with(app: &TestApp, token: &str, n: usize) -> Value {
    for _ in 0..300 {
        let page = app
            .get("/api/v1/me/notifications", Some(token))
            .await
            .expect(200);
        if page["items"].as_array().map_or(0, Vec::len) >= n {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the demo citizen's inbox never had {n} notifications");
}

async fn the_demo_citizen_finds_replies_and_the_moderators_find_reports(backend: Backend) {
    let app = spawn_app(backend).await;
    sala::demo::load(&app.db, &app.settings)
        .await
        .expect("demo loads")
        .expect("a fresh database");

    let citizen = token(&app, "citizen@demo.sala.in.th").await;
    let inbox = inbox_with(&app, &citizen, 2).await;
    assert_eq!(inbox["unread_count"], 2, "{inbox}");
    for item in inbox["items"].as_array().expect("items") {
        assert_eq!(item["kind"], "reply_to_your_comment", "{item}");
        assert_eq!(item["read"], false);
    }

    let moderator = token(&app, "moderator@demo.sala.in.th").await;
    let queue = app
        .get("/api/v1/moderation/queue", Some(&moderator))
        .await
        .expect(200);
    let notes: Vec<String> = queue["items"]
        .as_array()
        .expect("items")
        .iter()
        .flat_map(|item| item["flags"].as_array().cloned().unwrap_or_default())
        .filter_map(|flag| flag["note"].as_str().map(str::to_owned))
        .collect();
    for expected in [
        "ความเห็นนี้พูดถึงเรื่องอื่น ไม่เกี่ยวกับข้อเสนอ",
        "ตัวเลขที่อ้างไม่ตรงกับรายงานของกระทรวง",
    ] {
        assert!(notes.iter().any(|n| n == expected), "{expected}: {queue}");
    }
}
