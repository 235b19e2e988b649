//! Impact indicators: a result's or a consultation's baseline, target and measured values,
//! written by those who may write the result (or the consultation's lab), read by everyone
//! once the consultation is public, and exported with the consultation's data.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};

use super::agency_exports::{csv_rows, export};

on_both_databases!(
    an_agency_tracks_indicators_and_the_public_reads_and_exports_them,
    only_writers_may_change_indicators_and_drafts_stay_hidden,
    bad_figures_are_refused_with_field_errors_and_unknown_ids_are_not_found,
);

struct Scene {
    admin: Person,
    citizen: Person,
    analyst: Person,
    consultation: String,
    result: String,
}

async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizen = app
        .operator_creates("citizen@example.org", Role::Citizen)
        .await;
    let analyst = app
        .operator_creates("analyst@example.org", Role::Citizen)
        .await;
    let consultation = id(&app.consultation(&admin, "ideation").await);
    app.responsible_agency(&admin, &consultation, &analyst)
        .await;
    let result = id(&app
        .post(
            &format!("/api/v1/consultations/{consultation}/results"),
            Some(&analyst.token),
            &json!({"title": "ศูนย์ไกล่เกลี่ยชุมชนสี่จังหวัด", "description": "พันธกิจ"}),
        )
        .await
        .expect(201));
    Scene {
        admin,
        citizen,
        analyst,
        consultation,
        result,
    }
}

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

fn field_codes(problem: &Value) -> Vec<(String, String)> {
    problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_owned(),
                e["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn mediation() -> Value {
    json!({"name": "คดีที่ยุติได้ในชั้นไกล่เกลี่ย", "name_en": "Cases settled by mediation",
           "unit": "คดี", "baseline": 120, "target": 300,
           "description": "นับจากสมุดทะเบียนของศูนย์"})
}

async fn an_agency_tracks_indicators_and_the_public_reads_and_exports_them(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let created = app
        .post(
            &format!("/api/v1/results/{}/indicators", s.result),
            Some(&s.analyst.token),
            &mediation(),
        )
        .await
        .expect(201);
    assert_eq!(created["direction"], "increase");
    assert_eq!(created["progress"], Value::Null, "no value yet");
    assert_eq!(created["result_id"], s.result.as_str());
    let indicator = id(&created);
    // Values arrive out of order; a correction of one day is a new value with a note.
    for (value, day, note) in [
        (210.0, "2026-03-31", None),
        (150.5, "2026-01-31", None),
        (200.0, "2026-03-31", Some("แก้ไขตัวเลขเดือนมีนาคม")),
    ] {
        app.post(
            &format!("/api/v1/indicators/{indicator}/values"),
            Some(&s.analyst.token),
            &json!({"value": value, "measured_on": day, "source": "รายงานศูนย์ไกล่เกลี่ย",
                    "source_url": "https://example.org/report.pdf", "note": note}),
        )
        .await
        .expect(201);
    }
    // The lab's own measure of the consultation as a whole, a decrease.
    let own = app
        .post(
            &format!("/api/v1/consultations/{}/indicators", s.consultation),
            Some(&s.admin.token),
            &json!({"name": "ระยะเวลารอคดีเฉลี่ย", "unit": "วัน", "baseline": 400, "target": 100}),
        )
        .await
        .expect(201);
    assert_eq!(own["direction"], "decrease");
    assert_eq!(own["result_id"], Value::Null);
    // A signed-out reader sees the values by date, the latest and the progress.
    let listed = app
        .get(&format!("/api/v1/results/{}/indicators", s.result), None)
        .await
        .expect(200);
    assert!(listed.get("viewer_may_edit").is_none());
    let read = &listed["items"][0];
    let days: Vec<&str> = read["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["measured_on"].as_str().unwrap())
        .collect();
    assert_eq!(days, ["2026-01-31", "2026-03-31", "2026-03-31"]);
    assert_eq!(read["latest"]["value"], 200.0, "the correction counts");
    assert_eq!(read["latest"]["note"], "แก้ไขตัวเลขเดือนมีนาคม");
    assert_eq!(read["progress"], 44, "(200 - 120) / (300 - 120), rounded");
    let mine = app
        .get(
            &format!("/api/v1/results/{}/indicators", s.result),
            Some(&s.analyst.token),
        )
        .await
        .expect(200);
    assert_eq!(mine["viewer_may_edit"], true);
    // The consultation's list has its own first, then its results'.
    let all = app
        .get(
            &format!("/api/v1/consultations/{}/indicators", s.consultation),
            None,
        )
        .await
        .expect(200);
    let order: Vec<String> = all["items"].as_array().unwrap().iter().map(id).collect();
    assert_eq!(order, [id(&own), indicator.clone()]);
    // Editing keeps the values; the target may not become the baseline.
    let edited = app
        .patch(
            &format!("/api/v1/indicators/{indicator}"),
            Some(&s.analyst.token),
            &json!({"target": 280, "description": null}),
        )
        .await
        .expect(200);
    assert_eq!(edited["description"], Value::Null);
    assert_eq!(edited["values"].as_array().unwrap().len(), 3);
    assert_eq!(edited["progress"], 50);
    // The export has one row per value, and a row for an indicator with none yet.
    let rows = csv_rows(&export(&app, &s.analyst, &s.consultation, "indicators", "csv").await);
    assert_eq!(
        rows[0],
        [
            "indicator_id",
            "result_id",
            "result_title",
            "indicator_name",
            "indicator_name_en",
            "unit",
            "baseline",
            "target",
            "value",
            "measured_on",
            "source",
            "source_url",
            "note",
            "recorded_at"
        ]
    );
    assert_eq!(rows.len(), 5, "{rows:?}");
    assert_eq!(rows[1][3], "ระยะเวลารอคดีเฉลี่ย");
    assert_eq!(rows[1][8], "", "no value yet");
    assert_eq!(
        rows[2][2..12],
        [
            "ศูนย์ไกล่เกลี่ยชุมชนสี่จังหวัด",
            "คดีที่ยุติได้ในชั้นไกล่เกลี่ย",
            "Cases settled by mediation",
            "คดี",
            "120",
            "280",
            "150.5",
            "2026-01-31",
            "รายงานศูนย์ไกล่เกลี่ย",
            "https://example.org/report.pdf",
        ]
    );
    assert_eq!(rows[4][12], "แก้ไขตัวเลขเดือนมีนาคม");
    let json_rows: Vec<Value> = serde_json::from_str(
        &export(&app, &s.analyst, &s.consultation, "indicators", "json").await,
    )
    .unwrap();
    assert_eq!(json_rows[1]["value"], 150.5);
    // Deleting takes the values with it; the audit log names every step.
    app.delete(
        &format!("/api/v1/indicators/{}", id(&own)),
        Some(&s.admin.token),
    )
    .await
    .expect(204);
    let left = app
        .get(
            &format!("/api/v1/consultations/{}/indicators", s.consultation),
            None,
        )
        .await
        .expect(200);
    assert_eq!(left["items"].as_array().unwrap().len(), 1);
    let log = app
        .get(
            "/api/v1/admin/audit-log?target_type=indicator",
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
        "indicator.created",
        "indicator.edited",
        "indicator.deleted",
        "indicator.value_recorded",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

async fn only_writers_may_change_indicators_and_drafts_stay_hidden(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let on_result = format!("/api/v1/results/{}/indicators", s.result);
    let indicator = id(&app
        .post(&on_result, Some(&s.analyst.token), &mediation())
        .await
        .expect(201));
    let value = json!({"value": 1, "measured_on": "2026-01-01", "source": "ทะเบียน"});
    // A citizen may do none of it.
    for reply in [
        app.post(&on_result, Some(&s.citizen.token), &mediation())
            .await,
        app.post(
            &format!("/api/v1/consultations/{}/indicators", s.consultation),
            Some(&s.citizen.token),
            &mediation(),
        )
        .await,
        app.patch(
            &format!("/api/v1/indicators/{indicator}"),
            Some(&s.citizen.token),
            &json!({"name": "ของฉันเอง"}),
        )
        .await,
        app.post(
            &format!("/api/v1/indicators/{indicator}/values"),
            Some(&s.citizen.token),
            &value,
        )
        .await,
        app.delete(
            &format!("/api/v1/indicators/{indicator}"),
            Some(&s.citizen.token),
        )
        .await,
    ] {
        reply.expect_problem(403, "forbidden");
    }
    app.post(&on_result, None, &mediation())
        .await
        .expect_problem(401, "unauthenticated");
    // The responsible agency writes its result's indicators, not the lab's own.
    app.post(
        &format!("/api/v1/consultations/{}/indicators", s.consultation),
        Some(&s.analyst.token),
        &mediation(),
    )
    .await
    .expect_problem(403, "forbidden");
    // Another consultation's agency may not touch this result's.
    let other = app
        .operator_creates("other@example.org", Role::Citizen)
        .await;
    let elsewhere = id(&app.consultation(&s.admin, "ideation").await);
    app.responsible_agency(&s.admin, &elsewhere, &other).await;
    app.post(
        &format!("/api/v1/indicators/{indicator}/values"),
        Some(&other.token),
        &value,
    )
    .await
    .expect_problem(403, "forbidden");
    // A draft's indicators are hidden from the public, not from its administrator.
    let draft = scene_in_draft(&app, &s.admin).await;
    app.get(&format!("/api/v1/results/{}/indicators", draft.1), None)
        .await
        .expect_problem(404, "result_not_found");
    app.get(
        &format!("/api/v1/consultations/{}/indicators", draft.0),
        Some(&s.citizen.token),
    )
    .await
    .expect_problem(404, "consultation_not_found");
    let seen = app
        .get(
            &format!("/api/v1/consultations/{}/indicators", draft.0),
            Some(&s.admin.token),
        )
        .await
        .expect(200);
    assert_eq!(seen["items"].as_array().unwrap().len(), 1);
    assert_eq!(seen["viewer_may_edit"], true);
}

/// A draft consultation with a result carrying one indicator: (consultation, result). Its
/// administrator publishes the result and is answered with it, draft or not.
async fn scene_in_draft(app: &TestApp, admin: &Person) -> (String, String) {
    let consultation = id(&app.consultation(admin, "draft").await);
    let created = app
        .post(
            &format!("/api/v1/consultations/{consultation}/results"),
            Some(&admin.token),
            &json!({"title": "ผลที่ยังไม่เผยแพร่", "description": "ร่าง"}),
        )
        .await
        .expect(201);
    assert_eq!(created["title"], "ผลที่ยังไม่เผยแพร่");
    let result = id(&created);
    app.post(
        &format!("/api/v1/results/{result}/indicators"),
        Some(&admin.token),
        &mediation(),
    )
    .await
    .expect(201);
    (consultation, result)
}

async fn bad_figures_are_refused_with_field_errors_and_unknown_ids_are_not_found(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let on_result = format!("/api/v1/results/{}/indicators", s.result);
    let refused = app
        .post(
            &on_result,
            Some(&s.analyst.token),
            &json!({"name": "ab", "baseline": 5, "target": 5}),
        )
        .await
        .expect_problem(422, "validation_failed");
    let fields = field_codes(&refused);
    for expected in [
        ("unit", "required"),
        ("name", "too_short"),
        ("target", "equals_baseline"),
    ] {
        let expected = (expected.0.to_owned(), expected.1.to_owned());
        assert!(fields.contains(&expected), "{expected:?} in {fields:?}");
    }
    let refused = app
        .post(
            &on_result,
            Some(&s.analyst.token),
            &json!({"name": "งบประมาณ", "unit": "บาท", "baseline": 0, "target": 1e13}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        field_codes(&refused),
        [("target".to_owned(), "out_of_range".to_owned())]
    );
    let indicator = id(&app
        .post(&on_result, Some(&s.analyst.token), &mediation())
        .await
        .expect(201));
    // Editing only the target onto the baseline is refused as well.
    app.patch(
        &format!("/api/v1/indicators/{indicator}"),
        Some(&s.analyst.token),
        &json!({"target": 120}),
    )
    .await
    .expect_problem(422, "validation_failed");
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(2)).date_naive();
    let refused = app
        .post(
            &format!("/api/v1/indicators/{indicator}/values"),
            Some(&s.analyst.token),
            &json!({"value": 3, "measured_on": tomorrow, "source": " ",
                    "source_url": "javascript:alert(1)"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        field_codes(&refused),
        [
            ("measured_on".to_owned(), "in_future".to_owned()),
            ("source".to_owned(), "required".to_owned()),
            ("source_url".to_owned(), "invalid".to_owned()),
        ]
    );
    let refused = app
        .post(
            &format!("/api/v1/indicators/{indicator}/values"),
            Some(&s.analyst.token),
            &json!({"measured_on": "2026-01-01", "source": "ทะเบียน"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        field_codes(&refused),
        [("value".to_owned(), "required".to_owned())]
    );
    // Nothing was recorded.
    let listed = app.get(&on_result, None).await.expect(200);
    assert_eq!(listed["items"][0]["values"].as_array().unwrap().len(), 0);
    assert_eq!(listed["items"][0]["target"], 300.0);
    // Unknown ids.
    let nobody = uuid::Uuid::now_v7();
    app.patch(
        &format!("/api/v1/indicators/{nobody}"),
        Some(&s.analyst.token),
        &json!({"name": "ไม่มีอยู่จริง"}),
    )
    .await
    .expect_problem(404, "indicator_not_found");
    app.post(
        &format!("/api/v1/indicators/{nobody}/values"),
        Some(&s.analyst.token),
        &json!({"value": 1, "measured_on": "2026-01-01", "source": "ทะเบียน"}),
    )
    .await
    .expect_problem(404, "indicator_not_found");
    app.delete(
        &format!("/api/v1/indicators/{nobody}"),
        Some(&s.admin.token),
    )
    .await
    .expect_problem(404, "indicator_not_found");
    app.post(
        &format!("/api/v1/results/{nobody}/indicators"),
        Some(&s.analyst.token),
        &mediation(),
    )
    .await
    .expect_problem(404, "result_not_found");
    app.get(&format!("/api/v1/results/{nobody}/indicators"), None)
        .await
        .expect_problem(404, "result_not_found");
}
