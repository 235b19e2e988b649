//! Who hears of each event and what they are told: one plan per event, read from the
//! database as it is when the fan-out runs (what an event is about may be gone by then).

use std::collections::{HashMap, HashSet};

use sea_orm::{ActiveEnum, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{text, Event, NotificationKind, Subject};
use crate::db::entities::{
    award_applications, award_calls, comments, consultations, document_remarks, document_versions,
    documents, memberships, proposals, result_proposals, result_updates, results, users, votes,
};
use crate::domain::follows::{self, Target};
use crate::outbox::worker::Failure;

/// Who hears about an event, and what they are told.
pub(super) struct Plan {
    pub recipients: Vec<(Uuid, NotificationKind)>,
    pub subject: Subject,
    pub proposal_id: Option<Uuid>,
    pub comment_id: Option<Uuid>,
    pub consultation_id: Option<Uuid>,
}

fn name_of(users: &HashMap<Uuid, users::Model>, id: Uuid) -> Option<String> {
    users.get(&id).map(|u| u.display_name.clone())
}

pub(super) async fn load_users<C: ConnectionTrait>(
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
pub(super) async fn plan<C: ConnectionTrait>(
    conn: &C,
    event: &Event,
) -> Result<Option<Plan>, Failure> {
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
        Event::AmendmentDecided {
            remark_id,
            actor_id,
        } => plan_amendment_decided(conn, *remark_id, *actor_id).await,
        Event::AwardDecided {
            application_id,
            actor_id,
        } => plan_award_decided(conn, *application_id, *actor_id).await,
        Event::ModerationDecision {
            user_id,
            proposal_id,
            comment_id,
            remark_id,
            action,
            reason,
        } => {
            let about = Moderated {
                proposal_id: *proposal_id,
                comment_id: *comment_id,
                remark_id: *remark_id,
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

/// What a moderation decision was taken on: a comment (with its proposal), a proposal, a
/// remark on a document, or none of them (the account itself).
struct Moderated {
    proposal_id: Option<Uuid>,
    comment_id: Option<Uuid>,
    remark_id: Option<Uuid>,
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
    if let Some(remark_id) = moderated.remark_id {
        return plan_remark_moderated(conn, recipients, remark_id, action, reason).await;
    }
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

/// A remark with the document and the version it was made on; `None` once any is gone.
async fn remark_in_place<C: ConnectionTrait>(
    conn: &C,
    remark_id: Uuid,
) -> Result<
    Option<(
        document_remarks::Model,
        documents::Model,
        document_versions::Model,
    )>,
    Failure,
> {
    let Some(remark) = document_remarks::Entity::find_by_id(remark_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let document = documents::Entity::find_by_id(remark.document_id)
        .one(conn)
        .await?;
    let version = document_versions::Entity::find_by_id(remark.version_id)
        .one(conn)
        .await?;
    Ok(document.zip(version).map(|(d, v)| (remark, d, v)))
}

/// A moderation decision on a remark names the document it is on and leads to the remark.
async fn plan_remark_moderated<C: ConnectionTrait>(
    conn: &C,
    recipients: Vec<(Uuid, NotificationKind)>,
    remark_id: Uuid,
    action: &str,
    reason: &Option<String>,
) -> Result<Option<Plan>, Failure> {
    let Some((remark, document, version)) = remark_in_place(conn, remark_id).await? else {
        return Ok(None);
    };
    Ok(Some(Plan {
        recipients,
        subject: Subject {
            document_title: Some(version.title),
            excerpt: Some(text::excerpt(&remark.body, 200)),
            action: Some(action.to_owned()),
            reason: reason.clone(),
            about: Some("remark".to_owned()),
            link_path: format!("/documents/{}#remark-{}", document.id, remark.id),
            ..Default::default()
        },
        // A decision about hidden content must still reach its author.
        proposal_id: None,
        comment_id: None,
        consultation_id: Some(document.consultation_id),
    }))
}

/// A decision on a suggested amendment reaches the person who suggested it.
async fn plan_amendment_decided<C: ConnectionTrait>(
    conn: &C,
    remark_id: Uuid,
    actor_id: Option<Uuid>,
) -> Result<Option<Plan>, Failure> {
    let Some((remark, document, version)) = remark_in_place(conn, remark_id).await? else {
        return Ok(None);
    };
    let mut recipients = Vec::new();
    push_unique(
        &mut recipients,
        &mut HashSet::new(),
        actor_id,
        remark.author_id,
        NotificationKind::AmendmentDecided,
    );
    let consultation = consultations::Entity::find_by_id(document.consultation_id)
        .one(conn)
        .await?;
    Ok(Some(Plan {
        recipients,
        subject: Subject {
            consultation_title: consultation.as_ref().map(|c| c.title.clone()),
            consultation_title_en: consultation.and_then(|c| c.title_en),
            document_title: Some(version.title),
            status: remark.status.map(|s| s.to_value()),
            reason: remark.decision_reason,
            excerpt: remark
                .proposed_text
                .as_deref()
                .map(|t| text::excerpt(t, 400)),
            link_path: format!("/documents/{}", document.id),
            ..Default::default()
        },
        proposal_id: None,
        comment_id: None,
        consultation_id: Some(document.consultation_id),
    }))
}

/// An award's decision reaches those who speak for the applying organisation (owners and
/// representatives) and whoever sent the application.
async fn plan_award_decided<C: ConnectionTrait>(
    conn: &C,
    application_id: Uuid,
    actor_id: Option<Uuid>,
) -> Result<Option<Plan>, Failure> {
    let Some(application) = award_applications::Entity::find_by_id(application_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let Some(call) = award_calls::Entity::find_by_id(application.call_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let speakers: Vec<Uuid> = memberships::Entity::find()
        .filter(memberships::Column::OrganizationId.eq(application.organization_id))
        .all(conn)
        .await?
        .into_iter()
        .filter(|m| m.role.speaks_for_organization())
        .map(|m| m.user_id)
        .collect();
    let mut recipients = Vec::new();
    push_unique(
        &mut recipients,
        &mut HashSet::new(),
        actor_id,
        application.submitted_by.into_iter().chain(speakers),
        NotificationKind::AwardDecided,
    );
    Ok(Some(Plan {
        recipients,
        subject: Subject {
            award_title: Some(call.title),
            award_title_en: call.title_en,
            status: Some(application.stage.to_value()),
            excerpt: Some(application.title),
            link_path: format!("/awards/{}", call.id),
            ..Default::default()
        },
        proposal_id: None,
        comment_id: None,
        consultation_id: None,
    }))
}
