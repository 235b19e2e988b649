//! Reads at national scale through real HTTP: the national data set (50,000 citizens, 10,000
//! proposals, 1,000,000 votes, about 100,000 comments, one proposal with 1,000) served by Sala
//! in this process, loaded by `wrk` from outside: proposal lists (hot, top, new), one
//! proposal, the long discussion, the agency summary and breakdown, and 5,000 readers with
//! think time. Beside them, in the same run, two ceilings: the list's bytes as a static file
//! through the same HTTP stack, and the list's page query alone through the database driver;
//! and the hot reads again from a sibling server that keeps nothing between requests
//! (`SALA_READ_CACHE_MS=0`), so each figure built from memory stands beside its cost to build.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use futures_util::stream::{self, StreamExt};
use sala::db::entities::proposals;
use sala::domain::accounts::Role;
use sala_tests::{spawn_app_with, TestApp};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::json;
use tokio::task::JoinHandle;
use uuid::Uuid;

use crate::national::{self, Loaded, Scale};
use crate::server_process::ServerProcess;
use crate::{backend, wrk, Database};

#[derive(Parser)]
pub struct Args {
    #[arg(long, value_enum, default_values_t = [Database::Sqlite, Database::Postgres])]
    database: Vec<Database>,
    /// A small data set and short runs: proves the harness end to end (CI runs it).
    #[arg(long)]
    quick: bool,
    /// Seconds of load per scenario.
    #[arg(long, default_value_t = 10)]
    seconds: u32,
    /// Connections for the scenarios without think time.
    #[arg(long, default_value_t = 64)]
    connections: u32,
    /// Concurrent readers with think time.
    #[arg(long, default_value_t = 5_000)]
    readers: u32,
}

const NATIONAL: Scale = Scale {
    participants: 50_000,
    proposals: 10_000,
    votes_each: 20,
    comments_each: 10,
    thread: 1_000,
};

const QUICK: Scale = Scale {
    participants: 500,
    proposals: 200,
    votes_each: 10,
    comments_each: 3,
    thread: 100,
};

/// Votes a second cast alongside the list in the scenario of a live consultation.
const VOTES_ALONGSIDE: u32 = 100;

/// Clients of the raw query ceiling, as for the vote ceiling.
const CEILING_CLIENTS: usize = 16;

struct Row {
    scenario: String,
    bytes: usize,
    connections: u32,
    report: wrk::Report,
}

pub async fn run(mut args: Args) -> anyhow::Result<()> {
    wrk::ensure_installed()?;
    let scale = if args.quick {
        args.seconds = args.seconds.min(2);
        args.readers = args.readers.min(200);
        QUICK
    } else {
        NATIONAL
    };
    for database in args.database.clone() {
        measure(database, scale, &args).await?;
    }
    Ok(())
}

async fn measure(database: Database, scale: Scale, args: &Args) -> anyhow::Result<()> {
    let web_root = tempfile::tempdir()?;
    std::fs::write(
        web_root.path().join("index.html"),
        "<!doctype html><title>Sala</title>",
    )?;
    let root = web_root.path().display().to_string();
    let app = spawn_app_with(backend(database).await?, &[("SALA_FRONTEND_DIR", &root)]).await;
    let admin = app
        .operator_creates("admin@bench.example", Role::Admin)
        .await;
    let analyst = app
        .operator_creates("analyst@bench.example", Role::Agency)
        .await;
    let consultation = app.consultation(&admin, "ideation").await;
    let cid: Uuid = consultation["id"].as_str().unwrap_or_default().parse()?;
    let started = Instant::now();
    eprintln!("bench: {database:?}: loading {scale:?}");
    let loaded = national::load(&app.db, cid, scale).await?;
    app.responsible_agency(&admin, &cid.to_string(), &analyst)
        .await;
    eprintln!(
        "bench: {database:?}: loaded in {:.0} s",
        started.elapsed().as_secs_f64()
    );

    // The static ceiling serves the very bytes of the hot list.
    let hot = app
        .get(&format!("/api/v1/consultations/{cid}/proposals"), None)
        .await;
    anyhow::ensure!(hot.status.as_u16() == 200, "list: {}", hot.body);
    std::fs::write(web_root.path().join("list.json"), hot.body.to_string())?;

    // The same server with nothing kept in memory: what building each answer costs.
    let built = app
        .spawn_sibling_with(|settings| settings.read_cache_ms = 0)
        .await;
    let mut rows = Vec::new();
    for Scenario {
        name: mut scenario,
        path,
        bearer,
        connections,
        kept,
        votes_per_second,
    } in scenarios(cid, &loaded, scale, args)
    {
        let server = if kept { &app } else { &built };
        let voting = (votes_per_second > 0).then(|| {
            VotesAlongside::start(server, &admin.token, &loaded.proposals, votes_per_second)
        });
        let bytes = answer_size(server, &path, bearer.then_some(analyst.token.as_str())).await?;
        eprintln!("bench: {database:?}: {scenario}");
        let headers = match bearer {
            true => vec![format!("Authorization: Bearer {}", analyst.token)],
            false => Vec::new(),
        };
        let report = wrk::run(&wrk::Load {
            url: &server.url(&path),
            connections,
            seconds: args.seconds,
            headers: &headers,
            script: None,
        })?;
        if let Some(voting) = voting {
            let (cast, failed) = voting.stop().await?;
            anyhow::ensure!(
                failed == 0,
                "{scenario}: {failed} of the votes alongside failed"
            );
            scenario = format!("{scenario} ({cast} cast in {} s)", args.seconds);
        }
        // A scenario slower than the run (the breakdown at a million votes on SQLite) is
        // reported as such, not as a failure of the harness.
        anyhow::ensure!(
            report.errors == "none" || report.requests == 0,
            "{scenario}: {}",
            report.errors
        );
        rows.push(Row {
            scenario,
            bytes,
            connections,
            report,
        });
    }
    let (readers, memory) = readers(&app, cid, &loaded, args).await?;
    let ceiling = list_query_ceiling(&app, cid, args.seconds).await?;
    print(database, scale, args, &rows, &readers, memory, ceiling);
    Ok(())
}

struct Scenario {
    name: String,
    path: String,
    /// Asked as the analyst.
    bearer: bool,
    connections: u32,
    /// Served by the server that keeps hot anonymous answers between writes (the default), or
    /// by its sibling that builds every answer.
    kept: bool,
    /// Votes cast through the API meanwhile, each of which makes every kept answer go.
    votes_per_second: u32,
}

/// Votes cast through the API at a steady rate while a scenario runs, as an administrator
/// going through the proposals: what reads cost while a consultation is live.
struct VotesAlongside {
    stop: Arc<AtomicBool>,
    task: JoinHandle<(u64, u64)>,
}

impl VotesAlongside {
    fn start(app: &TestApp, token: &str, proposals: &[Uuid], per_second: u32) -> VotesAlongside {
        let stop = Arc::new(AtomicBool::new(false));
        let (client, base, token) = (app.client.clone(), app.address.clone(), token.to_owned());
        let proposals = proposals.to_vec();
        let task = tokio::spawn({
            let stop = Arc::clone(&stop);
            async move {
                let mut tick = tokio::time::interval(Duration::from_secs(1) / per_second);
                let (mut cast, mut failed) = (0, 0);
                for n in 0usize.. {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    tick.tick().await;
                    let proposal = proposals[n % proposals.len()];
                    // Each round over the proposals changes every vote of the last.
                    let value = match (n / proposals.len()) % 2 {
                        0 => "agree",
                        _ => "disagree",
                    };
                    let sent = client
                        .put(format!("{base}/api/v1/proposals/{proposal}/vote"))
                        .bearer_auth(&token)
                        .json(&json!({ "value": value }))
                        .send()
                        .await;
                    match sent {
                        Ok(reply) if reply.status().is_success() => cast += 1,
                        _ => failed += 1,
                    }
                }
                (cast, failed)
            }
        });
        VotesAlongside { stop, task }
    }

    /// Stops voting; the votes acknowledged and those that failed.
    async fn stop(self) -> anyhow::Result<(u64, u64)> {
        self.stop.store(true, Ordering::Relaxed);
        Ok(self.task.await?)
    }
}

fn scenarios(cid: Uuid, loaded: &Loaded, scale: Scale, args: &Args) -> Vec<Scenario> {
    let middle = loaded.proposals[loaded.proposals.len() / 2];
    let list = format!("/api/v1/consultations/{cid}/proposals");
    let agency = format!("/api/v1/agency/consultations/{cid}");
    let discussion = format!("/api/v1/proposals/{}/comments", loaded.thread);
    let c = args.connections;
    let anonymous = |name: String, path: String, kept: bool| Scenario {
        name,
        path,
        bearer: false,
        connections: c,
        kept,
        votes_per_second: 0,
    };
    let analyst = |name: &str, path: String, kept: bool| Scenario {
        name: name.into(),
        path,
        bearer: true,
        connections: 8,
        kept,
        votes_per_second: 0,
    };
    let thread = scale.thread;
    vec![
        anonymous(
            "ceiling: the hot list's bytes as a static file".into(),
            "/list.json".into(),
            true,
        ),
        anonymous("list 20, hot".into(), format!("{list}?sort=hot"), true),
        anonymous("list 20, top".into(), format!("{list}?sort=top"), true),
        anonymous("list 20, new".into(), format!("{list}?sort=new"), true),
        anonymous(
            "list 20, hot, built for each request".into(),
            format!("{list}?sort=hot"),
            false,
        ),
        Scenario {
            votes_per_second: VOTES_ALONGSIDE,
            ..anonymous(
                format!("list 20, hot, while {VOTES_ALONGSIDE} votes a second arrive"),
                format!("{list}?sort=hot"),
                true,
            )
        },
        anonymous(
            "one proposal".into(),
            format!("/api/v1/proposals/{middle}"),
            true,
        ),
        anonymous(
            "one proposal, built for each request".into(),
            format!("/api/v1/proposals/{middle}"),
            false,
        ),
        anonymous(
            format!("the discussion of {thread} comments, first page (20 threads)"),
            discussion.clone(),
            true,
        ),
        anonymous(
            format!("the discussion of {thread} comments, first page, built for each request"),
            discussion.clone(),
            false,
        ),
        anonymous(
            format!("the discussion of {thread} comments, 100 threads"),
            format!("{discussion}?limit=100"),
            true,
        ),
        analyst("agency summary", format!("{agency}/summary"), true),
        analyst(
            "agency summary, built for each request",
            format!("{agency}/summary"),
            false,
        ),
        analyst(
            "agency breakdown by province",
            format!("{agency}/breakdown?by=province"),
            true,
        ),
        analyst(
            "agency breakdown by province, built for each request",
            format!("{agency}/breakdown?by=province"),
            false,
        ),
    ]
}

async fn answer_size(app: &TestApp, path: &str, token: Option<&str>) -> anyhow::Result<usize> {
    let reply = app.get(path, token).await;
    anyhow::ensure!(reply.status.is_success(), "{path}: {}", reply.body);
    Ok(reply.body.to_string().len())
}

/// Readers who each load a page, think for one to three seconds, and load another: the hot
/// list, a proposal, or its discussion. They read from a `sala serve` process of their own on
/// the same database, so the memory reported is the server's alone: at its start and at its
/// peak during the run.
async fn readers(
    app: &TestApp,
    cid: Uuid,
    loaded: &Loaded,
    args: &Args,
) -> anyhow::Result<(wrk::Report, (u64, u64))> {
    let pages: Vec<String> = loaded
        .proposals
        .iter()
        .step_by((loaded.proposals.len() / 50).max(1))
        .flat_map(|p| {
            [
                format!("/api/v1/proposals/{p}"),
                format!("/api/v1/proposals/{p}/comments"),
            ]
        })
        .chain([format!("/api/v1/consultations/{cid}/proposals")])
        .map(|p| format!("\"{p}\""))
        .collect();
    let script = format!(
        "local pages = {{{}}}\n\
         local n = 0\n\
         request = function()\n  n = n + 1\n  return wrk.format(\"GET\", pages[(n * 7) % #pages + 1])\nend\n\
         delay = function()\n  return math.random(1000, 3000)\nend\n",
        pages.join(", ")
    );
    let server = ServerProcess::start(&app.settings.database_url).await?;
    let (at_start, _) = server.memory();
    eprintln!("bench: {} readers with think time", args.readers);
    let report = wrk::run(&wrk::Load {
        url: &server.url("/"),
        connections: args.readers,
        // Long enough for each reader to come back a few times.
        seconds: (args.seconds * 2).max(4),
        headers: &[],
        script: Some(&script),
    })?;
    let (_, peak) = server.memory();
    let heard = heard_elsewhere(&server).await?;
    eprintln!(
        "bench: the readers' server forgot what it kept {heard} times on writes made elsewhere"
    );
    Ok((report, (at_start, peak)))
}

/// How often `server` heard of a write it did not answer and forgot what it kept.
async fn heard_elsewhere(server: &ServerProcess) -> anyhow::Result<u64> {
    let metrics = reqwest::get(server.url("/metrics")).await?.text().await?;
    Ok(metrics
        .lines()
        .filter_map(|line| {
            line.strip_prefix("sala_read_cache_peer_events_total{event=\"heard\"} ")
                .or_else(|| line.strip_prefix("sala_read_cache_peer_events_total{event=\"lost\"} "))
        })
        .filter_map(|count| count.trim().parse::<u64>().ok())
        .sum())
}

/// The hot list's page query alone, straight through the database driver: no HTTP, no
/// consultation lookup, no names, as fast as `CEILING_CLIENTS` clients can send it.
async fn list_query_ceiling(app: &TestApp, cid: Uuid, seconds: u32) -> anyhow::Result<f64> {
    let db = sala::db::Db::connect(&app.settings.database_url, CEILING_CLIENTS as u32).await?;
    let until = Instant::now() + Duration::from_secs(u64::from(seconds));
    let started = Instant::now();
    let counts: Vec<anyhow::Result<u64>> = stream::iter(0..CEILING_CLIENTS)
        .map(|_| {
            let db = &db;
            async move {
                let mut n = 0u64;
                while Instant::now() < until {
                    let page = proposals::Entity::find()
                        .filter(proposals::Column::ConsultationId.eq(cid))
                        .filter(proposals::Column::HiddenAt.is_null())
                        .filter(proposals::Column::Pinned.eq(false))
                        .order_by_desc(proposals::Column::HotScore)
                        .order_by_desc(proposals::Column::Id)
                        .limit(21)
                        .all(db.reader())
                        .await?;
                    anyhow::ensure!(page.len() == 21, "the page query found {} rows", page.len());
                    n += 1;
                }
                Ok(n)
            }
        })
        .buffer_unordered(CEILING_CLIENTS)
        .collect()
        .await;
    let total: u64 = counts.into_iter().sum::<anyhow::Result<u64>>()?;
    let _ = db.close().await;
    Ok(total as f64 / started.elapsed().as_secs_f64())
}

fn print(
    database: Database,
    scale: Scale,
    args: &Args,
    rows: &[Row],
    readers: &wrk::Report,
    (memory_at_start, memory_peak): (u64, u64),
    list_ceiling: f64,
) {
    println!(
        "\n{database:?}: {} participants, {} proposals, {} votes, {} comments; wrk, {} s per scenario\n",
        scale.participants,
        scale.proposals,
        scale.votes(),
        scale.comments(),
        args.seconds
    );
    println!("| scenario | answer | connections | requests/s | p50 | p90 | p99 | errors |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
    for row in rows {
        println!(
            "| {} | {:.1} KB | {} | {:.0} | {} | {} | {} | {} |",
            row.scenario,
            row.bytes as f64 / 1024.0,
            row.connections,
            row.report.requests_per_second,
            row.report.p50,
            row.report.p90,
            row.report.p99,
            row.report.errors
        );
    }
    println!(
        "| ceiling: the hot list's page query alone through the driver, {CEILING_CLIENTS} clients | | | {list_ceiling:.0} | | | | |"
    );
    println!(
        "| {} readers, 1–3 s think time (hot list, proposals, discussions) | | {} | {:.0} | {} | {} | {} | {} |",
        args.readers,
        args.readers,
        readers.requests_per_second,
        readers.p50,
        readers.p90,
        readers.p99,
        readers.errors
    );
    println!(
        "\nThe readers made {} requests of their own `sala serve` process: {:.0} MB resident at its start, {:.0} MB at its peak",
        readers.requests,
        memory_at_start as f64 / 1e6,
        memory_peak as f64 / 1e6
    );
}
