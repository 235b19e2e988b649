//! Attacks on content and moderation: flag brigades hiding what they dislike, races between
//! replies and moderation, hostile text, and drafts leaking through search.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, Reply, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    three_fresh_accounts_flagging_a_proposal_leave_it_public,
    established_accounts_reaching_the_weighted_threshold_hide_it_pending_review,
    a_moderators_dismissal_stands_against_the_same_and_new_flaggers,
);

/// An administrator, a global moderator, an author and a consultation in ideation with one
/// proposal of theirs.
struct World {
    admin: Person,
    moderator: Person,
    author: Person,
    cid: String,
    pid: String,
}

async fn world(app: &TestApp) -> World {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    let author = established(app, "author").await;
    let cid = id(&app.consultation(&admin, "ideation").await);
    let pid = id(&app.proposal(&author, &cid, "ศูนย์ไกล่เกลี่ยชุมชนทุกตำบล").await);
    World {
        admin,
        moderator,
        author,
        cid,
        pid,
    }
}

fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

/// A verified citizen whose account is a month old.
async fn established(app: &TestApp, name: &str) -> Person {
    let person = app
        .operator_creates(&format!("{name}@example.org"), Role::Citizen)
        .await;
    app.age_account(person.id, 30).await;
    person
}

async fn flag(app: &TestApp, who: &Person, kind: &str, target: &str) -> Reply {
    app.post(
        "/api/v1/flags",
        Some(&who.token),
        &json!({"target_type": kind, "target_id": target, "reason": "abuse"}),
    )
    .await
}

async fn queue(app: &TestApp, who: &Person, query: &str) -> Vec<Value> {
    app.get(
        &format!("/api/v1/moderation/queue?{query}"),
        Some(&who.token),
    )
    .await
    .expect(200)["items"]
        .as_array()
        .expect("items")
        .clone()
}

async fn publicly_visible(app: &TestApp, pid: &str) -> bool {
    let reply = app.get(&format!("/api/v1/proposals/{pid}"), None).await;
    match reply.status.as_u16() {
        200 => true,
        404 => false,
        other => panic!("unexpected status {other}: {}", reply.body),
    }
}

async fn three_fresh_accounts_flagging_a_proposal_leave_it_public(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let brigade = [
        app.sign_up("brigade1@example.org").await,
        app.sign_up("brigade2@example.org").await,
        app.sign_up("brigade3@example.org").await,
    ];
    for who in &brigade {
        flag(&app, who, "proposal", &w.pid).await.expect(201);
    }
    assert!(
        publicly_visible(&app, &w.pid).await,
        "three fresh accounts cannot hide a proposal"
    );
    // The moderator still sees the flags, and that they weigh nothing.
    let items = queue(&app, &w.moderator, "state=visible").await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["target_id"], w.pid.as_str());
    assert_eq!(items[0]["open_flags"], 3);
    assert_eq!(items[0]["flag_score"], 0.0);
    assert_eq!(items[0]["hidden_pending_review"], false);
    for f in items[0]["flags"].as_array().expect("flags") {
        assert_eq!(f["weight"], 0.0, "{f}");
    }
    assert!(queue(&app, &w.moderator, "state=hidden").await.is_empty());
}

async fn established_accounts_reaching_the_weighted_threshold_hide_it_pending_review(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    // Fresh accounts add nothing, however many.
    for i in 0..4 {
        let fresh = app.sign_up(&format!("fresh{i}@example.org")).await;
        flag(&app, &fresh, "proposal", &w.pid).await.expect(201);
    }
    let [a, b, c] = [
        established(&app, "a").await,
        established(&app, "b").await,
        established(&app, "c").await,
    ];
    flag(&app, &a, "proposal", &w.pid).await.expect(201);
    flag(&app, &b, "proposal", &w.pid).await.expect(201);
    assert!(
        publicly_visible(&app, &w.pid).await,
        "two established flags and four fresh ones weigh 2 of 3"
    );
    flag(&app, &c, "proposal", &w.pid).await.expect(201);
    assert!(!publicly_visible(&app, &w.pid).await, "the third hides it");
    let seen_by_author = app
        .get(
            &format!("/api/v1/proposals/{}", w.pid),
            Some(&w.author.token),
        )
        .await
        .expect(200);
    assert_eq!(seen_by_author["hidden"], true);

    let items = queue(&app, &w.moderator, "state=hidden").await;
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["hidden_pending_review"], true);
    assert_eq!(items[0]["open_flags"], 7);
    assert_eq!(items[0]["flag_score"], 3.0);
    let log = app
        .get("/api/v1/moderation/log?action=hide", None)
        .await
        .expect(200);
    assert_eq!(log["items"][0]["automatic"], true);
    assert_eq!(log["items"][0]["details"]["flag_score"], 3.0);

    // A moderator's flag weighs three established ones: it alone hides another proposal.
    let other = id(&app.proposal(&w.author, &w.cid, "ข้อเสนออีกเรื่องหนึ่ง").await);
    flag(&app, &w.moderator, "proposal", &other)
        .await
        .expect(201);
    assert!(!publicly_visible(&app, &other).await);
    let _ = &w.admin;
}

async fn a_moderators_dismissal_stands_against_the_same_and_new_flaggers(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let flaggers = [
        established(&app, "a").await,
        established(&app, "b").await,
        established(&app, "c").await,
    ];
    for who in &flaggers {
        flag(&app, who, "proposal", &w.pid).await.expect(201);
    }
    assert!(!publicly_visible(&app, &w.pid).await);

    app.post(
        "/api/v1/moderation/actions",
        Some(&w.moderator.token),
        &json!({"action": "dismiss_flags", "target_type": "proposal", "target_id": w.pid,
                "reason": "ข้อเสนอนี้ไม่ผิดกติกา"}),
    )
    .await
    .expect(201);
    assert!(publicly_visible(&app, &w.pid).await, "dismissal shows it");
    // A reporter's reviewed flags can be looked at together.
    let reviewed = queue(
        &app,
        &w.moderator,
        &format!("state=resolved&reporter={}", flaggers[0].id),
    )
    .await;
    assert_eq!(reviewed.len(), 1);
    assert_eq!(reviewed[0]["target_id"], w.pid.as_str());
    assert_eq!(reviewed[0]["flags"][0]["resolution"], "dismissed");

    // The same people cannot flag it again.
    for who in &flaggers {
        flag(&app, who, "proposal", &w.pid)
            .await
            .expect_problem(409, "conflict");
    }
    // New established flaggers bring it back to the queue, but cannot hide it again.
    for name in ["d", "e", "f", "g"] {
        let who = established(&app, name).await;
        flag(&app, &who, "proposal", &w.pid).await.expect(201);
    }
    assert!(
        publicly_visible(&app, &w.pid).await,
        "the moderator's decision stands"
    );
    let open = queue(&app, &w.moderator, "state=visible").await;
    assert_eq!(open.len(), 1);
    assert_eq!(open[0]["target_id"], w.pid.as_str());
    assert_eq!(open[0]["open_flags"], 4);

    // Dismissed flags are on the flaggers' record: visible in the queue, and they weigh less.
    let second = id(&app.proposal(&w.author, &w.cid, "ข้อเสนอที่สอง").await);
    flag(&app, &flaggers[0], "proposal", &second)
        .await
        .expect(201);
    let items = queue(&app, &w.moderator, &format!("reporter={}", flaggers[0].id)).await;
    assert_eq!(items.len(), 1, "only what this reporter flagged");
    assert_eq!(items[0]["target_id"], second.as_str());
    let their_flag = &items[0]["flags"][0];
    assert_eq!(their_flag["reporter"]["id"], flaggers[0].id.to_string());
    assert_eq!(
        their_flag["reporter_record"],
        json!({"upheld": 0, "dismissed": 1, "dismissed_ratio": 1.0})
    );
    assert_eq!(their_flag["weight"], 0.5);
}
