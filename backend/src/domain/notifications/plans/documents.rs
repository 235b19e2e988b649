//! Events about remarks on a consultation's documents.

use sea_orm::{ActiveEnum, ConnectionTrait, EntityTrait};
use uuid::Uuid;

use super::{consultation_subject, Plan, Recipients};
use crate::db::entities::{document_remarks, document_versions, documents};
use crate::domain::notifications::{text, NotificationKind, Subject};
use crate::outbox::worker::Failure;

/// A remark with the document and the version it was made on.
pub(super) type RemarkInPlace = (
    document_remarks::Model,
    documents::Model,
    document_versions::Model,
);

/// The remark, its document and its version; `None` once any is gone.
pub(super) async fn remark_in_place<C: ConnectionTrait>(
    conn: &C,
    remark_id: Uuid,
) -> Result<Option<RemarkInPlace>, Failure> {
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

/// A decision on a suggested amendment reaches the person who suggested it.
pub(super) async fn amendment_decided<C: ConnectionTrait>(
    conn: &C,
    remark_id: Uuid,
    actor_id: Option<Uuid>,
) -> Result<Option<Plan>, Failure> {
    let Some((remark, document, version)) = remark_in_place(conn, remark_id).await? else {
        return Ok(None);
    };
    let mut recipients = Recipients::new(actor_id);
    recipients.add(remark.author_id, NotificationKind::AmendmentDecided);
    let subject = Subject {
        document_title: Some(version.title),
        status: remark.status.map(|s| s.to_value()),
        reason: remark.decision_reason,
        excerpt: remark
            .proposed_text
            .as_deref()
            .map(|t| text::excerpt(t, 400)),
        link_path: format!("/documents/{}", document.id),
        ..consultation_subject(conn, document.consultation_id).await?
    };
    Ok(Some(Plan::new(
        recipients,
        Some(document.consultation_id),
        subject,
    )))
}
