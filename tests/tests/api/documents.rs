//! Documents a consultation produces: its writers draft and publish versions, each frozen with
//! a content hash; representatives of organisations sign the current published version on
//! their organisation's behalf, once each; the public reads published versions and who signed.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    writers_draft_and_publish_with_a_stable_hash_and_the_public_sees_only_published,
    representatives_sign_the_current_version_once_for_their_organisation,
    bad_requests_are_refused_with_their_codes,
);

pub(super) struct Scene {
    pub admin: Person,
    pub analyst: Person,
    pub citizen: Person,
    pub consultation: String,
}

pub(super) async fn scene(app: &TestApp) -> Scene {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let analyst = app
        .operator_creates("analyst@example.org", Role::Citizen)
        .await;
    let citizen = app
        .operator_creates("citizen@example.org", Role::Citizen)
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
        citizen,
        consultation,
    }
}

pub(super) async fn charter(app: &TestApp, who: &Person, consultation: &str) -> Value {
    app.post(
        &format!("/api/v1/consultations/{consultation}/documents"),
        Some(&who.token),
        &json!({
            "kind": "charter",
            "title": "กฎบัตรสิทธิเด็ก",
            "title_en": "Child-rights charter",
            "paragraphs": ["ข้อ 1 เด็กทุกคนมีสิทธิ", "ข้อ 2 **ทุกองค์กร**ร่วมกันคุ้มครอง"],
        }),
    )
    .await
    .expect(201)
}

pub(super) fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

pub(super) async fn publish(app: &TestApp, who: &Person, doc: &str) -> Value {
    app.post(
        &format!("/api/v1/documents/{doc}/publish"),
        Some(&who.token),
        &json!({}),
    )
    .await
    .expect(200)
}

async fn sign(
    app: &TestApp,
    who: &Person,
    doc: &str,
    version: &str,
    org: Uuid,
) -> sala_tests::Reply {
    app.post(
        &format!("/api/v1/documents/{doc}/versions/{version}/signatures"),
        Some(&who.token),
        &json!({ "organization_id": org }),
    )
    .await
}

async fn writers_draft_and_publish_with_a_stable_hash_and_the_public_sees_only_published(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    // A representative of an organisation answering for the consultation writes it.
    let created = charter(&app, &s.analyst, &s.consultation).await;
    let doc = id(&created);
    assert_eq!(created["kind"], "charter");
    assert_eq!(created["draft"]["number"], 1);
    assert!(created["current"].is_null());
    assert_eq!(created["viewer_may_write"], true);
    assert!(created["draft"]["paragraphs"][1]["html"]
        .as_str()
        .unwrap()
        .contains("<strong>"));

    // Before anything is published, the public sees nothing.
    app.get(&format!("/api/v1/documents/{doc}"), None)
        .await
        .expect_problem(404, "document_not_found");
    let listed = app
        .get(
            &format!("/api/v1/consultations/{}/documents", s.consultation),
            None,
        )
        .await
        .expect(200);
    assert_eq!(listed["items"].as_array().unwrap().len(), 0);
    assert_eq!(listed["viewer_may_write"], false);

    // The lab's administrator edits the draft; a script in it is never shown.
    let saved = app
        .put(
            &format!("/api/v1/documents/{doc}/draft"),
            Some(&s.admin.token),
            &json!({
                "title": "กฎบัตรสิทธิเด็ก",
                "title_en": "Child-rights charter",
                "paragraphs": ["ข้อ 1 เด็กทุกคนมีสิทธิ", "ข้อ 2 ร่วมกันคุ้มครอง <script>alert(1)</script>", "ข้อ 3 ทบทวนทุกปี"],
            }),
        )
        .await
        .expect(200);
    assert_eq!(saved["draft"]["paragraphs"].as_array().unwrap().len(), 3);
    assert!(!saved["draft"]["paragraphs"][1]["html"]
        .as_str()
        .unwrap()
        .contains("<script"));

    let first = publish(&app, &s.analyst, &doc).await;
    let v1 = first["current"].clone();
    let hash1 = v1["content_hash"].as_str().unwrap().to_owned();
    assert_eq!(hash1.len(), 64);
    assert!(v1["published_at"].is_string());
    assert!(first["draft"].is_null());
    // Published, it is frozen: there is no draft to edit or publish.
    app.put(
        &format!("/api/v1/documents/{doc}/draft"),
        Some(&s.analyst.token),
        &json!({"title": "เปลี่ยนแล้ว", "paragraphs": ["x"]}),
    )
    .await
    .expect_problem(409, "no_draft");
    app.post(
        &format!("/api/v1/documents/{doc}/publish"),
        Some(&s.analyst.token),
        &json!({}),
    )
    .await
    .expect_problem(409, "no_draft");

    // The public reads it now, with its hash, but no draft.
    let public = app
        .get(&format!("/api/v1/documents/{doc}"), None)
        .await
        .expect(200);
    assert_eq!(public["current"]["content_hash"], hash1.as_str());
    assert_eq!(public["viewer_may_write"], false);

    // A new draft starts from the published words; published unchanged, the hash is the same.
    let started = app
        .post(
            &format!("/api/v1/documents/{doc}/draft"),
            Some(&s.analyst.token),
            &json!({}),
        )
        .await
        .expect(201);
    assert_eq!(started["draft"]["number"], 2);
    assert_eq!(started["draft"]["paragraphs"].as_array().unwrap().len(), 3);
    // The draft is the writers' alone.
    let public = app
        .get(&format!("/api/v1/documents/{doc}"), Some(&s.citizen.token))
        .await
        .expect(200);
    assert!(public["draft"].is_null());
    assert_eq!(public["versions"].as_array().unwrap().len(), 1);
    let second = publish(&app, &s.analyst, &doc).await;
    assert_eq!(second["current"]["number"], 2);
    assert_eq!(second["current"]["content_hash"], hash1.as_str());

    // One word changed changes the hash.
    app.post(
        &format!("/api/v1/documents/{doc}/draft"),
        Some(&s.analyst.token),
        &json!({}),
    )
    .await
    .expect(201);
    app.put(
        &format!("/api/v1/documents/{doc}/draft"),
        Some(&s.analyst.token),
        &json!({
            "title": "กฎบัตรสิทธิเด็ก",
            "title_en": "Child-rights charter",
            "paragraphs": ["ข้อ 1 เด็กทุกคนมีสิทธิ", "ข้อ 2 ร่วมกันคุ้มครอง <script>alert(1)</script>", "ข้อ 3 ทบทวนทุกสองปี"],
        }),
    )
    .await
    .expect(200);
    let third = publish(&app, &s.analyst, &doc).await;
    assert_ne!(third["current"]["content_hash"], hash1.as_str());
    let versions = third["versions"].as_array().unwrap();
    assert_eq!(
        versions
            .iter()
            .map(|v| v["number"].clone())
            .collect::<Vec<_>>(),
        vec![json!(3), json!(2), json!(1)]
    );

    let listed = app
        .get(
            &format!("/api/v1/consultations/{}/documents", s.consultation),
            None,
        )
        .await
        .expect(200);
    assert_eq!(listed["items"][0]["current_version"], 3);
    assert_eq!(listed["items"][0]["title_en"], "Child-rights charter");

    // Every step is in the audit log under its own action.
    let audit = app
        .get(
            "/api/v1/admin/audit-log?limit=100&target_type=document",
            Some(&s.admin.token),
        )
        .await
        .expect(200);
    let actions: Vec<&str> = audit["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    for action in [
        "document.created",
        "document.draft_saved",
        "document.version_published",
    ] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

async fn representatives_sign_the_current_version_once_for_their_organisation(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let rep = app.operator_creates("rep@example.org", Role::Citizen).await;
    let leaver = app
        .operator_creates("leaver@example.org", Role::Citizen)
        .await;
    let plain = app
        .operator_creates("member@example.org", Role::Citizen)
        .await;
    let cso = app
        .organization(
            "child-rights-network",
            "cso",
            &[
                (&rep, "owner"),
                (&leaver, "representative"),
                (&plain, "member"),
            ],
        )
        .await;
    let youth = app
        .organization(
            "youth-council",
            "youth_group",
            &[(&leaver, "representative")],
        )
        .await;

    let doc = id(&charter(&app, &s.analyst, &s.consultation).await);
    let draft = app
        .get(&format!("/api/v1/documents/{doc}"), Some(&s.analyst.token))
        .await
        .expect(200)["draft"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    // A draft cannot be signed.
    sign(&app, &rep, &doc, &draft, cso)
        .await
        .expect_problem(409, "version_not_signable");

    let v1 = publish(&app, &s.analyst, &doc).await["current"].clone();
    let v1_id = id(&v1);
    // The representative sees which organisations they may sign for.
    let seen = app
        .get(&format!("/api/v1/documents/{doc}"), Some(&rep.token))
        .await
        .expect(200);
    assert_eq!(
        seen["viewer_may_sign_for"][0]["organization_id"],
        cso.to_string()
    );

    let signed = sign(&app, &rep, &doc, &v1_id, cso).await.expect(201);
    assert_eq!(signed["organization_name"], "องค์กร child-rights-network");
    assert_eq!(signed["content_hash"], v1["content_hash"]);
    // Once per organisation, whoever signs.
    sign(&app, &rep, &doc, &v1_id, cso)
        .await
        .expect_problem(409, "already_signed");
    sign(&app, &leaver, &doc, &v1_id, cso)
        .await
        .expect_problem(409, "already_signed");
    // A plain member, a citizen with no organisation, and someone naming another's
    // organisation are refused.
    sign(&app, &plain, &doc, &v1_id, cso)
        .await
        .expect_problem(403, "forbidden");
    sign(&app, &s.citizen, &doc, &v1_id, cso)
        .await
        .expect_problem(403, "forbidden");
    sign(&app, &rep, &doc, &v1_id, youth)
        .await
        .expect_problem(403, "forbidden");

    // A representative who left can no longer sign for it.
    app.delete(
        "/api/v1/organizations/youth-council/membership",
        Some(&leaver.token),
    )
    .await
    .expect(204);
    sign(&app, &leaver, &doc, &v1_id, youth)
        .await
        .expect_problem(403, "forbidden");

    // The public page lists who signed.
    let public = app
        .get(&format!("/api/v1/documents/{doc}"), None)
        .await
        .expect(200);
    let sigs = public["current"]["signatures"].as_array().unwrap();
    assert_eq!(sigs.len(), 1);
    assert_eq!(sigs[0]["organization_name"], "องค์กร child-rights-network");
    assert_eq!(sigs[0]["signer_name"], "Operator-made");
    assert!(sigs[0]["signed_at"].is_string());
    assert_eq!(public["viewer_may_sign_for"].as_array().unwrap().len(), 0);

    // A new version starts unsigned; the old one keeps its signature and cannot be signed.
    app.post(
        &format!("/api/v1/documents/{doc}/draft"),
        Some(&s.analyst.token),
        &json!({}),
    )
    .await
    .expect(201);
    let v2 = publish(&app, &s.analyst, &doc).await;
    assert_eq!(v2["current"]["signatures"].as_array().unwrap().len(), 0);
    assert_eq!(v2["versions"][1]["signatures"].as_array().unwrap().len(), 1);
    let hopeful = app
        .operator_creates("late@example.org", Role::Citizen)
        .await;
    let late = app
        .organization("late-signers", "cso", &[(&hopeful, "representative")])
        .await;
    sign(&app, &hopeful, &doc, &v1_id, late)
        .await
        .expect_problem(409, "version_not_signable");
    // The representative signs again, the new version.
    let v2_id = id(&v2["current"]);
    sign(&app, &rep, &doc, &v2_id, cso).await.expect(201);

    let audit = app
        .get(
            "/api/v1/admin/audit-log?limit=100&action=document.signed",
            Some(&s.admin.token),
        )
        .await
        .expect(200);
    assert_eq!(audit["items"].as_array().unwrap().len(), 2);

    // A signer who deletes their account leaves the organisation's signature, unnamed.
    sign(&app, &hopeful, &doc, &v2_id, late).await.expect(201);
    app.call(
        reqwest::Method::DELETE,
        "/api/v1/me",
        Some(&hopeful.token),
        Some(&json!({ "password": sala_tests::PASSWORD })),
    )
    .await
    .expect(204);
    let public = app
        .get(&format!("/api/v1/documents/{doc}"), None)
        .await
        .expect(200);
    let kept = public["current"]["signatures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["organization_id"] == late.to_string().as_str())
        .cloned()
        .expect("the signature stays");
    assert!(kept["signer_name"].is_null(), "{kept}");
}

async fn bad_requests_are_refused_with_their_codes(backend: Backend) {
    let app = spawn_app(backend).await;
    let s = scene(&app).await;
    let path = format!("/api/v1/consultations/{}/documents", s.consultation);
    // Only writers start documents, and only they learn the rules.
    app.post(
        &path,
        Some(&s.citizen.token),
        &json!({"kind": "charter", "title": "x"}),
    )
    .await
    .expect_problem(403, "forbidden");
    let refused = app
        .post(
            &path,
            Some(&s.analyst.token),
            &json!({"kind": "charter", "title": "x", "paragraphs": [""]}),
        )
        .await
        .expect_problem(422, "validation_failed");
    let fields: Vec<&str> = refused["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert!(
        fields.contains(&"title") && fields.contains(&"paragraphs[0]"),
        "{fields:?}"
    );
    app.post(
        &path,
        Some(&s.analyst.token),
        &json!({"kind": "manifesto", "title": "กฎบัตร"}),
    )
    .await
    .expect_problem(422, "validation_failed");

    // An empty draft cannot be published; a draft exists already.
    let empty = app
        .post(
            &path,
            Some(&s.analyst.token),
            &json!({"kind": "strategy", "title": "ยุทธศาสตร์ยุติธรรมจังหวัด"}),
        )
        .await
        .expect(201);
    let doc = id(&empty);
    app.post(
        &format!("/api/v1/documents/{doc}/publish"),
        Some(&s.analyst.token),
        &json!({}),
    )
    .await
    .expect_problem(422, "validation_failed");
    app.post(
        &format!("/api/v1/documents/{doc}/draft"),
        Some(&s.analyst.token),
        &json!({}),
    )
    .await
    .expect_problem(409, "draft_exists");
    // A citizen cannot edit or publish.
    app.put(
        &format!("/api/v1/documents/{doc}/draft"),
        Some(&s.citizen.token),
        &json!({"title": "กฎบัตร", "paragraphs": ["ข้อ 1"]}),
    )
    .await
    .expect_problem(403, "forbidden");

    let unknown = Uuid::now_v7();
    app.get(&format!("/api/v1/documents/{unknown}"), None)
        .await
        .expect_problem(404, "document_not_found");
    app.put(
        &format!("/api/v1/documents/{doc}/draft"),
        Some(&s.analyst.token),
        &json!({"title": "ยุทธศาสตร์", "paragraphs": ["ข้อ 1"]}),
    )
    .await
    .expect(200);
    let published = publish(&app, &s.analyst, &doc).await;
    let rep_org = app
        .organization("justice-network", "cso", &[(&s.citizen, "representative")])
        .await;
    sign(&app, &s.citizen, &doc, &unknown.to_string(), rep_org)
        .await
        .expect_problem(404, "document_version_not_found");
    assert!(published["current"]["id"].is_string());

    // The documents of a draft consultation do not exist for the public.
    let hidden = app.consultation(&s.admin, "draft").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let hidden_doc = id(&charter(&app, &s.admin, &hidden).await);
    publish(&app, &s.admin, &hidden_doc).await;
    app.get(&format!("/api/v1/documents/{hidden_doc}"), None)
        .await
        .expect_problem(404, "document_not_found");
    app.get(&format!("/api/v1/consultations/{hidden}/documents"), None)
        .await
        .expect_problem(404, "consultation_not_found");
}
