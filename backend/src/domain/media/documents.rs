//! Documents attached to a consultation by those who manage it, to a proposal's official
//! answer by those who may give it, and to a result's milestone (its evidence) by those who may
//! write the result: PDF, office files, CSV and text, stored as uploaded and only ever
//! downloaded. Each owner takes at most `MAX_DOCUMENTS`.

use bytes::Bytes;
use sea_orm::{EntityTrait, Set};
use uuid::Uuid;

use super::{count_of, forget_objects, insert_last};
use crate::db::entities::media::{self, MediaKind, Model as Media, OwnerKind};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::agency::scope;
use crate::domain::{consultations, proposals, results, text};
use crate::error::{Error, FieldError, Resource, Result, UploadRefusal};
use crate::media::documents::{self, MAX_DOCUMENT_BYTES};
use crate::media::MediaStore;

/// The most documents one consultation or one answer carries.
pub const MAX_DOCUMENTS: usize = 20;

/// What a document is attached to.
#[derive(Debug, Clone)]
pub enum Attachable {
    /// A consultation, by id or slug.
    Consultation(String),
    /// A proposal's official answer.
    Answer(Uuid),
    /// A result's milestone: `(result, milestone)`.
    Milestone(Uuid, Uuid),
}

/// The owner's kind and id, once `actor` is known to manage it.
async fn owner_managed_by(
    db: &Db,
    actor: &Account,
    target: &Attachable,
) -> Result<(OwnerKind, Uuid)> {
    let conn = db.reader();
    match target {
        Attachable::Consultation(id_or_slug) => {
            let consultation = consultations::get(conn, Some(actor), id_or_slug).await?;
            if !consultations::can_manage(conn, actor, &consultation).await? {
                return Err(Error::Forbidden(
                    "Only administrators and the owning lab's members can attach documents to this consultation.".into(),
                ));
            }
            Ok((OwnerKind::Consultation, consultation.id))
        }
        Attachable::Answer(proposal_id) => {
            let (proposal, consultation) = proposals::get(conn, Some(actor), *proposal_id).await?;
            if scope::signer_for(conn, actor, &consultation, &proposal)
                .await?
                .is_none()
            {
                return Err(Error::Forbidden(
                    "Only owners and representatives of the organisation responsible for this proposal can attach documents to its answer.".into(),
                ));
            }
            Ok((OwnerKind::Answer, proposal.id))
        }
        Attachable::Milestone(result_id, milestone_id) => {
            let (result, consultation) = results::get(conn, Some(actor), *result_id).await?;
            if !results::may_steward(conn, actor, &consultation, result.organization_id).await? {
                return Err(Error::Forbidden(
                    "Only those who may write this result can attach evidence to its milestones."
                        .into(),
                ));
            }
            let milestone = results::milestones::find(conn, result.id, *milestone_id).await?;
            Ok((OwnerKind::Milestone, milestone.id))
        }
    }
}

/// A file name as people see it: one line, no folders.
fn file_name(raw: &str) -> Result<String> {
    let name = text::title("filename", raw, 1, 200).map_err(|e| Error::Validation(vec![e]))?;
    if name.contains(['/', '\\']) || name.starts_with('.') {
        return Err(Error::Validation(vec![FieldError::new(
            "filename",
            "invalid",
            "must be a file name, without folders",
        )]));
    }
    Ok(name)
}

/// Checks and stores a document and attaches it last.
#[tracing::instrument(skip_all)]
pub async fn attach_document(
    db: &Db,
    store: &MediaStore,
    actor: &Account,
    target: &Attachable,
    raw_name: &str,
    upload: Bytes,
) -> Result<Media> {
    let (owner_kind, owner_id) = owner_managed_by(db, actor, target).await?;
    let filename = file_name(raw_name)?;
    if upload.len() > MAX_DOCUMENT_BYTES {
        return Err(UploadRefusal::FileTooLarge(MAX_DOCUMENT_BYTES).into());
    }
    let kind =
        documents::identify(&filename, &upload).ok_or(UploadRefusal::UnsupportedDocumentType)?;
    if count_of(db.reader(), owner_kind, owner_id, MediaKind::Document).await?
        >= MAX_DOCUMENTS as u64
    {
        return Err(Error::Validation(vec![FieldError::new(
            "filename",
            "too_many",
            format!("at most {MAX_DOCUMENTS} documents"),
        )]));
    }
    let size = upload.len() as i64;
    let key = store.put(upload).await?;
    let txn = db.begin_write().await?;
    let row = media::ActiveModel {
        kind: Set(MediaKind::Document),
        storage_key: Set(key),
        thumbnail_key: Set(None),
        content_type: Set(kind.content_type().to_owned()),
        bytes: Set(size),
        width: Set(None),
        height: Set(None),
        alt_text: Set(None),
        filename: Set(Some(filename)),
        uploader_id: Set(Some(actor.id)),
        ..Default::default()
    };
    insert_last(txn, owner_kind, owner_id, row).await
}

/// Removes one of the owner's documents.
#[tracing::instrument(skip_all, fields(document_id = %document_id))]
pub async fn remove_document(
    db: &Db,
    store: &MediaStore,
    actor: &Account,
    target: &Attachable,
    document_id: Uuid,
) -> Result<()> {
    let (owner_kind, owner_id) = owner_managed_by(db, actor, target).await?;
    let txn = db.begin_write().await?;
    let document = media::Entity::find_by_id(document_id)
        .one(&txn)
        .await?
        .filter(|m| m.owner_kind == owner_kind && m.owner_id == owner_id)
        .ok_or(Error::NotFound(Resource::Media))?;
    media::Entity::delete_by_id(document.id).exec(&txn).await?;
    txn.commit().await?;
    forget_objects(db.reader(), store, &[document.storage_key]).await;
    Ok(())
}
