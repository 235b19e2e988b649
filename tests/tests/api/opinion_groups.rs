//! Opinion groups: real Polis conversations imported with `sala import-polis` give the groups
//! Polis recorded; the route shows them to agencies and administrators only, with
//! pseudonymous participants; results are cached, marked stale when votes change, and the
//! same votes always give the same groups.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use sala::db::entities::users;
use sala::domain::accounts::Role;
use sala::domain::agency::pseudonyms::PseudonymKey;
use sala::domain::agency::{aggregates, theme_participants};
use sala::domain::opinion_groups::ari::adjusted_rand_index;
use sala::domain::opinion_groups::repness;
use sala::opinion_groups::{cache, load, worker, WarmStarts};
use sala::polis::export::{self, Conversation};
use sala::polis::import;
use sala_tests::{on_both_databases, spawn_app, spawn_app_with, Backend, Person, TestApp};
use sea_orm::EntityTrait;
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    bg2050_imported_gives_the_groups_and_consensus_polis_recorded,
    groups_of_a_consultation_are_pending_then_cached_and_marked_stale,
);

// The larger conversations on SQLite only: the method is the same on both databases.
mod vtaiwan_imported_gives_the_groups_and_representative_statements_polis_recorded {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn on_sqlite() {
        super::vtaiwan_imported_gives_the_groups_and_representative_statements_polis_recorded(
            sala_tests::Backend::Sqlite,
        )
        .await;
    }
}

mod every_conversation_imports_and_the_same_votes_give_the_same_groups {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn on_sqlite() {
        super::every_conversation_imports_and_the_same_votes_give_the_same_groups(
            sala_tests::Backend::Sqlite,
        )
        .await;
    }
}

/// The Polis open data (tests/fixtures/polis, CC BY 4.0): missing data fails the test.
fn polis_dir(name: &str) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/polis");
    assert!(
        root.is_dir(),
        "the Polis data set is missing: expected it at {}",
        root.display()
    );
    root.join(name)
}

async fn import_conversation(app: &TestApp, name: &str) -> (Conversation, Uuid) {
    let dir = polis_dir(name);
    let imported = import::import(&app.db, &dir).await.expect("imports");
    (export::read(&dir).expect("reads"), imported.consultation_id)
}

fn groups_path(consultation: impl std::fmt::Display) -> String {
    format!("/api/v1/agency/consultations/{consultation}/opinion-groups")
}

/// Asks until the background task has computed the groups.
async fn wait_for_groups(app: &TestApp, who: &Person, consultation: Uuid) -> Value {
    for _ in 0..240 {
        let reply = app.get(&groups_path(consultation), Some(&who.token)).await;
        if reply.status.as_u16() == 200 {
            return reply.body;
        }
        reply.expect_problem(202, "pending");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    panic!("opinion groups never computed");
}

/// Polis participant id → our group, from the route's answer.
fn groups_by_polis_id(body: &Value) -> HashMap<i64, Option<u64>> {
    body["participants"]
        .as_array()
        .expect("participants")
        .iter()
        .map(|p| {
            let id = p["external_id"].as_str().expect("external_id");
            (id.parse().expect("a Polis id"), p["group"].as_u64())
        })
        .collect()
}

/// ARI over every participant Polis lists; "not grouped" counts as a group on both sides.
fn ari_with_recorded(conversation: &Conversation, body: &Value) -> f64 {
    let ours = groups_by_polis_id(body);
    let (a, b): (Vec<Option<u64>>, Vec<Option<i64>>) = conversation
        .participants
        .iter()
        .map(|p| (ours.get(&p.id).copied().flatten(), p.group_id))
        .unzip();
    adjusted_rand_index(&a, &b)
}

async fn bg2050_imported_gives_the_groups_and_consensus_polis_recorded(backend: Backend) {
    let app = spawn_app(backend).await;
    let (conversation, consultation) = import_conversation(&app, "bg2050-volunteers").await;
    let agency = app
        .operator_creates("agency@example.org", Role::Agency)
        .await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    app.responsible_agency(&admin, &consultation.to_string(), &agency)
        .await;
    let citizen = app.sign_up("citizen@example.org").await;

    // The import keeps the agency's aggregates as every other write does.
    let summary = app
        .get(
            &format!("/api/v1/agency/consultations/{consultation}/summary"),
            Some(&agency.token),
        )
        .await
        .expect(200);
    let recounted = aggregates::recount(app.db.reader(), consultation)
        .await
        .unwrap();
    assert!(!recounted.participants.is_empty());
    assert_eq!(
        summary["totals"]["participants"],
        recounted.participants.len() as u64
    );
    let kept = aggregates::stored_votes(app.db.reader(), consultation)
        .await
        .unwrap();
    assert_eq!(kept, recounted.votes);
    let by_theme = theme_participants::stored(app.db.reader(), consultation)
        .await
        .unwrap();
    assert!(!by_theme.is_empty());
    assert_eq!(
        by_theme,
        theme_participants::recount(app.db.reader(), consultation)
            .await
            .unwrap()
    );

    app.get(&groups_path(consultation), Some(&citizen.token))
        .await
        .expect_problem(403, "forbidden");
    app.get(&groups_path(consultation), None)
        .await
        .expect_problem(401, "unauthenticated");
    app.get(&groups_path(Uuid::new_v4()), Some(&agency.token))
        .await
        .expect_problem(404, "consultation_not_found");

    let body = wait_for_groups(&app, &agency, consultation).await;
    let sizes: Vec<u64> = body["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["size"].as_u64().expect("size"))
        .collect();
    assert_eq!(sizes, vec![100, 8]);
    assert_eq!(ari_with_recorded(&conversation, &body), 1.0);
    assert_eq!(body["stale"], false);

    // Polis's group-informed consensus, statement by statement.
    let recorded: HashMap<String, f64> = conversation
        .statements
        .iter()
        .filter_map(|s| Some((s.id.to_string(), s.group_informed_consensus?)))
        .collect();
    let statements = body["statements"].as_array().expect("statements");
    assert_eq!(
        statements.len(),
        371 - 55,
        "every statement not moderated out"
    );
    for s in statements {
        let id = s["external_id"].as_str().expect("external_id");
        let ours = s["group_informed_consensus"].as_f64().expect("a number");
        let theirs = recorded[id];
        assert!(
            (ours - theirs).abs() < 1e-9,
            "statement {id}: {ours} against Polis's {theirs}"
        );
    }

    // Participants are pseudonymous: no account id or email appears.
    let text = body.to_string();
    let accounts = users::Entity::find().all(app.db.reader()).await.unwrap();
    for account in &accounts {
        assert!(!text.contains(&account.id.to_string()));
        assert!(!text.contains(&account.email));
    }
    let ids: HashSet<&str> = body["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids.len(), 126, "one distinct pseudonym per participant");
    assert!(ids.iter().all(|id| id.len() == 16));

    let as_admin = app
        .get(&groups_path(consultation), Some(&admin.token))
        .await
        .expect(200);
    assert_eq!(as_admin["groups"], body["groups"]);

    // Imported participants are placeholders: they cannot sign in.
    for password in ["!imported", "", "a long enough password"] {
        let reply = app
            .post(
                "/api/v1/auth/login",
                None,
                &json!({"email": "polis-3nemnipcrc-0@imported.invalid", "password": password}),
            )
            .await;
        assert!(
            [401, 422].contains(&reply.status.as_u16()),
            "an imported account signed in: {}",
            reply.body
        );
    }

    let again = import::import(&app.db, &polis_dir("bg2050-volunteers"))
        .await
        .expect_err("a second import is refused");
    assert!(again.to_string().contains("imported already"), "{again}");
}

/// The rows of each group Polis recorded, in the loaded matrix.
fn recorded_groups(conversation: &Conversation, loaded: &load::Loaded) -> Vec<Vec<usize>> {
    let recorded: HashMap<String, i64> = conversation
        .participants
        .iter()
        .filter_map(|p| Some((p.id.to_string(), p.group_id?)))
        .collect();
    let mut groups: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    for (row, p) in loaded.matrix.row_participant.iter().enumerate() {
        let participant = &loaded.participants[*p as usize];
        let Some(external) = &participant.external_ref else {
            continue;
        };
        if let Some(g) = recorded.get(external) {
            groups.entry(*g).or_default().push(row);
        }
    }
    groups.into_values().collect()
}

async fn vtaiwan_imported_gives_the_groups_and_representative_statements_polis_recorded(
    backend: Backend,
) {
    let app = spawn_app(backend).await;
    let (conversation, consultation) = import_conversation(&app, "vtaiwan.uberx").await;
    let agency = app
        .operator_creates("agency@example.org", Role::Agency)
        .await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    app.responsible_agency(&admin, &consultation.to_string(), &agency)
        .await;
    let body = wait_for_groups(&app, &agency, consultation).await;
    let ari = ari_with_recorded(&conversation, &body);
    assert!(ari >= 0.9, "ARI {ari}");

    // The representative statements the recorded groups give, by Polis statement id.
    let loaded = load::load(app.db.reader(), consultation).await.unwrap();
    let recorded = recorded_groups(&conversation, &loaded);
    let theirs = repness::representatives(&loaded.matrix, &recorded);
    let ours = groups_by_polis_id(&body);
    for (g, rows) in recorded.iter().enumerate() {
        // Our group holding most of this recorded group's members.
        let mut overlap: HashMap<u64, usize> = HashMap::new();
        for row in rows {
            let participant = &loaded.participants[loaded.matrix.row_participant[*row] as usize];
            let polis_id: i64 = participant.external_ref.as_ref().unwrap().parse().unwrap();
            if let Some(Some(ours)) = ours.get(&polis_id) {
                *overlap.entry(*ours).or_default() += 1;
            }
        }
        let (&matching, _) = overlap.iter().max_by_key(|(_, n)| **n).expect("overlap");
        let our_statements: Vec<&str> = body["groups"][matching as usize]["representative"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["external_id"].as_str().unwrap())
            .collect();
        let their_statements: Vec<String> = theirs[g]
            .iter()
            .map(|r| {
                loaded.statements[r.statement as usize]
                    .external_ref
                    .clone()
                    .unwrap()
            })
            .collect();
        assert_eq!(our_statements, their_statements, "recorded group {g}");
        assert!(!our_statements.is_empty());
    }
}

async fn every_conversation_imports_and_the_same_votes_give_the_same_groups(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_RUN_WORKERS", "false")]).await;
    let pseudonyms = PseudonymKey::new(b"a test secret that is long enough").unwrap();
    for (name, votes) in [
        ("london.youth.policing", 638),
        ("american-assembly.bowling-green", 225_524),
    ] {
        let imported = import::import(&app.db, &polis_dir(name)).await.unwrap();
        assert_eq!(imported.votes, votes, "{name}");
        let id = imported.consultation_id;
        // Each from a cold start: nothing carried over from the other.
        let cold = || Arc::new(WarmStarts::default());
        let first = cache::recompute(&app.db, &pseudonyms, &cold(), id, "v".into())
            .await
            .unwrap();
        let second = cache::recompute(&app.db, &pseudonyms, &cold(), id, "v".into())
            .await
            .unwrap();
        assert_eq!(first, second, "{name}: the same votes, the same result");
        assert!(first.groups.len() >= 2, "{name}");
        assert!(first.groups.iter().all(|g| !g.representative.is_empty()));
    }
}

async fn groups_of_a_consultation_are_pending_then_cached_and_marked_stale(backend: Backend) {
    let app = spawn_app_with(backend, &[("SALA_RUN_WORKERS", "false")]).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid: Uuid = consultation["id"].as_str().unwrap().parse().unwrap();
    let author = app
        .operator_creates("author@example.org", Role::Citizen)
        .await;
    let mut proposals = Vec::new();
    for title in [
        "ศาลเคลื่อนที่ทุกอำเภอ",
        "ยกเลิกค่าธรรมเนียมศาล",
        "ล่ามภาษาถิ่นในศาล",
        "ข้อเสนอที่ถูกซ่อน",
    ] {
        let p = app.proposal(&author, &cid.to_string(), title).await;
        proposals.push(p["id"].as_str().unwrap().to_owned());
    }
    let people = app.many_citizens(17).await;
    let vote = |who: &Person, proposal: &str, value: &str| {
        let path = format!("/api/v1/proposals/{proposal}/vote");
        let token = who.token.clone();
        let body = json!({ "value": value });
        let app = &app;
        async move { app.put(&path, Some(&token), &body).await.expect(200) }
    };
    // Two camps of eight split on the first two proposals and share the third.
    for (i, person) in people[..16].iter().enumerate() {
        let (first, second) = if i % 2 == 0 {
            ("agree", "disagree")
        } else {
            ("disagree", "agree")
        };
        vote(person, &proposals[0], first).await;
        vote(person, &proposals[1], second).await;
        vote(person, &proposals[2], "agree").await;
        vote(person, &proposals[3], first).await;
    }
    // Hidden by a moderator: its votes no longer count.
    app.post(
        "/api/v1/moderation/actions",
        Some(&admin.token),
        &json!({"action": "hide", "target_type": "proposal", "target_id": proposals[3], "reason": "off topic"}),
    )
    .await
    .expect(201);

    app.get(&groups_path(cid), Some(&admin.token))
        .await
        .expect_problem(202, "pending");
    let pseudonyms = PseudonymKey::new(&sala::auth::jwt_secret(&app.settings).unwrap()).unwrap();
    let warm = Arc::new(WarmStarts::default());
    let computed = worker::run_once(&app.db, &pseudonyms, &warm, Duration::ZERO)
        .await
        .unwrap();
    assert_eq!(computed, 1);
    assert_eq!(
        worker::run_once(&app.db, &pseudonyms, &warm, Duration::ZERO)
            .await
            .unwrap(),
        0,
        "nothing changed, nothing computed"
    );

    let body = app
        .get(&groups_path(cid), Some(&admin.token))
        .await
        .expect(200);
    assert_eq!(body["stale"], false);
    assert_eq!(body["participant_count"], 16);
    let groups = body["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2);
    assert!(groups.iter().all(|g| g["size"] == 8));
    let consensus: Vec<&str> = body["consensus"]["agree"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["proposal_id"].as_str().unwrap())
        .collect();
    assert_eq!(consensus, vec![proposals[2].as_str()]);
    let listed: Vec<&str> = body["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["proposal_id"].as_str().unwrap())
        .collect();
    assert!(!listed.contains(&proposals[3].as_str()), "hidden left out");
    let text = body.to_string();
    for person in &people {
        assert!(!text.contains(&person.id.to_string()));
        assert!(!text.contains(&person.email));
    }
    assert!(body["participants"][0].get("external_id").is_none());
    // The scatter's ids are the exports' pseudonyms, so a point joins to its votes.
    let exported = app
        .get(
            &format!("/api/v1/agency/consultations/{cid}/export?what=votes&format=ndjson"),
            Some(&admin.token),
        )
        .await;
    assert_eq!(exported.status.as_u16(), 200);
    let exported = match exported.body {
        Value::String(text) => text,
        one_line => one_line.to_string(),
    };
    let voters: HashSet<String> = exported
        .lines()
        .map(|line| {
            let row: Value = serde_json::from_str(line).unwrap();
            row["participant"].as_str().unwrap().to_owned()
        })
        .collect();
    let plotted: HashSet<String> = body["participants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(plotted.len(), 16);
    assert!(plotted.is_subset(&voters), "{plotted:?} not in {voters:?}");

    vote(&people[16], &proposals[0], "agree").await;
    let body = app
        .get(&groups_path(cid), Some(&admin.token))
        .await
        .expect(200);
    assert_eq!(body["stale"], true, "a new vote makes the result stale");
    let throttled = worker::run_once(&app.db, &pseudonyms, &warm, Duration::from_secs(3600))
        .await
        .unwrap();
    assert_eq!(throttled, 0, "computed less than the minimum interval ago");
    let recomputed = worker::run_once(&app.db, &pseudonyms, &warm, Duration::ZERO)
        .await
        .unwrap();
    assert_eq!(recomputed, 1);
    let body = app
        .get(&groups_path(cid), Some(&admin.token))
        .await
        .expect(200);
    assert_eq!(body["stale"], false);
    assert_eq!(body["participant_count"], 17);
    // Recomputed from the first run's state: the newcomer's one vote moves no one.
    let groups = body["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 2);
    assert!(groups.iter().all(|g| g["size"] == 8));
}
