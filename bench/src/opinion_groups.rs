//! `sala-bench opinion-groups`: the Polis method's cost on a large synthetic matrix, and on
//! each real Polis conversation (imported into SQLite, then loaded and computed), with how
//! its groups compare with the ones Polis recorded. Prints Markdown.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::rng::Rng;
use clap::Parser;
use sala::db::Db;
use sala::domain::opinion_groups::ari::adjusted_rand_index;
use sala::domain::opinion_groups::{
    compute, compute_from, repness, OpinionGroups, Vote, VoteMatrix,
};
use sala::opinion_groups::load;
use sala::polis::export::{self, Conversation};

#[derive(Parser)]
pub struct Args {
    /// Synthetic participants.
    #[arg(long, default_value_t = 50_000)]
    participants: usize,
    /// Synthetic proposals.
    #[arg(long, default_value_t = 1_000)]
    proposals: usize,
    /// Synthetic votes.
    #[arg(long, default_value_t = 1_000_000)]
    votes: usize,
    /// Of those, how many arrive after the last computation: the incremental run starts from
    /// the state the computation without them left.
    #[arg(long, default_value_t = 10_000)]
    new_votes: usize,
    /// Timed runs of each computation (the median is shown).
    #[arg(long, default_value_t = 3)]
    runs: usize,
    /// Folder of Polis exports (one subfolder per conversation).
    #[arg(long, default_value = "tests/fixtures/polis")]
    polis: PathBuf,
}

/// Three opinion camps; each proposal leans to one camp. Participants vote on distinct
/// proposals (popular ones more often), mostly along their camp's lines, sometimes passing.
/// Votes come participant by participant, so the last ones are newcomers' votes.
fn synthetic_votes(args: &Args) -> Vec<Vote> {
    let mut rng = Rng(0x5A1A_2026);
    let camps = 3;
    let proposal_camp: Vec<usize> = (0..args.proposals).map(|_| rng.below(camps)).collect();
    let per_participant = args.votes / args.participants;
    let extra = args.votes % args.participants;
    let mut votes = Vec::with_capacity(args.votes);
    let mut seen = vec![usize::MAX; args.proposals];
    for p in 0..args.participants {
        let camp = rng.below(camps);
        let n = per_participant + usize::from(p < extra);
        let mut cast = 0;
        while cast < n {
            // Skewed towards low ids: the earlier proposals are seen more.
            let a = rng.below(args.proposals);
            let b = rng.below(args.proposals);
            let s = a.min(b);
            if seen[s] == p {
                continue;
            }
            seen[s] = p;
            cast += 1;
            let value = if rng.chance(0.1) {
                0
            } else if (proposal_camp[s] == camp) == rng.chance(0.8) {
                1
            } else {
                -1
            };
            votes.push(Vote {
                participant: p as u32,
                statement: s as u32,
                value,
            });
        }
    }
    votes
}

fn matrix_of(args: &Args, votes: &[Vote]) -> VoteMatrix {
    VoteMatrix::new(args.participants, &vec![false; args.proposals], votes)
}

/// The groups' sizes, "a / b / c".
fn group_sizes(result: &OpinionGroups) -> String {
    let sizes: Vec<String> = result
        .groups
        .iter()
        .map(|g| g.members.len().to_string())
        .collect();
    sizes.join(" / ")
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn timed<T>(runs: usize, mut f: impl FnMut() -> T) -> (T, Duration) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs.max(1) {
        let started = Instant::now();
        last = Some(f());
        times.push(started.elapsed());
    }
    (last.expect("one run"), median(times))
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map(|kib| kib / 1024.0)
        .unwrap_or(0.0)
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn short(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = text.chars().take(90).collect();
    let cut = cut.replace('|', "\\|");
    if text.chars().count() > 90 {
        format!("{cut}…")
    } else {
        cut
    }
}

pub async fn run(args: Args) -> anyhow::Result<()> {
    println!("## Synthetic matrix\n");
    let started = Instant::now();
    let votes = synthetic_votes(&args);
    let matrix = matrix_of(&args, &votes);
    let built = started.elapsed();
    let nonzero: usize = matrix.rows.iter().map(Vec::len).sum();
    let (result, took) = timed(args.runs, || compute(&matrix));
    println!(
        "| participants | proposals | votes | matrix built | opinion groups (median of {}) | groups | peak memory |",
        args.runs
    );
    println!("| ---: | ---: | ---: | ---: | ---: | --- | ---: |");
    println!(
        "| {} | {} | {} | {} | {} | {} | {:.0} MiB |\n",
        matrix.row_count(),
        matrix.column_count(),
        nonzero,
        ms(built),
        ms(took),
        group_sizes(&result),
        peak_rss_mib()
    );
    incremental(&args, &votes, &matrix, &result);

    let mut names: Vec<String> = std::fs::read_dir(&args.polis)?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let dir = tempfile_dir()?;
    let db = Db::connect(
        &format!("sqlite://{}?mode=rwc", dir.join("bench.db").display()),
        4,
    )
    .await?;
    db.migrate().await?;
    let mut timing_rows = Vec::new();
    for name in names {
        let path = args.polis.join(&name);
        let started = Instant::now();
        let imported = sala::polis::import::import(&db, &path).await?;
        let import_time = started.elapsed();
        let started = Instant::now();
        let loaded = load::load(db.reader(), imported.consultation_id).await?;
        let load_time = started.elapsed();
        let (result, compute_time) = timed(args.runs, || compute(&loaded.matrix));
        let conversation = export::read(&path)?;
        report(&name, &conversation, &loaded, &result);
        timing_rows.push(format!(
            "| {name} | {} | {} | {} | {} | {} | {} |",
            loaded.matrix.row_count(),
            loaded.matrix.column_count(),
            loaded.vote_count,
            ms(import_time),
            ms(load_time),
            ms(compute_time)
        ));
    }
    println!("## Polis conversations: time\n");
    println!("| conversation | participants | statements | votes | import (SQLite) | load | opinion groups |");
    println!("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for row in timing_rows {
        println!("{row}");
    }
    db.close().await?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}

/// The incremental path: the groups computed without the last `new_votes` votes, then again
/// with them, started from what that run left; against the cold computation of the same
/// votes (`cold`), by time and by how far the groups agree.
fn incremental(args: &Args, votes: &[Vote], matrix: &VoteMatrix, cold: &OpinionGroups) {
    let before = matrix_of(args, &votes[..votes.len().saturating_sub(args.new_votes)]);
    let (_, warm) = compute_from(&before, None);
    let (result, took) = timed(args.runs, || compute_from(matrix, Some(&warm)).0);
    let again = compute_from(matrix, Some(&warm)).0;
    let labels = |r: &OpinionGroups| -> Vec<usize> {
        r.positions
            .iter()
            .map(|p| p.group.unwrap_or(usize::MAX))
            .collect()
    };
    println!(
        "| incremental: new votes | from the last run's state (median of {}) | groups | agreement with a cold start (ARI) | same result twice |",
        args.runs
    );
    println!("| ---: | ---: | --- | ---: | --- |");
    println!(
        "| {} | {} | {} | {:.4} | {} |\n",
        args.new_votes.min(votes.len()),
        ms(took),
        group_sizes(&result),
        adjusted_rand_index(&labels(&result), &labels(cold)),
        if again == result { "yes" } else { "**no**" }
    );
}

fn tempfile_dir() -> anyhow::Result<PathBuf> {
    let dir = std::env::temp_dir().join(format!("sala-bench-groups-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    Ok(dir)
}

/// Compares one conversation's groups with Polis's and lists them.
fn report(name: &str, conversation: &Conversation, loaded: &load::Loaded, result: &OpinionGroups) {
    let polis_id = |p: u32| -> i64 {
        loaded.participants[p as usize]
            .external_ref
            .as_deref()
            .and_then(|r| r.parse().ok())
            .unwrap_or(-1)
    };
    let statement_id = |s: u32| {
        loaded.statements[s as usize]
            .external_ref
            .clone()
            .unwrap_or_default()
    };
    let text_of: HashMap<String, &str> = conversation
        .statements
        .iter()
        .map(|s| (s.id.to_string(), s.text.as_str()))
        .collect();
    let mut ours: HashMap<i64, Option<usize>> = HashMap::new();
    for p in &result.positions {
        ours.insert(polis_id(p.participant), p.group);
    }
    let (all_a, all_b): (Vec<Option<usize>>, Vec<Option<i64>>) = conversation
        .participants
        .iter()
        .map(|p| (ours.get(&p.id).copied().flatten(), p.group_id))
        .unzip();
    let (both_a, both_b): (Vec<usize>, Vec<i64>) = conversation
        .participants
        .iter()
        .filter_map(|p| Some((ours.get(&p.id).copied().flatten()?, p.group_id?)))
        .unzip();
    let mut recorded_sizes: BTreeMap<i64, usize> = BTreeMap::new();
    for p in &conversation.participants {
        if let Some(g) = p.group_id {
            *recorded_sizes.entry(g).or_default() += 1;
        }
    }
    let recorded_sizes: Vec<String> = recorded_sizes.values().map(|n| n.to_string()).collect();
    println!("## {name}\n");
    println!(
        "{} participants with votes ({} grouped), {} statements with votes ({} moderated out), {} votes.\n",
        result.positions.len(),
        result.groups.iter().map(|g| g.members.len()).sum::<usize>(),
        loaded.matrix.column_count(),
        loaded.matrix.column_excluded.iter().filter(|e| **e).count(),
        loaded.vote_count
    );
    println!(
        "- Adjusted Rand index against Polis's `group-id`: **{:.4}** over all participants (not grouped = a group of its own), {:.4} over the participants both grouped.",
        adjusted_rand_index(&all_a, &all_b),
        adjusted_rand_index(&both_a, &both_b)
    );
    println!(
        "- Group sizes: {} (Polis recorded {}); silhouettes for k = 2.. : {}.",
        group_sizes(result),
        recorded_sizes.join(" / "),
        result
            .silhouettes
            .iter()
            .map(|s| format!("{s:.3}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let recorded_consensus: HashMap<String, f64> = conversation
        .statements
        .iter()
        .filter_map(|s| Some((s.id.to_string(), s.group_informed_consensus?)))
        .collect();
    if !recorded_consensus.is_empty() {
        let worst = result
            .statements
            .iter()
            .filter_map(|s| {
                let theirs = recorded_consensus.get(&statement_id(s.statement))?;
                Some((theirs - s.group_informed_consensus).abs())
            })
            .fold(0.0, f64::max);
        println!(
            "- Group-informed consensus against Polis's `group-informed-consensus` column: largest difference {worst:.1e} over {} statements.",
            result.statements.len()
        );
    }
    // The representative statements the recorded groups give, for comparison.
    let mut recorded_rows: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    let group_of: HashMap<i64, i64> = conversation
        .participants
        .iter()
        .filter_map(|p| Some((p.id, p.group_id?)))
        .collect();
    for (row, p) in loaded.matrix.row_participant.iter().enumerate() {
        if let Some(g) = group_of.get(&polis_id(*p)) {
            recorded_rows.entry(*g).or_default().push(row);
        }
    }
    let recorded_reps = repness::representatives(
        &loaded.matrix,
        &recorded_rows.values().cloned().collect::<Vec<_>>(),
    );
    println!();
    for (g, group) in result.groups.iter().enumerate() {
        println!(
            "Group {g} ({} participants), representative statements:\n",
            group.members.len()
        );
        println!("| statement | leaning | share of group | repness | text |");
        println!("| ---: | --- | ---: | ---: | --- |");
        for r in &group.representatives {
            let id = statement_id(r.statement);
            println!(
                "| {id} | {:?} | {}/{} | {:.2} | {} |",
                r.repful_for,
                r.n_success,
                r.n_trials,
                r.repness,
                short(text_of.get(&id).copied().unwrap_or(""))
            );
        }
        println!();
    }
    let ids = |reps: &[repness::Representative]| {
        reps.iter()
            .map(|r| statement_id(r.statement))
            .collect::<Vec<_>>()
            .join(", ")
    };
    println!(
        "Representative statements of the groups Polis recorded, by the same method: {}.\n",
        recorded_reps
            .iter()
            .enumerate()
            .map(|(g, reps)| format!("group {g}: {}", ids(reps)))
            .collect::<Vec<_>>()
            .join("; ")
    );
    for (label, picks) in [
        ("agree", &result.consensus.agree),
        ("disagree", &result.consensus.disagree),
    ] {
        if picks.is_empty() {
            println!("Consensus ({label}): none.\n");
            continue;
        }
        println!("Consensus ({label}):\n");
        println!("| statement | share | text |");
        println!("| ---: | ---: | --- |");
        for c in picks {
            let id = statement_id(c.statement);
            println!(
                "| {id} | {}/{} | {} |",
                c.n_success,
                c.n_trials,
                short(text_of.get(&id).copied().unwrap_or(""))
            );
        }
        println!();
    }
}
