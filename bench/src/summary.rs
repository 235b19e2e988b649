//! The agency summary on a large consultation: 50,000 participants and 1,000,000 votes loaded
//! in bulk, then the summary (and a breakdown, and a full vote export) read through the HTTP
//! API as an analyst would.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use clap::Parser;
use sala::db::entities::{
    comments, consultation_activity, consultation_participants, feedback, proposals, users,
    valuations, votes,
};
use sala::domain::accounts::{Locale, Role};
use sala::domain::agency::aggregates::day_of;
use sala::domain::comments::Stance;
use sala::domain::proposals::Status;
use sala::domain::ranking::{self, Tally};
use sea_orm::{EntityTrait, Set};
use uuid::Uuid;

use crate::{backend, percentile, Database};
use sala_tests::spawn_app;

#[derive(Parser)]
pub struct Args {
    #[arg(long, value_enum, default_values_t = [Database::Postgres])]
    database: Vec<Database>,
    #[arg(long, default_value_t = 50_000)]
    participants: usize,
    #[arg(long, default_value_t = 1_000)]
    proposals: usize,
    /// Votes per participant (each on a different proposal).
    #[arg(long, default_value_t = 20)]
    votes_each: usize,
    /// Summary requests measured (after three to warm up).
    #[arg(long, default_value_t = 30)]
    requests: usize,
    /// Also stream the whole vote export once and report its time and memory.
    #[arg(long)]
    export: bool,
}

const PROVINCES: [&str; 4] = ["สุโขทัย", "นครพนม", "ภูเก็ต", "ราชบุรี"];
const THEMES: [&str; 2] = ["การเข้าถึงความยุติธรรม", "ยุติธรรมชุมชน"];
const AGES: [&str; 6] = ["under_18", "18_24", "25_34", "35_44", "45_59", "60_plus"];
const GENDERS: [&str; 4] = ["female", "male", "non_binary", "prefer_not_to_say"];
const STANCES: [Stance; 3] = [Stance::For, Stance::Against, Stance::Neutral];
const CRITERIA: [&str; 3] = ["structure", "process", "outcome"];

/// A small deterministic mixer, so every run loads the same data.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x
}

fn resident_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

fn progress(what: &str, done: usize, total: usize) {
    eprint!("\rbench: loading {what}: {done}/{total}   ");
    if done == total {
        eprintln!();
    }
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    println!(
        "| database | participants | votes | summary p50 | p95 | max | breakdown (province) p50 |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for database in &args.database {
        let app = spawn_app(backend(*database).await?).await;
        let admin = app
            .operator_creates("admin@bench.example", Role::Admin)
            .await;
        let agent = app
            .operator_creates("analyst@bench.example", Role::Agency)
            .await;
        let consultation = app.consultation(&admin, "ideation").await;
        let cid: Uuid = consultation["id"].as_str().unwrap_or_default().parse()?;
        app.patch(
            &format!("/api/v1/consultations/{cid}"),
            Some(&admin.token),
            &serde_json::json!({"criteria": CRITERIA, "answer_due_days": 30, "answer_support_threshold": 100}),
        )
        .await;
        let loaded = Instant::now();
        load(&app, cid, &args).await?;
        // The analyst reads as the agency answering for the whole consultation (a catch-all
        // cell), so every loaded proposal is routed to it and in its scope.
        app.responsible_agency(&admin, &cid.to_string(), &agent)
            .await;
        eprintln!(
            "bench: {database:?}: loaded in {:.0} s",
            loaded.elapsed().as_secs_f64()
        );

        let path = format!("/api/v1/agency/consultations/{cid}/summary");
        let first = app.get(&path, Some(&agent.token)).await;
        anyhow::ensure!(first.status.as_u16() == 200, "summary: {}", first.body);
        anyhow::ensure!(
            first.body["totals"]["participants"] == args.participants
                && first.body["totals"]["votes"]["total"] == args.participants * args.votes_each,
            "unexpected totals: {}",
            first.body["totals"]
        );
        for _ in 0..2 {
            app.get(&path, Some(&agent.token)).await;
        }
        let mut times: Vec<Duration> = Vec::new();
        for _ in 0..args.requests {
            let t = Instant::now();
            let reply = app.get(&path, Some(&agent.token)).await;
            times.push(t.elapsed());
            anyhow::ensure!(reply.status.as_u16() == 200, "summary: {}", reply.body);
        }
        times.sort();
        let breakdown_path = format!("/api/v1/agency/consultations/{cid}/breakdown?by=province");
        let mut breakdown_times: Vec<Duration> = Vec::new();
        for _ in 0..5 {
            let t = Instant::now();
            let reply = app.get(&breakdown_path, Some(&agent.token)).await;
            breakdown_times.push(t.elapsed());
            anyhow::ensure!(reply.status.as_u16() == 200, "breakdown: {}", reply.body);
        }
        breakdown_times.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "| {database:?} | {} | {} | {:.1} ms | {:.1} ms | {:.1} ms | {:.0} ms |",
            args.participants,
            args.participants * args.votes_each,
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.95)),
            ms(*times.last().unwrap_or(&Duration::ZERO)),
            ms(percentile(&breakdown_times, 0.5)),
        );
        if args.export {
            export(&app, &agent.token, cid).await?;
        }
    }
    Ok(())
}

async fn export(app: &sala_tests::TestApp, token: &str, cid: Uuid) -> anyhow::Result<()> {
    let before = resident_bytes();
    let started = Instant::now();
    let mut response = app
        .client
        .get(app.url(&format!(
            "/api/v1/agency/consultations/{cid}/export?what=votes&format=csv"
        )))
        .bearer_auth(token)
        .send()
        .await?;
    let (mut bytes, mut lines, mut peak, mut n) = (0usize, 0usize, before, 0usize);
    while let Some(chunk) = response.chunk().await? {
        bytes += chunk.len();
        lines += chunk.iter().filter(|b| **b == b'\n').count();
        n += 1;
        if n % 16 == 0 {
            peak = peak.max(resident_bytes());
        }
    }
    println!(
        "\nvote export: {} rows, {:.1} MB in {:.1} s; resident memory grew by {:.1} MB",
        lines.saturating_sub(1),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64(),
        peak.saturating_sub(before) as f64 / 1e6
    );
    Ok(())
}

/// Loads participants with profiles, proposals with counters equal to their votes, the
/// votes, comments, quick ratings, valuations and the kept-current aggregates.
async fn load(app: &sala_tests::TestApp, cid: Uuid, args: &Args) -> anyhow::Result<()> {
    let db = &app.db;
    let start: DateTime<Utc> = Utc::now() - chrono::Duration::days(30);
    let user_ids: Vec<Uuid> = (0..args.participants).map(|_| Uuid::now_v7()).collect();
    let proposal_ids: Vec<Uuid> = (0..args.proposals).map(|_| Uuid::now_v7()).collect();
    let when = |i: usize| start + chrono::Duration::seconds((i as i64 * 7919) % (30 * 86_400));

    for (c, chunk) in user_ids.chunks(2_000).enumerate() {
        let rows = chunk.iter().enumerate().map(|(j, id)| {
            let i = c * 2_000 + j;
            let h = mix(i as u64);
            users::ActiveModel {
                id: Set(*id),
                email: Set(format!("p{i}@bench.example")),
                display_name: Set(format!("Participant {i}")),
                password_hash: Set("-".into()),
                role: Set(Role::Citizen),
                locale: Set(Locale::Th),
                province: Set(
                    (!h.is_multiple_of(5)).then(|| PROVINCES[(h % 4) as usize].to_owned())
                ),
                age_band: Set(Some(AGES[(h >> 8) as usize % 6].to_owned())),
                gender: Set(Some(GENDERS[(h >> 16) as usize % 4].to_owned())),
                verified_at: Set(Some(start)),
                suspended_until: Set(None),
                banned_at: Set(None),
                deleted_at: Set(None),
                created_at: Set(start),
                updated_at: Set(start),
                external_ref: Set(None),
            }
        });
        users::Entity::insert_many(rows).exec(db.writer()).await?;
        progress(
            "participants",
            (c * 2_000 + chunk.len()).min(user_ids.len()),
            user_ids.len(),
        );
    }

    // Plan the votes first so the proposals' counters equal them.
    let mut tallies = vec![Tally::default(); args.proposals];
    let vote_of = |i: usize, j: usize| -> (usize, i16) {
        let p = (i * 7 + j * 53) % args.proposals;
        let h = mix((i * 131 + j) as u64 ^ (p as u64) << 20);
        // Some proposals are loved, some divisive, some disliked.
        let lean = p % 3;
        let value = match (lean, h % 10) {
            (0, 0..=7) | (1, 0..=4) | (2, 0..=2) => 1,
            (_, 9) => 0,
            _ => -1,
        };
        (p, value)
    };
    for i in 0..args.participants {
        for j in 0..args.votes_each {
            let (p, value) = vote_of(i, j);
            match value {
                1 => tallies[p].agree += 1,
                -1 => tallies[p].disagree += 1,
                _ => tallies[p].pass += 1,
            }
        }
    }
    let comments_per_proposal = 50usize;
    let proposal_rows: Vec<proposals::ActiveModel> = proposal_ids
        .iter()
        .enumerate()
        .map(|(p, id)| {
            let tally = tallies[p];
            let created = when(p);
            proposals::ActiveModel {
                id: Set(*id),
                consultation_id: Set(cid),
                author_id: Set(user_ids[p % user_ids.len()]),
                title: Set(format!("ข้อเสนอหมายเลข {p}")),
                body: Set("รายละเอียดของข้อเสนอสำหรับการวัดความเร็ว".into()),
                body_html: Set("<p>รายละเอียดของข้อเสนอสำหรับการวัดความเร็ว</p>".into()),
                theme: Set(Some(THEMES[p % 2].to_owned())),
                province: Set(Some(PROVINCES[p % 4].to_owned())),
                status: Set(Status::Published),
                official_response: Set(None),
                responded_at: Set(None),
                first_responded_at: Set(None),
                agree_count: Set(tally.agree),
                disagree_count: Set(tally.disagree),
                pass_count: Set(tally.pass),
                comment_count: Set(comments_per_proposal as i32),
                follower_count: Set(0),
                flag_count: Set(0),
                support_score: Set(tally.support()),
                hot_score: Set(ranking::hot(tally, created)),
                controversy_score: Set(ranking::controversy(tally)),
                hidden_at: Set(None),
                hidden_reason: Set(None),
                hidden_by: Set(None),
                locked_at: Set(None),
                pinned: Set(false),
                merged_into: Set(None),
                withdrawn_at: Set(None),
                created_at: Set(created),
                updated_at: Set(created),
                external_ref: Set(None),
                responsible_organization_id: Set(None),
                routed_by_hand: Set(false),
                answering_organization_id: Set(None),
            }
        })
        .collect();
    for chunk in proposal_rows.chunks(500) {
        proposals::Entity::insert_many(chunk.to_vec())
            .exec(db.writer())
            .await?;
    }

    let mut days: BTreeMap<String, [i32; 3]> = BTreeMap::new();
    let total_votes = args.participants * args.votes_each;
    let mut batch: Vec<votes::ActiveModel> = Vec::with_capacity(5_000);
    let mut done = 0usize;
    for (i, user) in user_ids.iter().enumerate() {
        for j in 0..args.votes_each {
            let (p, value) = vote_of(i, j);
            let at = when(i * args.votes_each + j);
            days.entry(day_of(at)).or_insert([0; 3])[0] += 1;
            batch.push(votes::ActiveModel {
                proposal_id: Set(proposal_ids[p]),
                user_id: Set(*user),
                value: Set(value),
                origin_network: Set(None),
                created_at: Set(at),
                updated_at: Set(at),
            });
            if batch.len() == 5_000 {
                done += batch.len();
                votes::Entity::insert_many(std::mem::take(&mut batch))
                    .exec(db.writer())
                    .await?;
                if done.is_multiple_of(50_000) {
                    progress("votes", done, total_votes);
                }
            }
        }
    }
    if !batch.is_empty() {
        done += batch.len();
        votes::Entity::insert_many(batch).exec(db.writer()).await?;
    }
    progress("votes", done, total_votes);

    let mut comment_rows = Vec::new();
    for (p, proposal) in proposal_ids.iter().enumerate() {
        for c in 0..comments_per_proposal {
            let i = (p * comments_per_proposal + c) % args.participants;
            let at = when(i + c);
            days.entry(day_of(at)).or_insert([0; 3])[1] += 1;
            comment_rows.push(comments::ActiveModel {
                id: Set(Uuid::now_v7()),
                proposal_id: Set(*proposal),
                parent_id: Set(None),
                author_id: Set(user_ids[i]),
                depth: Set(0),
                body: Set("ความเห็นสำหรับการวัดความเร็ว".into()),
                body_html: Set("<p>ความเห็นสำหรับการวัดความเร็ว</p>".into()),
                stance: Set(STANCES[(mix(i as u64) % 3) as usize]),
                up_count: Set(0),
                down_count: Set(0),
                reply_count: Set(0),
                hidden_at: Set(None),
                hidden_reason: Set(None),
                hidden_by: Set(None),
                flag_count: Set(0),
                deleted_at: Set(None),
                edited_at: Set(None),
                created_at: Set(at),
            });
        }
    }
    for chunk in comment_rows.chunks(1_000) {
        comments::Entity::insert_many(chunk.to_vec())
            .exec(db.writer())
            .await?;
    }
    progress("comments", comment_rows.len(), comment_rows.len());
    for p in 0..args.proposals {
        days.entry(day_of(when(p))).or_insert([0; 3])[2] += 1;
    }

    let feedback_rows: Vec<feedback::ActiveModel> = user_ids
        .iter()
        .step_by(5)
        .enumerate()
        .map(|(i, id)| {
            let h = mix(i as u64 + 7);
            feedback::ActiveModel {
                consultation_id: Set(cid),
                user_id: Set(*id),
                usefulness: Set(1 + (h % 5) as i16),
                understanding: Set(1 + ((h >> 8) % 5) as i16),
                satisfaction: Set(1 + ((h >> 16) % 5) as i16),
                created_at: Set(start),
                updated_at: Set(start),
            }
        })
        .collect();
    for chunk in feedback_rows.chunks(2_000) {
        feedback::Entity::insert_many(chunk.to_vec())
            .exec(db.writer())
            .await?;
    }
    let valuator = user_ids[0];
    let valuation_rows: Vec<valuations::ActiveModel> = proposal_ids
        .iter()
        .enumerate()
        .flat_map(|(p, id)| {
            CRITERIA
                .iter()
                .enumerate()
                .map(move |(c, criterion)| valuations::ActiveModel {
                    proposal_id: Set(*id),
                    valuator_id: Set(valuator),
                    criterion: Set(criterion.to_string()),
                    score: Set(1 + ((p + c) % 5) as i16),
                    note: Set(None),
                    created_at: Set(start),
                    updated_at: Set(start),
                })
        })
        .collect();
    for chunk in valuation_rows.chunks(2_000) {
        valuations::Entity::insert_many(chunk.to_vec())
            .exec(db.writer())
            .await?;
    }

    // The aggregates every vote, comment and proposal keeps current.
    for chunk in user_ids.chunks(5_000) {
        let rows = chunk
            .iter()
            .map(|id| consultation_participants::ActiveModel {
                consultation_id: Set(cid),
                user_id: Set(*id),
                first_seen_at: Set(start),
            });
        consultation_participants::Entity::insert_many(rows)
            .exec(db.writer())
            .await?;
    }
    // Spread each day over the shards, as concurrent writers would.
    let shards = sala::domain::agency::aggregates::SHARDS as i32;
    let activity: Vec<consultation_activity::ActiveModel> = days
        .into_iter()
        .flat_map(|(day, [v, c, p])| {
            (0..shards).map(move |s| consultation_activity::ActiveModel {
                consultation_id: Set(cid),
                day: Set(day.clone()),
                shard: Set(s as i16),
                votes: Set(v / shards + i32::from(s < v % shards)),
                comments: Set(c / shards + i32::from(s < c % shards)),
                proposals: Set(p / shards + i32::from(s < p % shards)),
            })
        })
        .collect();
    for chunk in activity.chunks(1_000) {
        consultation_activity::Entity::insert_many(chunk.to_vec())
            .exec(db.writer())
            .await?;
    }
    if db.backend() == sea_orm::DbBackend::Postgres {
        use sea_orm::ConnectionTrait;
        db.writer().execute_unprepared("ANALYZE").await?;
    }
    Ok(())
}
