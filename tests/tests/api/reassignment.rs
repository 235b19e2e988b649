//! Reassigning a proposal by hand: only to a verified organisation that the consultation's
//! responsibility map names; any other is refused with `organization_not_responsible` and
//! nothing changes. The map itself names verified organisations only.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, TestApp};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(a_proposal_is_reassigned_only_to_a_verified_organisation_the_map_names);

async fn responsible(app: &TestApp, proposal: &str) -> Value {
    app.get(&format!("/api/v1/proposals/{proposal}"), None)
        .await
        .expect(200)["responsible_organization_id"]
        .clone()
}

fn org(id: Uuid) -> Value {
    json!(id.to_string())
}

async fn a_proposal_is_reassigned_only_to_a_verified_organisation_the_map_names(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    let citizen = app.sign_up("citizen@example.org").await;
    let phuket = app.organization("phuket-office", "agency", &[]).await;
    let sukhothai = app.organization("sukhothai-office", "agency", &[]).await;
    let elsewhere = app.organization("elsewhere-office", "agency", &[]).await;
    let suspended = app.organization("suspended-office", "agency", &[]).await;
    let consultation = app.consultation(&admin, "ideation").await;
    let c = consultation["id"].as_str().expect("id");
    app.add_responsibilities(
        &admin,
        c,
        &[
            (None, Some("ภูเก็ต"), phuket),
            (None, Some("สุโขทัย"), sukhothai),
            (None, Some("ราชบุรี"), suspended),
        ],
    )
    .await;
    app.delete(
        "/api/v1/organizations/suspended-office/verification",
        Some(&admin.token),
    )
    .await
    .expect(200);
    let proposal = app.proposal(&citizen, c, "อาสาสมัครยุติธรรมชุมชนภูเก็ต").await;
    let p = proposal["id"].as_str().expect("id");
    assert_eq!(responsible(&app, p).await, org(phuket));

    let path = format!("/api/v1/proposals/{p}/responsible-organization");
    let to =
        |organization: Uuid| json!({"organization_id": organization, "reason": "ย้ายไปสำนักงานที่ดูแล"});
    // Verified but not named in this consultation's map; named but no longer verified.
    for refused in [elsewhere, suspended] {
        let problem = app
            .put(&path, Some(&moderator.token), &to(refused))
            .await
            .expect_problem(409, "organization_not_responsible");
        assert!(
            problem["detail"]
                .as_str()
                .is_some_and(|d| d.contains("responsibility map")),
            "{problem}"
        );
    }
    assert_eq!(
        responsible(&app, p).await,
        org(phuket),
        "refusals changed nothing"
    );
    let audit = app
        .get(
            "/api/v1/admin/audit-log?limit=10&action=proposal.reassigned",
            Some(&admin.token),
        )
        .await
        .expect(200);
    assert_eq!(audit["items"], json!([]), "nothing recorded");

    // A verified organisation the map names takes it.
    let moved = app
        .put(&path, Some(&moderator.token), &to(sukhothai))
        .await
        .expect(200);
    assert_eq!(moved["responsible_organization_id"], org(sukhothai));
    assert_eq!(responsible(&app, p).await, org(sukhothai));

    // Nor does the map take an organisation that is not verified.
    let map = format!("/api/v1/consultations/{c}/responsibilities");
    let problem = app
        .put(
            &map,
            Some(&admin.token),
            &json!({"items": [{"province": "ราชบุรี", "organization_id": suspended}]}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(problem["errors"][0]["field"], "items[0].organization_id");
    assert_eq!(problem["errors"][0]["code"], "not_verified", "{problem}");
}
