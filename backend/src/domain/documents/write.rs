//! Creating a document, editing its draft, starting a new draft and publishing.

use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde_json::json;
use uuid::Uuid;

use super::content::{self, Draft, DraftInput};
use super::{draft, ensure_writer, versions_of, with_consultation, DocumentKind};
use crate::db::entities::document_versions::{self, Model as Version};
use crate::db::entities::documents::{self, Model as Document};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::{consultations, now};
use crate::error::{Conflict, Error, FieldError, FieldErrors, Result};

async fn record<C: ConnectionTrait>(
    conn: &C,
    agent: &Account,
    action: AuditAction,
    document_id: Uuid,
    after: serde_json::Value,
) -> Result<()> {
    let entry = AuditEntry::by(agent, action, "document", document_id);
    Ok(entry.after(after).record(conn).await?)
}

fn checked(input: DraftInput) -> Result<Draft> {
    let mut errors = FieldErrors::new();
    let draft = input.check(&mut errors);
    errors.finish()?;
    draft.ok_or_else(|| Error::field("title", "invalid", "the draft is not valid"))
}

async fn insert_version<C: ConnectionTrait>(
    conn: &C,
    document_id: Uuid,
    number: i32,
    words: Draft,
) -> Result<Version> {
    let at = now();
    Ok(document_versions::ActiveModel {
        id: Set(Uuid::now_v7()),
        document_id: Set(document_id),
        number: Set(number),
        title: Set(words.title),
        title_en: Set(words.title_en),
        paragraphs: Set(json!(words.paragraphs)),
        content_hash: Set(None),
        published_at: Set(None),
        published_by: Set(None),
        created_at: Set(at),
        updated_at: Set(at),
    }
    .insert(conn)
    .await?)
}

pub(super) async fn touch<C: ConnectionTrait>(conn: &C, document: &Document) -> Result<()> {
    let mut row: documents::ActiveModel = document.clone().into();
    row.updated_at = Set(now());
    row.update(conn).await?;
    Ok(())
}

/// A writer starts a document of the consultation; its first version is a draft.
#[tracing::instrument(skip_all, fields(consultation_id = %consultation_id))]
pub async fn create(
    db: &Db,
    agent: &Account,
    consultation_id: Uuid,
    kind: DocumentKind,
    words: DraftInput,
) -> Result<Document> {
    let txn = db.begin_write().await?;
    let consultation = consultations::get_by_id(&txn, Some(agent), consultation_id).await?;
    ensure_writer(&txn, agent, &consultation).await?;
    let words = checked(words)?;
    let at = now();
    let document = documents::ActiveModel {
        id: Set(Uuid::now_v7()),
        consultation_id: Set(consultation.id),
        kind: Set(kind.as_str().to_owned()),
        created_by: Set(Some(agent.id)),
        created_at: Set(at),
        updated_at: Set(at),
    }
    .insert(&txn)
    .await?;
    let version = insert_version(&txn, document.id, 1, words).await?;
    record(
        &txn,
        agent,
        AuditAction::DocumentCreated,
        document.id,
        json!({"kind": document.kind, "title": version.title, "consultation_id": consultation.id}),
    )
    .await?;
    txn.commit().await?;
    Ok(document)
}

/// A writer replaces the draft's title and paragraphs.
#[tracing::instrument(skip_all, fields(document_id = %id))]
pub async fn save_draft(db: &Db, agent: &Account, id: Uuid, words: DraftInput) -> Result<()> {
    let txn = db.begin_write().await?;
    let (document, consultation) = with_consultation(&txn, Some(agent), id, true).await?;
    ensure_writer(&txn, agent, &consultation).await?;
    let versions = versions_of(&txn, document.id).await?;
    let current = draft(&versions).ok_or(Conflict::NoDraft)?;
    let words = checked(words)?;
    let mut row: document_versions::ActiveModel = current.clone().into();
    row.title = Set(words.title);
    row.title_en = Set(words.title_en);
    row.paragraphs = Set(json!(words.paragraphs));
    row.updated_at = Set(now());
    let saved = row.update(&txn).await?;
    touch(&txn, &document).await?;
    record(
        &txn,
        agent,
        AuditAction::DocumentDraftSaved,
        document.id,
        json!({"version": saved.number, "title": saved.title, "paragraphs": content::paragraphs(&saved).len()}),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A writer starts a new draft from the last published version's words.
#[tracing::instrument(skip_all, fields(document_id = %id))]
pub async fn start_draft(db: &Db, agent: &Account, id: Uuid) -> Result<()> {
    let txn = db.begin_write().await?;
    let (document, consultation) = with_consultation(&txn, Some(agent), id, true).await?;
    ensure_writer(&txn, agent, &consultation).await?;
    let versions = versions_of(&txn, document.id).await?;
    if draft(&versions).is_some() {
        return Err(Conflict::DraftExists.into());
    }
    draft_from_last(&txn, agent, &document, &versions).await?;
    txn.commit().await?;
    Ok(())
}

/// Starts a draft from the newest version's words, for a document that has no draft.
pub(super) async fn draft_from_last<C: ConnectionTrait>(
    conn: &C,
    agent: &Account,
    document: &Document,
    versions: &[Version],
) -> Result<Version> {
    // Without a draft there is a published version: a document starts with a draft.
    let last = versions.first().ok_or(Conflict::NoDraft)?;
    let words = Draft {
        title: last.title.clone(),
        title_en: last.title_en.clone(),
        paragraphs: content::paragraphs(last),
    };
    let started = insert_version(conn, document.id, last.number + 1, words).await?;
    touch(conn, document).await?;
    record(
        conn,
        agent,
        AuditAction::DocumentDraftSaved,
        document.id,
        json!({"version": started.number, "from_version": last.number}),
    )
    .await?;
    Ok(started)
}

/// A writer publishes the draft: from now on it never changes, and its hash is fixed.
#[tracing::instrument(skip_all, fields(document_id = %id))]
pub async fn publish(db: &Db, agent: &Account, id: Uuid) -> Result<Version> {
    let txn = db.begin_write().await?;
    let (document, consultation) = with_consultation(&txn, Some(agent), id, true).await?;
    ensure_writer(&txn, agent, &consultation).await?;
    let versions = versions_of(&txn, document.id).await?;
    let current = draft(&versions).ok_or(Conflict::NoDraft)?;
    let paragraphs = content::paragraphs(current);
    if paragraphs.is_empty() {
        return Err(Error::Validation(vec![FieldError::new(
            "paragraphs",
            "required",
            "a document is published with at least one paragraph",
        )]));
    }
    let hash = content::hash(&current.title, current.title_en.as_deref(), &paragraphs);
    let at = now();
    let mut row: document_versions::ActiveModel = current.clone().into();
    row.content_hash = Set(Some(hash.clone()));
    row.published_at = Set(Some(at));
    row.published_by = Set(Some(agent.id));
    row.updated_at = Set(at);
    let published = row.update(&txn).await?;
    touch(&txn, &document).await?;
    record(
        &txn,
        agent,
        AuditAction::DocumentVersionPublished,
        document.id,
        json!({"version": published.number, "version_id": published.id, "content_hash": hash}),
    )
    .await?;
    txn.commit().await?;
    Ok(published)
}
