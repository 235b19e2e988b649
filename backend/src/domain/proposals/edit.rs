//! An author changing or withdrawing their proposal, and its revisions.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

use super::{check_fields, get_for_update, ProposalInput, Status};
use crate::db::entities::proposal_revisions;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::agency::{counted, routing, theme_participants};
use crate::domain::consultations::{self, Phase};
use crate::domain::notifications::{self, Event};
use crate::domain::set_given;
use crate::domain::{markdown, now, visibility};
use crate::error::{Conflict, Error, FieldErrors, Result};
use crate::outbox::search::{self, DocType};

pub async fn update(db: &Db, editor: &Account, id: Uuid, input: ProposalInput) -> Result<Proposal> {
    let txn = db.begin_write().await?;
    let (current, consultation) = get_for_update(&txn, editor, id).await?;
    if current.author_id != editor.id {
        return Err(Error::Forbidden(
            "Only the author can edit a proposal.".into(),
        ));
    }
    if current.status == Status::Withdrawn {
        return Err(Conflict::ProposalWithdrawn.into());
    }
    if current.locked_at.is_some() {
        return Err(Error::ProposalLocked);
    }
    Phase::of(&consultation).ensure_allows_proposals()?;
    let mut errors = FieldErrors::new();
    let fields = check_fields(&input, &consultation, &mut errors);
    errors.finish()?;
    proposal_revisions::ActiveModel {
        id: Set(Uuid::now_v7()),
        proposal_id: Set(current.id),
        editor_id: Set(editor.id),
        title: Set(current.title.clone()),
        body: Set(current.body.clone()),
        theme: Set(current.theme.clone()),
        province: Set(current.province.clone()),
        created_at: Set(now()),
    }
    .insert(&txn)
    .await?;
    let (theme_before, was_counted) = (
        current.theme.clone(),
        visibility::counts_toward_consultation(&current),
    );
    let mut row: proposals::ActiveModel = current.into();
    if let Some(title) = fields.title {
        row.title = Set(title);
    }
    if let Some(body) = fields.body {
        row.body_html = Set(markdown::render(&body));
        row.body = Set(body);
    }
    set_given!(row, fields, theme, province);
    row.updated_at = Set(now());
    let mut updated = row.update(&txn).await?;
    if was_counted && updated.theme != theme_before {
        theme_participants::move_theme(&txn, consultation.id, updated.id, theme_before.as_deref())
            .await?;
    }
    // A new theme or province may belong to another organisation, unless someone chose it
    // by hand.
    if !updated.routed_by_hand {
        let responsible = routing::route_new(
            &txn,
            consultation.id,
            updated.theme.as_deref(),
            updated.province.as_deref(),
        )
        .await?;
        if responsible != updated.responsible_organization_id {
            let mut row: proposals::ActiveModel = updated.into();
            row.responsible_organization_id = Set(responsible);
            updated = row.update(&txn).await?;
        }
    }
    search::touch(&txn, DocType::Proposal, updated.id).await?;
    // Comments carry the proposal's title, theme and province.
    search::touch_comments_of(&txn, updated.id).await?;
    txn.commit().await?;
    Ok(updated)
}

pub async fn withdraw(db: &Db, author: &Account, id: Uuid) -> Result<Proposal> {
    let txn = db.begin_write().await?;
    let (current, consultation) = get_for_update(&txn, author, id).await?;
    if current.author_id != author.id {
        return Err(Error::Forbidden(
            "Only the author can withdraw a proposal.".into(),
        ));
    }
    if current.status == Status::Withdrawn {
        return Ok(current);
    }
    Phase::of(&consultation).ensure_allows_withdrawal()?;
    let was_counted = visibility::counts_toward_consultation(&current);
    let now = now();
    let mut row: proposals::ActiveModel = current.into();
    row.status = Set(Status::Withdrawn);
    row.withdrawn_at = Set(Some(now));
    row.updated_at = Set(now);
    let updated = row.update(&txn).await?;
    if was_counted {
        consultations::add_to_proposal_count(&txn, consultation.id, -1).await?;
        counted::move_proposals(&txn, consultation.id, &[updated.id], -1).await?;
    }
    notifications::emit(
        &txn,
        &Event::ProposalStatusChanged {
            proposal_id: updated.id,
            actor_id: Some(author.id),
        },
    )
    .await?;
    search::touch(&txn, DocType::Proposal, updated.id).await?;
    search::touch_comments_of(&txn, updated.id).await?;
    txn.commit().await?;
    Ok(updated)
}

pub async fn revisions<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
) -> Result<Vec<proposal_revisions::Model>> {
    Ok(proposal_revisions::Entity::find()
        .filter(proposal_revisions::Column::ProposalId.eq(proposal_id))
        .order_by_desc(proposal_revisions::Column::Id)
        .all(conn)
        .await?)
}
