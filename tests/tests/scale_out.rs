//! The production shape, proved on this machine: two API replicas (`sala serve` with
//! `SALA_RUN_WORKERS=false`) and two `sala worker` processes of the real binary, started at
//! the same moment on one fresh PostgreSQL database, with a real SMTP server and, when one is
//! reachable, a real Meilisearch. Citizens vote, comment and follow through both replicas; one
//! replica and one worker get SIGTERM mid-load and are started again. Afterwards every 2xx is
//! in the database, counters equal a recount, every notification mail arrived exactly once,
//! no outbox item is stuck or dead, opinion groups were computed once per state of the votes,
//! the index matches the database, and each process's `/metrics` is Prometheus text.
//!
//! A page a replica keeps in memory for signed-out readers is forgotten as soon as the other
//! replica answers a write, not when the page grows old.
//!
//! `scale_out/killed.rs`: a server killed with SIGKILL mid-load, on SQLite and PostgreSQL,
//! keeps every vote it answered 2xx.

mod scale_out {
    pub mod checks;
    pub mod cluster;
    pub mod killed;
    pub mod load;
    pub mod meili;
}

use std::time::{Duration, Instant};

use reqwest::Method;
use sala::auth::AccessTokens;
use sala::db::Db;
use sala::domain::accounts::{self, Locale, Role};
use sala_migration::{Migrator, MigratorTrait};
use sala_tests::{Backend, SmtpServer};
use scale_out::checks::{self, wait_until};
use scale_out::cluster::{Database, Kind, Process};
use scale_out::load::{self, Citizen, Front, Outcome, Scene};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
use serde_json::{json, Value};
use uuid::Uuid;

const CITIZENS: usize = 40;
const PROPOSALS: usize = 4;
/// The citizens who act before the SIGTERMs; the rest act while the processes stop and
/// start again.
const BEFORE_THE_STOPS: usize = CITIZENS / 3;
/// The bound on a graceful stop, given to every process.
const GRACE_SECS: u64 = 15;

/// Rate limits out of the way: every citizen here acts from 127.0.0.1, far faster than
/// people do.
const UNLIMITED: &str = "account=1000000,address=1000000";

/// What any process of these tests needs: its database, the token secret, quiet logs and
/// no rate limits.
fn base_settings(database_url: &str, secret: &str) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = [
        ("SALA_DATABASE_URL", database_url),
        ("SALA_DATABASE_MAX_CONNECTIONS", "6"),
        ("SALA_JWT_SECRET", secret),
        ("SALA_PUBLIC_URL", "https://sala.example.org"),
        ("SALA_LOG", "warn"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    for kind in ["VOTES", "COMMENTS", "FLAGS", "PROPOSALS"] {
        env.push((format!("SALA_RATE_LIMIT_{kind}"), UNLIMITED.into()));
    }
    env
}

/// The settings every process shares, as the compose file and the chart give them.
fn shared_settings(
    database_url: &str,
    secret: &str,
    smtp: &SmtpServer,
    search: Option<(&str, &str)>,
) -> Vec<(String, String)> {
    let mut env = base_settings(database_url, secret);
    env.extend(
        [
            ("SALA_SMTP_URL", smtp.url()),
            ("SALA_SHUTDOWN_GRACE_SECS", GRACE_SECS.to_string()),
            // A worker that dies with items in hand leaves them to the others after this long.
            ("SALA_OUTBOX_LEASE_SECS", "5".to_owned()),
            ("SALA_OUTBOX_RETRY_BASE_MS", "200".to_owned()),
        ]
        .map(|(k, v)| (k.to_owned(), v)),
    );
    if let Some((url, index)) = search {
        env.push(("SALA_SEARCH_URL".into(), url.into()));
        env.push(("SALA_SEARCH_INDEX".into(), index.into()));
    }
    env
}

/// Accounts made the way an operator makes them, each with a live session and its token.
async fn people(db: &Db, secret: &str, emails: &[(String, Role)]) -> Vec<Citizen> {
    let hash = sala::auth::password::hash_password(sala_tests::PASSWORD)
        .await
        .expect("hash");
    let tokens = AccessTokens::new(secret.as_bytes(), 900).expect("token keys");
    let txn = db.begin_write().await.expect("transaction");
    let mut made = Vec::with_capacity(emails.len());
    for (email, role) in emails {
        let new = accounts::VerifiedAccount {
            email,
            display_name: email,
            password_hash: hash.clone(),
            role: *role,
            locale: Locale::Th,
        };
        let account = accounts::create_verified(&txn, new)
            .await
            .expect("account created");
        let session = sala::domain::sessions::open(&txn, account.id)
            .await
            .expect("session opened");
        let (token, _) = tokens.issue(account.id, session).expect("token");
        made.push(Citizen {
            id: account.id,
            token,
        });
    }
    txn.commit().await.expect("commit");
    made
}

/// A set-up request that must succeed; returns the new thing's id.
async fn create(front: &Front, server: usize, path: &str, who: &Citizen, body: Value) -> Uuid {
    match front
        .send(server, Method::POST, path, &who.token, Some(body))
        .await
    {
        Outcome::Done(created) => created["id"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("{path}: no id in {created}")),
        other => panic!("{path}: {other:?}"),
    }
}

/// A consultation open for ideas, written through the API, with one proposal by each of
/// `authors`, sent to the replicas in turn.
async fn open_consultation(
    front: &Front,
    admin: &Citizen,
    authors: &[Citizen],
) -> (Uuid, Vec<Uuid>) {
    let consultation = create(
        front,
        0,
        "/api/v1/consultations",
        admin,
        json!({
            "title": "ยุทธศาสตร์ยุติธรรมชุมชน 2570",
            "summary": "ร่วมเสนอแนวทางยุติธรรมชุมชนในสี่จังหวัดนำร่อง",
            "body": "## ที่มา\nกระทรวงยุติธรรมเปิดรับฟังความคิดเห็น",
            "phase": "ideation",
            "themes": ["ยุติธรรมชุมชน"],
            "provinces": ["ภูเก็ต"],
        }),
    )
    .await;
    let path = format!("/api/v1/consultations/{consultation}/proposals");
    let mut proposals = Vec::new();
    for (k, author) in authors.iter().enumerate() {
        let body = json!({
            "title": format!("ศูนย์ไกล่เกลี่ยชุมชนแห่งที่ {k}"),
            "body": "รายละเอียดข้อเสนอที่ยาวพอสมควรสำหรับการทดสอบ",
            "theme": "ยุติธรรมชุมชน",
            "province": "ภูเก็ต",
        });
        proposals.push(create(front, k % 2, &path, author, body).await);
    }
    (consultation, proposals)
}

/// Waits for every process to answer ready; any that exits on the way fails the test.
async fn all_ready(processes: &mut [&mut Process], client: &reqwest::Client) {
    for process in processes.iter_mut() {
        if let Err(problem) = process.wait_ready(client).await {
            panic!("{problem}");
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_and_two_workers_keep_every_promise_through_load_and_restarts() {
    let Some(Backend::Postgres { admin_url }) = Backend::postgres().await else {
        return;
    };
    let started = Instant::now();
    let smtp = SmtpServer::start().await;
    let meili = scale_out::meili::server().await;
    let database = Database::create(&admin_url).await;
    let secret = format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    let index = format!("sala_scale_{}", Uuid::now_v7().simple());
    let shared = shared_settings(
        &database.url,
        &secret,
        &smtp,
        meili.as_ref().map(|m| (m.url.as_str(), index.as_str())),
    );
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");

    // All four at the same moment, each applying migrations: they must not collide.
    let mut api_1 = Process::new("api-1", Kind::Api, &shared);
    let mut api_2 = Process::new("api-2", Kind::Api, &shared);
    let mut worker_1 = Process::new("worker-1", Kind::Worker, &shared);
    let mut worker_2 = Process::new("worker-2", Kind::Worker, &shared);
    for process in [&mut api_1, &mut api_2, &mut worker_1, &mut worker_2] {
        process.start();
    }
    all_ready(
        &mut [&mut api_1, &mut api_2, &mut worker_1, &mut worker_2],
        &client,
    )
    .await;
    let db = Db::connect(&database.url, 4)
        .await
        .expect("test connection");
    let applied = db
        .reader()
        .query_one_raw(Statement::from_string(
            db.backend(),
            "SELECT count(*) AS n FROM seaql_migrations",
        ))
        .await
        .expect("migrations read")
        .and_then(|row| row.try_get::<i64>("", "n").ok());
    assert_eq!(
        applied,
        Some(Migrator::migrations().len() as i64),
        "each migration applied once"
    );
    checks::record_opinion_group_writes(&db).await;

    // The scene: an administrator, four proposal authors whose mail the SMTP server takes two
    // seconds to accept (so mail is in hand when a worker is stopped), and the citizens.
    let mut emails = vec![("admin@example.org".to_owned(), Role::Admin)];
    emails.extend((0..PROPOSALS).map(|k| (format!("slow2.author{k}@example.org"), Role::Citizen)));
    emails.extend((0..CITIZENS).map(|i| (format!("citizen{i}@example.org"), Role::Citizen)));
    let mut everyone = people(&db, &secret, &emails).await;
    let citizens = everyone.split_off(1 + PROPOSALS);
    let authors = everyone.split_off(1);
    let admin = everyone.remove(0);
    let front = Front::new([api_1.url(""), api_2.url("")]);
    let (consultation, proposals) = open_consultation(&front, &admin, &authors).await;
    let scene = Scene {
        consultation,
        proposals,
        citizens,
    };

    // Load through both replicas; once mail is being delivered, the rest of the citizens act
    // while one replica and one worker are stopped with SIGTERM and started again.
    load::first_round(front.clone(), scene.clone(), 0..BEFORE_THE_STOPS).await;
    wait_until("mail is being delivered", Duration::from_secs(30), || {
        let receiving = smtp.receiving();
        async move {
            match receiving {
                0 => Err("no message in the SMTP server's hands".into()),
                _ => Ok(()),
            }
        }
    })
    .await;
    let during = tokio::spawn(load::first_round(
        front.clone(),
        scene.clone(),
        BEFORE_THE_STOPS..CITIZENS,
    ));
    api_1.terminate();
    worker_1.terminate();
    let bound = Duration::from_secs(GRACE_SECS + 5);
    let (api_exit, worker_exit) = tokio::join!(api_1.wait_exit(bound), worker_1.wait_exit(bound));
    assert!(
        api_exit.is_some_and(|s| s.success()),
        "api-1 stops gracefully on SIGTERM within {GRACE_SECS} s: {api_exit:?}\n{}",
        api_1.log_tail()
    );
    assert!(
        worker_exit.is_some_and(|s| s.success()),
        "worker-1 drains and exits 0 on SIGTERM within {GRACE_SECS} s: {worker_exit:?}\n{}",
        worker_1.log_tail()
    );
    api_1.start();
    worker_1.start();
    all_ready(&mut [&mut api_1, &mut worker_1], &client).await;
    during.await.expect("the load ran to its end");
    load::second_round(front.clone(), scene.clone()).await;
    // A phase change tells every follower of the consultation, through the restarted replica.
    let phase = front
        .send(
            0,
            Method::PATCH,
            &format!("/api/v1/consultations/{consultation}"),
            &admin.token,
            Some(json!({"phase": "voting"})),
        )
        .await;
    assert!(matches!(phase, Outcome::Done(_)), "phase change: {phase:?}");

    // Quiet: the outbox is done and both replicas say nothing is pending.
    let (apis, db_ref, client_ref) = ([&api_1, &api_2], &db, &client);
    wait_until(
        "every outbox item done, nothing pending on either replica",
        Duration::from_secs(90),
        move || async move {
            let pending = checks::outbox_pending(db_ref).await;
            if !pending.is_empty() {
                let topics: Vec<_> = pending
                    .iter()
                    .map(|p| format!("{} (attempts {}, {:?})", p.topic, p.attempts, p.last_error))
                    .collect();
                return Err(format!("outbox pending: {topics:?}"));
            }
            for api in apis {
                let ready = checks::readiness(client_ref, &api.url("/health/ready")).await?;
                for key in ["search_pending", "notifications_pending"] {
                    if ready[key] != json!(0) {
                        return Err(format!("{}: {ready}", api.name));
                    }
                }
            }
            Ok(())
        },
    )
    .await;
    let dead: Vec<_> = sala::db::entities::outbox::Entity::find()
        .filter(sala::db::entities::outbox::Column::DeadAt.is_not_null())
        .all(db.reader())
        .await
        .expect("outbox read")
        .into_iter()
        .map(|o| format!("{}: {:?}", o.topic, o.last_error))
        .collect();
    assert!(dead.is_empty(), "dead-lettered outbox items: {dead:?}");

    let ledger = front.ledger.lock().expect("ledger").clone();
    assert!(
        ledger.refused.is_empty(),
        "valid requests refused: {:?}",
        ledger.refused
    );
    checks::every_promise_is_kept(&db, &ledger).await;
    checks::counters_equal_a_recount(&db, consultation).await;
    checks::comments_reached_their_authors(&db, &ledger).await;
    checks::each_notification_mailed_once(&db, &smtp).await;

    // Opinion groups: the latest state of the votes gets computed, and no state twice.
    wait_until(
        "opinion groups computed from the latest votes",
        Duration::from_secs(120),
        move || checks::opinion_groups_current(db_ref, consultation),
    )
    .await;
    let twice = checks::opinion_groups_computed_twice(&db).await;
    assert!(
        twice.is_empty(),
        "opinion groups computed more than once: {twice:#?}"
    );

    if meili.is_some() {
        search_matches_the_database(&front, &db, consultation).await;
    }
    metrics_are_prometheus_text(&client, &[&api_1, &api_2], &[&worker_1, &worker_2]).await;

    eprintln!(
        "scale-out: {} requests answered 2xx, {} of unknown fate around the stops; {} mails; \
         {} opinion-group computations; {:.1} s",
        ledger.done,
        ledger.unknown.len(),
        smtp.messages().len(),
        checks::opinion_group_writes(&db).await,
        started.elapsed().as_secs_f64()
    );
    let _ = db.close().await;
}

/// Through both replicas, the index holds what the database holds.
async fn search_matches_the_database(front: &Front, db: &Db, consultation: Uuid) {
    use sala::db::entities::{comments, proposals};
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let proposal_ids: Vec<Uuid> = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation))
        .all(db.reader())
        .await
        .expect("proposals")
        .into_iter()
        .map(|p| p.id)
        .collect();
    let comment_count = comments::Entity::find()
        .filter(comments::Column::ProposalId.is_in(proposal_ids.clone()))
        .count(db.reader())
        .await
        .expect("comments");
    for server in 0..2 {
        for (doc_type, expected) in [
            ("proposal", proposal_ids.len() as u64),
            ("comment", comment_count),
        ] {
            let path =
                format!("/api/v1/search?type={doc_type}&consultation={consultation}&limit=1");
            let response = front
                .client
                .get(format!("{}{path}", front.servers[server]))
                .send()
                .await
                .expect("search answered");
            let body: Value = response.json().await.expect("search results");
            assert_eq!(
                body["total"],
                json!(expected),
                "replica {server}: {doc_type}s in the index: {body}"
            );
        }
    }
}

/// Each process's `/metrics` parses as Prometheus text and moved with the load: the replicas
/// counted requests by route pattern (never by id) and timed them; the workers sent mail.
async fn metrics_are_prometheus_text(
    client: &reqwest::Client,
    apis: &[&Process],
    workers: &[&Process],
) {
    let mut mail_sent = 0.0;
    for process in apis.iter().chain(workers) {
        let response = client
            .get(process.url("/metrics"))
            .send()
            .await
            .unwrap_or_else(|e| panic!("{}: /metrics: {e}", process.name));
        assert!(
            response.status().is_success(),
            "{}: /metrics {}",
            process.name,
            response.status()
        );
        let text = response.text().await.expect("metrics text");
        let scrape = checks::parse_metrics(&process.name, &text);
        if process.kind == Kind::Worker {
            mail_sent += checks::total(&scrape, "sala_mail_sent_total");
            continue;
        }
        let requests = "sala_http_requests_total";
        assert!(
            checks::total(&scrape, requests) > 0.0,
            "{}: request counter moved:\n{text}",
            process.name
        );
        assert!(
            checks::total(&scrape, "sala_http_request_duration_seconds") > 0.0,
            "{}: request latency histogram moved:\n{text}",
            process.name
        );
        let routes = checks::label_values(&scrape, requests, "route");
        assert!(
            routes.iter().any(|r| r.ends_with("/vote")),
            "{}: votes counted under their route: {routes:?}",
            process.name
        );
        assert!(
            !routes.iter().any(|r| checks::looks_like_an_id(r)),
            "{}: a route label carries an id: {routes:?}",
            process.name
        );
    }
    assert!(mail_sent > 0.0, "the workers counted the mail they sent");
}

/// An anonymous GET: the body and the `Cache-Status` it came with.
async fn read_anonymously(client: &reqwest::Client, url: &str) -> (Value, String) {
    let response = client.get(url).send().await.expect("read answered");
    assert_eq!(response.status(), 200, "{url}");
    let status = response
        .headers()
        .get("cache-status")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    (response.json().await.expect("JSON"), status)
}

/// Reads `url` anonymously until `seen` accepts the body and `Cache-Status` (at most 10 s).
async fn read_until(
    what: &str,
    client: &reqwest::Client,
    url: &str,
    seen: fn(&Value, &str) -> Result<(), String>,
) {
    wait_until(what, Duration::from_secs(10), || {
        let (client, url) = (client.clone(), url.to_owned());
        async move {
            let (body, status) = read_anonymously(&client, &url).await;
            seen(&body, &status)
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_kept_by_one_replica_shows_a_vote_answered_by_the_other() {
    let Some(Backend::Postgres { admin_url }) = Backend::postgres().await else {
        return;
    };
    let database = Database::create(&admin_url).await;
    let secret = format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    let mut shared = base_settings(&database.url, &secret);
    // Kept far longer than the test runs: only the other replica's word can make a replica
    // forget.
    shared.push(("SALA_READ_CACHE_MS".into(), "600000".into()));
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client");
    let mut api_1 = Process::new("api-1", Kind::Api, &shared);
    let mut api_2 = Process::new("api-2", Kind::Api, &shared);
    api_1.start();
    api_2.start();
    all_ready(&mut [&mut api_1, &mut api_2], &client).await;
    let db = Db::connect(&database.url, 2)
        .await
        .expect("test connection");
    let emails = [
        ("admin@example.org".to_owned(), Role::Admin),
        ("author@example.org".to_owned(), Role::Citizen),
        ("voter@example.org".to_owned(), Role::Citizen),
    ];
    let mut everyone = people(&db, &secret, &emails).await;
    let voter = everyone.remove(2);
    let author = everyone.remove(1);
    let admin = everyone.remove(0);
    let front = Front::new([api_1.url(""), api_2.url("")]);
    let (_, proposals) = open_consultation(&front, &admin, std::slice::from_ref(&author)).await;
    let proposal = proposals[0];

    // Replica 2 keeps the proposal for signed-out readers.
    let url = api_2.url(&format!("/api/v1/proposals/{proposal}"));
    read_until(
        "replica 2 serves the proposal from memory",
        &client,
        &url,
        |_, status| {
            status
                .contains("hit")
                .then_some(())
                .ok_or(status.to_owned())
        },
    )
    .await;
    let (before, _) = read_anonymously(&client, &url).await;
    assert_eq!(before["counts"]["agree"], 0);

    // A vote answered by replica 1 ...
    let vote_path = format!("/api/v1/proposals/{proposal}/vote");
    let voted = front
        .send(
            0,
            Method::PUT,
            &vote_path,
            &voter.token,
            Some(json!({"value": "agree"})),
        )
        .await;
    assert!(matches!(voted, Outcome::Done(_)), "{voted:?}");

    // ... is what replica 2's readers see next, long before the kept page would age out.
    read_until(
        "replica 2's readers see the vote",
        &client,
        &url,
        |after, status| {
            (after["counts"]["agree"] == 1)
                .then_some(())
                .ok_or(format!("agree {} ({status})", after["counts"]["agree"]))
        },
    )
    .await;
    let (again, status) = read_anonymously(&client, &url).await;
    assert_eq!(again["counts"]["agree"], 1);
    assert!(status.contains("hit"), "kept again once rebuilt: {status}");
    // What an operator watches to know the replicas hear each other.
    let events = |process: &Process| {
        let (client, url) = (client.clone(), process.url("/metrics"));
        async move {
            let text = client
                .get(url)
                .send()
                .await
                .expect("metrics")
                .text()
                .await
                .expect("text");
            let scrape = checks::parse_metrics("api", &text);
            checks::label_values(&scrape, "sala_read_cache_peer_events_total", "event")
        }
    };
    assert!(events(&api_1).await.contains(&"told".to_owned()));
    assert!(events(&api_2).await.contains(&"heard".to_owned()));
    db.close().await.expect("close");
    for process in [&api_1, &api_2] {
        process.terminate();
    }
    for process in [&mut api_1, &mut api_2] {
        process.wait_exit(Duration::from_secs(GRACE_SECS)).await;
    }
}
