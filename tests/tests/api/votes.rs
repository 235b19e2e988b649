//! Votes: one per person, changeable, retractable, and counters that equal a recount under
//! any concurrency.

use futures_util::future::join_all;
use sala::domain::accounts::Role;
use sala::domain::votes::recount;
use sala_tests::{on_both_databases, spawn_app, Backend, TestApp};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    a_second_vote_by_the_same_citizen_replaces_the_first,
    a_vote_is_retracted_and_retracting_again_changes_nothing,
    votes_follow_the_phase,
    bad_votes_are_refused_and_change_nothing,
    two_hundred_citizens_voting_at_once_give_exactly_two_hundred_votes,
    fifty_conflicting_votes_from_one_citizen_at_once_leave_one_vote,
    comment_votes_from_many_citizens_at_once_equal_a_recount,
);

async fn setup(app: &TestApp, phase: &str) -> (sala_tests::Person, String) {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid = consultation["id"].as_str().unwrap().to_owned();
    let author = app.sign_up("author@example.org").await;
    let proposal = app.proposal(&author, &cid, "ศูนย์ไกล่เกลี่ยในตลาดนัด").await;
    if phase != "ideation" {
        app.set_phase(&admin, &cid, phase).await;
    }
    (admin, proposal["id"].as_str().unwrap().to_owned())
}

async fn counts(app: &TestApp, id: &str) -> Value {
    app.get(&format!("/api/v1/proposals/{id}"), None)
        .await
        .expect(200)["counts"]
        .clone()
}

async fn assert_counters_equal_recount(app: &TestApp, id: &str) {
    let shown = counts(app, id).await;
    let recounted = recount(app.db.reader(), id.parse::<Uuid>().unwrap())
        .await
        .unwrap();
    assert_eq!(shown["agree"], recounted.agree, "agree");
    assert_eq!(shown["disagree"], recounted.disagree, "disagree");
    assert_eq!(shown["pass"], recounted.pass, "pass");
}

async fn a_second_vote_by_the_same_citizen_replaces_the_first(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, id) = setup(&app, "ideation").await;
    let voter = app.sign_up("voter@example.org").await;
    let path = format!("/api/v1/proposals/{id}/vote");
    let first = app
        .put(&path, Some(&voter.token), &json!({"value": "agree"}))
        .await
        .expect(200);
    assert_eq!(
        first,
        json!({"my_vote": "agree", "counts": {"agree": 1, "disagree": 0, "pass": 0}})
    );
    let again = app
        .put(&path, Some(&voter.token), &json!({"value": "agree"}))
        .await
        .expect(200);
    assert_eq!(again, first, "repeating a vote changes nothing");
    let changed = app
        .put(&path, Some(&voter.token), &json!({"value": "disagree"}))
        .await
        .expect(200);
    assert_eq!(
        changed,
        json!({"my_vote": "disagree", "counts": {"agree": 0, "disagree": 1, "pass": 0}})
    );
    let passed = app
        .put(&path, Some(&voter.token), &json!({"value": "pass"}))
        .await
        .expect(200);
    assert_eq!(
        passed["counts"],
        json!({"agree": 0, "disagree": 0, "pass": 1})
    );
    let detail = app
        .get(&format!("/api/v1/proposals/{id}"), Some(&voter.token))
        .await
        .expect(200);
    assert_eq!(detail["my_vote"], "pass");
    assert_counters_equal_recount(&app, &id).await;
}

async fn a_vote_is_retracted_and_retracting_again_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, id) = setup(&app, "ideation").await;
    let voter = app.sign_up("voter@example.org").await;
    let path = format!("/api/v1/proposals/{id}/vote");
    app.put(&path, Some(&voter.token), &json!({"value": "agree"}))
        .await
        .expect(200);
    let retracted = app.delete(&path, Some(&voter.token)).await.expect(200);
    assert_eq!(
        retracted,
        json!({"my_vote": null, "counts": {"agree": 0, "disagree": 0, "pass": 0}})
    );
    let again = app.delete(&path, Some(&voter.token)).await.expect(200);
    assert_eq!(again, retracted);
    assert_counters_equal_recount(&app, &id).await;
}

async fn votes_follow_the_phase(backend: Backend) {
    let app = spawn_app(backend).await;
    let (admin, id) = setup(&app, "voting").await;
    let voter = app.sign_up("voter@example.org").await;
    let path = format!("/api/v1/proposals/{id}/vote");
    app.put(&path, Some(&voter.token), &json!({"value": "agree"}))
        .await
        .expect(200);
    let cid = app
        .get(&format!("/api/v1/proposals/{id}"), None)
        .await
        .expect(200)["consultation_id"]
        .as_str()
        .unwrap()
        .to_owned();
    for closed in ["review", "closed"] {
        app.set_phase(&admin, &cid, closed).await;
        app.put(&path, Some(&voter.token), &json!({"value": "disagree"}))
            .await
            .expect_problem(409, "phase_closed");
        app.delete(&path, Some(&voter.token))
            .await
            .expect_problem(409, "phase_closed");
    }
    assert_eq!(
        counts(&app, &id).await["agree"],
        1,
        "the refused votes changed nothing"
    );
}

async fn bad_votes_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, id) = setup(&app, "ideation").await;
    let voter = app.sign_up("voter@example.org").await;
    let path = format!("/api/v1/proposals/{id}/vote");
    app.put(&path, None, &json!({"value": "agree"}))
        .await
        .expect_problem(401, "unauthenticated");
    app.put(&path, Some(&voter.token), &json!({"value": "maybe"}))
        .await
        .expect_problem(422, "validation_failed");
    app.put(&path, Some(&voter.token), &json!({}))
        .await
        .expect_problem(422, "validation_failed");
    app.put(
        &format!("/api/v1/proposals/{}/vote", Uuid::now_v7()),
        Some(&voter.token),
        &json!({"value": "agree"}),
    )
    .await
    .expect_problem(404, "proposal_not_found");
    app.put(
        "/api/v1/proposals/not-a-uuid/vote",
        Some(&voter.token),
        &json!({"value": "agree"}),
    )
    .await
    .expect_problem(404, "not_found");
    assert_eq!(
        counts(&app, &id).await,
        json!({"agree": 0, "disagree": 0, "pass": 0, "comments": 0})
    );
}

async fn two_hundred_citizens_voting_at_once_give_exactly_two_hundred_votes(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, id) = setup(&app, "ideation").await;
    let voters = app.many_citizens(200).await;
    let path = format!("/api/v1/proposals/{id}/vote");
    let values = ["agree", "disagree", "pass", "agree"];
    let replies = join_all(voters.iter().enumerate().map(|(i, voter)| {
        let body = json!({"value": values[i % values.len()]});
        let (app, path) = (&app, &path);
        async move {
            app.put(path, Some(&voter.token), &body)
                .await
                .status
                .as_u16()
        }
    }))
    .await;
    assert!(
        replies.iter().all(|s| *s == 200),
        "every vote accepted: {replies:?}"
    );
    let shown = counts(&app, &id).await;
    assert_eq!(shown["agree"], 100);
    assert_eq!(shown["disagree"], 50);
    assert_eq!(shown["pass"], 50);
    assert_counters_equal_recount(&app, &id).await;
}

async fn fifty_conflicting_votes_from_one_citizen_at_once_leave_one_vote(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, id) = setup(&app, "ideation").await;
    let voter = app.sign_up("voter@example.org").await;
    let path = format!("/api/v1/proposals/{id}/vote");
    let values = ["agree", "disagree", "pass"];
    let replies = join_all((0..50).map(|i| {
        let (app, path, voter) = (&app, &path, &voter);
        async move {
            if i % 7 == 6 {
                app.delete(path, Some(&voter.token)).await.status.as_u16()
            } else {
                app.put(path, Some(&voter.token), &json!({"value": values[i % 3]}))
                    .await
                    .status
                    .as_u16()
            }
        }
    }))
    .await;
    assert!(replies.iter().all(|s| *s == 200), "{replies:?}");
    let shown = counts(&app, &id).await;
    let total = shown["agree"].as_i64().unwrap()
        + shown["disagree"].as_i64().unwrap()
        + shown["pass"].as_i64().unwrap();
    assert!(total <= 1, "at most one vote remains: {shown}");
    assert_counters_equal_recount(&app, &id).await;
    let mine = app
        .get(&format!("/api/v1/proposals/{id}"), Some(&voter.token))
        .await
        .expect(200)["my_vote"]
        .clone();
    assert_eq!(
        mine.is_null(),
        total == 0,
        "my_vote agrees with the counters"
    );
}

async fn comment_votes_from_many_citizens_at_once_equal_a_recount(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, id) = setup(&app, "ideation").await;
    let voters = app.many_citizens(120).await;
    let comment = app
        .post(
            &format!("/api/v1/proposals/{id}/comments"),
            Some(&voters[0].token),
            &json!({"body": "เห็นด้วยครับ", "stance": "for"}),
        )
        .await
        .expect(201);
    let path = format!("/api/v1/comments/{}/vote", comment["id"].as_str().unwrap());
    // Everyone votes up, a third change their minds to down, a sixth retract — all at once.
    let replies = join_all(voters.iter().enumerate().flat_map(|(i, voter)| {
        let (app, path) = (&app, &path);
        let mut calls = vec![Box::pin(async move {
            app.put(path, Some(&voter.token), &json!({"value": "up"}))
                .await
                .status
                .as_u16()
        })
            as std::pin::Pin<Box<dyn std::future::Future<Output = u16>>>];
        if i % 3 == 0 {
            calls.push(Box::pin(async move {
                app.put(path, Some(&voter.token), &json!({"value": "down"}))
                    .await
                    .status
                    .as_u16()
            }));
        }
        if i % 6 == 1 {
            calls.push(Box::pin(async move {
                app.delete(path, Some(&voter.token)).await.status.as_u16()
            }));
        }
        calls
    }))
    .await;
    assert!(replies.iter().all(|s| *s == 200), "{replies:?}");
    let thread = app
        .get(&format!("/api/v1/proposals/{id}/comments"), None)
        .await
        .expect(200);
    let shown = &thread["items"][0];
    let (up, down) = sala::domain::comments::recount_votes(
        app.db.reader(),
        comment["id"].as_str().unwrap().parse().unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(
        (
            shown["up"].as_i64().unwrap(),
            shown["down"].as_i64().unwrap()
        ),
        (up as i64, down as i64)
    );
    assert!(
        up + down <= 120 && up + down >= 100,
        "one vote per person at most: {up} up, {down} down"
    );
}
