//! Reading documents: writers see every version including the draft; everyone else sees
//! published versions only, and not documents never published.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::signatures::{self, Signatory};
use super::{current, may_write, versions_of, with_consultation};
use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::document_versions::{self, Model as Version};
use crate::db::entities::documents::{self, Model as Document};
use crate::domain::accounts::Account;
use crate::domain::consultations;
use crate::error::{Error, Resource, Result};

/// A document as one reader may see it.
#[derive(Debug, Clone)]
pub struct DocumentView {
    pub document: Document,
    /// The versions the reader may see, newest first.
    pub versions: Vec<Version>,
}

impl DocumentView {
    /// The version whose title names the document for this reader: the newest they see.
    pub fn newest(&self) -> Option<&Version> {
        self.versions.first()
    }

    pub fn current(&self) -> Option<&Version> {
        current(&self.versions)
    }
}

/// One document with everything its page shows.
#[derive(Debug, Clone)]
pub struct DocumentPage {
    pub view: DocumentView,
    pub consultation: Consultation,
    /// Signatures by version id.
    pub signatures: HashMap<Uuid, Vec<Signatory>>,
    /// Whether the reader may edit and publish (false when signed out).
    pub may_write: bool,
    /// Organisations the reader represents that have not yet signed the current version.
    pub may_sign_for: Vec<(Uuid, String)>,
}

fn visible(document: Document, mut versions: Vec<Version>, writer: bool) -> Option<DocumentView> {
    if !writer {
        versions.retain(|v| v.published_at.is_some());
    }
    (!versions.is_empty()).then_some(DocumentView { document, versions })
}

async fn is_writer<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    consultation: &Consultation,
) -> Result<bool> {
    match viewer {
        Some(me) => may_write(conn, me, consultation).await,
        None => Ok(false),
    }
}

/// A consultation's documents, oldest first, and whether the reader may write them.
pub async fn of_consultation<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id_or_slug: &str,
) -> Result<(Vec<DocumentView>, bool)> {
    let consultation = consultations::get(conn, viewer, id_or_slug).await?;
    let writer = is_writer(conn, viewer, &consultation).await?;
    let documents = documents::Entity::find()
        .filter(documents::Column::ConsultationId.eq(consultation.id))
        .order_by_asc(documents::Column::CreatedAt)
        .all(conn)
        .await?;
    let mut versions = versions_by_document(conn, &documents).await?;
    let views = documents
        .into_iter()
        .filter_map(|d| {
            let own = versions.remove(&d.id).unwrap_or_default();
            visible(d, own, writer)
        })
        .collect();
    Ok((views, writer))
}

/// One document with its visible versions, their signatures and what the reader may do.
pub async fn page<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id: Uuid,
) -> Result<DocumentPage> {
    let (document, consultation) = with_consultation(conn, viewer, id, false).await?;
    let writer = is_writer(conn, viewer, &consultation).await?;
    let all = versions_of(conn, document.id).await?;
    let view = visible(document, all, writer).ok_or(Error::NotFound(Resource::Document))?;
    let ids: Vec<Uuid> = view.versions.iter().map(|v| v.id).collect();
    let signatures = signatures::of_versions(conn, &ids).await?;
    let may_sign_for = match (viewer, view.current()) {
        (Some(me), Some(current)) => {
            let signed: Vec<Uuid> = signatures
                .get(&current.id)
                .map(|s| s.iter().map(|s| s.signature.organization_id).collect())
                .unwrap_or_default();
            signatures::represented_by(conn, me)
                .await?
                .into_iter()
                .filter(|(org, _)| !signed.contains(org))
                .collect()
        }
        _ => Vec::new(),
    };
    Ok(DocumentPage {
        view,
        consultation,
        signatures,
        may_write: writer,
        may_sign_for,
    })
}

/// The consultation's published documents, oldest first, each with its current title.
pub async fn published_titles<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
) -> Result<Vec<(Uuid, String)>> {
    let documents = documents::Entity::find()
        .filter(documents::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(documents::Column::CreatedAt)
        .all(conn)
        .await?;
    let versions = versions_by_document(conn, &documents).await?;
    Ok(documents
        .iter()
        .filter_map(|d| {
            let own = versions.get(&d.id)?;
            current(own).map(|v| (d.id, v.title.clone()))
        })
        .collect())
}

/// Every version of each document, newest first, in one query.
async fn versions_by_document<C: ConnectionTrait>(
    conn: &C,
    documents: &[Document],
) -> Result<HashMap<Uuid, Vec<Version>>> {
    let mut versions: HashMap<Uuid, Vec<Version>> = HashMap::new();
    for version in document_versions::Entity::find()
        .filter(document_versions::Column::DocumentId.is_in(documents.iter().map(|d| d.id)))
        .order_by_desc(document_versions::Column::Number)
        .all(conn)
        .await?
    {
        versions
            .entry(version.document_id)
            .or_default()
            .push(version);
    }
    Ok(versions)
}
