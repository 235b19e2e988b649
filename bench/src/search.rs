//! `sala-bench search`: the embedded search engine on a generated corpus of Thai + English
//! proposals (deterministic): index build throughput, then query latency for one-word,
//! multi-word, filtered and as-you-type queries. With `--meili-url`, the same on Meilisearch.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::rng::Rng;
use clap::Parser;
use sala::search::embedded::EmbeddedEngine;
use sala::search::meili::MeiliEngine;
use sala::search::{DocType, Engine, Query, SearchDoc};
use uuid::Uuid;

#[derive(Parser)]
pub struct Args {
    /// Proposals in the corpus.
    #[arg(long, default_value_t = 100_000)]
    docs: usize,
    /// Queries of each kind.
    #[arg(long, default_value_t = 1000)]
    queries: usize,
    /// Also measure a Meilisearch server at this URL.
    #[arg(long)]
    meili_url: Option<String>,
}

const THAI: &[&str] = &[
    "ประชาชน",
    "นโยบาย",
    "กระบวนการ",
    "มีส่วนร่วม",
    "ชุมชน",
    "ท้องถิ่น",
    "งบประมาณ",
    "โรงเรียน",
    "โรงพยาบาล",
    "ถนน",
    "สะพาน",
    "น้ำประปา",
    "ไฟฟ้า",
    "ขยะ",
    "รถเมล์",
    "สวนสาธารณะ",
    "ห้องสมุด",
    "ความปลอดภัย",
    "ผู้สูงอายุ",
    "เด็ก",
    "เยาวชน",
    "เกษตรกร",
    "ตลาด",
    "การท่องเที่ยว",
    "สิ่งแวดล้อม",
    "อากาศ",
    "ฝุ่น",
    "น้ำท่วม",
    "ภัยแล้ง",
    "ยุติธรรม",
    "ไกล่เกลี่ย",
    "ข้อพิพาท",
    "ศาล",
    "ตำรวจ",
    "อาสาสมัคร",
    "สุขภาพ",
    "การศึกษา",
    "อาชีพ",
    "รายได้",
    "ภาษี",
    "ที่ดิน",
    "บ้าน",
    "ทางเท้า",
    "จักรยาน",
    "พลังงาน",
    "แสงอาทิตย์",
    "อินเทอร์เน็ต",
    "โทรศัพท์",
    "ข้อมูล",
    "ความโปร่งใส",
];

const ENGLISH: &[&str] = &[
    "platform",
    "policy",
    "community",
    "budget",
    "school",
    "hospital",
    "road",
    "bridge",
    "water",
    "electric",
    "waste",
    "bus",
    "park",
    "library",
    "safety",
    "elderly",
    "children",
    "youth",
    "farmers",
    "market",
    "tourism",
    "environment",
    "air",
    "flood",
    "drought",
    "justice",
    "mediation",
    "court",
    "police",
    "volunteer",
    "health",
    "education",
    "jobs",
    "income",
    "tax",
    "land",
    "housing",
    "sidewalk",
    "bicycle",
    "energy",
    "solar",
    "internet",
    "data",
    "transparency",
    "transport",
    "recycling",
    "clinic",
    "training",
    "digital",
    "open",
];

const THEMES: &[&str] = &[
    "ยุติธรรมชุมชน",
    "การเข้าถึงความยุติธรรม",
    "สิ่งแวดล้อม",
    "การศึกษา",
    "สุขภาพ",
];
const PROVINCES: &[&str] = &[
    "กรุงเทพมหานคร",
    "เชียงใหม่",
    "ขอนแก่น",
    "ภูเก็ต",
    "สุโขทัย",
    "นครพนม",
    "ราชบุรี",
    "สงขลา",
];

/// Thai words run together as Thai is written, with an English word now and then.
fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut out = String::new();
    for i in 0..words {
        if rng.below(4) == 0 {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(rng.pick(ENGLISH));
            out.push(' ');
        } else {
            out.push_str(rng.pick(THAI));
        }
    }
    out.trim().to_owned()
}

fn corpus(n: usize) -> Vec<SearchDoc> {
    let mut rng = Rng(0x5a1a_2026);
    let consultations: Vec<Uuid> = (0..10).map(|i| Uuid::from_u128(i + 1)).collect();
    (0..n)
        .map(|i| {
            let id = Uuid::from_u128(1_000_000 + i as u128);
            let title_words = 4 + rng.below(5);
            let body_words = 30 + rng.below(40);
            SearchDoc {
                key: DocType::Proposal.key(id),
                doc_type: DocType::Proposal,
                id,
                title: sentence(&mut rng, title_words),
                body: sentence(&mut rng, body_words),
                consultation: consultations[rng.below(consultations.len())],
                proposal: None,
                proposal_title: None,
                theme: Some(rng.pick(THEMES).to_owned()),
                province: Some(rng.pick(PROVINCES).to_owned()),
                status: Some("published".into()),
                visible: rng.below(50) != 0,
                created_at: 1_700_000_000_000 + i as i64 * 60_000,
                support: rng.below(500) as i64 - 100,
                version: 1,
            }
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// The four kinds of query, each `n` times, deterministic.
fn queries(n: usize) -> Vec<(&'static str, Vec<Query>)> {
    let mut rng = Rng(0x0e11_0e11);
    let base = || Query {
        limit: 20,
        ..Default::default()
    };
    let one_word = |rng: &mut Rng| {
        if rng.below(2) == 0 {
            rng.pick(THAI).to_owned()
        } else {
            rng.pick(ENGLISH).to_owned()
        }
    };
    let mut kinds = Vec::new();
    kinds.push((
        "one word",
        (0..n)
            .map(|_| Query {
                text: format!("{} ", one_word(&mut rng)),
                ..base()
            })
            .collect(),
    ));
    kinds.push((
        "two or three words",
        (0..n)
            .map(|_| {
                let k = 2 + rng.below(2);
                let words: Vec<String> = (0..k).map(|_| one_word(&mut rng)).collect();
                Query {
                    text: format!("{} ", words.join(" ")),
                    ..base()
                }
            })
            .collect(),
    ));
    kinds.push((
        "one word + theme + province",
        (0..n)
            .map(|_| Query {
                text: format!("{} ", one_word(&mut rng)),
                theme: Some(rng.pick(THEMES).to_owned()),
                province: Some(rng.pick(PROVINCES).to_owned()),
                ..base()
            })
            .collect(),
    ));
    kinds.push((
        "as you type (prefix)",
        (0..n)
            .map(|_| {
                let word = rng.pick(ENGLISH);
                let cut = 3.min(word.len()) + rng.below(word.len().saturating_sub(2).max(1));
                Query {
                    text: word[..cut.min(word.len())].to_owned(),
                    ..base()
                }
            })
            .collect(),
    ));
    kinds
}

async fn measure(engine: &Engine, n: usize) -> anyhow::Result<()> {
    println!("| query | p50 | p95 | p99 | mean hits |");
    println!("| --- | ---: | ---: | ---: | ---: |");
    for (name, list) in queries(n) {
        let mut latencies = Vec::with_capacity(list.len());
        let mut hits = 0u64;
        for q in list {
            let t = Instant::now();
            let found = engine.search(q).await?;
            latencies.push(t.elapsed());
            hits += found.total;
        }
        latencies.sort();
        println!(
            "| {name} | {} | {} | {} | {} |",
            ms(percentile(&latencies, 0.5)),
            ms(percentile(&latencies, 0.95)),
            ms(percentile(&latencies, 0.99)),
            hits / latencies.len().max(1) as u64
        );
    }
    Ok(())
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    eprintln!("search: generating {} proposals", args.docs);
    let docs = corpus(args.docs);
    let bytes: usize = docs.iter().map(|d| d.title.len() + d.body.len()).sum();
    let dir = tempfile::tempdir()?;

    let started = Instant::now();
    let mut build = EmbeddedEngine::start_rebuild(dir.path())?;
    for chunk in docs.chunks(1000) {
        build.add(chunk)?;
    }
    build.finish()?;
    let took = started.elapsed();
    println!(
        "embedded build: {} proposals ({:.0} MB of text) in {:.1} s = {:.0} proposals/s",
        docs.len(),
        bytes as f64 / 1e6,
        took.as_secs_f64(),
        docs.len() as f64 / took.as_secs_f64()
    );
    let engine = Engine::Embedded(Arc::new(EmbeddedEngine::open(dir.path())?));
    measure(&engine, args.queries).await?;

    if let Some(url) = args.meili_url {
        let meili = Arc::new(MeiliEngine::new(
            &url,
            None,
            &format!("sala_bench_{}", Uuid::now_v7().simple()),
        )?);
        let started = Instant::now();
        let mut build = meili.start_rebuild().await?;
        for chunk in docs.chunks(10_000) {
            build.add(chunk.to_vec()).await?;
        }
        build.finish().await?;
        let took = started.elapsed();
        println!(
            "meilisearch build: {} proposals in {:.1} s = {:.0} proposals/s",
            docs.len(),
            took.as_secs_f64(),
            docs.len() as f64 / took.as_secs_f64()
        );
        measure(&Engine::Meili(meili), args.queries).await?;
    }
    Ok(())
}
