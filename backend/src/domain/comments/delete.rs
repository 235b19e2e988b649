//! Removing a comment's text while its place in the thread stays.

use sea_orm::{ActiveModelTrait, Set};
use uuid::Uuid;

use super::{add_to_comment_count, lock_with_proposal};
use crate::db::entities::comments;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::agency::theme_participants;
use crate::domain::audit::AuditAction;
use crate::domain::moderation::{self, log, TargetType};
use crate::domain::now;
use crate::domain::proposals::get;
use crate::domain::retry::retry_transient;
use crate::error::{Error, Result};
use crate::outbox::search::{self, DocType};

/// Removes a comment's text for good; its place in the thread stays so replies keep their
/// context. The author or a moderator of the consultation may do this; doing it twice is not
/// an error. A moderator removing someone else's words is on the moderation log.
pub async fn delete(db: &Db, actor: &Account, id: Uuid) -> Result<()> {
    retry_transient(|| delete_once(db, actor, id)).await
}

async fn delete_once(db: &Db, actor: &Account, id: Uuid) -> Result<()> {
    let txn = db.begin_write().await?;
    let (_, current) = lock_with_proposal(&txn, id).await?;
    let (proposal, _) = get(&txn, Some(actor), current.proposal_id).await?;
    let by_author = current.author_id == actor.id;
    if !by_author && !moderation::may_moderate(&txn, actor, proposal.consultation_id).await? {
        return Err(Error::Forbidden(
            "Only the author or a moderator can delete a comment.".into(),
        ));
    }
    if current.deleted_at.is_some() {
        return Ok(());
    }
    if !by_author {
        log::record(
            &txn,
            log::Entry {
                moderator_id: Some(actor.id),
                action: AuditAction::ModerationDelete,
                target_type: TargetType::Comment,
                target_id: current.id,
                consultation_id: Some(proposal.consultation_id),
                reason: "Removed by a moderator.".to_owned(),
                details: None,
                // The removed text stays out of the log: it may be the personal data that
                // was the reason for removing it.
                before: Some(serde_json::json!({ "deleted": false })),
                after: Some(serde_json::json!({ "deleted": true })),
            },
        )
        .await?;
    }
    let counted = current.hidden_at.is_none();
    let (proposal_id, author_id) = (current.proposal_id, current.author_id);
    let mut row: comments::ActiveModel = current.into();
    row.body = Set(String::new());
    row.body_html = Set(String::new());
    row.deleted_at = Set(Some(now()));
    row.update(&txn).await?;
    search::touch(&txn, DocType::Comment, id).await?;
    if counted {
        add_to_comment_count(&txn, proposal_id, -1).await?;
        theme_participants::add_act(&txn, &proposal, author_id, -1).await?;
    }
    txn.commit().await?;
    Ok(())
}
