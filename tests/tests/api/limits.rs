//! Rate limits: per account and per client address for each kind of write, held in the
//! database so they bind every server process alike, answered with 429 and Retry-After, and
//! never in the way of someone else using the platform normally.

use futures_util::future::join_all;
use reqwest::Method;
use sala::domain::accounts::Role;
use sala::domain::votes::recount;
use sala_tests::{on_both_databases, spawn_app_with, Backend, Person, Reply, TestApp, PASSWORD};
use serde_json::json;

on_both_databases!(
    a_burst_of_votes_across_two_server_processes_stops_at_the_account_limit,
    an_address_limit_holds_behind_a_trusted_proxy_and_other_addresses_go_on,
    a_crowd_behind_one_address_voting_at_once_gets_exactly_its_allowance,
    forged_forwarding_headers_do_not_escape_the_address_limit,
    new_accounts_get_a_smaller_share_of_the_limit,
    repeated_failed_sign_ins_slow_the_account_down_without_locking_its_owner_out,
    sign_ups_are_limited_per_address_and_per_email,
    every_kind_of_write_is_limited,
    an_allowance_refills_and_spent_rows_are_swept,
);

/// An administrator, a consultation in ideation and a proposal in it; returns the proposal.
async fn proposal(app: &TestApp) -> (Person, String, String) {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let cid = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let pid = app.proposal(&admin, &cid, "สวนสาธารณะใกล้บ้าน").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    (admin, cid, pid)
}

/// A citizen whose account is a month old, so the limits for new accounts do not apply.
async fn settled_citizen(app: &TestApp, name: &str) -> Person {
    let person = app
        .operator_creates(&format!("{name}@example.org"), Role::Citizen)
        .await;
    app.age_account(person.id, 30).await;
    person
}

fn retry_after(reply: &Reply) -> u64 {
    reply
        .headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("429 without a Retry-After header: {}", reply.body))
}

async fn vote_from(
    app: &TestApp,
    who: &Person,
    pid: &str,
    value: &str,
    headers: &[(&str, &str)],
) -> Reply {
    app.call_with_headers(
        Method::PUT,
        &format!("/api/v1/proposals/{pid}/vote"),
        Some(&who.token),
        Some(&json!({ "value": value })),
        headers,
    )
    .await
}

async fn a_burst_of_votes_across_two_server_processes_stops_at_the_account_limit(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[("SALA_RATE_LIMIT_VOTES", "account=5,address=1000,window=1h")],
    )
    .await;
    let other_process = app.spawn_sibling().await;
    let (_, _, pid) = proposal(&app).await;
    let script = settled_citizen(&app, "script").await;
    let neighbour = settled_citizen(&app, "neighbour").await;
    let servers = [&app, &other_process];
    let replies = join_all((0..12).map(|i| {
        let value = if i % 2 == 0 { "agree" } else { "disagree" };
        vote_from(servers[i % 2], &script, &pid, value, &[])
    }))
    .await;
    let accepted = replies.iter().filter(|r| r.status == 200).count();
    let limited: Vec<&Reply> = replies.iter().filter(|r| r.status == 429).collect();
    assert_eq!(accepted, 5, "exactly the limit, across both processes");
    assert_eq!(limited.len(), 7);
    for reply in limited {
        assert_eq!(reply.body["code"], "rate_limited");
        assert_eq!(reply.content_type, "application/problem+json");
        let wait = retry_after(reply);
        // One interval (720 s), give or take the moments between concurrent requests.
        assert!(
            (1..=725).contains(&wait),
            "about one interval at most: {wait}"
        );
    }
    // Someone else voting normally meanwhile, on either process, is not refused.
    for server in servers {
        vote_from(server, &neighbour, &pid, "agree", &[])
            .await
            .expect(200);
    }
    let shown = app
        .get(&format!("/api/v1/proposals/{pid}"), None)
        .await
        .expect(200)["counts"]
        .clone();
    let recounted = recount(app.db.reader(), pid.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(shown["agree"], recounted.agree);
    assert_eq!(shown["disagree"], recounted.disagree);
}

async fn an_address_limit_holds_behind_a_trusted_proxy_and_other_addresses_go_on(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_TRUSTED_PROXIES", "127.0.0.1, ::1"),
            ("SALA_RATE_LIMIT_VOTES", "account=1000,address=4,window=1h"),
        ],
    )
    .await;
    let other_process = app.spawn_sibling().await;
    let (_, _, pid) = proposal(&app).await;
    let crowd = app.many_citizens(7).await;
    let one_address = [("x-forwarded-for", "203.0.113.9")];
    let mut statuses = Vec::new();
    for (i, who) in crowd.iter().take(6).enumerate() {
        let server = if i % 2 == 0 { &app } else { &other_process };
        statuses.push(
            vote_from(server, who, &pid, "agree", &one_address)
                .await
                .status
                .as_u16(),
        );
    }
    assert_eq!(statuses, vec![200, 200, 200, 200, 429, 429]);
    let forwarded = vote_from(
        &app,
        &crowd[6],
        &pid,
        "agree",
        &[("forwarded", "for=203.0.113.9;proto=https")],
    )
    .await;
    assert_eq!(
        forwarded.status, 429,
        "the same address, however it is named"
    );
    assert!(retry_after(&forwarded) >= 1);
    vote_from(
        &app,
        &crowd[6],
        &pid,
        "agree",
        &[("x-forwarded-for", "198.51.100.7")],
    )
    .await
    .expect(200);
}

/// Requests that arrive together are counted in one statement; however they are grouped, the
/// address lets exactly its allowance through and tells the others when to come back.
async fn a_crowd_behind_one_address_voting_at_once_gets_exactly_its_allowance(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_TRUSTED_PROXIES", "127.0.0.1, ::1"),
            ("SALA_RATE_LIMIT_VOTES", "account=1000,address=7,window=1h"),
        ],
    )
    .await;
    let (_, _, pid) = proposal(&app).await;
    let crowd = app.many_citizens(24).await;
    let one_address = [("x-forwarded-for", "203.0.113.40")];
    let replies = join_all(
        crowd
            .iter()
            .map(|who| vote_from(&app, who, &pid, "agree", &one_address)),
    )
    .await;
    let accepted = replies.iter().filter(|r| r.status == 200).count();
    let limited: Vec<&Reply> = replies.iter().filter(|r| r.status == 429).collect();
    assert_eq!(accepted, 7, "exactly the address's allowance");
    assert_eq!(limited.len(), 17);
    for reply in limited {
        assert_eq!(reply.body["code"], "rate_limited");
        // The next room is one interval (3600 / 7 s) away, give or take the run's moments.
        let wait = retry_after(reply);
        assert!((500..=515).contains(&wait), "a wait of {wait} s");
    }
    let shown = app
        .get(&format!("/api/v1/proposals/{pid}"), None)
        .await
        .expect(200)["counts"]
        .clone();
    assert_eq!(shown["agree"], 7, "only the accepted votes count");
    vote_from(
        &app,
        &crowd[0],
        &pid,
        "agree",
        &[("x-forwarded-for", "198.51.100.40")],
    )
    .await
    .expect(200);
}

async fn forged_forwarding_headers_do_not_escape_the_address_limit(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[("SALA_RATE_LIMIT_VOTES", "account=1000,address=3,window=1h")],
    )
    .await;
    let (_, _, pid) = proposal(&app).await;
    let crowd = app.many_citizens(5).await;
    let mut statuses = Vec::new();
    for (i, who) in crowd.iter().enumerate() {
        let forged = format!("192.0.2.{i}");
        statuses.push(
            vote_from(
                &app,
                who,
                &pid,
                "agree",
                &[("x-forwarded-for", forged.as_str())],
            )
            .await
            .status
            .as_u16(),
        );
    }
    assert_eq!(
        statuses,
        vec![200, 200, 200, 429, 429],
        "without trusted proxies the header is ignored"
    );
}

async fn new_accounts_get_a_smaller_share_of_the_limit(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_RATE_LIMIT_VOTES", "account=4,address=1000,window=1h"),
            ("SALA_NEW_ACCOUNT_LIMIT_PERCENT", "50"),
        ],
    )
    .await;
    let (_, _, pid) = proposal(&app).await;
    let newcomer = app
        .operator_creates("newcomer@example.org", Role::Citizen)
        .await;
    let regular = settled_citizen(&app, "regular").await;
    for (who, allowed) in [(&newcomer, 2), (&regular, 4)] {
        let mut statuses = Vec::new();
        for i in 0..5 {
            let value = if i % 2 == 0 { "agree" } else { "pass" };
            statuses.push(vote_from(&app, who, &pid, value, &[]).await.status.as_u16());
        }
        let accepted = statuses.iter().filter(|s| **s == 200).count();
        assert_eq!(accepted, allowed, "{}: {statuses:?}", who.email);
        assert!(statuses[allowed..].iter().all(|s| *s == 429));
    }
}

async fn sign_in(app: &TestApp, email: &str, password: &str) -> Reply {
    app.post(
        "/api/v1/auth/login",
        None,
        &json!({"email": email, "password": password}),
    )
    .await
}

async fn repeated_failed_sign_ins_slow_the_account_down_without_locking_its_owner_out(
    backend: Backend,
) {
    let app = spawn_app_with(
        backend,
        &[("SALA_RATE_LIMIT_LOGINS", "account=3,address=1000,window=6s")],
    )
    .await;
    let owner = app
        .operator_creates("owner@example.org", Role::Citizen)
        .await;
    app.operator_creates("bystander@example.org", Role::Citizen)
        .await;
    for _ in 0..3 {
        sign_in(&app, &owner.email, "a wrong guess!!")
            .await
            .expect_problem(401, "unauthenticated");
    }
    let slowed = sign_in(&app, &owner.email, "another wrong guess").await;
    let wait = retry_after(&slowed);
    slowed.expect_problem(429, "rate_limited");
    assert!((1..=2).contains(&wait), "one interval: {wait}");
    sign_in(&app, &owner.email, PASSWORD)
        .await
        .expect_problem(429, "rate_limited");
    sign_in(&app, "bystander@example.org", PASSWORD)
        .await
        .expect(200);
    for _ in 0..3 {
        sign_in(&app, "nobody@example.org", "a wrong guess!!")
            .await
            .expect_problem(401, "unauthenticated");
    }
    sign_in(&app, "nobody@example.org", "a wrong guess!!")
        .await
        .expect_problem(429, "rate_limited");

    tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
    sign_in(&app, &owner.email, PASSWORD).await.expect(200);
    // Success forgets the failures before it.
    for _ in 0..3 {
        sign_in(&app, &owner.email, "a wrong guess!!")
            .await
            .expect_problem(401, "unauthenticated");
    }
}

async fn register(app: &TestApp, email: &str) -> Reply {
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": email, "password": PASSWORD, "display_name": "ผู้สมัครใหม่", "consent": sala_tests::consent()}),
    )
    .await
}

async fn sign_ups_are_limited_per_address_and_per_email(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[(
            "SALA_RATE_LIMIT_REGISTRATIONS",
            "account=2,address=4,window=1h",
        )],
    )
    .await;
    register(&app, "a@example.org").await.expect(201);
    register(&app, "a@example.org").await.expect(201);
    let per_email = register(&app, "A@example.org").await;
    assert!(retry_after(&per_email) >= 1);
    per_email.expect_problem(429, "rate_limited");
    register(&app, "b@example.org").await.expect(201);
    register(&app, "c@example.org")
        .await
        .expect_problem(429, "rate_limited");
    app.wait_for_mail("b@example.org", "verify-email#token=")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(
        app.mails_to("c@example.org").is_empty(),
        "a refused sign-up sends nothing"
    );
}

async fn every_kind_of_write_is_limited(backend: Backend) {
    let one = "account=1,address=1000,window=1h";
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_RATE_LIMIT_PROPOSALS", one),
            ("SALA_RATE_LIMIT_COMMENTS", one),
            ("SALA_RATE_LIMIT_FLAGS", one),
            ("SALA_RATE_LIMIT_VOTES", one),
        ],
    )
    .await;
    let (_, cid, pid) = proposal(&app).await;
    let second = {
        let author = settled_citizen(&app, "author").await;
        app.proposal(&author, &cid, "ข้อเสนอที่สองของผู้เขียน").await["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let busy = settled_citizen(&app, "busy").await;
    let writes: Vec<(Method, String, serde_json::Value)> = vec![
        (
            Method::POST,
            format!("/api/v1/consultations/{cid}/proposals"),
            json!({"title": "ข้อเสนอใหม่ของฉัน", "body": "รายละเอียดข้อเสนอที่ยาวพอสมควร"}),
        ),
        (
            Method::POST,
            format!("/api/v1/proposals/{pid}/comments"),
            json!({"body": "ความเห็นของฉัน"}),
        ),
        (
            Method::POST,
            "/api/v1/flags".to_owned(),
            json!({"target_type": "proposal", "target_id": pid, "reason": "spam"}),
        ),
        (
            Method::PUT,
            format!("/api/v1/proposals/{pid}/vote"),
            json!({"value": "agree"}),
        ),
    ];
    for (method, path, body) in writes {
        let first = app
            .call(method.clone(), &path, Some(&busy.token), Some(&body))
            .await;
        assert!(first.status.is_success(), "{path}: {}", first.body);
        let mut again = body.clone();
        if path == "/api/v1/flags" {
            again["target_id"] = json!(second);
        }
        let limited = app
            .call(method, &path, Some(&busy.token), Some(&again))
            .await;
        assert!(retry_after(&limited) > 0);
        limited.expect_problem(429, "rate_limited");
    }
}

async fn an_allowance_refills_and_spent_rows_are_swept(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[("SALA_RATE_LIMIT_VOTES", "account=1,address=1000,window=1s")],
    )
    .await;
    let (_, _, pid) = proposal(&app).await;
    let voter = settled_citizen(&app, "voter").await;
    vote_from(&app, &voter, &pid, "agree", &[])
        .await
        .expect(200);
    let limited = vote_from(&app, &voter, &pid, "pass", &[]).await;
    assert_eq!(retry_after(&limited), 1);
    limited.expect_problem(429, "rate_limited");
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    vote_from(&app, &voter, &pid, "pass", &[]).await.expect(200);
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let swept = sala::domain::rate_limit::sweep(&app.db).await.unwrap();
    assert!(swept >= 2, "the voter's and the address's rows: {swept}");
    assert_eq!(sala::domain::rate_limit::sweep(&app.db).await.unwrap(), 0);
    vote_from(&app, &voter, &pid, "agree", &[])
        .await
        .expect(200);
}
