//! Imports a Polis conversation as a closed consultation: one placeholder account per
//! participant (no email address of theirs, no password, marked by its Polis id), one
//! proposal per statement (moderated-out statements hidden), and each participant's final
//! vote on each statement. Polis ids are kept as external references. A conversation is
//! imported once; a second import is refused.

use std::collections::{BTreeSet, HashMap};
use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context};
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query, SimpleExpr};
use sea_orm::{ConnectionTrait, DatabaseTransaction, Value};
use serde_json::json;
use uuid::Uuid;

use super::export::{self, Conversation};
use crate::db::Db;
use crate::domain::ranking::{self, Tally};
use crate::domain::{consultations, markdown};
use crate::outbox::search::{self, DocType};

/// What an import created.
#[derive(Debug, Clone)]
pub struct Imported {
    pub consultation_id: Uuid,
    pub slug: String,
    pub participants: usize,
    pub statements: usize,
    pub moderated_out: usize,
    pub votes: usize,
}

/// The longest proposal title the platform accepts.
const TITLE_CHARS: usize = 150;
/// Rows per INSERT, well under SQLite's limit on bound parameters.
const MAX_PARAMETERS: usize = 30_000;
/// Marks accounts that cannot sign in: not a password hash.
const NO_PASSWORD: &str = "!imported";

/// The conversation's Polis id (`pol.is/<id>`), or the folder name.
fn conversation_key(conversation: &Conversation, dir: &Path) -> String {
    conversation
        .url
        .as_deref()
        .and_then(|url| url.trim_end_matches('/').rsplit('/').next())
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
        .or_else(|| dir.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "conversation".to_owned())
}

fn title_of(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= TITLE_CHARS {
        return if text.chars().count() < 5 {
            format!("Statement: {text}")
        } else {
            text
        };
    }
    let cut: String = text.chars().take(TITLE_CHARS - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > TITLE_CHARS / 2 => cut[..space].to_owned(),
        _ => cut,
    };
    format!("{}…", cut.trim_end())
}

fn millis(ms: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_millis(ms)
}

struct Progress {
    on_terminal: bool,
    last: Instant,
}

impl Progress {
    fn new() -> Progress {
        Progress {
            on_terminal: std::io::stderr().is_terminal(),
            last: Instant::now(),
        }
    }

    fn show(&mut self, what: &str, done: usize, total: usize) {
        if self.on_terminal && (self.last.elapsed().as_millis() > 200 || done == total) {
            self.last = Instant::now();
            eprint!("\r{what}: {done}/{total}   ");
            if done == total {
                eprintln!();
            }
        }
    }
}

/// Inserts `rows` into `table` in as few statements as the parameter limit allows.
async fn insert_rows(
    txn: &DatabaseTransaction,
    table: &str,
    columns: &[&str],
    rows: Vec<Vec<Value>>,
    progress: &mut Progress,
) -> anyhow::Result<()> {
    let per_statement = (MAX_PARAMETERS / columns.len()).max(1);
    let total = rows.len();
    let mut done = 0;
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut insert = Query::insert();
        insert
            .into_table(Alias::new(table))
            .columns(columns.iter().map(|c| Alias::new(*c)));
        for row in rows.by_ref().take(per_statement) {
            insert.values(row.into_iter().map(|v| SimpleExpr::from(Expr::val(v))))?;
            done += 1;
        }
        txn.execute(&insert).await?;
        progress.show(table, done, total);
    }
    Ok(())
}

/// Whether a consultation already carries this external reference.
async fn existing(db: &Db, external_ref: &str) -> anyhow::Result<Option<(Uuid, String)>> {
    let query = Query::select()
        .columns([Alias::new("id"), Alias::new("slug")])
        .from(Alias::new("consultations"))
        .and_where(Expr::col(Alias::new("external_ref")).eq(external_ref))
        .to_owned();
    match db.reader().query_one(&query).await? {
        Some(row) => Ok(Some((row.try_get("", "id")?, row.try_get("", "slug")?))),
        None => Ok(None),
    }
}

/// Reads the export in `dir` and imports it.
pub async fn import(db: &Db, dir: &Path) -> anyhow::Result<Imported> {
    let conversation = export::read(dir)
        .with_context(|| format!("cannot read the Polis export in {}", dir.display()))?;
    let key = conversation_key(&conversation, dir);
    let external_ref = format!("polis:{key}");
    if let Some((id, slug)) = existing(db, &external_ref).await? {
        bail!("Polis conversation {key} was imported already, as consultation {slug} ({id})");
    }
    let mut progress = Progress::new();
    let now = crate::domain::now();
    let started_at = conversation
        .statements
        .iter()
        .filter_map(|s| s.timestamp)
        .chain(conversation.votes.iter().filter_map(|v| v.timestamp))
        .min()
        .and_then(millis)
        .unwrap_or(now);

    // Accounts: every participant, and statement authors who never voted.
    let mut polis_ids: Vec<i64> = conversation.participants.iter().map(|p| p.id).collect();
    let known: BTreeSet<i64> = polis_ids.iter().copied().collect();
    let authors: BTreeSet<i64> = conversation
        .statements
        .iter()
        .filter_map(|s| s.author_id)
        .filter(|a| !known.contains(a))
        .collect();
    polis_ids.extend(authors);
    let owner_id = Uuid::new_v4();
    let mut user_ids: HashMap<i64, Uuid> = HashMap::new();
    let user_columns = [
        "id",
        "email",
        "display_name",
        "password_hash",
        "role",
        "locale",
        "created_at",
        "updated_at",
        "external_ref",
    ];
    let mut user_rows = vec![vec![
        owner_id.into(),
        format!("polis-{key}@imported.invalid").into(),
        format!("Polis conversation {key}").into(),
        NO_PASSWORD.into(),
        "citizen".into(),
        "en".into(),
        now.into(),
        now.into(),
        Value::from(external_ref.clone()),
    ]];
    for (i, pid) in polis_ids.iter().enumerate() {
        let id = Uuid::new_v4();
        user_ids.insert(*pid, id);
        // Creation times keep the participants' order (the order of their first vote).
        let created = started_at + Duration::microseconds(i as i64);
        user_rows.push(vec![
            id.into(),
            format!("polis-{key}-{pid}@imported.invalid").into(),
            format!("Polis participant {pid}").into(),
            NO_PASSWORD.into(),
            "citizen".into(),
            "en".into(),
            created.into(),
            created.into(),
            pid.to_string().into(),
        ]);
    }

    let consultation_id = Uuid::new_v4();
    let slug = format!("polis-{}", crate::domain::text::slug_from_title(&key));
    let title = title_of(if conversation.topic.trim().is_empty() {
        &key
    } else {
        &conversation.topic
    });
    let attribution = format!(
        "Imported from the Polis conversation {}. Polis data is licensed CC BY 4.0, with \
         attribution to The Computational Democracy Project.",
        conversation.url.as_deref().unwrap_or(&key)
    );
    let body = if conversation.description.trim().is_empty() {
        attribution.clone()
    } else {
        format!("{}\n\n{attribution}", conversation.description.trim())
    };
    let summary: String = conversation
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(280)
        .collect();

    // Proposals, with their tallies and scores from the final votes.
    let mut tallies = vec![Tally::default(); conversation.statements.len()];
    for v in &conversation.votes {
        let t = &mut tallies[v.statement];
        match v.value {
            1 => t.agree += 1,
            -1 => t.disagree += 1,
            _ => t.pass += 1,
        }
    }
    let mut proposal_ids = Vec::with_capacity(conversation.statements.len());
    let mut proposal_rows = Vec::with_capacity(conversation.statements.len());
    let mut moderated_out = 0;
    for (i, (s, tally)) in conversation.statements.iter().zip(&tallies).enumerate() {
        let id = Uuid::new_v4();
        proposal_ids.push(id);
        let created = s
            .timestamp
            .and_then(millis)
            .unwrap_or(started_at + Duration::milliseconds(i as i64));
        let hidden = s.moderated < 0;
        moderated_out += usize::from(hidden);
        let author = s
            .author_id
            .and_then(|a| user_ids.get(&a).copied())
            .unwrap_or(owner_id);
        proposal_rows.push(vec![
            id.into(),
            consultation_id.into(),
            author.into(),
            title_of(&s.text).into(),
            s.text.clone().into(),
            markdown::render(&s.text).into(),
            "published".into(),
            tally.agree.into(),
            tally.disagree.into(),
            tally.pass.into(),
            0i32.into(),
            0i32.into(),
            0i32.into(),
            tally.support().into(),
            ranking::hot(*tally, created).into(),
            ranking::controversy(*tally).into(),
            (if hidden { Some(now) } else { None }).into(),
            (if hidden {
                Some("Moderated out in Polis".to_owned())
            } else {
                None
            })
            .into(),
            false.into(),
            created.into(),
            created.into(),
            s.id.to_string().into(),
        ]);
    }
    let proposal_columns = [
        "id",
        "consultation_id",
        "author_id",
        "title",
        "body",
        "body_html",
        "status",
        "agree_count",
        "disagree_count",
        "pass_count",
        "comment_count",
        "follower_count",
        "flag_count",
        "support_score",
        "hot_score",
        "controversy_score",
        "hidden_at",
        "hidden_reason",
        "pinned",
        "created_at",
        "updated_at",
        "external_ref",
    ];

    // Final votes; without a vote log, times follow the participants' order.
    let vote_columns = [
        "proposal_id",
        "user_id",
        "value",
        "created_at",
        "updated_at",
    ];
    let mut vote_rows = Vec::with_capacity(conversation.votes.len());
    for v in &conversation.votes {
        let voter = conversation.participants[v.participant].id;
        let Some(&user) = user_ids.get(&voter) else {
            continue;
        };
        let at = v
            .timestamp
            .and_then(millis)
            .unwrap_or(started_at + Duration::milliseconds(v.participant as i64));
        vote_rows.push(vec![
            proposal_ids[v.statement].into(),
            user.into(),
            i16::from(v.value).into(),
            at.into(),
            at.into(),
        ]);
    }
    let votes = vote_rows.len();

    let txn = db.begin_write().await?;
    insert_rows(&txn, "users", &user_columns, user_rows, &mut progress).await?;
    let consultation_row = vec![vec![
        consultation_id.into(),
        slug.clone().into(),
        title.into(),
        summary.into(),
        body.clone().into(),
        markdown::render(&body).into(),
        "closed".into(),
        json!([]).into(),
        json!([]).into(),
        json!([]).into(),
        0i32.into(),
        owner_id.into(),
        started_at.into(),
        now.into(),
        Value::from(external_ref),
    ]];
    let consultation_columns = [
        "id",
        "slug",
        "title",
        "summary",
        "body",
        "body_html",
        "phase",
        "themes",
        "provinces",
        "criteria",
        "proposal_count",
        "created_by",
        "created_at",
        "updated_at",
        "external_ref",
    ];
    insert_rows(
        &txn,
        "consultations",
        &consultation_columns,
        consultation_row,
        &mut progress,
    )
    .await?;
    insert_rows(
        &txn,
        "proposals",
        &proposal_columns,
        proposal_rows,
        &mut progress,
    )
    .await?;
    insert_rows(&txn, "votes", &vote_columns, vote_rows, &mut progress).await?;
    let counted = consultations::recount_proposals(&txn, consultation_id)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    txn.execute(
        &Query::update()
            .table(Alias::new("consultations"))
            .value(Alias::new("proposal_count"), counted)
            .and_where(Expr::col(Alias::new("id")).eq(consultation_id))
            .to_owned(),
    )
    .await?;
    // Like every other write: the agency aggregates and the search index follow the rows.
    crate::domain::agency::aggregates::recount(&txn, consultation_id)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    search::touch_many(&txn, DocType::Proposal, &proposal_ids).await?;
    search::touch(&txn, DocType::Consultation, consultation_id).await?;
    txn.commit().await?;
    Ok(Imported {
        consultation_id,
        slug,
        participants: conversation.participants.len(),
        statements: conversation.statements.len(),
        moderated_out,
        votes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_statements_get_a_shortened_title() {
        let long = "word ".repeat(60);
        let title = title_of(&long);
        assert!(title.chars().count() <= TITLE_CHARS);
        assert!(title.ends_with('…'));
        assert_eq!(title_of("Short but fine"), "Short but fine");
        assert_eq!(title_of("ok"), "Statement: ok");
    }
}
