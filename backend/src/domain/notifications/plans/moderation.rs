//! A moderation decision reaches the person it is about.

use sea_orm::{ConnectionTrait, EntityTrait};
use uuid::Uuid;

use super::documents::remark_in_place;
use super::{Plan, Recipients};
use crate::db::entities::{comments, proposals};
use crate::domain::notifications::{text, NotificationKind, Subject};
use crate::outbox::worker::Failure;

/// What a moderation decision was taken on: a comment (with its proposal), a proposal, a
/// remark on a document, or none of them (the account itself).
pub(super) struct Moderated {
    pub proposal_id: Option<Uuid>,
    pub comment_id: Option<Uuid>,
    pub remark_id: Option<Uuid>,
}

/// A moderation decision reaches the person it is about, naming what it was taken on.
pub(super) async fn decision<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    moderated: Moderated,
    action: &str,
    reason: &Option<String>,
) -> Result<Option<Plan>, Failure> {
    let mut recipients = Recipients::new(None);
    recipients.add([user_id], NotificationKind::ModerationDecision);
    if let Some(remark_id) = moderated.remark_id {
        return remark_moderated(conn, recipients, remark_id, action, reason).await;
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
    let subject = Subject {
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
    };
    // Not tied to the proposal or comment: a decision about hidden content must still reach
    // its author.
    let consultation_id = proposal.map(|p| p.consultation_id);
    Ok(Some(Plan::new(recipients, consultation_id, subject)))
}

/// A moderation decision on a remark names the document it is on and leads to the remark.
async fn remark_moderated<C: ConnectionTrait>(
    conn: &C,
    recipients: Recipients,
    remark_id: Uuid,
    action: &str,
    reason: &Option<String>,
) -> Result<Option<Plan>, Failure> {
    let Some((remark, document, version)) = remark_in_place(conn, remark_id).await? else {
        return Ok(None);
    };
    let subject = Subject {
        document_title: Some(version.title),
        excerpt: Some(text::excerpt(&remark.body, 200)),
        action: Some(action.to_owned()),
        reason: reason.clone(),
        about: Some("remark".to_owned()),
        link_path: format!("/documents/{}#remark-{}", document.id, remark.id),
        ..Default::default()
    };
    Ok(Some(Plan::new(
        recipients,
        Some(document.consultation_id),
        subject,
    )))
}
