//! The demo data as its people first meet it: the demo citizen's inbox holds replies to their
//! comment, and the moderators' queue holds reports to review, written through the same
//! use-cases as the API (so the notifications come from the fan-out, as in production).
//! Every comment's pronouns and polite particles fit its speaker's name, and the opinion
//! groups of every consultation share some proposals and split over others.

use std::collections::HashMap;
use std::time::Duration;

use sala::db::entities::{comments, consultations, users};
use sala::demo::{Voice, DEMO_PASSWORD};
use sala::domain::opinion_groups::{compute, repness};
use sala::opinion_groups::load;
use sala_tests::{on_both_databases, spawn_app, Backend, TestApp};
use sea_orm::EntityTrait;
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    the_demo_citizen_finds_replies_and_the_moderators_find_reports,
    every_demo_comment_speaks_in_a_voice_that_fits_its_author,
    every_demo_consultation_has_proposals_all_groups_agree_on_and_proposals_that_divide_them,
    the_demo_shows_what_became_of_the_ideas,
);

async fn loaded_demo(backend: Backend) -> TestApp {
    let app = spawn_app(backend).await;
    sala::demo::load(&app.db, &app.settings)
        .await
        .expect("demo loads")
        .expect("a fresh database");
    app
}

/// The voice a Thai text is in, read from its first-person pronouns and polite particles
/// (ผม, ครับ for men; ดิฉัน, ฉัน, หนู, ค่ะ, คะ for women), or `None` when it mixes both.
/// Words that only contain them (ทรงผม "hairstyle", คะแนน "score", สมานฉันท์ "accord")
/// are taken out first.
fn voice_in(text: &str) -> Option<Voice> {
    let mut text = text.to_owned();
    for word in ["ทรงผม", "ตัดผม", "สีผม", "เส้นผม", "คะแนน", "คะเน", "ฉันท"]
    {
        text = text.replace(word, " ");
    }
    let male = ["ผม", "ครับ"].iter().any(|w| text.contains(w));
    let female = ["ดิฉัน", "ฉัน", "หนู", "ค่ะ", "คะ"]
        .iter()
        .any(|w| text.contains(w));
    match (male, female) {
        (true, true) => None,
        (true, false) => Some(Voice::Male),
        (false, true) => Some(Voice::Female),
        (false, false) => Some(Voice::Neutral),
    }
}

#[test]
fn the_voice_of_a_text_is_read_from_its_particles() {
    assert_eq!(voice_in("เห็นด้วยครับ"), Some(Voice::Male));
    assert_eq!(voice_in("ดิฉันว่าดีค่ะ"), Some(Voice::Female));
    assert_eq!(voice_in("เลิกตัดผมหน้าเสาธง ให้คะแนนเต็ม"), Some(Voice::Neutral));
    assert_eq!(voice_in("บุษบา ... ผม ... ค่ะ"), None);
}

async fn every_demo_comment_speaks_in_a_voice_that_fits_its_author(backend: Backend) {
    let app = loaded_demo(backend).await;
    let names: HashMap<Uuid, String> = users::Entity::find()
        .all(app.db.reader())
        .await
        .unwrap()
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let all = comments::Entity::find().all(app.db.reader()).await.unwrap();
    assert!(all.len() > 150, "{} comments", all.len());
    let (mut male, mut female) = (0, 0);
    for comment in &all {
        let name = &names[&comment.author_id];
        // A name the demo gives no citizen (its staff's) must say nothing gendered.
        let speaker = sala::demo::voice_of(name)
            .unwrap()
            .unwrap_or(Voice::Neutral);
        let voice = voice_in(&comment.body);
        assert!(
            voice.is_some_and(|v| v == Voice::Neutral || v == speaker),
            "{name} ({speaker:?}) wrote, in a {voice:?} voice: {}",
            comment.body
        );
        match voice {
            Some(Voice::Male) => male += 1,
            Some(Voice::Female) => female += 1,
            _ => {}
        }
    }
    // Both voices are heard, so the check above checks something.
    assert!(male > 30 && female > 30, "{male} male, {female} female");
}

async fn every_demo_consultation_has_proposals_all_groups_agree_on_and_proposals_that_divide_them(
    backend: Backend,
) {
    let app = loaded_demo(backend).await;
    for consultation in consultations::Entity::find()
        .all(app.db.reader())
        .await
        .unwrap()
    {
        // As the agency dashboard's opinion groups are computed, from the stored votes.
        let loaded = load::load(app.db.reader(), consultation.id).await.unwrap();
        let result = compute(&loaded.matrix);
        let row_of: HashMap<u32, usize> = loaded
            .matrix
            .row_participant
            .iter()
            .enumerate()
            .map(|(row, p)| (*p, row))
            .collect();
        let groups: Vec<Vec<usize>> = result
            .groups
            .iter()
            .map(|g| g.members.iter().map(|m| row_of[m]).collect())
            .collect();
        assert!(
            groups.len() >= 2,
            "{}: {} groups",
            consultation.slug,
            groups.len()
        );
        let counts = repness::group_counts(&loaded.matrix, &groups);
        let columns = loaded.matrix.column_count();
        let agreed = |g: usize, c: usize| 2 * counts[g][c].agree > counts[g][c].seen;
        let rejected = |g: usize, c: usize| 2 * counts[g][c].disagree > counts[g][c].seen;
        let every = |f: &dyn Fn(usize, usize) -> bool, c| (0..groups.len()).all(|g| f(g, c));
        let some = |f: &dyn Fn(usize, usize) -> bool, c| (0..groups.len()).any(|g| f(g, c));
        let common_ground = (0..columns).filter(|c| every(&agreed, *c)).count();
        let divides = (0..columns)
            .filter(|c| some(&agreed, *c) && some(&rejected, *c))
            .count();
        let rejected_by_all = (0..columns).filter(|c| every(&rejected, *c)).count();
        eprintln!(
            "{}: groups of {:?}; of {columns} proposals {common_ground} agreed by a majority of \
             every group, {divides} dividing them, {rejected_by_all} rejected by every group",
            consultation.slug,
            groups.iter().map(Vec::len).collect::<Vec<_>>(),
        );
        assert!(
            common_ground >= 1,
            "{}: no common ground",
            consultation.slug
        );
        assert!(
            divides >= 1,
            "{}: nothing divides the groups",
            consultation.slug
        );
        assert!(
            rejected_by_all >= 1,
            "{}: nothing rejected",
            consultation.slug
        );
    }
}

async fn token(app: &TestApp, email: &str) -> String {
    let session = app
        .post(
            "/api/v1/auth/login",
            None,
            &json!({"email": email, "password": DEMO_PASSWORD}),
        )
        .await
        .expect(200);
    session["access_token"]
        .as_str()
        .expect("access token")
        .to_owned()
}

/// The inbox once the fan-out has written at least `n` notifications into it.
async fn inbox_with(app: &TestApp, token: &str, n: usize) -> Value {
    for _ in 0..300 {
        let page = app
            .get("/api/v1/me/notifications", Some(token))
            .await
            .expect(200);
        if page["items"].as_array().map_or(0, Vec::len) >= n {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the demo citizen's inbox never had {n} notifications");
}

async fn the_demo_citizen_finds_replies_and_the_moderators_find_reports(backend: Backend) {
    let app = loaded_demo(backend).await;

    let citizen = token(&app, "citizen@demo.sala.in.th").await;
    let inbox = inbox_with(&app, &citizen, 2).await;
    assert_eq!(inbox["unread_count"], 2, "{inbox}");
    for item in inbox["items"].as_array().expect("items") {
        assert_eq!(item["kind"], "reply_to_your_comment", "{item}");
        assert_eq!(item["read"], false);
    }

    let moderator = token(&app, "moderator@demo.sala.in.th").await;
    let queue = app
        .get("/api/v1/moderation/queue", Some(&moderator))
        .await
        .expect(200);
    let notes: Vec<String> = queue["items"]
        .as_array()
        .expect("items")
        .iter()
        .flat_map(|item| item["flags"].as_array().cloned().unwrap_or_default())
        .filter_map(|flag| flag["note"].as_str().map(str::to_owned))
        .collect();
    for expected in [
        "ความเห็นนี้พูดถึงเรื่องอื่น ไม่เกี่ยวกับข้อเสนอ",
        "ตัวเลขที่อ้างไม่ตรงกับรายงานของกระทรวง",
    ] {
        assert!(notes.iter().any(|n| n == expected), "{expected}: {queue}");
    }
}

async fn the_demo_shows_what_became_of_the_ideas(backend: Backend) {
    let app = loaded_demo(backend).await;
    // The Sukhothai office's result, with its milestones and a measured indicator.
    let results = app
        .get(
            "/api/v1/consultations/provincial-justice-strategy/results",
            None,
        )
        .await
        .expect(200);
    let result = results["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["province"] == "สุโขทัย")
        .cloned()
        .expect("the demo's result");
    assert_eq!(result["progress"], 45);
    assert_eq!(result["milestones"].as_array().unwrap().len(), 2);
    assert_eq!(result["proposals"].as_array().unwrap().len(), 2);
    let indicators = app
        .get(
            &format!(
                "/api/v1/results/{}/indicators",
                result["id"].as_str().unwrap()
            ),
            None,
        )
        .await
        .expect(200);
    assert_eq!(
        indicators["items"][0]["values"].as_array().unwrap().len(),
        2,
        "{indicators}"
    );
    // The child-rights charter: published, signed once, with a comment and an open amendment.
    let documents = app
        .get(
            "/api/v1/consultations/child-rights-shared-charter/documents",
            None,
        )
        .await
        .expect(200);
    let charter = documents["items"][0]["id"].as_str().unwrap().to_owned();
    let page = app
        .get(&format!("/api/v1/documents/{charter}"), None)
        .await
        .expect(200);
    assert_eq!(page["current"]["signatures"].as_array().unwrap().len(), 1);
    let remarks = app
        .get(&format!("/api/v1/documents/{charter}/remarks"), None)
        .await
        .expect(200);
    let kinds: Vec<(&str, &Value)> = remarks["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["kind"].as_str().unwrap(), &r["status"]))
        .collect();
    assert_eq!(
        kinds,
        vec![("comment", &Value::Null), ("amendment", &json!("open"))]
    );
    // The lab's award: open, judged in three dimensions, one network applied, one assessor.
    let awards = app.get("/api/v1/awards", None).await.expect(200);
    let award = awards["items"][0]["id"].as_str().expect("the demo award");
    let lab = token(&app, "lab@demo.sala.in.th").await;
    let award = app
        .get(&format!("/api/v1/awards/{award}"), Some(&lab))
        .await
        .expect(200);
    assert_eq!(award["stage"], "open");
    assert_eq!(award["viewer_manages"], true);
    let mut dimensions: Vec<&str> = award["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["dimension"].as_str().unwrap())
        .collect();
    dimensions.dedup();
    assert_eq!(dimensions, ["structure", "process", "outcome"]);
    let application = &award["applications"][0];
    assert_eq!(application["assessors"][0]["has_conflict"], Value::Null);
    let valuator = token(&app, "valuator@demo.sala.in.th").await;
    app.get(
        &format!(
            "/api/v1/award-applications/{}/assessment",
            application["id"].as_str().unwrap()
        ),
        Some(&valuator),
    )
    .await
    .expect(200);
}
