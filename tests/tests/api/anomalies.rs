//! The suspicious-support report: a burst of votes from accounts made together on one network
//! is reported with those accounts, and a moderator can act on them.

use reqwest::Method;
use sala::domain::accounts::Role;
use sala::domain::votes::recount;
use sala_tests::{on_both_databases, spawn_app_with, Backend, Person, TestApp};
use serde_json::{json, Value};

on_both_databases!(a_burst_of_votes_from_fresh_accounts_on_one_network_is_reported_for_action);

async fn vote_from(app: &TestApp, who: &Person, pid: &str, address: &str) {
    app.call_with_headers(
        Method::PUT,
        &format!("/api/v1/proposals/{pid}/vote"),
        Some(&who.token),
        Some(&json!({"value": "agree"})),
        &[("x-forwarded-for", address)],
    )
    .await
    .expect(200);
}

async fn report(app: &TestApp, who: &Person, query: &str) -> Value {
    app.get(
        &format!("/api/v1/moderation/anomalies?{query}"),
        Some(&who.token),
    )
    .await
    .expect(200)
}

fn sorted(ids: &Value) -> Vec<String> {
    let mut out: Vec<String> = ids
        .as_array()
        .expect("ids")
        .iter()
        .map(|v| v.as_str().expect("id").to_owned())
        .collect();
    out.sort();
    out
}

async fn a_burst_of_votes_from_fresh_accounts_on_one_network_is_reported_for_action(
    backend: Backend,
) {
    let app = spawn_app_with(backend, &[("SALA_TRUSTED_PROXIES", "127.0.0.1")]).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    let cid = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let boosted = app.proposal(&admin, &cid, "ข้อเสนอที่ถูกปั่นคะแนน").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let quiet = app.proposal(&admin, &cid, "ข้อเสนอที่มีผู้สนับสนุนจริง").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let ring = app.many_citizens(6).await;
    let mut honest = Vec::new();
    for (i, days) in [30, 60, 90, 120].into_iter().enumerate() {
        let person = app
            .operator_creates(&format!("resident{i}@example.org"), Role::Citizen)
            .await;
        app.age_account(person.id, days).await;
        honest.push(person);
    }
    for (i, sock) in ring.iter().enumerate() {
        vote_from(&app, sock, &boosted, &format!("203.0.113.{}", 10 + i)).await;
    }
    for (i, person) in honest.iter().enumerate() {
        let address = format!("198.51.{}.7", 100 + i);
        vote_from(&app, person, &boosted, &address).await;
        vote_from(&app, person, &quiet, &address).await;
    }

    let query = format!("consultation={cid}&min_votes=5&min_accounts=4");
    let found = report(&app, &moderator, &query).await;
    let items = found["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "only the boosted proposal: {found}");
    let burst = &items[0];
    assert_eq!(burst["proposal_id"], boosted.as_str());
    assert_eq!(burst["title"], "ข้อเสนอที่ถูกปั่นคะแนน");
    assert_eq!(burst["votes"], 10);
    let mut ring_ids: Vec<String> = ring.iter().map(|p| p.id.to_string()).collect();
    ring_ids.sort();
    let network = burst["signals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "shared_network")
        .expect("a shared network");
    assert_eq!(network["network"], "203.0.113.0/24");
    assert_eq!(sorted(&network["accounts"]), ring_ids);
    let together = burst["signals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "accounts_created_together")
        .expect("accounts created together");
    assert_eq!(sorted(&together["accounts"]), ring_ids);
    let named: Vec<String> = {
        let mut ids: Vec<String> = burst["accounts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["id"].as_str().unwrap().to_owned())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(named, ring_ids, "the residents are not named");
    assert!(burst["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["network"] == "203.0.113.0/24" && a["vote"] == "agree"));

    app.post(
        "/api/v1/moderation/actions",
        Some(&moderator.token),
        &json!({"action": "discard_votes", "target_type": "user", "target_id": ring[0].id,
                "reason": "บัญชีปลอมในกลุ่มเดียวกัน"}),
    )
    .await
    .expect(201);
    let until = (chrono::Utc::now() + chrono::Duration::days(30)).to_rfc3339();
    app.post(
        "/api/v1/moderation/actions",
        Some(&moderator.token),
        &json!({"action": "suspend", "target_type": "user", "target_id": ring[1].id,
                "until": until, "reason": "บัญชีปลอมในกลุ่มเดียวกัน"}),
    )
    .await
    .expect(201);
    let counts = app
        .get(&format!("/api/v1/proposals/{boosted}"), None)
        .await
        .expect(200)["counts"]
        .clone();
    assert_eq!(counts["agree"], 9, "the discarded vote is gone");
    let recounted = recount(app.db.reader(), boosted.parse().unwrap())
        .await
        .unwrap();
    assert_eq!(counts["agree"], recounted.agree);
    let after = report(&app, &moderator, &query).await;
    let accounts = after["items"][0]["accounts"].as_array().unwrap().clone();
    assert_eq!(accounts.len(), 5);
    let suspended = accounts
        .iter()
        .find(|a| a["id"] == ring[1].id.to_string())
        .expect("still listed");
    assert_eq!(suspended["suspended"], true);

    let citizen = &honest[0];
    app.get("/api/v1/moderation/anomalies", Some(&citizen.token))
        .await
        .expect_problem(403, "forbidden");
    for bad in ["min_votes=1", "since_hours=0", "burst_minutes=-5"] {
        app.get(
            &format!("/api/v1/moderation/anomalies?{bad}"),
            Some(&moderator.token),
        )
        .await
        .expect_problem(422, "validation_failed");
    }
}
