//! Who may do what: every moderation and administration route against every role, global and
//! scoped. A refusal is always an explicit 401 or 403 that changes nothing, and the proposal
//! page says in advance who may act on it.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use serde_json::{json, Value};

on_both_databases!(every_moderation_and_admin_route_answers_each_role_as_its_rights_say);

const ROLES: [&str; 8] = [
    "anonymous",
    "citizen",
    "moderator (global)",
    "moderator (this consultation)",
    "moderator (another consultation)",
    "valuator",
    "agency",
    "admin",
];

/// The expected status for each role, in the order of `ROLES`.
const MATRIX: [(&str, [u16; 8]); 14] = [
    ("GET queue", [401, 403, 200, 200, 200, 403, 403, 200]),
    (
        "GET queue of this consultation",
        [401, 403, 200, 200, 403, 403, 403, 200],
    ),
    (
        "POST action: hide a proposal here",
        [401, 403, 201, 201, 403, 403, 403, 201],
    ),
    (
        "POST action: hide a comment here",
        [401, 403, 201, 201, 403, 403, 403, 201],
    ),
    (
        "POST action: suspend an account",
        [401, 403, 201, 403, 403, 403, 403, 201],
    ),
    ("GET anomalies", [401, 403, 200, 200, 200, 403, 403, 200]),
    (
        "GET anomalies of this consultation",
        [401, 403, 200, 200, 403, 403, 403, 200],
    ),
    (
        "GET public moderation log",
        [200, 200, 200, 200, 200, 200, 200, 200],
    ),
    ("POST flag", [401, 201, 201, 201, 201, 201, 201, 201]),
    ("GET audit log", [401, 403, 403, 403, 403, 403, 403, 200]),
    (
        "PUT a user's role",
        [401, 403, 403, 403, 403, 403, 403, 200],
    ),
    ("GET moderators", [401, 403, 403, 403, 403, 403, 403, 200]),
    (
        "POST consultation moderator",
        [401, 403, 403, 403, 403, 403, 403, 201],
    ),
    (
        "DELETE consultation moderator",
        [401, 403, 403, 403, 403, 403, 403, 204],
    ),
];

/// What each role's requests act on: fresh items per role, so one role's success cannot
/// turn another's request into a conflict.
struct Fixtures {
    here: String,
    proposals_to_hide: Vec<String>,
    proposals_to_flag: Vec<String>,
    comments_to_hide: Vec<String>,
    accounts_to_suspend: Vec<Person>,
    accounts_to_promote: Vec<Person>,
    accounts_to_assign: Vec<Person>,
    accounts_to_unassign: Vec<Person>,
}

async fn people(app: &TestApp) -> (Vec<Option<Person>>, String, Person, Person) {
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let here = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let elsewhere = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let citizen = app
        .operator_creates("citizen@example.org", Role::Citizen)
        .await;
    let global = app
        .operator_creates("global@example.org", Role::Moderator)
        .await;
    let scoped_here = app
        .operator_creates("here@example.org", Role::Citizen)
        .await;
    let scoped_elsewhere = app
        .operator_creates("elsewhere@example.org", Role::Citizen)
        .await;
    for (who, consultation) in [(&scoped_here, &here), (&scoped_elsewhere, &elsewhere)] {
        app.post(
            &format!("/api/v1/admin/consultations/{consultation}/moderators"),
            Some(&admin.token),
            &json!({ "user_id": who.id }),
        )
        .await
        .expect(201);
    }
    let valuator = app
        .operator_creates("valuator@example.org", Role::Valuator)
        .await;
    let agency = app
        .operator_creates("agency@example.org", Role::Agency)
        .await;
    let author = app
        .operator_creates("author@example.org", Role::Citizen)
        .await;
    (
        vec![
            None,
            Some(citizen),
            Some(global),
            Some(scoped_here),
            Some(scoped_elsewhere),
            Some(valuator),
            Some(agency),
            Some(admin.clone()),
        ],
        here,
        admin,
        author,
    )
}

async fn fixtures(app: &TestApp, here: &str, admin: &Person, author: &Person) -> Fixtures {
    let mut proposals = Vec::new();
    for i in 0..(2 * ROLES.len() + 1) {
        proposals.push(
            app.proposal(author, here, &format!("ข้อเสนอทดสอบสิทธิ์ที่ {i}"))
                .await["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    let discussed = proposals.pop().unwrap();
    let mut comments = Vec::new();
    for i in 0..ROLES.len() {
        comments.push(
            app.post(
                &format!("/api/v1/proposals/{discussed}/comments"),
                Some(&author.token),
                &json!({ "body": format!("ความเห็นทดสอบสิทธิ์ที่ {i}") }),
            )
            .await
            .expect(201)["id"]
                .as_str()
                .unwrap()
                .to_owned(),
        );
    }
    let mut accounts = app.many_citizens(4 * ROLES.len()).await;
    let to_unassign = accounts.split_off(3 * ROLES.len());
    for who in &to_unassign {
        app.post(
            &format!("/api/v1/admin/consultations/{here}/moderators"),
            Some(&admin.token),
            &json!({ "user_id": who.id }),
        )
        .await
        .expect(201);
    }
    let to_assign = accounts.split_off(2 * ROLES.len());
    let to_promote = accounts.split_off(ROLES.len());
    let to_flag = proposals.split_off(ROLES.len());
    Fixtures {
        here: here.to_owned(),
        proposals_to_hide: proposals,
        proposals_to_flag: to_flag,
        comments_to_hide: comments,
        accounts_to_suspend: accounts,
        accounts_to_promote: to_promote,
        accounts_to_assign: to_assign,
        accounts_to_unassign: to_unassign,
    }
}

fn hide(kind: &str, id: &str) -> Value {
    json!({"action": "hide", "target_type": kind, "target_id": id, "reason": "ทดสอบสิทธิ์"})
}

async fn request(
    app: &TestApp,
    f: &Fixtures,
    route: usize,
    role: usize,
    token: Option<&str>,
) -> u16 {
    let here = &f.here;
    let until = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let reply = match route {
        0 => app.get("/api/v1/moderation/queue", token).await,
        1 => {
            app.get(
                &format!("/api/v1/moderation/queue?consultation={here}"),
                token,
            )
            .await
        }
        2 => {
            app.post(
                "/api/v1/moderation/actions",
                token,
                &hide("proposal", &f.proposals_to_hide[role]),
            )
            .await
        }
        3 => {
            app.post(
                "/api/v1/moderation/actions",
                token,
                &hide("comment", &f.comments_to_hide[role]),
            )
            .await
        }
        4 => {
            app.post(
                "/api/v1/moderation/actions",
                token,
                &json!({"action": "suspend", "target_type": "user",
                        "target_id": f.accounts_to_suspend[role].id, "until": until,
                        "reason": "ทดสอบสิทธิ์"}),
            )
            .await
        }
        5 => app.get("/api/v1/moderation/anomalies", token).await,
        6 => {
            app.get(
                &format!("/api/v1/moderation/anomalies?consultation={here}"),
                token,
            )
            .await
        }
        7 => app.get("/api/v1/moderation/log", token).await,
        8 => {
            app.post(
                "/api/v1/flags",
                token,
                &json!({"target_type": "proposal", "target_id": f.proposals_to_flag[role],
                        "reason": "off_topic"}),
            )
            .await
        }
        9 => app.get("/api/v1/admin/audit-log", token).await,
        10 => {
            app.put(
                &format!(
                    "/api/v1/admin/users/{}/role",
                    f.accounts_to_promote[role].id
                ),
                token,
                &json!({ "role": "moderator" }),
            )
            .await
        }
        11 => app.get("/api/v1/admin/moderators", token).await,
        12 => {
            app.post(
                &format!("/api/v1/admin/consultations/{here}/moderators"),
                token,
                &json!({ "user_id": f.accounts_to_assign[role].id }),
            )
            .await
        }
        13 => {
            app.delete(
                &format!(
                    "/api/v1/admin/consultations/{here}/moderators/{}",
                    f.accounts_to_unassign[role].id
                ),
                token,
            )
            .await
        }
        _ => unreachable!("no route {route}"),
    };
    if !reply.status.is_success() {
        assert_eq!(
            reply.content_type, "application/problem+json",
            "{}",
            reply.body
        );
    }
    reply.status.as_u16()
}

async fn audit_count(app: &TestApp, admin: &Person) -> usize {
    let mut n = 0;
    let mut query = "limit=100".to_owned();
    loop {
        let page = app
            .get(
                &format!("/api/v1/admin/audit-log?{query}"),
                Some(&admin.token),
            )
            .await
            .expect(200);
        n += page["items"].as_array().unwrap().len();
        match page["next_cursor"].as_str() {
            Some(c) => query = format!("limit=100&cursor={c}"),
            None => return n,
        }
    }
}

async fn every_moderation_and_admin_route_answers_each_role_as_its_rights_say(backend: Backend) {
    let app = spawn_app(backend).await;
    let (roles, here, admin, author) = people(&app).await;
    let f = fixtures(&app, &here, &admin, &author).await;
    let audit_before = audit_count(&app, &admin).await;
    let mut mismatches = Vec::new();
    let mut audited_successes = 0;
    for (route, (name, expected)) in MATRIX.iter().enumerate() {
        for (role, person) in roles.iter().enumerate() {
            let token = person.as_ref().map(|p| p.token.as_str());
            let status = request(&app, &f, route, role, token).await;
            if status != expected[role] {
                mismatches.push(format!(
                    "{name} as {}: {status}, expected {}",
                    ROLES[role], expected[role]
                ));
            }
            let writes = matches!(route, 2 | 3 | 4 | 10 | 12 | 13);
            // A flag from someone who moderates the consultation weighs enough to hide the
            // proposal pending review, and that automatic hide is audited.
            let hides = route == 8
                && matches!(
                    ROLES[role],
                    "moderator (global)" | "moderator (this consultation)" | "admin"
                );
            if (writes || hides) && (200..300).contains(&status) {
                audited_successes += 1;
            }
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
    assert_eq!(
        audit_count(&app, &admin).await,
        audit_before + audited_successes,
        "each allowed decision is audited once, each refused one not at all"
    );
    // The refused decisions left their targets as they were.
    let listed = app
        .get(
            &format!("/api/v1/consultations/{here}/proposals?limit=100"),
            None,
        )
        .await
        .expect(200);
    let listed: Vec<&str> = listed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    for (role, proposal) in f.proposals_to_hide.iter().enumerate() {
        let should_be_hidden = MATRIX[2].1[role] == 201;
        assert_eq!(
            !listed.contains(&proposal.as_str()),
            should_be_hidden,
            "as {}",
            ROLES[role]
        );
    }
    // The proposal page tells each signed-in role exactly whether its decisions would be taken.
    let page = format!("/api/v1/proposals/{}", f.proposals_to_flag[0]);
    for (role, person) in roles.iter().enumerate() {
        let token = person.as_ref().map(|p| p.token.as_str());
        let seen = app.get(&page, token).await.expect(200)["viewer_moderates"].clone();
        let expected = match person {
            None => Value::Null,
            Some(_) => json!(MATRIX[2].1[role] == 201),
        };
        assert_eq!(seen, expected, "viewer_moderates as {}", ROLES[role]);
    }
}
