//! The answer promise kept in public: answer clocks recorded as they start, append-only, and
//! the scorecard counted from them — which no later edit of the consultation rewrites.

use chrono::{Duration, Utc};
use sala::db::entities::answer_clocks;
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    editing_the_consultation_dates_or_days_afterwards_leaves_the_scorecard_unchanged,
    the_threshold_counts_supporting_votes_not_net_support,
    the_clock_record_refuses_updates_and_deletes,
    a_proposal_reaching_the_threshold_during_review_starts_its_clock_once,
    the_median_days_to_answer_is_counted_from_each_clock,
    a_proposal_restored_during_review_owes_its_answer_from_its_return,
);

struct Scene {
    admin: Person,
    agent: Person,
    consultation: String,
    voters: Vec<Person>,
}

async fn scene(app: &TestApp, voters: usize) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let consultation = id(&app.consultation(&admin, "ideation").await);
    // The analyst answers as the representative of the agency responsible for it all.
    app.responsible_agency(&admin, &consultation, &agent).await;
    Scene {
        admin,
        agent,
        consultation,
        voters: app.many_citizens(voters).await,
    }
}

fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

async fn proposal(app: &TestApp, s: &Scene, author: usize, title: &str) -> String {
    id(&app
        .proposal(&s.voters[author], &s.consultation, title)
        .await)
}

/// Votes, or takes the vote back (`None`).
async fn vote(app: &TestApp, who: &Person, proposal: &str, value: Option<&str>) {
    let path = format!("/api/v1/proposals/{proposal}/vote");
    let reply = match value {
        Some(value) => {
            app.put(&path, Some(&who.token), &json!({ "value": value }))
                .await
        }
        None => {
            app.call(reqwest::Method::DELETE, &path, Some(&who.token), None)
                .await
        }
    };
    assert!(
        reply.status.is_success(),
        "vote {value:?}: {}",
        reply.status
    );
}

async fn edit(app: &TestApp, s: &Scene, body: Value) {
    app.patch(
        &format!("/api/v1/consultations/{}", s.consultation),
        Some(&s.admin.token),
        &body,
    )
    .await
    .expect(200);
}

async fn answer(app: &TestApp, s: &Scene, proposal: &str) {
    app.put(
        &format!("/api/v1/proposals/{proposal}/response"),
        Some(&s.agent.token),
        &json!({"status": "under_review", "answer": "อยู่ระหว่างศึกษางบประมาณ"}),
    )
    .await
    .expect(200);
}

/// The public scorecard route, signed out.
async fn scorecard(app: &TestApp, s: &Scene) -> Value {
    app.get(
        &format!("/api/v1/consultations/{}/scorecard", s.consultation),
        None,
    )
    .await
    .expect(200)
}

/// What the agency sees as still owed: (proposal, standing, due moment).
async fn owed(app: &TestApp, s: &Scene) -> Vec<(String, String, String)> {
    let due = app
        .get(
            &format!(
                "/api/v1/agency/consultations/{}/answers-due",
                s.consultation
            ),
            Some(&s.agent.token),
        )
        .await
        .expect(200);
    due["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|d| {
            (
                id(d),
                d["standing"].as_str().expect("standing").to_owned(),
                d["due_at"].as_str().expect("due_at").to_owned(),
            )
        })
        .collect()
}

async fn clocks_of(app: &TestApp, proposal: &str) -> Vec<answer_clocks::Model> {
    answer_clocks::Entity::find()
        .filter(answer_clocks::Column::ProposalId.eq(Uuid::parse_str(proposal).expect("uuid")))
        .all(app.db.writer())
        .await
        .expect("clocks")
}

async fn editing_the_consultation_dates_or_days_afterwards_leaves_the_scorecard_unchanged(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let s = scene(&app, 3).await;
    let answered = proposal(&app, &s, 0, "ศูนย์ช่วยเหลือผู้เสียหายทุกอำเภอ").await;
    let waiting = proposal(&app, &s, 1, "ลดค่าธรรมเนียมศาลสำหรับผู้มีรายได้น้อย").await;
    for v in &s.voters[..2] {
        vote(&app, v, &answered, Some("agree")).await;
        vote(&app, v, &waiting, Some("agree")).await;
    }
    edit(
        &app,
        &s,
        json!({"answer_due_days": 30, "answer_support_threshold": 2}),
    )
    .await;
    assert_eq!(
        scorecard(&app, &s).await["scorecard"]["required"],
        0,
        "no clock before the review phase"
    );
    app.set_phase(&s.admin, &s.consultation, "voting").await;
    app.set_phase(&s.admin, &s.consultation, "review").await;
    answer(&app, &s, &answered).await;
    let before = scorecard(&app, &s).await;
    assert_eq!(
        before["scorecard"],
        json!({"required": 2, "answered_on_time": 1, "answered_late": 0, "overdue": 0,
               "pending": 1, "median_days_to_answer": 0.0}),
        "{before}"
    );
    let owed_before = owed(&app, &s).await;
    assert_eq!(owed_before.len(), 1);
    assert_eq!(
        (&owed_before[0].0, owed_before[0].1.as_str()),
        (&waiting, "pending")
    );

    // The review date moved 40 days back and the days cut to one: under a deadline counted
    // from the editable date, the answer would turn late and the waiting one overdue.
    let long_ago = Utc::now() - Duration::days(40);
    edit(
        &app,
        &s,
        json!({"ideation_starts_at": long_ago - Duration::days(20),
               "voting_starts_at": long_ago - Duration::days(10),
               "review_starts_at": long_ago, "answer_due_days": 1}),
    )
    .await;
    let after = scorecard(&app, &s).await;
    assert_eq!(after["scorecard"], before["scorecard"], "{after}");
    assert_eq!(
        after["answer_due_days"], 1,
        "the promise in force now is shown"
    );
    assert_eq!(owed(&app, &s).await, owed_before);
    let page = app
        .get(&format!("/api/v1/consultations/{}", s.consultation), None)
        .await
        .expect(200);
    assert_eq!(page["accountability"]["scorecard"], before["scorecard"]);
}

async fn the_threshold_counts_supporting_votes_not_net_support(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app, 8).await;
    let contested = proposal(&app, &s, 0, "ยกเลิกโทษจำคุกคดีหมิ่นประมาท").await;
    let quiet = proposal(&app, &s, 1, "ปรับปรุงป้ายบอกทางในศาล").await;
    for v in &s.voters[..3] {
        vote(&app, v, &contested, Some("agree")).await;
    }
    for v in &s.voters[3..8] {
        vote(&app, v, &contested, Some("disagree")).await;
    }
    for v in &s.voters[..2] {
        vote(&app, v, &quiet, Some("agree")).await;
    }
    edit(
        &app,
        &s,
        json!({"answer_due_days": 30, "answer_support_threshold": 3, "phase": "review"}),
    )
    .await;
    let owed = owed(&app, &s).await;
    let ids: Vec<&str> = owed.iter().map(|o| o.0.as_str()).collect();
    assert_eq!(
        ids,
        [contested.as_str()],
        "3 agree, 5 disagree is owed at 3"
    );
    let figures = scorecard(&app, &s).await;
    assert_eq!(figures["support_threshold"], 3);
    assert_eq!(figures["scorecard"]["required"], 1);
    app.patch(
        &format!("/api/v1/consultations/{}", s.consultation),
        Some(&s.admin.token),
        &json!({"answer_support_threshold": -1}),
    )
    .await
    .expect_problem(422, "validation_failed");
}

async fn the_clock_record_refuses_updates_and_deletes(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app, 1).await;
    let owed_one = proposal(&app, &s, 0, "ศาลเคลื่อนที่ในพื้นที่ห่างไกล").await;
    edit(
        &app,
        &s,
        json!({"answer_due_days": 30, "answer_support_threshold": 0, "phase": "review"}),
    )
    .await;
    let recorded = clocks_of(&app, &owed_one).await;
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].reason, "review_started");
    let before = scorecard(&app, &s).await;
    for sql in [
        "UPDATE answer_clocks SET due_at = started_at",
        "UPDATE answer_clocks SET reason = 'threshold_reached'",
        "DELETE FROM answer_clocks",
    ] {
        let refused = app
            .db
            .writer()
            .execute_raw(Statement::from_string(app.db.backend(), sql))
            .await;
        assert!(refused.is_err(), "{sql} was refused");
    }
    assert_eq!(clocks_of(&app, &owed_one).await, recorded);
    assert_eq!(scorecard(&app, &s).await, before);
}

async fn a_proposal_reaching_the_threshold_during_review_starts_its_clock_once(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app, 5).await;
    let target = proposal(&app, &s, 0, "ศูนย์ไกล่เกลี่ยชุมชนทุกตำบล").await;
    let twin = proposal(&app, &s, 1, "ศูนย์ไกล่เกลี่ยในทุกตำบล").await;
    for v in &s.voters[..2] {
        vote(&app, v, &target, Some("agree")).await;
    }
    for v in &s.voters[2..4] {
        vote(&app, v, &twin, Some("agree")).await;
    }
    edit(
        &app,
        &s,
        json!({"answer_due_days": 14, "answer_support_threshold": 3, "phase": "review"}),
    )
    .await;
    assert!(
        owed(&app, &s).await.is_empty(),
        "two agree votes owe nothing"
    );

    app.post(
        "/api/v1/moderation/actions",
        Some(&s.admin.token),
        &json!({"action": "merge", "target_type": "proposal", "target_id": twin,
               "merge_into": target, "reason": "ข้อเสนอเดียวกัน"}),
    )
    .await
    .expect(201);
    let first = owed(&app, &s).await;
    assert_eq!(
        first.len(),
        1,
        "four agree votes after the merge: {first:?}"
    );
    assert_eq!(first[0].0, target);
    let clock = clocks_of(&app, &target).await;
    assert_eq!(clock.len(), 1);
    assert_eq!(clock[0].reason, "threshold_reached");
    assert_eq!(clock[0].agree_count, 4);
    assert_eq!(clock[0].due_at - clock[0].started_at, Duration::days(14));

    // Back to voting: more votes, a vote taken back and given again, the threshold touched,
    // review again. The clock started once and stays where it started.
    app.set_phase(&s.admin, &s.consultation, "voting").await;
    vote(&app, &s.voters[4], &target, Some("agree")).await;
    vote(&app, &s.voters[0], &target, None).await;
    vote(&app, &s.voters[0], &target, Some("agree")).await;
    app.set_phase(&s.admin, &s.consultation, "review").await;
    edit(&app, &s, json!({"answer_support_threshold": 1})).await;
    assert_eq!(clocks_of(&app, &target).await, clock);
    assert_eq!(owed(&app, &s).await, first);
    assert_eq!(scorecard(&app, &s).await["scorecard"]["required"], 1);
}

/// A clock as a past review phase would have left it: started `days_ago`, due 30 days later.
async fn the_median_days_to_answer_is_counted_from_each_clock(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app, 4).await;
    let mut ids = Vec::new();
    for (i, title) in [
        "ห้องพิจารณาคดีเด็กแยกต่างหาก",
        "ล่ามภาษาถิ่นในศาลจังหวัด",
        "ประกันตัวโดยไม่ใช้หลักทรัพย์",
        "ศูนย์ยุติธรรมชุมชนออนไลน์",
    ]
    .into_iter()
    .enumerate()
    {
        ids.push(proposal(&app, &s, i, title).await);
    }
    edit(&app, &s, json!({"answer_due_days": 30})).await;
    for (p, days_ago) in ids.iter().zip([10, 40, 20, 45]) {
        app.clock_started(&s.consultation, p, days_ago).await;
    }
    for p in &ids[..3] {
        answer(&app, &s, p).await;
    }
    let figures = scorecard(&app, &s).await;
    assert_eq!(
        figures["scorecard"],
        json!({"required": 4, "answered_on_time": 2, "answered_late": 1, "overdue": 1,
               "pending": 0, "median_days_to_answer": 20.0}),
        "{figures}"
    );
    let owed = owed(&app, &s).await;
    assert_eq!(owed.len(), 1);
    assert_eq!((&owed[0].0, owed[0].1.as_str()), (&ids[3], "overdue"));
}

async fn moderate(app: &TestApp, s: &Scene, action: &str, proposal: &str) {
    app.post(
        "/api/v1/moderation/actions",
        Some(&s.admin.token),
        &json!({"action": action, "target_type": "proposal", "target_id": proposal,
               "reason": "ตรวจสอบเนื้อหา"}),
    )
    .await
    .expect(201);
}

async fn a_proposal_restored_during_review_owes_its_answer_from_its_return(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app, 1).await;
    let hidden = proposal(&app, &s, 0, "เปิดเผยสถิติคดีรายจังหวัด").await;
    vote(&app, &s.voters[0], &hidden, Some("agree")).await;
    moderate(&app, &s, "hide", &hidden).await;
    edit(
        &app,
        &s,
        json!({"answer_due_days": 7, "answer_support_threshold": 1, "phase": "review"}),
    )
    .await;
    assert!(
        clocks_of(&app, &hidden).await.is_empty(),
        "hidden, not owed"
    );
    let returned = sala::clock::now();
    moderate(&app, &s, "unhide", &hidden).await;
    let clock = clocks_of(&app, &hidden).await;
    assert_eq!(clock.len(), 1);
    assert_eq!(clock[0].reason, "threshold_reached");
    assert!(clock[0].started_at >= returned, "started when it came back");
    let owed = owed(&app, &s).await;
    assert_eq!((&owed[0].0, owed[0].1.as_str()), (&hidden, "pending"));
}
