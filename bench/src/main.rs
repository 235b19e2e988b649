//! Benchmarks of Sala's hot paths through the real HTTP API, on SQLite and PostgreSQL. Build
//! with `--release`; the numbers go into docs/PERFORMANCE.md.
//!
//! - `sala-bench votes`: vote throughput and latency, spread over many proposals and all on one,
//!   loaded by in-process HTTP clients and again by `wrk` (`votes_wrk`), each beside the raw
//!   transaction's ceiling measured on the same database (`ceiling`).
//! - `sala-bench fanout`: a status change on a proposal with many followers: the request's
//!   latency, and how long until every mail is handed to the SMTP server.
//! - `sala-bench summary`: the agency summary on 50,000 participants and 1,000,000 votes.
//! - `sala-bench opinion-groups`: the Polis method on a 50,000 × 1,000 matrix with a million
//!   votes, and on each Polis conversation, with how its groups compare with Polis's.
//! - `sala-bench search`: the embedded search engine on 100,000 generated Thai + English
//!   proposals: build throughput and query latency.
//! - `sala-bench freshness`: how soon a write becomes searchable under a steady write load,
//!   on the embedded index and on Meilisearch.
//! - `sala-bench search-http`: search requests/s through HTTP at 64 connections (`wrk`), on
//!   the demo data, on both engines.
//! - `sala-bench reads`: lists, a proposal, a 1,000-comment discussion, the agency summary and
//!   breakdown, and 5,000 readers with think time, on the national data set (`national`),
//!   through HTTP (`wrk`) beside a static-file and a raw-query ceiling. `--quick` in CI.

mod ceiling;
mod fanout;
mod freshness;
mod national;
mod opinion_groups;
mod reads;
mod rng;
mod search;
mod search_http;
mod server_process;
mod summary;
mod votes_wrk;
mod wrk;

use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use futures_util::stream::{self, StreamExt};
use sala::domain::accounts::Role;
use sala::domain::agency::{aggregates, theme_participants};
use sala_tests::{spawn_app, Backend};
use serde_json::json;
use uuid::Uuid;

#[derive(Parser)]
#[command(about = "Measure Sala's hot paths through the HTTP API")]
enum Bench {
    /// Vote throughput and latency.
    Votes(Args),
    /// Notification fan-out to many followers.
    Fanout(fanout::Args),
    /// The agency summary on a large consultation.
    Summary(summary::Args),
    /// Opinion groups (the Polis method) on a large synthetic matrix and on real Polis
    /// conversations, compared with the groups Polis recorded.
    OpinionGroups(opinion_groups::Args),
    /// Search index build throughput and query latency.
    Search(search::Args),
    /// How soon a write becomes searchable under a steady write load, on both engines.
    Freshness(freshness::Args),
    /// Search requests/s and latency through HTTP at 64 connections, on both engines.
    SearchHttp(search_http::Args),
    /// Reads at national scale through HTTP (`wrk`), beside a static-file and a raw-query
    /// ceiling; 5,000 readers with think time.
    Reads(reads::Args),
}

#[derive(Parser)]
struct Args {
    /// Which databases to measure.
    #[arg(long, value_enum, default_values_t = [Database::Sqlite, Database::Postgres])]
    database: Vec<Database>,
    /// Distinct voters (each casts one vote per proposal it touches).
    #[arg(long, default_value_t = 2000)]
    voters: usize,
    /// Requests in flight at once.
    #[arg(long, default_value_t = 64)]
    concurrency: usize,
    /// Votes per scenario from the in-process clients.
    #[arg(long, default_value_t = 20_000)]
    votes: usize,
    /// How long `wrk` votes in each scenario.
    #[arg(long, default_value_t = 10)]
    seconds: u32,
    /// 1,000 votes from 100 voters, 16 in flight, and 2 s of `wrk`: proves the harness end to
    /// end (CI runs it).
    #[arg(long)]
    quick: bool,
}

#[derive(Clone, Copy, ValueEnum, Debug)]
pub enum Database {
    Sqlite,
    Postgres,
}

struct Measured {
    per_second: f64,
    p50: Duration,
    p95: Duration,
    p99: Duration,
}

/// This process's resident memory, from the kernel's account of it.
pub fn resident_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
}

async fn scenario(
    app: &sala_tests::TestApp,
    voters: &[sala_tests::Person],
    proposals: &[String],
    votes: usize,
    concurrency: usize,
) -> anyhow::Result<Measured> {
    let values = ["agree", "disagree", "pass"];
    let started = Instant::now();
    let mut latencies: Vec<Duration> = stream::iter(0..votes)
        .map(|i| {
            let voter = &voters[i % voters.len()];
            // Distinct (voter, proposal) pairs first, then changes of mind.
            let proposal = &proposals[(i / voters.len() + i) % proposals.len()];
            let body = json!({"value": values[i % 3]});
            async move {
                let t = Instant::now();
                let reply = app
                    .put(
                        &format!("/api/v1/proposals/{proposal}/vote"),
                        Some(&voter.token),
                        &body,
                    )
                    .await;
                assert_eq!(reply.status.as_u16(), 200, "{}", reply.body);
                t.elapsed()
            }
        })
        .buffer_unordered(concurrency)
        .collect()
        .await;
    let elapsed = started.elapsed();
    latencies.sort();
    Ok(Measured {
        per_second: votes as f64 / elapsed.as_secs_f64(),
        p50: percentile(&latencies, 0.50),
        p95: percentile(&latencies, 0.95),
        p99: percentile(&latencies, 0.99),
    })
}

pub async fn backend(database: Database) -> anyhow::Result<Backend> {
    match database {
        Database::Sqlite => Ok(Backend::Sqlite),
        Database::Postgres => Backend::postgres()
            .await
            .ok_or_else(|| anyhow::anyhow!("PostgreSQL unreachable")),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    match Bench::parse() {
        Bench::Votes(args) => votes(args).await,
        Bench::Fanout(args) => fanout::run(args).await,
        Bench::Summary(args) => summary::run(args).await,
        Bench::OpinionGroups(args) => opinion_groups::run(args).await,
        Bench::Search(args) => search::run(args).await,
        Bench::Freshness(args) => freshness::run(args).await,
        Bench::SearchHttp(args) => search_http::run(args).await,
        Bench::Reads(args) => reads::run(args).await,
    }
}

async fn votes(mut args: Args) -> anyhow::Result<()> {
    wrk::ensure_installed()?;
    if args.quick {
        (args.votes, args.voters, args.concurrency, args.seconds) = (1_000, 100, 16, 2);
    }
    let connections = u32::try_from(args.concurrency)?;
    let mut rows = Vec::new();
    for database in &args.database {
        let backend = match database {
            Database::Sqlite => Backend::Sqlite,
            Database::Postgres => Backend::postgres()
                .await
                .ok_or_else(|| anyhow::anyhow!("PostgreSQL unreachable"))?,
        };
        let app = spawn_app(backend).await;
        eprintln!(
            "bench: {database:?}: creating {} voters and 100 proposals",
            args.voters
        );
        let admin = app
            .operator_creates("admin@bench.example", Role::Admin)
            .await;
        let consultation = app.consultation(&admin, "ideation").await;
        let cid = consultation["id"].as_str().unwrap_or_default().to_owned();
        let voters = app.many_citizens(args.voters).await;
        let mut proposals = Vec::new();
        for i in 0..100 {
            let p = app
                .proposal(
                    &voters[i % voters.len()],
                    &cid,
                    &format!("ข้อเสนอทดสอบความเร็วหมายเลข {i}"),
                )
                .await;
            proposals.push(p["id"].as_str().unwrap_or_default().to_owned());
        }
        let mut measured = Vec::new();
        for (name, targets) in [
            ("spread over 100 proposals", &proposals[..]),
            ("all on one proposal", &proposals[..1]),
        ] {
            eprintln!("bench: {database:?}: {name}");
            let m = scenario(&app, &voters, targets, args.votes, args.concurrency).await?;
            eprintln!("bench: {database:?}: {name}, through wrk");
            let w = votes_wrk::run(&app, &voters, targets, args.seconds, connections)?;
            measured.push((name, targets, m, w));
        }
        let ids: Vec<Uuid> = proposals.iter().filter_map(|p| p.parse().ok()).collect();
        check_counters(&app, &cid, &ids).await?;
        let voter_ids: Vec<Uuid> = voters.iter().map(|v| v.id).collect();
        for (name, targets, m, w) in measured {
            eprintln!("bench: {database:?}: {name}: the raw ceiling");
            let targets: Vec<Uuid> = targets.iter().filter_map(|p| p.parse().ok()).collect();
            let c = ceiling::measure(&app.settings.database_url, &voter_ids, &targets, args.votes)
                .await?;
            let row = |scenario: &str, per_second: f64, latency: String| {
                format!(
                    "| {database:?} | {scenario} | {} | {per_second:.0} | {:.0} | {:.2} | {latency} | {} |",
                    args.concurrency,
                    c.per_second,
                    per_second / c.per_second,
                    latencies(&c),
                )
            };
            rows.push(row(name, m.per_second, latencies(&m)));
            rows.push(row(
                &format!("{name}, `wrk`"),
                w.requests_per_second,
                format!("{} / {} (p90) / {}", w.p50, w.p90, w.p99),
            ));
        }
    }
    println!(
        "| database | scenario | in flight | Sala votes/s | ceiling tps ({} clients) | ratio | Sala p50 / p95 / p99 | ceiling p50 / p95 / p99 |",
        ceiling::CLIENTS
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: | --- | --- |");
    for row in rows {
        println!("{row}");
    }
    Ok(())
}

fn latencies(m: &Measured) -> String {
    format!(
        "{:.1} / {:.1} / {:.1} ms",
        m.p50.as_secs_f64() * 1e3,
        m.p95.as_secs_f64() * 1e3,
        m.p99.as_secs_f64() * 1e3
    )
}

/// After the write scenarios: every proposal's counters, every participant's votes and every
/// theme's participants kept for the breakdowns equal a recount of the vote rows, so no vote was
/// lost or counted twice. All is read in one snapshot: `wrk` stops without waiting for its last
/// answers, so the server may still be committing those votes while this reads.
async fn check_counters(
    app: &sala_tests::TestApp,
    consultation: &str,
    proposals: &[Uuid],
) -> anyhow::Result<()> {
    use sala::db::entities::proposals as p;
    use sea_orm::{AccessMode, EntityTrait, IsolationLevel, TransactionTrait};
    let snapshot = app
        .db
        .reader()
        .begin_with_config(
            Some(IsolationLevel::RepeatableRead),
            Some(AccessMode::ReadOnly),
        )
        .await?;
    for id in proposals {
        let row = p::Entity::find_by_id(*id)
            .one(&snapshot)
            .await?
            .ok_or_else(|| anyhow::anyhow!("proposal {id} is gone"))?;
        let counted = sala::domain::votes::recount(&snapshot, *id).await?;
        anyhow::ensure!(
            sala::domain::votes::tally_of(&row) == counted,
            "proposal {id}: counters {:?} but the votes count {counted:?}",
            sala::domain::votes::tally_of(&row)
        );
    }
    let consultation: Uuid = consultation.parse()?;
    let recounted = aggregates::recount(&snapshot, consultation).await?;
    let kept = aggregates::stored_votes(&snapshot, consultation).await?;
    anyhow::ensure!(
        kept == recounted.votes,
        "the participants' votes kept for the breakdowns differ from a recount"
    );
    anyhow::ensure!(
        theme_participants::stored(&snapshot, consultation).await?
            == theme_participants::recount(&snapshot, consultation).await?,
        "the themes' participants kept for the breakdowns differ from a recount"
    );
    eprintln!(
        "bench: counters equal a recount on all {} proposals and {} participants",
        proposals.len(),
        kept.len()
    );
    snapshot.commit().await?;
    Ok(())
}
