//! Remarks on a published document's paragraphs: a citizen comments on one paragraph and
//! suggests new words for another; the writers accept one amendment into the next draft and
//! reject another with a reason, and the author is told by email; remarks are made on the
//! current published version only, and what the people wrote is in their personal-data export.

use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend, SmtpServer};
use serde_json::{json, Value};

use super::documents::{charter, id, publish, scene};

on_both_databases!(
    citizens_comment_and_suggest_amendments_and_writers_decide_them,
    remarks_refuse_what_does_not_fit_with_their_codes,
    the_author_of_an_amendment_is_told_the_decision_by_smtp_once,
);

fn remarks_of(list: &Value) -> &Vec<Value> {
    list["items"].as_array().unwrap()
}

async fn citizens_comment_and_suggest_amendments_and_writers_decide_them(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let doc = id(&charter(&app, &s.analyst, &s.consultation).await);
    let v1 = publish(&app, &s.analyst, &doc).await["current"]["id"]
        .as_str()
        .unwrap()
        .to_owned();

    // A citizen comments on the first paragraph and suggests new words for the second.
    let comment = app
        .post(
            &format!("/api/v1/documents/{doc}/remarks"),
            Some(&s.citizen.token),
            &json!({"version_id": v1, "paragraph": 0, "kind": "comment", "body": "ควรระบุ**อายุ**ให้ชัดเจน"}),
        )
        .await
        .expect(201);
    assert_eq!(comment["kind"], "comment");
    assert!(comment["status"].is_null());
    assert!(comment["body_html"].as_str().unwrap().contains("<strong>"));
    let amendment = app
        .post(
            &format!("/api/v1/documents/{doc}/remarks"),
            Some(&s.citizen.token),
            &json!({
                "version_id": v1, "paragraph": 1, "kind": "amendment",
                "body": "ให้เยาวชนมีส่วนร่วมด้วย",
                "proposed_text": "ข้อ 2 ทุกองค์กรและกลุ่มเยาวชนร่วมกันคุ้มครอง",
            }),
        )
        .await
        .expect(201);
    assert_eq!(amendment["status"], "open");
    assert_eq!(amendment["original_text"], "ข้อ 2 **ทุกองค์กร**ร่วมกันคุ้มครอง");
    let second = app
        .post(
            &format!("/api/v1/documents/{doc}/remarks"),
            Some(&s.citizen.token),
            &json!({
                "version_id": v1, "paragraph": 0, "kind": "amendment",
                "body": "ตัดคำว่าทุกคน", "proposed_text": "ข้อ 1 เด็กมีสิทธิ",
            }),
        )
        .await
        .expect(201);

    // Anyone reads them, in paragraph order, with the author's name; only writers decide.
    let public = app
        .get(&format!("/api/v1/documents/{doc}/remarks"), None)
        .await
        .expect(200);
    assert_eq!(public["version"], 1);
    assert_eq!(public["viewer_may_decide"], false);
    let paragraphs: Vec<i64> = remarks_of(&public)
        .iter()
        .map(|r| r["paragraph"].as_i64().unwrap())
        .collect();
    assert_eq!(paragraphs, vec![0, 0, 1]);
    assert_eq!(remarks_of(&public)[0]["author_name"], "Operator-made");
    let mine = app
        .get(
            &format!("/api/v1/documents/{doc}/remarks"),
            Some(&s.analyst.token),
        )
        .await
        .expect(200);
    assert_eq!(mine["viewer_may_decide"], true);
    app.post(
        &format!(
            "/api/v1/documents/{doc}/remarks/{}/decision",
            id(&amendment)
        ),
        Some(&s.citizen.token),
        &json!({"accept": true}),
    )
    .await
    .expect_problem(403, "forbidden");

    // The writers accept one: its words go into a new draft, started for it.
    let accepted = app
        .post(
            &format!(
                "/api/v1/documents/{doc}/remarks/{}/decision",
                id(&amendment)
            ),
            Some(&s.analyst.token),
            &json!({"accept": true, "reason": "เห็นด้วย"}),
        )
        .await
        .expect(200);
    assert_eq!(accepted["status"], "accepted");
    assert_eq!(accepted["decision_reason"], "เห็นด้วย");
    let detail = app
        .get(&format!("/api/v1/documents/{doc}"), Some(&s.analyst.token))
        .await
        .expect(200);
    assert_eq!(detail["draft"]["number"], 2);
    assert_eq!(
        detail["draft"]["paragraphs"][1]["text"],
        "ข้อ 2 ทุกองค์กรและกลุ่มเยาวชนร่วมกันคุ้มครอง"
    );
    assert_eq!(detail["draft"]["paragraphs"][0]["text"], "ข้อ 1 เด็กทุกคนมีสิทธิ");
    // The published version did not change.
    assert_eq!(
        detail["current"]["paragraphs"][1]["text"],
        "ข้อ 2 **ทุกองค์กร**ร่วมกันคุ้มครอง"
    );
    // Deciding twice, or deciding a comment, is refused.
    app.post(
        &format!(
            "/api/v1/documents/{doc}/remarks/{}/decision",
            id(&amendment)
        ),
        Some(&s.analyst.token),
        &json!({"accept": false, "reason": "เปลี่ยนใจ"}),
    )
    .await
    .expect_problem(409, "already_decided");
    app.post(
        &format!("/api/v1/documents/{doc}/remarks/{}/decision", id(&comment)),
        Some(&s.analyst.token),
        &json!({"accept": true}),
    )
    .await
    .expect_problem(409, "not_an_amendment");

    // Rejecting needs a reason; with one, the amendment is closed and the draft untouched.
    app.post(
        &format!("/api/v1/documents/{doc}/remarks/{}/decision", id(&second)),
        Some(&s.analyst.token),
        &json!({"accept": false}),
    )
    .await
    .expect_problem(422, "validation_failed");
    let rejected = app
        .post(
            &format!("/api/v1/documents/{doc}/remarks/{}/decision", id(&second)),
            Some(&s.analyst.token),
            &json!({"accept": false, "reason": "ต้องคงหลักสิทธิของเด็กทุกคน"}),
        )
        .await
        .expect(200);
    assert_eq!(rejected["status"], "rejected");
    let detail = app
        .get(&format!("/api/v1/documents/{doc}"), Some(&s.analyst.token))
        .await
        .expect(200);
    assert_eq!(detail["draft"]["paragraphs"][0]["text"], "ข้อ 1 เด็กทุกคนมีสิทธิ");

    // Published, version 2 is the one open to remarks; version 1 keeps its own for the record.
    let v2 = publish(&app, &s.analyst, &doc).await["current"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.post(
        &format!("/api/v1/documents/{doc}/remarks"),
        Some(&s.citizen.token),
        &json!({"version_id": v1, "paragraph": 0, "kind": "comment", "body": "ยังมีอีก"}),
    )
    .await
    .expect_problem(409, "version_not_current");
    let now_open = app
        .get(&format!("/api/v1/documents/{doc}/remarks"), None)
        .await
        .expect(200);
    assert_eq!(now_open["version_id"], v2.as_str());
    assert!(remarks_of(&now_open).is_empty());
    let old = app
        .get(&format!("/api/v1/documents/{doc}/remarks?version=1"), None)
        .await
        .expect(200);
    assert_eq!(remarks_of(&old).len(), 3);

    // The audit log names both decisions.
    let log = app
        .get(
            "/api/v1/admin/audit-log?limit=100&target_type=document",
            Some(&s.admin.token),
        )
        .await
        .expect(200);
    let actions: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert!(
        actions.contains(&"document.amendment_accepted"),
        "{actions:?}"
    );
    assert!(
        actions.contains(&"document.amendment_rejected"),
        "{actions:?}"
    );

    // What the citizen wrote is in their own data.
    let export = app
        .get("/api/v1/me/export", Some(&s.citizen.token))
        .await
        .expect(200);
    let exported = export["document_remarks"].as_array().unwrap();
    assert_eq!(exported.len(), 3);
    assert!(exported.iter().any(|r| r["status"] == "accepted"));
}

async fn remarks_refuse_what_does_not_fit_with_their_codes(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let doc = id(&charter(&app, &s.analyst, &s.consultation).await);
    let detail = app
        .get(&format!("/api/v1/documents/{doc}"), Some(&s.analyst.token))
        .await
        .expect(200);
    let draft = detail["draft"]["id"].as_str().unwrap().to_owned();
    // A draft is not open to remarks, and the public cannot even see it.
    app.post(
        &format!("/api/v1/documents/{doc}/remarks"),
        Some(&s.citizen.token),
        &json!({"version_id": draft, "paragraph": 0, "kind": "comment", "body": "ก่อนเผยแพร่"}),
    )
    .await
    .expect_problem(404, "document_not_found");
    app.get(&format!("/api/v1/documents/{doc}/remarks"), None)
        .await
        .expect_problem(404, "document_not_found");
    // Its writers see it, but a draft is still not open to remarks.
    app.post(
        &format!("/api/v1/documents/{doc}/remarks"),
        Some(&s.analyst.token),
        &json!({"version_id": draft, "paragraph": 0, "kind": "comment", "body": "ร่าง"}),
    )
    .await
    .expect_problem(409, "version_not_current");
    let v1 = publish(&app, &s.analyst, &doc).await["current"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let remarks = format!("/api/v1/documents/{doc}/remarks");
    // Signed out: 401. Each bad field is named, and nothing is kept.
    app.post(
        &remarks,
        None,
        &json!({"version_id": v1, "paragraph": 0, "kind": "comment", "body": "x"}),
    )
    .await
    .expect_problem(401, "unauthenticated");
    for (body, field) in [
        (
            json!({"version_id": v1, "paragraph": 7, "kind": "comment", "body": "ย่อหน้าไม่มี"}),
            "paragraph",
        ),
        (
            json!({"version_id": v1, "paragraph": -1, "kind": "comment", "body": "ติดลบ"}),
            "paragraph",
        ),
        (
            json!({"version_id": v1, "paragraph": 0, "kind": "comment", "body": "  "}),
            "body",
        ),
        (
            json!({"version_id": v1, "paragraph": 0, "kind": "comment", "body": "ดี", "proposed_text": "x"}),
            "proposed_text",
        ),
        (
            json!({"version_id": v1, "paragraph": 0, "kind": "amendment", "body": "แก้"}),
            "proposed_text",
        ),
        (
            json!({"version_id": v1, "paragraph": 0, "kind": "amendment", "body": "แก้", "proposed_text": "ข้อ 1 เด็กทุกคนมีสิทธิ"}),
            "proposed_text",
        ),
    ] {
        let problem = app
            .post(&remarks, Some(&s.citizen.token), &body)
            .await
            .expect_problem(422, "validation_failed");
        assert_eq!(problem["errors"][0]["field"], field, "{body}");
    }
    app.post(
        &remarks,
        Some(&s.citizen.token),
        &json!({"version_id": v1, "paragraph": 0, "kind": "verdict", "body": "x"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    app.post(
        &remarks,
        Some(&s.citizen.token),
        &json!({"version_id": uuid::Uuid::now_v7(), "paragraph": 0, "kind": "comment", "body": "x"}),
    )
    .await
    .expect_problem(404, "document_version_not_found");
    let listed = app.get(&remarks, None).await.expect(200);
    assert!(remarks_of(&listed).is_empty());
    app.post(
        &format!("{remarks}/{}/decision", uuid::Uuid::now_v7()),
        Some(&s.analyst.token),
        &json!({"accept": true}),
    )
    .await
    .expect_problem(404, "document_remark_not_found");

    // An amendment whose paragraph the writers changed in the draft meanwhile is not applied.
    let amendment = app
        .post(
            &remarks,
            Some(&s.citizen.token),
            &json!({"version_id": v1, "paragraph": 0, "kind": "amendment", "body": "สั้นลง", "proposed_text": "ข้อ 1 เด็กมีสิทธิ"}),
        )
        .await
        .expect(201);
    app.post(
        &format!("/api/v1/documents/{doc}/draft"),
        Some(&s.analyst.token),
        &json!({}),
    )
    .await
    .expect(201);
    app.put(
        &format!("/api/v1/documents/{doc}/draft"),
        Some(&s.analyst.token),
        &json!({"title": "กฎบัตรสิทธิเด็ก", "paragraphs": ["ข้อ 1 เด็กและเยาวชนทุกคนมีสิทธิ", "ข้อ 2"]}),
    )
    .await
    .expect(200);
    app.post(
        &format!("{remarks}/{}/decision", id(&amendment)),
        Some(&s.analyst.token),
        &json!({"accept": true}),
    )
    .await
    .expect_problem(409, "amendment_conflict");
    let detail = app
        .get(&format!("/api/v1/documents/{doc}"), Some(&s.analyst.token))
        .await
        .expect(200);
    assert_eq!(
        detail["draft"]["paragraphs"][0]["text"],
        "ข้อ 1 เด็กและเยาวชนทุกคนมีสิทธิ"
    );
    let still = app.get(&remarks, None).await.expect(200);
    assert_eq!(remarks_of(&still)[0]["status"], "open");
}

async fn the_author_of_an_amendment_is_told_the_decision_by_smtp_once(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(backend, &[("SALA_SMTP_URL", &smtp.url())]).await;
    let s = scene(&app).await;
    let doc = id(&charter(&app, &s.analyst, &s.consultation).await);
    let v1 = publish(&app, &s.analyst, &doc).await["current"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let remarks = format!("/api/v1/documents/{doc}/remarks");
    let suggest = |paragraph: i64, words: &'static str| {
        json!({"version_id": v1, "paragraph": paragraph, "kind": "amendment",
               "body": "เพื่อความชัดเจน", "proposed_text": words})
    };
    let first = app
        .post(
            &remarks,
            Some(&s.citizen.token),
            &suggest(0, "ข้อ 1 เด็กทุกคนมีสิทธิเท่าเทียม"),
        )
        .await
        .expect(201);
    let second = app
        .post(
            &remarks,
            Some(&s.citizen.token),
            &suggest(1, "ข้อ 2 ร่วมกันคุ้มครอง"),
        )
        .await
        .expect(201);
    // A comment is nobody's decision to make: it sends nothing.
    app.post(
        &remarks,
        Some(&s.citizen.token),
        &json!({"version_id": v1, "paragraph": 0, "kind": "comment", "body": "เห็นด้วย"}),
    )
    .await
    .expect(201);
    app.post(
        &format!("{remarks}/{}/decision", id(&first)),
        Some(&s.analyst.token),
        &json!({"accept": true}),
    )
    .await
    .expect(200);
    app.post(
        &format!("{remarks}/{}/decision", id(&second)),
        Some(&s.analyst.token),
        &json!({"accept": false, "reason": "ถ้อยคำเดิมครอบคลุมกว่า"}),
    )
    .await
    .expect(200);

    let mails = smtp.wait_for(2, 20).await;
    assert_eq!(mails.len(), 2, "{mails:?}");
    assert!(
        mails.iter().all(|m| m.to.contains(&s.citizen.email)),
        "{mails:?}"
    );
    assert!(
        mails
            .iter()
            .any(|m| m.subject.contains("“กฎบัตรสิทธิเด็ก” ได้รับเข้าร่างแล้ว")),
        "{mails:?}"
    );
    let declined = mails
        .iter()
        .find(|m| m.subject.contains("ไม่ได้รับเข้าร่าง"))
        .expect("the declined amendment's message");
    assert!(
        declined.text.contains("ถ้อยคำเดิมครอบคลุมกว่า"),
        "{}",
        declined.text
    );
    assert!(declined.text.contains(&format!("/documents/{doc}")));
    let inbox = app
        .get("/api/v1/me/notifications", Some(&s.citizen.token))
        .await
        .expect(200);
    assert_eq!(inbox["items"].as_array().unwrap().len(), 2);
    assert_eq!(inbox["items"][0]["kind"], "amendment_decided");
    assert!(smtp
        .messages()
        .iter()
        .all(|m| !m.to.contains(&s.analyst.email)));
}
