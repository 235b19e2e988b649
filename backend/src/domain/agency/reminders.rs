//! Reminders and escalations of owed answers. A proposal whose answer clock falls due within
//! the reminder window is brought to the owners and representatives of its responsible
//! organisation (the consultation's owning lab when none is named); once it is overdue, to
//! those of the owning lab, naming who owes it and how late it is. Each is recorded in
//! `answer_reminders` inside the transaction that queues the mail, one row per proposal and
//! kind, so a second pass or a second process sends nothing twice. Everyone receives one
//! message listing all their proposals, however many fall due together.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::routing::names_of;
use crate::db::entities::answer_clocks::{self, Model as Clock};
use crate::db::entities::consultations::{self, Model as Consultation};
use crate::db::entities::memberships::{self, MemberRole};
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::entities::{answer_reminders, organizations, users};
use crate::db::Db;
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::outgoing_mail::{self, OutgoingMail, Recipient};
use crate::domain::{now, visibility};
use crate::error::Result;

pub use crate::db::entities::answer_reminders::ReminderKind;

/// One proposal as a reminder lists it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DueAnswer {
    pub proposal_title: String,
    pub link: String,
    pub due_at: DateTime<Utc>,
    /// Whole days left before it falls due (reminder) or since it fell due (escalation).
    pub days: i64,
    /// The organisation that owes the answer, by name (`None`: nobody was named).
    pub organization: Option<String>,
}

/// How many messages one pass queued.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sent {
    pub reminders: usize,
    pub escalations: usize,
}

/// Queues the reminders and escalations due now, each once; answers how many messages.
pub async fn send_due(db: &Db, public_url: &str, reminder_days: u32) -> Result<Sent> {
    let at = now();
    let txn = db.begin_write().await?;
    let reminders = pass(&txn, ReminderKind::Reminder, at, reminder_days, public_url).await?;
    let escalations = pass(
        &txn,
        ReminderKind::Escalation,
        at,
        reminder_days,
        public_url,
    )
    .await?;
    txn.commit().await?;
    Ok(Sent {
        reminders,
        escalations,
    })
}

/// A proposal claimed for a message, with whom it goes to.
struct Claimed {
    clock: Clock,
    proposal: Proposal,
    consultation: Consultation,
    /// The organisation whose speakers receive it.
    addressed_to: Uuid,
}

async fn pass<C: ConnectionTrait>(
    conn: &C,
    kind: ReminderKind,
    at: DateTime<Utc>,
    reminder_days: u32,
    public_url: &str,
) -> Result<usize> {
    let due = candidates(conn, kind, at, reminder_days).await?;
    if due.is_empty() {
        return Ok(0);
    }
    let consultations: HashMap<Uuid, Consultation> = consultations::Entity::find()
        .filter(consultations::Column::Id.is_in(due.iter().map(|(_, p)| p.consultation_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let mut addressed: Vec<(Clock, Proposal, Consultation, Uuid)> = due
        .into_iter()
        .filter_map(|(clock, proposal)| {
            let consultation = consultations.get(&proposal.consultation_id)?.clone();
            let org = addressee(kind, &proposal, &consultation)?;
            Some((clock, proposal, consultation, org))
        })
        .collect();
    // Claimed in one order by every process, so two passes at once wait, never deadlock.
    addressed.sort_by_key(|a| a.1.id);
    let speakers = speakers_of(conn, addressed.iter().map(|a| a.3)).await?;
    let mut claimed = Vec::new();
    for (clock, proposal, consultation, addressed_to) in addressed {
        // Nobody to tell yet: left unrecorded, so it goes once someone can read it.
        if !speakers.contains_key(&addressed_to) || !claim(conn, proposal.id, kind, at).await? {
            continue;
        }
        claimed.push(Claimed {
            clock,
            proposal,
            consultation,
            addressed_to,
        });
    }
    if kind == ReminderKind::Escalation {
        for c in &claimed {
            audit_escalation(conn, c, days_between(c.clock.due_at, at)).await?;
        }
    }
    queue_messages(conn, kind, at, public_url, &claimed, &speakers).await
}

/// Unanswered, counted proposals whose clock is in this kind's window and that have not had
/// this message yet.
async fn candidates<C: ConnectionTrait>(
    conn: &C,
    kind: ReminderKind,
    at: DateTime<Utc>,
    reminder_days: u32,
) -> Result<Vec<(Clock, Proposal)>> {
    let sent = Query::select()
        .column(answer_reminders::Column::ProposalId)
        .from(answer_reminders::Entity)
        .and_where(answer_reminders::Column::Kind.eq(kind))
        .to_owned();
    let horizon = at + Duration::days(reminder_days as i64);
    let rows = answer_clocks::Entity::find()
        .find_also_related(proposals::Entity)
        .filter(answer_clocks::Column::DueAt.lte(horizon))
        .filter(answer_clocks::Column::ProposalId.not_in_subquery(sent))
        .filter(proposals::Column::FirstRespondedAt.is_null())
        .filter(visibility::counted_proposals())
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(clock, proposal)| Some((clock, proposal?)))
        .filter(|(clock, _)| match kind {
            ReminderKind::Reminder => clock.due_at > at && clock.due_at <= horizon,
            ReminderKind::Escalation => clock.due_at < at,
        })
        .collect())
}

/// The organisation told: the responsible one (the owning lab when none) before the due
/// moment, the owning lab after it.
fn addressee(kind: ReminderKind, proposal: &Proposal, consultation: &Consultation) -> Option<Uuid> {
    match kind {
        ReminderKind::Reminder => proposal
            .responsible_organization_id
            .or(consultation.owner_organization_id),
        ReminderKind::Escalation => consultation.owner_organization_id,
    }
}

/// The owners and representatives of these organisations, verified organisations and
/// verified, current, unbanned accounts only, by organisation.
async fn speakers_of<C: ConnectionTrait>(
    conn: &C,
    orgs: impl Iterator<Item = Uuid>,
) -> Result<HashMap<Uuid, Vec<users::Model>>> {
    let mut orgs: Vec<Uuid> = orgs.collect();
    orgs.sort_unstable();
    orgs.dedup();
    let verified: Vec<Uuid> = organizations::Entity::find()
        .filter(organizations::Column::Id.is_in(orgs))
        .filter(organizations::Column::VerifiedAt.is_not_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    let members = memberships::Entity::find()
        .filter(memberships::Column::OrganizationId.is_in(verified))
        .filter(memberships::Column::Role.is_in([MemberRole::Owner, MemberRole::Representative]))
        .all(conn)
        .await?;
    let people: HashMap<Uuid, users::Model> = users::Entity::find()
        .filter(users::Column::Id.is_in(members.iter().map(|m| m.user_id)))
        .filter(users::Column::VerifiedAt.is_not_null())
        .filter(users::Column::DeletedAt.is_null())
        .filter(users::Column::BannedAt.is_null())
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect();
    let mut by_org: HashMap<Uuid, Vec<users::Model>> = HashMap::new();
    for m in members {
        if let Some(person) = people.get(&m.user_id) {
            by_org
                .entry(m.organization_id)
                .or_default()
                .push(person.clone());
        }
    }
    Ok(by_org)
}

/// Records the message as sent; false when another pass already did.
async fn claim<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
    kind: ReminderKind,
    at: DateTime<Utc>,
) -> Result<bool> {
    let inserted = answer_reminders::Entity::insert(answer_reminders::ActiveModel {
        proposal_id: Set(proposal_id),
        kind: Set(kind),
        sent_at: Set(at),
    })
    .on_conflict(
        OnConflict::columns([
            answer_reminders::Column::ProposalId,
            answer_reminders::Column::Kind,
        ])
        .do_nothing()
        .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(inserted == 1)
}

/// Whole days from `from` to `to`: at least one once the moment has passed.
fn days_between(from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    (to - from).num_days().max(1)
}

/// Whole days left until `due`, counting a part day as one.
fn days_left(at: DateTime<Utc>, due: DateTime<Utc>) -> i64 {
    ((due - at).num_hours() + 23) / 24
}

/// One message per person, listing every claimed proposal addressed to an organisation they
/// speak for.
async fn queue_messages<C: ConnectionTrait>(
    conn: &C,
    kind: ReminderKind,
    at: DateTime<Utc>,
    public_url: &str,
    claimed: &[Claimed],
    speakers: &HashMap<Uuid, Vec<users::Model>>,
) -> Result<usize> {
    let names = names_of(conn, claimed.iter().filter_map(|c| owing(kind, c))).await?;
    let mut by_person: BTreeMap<Uuid, (&users::Model, Vec<DueAnswer>)> = BTreeMap::new();
    for c in claimed {
        let days = match kind {
            ReminderKind::Reminder => days_left(at, c.clock.due_at),
            ReminderKind::Escalation => days_between(c.clock.due_at, at),
        };
        let item = DueAnswer {
            proposal_title: c.proposal.title.clone(),
            link: format!("{public_url}/p/{}", c.proposal.id),
            due_at: c.clock.due_at,
            days,
            organization: owing(kind, c).and_then(|org| names.get(&org).cloned()),
        };
        for person in speakers.get(&c.addressed_to).into_iter().flatten() {
            let entry = by_person.entry(person.id).or_insert((person, Vec::new()));
            entry.1.push(item.clone());
        }
    }
    let link = match kind {
        ReminderKind::Reminder => format!("{public_url}/agency/queue"),
        ReminderKind::Escalation => format!("{public_url}/agency"),
    };
    let sent = by_person.len();
    for (person, mut items) in by_person.into_values() {
        items.sort_by_key(|i| i.due_at);
        let mail = OutgoingMail::AnswersDue {
            to: Recipient {
                email: person.email.clone(),
                name: person.display_name.clone(),
                locale: person.locale,
            },
            reminder: kind,
            items,
            link: link.clone(),
        };
        outgoing_mail::queue(conn, &mail).await?;
    }
    Ok(sent)
}

/// The organisation a listed proposal is owed by: the responsible one, or for a reminder
/// with none named, the lab it was sent to.
fn owing(kind: ReminderKind, c: &Claimed) -> Option<Uuid> {
    match kind {
        ReminderKind::Reminder => Some(c.addressed_to),
        ReminderKind::Escalation => c.proposal.responsible_organization_id,
    }
}

async fn audit_escalation<C: ConnectionTrait>(conn: &C, c: &Claimed, days_late: i64) -> Result<()> {
    audit::record(
        conn,
        AuditEntry {
            actor_id: None,
            action: AuditAction::AnswerClocksEscalated,
            target_type: "proposal",
            target_id: Some(c.proposal.id),
            reason: None,
            before: None,
            after: Some(serde_json::json!({
                "consultation_id": c.consultation.id,
                "responsible_organization_id": c.proposal.responsible_organization_id,
                "lab_organization_id": c.addressed_to,
                "due_at": c.clock.due_at,
                "days_late": days_late,
            })),
        },
    )
    .await?;
    Ok(())
}
