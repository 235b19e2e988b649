//! Publishing a new version of a legal document: the old ones stay, readable by number, and
//! everyone is asked to agree again.

use sea_orm::{ActiveModelTrait, Set, SqlErr};

use super::{current_version, LegalDocument, LegalDocumentKind};
use crate::db::entities::legal_documents;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::{markdown, now, text};
use crate::error::{Error, FieldErrors, Result};

/// Longest body: a long privacy notice runs to a few thousand words.
const MAX_BODY: usize = 50_000;
const MAX_TITLE: usize = 200;

pub struct NewVersion {
    pub title_th: String,
    pub title_en: String,
    pub body_th: String,
    pub body_en: String,
}

/// Publishes the next version (administrators only), audited.
pub async fn publish(
    db: &Db,
    admin: &Account,
    kind: LegalDocumentKind,
    input: NewVersion,
) -> Result<LegalDocument> {
    if !admin.is_admin() {
        return Err(Error::Forbidden(
            "Only administrators publish the privacy notice and the terms.".into(),
        ));
    }
    let valid = parse(&input)?;
    let txn = db.begin_write().await?;
    let version = current_version(&txn, kind).await? + 1;
    let row = legal_documents::ActiveModel {
        kind: Set(kind),
        version: Set(version),
        title_th: Set(valid.title_th),
        title_en: Set(valid.title_en),
        body_th: Set(valid.body_th),
        body_en: Set(valid.body_en),
        published_at: Set(now()),
        published_by: Set(Some(admin.id)),
    }
    .insert(&txn)
    .await
    .map_err(|err| match err.sql_err() {
        // Two administrators publishing at the same instant: the second tries again.
        Some(SqlErr::UniqueConstraintViolation(_)) => Error::Unavailable(
            "Another version was published at the same moment; try again.".into(),
        ),
        _ => err.into(),
    })?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(admin.id),
            action: AuditAction::LegalDocumentPublished,
            target_type: "legal_document",
            target_id: None,
            reason: None,
            before: None,
            after: Some(serde_json::json!({"kind": kind.as_str(), "version": version})),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(row.into())
}

fn parse(input: &NewVersion) -> Result<NewVersion> {
    let mut errors = FieldErrors::new();
    let title_th = errors.check(text::title("title_th", &input.title_th, 1, MAX_TITLE));
    let title_en = errors.check(text::title("title_en", &input.title_en, 1, MAX_TITLE));
    let body_th = errors.check(markdown::body("body_th", &input.body_th, 1, MAX_BODY));
    let body_en = errors.check(markdown::body("body_en", &input.body_en, 1, MAX_BODY));
    let (((title_th, title_en), body_th), body_en) =
        errors.finish_with(title_th.zip(title_en).zip(body_th).zip(body_en))?;
    Ok(NewVersion {
        title_th,
        title_en,
        body_th,
        body_en,
    })
}
