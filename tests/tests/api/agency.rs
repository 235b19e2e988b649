//! Agencies: API keys, the summary, quick ratings, valuations, official answers, answer
//! deadlines and endorsements.

use std::time::Duration;

use chrono::Utc;
use sala::domain::accounts::Role;
use sala::domain::agency::aggregates;
use sala::domain::organizations;
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend, Person, TestApp};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    api_keys_are_shown_once_read_only_scoped_revocable_and_record_their_use,
    the_summary_counts_what_citizens_did_and_drops_what_moderators_hid,
    quick_ratings_are_one_per_person_changeable_and_checked,
    valuators_score_proposals_per_criterion_with_a_note,
    an_official_answer_sets_the_status_is_dated_and_reaches_followers,
    answer_deadlines_show_publicly_what_was_answered_on_time_late_or_not_at_all,
    civil_society_organizations_endorse_once_each_and_are_shown_by_name,
);

struct Scene {
    admin: Person,
    agent: Person,
    consultation: String,
}

async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let consultation = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    app.responsible_agency(&admin, &consultation, &agent).await;
    Scene {
        admin,
        agent,
        consultation,
    }
}

fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

async fn summary(app: &TestApp, token: &str, consultation: &str) -> Value {
    app.get(
        &format!("/api/v1/agency/consultations/{consultation}/summary"),
        Some(token),
    )
    .await
    .expect(200)
}

async fn audit_actions(app: &TestApp, admin: &Person, prefix: &str) -> Vec<Value> {
    app.get(
        &format!("/api/v1/admin/audit-log?limit=100&action={prefix}"),
        Some(&admin.token),
    )
    .await
    .expect(200)["items"]
        .as_array()
        .unwrap()
        .clone()
}

async fn api_keys_are_shown_once_read_only_scoped_revocable_and_record_their_use(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let other = id(&app.consultation(&s.admin, "ideation").await);
    let citizen = app.sign_up("citizen@example.org").await;
    let proposal = id(&app
        .proposal(&citizen, &s.consultation, "ห้องสมุดกฎหมายชุมชน")
        .await);

    app.post(
        "/api/v1/agency/api-keys",
        Some(&citizen.token),
        &json!({"name": "mine", "consultation_ids": [s.consultation]}),
    )
    .await
    .expect_problem(403, "forbidden");
    app.get(
        &format!("/api/v1/agency/consultations/{}/summary", s.consultation),
        Some(&citizen.token),
    )
    .await
    .expect_problem(403, "forbidden");
    app.post(
        "/api/v1/agency/api-keys",
        Some(&s.agent.token),
        &json!({"name": "dashboard", "consultation_ids": []}),
    )
    .await
    .expect_problem(422, "validation_failed");

    let created = app
        .post(
            "/api/v1/agency/api-keys",
            Some(&s.agent.token),
            &json!({"name": "dashboard", "consultation_ids": [s.consultation]}),
        )
        .await
        .expect(201);
    let key = created["secret"].as_str().unwrap().to_owned();
    assert!(key.starts_with("sala_ak_") && key.len() > 40, "{key}");
    assert!(key.starts_with(created["prefix"].as_str().unwrap()));
    let listed = app
        .get("/api/v1/agency/api-keys", Some(&s.agent.token))
        .await
        .expect(200);
    assert_eq!(listed["items"].as_array().unwrap().len(), 1);
    let item = &listed["items"][0];
    assert!(
        item.get("secret").is_none() && !item.to_string().contains(&key),
        "the key is shown only once"
    );
    assert_eq!(item["last_used_at"], Value::Null);
    assert_eq!(item["consultation_ids"], json!([s.consultation]));

    let read = summary(&app, &key, &s.consultation).await;
    assert_eq!(read["totals"]["proposals"], 1);
    app.get(
        &format!("/api/v1/agency/consultations/{other}/summary"),
        Some(&key),
    )
    .await
    .expect_problem(403, "forbidden");
    app.put(
        &format!("/api/v1/proposals/{proposal}/vote"),
        Some(&key),
        &json!({"value": "agree"}),
    )
    .await
    .expect_problem(403, "forbidden");
    app.get("/api/v1/me", Some(&key))
        .await
        .expect_problem(403, "forbidden");
    let listed = app
        .get("/api/v1/agency/api-keys", Some(&s.agent.token))
        .await
        .expect(200);
    assert!(
        listed["items"][0]["last_used_at"].is_string(),
        "use recorded"
    );

    let key_id = id(&created);
    app.delete(
        &format!("/api/v1/agency/api-keys/{key_id}"),
        Some(&citizen.token),
    )
    .await
    .expect_problem(404, "api_key_not_found");
    app.delete(
        &format!("/api/v1/agency/api-keys/{key_id}"),
        Some(&s.agent.token),
    )
    .await
    .expect(204);
    app.get(
        &format!("/api/v1/agency/consultations/{}/summary", s.consultation),
        Some(&key),
    )
    .await
    .expect_problem(401, "unauthenticated");
    app.get(
        &format!("/api/v1/agency/consultations/{}/summary", s.consultation),
        Some("sala_ak_not-a-real-key"),
    )
    .await
    .expect_problem(401, "unauthenticated");
    let listed = app
        .get("/api/v1/agency/api-keys", Some(&s.agent.token))
        .await
        .expect(200);
    assert!(listed["items"][0]["revoked_at"].is_string());

    let audit = audit_actions(&app, &s.admin, "api_key.").await;
    let actions: Vec<&str> = audit
        .iter()
        .map(|r| r["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["api_key.revoked", "api_key.created"]);
    assert!(!audit.iter().any(|r| r.to_string().contains(&key)));
}

async fn the_summary_counts_what_citizens_did_and_drops_what_moderators_hid(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let voters = app.many_citizens(12).await;
    let strong = id(&app
        .proposal(&voters[0], &s.consultation, "ศาลเคลื่อนที่ในหมู่บ้าน")
        .await);
    let split = id(&app
        .proposal(&voters[1], &s.consultation, "ค่าปรับตามรายได้ของผู้กระทำผิด")
        .await);
    let few = id(&app
        .proposal(&voters[2], &s.consultation, "ทนายอาสาประจำตำบล")
        .await);
    for (i, voter) in voters.iter().enumerate() {
        app.vote(voter, &strong, if i < 10 { "agree" } else { "disagree" })
            .await;
        app.vote(voter, &split, if i % 2 == 0 { "agree" } else { "disagree" })
            .await;
    }
    app.vote(&voters[3], &few, "agree").await;
    for (who, stance) in [(3, "for"), (4, "for"), (5, "against")] {
        app.post(
            &format!("/api/v1/proposals/{strong}/comments"),
            Some(&voters[who].token),
            &json!({"body": "เห็นด้วยเพราะช่วยคนในพื้นที่ห่างไกล", "stance": stance}),
        )
        .await
        .expect(201);
    }
    let outsider = app.sign_up("reader@example.org").await;
    app.put(
        &format!("/api/v1/consultations/{}/feedback", s.consultation),
        Some(&outsider.token),
        &json!({"usefulness": 4, "understanding": 5, "satisfaction": 3}),
    )
    .await
    .expect(200);

    let got = summary(&app, &s.agent.token, &s.consultation).await;
    assert_eq!(got["totals"]["participants"], 12, "{}", got["totals"]);
    assert_eq!(got["totals"]["proposals"], 3);
    assert_eq!(got["totals"]["comments"], 3);
    assert_eq!(
        got["totals"]["votes"],
        json!({"agree": 17, "disagree": 8, "pass": 0, "total": 25})
    );
    let today = Utc::now().format("%Y-%m-%d").to_string();
    assert_eq!(
        got["daily"],
        json!([{"day": today, "votes": 25, "comments": 3, "proposals": 3}])
    );
    assert_eq!(got["by_theme"][0]["label"], "ยุติธรรมชุมชน");
    assert_eq!(got["by_theme"][0]["proposals"], 3);
    assert_eq!(got["by_province"][0]["label"], "ภูเก็ต");
    let ranked: Vec<&str> = got["top_supported"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ranked,
        [strong.as_str(), split.as_str(), few.as_str()],
        "by Wilson bound"
    );
    let first = &got["top_supported"][0];
    assert_eq!(
        (first["agree"].clone(), first["disagree"].clone()),
        (json!(10), json!(2))
    );
    assert!(
        (first["support"].as_f64().unwrap() - 0.552).abs() < 0.001,
        "{first}"
    );
    assert_eq!(
        first["comment_stances"],
        json!({"for": 2, "against": 1, "neutral": 0})
    );
    assert_eq!(got["most_divisive"][0]["id"], split);
    // One person rated: below k, so no figure of it is shown, as for the reader surveys.
    assert_eq!(
        (
            &got["quick_ratings"]["shown"],
            &got["quick_ratings"]["responses"],
            &got["quick_ratings"]["understanding"]
        ),
        (&json!(false), &Value::Null, &Value::Null),
        "{}",
        got["quick_ratings"]
    );

    // The aggregates kept current by each write equal a recount from the rows.
    let cid: Uuid = s.consultation.parse().unwrap();
    let recounted = aggregates::recount(app.db.reader(), cid).await.unwrap();
    let (participants, days) = aggregates::stored(app.db.reader(), cid).await.unwrap();
    assert_eq!(participants, recounted.participants.len() as u64);
    assert_eq!(days, recounted.days);
    let kept = aggregates::stored_votes(app.db.reader(), cid)
        .await
        .unwrap();
    assert_eq!(kept, recounted.votes, "each participant's votes");

    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    app.post(
        "/api/v1/moderation/actions",
        Some(&moderator.token),
        &json!({"action": "hide", "target_type": "proposal", "target_id": split, "reason": "spam"}),
    )
    .await
    .expect(201);
    let got = summary(&app, &s.agent.token, &s.consultation).await;
    assert_eq!(got["totals"]["proposals"], 2);
    assert_eq!(got["totals"]["votes"]["total"], 13);
    assert!(
        !got.to_string().contains(&split),
        "the hidden proposal is gone"
    );
}

async fn quick_ratings_are_one_per_person_changeable_and_checked(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_K_ANONYMITY", "2")]).await;
    let s = scene(&app).await;
    let reader = app.sign_up("reader@example.org").await;
    let path = format!("/api/v1/consultations/{}/feedback", s.consultation);
    app.put(
        &path,
        None,
        &json!({"usefulness": 4, "understanding": 4, "satisfaction": 4}),
    )
    .await
    .expect_problem(401, "unauthenticated");
    let first = app
        .put(
            &path,
            Some(&reader.token),
            &json!({"usefulness": 2, "understanding": 3, "satisfaction": 1}),
        )
        .await
        .expect(200);
    assert_eq!(first["usefulness"], 2);
    app.put(
        &path,
        Some(&reader.token),
        &json!({"usefulness": 5, "understanding": 4, "satisfaction": 4}),
    )
    .await
    .expect(200);
    let bad = app
        .put(
            &path,
            Some(&reader.token),
            &json!({"usefulness": 0, "understanding": 6, "satisfaction": 3}),
        )
        .await
        .expect_problem(422, "validation_failed");
    let fields: Vec<&str> = bad["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["usefulness", "understanding"]);
    app.put(&path, Some(&reader.token), &json!({"usefulness": 5}))
        .await
        .expect_problem(422, "validation_failed");
    let other = app.sign_up("other@example.org").await;
    let page = format!("/api/v1/consultations/{}", s.consultation);
    let unrated = app.get(&page, Some(&other.token)).await.expect(200);
    assert!(unrated.get("my_ratings").is_none(), "{unrated}");
    app.put(
        &path,
        Some(&other.token),
        &json!({"usefulness": 3, "understanding": 2, "satisfaction": 2}),
    )
    .await
    .expect(200);

    // Each person sees their own latest ratings on the consultation; nobody else's.
    let mine = app.get(&page, Some(&reader.token)).await.expect(200)["my_ratings"].clone();
    assert_eq!(
        (
            &mine["usefulness"],
            &mine["understanding"],
            &mine["satisfaction"]
        ),
        (&json!(5), &json!(4), &json!(4)),
        "{mine}"
    );
    let theirs = app.get(&page, Some(&other.token)).await.expect(200)["my_ratings"].clone();
    assert_eq!(theirs["usefulness"], 3, "{theirs}");
    let anonymous = app.get(&page, None).await.expect(200);
    assert!(anonymous.get("my_ratings").is_none(), "{anonymous}");

    let ratings = summary(&app, &s.agent.token, &s.consultation).await["quick_ratings"].clone();
    assert_eq!(
        ratings["shown"], true,
        "two people rated, k is 2: {ratings}"
    );
    assert_eq!(ratings["responses"], 2, "one per person: {ratings}");
    assert_eq!(ratings["usefulness"]["average"], 4.0);
    assert_eq!(
        ratings["usefulness"]["distribution"],
        json!([0, 0, 1, 0, 1])
    );
    assert_eq!(
        ratings["satisfaction"]["distribution"],
        json!([0, 1, 0, 1, 0])
    );
    app.put(
        &format!("/api/v1/consultations/{}/feedback", Uuid::now_v7()),
        Some(&reader.token),
        &json!({"usefulness": 3, "understanding": 2, "satisfaction": 2}),
    )
    .await
    .expect_problem(404, "consultation_not_found");
}

async fn valuators_score_proposals_per_criterion_with_a_note(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    app.patch(
        &format!("/api/v1/consultations/{}", s.consultation),
        Some(&s.admin.token),
        &json!({"criteria": ["structure", "process", "outcome"]}),
    )
    .await
    .expect(200);
    let author = app.sign_up("author@example.org").await;
    let proposal = id(&app
        .proposal(&author, &s.consultation, "ศูนย์ยุติธรรมชุมชนออนไลน์")
        .await);
    let path = format!("/api/v1/proposals/{proposal}/valuation");
    let valuator = app
        .operator_creates("valuator@example.org", Role::Valuator)
        .await;
    let second = app
        .operator_creates("valuator2@example.org", Role::Valuator)
        .await;
    app.put(
        &path,
        Some(&author.token),
        &json!({"scores": [{"criterion": "structure", "score": 5}]}),
    )
    .await
    .expect_problem(403, "forbidden");
    let bad = app
        .put(
            &path,
            Some(&valuator.token),
            &json!({"scores": [{"criterion": "budget", "score": 3}, {"criterion": "process", "score": 6}]}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(bad["errors"].as_array().unwrap().len(), 2, "{bad}");
    let mine = app
        .put(
            &path,
            Some(&valuator.token),
            &json!({"scores": [
                {"criterion": "structure", "score": 4, "note": "มีหน่วยงานรับผิดชอบชัดเจน"},
                {"criterion": "outcome", "score": 2}
            ]}),
        )
        .await
        .expect(200);
    assert_eq!(mine["scores"].as_array().unwrap().len(), 2);
    assert_eq!(mine["scores"][1]["note"], "มีหน่วยงานรับผิดชอบชัดเจน");
    let changed = app
        .put(
            &path,
            Some(&valuator.token),
            &json!({"scores": [{"criterion": "outcome", "score": 3}]}),
        )
        .await
        .expect(200);
    assert_eq!(changed["scores"][0]["criterion"], "outcome");
    assert_eq!(changed["scores"][0]["score"], 3);
    assert_eq!(
        changed["scores"].as_array().unwrap().len(),
        2,
        "others kept"
    );
    app.put(
        &path,
        Some(&second.token),
        &json!({"scores": [{"criterion": "structure", "score": 5}]}),
    )
    .await
    .expect(200);

    let got = summary(&app, &s.agent.token, &s.consultation).await;
    let by_criterion: Vec<(String, Value, Value)> = got["valuations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["criterion"].as_str().unwrap().to_owned(),
                c["valuations"].clone(),
                c["average"].clone(),
            )
        })
        .collect();
    assert_eq!(
        by_criterion,
        vec![
            ("outcome".to_owned(), json!(1), json!(3.0)),
            ("process".to_owned(), json!(0), Value::Null),
            ("structure".to_owned(), json!(2), json!(4.5)),
        ]
    );
    let scores = &got["top_supported"][0]["valuations"];
    assert_eq!(scores.as_array().unwrap().len(), 2, "{scores}");
    assert_eq!(
        audit_actions(&app, &s.admin, "proposal.valued").await.len(),
        3
    );
}

async fn inbox_has(app: &TestApp, who: &Person, kind: &str) -> Value {
    for _ in 0..100 {
        let page = app
            .get("/api/v1/me/notifications", Some(&who.token))
            .await
            .expect(200);
        if let Some(n) = page["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["kind"] == kind)
        {
            return n.clone();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{} never heard of {kind}", who.email);
}

async fn an_official_answer_sets_the_status_is_dated_and_reaches_followers(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let author = app.sign_up("author@example.org").await;
    let follower = app.sign_up("follower@example.org").await;
    let proposal = id(&app
        .proposal(&author, &s.consultation, "ล่ามภาษาถิ่นในศาล")
        .await);
    app.post(
        &format!("/api/v1/proposals/{proposal}/follow"),
        Some(&follower.token),
        &json!({}),
    )
    .await
    .expect(204);
    let path = format!("/api/v1/proposals/{proposal}/response");
    let answer =
        json!({"status": "accepted", "answer": "กระทรวงจะจัดล่ามในศาลนำร่องสี่จังหวัดภายในปีงบประมาณหน้า"});
    app.put(&path, Some(&follower.token), &answer)
        .await
        .expect_problem(403, "forbidden");
    app.put(
        &path,
        Some(&s.agent.token),
        &json!({"status": "withdrawn", "answer": "x"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    app.put(
        &path,
        Some(&s.agent.token),
        &json!({"status": "rejected", "answer": "  "}),
    )
    .await
    .expect_problem(422, "validation_failed");

    let answered = app
        .put(&path, Some(&s.agent.token), &answer)
        .await
        .expect(200);
    assert_eq!(answered["status"], "accepted");
    let shown = app
        .get(&format!("/api/v1/proposals/{proposal}"), None)
        .await
        .expect(200);
    assert_eq!(shown["status"], "accepted");
    assert_eq!(shown["official_response"]["body"], answer["answer"]);
    assert!(shown["official_response"]["responded_at"].is_string());
    let first = shown["official_response"]["first_responded_at"].clone();

    let heard = inbox_has(&app, &follower, "proposal_status_changed").await;
    assert_eq!(heard["subject"]["status"], "accepted", "{heard}");
    inbox_has(&app, &author, "proposal_status_changed").await;

    app.put(
        &path,
        Some(&s.agent.token),
        &json!({"status": "implemented", "answer": "ดำเนินการแล้วในสี่จังหวัด"}),
    )
    .await
    .expect(200);
    let shown = app
        .get(&format!("/api/v1/proposals/{proposal}"), None)
        .await
        .expect(200);
    assert_eq!(shown["status"], "implemented");
    assert_eq!(
        shown["official_response"]["first_responded_at"], first,
        "first answer date kept"
    );
    let audit = audit_actions(&app, &s.admin, "proposal.answered").await;
    assert_eq!(audit.len(), 2);
    assert_eq!(audit[0]["after"]["status"], "implemented");
    assert_eq!(audit[0]["before"]["status"], "accepted");
}

async fn answer_deadlines_show_publicly_what_was_answered_on_time_late_or_not_at_all(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let voters = app.many_citizens(3).await;
    let popular = id(&app
        .proposal(&voters[0], &s.consultation, "ศูนย์ช่วยเหลือผู้เสียหาย")
        .await);
    let liked = id(&app
        .proposal(
            &voters[1],
            &s.consultation,
            "ลดค่าธรรมเนียมศาลสำหรับผู้มีรายได้น้อย",
        )
        .await);
    let unloved = id(&app
        .proposal(&voters[2], &s.consultation, "เปลี่ยนสีเครื่องแบบเจ้าหน้าที่")
        .await);
    for v in &voters {
        app.vote(v, &popular, "agree").await;
    }
    app.vote(&voters[0], &liked, "agree").await;
    app.vote(&voters[0], &unloved, "disagree").await;
    app.patch(
        &format!("/api/v1/consultations/{}", s.consultation),
        Some(&s.admin.token),
        &json!({"answer_due_days": 30, "answer_support_threshold": 1}),
    )
    .await
    .expect(200);
    app.patch(
        &format!("/api/v1/consultations/{}", s.consultation),
        Some(&s.admin.token),
        &json!({"answer_due_days": 0}),
    )
    .await
    .expect_problem(422, "validation_failed");
    assert_eq!(
        answers_due(&app, &s).await["items"],
        json!([]),
        "no answer is owed before the review phase"
    );

    // The clocks start when the consultation enters review, for proposals with at least one
    // agree vote; the answer falls due 30 days after that moment.
    let entered = Utc::now();
    app.set_phase(&s.admin, &s.consultation, "review").await;
    let due = answers_due(&app, &s).await;
    let listed: Vec<(&str, &str)> = due["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["id"].as_str().unwrap(), d["standing"].as_str().unwrap()))
        .collect();
    assert_eq!(listed.len(), 2, "{due}");
    assert!(listed.contains(&(popular.as_str(), "pending")));
    assert!(listed.contains(&(liked.as_str(), "pending")));
    let due_at: chrono::DateTime<Utc> = serde_json::from_value(due["due_at"].clone()).unwrap();
    let days = (due_at - entered).num_seconds() as f64 / 86_400.0;
    assert!(
        (29.9..30.1).contains(&days),
        "due 30 days after review began: {days}"
    );

    app.put(
        &format!("/api/v1/proposals/{popular}/response"),
        Some(&s.agent.token),
        &json!({"status": "under_review", "answer": "อยู่ระหว่างศึกษางบประมาณ"}),
    )
    .await
    .expect(200);
    let public = app
        .get(&format!("/api/v1/consultations/{}", s.consultation), None)
        .await
        .expect(200);
    let figures = &public["accountability"];
    assert_eq!(figures["support_threshold"], 1, "{figures}");
    assert_eq!(
        figures["scorecard"],
        json!({"required": 2, "answered_on_time": 1, "answered_late": 0, "overdue": 0,
               "pending": 1, "median_days_to_answer": 0.0}),
        "{figures}"
    );

    // A review date moved 40 days back afterwards changes nothing of what was recorded.
    let back = Utc::now() - chrono::Duration::days(40);
    app.patch(
        &format!("/api/v1/consultations/{}", s.consultation),
        Some(&s.admin.token),
        &json!({"voting_starts_at": back - chrono::Duration::days(1), "review_starts_at": back}),
    )
    .await
    .expect(200);
    let again = app
        .get(&format!("/api/v1/consultations/{}", s.consultation), None)
        .await
        .expect(200)["accountability"]
        .clone();
    assert_eq!(again, *figures);
    let due = answers_due(&app, &s).await;
    assert_eq!(due["items"].as_array().unwrap().len(), 1);
    assert_eq!(due["items"][0]["standing"], "pending");
    let other = app.consultation(&s.admin, "ideation").await;
    assert!(
        app.get(&format!("/api/v1/consultations/{}", id(&other)), None)
            .await
            .expect(200)
            .get("accountability")
            .is_none(),
        "no deadline, no figures"
    );
}

async fn answers_due(app: &TestApp, s: &Scene) -> Value {
    app.get(
        &format!(
            "/api/v1/agency/consultations/{}/answers-due",
            s.consultation
        ),
        Some(&s.agent.token),
    )
    .await
    .expect(200)
}

async fn civil_society_organizations_endorse_once_each_and_are_shown_by_name(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let author = app.sign_up("author@example.org").await;
    let member = app.sign_up("member@ilaw.or.th").await;
    let busy = app.sign_up("busy@example.org").await;
    let proposal = id(&app
        .proposal(&author, &s.consultation, "กองทุนยุติธรรมเข้าถึงง่าย")
        .await);
    let txn = app.db.begin_write().await.unwrap();
    let ilaw = organizations::create(&txn, "ilaw", "โครงการอินเทอร์เน็ตเพื่อกฎหมายประชาชน", "cso")
        .await
        .unwrap();
    let second = organizations::create(&txn, "tlhr", "ศูนย์ทนายความเพื่อสิทธิมนุษยชน", "cso")
        .await
        .unwrap();
    organizations::add_member(&txn, ilaw.id, member.id, "representative")
        .await
        .unwrap();
    organizations::add_member(&txn, ilaw.id, busy.id, "representative")
        .await
        .unwrap();
    organizations::add_member(&txn, second.id, busy.id, "representative")
        .await
        .unwrap();
    txn.commit().await.unwrap();
    let path = format!("/api/v1/proposals/{proposal}/endorsements");

    app.post(&path, Some(&author.token), &json!({}))
        .await
        .expect_problem(403, "forbidden");
    let first = app
        .post(&path, Some(&member.token), &json!({}))
        .await
        .expect(201);
    assert_eq!(first["items"][0]["organization_name"], ilaw.name);
    app.post(&path, Some(&member.token), &json!({}))
        .await
        .expect(200);
    app.post(&path, Some(&busy.token), &json!({}))
        .await
        .expect_problem(422, "validation_failed");
    app.post(
        &path,
        Some(&busy.token),
        &json!({"organization_id": ilaw.id}),
    )
    .await
    .expect(200);
    app.post(
        &path,
        Some(&busy.token),
        &json!({"organization_id": second.id}),
    )
    .await
    .expect(201);
    let shown = app
        .get(&format!("/api/v1/proposals/{proposal}"), None)
        .await
        .expect(200);
    let names: Vec<&str> = shown["endorsements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["organization_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, [ilaw.name.as_str(), second.name.as_str()]);

    app.delete(
        &format!("{path}?organization_id={}", second.id),
        Some(&busy.token),
    )
    .await
    .expect(204);
    let shown = app
        .get(&format!("/api/v1/proposals/{proposal}"), None)
        .await
        .expect(200);
    assert_eq!(shown["endorsements"].as_array().unwrap().len(), 1);
    assert_eq!(
        audit_actions(&app, &s.admin, "proposal.endorsed")
            .await
            .len(),
        2
    );
    assert_eq!(
        audit_actions(&app, &s.admin, "proposal.endorsement_withdrawn")
            .await
            .len(),
        1
    );
}
