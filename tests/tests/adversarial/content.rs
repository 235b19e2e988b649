//! Attacks on content and moderation: flag brigades hiding what they dislike, races between
//! replies and moderation, hostile text, and drafts leaking through search.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use sala::db::entities::comments;
use sala::domain::accounts::Role;
use sala::domain::comments::recount_comments;
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend, Person, Reply, TestApp};
use sea_orm::EntityTrait;
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    three_fresh_accounts_flagging_a_proposal_leave_it_public,
    established_accounts_reaching_the_weighted_threshold_hide_it_pending_review,
    a_moderators_dismissal_stands_against_the_same_and_new_flaggers,
    replies_racing_hides_and_deletions_never_fail_and_keep_counters_exact,
    a_consultation_moved_back_to_draft_takes_its_proposals_and_comments_out_of_search,
    stacked_thai_marks_in_a_title_are_refused_and_real_thai_passes,
    hostile_display_names_are_refused,
    markdown_that_would_take_seconds_to_render_is_refused,
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

    let page = app
        .get(
            "/api/v1/moderation/queue?state=hidden",
            Some(&w.moderator.token),
        )
        .await
        .expect(200);
    assert_eq!(
        page["hide_threshold"], 3.0,
        "the queue says where hiding starts"
    );
    let items = page["items"].as_array().expect("items");
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
            .expect_problem(409, "already_flagged");
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

/// Every comment of a proposal's tree, as a moderator sees it (hidden ones included).
fn flatten(items: &Value, out: &mut Vec<Value>) {
    for item in items.as_array().expect("comments") {
        out.push(item.clone());
        flatten(&item["replies"], out);
    }
}

async fn replies_racing_hides_and_deletions_never_fail_and_keep_counters_exact(backend: Backend) {
    const ROUNDS: usize = 40;
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let repliers = app.many_citizens(3).await;
    let comments_path = format!("/api/v1/proposals/{}/comments", w.pid);
    let post = |who: &Person, body: String, parent: Option<String>| {
        let who = who.clone();
        let path = comments_path.clone();
        let app = &app;
        async move {
            app.post(
                &path,
                Some(&who.token),
                &json!({"body": body, "parent_id": parent}),
            )
            .await
        }
    };

    let mut created_replies = Vec::new();
    for round in 0..ROUNDS {
        let to_hide = id(&post(&w.author, format!("ความเห็นที่จะถูกซ่อน {round}"), None)
            .await
            .expect(201));
        let to_delete = id(&post(&w.author, format!("ความเห็นที่จะถูกลบ {round}"), None)
            .await
            .expect(201));
        let hide_decision = json!({"action": "hide", "target_type": "comment",
                                   "target_id": to_hide, "reason": "ละเมิดกติกาข้อ 2"});
        let hide = app.post(
            "/api/v1/moderation/actions",
            Some(&w.moderator.token),
            &hide_decision,
        );
        let delete_path = format!("/api/v1/comments/{to_delete}");
        let delete = app.delete(&delete_path, Some(&w.author.token));
        let replies =
            futures_util::future::join_all(repliers.iter().enumerate().flat_map(|(i, who)| {
                [
                    post(
                        who,
                        format!("ตอบความเห็นที่ซ่อน {round}-{i}"),
                        Some(to_hide.clone()),
                    ),
                    post(
                        who,
                        format!("ตอบความเห็นที่ลบ {round}-{i}"),
                        Some(to_delete.clone()),
                    ),
                ]
            }));
        let (hidden, deleted, replies) = tokio::join!(hide, delete, replies);
        hidden.expect(201);
        deleted.expect(204);
        for reply in replies {
            match reply.status.as_u16() {
                201 => created_replies.push(id(&reply.body)),
                // The parent was removed first: a clear refusal, nothing created.
                409 => {
                    reply.expect_problem(409, "comment_removed");
                }
                other => panic!("a reply answered {other}: {}", reply.body),
            }
        }
    }

    // No reply was lost: every one that was answered 201 is in the thread.
    let tree = app
        .get(
            &format!("{comments_path}?limit=100"),
            Some(&w.moderator.token),
        )
        .await
        .expect(200);
    let mut all = Vec::new();
    flatten(&tree["items"], &mut all);
    let in_tree: Vec<String> = all.iter().map(id).collect();
    for reply in &created_replies {
        assert!(in_tree.contains(reply), "reply {reply} is missing");
    }
    assert_eq!(all.len(), 2 * ROUNDS + created_replies.len());

    // Counters equal a recount: the proposal's public comments, each comment's replies.
    let pid: Uuid = w.pid.parse().unwrap();
    let shown = app
        .get(&format!("/api/v1/proposals/{}", w.pid), None)
        .await
        .expect(200)["counts"]["comments"]
        .as_i64()
        .expect("count");
    assert_eq!(
        shown,
        i64::from(recount_comments(app.db.reader(), pid).await.unwrap())
    );
    let rows = comments::Entity::find().all(app.db.reader()).await.unwrap();
    let mut replies_of: HashMap<Uuid, i32> = HashMap::new();
    for row in &rows {
        if let Some(parent) = row.parent_id {
            *replies_of.entry(parent).or_default() += 1;
        }
    }
    for row in &rows {
        assert_eq!(
            row.reply_count,
            replies_of.get(&row.id).copied().unwrap_or(0),
            "reply count of {}",
            row.id
        );
    }
    let _ = &w.admin;
}

/// Waits until the search indexer has caught up with every write (`/health/ready`).
async fn search_settled(app: &TestApp) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let ready = app.get("/health/ready", None).await.expect(200);
        if ready["search_pending"] == 0 {
            return;
        }
        assert!(Instant::now() < deadline, "search never caught up: {ready}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn anonymous_hits(app: &TestApp, word: &str) -> Vec<String> {
    app.get(&format!("/api/v1/search?q={word}"), None)
        .await
        .expect(200)["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|hit| hit["id"].as_str().expect("id").to_owned())
        .collect()
}

async fn a_consultation_moved_back_to_draft_takes_its_proposals_and_comments_out_of_search(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let pid = id(&app
        .post(
            &format!("/api/v1/consultations/{}/proposals", w.cid),
            Some(&w.author.token),
            &json!({"title": "Bamboo bridges for every village", "body": "Build bamboo bridges."}),
        )
        .await
        .expect(201));
    let cmt = id(&app
        .post(
            &format!("/api/v1/proposals/{pid}/comments"),
            Some(&w.author.token),
            &json!({"body": "Riverside schools need them first."}),
        )
        .await
        .expect(201));
    search_settled(&app).await;
    assert_eq!(anonymous_hits(&app, "bamboo").await, vec![pid.clone()]);
    assert_eq!(anonymous_hits(&app, "riverside").await, vec![cmt.clone()]);

    app.set_phase(&w.admin, &w.cid, "draft").await;
    search_settled(&app).await;
    assert!(
        anonymous_hits(&app, "bamboo").await.is_empty(),
        "a draft's proposal is out of search"
    );
    assert!(
        anonymous_hits(&app, "riverside").await.is_empty(),
        "a draft's comment is out of search"
    );

    app.set_phase(&w.admin, &w.cid, "ideation").await;
    search_settled(&app).await;
    assert_eq!(anonymous_hits(&app, "bamboo").await, vec![pid]);
    assert_eq!(anonymous_hits(&app, "riverside").await, vec![cmt]);
}

/// Asserts a `422 validation_failed` naming `field` with `code`.
fn expect_field_error(reply: Reply, field: &str, code: &str) {
    let body = reply.expect_problem(422, "validation_failed");
    let errors = body["errors"].as_array().expect("errors");
    assert!(
        errors
            .iter()
            .any(|e| e["field"] == field && e["code"] == code),
        "expected {field}: {code}, got {body}"
    );
}

async fn propose(app: &TestApp, who: &Person, cid: &str, title: &str, body: &str) -> Reply {
    app.post(
        &format!("/api/v1/consultations/{cid}/proposals"),
        Some(&who.token),
        &json!({"title": title, "body": body}),
    )
    .await
}

async fn stacked_thai_marks_in_a_title_are_refused_and_real_thai_passes(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let body = "รายละเอียดข้อเสนอที่ยาวพอสมควร";
    // 15,000 tone marks on one consonant: 45 KB that counts as a few graphemes.
    let stacked = format!("ก{}ข้อเสนอ", "\u{0E49}".repeat(15_000));
    assert!(stacked.len() > 45_000);
    expect_field_error(
        propose(&app, &w.author, &w.cid, &stacked, body).await,
        "title",
        "too_long",
    );
    // A handful of stacked marks fits in the byte limit but not in the mark rule.
    let zalgo = format!("ก{}ข้อเสนอใหม่", "\u{0E49}\u{0E48}".repeat(3));
    expect_field_error(
        propose(&app, &w.author, &w.cid, &zalgo, body).await,
        "title",
        "too_many_marks",
    );
    let overridden = "ข้อเสนอ \u{202E}ความยุติธรรม";
    expect_field_error(
        propose(&app, &w.author, &w.cid, overridden, body).await,
        "title",
        "invalid_characters",
    );
    // Real Thai: a vowel and a tone mark on one consonant, thanthakhat, sara am.
    let real = "กุ้งแม่น้ำที่จันทร์ทำ ฟื้นฟูชุมชน";
    let created = propose(&app, &w.author, &w.cid, real, body)
        .await
        .expect(201);
    assert_eq!(created["title"], real);
    let list = app
        .get(&format!("/api/v1/consultations/{}/proposals", w.cid), None)
        .await
        .expect(200);
    assert_eq!(
        list["items"].as_array().expect("items").len(),
        2,
        "nothing else was created"
    );
}

async fn register(app: &TestApp, email: &str, name: &str) -> Reply {
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": email, "password": sala_tests::PASSWORD, "display_name": name, "consent": sala_tests::consent()}),
    )
    .await
}

async fn hostile_display_names_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    app.patch(
        "/api/v1/me",
        Some(&w.admin.token),
        &json!({"display_name": "ผู้ดูแลระบบ Somchai"}),
    )
    .await
    .expect(200);

    let huge = "ส".repeat(20_000);
    assert!(huge.len() >= 60_000);
    expect_field_error(
        register(&app, "huge@example.org", &huge).await,
        "display_name",
        "too_long",
    );
    // Zero-width spaces are removed, and what is left copies the administrator.
    for (i, copy) in [
        "ผู้ดูแล\u{200B}ระบบ Somchai",
        "ผู้ดูแลระบบ S\u{200B}o\u{200C}mchai",
        "ผู้ดูแลระบบ \u{0405}omchai",
        "ผู้ดูแลระบบ SOMCHAI",
    ]
    .iter()
    .enumerate()
    {
        expect_field_error(
            register(&app, &format!("copy{i}@example.org"), copy).await,
            "display_name",
            "looks_like_staff",
        );
    }
    expect_field_error(
        register(&app, "rtl@example.org", "\u{202E}ิอชมส").await,
        "display_name",
        "invalid_characters",
    );
    expect_field_error(
        app.patch(
            "/api/v1/me",
            Some(&w.author.token),
            &json!({"display_name": "ผู้ดูแล\u{2060}ระบบ Somchai"}),
        )
        .await,
        "display_name",
        "looks_like_staff",
    );
    // Nothing was created or changed by the refusals.
    assert!(app.mails_to("copy0@example.org").is_empty());
    let me = app
        .get("/api/v1/me", Some(&w.author.token))
        .await
        .expect(200);
    assert_eq!(me["display_name"], "Operator-made");

    // Ordinary names, Thai and invisible characters dropped, are accepted.
    let ok = register(&app, "somsri@example.org", "สมศรี\u{200B} ใจดี")
        .await
        .expect(201);
    assert_eq!(ok["display_name"], "สมศรี ใจดี");
}

async fn markdown_that_would_take_seconds_to_render_is_refused(backend: Backend) {
    // With a request limit raised for long consultation documents, as an operator may.
    let app = spawn_app_with(backend, &[("SALA_MAX_BODY_BYTES", "1000000")]).await;
    let w = world(&app).await;
    let long_quote = ">\n".repeat(25_000);
    expect_field_error(
        app.patch(
            &format!("/api/v1/consultations/{}", w.cid),
            Some(&w.admin.token),
            &json!({"body": long_quote}),
        )
        .await,
        "body",
        "too_many_lines",
    );
    let deep_quote = format!("{} ลึกมาก", ">".repeat(5_000));
    expect_field_error(
        propose(&app, &w.author, &w.cid, "ข้อเสนอที่ซ้อนลึก", &deep_quote).await,
        "body",
        "too_deeply_nested",
    );
    expect_field_error(
        app.post(
            &format!("/api/v1/proposals/{}/comments", w.pid),
            Some(&w.author.token),
            &json!({"body": ">".repeat(4_000)}),
        )
        .await,
        "body",
        "too_deeply_nested",
    );
    let consultation = app
        .get(&format!("/api/v1/consultations/{}", w.cid), None)
        .await
        .expect(200);
    assert!(
        !consultation["body"]
            .as_str()
            .unwrap_or_default()
            .starts_with(">\n>"),
        "the body did not change"
    );
}
