//! The privacy notice and the terms of use: read in their current or any earlier version,
//! published anew by administrators, and agreed to by each account (PDPA consent, with the
//! version agreed to).

mod consent;
mod publish;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

pub use crate::db::entities::legal_documents::LegalDocumentKind;
pub use consent::{agree, agreements, check, outstanding, record, AgreedVersions, Agreement};
pub use publish::{publish, NewVersion};

use crate::db::entities::legal_documents;
use crate::domain::markdown;
use crate::error::{Error, Resource, Result};

/// One published version, with its Markdown rendered to safe HTML.
pub struct LegalDocument {
    pub row: legal_documents::Model,
    pub html_th: String,
    pub html_en: String,
}

impl From<legal_documents::Model> for LegalDocument {
    fn from(row: legal_documents::Model) -> Self {
        LegalDocument {
            html_th: markdown::render(&row.body_th),
            html_en: markdown::render(&row.body_en),
            row,
        }
    }
}

/// The version in force: the latest published.
pub async fn current<C: ConnectionTrait>(
    conn: &C,
    kind: LegalDocumentKind,
) -> Result<LegalDocument> {
    latest_row(conn, kind)
        .await?
        .map(LegalDocument::from)
        .ok_or(Error::NotFound(Resource::LegalDocument))
}

/// One version, current or earlier, so a reader can see exactly what was agreed to.
pub async fn at_version<C: ConnectionTrait>(
    conn: &C,
    kind: LegalDocumentKind,
    version: i32,
) -> Result<LegalDocument> {
    legal_documents::Entity::find_by_id((kind, version))
        .one(conn)
        .await?
        .map(LegalDocument::from)
        .ok_or(Error::NotFound(Resource::LegalDocument))
}

/// Every version's number and date, newest first.
pub async fn history<C: ConnectionTrait>(
    conn: &C,
    kind: LegalDocumentKind,
) -> Result<Vec<(i32, DateTime<Utc>)>> {
    let rows = legal_documents::Entity::find()
        .filter(legal_documents::Column::Kind.eq(kind))
        .order_by_desc(legal_documents::Column::Version)
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.version, r.published_at))
        .collect())
}

/// The number of the version in force (0 before any is published).
pub async fn current_version<C: ConnectionTrait>(conn: &C, kind: LegalDocumentKind) -> Result<i32> {
    Ok(latest_row(conn, kind).await?.map_or(0, |row| row.version))
}

async fn latest_row<C: ConnectionTrait>(
    conn: &C,
    kind: LegalDocumentKind,
) -> Result<Option<legal_documents::Model>> {
    Ok(legal_documents::Entity::find()
        .filter(legal_documents::Column::Kind.eq(kind))
        .order_by_desc(legal_documents::Column::Version)
        .one(conn)
        .await?)
}
