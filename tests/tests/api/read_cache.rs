//! The hottest anonymous reads answered from memory: built once for every signed-out reader,
//! and never served after a write that may have changed them.

use sala::domain::accounts::Role;

use super::observability::{scrape, series};
use sala_tests::{on_both_databases, spawn_app_with, Backend, Reply, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    a_signed_out_reader_gets_the_kept_page_until_someone_writes,
    a_signed_in_reader_is_never_answered_from_memory,
    failed_reads_and_other_routes_are_not_kept,
    with_the_cache_off_nothing_is_kept,
    the_agency_figures_are_shared_by_readers_of_one_scope_until_a_write,
    a_voter_is_looked_up_once_between_account_writes,
    a_write_from_the_command_line_or_a_worker_is_seen_at_once,
);

/// An age far beyond any test's length, so that only writes can make a kept answer go.
const AN_HOUR: (&str, &str) = ("SALA_READ_CACHE_MS", "3600000");

fn cache_status(reply: &Reply) -> &str {
    reply
        .headers
        .get("cache-status")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

struct Setup {
    admin: sala_tests::Person,
    citizen: sala_tests::Person,
    consultation: String,
    proposal: String,
}

async fn setup(app: &TestApp) -> Setup {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let consultation = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let author = app.sign_up("author@example.org").await;
    let proposal = app
        .proposal(&author, &consultation, "ศูนย์ไกล่เกลี่ยในตลาดนัด")
        .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    Setup {
        admin,
        citizen: app.sign_up("citizen@example.org").await,
        consultation,
        proposal,
    }
}

fn agree_count(list: &Value) -> i64 {
    list["items"][0]["counts"]["agree"].as_i64().unwrap()
}

async fn a_signed_out_reader_gets_the_kept_page_until_someone_writes(backend: Backend) {
    let app = spawn_app_with(backend, &[AN_HOUR]).await;
    let s = setup(&app).await;
    let list = format!("/api/v1/consultations/{}/proposals", s.consultation);
    let detail = format!("/api/v1/proposals/{}", s.proposal);
    let discussion = format!("/api/v1/proposals/{}/comments", s.proposal);

    for path in [&list, &detail, &discussion] {
        let first = app.get(path, None).await;
        assert_eq!(cache_status(&first), "sala; fwd=miss; stored", "{path}");
        let first_tag = first.headers.get("etag").cloned();
        let first_body = first.expect(200);
        let again = app.get(path, None).await;
        assert_eq!(cache_status(&again), "sala; hit", "{path}");
        assert!(first_tag.is_some(), "{path}: tagged");
        assert_eq!(again.headers.get("etag"), first_tag.as_ref(), "{path}");
        assert_eq!(again.content_type, "application/json", "{path}");
        assert_eq!(again.expect(200), first_body, "{path}: the same answer");
    }
    // Another page of the list (another query) is its own answer.
    let other = app.get(&format!("{list}?sort=new"), None).await;
    assert_eq!(cache_status(&other), "sala; fwd=miss; stored");

    // Refused writes change nothing, so the kept page still holds.
    let vote_path = format!("/api/v1/proposals/{}/vote", s.proposal);
    app.put(
        &vote_path,
        Some(&s.citizen.token),
        &serde_json::json!({"value": "maybe"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    app.put(&vote_path, None, &serde_json::json!({"value": "agree"}))
        .await
        .expect_problem(401, "unauthenticated");
    assert_eq!(cache_status(&app.get(&list, None).await), "sala; hit");

    // A vote goes through the API: the next signed-out reader sees it at once.
    assert_eq!(agree_count(&app.get(&list, None).await.expect(200)), 0);
    app.vote(&s.citizen, &s.proposal, "agree").await;
    let after_vote = app.get(&list, None).await;
    assert_eq!(cache_status(&after_vote), "sala; fwd=miss; stored");
    assert_eq!(agree_count(&after_vote.expect(200)), 1);
    let detail_after = app.get(&detail, None).await.expect(200);
    assert_eq!(detail_after["counts"]["agree"], 1);

    // So does a comment, on the discussion and on the proposal's count of comments.
    app.post(
        &discussion,
        Some(&s.citizen.token),
        &serde_json::json!({"body": "เห็นด้วย ควรเริ่มที่ตลาดนัดใหญ่ก่อน"}),
    )
    .await
    .expect(201);
    let thread = app.get(&discussion, None).await.expect(200);
    assert_eq!(thread["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        app.get(&detail, None).await.expect(200)["counts"]["comments"],
        1
    );
}

async fn a_signed_in_reader_is_never_answered_from_memory(backend: Backend) {
    let app = spawn_app_with(backend, &[AN_HOUR]).await;
    let s = setup(&app).await;
    app.vote(&s.citizen, &s.proposal, "disagree").await;
    let list = format!("/api/v1/consultations/{}/proposals", s.consultation);
    app.get(&list, None).await.expect(200);
    assert_eq!(cache_status(&app.get(&list, None).await), "sala; hit");

    let mine = app.get(&list, Some(&s.citizen.token)).await;
    assert_eq!(cache_status(&mine), "", "a signed-in answer is not kept");
    assert_eq!(
        mine.expect(200)["items"][0]["my_vote"],
        "disagree",
        "the caller's own vote, not the anonymous page"
    );
    // And the anonymous page is still the anonymous one.
    let anonymous = app.get(&list, None).await.expect(200);
    assert!(anonymous["items"][0]["my_vote"].is_null());
}

async fn failed_reads_and_other_routes_are_not_kept(backend: Backend) {
    let app = spawn_app_with(backend, &[AN_HOUR]).await;
    let s = setup(&app).await;
    let missing = "/api/v1/proposals/0190f3a0-0000-7000-8000-000000000000";
    for _ in 0..2 {
        let reply = app.get(missing, None).await;
        assert_eq!(cache_status(&reply), "");
        reply.expect_problem(404, "proposal_not_found");
    }
    let consultation = format!("/api/v1/consultations/{}", s.consultation);
    for _ in 0..2 {
        let reply = app.get(&consultation, None).await;
        assert_eq!(cache_status(&reply), "", "not one of the hot reads");
        reply.expect(200);
    }
}

async fn with_the_cache_off_nothing_is_kept(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_READ_CACHE_MS", "0")]).await;
    let s = setup(&app).await;
    let list = format!("/api/v1/consultations/{}/proposals", s.consultation);
    for _ in 0..2 {
        let reply = app.get(&list, None).await;
        assert_eq!(cache_status(&reply), "");
        reply.expect(200);
    }
    let summary = format!("/api/v1/agency/consultations/{}/summary", s.consultation);
    for _ in 0..2 {
        let reply = app.get(&summary, Some(&s.admin.token)).await;
        assert_eq!(cache_status(&reply), "sala; fwd=miss");
        reply.expect(200);
    }
}

async fn the_agency_figures_are_shared_by_readers_of_one_scope_until_a_write(backend: Backend) {
    // The figures are kept for five seconds, whatever age `SALA_READ_CACHE_MS` gives the
    // signed-out reads (the default here).
    let app = sala_tests::spawn_app(backend).await;
    let s = setup(&app).await;
    let summary = format!("/api/v1/agency/consultations/{}/summary", s.consultation);
    let breakdown = format!(
        "/api/v1/agency/consultations/{}/breakdown?by=province",
        s.consultation
    );
    for path in [&summary, &breakdown] {
        let first = app.get(path, Some(&s.admin.token)).await;
        assert_eq!(cache_status(&first), "sala; fwd=miss; stored", "{path}");
        let first = first.expect(200);
        let again = app.get(path, Some(&s.admin.token)).await;
        assert_eq!(cache_status(&again), "sala; hit", "{path}");
        assert_eq!(again.content_type, "application/json", "{path}");
        assert_eq!(again.expect(200), first, "{path}");
    }
    // Someone without access is refused before anything kept is looked at.
    app.get(&summary, Some(&s.citizen.token))
        .await
        .expect_problem(403, "forbidden");

    app.vote(&s.citizen, &s.proposal, "agree").await;
    let after = app.get(&summary, Some(&s.admin.token)).await;
    assert_eq!(cache_status(&after), "sala; fwd=miss; stored");
    assert_eq!(after.expect(200)["totals"]["votes"]["agree"], 1);
}

async fn vote(app: &TestApp, who: &sala_tests::Person, proposal: &str, value: &str) -> Reply {
    app.put(
        &format!("/api/v1/proposals/{proposal}/vote"),
        Some(&who.token),
        &json!({ "value": value }),
    )
    .await
}

/// A voter's account is read once and kept while only votes go through; any other write (a
/// sign-out, a suspension, someone's comment) makes the next vote read it again.
async fn a_voter_is_looked_up_once_between_account_writes(backend: Backend) {
    let postgres = matches!(backend, Backend::Postgres { .. });
    let app = spawn_app_with(backend, &[AN_HOUR]).await;
    let s = setup(&app).await;

    vote(&app, &s.citizen, &s.proposal, "agree")
        .await
        .expect(200);
    let from_memory = voter_lookups(&app, "memory").await;
    vote(&app, &s.citizen, &s.proposal, "pass")
        .await
        .expect(200);
    // Other tests in this process vote too: the series moved at least by this vote.
    assert!(voter_lookups(&app, "memory").await > from_memory);

    if postgres {
        // Kept: on PostgreSQL, a change made outside Sala (a `psql` session, which tells no
        // one) is not seen between votes…
        ban_behind_the_servers_back(&app, s.citizen.id).await;
        vote(&app, &s.citizen, &s.proposal, "pass")
            .await
            .expect(200);
        // …until any other write goes through: here, someone else's comment.
        app.post(
            &format!("/api/v1/proposals/{}/comments", s.proposal),
            Some(&s.admin.token),
            &json!({ "body": "ขอบคุณทุกความเห็น" }),
        )
        .await
        .expect(201);
        vote(&app, &s.citizen, &s.proposal, "disagree")
            .await
            .expect_problem(403, "forbidden");
    }

    // A sign-out ends the session for the very next vote.
    let leaving = app.sign_up("leaving@example.org").await;
    vote(&app, &leaving, &s.proposal, "agree").await.expect(200);
    vote(&app, &leaving, &s.proposal, "pass").await.expect(200);
    app.post(
        "/api/v1/auth/logout",
        None,
        &json!({ "refresh_token": leaving.refresh_token }),
    )
    .await
    .expect(204);
    vote(&app, &leaving, &s.proposal, "agree")
        .await
        .expect_problem(401, "unauthenticated");

    // So does a moderator's suspension.
    let suspended = app.sign_up("suspended@example.org").await;
    vote(&app, &suspended, &s.proposal, "agree")
        .await
        .expect(200);
    let until = (chrono::Utc::now() + chrono::Duration::days(3)).to_rfc3339();
    app.post(
        "/api/v1/moderation/actions",
        Some(&s.admin.token),
        &json!({"action": "suspend", "target_type": "user", "target_id": suspended.id,
                "until": until, "reason": "ทดสอบ"}),
    )
    .await
    .expect(201);
    // A sanction signs the account out everywhere.
    vote(&app, &suspended, &s.proposal, "pass")
        .await
        .expect_problem(401, "unauthenticated");
    let counts = app
        .get(&format!("/api/v1/proposals/{}", s.proposal), None)
        .await
        .expect(200)["counts"]
        .clone();
    assert_eq!(
        (
            counts["agree"].as_i64(),
            counts["disagree"].as_i64(),
            counts["pass"].as_i64()
        ),
        (Some(1), Some(0), Some(2)),
        "the refused votes changed nothing"
    );
}

/// Bans an account with a statement of the test's own connection, which announces nothing.
async fn ban_behind_the_servers_back(app: &TestApp, id: uuid::Uuid) {
    use sala::db::entities::users;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    users::Entity::update_many()
        .col_expr(users::Column::BannedAt, Expr::value(chrono::Utc::now()))
        .filter(users::Column::Id.eq(id))
        .exec(app.db.writer())
        .await
        .unwrap();
}

/// How many voters' accounts this process has taken `from` memory or the database.
async fn voter_lookups(app: &TestApp, from: &str) -> f64 {
    let metrics = scrape(app).await;
    series(&metrics, "sala_voter_lookups_total", &[("from", from)]).unwrap_or(0.0)
}

/// The background workers and the command line write through a connection that announces
/// its commits (on SQLite, any commit made elsewhere is seen): what the API keeps for readers
/// and voters is forgotten as soon as they commit, not an hour later.
async fn a_write_from_the_command_line_or_a_worker_is_seen_at_once(backend: Backend) {
    use sala::db::entities::{proposals, users};
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    let app = spawn_app_with(backend, &[AN_HOUR]).await;
    let s = setup(&app).await;
    let page = format!("/api/v1/proposals/{}", s.proposal);
    vote(&app, &s.citizen, &s.proposal, "agree")
        .await
        .expect(200);
    app.get(&page, None).await.expect(200);
    assert_eq!(cache_status(&app.get(&page, None).await), "sala; hit");

    // As `sala user …` or a worker would: one transaction through an announcing connection.
    let command_line = app.db.announcing();
    let transaction = command_line.begin_write().await.unwrap();
    proposals::Entity::update_many()
        .col_expr(proposals::Column::Title, Expr::value("ชื่อที่แก้จากบรรทัดคำสั่ง"))
        .filter(proposals::Column::Id.eq(s.proposal.parse::<uuid::Uuid>().unwrap()))
        .exec(&transaction)
        .await
        .unwrap();
    users::Entity::update_many()
        .col_expr(users::Column::BannedAt, Expr::value(chrono::Utc::now()))
        .filter(users::Column::Id.eq(s.citizen.id))
        .exec(&transaction)
        .await
        .unwrap();
    transaction.commit().await.unwrap();

    // What a reader waits for: the page shows the new title (the notification, or SQLite's
    // next answer, takes milliseconds; the kept page would otherwise stay for an hour).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let shown = app.get(&page, None).await.expect(200);
        if shown["title"] == "ชื่อที่แก้จากบรรทัดคำสั่ง"
        {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the command line's write is still unseen"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // The kept voter went with it: the ban holds for the very next vote.
    vote(&app, &s.citizen, &s.proposal, "disagree")
        .await
        .expect_problem(403, "forbidden");
    let counts = app.get(&page, None).await.expect(200)["counts"].clone();
    assert_eq!(
        (counts["agree"].as_i64(), counts["disagree"].as_i64()),
        (Some(1), Some(0)),
        "the refused vote changed nothing"
    );
}
