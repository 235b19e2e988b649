//! Each participant's votes, kept for the breakdowns by profile, and each theme's
//! participants, kept for the breakdown by theme, follow every write that moves them: a vote
//! cast, changed or retracted, a comment posted, hidden, shown again and deleted, a proposal
//! hidden and shown again, moved to another theme, merged, withdrawn, and a suspended
//! account's votes discarded. After each step both equal a recount from the rows, and one
//! voter's are checked by hand as well.

use std::collections::{BTreeMap, HashMap};

use sala::domain::accounts::Role;
use sala::domain::agency::{aggregates, theme_participants};
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(each_participants_votes_follow_every_write_that_moves_them);

const MIGRATION: &str = "m20261224_100000_add_vote_counts_to_consultation_participants";

const COMMUNITY: &str = "ยุติธรรมชุมชน";
const ACCESS: &str = "การเข้าถึงความยุติธรรม";

fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

async fn moderate(app: &TestApp, moderator: &Person, body: Value) {
    app.post("/api/v1/moderation/actions", Some(&moderator.token), &body)
        .await
        .expect(201);
}

/// The kept counts, checked against a recount from the rows; returns them.
async fn kept(app: &TestApp, cid: &str, step: &str) -> HashMap<Uuid, [i32; 3]> {
    let cid: Uuid = cid.parse().unwrap();
    let stored = aggregates::stored_votes(app.db.reader(), cid)
        .await
        .unwrap();
    let recounted = aggregates::recount(app.db.reader(), cid).await.unwrap();
    assert_eq!(
        stored, recounted.votes,
        "after {step}: kept counts equal a recount"
    );
    stored
}

/// The kept acts per (theme, person), checked against a recount from the rows; returns them.
async fn theme_acts(app: &TestApp, cid: &str, step: &str) -> BTreeMap<(String, Uuid), i32> {
    let cid: Uuid = cid.parse().unwrap();
    let stored = theme_participants::stored(app.db.reader(), cid)
        .await
        .unwrap();
    let recounted = theme_participants::recount(app.db.reader(), cid)
        .await
        .unwrap();
    assert_eq!(
        stored, recounted,
        "after {step}: the themes' kept participants equal a recount"
    );
    stored
}

fn acts(kept: &BTreeMap<(String, Uuid), i32>, theme: &str, who: Uuid) -> i32 {
    kept.get(&(theme.to_owned(), who)).copied().unwrap_or(0)
}

async fn each_participants_votes_follow_every_write_that_moves_them(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    let author = app
        .operator_creates("author@example.org", Role::Citizen)
        .await;
    let cid = id(&app.consultation(&admin, "ideation").await);
    let a = id(&app.proposal(&author, &cid, "ศาลเคลื่อนที่ในหมู่บ้านห่างไกล").await);
    let b = id(&app.proposal(&author, &cid, "ศูนย์ไกล่เกลี่ยทุกตำบล").await);
    let c = id(&app.proposal(&author, &cid, "ศาลเคลื่อนที่ในหมู่บ้าน (ซ้ำ)").await);
    let v = app.many_citizens(5).await;
    let ours = |who: usize| v[who].id;

    app.vote(&v[0], &a, "agree").await;
    app.vote(&v[0], &b, "disagree").await;
    app.vote(&v[1], &a, "agree").await;
    app.vote(&v[1], &c, "pass").await;
    app.vote(&v[2], &a, "disagree").await;
    app.vote(&v[2], &b, "agree").await;
    app.vote(&v[2], &c, "agree").await;
    app.vote(&v[3], &b, "agree").await;
    app.vote(&v[4], &a, "pass").await;
    let counts = kept(&app, &cid, "voting").await;
    assert_eq!(counts[&ours(0)], [1, 1, 0]);
    assert_eq!(counts[&ours(2)], [2, 1, 0]);
    let themes = theme_acts(&app, &cid, "voting").await;
    assert_eq!(acts(&themes, COMMUNITY, ours(2)), 3);
    assert_eq!(
        acts(&themes, COMMUNITY, author.id),
        3,
        "three proposals written"
    );

    // A comment is an act under its proposal's theme while the public sees it.
    let comment = app
        .post(
            &format!("/api/v1/proposals/{b}/comments"),
            Some(&v[4].token),
            &json!({"body": "เห็นด้วยกับการไกล่เกลี่ยในชุมชน"}),
        )
        .await
        .expect(201);
    let themes = theme_acts(&app, &cid, "a comment").await;
    assert_eq!(acts(&themes, COMMUNITY, ours(4)), 2);
    let hide = json!({"action": "hide", "target_type": "comment", "target_id": id(&comment),
                      "reason": "ข้อมูลส่วนบุคคล"});
    moderate(&app, &moderator, hide).await;
    let themes = theme_acts(&app, &cid, "hiding a comment").await;
    assert_eq!(acts(&themes, COMMUNITY, ours(4)), 1);
    let unhide = json!({"action": "unhide", "target_type": "comment", "target_id": id(&comment),
                        "reason": "ตรวจแล้ว"});
    moderate(&app, &moderator, unhide).await;
    let themes = theme_acts(&app, &cid, "showing a comment again").await;
    assert_eq!(acts(&themes, COMMUNITY, ours(4)), 2);
    app.delete(
        &format!("/api/v1/comments/{}", id(&comment)),
        Some(&v[4].token),
    )
    .await
    .expect(204);
    let themes = theme_acts(&app, &cid, "deleting a comment").await;
    assert_eq!(acts(&themes, COMMUNITY, ours(4)), 1);

    app.vote(&v[0], &a, "disagree").await;
    app.delete(&format!("/api/v1/proposals/{a}/vote"), Some(&v[1].token))
        .await
        .expect(200);
    let counts = kept(&app, &cid, "a change and a retraction").await;
    assert_eq!(counts[&ours(0)], [0, 2, 0]);
    assert_eq!(counts[&ours(1)], [0, 0, 1]);

    let hide = json!({"action": "hide", "target_type": "proposal", "target_id": b,
                      "reason": "ซ่อนไว้ตรวจสอบ"});
    moderate(&app, &moderator, hide).await;
    let counts = kept(&app, &cid, "hiding").await;
    assert_eq!(
        counts[&ours(0)],
        [0, 1, 0],
        "the hidden proposal's vote is out"
    );
    assert!(!counts.contains_key(&ours(3)), "{counts:?}");
    let unhide = json!({"action": "unhide", "target_type": "proposal", "target_id": b,
                        "reason": "ตรวจแล้ว"});
    moderate(&app, &moderator, unhide).await;
    let counts = kept(&app, &cid, "showing again").await;
    assert_eq!(counts[&ours(0)], [0, 2, 0], "and back in");
    assert_eq!(counts[&ours(3)], [1, 0, 0]);
    let themes = theme_acts(&app, &cid, "hiding and showing again").await;
    assert_eq!(acts(&themes, COMMUNITY, ours(3)), 1);

    // Moving `b` to another theme moves its voters' acts: voter 3 voted on `b` alone.
    app.patch(
        &format!("/api/v1/proposals/{b}"),
        Some(&author.token),
        &json!({"theme": ACCESS}),
    )
    .await
    .expect(200);
    let themes = theme_acts(&app, &cid, "a new theme").await;
    assert_eq!(acts(&themes, COMMUNITY, ours(3)), 0);
    assert_eq!(acts(&themes, ACCESS, ours(3)), 1);
    assert_eq!(acts(&themes, ACCESS, author.id), 1);
    assert_eq!(acts(&themes, COMMUNITY, author.id), 2);

    // Voter 2 voted on both: the vote on `a` stays and the one on `c` goes; voter 1's pass
    // on `c` moves to `a`.
    let merge = json!({"action": "merge", "target_type": "proposal", "target_id": c,
                       "merge_into": a, "reason": "ข้อเสนอเดียวกัน"});
    moderate(&app, &moderator, merge).await;
    let counts = kept(&app, &cid, "merging").await;
    assert_eq!(counts[&ours(2)], [1, 1, 0]);
    assert_eq!(counts[&ours(1)], [0, 0, 1]);
    theme_acts(&app, &cid, "merging").await;

    app.delete(&format!("/api/v1/proposals/{a}"), Some(&author.token))
        .await
        .expect(200);
    let counts = kept(&app, &cid, "withdrawing").await;
    assert_eq!(counts[&ours(0)], [0, 1, 0]);
    assert!(!counts.contains_key(&ours(1)), "{counts:?}");
    theme_acts(&app, &cid, "withdrawing").await;

    let discard = json!({"action": "discard_votes", "target_type": "user",
                         "target_id": v[2].id, "reason": "บัญชีปลอม"});
    moderate(&app, &moderator, discard).await;
    let counts = kept(&app, &cid, "discarding an account's votes").await;
    assert!(!counts.contains_key(&ours(2)), "{counts:?}");
    assert_eq!(counts[&ours(3)], [1, 0, 0]);
    let themes = theme_acts(&app, &cid, "discarding an account's votes").await;
    assert_eq!(acts(&themes, ACCESS, ours(2)), 0);

    // The migrations that added the counts fill them from the rows already there.
    let sql = format!("SELECT COUNT(*) AS n FROM seaql_migrations WHERE version >= '{MIGRATION}'");
    let row = app
        .db
        .reader()
        .query_one_raw(Statement::from_string(app.db.backend(), sql))
        .await
        .unwrap()
        .unwrap();
    let since: i64 = row.try_get("", "n").unwrap();
    assert!(since >= 1, "{MIGRATION} is applied");
    app.db.migrate_down(Some(since as u32)).await.unwrap();
    app.db.migrate().await.unwrap();
    let counts = kept(&app, &cid, "the migration's backfill").await;
    assert_eq!(counts[&ours(0)], [0, 1, 0]);
    assert_eq!(counts[&ours(3)], [1, 0, 0]);
    let themes = theme_acts(&app, &cid, "the migrations' backfill").await;
    assert_eq!(acts(&themes, ACCESS, ours(3)), 1);
    assert_eq!(acts(&themes, ACCESS, author.id), 1);
}
