//! Moderation: flags and the review queue, hiding and what it removes, merges that keep one
//! vote per person, decisions that are refused or would change nothing, sanctions, and the
//! logs that keep every decision.

use std::time::{Duration, Instant};

use sala::domain::accounts::Role;
use sala::domain::comments::recount_comments;
use sala::domain::consultations::recount_proposals;
use sala::domain::moderation::flags::recount_open;
use sala::domain::moderation::TargetType;
use sala::domain::votes::recount;
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend, Person, TestApp};
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    a_flag_reaches_the_queue_once_per_person_with_its_reason_and_note,
    bad_flags_are_refused_and_change_nothing,
    enough_different_people_flagging_a_comment_hide_it_until_a_moderator_decides,
    people_flagging_at_once_hide_the_item_once_at_the_threshold,
    a_hidden_proposal_leaves_every_public_surface_at_once_and_its_author_sees_why,
    the_queue_is_most_urgent_first_and_filters_by_consultation_reason_and_state,
    merging_a_duplicate_keeps_one_vote_per_person_and_counters_equal_a_recount,
    merges_that_make_no_sense_are_refused,
    every_moderation_and_admin_action_appends_one_audit_row,
    the_audit_trail_cannot_be_changed_or_deleted,
    refused_decisions_are_forbidden_and_change_nothing,
    decisions_that_would_change_nothing_are_conflicts,
    sanctioning_a_banned_account_again_is_a_conflict_and_changes_nothing,
    administrator_changes_that_change_nothing_are_refused_and_leave_no_trace,
    suspended_and_banned_accounts_read_but_cannot_write_until_restored,
    pinned_locked_and_rethemed_proposals_behave_as_people_expect,
    a_moderator_deleting_a_comment_is_on_the_log,
    the_same_text_posted_again_and_again_by_one_account_is_refused,
);

/// An administrator, a global moderator, a proposal's author and a consultation in ideation
/// with that proposal.
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
    let author = app
        .operator_creates("author@example.org", Role::Citizen)
        .await;
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

fn ids(items: &Value) -> Vec<String> {
    items
        .as_array()
        .expect("a list")
        .iter()
        .map(|i| i["id"].as_str().expect("id").to_owned())
        .collect()
}

async fn citizen(app: &TestApp, name: &str) -> Person {
    app.operator_creates(&format!("{name}@example.org"), Role::Citizen)
        .await
}

/// A citizen whose account is a month old: their flags weigh one each.
async fn established_citizen(app: &TestApp, name: &str) -> Person {
    let person = citizen(app, name).await;
    app.age_account(person.id, 30).await;
    person
}

async fn flag(
    app: &TestApp,
    who: &Person,
    kind: &str,
    target: &str,
    reason: &str,
) -> sala_tests::Reply {
    app.post(
        "/api/v1/flags",
        Some(&who.token),
        &json!({"target_type": kind, "target_id": target, "reason": reason}),
    )
    .await
}

async fn act(app: &TestApp, who: &Person, body: Value) -> sala_tests::Reply {
    app.post("/api/v1/moderation/actions", Some(&who.token), &body)
        .await
}

fn decision(action: &str, kind: &str, target: &str, reason: &str) -> Value {
    json!({"action": action, "target_type": kind, "target_id": target, "reason": reason})
}

pub(super) async fn queue(app: &TestApp, who: &Person, query: &str) -> Value {
    app.get(
        &format!("/api/v1/moderation/queue?{query}"),
        Some(&who.token),
    )
    .await
    .expect(200)
}

fn queued_targets(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["target_id"].as_str().expect("target").to_owned())
        .collect()
}

async fn audit_rows(app: &TestApp, admin: &Person) -> Vec<Value> {
    let mut rows = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let query = match &cursor {
            Some(c) => format!("?limit=100&cursor={c}"),
            None => "?limit=100".to_owned(),
        };
        let page = app
            .get(
                &format!("/api/v1/admin/audit-log{query}"),
                Some(&admin.token),
            )
            .await
            .expect(200);
        rows.extend(page["items"].as_array().expect("items").iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => return rows,
        }
    }
}

async fn public_log(app: &TestApp, query: &str) -> Vec<Value> {
    app.get(&format!("/api/v1/moderation/log?{query}"), None)
        .await
        .expect(200)["items"]
        .as_array()
        .expect("items")
        .clone()
}

async fn list(app: &TestApp, cid: &str, token: Option<&str>) -> Vec<String> {
    ids(&app
        .get(
            &format!("/api/v1/consultations/{cid}/proposals?sort=new"),
            token,
        )
        .await
        .expect(200)["items"])
}

async fn proposal_count(app: &TestApp, cid: &str) -> i64 {
    app.get(&format!("/api/v1/consultations/{cid}"), None)
        .await
        .expect(200)["proposal_count"]
        .as_i64()
        .expect("count")
}

async fn assert_proposal_count_equals_recount(app: &TestApp, cid: &str) {
    let recounted = recount_proposals(app.db.reader(), cid.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(proposal_count(app, cid).await, recounted as i64);
}

async fn a_flag_reaches_the_queue_once_per_person_with_its_reason_and_note(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let somchai = citizen(&app, "somchai").await;
    let flagged = app
        .post(
            "/api/v1/flags",
            Some(&somchai.token),
            &json!({"target_type": "proposal", "target_id": w.pid, "reason": "misinformation",
                    "note": "ตัวเลขงบประมาณไม่ตรงกับเอกสารทางการ"}),
        )
        .await
        .expect(201);
    assert_eq!(flagged["reason"], "misinformation");
    assert_eq!(flagged["target_id"], w.pid.as_str());
    flag(&app, &somchai, "proposal", &w.pid, "spam")
        .await
        .expect_problem(409, "already_flagged");

    let page = queue(&app, &w.moderator, "").await;
    assert_eq!(queued_targets(&page), vec![w.pid.clone()]);
    let item = &page["items"][0];
    assert_eq!(item["target_type"], "proposal");
    assert_eq!(item["consultation_id"], w.cid.as_str());
    assert_eq!(item["title"], "ศูนย์ไกล่เกลี่ยชุมชนทุกตำบล");
    assert_eq!(item["author"]["id"], w.author.id.to_string());
    assert_eq!(item["open_flags"], 1, "the repeated flag did not count");
    assert_eq!(item["hidden"], false);
    assert_eq!(item["flags"][0]["reporter"]["id"], somchai.id.to_string());
    assert_eq!(item["flags"][0]["note"], "ตัวเลขงบประมาณไม่ตรงกับเอกสารทางการ");
    assert_eq!(
        item["reasons"],
        json!([{"reason": "misinformation", "count": 1}])
    );
    assert_eq!(
        recount_open(
            app.db.reader(),
            TargetType::Proposal,
            w.pid.parse().unwrap()
        )
        .await
        .unwrap(),
        1
    );
    assert!(
        list(&app, &w.cid, None).await.contains(&w.pid),
        "one flag does not hide anything"
    );
}

async fn bad_flags_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let somchai = citizen(&app, "somchai").await;
    app.post(
        "/api/v1/flags",
        None,
        &json!({"target_type": "proposal", "target_id": w.pid, "reason": "spam"}),
    )
    .await
    .expect_problem(401, "unauthenticated");
    let other = app
        .post(
            "/api/v1/flags",
            Some(&somchai.token),
            &json!({"target_type": "proposal", "target_id": w.pid, "reason": "other"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(other["errors"][0]["field"], "note");
    flag(&app, &somchai, "proposal", &w.pid, "boring")
        .await
        .expect_problem(422, "validation_failed");
    flag(&app, &somchai, "consultation", &w.cid, "spam")
        .await
        .expect_problem(422, "validation_failed");
    flag(
        &app,
        &somchai,
        "proposal",
        &Uuid::now_v7().to_string(),
        "spam",
    )
    .await
    .expect_problem(404, "proposal_not_found");
    flag(
        &app,
        &somchai,
        "comment",
        &Uuid::now_v7().to_string(),
        "spam",
    )
    .await
    .expect_problem(404, "comment_not_found");
    flag(&app, &w.author, "proposal", &w.pid, "spam")
        .await
        .expect_problem(403, "forbidden");
    let unverified = app
        .post(
            "/api/v1/auth/register",
            None,
            &json!({"email": "new@example.org", "password": sala_tests::PASSWORD, "display_name": "ผู้มาใหม่", "consent": sala_tests::consent()}),
        )
        .await
        .expect(201);
    assert!(unverified["id"].is_string());
    let new = app.sign_in("new@example.org").await;
    flag(&app, &new, "proposal", &w.pid, "spam")
        .await
        .expect_problem(403, "forbidden");
    assert!(queue(&app, &w.moderator, "").await["items"]
        .as_array()
        .unwrap()
        .is_empty());
}

async fn comment_count(app: &TestApp, pid: &str) -> i64 {
    app.get(&format!("/api/v1/proposals/{pid}"), None)
        .await
        .expect(200)["counts"]["comments"]
        .as_i64()
        .expect("count")
}

async fn enough_different_people_flagging_a_comment_hide_it_until_a_moderator_decides(
    backend: Backend,
) {
    let app = spawn_app_with(backend, &[("SALA_FLAG_HIDE_THRESHOLD", "3")]).await;
    let w = world(&app).await;
    let comment = id(&app
        .post(
            &format!("/api/v1/proposals/{}/comments", w.pid),
            Some(&w.author.token),
            &json!({"body": "เบอร์โทรของผู้ใหญ่บ้านคือ 081-234-5678"}),
        )
        .await
        .expect(201));
    assert_eq!(comment_count(&app, &w.pid).await, 1);
    let reporters = [
        established_citizen(&app, "a").await,
        established_citizen(&app, "b").await,
        established_citizen(&app, "c").await,
    ];
    for (i, reporter) in reporters.iter().enumerate() {
        flag(&app, reporter, "comment", &comment, "personal_data")
            .await
            .expect(201);
        let tree = app
            .get(&format!("/api/v1/proposals/{}/comments", w.pid), None)
            .await
            .expect(200);
        assert_eq!(
            tree["items"][0]["hidden"],
            i == 2,
            "hidden at the third flag"
        );
    }
    let public = app
        .get(&format!("/api/v1/proposals/{}/comments", w.pid), None)
        .await
        .expect(200);
    assert_eq!(public["items"][0]["body"], Value::Null);
    assert_eq!(public["items"][0]["author"], Value::Null);
    assert_eq!(
        comment_count(&app, &w.pid).await,
        0,
        "a hidden comment is not counted"
    );
    let own = app
        .get(
            &format!("/api/v1/proposals/{}/comments", w.pid),
            Some(&w.author.token),
        )
        .await
        .expect(200);
    assert_eq!(own["items"][0]["body"], "เบอร์โทรของผู้ใหญ่บ้านคือ 081-234-5678");
    assert!(own["items"][0]["hidden_reason"]
        .as_str()
        .unwrap()
        .contains("pending review"));

    let hidden = queue(&app, &w.moderator, "state=hidden").await;
    assert_eq!(queued_targets(&hidden), vec![comment.clone()]);
    assert_eq!(hidden["items"][0]["hidden_pending_review"], true);
    assert_eq!(hidden["items"][0]["open_flags"], 3);
    assert!(queue(&app, &w.moderator, "state=visible").await["items"]
        .as_array()
        .unwrap()
        .is_empty());
    let log = public_log(&app, "").await;
    assert_eq!(log[0]["action"], "hide");
    assert_eq!(log[0]["automatic"], true);
    assert_eq!(log[0]["target_id"], comment.as_str());

    act(
        &app,
        &w.moderator,
        decision(
            "dismiss_flags",
            "comment",
            &comment,
            "ข้อมูลนี้เป็นเบอร์สำนักงานที่เปิดเผย",
        ),
    )
    .await
    .expect(201);
    let tree = app
        .get(&format!("/api/v1/proposals/{}/comments", w.pid), None)
        .await
        .expect(200);
    assert_eq!(
        tree["items"][0]["hidden"], false,
        "dismissal shows it again"
    );
    assert_eq!(comment_count(&app, &w.pid).await, 1);
    assert_eq!(
        comment_count(&app, &w.pid).await,
        recount_comments(app.db.reader(), w.pid.parse().unwrap())
            .await
            .unwrap() as i64
    );
    assert!(queue(&app, &w.moderator, "").await["items"]
        .as_array()
        .unwrap()
        .is_empty());
    let resolved = queue(&app, &w.moderator, "state=resolved").await;
    assert_eq!(queued_targets(&resolved), vec![comment.clone()]);
    assert_eq!(resolved["items"][0]["flags"][0]["resolution"], "dismissed");
    assert_eq!(
        recount_open(
            app.db.reader(),
            TargetType::Comment,
            comment.parse().unwrap()
        )
        .await
        .unwrap(),
        0
    );
    // The same people cannot flag it again: one flag per person per item, ever.
    flag(&app, &reporters[0], "comment", &comment, "abuse")
        .await
        .expect_problem(409, "already_flagged");
}

async fn people_flagging_at_once_hide_the_item_once_at_the_threshold(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_FLAG_HIDE_THRESHOLD", "5")]).await;
    let w = world(&app).await;
    let crowd = app.many_citizens(20).await;
    for who in &crowd {
        // Flags from accounts younger than a day weigh nothing.
        app.age_account(who.id, 30).await;
    }
    let replies = futures_util::future::join_all(crowd.iter().flat_map(|who| {
        // Each person also sends their flag twice: the second must not count.
        [
            flag(&app, who, "proposal", &w.pid, "spam"),
            flag(&app, who, "proposal", &w.pid, "spam"),
        ]
    }))
    .await;
    // Once hidden, the item is gone for the rest of the crowd: their flags find nothing.
    let created = replies.iter().filter(|r| r.status == 201).count();
    assert_eq!(created, 5, "flags up to the threshold");
    assert!(
        replies
            .iter()
            .all(|r| matches!(r.status.as_u16(), 201 | 404 | 409)),
        "every other flag is a repeat or finds nothing"
    );
    let page = queue(&app, &w.moderator, "").await;
    assert_eq!(page["items"][0]["open_flags"], 5);
    assert_eq!(page["items"][0]["hidden_pending_review"], true);
    assert_eq!(
        recount_open(
            app.db.reader(),
            TargetType::Proposal,
            w.pid.parse().unwrap()
        )
        .await
        .unwrap(),
        5
    );
    let hides: Vec<Value> = public_log(&app, "action=hide").await;
    assert_eq!(hides.len(), 1, "hidden once, at the fifth flag");
    assert_eq!(hides[0]["details"]["open_flags"], 5);
    assert_eq!(proposal_count(&app, &w.cid).await, 0);
    assert_proposal_count_equals_recount(&app, &w.cid).await;
}

async fn a_hidden_proposal_leaves_every_public_surface_at_once_and_its_author_sees_why(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let other = id(&app.proposal(&w.author, &w.cid, "ข้อเสนอที่ยังอยู่").await);
    let reader = citizen(&app, "reader").await;
    app.post(
        &format!("/api/v1/proposals/{}/comments", w.pid),
        Some(&reader.token),
        &json!({"body": "ความเห็นใต้ข้อเสนอ"}),
    )
    .await
    .expect(201);
    assert_eq!(proposal_count(&app, &w.cid).await, 2);

    let started = Instant::now();
    let logged = act(
        &app,
        &w.moderator,
        decision("hide", "proposal", &w.pid, "ละเมิดข้อ 3: ข้อมูลส่วนบุคคล"),
    )
    .await
    .expect(201);
    assert_eq!(logged["action"], "hide");
    assert_eq!(logged["automatic"], false);
    for token in [None, Some(reader.token.as_str())] {
        assert_eq!(list(&app, &w.cid, token).await, vec![other.clone()]);
        app.get(&format!("/api/v1/proposals/{}", w.pid), token)
            .await
            .expect_problem(404, "proposal_not_found");
        app.get(&format!("/api/v1/proposals/{}/comments", w.pid), token)
            .await
            .expect_problem(404, "proposal_not_found");
    }
    assert_eq!(proposal_count(&app, &w.cid).await, 1);
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "gone from every surface within two seconds"
    );
    assert_proposal_count_equals_recount(&app, &w.cid).await;
    app.put(
        &format!("/api/v1/proposals/{}/vote", w.pid),
        Some(&reader.token),
        &json!({"value": "agree"}),
    )
    .await
    .expect_problem(404, "proposal_not_found");

    let seen_by_author = app
        .get(
            &format!("/api/v1/proposals/{}", w.pid),
            Some(&w.author.token),
        )
        .await
        .expect(200);
    assert_eq!(seen_by_author["hidden"], true);
    assert_eq!(seen_by_author["hidden_reason"], "ละเมิดข้อ 3: ข้อมูลส่วนบุคคล");
    let seen_by_moderator = app
        .get(
            &format!("/api/v1/proposals/{}", w.pid),
            Some(&w.moderator.token),
        )
        .await
        .expect(200);
    assert_eq!(seen_by_moderator["hidden"], true);

    let log = public_log(&app, &format!("consultation={}", w.cid)).await;
    assert_eq!(log.len(), 1);
    assert_eq!(log[0]["reason"], "ละเมิดข้อ 3: ข้อมูลส่วนบุคคล");
    let text = log[0].to_string();
    assert!(
        !text.contains(&w.moderator.id.to_string()),
        "the public log does not say who decided: {text}"
    );

    act(
        &app,
        &w.moderator,
        decision("unhide", "proposal", &w.pid, "ผู้เขียนแก้ไขแล้ว"),
    )
    .await
    .expect(201);
    assert_eq!(list(&app, &w.cid, None).await.len(), 2);
    assert_proposal_count_equals_recount(&app, &w.cid).await;
    assert_eq!(proposal_count(&app, &w.cid).await, 2);
}

async fn the_queue_is_most_urgent_first_and_filters_by_consultation_reason_and_state(
    backend: Backend,
) {
    let app = spawn_app_with(backend, &[("SALA_FLAG_HIDE_THRESHOLD", "10")]).await;
    let w = world(&app).await;
    let cid_b = id(&app.consultation(&w.admin, "ideation").await);
    let a2 = id(&app.proposal(&w.author, &w.cid, "ข้อเสนอที่สองของ ก").await);
    let b1 = id(&app.proposal(&w.author, &cid_b, "ข้อเสนอแรกของ ข").await);
    let x = citizen(&app, "x").await;
    let y = citizen(&app, "y").await;
    flag(&app, &x, "proposal", &a2, "off_topic")
        .await
        .expect(201);
    flag(&app, &x, "proposal", &b1, "misinformation")
        .await
        .expect(201);
    flag(&app, &x, "proposal", &w.pid, "spam").await.expect(201);
    flag(&app, &y, "proposal", &w.pid, "abuse")
        .await
        .expect(201);

    let page = queue(&app, &w.moderator, "").await;
    assert_eq!(
        queued_targets(&page),
        vec![w.pid.clone(), a2.clone(), b1.clone()],
        "most flags first, then the longest waiting"
    );
    assert_eq!(
        page["items"][0]["reasons"],
        json!([{"reason": "abuse", "count": 1}, {"reason": "spam", "count": 1}])
    );
    assert_eq!(
        queued_targets(&queue(&app, &w.moderator, &format!("consultation={cid_b}")).await),
        vec![b1.clone()]
    );
    assert_eq!(
        queued_targets(&queue(&app, &w.moderator, "reason=off_topic").await),
        vec![a2.clone()]
    );
    assert_eq!(
        queued_targets(&queue(&app, &w.moderator, "state=visible").await).len(),
        3
    );
    assert!(queued_targets(&queue(&app, &w.moderator, "state=hidden").await).is_empty());
    assert!(queued_targets(&queue(&app, &w.moderator, "target_type=comment").await).is_empty());

    let mut paged = Vec::new();
    let mut query = "limit=1".to_owned();
    loop {
        let page = queue(&app, &w.moderator, &query).await;
        paged.extend(queued_targets(&page));
        match page["next_cursor"].as_str() {
            Some(c) => query = format!("limit=1&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(paged, vec![w.pid.clone(), a2.clone(), b1]);

    for bad in ["state=closed", "reason=boring", "limit=0", "cursor=nope"] {
        app.get(
            &format!("/api/v1/moderation/queue?{bad}"),
            Some(&w.moderator.token),
        )
        .await
        .expect_problem(422, "validation_failed");
    }

    act(
        &app,
        &w.moderator,
        decision("hide", "proposal", &a2, "นอกประเด็น"),
    )
    .await
    .expect(201);
    assert_eq!(
        queued_targets(&queue(&app, &w.moderator, "").await).len(),
        2,
        "a decision takes the item off the open queue"
    );
    let resolved = queue(&app, &w.moderator, "state=resolved").await;
    assert_eq!(queued_targets(&resolved), vec![a2]);
    assert_eq!(resolved["items"][0]["flags"][0]["resolution"], "upheld");
}

async fn merging_a_duplicate_keeps_one_vote_per_person_and_counters_equal_a_recount(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let source = id(&app
        .proposal(&w.author, &w.cid, "ศูนย์ไกล่เกลี่ยในทุกตำบล (ซ้ำ)")
        .await);
    let target = w.pid.clone();
    let voters = app.many_citizens(9).await;
    let vote = |who: usize, on: &str, value: &str| {
        let (app, voter) = (&app, &voters[who]);
        let path = format!("/api/v1/proposals/{on}/vote");
        let body = json!({ "value": value });
        async move {
            app.put(&path, Some(&voter.token), &body).await.expect(200);
        }
    };
    // Voters 0–2 voted on both (their vote on the target is the one kept), 3–5 on the
    // duplicate only, 6–8 on the target only.
    for i in 0..3 {
        vote(i, &source, "agree").await;
        vote(i, &target, "disagree").await;
    }
    vote(3, &source, "agree").await;
    vote(4, &source, "pass").await;
    vote(5, &source, "disagree").await;
    for i in 6..9 {
        vote(i, &target, "agree").await;
    }
    let say = |who: &Person, on: &str, body: &str, parent: Option<String>| {
        let path = format!("/api/v1/proposals/{on}/comments");
        let body = json!({"body": body, "parent_id": parent});
        let (app, token) = (&app, who.token.clone());
        async move { id(&app.post(&path, Some(&token), &body).await.expect(201)) }
    };
    let root = say(&voters[0], &source, "ความเห็นบนข้อเสนอซ้ำ", None).await;
    let reply = say(&voters[1], &source, "ตอบความเห็นนั้น", Some(root.clone())).await;
    let rude = say(&voters[2], &source, "ความเห็นที่ถูกซ่อน", None).await;
    act(
        &app,
        &w.moderator,
        decision("hide", "comment", &rude, "ถ้อยคำหยาบ"),
    )
    .await
    .expect(201);
    say(&voters[3], &target, "ความเห็นบนข้อเสนอหลัก", None).await;
    let before = proposal_count(&app, &w.cid).await;

    let merged = act(
        &app,
        &w.moderator,
        json!({"action": "merge", "target_type": "proposal", "target_id": source,
               "merge_into": target, "reason": "ข้อเสนอเดียวกัน"}),
    )
    .await
    .expect(201);
    assert_eq!(merged["details"]["merge_into"], target.as_str());

    let shown = app
        .get(&format!("/api/v1/proposals/{target}"), None)
        .await
        .expect(200);
    assert_eq!(
        shown["counts"],
        json!({"agree": 4, "disagree": 4, "pass": 1, "comments": 3})
    );
    for pid in [&target, &source] {
        let recounted = recount(app.db.reader(), pid.parse().unwrap())
            .await
            .unwrap();
        let counts = app
            .get(&format!("/api/v1/proposals/{pid}"), None)
            .await
            .expect(200)["counts"]
            .clone();
        assert_eq!(counts["agree"], recounted.agree, "{pid}");
        assert_eq!(counts["disagree"], recounted.disagree, "{pid}");
        assert_eq!(counts["pass"], recounted.pass, "{pid}");
        assert_eq!(
            counts["comments"],
            recount_comments(app.db.reader(), pid.parse().unwrap())
                .await
                .unwrap()
        );
    }
    let mine = app
        .get(
            &format!("/api/v1/proposals/{target}"),
            Some(&voters[0].token),
        )
        .await
        .expect(200);
    assert_eq!(mine["my_vote"], "disagree", "the target's vote is kept");
    let moved = app
        .get(
            &format!("/api/v1/proposals/{target}"),
            Some(&voters[4].token),
        )
        .await
        .expect(200);
    assert_eq!(
        moved["my_vote"], "pass",
        "a vote on the duplicate only moves"
    );

    let duplicate = app
        .get(&format!("/api/v1/proposals/{source}"), None)
        .await
        .expect(200);
    assert_eq!(duplicate["merged_into"], target.as_str());
    assert_eq!(
        duplicate["counts"],
        json!({"agree": 0, "disagree": 0, "pass": 0, "comments": 0})
    );
    assert!(!list(&app, &w.cid, None).await.contains(&source));
    assert_eq!(proposal_count(&app, &w.cid).await, before - 1);
    assert_proposal_count_equals_recount(&app, &w.cid).await;
    app.put(
        &format!("/api/v1/proposals/{source}/vote"),
        Some(&voters[6].token),
        &json!({"value": "agree"}),
    )
    .await
    .expect_problem(409, "proposal_merged");

    let tree = app
        .get(&format!("/api/v1/proposals/{target}/comments"), None)
        .await
        .expect(200);
    let moved_root = tree["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == root.as_str())
        .expect("the thread moved");
    assert_eq!(moved_root["replies"][0]["id"], reply.as_str());
    assert_eq!(tree["items"].as_array().unwrap().len(), 3);

    let audit = audit_rows(&app, &w.admin).await;
    let row = audit
        .iter()
        .find(|r| r["action"] == "moderation.merge")
        .expect("merge audited");
    assert_eq!(row["before"]["merged_into"], Value::Null);
    assert_eq!(row["after"]["merged_into"], target.as_str());
    assert_eq!(row["actor"]["id"], w.moderator.id.to_string());
}

async fn merges_that_make_no_sense_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let other_consultation = id(&app.consultation(&w.admin, "ideation").await);
    let elsewhere = id(&app
        .proposal(&w.author, &other_consultation, "ข้อเสนอในอีกเรื่อง")
        .await);
    let duplicate = id(&app.proposal(&w.author, &w.cid, "ข้อเสนอซ้ำ").await);
    let merge = |from: &str, into: &str| {
        json!({"action": "merge", "target_type": "proposal", "target_id": from,
               "merge_into": into, "reason": "ซ้ำกัน"})
    };
    for (body, status, code) in [
        (merge(&duplicate, &duplicate), 422, "validation_failed"),
        (merge(&duplicate, &elsewhere), 422, "validation_failed"),
        (
            merge(&duplicate, &Uuid::now_v7().to_string()),
            422,
            "validation_failed",
        ),
        (
            decision("merge", "proposal", &duplicate, "ไม่มีปลายทาง"),
            422,
            "validation_failed",
        ),
    ] {
        act(&app, &w.moderator, body)
            .await
            .expect_problem(status, code);
    }
    act(&app, &w.moderator, merge(&duplicate, &w.pid))
        .await
        .expect(201);
    act(&app, &w.moderator, merge(&duplicate, &w.pid))
        .await
        .expect_problem(409, "already_merged");
    let third = id(&app.proposal(&w.author, &w.cid, "ข้อเสนอที่สาม").await);
    act(&app, &w.moderator, merge(&third, &duplicate))
        .await
        .expect_problem(409, "merge_target_unavailable");
    assert_proposal_count_equals_recount(&app, &w.cid).await;
}

async fn every_moderation_and_admin_action_appends_one_audit_row(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let reporter = citizen(&app, "reporter").await;
    let target_user = citizen(&app, "troll").await;
    let duplicate = id(&app.proposal(&w.author, &w.cid, "ข้อเสนอซ้ำเพื่อรวม").await);
    let comment = id(&app
        .post(
            &format!("/api/v1/proposals/{}/comments", w.pid),
            Some(&target_user.token),
            &json!({"body": "ซื้อของถูกที่นี่"}),
        )
        .await
        .expect(201));
    app.put(
        &format!("/api/v1/proposals/{}/vote", w.pid),
        Some(&target_user.token),
        &json!({"value": "agree"}),
    )
    .await
    .expect(200);
    flag(&app, &reporter, "proposal", &w.pid, "off_topic")
        .await
        .expect(201);
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let user = target_user.id.to_string();
    let steps: Vec<(Value, &str)> = vec![
        (
            decision("lock", "proposal", &w.pid, "ล็อกกระทู้ชั่วคราว"),
            "lock",
        ),
        (
            decision("unlock", "proposal", &w.pid, "เปิดกระทู้อีกครั้ง"),
            "unlock",
        ),
        (decision("pin", "proposal", &w.pid, "ปักหมุดข้อเสนอเด่น"), "pin"),
        (decision("unpin", "proposal", &w.pid, "เลิกปักหมุด"), "unpin"),
        (
            json!({"action": "change_theme", "target_type": "proposal", "target_id": w.pid,
                   "theme": "การเข้าถึงความยุติธรรม", "reason": "จัดหมวดให้ถูกต้อง"}),
            "change_theme",
        ),
        (
            decision("dismiss_flags", "proposal", &w.pid, "ไม่ผิดกติกา"),
            "dismiss_flags",
        ),
        (
            decision("hide", "proposal", &w.pid, "ซ่อนเพื่อตรวจสอบ"),
            "hide",
        ),
        (
            decision("unhide", "proposal", &w.pid, "ตรวจแล้วไม่ผิด"),
            "unhide",
        ),
        (
            decision("mark_spam", "comment", &comment, "โฆษณา"),
            "mark_spam",
        ),
        (
            json!({"action": "merge", "target_type": "proposal", "target_id": duplicate,
                   "merge_into": w.pid, "reason": "ซ้ำกัน"}),
            "merge",
        ),
        (
            json!({"action": "suspend", "target_type": "user", "target_id": user,
                   "until": tomorrow, "reason": "โพสต์โฆษณาซ้ำ"}),
            "suspend",
        ),
        (decision("restore", "user", &user, "พ้นโทษ"), "restore"),
        (decision("ban", "user", &user, "โฆษณาอีกครั้ง"), "ban"),
        (
            decision("discard_votes", "user", &user, "บัญชีปลอม"),
            "discard_votes",
        ),
        (decision("restore", "user", &user, "อุทธรณ์สำเร็จ"), "restore"),
    ];
    for (body, action) in steps {
        let audit_before = audit_rows(&app, &w.admin).await.len();
        let log_before = public_log(&app, "limit=100").await.len();
        let logged = act(&app, &w.moderator, body.clone()).await.expect(201);
        assert_eq!(logged["action"], action);
        let audit = audit_rows(&app, &w.admin).await;
        assert_eq!(audit.len(), audit_before + 1, "{action}: one audit row");
        let row = &audit[0];
        assert_eq!(row["action"], format!("moderation.{action}"));
        assert_eq!(row["actor"]["id"], w.moderator.id.to_string());
        assert_eq!(row["target_id"], body["target_id"]);
        assert_eq!(row["reason"], body["reason"]);
        assert!(
            row["before"].is_object() && row["after"].is_object(),
            "{row}"
        );
        assert_ne!(
            row["before"], row["after"],
            "{action}: the change is recorded"
        );
        assert_eq!(
            public_log(&app, "limit=100").await.len(),
            log_before + 1,
            "{action}: one public entry"
        );
    }
    let assigned = citizen(&app, "helper").await;
    for (action, status) in [
        ("user.role_changed", 200),
        ("moderator.assigned", 201),
        ("moderator.unassigned", 204),
    ] {
        let before = audit_rows(&app, &w.admin).await.len();
        let reply = match action {
            "user.role_changed" => {
                app.put(
                    &format!("/api/v1/admin/users/{}/role", assigned.id),
                    Some(&w.admin.token),
                    &json!({"role": "valuator", "reason": "ทีมประเมิน"}),
                )
                .await
            }
            "moderator.assigned" => {
                app.post(
                    &format!("/api/v1/admin/consultations/{}/moderators", w.cid),
                    Some(&w.admin.token),
                    &json!({"user_id": assigned.id, "reason": "ผู้ดูแลประจำจังหวัด"}),
                )
                .await
            }
            _ => {
                app.delete(
                    &format!(
                        "/api/v1/admin/consultations/{}/moderators/{}?reason=ครบวาระ",
                        w.cid, assigned.id
                    ),
                    Some(&w.admin.token),
                )
                .await
            }
        };
        reply.expect(status);
        let audit = audit_rows(&app, &w.admin).await;
        assert_eq!(audit.len(), before + 1, "{action}: one audit row");
        assert_eq!(audit[0]["action"], action);
        assert_eq!(audit[0]["actor"]["id"], w.admin.id.to_string());
        assert_eq!(audit[0]["target_id"], assigned.id.to_string());
    }
    let filtered = app
        .get(
            "/api/v1/admin/audit-log?action=moderation.&limit=100",
            Some(&w.admin.token),
        )
        .await
        .expect(200);
    assert!(filtered["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["action"].as_str().unwrap().starts_with("moderation.")));
}

async fn the_audit_trail_cannot_be_changed_or_deleted(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    act(
        &app,
        &w.moderator,
        decision("lock", "proposal", &w.pid, "ล็อกไว้ก่อน"),
    )
    .await
    .expect(201);
    let before = audit_rows(&app, &w.admin).await;
    for sql in [
        "UPDATE audit_log SET reason = 'rewritten'",
        "DELETE FROM audit_log",
        "UPDATE moderation_actions SET reason = 'rewritten'",
        "DELETE FROM moderation_actions",
    ] {
        let refused = app
            .db
            .writer()
            .execute_raw(Statement::from_string(app.db.backend(), sql))
            .await;
        assert!(refused.is_err(), "{sql} was refused");
    }
    assert_eq!(audit_rows(&app, &w.admin).await, before);
    assert_eq!(public_log(&app, "").await[0]["reason"], "ล็อกไว้ก่อน");
    for method in [
        reqwest::Method::DELETE,
        reqwest::Method::PATCH,
        reqwest::Method::PUT,
    ] {
        for path in ["/api/v1/admin/audit-log", "/api/v1/moderation/log"] {
            let reply = app
                .call(method.clone(), path, Some(&w.admin.token), Some(&json!({})))
                .await;
            assert!(
                reply.status.is_client_error(),
                "{method} {path}: {}",
                reply.status
            );
        }
    }
}

async fn refused_decisions_are_forbidden_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let elsewhere = id(&app.consultation(&w.admin, "ideation").await);
    let scoped = citizen(&app, "scoped").await;
    app.post(
        &format!("/api/v1/admin/consultations/{elsewhere}/moderators"),
        Some(&w.admin.token),
        &json!({"user_id": scoped.id}),
    )
    .await
    .expect(201);
    let other_moderator = app
        .operator_creates("moderator2@example.org", Role::Moderator)
        .await;
    let audit_before = audit_rows(&app, &w.admin).await;
    let until = (chrono::Utc::now() + chrono::Duration::days(3)).to_rfc3339();
    let suspend = |who: &Person| {
        json!({"action": "suspend", "target_type": "user", "target_id": who.id,
               "until": until, "reason": "ทดสอบสิทธิ์"})
    };
    for (actor, body) in [
        (&scoped, decision("hide", "proposal", &w.pid, "นอกเขตที่ดูแล")),
        (&scoped, suspend(&w.author)),
        (&w.moderator, suspend(&w.admin)),
        (&w.moderator, suspend(&other_moderator)),
        (&w.moderator, suspend(&w.moderator)),
        (&w.author, decision("hide", "proposal", &w.pid, "ไม่ชอบ")),
        (&w.admin, suspend(&w.admin)),
    ] {
        act(&app, actor, body)
            .await
            .expect_problem(403, "forbidden");
    }
    // No decision is recorded; each refused attempt is, as a refusal, with why.
    let audit_after = audit_rows(&app, &w.admin).await;
    let added = &audit_after[..audit_after.len() - audit_before.len()];
    let reasons: Vec<(&str, &str)> = added
        .iter()
        .rev()
        .map(|row| {
            assert_eq!(row["action"], "access.denied", "{row}");
            assert_eq!(row["after"]["route"], "/api/v1/moderation/actions", "{row}");
            (
                row["actor"]["id"].as_str().unwrap_or_default(),
                row["reason"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    let (scoped_id, moderator_id) = (scoped.id.to_string(), w.moderator.id.to_string());
    let (author_id, admin_id) = (w.author.id.to_string(), w.admin.id.to_string());
    assert_eq!(
        reasons,
        vec![
            (scoped_id.as_str(), "outside_scope"),
            (scoped_id.as_str(), "outside_scope"),
            (moderator_id.as_str(), "outside_scope"),
            (moderator_id.as_str(), "outside_scope"),
            (moderator_id.as_str(), "outside_scope"),
            (author_id.as_str(), "role_required"),
            (admin_id.as_str(), "outside_scope"),
        ],
        "refusals write no decision, one refusal row each"
    );
    assert_eq!(list(&app, &w.cid, None).await, vec![w.pid.clone()]);
    app.post(
        &format!("/api/v1/proposals/{}/comments", w.pid),
        Some(&w.author.token),
        &json!({"body": "ยังเขียนได้ตามปกติ"}),
    )
    .await
    .expect(201);
    act(&app, &w.admin, suspend(&other_moderator))
        .await
        .expect(201);
}

async fn decisions_that_would_change_nothing_are_conflicts(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    act(
        &app,
        &w.moderator,
        decision("hide", "proposal", &w.pid, "ซ่อนไว้"),
    )
    .await
    .expect(201);
    let audit_before = audit_rows(&app, &w.admin).await.len();
    for (body, code) in [
        (
            decision("hide", "proposal", &w.pid, "ซ่อนซ้ำ"),
            "nothing_to_change",
        ),
        (
            decision("unlock", "proposal", &w.pid, "ไม่ได้ล็อก"),
            "nothing_to_change",
        ),
        (
            decision("unpin", "proposal", &w.pid, "ไม่ได้ปักหมุด"),
            "nothing_to_change",
        ),
        (
            decision("dismiss_flags", "proposal", &w.pid, "ไม่มีธง"),
            "nothing_to_change",
        ),
        (
            decision("restore", "user", &w.author.id.to_string(), "ไม่ได้ถูกระงับ"),
            "not_sanctioned",
        ),
        (
            decision(
                "discard_votes",
                "user",
                &w.author.id.to_string(),
                "ไม่มีคะแนน",
            ),
            "no_votes_to_discard",
        ),
    ] {
        act(&app, &w.moderator, body)
            .await
            .expect_problem(409, code);
    }
    let future = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let past = (chrono::Utc::now() - chrono::Duration::days(1)).to_rfc3339();
    for (body, field) in [
        (
            decision("lock", "comment", &w.pid, "ผิดประเภท"),
            "target_type",
        ),
        (decision("hide", "user", &w.pid, "ผิดประเภท"), "target_type"),
        (
            decision("suspend", "user", &w.author.id.to_string(), "ไม่มีวัน"),
            "until",
        ),
        (
            json!({"action": "suspend", "target_type": "user", "target_id": w.author.id,
                   "until": past, "reason": "ย้อนหลัง"}),
            "until",
        ),
        (
            json!({"action": "hide", "target_type": "proposal", "target_id": w.pid,
                   "until": future, "reason": "ไม่เกี่ยว"}),
            "until",
        ),
        (decision("lock", "proposal", &w.pid, "x"), "reason"),
        (
            json!({"action": "change_theme", "target_type": "proposal", "target_id": w.pid,
                   "theme": "ไม่มีหมวดนี้", "reason": "ย้ายหมวด"}),
            "theme",
        ),
    ] {
        let problem = act(&app, &w.moderator, body)
            .await
            .expect_problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    act(
        &app,
        &w.moderator,
        decision("lock", "proposal", &Uuid::now_v7().to_string(), "ไม่มีอยู่"),
    )
    .await
    .expect_problem(404, "proposal_not_found");
    act(
        &app,
        &w.moderator,
        json!({"action": "obliterate", "target_type": "proposal", "target_id": w.pid, "reason": "?"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    assert_eq!(audit_rows(&app, &w.admin).await.len(), audit_before);
}

async fn sanctioning_a_banned_account_again_is_a_conflict_and_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let troll = citizen(&app, "troll").await;
    let user = troll.id.to_string();
    act(
        &app,
        &w.moderator,
        decision("ban", "user", &user, "ละเมิดร้ายแรง"),
    )
    .await
    .expect(201);
    let audit_before = audit_rows(&app, &w.admin).await;
    let log_before = public_log(&app, &format!("target={user}")).await;
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    act(
        &app,
        &w.moderator,
        decision("ban", "user", &user, "แบนซ้ำอีกครั้ง"),
    )
    .await
    .expect_problem(409, "already_banned");
    // A suspension would end before the ban does: the ban must be restored first.
    act(
        &app,
        &w.moderator,
        json!({"action": "suspend", "target_type": "user", "target_id": user,
               "until": tomorrow, "reason": "ระงับแทนการแบน"}),
    )
    .await
    .expect_problem(409, "account_banned");
    assert_eq!(audit_rows(&app, &w.admin).await, audit_before);
    assert_eq!(
        public_log(&app, &format!("target={user}")).await,
        log_before
    );
    // Still banned, and not suspended as well.
    let troll = app.sign_in("troll@example.org").await;
    let me = app.get("/api/v1/me", Some(&troll.token)).await.expect(200);
    assert!(me["suspended_until"].is_null(), "{me}");
    let refused = app
        .post(
            &format!("/api/v1/proposals/{}/comments", w.pid),
            Some(&troll.token),
            &json!({"body": "ยังอยู่นะ"}),
        )
        .await
        .expect_problem(403, "forbidden");
    assert!(refused["detail"].as_str().unwrap().contains("banned"));
}

async fn moderators_of(app: &TestApp, admin: &Person, who: &Person) -> Vec<Value> {
    app.get("/api/v1/admin/moderators", Some(&admin.token))
        .await
        .expect(200)["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter(|m| m["id"] == who.id.to_string())
        .cloned()
        .collect()
}

async fn administrator_changes_that_change_nothing_are_refused_and_leave_no_trace(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let elsewhere = id(&app.consultation(&w.admin, "ideation").await);
    let helper = citizen(&app, "helper").await;
    app.post(
        &format!("/api/v1/admin/consultations/{}/moderators", w.cid),
        Some(&w.admin.token),
        &json!({"user_id": helper.id, "reason": "ผู้ดูแลประจำจังหวัด"}),
    )
    .await
    .expect(201);
    let audit_before = audit_rows(&app, &w.admin).await;

    app.put(
        &format!("/api/v1/admin/users/{}/role", helper.id),
        Some(&w.admin.token),
        &json!({"role": "citizen", "reason": "ไม่มีอะไรเปลี่ยน"}),
    )
    .await
    .expect_problem(409, "role_already_held");
    app.put(
        &format!("/api/v1/admin/users/{}/role", w.moderator.id),
        Some(&w.admin.token),
        &json!({"role": "moderator"}),
    )
    .await
    .expect_problem(409, "role_already_held");
    app.post(
        &format!("/api/v1/admin/consultations/{}/moderators", w.cid),
        Some(&w.admin.token),
        &json!({"user_id": helper.id, "reason": "มอบหมายซ้ำ"}),
    )
    .await
    .expect_problem(409, "already_moderator");
    for (consultation, user) in [
        (elsewhere.clone(), helper.id.to_string()),
        (w.cid.clone(), w.author.id.to_string()),
        (w.cid.clone(), Uuid::now_v7().to_string()),
        (Uuid::now_v7().to_string(), helper.id.to_string()),
    ] {
        app.delete(
            &format!("/api/v1/admin/consultations/{consultation}/moderators/{user}"),
            Some(&w.admin.token),
        )
        .await
        .expect_problem(404, "moderator_assignment_not_found");
    }

    assert_eq!(audit_rows(&app, &w.admin).await, audit_before);
    let me = app.get("/api/v1/me", Some(&helper.token)).await.expect(200);
    assert_eq!(me["role"], "citizen");
    let moderator = app
        .get("/api/v1/me", Some(&w.moderator.token))
        .await
        .expect(200);
    assert_eq!(moderator["role"], "moderator");
    let listed = moderators_of(&app, &w.admin, &helper).await;
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0]["consultations"], json!([w.cid]));
    assert!(moderators_of(&app, &w.admin, &w.author).await.is_empty());
}

async fn suspended_and_banned_accounts_read_but_cannot_write_until_restored(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let mut troll = citizen(&app, "troll").await;
    let vote = |token: &str, value: &str| {
        let path = format!("/api/v1/proposals/{}/vote", w.pid);
        let body = json!({ "value": value });
        let (app, token) = (&app, token.to_owned());
        async move { app.put(&path, Some(&token), &body).await }
    };
    let until = chrono::Utc::now() + chrono::Duration::days(7);
    act(
        &app,
        &w.moderator,
        json!({"action": "suspend", "target_type": "user", "target_id": troll.id,
               "until": until.to_rfc3339(), "reason": "ก่อกวนซ้ำ"}),
    )
    .await
    .expect(201);
    // A sanction signs the account out everywhere; signing in again, it may only read.
    app.get("/api/v1/me", Some(&troll.token))
        .await
        .expect_problem(401, "unauthenticated");
    troll = app.sign_in("troll@example.org").await;
    let refused = vote(&troll.token, "agree")
        .await
        .expect_problem(403, "forbidden");
    assert!(refused["detail"].as_str().unwrap().contains("suspended"));
    app.get(
        &format!("/api/v1/consultations/{}/proposals", w.cid),
        Some(&troll.token),
    )
    .await
    .expect(200);
    let me = app.get("/api/v1/me", Some(&troll.token)).await.expect(200);
    assert!(me["suspended_until"].is_string());
    let log = public_log(&app, &format!("target={}", troll.id)).await;
    assert_eq!(log[0]["action"], "suspend");
    assert!(log[0]["details"]["until"].is_string());

    act(
        &app,
        &w.moderator,
        decision("restore", "user", &troll.id.to_string(), "ครบกำหนด"),
    )
    .await
    .expect(201);
    vote(&troll.token, "agree").await.expect(200);
    act(
        &app,
        &w.moderator,
        decision("ban", "user", &troll.id.to_string(), "ละเมิดร้ายแรง"),
    )
    .await
    .expect(201);
    troll = app.sign_in("troll@example.org").await;
    let refused = app
        .post(
            &format!("/api/v1/proposals/{}/comments", w.pid),
            Some(&troll.token),
            &json!({"body": "ยังอยู่นะ"}),
        )
        .await
        .expect_problem(403, "forbidden");
    assert!(refused["detail"].as_str().unwrap().contains("banned"));
    act(
        &app,
        &w.moderator,
        decision("restore", "user", &troll.id.to_string(), "อุทธรณ์สำเร็จ"),
    )
    .await
    .expect(201);
    vote(&troll.token, "disagree").await.expect(200);
}

async fn pinned_locked_and_rethemed_proposals_behave_as_people_expect(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let mut made = vec![w.pid.clone()];
    for i in 0..4 {
        made.push(id(&app
            .proposal(&w.author, &w.cid, &format!("ข้อเสนอลำดับ {i}"))
            .await));
    }
    let oldest = made[0].clone();
    act(
        &app,
        &w.moderator,
        decision("pin", "proposal", &oldest, "ข้อเสนอหลักของเวที"),
    )
    .await
    .expect(201);
    for sort in ["new", "top", "hot", "controversial"] {
        let first = app
            .get(
                &format!(
                    "/api/v1/consultations/{}/proposals?sort={sort}&limit=2",
                    w.cid
                ),
                None,
            )
            .await
            .expect(200);
        assert_eq!(first["items"][0]["id"], oldest.as_str(), "{sort}");
        assert_eq!(first["items"][0]["pinned"], true);
        let mut seen = ids(&first["items"]);
        let mut cursor = first["next_cursor"].as_str().map(str::to_owned);
        while let Some(c) = cursor {
            let page = app
                .get(
                    &format!(
                        "/api/v1/consultations/{}/proposals?sort={sort}&limit=2&cursor={c}",
                        w.cid
                    ),
                    None,
                )
                .await
                .expect(200);
            seen.extend(ids(&page["items"]));
            cursor = page["next_cursor"].as_str().map(str::to_owned);
        }
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(seen.len(), 5, "{sort}: every proposal once: {seen:?}");
        assert_eq!(unique.len(), 5, "{sort}");
    }

    act(
        &app,
        &w.moderator,
        decision("lock", "proposal", &w.pid, "กระทู้ร้อนแรงเกินไป"),
    )
    .await
    .expect(201);
    let voter = citizen(&app, "voter").await;
    app.post(
        &format!("/api/v1/proposals/{}/comments", w.pid),
        Some(&voter.token),
        &json!({"body": "ขอแสดงความเห็น"}),
    )
    .await
    .expect_problem(423, "proposal_locked");
    app.patch(
        &format!("/api/v1/proposals/{}", w.pid),
        Some(&w.author.token),
        &json!({"title": "แก้ชื่อระหว่างถูกล็อก"}),
    )
    .await
    .expect_problem(423, "proposal_locked");
    let detail = app
        .get(&format!("/api/v1/proposals/{}", w.pid), None)
        .await
        .expect(200);
    assert_eq!(detail["locked"], true);
    act(
        &app,
        &w.moderator,
        decision("unlock", "proposal", &w.pid, "สงบลงแล้ว"),
    )
    .await
    .expect(201);
    app.post(
        &format!("/api/v1/proposals/{}/comments", w.pid),
        Some(&voter.token),
        &json!({"body": "ขอแสดงความเห็น"}),
    )
    .await
    .expect(201);

    act(
        &app,
        &w.moderator,
        json!({"action": "change_theme", "target_type": "proposal", "target_id": w.pid,
               "theme": "การเข้าถึงความยุติธรรม", "reason": "อยู่ผิดหมวด"}),
    )
    .await
    .expect(201);
    let detail = app
        .get(&format!("/api/v1/proposals/{}", w.pid), None)
        .await
        .expect(200);
    assert_eq!(detail["theme"], "การเข้าถึงความยุติธรรม");
    act(
        &app,
        &w.moderator,
        json!({"action": "change_theme", "target_type": "proposal", "target_id": w.pid,
               "theme": null, "reason": "ไม่เข้าหมวดใด"}),
    )
    .await
    .expect(201);
    let detail = app
        .get(&format!("/api/v1/proposals/{}", w.pid), None)
        .await
        .expect(200);
    assert_eq!(detail["theme"], Value::Null);
}

async fn a_moderator_deleting_a_comment_is_on_the_log(backend: Backend) {
    let app = spawn_app(backend).await;
    let w = world(&app).await;
    let writer = citizen(&app, "writer").await;
    let comment = id(&app
        .post(
            &format!("/api/v1/proposals/{}/comments", w.pid),
            Some(&writer.token),
            &json!({"body": "ข้อความที่ต้องลบ"}),
        )
        .await
        .expect(201));
    app.delete(
        &format!("/api/v1/comments/{comment}"),
        Some(&w.moderator.token),
    )
    .await
    .expect(204);
    let log = public_log(&app, "").await;
    assert_eq!(log[0]["action"], "delete");
    assert_eq!(log[0]["target_id"], comment.as_str());
    let audit = audit_rows(&app, &w.admin).await;
    assert_eq!(audit[0]["action"], "moderation.delete");
    assert!(
        !audit[0].to_string().contains("ข้อความที่ต้องลบ"),
        "the removed words are not kept in the log"
    );
}

async fn the_same_text_posted_again_and_again_by_one_account_is_refused(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[("SALA_REPEAT_LIMIT", "3"), ("SALA_REPEAT_WINDOW", "1d")],
    )
    .await;
    let w = world(&app).await;
    let spammer = citizen(&app, "spammer").await;
    let mut targets = vec![w.pid.clone()];
    for i in 0..3 {
        targets.push(id(&app
            .proposal(&w.author, &w.cid, &format!("ข้อเสนอที่ {i}"))
            .await));
    }
    let texts = [
        "ซื้อเลย! ราคาถูกที่สุด http://spam.example",
        "ซื้อเลย ราคาถูกที่สุด http://spam.example",
        "  ซื้อเลย   ราคาถูกที่สุด  HTTP://SPAM.EXAMPLE!!",
        "ซื้อเลย, ราคาถูกที่สุด: http://spam.example",
    ];
    for (i, (target, text)) in targets.iter().zip(texts).enumerate() {
        let reply = app
            .post(
                &format!("/api/v1/proposals/{target}/comments"),
                Some(&spammer.token),
                &json!({ "body": text }),
            )
            .await;
        if i < 3 {
            reply.expect(201);
        } else {
            let problem = reply.expect_problem(422, "validation_failed");
            assert_eq!(problem["errors"][0]["field"], "body");
            assert_eq!(problem["errors"][0]["code"], "repeated");
        }
    }
    let honest = citizen(&app, "honest").await;
    app.post(
        &format!("/api/v1/proposals/{}/comments", w.pid),
        Some(&honest.token),
        &json!({ "body": texts[0] }),
    )
    .await
    .expect(201);
    app.post(
        &format!("/api/v1/proposals/{}/comments", w.pid),
        Some(&spammer.token),
        &json!({ "body": "เห็นด้วยกับข้อเสนอนี้ครับ" }),
    )
    .await
    .expect(201);
    for i in 0..4 {
        let reply = app
            .post(
                &format!("/api/v1/consultations/{}/proposals", w.cid),
                Some(&spammer.token),
                &json!({"title": "โปรโมชั่นพิเศษวันนี้", "body": "สมัครเลยที่ http://spam.example ด่วน"}),
            )
            .await;
        if i < 3 {
            reply.expect(201);
        } else {
            reply.expect_problem(422, "validation_failed");
        }
    }
}
