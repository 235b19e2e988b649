//! The administrators' list of accounts: search by name or email, filters by role and state,
//! newest first one page at a time, with how much each person wrote.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    administrators_list_accounts_newest_first_with_what_each_wrote,
    the_list_searches_thai_names_and_emails_and_filters_by_role_and_state,
    the_list_pages_with_a_cursor_and_refuses_bad_parameters,
    only_administrators_list_accounts,
);

async fn accounts(app: &TestApp, admin: &Person, query: &str) -> Value {
    app.get(
        &format!("/api/v1/admin/accounts?{query}"),
        Some(&admin.token),
    )
    .await
    .expect(200)
}

fn emails(list: &Value) -> Vec<&str> {
    list["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|a| a["email"].as_str().expect("email"))
        .collect()
}

async fn rename(app: &TestApp, who: &Person, name: &str) {
    app.patch(
        "/api/v1/me",
        Some(&who.token),
        &json!({ "display_name": name }),
    )
    .await
    .expect(200);
}

async fn administrators_list_accounts_newest_first_with_what_each_wrote(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let author = app.sign_up("author@example.org").await;
    let reader = app.sign_up("reader@example.org").await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid = consultation["id"].as_str().expect("id");
    let proposal = app.proposal(&author, cid, "ศูนย์ไกล่เกลี่ยในชุมชน").await;
    app.proposal(&author, cid, "คลินิกกฎหมายเคลื่อนที่").await;
    app.post(
        &format!(
            "/api/v1/proposals/{}/comments",
            proposal["id"].as_str().expect("id")
        ),
        Some(&reader.token),
        &json!({"body": "เห็นด้วยครับ ควรมีทุกอำเภอ"}),
    )
    .await
    .expect(201);

    let list = accounts(&app, &admin, "").await;

    assert_eq!(
        emails(&list),
        [
            "reader@example.org",
            "author@example.org",
            "admin@example.org"
        ]
    );
    let first = &list["items"][0];
    assert_eq!(first["id"], reader.id.to_string());
    assert_eq!(first["display_name"], "ผู้ใช้ reader@example.org");
    assert_eq!(first["role"], "citizen");
    assert_eq!(first["verified"], true);
    assert_eq!(first["suspended_until"], Value::Null);
    assert_eq!(first["banned"], false);
    assert!(first["joined_at"].is_string());
    assert_eq!(
        (first["proposals"].as_u64(), first["comments"].as_u64()),
        (Some(0), Some(1))
    );
    let second = &list["items"][1];
    assert_eq!(
        (second["proposals"].as_u64(), second["comments"].as_u64()),
        (Some(2), Some(0))
    );
    assert_eq!(list["next_cursor"], Value::Null);
}

async fn the_list_searches_thai_names_and_emails_and_filters_by_role_and_state(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let moderator = app
        .operator_creates("mod@example.org", Role::Moderator)
        .await;
    let somying = app.sign_up("somying@example.org").await;
    rename(&app, &somying, "สมหญิง ใจดี").await;
    let suspended = app.sign_up("spam_bot@example.org").await;
    let member = app.sign_up("ngo@example.org").await;
    app.organization("legal-aid", "cso", &[(&member, "member")])
        .await;
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "late@example.org", "password": sala_tests::PASSWORD,
                "display_name": "ยังไม่ยืนยัน", "consent": sala_tests::consent()}),
    )
    .await
    .expect(201);
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    app.post(
        "/api/v1/moderation/actions",
        Some(&moderator.token),
        &json!({"action": "suspend", "target_type": "user", "target_id": suspended.id,
                "until": tomorrow, "reason": "โพสต์โฆษณาซ้ำ"}),
    )
    .await
    .expect(201);

    // A Thai name, part of it; an email in another case; `_` is a letter, not a wildcard.
    assert_eq!(
        emails(&accounts(&app, &admin, "q=ใจดี").await),
        ["somying@example.org"]
    );
    assert_eq!(
        emails(
            &accounts(
                &app,
                &admin,
                "q=%E0%B8%AA%E0%B8%A1%E0%B8%AB%E0%B8%8D%E0%B8%B4%E0%B8%87"
            )
            .await
        ),
        ["somying@example.org"],
        "สมหญิง, percent-encoded as a browser sends it"
    );
    assert_eq!(
        emails(&accounts(&app, &admin, "q=SOMYING@").await),
        ["somying@example.org"]
    );
    assert_eq!(
        emails(&accounts(&app, &admin, "q=spam_").await),
        ["spam_bot@example.org"]
    );
    assert_eq!(
        emails(&accounts(&app, &admin, "q=spa_").await),
        Vec::<&str>::new()
    );
    assert_eq!(
        emails(&accounts(&app, &admin, "q=nobody").await),
        Vec::<&str>::new()
    );

    assert_eq!(
        emails(&accounts(&app, &admin, "role=moderator").await),
        ["mod@example.org"]
    );
    assert_eq!(
        emails(&accounts(&app, &admin, "state=unverified").await),
        ["late@example.org"]
    );
    let list = accounts(&app, &admin, "state=suspended").await;
    assert_eq!(emails(&list), ["spam_bot@example.org"]);
    assert!(list["items"][0]["suspended_until"].is_string());
    assert_eq!(
        emails(&accounts(&app, &admin, "state=organization_member").await),
        ["ngo@example.org"]
    );
    assert_eq!(
        emails(&accounts(&app, &admin, "role=citizen&q=example.org&state=suspended").await),
        ["spam_bot@example.org"]
    );
}

async fn the_list_pages_with_a_cursor_and_refuses_bad_parameters(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizens = app.many_citizens(5).await;
    // An account made long ago (imported, say) sorts by when it joined, not when it was stored.
    let veteran = &citizens[2];
    app.age_account(veteran.id, 400).await;

    let mut seen = Vec::new();
    let mut query = "limit=2".to_owned();
    loop {
        let page = accounts(&app, &admin, &query).await;
        assert!(page["items"].as_array().expect("items").len() <= 2);
        seen.extend(emails(&page).into_iter().map(str::to_owned));
        match page["next_cursor"].as_str() {
            Some(cursor) => query = format!("limit=2&cursor={cursor}"),
            None => break,
        }
    }
    assert_eq!(seen.len(), 6, "every account once: {seen:?}");
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 6);
    assert_eq!(seen.last(), Some(&veteran.email), "{seen:?}");
    assert_eq!(seen[seen.len() - 2], "admin@example.org", "{seen:?}");

    for bad in [
        "role=king",
        "state=sleeping",
        "limit=0",
        "cursor=not-a-cursor",
    ] {
        app.get(&format!("/api/v1/admin/accounts?{bad}"), Some(&admin.token))
            .await
            .expect_problem(422, "validation_failed");
    }
    let long = "ก".repeat(201);
    app.get(
        &format!("/api/v1/admin/accounts?q={long}"),
        Some(&admin.token),
    )
    .await
    .expect_problem(422, "validation_failed");
}

async fn only_administrators_list_accounts(backend: Backend) {
    let app = spawn_app(backend).await;
    let moderator = app
        .operator_creates("mod@example.org", Role::Moderator)
        .await;
    let citizen = app.sign_up("citizen@example.org").await;
    for who in [&moderator, &citizen] {
        app.get("/api/v1/admin/accounts", Some(&who.token))
            .await
            .expect_problem(403, "forbidden");
    }
    app.get("/api/v1/admin/accounts", None)
        .await
        .expect_problem(401, "unauthenticated");
}
