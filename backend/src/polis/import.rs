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
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use super::export::{self, Conversation};
use crate::db::entities::consultations;
use crate::db::Db;
use crate::domain::accounts::{Locale, Role};
use crate::domain::bulk::{self, Hidden, NewAccount, NewConsultation, NewProposal, NewVote};
use crate::domain::consultations::Phase;
use crate::domain::votes::VoteValue;

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

/// Whether a consultation already carries this external reference.
async fn existing(db: &Db, external_ref: &str) -> anyhow::Result<Option<(Uuid, String)>> {
    Ok(consultations::Entity::find()
        .select_only()
        .columns([consultations::Column::Id, consultations::Column::Slug])
        .filter(consultations::Column::ExternalRef.eq(external_ref))
        .into_tuple()
        .one(db.reader())
        .await?)
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
    let now = crate::domain::now();
    let started_at = conversation
        .statements
        .iter()
        .filter_map(|s| s.timestamp)
        .chain(conversation.votes.iter().filter_map(|v| v.timestamp))
        .min()
        .and_then(millis)
        .unwrap_or(now);
    let people = people_of(&conversation, &key, &external_ref, started_at, now);
    let consultation = consultation_of(&conversation, &key, external_ref, &people, started_at, now);
    let proposals = proposals_of(&conversation, &people, started_at, now);
    let imported = Imported {
        consultation_id: consultation.id,
        slug: consultation.slug.clone(),
        participants: conversation.participants.len(),
        statements: conversation.statements.len(),
        moderated_out: proposals.iter().filter(|p| p.hidden.is_some()).count(),
        votes: proposals.iter().map(|p| p.votes.len()).sum(),
    };

    let mut progress = Progress::new();
    let mut show = |table: &str, done: usize, total: usize| progress.show(table, done, total);
    let txn = db.begin_write().await?;
    bulk::insert_accounts(&txn, people.accounts, &mut show).await?;
    bulk::insert_consultation(&txn, consultation, proposals, &mut show).await?;
    // Like every other write: the agency aggregates follow the rows.
    crate::domain::agency::aggregates::rebuild(&txn, imported.consultation_id)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    txn.commit().await?;
    Ok(imported)
}

/// The accounts of a conversation: its owner, every participant, and statement authors who
/// never voted.
struct People {
    owner: Uuid,
    by_polis_id: HashMap<i64, Uuid>,
    accounts: Vec<NewAccount>,
}

fn people_of(
    conversation: &Conversation,
    key: &str,
    external_ref: &str,
    started_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> People {
    let mut polis_ids: Vec<i64> = conversation.participants.iter().map(|p| p.id).collect();
    let known: BTreeSet<i64> = polis_ids.iter().copied().collect();
    let authors: BTreeSet<i64> = conversation
        .statements
        .iter()
        .filter_map(|s| s.author_id)
        .filter(|a| !known.contains(a))
        .collect();
    polis_ids.extend(authors);
    let account = |id, email, display_name, created_at, external_ref| NewAccount {
        id,
        email,
        display_name,
        password_hash: NO_PASSWORD.to_owned(),
        role: Role::Citizen,
        locale: Locale::En,
        province: None,
        age_band: None,
        gender: None,
        verified_at: None,
        created_at,
        external_ref: Some(external_ref),
    };
    let owner = Uuid::new_v4();
    let mut accounts = vec![account(
        owner,
        format!("polis-{key}@imported.invalid"),
        format!("Polis conversation {key}"),
        now,
        external_ref.to_owned(),
    )];
    let mut by_polis_id = HashMap::new();
    for (i, pid) in polis_ids.iter().enumerate() {
        let id = Uuid::new_v4();
        by_polis_id.insert(*pid, id);
        // Creation times keep the participants' order (the order of their first vote).
        accounts.push(account(
            id,
            format!("polis-{key}-{pid}@imported.invalid"),
            format!("Polis participant {pid}"),
            started_at + Duration::microseconds(i as i64),
            pid.to_string(),
        ));
    }
    People {
        owner,
        by_polis_id,
        accounts,
    }
}

/// The conversation as a closed consultation, crediting Polis.
fn consultation_of(
    conversation: &Conversation,
    key: &str,
    external_ref: String,
    people: &People,
    started_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> NewConsultation {
    let attribution = format!(
        "Imported from the Polis conversation {}. Polis data is licensed CC BY 4.0, with \
         attribution to The Computational Democracy Project.",
        conversation.url.as_deref().unwrap_or(key)
    );
    let body = if conversation.description.trim().is_empty() {
        attribution
    } else {
        format!("{}\n\n{attribution}", conversation.description.trim())
    };
    NewConsultation {
        id: Uuid::new_v4(),
        slug: format!("polis-{}", crate::domain::text::slug_from_title(key)),
        title: title_of(if conversation.topic.trim().is_empty() {
            key
        } else {
            &conversation.topic
        }),
        summary: conversation
            .description
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .chars()
            .take(280)
            .collect(),
        title_en: None,
        summary_en: None,
        body,
        owner_organization_id: None,
        phase: Phase::Closed,
        themes: Vec::new(),
        provinces: Vec::new(),
        criteria: Vec::new(),
        ideation_starts_at: None,
        voting_starts_at: None,
        review_starts_at: None,
        closes_at: None,
        created_by: people.owner,
        created_at: started_at,
        updated_at: now,
        external_ref: Some(external_ref),
    }
}

/// One proposal per statement (moderated-out ones hidden) with its final votes; without a
/// vote log, vote times follow the participants' order.
fn proposals_of(
    conversation: &Conversation,
    people: &People,
    started_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Vec<NewProposal> {
    let mut votes: Vec<Vec<NewVote>> = vec![Vec::new(); conversation.statements.len()];
    for v in &conversation.votes {
        let voter = conversation.participants[v.participant].id;
        let Some(&user_id) = people.by_polis_id.get(&voter) else {
            continue;
        };
        let at = v
            .timestamp
            .and_then(millis)
            .unwrap_or(started_at + Duration::milliseconds(v.participant as i64));
        votes[v.statement].push(NewVote {
            user_id,
            value: VoteValue::from_i16(i16::from(v.value)),
            at,
        });
    }
    let statements = conversation.statements.iter().zip(votes).enumerate();
    statements
        .map(|(i, (s, votes))| NewProposal {
            id: Uuid::new_v4(),
            author_id: s
                .author_id
                .and_then(|a| people.by_polis_id.get(&a).copied())
                .unwrap_or(people.owner),
            title: title_of(&s.text),
            body: s.text.clone(),
            theme: None,
            province: None,
            hidden: (s.moderated < 0).then(|| Hidden {
                at: now,
                reason: "Moderated out in Polis".to_owned(),
            }),
            created_at: s
                .timestamp
                .and_then(millis)
                .unwrap_or(started_at + Duration::milliseconds(i as i64)),
            external_ref: Some(s.id.to_string()),
            votes,
            followers: Vec::new(),
            comments: Vec::new(),
        })
        .collect()
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
