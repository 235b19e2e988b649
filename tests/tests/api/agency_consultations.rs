//! A verified government agency runs its own consultations, like a policy lab: its members
//! open one in its name and manage it. Other kinds of organisation, and agencies not (or no
//! longer) verified, do not.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(a_verified_agency_opens_and_manages_its_own_consultation);

fn draft(owner: Uuid) -> Value {
    json!({
        "title": "ยุทธศาสตร์ยุติธรรมจังหวัด 2570",
        "summary": "ร่วมเสนอแนวทางยุติธรรมชุมชนในสี่จังหวัดนำร่อง",
        "body": "## ที่มา\nกระทรวงยุติธรรมเปิดรับฟังความคิดเห็น",
        "phase": "draft",
        "themes": ["ยุติธรรมชุมชน"],
        "provinces": ["สุโขทัย"],
        "owner_organization_id": owner,
    })
}

async fn open(app: &TestApp, who: &Person, owner: Uuid) -> sala_tests::Reply {
    app.post("/api/v1/consultations", Some(&who.token), &draft(owner))
        .await
}

async fn a_verified_agency_opens_and_manages_its_own_consultation(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let official = app.sign_up("official@moj.go.th").await;
    let colleague = app.sign_up("colleague@moj.go.th").await;
    let advocate = app.sign_up("advocate@example.org").await;
    let stranger = app.sign_up("stranger@example.org").await;
    let ministry = app
        .organization(
            "moj-office",
            "agency",
            &[(&official, "owner"), (&colleague, "member")],
        )
        .await;
    let other_ministry = app
        .organization("other-ministry", "agency", &[(&stranger, "owner")])
        .await;
    let network = app
        .organization("rights-network", "cso", &[(&advocate, "owner")])
        .await;

    // An agency member opens a consultation in the agency's name, and a colleague manages it.
    let created = open(&app, &official, ministry).await.expect(201);
    assert_eq!(created["owner_organization_id"], json!(ministry));
    let c = created["id"].as_str().expect("id");
    app.patch(
        &format!("/api/v1/consultations/{c}"),
        Some(&colleague.token),
        &json!({"phase": "ideation"}),
    )
    .await
    .expect(200);
    app.get(
        &format!("/api/v1/consultations/{c}/responsibilities"),
        Some(&colleague.token),
    )
    .await
    .expect(200);

    // Not in another agency's name; not for a civil-society organisation; and a member of
    // another agency does not manage this one.
    open(&app, &official, other_ministry)
        .await
        .expect_problem(403, "forbidden");
    open(&app, &advocate, network)
        .await
        .expect_problem(403, "forbidden");
    app.patch(
        &format!("/api/v1/consultations/{c}"),
        Some(&stranger.token),
        &json!({"title": "ชื่อที่คนอื่นตั้ง"}),
    )
    .await
    .expect_problem(403, "forbidden");

    // An agency no longer verified gives its members nothing.
    app.delete(
        "/api/v1/organizations/moj-office/verification",
        Some(&admin.token),
    )
    .await
    .expect(200);
    open(&app, &official, ministry)
        .await
        .expect_problem(403, "forbidden");
    app.patch(
        &format!("/api/v1/consultations/{c}"),
        Some(&colleague.token),
        &json!({"title": "ชื่อใหม่"}),
    )
    .await
    .expect_problem(403, "forbidden");
    let shown = app
        .get(&format!("/api/v1/consultations/{c}"), None)
        .await
        .expect(200);
    assert_eq!(shown["title"], "ยุทธศาสตร์ยุติธรรมจังหวัด 2570", "unchanged");
}
