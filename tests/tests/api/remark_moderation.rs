//! Remarks on documents are moderated like comments: people flag a remark once each and it
//! reaches the queue with its words and where it is; those who moderate the document's
//! consultation hide it with a reason and show it again, and nobody else may; a hidden remark
//! leaves the public list (its author and moderators still read it, marked hidden) and its
//! amendment cannot be accepted; its author is told; every decision is on the moderation log
//! and the audit log.

use sala::db::entities::document_remarks;
use sala::domain::accounts::Role;
use sala::domain::moderation::flags::recount_open;
use sala::domain::moderation::TargetType;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use sea_orm::EntityTrait;
use serde_json::{json, Value};
use uuid::Uuid;

use super::documents::{charter, id, publish, scene};

on_both_databases!(
    a_flagged_remark_reaches_the_queue_once_per_person_with_its_words_and_place,
    moderators_of_the_consultation_hide_a_remark_from_the_public_and_show_it_again,
);

async fn flag(app: &TestApp, who: &Person, remark: &str, reason: &str) -> sala_tests::Reply {
    app.post(
        "/api/v1/flags",
        Some(&who.token),
        &json!({"target_type": "remark", "target_id": remark, "reason": reason}),
    )
    .await
}

async fn act(app: &TestApp, who: &Person, action: &str, remark: &str) -> sala_tests::Reply {
    app.post(
        "/api/v1/moderation/actions",
        Some(&who.token),
        &json!({"action": action, "target_type": "remark", "target_id": remark,
                "reason": "ใช้ถ้อยคำหยาบคาย"}),
    )
    .await
}

async fn queue(app: &TestApp, who: &Person, query: &str) -> Vec<Value> {
    super::moderation::queue(app, who, query).await["items"]
        .as_array()
        .unwrap()
        .clone()
}

/// The remarks a viewer reads on the document's current version.
async fn remarks(app: &TestApp, who: Option<&Person>, doc: &str) -> Vec<Value> {
    app.get(
        &format!("/api/v1/documents/{doc}/remarks"),
        who.map(|p| p.token.as_str()),
    )
    .await
    .expect(200)["items"]
        .as_array()
        .unwrap()
        .clone()
}

/// The person's first notification, once the outbox worker has delivered it.
async fn first_notification(app: &TestApp, who: &Person) -> Value {
    for _ in 0..100 {
        let page = app
            .get("/api/v1/me/notifications", Some(&who.token))
            .await
            .expect(200);
        if let Some(first) = page["items"].as_array().unwrap().first() {
            return first.clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{} was never told", who.email);
}

fn find<'a>(items: &'a [Value], remark: &str) -> Option<&'a Value> {
    items.iter().find(|r| r["id"] == remark)
}

/// The stored open-flag counter, and the open flags counted from the flag rows.
async fn flag_counts(app: &TestApp, remark: &str) -> (i32, i32) {
    let id: Uuid = remark.parse().unwrap();
    let row = document_remarks::Entity::find_by_id(id)
        .one(app.db.reader())
        .await
        .unwrap()
        .unwrap();
    let recounted = recount_open(app.db.reader(), TargetType::Remark, id)
        .await
        .unwrap();
    (row.flag_count, recounted)
}

/// A published charter with a citizen's open amendment on its second paragraph; returns the
/// document and the amendment.
async fn amended_charter(
    app: &TestApp,
    writer: &Person,
    author: &Person,
    cid: &str,
) -> (String, String) {
    let doc = id(&charter(app, writer, cid).await);
    let version = publish(app, writer, &doc).await["current"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let amendment = app
        .post(
            &format!("/api/v1/documents/{doc}/remarks"),
            Some(&author.token),
            &json!({
                "version_id": version, "paragraph": 1, "kind": "amendment",
                "body": "ข้อความนี้ไม่สุภาพ",
                "proposed_text": "ข้อ 2 ทุกองค์กรและกลุ่มเยาวชนร่วมกันคุ้มครอง",
            }),
        )
        .await
        .expect(201);
    (doc, id(&amendment))
}

async fn a_flagged_remark_reaches_the_queue_once_per_person_with_its_words_and_place(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    let reporter = app
        .operator_creates("reporter@example.org", Role::Citizen)
        .await;
    let (doc, remark) = amended_charter(&app, &s.analyst, &s.citizen, &s.consultation).await;

    let flagged = flag(&app, &reporter, &remark, "abuse").await.expect(201);
    assert_eq!(flagged["target_type"], "remark");
    assert_eq!(flagged["target_id"], remark.as_str());
    // One flag per person; nobody flags their own words; an unknown remark is not found.
    flag(&app, &reporter, &remark, "spam")
        .await
        .expect_problem(409, "already_flagged");
    flag(&app, &s.citizen, &remark, "spam")
        .await
        .expect_problem(403, "forbidden");
    flag(&app, &reporter, &Uuid::now_v7().to_string(), "spam")
        .await
        .expect_problem(404, "document_remark_not_found");
    assert_eq!(flag_counts(&app, &remark).await, (1, 1));

    // The queue shows the remark's words, its document and paragraph, and who wrote it.
    let items = queue(&app, &moderator, "target_type=remark").await;
    assert_eq!(items.len(), 1, "{items:?}");
    let item = &items[0];
    assert_eq!(item["target_type"], "remark");
    assert_eq!(item["target_id"], remark.as_str());
    assert_eq!(item["consultation_id"], s.consultation.as_str());
    assert_eq!(item["document_id"], doc.as_str());
    assert_eq!(item["paragraph"], 1);
    assert!(item["proposal_id"].is_null());
    assert_eq!(item["title"], "กฎบัตรสิทธิเด็ก");
    assert_eq!(item["text"], "ข้อความนี้ไม่สุภาพ");
    assert_eq!(item["author"]["id"], s.citizen.id.to_string());
    assert_eq!(item["hidden"], false);
    assert_eq!(item["open_flags"], 1);
    assert_eq!(item["reasons"], json!([{"reason": "abuse", "count": 1}]));
    // It is content: the other filters do not list it as a proposal or comment.
    assert!(queue(&app, &moderator, "target_type=comment")
        .await
        .is_empty());
    assert_eq!(queue(&app, &moderator, "").await.len(), 1);

    // One flag hides nothing.
    assert!(find(&remarks(&app, None, &doc).await, &remark).is_some());
}

async fn moderators_of_the_consultation_hide_a_remark_from_the_public_and_show_it_again(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let reporter = app
        .operator_creates("reporter@example.org", Role::Citizen)
        .await;
    let here = app
        .operator_creates("here@example.org", Role::Citizen)
        .await;
    let elsewhere = app
        .operator_creates("elsewhere@example.org", Role::Citizen)
        .await;
    let other = id(&app.consultation(&s.admin, "ideation").await);
    for (who, consultation) in [(&here, &s.consultation), (&elsewhere, &other)] {
        app.post(
            &format!("/api/v1/admin/consultations/{consultation}/moderators"),
            Some(&s.admin.token),
            &json!({"user_id": who.id}),
        )
        .await
        .expect(201);
    }
    let (doc, remark) = amended_charter(&app, &s.analyst, &s.citizen, &s.consultation).await;
    flag(&app, &reporter, &remark, "abuse").await.expect(201);

    // A moderator of another consultation neither sees it in the queue nor may hide it.
    assert!(queue(&app, &elsewhere, "").await.is_empty());
    act(&app, &elsewhere, "hide", &remark)
        .await
        .expect_problem(403, "forbidden");
    // Lock and pin are for proposals.
    act(&app, &here, "lock", &remark)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(queue(&app, &here, "").await.len(), 1);

    let logged = act(&app, &here, "hide", &remark).await.expect(201);
    assert_eq!(logged["action"], "hide");
    assert_eq!(logged["target_type"], "remark");
    // The flag was upheld: it leaves the open queue and the counter equals a recount.
    assert!(queue(&app, &here, "").await.is_empty());
    let resolved = queue(&app, &here, "state=resolved").await;
    assert_eq!(resolved[0]["target_id"], remark.as_str());
    assert_eq!(resolved[0]["flags"][0]["resolution"], "upheld");
    assert_eq!(flag_counts(&app, &remark).await, (0, 0));
    act(&app, &here, "hide", &remark)
        .await
        .expect_problem(409, "nothing_to_change");

    // The public and other readers no longer see it; its author and moderators do, marked.
    assert!(find(&remarks(&app, None, &doc).await, &remark).is_none());
    assert!(find(&remarks(&app, Some(&reporter), &doc).await, &remark).is_none());
    assert!(find(&remarks(&app, Some(&s.analyst), &doc).await, &remark).is_none());
    for who in [&s.citizen, &here, &s.admin] {
        let mine = remarks(&app, Some(who), &doc).await;
        let seen = find(&mine, &remark).expect("the author and moderators read it");
        assert_eq!(seen["hidden"], true);
        assert_eq!(seen["hidden_reason"], "ใช้ถ้อยคำหยาบคาย");
    }
    let listed = app
        .get(
            &format!("/api/v1/documents/{doc}/remarks"),
            Some(&here.token),
        )
        .await
        .expect(200);
    assert_eq!(listed["viewer_moderates"], true);

    // Its amendment cannot be taken into the draft, nor decided at all, while hidden.
    let decision = format!("/api/v1/documents/{doc}/remarks/{remark}/decision");
    app.post(&decision, Some(&s.analyst.token), &json!({"accept": true}))
        .await
        .expect_problem(404, "document_remark_not_found");
    app.post(
        &decision,
        Some(&s.analyst.token),
        &json!({"accept": false, "reason": "ไม่รับ"}),
    )
    .await
    .expect_problem(404, "document_remark_not_found");
    let detail = app
        .get(&format!("/api/v1/documents/{doc}"), Some(&s.analyst.token))
        .await
        .expect(200);
    assert!(detail["draft"].is_null(), "no draft was started for it");
    // Nobody else can flag what they cannot see.
    flag(&app, &s.analyst, &remark, "spam")
        .await
        .expect_problem(404, "document_remark_not_found");

    // Its author is told, in their inbox, with the document's title and a link to the remark.
    let told = first_notification(&app, &s.citizen).await;
    assert_eq!(told["kind"], "moderation_decision");
    assert_eq!(told["subject"]["about"], "remark");
    assert_eq!(
        told["subject"]["link_path"],
        format!("/documents/{doc}#remark-{remark}")
    );
    assert_eq!(
        told["headline"],
        "ผู้ดูแลได้ดำเนินการกับความเห็นของคุณต่อเอกสาร “กฎบัตรสิทธิเด็ก”: ซ่อน"
    );

    // Its author's own data says it is hidden.
    let export = app
        .get("/api/v1/me/export", Some(&s.citizen.token))
        .await
        .expect(200);
    assert_eq!(export["document_remarks"][0]["id"], remark.as_str());
    assert_eq!(export["document_remarks"][0]["hidden"], true);

    // Shown again, it is back for everyone, and the writers may accept it.
    act(&app, &elsewhere, "unhide", &remark)
        .await
        .expect_problem(403, "forbidden");
    act(&app, &here, "unhide", &remark).await.expect(201);
    let public = remarks(&app, None, &doc).await;
    let back = find(&public, &remark).expect("shown again");
    assert_eq!(back["hidden"], false);
    assert!(back["hidden_reason"].is_null());
    app.post(&decision, Some(&s.analyst.token), &json!({"accept": true}))
        .await
        .expect(200);

    // Both decisions are on the public log and, with who took them, on the audit log.
    let log = app
        .get("/api/v1/moderation/log?limit=100", None)
        .await
        .expect(200);
    let public_actions: Vec<(&str, &str)> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["target_id"] == remark.as_str())
        .map(|e| {
            (
                e["action"].as_str().unwrap(),
                e["target_type"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        public_actions.len(),
        2,
        "hide and unhide: {public_actions:?}"
    );
    assert!(public_actions.iter().all(|(_, kind)| *kind == "remark"));
    let audit = app
        .get(
            "/api/v1/admin/audit-log?limit=100&target_type=remark",
            Some(&s.admin.token),
        )
        .await
        .expect(200);
    let mut rows: Vec<(String, String, String)> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["target_id"].as_str().unwrap().to_owned(),
                e["actor"]["id"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    rows.sort();
    let here_id = here.id.to_string();
    assert_eq!(
        rows,
        vec![
            ("moderation.hide".into(), remark.clone(), here_id.clone()),
            ("moderation.unhide".into(), remark.clone(), here_id),
        ]
    );
}
