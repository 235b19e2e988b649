//! Search through HTTP under load: the demo data set served by Sala in this process, one-word
//! Thai and English queries from `wrk` (a separate process, 64 connections), on the embedded
//! index and (with `--meili-url`) on Meilisearch, in one run.

use std::time::{Duration, Instant};

use clap::Parser;
use sala_tests::{spawn_app_with, Backend, TestApp};

use crate::wrk;

#[derive(Parser)]
pub struct Args {
    /// A Meilisearch server to measure beside the embedded index.
    #[arg(long)]
    meili_url: Option<String>,
    /// Connections `wrk` keeps open.
    #[arg(long, default_value_t = 64)]
    connections: u32,
    /// Seconds of load per query.
    #[arg(long, default_value_t = 20)]
    seconds: u32,
}

/// One-word queries on the demo data: Thai words of its consultations, and an English one.
const QUERIES: [(&str, &str); 3] = [
    ("Thai word, many matches", "ยุติธรรม"),
    ("Thai word, few matches", "เยาวชน"),
    ("English word", "court"),
];

pub async fn run(args: Args) -> anyhow::Result<()> {
    wrk::ensure_installed()?;
    println!(
        "| engine | query | requests/s ({} connections) | p50 | p90 | p99 |",
        args.connections
    );
    println!("| --- | --- | ---: | ---: | ---: | ---: |");
    let embedded = spawn_app_with(Backend::Sqlite, &[]).await;
    measure("embedded", &embedded, &args).await?;
    drop(embedded);
    if let Some(url) = &args.meili_url {
        let index = format!("bench_http_{}", uuid::Uuid::now_v7().simple());
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
    eprintln!("search-http: {engine}: loading the demo data");
    sala::demo::load(&app.db, &app.settings).await?;
    // Everything indexed before the load starts.
    let deadline = Instant::now() + Duration::from_secs(600);
    loop {
        let ready = app.get("/health/ready", None).await;
        if ready.body["search_pending"].as_u64() == Some(0) {
            break;
        }
        anyhow::ensure!(Instant::now() < deadline, "the demo data was never indexed");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for (kind, word) in QUERIES {
        let url = app.url(&format!("/api/v1/search?q={}", escape(word)));
        let total = app
            .get(&format!("/api/v1/search?q={}", escape(word)), None)
            .await
            .body["total"]
            .as_u64()
            .unwrap_or(0);
        eprintln!("search-http: {engine}: {kind} ({total} matches)");
        let report = wrk::run(&wrk::Load {
            url: &url,
            connections: args.connections,
            seconds: args.seconds,
            headers: &[],
            script: None,
        })?;
        anyhow::ensure!(
            report.errors == "none",
            "{engine} {kind}: some answers were errors: {}",
            report.errors
        );
        println!(
            "| {engine} | {kind}: {word} ({total} matches) | {:.0} | {} | {} | {} |",
            report.requests_per_second, report.p50, report.p90, report.p99
        );
    }
    Ok(())
}

fn escape(word: &str) -> String {
    word.bytes().map(|b| format!("%{b:02X}")).collect()
}
