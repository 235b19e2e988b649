//! Notifications: what happened reaches people in the app and by mail (a real SMTP server),
//! in their language, once, with one-click unsubscribe; followers, digests, password reset.

use std::time::Duration;

use sala::domain::accounts::Role;
use sala::domain::notifications::{digest, unsubscribe::UnsubscribeKey};
use sala_tests::{
    on_both_databases, spawn_app, spawn_app_with, Backend, Person, SmtpServer, TestApp, PASSWORD,
};
use serde_json::{json, Value};

on_both_databases!(
    a_comment_reaches_the_author_by_smtp_in_their_language_with_one_click_unsubscribe,
    replies_reach_the_parent_author_and_the_inbox_shows_unread_first,
    followers_of_a_consultation_hear_of_its_phase_changes,
    withdrawing_a_proposal_tells_its_followers_and_voters,
    a_deleted_comment_leaves_the_inbox,
    a_moderation_decision_reaches_the_author_with_its_reason,
    digest_preferences_fold_notifications_into_one_daily_message,
    a_password_is_reset_once_by_email_without_revealing_accounts,
    mail_due_while_smtp_is_down_is_delivered_once_when_it_returns,
    a_sender_killed_mid_batch_and_restarted_delivers_every_message_once,
);

struct Scene {
    admin: Person,
    author: Person,
    consultation: String,
    proposal: String,
}

async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let author = app
        .operator_creates("author@example.org", Role::Citizen)
        .await;
    let consultation = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let proposal = app
        .proposal(&author, &consultation, "ศูนย์ไกล่เกลี่ยชุมชนในตลาดนัด")
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    Scene {
        admin,
        author,
        consultation,
        proposal,
    }
}

async fn comment(
    app: &TestApp,
    who: &Person,
    proposal: &str,
    body: &str,
    parent: Option<&str>,
) -> Value {
    app.post(
        &format!("/api/v1/proposals/{proposal}/comments"),
        Some(&who.token),
        &json!({"body": body, "parent_id": parent}),
    )
    .await
    .expect(201)
}

/// Waits until the person's inbox has `n` notifications.
async fn inbox(app: &TestApp, who: &Person, n: usize) -> Value {
    for _ in 0..100 {
        let page = app
            .get("/api/v1/me/notifications", Some(&who.token))
            .await
            .expect(200);
        if page["items"].as_array().unwrap().len() >= n {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{} never had {n} notifications", who.email);
}

async fn a_comment_reaches_the_author_by_smtp_in_their_language_with_one_click_unsubscribe(
    backend: Backend,
) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(backend, &[("SALA_SMTP_URL", &smtp.url())]).await;
    let s = scene(&app).await;
    let commenter = app.operator_creates("nok@example.org", Role::Citizen).await;
    comment(
        &app,
        &commenter,
        &s.proposal,
        "เห็นด้วย <b>มาก</b> ควรเริ่มที่ภูเก็ต",
        None,
    )
    .await;

    let mails = smtp.wait_for(1, 10).await;
    assert_eq!(mails.len(), 1, "one message, to the author only");
    let mail = &mails[0];
    assert!(mail.to.contains("author@example.org"));
    assert!(
        mail.subject.contains("แสดงความคิดเห็นต่อข้อเสนอ"),
        "Thai for a Thai reader: {}",
        mail.subject
    );
    assert!(
        mail.text.contains("เห็นด้วย <b>มาก</b>"),
        "the plain part keeps the text: {}",
        mail.text
    );
    assert!(
        mail.html.contains("&lt;b&gt;มาก&lt;/b&gt;") && !mail.html.contains("<b>มาก"),
        "the HTML part escapes it"
    );
    assert!(mail.message_id.ends_with("@sala>"));
    assert_eq!(mail.list_unsubscribe_post, "List-Unsubscribe=One-Click");
    let url = mail.list_unsubscribe.trim_matches(['<', '>']).to_owned();
    assert!(url.contains("/api/v1/unsubscribe?token="), "{url}");
    let inbox_page = inbox(&app, &s.author, 1).await;
    assert_eq!(inbox_page["items"][0]["kind"], "comment_on_your_proposal");
    assert_eq!(inbox_page["unread_count"], 1);

    // A person clicking the link: their browser asks for HTML and is sent to the web app's
    // page, which shows what the link turns off before anything changes.
    let path = &url[url.find("/api/").unwrap()..];
    let token = &url[url.find("token=").unwrap() + "token=".len()..];
    let clicked = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url(path))
        .header("accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
        .send()
        .await
        .unwrap();
    assert_eq!(clicked.status(), 303);
    assert_eq!(
        clicked.headers()["location"],
        format!("{}/unsubscribe?token={token}", app.settings.public_url).as_str()
    );
    let described = app.get(path, None).await.expect(200);
    assert_eq!(described["kinds"], json!(["comment_on_your_proposal"]));
    assert_eq!(described["unsubscribed"], false);

    // The one-click request a mail program sends: a form POST, no sign-in.
    let reply = app
        .client
        .post(app.url(path))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status(), 200);
    let prefs = app
        .get("/api/v1/me/notification-preferences", Some(&s.author.token))
        .await
        .expect(200);
    let off = prefs["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["kind"] == "comment_on_your_proposal")
        .unwrap();
    assert_eq!(off["delivery"], "off");
    app.post(&format!("{}x", path), None, &json!({}))
        .await
        .expect_problem(422, "validation_failed");

    // In English for an English reader, and no mail for a kind turned off.
    app.patch(
        "/api/v1/me",
        Some(&s.author.token),
        &json!({"locale": "en"}),
    )
    .await
    .expect(200);
    app.put(
        "/api/v1/me/notification-preferences",
        Some(&s.author.token),
        &json!({"preferences": {"comment_on_your_proposal": "immediately"}}),
    )
    .await
    .expect(200);
    comment(&app, &commenter, &s.proposal, "One more thought", None).await;
    let mails = smtp.wait_for(2, 10).await;
    assert!(
        mails[1].subject.starts_with("Ordinary Citizen commented")
            || mails[1].subject.contains("commented on your proposal"),
        "{}",
        mails[1].subject
    );
    app.put(
        "/api/v1/me/notification-preferences",
        Some(&s.author.token),
        &json!({"preferences": {"comment_on_your_proposal": "off"}}),
    )
    .await
    .expect(200);
    comment(&app, &commenter, &s.proposal, "And a third", None).await;
    inbox(&app, &s.author, 3).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        smtp.messages().len(),
        2,
        "turned off: in the inbox, not by mail"
    );
}

async fn replies_reach_the_parent_author_and_the_inbox_shows_unread_first(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let first = app
        .operator_creates("first@example.org", Role::Citizen)
        .await;
    let second = app
        .operator_creates("second@example.org", Role::Citizen)
        .await;
    let c1 = comment(&app, &first, &s.proposal, "ความคิดเห็นแรก", None).await;
    comment(
        &app,
        &second,
        &s.proposal,
        "ตอบกลับความคิดเห็นแรก",
        c1["id"].as_str(),
    )
    .await;
    let page = inbox(&app, &first, 1).await;
    assert_eq!(
        page["items"].as_array().unwrap().len(),
        1,
        "the replier is not told of their own reply"
    );
    assert_eq!(page["items"][0]["kind"], "reply_to_your_comment");
    assert!(page["items"][0]["headline"]
        .as_str()
        .unwrap()
        .contains("ตอบกลับ"));
    // The author heard of both comments, in one notification each.
    let author_page = inbox(&app, &s.author, 2).await;
    assert_eq!(author_page["unread_count"], 2);
    let oldest = author_page["items"][1]["id"].as_str().unwrap().to_owned();
    app.post(
        "/api/v1/me/notifications/read",
        Some(&s.author.token),
        &json!({"ids": [author_page["items"][0]["id"]]}),
    )
    .await
    .expect(204);
    let after = app
        .get("/api/v1/me/notifications", Some(&s.author.token))
        .await
        .expect(200);
    assert_eq!(after["unread_count"], 1);
    assert_eq!(after["items"][0]["id"], oldest, "unread first");
    assert_eq!(after["items"][1]["read"], true);
    app.post(
        "/api/v1/me/notifications/read",
        Some(&s.author.token),
        &json!({}),
    )
    .await
    .expect(204);
    assert_eq!(
        app.get("/api/v1/me/notifications", Some(&s.author.token))
            .await
            .expect(200)["unread_count"],
        0
    );
    app.get("/api/v1/me/notifications", None)
        .await
        .expect_problem(401, "unauthenticated");
}

async fn followers_of_a_consultation_hear_of_its_phase_changes(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let follower = app
        .operator_creates("follower@example.org", Role::Citizen)
        .await;
    let bystander = app
        .operator_creates("bystander@example.org", Role::Citizen)
        .await;
    let path = format!("/api/v1/consultations/{}/follow", s.consultation);
    app.post(&path, Some(&follower.token), &json!({}))
        .await
        .expect(204);
    app.post(&path, Some(&follower.token), &json!({}))
        .await
        .expect(204);
    app.set_phase(&s.admin, &s.consultation, "voting").await;
    let page = inbox(&app, &follower, 1).await;
    assert_eq!(page["items"][0]["kind"], "phase_changed");
    assert_eq!(page["items"][0]["subject"]["phase"], "voting");
    assert_eq!(
        page["items"].as_array().unwrap().len(),
        1,
        "following twice is one follow"
    );
    app.delete(&path, Some(&follower.token)).await.expect(204);
    app.set_phase(&s.admin, &s.consultation, "review").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        app.get("/api/v1/me/notifications", Some(&follower.token))
            .await
            .expect(200)["items"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        app.get("/api/v1/me/notifications", Some(&bystander.token))
            .await
            .expect(200)["items"]
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

async fn withdrawing_a_proposal_tells_its_followers_and_voters(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let voter = app
        .operator_creates("voter@example.org", Role::Citizen)
        .await;
    let follower = app
        .operator_creates("follower@example.org", Role::Citizen)
        .await;
    app.put(
        &format!("/api/v1/proposals/{}/vote", s.proposal),
        Some(&voter.token),
        &json!({"value": "agree"}),
    )
    .await
    .expect(200);
    app.post(
        &format!("/api/v1/proposals/{}/follow", s.proposal),
        Some(&follower.token),
        &json!({}),
    )
    .await
    .expect(204);
    let detail = app
        .get(
            &format!("/api/v1/proposals/{}", s.proposal),
            Some(&follower.token),
        )
        .await
        .expect(200);
    assert_eq!(detail["following"], true);
    assert_eq!(detail["follower_count"], 2, "the author and the follower");
    app.delete(
        &format!("/api/v1/proposals/{}", s.proposal),
        Some(&s.author.token),
    )
    .await
    .expect(200);
    for person in [&voter, &follower] {
        let page = inbox(&app, person, 1).await;
        assert_eq!(page["items"][0]["kind"], "proposal_status_changed");
        assert_eq!(page["items"][0]["subject"]["status"], "withdrawn");
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        app.get("/api/v1/me/notifications", Some(&s.author.token))
            .await
            .expect(200)["items"]
            .as_array()
            .unwrap()
            .len(),
        0,
        "not the author who did it"
    );
}

async fn a_deleted_comment_leaves_the_inbox(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let commenter = app.operator_creates("c@example.org", Role::Citizen).await;
    let c = comment(&app, &commenter, &s.proposal, "ข้อความที่จะถูกลบ", None).await;
    inbox(&app, &s.author, 1).await;
    app.delete(
        &format!("/api/v1/comments/{}", c["id"].as_str().unwrap()),
        Some(&commenter.token),
    )
    .await
    .expect(204);
    let page = app
        .get("/api/v1/me/notifications", Some(&s.author.token))
        .await
        .expect(200);
    assert_eq!(page["items"].as_array().unwrap().len(), 0);
    assert_eq!(page["unread_count"], 0);
}

async fn digest_preferences_fold_notifications_into_one_daily_message(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(backend, &[("SALA_SMTP_URL", &smtp.url())]).await;
    let s = scene(&app).await;
    app.put(
        "/api/v1/me/notification-preferences",
        Some(&s.author.token),
        &json!({"preferences": {"comment_on_your_proposal": "digest"}}),
    )
    .await
    .expect(200);
    app.put(
        "/api/v1/me/notification-preferences",
        Some(&s.author.token),
        &json!({"preferences": {"comment_on_your_proposal": "weekly"}}),
    )
    .await
    .expect_problem(422, "validation_failed");
    let commenter = app.operator_creates("c@example.org", Role::Citizen).await;
    comment(&app, &commenter, &s.proposal, "หนึ่ง", None).await;
    comment(&app, &commenter, &s.proposal, "สอง", None).await;
    inbox(&app, &s.author, 2).await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert!(smtp.messages().is_empty(), "nothing sent immediately");
    let key = UnsubscribeKey::new(&sala::auth::jwt_secret(&app.settings).unwrap()).unwrap();
    assert_eq!(
        digest::send_due(&app.db, &app.settings.public_url, &key)
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        digest::send_due(&app.db, &app.settings.public_url, &key)
            .await
            .unwrap(),
        0,
        "run again: nothing twice"
    );
    let mails = smtp.wait_for(1, 10).await;
    assert_eq!(mails.len(), 1);
    assert!(mails[0].subject.contains("2"), "{}", mails[0].subject);
    assert_eq!(
        mails[0].text.matches("/proposals/").count(),
        2,
        "{}",
        mails[0].text
    );
    assert!(!mails[0].list_unsubscribe.is_empty());
}

async fn a_password_is_reset_once_by_email_without_revealing_accounts(backend: Backend) {
    let app = spawn_app(backend).await;
    let person = app.sign_up("forgetful@example.org").await;
    app.post(
        "/api/v1/auth/password-reset",
        None,
        &json!({"email": "nobody@example.org"}),
    )
    .await
    .expect(202);
    app.post(
        "/api/v1/auth/password-reset",
        None,
        &json!({"email": "FORGETFUL@example.org"}),
    )
    .await
    .expect(202);
    let mail = app
        .wait_for_mail("forgetful@example.org", "reset-password#token=")
        .await;
    assert!(mail.text.contains("30"), "says how long it works");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(app.mails_to("nobody@example.org").is_empty());
    let token = mail.link_token("reset-password#token=");
    app.post(
        "/api/v1/auth/password-reset/confirm",
        None,
        &json!({"token": token, "password": "short"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    app.post(
        "/api/v1/auth/password-reset/confirm",
        None,
        &json!({"token": token, "password": "a brand new password"}),
    )
    .await
    .expect(204);
    app.post(
        "/api/v1/auth/password-reset/confirm",
        None,
        &json!({"token": token, "password": "yet another password"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    app.post(
        "/api/v1/auth/login",
        None,
        &json!({"email": person.email, "password": PASSWORD}),
    )
    .await
    .expect_problem(401, "unauthenticated");
    app.post(
        "/api/v1/auth/login",
        None,
        &json!({"email": person.email, "password": "a brand new password"}),
    )
    .await
    .expect(200);
    app.post(
        "/api/v1/auth/refresh",
        None,
        &json!({"refresh_token": person.refresh_token}),
    )
    .await
    .expect_problem(401, "unauthenticated");
}

/// `n` citizens each comment on the author's proposal: `n` mails to the author become due.
async fn many_comments(app: &TestApp, proposal: &str, n: usize) {
    let commenters = app.many_citizens(n).await;
    for (i, c) in commenters.iter().enumerate() {
        comment(app, c, proposal, &format!("ความคิดเห็นที่ {i}"), None).await;
    }
}

async fn mail_due_while_smtp_is_down_is_delivered_once_when_it_returns(backend: Backend) {
    let mut smtp = SmtpServer::start().await;
    smtp.stop();
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_SMTP_URL", &smtp.url()),
            ("SALA_OUTBOX_RETRY_BASE_MS", "200"),
        ],
    )
    .await;
    let s = scene(&app).await;
    many_comments(&app, &s.proposal, 100).await;
    inbox(&app, &s.author, 20).await;
    // The sender has tried every mail against the stopped server and kept it for later.
    every_mail(&app, |m| m.attempts >= 1 && m.last_error.is_some()).await;
    assert!(smtp.messages().is_empty());
    smtp.resume().await;
    let mails = smtp.wait_for(100, 60).await;
    // Every mail is marked sent: nothing is left that could arrive a second time.
    every_mail(&app, |m| m.processed_at.is_some()).await;
    let mails_after = smtp.messages();
    assert_eq!(mails.len(), 100, "every message arrived");
    assert_eq!(mails_after.len(), 100, "and none twice");
    let ids: std::collections::HashSet<_> =
        mails_after.iter().map(|m| m.message_id.clone()).collect();
    assert_eq!(ids.len(), 100);
}

/// Waits (60 s at most) until there are mail outbox rows and every one satisfies `done`.
async fn every_mail(app: &TestApp, done: impl Fn(&sala::db::entities::outbox::Model) -> bool) {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let rows = sala::db::entities::outbox::Entity::find()
            .filter(
                sala::db::entities::outbox::Column::Topic
                    .eq(sala::domain::outgoing_mail::MAIL_TOPIC),
            )
            .all(app.db.reader())
            .await
            .expect("outbox");
        if !rows.is_empty() && rows.iter().all(&done) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "mail outbox never got there: {} rows",
            rows.len()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn a_sender_killed_mid_batch_and_restarted_delivers_every_message_once(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_SMTP_URL", &smtp.url()),
            ("SALA_RUN_WORKERS", "false"),
            ("SALA_OUTBOX_LEASE_SECS", "3"),
        ],
    )
    .await;
    let s = scene(&app).await;
    many_comments(&app, &s.proposal, 100).await;
    let key = UnsubscribeKey::new(&sala::auth::jwt_secret(&app.settings).unwrap()).unwrap();
    let (_stop, stopped) = tokio::sync::watch::channel(false);
    let workers = sala::workers::spawn(&app.settings, &app.db, &key, &stopped).unwrap();
    // Kill the workers as soon as some mail went out, in the middle of the batch.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while smtp.messages().len() < 10 && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    for worker in &workers {
        worker.abort();
    }
    let delivered_at_kill = smtp.messages().len();
    assert!(
        (10..100).contains(&delivered_at_kill),
        "killed mid-batch: {delivered_at_kill} delivered"
    );
    // A fresh process would start the workers again; so do we.
    let restarted = sala::workers::spawn(&app.settings, &app.db, &key, &stopped).unwrap();
    smtp.wait_for(100, 60).await;
    // Every mail item done: nothing is left that could still be sent a second time.
    every_mail(&app, |row| row.processed_at.is_some()).await;
    let mails = smtp.messages();
    for worker in restarted {
        worker.abort();
    }
    let ids: std::collections::HashSet<_> = mails.iter().map(|m| m.message_id.clone()).collect();
    assert_eq!(ids.len(), 100, "every notification was delivered");
    // Each message is acknowledged the moment it is sent, so a kill can repeat only the
    // messages in hand (at most the sender's 8 in flight) — with the same Message-ID, which
    // the receiving system drops as a duplicate.
    assert!(
        mails.len() <= 108,
        "{} deliveries for 100 messages",
        mails.len()
    );
}

async fn a_moderation_decision_reaches_the_author_with_its_reason(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let moderator = app
        .operator_creates("mod@example.org", Role::Moderator)
        .await;
    app.post(
        "/api/v1/moderation/actions",
        Some(&moderator.token),
        &json!({"action": "hide", "target_type": "proposal", "target_id": s.proposal, "reason": "ข้อมูลส่วนบุคคล"}),
    )
    .await
    .expect(201);
    let page = inbox(&app, &s.author, 1).await;
    let item = &page["items"][0];
    assert_eq!(item["kind"], "moderation_decision");
    assert_eq!(item["subject"]["action"], "hide");
    assert!(
        item["detail"].as_str().unwrap().contains("ข้อมูลส่วนบุคคล"),
        "{item}"
    );
    assert_eq!(
        item["headline"], "ผู้ดูแลได้ดำเนินการกับข้อเสนอ “ศูนย์ไกล่เกลี่ยชุมชนในตลาดนัด” ของคุณ: ซ่อน",
        "the decision names the proposal it was taken on"
    );

    // On a comment: the inbox names the proposal, quotes the comment and leads to it.
    app.post(
        "/api/v1/moderation/actions",
        Some(&moderator.token),
        &json!({"action": "unhide", "target_type": "proposal", "target_id": s.proposal, "reason": "แก้ไขแล้ว"}),
    )
    .await
    .expect(201);
    let commenter = app.operator_creates("nok@example.org", Role::Citizen).await;
    let said = comment(
        &app,
        &commenter,
        &s.proposal,
        "เบอร์โทรของผู้ใหญ่บ้านคือศูนย์แปดหนึ่ง",
        None,
    )
    .await;
    app.post(
        "/api/v1/moderation/actions",
        Some(&moderator.token),
        &json!({"action": "hide", "target_type": "comment", "target_id": said["id"], "reason": "ข้อมูลส่วนบุคคล"}),
    )
    .await
    .expect(201);
    let page = inbox(&app, &commenter, 1).await;
    let item = &page["items"][0];
    assert_eq!(
        item["headline"],
        "ผู้ดูแลได้ดำเนินการกับความคิดเห็นของคุณใน “ศูนย์ไกล่เกลี่ยชุมชนในตลาดนัด”: ซ่อน"
    );
    assert_eq!(item["subject"]["about"], "comment");
    assert_eq!(item["subject"]["excerpt"], "เบอร์โทรของผู้ใหญ่บ้านคือศูนย์แปดหนึ่ง");
    assert_eq!(
        item["subject"]["link_path"],
        format!(
            "/proposals/{}#comment-{}",
            s.proposal,
            said["id"].as_str().unwrap()
        )
    );
}
