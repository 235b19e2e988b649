//! Personal data: exports that cannot be joined to public authorship or across readers; a
//! person's own export that holds everything kept about them; an erasure that leaves
//! nothing of theirs behind; breakdowns that differencing cannot open.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;
use sala::domain::accounts::Role;
use sala::domain::agency::pseudonyms::PseudonymKey;
use sala::opinion_groups::{worker, WarmStarts};
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend, Person, TestApp};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{json, Value};

on_both_databases!(
    exported_voter_ids_join_neither_public_authors_nor_another_readers_ids,
    the_personal_export_holds_old_revisions_vote_networks_flags_and_sessions,
    an_erased_account_leaves_no_personal_data_in_any_table,
    the_audit_log_refuses_rewrites_and_only_lets_a_person_be_blanked,
    a_breakdown_read_before_and_after_one_vote_does_not_reveal_it,
);

fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

/// One export as NDJSON rows, read with `token` (a person's access token or an API key).
async fn export_rows(app: &TestApp, token: &str, consultation: &str, what: &str) -> Vec<Value> {
    let reply = app
        .get(
            &format!(
                "/api/v1/agency/consultations/{consultation}/export?what={what}&format=ndjson"
            ),
            Some(token),
        )
        .await;
    assert_eq!(reply.status.as_u16(), 200, "{}", reply.body);
    let text = match reply.body {
        Value::String(text) => text,
        Value::Null => String::new(),
        one_line => one_line.to_string(),
    };
    text.lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect()
}

fn participants(rows: &[Value]) -> HashSet<String> {
    rows.iter()
        .map(|row| row["participant"].as_str().expect("participant").to_owned())
        .collect()
}

/// Every string anywhere in a JSON value (keys' values, nested arrays and objects).
fn strings(value: &Value, out: &mut HashSet<String>) {
    match value {
        Value::String(s) => {
            out.insert(s.clone());
        }
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

async fn api_key(app: &TestApp, owner: &Person, consultation: &str, name: &str) -> String {
    let created = app
        .post(
            "/api/v1/agency/api-keys",
            Some(&owner.token),
            &json!({"name": name, "consultation_ids": [consultation]}),
        )
        .await
        .expect(201);
    created["secret"].as_str().expect("secret").to_owned()
}

/// The attack: take the votes export, the proposals and comments exports and the public
/// proposal and comment pages, and join on any value they share. Authors also vote, so if
/// authorship carried the voter pseudonym, their votes would be re-identified.
async fn exported_voter_ids_join_neither_public_authors_nor_another_readers_ids(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let cid = id(&app.consultation(&admin, "ideation").await);
    app.responsible_agency(&admin, &cid, &agent).await;
    let people = app.many_citizens(6).await;
    let mut proposals = Vec::new();
    for (i, author) in people[..3].iter().enumerate() {
        proposals.push(id(&app
            .proposal(author, &cid, &format!("ข้อเสนอที่ {i}"))
            .await));
    }
    for commenter in &people[3..] {
        app.post(
            &format!("/api/v1/proposals/{}/comments", proposals[0]),
            Some(&commenter.token),
            &json!({"body": "เห็นด้วยกับข้อเสนอนี้", "stance": "for"}),
        )
        .await
        .expect(201);
    }
    for (i, voter) in people.iter().enumerate() {
        for proposal in &proposals {
            let value = if i % 2 == 0 { "agree" } else { "disagree" };
            app.put(
                &format!("/api/v1/proposals/{proposal}/vote"),
                Some(&voter.token),
                &json!({ "value": value }),
            )
            .await
            .expect(200);
        }
    }
    app.put(
        &format!("/api/v1/consultations/{cid}/feedback"),
        Some(&people[0].token),
        &json!({"usefulness": 5, "understanding": 4, "satisfaction": 4}),
    )
    .await
    .expect(200);
    let key_a = api_key(&app, &agent, &cid, "dashboard").await;
    let key_b = api_key(&app, &agent, &cid, "research partner").await;

    let votes_a = export_rows(&app, &key_a, &cid, "votes").await;
    let voters_a = participants(&votes_a);
    assert_eq!(voters_a.len(), 6, "{votes_a:?}");

    // Everything an attacker can join the votes with: the other exports and public pages.
    let mut joinable = HashSet::new();
    for what in ["proposals", "comments"] {
        for row in export_rows(&app, &key_a, &cid, what).await {
            strings(&row, &mut joinable);
        }
    }
    let listed = app
        .get(&format!("/api/v1/consultations/{cid}/proposals"), None)
        .await
        .expect(200);
    strings(&listed, &mut joinable);
    for proposal in &proposals {
        strings(
            &app.get(&format!("/api/v1/proposals/{proposal}"), None)
                .await
                .expect(200),
            &mut joinable,
        );
        strings(
            &app.get(&format!("/api/v1/proposals/{proposal}/comments"), None)
                .await
                .expect(200),
            &mut joinable,
        );
    }
    let linked: Vec<&String> = voters_a.intersection(&joinable).collect();
    assert!(
        linked.is_empty(),
        "voter pseudonyms joinable to authorship: {linked:?}"
    );

    // Within one reader, the feedback export still joins to the votes export.
    let raters_a = participants(&export_rows(&app, &key_a, &cid, "feedback").await);
    assert_eq!(raters_a.len(), 1);
    assert!(raters_a.is_subset(&voters_a));

    // Another key, and the member reading directly, see unrelated ids for the same people.
    let voters_b = participants(&export_rows(&app, &key_b, &cid, "votes").await);
    let voters_member = participants(&export_rows(&app, &agent.token, &cid, "votes").await);
    assert_eq!(voters_b.len(), 6);
    assert_eq!(voters_member.len(), 6);
    assert!(voters_a.is_disjoint(&voters_b), "{voters_a:?} {voters_b:?}");
    assert!(voters_a.is_disjoint(&voters_member));
    assert!(voters_b.is_disjoint(&voters_member));
    let raters_b = participants(&export_rows(&app, &key_b, &cid, "feedback").await);
    assert!(raters_b.is_subset(&voters_b) && raters_a.is_disjoint(&raters_b));

    // The opinion-groups scatter joins to the votes export of the same reader only.
    let pseudonyms = PseudonymKey::new(&sala::auth::jwt_secret(&app.settings).expect("secret"))
        .expect("pseudonym key");
    let warm = Arc::new(WarmStarts::default());
    worker::run_once(&app.db, &pseudonyms, &warm, Duration::ZERO)
        .await
        .expect("opinion groups computed");
    for (key, voters, others) in [
        (&key_a, &voters_a, &voters_b),
        (&key_b, &voters_b, &voters_a),
    ] {
        let groups = app
            .get(
                &format!("/api/v1/agency/consultations/{cid}/opinion-groups"),
                Some(key),
            )
            .await
            .expect(200);
        let plotted: HashSet<String> = groups["participants"]
            .as_array()
            .expect("participants")
            .iter()
            .map(|p| p["id"].as_str().expect("id").to_owned())
            .collect();
        assert_eq!(plotted.len(), 6, "{groups}");
        assert!(plotted.is_subset(voters), "{plotted:?} {voters:?}");
        assert!(plotted.is_disjoint(others));
    }
}

/// Where a person's votes come from, as a trusted proxy reports it.
const VOTER_ADDRESS: &str = "203.0.113.77";
const VOTER_NETWORK: &str = "203.0.113.0/24";
const FLAG_NOTE: &str = "บันทึกส่วนตัวของผู้แจ้ง สมชาย 081-234-5678";
const FIRST_TITLES: [&str; 2] = ["ร่างแรกของสมชาย", "ร่างที่สองของสมชาย"];

struct Scene {
    app: TestApp,
    person: Person,
    neighbour: Person,
    display_name: String,
}

/// A person who writes a proposal and edits it twice, votes from a known network, comments
/// on a neighbour's proposal (who is notified), flags with a note and follows.
async fn scene(backend: Backend) -> Scene {
    let app = spawn_app_with(backend, &[("SALA_TRUSTED_PROXIES", "127.0.0.1/32")]).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let cid = id(&app.consultation(&admin, "ideation").await);
    let person = app.sign_up("somchai@example.org").await;
    let neighbour = app.sign_up("neighbour@example.org").await;
    let me = app.get("/api/v1/me", Some(&person.token)).await.expect(200);
    let display_name = me["display_name"].as_str().expect("name").to_owned();

    let own = app
        .post(
            &format!("/api/v1/consultations/{cid}/proposals"),
            Some(&person.token),
            &json!({"title": FIRST_TITLES[0], "body": "รายละเอียดร่างแรกที่ยาวพอสมควร"}),
        )
        .await
        .expect(201);
    let own = id(&own);
    for title in [FIRST_TITLES[1], "ฉบับสุดท้ายของข้อเสนอ"]
    {
        app.patch(
            &format!("/api/v1/proposals/{own}"),
            Some(&person.token),
            &json!({ "title": title }),
        )
        .await
        .expect(200);
    }
    let theirs = id(&app.proposal(&neighbour, &cid, "ข้อเสนอของเพื่อนบ้าน").await);
    for proposal in [&own, &theirs] {
        let voted = app
            .call_with_headers(
                Method::PUT,
                &format!("/api/v1/proposals/{proposal}/vote"),
                Some(&person.token),
                Some(&json!({"value": "agree"})),
                &[("X-Forwarded-For", VOTER_ADDRESS)],
            )
            .await;
        voted.expect(200);
    }
    let comment = app
        .post(
            &format!("/api/v1/proposals/{theirs}/comments"),
            Some(&person.token),
            &json!({"body": "ความเห็นของสมชายต่อข้อเสนอนี้", "stance": "for"}),
        )
        .await
        .expect(201);
    let neighbours_comment = app
        .post(
            &format!("/api/v1/proposals/{own}/comments"),
            Some(&neighbour.token),
            &json!({"body": "ความเห็นของเพื่อนบ้าน", "stance": "against"}),
        )
        .await
        .expect(201);
    app.post(
        "/api/v1/flags",
        Some(&person.token),
        &json!({"target_type": "comment", "target_id": id(&neighbours_comment), "reason": "spam", "note": FLAG_NOTE}),
    )
    .await
    .expect(201);
    app.post(
        &format!("/api/v1/consultations/{cid}/follow"),
        Some(&person.token),
        &json!({}),
    )
    .await;
    // Both are told of the other's comment.
    for who in [&person, &neighbour] {
        wait_for_inbox(&app, who).await;
    }
    assert!(comment["id"].is_string());
    Scene {
        app,
        person,
        neighbour,
        display_name,
    }
}

async fn wait_for_inbox(app: &TestApp, who: &Person) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let page = app
            .get("/api/v1/me/notifications", Some(&who.token))
            .await
            .expect(200);
        if !page["items"].as_array().expect("items").is_empty() {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no notification arrived"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn the_personal_export_holds_old_revisions_vote_networks_flags_and_sessions(
    backend: Backend,
) {
    let s = scene(backend).await;
    let export = s
        .app
        .get("/api/v1/me/export", Some(&s.person.token))
        .await
        .expect(200);
    let old: Vec<&str> = export["proposal_revisions"]
        .as_array()
        .expect("proposal_revisions")
        .iter()
        .map(|r| r["title"].as_str().expect("title"))
        .collect();
    assert_eq!(old, FIRST_TITLES, "{export}");
    let networks: Vec<&Value> = export["votes"]
        .as_array()
        .expect("votes")
        .iter()
        .map(|v| &v["origin_network"])
        .collect();
    assert_eq!(networks, [VOTER_NETWORK, VOTER_NETWORK], "{export}");
    assert_eq!(export["flags"][0]["note"], FLAG_NOTE);
    let follows = export["follows"].as_array().expect("follows");
    assert!(
        follows.iter().any(|f| f["target_type"] == "consultation"),
        "{export}"
    );
    assert!(!export["notifications"]
        .as_array()
        .expect("notifications")
        .is_empty());
    assert_eq!(export["participations"].as_array().map(Vec::len), Some(1));
    let sessions = export["sessions"].as_array().expect("sessions");
    assert!(!sessions.is_empty());
    let text = export.to_string();
    assert!(!text.contains("token_hash") && !text.contains(&s.person.refresh_token));
    assert!(!text.contains("neighbour@example.org"));
}

/// Every row of every table, as text (SQLite: each column quoted; PostgreSQL: the row as JSON).
async fn every_row(app: &TestApp) -> Vec<(String, String)> {
    let conn = app.db.reader();
    let backend = conn.get_database_backend();
    let tables_sql = match backend {
        DbBackend::Postgres => {
            "SELECT table_name AS name FROM information_schema.tables \
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
        }
        _ => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    };
    let tables: Vec<String> = conn
        .query_all_raw(Statement::from_string(backend, tables_sql))
        .await
        .expect("tables")
        .iter()
        .map(|row| row.try_get::<String>("", "name").expect("name"))
        .collect();
    let mut rows = Vec::new();
    for table in tables {
        let sql = match backend {
            DbBackend::Postgres => format!("SELECT row_to_json(t)::text AS r FROM \"{table}\" t"),
            _ => {
                let columns: Vec<String> = conn
                    .query_all_raw(Statement::from_string(
                        backend,
                        format!("SELECT name FROM pragma_table_info('{table}')"),
                    ))
                    .await
                    .expect("columns")
                    .iter()
                    .map(|row| {
                        format!(
                            "quote(\"{}\")",
                            row.try_get::<String>("", "name").expect("column")
                        )
                    })
                    .collect();
                format!(
                    "SELECT {} AS r FROM \"{table}\"",
                    columns.join(" || '|' || ")
                )
            }
        };
        for row in conn
            .query_all_raw(Statement::from_string(backend, sql))
            .await
            .expect("rows")
        {
            rows.push((
                table.clone(),
                row.try_get::<String>("", "r").expect("row text"),
            ));
        }
    }
    rows
}

async fn an_erased_account_leaves_no_personal_data_in_any_table(backend: Backend) {
    let s = scene(backend).await;
    let needles = [
        s.person.email.as_str(),
        s.display_name.as_str(),
        VOTER_NETWORK,
        FLAG_NOTE,
        FIRST_TITLES[0],
        FIRST_TITLES[1],
    ];
    let before = every_row(&s.app).await;
    for needle in needles {
        assert!(
            before.iter().any(|(_, row)| row.contains(needle)),
            "the scene should have stored {needle:?}"
        );
    }

    s.app
        .call(
            Method::DELETE,
            "/api/v1/me",
            Some(&s.person.token),
            Some(&json!({ "password": s.person.password })),
        )
        .await
        .expect(204);

    let after = every_row(&s.app).await;
    let left: Vec<&(String, String)> = after
        .iter()
        .filter(|(_, row)| needles.iter().any(|n| row.contains(n)))
        .collect();
    assert!(
        left.is_empty(),
        "personal data left after erasure: {left:#?}"
    );
    // Their id stays only where their public words and counted votes stay.
    let id = s.person.id.to_string();
    let id_sqlite = format!("X'{}'", s.person.id.simple().to_string().to_uppercase());
    let holding: HashSet<&str> = after
        .iter()
        .filter(|(_, row)| row.contains(&id) || row.contains(&id_sqlite))
        .map(|(table, _)| table.as_str())
        .collect();
    let allowed: HashSet<&str> = [
        "users",
        "proposals",
        "comments",
        "votes",
        "flags",
        "consultation_participants",
        // Their acts per theme, counted from the words and votes that stay.
        "consultation_theme_participants",
        "audit_log",
        "search_pending",
        "outbox",
    ]
    .into();
    assert!(holding.is_subset(&allowed), "{holding:?}");
    // The audit log keeps the erasure itself, and nothing the person did under their id.
    let audit: Vec<&(String, String)> = after
        .iter()
        .filter(|(table, row)| {
            table == "audit_log" && (row.contains(&id) || row.contains(&id_sqlite))
        })
        .collect();
    assert_eq!(audit.len(), 1, "{audit:#?}");
    assert!(audit[0].1.contains("user.deleted"));

    // The neighbour's inbox keeps the notification, without the name.
    let inbox = s
        .app
        .get("/api/v1/me/notifications", Some(&s.neighbour.token))
        .await
        .expect(200);
    assert!(!inbox["items"].as_array().expect("items").is_empty());
    assert!(!inbox.to_string().contains(&s.display_name), "{inbox}");
}

/// Erasure may blank the erased person's id in the audit log; nothing else may change it.
async fn the_audit_log_refuses_rewrites_and_only_lets_a_person_be_blanked(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    app.consultation(&admin, "ideation").await;
    let conn = app.db.writer();
    let backend = conn.get_database_backend();
    let run = |sql: &str| conn.execute_raw(Statement::from_string(backend, sql.to_owned()));
    let entries = "SELECT COUNT(*) AS n FROM audit_log WHERE actor_id IS NOT NULL";
    let count = || async {
        conn.query_one_raw(Statement::from_string(backend, entries))
            .await
            .expect("count")
            .expect("a row")
            .try_get::<i64>("", "n")
            .expect("n")
    };
    assert!(count().await >= 1);
    for rewrite in [
        "UPDATE audit_log SET reason = 'rewritten'",
        "UPDATE audit_log SET action = 'nothing.happened'",
        "UPDATE audit_log SET actor_id = target_id WHERE target_id IS NOT NULL",
        "DELETE FROM audit_log",
    ] {
        assert!(run(rewrite).await.is_err(), "{rewrite} was allowed");
    }
    run("UPDATE audit_log SET actor_id = NULL")
        .await
        .expect("blanking a person is allowed");
    assert_eq!(count().await, 0);
}

async fn set_province(app: &TestApp, who: &Person, province: &str) {
    use sala::db::entities::users;
    use sea_orm::sea_query::Expr;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    users::Entity::update_many()
        .col_expr(users::Column::Province, Expr::value(province.to_owned()))
        .filter(users::Column::Id.eq(who.id))
        .exec(app.db.writer())
        .await
        .expect("profile set");
}

/// The differencing attack: read the breakdown, watch one known person vote, read again.
async fn a_breakdown_read_before_and_after_one_vote_does_not_reveal_it(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let cid = id(&app.consultation(&admin, "ideation").await);
    app.responsible_agency(&admin, &cid, &agent).await;
    let people = app.many_citizens(30).await;
    for who in &people {
        set_province(&app, who, "ภูเก็ต").await;
    }
    let proposal = id(&app.proposal(&people[0], &cid, "ศาลเคลื่อนที่ในหมู่บ้าน").await);
    let vote = |who: &Person, value: &'static str| {
        let path = format!("/api/v1/proposals/{proposal}/vote");
        let token = who.token.clone();
        let app = &app;
        async move {
            app.put(&path, Some(&token), &json!({ "value": value }))
                .await
                .expect(200);
        }
    };
    for who in &people[..20] {
        vote(who, "agree").await;
    }
    let read = || async {
        let body = app
            .get(
                &format!("/api/v1/agency/consultations/{cid}/breakdown?by=province"),
                Some(&agent.token),
            )
            .await
            .expect(200);
        body["groups"]
            .as_array()
            .expect("groups")
            .iter()
            .find(|g| g["label"] == "ภูเก็ต")
            .cloned()
            .expect("the province's group")
    };
    let before = read().await;
    assert_eq!(before["participants"], 20, "{before}");
    assert_eq!(before["votes"]["agree"], 20);

    // The watched person votes; an existing member changes their vote.
    let watched = &people[20];
    vote(watched, "disagree").await;
    assert_eq!(
        read().await,
        before,
        "one new vote moved the published figures"
    );
    vote(&people[1], "disagree").await;
    assert_eq!(
        read().await,
        before,
        "one changed vote moved the published figures"
    );
    // Fewer than k newcomers in all: still the same release.
    for who in &people[21..29] {
        vote(who, "agree").await;
    }
    assert_eq!(read().await, before);

    // The k-th newcomer releases the group's current figures, mixing all their votes.
    vote(&people[29], "agree").await;
    let after = read().await;
    assert_eq!(after["participants"], 30, "{after}");
    assert_eq!(after["votes"]["agree"], 28);
    assert_eq!(after["votes"]["disagree"], 2);
    assert_ne!(after["released_at"], before["released_at"]);
}
