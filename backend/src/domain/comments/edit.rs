//! An author editing their own comment.

use sea_orm::{ActiveModelTrait, Set};
use uuid::Uuid;

use super::{body, get_comment_for_update, Stance};
use crate::db::entities::comments::{self, Model as Comment};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::consultations::Phase;
use crate::domain::proposals::get;
use crate::domain::retry::retry_transient;
use crate::domain::{markdown, now};
use crate::error::{Error, FieldErrors, Resource, Result};
use crate::outbox::search::{self, DocType};

/// An edit whose new body has passed the checks.
struct CheckedEdit {
    body: Option<String>,
    stance: Option<Stance>,
}

pub async fn edit(
    db: &Db,
    author: &Account,
    id: Uuid,
    new_body: Option<&str>,
    stance: Option<Stance>,
) -> Result<Comment> {
    let mut errors = FieldErrors::new();
    let edit = CheckedEdit {
        body: new_body.and_then(|b| errors.check(body(b))),
        stance,
    };
    errors.finish()?;
    retry_transient(|| edit_once(db, author, id, &edit)).await
}

async fn edit_once(db: &Db, author: &Account, id: Uuid, edit: &CheckedEdit) -> Result<Comment> {
    let txn = db.begin_write().await?;
    let current = get_comment_for_update(&txn, id).await?;
    let (proposal, consultation) = get(&txn, Some(author), current.proposal_id).await?;
    if current.author_id != author.id {
        return Err(Error::Forbidden(
            "Only the author can edit a comment.".into(),
        ));
    }
    if current.deleted_at.is_some() {
        return Err(Error::NotFound(Resource::Comment));
    }
    Phase::of(&consultation).ensure_allows_comments()?;
    if proposal.locked_at.is_some() {
        return Err(Error::ProposalLocked);
    }
    let mut row: comments::ActiveModel = current.into();
    if let Some(body) = &edit.body {
        row.body_html = Set(markdown::render(body));
        row.body = Set(body.clone());
    }
    if let Some(stance) = edit.stance {
        row.stance = Set(stance);
    }
    row.edited_at = Set(Some(now()));
    let updated = row.update(&txn).await?;
    search::touch(&txn, DocType::Comment, updated.id).await?;
    txn.commit().await?;
    Ok(updated)
}
