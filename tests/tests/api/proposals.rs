//! Proposals: submitting, validating, editing with revisions, withdrawing, and the four orders.

use std::collections::HashSet;

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    a_citizen_proposes_during_ideation_and_is_shown_as_its_author,
    proposals_are_refused_outside_ideation,
    invalid_proposals_are_refused_field_by_field_counting_thai_graphemes,
    markdown_is_rendered_safely_and_the_raw_text_kept,
    images_in_a_proposal_or_comment_load_nothing_yet_their_addresses_stay,
    the_author_edits_during_ideation_and_earlier_versions_are_kept,
    a_withdrawn_proposal_leaves_the_default_list_and_takes_no_votes,
    unknown_or_malformed_proposal_ids_are_not_found,
    the_list_sorts_by_new_top_controversial_and_hot,
    the_list_filters_by_theme_province_and_status,
    keyset_pages_return_every_proposal_once_in_each_order,
    my_vote_is_shown_to_the_voter_only,
);

const BODY: &str = "รายละเอียดข้อเสนอที่ยาวพอสมควรสำหรับการทดสอบ";

/// An administrator, a citizen, and a consultation in ideation.
async fn setup(app: &TestApp) -> (Person, Person, String) {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let citizen = app
        .operator_creates("somchai@example.org", Role::Citizen)
        .await;
    let consultation = app.consultation(&admin, "ideation").await;
    (
        admin,
        citizen,
        consultation["id"].as_str().expect("id").to_owned(),
    )
}

async fn propose(app: &TestApp, author: &Person, cid: &str, body: &Value) -> sala_tests::Reply {
    app.post(
        &format!("/api/v1/consultations/{cid}/proposals"),
        Some(&author.token),
        body,
    )
    .await
}

async fn list(app: &TestApp, cid: &str, query: &str, token: Option<&str>) -> Value {
    app.get(
        &format!("/api/v1/consultations/{cid}/proposals?{query}"),
        token,
    )
    .await
    .expect(200)
}

async fn vote(app: &TestApp, voter: &Person, proposal_id: &str, value: &str) -> Value {
    app.put(
        &format!("/api/v1/proposals/{proposal_id}/vote"),
        Some(&voter.token),
        &json!({ "value": value }),
    )
    .await
    .expect(200)
}

fn ids(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|p| p["id"].as_str().expect("id").to_owned())
        .collect()
}

fn id_of(proposal: &Value) -> String {
    proposal["id"].as_str().expect("id").to_owned()
}

async fn a_citizen_proposes_during_ideation_and_is_shown_as_its_author(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;
    let body = json!({"title": "ศูนย์ยุติธรรมชุมชนทุกตำบล", "body": BODY, "theme": "ยุติธรรมชุมชน", "province": "ภูเก็ต"});
    let created = propose(&app, &citizen, &cid, &body).await.expect(201);
    assert_eq!(created["title"], "ศูนย์ยุติธรรมชุมชนทุกตำบล");
    assert_eq!(created["consultation_id"], cid.as_str());
    assert_eq!(
        (created["theme"].as_str(), created["province"].as_str()),
        (Some("ยุติธรรมชุมชน"), Some("ภูเก็ต"))
    );
    assert_eq!(created["status"], "published");
    assert_eq!(
        created["counts"],
        json!({"agree": 0, "disagree": 0, "pass": 0, "comments": 0})
    );
    assert_eq!(
        created["author"],
        json!({"id": citizen.id, "display_name": "Operator-made"})
    );
    assert_eq!(created["my_vote"], Value::Null);
    // Authors follow what they propose, and the first answer says so, so the follow button
    // starts right.
    assert_eq!(created["following"], true);
    assert_eq!(created["follower_count"], 1);
    let mine = app
        .get(
            &format!("/api/v1/proposals/{}", id_of(&created)),
            Some(&citizen.token),
        )
        .await
        .expect(200);
    assert_eq!(mine["following"], true);
    let mut created = created;
    created.as_object_mut().unwrap().remove("following");

    let mut seen = app
        .get(&format!("/api/v1/proposals/{}", id_of(&created)), None)
        .await
        .expect(200);
    // The single view also lists the endorsing organizations.
    assert_eq!(
        seen.as_object_mut().unwrap().remove("endorsements"),
        Some(json!([]))
    );
    // ...and the results it fed: none yet.
    assert_eq!(
        seen.as_object_mut().unwrap().remove("results"),
        Some(json!([]))
    );
    assert_eq!(seen, created);
    assert_eq!(ids(&list(&app, &cid, "", None).await), [id_of(&created)]);
    let consultation = app
        .get(&format!("/api/v1/consultations/{cid}"), None)
        .await
        .expect(200);
    assert_eq!(consultation["proposal_count"], 1);
    let by_slug = format!(
        "/api/v1/consultations/{}/proposals",
        consultation["slug"].as_str().unwrap()
    );
    app.post(
        &by_slug,
        Some(&citizen.token),
        &json!({"title": "ข้อเสนอผ่านชื่อย่อ", "body": BODY}),
    )
    .await
    .expect(201);
    app.post(
        &by_slug,
        None,
        &json!({"title": "ข้อเสนอนิรนาม", "body": BODY}),
    )
    .await
    .expect_problem(401, "unauthenticated");
}

async fn proposals_are_refused_outside_ideation(backend: Backend) {
    let app = spawn_app(backend).await;
    let (admin, citizen, cid) = setup(&app).await;
    let body = json!({"title": "ข้อเสนอที่มาช้าเกินไป", "body": BODY});
    for phase in ["voting", "review", "closed"] {
        app.set_phase(&admin, &cid, phase).await;
        let problem = propose(&app, &citizen, &cid, &body)
            .await
            .expect_problem(409, "phase_closed");
        assert!(
            problem["detail"].as_str().unwrap().contains(phase),
            "{problem}"
        );
    }
    app.set_phase(&admin, &cid, "draft").await;
    propose(&app, &citizen, &cid, &body)
        .await
        .expect_problem(404, "consultation_not_found");
    assert_eq!(
        list(&app, &cid, "", Some(&admin.token)).await["items"],
        json!([]),
        "nothing was stored"
    );
}

async fn invalid_proposals_are_refused_field_by_field_counting_thai_graphemes(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;
    let fields = |problem: &Value| -> Vec<(String, String)> {
        let errors = problem["errors"].as_array().expect("errors");
        errors
            .iter()
            .map(|e| {
                (
                    e["field"].as_str().unwrap().to_owned(),
                    e["code"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let pair = |f: &str, c: &str| (f.to_owned(), c.to_owned());
    // "ที่นี่" is six code points but two graphemes; "สั้น" four code points, two graphemes.
    let problem = propose(&app, &citizen, &cid, &json!({"title": "ที่นี่", "body": "สั้น"}))
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        fields(&problem),
        [pair("title", "too_short"), pair("body", "too_short")]
    );
    let problem = propose(&app, &citizen, &cid, &json!({}))
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        fields(&problem),
        [pair("title", "required"), pair("body", "required")]
    );
    let problem = propose(
        &app,
        &citizen,
        &cid,
        &json!({"title": "กี่".repeat(151), "body": BODY, "theme": "การศึกษา", "province": "เชียงใหม่"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    assert_eq!(
        fields(&problem),
        [
            pair("title", "too_long"),
            pair("theme", "not_offered"),
            pair("province", "not_offered")
        ]
    );
    let problem = propose(&app, &citizen, &cid, &json!({"title": "   ", "body": BODY}))
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(fields(&problem), [pair("title", "required")]);
    propose(
        &app,
        &citizen,
        &cid,
        &json!({"title": "ข้อเสนอที่ตั้งสถานะเอง", "body": BODY, "status": "accepted"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    assert_eq!(
        list(&app, &cid, "", None).await["items"],
        json!([]),
        "refused proposals left nothing"
    );

    // 150 graphemes (450 code points) is exactly the limit.
    let longest = propose(
        &app,
        &citizen,
        &cid,
        &json!({"title": "กี่".repeat(150), "body": BODY, "theme": null}),
    )
    .await
    .expect(201);
    assert_eq!(longest["title"], "กี่".repeat(150));
    assert_eq!(longest["theme"], Value::Null);
}

async fn markdown_is_rendered_safely_and_the_raw_text_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;
    let raw =
        "**ข้อเสนอ**ที่ปลอดภัย\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[คลิกที่นี่](javascript:alert(1))\n\n[เว็บไซต์](https://example.org)";
    let created = propose(
        &app,
        &citizen,
        &cid,
        &json!({"title": "ข้อเสนอที่มีลิงก์", "body": raw}),
    )
    .await
    .expect(201);
    let seen = app
        .get(&format!("/api/v1/proposals/{}", id_of(&created)), None)
        .await
        .expect(200);
    assert_eq!(seen["body"], raw, "the markdown is kept as written");
    let html = seen["body_html"].as_str().unwrap();
    assert!(html.contains("<strong>ข้อเสนอ</strong>"), "{html}");
    assert!(html.contains("href=\"https://example.org\""), "{html}");
    assert!(html.contains("คลิกที่นี่"), "the link text stays: {html}");
    assert!(
        !html.contains("<script") && !html.contains("onerror") && !html.contains("javascript:"),
        "{html}"
    );

    let edited = app
        .patch(
            &format!("/api/v1/proposals/{}", id_of(&created)),
            Some(&citizen.token),
            &json!({"body": "<a href=\"javascript:alert(2)\" onclick=\"x()\">ลิงก์อันตราย</a> ข้อความ"}),
        )
        .await
        .expect(200);
    let html = edited["body_html"].as_str().unwrap();
    assert!(
        html.contains("ลิงก์อันตราย") && !html.contains("javascript:") && !html.contains("onclick"),
        "{html}"
    );
}

/// A remote image is fetched by every reader's browser, telling its host who read what: none
/// is shown, but a Markdown image stays as a link to it under its alt text.
async fn images_in_a_proposal_or_comment_load_nothing_yet_their_addresses_stay(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, citizen, cid) = setup(&app).await;
    let raw = "แผนที่จุดเสี่ยงในชุมชน ![แผนที่จุดเสี่ยง](https://maps.example.org/risk.png)\n\n<img src=\"https://pixel.example.net/p.gif\" width=1 height=1>";
    let created = propose(
        &app,
        &citizen,
        &cid,
        &json!({"title": "ข้อเสนอที่มีรูปภาพ", "body": raw}),
    )
    .await
    .expect(201);
    let pid = id_of(&created);
    let comment = app
        .post(
            &format!("/api/v1/proposals/{pid}/comments"),
            Some(&citizen.token),
            &json!({"body": raw}),
        )
        .await
        .expect(201);
    let seen = app
        .get(&format!("/api/v1/proposals/{pid}"), None)
        .await
        .expect(200);
    assert_eq!(seen["body"], raw, "the markdown is kept as written");
    for html in [&seen["body_html"], &comment["body_html"]] {
        let html = html.as_str().expect("body_html");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("pixel.example.net"), "{html}");
        assert!(
            html.contains("href=\"https://maps.example.org/risk.png\"")
                && html.contains(">แผนที่จุดเสี่ยง</a>"),
            "{html}"
        );
    }
}

async fn the_author_edits_during_ideation_and_earlier_versions_are_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let (admin, author, cid) = setup(&app).await;
    let other = app
        .operator_creates("other@example.org", Role::Citizen)
        .await;
    let created = propose(
        &app,
        &author,
        &cid,
        &json!({"title": "ฉบับแรกของข้อเสนอ", "body": BODY, "theme": "ยุติธรรมชุมชน"}),
    )
    .await
    .expect(201);
    let path = format!("/api/v1/proposals/{}", id_of(&created));
    let second = app
        .patch(
            &path,
            Some(&author.token),
            &json!({"title": "ฉบับที่สองของข้อเสนอ"}),
        )
        .await
        .expect(200);
    assert_eq!(
        (second["title"].as_str(), second["body"].as_str()),
        (Some("ฉบับที่สองของข้อเสนอ"), Some(BODY))
    );
    let third = app
        .patch(
            &path,
            Some(&author.token),
            &json!({"body": "เนื้อหาฉบับที่สามที่แก้ไขแล้ว", "theme": null}),
        )
        .await
        .expect(200);
    assert_eq!(
        (third["title"].as_str(), third["theme"].as_str()),
        (Some("ฉบับที่สองของข้อเสนอ"), None)
    );
    assert_eq!(third["author"]["id"], author.id.to_string());

    let revisions = || async {
        app.get(&format!("{path}/revisions"), None)
            .await
            .expect(200)["items"]
            .clone()
    };
    let before = revisions().await;
    let versions: Vec<(&str, &str, &str)> = before
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["title"].as_str().unwrap(),
                r["body"].as_str().unwrap(),
                r["theme"].as_str().unwrap_or("-"),
            )
        })
        .collect();
    assert_eq!(
        versions,
        [
            ("ฉบับที่สองของข้อเสนอ", BODY, "ยุติธรรมชุมชน"),
            ("ฉบับแรกของข้อเสนอ", BODY, "ยุติธรรมชุมชน")
        ],
        "newest first"
    );

    app.patch(&path, Some(&other.token), &json!({"title": "ข้อเสนอที่ถูกแย่ง"}))
        .await
        .expect_problem(403, "forbidden");
    app.patch(&path, None, &json!({"title": "ข้อเสนอที่ถูกแย่ง"}))
        .await
        .expect_problem(401, "unauthenticated");
    app.patch(&path, Some(&author.token), &json!({"title": "สั้น"}))
        .await
        .expect_problem(422, "validation_failed");
    app.set_phase(&admin, &cid, "voting").await;
    app.patch(
        &path,
        Some(&author.token),
        &json!({"title": "แก้ไขหลังเปิดลงคะแนน"}),
    )
    .await
    .expect_problem(409, "phase_closed");
    let now = app.get(&path, None).await.expect(200);
    assert_eq!(
        (now["title"].as_str(), now["body"].as_str()),
        (Some("ฉบับที่สองของข้อเสนอ"), Some("เนื้อหาฉบับที่สามที่แก้ไขแล้ว"))
    );
    assert_eq!(revisions().await, before, "refused edits leave no revision");
}

async fn a_withdrawn_proposal_leaves_the_default_list_and_takes_no_votes(backend: Backend) {
    let app = spawn_app(backend).await;
    let (admin, author, cid) = setup(&app).await;
    let voter = app
        .operator_creates("voter@example.org", Role::Citizen)
        .await;
    let leaving = propose(
        &app,
        &author,
        &cid,
        &json!({"title": "ข้อเสนอที่จะถอน", "body": BODY}),
    )
    .await
    .expect(201);
    let staying = propose(
        &app,
        &author,
        &cid,
        &json!({"title": "ข้อเสนอที่ยังอยู่", "body": BODY}),
    )
    .await
    .expect(201);
    let path = format!("/api/v1/proposals/{}", id_of(&leaving));
    vote(&app, &voter, &id_of(&leaving), "agree").await;

    app.delete(&path, Some(&voter.token))
        .await
        .expect_problem(403, "forbidden");
    let withdrawn = app.delete(&path, Some(&author.token)).await.expect(200);
    assert_eq!(withdrawn["status"], "withdrawn");
    assert_eq!(
        app.get(&path, None).await.expect(200)["status"],
        "withdrawn",
        "still readable"
    );
    assert_eq!(
        app.delete(&path, Some(&author.token)).await.expect(200)["status"],
        "withdrawn",
        "withdrawing twice is fine"
    );

    assert_eq!(ids(&list(&app, &cid, "", None).await), [id_of(&staying)]);
    assert_eq!(
        ids(&list(&app, &cid, "status=withdrawn", None).await),
        [id_of(&leaving)]
    );
    app.put(
        &format!("{path}/vote"),
        Some(&voter.token),
        &json!({"value": "disagree"}),
    )
    .await
    .expect_problem(409, "proposal_withdrawn");
    app.delete(&format!("{path}/vote"), Some(&voter.token))
        .await
        .expect_problem(409, "proposal_withdrawn");
    app.patch(
        &path,
        Some(&author.token),
        &json!({"title": "กลับมาแก้ไขอีกครั้ง"}),
    )
    .await
    .expect_problem(409, "proposal_withdrawn");
    assert_eq!(
        app.get(&path, None).await.expect(200)["counts"]["agree"],
        1,
        "the earlier vote is unchanged"
    );
    let consultation = app
        .get(&format!("/api/v1/consultations/{cid}"), None)
        .await
        .expect(200);
    assert_eq!(consultation["proposal_count"], 1);
    app.set_phase(&admin, &cid, "closed").await;
    let path = format!("/api/v1/proposals/{}", id_of(&staying));
    app.delete(&path, Some(&author.token))
        .await
        .expect_problem(409, "phase_closed");
    assert_eq!(
        app.get(&path, None).await.expect(200)["status"],
        "published"
    );
}

async fn unknown_or_malformed_proposal_ids_are_not_found(backend: Backend) {
    let app = spawn_app(backend).await;
    let (admin, citizen, cid) = setup(&app).await;
    let unknown = uuid::Uuid::now_v7();
    for (path, code) in [
        (format!("/api/v1/proposals/{unknown}"), "proposal_not_found"),
        (
            format!("/api/v1/proposals/{unknown}/revisions"),
            "proposal_not_found",
        ),
        ("/api/v1/proposals/not-a-uuid".to_owned(), "not_found"),
    ] {
        app.get(&path, Some(&citizen.token))
            .await
            .expect_problem(404, code);
    }
    app.put(
        &format!("/api/v1/proposals/{unknown}/vote"),
        Some(&citizen.token),
        &json!({"value": "agree"}),
    )
    .await
    .expect_problem(404, "proposal_not_found");
    app.patch(
        &format!("/api/v1/proposals/{unknown}"),
        Some(&citizen.token),
        &json!({"title": "ข้อเสนอที่ไม่มีอยู่"}),
    )
    .await
    .expect_problem(404, "proposal_not_found");
    app.get(&format!("/api/v1/consultations/{unknown}/proposals"), None)
        .await
        .expect_problem(404, "consultation_not_found");

    let created = propose(
        &app,
        &citizen,
        &cid,
        &json!({"title": "ข้อเสนอในฉบับร่าง", "body": BODY}),
    )
    .await
    .expect(201);
    app.set_phase(&admin, &cid, "draft").await;
    let path = format!("/api/v1/proposals/{}", id_of(&created));
    app.get(&path, None)
        .await
        .expect_problem(404, "proposal_not_found");
    app.get(&path, Some(&citizen.token))
        .await
        .expect_problem(404, "proposal_not_found");
    app.get(&path, Some(&admin.token)).await.expect(200);
}

async fn the_list_sorts_by_new_top_controversial_and_hot(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, author, cid) = setup(&app).await;
    let voters = app.many_citizens(6).await;
    let mut made = Vec::new();
    for title in [
        "ข้อเสนอ ก ที่คนชอบ",
        "ข้อเสนอ ข ที่เถียงกัน",
        "ข้อเสนอ ค ที่ค่อนข้างดี",
        "ข้อเสนอ ง ที่ยังเงียบ",
        "ข้อเสนอ จ ที่ไม่มีใครเอา",
    ] {
        made.push(id_of(&app.proposal(&author, &cid, title).await));
    }
    let [a, b, c, d, e] = [0, 1, 2, 3, 4].map(|i| made[i].clone());
    let plan: [(&str, &str, usize); 7] = [
        (&a, "agree", 5),
        (&b, "agree", 3),
        (&c, "agree", 4),
        (&e, "disagree", 2),
        (&c, "disagree", 1),
        (&b, "disagree", 3),
        (&d, "pass", 1),
    ];
    let mut used = std::collections::HashMap::<&str, usize>::new();
    for (proposal, value, n) in plan {
        let start = used.get(proposal).copied().unwrap_or(0);
        for voter in &voters[start..start + n] {
            vote(&app, voter, proposal, value).await;
        }
        used.insert(proposal, start + n);
    }
    let expected = [
        ("new", [&e, &d, &c, &b, &a]),
        ("top", [&a, &c, &d, &b, &e]),
        ("controversial", [&b, &c, &e, &d, &a]),
        ("hot", [&a, &c, &d, &b, &e]),
    ];
    for (sort, order) in expected {
        let page = list(&app, &cid, &format!("sort={sort}"), None).await;
        assert_eq!(ids(&page), order.map(String::clone), "sort={sort}");
        assert_eq!(page["next_cursor"], Value::Null);
    }
    assert_eq!(
        ids(&list(&app, &cid, "", None).await),
        ids(&list(&app, &cid, "sort=hot", None).await),
        "hot is the default"
    );
    let top = list(&app, &cid, "sort=top", None).await;
    assert_eq!(
        top["items"][0]["counts"],
        json!({"agree": 5, "disagree": 0, "pass": 0, "comments": 0})
    );
    assert_eq!(
        top["items"][3]["counts"],
        json!({"agree": 3, "disagree": 3, "pass": 0, "comments": 0})
    );
}

async fn the_list_filters_by_theme_province_and_status(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, author, cid) = setup(&app).await;
    let mut made = Vec::new();
    for (title, theme, province) in [
        ("ศาลชุมชนในภูเก็ต", json!("ยุติธรรมชุมชน"), json!("ภูเก็ต")),
        ("ทนายอาสาในภูเก็ต", json!("การเข้าถึงความยุติธรรม"), json!("ภูเก็ต")),
        ("ศาลชุมชนในสุโขทัย", json!("ยุติธรรมชุมชน"), json!("สุโขทัย")),
        ("ข้อเสนอทั่วประเทศ", Value::Null, Value::Null),
    ] {
        let created = propose(
            &app,
            &author,
            &cid,
            &json!({"title": title, "body": BODY, "theme": theme, "province": province}),
        )
        .await
        .expect(201);
        made.push(id_of(&created));
    }
    app.delete(
        &format!("/api/v1/proposals/{}", made[2]),
        Some(&author.token),
    )
    .await
    .expect(200);
    let cases = [
        ("theme=ยุติธรรมชุมชน", vec![0]),
        ("province=ภูเก็ต", vec![1, 0]),
        ("theme=ยุติธรรมชุมชน&province=ภูเก็ต", vec![0]),
        ("theme=การศึกษา", vec![]),
        ("status=published", vec![3, 1, 0]),
        ("status=withdrawn", vec![2]),
        ("status=withdrawn&province=สุโขทัย", vec![2]),
        ("status=accepted", vec![]),
    ];
    for (query, expected) in cases {
        let page = list(&app, &cid, &format!("sort=new&{query}"), None).await;
        let want: Vec<String> = expected.iter().map(|&i| made[i].clone()).collect();
        assert_eq!(ids(&page), want, "{query}");
    }
    for query in ["status=gone", "sort=best"] {
        app.get(
            &format!("/api/v1/consultations/{cid}/proposals?{query}"),
            None,
        )
        .await
        .expect_problem(422, "validation_failed");
    }
}

async fn keyset_pages_return_every_proposal_once_in_each_order(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, author, cid) = setup(&app).await;
    let voters = app.many_citizens(4).await;
    let mut made = Vec::new();
    for i in 0..26 {
        let id = id_of(
            &app.proposal(&author, &cid, &format!("ข้อเสนอลำดับที่ {i}"))
                .await,
        );
        let plan: &[(usize, &str)] = match i % 5 {
            1 => &[(0, "agree"), (1, "agree")],
            2 => &[(0, "agree"), (1, "disagree")],
            3 => &[(0, "disagree")],
            4 => &[(0, "agree"), (1, "agree"), (2, "disagree"), (3, "disagree")],
            _ => &[],
        };
        for &(voter, value) in plan {
            vote(&app, &voters[voter], &id, value).await;
        }
        made.push(id);
    }
    let everyone: HashSet<String> = made.iter().cloned().collect();
    for sort in ["new", "top", "controversial", "hot"] {
        let whole = list(&app, &cid, &format!("sort={sort}&limit=100"), None).await;
        let mut paged = Vec::new();
        let mut sizes = Vec::new();
        let mut cursor = String::new();
        loop {
            let page = list(&app, &cid, &format!("sort={sort}&limit=10{cursor}"), None).await;
            sizes.push(page["items"].as_array().unwrap().len());
            paged.extend(ids(&page));
            match page["next_cursor"].as_str() {
                Some(next) => cursor = format!("&cursor={next}"),
                None => break,
            }
        }
        assert_eq!(sizes, [10, 10, 6], "sort={sort}");
        assert_eq!(
            paged.iter().cloned().collect::<HashSet<_>>(),
            everyone,
            "sort={sort}: every proposal"
        );
        assert_eq!(
            paged,
            ids(&whole),
            "sort={sort}: once each, in the list's order"
        );
        let items = whole["items"].as_array().unwrap();
        let key = |p: &Value| -> f64 {
            let (agree, disagree) = (
                p["counts"]["agree"].as_f64().unwrap(),
                p["counts"]["disagree"].as_f64().unwrap(),
            );
            match sort {
                "top" => agree - disagree,
                "controversial" if agree > 0.0 && disagree > 0.0 => {
                    (agree + disagree).powf(agree.min(disagree) / agree.max(disagree))
                }
                _ => 0.0,
            }
        };
        for pair in items.windows(2) {
            let (k0, k1) = (key(&pair[0]), key(&pair[1]));
            assert!(
                k0 > k1
                    || (k0 == k1 && pair[0]["id"].as_str() > pair[1]["id"].as_str())
                    || sort == "hot",
                "sort={sort}: {} before {}",
                pair[0]["title"],
                pair[1]["title"]
            );
        }
    }
    assert_eq!(
        ids(&list(&app, &cid, "sort=new&limit=100", None).await),
        made.iter().rev().cloned().collect::<Vec<_>>()
    );

    let top = list(&app, &cid, "sort=top&limit=10", None).await;
    let cursor = top["next_cursor"].as_str().unwrap();
    let problem = app
        .get(
            &format!("/api/v1/consultations/{cid}/proposals?sort=new&cursor={cursor}"),
            None,
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        (
            problem["errors"][0]["field"].as_str(),
            problem["errors"][0]["code"].as_str()
        ),
        (Some("cursor"), Some("invalid"))
    );
    for query in ["limit=0", "limit=101", "cursor=not-a-cursor"] {
        app.get(
            &format!("/api/v1/consultations/{cid}/proposals?{query}"),
            None,
        )
        .await
        .expect_problem(422, "validation_failed");
    }
}

async fn my_vote_is_shown_to_the_voter_only(backend: Backend) {
    let app = spawn_app(backend).await;
    let (_, author, cid) = setup(&app).await;
    let voter = app
        .operator_creates("voter@example.org", Role::Citizen)
        .await;
    let liked = id_of(&app.proposal(&author, &cid, "ข้อเสนอที่เห็นด้วย").await);
    let disliked = id_of(&app.proposal(&author, &cid, "ข้อเสนอที่ไม่เห็นด้วย").await);
    let untouched = id_of(&app.proposal(&author, &cid, "ข้อเสนอที่ยังไม่ลงคะแนน").await);
    let outcome = vote(&app, &voter, &liked, "agree").await;
    assert_eq!(
        outcome,
        json!({"my_vote": "agree", "counts": {"agree": 1, "disagree": 0, "pass": 0}})
    );
    vote(&app, &voter, &disliked, "disagree").await;

    let mine = |page: &Value| -> Vec<(String, Value)> {
        page["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (id_of(p), p["my_vote"].clone()))
            .collect()
    };
    let seen = mine(&list(&app, &cid, "sort=new", Some(&voter.token)).await);
    assert_eq!(
        seen,
        [
            (untouched.clone(), Value::Null),
            (disliked.clone(), json!("disagree")),
            (liked.clone(), json!("agree"))
        ]
    );
    for token in [Some(author.token.as_str()), None] {
        let others = mine(&list(&app, &cid, "sort=new", token).await);
        assert!(others.iter().all(|(_, v)| v.is_null()), "{others:?}");
        assert_eq!(
            app.get(&format!("/api/v1/proposals/{liked}"), token)
                .await
                .expect(200)["my_vote"],
            Value::Null
        );
    }
    assert_eq!(
        app.get(&format!("/api/v1/proposals/{liked}"), Some(&voter.token))
            .await
            .expect(200)["my_vote"],
        "agree"
    );
    let retracted = app
        .delete(
            &format!("/api/v1/proposals/{liked}/vote"),
            Some(&voter.token),
        )
        .await
        .expect(200);
    assert_eq!(
        retracted,
        json!({"my_vote": null, "counts": {"agree": 0, "disagree": 0, "pass": 0}})
    );
    assert_eq!(
        app.get(&format!("/api/v1/proposals/{liked}"), Some(&voter.token))
            .await
            .expect(200)["my_vote"],
        Value::Null
    );
}
