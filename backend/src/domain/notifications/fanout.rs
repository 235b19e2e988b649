//! The fan-out: turns one event into a notification per person, and mail for those who want
//! it now. It works in batches of recipients, each its own transaction, and a notification is
//! unique per (event, person), so a fan-out interrupted half-way and run again adds nothing
//! twice. The request that caused the event only wrote the event.

use std::collections::{HashMap, HashSet};

use sea_orm::{
    ActiveEnum, ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set,
};
use uuid::Uuid;

use super::unsubscribe::{Scope, UnsubscribeKey};
use super::{text, Delivery, Event, NotificationKind, Subject, NOTIFY_TOPIC};
use crate::db::entities::{
    comments, consultations, notification_preferences, notifications, proposals, result_proposals,
    result_updates, results, users, votes,
};
use crate::db::Db;
use crate::domain::follows::{self, Target};
use crate::domain::now;
use crate::domain::outgoing_mail::{self, OutgoingMail, Recipient};
use crate::outbox::worker::{Claim, Failure, Handler};

const RECIPIENTS_PER_TRANSACTION: usize = 500;

/// Who hears about an event, and what they are told.
struct Plan {
    recipients: Vec<(Uuid, NotificationKind)>,
    subject: Subject,
    proposal_id: Option<Uuid>,
    comment_id: Option<Uuid>,
    consultation_id: Option<Uuid>,
}

pub struct Fanout {
    pub public_url: String,
    pub unsubscribe: UnsubscribeKey,
}

impl Handler for Fanout {
    fn topic(&self) -> &'static str {
        NOTIFY_TOPIC
    }

    async fn handle(
        &self,
        db: &Db,
        item: &crate::db::entities::outbox::Model,
        _claim: &Claim<'_>,
    ) -> Result<(), Failure> {
        let event: Event = serde_json::from_value(item.payload.clone())
            .map_err(|e| Failure::Permanent(format!("unreadable event: {e}")))?;
        let Some(plan) = plan(db.reader(), &event).await? else {
            return Ok(());
        };
        for batch in plan.recipients.chunks(RECIPIENTS_PER_TRANSACTION) {
            self.deliver(db, item.id, &plan, batch).await?;
        }
        Ok(())
    }
}

fn name_of(users: &HashMap<Uuid, users::Model>, id: Uuid) -> Option<String> {
    users.get(&id).map(|u| u.display_name.clone())
}

async fn load_users<C: ConnectionTrait>(
    conn: &C,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, users::Model>, sea_orm::DbErr> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, u))
        .collect())
}

/// Adds recipients in order, each person once (the first kind wins), never the actor.
fn push_unique(
    out: &mut Vec<(Uuid, NotificationKind)>,
    seen: &mut HashSet<Uuid>,
    actor: Option<Uuid>,
    ids: impl IntoIterator<Item = Uuid>,
    kind: NotificationKind,
) {
    for id in ids {
        if Some(id) != actor && seen.insert(id) {
            out.push((id, kind));
        }
    }
}

/// The people behind a proposal: its author, its followers and its voters (only those who
/// agreed, when `agreeing_only`), never the actor, each once across calls.
struct ProposalPeople {
    kind: NotificationKind,
    actor: Option<Uuid>,
    agreeing_only: bool,
}

impl ProposalPeople {
    async fn push<C: ConnectionTrait>(
        &self,
        conn: &C,
        proposal: &proposals::Model,
        out: &mut Vec<(Uuid, NotificationKind)>,
        seen: &mut HashSet<Uuid>,
    ) -> Result<(), Failure> {
        push_unique(out, seen, self.actor, [proposal.author_id], self.kind);
        let followers = follows::followers(conn, Target::Proposal, proposal.id)
            .await
            .map_err(|e| Failure::Retry(e.to_string()))?;
        push_unique(out, seen, self.actor, followers, self.kind);
        let mut voters = votes::Entity::find().filter(votes::Column::ProposalId.eq(proposal.id));
        if self.agreeing_only {
            voters = voters.filter(votes::Column::Value.eq(1));
        }
        let voters = voters.all(conn).await?;
        push_unique(
            out,
            seen,
            self.actor,
            voters.into_iter().map(|v| v.user_id),
            self.kind,
        );
        Ok(())
    }
}

/// Who hears of the event and what they are told; `None` when what it is about is gone.
async fn plan<C: ConnectionTrait>(conn: &C, event: &Event) -> Result<Option<Plan>, Failure> {
    match event {
        Event::CommentPosted { comment_id } => plan_comment_posted(conn, *comment_id).await,
        Event::ProposalStatusChanged {
            proposal_id,
            actor_id,
        } => plan_status_changed(conn, *proposal_id, *actor_id).await,
        Event::PhaseChanged {
            consultation_id,
            actor_id,
        } => plan_phase_changed(conn, *consultation_id, *actor_id).await,
        Event::ResultUpdated {
            result_id,
            update_id,
            actor_id,
        } => plan_result_updated(conn, *result_id, *update_id, *actor_id).await,
        Event::ModerationDecision {
            user_id,
            proposal_id,
            comment_id,
            action,
            reason,
        } => {
            let about = Moderated {
                proposal_id: *proposal_id,
                comment_id: *comment_id,
            };
            plan_moderation_decision(conn, *user_id, about, action, reason).await
        }
    }
}

/// A reply reaches the parent comment's author, any comment the proposal's author.
async fn plan_comment_posted<C: ConnectionTrait>(
    conn: &C,
    comment_id: Uuid,
) -> Result<Option<Plan>, Failure> {
    let mut recipients = Vec::new();
    let mut seen = HashSet::new();
    let Some(comment) = comments::Entity::find_by_id(comment_id).one(conn).await? else {
        return Ok(None);
    };
    let Some(proposal) = proposals::Entity::find_by_id(comment.proposal_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let parent = match comment.parent_id {
        Some(parent) => comments::Entity::find_by_id(parent).one(conn).await?,
        None => None,
    };
    let actor = Some(comment.author_id);
    push_unique(
        &mut recipients,
        &mut seen,
        actor,
        parent.map(|p| p.author_id),
        NotificationKind::ReplyToYourComment,
    );
    push_unique(
        &mut recipients,
        &mut seen,
        actor,
        [proposal.author_id],
        NotificationKind::CommentOnYourProposal,
    );
    let names = load_users(conn, [comment.author_id]).await?;
    Ok(Some(Plan {
        recipients,
        subject: Subject {
            proposal_title: Some(proposal.title.clone()),
            excerpt: Some(text::excerpt(&comment.body, 200)),
            actor_name: name_of(&names, comment.author_id),
            link_path: format!("/proposals/{}#comment-{}", proposal.id, comment.id),
            ..Default::default()
        },
        proposal_id: Some(proposal.id),
        comment_id: Some(comment.id),
        consultation_id: Some(proposal.consultation_id),
    }))
}

/// A new status reaches the proposal's author, its followers and its voters.
async fn plan_status_changed<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
    actor_id: Option<Uuid>,
) -> Result<Option<Plan>, Failure> {
    let mut recipients = Vec::new();
    let mut seen = HashSet::new();
    let Some(proposal) = proposals::Entity::find_by_id(proposal_id).one(conn).await? else {
        return Ok(None);
    };
    let people = ProposalPeople {
        kind: NotificationKind::ProposalStatusChanged,
        actor: actor_id,
        agreeing_only: false,
    };
    people
        .push(conn, &proposal, &mut recipients, &mut seen)
        .await?;
    Ok(Some(Plan {
        recipients,
        subject: Subject {
            proposal_title: Some(proposal.title.clone()),
            status: Some(proposal.status.to_value()),
            official_response: proposal
                .official_response
                .as_deref()
                .map(|r| text::excerpt(r, 400)),
            link_path: format!("/proposals/{}", proposal.id),
            ..Default::default()
        },
        proposal_id: Some(proposal.id),
        comment_id: None,
        consultation_id: Some(proposal.consultation_id),
    }))
}

/// A result's update reaches, once each, the authors, followers and supporters (agree
/// votes) of the listed proposals it came from.
async fn plan_result_updated<C: ConnectionTrait>(
    conn: &C,
    result_id: Uuid,
    update_id: Uuid,
    actor_id: Option<Uuid>,
) -> Result<Option<Plan>, Failure> {
    let Some(result) = results::Entity::find_by_id(result_id).one(conn).await? else {
        return Ok(None);
    };
    let Some(update) = result_updates::Entity::find_by_id(update_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let linked: Vec<Uuid> = result_proposals::Entity::find()
        .filter(result_proposals::Column::ResultId.eq(result.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| l.proposal_id)
        .collect();
    // A hidden proposal's people are not told through it.
    let sources = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(linked))
        .filter(crate::domain::visibility::listed_proposals())
        .all(conn)
        .await?;
    let mut recipients = Vec::new();
    let mut seen = HashSet::new();
    let people = ProposalPeople {
        kind: NotificationKind::ResultUpdated,
        actor: actor_id,
        agreeing_only: true,
    };
    for proposal in &sources {
        people
            .push(conn, proposal, &mut recipients, &mut seen)
            .await?;
    }
    let consultation = consultations::Entity::find_by_id(result.consultation_id)
        .one(conn)
        .await?;
    Ok(Some(Plan {
        recipients,
        subject: Subject {
            consultation_title: consultation.as_ref().map(|c| c.title.clone()),
            consultation_title_en: consultation.and_then(|c| c.title_en),
            result_title: Some(result.title.clone()),
            result_title_en: result.title_en.clone(),
            status: Some(update.status.to_value()),
            progress: Some(crate::domain::results::progress_after(conn, &result, &update).await?),
            excerpt: update.note.as_deref().map(|n| text::excerpt(n, 400)),
            link_path: format!("/results/{}", result.id),
            ..Default::default()
        },
        proposal_id: None,
        comment_id: None,
        consultation_id: Some(result.consultation_id),
    }))
}

/// A new phase reaches the consultation's followers.
async fn plan_phase_changed<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    actor_id: Option<Uuid>,
) -> Result<Option<Plan>, Failure> {
    let mut recipients = Vec::new();
    let mut seen = HashSet::new();
    let Some(consultation) = consultations::Entity::find_by_id(consultation_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let followers = follows::followers(conn, Target::Consultation, consultation.id)
        .await
        .map_err(|e| Failure::Retry(e.to_string()))?;
    push_unique(
        &mut recipients,
        &mut seen,
        actor_id,
        followers,
        NotificationKind::PhaseChanged,
    );
    Ok(Some(Plan {
        recipients,
        subject: Subject {
            consultation_title: Some(consultation.title.clone()),
            consultation_title_en: consultation.title_en.clone(),
            phase: Some(consultation.phase.to_value()),
            link_path: format!("/consultations/{}", consultation.slug),
            ..Default::default()
        },
        proposal_id: None,
        comment_id: None,
        consultation_id: Some(consultation.id),
    }))
}

/// What a moderation decision was taken on: a comment (with its proposal), a proposal, or
/// neither (the account itself).
struct Moderated {
    proposal_id: Option<Uuid>,
    comment_id: Option<Uuid>,
}

/// A moderation decision reaches the person it is about, naming what it was taken on.
async fn plan_moderation_decision<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    moderated: Moderated,
    action: &str,
    reason: &Option<String>,
) -> Result<Option<Plan>, Failure> {
    let mut recipients = Vec::new();
    let mut seen = HashSet::new();
    push_unique(
        &mut recipients,
        &mut seen,
        None,
        [user_id],
        NotificationKind::ModerationDecision,
    );
    let proposal = match moderated.proposal_id {
        Some(id) => proposals::Entity::find_by_id(id).one(conn).await?,
        None => None,
    };
    let comment = match moderated.comment_id {
        Some(id) => comments::Entity::find_by_id(id).one(conn).await?,
        None => None,
    };
    let about = match (&comment, &proposal) {
        (Some(_), _) => "comment",
        (None, Some(_)) => "proposal",
        (None, None) => "account",
    };
    let link_path = match (&proposal, &comment) {
        (Some(p), Some(c)) => format!("/proposals/{}#comment-{}", p.id, c.id),
        (Some(p), None) => format!("/proposals/{}", p.id),
        (None, _) => "/".into(),
    };
    Ok(Some(Plan {
        recipients,
        subject: Subject {
            proposal_title: proposal.as_ref().map(|p| p.title.clone()),
            // A removed comment's text is gone (it may have been the reason for removing it).
            excerpt: comment
                .as_ref()
                .filter(|c| !c.body.is_empty())
                .map(|c| text::excerpt(&c.body, 200)),
            action: Some(action.to_owned()),
            reason: reason.clone(),
            about: Some(about.to_owned()),
            link_path,
            ..Default::default()
        },
        // A decision about hidden content must still reach its author.
        proposal_id: None,
        comment_id: None,
        consultation_id: proposal.map(|p| p.consultation_id),
    }))
}

impl Fanout {
    async fn deliver(
        &self,
        db: &Db,
        event_id: Uuid,
        plan: &Plan,
        batch: &[(Uuid, NotificationKind)],
    ) -> Result<(), Failure> {
        let txn = db.begin_write().await?;
        let ids: Vec<Uuid> = batch.iter().map(|(id, _)| *id).collect();
        let already = already_notified(&txn, event_id, &ids).await?;
        let people = load_users(&txn, ids.clone()).await?;
        let preferences = deliveries_chosen(&txn, ids).await?;
        let created_at = now();
        for (user_id, kind) in batch {
            let Some(person) = people.get(user_id).filter(|p| p.deleted_at.is_none()) else {
                continue;
            };
            if already.contains(user_id) {
                continue;
            }
            let delivery = preferences
                .get(&(*user_id, *kind))
                .copied()
                .unwrap_or_default();
            let notification_id = Uuid::now_v7();
            notifications::ActiveModel {
                id: Set(notification_id),
                user_id: Set(*user_id),
                event_id: Set(event_id),
                kind: Set(*kind),
                proposal_id: Set(plan.proposal_id),
                comment_id: Set(plan.comment_id),
                consultation_id: Set(plan.consultation_id),
                payload: Set(serde_json::to_value(&plan.subject)
                    .map_err(|e| Failure::Permanent(e.to_string()))?),
                delivery: Set(delivery),
                read_at: Set(None),
                digested_at: Set(None),
                created_at: Set(created_at),
            }
            .insert(&txn)
            .await?;
            // Mail goes only to confirmed addresses.
            if delivery == Delivery::Immediately && person.verified_at.is_some() {
                outgoing_mail::queue(
                    &txn,
                    &OutgoingMail::Notification {
                        to: Recipient {
                            email: person.email.clone(),
                            name: person.display_name.clone(),
                            locale: person.locale,
                        },
                        notification_id,
                        notification: *kind,
                        subject: Box::new(plan.subject.clone()),
                        link: format!("{}{}", self.public_url, plan.subject.link_path),
                        unsubscribe_url: self.unsubscribe.url(
                            &self.public_url,
                            *user_id,
                            Scope::Kind(*kind),
                        ),
                    },
                )
                .await?;
            }
        }
        txn.commit().await?;
        Ok(())
    }
}

/// Who of `ids` already has a notification of the event (a batch retried after a crash).
async fn already_notified<C: ConnectionTrait>(
    conn: &C,
    event_id: Uuid,
    ids: &[Uuid],
) -> Result<HashSet<Uuid>, Failure> {
    Ok(notifications::Entity::find()
        .filter(notifications::Column::EventId.eq(event_id))
        .filter(notifications::Column::UserId.is_in(ids.to_vec()))
        .all(conn)
        .await?
        .into_iter()
        .map(|n| n.user_id)
        .collect())
}

/// The deliveries the people chose, by person and kind; a kind not in it is delivered the
/// default way.
async fn deliveries_chosen<C: ConnectionTrait>(
    conn: &C,
    ids: Vec<Uuid>,
) -> Result<HashMap<(Uuid, NotificationKind), Delivery>, Failure> {
    Ok(notification_preferences::Entity::find()
        .filter(notification_preferences::Column::UserId.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| ((p.user_id, p.kind), p.delivery))
        .collect())
}
