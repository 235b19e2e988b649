//! Reader surveys: anyone answers three 1–5 questions and an optional comment about a
//! consultation or a result; one answer per browser token (or account); agencies read the
//! figures and comments only from k answers on.

use reqwest::Method;
use sala::domain::accounts::Role;
use sala_tests::{
    on_both_databases, spawn_app, spawn_app_with, Backend, Person, TestApp, PASSWORD,
};
use sea_orm::{ConnectionTrait, Statement};

use crate::api::agency_exports::{csv_rows, export};
use serde_json::{json, Value};

on_both_databases!(
    anonymous_answers_count_once_per_browser_and_show_from_k,
    the_answers_of_one_address_are_rate_limited,
    bad_answers_are_refused_and_change_nothing,
    results_are_surveyed_only_where_the_consultation_is_public,
    a_signed_in_answer_is_personal_data_and_goes_with_the_account,
    a_document_is_surveyed_once_published_and_shown_from_k,
);

struct Scene {
    admin: Person,
    analyst: Person,
    consultation: String,
}

async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let analyst = app
        .operator_creates("analyst@example.org", Role::Citizen)
        .await;
    let consultation = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.responsible_agency(&admin, &consultation, &analyst)
        .await;
    Scene {
        admin,
        analyst,
        consultation,
    }
}

async fn answer(app: &TestApp, path: &str, token: Option<&str>, body: Value) -> sala_tests::Reply {
    app.put(&format!("/api/v1/{path}/survey"), token, &body)
        .await
}

async fn survey_summary(app: &TestApp, s: &Scene) -> Value {
    app.get(
        &format!("/api/v1/agency/consultations/{}/survey", s.consultation),
        Some(&s.analyst.token),
    )
    .await
    .expect(200)
}

async fn rows(app: &TestApp) -> Vec<sea_orm::QueryResult> {
    app.db
        .reader()
        .query_all_raw(Statement::from_string(
            app.db.backend(),
            "SELECT * FROM reader_survey_answers",
        ))
        .await
        .expect("rows")
}

async fn anonymous_answers_count_once_per_browser_and_show_from_k(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_K_ANONYMITY", "3")]).await;
    let s = scene(&app).await;
    let here = format!("consultations/{}", s.consultation);

    // A first answer without a token: the server makes one for the browser to keep.
    let first = answer(
        &app,
        &here,
        None,
        json!({"usefulness": 2, "understanding": 2, "satisfaction": 2}),
    )
    .await
    .expect(200);
    let token = first["browser_token"].as_str().unwrap().to_owned();
    assert!(token.len() >= 22, "{first}");
    assert_eq!(first["subject_type"], "consultation");

    // The same browser again replaces its answer; it is not given a new token.
    let again = answer(
        &app,
        &here,
        None,
        json!({"usefulness": 5, "understanding": 4, "satisfaction": 3,
               "comment": "  อ่านเข้าใจง่าย ขอบคุณครับ  ", "browser_token": token}),
    )
    .await
    .expect(200);
    assert_eq!(again["browser_token"], Value::Null);
    assert_eq!(again["usefulness"], 5);
    assert_eq!(again["comment"], "อ่านเข้าใจง่าย ขอบคุณครับ");

    // One answer: under k, nothing at all is shown.
    let summary = survey_summary(&app, &s).await;
    assert_eq!(summary["k"], 3);
    let subject = &summary["subjects"][0];
    assert_eq!(subject["subject_type"], "consultation");
    assert_eq!(subject["shown"], false, "{summary}");
    assert_eq!(subject["answers"], Value::Null);
    assert_eq!(subject["usefulness"], Value::Null);
    assert_eq!(subject["comments"], json!([]));

    // A different browser counts.
    answer(
        &app,
        &here,
        None,
        json!({"usefulness": 3, "understanding": 2, "satisfaction": 1,
               "browser_token": "another-browser_token-0123456789"}),
    )
    .await
    .expect(200);
    assert_eq!(
        survey_summary(&app, &s).await["subjects"][0]["shown"],
        false
    );

    // A signed-in reader answers as their account, and is also their quick rating.
    let reader = app
        .operator_creates("reader@example.org", Role::Citizen)
        .await;
    answer(
        &app,
        &here,
        Some(&reader.token),
        json!({"usefulness": 4, "understanding": 3, "satisfaction": 5}),
    )
    .await
    .expect(200);
    let summary = survey_summary(&app, &s).await;
    let subject = &summary["subjects"][0];
    assert_eq!(subject["shown"], true, "{summary}");
    assert_eq!(subject["answers"], 3);
    assert_eq!(subject["usefulness"]["average"], 4.0);
    assert_eq!(
        subject["usefulness"]["distribution"],
        json!([0, 0, 1, 1, 1])
    );
    assert_eq!(subject["satisfaction"]["average"], 3.0);
    assert_eq!(subject["comments"], json!(["อ่านเข้าใจง่าย ขอบคุณครับ"]));

    // The same person rating again with the older form is still one person.
    app.put(
        &format!("/api/v1/consultations/{}/feedback", s.consultation),
        Some(&reader.token),
        &json!({"usefulness": 1, "understanding": 1, "satisfaction": 1}),
    )
    .await
    .expect(200);
    let subject = &survey_summary(&app, &s).await["subjects"][0];
    assert_eq!(subject["answers"], 3);
    assert_eq!(
        subject["usefulness"]["distribution"],
        json!([1, 0, 1, 0, 1])
    );

    // The stored rows: a keyed hash of the token, never the token, and no address anywhere.
    let stored = rows(&app).await;
    assert_eq!(stored.len(), 3);
    let mut keys = Vec::new();
    for row in &stored {
        let key: Option<String> = row.try_get("", "browser_key").unwrap();
        if let Some(key) = key {
            assert_eq!(key.len(), 64);
            assert_ne!(key, token);
            assert!(!key.contains(&token));
            keys.push(key);
        }
        for column in row.column_names() {
            if let Ok(Some(text)) = row.try_get::<Option<String>>("", &column) {
                assert!(!text.contains("127.0.0.1"), "{column} holds the address");
            }
        }
        assert!(!row
            .column_names()
            .iter()
            .any(|c| c.contains("ip") || c.contains("address") || c.contains("agent")));
    }
    assert_eq!(keys.len(), 2);

    // The export gives the rows without time or participant, from k answers on.
    let text = export(&app, &s.analyst, &s.consultation, "survey", "csv").await;
    let table = csv_rows(&text);
    assert_eq!(
        table[0],
        [
            "subject_type",
            "subject_id",
            "usefulness",
            "understanding",
            "satisfaction",
            "comment"
        ]
    );
    assert_eq!(table.len(), 4, "{text}");
}

async fn the_answers_of_one_address_are_rate_limited(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[(
            "SALA_RATE_LIMIT_SURVEY_ANSWERS",
            "account=1000,address=3,window=1h",
        )],
    )
    .await;
    let s = scene(&app).await;
    let here = format!("consultations/{}", s.consultation);
    let body = json!({"usefulness": 3, "understanding": 3, "satisfaction": 3});
    for _ in 0..3 {
        answer(&app, &here, None, body.clone()).await.expect(200);
    }
    let refused = answer(&app, &here, None, body).await;
    assert!(refused.headers.contains_key("retry-after"));
    refused.expect_problem(429, "rate_limited");
    assert_eq!(rows(&app).await.len(), 3);
}

async fn bad_answers_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let here = format!("consultations/{}", s.consultation);
    for (body, field) in [
        (
            json!({"usefulness": 0, "understanding": 3, "satisfaction": 3}),
            "usefulness",
        ),
        (
            json!({"usefulness": 3, "understanding": 6, "satisfaction": 3}),
            "understanding",
        ),
        (
            json!({"usefulness": 3, "understanding": 3, "satisfaction": -1}),
            "satisfaction",
        ),
        (
            json!({"usefulness": 3, "understanding": 3, "satisfaction": 3,
                   "comment": "ก".repeat(1001)}),
            "comment",
        ),
        (
            json!({"usefulness": 3, "understanding": 3, "satisfaction": 3,
                   "browser_token": "short"}),
            "browser_token",
        ),
        (
            json!({"usefulness": 3, "understanding": 3, "satisfaction": 3,
                   "browser_token": "a token with spaces in it, long"}),
            "browser_token",
        ),
    ] {
        let refused = answer(&app, &here, None, body)
            .await
            .expect_problem(422, "validation_failed");
        assert_eq!(refused["errors"][0]["field"], field, "{refused}");
    }
    answer(
        &app,
        &here,
        None,
        json!({"usefulness": 3, "understanding": 3, "satisfaction": 3,
               "comment": "bell\u{7} inside"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    answer(
        &app,
        &here,
        None,
        json!({"usefulness": "five", "understanding": 3, "satisfaction": 3}),
    )
    .await
    .expect_problem(422, "validation_failed");
    answer(
        &app,
        "consultations/no-such-consultation",
        None,
        json!({"usefulness": 3, "understanding": 3, "satisfaction": 3}),
    )
    .await
    .expect_problem(404, "consultation_not_found");
    assert!(rows(&app).await.is_empty());
    let _ = &s.admin;
}

async fn results_are_surveyed_only_where_the_consultation_is_public(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_K_ANONYMITY", "2")]).await;
    let s = scene(&app).await;
    let result_body = json!({"title": "ศูนย์ไกล่เกลี่ยชุมชน", "description": "เปิดศูนย์สี่แห่ง"});
    let public = app
        .post(
            &format!("/api/v1/consultations/{}/results", s.consultation),
            Some(&s.admin.token),
            &result_body,
        )
        .await
        .expect(201)["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let draft = app.consultation(&s.admin, "draft").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // Creating a result on a draft stores it, though the reply reads it back as the public
    // would (404); its id is read from the database.
    app.post(
        &format!("/api/v1/consultations/{draft}/results"),
        Some(&s.admin.token),
        &result_body,
    )
    .await;
    let hidden: String = app
        .db
        .reader()
        .query_one_raw(Statement::from_sql_and_values(
            app.db.backend(),
            if app.db.backend() == sea_orm::DbBackend::Postgres {
                "SELECT id FROM results WHERE consultation_id = $1"
            } else {
                "SELECT id FROM results WHERE consultation_id = ?"
            },
            [uuid::Uuid::parse_str(&draft).unwrap().into()],
        ))
        .await
        .expect("read")
        .expect("the draft's result")
        .try_get::<uuid::Uuid>("", "id")
        .unwrap()
        .to_string();
    let body = json!({"usefulness": 4, "understanding": 4, "satisfaction": 2,
                      "comment": "อยากเห็นกำหนดการ"});
    answer(&app, &format!("results/{hidden}"), None, body.clone())
        .await
        .expect_problem(404, "result_not_found");
    answer(&app, &format!("consultations/{draft}"), None, body.clone())
        .await
        .expect_problem(404, "consultation_not_found");
    answer(
        &app,
        "results/0190a0b0-0000-7000-8000-000000000000",
        None,
        body.clone(),
    )
    .await
    .expect_problem(404, "result_not_found");
    assert!(rows(&app).await.is_empty());

    for _ in 0..2 {
        let got = answer(&app, &format!("results/{public}"), None, body.clone())
            .await
            .expect(200);
        assert_eq!(got["subject_type"], "result");
        assert_eq!(got["subject_id"], public.as_str());
    }
    let summary = survey_summary(&app, &s).await;
    assert_eq!(summary["subjects"][0]["shown"], false);
    let result = &summary["subjects"][1];
    assert_eq!(result["subject_type"], "result");
    assert_eq!(result["subject_id"], public.as_str());
    assert_eq!(result["shown"], true, "{summary}");
    assert_eq!(result["answers"], 2);
    assert_eq!(result["understanding"]["average"], 4.0);
    assert_eq!(result["comments"].as_array().unwrap().len(), 2);
}

async fn a_signed_in_answer_is_personal_data_and_goes_with_the_account(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let reader = app
        .operator_creates("reader@example.org", Role::Citizen)
        .await;
    let got = answer(
        &app,
        &format!("consultations/{}", s.consultation),
        Some(&reader.token),
        json!({"usefulness": 4, "understanding": 3, "satisfaction": 5,
               "comment": "ความเห็นส่วนตัว", "browser_token": "ignored-for-accounts-123456"}),
    )
    .await
    .expect(200);
    assert_eq!(got["browser_token"], Value::Null);
    let stored = rows(&app).await;
    assert_eq!(stored.len(), 1);
    let key: Option<String> = stored[0].try_get("", "browser_key").unwrap();
    assert_eq!(key, None);

    let export = app
        .get("/api/v1/me/export", Some(&reader.token))
        .await
        .expect(200);
    let answers = export["survey_answers"].as_array().unwrap();
    assert_eq!(answers.len(), 1, "{export}");
    assert_eq!(answers[0]["comment"], "ความเห็นส่วนตัว");
    assert_eq!(answers[0]["subject_type"], "consultation");
    let theirs = app
        .get("/api/v1/me/export", Some(&s.analyst.token))
        .await
        .expect(200);
    assert_eq!(theirs["survey_answers"], json!([]));

    app.call(
        Method::DELETE,
        "/api/v1/me",
        Some(&reader.token),
        Some(&json!({"password": PASSWORD})),
    )
    .await
    .expect(204);
    assert!(rows(&app).await.is_empty());
}

async fn a_document_is_surveyed_once_published_and_shown_from_k(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_K_ANONYMITY", "2")]).await;
    let s = scene(&app).await;
    let doc = app
        .post(
            &format!("/api/v1/consultations/{}/documents", s.consultation),
            Some(&s.analyst.token),
            &json!({"kind": "strategy", "title": "ยุทธศาสตร์ยุติธรรมจังหวัด", "paragraphs": ["ข้อ 1"]}),
        )
        .await
        .expect(201)["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let here = format!("documents/{doc}");
    let body = json!({"usefulness": 5, "understanding": 3, "satisfaction": 4, "comment": "ชัดเจนดี"});
    // A draft is no document to the public, nor to be surveyed.
    answer(&app, &here, None, body.clone())
        .await
        .expect_problem(404, "document_not_found");
    assert!(rows(&app).await.is_empty());
    app.post(
        &format!("/api/v1/documents/{doc}/publish"),
        Some(&s.analyst.token),
        &json!({}),
    )
    .await
    .expect(200);

    // One browser, twice: one answer, under k, so the agency sees nothing of it.
    let first = answer(&app, &here, None, body.clone()).await.expect(200);
    assert_eq!(first["subject_type"], "document");
    let token = first["browser_token"].as_str().unwrap().to_owned();
    let mut again = body.clone();
    again["browser_token"] = json!(token);
    answer(&app, &here, None, again).await.expect(200);
    let summary = survey_summary(&app, &s).await;
    let subject = summary["subjects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["subject_type"] == "document")
        .cloned()
        .expect("the document is a survey subject");
    assert_eq!(subject["title"], "ยุทธศาสตร์ยุติธรรมจังหวัด");
    assert_eq!(subject["shown"], false, "{summary}");
    assert_eq!(subject["answers"], Value::Null);
    assert!(subject["comments"].as_array().unwrap().is_empty());

    // A second browser makes k: now the figures and the comments are shown.
    answer(&app, &here, None, body).await.expect(200);
    let summary = survey_summary(&app, &s).await;
    let subject = summary["subjects"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["subject_type"] == "document")
        .cloned()
        .unwrap();
    assert_eq!(subject["shown"], true, "{summary}");
    assert_eq!(subject["answers"], 2);
    assert_eq!(subject["usefulness"]["average"], 5.0);
    assert_eq!(subject["comments"].as_array().unwrap().len(), 2);
}
