//! How soon a write becomes searchable: proposals written at a steady rate while votes keep
//! the indexer busy re-indexing the proposals they touch, on the embedded index and (with
//! `--meili-url`) on Meilisearch, in one run. Each proposal's time runs from its `201` to the
//! first search that returns it; one poller searches every 20 ms.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Parser;
use sala::domain::accounts::Role;
use sala_tests::{spawn_app_with, Backend, TestApp};
use serde_json::json;

use crate::percentile;

#[derive(Parser)]
pub struct Args {
    /// A Meilisearch server to measure beside the embedded index.
    #[arg(long)]
    meili_url: Option<String>,
    /// Proposals written per second.
    #[arg(long, default_value_t = 10)]
    rate: u64,
    /// Votes per second beside them (each marks its proposal for re-indexing).
    #[arg(long, default_value_t = 100)]
    votes: u64,
    /// Seconds of steady load.
    #[arg(long, default_value_t = 60)]
    seconds: u64,
}

/// The word every measured proposal carries, and the poller searches for.
const MARK: &str = "freshmark";
const POLL: Duration = Duration::from_millis(20);
/// How long after the last write the poller waits for stragglers.
const DRAIN: Duration = Duration::from_secs(30);

pub async fn run(args: Args) -> anyhow::Result<()> {
    println!(
        "| engine | proposals ({}/s) | votes beside | searchable after p50 | p95 | p99 | max | never found |",
        args.rate
    );
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    let embedded = spawn_app_with(Backend::Sqlite, &[]).await;
    measure("embedded", &embedded, &args).await?;
    drop(embedded);
    if let Some(url) = &args.meili_url {
        let index = format!("bench_fresh_{}", uuid::Uuid::now_v7().simple());
        let meili = spawn_app_with(
            Backend::Sqlite,
            &[("SALA_SEARCH_URL", url), ("SALA_SEARCH_INDEX", &index)],
        )
        .await;
        measure("meilisearch", &meili, &args).await?;
    }
    Ok(())
}

async fn measure(engine: &str, app: &TestApp, args: &Args) -> anyhow::Result<()> {
    eprintln!("freshness: {engine}: setting up");
    let admin = app
        .operator_creates("admin@bench.example", Role::Admin)
        .await;
    let cid = app.consultation(&admin, "ideation").await["id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let people = app.many_citizens(200).await;
    let mut voted_on = Vec::new();
    for (i, author) in people.iter().take(50).enumerate() {
        let p = app
            .proposal(author, &cid, &format!("ข้อเสนอที่มีคนโหวตหมายเลข {i}"))
            .await;
        voted_on.push(p["id"].as_str().unwrap_or_default().to_owned());
    }

    let written: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let seen: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let total = args.rate * args.seconds;
    eprintln!(
        "freshness: {engine}: {total} proposals over {} s",
        args.seconds
    );

    let writer = async {
        let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / args.rate as f64));
        for i in 0..total {
            tick.tick().await;
            let author = &people[i as usize % people.len()];
            let reply = app
                .post(
                    &format!("/api/v1/consultations/{cid}/proposals"),
                    Some(&author.token),
                    &json!({
                        "title": format!("ข้อเสนอใหม่ {MARK} หมายเลข {i}"),
                        "body": format!("รายละเอียดของข้อเสนอหมายเลข {i} สำหรับวัดความสดของดัชนีค้นหา"),
                    }),
                )
                .await;
            let done = Instant::now();
            if let Some(id) = reply.body["id"].as_str() {
                written.lock().expect("lock").insert(id.to_owned(), done);
            } else {
                eprintln!("freshness: a write failed: {} {}", reply.status, reply.body);
            }
        }
    };
    let voter = async {
        let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / args.votes as f64));
        let values = ["agree", "disagree", "pass"];
        for i in 0..args.votes * args.seconds {
            tick.tick().await;
            let who = &people[i as usize % people.len()];
            let proposal = &voted_on[(i as usize * 7) % voted_on.len()];
            app.put(
                &format!("/api/v1/proposals/{proposal}/vote"),
                Some(&who.token),
                &json!({ "value": values[i as usize % 3] }),
            )
            .await;
        }
    };
    let poller = async {
        let started = Instant::now();
        loop {
            let page = app
                .get(&format!("/api/v1/search?q={MARK}&sort=new&limit=100"), None)
                .await;
            let now = Instant::now();
            if let Some(items) = page.body["items"].as_array() {
                let mut seen = seen.lock().expect("lock");
                for item in items {
                    if let Some(id) = item["id"].as_str() {
                        seen.entry(id.to_owned()).or_insert(now);
                    }
                }
            }
            let all_seen = seen.lock().expect("lock").len() as u64 >= total;
            if all_seen || started.elapsed() > Duration::from_secs(args.seconds) + DRAIN {
                break;
            }
            tokio::time::sleep(POLL).await;
        }
    };
    tokio::join!(writer, voter, poller);

    let written = written.lock().expect("lock");
    let seen = seen.lock().expect("lock");
    let mut after: Vec<Duration> = written
        .iter()
        .filter_map(|(id, at)| seen.get(id).map(|s| s.saturating_duration_since(*at)))
        .collect();
    after.sort();
    let ms = |d: Duration| format!("{:.0} ms", d.as_secs_f64() * 1e3);
    println!(
        "| {engine} | {} | {} | {} | {} | {} | {} | {} |",
        written.len(),
        args.votes * args.seconds,
        ms(percentile(&after, 0.50)),
        ms(percentile(&after, 0.95)),
        ms(percentile(&after, 0.99)),
        ms(after.last().copied().unwrap_or_default()),
        written.len() - after.len()
    );
    Ok(())
}
