//! Results: what became of a consultation's proposals. The responsible organisation publishes
//! them with progress, milestones and updates; the public reads them per consultation, per
//! result and per province; each update reaches the people behind the proposals once.

use sala::domain::accounts::Role;
use sala_tests::{
    on_both_databases, spawn_app, spawn_app_with, Backend, Person, SmtpServer, TestApp,
};
use serde_json::{json, Value};

on_both_databases!(
    an_agency_publishes_results_and_the_public_reads_them_rolled_up,
    only_those_who_answer_for_the_consultation_may_write_its_results,
    bad_fields_and_proposals_that_cannot_be_linked_are_refused,
    an_update_reaches_a_supporter_by_smtp_exactly_once,
);

struct Scene {
    admin: Person,
    author: Person,
    analyst: Person,
    consultation: String,
    proposals: Vec<String>,
}

async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let author = app
        .operator_creates("author@example.org", Role::Citizen)
        .await;
    let analyst = app
        .operator_creates("analyst@example.org", Role::Citizen)
        .await;
    let consultation = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.responsible_agency(&admin, &consultation, &analyst)
        .await;
    let mut proposals = Vec::new();
    for title in ["ศูนย์ไกล่เกลี่ยชุมชนในตลาดนัด", "ล่ามภาษามือในศาลจังหวัด"]
    {
        let p = app.proposal(&author, &consultation, title).await;
        proposals.push(p["id"].as_str().unwrap().to_owned());
    }
    Scene {
        admin,
        author,
        analyst,
        consultation,
        proposals,
    }
}

async fn create(app: &TestApp, who: &Person, consultation: &str, body: Value) -> Value {
    app.post(
        &format!("/api/v1/consultations/{consultation}/results"),
        Some(&who.token),
        &body,
    )
    .await
    .expect(201)
}

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

async fn an_agency_publishes_results_and_the_public_reads_them_rolled_up(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let parent = create(
        &app,
        &s.analyst,
        &s.consultation,
        json!({
            "title": "ศูนย์ไกล่เกลี่ยชุมชนสี่จังหวัด",
            "title_en": "Community mediation centres in four provinces",
            "description": "รวมสองข้อเสนอเป็น**หนึ่งพันธกิจ**",
            "province": "Phuket",
            "proposal_ids": s.proposals,
            "start_date": "2027-01-01",
            "end_date": "2027-12-31",
        }),
    )
    .await;
    assert_eq!(parent["province"], "ภูเก็ต", "stored by its Thai name");
    assert_eq!(parent["status"], "planned");
    assert_eq!(parent["proposals"].as_array().unwrap().len(), 2);
    assert!(parent["description_html"]
        .as_str()
        .unwrap()
        .contains("<strong>หนึ่งพันธกิจ</strong>"));
    let parent_id = id(&parent);
    for (title, progress) in [("เปิดศูนย์ที่ภูเก็ต", 100), ("เปิดศูนย์ที่นครพนม", 25)]
    {
        create(
            &app,
            &s.analyst,
            &s.consultation,
            json!({"title": title, "description": "ส่วนหนึ่งของพันธกิจ", "parent_id": parent_id,
                   "progress": progress, "status": "in_progress"}),
        )
        .await;
    }
    // The parent's progress is its parts' mean, and cannot be set on its own.
    let list = app
        .get(
            &format!("/api/v1/consultations/{}/results", s.consultation),
            None,
        )
        .await
        .expect(200);
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 3);
    let listed_parent = items
        .iter()
        .find(|r| r["id"] == parent_id.as_str())
        .unwrap();
    assert_eq!(listed_parent["progress"], 63, "(100 + 25) / 2, rounded");
    assert_eq!(listed_parent["has_children"], true);
    app.post(
        &format!("/api/v1/results/{parent_id}/updates"),
        Some(&s.analyst.token),
        &json!({"progress": 90}),
    )
    .await
    .expect_problem(409, "result_has_children");
    // A status and a note on the parent are fine, and kept in its history.
    app.post(
        &format!("/api/v1/results/{parent_id}/updates"),
        Some(&s.analyst.token),
        &json!({"status": "in_progress", "note": "เริ่มดำเนินการแล้วสองจังหวัด"}),
    )
    .await
    .expect(201);
    let milestone = app
        .post(
            &format!("/api/v1/results/{parent_id}/milestones"),
            Some(&s.analyst.token),
            &json!({"title": "ลงนามความร่วมมือ", "due_date": "2027-03-01"}),
        )
        .await
        .expect(201);
    let done = app
        .patch(
            &format!("/api/v1/results/{parent_id}/milestones/{}", id(&milestone)),
            Some(&s.analyst.token),
            &json!({"done_date": "2027-02-20",
                    "evidence": "[บันทึกข้อตกลง](https://example.org/mou.pdf) <script>x()</script>"}),
        )
        .await
        .expect(200);
    let html = done["evidence_html"].as_str().unwrap();
    assert!(
        html.contains("href=\"https://example.org/mou.pdf\""),
        "{html}"
    );
    assert!(!html.contains("<script"), "{html}");
    app.patch(
        &format!(
            "/api/v1/results/{parent_id}/milestones/{}",
            uuid::Uuid::now_v7()
        ),
        Some(&s.analyst.token),
        &json!({"title": "ไม่มีอยู่จริง"}),
    )
    .await
    .expect_problem(404, "milestone_not_found");
    // A signed-out reader sees it all on the result's page.
    let detail = app
        .get(&format!("/api/v1/results/{parent_id}"), None)
        .await
        .expect(200);
    assert_eq!(detail["progress"], 63);
    assert_eq!(detail["children"].as_array().unwrap().len(), 2);
    assert_eq!(detail["milestones"][0]["done_date"], "2027-02-20");
    let updates = detail["updates"].as_array().unwrap();
    assert_eq!(updates.len(), 2, "the start and the update: {updates:?}");
    assert_eq!(updates[0]["note"], "เริ่มดำเนินการแล้วสองจังหวัด");
    assert!(detail.get("viewer_may_update").is_none());
    let as_analyst = app
        .get(
            &format!("/api/v1/results/{parent_id}"),
            Some(&s.analyst.token),
        )
        .await
        .expect(200);
    assert_eq!(as_analyst["viewer_may_update"], true);
    // Editing the description leaves progress and history alone.
    let edited = app
        .patch(
            &format!("/api/v1/results/{parent_id}"),
            Some(&s.analyst.token),
            &json!({"description_en": "Two proposals became one commitment.", "province": null}),
        )
        .await
        .expect(200);
    assert_eq!(edited["province"], Value::Null);
    assert!(edited["description_en_html"]
        .as_str()
        .unwrap()
        .contains("one commitment"));
    // By province: the parts are not placed anywhere, the parent no longer is either.
    let child = create(
        &app,
        &s.analyst,
        &s.consultation,
        json!({"title": "ศูนย์ที่ภูเก็ตเปิดแล้ว", "description": "บริการทุกวัน", "province": "ภูเก็ต"}),
    )
    .await;
    let phuket = app
        .get("/api/v1/results?province=Phuket", None)
        .await
        .expect(200);
    let placed: Vec<&str> = phuket["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(placed, vec![id(&child).as_str()]);
    app.get("/api/v1/results?province=Atlantis", None)
        .await
        .expect_problem(422, "validation_failed");
    app.get(&format!("/api/v1/results/{}", uuid::Uuid::now_v7()), None)
        .await
        .expect_problem(404, "result_not_found");
    // The audit log names each step.
    let log = app
        .get(
            "/api/v1/admin/audit-log?target_type=result",
            Some(&s.admin.token),
        )
        .await
        .expect(200);
    let actions: Vec<&str> = log["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "result.created",
        "result.progress_updated",
        "result.milestone_saved",
        "result.edited",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
    // Each proposal's page names what it fed.
    let proposal = app
        .get(&format!("/api/v1/proposals/{}", s.proposals[0]), None)
        .await
        .expect(200);
    assert_eq!(proposal["results"][0]["id"], parent_id.as_str());
    assert_eq!(proposal["results"][0]["progress"], 63);
}

async fn only_those_who_answer_for_the_consultation_may_write_its_results(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let result = create(
        &app,
        &s.analyst,
        &s.consultation,
        json!({"title": "ศูนย์ไกล่เกลี่ยชุมชน", "description": "พันธกิจ"}),
    )
    .await;
    let path = format!("/api/v1/results/{}", id(&result));
    // A citizen, even the author of the proposals, may not.
    app.post(
        &format!("/api/v1/consultations/{}/results", s.consultation),
        Some(&s.author.token),
        &json!({"title": "ของฉันเอง", "description": "ไม่ได้"}),
    )
    .await
    .expect_problem(403, "forbidden");
    app.post(
        &format!("{path}/updates"),
        Some(&s.author.token),
        &json!({"progress": 50}),
    )
    .await
    .expect_problem(403, "forbidden");
    // Another organisation answering for another consultation may not touch this one's.
    let other = app
        .operator_creates("other@example.org", Role::Citizen)
        .await;
    let elsewhere = app.consultation(&s.admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let other_org = app.responsible_agency(&s.admin, &elsewhere, &other).await;
    app.post(
        &format!("{path}/updates"),
        Some(&other.token),
        &json!({"progress": 50}),
    )
    .await
    .expect_problem(403, "forbidden");
    app.patch(&path, Some(&other.token), &json!({"title": "ของคนอื่น"}))
        .await
        .expect_problem(403, "forbidden");
    app.put(
        &format!("{path}/proposals/{}", s.proposals[0]),
        Some(&other.token),
        &json!({}),
    )
    .await
    .expect_problem(403, "forbidden");
    // Nor publish one in its name in this consultation, nor in its own.
    app.post(
        &format!("/api/v1/consultations/{}/results", s.consultation),
        Some(&other.token),
        &json!({"title": "ในนามของเรา", "description": "ไม่ได้", "organization_id": other_org}),
    )
    .await
    .expect_problem(422, "validation_failed");
    // A plain member of the responsible organisation reads but does not write.
    let member = app
        .operator_creates("member@example.org", Role::Citizen)
        .await;
    let org = result["organization_id"].as_str().unwrap();
    let txn = app.db.begin_write().await.unwrap();
    sala::domain::organizations::add_member(&txn, org.parse().unwrap(), member.id, "member")
        .await
        .unwrap();
    txn.commit().await.unwrap();
    app.post(
        &format!("{path}/updates"),
        Some(&member.token),
        &json!({"progress": 50}),
    )
    .await
    .expect_problem(403, "forbidden");
    // The administrator may.
    app.post(
        &format!("{path}/updates"),
        Some(&s.admin.token),
        &json!({"progress": 50}),
    )
    .await
    .expect(201);
}

async fn bad_fields_and_proposals_that_cannot_be_linked_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let path = format!("/api/v1/consultations/{}/results", s.consultation);
    let refused = app
        .post(
            &path,
            Some(&s.analyst.token),
            &json!({"title": "ab", "description": "พันธกิจ", "progress": 101,
                    "province": "Atlantis", "start_date": "2027-05-01", "end_date": "2027-01-01"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    let fields: Vec<(&str, &str)> = refused["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    for expected in [
        ("title", "too_short"),
        ("progress", "out_of_range"),
        ("province", "unknown_province"),
        ("end_date", "before_start"),
    ] {
        assert!(fields.contains(&expected), "{expected:?} in {fields:?}");
    }
    let result = create(
        &app,
        &s.analyst,
        &s.consultation,
        json!({"title": "ศูนย์ไกล่เกลี่ยชุมชน", "description": "พันธกิจ"}),
    )
    .await;
    let rid = id(&result);
    for progress in [-1, 101] {
        let refused = app
            .post(
                &format!("/api/v1/results/{rid}/updates"),
                Some(&s.analyst.token),
                &json!({"progress": progress}),
            )
            .await
            .expect_problem(422, "validation_failed");
        assert_eq!(refused["errors"][0]["field"], "progress");
        assert_eq!(refused["errors"][0]["code"], "out_of_range");
    }
    // A proposal of another consultation, and a hidden one, cannot be linked.
    let elsewhere = app.consultation(&s.admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let foreign = id(&app.proposal(&s.author, &elsewhere, "ข้อเสนอของอีกเวที").await);
    let hidden = s.proposals[1].clone();
    app.post(
        "/api/v1/moderation/actions",
        Some(&s.admin.token),
        &json!({"action": "hide", "target_type": "proposal", "target_id": hidden,
               "reason": "ข้อมูลส่วนบุคคล"}),
    )
    .await
    .expect(201);
    for proposal in [&foreign, &hidden] {
        let refused = app
            .put(
                &format!("/api/v1/results/{rid}/proposals/{proposal}"),
                Some(&s.analyst.token),
                &json!({}),
            )
            .await
            .expect_problem(422, "validation_failed");
        assert_eq!(refused["errors"][0]["code"], "not_linkable");
        let refused = app
            .post(
                &path,
                Some(&s.analyst.token),
                &json!({"title": "รวมข้อเสนอ", "description": "พันธกิจ",
                        "proposal_ids": [s.proposals[0], proposal]}),
            )
            .await
            .expect_problem(422, "validation_failed");
        assert_eq!(refused["errors"][0]["field"], "proposal_ids");
    }
    // A listed proposal links, and unlinks.
    let link = format!("/api/v1/results/{rid}/proposals/{}", s.proposals[0]);
    app.put(&link, Some(&s.analyst.token), &json!({}))
        .await
        .expect(204);
    let read = app
        .get(&format!("/api/v1/results/{rid}"), None)
        .await
        .expect(200);
    assert_eq!(read["proposals"][0]["id"], s.proposals[0].as_str());
    app.delete(&link, Some(&s.analyst.token)).await.expect(204);
    app.delete(&link, Some(&s.analyst.token))
        .await
        .expect_problem(404, "proposal_not_found");
    // A result holds at most 100 milestones: the 101st is refused and nothing is added.
    let milestones = format!("/api/v1/results/{rid}/milestones");
    for n in 0..100 {
        app.post(
            &milestones,
            Some(&s.analyst.token),
            &json!({"title": format!("ขั้นที่ {n}"), "due_date": "2027-03-01"}),
        )
        .await
        .expect(201);
    }
    let refused = app
        .post(
            &milestones,
            Some(&s.analyst.token),
            &json!({"title": "ขั้นเกิน", "due_date": "2027-03-01"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(refused["errors"][0]["field"], "title");
    assert_eq!(refused["errors"][0]["code"], "too_many");
    let read = app
        .get(&format!("/api/v1/results/{rid}"), None)
        .await
        .expect(200);
    assert_eq!(read["milestones"].as_array().unwrap().len(), 100);
}

async fn an_update_reaches_a_supporter_by_smtp_exactly_once(backend: Backend) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(backend, &[("SALA_SMTP_URL", &smtp.url())]).await;
    let s = scene(&app).await;
    let supporter = app
        .operator_creates("supporter@example.org", Role::Citizen)
        .await;
    let opponent = app
        .operator_creates("opponent@example.org", Role::Citizen)
        .await;
    // Supporting both linked proposals and following one still makes one message.
    for proposal in &s.proposals {
        app.put(
            &format!("/api/v1/proposals/{proposal}/vote"),
            Some(&supporter.token),
            &json!({"value": "agree"}),
        )
        .await
        .expect(200);
        app.put(
            &format!("/api/v1/proposals/{proposal}/vote"),
            Some(&opponent.token),
            &json!({"value": "disagree"}),
        )
        .await
        .expect(200);
    }
    app.post(
        &format!("/api/v1/proposals/{}/follow", s.proposals[0]),
        Some(&supporter.token),
        &json!({}),
    )
    .await;
    let result = create(
        &app,
        &s.analyst,
        &s.consultation,
        json!({"title": "ศูนย์ไกล่เกลี่ยชุมชนสี่จังหวัด", "description": "พันธกิจ",
               "proposal_ids": s.proposals}),
    )
    .await;
    app.post(
        &format!("/api/v1/results/{}/updates", id(&result)),
        Some(&s.analyst.token),
        &json!({"progress": 40, "status": "in_progress", "note": "เปิดศูนย์แรกที่ภูเก็ตแล้ว"}),
    )
    .await
    .expect(201);
    // The supporter and the author: two messages, one each; none to the opponent or the
    // analyst who posted it.
    let mails = smtp.wait_for(2, 20).await;
    assert_eq!(mails.len(), 2, "{mails:?}");
    let to_supporter: Vec<_> = mails
        .iter()
        .filter(|m| m.to.contains("supporter@example.org"))
        .collect();
    assert_eq!(to_supporter.len(), 1, "{mails:?}");
    assert!(mails.iter().any(|m| m.to.contains(&s.author.email)));
    let mail = to_supporter[0];
    assert!(
        mail.subject
            .contains("ผลการดำเนินงาน “ศูนย์ไกล่เกลี่ยชุมชนสี่จังหวัด” คืบหน้า 40%"),
        "{}",
        mail.subject
    );
    assert!(mail.text.contains("เปิดศูนย์แรกที่ภูเก็ตแล้ว"), "{}", mail.text);
    assert!(mail.text.contains(&format!("/results/{}", id(&result))));
    assert!(!mail.list_unsubscribe.is_empty());
    // The inbox has it too, as its own kind the supporter can turn off.
    let inbox = app
        .get("/api/v1/me/notifications", Some(&supporter.token))
        .await
        .expect(200);
    assert_eq!(inbox["items"].as_array().unwrap().len(), 1);
    assert_eq!(inbox["items"][0]["kind"], "result_updated");
    let prefs = app
        .get(
            "/api/v1/me/notification-preferences",
            Some(&supporter.token),
        )
        .await
        .expect(200);
    assert!(prefs.to_string().contains("result_updated"), "{prefs}");
    assert!(smtp
        .messages()
        .iter()
        .all(|m| !m.to.contains("opponent@example.org") && !m.to.contains(&s.analyst.email)));
}
