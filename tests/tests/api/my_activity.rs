//! A person's own activity: their proposals (status, answered or not), comments (with the
//! proposal they are on), votes (their choice, seen by them alone) and follows, a page at a
//! time; their hidden words marked hidden, and someone else's hidden proposal never named.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    people_see_their_proposals_comments_votes_and_follows,
    hidden_words_are_marked_for_their_author_and_never_named_to_others,
    each_list_pages_with_a_cursor,
    activity_is_only_for_the_signed_in_person,
);

async fn activity(app: &TestApp, who: &Person, kind: &str, query: &str) -> Value {
    app.get(
        &format!("/api/v1/me/activity/{kind}?{query}"),
        Some(&who.token),
    )
    .await
    .expect(200)
}

fn id_of(value: &Value) -> String {
    value["id"].as_str().expect("id").to_owned()
}

async fn comment(app: &TestApp, who: &Person, proposal: &str, body: &str) -> String {
    id_of(
        &app.post(
            &format!("/api/v1/proposals/{proposal}/comments"),
            Some(&who.token),
            &json!({ "body": body }),
        )
        .await
        .expect(201),
    )
}

async fn hide(app: &TestApp, moderator: &Person, kind: &str, id: &str, reason: &str) {
    app.post(
        "/api/v1/moderation/actions",
        Some(&moderator.token),
        &json!({"action": "hide", "target_type": kind, "target_id": id, "reason": reason}),
    )
    .await
    .expect(201);
}

async fn people_see_their_proposals_comments_votes_and_follows(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let author = app.sign_up("author@example.org").await;
    let neighbour = app.sign_up("neighbour@example.org").await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid = consultation["id"].as_str().expect("id");
    let mine = id_of(&app.proposal(&author, cid, "ลานกีฬาชุมชนริมคลอง").await);
    let theirs = id_of(&app.proposal(&neighbour, cid, "ห้องสมุดเคลื่อนที่").await);
    comment(&app, &author, &theirs, "เห็นด้วยครับ ควร**ขยาย**ไปทุกตำบล").await;
    app.vote(&author, &theirs, "disagree").await;
    app.vote(&author, &mine, "agree").await;
    app.vote(&neighbour, &mine, "agree").await;
    app.post(
        &format!("/api/v1/consultations/{cid}/follow"),
        Some(&author.token),
        &json!({}),
    )
    .await
    .expect(204);
    app.put(
        &format!("/api/v1/proposals/{mine}/response"),
        Some(&admin.token),
        &json!({"status": "accepted", "answer": "จะจัดสร้างในปีงบประมาณหน้า"}),
    )
    .await
    .expect(200);

    let proposals = activity(&app, &author, "proposals", "").await;
    let items = proposals["items"].as_array().expect("items");
    assert_eq!(items.len(), 1, "only the author's own: {proposals}");
    let p = &items[0];
    assert_eq!(p["id"], mine.as_str());
    assert_eq!(p["title"], "ลานกีฬาชุมชนริมคลอง");
    assert_eq!(p["status"], "accepted");
    assert_eq!(p["answered"], true);
    assert!(p["answered_at"].is_string());
    assert_eq!(p["hidden"], false);
    assert_eq!(p["agree_count"], 2);
    assert_eq!(p["consultation"]["id"], cid);
    assert_eq!(p["consultation"]["slug"], consultation["slug"]);

    let comments = activity(&app, &author, "comments", "").await;
    let c = &comments["items"][0];
    assert_eq!(c["excerpt"], "เห็นด้วยครับ ควร**ขยาย**ไปทุกตำบล");
    assert_eq!(c["hidden"], false);
    assert_eq!(c["proposal"]["id"], theirs.as_str());
    assert_eq!(c["proposal"]["title"], "ห้องสมุดเคลื่อนที่");
    assert_eq!(c["proposal"]["available"], true);
    assert_eq!(comments["items"].as_array().map(Vec::len), Some(1));

    let votes = activity(&app, &author, "votes", "").await;
    let choices: Vec<(&str, &str)> = votes["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|v| {
            (
                v["proposal"]["id"].as_str().unwrap(),
                v["choice"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        choices,
        [(mine.as_str(), "agree"), (theirs.as_str(), "disagree")]
    );

    let follows = activity(&app, &author, "follows", "").await;
    let kinds: Vec<(&str, &str)> = follows["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|f| {
            (
                f["target_type"].as_str().unwrap(),
                f["consultation"]["id"].as_str().unwrap(),
            )
        })
        .collect();
    // Proposing follows one's own proposal; the consultation was followed by hand.
    assert!(kinds.contains(&("consultation", cid)), "{follows}");
    let followed_proposal = follows["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["target_type"] == "proposal");
    if let Some(f) = followed_proposal {
        assert_eq!(f["proposal"]["id"], mine.as_str());
    }

    // The neighbour's lists hold none of the author's activity.
    let theirs_listed = activity(&app, &neighbour, "comments", "").await;
    assert_eq!(theirs_listed["items"], json!([]));
    let neighbour_votes = activity(&app, &neighbour, "votes", "").await;
    assert_eq!(neighbour_votes["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(neighbour_votes["items"][0]["proposal"]["id"], mine.as_str());
}

async fn hidden_words_are_marked_for_their_author_and_never_named_to_others(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let moderator = app
        .operator_creates("mod@example.org", Role::Moderator)
        .await;
    let author = app.sign_up("author@example.org").await;
    let neighbour = app.sign_up("neighbour@example.org").await;
    let cid = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let mine = id_of(&app.proposal(&author, &cid, "ข้อเสนอที่ถูกซ่อน").await);
    let theirs = id_of(&app.proposal(&neighbour, &cid, "ชื่อที่ไม่ควรรั่วไหล").await);
    let said = comment(&app, &author, &theirs, "ความเห็นที่จะถูกซ่อน").await;
    app.vote(&author, &theirs, "agree").await;
    app.post(
        &format!("/api/v1/proposals/{theirs}/follow"),
        Some(&author.token),
        &json!({}),
    )
    .await
    .expect(204);
    hide(&app, &moderator, "proposal", &mine, "ข้อมูลส่วนบุคคล").await;
    hide(&app, &moderator, "comment", &said, "ไม่สุภาพ").await;
    hide(&app, &moderator, "proposal", &theirs, "ละเมิดข้อ 3").await;

    let proposals = activity(&app, &author, "proposals", "").await;
    assert_eq!(proposals["items"][0]["title"], "ข้อเสนอที่ถูกซ่อน");
    assert_eq!(proposals["items"][0]["hidden"], true);
    assert_eq!(proposals["items"][0]["hidden_reason"], "ข้อมูลส่วนบุคคล");

    let comments = activity(&app, &author, "comments", "").await;
    let c = &comments["items"][0];
    assert_eq!(
        (c["hidden"].as_bool(), c["hidden_reason"].as_str()),
        (Some(true), Some("ไม่สุภาพ"))
    );
    assert_eq!(
        c["excerpt"], "ความเห็นที่จะถูกซ่อน",
        "their own words, still theirs to read"
    );
    assert_eq!(c["proposal"]["available"], false);
    assert_eq!(
        c["proposal"]["title"],
        Value::Null,
        "someone else's hidden proposal is not named"
    );

    for kind in ["votes", "follows"] {
        let page = activity(&app, &author, kind, "").await;
        let on_theirs = page["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["proposal"]["id"] == theirs.as_str())
            .unwrap_or_else(|| panic!("{kind}: {page}"))
            .clone();
        assert_eq!(on_theirs["proposal"]["title"], Value::Null, "{kind}");
        assert!(
            !page.to_string().contains("ชื่อที่ไม่ควรรั่วไหล"),
            "{kind}: {page}"
        );
    }
    // The neighbour still sees their own hidden proposal, marked.
    let own = activity(&app, &neighbour, "proposals", "").await;
    assert_eq!(own["items"][0]["title"], "ชื่อที่ไม่ควรรั่วไหล");
    assert_eq!(own["items"][0]["hidden"], true);
}

async fn each_list_pages_with_a_cursor(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let author = app.sign_up("author@example.org").await;
    let cid = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .expect("id")
        .to_owned();
    let mut proposals = Vec::new();
    for title in ["ข้อเสนอที่หนึ่ง", "ข้อเสนอที่สอง", "ข้อเสนอที่สาม"]
    {
        let id = id_of(&app.proposal(&author, &cid, title).await);
        comment(&app, &author, &id, &format!("ความเห็นต่อ{title}")).await;
        app.vote(&author, &id, "pass").await;
        proposals.push(id);
    }
    for kind in ["proposals", "comments", "votes", "follows"] {
        let mut seen = Vec::new();
        let mut query = "limit=2".to_owned();
        loop {
            let page = activity(&app, &author, kind, &query).await;
            let items = page["items"].as_array().expect("items");
            assert!(items.len() <= 2, "{kind}");
            seen.extend(items.iter().map(|i| i.to_string()));
            match page["next_cursor"].as_str() {
                Some(cursor) => query = format!("limit=2&cursor={cursor}"),
                None => break,
            }
        }
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), seen.len(), "{kind}: nothing twice");
        if kind != "follows" {
            assert_eq!(seen.len(), 3, "{kind}: every item once");
        }
    }
    let newest = activity(&app, &author, "proposals", "limit=1").await;
    assert_eq!(
        newest["items"][0]["id"],
        proposals[2].as_str(),
        "newest first"
    );
    app.get(
        "/api/v1/me/activity/votes?cursor=nonsense",
        Some(&author.token),
    )
    .await
    .expect_problem(422, "validation_failed");
}

async fn activity_is_only_for_the_signed_in_person(backend: Backend) {
    let app = spawn_app(backend).await;
    for kind in ["proposals", "comments", "votes", "follows"] {
        app.get(&format!("/api/v1/me/activity/{kind}"), None)
            .await
            .expect_problem(401, "unauthenticated");
    }
}
