//! One's own data: downloading it, and deleting the account (the person goes, their public
//! words stay without their name).

use reqwest::Method;
use sala::domain::accounts::Role;
use sala_tests::{
    on_both_databases, spawn_app, spawn_app_with, Backend, Person, TestApp, PASSWORD,
};
use serde_json::{json, Value};

on_both_databases!(
    people_download_their_own_data_and_nothing_about_anyone_else,
    deleting_an_account_needs_its_password_and_changes_nothing_without_it,
    a_deleted_account_cannot_sign_in_and_its_words_stay_without_its_name,
    only_administrators_find_accounts_by_email,
    guessing_the_password_by_deleting_is_limited_like_signing_in,
    an_analyst_who_deletes_their_account_leaves_no_working_api_key,
);

struct Scene {
    admin: Person,
    author: Person,
    neighbour: Person,
    consultation: String,
    proposal: String,
}

/// An author with a proposal, a comment, a vote and follows; a neighbour who comments on the
/// proposal and votes on it.
async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let author = app.sign_up("author@example.org").await;
    let neighbour = app.sign_up("neighbour@example.org").await;
    app.patch(
        "/api/v1/me",
        Some(&neighbour.token),
        &json!({"display_name": "เพื่อนบ้าน ลับเฉพาะ", "province": "ภูเก็ต"}),
    )
    .await
    .expect(200);
    let consultation = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let proposal = app
        .proposal(&author, &consultation, "ลานกีฬาชุมชนริมคลอง")
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.post(
        &format!("/api/v1/consultations/{consultation}/follow"),
        Some(&author.token),
        &json!({}),
    )
    .await
    .expect(204);
    app.post(
        &format!("/api/v1/proposals/{proposal}/follow"),
        Some(&neighbour.token),
        &json!({}),
    )
    .await
    .expect(204);
    for who in [&author, &neighbour] {
        app.put(
            &format!("/api/v1/proposals/{proposal}/vote"),
            Some(&who.token),
            &json!({"value": "agree"}),
        )
        .await
        .expect(200);
    }
    app.post(
        &format!("/api/v1/proposals/{proposal}/comments"),
        Some(&author.token),
        &json!({"body": "ความเห็นของผู้เสนอเองเรื่องไฟส่องสว่าง", "stance": "for"}),
    )
    .await
    .expect(201);
    app.post(
        &format!("/api/v1/proposals/{proposal}/comments"),
        Some(&neighbour.token),
        &json!({"body": "ความเห็นของเพื่อนบ้านที่ไม่ควรอยู่ในไฟล์", "stance": "against"}),
    )
    .await
    .expect(201);
    for (who, usefulness) in [(&author, 4), (&neighbour, 2)] {
        app.put(
            &format!("/api/v1/consultations/{consultation}/feedback"),
            Some(&who.token),
            &json!({"usefulness": usefulness, "understanding": 5, "satisfaction": 3}),
        )
        .await
        .expect(200);
    }
    Scene {
        admin,
        author,
        neighbour,
        consultation,
        proposal,
    }
}

/// Waits until the person's inbox has `n` notifications.
async fn wait_for_inbox(app: &TestApp, who: &Person, n: usize) {
    for _ in 0..100 {
        let page = app
            .get("/api/v1/me/notifications", Some(&who.token))
            .await
            .expect(200);
        if page["items"].as_array().unwrap().len() >= n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{} notifications did not arrive", n);
}

async fn people_download_their_own_data_and_nothing_about_anyone_else(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    wait_for_inbox(&app, &s.author, 1).await;

    app.get("/api/v1/me/export", None)
        .await
        .expect_problem(401, "unauthenticated");
    let reply = app.get("/api/v1/me/export", Some(&s.author.token)).await;
    let disposition = reply
        .headers
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    let data = reply.expect(200);
    assert!(
        disposition.starts_with("attachment") && disposition.contains("sala-my-data.json"),
        "a download: {disposition}"
    );

    assert_eq!(data["profile"]["email"], "author@example.org");
    assert_eq!(data["proposals"].as_array().unwrap().len(), 1);
    assert_eq!(data["proposals"][0]["title"], "ลานกีฬาชุมชนริมคลอง");
    assert_eq!(data["comments"].as_array().unwrap().len(), 1);
    assert_eq!(
        data["comments"][0]["body"],
        "ความเห็นของผู้เสนอเองเรื่องไฟส่องสว่าง"
    );
    assert_eq!(
        data["votes"],
        json!([{
            "proposal_id": s.proposal,
            "value": "agree",
            "origin_network": "127.0.0.0/24",
            "created_at": data["votes"][0]["created_at"],
            "updated_at": data["votes"][0]["updated_at"],
        }])
    );
    let follows: Vec<(&str, &str)> = data["follows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["target_type"].as_str().unwrap(),
                f["target_id"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(follows.contains(&("consultation", s.consultation.as_str())));
    assert!(
        follows.contains(&("proposal", s.proposal.as_str())),
        "authors follow their own proposals"
    );
    let kinds: Vec<&str> = data["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"comment_on_your_proposal"), "{kinds:?}");
    assert_eq!(
        data["notification_preferences"].as_array().unwrap().len(),
        sala::domain::notifications::NotificationKind::ALL.len(),
        "every kind, defaults included"
    );
    assert_eq!(data["quick_ratings"].as_array().unwrap().len(), 1);
    assert_eq!(data["quick_ratings"][0]["consultation_id"], s.consultation);
    assert_eq!(data["quick_ratings"][0]["usefulness"], 4);
    assert_eq!(data["valuations"], json!([]));

    let text = data.to_string();
    for foreign in [
        "neighbour@example.org",
        "เพื่อนบ้าน ลับเฉพาะ",
        "ความเห็นของเพื่อนบ้านที่ไม่ควรอยู่ในไฟล์",
        "admin@example.org",
        &s.neighbour.id.to_string(),
        &s.admin.id.to_string(),
    ] {
        assert!(!text.contains(foreign), "{foreign:?} leaked into {text}");
    }
}

async fn delete_me(app: &TestApp, who: &Person, password: &str) -> sala_tests::Reply {
    app.call(
        Method::DELETE,
        "/api/v1/me",
        Some(&who.token),
        Some(&json!({ "password": password })),
    )
    .await
}

async fn deleting_an_account_needs_its_password_and_changes_nothing_without_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;

    let refused = delete_me(&app, &s.author, "not the password")
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(refused["errors"][0]["field"], "password");
    assert_eq!(refused["errors"][0]["code"], "incorrect");
    app.call(Method::DELETE, "/api/v1/me", Some(&s.author.token), None)
        .await
        .expect_problem(415, "unsupported_media_type");
    app.call(
        Method::DELETE,
        "/api/v1/me",
        None,
        Some(&json!({"password": PASSWORD})),
    )
    .await
    .expect_problem(401, "unauthenticated");

    let me = app
        .get("/api/v1/me", Some(&s.author.token))
        .await
        .expect(200);
    assert_eq!(me["email"], "author@example.org");
    app.sign_in("author@example.org").await;
}

async fn a_deleted_account_cannot_sign_in_and_its_words_stay_without_its_name(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let before: Value = app
        .get(&format!("/api/v1/proposals/{}", s.proposal), None)
        .await
        .expect(200);
    assert_eq!(before["follower_count"], 2);

    delete_me(&app, &s.author, PASSWORD).await.expect(204);

    // Every sign-in has ended, and none can start.
    app.get("/api/v1/me", Some(&s.author.token))
        .await
        .expect_problem(401, "unauthenticated");
    app.post(
        "/api/v1/auth/refresh",
        None,
        &json!({ "refresh_token": s.author.refresh_token }),
    )
    .await
    .expect_problem(401, "unauthenticated");
    app.post(
        "/api/v1/auth/login",
        None,
        &json!({"email": "author@example.org", "password": PASSWORD}),
    )
    .await
    .expect_problem(401, "unauthenticated");

    // The proposal, its vote and the comment stay, from a nameless account.
    let after = app
        .get(&format!("/api/v1/proposals/{}", s.proposal), None)
        .await
        .expect(200);
    assert_eq!(after["title"], "ลานกีฬาชุมชนริมคลอง");
    assert_eq!(after["author"]["display_name"], "");
    assert_eq!(after["counts"], before["counts"], "votes are kept");
    assert_eq!(after["follower_count"], 1, "its follow is gone");
    let comments = app
        .get(&format!("/api/v1/proposals/{}/comments", s.proposal), None)
        .await
        .expect(200);
    let own = comments["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["body"] == "ความเห็นของผู้เสนอเองเรื่องไฟส่องสว่าง")
        .expect("the comment is still there");
    assert_eq!(own["author"]["display_name"], "");

    // The administrators' log records it, without the erased details.
    let log = app
        .get(
            "/api/v1/admin/audit-log?action=user.deleted",
            Some(&s.admin.token),
        )
        .await
        .expect(200);
    assert_eq!(log["items"].as_array().unwrap().len(), 1);
    assert_eq!(log["items"][0]["target_id"], s.author.id.to_string());
    assert!(!log.to_string().contains("author@example.org"));

    // The address is free again: registering it makes a new account, not a reminder.
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "author@example.org", "password": PASSWORD, "display_name": "คนใหม่", "consent": sala_tests::consent()}),
    )
    .await
    .expect(201);
    let verifications = || {
        app.mails_to("author@example.org")
            .into_iter()
            .filter(|m| m.text.contains("verify-email#token="))
            .count()
    };
    for _ in 0..100 {
        if verifications() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        verifications(),
        2,
        "a second verification link, for the new account"
    );
}

async fn only_administrators_find_accounts_by_email(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    let citizen = app.sign_up("citizen@example.org").await;

    let found = app
        .get(
            "/api/v1/admin/users?email=Citizen@Example.org",
            Some(&admin.token),
        )
        .await
        .expect(200);
    assert_eq!(found["id"], citizen.id.to_string());
    assert_eq!(found["role"], "citizen");
    app.get(
        "/api/v1/admin/users?email=nobody@example.org",
        Some(&admin.token),
    )
    .await
    .expect_problem(404, "account_not_found");
    for who in [&moderator, &citizen] {
        app.get(
            "/api/v1/admin/users?email=admin@example.org",
            Some(&who.token),
        )
        .await
        .expect_problem(403, "forbidden");
    }
    app.get("/api/v1/admin/users?email=admin@example.org", None)
        .await
        .expect_problem(401, "unauthenticated");
}

async fn guessing_the_password_by_deleting_is_limited_like_signing_in(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[("SALA_RATE_LIMIT_LOGINS", "account=3,address=1000,window=1h")],
    )
    .await;
    let person = app.sign_up("guessed@example.org").await;
    for attempt in ["guess one", "guess two", "guess three"] {
        delete_me(&app, &person, attempt)
            .await
            .expect_problem(422, "validation_failed");
    }
    let limited = delete_me(&app, &person, PASSWORD).await;
    assert!(limited.headers.contains_key("retry-after"));
    limited.expect_problem(429, "rate_limited");
    app.get("/api/v1/me", Some(&person.token)).await.expect(200);
}

async fn an_analyst_who_deletes_their_account_leaves_no_working_api_key(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let analyst = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let consultation = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.responsible_agency(&admin, &consultation, &analyst)
        .await;
    let key = app
        .post(
            "/api/v1/agency/api-keys",
            Some(&analyst.token),
            &json!({"name": "dashboard", "consultation_ids": [consultation]}),
        )
        .await
        .expect(201)["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    let summary = format!("/api/v1/agency/consultations/{consultation}/summary");
    app.get(&summary, Some(&key)).await.expect(200);

    delete_me(&app, &analyst, PASSWORD).await.expect(204);

    let refused = app.get(&summary, Some(&key)).await;
    assert_eq!(refused.status.as_u16(), 401, "body: {}", refused.body);
}
