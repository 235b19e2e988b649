//! An organisation always keeps an owner: its last owner cannot delete their account (the
//! refusal names the organisations and changes nothing) until another member owns it.

use reqwest::Method;
use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp, PASSWORD};
use serde_json::{json, Value};

on_both_databases!(the_last_owner_of_an_organisation_cannot_delete_their_account);

async fn delete_me(app: &TestApp, person: &Person) -> sala_tests::Reply {
    app.call(
        Method::DELETE,
        "/api/v1/me",
        Some(&person.token),
        Some(&json!({"password": PASSWORD})),
    )
    .await
}

async fn member_count(app: &TestApp, slug: &str) -> Value {
    app.get(&format!("/api/v1/organizations/{slug}"), None)
        .await
        .expect(200)["member_count"]
        .clone()
}

async fn the_last_owner_of_an_organisation_cannot_delete_their_account(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let alice = app.sign_up("alice@example.org").await;
    let bob = app.sign_up("bob@example.org").await;
    let carol = app.sign_up("carol@example.org").await;
    app.organization("shared", "cso", &[(&alice, "owner"), (&bob, "member")])
        .await;
    app.organization("solo", "cso", &[(&alice, "owner")]).await;
    app.organization("co-owned", "cso", &[(&alice, "owner"), (&carol, "owner")])
        .await;

    // Last owner of an organisation with other members, and of one she alone belongs to.
    let refused = delete_me(&app, &alice)
        .await
        .expect_problem(409, "last_owner");
    let detail = refused["detail"].as_str().expect("detail");
    assert!(detail.contains("องค์กร shared"), "{detail}");
    assert!(detail.contains("องค์กร solo"), "{detail}");
    assert!(
        !detail.contains("co-owned"),
        "another owner remains: {detail}"
    );
    let me = app.get("/api/v1/me", Some(&alice.token)).await.expect(200);
    assert_eq!(me["email"], "alice@example.org", "nothing was deleted");
    assert_eq!(member_count(&app, "shared").await, 2);
    assert_eq!(member_count(&app, "solo").await, 1);

    // Once another member owns the first, only the second is named.
    app.put(
        &format!("/api/v1/organizations/shared/members/{}/role", bob.id),
        Some(&alice.token),
        &json!({"role": "owner"}),
    )
    .await
    .expect(200);
    let refused = delete_me(&app, &alice)
        .await
        .expect_problem(409, "last_owner");
    let detail = refused["detail"].as_str().expect("detail");
    assert!(!detail.contains("องค์กร shared"), "{detail}");
    assert!(detail.contains("องค์กร solo"), "{detail}");

    // A co-owner goes; the organisation keeps its other owner.
    delete_me(&app, &carol).await.expect(204);
    let members = app
        .get("/api/v1/organizations/co-owned/members", Some(&admin.token))
        .await
        .expect(200);
    assert_eq!(members["member_count"], 1, "{members}");
    assert_eq!(member_count(&app, "co-owned").await, 1);
}
