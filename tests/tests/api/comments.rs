//! Comments: threads and their depth, stances, phases, edits, deletion, counts and up/down votes.

use std::collections::HashSet;

use sala::domain::accounts::Role;
use sala::domain::comments::{recount_comments, recount_votes};
use sala_tests::{on_both_databases, spawn_app, Backend, Person, Reply, TestApp};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    comments_and_replies_come_back_as_a_nested_tree,
    replies_nest_at_most_six_levels_deep,
    a_reply_answers_a_comment_on_the_same_proposal_only,
    comments_stay_open_through_review_and_close_with_the_consultation,
    the_author_edits_a_comment_and_no_one_else_can,
    a_deleted_comment_keeps_its_place_and_its_replies,
    the_comment_count_follows_creates_and_deletes,
    comment_votes_are_idempotent_and_equal_a_recount,
    top_level_comments_page_through_in_either_order,
);

/// An administrator, a citizen, a consultation in ideation and a proposal in it.
async fn setup(app: &TestApp) -> (Person, Person, String, String) {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizen = app
        .operator_creates("somchai@example.org", Role::Citizen)
        .await;
    let cid = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let pid = app.proposal(&citizen, &cid, "ศูนย์ยุติธรรมชุมชนทุกตำบล").await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    (admin, citizen, cid, pid)
}

async fn comment(app: &TestApp, author: &Person, pid: &str, body: Value) -> Reply {
    app.post(
        &format!("/api/v1/proposals/{pid}/comments"),
        Some(&author.token),
        &body,
    )
    .await
}

/// A comment's id, from its JSON.
fn id(comment: &Value) -> String {
    comment["id"].as_str().expect("id").to_owned()
}

async fn say(
    app: &TestApp,
    author: &Person,
    pid: &str,
    body: &str,
    parent: Option<&str>,
) -> String {
    id(
        &comment(app, author, pid, json!({"body": body, "parent_id": parent}))
            .await
            .expect(201),
    )
}

async fn tree(app: &TestApp, pid: &str, query: &str, token: Option<&str>) -> Value {
    app.get(&format!("/api/v1/proposals/{pid}/comments?{query}"), token)
        .await
        .expect(200)
}

/// Every node of a tree, depth first.
fn nodes(items: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    for item in items.as_array().expect("a list") {
        out.push(item.clone());
        out.extend(nodes(&item["replies"]));
    }
    out
}

async fn comment_count(app: &TestApp, pid: &str) -> i64 {
    app.get(&format!("/api/v1/proposals/{pid}"), None)
        .await
        .expect(200)["counts"]["comments"]
        .as_i64()
        .expect("count")
}

async fn comments_and_replies_come_back_as_a_nested_tree(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, author, _, pid) = setup(&app).await;
    let other = app
        .operator_creates("malee@example.org", Role::Citizen)
        .await;
    let first = comment(
        &app,
        &other,
        &pid,
        json!({"body": "เห็นด้วย **มาก**", "stance": "for"}),
    )
    .await
    .expect(201);
    assert_eq!(
        (first["depth"].as_i64(), first["parent_id"].clone()),
        (Some(0), Value::Null)
    );
    assert_eq!(
        (first["stance"].as_str(), first["body"].as_str()),
        (Some("for"), Some("เห็นด้วย **มาก**"))
    );
    assert!(first["body_html"]
        .as_str()
        .unwrap()
        .contains("<strong>มาก</strong>"));
    assert_eq!(
        first["author"],
        json!({"id": other.id, "display_name": "Operator-made"})
    );
    assert_eq!(
        (
            first["up"].as_i64(),
            first["down"].as_i64(),
            first["deleted"].as_bool()
        ),
        (Some(0), Some(0), Some(false))
    );
    assert_eq!(first["edited_at"], Value::Null);
    let reply = comment(
        &app,
        &author,
        &pid,
        json!({"body": "ขอบคุณครับ", "parent_id": id(&first)}),
    )
    .await
    .expect(201);
    assert_eq!(
        (
            reply["depth"].as_i64(),
            reply["parent_id"].as_str(),
            reply["stance"].as_str()
        ),
        (Some(1), Some(id(&first).as_str()), Some("neutral"))
    );
    let deeper = say(&app, &other, &pid, "ยินดีค่ะ", Some(&id(&reply))).await;
    let second = comment(
        &app,
        &author,
        &pid,
        json!({"body": "ไม่เห็นด้วยในบางส่วน", "stance": "against"}),
    )
    .await
    .expect(201);

    let items = tree(&app, &pid, "", None).await["items"].clone();
    assert_eq!(
        items.as_array().unwrap().len(),
        2,
        "two top-level comments, oldest first"
    );
    assert_eq!(
        (items[0]["id"].as_str(), items[1]["id"].as_str()),
        (Some(id(&first).as_str()), Some(id(&second).as_str()))
    );
    assert_eq!(items[1]["stance"], "against");
    assert_eq!(items[0]["replies"][0]["id"], id(&reply).as_str());
    assert_eq!(items[0]["replies"][0]["replies"][0]["id"], deeper.as_str());
    assert_eq!(items[0]["replies"][0]["replies"][0]["depth"], 2);
    assert_eq!(items[1]["replies"], json!([]));
    comment(&app, &author, &pid, json!({"body": "   "}))
        .await
        .expect_problem(422, "validation_failed");
    comment(&app, &author, &pid, json!({"body": "ดี", "stance": "maybe"}))
        .await
        .expect_problem(422, "validation_failed");
    app.post(
        &format!("/api/v1/proposals/{pid}/comments"),
        None,
        &json!({"body": "นิรนาม"}),
    )
    .await
    .expect_problem(401, "unauthenticated");
    assert_eq!(
        nodes(&tree(&app, &pid, "", None).await["items"]).len(),
        4,
        "refused comments left nothing"
    );
}

async fn replies_nest_at_most_six_levels_deep(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, _, pid) = setup(&app).await;
    let mut parent = say(&app, &citizen, &pid, "ระดับ 0", None).await;
    for depth in 1..=6 {
        let reply = comment(
            &app,
            &citizen,
            &pid,
            json!({"body": format!("ระดับ {depth}"), "parent_id": parent}),
        )
        .await
        .expect(201);
        assert_eq!(reply["depth"], depth);
        parent = id(&reply);
    }
    let problem = comment(
        &app,
        &citizen,
        &pid,
        json!({"body": "ระดับ 7", "parent_id": parent}),
    )
    .await
    .expect_problem(422, "validation_failed");
    assert_eq!(
        (
            problem["errors"][0]["field"].as_str(),
            problem["errors"][0]["code"].as_str()
        ),
        (Some("parent_id"), Some("too_deep"))
    );
    let all = nodes(&tree(&app, &pid, "", None).await["items"]);
    let depths: Vec<i64> = all.iter().map(|c| c["depth"].as_i64().unwrap()).collect();
    assert_eq!(depths, [0, 1, 2, 3, 4, 5, 6]);
    assert_eq!(comment_count(&app, &pid).await, 7);
}

async fn a_reply_answers_a_comment_on_the_same_proposal_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid, pid) = setup(&app).await;
    let elsewhere = app.proposal(&citizen, &cid, "ข้อเสนออีกเรื่องหนึ่ง").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let foreign = say(&app, &citizen, &elsewhere, "ความเห็นในข้อเสนออื่น", None).await;
    for parent in [foreign, Uuid::now_v7().to_string()] {
        let problem = comment(
            &app,
            &citizen,
            &pid,
            json!({"body": "ตอบผิดที่", "parent_id": parent}),
        )
        .await
        .expect_problem(422, "validation_failed");
        assert_eq!(
            (
                problem["errors"][0]["field"].as_str(),
                problem["errors"][0]["code"].as_str()
            ),
            (Some("parent_id"), Some("not_found"))
        );
    }
    assert_eq!(tree(&app, &pid, "", None).await["items"], json!([]));
    assert_eq!(comment_count(&app, &pid).await, 0);
    comment(
        &app,
        &citizen,
        &Uuid::now_v7().to_string(),
        json!({"body": "ไม่มีข้อเสนอนี้"}),
    )
    .await
    .expect_problem(404, "proposal_not_found");
}

async fn comments_stay_open_through_review_and_close_with_the_consultation(backend: Backend) {
    let app = spawn_app(backend).await;
    let (admin, citizen, cid, pid) = setup(&app).await;
    let voter = app
        .operator_creates("voter@example.org", Role::Citizen)
        .await;
    let mut said = Vec::new();
    for phase in ["voting", "review"] {
        app.set_phase(&admin, &cid, phase).await;
        said.push(say(&app, &citizen, &pid, &format!("ความเห็นช่วง {phase}"), None).await);
    }
    app.set_phase(&admin, &cid, "closed").await;
    comment(&app, &citizen, &pid, json!({"body": "ความเห็นหลังปิด"}))
        .await
        .expect_problem(409, "phase_closed");
    comment(
        &app,
        &citizen,
        &pid,
        json!({"body": "ตอบหลังปิด", "parent_id": said[0]}),
    )
    .await
    .expect_problem(409, "phase_closed");
    app.patch(
        &format!("/api/v1/comments/{}", said[0]),
        Some(&citizen.token),
        &json!({"body": "แก้หลังปิด"}),
    )
    .await
    .expect_problem(409, "phase_closed");
    app.put(
        &format!("/api/v1/comments/{}/vote", said[0]),
        Some(&voter.token),
        &json!({"value": "up"}),
    )
    .await
    .expect_problem(409, "phase_closed");
    let items = tree(&app, &pid, "", None).await["items"].clone();
    let bodies: Vec<&str> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["body"].as_str().unwrap())
        .collect();
    assert_eq!(
        bodies,
        ["ความเห็นช่วง voting", "ความเห็นช่วง review"],
        "still readable, nothing added"
    );

    app.set_phase(&admin, &cid, "ideation").await;
    let withdrawn = app.proposal(&citizen, &cid, "ข้อเสนอที่ถอนแล้ว").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.delete(
        &format!("/api/v1/proposals/{withdrawn}"),
        Some(&citizen.token),
    )
    .await
    .expect(200);
    comment(
        &app,
        &citizen,
        &withdrawn,
        json!({"body": "ความเห็นต่อข้อเสนอที่ถอน"}),
    )
    .await
    .expect_problem(409, "proposal_withdrawn");
}

async fn the_author_edits_a_comment_and_no_one_else_can(backend: Backend) {
    let app = spawn_app(backend).await;
    let (admin, author, _, pid) = setup(&app).await;
    let other = app
        .operator_creates("other@example.org", Role::Citizen)
        .await;
    let cid = say(&app, &author, &pid, "ความเห็นฉบับแรก", None).await;
    let path = format!("/api/v1/comments/{cid}");
    let edited = app
        .patch(
            &path,
            Some(&author.token),
            &json!({"body": "ความเห็นฉบับ _แก้ไข_", "stance": "against"}),
        )
        .await
        .expect(200);
    assert_eq!(
        (edited["body"].as_str(), edited["stance"].as_str()),
        (Some("ความเห็นฉบับ _แก้ไข_"), Some("against"))
    );
    assert!(edited["body_html"]
        .as_str()
        .unwrap()
        .contains("<em>แก้ไข</em>"));
    let unsafe_body = json!({"body": "<script>alert(1)</script>\n\n[คลิก](javascript:alert(1)) <img src=x onerror=alert(1)>"});
    let html = app
        .patch(&path, Some(&author.token), &unsafe_body)
        .await
        .expect(200)["body_html"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        html.contains("คลิก")
            && !html.contains("<script")
            && !html.contains("javascript:")
            && !html.contains("onerror"),
        "{html}"
    );
    let edited = app
        .patch(
            &path,
            Some(&author.token),
            &json!({"body": "ความเห็นฉบับ _แก้ไข_"}),
        )
        .await
        .expect(200);
    let at = |field: &str| -> chrono::DateTime<chrono::Utc> {
        edited[field]
            .as_str()
            .expect(field)
            .parse()
            .expect("a timestamp")
    };
    assert!(at("edited_at") >= at("created_at"), "edited_at is set");

    app.patch(&path, Some(&other.token), &json!({"body": "แก้ความเห็นคนอื่น"}))
        .await
        .expect_problem(403, "forbidden");
    app.patch(&path, Some(&admin.token), &json!({"body": "ผู้ดูแลแก้ความเห็น"}))
        .await
        .expect_problem(403, "forbidden");
    app.patch(&path, Some(&author.token), &json!({"body": ""}))
        .await
        .expect_problem(422, "validation_failed");
    app.patch(
        &format!("/api/v1/comments/{}", Uuid::now_v7()),
        Some(&author.token),
        &json!({"body": "ไม่มีความเห็นนี้"}),
    )
    .await
    .expect_problem(404, "comment_not_found");
    let seen = &tree(&app, &pid, "", None).await["items"][0];
    assert_eq!(
        (seen["body"].as_str(), seen["stance"].as_str()),
        (Some("ความเห็นฉบับ _แก้ไข_"), Some("against"))
    );
    assert_eq!(seen["edited_at"], edited["edited_at"]);
}

async fn a_deleted_comment_keeps_its_place_and_its_replies(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, author, _, pid) = setup(&app).await;
    let other = app
        .operator_creates("other@example.org", Role::Citizen)
        .await;
    let moderator = app
        .operator_creates("mod@example.org", Role::Moderator)
        .await;
    let root = say(&app, &author, &pid, "ความเห็นที่จะลบ", None).await;
    let reply = say(&app, &other, &pid, "คำตอบที่ยังอยู่", Some(&root)).await;
    let rude = say(&app, &other, &pid, "ความเห็นที่ไม่เหมาะสม", None).await;

    app.delete(&format!("/api/v1/comments/{root}"), Some(&other.token))
        .await
        .expect_problem(403, "forbidden");
    app.delete(&format!("/api/v1/comments/{root}"), None)
        .await
        .expect_problem(401, "unauthenticated");
    app.delete(&format!("/api/v1/comments/{root}"), Some(&author.token))
        .await
        .expect(204);
    app.delete(&format!("/api/v1/comments/{root}"), Some(&author.token))
        .await
        .expect(204);
    app.delete(&format!("/api/v1/comments/{rude}"), Some(&moderator.token))
        .await
        .expect(204);

    for token in [
        None,
        Some(author.token.as_str()),
        Some(moderator.token.as_str()),
    ] {
        let items = tree(&app, &pid, "", token).await["items"].clone();
        assert_eq!(items.as_array().unwrap().len(), 2, "both places stay");
        for gone in [&items[0], &items[1]] {
            assert_eq!(
                (
                    gone["deleted"].as_bool(),
                    gone["body"].clone(),
                    gone["body_html"].clone(),
                    gone["author"].clone()
                ),
                (Some(true), Value::Null, Value::Null, Value::Null),
                "{gone}"
            );
        }
        assert_eq!(items[0]["id"], root.as_str());
        assert_eq!(items[0]["replies"][0]["id"], reply.as_str());
        assert_eq!(items[0]["replies"][0]["body"], "คำตอบที่ยังอยู่");
    }
    comment(
        &app,
        &other,
        &pid,
        json!({"body": "ตอบความเห็นที่ลบ", "parent_id": root}),
    )
    .await
    .expect_problem(409, "comment_removed");
    app.patch(
        &format!("/api/v1/comments/{root}"),
        Some(&author.token),
        &json!({"body": "กู้คืนข้อความ"}),
    )
    .await
    .expect_problem(404, "comment_not_found");
    app.delete(
        &format!("/api/v1/comments/{}", Uuid::now_v7()),
        Some(&author.token),
    )
    .await
    .expect_problem(404, "comment_not_found");
}

async fn the_comment_count_follows_creates_and_deletes(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid, pid) = setup(&app).await;
    let first = say(&app, &citizen, &pid, "ความเห็นที่หนึ่ง", None).await;
    assert_eq!(comment_count(&app, &pid).await, 1);
    let reply = say(&app, &citizen, &pid, "คำตอบที่หนึ่ง", Some(&first)).await;
    say(&app, &citizen, &pid, "คำตอบที่สอง", Some(&reply)).await;
    say(&app, &citizen, &pid, "ความเห็นที่สอง", None).await;
    assert_eq!(comment_count(&app, &pid).await, 4);
    app.delete(&format!("/api/v1/comments/{reply}"), Some(&citizen.token))
        .await
        .expect(204);
    app.delete(&format!("/api/v1/comments/{reply}"), Some(&citizen.token))
        .await
        .expect(204);
    assert_eq!(
        comment_count(&app, &pid).await,
        3,
        "deleting twice counts once"
    );

    let all = nodes(&tree(&app, &pid, "", None).await["items"]);
    let visible = all.iter().filter(|c| c["deleted"] == false).count() as i64;
    assert_eq!((all.len(), visible), (4, 3));
    assert_eq!(comment_count(&app, &pid).await, visible);
    let recount = recount_comments(app.db.reader(), pid.parse().unwrap())
        .await
        .expect("recount");
    assert_eq!(i64::from(recount), visible);
    let listed = app
        .get(&format!("/api/v1/consultations/{cid}/proposals"), None)
        .await
        .expect(200);
    assert_eq!(
        listed["items"][0]["counts"]["comments"], 3,
        "the list shows the same count"
    );
}

async fn comment_votes_are_idempotent_and_equal_a_recount(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, author, _, pid) = setup(&app).await;
    let voters = app.many_citizens(3).await;
    let target = say(&app, &author, &pid, "ความเห็นให้ลงคะแนน", None).await;
    let path = format!("/api/v1/comments/{target}/vote");
    let up = json!({"value": "up"});
    let first = app
        .put(&path, Some(&voters[0].token), &up)
        .await
        .expect(200);
    assert_eq!(first, json!({"my_vote": "up", "up": 1, "down": 0}));
    assert_eq!(
        app.put(&path, Some(&voters[0].token), &up)
            .await
            .expect(200),
        first,
        "the same vote again changes nothing"
    );
    app.put(&path, Some(&voters[1].token), &up)
        .await
        .expect(200);
    let changed = app
        .put(&path, Some(&voters[0].token), &json!({"value": "down"}))
        .await
        .expect(200);
    assert_eq!(changed, json!({"my_vote": "down", "up": 1, "down": 1}));
    app.put(&path, Some(&voters[2].token), &json!({"value": "down"}))
        .await
        .expect(200);
    let retracted = app.delete(&path, Some(&voters[2].token)).await.expect(200);
    assert_eq!(retracted, json!({"my_vote": null, "up": 1, "down": 1}));
    assert_eq!(
        app.delete(&path, Some(&voters[2].token)).await.expect(200),
        retracted,
        "retracting twice is fine"
    );
    app.put(&path, Some(&voters[2].token), &json!({"value": "sideways"}))
        .await
        .expect_problem(422, "validation_failed");
    app.put(&path, None, &up)
        .await
        .expect_problem(401, "unauthenticated");

    let recount = recount_votes(app.db.reader(), target.parse().unwrap())
        .await
        .expect("recount");
    assert_eq!(recount, (1, 1));
    for (token, mine) in [
        (Some(voters[0].token.as_str()), json!("down")),
        (Some(voters[1].token.as_str()), json!("up")),
        (Some(voters[2].token.as_str()), Value::Null),
        (None, Value::Null),
    ] {
        let seen = &tree(&app, &pid, "", token).await["items"][0];
        assert_eq!(
            (
                seen["up"].as_i64(),
                seen["down"].as_i64(),
                seen["my_vote"].clone()
            ),
            (Some(1), Some(1), mine)
        );
    }

    app.delete(&format!("/api/v1/comments/{target}"), Some(&author.token))
        .await
        .expect(204);
    app.put(&path, Some(&voters[2].token), &up)
        .await
        .expect_problem(404, "comment_not_found");
    app.delete(&path, Some(&voters[0].token))
        .await
        .expect_problem(404, "comment_not_found");
    app.put(
        &format!("/api/v1/comments/{}/vote", Uuid::now_v7()),
        Some(&voters[0].token),
        &up,
    )
    .await
    .expect_problem(404, "comment_not_found");
    assert_eq!(
        recount_votes(app.db.reader(), target.parse().unwrap())
            .await
            .expect("recount"),
        (1, 1)
    );
}

async fn top_level_comments_page_through_in_either_order(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, _, pid) = setup(&app).await;
    let mut roots = Vec::new();
    for i in 0..7 {
        let root = say(&app, &citizen, &pid, &format!("ความเห็นหลักที่ {i}"), None).await;
        say(
            &app,
            &citizen,
            &pid,
            &format!("คำตอบของความเห็นที่ {i}"),
            Some(&root),
        )
        .await;
        roots.push(root);
    }
    for (order, expected) in [
        ("oldest", roots.clone()),
        ("newest", roots.iter().rev().cloned().collect()),
    ] {
        let mut seen = Vec::new();
        let mut sizes = Vec::new();
        let mut cursor = String::new();
        loop {
            let page = tree(&app, &pid, &format!("order={order}&limit=3{cursor}"), None).await;
            let items = page["items"].as_array().unwrap();
            sizes.push(items.len());
            for item in items {
                assert_eq!(
                    item["replies"].as_array().unwrap().len(),
                    1,
                    "each thread comes with its reply"
                );
                assert_eq!(item["replies"][0]["parent_id"], item["id"]);
                seen.push(id(item));
            }
            match page["next_cursor"].as_str() {
                Some(next) => cursor = format!("&cursor={next}"),
                None => break,
            }
        }
        assert_eq!(sizes, [3, 3, 1], "order={order}");
        assert_eq!(
            seen, expected,
            "order={order}: every top-level comment once, in order"
        );
        assert_eq!(seen.iter().collect::<HashSet<_>>().len(), 7);
    }
    let default = tree(&app, &pid, "", None).await;
    assert_eq!(
        default["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(id)
            .collect::<Vec<_>>(),
        roots,
        "oldest first by default"
    );
    for query in [
        "limit=0",
        "limit=101",
        "cursor=not-a-cursor",
        "order=random",
    ] {
        app.get(&format!("/api/v1/proposals/{pid}/comments?{query}"), None)
            .await
            .expect_problem(422, "validation_failed");
    }
}
