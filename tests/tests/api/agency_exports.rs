//! Agency exports: pseudonymous, free of names and addresses, safe to open in a spreadsheet,
//! without hidden content, in three formats, and streamed.

use chrono::Utc;
use sala::db::entities::{users, votes};
use sala::domain::accounts::{Locale, Role};
use sala_tests::{on_both_databases, spawn_app, Backend, Person, TestApp};
use sea_orm::{EntityTrait, Set};
use serde_json::{json, Value};
use uuid::Uuid;

on_both_databases!(
    exports_are_pseudonymous_neutralised_and_leave_hidden_content_out,
    a_large_vote_export_is_read_page_by_page_while_it_streams,
);

fn id(v: &Value) -> String {
    v["id"].as_str().expect("id").to_owned()
}

pub(crate) async fn export(
    app: &TestApp,
    who: &Person,
    consultation: &str,
    what: &str,
    format: &str,
) -> String {
    let reply = app
        .get(
            &format!(
                "/api/v1/agency/consultations/{consultation}/export?what={what}&format={format}"
            ),
            Some(&who.token),
        )
        .await;
    assert_eq!(reply.status.as_u16(), 200, "{}", reply.body);
    let disposition = reply.headers["content-disposition"].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment") && disposition.contains(&format!("{what}.{format}")),
        "{disposition}"
    );
    let text = match reply.body {
        Value::String(text) => text,
        Value::Null => String::new(),
        json => json.to_string(),
    };
    if format == "csv" {
        // Excel reads a CSV as UTF-8 (and shows Thai) only when it starts with the mark.
        text.strip_prefix('\u{feff}')
            .unwrap_or_else(|| panic!("a CSV export starts with a byte-order mark: {text:.40}"))
            .to_owned()
    } else {
        text
    }
}

/// A small CSV reader (RFC 4180 quoting), enough to check what a spreadsheet would see.
pub(crate) fn csv_rows(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

fn column(rows: &[Vec<String>], name: &str) -> Vec<String> {
    let at = rows[0].iter().position(|h| h == name).expect(name);
    rows[1..].iter().map(|r| r[at].clone()).collect()
}

async fn exports_are_pseudonymous_neutralised_and_leave_hidden_content_out(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let moderator = app
        .operator_creates("moderator@example.org", Role::Moderator)
        .await;
    let here = id(&app.consultation(&admin, "ideation").await);
    let elsewhere = id(&app.consultation(&admin, "ideation").await);
    app.responsible_agency(&admin, &here, &agent).await;
    app.responsible_agency(&admin, &elsewhere, &agent).await;
    let author = app.sign_up("somchai@example.org").await;
    let people = app.many_citizens(3).await;
    let formula = id(&app
        .proposal(
            &author,
            &here,
            "=HYPERLINK(\"http://evil.example\",\"ดูที่นี่\")",
        )
        .await);
    let doomed = id(&app.proposal(&people[1], &here, "ข้อเสนอที่จะถูกซ่อน").await);
    let there = id(&app.proposal(&people[2], &elsewhere, "ข้อเสนอที่อื่น").await);
    for who in &people {
        for proposal in [&formula, &doomed] {
            app.put(
                &format!("/api/v1/proposals/{proposal}/vote"),
                Some(&who.token),
                &json!({"value": "agree"}),
            )
            .await
            .expect(200);
        }
    }
    app.put(
        &format!("/api/v1/proposals/{there}/vote"),
        Some(&people[0].token),
        &json!({"value": "disagree"}),
    )
    .await
    .expect(200);
    let kept = app
        .post(
            &format!("/api/v1/proposals/{formula}/comments"),
            Some(&people[1].token),
            &json!({"body": "@SUM(A1:A9) และ -1 คือความเห็น", "stance": "against"}),
        )
        .await
        .expect(201);
    let hidden = app
        .post(
            &format!("/api/v1/proposals/{formula}/comments"),
            Some(&people[2].token),
            &json!({"body": "ความเห็นที่ผู้ดูแลจะซ่อน", "stance": "for"}),
        )
        .await
        .expect(201);
    app.put(
        &format!("/api/v1/consultations/{here}/feedback"),
        Some(&people[0].token),
        &json!({"usefulness": 5, "understanding": 4, "satisfaction": 4}),
    )
    .await
    .expect(200);
    for (kind, target) in [("proposal", &doomed), ("comment", &id(&hidden))] {
        app.post(
            "/api/v1/moderation/actions",
            Some(&moderator.token),
            &json!({"action": "hide", "target_type": kind, "target_id": target, "reason": "spam"}),
        )
        .await
        .expect(201);
    }

    let proposals = csv_rows(&export(&app, &agent, &here, "proposals", "csv").await);
    assert_eq!(
        column(&proposals, "id"),
        std::slice::from_ref(&formula),
        "the hidden proposal is left out"
    );
    assert_eq!(
        column(&proposals, "title"),
        ["'=HYPERLINK(\"http://evil.example\",\"ดูที่นี่\")"]
    );
    let votes = csv_rows(&export(&app, &agent, &here, "votes", "csv").await);
    assert_eq!(column(&votes, "proposal_id"), vec![formula.clone(); 3]);
    assert_eq!(column(&votes, "value"), vec!["agree"; 3]);
    let comments = csv_rows(&export(&app, &agent, &here, "comments", "csv").await);
    assert_eq!(
        column(&comments, "id"),
        [id(&kept)],
        "the hidden comment is left out"
    );
    assert_eq!(column(&comments, "body"), ["'@SUM(A1:A9) และ -1 คือความเห็น"]);
    for rows in [&proposals, &votes, &comments] {
        for cell in rows.iter().flatten() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a cell a spreadsheet would run: {cell:?}"
            );
        }
    }

    // One pseudonym per person per consultation, another in another consultation.
    let feedback = csv_rows(&export(&app, &agent, &here, "feedback", "csv").await);
    let rater = column(&feedback, "participant");
    assert_eq!(rater.len(), 1);
    assert_eq!(rater[0].len(), 16);
    assert!(rater[0].chars().all(|c| c.is_ascii_hexdigit()));
    let voters = column(&votes, "participant");
    assert!(voters.contains(&rater[0]), "{voters:?} {rater:?}");
    let mut distinct = voters.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 3);
    let there_votes = csv_rows(&export(&app, &agent, &elsewhere, "votes", "csv").await);
    let there_voter = column(&there_votes, "participant");
    assert_eq!(there_voter.len(), 1);
    assert!(
        !voters.contains(&there_voter[0]),
        "not linkable across consultations"
    );

    for what in ["proposals", "votes", "comments", "feedback"] {
        let csv = export(&app, &agent, &here, what, "csv").await;
        let json_text = export(&app, &agent, &here, what, "json").await;
        let ndjson = export(&app, &agent, &here, what, "ndjson").await;
        let array: Vec<Value> = serde_json::from_str(&json_text).expect("a JSON array");
        let lines: Vec<Value> = ndjson
            .lines()
            .map(|l| serde_json::from_str(l).expect("one object per line"))
            .collect();
        assert_eq!(array, lines, "{what}");
        assert_eq!(array.len() + 1, csv_rows(&csv).len(), "{what}");
        for text in [&csv, &json_text, &ndjson] {
            for secret in [&author.email, "ผู้ใช้ somchai", "Voter 0", &people[0].email]
            {
                assert!(!text.contains(secret), "{what} exposes {secret}");
            }
            for person in people.iter().chain([&author]) {
                assert!(
                    !text.contains(&person.id.to_string()),
                    "{what} exposes an account id"
                );
            }
        }
    }
    let json_votes: Vec<Value> =
        serde_json::from_str(&export(&app, &agent, &here, "votes", "json").await).unwrap();
    assert_eq!(json_votes[0]["value"], "agree");
    assert_eq!(json_votes[0]["proposal_id"], formula);

    for query in ["what=users", "what=votes&format=pdf", "format=csv"] {
        app.get(
            &format!("/api/v1/agency/consultations/{here}/export?{query}"),
            Some(&agent.token),
        )
        .await
        .expect_problem(422, "validation_failed");
    }
    app.get(
        &format!("/api/v1/agency/consultations/{here}/export?what=votes"),
        Some(&people[0].token),
    )
    .await
    .expect_problem(403, "forbidden");
}

/// Resident memory of this process (the server runs in it too), in bytes.
fn resident_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

const PROPOSALS: usize = 8;
const VOTERS: usize = 25_000;

async fn a_large_vote_export_is_read_page_by_page_while_it_streams(backend: Backend) {
    let app = spawn_app(backend).await;
    let admin = app.operator_creates("admin@example.org", Role::Admin).await;
    let agent = app
        .operator_creates("analyst@moj.go.th", Role::Agency)
        .await;
    let consultation = id(&app.consultation(&admin, "ideation").await);
    app.responsible_agency(&admin, &consultation, &agent).await;
    let authors = app.many_citizens(PROPOSALS).await;
    let mut proposal_ids = Vec::new();
    for (i, author) in authors.iter().enumerate() {
        let p = app
            .proposal(author, &consultation, &format!("ข้อเสนอหมายเลข {i} เพื่อชุมชน"))
            .await;
        proposal_ids.push(id(&p).parse::<Uuid>().unwrap());
    }
    // 200,000 votes, loaded in bulk.
    let now = Utc::now();
    let voter_ids: Vec<Uuid> = (0..VOTERS).map(|_| Uuid::now_v7()).collect();
    for chunk in voter_ids.chunks(1_000) {
        let rows = chunk.iter().map(|id| users::ActiveModel {
            id: Set(*id),
            email: Set(format!("{id}@bulk.example")),
            display_name: Set("Bulk voter".into()),
            password_hash: Set(String::new()),
            role: Set(Role::Citizen),
            locale: Set(Locale::Th),
            province: Set(None),
            age_band: Set(None),
            gender: Set(None),
            verified_at: Set(Some(now)),
            suspended_until: Set(None),
            banned_at: Set(None),
            deleted_at: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            external_ref: Set(None),
        });
        users::Entity::insert_many(rows)
            .exec(app.db.writer())
            .await
            .unwrap();
    }
    for proposal in &proposal_ids {
        for chunk in voter_ids.chunks(2_000) {
            let rows = chunk
                .iter()
                .enumerate()
                .map(|(i, user)| votes::ActiveModel {
                    proposal_id: Set(*proposal),
                    user_id: Set(*user),
                    value: Set([1, -1, 0][i % 3]),
                    origin_network: Set(None),
                    created_at: Set(now),
                    updated_at: Set(now),
                });
            votes::Entity::insert_many(rows)
                .exec(app.db.writer())
                .await
                .unwrap();
        }
    }

    // A late voter, with the greatest id: their vote will be the export's last row.
    let late = Uuid::now_v7();
    users::Entity::insert(users::ActiveModel {
        id: Set(late),
        email: Set("late@bulk.example".into()),
        display_name: Set("Late voter".into()),
        password_hash: Set(String::new()),
        role: Set(Role::Citizen),
        locale: Set(Locale::Th),
        province: Set(None),
        age_band: Set(None),
        gender: Set(None),
        verified_at: Set(Some(now)),
        suspended_until: Set(None),
        banned_at: Set(None),
        deleted_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        external_ref: Set(None),
    })
    .exec(app.db.writer())
    .await
    .unwrap();
    let last_proposal = *proposal_ids.iter().max().unwrap();

    let before = resident_bytes();
    let mut response = app
        .client
        .get(app.url(&format!(
            "/api/v1/agency/consultations/{consultation}/export?what=votes&format=csv"
        )))
        .bearer_auth(&agent.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        response
            .headers()
            .get("transfer-encoding")
            .and_then(|v| v.to_str().ok()),
        Some("chunked"),
        "streamed, not sent with a length known in advance"
    );
    assert!(response.headers().get("content-length").is_none());
    let first = response.chunk().await.unwrap().expect("a first chunk");
    // The first bytes have arrived; if the server had read every row before sending, a vote
    // cast now could not be in the export. Read page by page, it is: the server is at most a
    // few socket buffers (a few MB of 20+) ahead of this reader.
    votes::Entity::insert(votes::ActiveModel {
        proposal_id: Set(last_proposal),
        user_id: Set(late),
        value: Set(1),
        origin_network: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec(app.db.writer())
    .await
    .unwrap();
    let (mut bytes, mut lines, mut chunks, mut peak) = (
        first.len(),
        first.iter().filter(|b| **b == b'\n').count(),
        1usize,
        before,
    );
    while let Some(chunk) = response.chunk().await.unwrap() {
        bytes += chunk.len();
        lines += chunk.iter().filter(|b| **b == b'\n').count();
        chunks += 1;
        if chunks % 8 == 0 {
            peak = peak.max(resident_bytes());
        }
    }
    peak = peak.max(resident_bytes());
    assert_eq!(
        lines,
        1 + PROPOSALS * VOTERS + 1,
        "a header, every bulk vote, and the vote cast after the first bytes were sent"
    );
    assert!(chunks > 8, "sent piece by piece: {chunks} chunks");
    // Resident memory is printed, not asserted: the server shares this process with other
    // tests running at the same time, so the figure is only meaningful when run alone.
    eprintln!(
        "streamed {bytes} bytes in {chunks} chunks; resident memory grew by {} bytes",
        peak.saturating_sub(before)
    );
}
