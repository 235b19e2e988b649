//! Organisations as people run them: created by anyone verified, verified by an
//! administrator, members invited by email and accepting once, roles changed, members
//! removed or leaving, the last owner kept, endorsing in the organisation's name, and every
//! change on the audit log.

use sala::domain::accounts::Role;
use sala::domain::organizations;
use sala_tests::{
    on_both_databases, spawn_app, spawn_app_with, Backend, Person, SmtpServer, TestApp,
};
use serde_json::{json, Value};

on_both_databases!(
    an_organisation_is_created_unverified_and_only_an_administrator_verifies_it,
    an_unverified_lab_runs_nothing_until_it_is_verified,
    a_member_is_invited_by_email_and_the_link_works_once_for_the_invited_account_only,
    roles_change_members_leave_or_are_removed_and_the_last_owner_stays,
    only_owners_and_representatives_endorse_in_the_organisations_name,
);

async fn audit(app: &TestApp, admin: &Person, action: &str) -> Vec<Value> {
    app.get(
        &format!("/api/v1/admin/audit-log?limit=100&action={action}"),
        Some(&admin.token),
    )
    .await
    .expect(200)["items"]
        .as_array()
        .expect("audit items")
        .clone()
}

async fn create(app: &TestApp, owner: &Person, body: Value) -> Value {
    app.post("/api/v1/organizations", Some(&owner.token), &body)
        .await
        .expect(201)
}

async fn an_organisation_is_created_unverified_and_only_an_administrator_verifies_it(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let owner = app
        .operator_creates("owner@lanna.or.th", Role::Citizen)
        .await;
    let stranger = app
        .operator_creates("someone@example.org", Role::Citizen)
        .await;

    app.post(
        "/api/v1/organizations",
        None,
        &json!({"kind": "cso", "name": "เครือข่าย"}),
    )
    .await
    .expect_problem(401, "unauthenticated");
    let refused = app
        .post(
            "/api/v1/organizations",
            Some(&owner.token),
            &json!({"kind": "guild", "name": "สมาคม"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(refused["errors"][0]["field"], "kind", "{refused}");
    let refused = app
        .post(
            "/api/v1/organizations",
            Some(&owner.token),
            &json!({"kind": "cso", "name": "เครือข่าย", "website": "javascript:alert(1)"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(refused["errors"][0]["field"], "website", "{refused}");
    let refused = app
        .post(
            "/api/v1/organizations",
            Some(&owner.token),
            &json!({"kind": "cso", "name": "เครือข่าย", "province": "เชียงใหมม"}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(
        refused["errors"][0]["code"], "unknown_province",
        "{refused}"
    );

    let network = create(
        &app,
        &owner,
        json!({
            "kind": "cso",
            "slug": "lanna-child-rights",
            "name": "เครือข่ายสิทธิเด็กล้านนา",
            "description": "เครือข่ายองค์กรและกลุ่มเยาวชนภาคเหนือ",
            "website": "https://lanna-child.example.org",
            "province": "Chiang Mai",
        }),
    )
    .await;
    assert_eq!(network["province"], "เชียงใหม่", "stored by its Thai name");
    assert_eq!(network["verified"], false);
    assert_eq!(network["member_count"], 1);
    assert_eq!(network["kind"], "cso");
    let youth = create(
        &app,
        &owner,
        json!({"kind": "youth_group", "name": "กลุ่มเยาวชนรักษ์น่าน", "province": "น่าน", "parent_organization_id": network["id"]}),
    )
    .await;
    assert!(
        youth["slug"].as_str().unwrap().starts_with("org-"),
        "a Thai name makes no slug, so one is given: {youth}"
    );
    app.post(
        "/api/v1/organizations",
        Some(&stranger.token),
        &json!({"kind": "business", "slug": "lanna-child-rights", "name": "บริษัท"}),
    )
    .await
    .expect_problem(409, "organization_slug_taken");

    let path = "/api/v1/organizations/lanna-child-rights";
    app.put(
        &format!("{path}/verification"),
        Some(&owner.token),
        &json!({}),
    )
    .await
    .expect_problem(403, "forbidden");
    let verified = app
        .put(
            &format!("{path}/verification"),
            Some(&admin.token),
            &json!({}),
        )
        .await
        .expect(200);
    assert_eq!(verified["verified"], true);
    app.put(
        &format!("{path}/verification"),
        Some(&admin.token),
        &json!({}),
    )
    .await
    .expect(200);

    let profile = app.get(path, None).await.expect(200);
    assert_eq!(profile["name"], "เครือข่ายสิทธิเด็กล้านนา");
    assert_eq!(profile["verified"], true);
    assert_eq!(profile["member_count"], 1);
    let child = app
        .get(
            &format!("/api/v1/organizations/{}", youth["slug"].as_str().unwrap()),
            None,
        )
        .await
        .expect(200);
    assert_eq!(child["parent"]["name"], "เครือข่ายสิทธิเด็กล้านนา");
    assert_eq!(child["parent"]["verified"], true);
    app.get("/api/v1/organizations/no-such-org", None)
        .await
        .expect_problem(404, "organization_not_found");

    let verified_list = app
        .get("/api/v1/organizations?verified=true", None)
        .await
        .expect(200);
    let names: Vec<&str> = verified_list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["เครือข่ายสิทธิเด็กล้านนา"]);
    let youth_list = app
        .get("/api/v1/organizations?kind=youth_group&limit=1", None)
        .await
        .expect(200);
    assert_eq!(youth_list["items"][0]["name"], "กลุ่มเยาวชนรักษ์น่าน");
    app.get("/api/v1/organizations?limit=0", None)
        .await
        .expect_problem(422, "validation_failed");

    app.patch(path, Some(&stranger.token), &json!({"name": "ยึดเครือข่าย"}))
        .await
        .expect_problem(403, "forbidden");
    let edited = app
        .patch(
            path,
            Some(&owner.token),
            &json!({"description": "เครือข่ายสิบเก้าองค์กรและสิบหกกลุ่มเยาวชน", "website": null}),
        )
        .await
        .expect(200);
    assert_eq!(edited["description"], "เครือข่ายสิบเก้าองค์กรและสิบหกกลุ่มเยาวชน");
    assert_eq!(edited["website"], Value::Null);
    assert_eq!(edited["province"], "เชียงใหม่", "absent fields stay");
    let cycle = app
        .patch(
            path,
            Some(&owner.token),
            &json!({"parent_organization_id": youth["id"]}),
        )
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(cycle["errors"][0]["code"], "cycle");

    let unverified = app
        .delete(&format!("{path}/verification"), Some(&admin.token))
        .await
        .expect(200);
    assert_eq!(unverified["verified"], false);

    assert_eq!(audit(&app, &admin, "organization.created").await.len(), 2);
    let verifications = audit(&app, &admin, "organization.verified").await;
    assert_eq!(
        verifications.len(),
        1,
        "repeating a verification writes nothing"
    );
    assert_eq!(verifications[0]["actor"]["id"], admin.id.to_string());
    assert_eq!(verifications[0]["target_id"], network["id"]);
    assert_eq!(
        audit(&app, &admin, "organization.unverified").await.len(),
        1
    );
    let edits = audit(&app, &admin, "organization.updated").await;
    assert_eq!(edits.len(), 1);
    assert_eq!(
        edits[0]["before"]["website"],
        "https://lanna-child.example.org"
    );
}

async fn an_unverified_lab_runs_nothing_until_it_is_verified(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let founder = app
        .operator_creates("founder@lab.example.org", Role::Citizen)
        .await;
    let lab = create(
        &app,
        &founder,
        json!({"kind": "lab", "slug": "self-made-lab", "name": "ห้องปฏิบัติการที่ตั้งเอง"}),
    )
    .await;
    let body = json!({
        "title": "การรับฟังของห้องปฏิบัติการใหม่",
        "summary": "สรุปสั้น",
        "body": "รายละเอียด",
        "owner_organization_id": lab["id"],
    });
    app.post("/api/v1/consultations", Some(&founder.token), &body)
        .await
        .expect_problem(403, "forbidden");
    app.put(
        "/api/v1/organizations/self-made-lab/verification",
        Some(&admin.token),
        &json!({}),
    )
    .await
    .expect(200);
    app.post("/api/v1/consultations", Some(&founder.token), &body)
        .await
        .expect(201);
}

async fn a_member_is_invited_by_email_and_the_link_works_once_for_the_invited_account_only(
    backend: Backend,
) {
    let smtp = SmtpServer::start().await;
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_SMTP_URL", &smtp.url()),
            // Each invitation sends a mail to an address the inviter chose.
            (
                "SALA_RATE_LIMIT_INVITATIONS",
                "account=8,address=1000,window=1h",
            ),
        ],
    )
    .await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let owner = app
        .operator_creates("owner@lanna.or.th", Role::Citizen)
        .await;
    let invitee = app.operator_creates("Rep@Lanna.or.th", Role::Citizen).await;
    let other = app
        .operator_creates("other@example.org", Role::Citizen)
        .await;
    create(
        &app,
        &owner,
        json!({"kind": "cso", "slug": "lanna-child-rights", "name": "เครือข่ายสิทธิเด็กล้านนา"}),
    )
    .await;
    let path = "/api/v1/organizations/lanna-child-rights";

    app.post(
        &format!("{path}/invitations"),
        Some(&other.token),
        &json!({"email": "rep@lanna.or.th", "role": "representative"}),
    )
    .await
    .expect_problem(403, "forbidden");
    app.post(
        &format!("{path}/invitations"),
        Some(&owner.token),
        &json!({"email": "not an address", "role": "member"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    app.post(
        &format!("{path}/invitations"),
        Some(&owner.token),
        &json!({"email": "owner@lanna.or.th", "role": "member"}),
    )
    .await
    .expect_problem(409, "already_member");
    let sent = app
        .post(
            &format!("{path}/invitations"),
            Some(&owner.token),
            &json!({"email": "REP@lanna.or.th", "role": "representative"}),
        )
        .await
        .expect(201);
    assert_eq!(sent["email"], "rep@lanna.or.th");

    let mails = smtp.wait_for(1, 10).await;
    assert_eq!(mails.len(), 1, "one message, to the invitee");
    let mail = &mails[0];
    assert!(mail.to.contains("rep@lanna.or.th"), "{}", mail.to);
    assert!(
        mail.subject.contains("เครือข่ายสิทธิเด็กล้านนา"),
        "the subject names the organisation: {}",
        mail.subject
    );
    assert!(
        mail.text.contains("ผู้แทน"),
        "the role, in Thai: {}",
        mail.text
    );
    let token = mail.link_token("accept#token=");
    assert!(token.len() > 20, "{}", mail.text);

    let accept = "/api/v1/organization-invitations/accept";
    app.post(accept, Some(&other.token), &json!({ "token": token }))
        .await
        .expect_problem(403, "forbidden");
    app.post(
        accept,
        Some(&invitee.token),
        &json!({"token": "not-a-token"}),
    )
    .await
    .expect_problem(422, "validation_failed");
    let joined = app
        .post(accept, Some(&invitee.token), &json!({ "token": token }))
        .await
        .expect(200);
    assert_eq!(joined["slug"], "lanna-child-rights");
    assert_eq!(joined["member_count"], 2);
    let reused = app
        .post(accept, Some(&invitee.token), &json!({ "token": token }))
        .await
        .expect_problem(422, "validation_failed");
    assert_eq!(reused["errors"][0]["code"], "invalid_or_expired");

    let me = app
        .get("/api/v1/me", Some(&invitee.token))
        .await
        .expect(200);
    assert_eq!(me["organizations"][0]["slug"], "lanna-child-rights");
    assert_eq!(me["organizations"][0]["role"], "representative");
    assert_eq!(me["organizations"][0]["verified"], false);

    let public = app.get(&format!("{path}/members"), None).await.expect(200);
    assert_eq!(public["member_count"], 2);
    assert_eq!(public["items"], Value::Null, "the public sees a count only");
    let seen = app
        .get(&format!("{path}/members"), Some(&invitee.token))
        .await
        .expect(200);
    let roles: Vec<&str> = seen["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["role"].as_str().unwrap())
        .collect();
    assert_eq!(roles, ["owner", "representative"]);

    // An invitation past its time is refused like a used one.
    app.post(
        &format!("{path}/invitations"),
        Some(&owner.token),
        &json!({"email": "other@example.org", "role": "member"}),
    )
    .await
    .expect(201);
    let late = smtp.wait_for(2, 10).await;
    let late_token = late
        .iter()
        .find(|m| m.to.contains("other@example.org"))
        .expect("second invitation")
        .link_token("accept#token=");
    expire_invitations(&app).await;
    app.post(accept, Some(&other.token), &json!({ "token": late_token }))
        .await
        .expect_problem(422, "validation_failed");
    // A new account gets half the limit: the owner's fifth invitation this hour is refused.
    app.post(
        &format!("{path}/invitations"),
        Some(&owner.token),
        &json!({"email": "fifth@example.org", "role": "member"}),
    )
    .await
    .expect_problem(429, "rate_limited");

    assert_eq!(
        audit(&app, &admin, "organization.member_invited")
            .await
            .len(),
        2
    );
    let joins = audit(&app, &admin, "organization.member_joined").await;
    assert_eq!(joins.len(), 1);
    assert_eq!(joins[0]["actor"]["id"], invitee.id.to_string());
    assert_eq!(joins[0]["after"]["role"], "representative");
}

/// Moves every invitation's expiry into the past, as if a week went by.
async fn expire_invitations(app: &TestApp) {
    use sala::db::entities::organization_invitations as invitations;
    use sea_orm::sea_query::Expr;
    use sea_orm::EntityTrait;
    let txn = app.db.begin_write().await.expect("transaction");
    invitations::Entity::update_many()
        .col_expr(
            invitations::Column::ExpiresAt,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
        )
        .exec(&txn)
        .await
        .expect("expired");
    txn.commit().await.expect("commit");
}

/// An organisation with an owner, and people added in roles the way a loader does.
async fn with_members(app: &TestApp, owner: &Person, members: &[(&Person, &str)]) -> Value {
    let org = create(
        app,
        owner,
        json!({"kind": "cso", "slug": "lanna-child-rights", "name": "เครือข่ายสิทธิเด็กล้านนา"}),
    )
    .await;
    let id = org["id"].as_str().unwrap().parse().unwrap();
    let txn = app.db.begin_write().await.expect("transaction");
    for (person, role) in members {
        organizations::add_member(&txn, id, person.id, role)
            .await
            .expect("membership");
    }
    txn.commit().await.expect("commit");
    org
}

async fn roles_change_members_leave_or_are_removed_and_the_last_owner_stays(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let owner = app
        .operator_creates("owner@lanna.or.th", Role::Citizen)
        .await;
    let member = app
        .operator_creates("member@lanna.or.th", Role::Citizen)
        .await;
    let leaver = app
        .operator_creates("leaver@lanna.or.th", Role::Citizen)
        .await;
    let outsider = app
        .operator_creates("outsider@example.org", Role::Citizen)
        .await;
    with_members(&app, &owner, &[(&member, "member"), (&leaver, "member")]).await;
    let path = "/api/v1/organizations/lanna-child-rights";
    let role_of = |who: &Person| format!("{path}/members/{}/role", who.id);

    app.put(
        &role_of(&leaver),
        Some(&member.token),
        &json!({"role": "owner"}),
    )
    .await
    .expect_problem(403, "forbidden");
    app.put(
        &role_of(&outsider),
        Some(&owner.token),
        &json!({"role": "member"}),
    )
    .await
    .expect_problem(404, "member_not_found");
    app.put(
        &role_of(&owner),
        Some(&owner.token),
        &json!({"role": "member"}),
    )
    .await
    .expect_problem(409, "last_owner");
    app.delete(&format!("{path}/membership"), Some(&owner.token))
        .await
        .expect_problem(409, "last_owner");
    let promoted = app
        .put(
            &role_of(&member),
            Some(&owner.token),
            &json!({"role": "representative"}),
        )
        .await
        .expect(200);
    assert_eq!(promoted["role"], "representative");

    app.delete(
        &format!("{path}/members/{}", leaver.id),
        Some(&member.token),
    )
    .await
    .expect_problem(403, "forbidden");
    app.delete(&format!("{path}/membership"), Some(&leaver.token))
        .await
        .expect(204);
    app.delete(&format!("{path}/membership"), Some(&leaver.token))
        .await
        .expect_problem(404, "member_not_found");

    // With a second owner, the first may step down; then the second removes the member.
    app.put(
        &role_of(&member),
        Some(&owner.token),
        &json!({"role": "owner"}),
    )
    .await
    .expect(200);
    app.put(
        &role_of(&owner),
        Some(&owner.token),
        &json!({"role": "member"}),
    )
    .await
    .expect(200);
    app.delete(&format!("{path}/members/{}", owner.id), Some(&member.token))
        .await
        .expect(204);
    app.delete(
        &format!("{path}/members/{}", member.id),
        Some(&member.token),
    )
    .await
    .expect_problem(409, "last_owner");

    let seen = app
        .get(&format!("{path}/members"), Some(&member.token))
        .await
        .expect(200);
    assert_eq!(seen["member_count"], 1);
    assert_eq!(seen["items"][0]["user_id"], member.id.to_string());
    assert_eq!(seen["items"][0]["role"], "owner");

    // Open invitations: the owner sees and withdraws them; nobody else does.
    let invitations = format!("{path}/invitations");
    let sent = app
        .post(
            &invitations,
            Some(&member.token),
            &json!({"email": "new@lanna.or.th", "role": "member"}),
        )
        .await
        .expect(201);
    app.get(&invitations, Some(&outsider.token))
        .await
        .expect_problem(403, "forbidden");
    let open = app.get(&invitations, Some(&member.token)).await.expect(200);
    assert_eq!(open["items"][0]["email"], "new@lanna.or.th");
    let one = format!("{invitations}/{}", sent["id"].as_str().unwrap());
    app.delete(&one, Some(&outsider.token))
        .await
        .expect_problem(403, "forbidden");
    app.delete(&one, Some(&member.token)).await.expect(204);
    app.delete(&one, Some(&member.token))
        .await
        .expect_problem(404, "invitation_not_found");
    let open = app.get(&invitations, Some(&member.token)).await.expect(200);
    assert_eq!(open["items"], json!([]));
    assert_eq!(
        audit(&app, &admin, "organization.invitation_revoked")
            .await
            .len(),
        1
    );

    let changes = audit(&app, &admin, "organization.member_role_changed").await;
    assert_eq!(changes.len(), 3);
    assert!(changes.iter().all(|c| c["target_type"] == "organization"));
    assert_eq!(
        audit(&app, &admin, "organization.member_left").await.len(),
        1
    );
    let removals = audit(&app, &admin, "organization.member_removed").await;
    assert_eq!(removals.len(), 1);
    assert_eq!(removals[0]["actor"]["id"], member.id.to_string());
    assert_eq!(removals[0]["before"]["user_id"], owner.id.to_string());
}

async fn only_owners_and_representatives_endorse_in_the_organisations_name(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let owner = app
        .operator_creates("owner@lanna.or.th", Role::Citizen)
        .await;
    let rep = app.operator_creates("rep@lanna.or.th", Role::Citizen).await;
    let member = app
        .operator_creates("member@lanna.or.th", Role::Citizen)
        .await;
    let author = app
        .operator_creates("author@example.org", Role::Citizen)
        .await;
    let org = with_members(
        &app,
        &owner,
        &[(&rep, "representative"), (&member, "member")],
    )
    .await;
    let consultation = app.consultation(&admin, "ideation").await;
    let proposal = app
        .proposal(
            &author,
            consultation["id"].as_str().unwrap(),
            "พื้นที่ปลอดภัยสำหรับเด็กในชุมชน",
        )
        .await;
    let path = format!(
        "/api/v1/proposals/{}/endorsements",
        proposal["id"].as_str().unwrap()
    );

    app.post(&path, Some(&member.token), &json!({}))
        .await
        .expect_problem(403, "forbidden");
    app.post(
        &path,
        Some(&member.token),
        &json!({"organization_id": org["id"]}),
    )
    .await
    .expect_problem(403, "forbidden");
    let endorsed = app
        .post(&path, Some(&rep.token), &json!({}))
        .await
        .expect(201);
    assert_eq!(
        endorsed["items"][0]["organization_name"],
        "เครือข่ายสิทธิเด็กล้านนา"
    );
    assert_eq!(endorsed["items"][0]["organization_verified"], false);

    app.put(
        "/api/v1/organizations/lanna-child-rights/verification",
        Some(&admin.token),
        &json!({}),
    )
    .await
    .expect(200);
    let shown = app
        .get(
            &format!("/api/v1/proposals/{}", proposal["id"].as_str().unwrap()),
            None,
        )
        .await
        .expect(200);
    assert_eq!(shown["endorsements"][0]["organization_verified"], true);
    assert_eq!(
        shown["endorsements"][0]["organization_slug"],
        "lanna-child-rights"
    );

    let profile = app
        .get("/api/v1/organizations/lanna-child-rights", None)
        .await
        .expect(200);
    assert_eq!(
        profile["endorsed_proposals"][0]["title"],
        "พื้นที่ปลอดภัยสำหรับเด็กในชุมชน"
    );
    let endorsements = audit(&app, &admin, "proposal.endorsed").await;
    assert_eq!(endorsements.len(), 1);
    assert_eq!(endorsements[0]["actor"]["id"], rep.id.to_string());
}
