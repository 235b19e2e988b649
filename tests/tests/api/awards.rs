//! Award-style assessment: a lab runs a call judged on weighted criteria in three dimensions,
//! organisations apply through their representatives, assessors declare conflicts of interest
//! and score, managers read the figures and the agreement, and deciding moves applications at
//! or above the threshold to a site visit.

use reqwest::Method;
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    an_award_is_applied_to_assessed_and_decided_on_its_threshold,
    conflicts_of_interest_keep_assessors_off_and_out_of_the_figures,
    only_managers_applicants_and_assessors_act_and_bad_input_changes_nothing,
);

struct Scene {
    admin: Person,
    lab: Person,
    cso: Person,
    youth: Person,
    first: Person,
    second: Person,
    award: String,
    criteria: Vec<String>,
}

fn id(v: &Value) -> String {
    v["id"].as_str().expect("an id").to_owned()
}

/// Three criteria weighted 1, 1 and 2: structure, process and outcome.
fn award_body() -> Value {
    json!({
        "organization": "justice-lab",
        "title": "รางวัลนวัตกรรมยุติธรรมชุมชน",
        "title_en": "Community justice innovation award",
        "description": "รางวัลสำหรับองค์กรที่ทำให้ความยุติธรรมเข้าถึงได้ในชุมชน",
        "site_visit_threshold": 70,
        "criteria": [
            {"dimension": "structure", "name": "ธรรมาภิบาลของโครงการ", "weight": 1},
            {"dimension": "process", "name": "การมีส่วนร่วมของชุมชน", "name_en": "Community participation", "weight": 1},
            {"dimension": "outcome", "name": "ผลกระทบทางสังคมที่วัดได้", "weight": 2},
        ],
    })
}

async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let lab = app.operator_creates("lab@example.org", Role::Citizen).await;
    let cso = app.operator_creates("cso@example.org", Role::Citizen).await;
    let youth = app
        .operator_creates("youth@example.org", Role::Citizen)
        .await;
    let first = app
        .operator_creates("first@example.org", Role::Citizen)
        .await;
    let second = app
        .operator_creates("second@example.org", Role::Citizen)
        .await;
    app.organization("justice-lab", "lab", &[(&lab, "owner")])
        .await;
    app.organization("legal-aid-network", "cso", &[(&cso, "representative")])
        .await;
    app.organization("youth-voice", "youth_group", &[(&youth, "owner")])
        .await;
    let created = app
        .post("/api/v1/awards", Some(&lab.token), &award_body())
        .await
        .expect(201);
    assert_eq!(created["stage"], "open");
    assert_eq!(created["viewer_manages"], true);
    let criteria = created["criteria"]
        .as_array()
        .expect("criteria")
        .iter()
        .map(id)
        .collect();
    Scene {
        admin,
        lab,
        cso,
        youth,
        first,
        second,
        award: id(&created),
        criteria,
    }
}

async fn apply(app: &TestApp, who: &Person, award: &str, org: &str) -> String {
    let body = json!({
        "organization": org,
        "title": format!("ศูนย์ไกล่เกลี่ยชุมชนของ {org}"),
        "summary": "เปิดศูนย์ไกล่เกลี่ยในตลาดนัดทุกอำเภอ ลดคดีขึ้นศาลได้หนึ่งในสาม",
    });
    let award_view = app
        .post(
            &format!("/api/v1/awards/{award}/applications"),
            Some(&who.token),
            &body,
        )
        .await
        .expect(201);
    let application = award_view["applications"]
        .as_array()
        .expect("applications")
        .iter()
        .find(|a| a["organization_name"] == format!("องค์กร {org}"))
        .expect("the new application");
    id(application)
}

async fn assign(app: &TestApp, manager: &Person, application: &str, assessor: &Person) -> Value {
    app.post(
        &format!("/api/v1/award-applications/{application}/assessors"),
        Some(&manager.token),
        &json!({"email": assessor.email}),
    )
    .await
    .expect(200)
}

async fn declare(app: &TestApp, who: &Person, application: &str, conflict: bool) -> Value {
    let note = conflict.then_some("เคยเป็นที่ปรึกษาขององค์กรนี้");
    app.put(
        &format!("/api/v1/award-applications/{application}/declaration"),
        Some(&who.token),
        &json!({"has_conflict": conflict, "note": note}),
    )
    .await
    .expect(200)
}

async fn score(
    app: &TestApp,
    who: &Person,
    application: &str,
    criteria: &[String],
    scores: [i32; 3],
) -> Value {
    let scores: Vec<Value> = criteria
        .iter()
        .zip(scores)
        .map(|(c, s)| json!({"criterion_id": c, "score": s}))
        .collect();
    app.put(
        &format!("/api/v1/award-applications/{application}/scores"),
        Some(&who.token),
        &json!({ "scores": scores }),
    )
    .await
    .expect(200)
}

async fn advance(app: &TestApp, manager: &Person, award: &str) -> Value {
    app.post(
        &format!("/api/v1/awards/{award}/advance"),
        Some(&manager.token),
        &json!({}),
    )
    .await
    .expect(200)
}

fn application_in<'a>(award: &'a Value, application: &str) -> &'a Value {
    award["applications"]
        .as_array()
        .expect("applications")
        .iter()
        .find(|a| a["id"] == application)
        .expect("the application")
}

async fn an_award_is_applied_to_assessed_and_decided_on_its_threshold(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let strong = apply(&app, &s.cso, &s.award, "legal-aid-network").await;
    let weak = apply(&app, &s.youth, &s.award, "youth-voice").await;

    // Anyone reads the call, its criteria and who applied; not the assessors.
    let public = app
        .get(&format!("/api/v1/awards/{}", s.award), None)
        .await
        .expect(200);
    assert_eq!(public["criteria"][1]["name_en"], "Community participation");
    assert_eq!(public["criteria"][2]["weight"], 2);
    assert_eq!(public["applications"].as_array().map(Vec::len), Some(2));
    assert!(
        public["applications"][0].get("assessors").is_none(),
        "{public}"
    );
    let listed = app.get("/api/v1/awards", None).await.expect(200);
    assert_eq!(listed["items"][0]["title"], "รางวัลนวัตกรรมยุติธรรมชุมชน");
    assert_eq!(listed["items"][0]["organization_name"], "องค์กร justice-lab");

    for application in [&strong, &weak] {
        assign(&app, &s.lab, application, &s.first).await;
        assign(&app, &s.lab, application, &s.second).await;
    }
    // Assigning again changes nothing.
    let again = assign(&app, &s.lab, &strong, &s.first).await;
    assert_eq!(again["assessors"].as_array().map(Vec::len), Some(2));

    // Scoring waits for the call to close for applications.
    declare(&app, &s.first, &strong, false).await;
    let body = json!({"scores": [{"criterion_id": s.criteria[0], "score": 4}]});
    app.put(
        &format!("/api/v1/award-applications/{strong}/scores"),
        Some(&s.first.token),
        &body,
    )
    .await
    .expect_problem(409, "phase_closed");
    assert_eq!(advance(&app, &s.lab, &s.award).await["stage"], "assessing");
    app.post(
        &format!("/api/v1/awards/{}/applications", s.award),
        Some(&s.cso.token),
        &json!({"organization": "legal-aid-network", "title": "อีกหนึ่งใบสมัคร", "summary": "สมัครหลังปิดรับสมัครแล้วจึงต้องถูกปฏิเสธ"}),
    )
    .await
    .expect_problem(409, "phase_closed");

    // The second assessor must declare before scoring.
    let body = json!({"scores": [{"criterion_id": s.criteria[0], "score": 4}]});
    app.put(
        &format!("/api/v1/award-applications/{strong}/scores"),
        Some(&s.second.token),
        &body,
    )
    .await
    .expect_problem(409, "conflict_not_declared");
    declare(&app, &s.second, &strong, false).await;

    // Strong: (5+4+2×5)/20 = 95 % and (4+4+2×4)/20 = 80 %; the first changes a score later.
    score(&app, &s.first, &strong, &s.criteria, [5, 4, 3]).await;
    let own = score(&app, &s.first, &strong, &s.criteria, [5, 4, 5]).await;
    assert_eq!(
        own["assessors"].as_array().map(Vec::len),
        Some(1),
        "only their own part: {own}"
    );
    assert_eq!(own["assessors"][0]["total"], 95.0);
    assert!(own.get("figures").is_none(), "{own}");
    score(&app, &s.second, &strong, &s.criteria, [4, 4, 4]).await;

    // Deciding waits until every assessor is done.
    app.post(
        &format!("/api/v1/awards/{}/advance", s.award),
        Some(&s.lab.token),
        &json!({}),
    )
    .await
    .expect_problem(409, "assessment_incomplete");

    // Weak: (3+2+2×2)/20 = 45 % and (3+3+2×4)/20 = 70 %: apart by two points on the outcome.
    declare(&app, &s.first, &weak, false).await;
    declare(&app, &s.second, &weak, false).await;
    score(&app, &s.first, &weak, &s.criteria, [3, 2, 2]).await;
    score(&app, &s.second, &weak, &s.criteria, [3, 3, 4]).await;

    let figures = app
        .get(
            &format!("/api/v1/award-applications/{weak}/assessment"),
            Some(&s.lab.token),
        )
        .await
        .expect(200);
    let f = &figures["figures"];
    assert_eq!(f["mean"], 57.5, "{figures}");
    assert_eq!(f["complete"], true);
    assert_eq!(f["reaches_threshold"], false);
    assert_eq!(f["agreement"]["criteria_compared"], 3);
    assert_eq!(f["agreement"]["criteria_within_one_point"], 2);
    assert_eq!(f["agreement"]["total_range"], 25.0);
    assert_eq!(f["agreement"]["diverges"], true);
    assert_eq!(f["criteria"][2]["lowest"], 2);
    assert_eq!(f["criteria"][2]["highest"], 4);
    assert_eq!(f["criteria"][2]["mean"], 3.0);
    let first = &figures["assessors"][0];
    assert_eq!(first["total"], 45.0);
    let dims: Vec<(&str, f64)> = first["dimensions"]
        .as_array()
        .expect("dimensions")
        .iter()
        .map(|d| {
            (
                d["dimension"].as_str().unwrap_or(""),
                d["percent"].as_f64().unwrap_or(-1.0),
            )
        })
        .collect();
    assert_eq!(
        dims,
        [("structure", 60.0), ("process", 40.0), ("outcome", 40.0)]
    );

    let decided = advance(&app, &s.lab, &s.award).await;
    assert_eq!(decided["stage"], "decided");
    assert_eq!(application_in(&decided, &strong)["stage"], "site_visit");
    assert_eq!(application_in(&decided, &strong)["score"], 87.5);
    assert_eq!(application_in(&decided, &weak)["stage"], "not_advanced");
    // The public sees the stages, not the scores.
    let public = app
        .get(&format!("/api/v1/awards/{}", s.award), None)
        .await
        .expect(200);
    assert_eq!(application_in(&public, &strong)["stage"], "site_visit");
    assert!(
        application_in(&public, &strong).get("score").is_none(),
        "{public}"
    );
    // Those who speak for each applicant hear of it, by inbox and mail, once; the deciding
    // manager does not.
    let link = format!("/awards/{}", s.award);
    let advanced = app.wait_for_mail(&s.cso.email, &link).await;
    assert!(
        advanced.subject.contains("ผ่านเข้าสู่การลงพื้นที่ตรวจเยี่ยม"),
        "{}",
        advanced.subject
    );
    let not = app.wait_for_mail(&s.youth.email, &link).await;
    assert!(not.subject.contains("ไม่ผ่าน"), "{}", not.subject);
    let inbox = app
        .get("/api/v1/me/notifications", Some(&s.cso.token))
        .await
        .expect(200);
    assert_eq!(inbox["items"].as_array().map(Vec::len), Some(1), "{inbox}");
    assert_eq!(inbox["items"][0]["kind"], "award_decided");
    assert_eq!(inbox["items"][0]["subject"]["status"], "site_visit");
    assert_eq!(app.mails_to(&s.cso.email).len(), 1);
    assert!(app.mails_to(&s.lab.email).is_empty());
    // Decided is final: no more scores, assessors or decisions.
    app.post(
        &format!("/api/v1/awards/{}/advance", s.award),
        Some(&s.lab.token),
        &json!({}),
    )
    .await
    .expect_problem(409, "phase_closed");
    let body = json!({"scores": [{"criterion_id": s.criteria[0], "score": 1}]});
    app.put(
        &format!("/api/v1/award-applications/{strong}/scores"),
        Some(&s.first.token),
        &body,
    )
    .await
    .expect_problem(409, "phase_closed");

    let log = app
        .get(
            "/api/v1/admin/audit-log?target_type=award_application",
            Some(&s.admin.token),
        )
        .await
        .expect(200);
    let actions: Vec<&str> = log["items"]
        .as_array()
        .expect("items")
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    for action in [
        "award.applied",
        "award.assessor_assigned",
        "award.conflict_declared",
        "award.decided",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
    let assigned = actions
        .iter()
        .filter(|a| **a == "award.assessor_assigned")
        .count();
    assert_eq!(assigned, 4, "assigning again wrote nothing: {actions:?}");

    // An erased assessor's declarations and scores go with them; an erased applicant's
    // application stays the organisation's, without them.
    for who in [&s.first, &s.cso] {
        let body = json!({"password": who.password});
        app.call(Method::DELETE, "/api/v1/me", Some(&who.token), Some(&body))
            .await
            .expect(204);
    }
    let seen = app
        .get(
            &format!("/api/v1/award-applications/{strong}/assessment"),
            Some(&s.lab.token),
        )
        .await
        .expect(200);
    assert_eq!(
        seen["assessors"].as_array().map(Vec::len),
        Some(1),
        "{seen}"
    );
    let public = app
        .get(&format!("/api/v1/awards/{}", s.award), None)
        .await
        .expect(200);
    assert_eq!(application_in(&public, &strong)["stage"], "site_visit");
    for id in [s.first.id, s.cso.id] {
        assert_eq!(rows_naming(&app, id).await, 0, "award rows still name {id}");
    }
}

/// Rows of the award tables that name the person in any of their person columns.
async fn rows_naming(app: &TestApp, id: Uuid) -> i64 {
    let conn = app.db.writer();
    let backend = conn.get_database_backend();
    let mut total = 0;
    for (table, column) in [
        ("award_scores", "user_id"),
        ("award_assessors", "user_id"),
        ("award_assessors", "assigned_by"),
        ("award_applications", "submitted_by"),
        ("award_calls", "created_by"),
    ] {
        let sql = format!("SELECT COUNT(*) AS n FROM {table} WHERE {column} = $1");
        let sql = match backend {
            DatabaseBackend::Postgres => sql,
            _ => sql.replace("$1", "?"),
        };
        let row = conn
            .query_one_raw(Statement::from_sql_and_values(backend, sql, [id.into()]))
            .await
            .expect("count")
            .expect("a row");
        total += row.try_get::<i64>("", "n").expect("n");
    }
    total
}

async fn conflicts_of_interest_keep_assessors_off_and_out_of_the_figures(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let application = apply(&app, &s.cso, &s.award, "legal-aid-network").await;

    // A member of the applying organisation cannot assess it.
    app.post(
        &format!("/api/v1/award-applications/{application}/assessors"),
        Some(&s.lab.token),
        &json!({"email": s.cso.email}),
    )
    .await
    .expect_problem(409, "assessor_has_conflict");
    app.post(
        &format!("/api/v1/award-applications/{application}/assessors"),
        Some(&s.lab.token),
        &json!({"email": "nobody@example.org"}),
    )
    .await
    .expect_problem(404, "account_not_found");

    assign(&app, &s.lab, &application, &s.first).await;
    assign(&app, &s.lab, &application, &s.second).await;
    advance(&app, &s.lab, &s.award).await;
    declare(&app, &s.first, &application, false).await;
    score(&app, &s.first, &application, &s.criteria, [2, 2, 2]).await;

    // The first recuses after scoring: their scores go, and they cannot score again.
    let recused = declare(&app, &s.first, &application, true).await;
    assert_eq!(recused["assessors"][0]["has_conflict"], true);
    assert_eq!(recused["assessors"][0]["scores"], json!([]));
    app.put(
        &format!("/api/v1/award-applications/{application}/declaration"),
        Some(&s.first.token),
        &json!({"has_conflict": false}),
    )
    .await
    .expect_problem(409, "conflict_declared");
    let body = json!({"scores": [{"criterion_id": s.criteria[0], "score": 5}]});
    app.put(
        &format!("/api/v1/award-applications/{application}/scores"),
        Some(&s.first.token),
        &body,
    )
    .await
    .expect_problem(409, "assessor_has_conflict");
    // A conflict must say what it is.
    app.put(
        &format!("/api/v1/award-applications/{application}/declaration"),
        Some(&s.second.token),
        &json!({"has_conflict": true}),
    )
    .await
    .expect_problem(422, "validation_failed");

    declare(&app, &s.second, &application, false).await;
    score(&app, &s.second, &application, &s.criteria, [4, 4, 4]).await;
    let seen = app
        .get(
            &format!("/api/v1/award-applications/{application}/assessment"),
            Some(&s.lab.token),
        )
        .await
        .expect(200);
    let f = &seen["figures"];
    assert_eq!(f["mean"], 80.0, "only the counted assessor: {seen}");
    assert_eq!(f["agreement"]["criteria_compared"], 0);
    assert_eq!(f["complete"], true, "a recusal counts as done");
    assert_eq!(
        seen["assessors"][0]["conflict_note"],
        "เคยเป็นที่ปรึกษาขององค์กรนี้"
    );

    // Each assessor's declaration and scores are in their own data export.
    let mine = app
        .get("/api/v1/me/export", Some(&s.first.token))
        .await
        .expect(200);
    assert_eq!(
        mine["award_assessments"][0]["conflict_note"],
        "เคยเป็นที่ปรึกษาขององค์กรนี้"
    );
    assert_eq!(mine["award_scores"], json!([]));
    let theirs = app
        .get("/api/v1/me/export", Some(&s.second.token))
        .await
        .expect(200);
    assert_eq!(theirs["award_scores"].as_array().map(Vec::len), Some(3));
    let sent = app
        .get("/api/v1/me/export", Some(&s.cso.token))
        .await
        .expect(200);
    assert_eq!(sent["award_applications"][0]["id"], application.as_str());
    // Removing an assessor takes their scores; removing them twice is not found.
    app.delete(
        &format!(
            "/api/v1/award-applications/{application}/assessors/{}",
            s.second.id
        ),
        Some(&s.lab.token),
    )
    .await
    .expect(204);
    app.delete(
        &format!(
            "/api/v1/award-applications/{application}/assessors/{}",
            s.second.id
        ),
        Some(&s.lab.token),
    )
    .await
    .expect_problem(404, "award_assessor_not_found");
    let seen = app
        .get(
            &format!("/api/v1/award-applications/{application}/assessment"),
            Some(&s.lab.token),
        )
        .await
        .expect(200);
    assert_eq!(seen["figures"]["mean"], Value::Null);
    assert_eq!(seen["figures"]["complete"], false);
    app.post(
        &format!("/api/v1/awards/{}/advance", s.award),
        Some(&s.lab.token),
        &json!({}),
    )
    .await
    .expect_problem(409, "assessment_incomplete");
}

async fn only_managers_applicants_and_assessors_act_and_bad_input_changes_nothing(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;

    // Only those who speak for an organisation open an award in its name.
    app.post("/api/v1/awards", Some(&s.first.token), &award_body())
        .await
        .expect_problem(403, "forbidden");
    let mut bad = award_body();
    bad["site_visit_threshold"] = json!(120);
    bad["criteria"][0]["weight"] = json!(0);
    bad["title"] = json!("ab");
    let problem = app
        .post("/api/v1/awards", Some(&s.lab.token), &bad)
        .await
        .expect_problem(422, "validation_failed");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert_eq!(
        fields,
        ["title", "site_visit_threshold", "criteria[0].weight"],
        "{problem}"
    );
    let mut elsewhere = award_body();
    elsewhere["organization"] = json!("no-such-lab");
    let problem = app
        .post("/api/v1/awards", Some(&s.admin.token), &elsewhere)
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "organization");
    let mut none = award_body();
    none["criteria"] = json!([]);
    app.post("/api/v1/awards", Some(&s.lab.token), &none)
        .await
        .expect_problem(422, "validation_failed");
    let listed = app.get("/api/v1/awards", None).await.expect(200);
    assert_eq!(
        listed["items"].as_array().map(Vec::len),
        Some(1),
        "nothing more was opened"
    );

    // Applying: only for an organisation one speaks for, once, and not the organiser itself.
    let body = json!({"organization": "legal-aid-network", "title": "ศูนย์ไกล่เกลี่ย", "summary": "สรุปผลงานขององค์กรที่ยาวพอสมควร"});
    app.post(
        &format!("/api/v1/awards/{}/applications", s.award),
        Some(&s.youth.token),
        &body,
    )
    .await
    .expect_problem(403, "forbidden");
    let own = json!({"organization": "justice-lab", "title": "ศูนย์ไกล่เกลี่ย", "summary": "สรุปผลงานขององค์กรที่ยาวพอสมควร"});
    app.post(
        &format!("/api/v1/awards/{}/applications", s.award),
        Some(&s.lab.token),
        &own,
    )
    .await
    .expect_problem(422, "validation_failed");
    let application = apply(&app, &s.cso, &s.award, "legal-aid-network").await;
    app.post(
        &format!("/api/v1/awards/{}/applications", s.award),
        Some(&s.cso.token),
        &body,
    )
    .await
    .expect_problem(409, "already_applied");
    let view = app
        .get(&format!("/api/v1/awards/{}", s.award), Some(&s.cso.token))
        .await
        .expect(200);
    assert_eq!(view["viewer_may_apply_for"], json!([]), "applied already");
    let view = app
        .get(&format!("/api/v1/awards/{}", s.award), Some(&s.youth.token))
        .await
        .expect(200);
    assert_eq!(view["viewer_may_apply_for"][0]["name"], "องค์กร youth-voice");

    // Managing is the organiser's (or an administrator's).
    for who in [&s.cso, &s.first] {
        app.post(
            &format!("/api/v1/award-applications/{application}/assessors"),
            Some(&who.token),
            &json!({"email": s.second.email}),
        )
        .await
        .expect_problem(403, "forbidden");
        app.post(
            &format!("/api/v1/awards/{}/advance", s.award),
            Some(&who.token),
            &json!({}),
        )
        .await
        .expect_problem(403, "forbidden");
        app.get(
            &format!("/api/v1/award-applications/{application}/assessment"),
            Some(&who.token),
        )
        .await
        .expect_problem(403, "forbidden");
    }
    assign(&app, &s.admin, &application, &s.first).await;
    advance(&app, &s.lab, &s.award).await;

    // Only an assigned assessor declares and scores, within the scale and the call's criteria.
    app.put(
        &format!("/api/v1/award-applications/{application}/declaration"),
        Some(&s.second.token),
        &json!({"has_conflict": false}),
    )
    .await
    .expect_problem(403, "forbidden");
    declare(&app, &s.first, &application, false).await;
    let body = json!({"scores": [
        {"criterion_id": s.criteria[0], "score": 6},
        {"criterion_id": s.criteria[1], "score": 3},
        {"criterion_id": s.criteria[1], "score": 4},
        {"criterion_id": application, "score": 3},
    ]});
    let problem = app
        .put(
            &format!("/api/v1/award-applications/{application}/scores"),
            Some(&s.first.token),
            &body,
        )
        .await
        .expect_problem(422, "validation_failed");
    let fields: Vec<&str> = problem["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert_eq!(
        fields,
        [
            "scores[0].score",
            "scores[2].criterion_id",
            "scores[3].criterion_id"
        ]
    );
    let own = app
        .get(
            &format!("/api/v1/award-applications/{application}/assessment"),
            Some(&s.first.token),
        )
        .await
        .expect(200);
    assert_eq!(
        own["assessors"][0]["scores"],
        json!([]),
        "a refused request scored nothing"
    );

    // Unknown ids name nothing.
    let missing = "00000000-0000-4000-8000-000000000000";
    app.get(&format!("/api/v1/awards/{missing}"), None)
        .await
        .expect_problem(404, "award_call_not_found");
    app.get(
        &format!("/api/v1/award-applications/{missing}/assessment"),
        Some(&s.lab.token),
    )
    .await
    .expect_problem(404, "award_application_not_found");
}
