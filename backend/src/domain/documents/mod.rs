//! Documents a consultation produces: a charter its member organisations sign, a strategy.
//! A document has numbered versions; the one not yet published is the draft its writers edit.
//! Publishing freezes a version and fixes its content hash; organisations then sign that
//! version, through one of their representatives, on the hash they saw.
//!
//! Who writes a document is who runs or answers for its consultation: an administrator, a
//! member of the owning lab, or an owner or representative of an organisation answering for
//! it. Everyone else reads published versions only, and a document never published does not
//! exist for them.

pub mod content;
pub mod read;
pub mod remarks;
pub mod signatures;
pub mod write;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::entities::consultations::Model as Consultation;
pub use crate::db::entities::document_remarks::{AmendmentStatus, RemarkKind};
use crate::db::entities::document_versions;
pub use crate::db::entities::document_versions::Model as Version;
use crate::db::entities::documents::{self, Model as Document};
use crate::domain::accounts::Account;
use crate::domain::agency::scope::responsible_for;
use crate::domain::{consultations, organizations};
use crate::error::{Error, Resource, Result};

/// What a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    Charter,
    Strategy,
    Other,
}

impl DocumentKind {
    pub const ALL: [DocumentKind; 3] = [
        DocumentKind::Charter,
        DocumentKind::Strategy,
        DocumentKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Charter => "charter",
            DocumentKind::Strategy => "strategy",
            DocumentKind::Other => "other",
        }
    }

    pub fn parse(raw: &str) -> DocumentKind {
        DocumentKind::ALL
            .into_iter()
            .find(|k| k.as_str() == raw)
            .unwrap_or(DocumentKind::Other)
    }
}

/// Whether the person may write the consultation's documents.
pub async fn may_write<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    consultation: &Consultation,
) -> Result<bool> {
    if consultations::can_manage(conn, person, consultation).await? {
        return Ok(true);
    }
    let answering = responsible_for(conn, consultation.id).await?;
    Ok(organizations::verified_roles_of(conn, person.id)
        .await?
        .into_iter()
        .any(|(org, role)| role.speaks_for_organization() && answering.contains(&org)))
}

/// Refuses (403) someone who may not write the consultation's documents.
pub async fn ensure_writer<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    consultation: &Consultation,
) -> Result<()> {
    if may_write(conn, person, consultation).await? {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "Only the consultation's lab and the owners and representatives of organisations answering for it can write its documents."
                .into(),
        ))
    }
}

/// A document and its consultation, when the viewer may see the consultation; a document of
/// a consultation the viewer may not see is not found.
pub async fn with_consultation<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id: Uuid,
    lock: bool,
) -> Result<(Document, Consultation)> {
    let query = documents::Entity::find_by_id(id);
    let query = if lock { query.lock_exclusive() } else { query };
    let document = query
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Document))?;
    let consultation =
        consultations::holding(conn, viewer, document.consultation_id, Resource::Document).await?;
    Ok((document, consultation))
}

/// Every version of a document, newest first.
pub async fn versions_of<C: ConnectionTrait>(conn: &C, document_id: Uuid) -> Result<Vec<Version>> {
    Ok(document_versions::Entity::find()
        .filter(document_versions::Column::DocumentId.eq(document_id))
        .order_by_desc(document_versions::Column::Number)
        .all(conn)
        .await?)
}

/// The newest published version: the one organisations sign.
pub fn current(versions: &[Version]) -> Option<&Version> {
    versions.iter().find(|v| v.published_at.is_some())
}

/// The draft, if there is one (always the newest version).
pub fn draft(versions: &[Version]) -> Option<&Version> {
    versions.first().filter(|v| v.published_at.is_none())
}
