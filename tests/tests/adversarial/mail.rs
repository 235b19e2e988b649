//! Mail delivery under failure: a real SMTP server that refuses, stalls, answers slowly or
//! loses its answer, and workers that run side by side or crash mid-exchange.

use std::time::{Duration, Instant};

use sala::db::entities::outbox;
use sala::domain::accounts::Role;
use sala::domain::notifications::unsubscribe::UnsubscribeKey;
use sala_tests::{on_both_databases, spawn_app_with, Backend, SmtpServer, TestApp, PASSWORD};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{json, Value};

on_both_databases!(
    a_recipient_refused_with_550_is_dead_lettered_after_one_attempt_and_an_admin_can_retry_it,
    a_recipient_turned_away_with_451_is_retried_and_delivered_once,
    a_stalled_message_does_not_hold_back_the_mail_behind_it,
    an_smtp_exchange_that_stalls_is_abandoned_at_the_stage_timeout_with_its_error_kept,
    a_message_whose_answer_was_lost_is_sent_again_with_the_same_message_id,
    two_workers_with_a_slow_smtp_server_deliver_each_message_once,
    a_crashed_workers_mail_is_taken_over_within_seconds_of_its_lease,
);

/// Registering queues one message (the address check) to `email`.
async fn register(app: &TestApp, email: &str) {
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": email, "password": PASSWORD, "display_name": "ผู้ทดสอบ", "consent": sala_tests::consent()}),
    )
    .await
    .expect(201);
}

/// Polls `check` until it gives a value, for at most `secs` seconds.
async fn eventually<T, F, Fut>(secs: u64, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(value) = check().await {
            return value;
        }
        assert!(Instant::now() < deadline, "{what} within {secs} s");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn dead_letters(app: &TestApp, token: &str) -> Vec<Value> {
    app.get("/api/v1/admin/outbox/dead-letters", Some(token))
        .await
        .expect(200)["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Mail items not yet sent nor dead-lettered.
async fn mail_pending(app: &TestApp) -> u64 {
    outbox::Entity::find()
        .filter(outbox::Column::Topic.eq("mail"))
        .filter(outbox::Column::ProcessedAt.is_null())
        .filter(outbox::Column::DeadAt.is_null())
        .count(app.db.reader())
        .await
        .expect("outbox counted")
}

async fn a_recipient_refused_with_550_is_dead_lettered_after_one_attempt_and_an_admin_can_retry_it(
    backend: Backend,
) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_SMTP_URL", &smtp.url()),
            ("SALA_OUTBOX_RETRY_BASE_MS", "100"),
        ],
    )
    .await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    register(&app, "rejected@example.org").await;

    let dead = eventually(20, "the refused message is dead-lettered", || async {
        Some(dead_letters(&app, &admin.token).await).filter(|items| !items.is_empty())
    })
    .await;
    assert_eq!(dead.len(), 1, "{dead:?}");
    let first = &dead[0];
    assert_eq!(first["topic"], "mail");
    assert_eq!(first["attempts"], 1, "a permanent refusal is not retried");
    let error = first["last_error"].as_str().unwrap_or_default();
    assert!(
        error.contains("550"),
        "the server's answer is kept: {error}"
    );
    assert!(smtp.messages().is_empty());

    let metrics = app.get("/metrics", None).await.expect(200);
    assert!(
        metrics
            .as_str()
            .unwrap_or_default()
            .contains("sala_outbox_dead_letters{topic=\"mail\"} 1"),
        "{metrics}"
    );

    // A retry by the admin is one more attempt, refused and dead-lettered again.
    let citizen = app.operator_creates("nok@example.org", Role::Citizen).await;
    let path = format!(
        "/api/v1/admin/outbox/{}/retry",
        first["id"].as_str().unwrap()
    );
    app.post(&path, Some(&citizen.token), &json!({}))
        .await
        .expect_problem(403, "forbidden");
    app.post(
        &format!("/api/v1/admin/outbox/{}/retry", uuid::Uuid::now_v7()),
        Some(&admin.token),
        &json!({}),
    )
    .await
    .expect_problem(404, "dead_letter_not_found");
    assert_eq!(dead_letters(&app, &admin.token).await, dead);
    app.post(&path, Some(&admin.token), &json!({}))
        .await
        .expect(204);
    let again = eventually(20, "the retried message is refused again", || async {
        dead_letters(&app, &admin.token)
            .await
            .into_iter()
            .find(|item| item["dead_at"] != first["dead_at"])
    })
    .await;
    assert_eq!(again["id"], first["id"]);
    assert_eq!(again["attempts"], 1);
    app.post(&path, Some(&admin.token), &json!({}))
        .await
        .expect(204);
}

async fn a_recipient_turned_away_with_451_is_retried_and_delivered_once(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_SMTP_URL", &smtp.url()),
            ("SALA_OUTBOX_RETRY_BASE_MS", "100"),
        ],
    )
    .await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    register(&app, "busy@example.org").await;
    let mails = smtp.wait_for(1, 20).await;
    assert_eq!(mails.len(), 1, "delivered on a later attempt");
    eventually(20, "the message is settled", || async {
        (mail_pending(&app).await == 0).then_some(())
    })
    .await;
    assert!(dead_letters(&app, &admin.token).await.is_empty());
    assert_eq!(smtp.messages().len(), 1, "once");
    // A delivered message is no dead letter: an administrator cannot send it again.
    let delivered = outbox::Entity::find()
        .filter(outbox::Column::Topic.eq("mail"))
        .one(app.db.reader())
        .await
        .expect("outbox read")
        .expect("the delivered message");
    app.post(
        &format!("/api/v1/admin/outbox/{}/retry", delivered.id),
        Some(&admin.token),
        &json!({}),
    )
    .await
    .expect_problem(404, "dead_letter_not_found");
    assert_eq!(mail_pending(&app).await, 0, "nothing queued again");
}

async fn a_stalled_message_does_not_hold_back_the_mail_behind_it(backend: Backend) {
    let smtp = SmtpServer::start().await;
    // Timeouts far longer than the test, so the first message stays stalled throughout.
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_SMTP_URL", &smtp.url()),
            ("SALA_SMTP_TIMEOUT_SECS", "120"),
            ("SALA_SMTP_SEND_TIMEOUT_SECS", "300"),
        ],
    )
    .await;
    register(&app, "stalled@example.org").await;
    eventually(20, "the server holds the first message", || async {
        Some(()).filter(|_| !smtp.stalled().is_empty())
    })
    .await;

    register(&app, "next@example.org").await;
    let mails = smtp.wait_for(1, 20).await;
    assert_eq!(mails.len(), 1, "the second message got through");
    assert!(mails[0].to.contains("next@example.org"), "{}", mails[0].to);
    assert_eq!(smtp.stalled(), vec!["stalled".to_owned()], "still stalled");
}

async fn an_smtp_exchange_that_stalls_is_abandoned_at_the_stage_timeout_with_its_error_kept(
    backend: Backend,
) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_SMTP_URL", &smtp.url()),
            ("SALA_SMTP_TIMEOUT_SECS", "1"),
            ("SALA_OUTBOX_MAX_ATTEMPTS", "1"),
        ],
    )
    .await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    register(&app, "stalled@example.org").await;
    let dead = eventually(20, "the stalled message is given up", || async {
        dead_letters(&app, &admin.token).await.into_iter().next()
    })
    .await;
    let error = dead["last_error"]
        .as_str()
        .unwrap_or_default()
        .to_lowercase();
    assert!(error.contains("timed out"), "{error}");
    assert!(smtp.messages().is_empty());
}

async fn a_message_whose_answer_was_lost_is_sent_again_with_the_same_message_id(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_SMTP_URL", &smtp.url()),
            ("SALA_SMTP_TIMEOUT_SECS", "1"),
            ("SALA_OUTBOX_RETRY_BASE_MS", "100"),
        ],
    )
    .await;
    register(&app, "lost@example.org").await;
    let copies = smtp.wait_for(2, 30).await;
    assert!(copies.len() >= 2, "the unanswered message is tried again");
    assert!(
        copies[0].message_id.ends_with("@sala>"),
        "{}",
        copies[0].message_id
    );
    assert!(
        copies.iter().all(|m| m.message_id == copies[0].message_id),
        "every copy carries the same Message-ID, so the receiver can drop the repeats"
    );
}

async fn two_workers_with_a_slow_smtp_server_deliver_each_message_once(backend: Backend) {
    let smtp = SmtpServer::start().await;
    // Each exchange takes longer than the lease: only the heartbeat keeps the claim.
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_SMTP_URL", &smtp.url()),
            ("SALA_RUN_WORKERS", "false"),
            ("SALA_OUTBOX_LEASE_SECS", "2"),
        ],
    )
    .await;
    for n in 0..4 {
        register(&app, &format!("slow5-{n}@example.org")).await;
    }
    let key = UnsubscribeKey::new(&sala::auth::jwt_secret(&app.settings).unwrap()).unwrap();
    let (_stop, stopped) = tokio::sync::watch::channel(false);
    let mut workers = sala::workers::spawn(&app.settings, &app.db, &key, &stopped).unwrap();
    workers.extend(sala::workers::spawn(&app.settings, &app.db, &key, &stopped).unwrap());

    eventually(60, "every message is sent", || async {
        Some(()).filter(|_| smtp.messages().len() >= 4)
    })
    .await;
    eventually(60, "every message is settled", || async {
        (mail_pending(&app).await == 0).then_some(())
    })
    .await;
    eventually(60, "no exchange is still under way", || async {
        (smtp.receiving() == 0).then_some(())
    })
    .await;
    for worker in &workers {
        worker.abort();
    }
    let mails = smtp.messages();
    let ids: std::collections::HashSet<_> = mails.iter().map(|m| m.message_id.clone()).collect();
    assert_eq!(ids.len(), 4, "four messages");
    assert_eq!(mails.len(), 4, "each delivered once");
}

async fn a_crashed_workers_mail_is_taken_over_within_seconds_of_its_lease(backend: Backend) {
    let smtp = SmtpServer::start().await;
    // The default lease: the point is how soon a dead worker's mail moves on.
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_SMTP_URL", &smtp.url()),
            ("SALA_RUN_WORKERS", "false"),
        ],
    )
    .await;
    for n in 0..3 {
        register(&app, &format!("waiting{n}@example.org")).await;
    }
    // The first worker's server takes connections and never says a word, so the worker is
    // caught mid-exchange with every message when it dies.
    let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let silent_url = format!("smtp://{}", silent.local_addr().unwrap());
    let (held, mut connections) = tokio::sync::mpsc::unbounded_channel();
    let listener = tokio::spawn(async move {
        while let Ok((socket, _)) = silent.accept().await {
            let _ = held.send(socket);
        }
    });
    let key = UnsubscribeKey::new(&sala::auth::jwt_secret(&app.settings).unwrap()).unwrap();
    let (_stop, stopped) = tokio::sync::watch::channel(false);
    let mut doomed_settings = app.settings.clone();
    doomed_settings.smtp_url = Some(sala::config::Secret::new(silent_url));
    let doomed = sala::workers::spawn(&doomed_settings, &app.db, &key, &stopped).unwrap();
    let mut sockets = Vec::new();
    while sockets.len() < 3 {
        let socket = tokio::time::timeout(Duration::from_secs(20), connections.recv())
            .await
            .expect("the first worker takes every message")
            .expect("listener alive");
        sockets.push(socket);
    }
    for worker in &doomed {
        worker.abort();
    }
    let killed_at = Instant::now();

    let survivor = sala::workers::spawn(&app.settings, &app.db, &key, &stopped).unwrap();
    let mails = smtp.wait_for(3, 15).await;
    let waited = killed_at.elapsed();
    for worker in &survivor {
        worker.abort();
    }
    listener.abort();
    assert_eq!(
        mails.len(),
        3,
        "the crashed worker's mail is delivered by another within 15 s ({waited:?})"
    );
    drop(sockets);
}
