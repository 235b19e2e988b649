//! Events about proposals: a comment, a new status, a result that came of them.

use sea_orm::{ActiveEnum, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{consultation_subject, name_of, Plan, Recipients};
use crate::db::entities::{comments, proposals, result_proposals, result_updates, results, votes};
use crate::domain::accounts::users_by_id;
use crate::domain::follows::{self, Target};
use crate::domain::notifications::{text, NotificationKind, Subject};
use crate::outbox::worker::Failure;

/// The people behind a proposal: its author, its followers and its voters (only those who
/// agreed, when `agreeing_only`).
async fn add_people_of<C: ConnectionTrait>(
    conn: &C,
    proposal: &proposals::Model,
    agreeing_only: bool,
    kind: NotificationKind,
    recipients: &mut Recipients,
) -> Result<(), Failure> {
    recipients.add([proposal.author_id], kind);
    let followers = follows::followers(conn, Target::Proposal, proposal.id)
        .await
        .map_err(|e| Failure::Retry(e.to_string()))?;
    recipients.add(followers, kind);
    let mut voters = votes::Entity::find().filter(votes::Column::ProposalId.eq(proposal.id));
    if agreeing_only {
        voters = voters.filter(votes::Column::Value.eq(1));
    }
    let voters = voters.all(conn).await?;
    recipients.add(voters.into_iter().map(|v| v.user_id), kind);
    Ok(())
}

/// A reply reaches the parent comment's author, any comment the proposal's author.
pub(super) async fn comment_posted<C: ConnectionTrait>(
    conn: &C,
    comment_id: Uuid,
) -> Result<Option<Plan>, Failure> {
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
    let mut recipients = Recipients::new(Some(comment.author_id));
    recipients.add(
        parent.map(|p| p.author_id),
        NotificationKind::ReplyToYourComment,
    );
    recipients.add(
        [proposal.author_id],
        NotificationKind::CommentOnYourProposal,
    );
    let names = users_by_id(conn, [comment.author_id]).await?;
    Ok(Some(Plan {
        recipients: recipients.list,
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
pub(super) async fn status_changed<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
    actor_id: Option<Uuid>,
) -> Result<Option<Plan>, Failure> {
    let Some(proposal) = proposals::Entity::find_by_id(proposal_id).one(conn).await? else {
        return Ok(None);
    };
    let mut recipients = Recipients::new(actor_id);
    let kind = NotificationKind::ProposalStatusChanged;
    add_people_of(conn, &proposal, false, kind, &mut recipients).await?;
    Ok(Some(Plan {
        recipients: recipients.list,
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
pub(super) async fn result_updated<C: ConnectionTrait>(
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
    let mut recipients = Recipients::new(actor_id);
    for proposal in &sources {
        let kind = NotificationKind::ResultUpdated;
        add_people_of(conn, proposal, true, kind, &mut recipients).await?;
    }
    let subject = Subject {
        result_title: Some(result.title.clone()),
        result_title_en: result.title_en.clone(),
        status: Some(update.status.to_value()),
        progress: Some(crate::domain::results::progress_after(conn, &result, &update).await?),
        excerpt: update.note.as_deref().map(|n| text::excerpt(n, 400)),
        link_path: format!("/results/{}", result.id),
        ..consultation_subject(conn, result.consultation_id).await?
    };
    Ok(Some(Plan::new(
        recipients,
        Some(result.consultation_id),
        subject,
    )))
}
