//! Consultations: who may open and edit them, drafts, phases, the list, and the audit log.

use sala::db::entities::audit_log;
use sala::domain::accounts::Role;
use sala::domain::organizations;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    an_administrator_opens_a_draft_consultation,
    only_administrators_and_lab_members_open_consultations,
    a_lab_member_runs_consultations_for_their_own_lab_only,
    drafts_are_hidden_from_everyone_but_their_managers,
    managers_edit_the_fields_and_the_phase,
    invalid_edits_are_refused_and_change_nothing,
    the_list_pages_through_every_consultation_once_newest_first,
    what_participants_may_do_follows_the_phase,
    creating_and_editing_are_on_the_audit_log,
    consultations_with_the_same_title_each_get_a_slug_of_their_own,
    provinces_come_from_the_official_list_under_their_thai_names,
);

fn draft(title: &str) -> Value {
    json!({"title": title, "summary": "สรุปสั้น ๆ ของการรับฟัง", "body": "รายละเอียดการรับฟังความคิดเห็น"})
}

async fn admin(app: &TestApp) -> Person {
    app.operator_creates("admin@example.org", Role::Admin).await
}

/// An administrator opens a consultation in `phase` under its own `slug`.
async fn open(app: &TestApp, admin: &Person, phase: &str, slug: &str) -> String {
    let mut body = draft(&format!("การรับฟัง {slug}"));
    body["phase"] = json!(phase);
    body["slug"] = json!(slug);
    let created = app
        .post("/api/v1/consultations", Some(&admin.token), &body)
        .await
        .expect(201);
    created["id"].as_str().expect("id").to_owned()
}

async fn audit_actions(app: &TestApp, id: &str) -> Vec<audit_log::Model> {
    let id: Uuid = id.parse().expect("uuid");
    audit_log::Entity::find()
        .filter(audit_log::Column::TargetId.eq(id))
        .order_by_asc(audit_log::Column::Id)
        .all(app.db.reader())
        .await
        .expect("audit rows")
}

fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|c| c["id"].as_str().expect("id").to_owned())
        .collect()
}

async fn an_administrator_opens_a_draft_consultation(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = admin(&app).await;
    let body = json!({
        "title": "Justice Strategy 2027 สี่จังหวัด",
        "summary": "ร่วมเสนอแนวทาง",
        "body": "**สำคัญ** <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[ลิงก์](javascript:alert(1))",
        "themes": ["ยุติธรรมชุมชน"],
        "provinces": ["ภูเก็ต"],
    });
    let created = app
        .post("/api/v1/consultations", Some(&admin.token), &body)
        .await
        .expect(201);
    assert_eq!(
        created["slug"], "justice-strategy-2027",
        "made from the title's ASCII words"
    );
    assert_eq!(created["phase"], "draft");
    assert_eq!(created["themes"], json!(["ยุติธรรมชุมชน"]));
    assert_eq!(created["proposal_count"], 0);
    assert_eq!(created["owner_organization_id"], Value::Null);
    assert_eq!(
        created["body"], body["body"],
        "the markdown is kept as written"
    );
    let html = created["body_html"].as_str().unwrap();
    assert!(html.contains("<strong>สำคัญ</strong>"), "{html}");
    assert!(
        !html.contains("<script") && !html.contains("onerror") && !html.contains("javascript:"),
        "{html}"
    );

    let thai = app
        .post(
            "/api/v1/consultations",
            Some(&admin.token),
            &draft("ยุทธศาสตร์ยุติธรรม"),
        )
        .await
        .expect(201);
    let slug = thai["slug"].as_str().unwrap();
    assert!(
        slug.starts_with("c-") && slug.len() > 3,
        "a Thai title gets a generated slug: {slug}"
    );
    let mut given = draft("ยุทธศาสตร์ที่ตั้งชื่อเอง");
    given["slug"] = json!("my-own-slug");
    given["phase"] = json!("ideation");
    let given = app
        .post("/api/v1/consultations", Some(&admin.token), &given)
        .await
        .expect(201);
    assert_eq!(
        (given["slug"].as_str(), given["phase"].as_str()),
        (Some("my-own-slug"), Some("ideation"))
    );

    let id = created["id"].as_str().unwrap();
    let mut by_id = app
        .get(&format!("/api/v1/consultations/{id}"), Some(&admin.token))
        .await
        .expect(200);
    let mut by_slug = app
        .get(
            "/api/v1/consultations/justice-strategy-2027",
            Some(&admin.token),
        )
        .await
        .expect(200);
    // The single view also says whether the caller follows it.
    for view in [&mut by_id, &mut by_slug] {
        assert_eq!(view["following"], false);
        view["following"] = created["following"].clone();
    }
    assert_eq!(by_id, created);
    assert_eq!(by_slug, created);

    let problem = app
        .post(
            "/api/v1/consultations",
            Some(&admin.token),
            &json!({"slug": "Bad Slug"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["title", "summary", "body", "slug"]);
    let mut taken = draft("Another consultation");
    taken["slug"] = json!("my-own-slug");
    let problem = app
        .post("/api/v1/consultations", Some(&admin.token), &taken)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        (
            problem["errors"][0]["field"].as_str(),
            problem["errors"][0]["code"].as_str()
        ),
        (Some("slug"), Some("taken"))
    );
    let mut backwards = draft("Timeline backwards");
    backwards["voting_starts_at"] = json!("2027-03-01T00:00:00Z");
    backwards["review_starts_at"] = json!("2027-02-01T00:00:00Z");
    let problem = app
        .post("/api/v1/consultations", Some(&admin.token), &backwards)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        (
            problem["errors"][0]["field"].as_str(),
            problem["errors"][0]["code"].as_str()
        ),
        (Some("review_starts_at"), Some("out_of_order"))
    );
    let all = app
        .get("/api/v1/consultations", Some(&admin.token))
        .await
        .expect(200);
    assert_eq!(
        all["items"].as_array().unwrap().len(),
        3,
        "refused creations left nothing"
    );
}

async fn only_administrators_and_lab_members_open_consultations(backend: Backend) {
    let app = spawn_app(backend).await;
    for (email, role) in [
        ("citizen@example.org", Role::Citizen),
        ("mod@example.org", Role::Moderator),
        ("agency@example.org", Role::Agency),
        ("valuator@example.org", Role::Valuator),
    ] {
        let person = app.operator_creates(email, role).await;
        app.post(
            "/api/v1/consultations",
            Some(&person.token),
            &draft("ข้อเสนอที่ไม่ควรเกิดขึ้น"),
        )
        .await
        .expect_problem(403, "forbidden");
    }
    app.post("/api/v1/consultations", None, &draft("ข้อเสนอที่ไม่ควรเกิดขึ้น"))
        .await
        .expect_problem(401, "unauthenticated");
    let admin = admin(&app).await;
    let all = app
        .get("/api/v1/consultations", Some(&admin.token))
        .await
        .expect(200);
    assert_eq!(all["items"], json!([]), "nothing was created");
}

async fn a_lab_member_runs_consultations_for_their_own_lab_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let member = app.operator_creates("lab@example.org", Role::Citizen).await;
    let outsider = app
        .operator_creates("other-lab@example.org", Role::Citizen)
        .await;
    let txn = app.db.begin_write().await.expect("transaction");
    let lab = organizations::create(&txn, "justice-lab", "ห้องปฏิบัติการนโยบายยุติธรรม", "lab")
        .await
        .expect("lab");
    let other = organizations::create(&txn, "other-lab", "ห้องปฏิบัติการอื่น", "lab")
        .await
        .expect("lab");
    // Civil-society organisations take part in consultations but do not run them (labs and
    // agencies do: see `agency_consultations`).
    let network = organizations::create(&txn, "rights-network", "เครือข่ายสิทธิ", "cso")
        .await
        .expect("cso");
    organizations::add_member(&txn, lab.id, member.id, "member")
        .await
        .expect("membership");
    organizations::add_member(&txn, network.id, member.id, "member")
        .await
        .expect("membership");
    organizations::add_member(&txn, other.id, outsider.id, "member")
        .await
        .expect("membership");
    txn.commit().await.expect("commit");

    let mut body = draft("ยุทธศาสตร์ของห้องปฏิบัติการ");
    body["owner_organization_id"] = json!(lab.id);
    let created = app
        .post("/api/v1/consultations", Some(&member.token), &body)
        .await
        .expect(201);
    assert_eq!(created["owner_organization_id"], lab.id.to_string());
    for owner in [json!(other.id), json!(network.id)] {
        body["owner_organization_id"] = owner;
        app.post("/api/v1/consultations", Some(&member.token), &body)
            .await
            .expect_problem(403, "forbidden");
    }
    // A lab member must say which of their labs runs it.
    body["owner_organization_id"] = Value::Null;
    let refused = app
        .post("/api/v1/consultations", Some(&member.token), &body)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(refused["errors"][0]["field"], "owner_organization_id");
    assert_eq!(refused["errors"][0]["code"], "required");

    let path = format!("/api/v1/consultations/{}", created["id"].as_str().unwrap());
    app.get(&path, Some(&member.token)).await.expect(200);
    app.get(&path, Some(&outsider.token))
        .await
        .expect_problem(404, "consultation_not_found");
    let edited = app
        .patch(
            &path,
            Some(&member.token),
            &json!({"title": "ยุทธศาสตร์ที่แก้ไขแล้ว", "phase": "ideation"}),
        )
        .await
        .expect(200);
    assert_eq!(edited["title"], "ยุทธศาสตร์ที่แก้ไขแล้ว");
    app.patch(
        &path,
        Some(&outsider.token),
        &json!({"title": "ยึดการรับฟังของคนอื่น"}),
    )
    .await
    .expect_problem(403, "forbidden");
    app.patch(
        &path,
        Some(&member.token),
        &json!({"owner_organization_id": other.id}),
    )
    .await
    .expect_problem(403, "forbidden");
    let now = app.get(&path, None).await.expect(200);
    assert_eq!(
        (now["title"].as_str(), now["owner_organization_id"].as_str()),
        (Some("ยุทธศาสตร์ที่แก้ไขแล้ว"), Some(lab.id.to_string().as_str()))
    );
}

async fn drafts_are_hidden_from_everyone_but_their_managers(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = admin(&app).await;
    let citizen = app
        .operator_creates("citizen@example.org", Role::Citizen)
        .await;
    let open_id = open(&app, &admin, "ideation", "open-one").await;
    let id = open(&app, &admin, "draft", "still-a-draft").await;
    for token in [None, Some(citizen.token.as_str())] {
        app.get(&format!("/api/v1/consultations/{id}"), token)
            .await
            .expect_problem(404, "consultation_not_found");
        app.get("/api/v1/consultations/still-a-draft", token)
            .await
            .expect_problem(404, "consultation_not_found");
        let list = app.get("/api/v1/consultations", token).await.expect(200);
        assert_eq!(ids(&list), [open_id.as_str()]);
    }
    // Someone who may manage no consultation is refused before the id is looked up, alike
    // for a draft and for an id that names nothing: the draft stays unseen.
    for target in [id.as_str(), "0190a0b0-0000-7000-8000-000000000000"] {
        app.patch(
            &format!("/api/v1/consultations/{target}"),
            Some(&citizen.token),
            &json!({"title": "แอบแก้ฉบับร่าง"}),
        )
        .await
        .expect_problem(403, "forbidden");
    }
    let list = app
        .get("/api/v1/consultations", Some(&admin.token))
        .await
        .expect(200);
    assert_eq!(ids(&list), [id.as_str(), open_id.as_str()]);
    let drafts = app
        .get("/api/v1/consultations?phase=draft", Some(&admin.token))
        .await
        .expect(200);
    assert_eq!(ids(&drafts), [id.as_str()]);
    app.get(
        "/api/v1/consultations/no-such-consultation",
        Some(&admin.token),
    )
    .await
    .expect_problem(404, "consultation_not_found");

    app.set_phase(&admin, &id, "ideation").await;
    let seen = app
        .get("/api/v1/consultations/still-a-draft", None)
        .await
        .expect(200);
    assert_eq!(seen["id"], id.as_str());
    assert_eq!(
        seen["title"], "การรับฟัง still-a-draft",
        "the draft's title was not changed"
    );
    assert_eq!(
        ids(&app.get("/api/v1/consultations", None).await.expect(200)),
        [id, open_id]
    );
}

async fn managers_edit_the_fields_and_the_phase(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = admin(&app).await;
    let citizen = app
        .operator_creates("citizen@example.org", Role::Citizen)
        .await;
    let created = app.consultation(&admin, "draft").await;
    let path = format!("/api/v1/consultations/{}", created["id"].as_str().unwrap());
    let edit = json!({
        "slug": "justice-2570",
        "title": "ยุทธศาสตร์ยุติธรรม ฉบับปรับปรุง",
        "summary": "สรุปใหม่",
        "body": "# หัวข้อ\nเนื้อหา _ใหม่_",
        "phase": "ideation",
        "themes": ["ยุติธรรมชุมชน"],
        "criteria": ["ความเป็นไปได้", "ผลกระทบ"],
        "ideation_starts_at": "2027-01-01T00:00:00Z",
        "voting_starts_at": "2027-02-01T00:00:00Z",
        "closes_at": "2027-04-01T00:00:00Z",
    });
    let edited = app
        .patch(&path, Some(&admin.token), &edit)
        .await
        .expect(200);
    for field in [
        "slug", "title", "summary", "body", "phase", "themes", "criteria",
    ] {
        assert_eq!(edited[field], edit[field], "{field}");
    }
    assert_eq!(
        edited["provinces"], created["provinces"],
        "fields left out stay"
    );
    assert!(edited["body_html"]
        .as_str()
        .unwrap()
        .contains("<em>ใหม่</em>"));
    assert_eq!(
        edited["timeline"]["voting_starts_at"].as_str().map(at),
        Some(at("2027-02-01T00:00:00Z"))
    );
    assert_eq!(edited["timeline"]["review_starts_at"], Value::Null);
    assert!(
        at(edited["updated_at"].as_str().unwrap()) > at(created["updated_at"].as_str().unwrap())
    );
    assert_eq!(
        app.get("/api/v1/consultations/justice-2570", None)
            .await
            .expect(200),
        edited
    );

    let cleared = app
        .patch(
            "/api/v1/consultations/justice-2570",
            Some(&admin.token),
            &json!({"closes_at": null, "phase": "voting"}),
        )
        .await
        .expect(200);
    assert_eq!(cleared["timeline"]["closes_at"], Value::Null);
    assert_eq!(cleared["phase"], "voting");
    assert_eq!(
        cleared["timeline"]["voting_starts_at"],
        edited["timeline"]["voting_starts_at"]
    );

    app.patch(
        &path,
        Some(&citizen.token),
        &json!({"title": "ชื่อที่ประชาชนแอบแก้"}),
    )
    .await
    .expect_problem(403, "forbidden");
    app.patch(&path, None, &json!({"title": "ชื่อที่ไม่มีใครลงชื่อ"}))
        .await
        .expect_problem(401, "unauthenticated");
    assert_eq!(
        app.get(&path, None).await.expect(200)["title"],
        "ยุทธศาสตร์ยุติธรรม ฉบับปรับปรุง"
    );
}

fn at(raw: &str) -> chrono::DateTime<chrono::Utc> {
    raw.parse().expect("a timestamp")
}

async fn invalid_edits_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = admin(&app).await;
    let first = app.consultation(&admin, "ideation").await;
    let mut body = draft("ยุทธศาสตร์อีกฉบับหนึ่ง");
    body["slug"] = json!("second-one");
    app.post("/api/v1/consultations", Some(&admin.token), &body)
        .await
        .expect(201);
    let id = first["id"].as_str().unwrap();
    let path = format!("/api/v1/consultations/{id}");
    let cases = [
        (
            json!({"title": "ชื่อที่ไม่ควรถูกบันทึก", "phase": "finished"}),
            "phase",
            "invalid",
        ),
        (
            json!({"title": "ชื่อที่ไม่ควรถูกบันทึก", "slug": "Not A Slug"}),
            "slug",
            "invalid",
        ),
        (
            json!({"title": "ชื่อที่ไม่ควรถูกบันทึก", "slug": "second-one"}),
            "slug",
            "taken",
        ),
        (
            json!({"title": "ชื่อที่ไม่ควรถูกบันทึก", "ideation_starts_at": "2027-03-01T00:00:00Z", "voting_starts_at": "2027-02-01T00:00:00Z"}),
            "voting_starts_at",
            "out_of_order",
        ),
        (json!({"title": "ชื่อ"}), "title", "too_short"),
        (
            json!({"title": "ชื่อที่ไม่ควรถูกบันทึก", "themes": ["ซ้ำ", "ซ้ำ"]}),
            "themes",
            "duplicate",
        ),
        (
            json!({"title": "ชื่อที่ไม่ควรถูกบันทึก", "provinces": ["ภูเก็ต", "ภูเกต"]}),
            "provinces",
            "unknown_province",
        ),
        (
            json!({"title": "ชื่อที่ไม่ควรถูกบันทึก", "provinces": ["ภูเก็ต", "Phuket"]}),
            "provinces",
            "duplicate",
        ),
    ];
    for (edit, field, code) in cases {
        let problem = app
            .patch(&path, Some(&admin.token), &edit)
            .await
            .expect_problem(422, "validation_failed");
        let errors = problem["errors"].as_array().unwrap();
        assert!(
            errors
                .iter()
                .any(|e| e["field"] == field && e["code"] == code),
            "{edit}: {problem}"
        );
        assert_eq!(
            app.get(&path, None).await.expect(200),
            first,
            "{edit} changed nothing"
        );
    }
    assert_eq!(
        audit_actions(&app, id).await.len(),
        1,
        "only the creation is on the log"
    );
}

async fn the_list_pages_through_every_consultation_once_newest_first(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = admin(&app).await;
    let mut created = Vec::new();
    for (i, phase) in [
        "ideation", "voting", "review", "closed", "ideation", "voting", "draft",
    ]
    .into_iter()
    .enumerate()
    {
        created.push(open(&app, &admin, phase, &format!("consultation-{i}")).await);
    }
    created.reverse();
    for (token, expected) in [
        (None, &created[1..]),
        (Some(admin.token.as_str()), &created[..]),
    ] {
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        loop {
            let query = cursor
                .as_ref()
                .map(|c| format!("&cursor={c}"))
                .unwrap_or_default();
            let page = app
                .get(&format!("/api/v1/consultations?limit=3{query}"), token)
                .await
                .expect(200);
            assert!(page["items"].as_array().unwrap().len() <= 3);
            seen.extend(ids(&page));
            match page["next_cursor"].as_str() {
                Some(next) => cursor = Some(next.to_owned()),
                None => break,
            }
        }
        assert_eq!(seen, expected, "every consultation once, newest first");
    }
    let voting = app
        .get("/api/v1/consultations?phase=voting", None)
        .await
        .expect(200);
    assert_eq!(ids(&voting), [created[1].clone(), created[5].clone()]);
    assert_eq!(voting["next_cursor"], Value::Null);
    for query in [
        "limit=0",
        "limit=101",
        "cursor=not-a-cursor",
        "phase=finished",
    ] {
        app.get(&format!("/api/v1/consultations?{query}"), None)
            .await
            .expect_problem(422, "validation_failed");
    }
}

async fn what_participants_may_do_follows_the_phase(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = admin(&app).await;
    let id = app.consultation(&admin, "draft").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let expected = [
        ("draft", [false, false, false]),
        ("ideation", [true, true, true]),
        ("voting", [false, true, true]),
        ("review", [false, false, true]),
        ("closed", [false, false, false]),
    ];
    for (phase, [propose, vote, comment]) in expected {
        app.set_phase(&admin, &id, phase).await;
        let seen = app
            .get(&format!("/api/v1/consultations/{id}"), Some(&admin.token))
            .await
            .expect(200);
        assert_eq!(seen["phase"], phase);
        assert_eq!(
            seen["allowed"],
            json!({"propose": propose, "vote": vote, "comment": comment}),
            "{phase}"
        );
    }
}

async fn creating_and_editing_are_on_the_audit_log(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = admin(&app).await;
    let created = app.consultation(&admin, "draft").await;
    let id = created["id"].as_str().unwrap();
    let path = format!("/api/v1/consultations/{id}");
    app.patch(
        &path,
        Some(&admin.token),
        &json!({"title": "ชื่อใหม่ของการรับฟัง"}),
    )
    .await
    .expect(200);
    app.set_phase(&admin, id, "ideation").await;

    let rows = audit_actions(&app, id).await;
    let actions: Vec<&str> = rows.iter().map(|r| r.action.as_str()).collect();
    assert_eq!(
        actions,
        [
            "consultation.created",
            "consultation.updated",
            "consultation.phase_changed"
        ]
    );
    assert!(rows
        .iter()
        .all(|r| r.actor_id == Some(admin.id) && r.target_type == "consultation"));
    assert_eq!(rows[0].before, None);
    assert_eq!(
        rows[0].after.as_ref().map(|a| a["title"].clone()),
        Some(created["title"].clone())
    );
    assert_eq!(
        rows[1].before.as_ref().map(|b| b["title"].clone()),
        Some(created["title"].clone())
    );
    assert_eq!(
        rows[1].after.as_ref().map(|a| a["title"].clone()),
        Some(json!("ชื่อใหม่ของการรับฟัง"))
    );
    assert_eq!(
        rows[2].before.as_ref().map(|b| b["phase"].clone()),
        Some(json!("draft"))
    );
    assert_eq!(
        rows[2].after.as_ref().map(|a| a["phase"].clone()),
        Some(json!("ideation"))
    );
}

async fn consultations_with_the_same_title_each_get_a_slug_of_their_own(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = admin(&app).await;
    let body = draft("ยุทธศาสตร์ยุติธรรมจังหวัด 2570");
    let first = app
        .post("/api/v1/consultations", Some(&admin.token), &body)
        .await
        .expect(201);
    // No slug was sent, so a clash with a made-up slug is not the caller's mistake.
    let second = app
        .post("/api/v1/consultations", Some(&admin.token), &body)
        .await
        .expect(201);
    assert_ne!(first["slug"], second["slug"]);
    for created in [first, second] {
        let by_slug = app
            .get(
                &format!(
                    "/api/v1/consultations/{}",
                    created["slug"].as_str().unwrap()
                ),
                Some(&admin.token),
            )
            .await
            .expect(200);
        assert_eq!(by_slug["id"], created["id"]);
    }
}

async fn provinces_come_from_the_official_list_under_their_thai_names(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = admin(&app).await;
    let listed = app.get("/api/v1/provinces", None).await.expect(200);
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 77);
    assert!(listed.contains(&json!({"th": "นครพนม", "en": "Nakhon Phanom"})));

    let created = app.consultation(&admin, "ideation").await;
    let path = format!("/api/v1/consultations/{}", created["id"].as_str().unwrap());
    let edited = app
        .patch(
            &path,
            Some(&admin.token),
            &json!({"provinces": ["Sukhothai", "nakhon phanom", " ภูเก็ต ", "Rat-cha-buri"]}),
        )
        .await
        .expect(200);
    assert_eq!(
        edited["provinces"],
        json!(["สุโขทัย", "นครพนม", "ภูเก็ต", "ราชบุรี"]),
        "stored and shown by their Thai names, in the order given"
    );
}
