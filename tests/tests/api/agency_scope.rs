//! Scoped agency access: responsibility maps route proposals by theme × province, and each
//! organisation reads, answers and exports only what is routed to it; the `agency` role alone
//! grants nothing; API keys read within their owner's scope; answers are signed.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    every_agency_route_admits_the_responsible_and_refuses_the_rest,
    a_provincial_office_reads_answers_and_exports_only_its_own_province,
    proposals_are_routed_by_theme_and_province_and_reassigned_with_an_audited_reason,
    the_agency_role_alone_grants_nothing,
    the_agency_area_lists_only_the_consultations_each_may_read,
    an_api_key_reads_only_its_consultations_and_no_more_than_its_owner,
    the_queue_lists_what_my_organisations_owe_overdue_first,
    the_public_scorecard_shows_each_responsible_organisation_its_own_record,
);

const ACCESS: &str = "การเข้าถึงความยุติธรรม";
const COMMUNITY: &str = "ยุติธรรมชุมชน";

struct Offices {
    phuket: Uuid,
    sukhothai: Uuid,
    department: Uuid,
}

/// Proposals of the consultation, by where the map sends them.
struct Proposals {
    /// Community justice in Sukhothai: the Sukhothai office.
    sukhothai: String,
    /// Community justice in Phuket: the Phuket office.
    phuket: String,
    /// Access to justice in Phuket: the Phuket office (province over theme).
    phuket_access: String,
    /// Access to justice in Nakhon Phanom: the department (theme).
    nakhon_phanom_access: String,
    /// Community justice in Ratchaburi: nobody.
    ratchaburi: String,
}

struct Scene {
    admin: Person,
    moderator: Person,
    citizen: Person,
    /// Representative of the Phuket office.
    phuket: Person,
    /// Representative of the Sukhothai office.
    sukhothai: Person,
    /// A plain member of the Sukhothai office.
    clerk: Person,
    /// Representative of an agency responsible for another consultation only.
    outsider: Person,
    /// The `agency` role, no organisation.
    agency_role: Person,
    offices: Offices,
    consultation: String,
    other: String,
    p: Proposals,
}

fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

async fn propose(
    app: &TestApp,
    author: &Person,
    consultation: &str,
    title: &str,
    theme: &str,
    province: &str,
) -> String {
    id(&app
        .post(
            &format!("/api/v1/consultations/{consultation}/proposals"),
            Some(&author.token),
            &json!({"title": title, "body": "รายละเอียดข้อเสนอที่ยาวพอสมควรสำหรับการทดสอบ",
                    "theme": theme, "province": province}),
        )
        .await
        .expect(201))
}

/// The consultation promises answers within 30 days, and each of `proposals` has owed its
/// answer since `days_ago` days ago (its clock started then: overdue after 30).
async fn owe_answers(
    app: &TestApp,
    admin: &Person,
    consultation: &str,
    days_ago: i64,
    proposals: &[&str],
) {
    app.patch(
        &format!("/api/v1/consultations/{consultation}"),
        Some(&admin.token),
        &json!({"answer_due_days": 30, "answer_support_threshold": 1}),
    )
    .await
    .expect(200);
    for proposal in proposals {
        app.clock_started(consultation, proposal, days_ago).await;
    }
}

async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    let citizen = app.sign_up("citizen@example.org").await;
    let phuket = app.operator_creates("phuket@moj.go.th", Role::Agency).await;
    let sukhothai = app
        .operator_creates("sukhothai@moj.go.th", Role::Agency)
        .await;
    let clerk = app.operator_creates("clerk@moj.go.th", Role::Agency).await;
    let outsider = app
        .operator_creates("outsider@moj.go.th", Role::Agency)
        .await;
    let agency_role = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let offices = Offices {
        phuket: app
            .organization("phuket-office", "agency", &[(&phuket, "representative")])
            .await,
        sukhothai: app
            .organization(
                "sukhothai-office",
                "agency",
                &[(&sukhothai, "representative"), (&clerk, "member")],
            )
            .await,
        department: app.organization("department", "agency", &[]).await,
    };
    let consultation = id(&app.consultation(&admin, "ideation").await);
    let other = id(&app.consultation(&admin, "ideation").await);
    app.add_responsibilities(
        &admin,
        &consultation,
        &[
            (None, Some("ภูเก็ต"), offices.phuket),
            (None, Some("สุโขทัย"), offices.sukhothai),
            (Some(ACCESS), None, offices.department),
        ],
    )
    .await;
    app.responsible_agency(&admin, &other, &outsider).await;
    let c = consultation.as_str();
    let p = Proposals {
        sukhothai: propose(app, &citizen, c, "ศูนย์ไกล่เกลี่ยในตำบล", COMMUNITY, "สุโขทัย").await,
        phuket: propose(
            app,
            &citizen,
            c,
            "อาสาสมัครยุติธรรมชุมชนภูเก็ต",
            COMMUNITY,
            "ภูเก็ต",
        )
        .await,
        phuket_access: propose(app, &citizen, c, "ทนายอาสาบนเกาะ", ACCESS, "ภูเก็ต").await,
        nakhon_phanom_access: propose(app, &citizen, c, "ศาลเคลื่อนที่ริมโขง", ACCESS, "นครพนม").await,
        ratchaburi: propose(app, &citizen, c, "ลานยุติธรรมราชบุรี", COMMUNITY, "ราชบุรี").await,
    };
    owe_answers(
        app,
        &admin,
        c,
        40,
        &[
            &p.sukhothai,
            &p.phuket,
            &p.phuket_access,
            &p.nakhon_phanom_access,
            &p.ratchaburi,
        ],
    )
    .await;
    Scene {
        admin,
        moderator,
        citizen,
        phuket,
        sukhothai,
        clerk,
        outsider,
        agency_role,
        offices,
        consultation,
        other,
        p,
    }
}

/// The proposal ids an export (JSON) of `what` holds, under `column`.
async fn exported(
    app: &TestApp,
    token: &str,
    consultation: &str,
    what: &str,
    column: &str,
) -> Vec<String> {
    let rows = app
        .get(
            &format!("/api/v1/agency/consultations/{consultation}/export?what={what}&format=json"),
            Some(token),
        )
        .await
        .expect(200);
    let mut ids: Vec<String> = rows
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r[column].as_str().expect("id").to_owned())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

fn sorted(ids: &[&String]) -> Vec<String> {
    let mut ids: Vec<String> = ids.iter().map(|s| s.to_string()).collect();
    ids.sort();
    ids
}

async fn responsible(app: &TestApp, proposal: &str) -> Value {
    app.get(&format!("/api/v1/proposals/{proposal}"), None)
        .await
        .expect(200)["responsible_organization_id"]
        .clone()
}

fn org(id: Uuid) -> Value {
    json!(id.to_string())
}

async fn queue(app: &TestApp, who: &Person) -> sala_tests::Reply {
    app.get("/api/v1/agency/queue", Some(&who.token)).await
}

async fn every_agency_route_admits_the_responsible_and_refuses_the_rest(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let c = &s.consultation;
    let answer = json!({"status": "under_review", "answer": "สำนักงานกำลังพิจารณาข้อเสนอนี้"});
    let key = json!({"name": "รายงาน", "consultation_ids": [c]});
    let routes: Vec<(&str, String, Option<&Value>)> = vec![
        (
            "GET",
            format!("/api/v1/agency/consultations/{c}/summary"),
            None,
        ),
        (
            "GET",
            format!("/api/v1/agency/consultations/{c}/breakdown?by=province"),
            None,
        ),
        (
            "GET",
            format!("/api/v1/agency/consultations/{c}/opinion-groups"),
            None,
        ),
        (
            "GET",
            format!("/api/v1/agency/consultations/{c}/export?what=proposals&format=csv"),
            None,
        ),
        (
            "GET",
            format!("/api/v1/agency/consultations/{c}/export?what=votes&format=ndjson"),
            None,
        ),
        (
            "GET",
            format!("/api/v1/agency/consultations/{c}/answers-due"),
            None,
        ),
        (
            "PUT",
            format!("/api/v1/proposals/{}/response", s.p.sukhothai),
            Some(&answer),
        ),
        ("POST", "/api/v1/agency/api-keys".to_owned(), Some(&key)),
    ];
    for (method, path, body) in &routes {
        let method_of = || reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let allowed = app
            .call(method_of(), path, Some(&s.sukhothai.token), *body)
            .await;
        assert!(
            [200, 201, 202].contains(&allowed.status.as_u16()),
            "{method} {path} as the responsible office: {} {}",
            allowed.status,
            allowed.body
        );
        for (who, refused) in [
            ("an agency responsible elsewhere", &s.outsider),
            ("the agency role alone", &s.agency_role),
            ("a citizen", &s.citizen),
        ] {
            let reply = app
                .call(method_of(), path, Some(&refused.token), *body)
                .await;
            assert_eq!(
                reply.status.as_u16(),
                403,
                "{method} {path} as {who}: {}",
                reply.body
            );
            assert_eq!(reply.body["code"], "forbidden", "{method} {path} as {who}");
        }
    }
    // The queue is the caller's own: the office sees its proposal, the others do not.
    let outsiders = queue(&app, &s.outsider).await.expect(200);
    assert_eq!(outsiders["items"], json!([]));
    queue(&app, &s.agency_role)
        .await
        .expect_problem(403, "forbidden");
    queue(&app, &s.citizen)
        .await
        .expect_problem(403, "forbidden");
}

async fn a_provincial_office_reads_answers_and_exports_only_its_own_province(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let c = &s.consultation;
    for p in [&s.p.sukhothai, &s.p.phuket, &s.p.phuket_access] {
        app.put(
            &format!("/api/v1/proposals/{p}/vote"),
            Some(&s.citizen.token),
            &json!({"value": "agree"}),
        )
        .await
        .expect(200);
    }
    let phuket_ids = sorted(&[&s.p.phuket, &s.p.phuket_access]);
    assert_eq!(
        exported(&app, &s.phuket.token, c, "proposals", "id").await,
        phuket_ids
    );
    assert_eq!(
        exported(&app, &s.phuket.token, c, "votes", "proposal_id").await,
        phuket_ids
    );
    assert_eq!(
        exported(&app, &s.sukhothai.token, c, "proposals", "id").await,
        sorted(&[&s.p.sukhothai])
    );
    // The workbook holds the same rows as the other formats: the office's own only.
    let (_, _, book) =
        super::agency_xlsx::download_xlsx(&app, &s.phuket.token, c, "proposals").await;
    let mut in_book: Vec<String> = book.expect("a workbook").cells[1..]
        .iter()
        .map(|row| row[0].to_string())
        .collect();
    in_book.sort();
    assert_eq!(in_book, phuket_ids);
    assert_eq!(
        exported(&app, &s.sukhothai.token, c, "votes", "proposal_id").await,
        sorted(&[&s.p.sukhothai])
    );
    assert_eq!(
        exported(&app, &s.admin.token, c, "proposals", "id")
            .await
            .len(),
        5
    );

    let summary = app
        .get(
            &format!("/api/v1/agency/consultations/{c}/summary"),
            Some(&s.phuket.token),
        )
        .await
        .expect(200);
    assert_eq!(summary["totals"]["proposals"], 2);
    assert_eq!(summary["totals"]["votes"]["agree"], 2);
    let ranked: Vec<&str> = summary["top_supported"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(!ranked.contains(&s.p.sukhothai.as_str()), "{ranked:?}");
    let due = app
        .get(
            &format!("/api/v1/agency/consultations/{c}/answers-due"),
            Some(&s.phuket.token),
        )
        .await
        .expect(200);
    let mut due_ids: Vec<String> = due["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_owned())
        .collect();
    due_ids.sort();
    assert_eq!(due_ids, phuket_ids);

    // Phuket cannot answer Sukhothai's proposal, nor can a plain member of the Sukhothai office.
    let path = format!("/api/v1/proposals/{}/response", s.p.sukhothai);
    let answer = json!({"status": "accepted", "answer": "สำนักงานยุติธรรมจังหวัดรับไปดำเนินการ"});
    app.put(&path, Some(&s.phuket.token), &answer)
        .await
        .expect_problem(403, "forbidden");
    app.put(&path, Some(&s.clerk.token), &answer)
        .await
        .expect_problem(403, "forbidden");
    let untouched = app
        .get(&format!("/api/v1/proposals/{}", s.p.sukhothai), None)
        .await
        .expect(200);
    assert_eq!(untouched["official_response"], Value::Null);
    assert_eq!(untouched["status"], "published");

    let answered = app
        .put(&path, Some(&s.sukhothai.token), &answer)
        .await
        .expect(200);
    assert_eq!(
        answered["official_response"]["organization_id"],
        org(s.offices.sukhothai)
    );
    let public = app
        .get(&format!("/api/v1/proposals/{}", s.p.sukhothai), None)
        .await
        .expect(200);
    assert_eq!(public["status"], "accepted");
    assert_eq!(
        public["official_response"]["organization_name"],
        "องค์กร sukhothai-office"
    );
    assert_eq!(
        public["responsible_organization_name"],
        "องค์กร sukhothai-office"
    );
}

async fn proposals_are_routed_by_theme_and_province_and_reassigned_with_an_audited_reason(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let c = &s.consultation;
    assert_eq!(
        responsible(&app, &s.p.sukhothai).await,
        org(s.offices.sukhothai)
    );
    assert_eq!(responsible(&app, &s.p.phuket).await, org(s.offices.phuket));
    assert_eq!(
        responsible(&app, &s.p.phuket_access).await,
        org(s.offices.phuket),
        "province over theme"
    );
    assert_eq!(
        responsible(&app, &s.p.nakhon_phanom_access).await,
        org(s.offices.department),
        "theme"
    );
    assert_eq!(
        responsible(&app, &s.p.ratchaburi).await,
        Value::Null,
        "no cell matches"
    );

    // A catch-all routes what nothing else takes.
    app.add_responsibilities(&s.admin, c, &[(None, None, s.offices.department)])
        .await;
    assert_eq!(
        responsible(&app, &s.p.ratchaburi).await,
        org(s.offices.department)
    );

    // Only moderators, administrators and the lab reassign, and only with a reason.
    let path = format!("/api/v1/proposals/{}/responsible-organization", s.p.phuket);
    let to_sukhothai =
        json!({"organization_id": s.offices.sukhothai, "reason": "เรื่องนี้อยู่ในเขตสุโขทัย"});
    for who in [&s.citizen, &s.phuket, &s.sukhothai] {
        app.put(&path, Some(&who.token), &to_sukhothai)
            .await
            .expect_problem(403, "forbidden");
    }
    app.put(
        &path,
        Some(&s.moderator.token),
        &json!({"organization_id": s.offices.sukhothai, "reason": ""}),
    )
    .await
    .expect_problem(422, "validation_failed");
    app.put(
        &path,
        Some(&s.moderator.token),
        &json!({"organization_id": Uuid::now_v7(), "reason": "ย้ายไปที่อื่น"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    assert_eq!(
        responsible(&app, &s.p.phuket).await,
        org(s.offices.phuket),
        "refusals changed nothing"
    );
    let moved = app
        .put(&path, Some(&s.moderator.token), &to_sukhothai)
        .await
        .expect(200);
    assert_eq!(
        moved["responsible_organization_name"],
        "องค์กร sukhothai-office"
    );
    let audit = app
        .get(
            "/api/v1/admin/audit-log?limit=10&action=proposal.reassigned",
            Some(&s.admin.token),
        )
        .await
        .expect(200);
    let row = &audit["items"][0];
    assert_eq!(row["target_id"], json!(s.p.phuket));
    assert_eq!(row["reason"], "เรื่องนี้อยู่ในเขตสุโขทัย");
    assert_eq!(row["actor"]["id"], json!(s.moderator.id));
    // Effective: the Sukhothai office now exports it, Phuket no longer does.
    assert!(exported(&app, &s.sukhothai.token, c, "proposals", "id")
        .await
        .contains(&s.p.phuket));
    assert!(!exported(&app, &s.phuket.token, c, "proposals", "id")
        .await
        .contains(&s.p.phuket));

    // A new map moves what the map routed, not what was reassigned by hand.
    app.put(
        &format!("/api/v1/consultations/{c}/responsibilities"),
        Some(&s.admin.token),
        &json!({"items": [{"province": "ภูเก็ต", "organization_id": s.offices.department}]}),
    )
    .await
    .expect(200);
    assert_eq!(
        responsible(&app, &s.p.phuket_access).await,
        org(s.offices.department)
    );
    assert_eq!(
        responsible(&app, &s.p.phuket).await,
        org(s.offices.sukhothai),
        "kept by hand"
    );
    assert_eq!(
        responsible(&app, &s.p.nakhon_phanom_access).await,
        Value::Null
    );
    let audit = app
        .get(&format!("/api/v1/admin/audit-log?limit=10&action=consultation.responsibilities_set&target={c}"), Some(&s.admin.token))
        .await
        .expect(200);
    assert_eq!(
        audit["items"].as_array().unwrap().len(),
        3,
        "one row per change of the map"
    );

    // The map names the consultation's own themes and provinces, each cell once, and only
    // administrators and the lab read or change it.
    let map_path = format!("/api/v1/consultations/{c}/responsibilities");
    for items in [
        json!([{"province": "เชียงใหม่", "organization_id": s.offices.phuket}]),
        json!([{"theme": "ภาษี", "organization_id": s.offices.phuket}]),
        json!([{"organization_id": Uuid::now_v7()}]),
        json!([{"organization_id": s.offices.phuket}, {"organization_id": s.offices.sukhothai}]),
    ] {
        app.put(&map_path, Some(&s.admin.token), &json!({ "items": items }))
            .await
            .expect_problem(422, "validation_failed");
    }
    for who in [&s.phuket, &s.moderator, &s.citizen] {
        app.get(&map_path, Some(&who.token))
            .await
            .expect_problem(403, "forbidden");
    }
    let map = app.get(&map_path, Some(&s.admin.token)).await.expect(200);
    assert_eq!(
        map["items"].as_array().unwrap().len(),
        1,
        "refused maps changed nothing"
    );
    assert_eq!(map["items"][0]["organization_name"], "องค์กร department");
}

async fn the_agency_area_lists_only_the_consultations_each_may_read(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let listed = |body: Value| -> Vec<String> {
        let items = body["items"].as_array().expect("items").iter();
        items.map(id).collect()
    };
    let path = "/api/v1/agency/consultations";
    let phuket = app.get(path, Some(&s.phuket.token)).await.expect(200);
    assert_eq!(listed(phuket), [s.consultation.as_str()]);
    let clerk = app.get(path, Some(&s.clerk.token)).await.expect(200);
    assert_eq!(listed(clerk), [s.consultation.as_str()]);
    let outsider = app.get(path, Some(&s.outsider.token)).await.expect(200);
    assert_eq!(listed(outsider), [s.other.as_str()]);
    // Administrators manage every consultation, so they read every one; newest first.
    let admin = app.get(path, Some(&s.admin.token)).await.expect(200);
    assert_eq!(listed(admin), [s.other.as_str(), s.consultation.as_str()]);
    for nobody in [&s.agency_role, &s.citizen] {
        app.get(path, Some(&nobody.token))
            .await
            .expect_problem(403, "forbidden");
    }
}

async fn the_agency_role_alone_grants_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let analyst = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let consultation = id(&app.consultation(&admin, "ideation").await);
    let citizen = app.sign_up("citizen@example.org").await;
    let proposal = app.proposal(&citizen, &consultation, "ศูนย์ยุติธรรมชุมชน").await;
    let summary = format!("/api/v1/agency/consultations/{consultation}/summary");
    app.get(&summary, Some(&analyst.token))
        .await
        .expect_problem(403, "forbidden");
    app.put(
        &format!("/api/v1/proposals/{}/response", id(&proposal)),
        Some(&analyst.token),
        &json!({"status": "accepted", "answer": "รับไปดำเนินการ"}),
    )
    .await
    .expect_problem(403, "forbidden");
    // Membership of an organisation the consultation names is what opens it.
    app.responsible_agency(&admin, &consultation, &analyst)
        .await;
    app.get(&summary, Some(&analyst.token)).await.expect(200);
}

async fn an_api_key_reads_only_its_consultations_and_no_more_than_its_owner(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let c = &s.consultation;
    let third = id(&app.consultation(&s.admin, "ideation").await);
    app.add_responsibilities(&s.admin, &third, &[(None, None, s.offices.sukhothai)])
        .await;
    let create = |ids: Vec<&String>| {
        let body = json!({"name": "รายงานสุโขทัย", "consultation_ids": ids});
        let token = s.sukhothai.token.clone();
        let app = &app;
        async move {
            app.post("/api/v1/agency/api-keys", Some(&token), &body)
                .await
        }
    };
    create(vec![&s.other])
        .await
        .expect_problem(403, "forbidden");
    let key = create(vec![c]).await.expect(201)["secret"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        exported(&app, &key, c, "proposals", "id").await,
        sorted(&[&s.p.sukhothai])
    );
    // The owner reads the third consultation; the key, scoped to one, does not.
    let summary =
        |consultation: &str| format!("/api/v1/agency/consultations/{consultation}/summary");
    app.get(&summary(&third), Some(&s.sukhothai.token))
        .await
        .expect(200);
    app.get(&summary(&third), Some(&key))
        .await
        .expect_problem(403, "forbidden");
    // Once the office answers for nothing there, neither the owner nor the key reads it.
    app.put(
        &format!("/api/v1/consultations/{c}/responsibilities"),
        Some(&s.admin.token),
        &json!({"items": [{"province": "ภูเก็ต", "organization_id": s.offices.phuket}]}),
    )
    .await
    .expect(200);
    app.get(&summary(c), Some(&key))
        .await
        .expect_problem(403, "forbidden");
    app.get(&summary(c), Some(&s.sukhothai.token))
        .await
        .expect_problem(403, "forbidden");
}

async fn the_queue_lists_what_my_organisations_owe_overdue_first(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let third = id(&app.consultation(&s.admin, "ideation").await);
    app.add_responsibilities(&s.admin, &third, &[(None, None, s.offices.sukhothai)])
        .await;
    let later = propose(
        &app,
        &s.citizen,
        &third,
        "ห้องสมุดกฎหมายชุมชน",
        COMMUNITY,
        "ภูเก็ต",
    )
    .await;
    // No clock started (under the support threshold): routed and listed, but owed nothing.
    let unloved = propose(
        &app,
        &s.citizen,
        &third,
        "ป้ายประกาศศาลสีใหม่",
        COMMUNITY,
        "ภูเก็ต",
    )
    .await;
    app.put(
        &format!("/api/v1/proposals/{unloved}/vote"),
        Some(&s.admin.token),
        &json!({"value": "disagree"}),
    )
    .await
    .expect(200);
    owe_answers(&app, &s.admin, &third, 1, &[&later]).await;
    let mine = queue(&app, &s.sukhothai).await.expect(200);
    let listed: Vec<(&str, &str)> = mine["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap(),
                i["standing"].as_str().unwrap_or("not owed"),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            (s.p.sukhothai.as_str(), "overdue"),
            (later.as_str(), "pending"),
            (unloved.as_str(), "not owed")
        ]
    );
    assert_eq!(mine["items"][2]["due_at"], Value::Null);
    assert_eq!(
        mine["items"][0]["organization_name"],
        "องค์กร sukhothai-office"
    );
    assert_eq!(mine["items"][0]["consultation_id"], json!(s.consultation));
    let phuket = queue(&app, &s.phuket).await.expect(200);
    assert_eq!(phuket["items"].as_array().unwrap().len(), 2, "{phuket}");

    app.put(
        &format!("/api/v1/proposals/{}/response", s.p.sukhothai),
        Some(&s.sukhothai.token),
        &json!({"status": "under_review", "answer": "อยู่ระหว่างพิจารณางบประมาณ"}),
    )
    .await
    .expect(200);
    let mine = queue(&app, &s.sukhothai).await.expect(200);
    assert_eq!(
        mine["items"].as_array().unwrap().len(),
        2,
        "answered, it leaves the queue"
    );
    assert_eq!(mine["items"][0]["id"], json!(later));
}

async fn the_public_scorecard_shows_each_responsible_organisation_its_own_record(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    // Every proposal has owed its answer for 40 days (10 days overdue); Sukhothai answers now.
    app.put(
        &format!("/api/v1/proposals/{}/response", s.p.sukhothai),
        Some(&s.sukhothai.token),
        &json!({"status": "accepted", "answer": "สำนักงานยุติธรรมจังหวัดรับไปดำเนินการ"}),
    )
    .await
    .expect(200);
    let figures = app
        .get(
            &format!("/api/v1/consultations/{}/scorecard", s.consultation),
            None,
        )
        .await
        .expect(200);
    assert_eq!(figures["scorecard"]["required"], 5, "{figures}");
    assert_eq!(figures["scorecard"]["overdue"], 4);
    let record = |id: Uuid| {
        figures["by_organization"]
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["organization_id"] == org(id))
            .map(|o| o["scorecard"].clone())
            .unwrap_or_else(|| panic!("{id} in {figures}"))
    };
    let sukhothai = record(s.offices.sukhothai);
    assert_eq!(
        (
            sukhothai["required"].clone(),
            sukhothai["answered_late"].clone()
        ),
        (json!(1), json!(1))
    );
    assert_eq!(sukhothai["median_days_to_answer"], json!(40.0));
    let phuket = record(s.offices.phuket);
    assert_eq!(
        (phuket["required"].clone(), phuket["overdue"].clone()),
        (json!(2), json!(2))
    );
    assert_eq!(record(s.offices.department)["overdue"], 1);
    // Ratchaburi's proposal is routed to nobody: it counts in the total only.
    assert_eq!(figures["by_organization"].as_array().unwrap().len(), 3);
    assert_eq!(
        figures["by_organization"][0]["name"], "องค์กร department",
        "listed by name"
    );

    // The office's public profile lists the answer it signed and its record across
    // consultations.
    let profile = app
        .get(
            &format!("/api/v1/organizations/{}", s.offices.sukhothai),
            None,
        )
        .await
        .expect(200);
    assert_eq!(profile["answers"][0]["proposal_id"], json!(s.p.sukhothai));
    assert_eq!(profile["answers"][0]["status"], "accepted");
    assert_eq!(profile["scorecard"], sukhothai);
    let phuket_profile = app
        .get(&format!("/api/v1/organizations/{}", s.offices.phuket), None)
        .await
        .expect(200);
    assert_eq!(phuket_profile["answers"], json!([]));
    assert_eq!(phuket_profile["scorecard"]["overdue"], 2);
}
