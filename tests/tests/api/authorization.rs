//! Who may do what: every moderation and administration route against every role, global and
//! scoped. A refusal is always an explicit 401 or 403 that changes nothing but the audit log,
//! which keeps each signed-in account's refused attempt (within a bound), and the proposal
//! page says in advance who may act on it.

use sala::domain::accounts::Role;
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend, Person, TestApp};
use serde_json::{json, Value};

on_both_databases!(
    every_moderation_and_admin_route_answers_each_role_as_its_rights_say,
    refused_attempts_are_audited_with_their_reason_up_to_a_bound,
);

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

/// The audit rows matching `filter` (`action=access.denied`, say), newest first.
async fn audit_rows(app: &TestApp, admin: &Person, filter: &str) -> Vec<Value> {
    let mut rows = Vec::new();
    let mut query = format!("{filter}&limit=100");
    loop {
        let page = app
            .get(
                &format!("/api/v1/admin/audit-log?{query}"),
                Some(&admin.token),
            )
            .await
            .expect(200);
        rows.extend(page["items"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => query = format!("{filter}&limit=100&cursor={c}"),
            None => return rows,
        }
    }
}

/// Decision rows and refused-attempt rows, counted apart.
async fn audit_counts(app: &TestApp, admin: &Person) -> (usize, usize) {
    let all = audit_rows(app, admin, "").await;
    let denied = all
        .iter()
        .filter(|r| r["action"] == "access.denied")
        .count();
    (all.len() - denied, denied)
}

async fn every_moderation_and_admin_route_answers_each_role_as_its_rights_say(backend: Backend) {
    let app = spawn_app(backend).await;
    let (roles, here, admin, author) = people(&app).await;
    let f = fixtures(&app, &here, &admin, &author).await;
    let (decisions_before, denied_before) = audit_counts(&app, &admin).await;
    let mut mismatches = Vec::new();
    let mut audited_successes = 0;
    let mut audited_refusals = 0;
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
            // Every route here but the public log and flagging needs a privilege; a signed-in
            // account refused one is audited, an anonymous caller is not.
            if status == 403 && !matches!(route, 7 | 8) {
                audited_refusals += 1;
            }
        }
    }
    assert!(mismatches.is_empty(), "{mismatches:#?}");
    assert!(audited_refusals > 40, "{audited_refusals} refusals");
    assert_eq!(
        audit_counts(&app, &admin).await,
        (
            decisions_before + audited_successes,
            denied_before + audited_refusals
        ),
        "each allowed decision is audited once as a decision, each refused one once as a \
         refusal and never as a decision"
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

/// What the audit log shows of one refused attempt: `(actor, reason, method, route, requires)`.
fn refusal(row: &Value) -> (String, String, String, String, String) {
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    (
        text(&row["actor"]["id"]),
        text(&row["reason"]),
        text(&row["after"]["method"]),
        text(&row["after"]["route"]),
        text(&row["after"]["requires"]),
    )
}

async fn refused_attempts_are_audited_with_their_reason_up_to_a_bound(backend: Backend) {
    let app = spawn_app_with(
        backend,
        &[
            ("SALA_RATE_LIMIT_DENIED_ATTEMPTS", "account=3,address=1000"),
            ("SALA_NEW_ACCOUNT_LIMIT_PERCENT", "100"),
        ],
    )
    .await;
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
    let scoped = app
        .operator_creates("scoped@example.org", Role::Citizen)
        .await;
    app.post(
        &format!("/api/v1/admin/consultations/{elsewhere}/moderators"),
        Some(&admin.token),
        &json!({ "user_id": scoped.id }),
    )
    .await
    .expect(201);
    app.post(
        "/api/v1/auth/register",
        None,
        &json!({"email": "unverified@example.org", "password": sala_tests::PASSWORD,
                "display_name": "ยังไม่ยืนยัน", "consent": sala_tests::consent()}),
    )
    .await
    .expect(201);
    let unverified = app.sign_in("unverified@example.org").await;

    // Anonymous refusals leave nothing; five by one citizen leave the bound's three, all
    // refused alike.
    for _ in 0..3 {
        app.get("/api/v1/admin/audit-log", None)
            .await
            .expect_problem(401, "unauthenticated");
    }
    for _ in 0..5 {
        app.put(
            &format!("/api/v1/admin/users/{}/role", citizen.id),
            Some(&citizen.token),
            &json!({ "role": "admin" }),
        )
        .await
        .expect_problem(403, "forbidden");
    }
    app.get("/api/v1/moderation/queue", Some(&unverified.token))
        .await
        .expect_problem(403, "forbidden");
    app.get(
        &format!("/api/v1/moderation/queue?consultation={here}"),
        Some(&scoped.token),
    )
    .await
    .expect_problem(403, "forbidden");

    let rows = audit_rows(&app, &admin, "action=access.denied").await;
    let mut seen: Vec<_> = rows.iter().map(refusal).collect();
    seen.sort();
    let role_change = |who: &Person| {
        (
            who.id.to_string(),
            "role_required".to_owned(),
            "PUT".to_owned(),
            "/api/v1/admin/users/{id}/role".to_owned(),
            "admin".to_owned(),
        )
    };
    let mut expected = vec![
        role_change(&citizen),
        role_change(&citizen),
        role_change(&citizen),
        (
            unverified.id.to_string(),
            "email_unverified".to_owned(),
            "GET".to_owned(),
            "/api/v1/moderation/queue".to_owned(),
            "moderator".to_owned(),
        ),
        (
            scoped.id.to_string(),
            "outside_scope".to_owned(),
            "GET".to_owned(),
            "/api/v1/moderation/queue".to_owned(),
            "moderator".to_owned(),
        ),
    ];
    expected.sort();
    assert_eq!(seen, expected);
    assert!(
        rows.iter().all(|r| r["target_type"] == "route"),
        "{rows:#?}"
    );
    // The citizen's role did not change.
    let found = app
        .get(
            "/api/v1/admin/users?email=citizen@example.org",
            Some(&admin.token),
        )
        .await
        .expect(200);
    assert_eq!(found["role"], "citizen", "{found}");
}
