//! A proposal's images: its author adds them while the proposal may be edited, at most
//! `MAX_IMAGES_PER_PROPOSAL`, each with a text alternative; the author or a moderator of the
//! consultation removes them (a moderator's removal is audited).

use bytes::Bytes;
use sea_orm::{EntityTrait, Set};
use serde_json::json;
use uuid::Uuid;

use super::{count_of, forget_objects, insert_last};
use crate::db::entities::media::{self, MediaKind, Model as Media, OwnerKind};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::consultations::Phase;
use crate::domain::proposals::{self, Status};
use crate::domain::{moderation, text};
use crate::error::{Conflict, Error, Resource, Result, UploadRefusal};
use crate::media::images::{self, ImageRefusal, MAX_IMAGE_BYTES};
use crate::media::MediaStore;

pub const MAX_IMAGES_PER_PROPOSAL: usize = 5;
/// The longest text alternative, in characters.
const MAX_ALT_CHARS: usize = 300;

/// Whether `editor` may change the proposal's images now: the same rule as editing its text.
fn ensure_author_may_edit(
    proposal: &crate::db::entities::proposals::Model,
    consultation: &crate::db::entities::consultations::Model,
    editor: &Account,
) -> Result<()> {
    if proposal.author_id != editor.id {
        return Err(Error::Forbidden(
            "Only the author can add images to a proposal.".into(),
        ));
    }
    if proposal.status == Status::Withdrawn {
        return Err(Conflict::ProposalWithdrawn.into());
    }
    if proposal.locked_at.is_some() {
        return Err(Error::ProposalLocked);
    }
    Phase::of(consultation).ensure_allows_proposals()
}

/// Checks, processes and stores an image, and adds it last to the proposal's images.
#[tracing::instrument(skip_all, fields(proposal_id = %proposal_id))]
pub async fn add_proposal_image(
    db: &Db,
    store: &MediaStore,
    author: &Account,
    proposal_id: Uuid,
    alt: &str,
    upload: Bytes,
) -> Result<Media> {
    // Permission and the cheap checks first: nobody may make the server decode for nothing.
    let (proposal, consultation) = proposals::get(db.reader(), Some(author), proposal_id).await?;
    ensure_author_may_edit(&proposal, &consultation, author)?;
    let alt = text::title("alt", alt, 1, MAX_ALT_CHARS).map_err(|e| Error::Validation(vec![e]))?;
    if count_of(
        db.reader(),
        OwnerKind::Proposal,
        proposal_id,
        MediaKind::Image,
    )
    .await?
        >= MAX_IMAGES_PER_PROPOSAL as u64
    {
        return Err(UploadRefusal::TooManyImages(MAX_IMAGES_PER_PROPOSAL).into());
    }
    if upload.len() > MAX_IMAGE_BYTES {
        return Err(UploadRefusal::FileTooLarge(MAX_IMAGE_BYTES).into());
    }
    let processed = tokio::task::spawn_blocking(move || images::process(&upload))
        .await
        .map_err(|e| Error::Internal(anyhow::anyhow!("image processing stopped: {e}")))?
        .map_err(|refusal| match refusal {
            ImageRefusal::UnsupportedType => UploadRefusal::UnsupportedImageType,
            other => UploadRefusal::ImageUnreadable(other.to_string()),
        })?;
    let display_key = store.put(processed.display.bytes.clone()).await?;
    let thumbnail_key = store.put(processed.thumbnail.bytes.clone()).await?;

    let txn = db.begin_write().await?;
    let (proposal, consultation) = proposals::get_for_update(&txn, author, proposal_id).await?;
    ensure_author_may_edit(&proposal, &consultation, author)?;
    // Counted again under the proposal's lock: two uploads at once cannot make a sixth.
    if count_of(&txn, OwnerKind::Proposal, proposal_id, MediaKind::Image).await?
        >= MAX_IMAGES_PER_PROPOSAL as u64
    {
        return Err(UploadRefusal::TooManyImages(MAX_IMAGES_PER_PROPOSAL).into());
    }
    let row = media::ActiveModel {
        kind: Set(MediaKind::Image),
        storage_key: Set(display_key),
        thumbnail_key: Set(Some(thumbnail_key)),
        content_type: Set(processed.display.content_type.to_owned()),
        bytes: Set(processed.display.bytes.len() as i64),
        width: Set(Some(processed.display.width as i32)),
        height: Set(Some(processed.display.height as i32)),
        alt_text: Set(Some(alt)),
        filename: Set(None),
        uploader_id: Set(Some(author.id)),
        ..Default::default()
    };
    insert_last(txn, OwnerKind::Proposal, proposal_id, row).await
}

/// Removes one of the proposal's images: its author may, and so may the consultation's
/// moderators, whose removal is audited.
#[tracing::instrument(skip_all, fields(proposal_id = %proposal_id, image_id = %image_id))]
pub async fn delete_proposal_image(
    db: &Db,
    store: &MediaStore,
    actor: &Account,
    proposal_id: Uuid,
    image_id: Uuid,
) -> Result<()> {
    let txn = db.begin_write().await?;
    let (proposal, consultation) = proposals::get_for_update(&txn, actor, proposal_id).await?;
    let image = media::Entity::find_by_id(image_id)
        .one(&txn)
        .await?
        .filter(|m| m.owner_kind == OwnerKind::Proposal && m.owner_id == proposal.id)
        .ok_or(Error::NotFound(Resource::Media))?;
    let is_author = proposal.author_id == actor.id;
    if !is_author && !moderation::may_moderate(&txn, actor, consultation.id).await? {
        return Err(Error::Forbidden(
            "Only the author or a moderator of this consultation can remove an image.".into(),
        ));
    }
    media::Entity::delete_by_id(image.id).exec(&txn).await?;
    if !is_author {
        audit::record(
            &txn,
            AuditEntry {
                actor_id: Some(actor.id),
                action: AuditAction::ProposalImageRemoved,
                target_type: "proposal",
                target_id: Some(proposal.id),
                reason: None,
                before: Some(json!({
                    "image_id": image.id,
                    "alt_text": image.alt_text,
                    "uploader_id": image.uploader_id,
                })),
                after: None,
            },
        )
        .await?;
    }
    txn.commit().await?;
    let keys: Vec<String> = std::iter::once(image.storage_key)
        .chain(image.thumbnail_key)
        .collect();
    forget_objects(db.reader(), store, &keys).await;
    Ok(())
}
