//! The agency summary on a large consultation: 50,000 participants and 1,000,000 votes loaded
//! in bulk, then the summary, the breakdown by each dimension (and a full vote export) read
//! through the HTTP API as an analyst would.

use std::time::{Duration, Instant};

use clap::Parser;
use sala::domain::accounts::Role;
use uuid::Uuid;

use crate::national::{self, Scale, CRITERIA};
use crate::{backend, percentile, resident_bytes, Database};
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

pub async fn run(args: Args) -> anyhow::Result<()> {
    println!(
        "| database | participants | votes | summary p50 | p95 | max | breakdown p50: province | age band | gender | theme |"
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
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
        let scale = Scale {
            participants: args.participants,
            proposals: args.proposals,
            votes_each: args.votes_each,
            comments_each: 50,
            thread: 50,
        };
        national::load(&app.db, cid, scale).await?;
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
        let mut breakdowns = Vec::new();
        for by in ["province", "age_band", "gender", "theme"] {
            breakdowns.push(breakdown_p50(&app, &agent.token, cid, by).await?);
        }
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        println!(
            "| {database:?} | {} | {} | {:.1} ms | {:.1} ms | {:.1} ms | {} |",
            args.participants,
            args.participants * args.votes_each,
            ms(percentile(&times, 0.5)),
            ms(percentile(&times, 0.95)),
            ms(*times.last().unwrap_or(&Duration::ZERO)),
            breakdowns
                .iter()
                .map(|d| format!("{:.0} ms", ms(*d)))
                .collect::<Vec<_>>()
                .join(" | "),
        );
        if args.export {
            export(&app, &agent.token, cid).await?;
        }
    }
    Ok(())
}

/// The median of five reads of the breakdown by `by`.
async fn breakdown_p50(
    app: &sala_tests::TestApp,
    token: &str,
    cid: Uuid,
    by: &str,
) -> anyhow::Result<Duration> {
    let path = format!("/api/v1/agency/consultations/{cid}/breakdown?by={by}");
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let reply = app.get(&path, Some(token)).await;
        times.push(t.elapsed());
        anyhow::ensure!(reply.status.as_u16() == 200, "breakdown: {}", reply.body);
    }
    times.sort();
    Ok(percentile(&times, 0.5))
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
