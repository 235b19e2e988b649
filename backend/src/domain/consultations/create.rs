//! Creating a consultation.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde_json::Value;
use uuid::Uuid;

use super::{
    apply, check_timeline, ensure_may_own, slug_exists, slug_taken, snapshot, ConsultationInput,
    Phase,
};
use crate::db::entities::consultations::{self, Model as Consultation};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::{now, text};
use crate::error::{Error, FieldError, FieldErrors, Result};

pub async fn create(db: &Db, creator: &Account, input: ConsultationInput) -> Result<Consultation> {
    let owner = input.owner_organization_id.flatten();
    ensure_may_own(db.reader(), creator, owner).await?;
    let mut errors = FieldErrors::new();
    for (field, present) in [
        ("title", input.title.is_some()),
        ("summary", input.summary.is_some()),
        ("body", input.body.is_some()),
    ] {
        if !present {
            errors.push(FieldError::new(field, "required", "is required"));
        }
    }
    let id = Uuid::now_v7();
    let now = now();
    let slug = derived_slug(db.reader(), input.title.as_deref(), id).await?;
    let mut row = blank_draft(id, slug, owner, creator.id, now);
    apply(input, &mut row, &mut errors);
    errors.finish()?;
    let txn = db.begin_write().await?;
    let created = row.insert(&txn).await.map_err(|err| {
        if slug_taken(&err) {
            Error::field("slug", "taken", "another consultation uses this slug")
        } else {
            err.into()
        }
    })?;
    check_timeline(&created)?;
    AuditEntry::by(
        creator,
        AuditAction::ConsultationCreated,
        "consultation",
        created.id,
    )
    .after(snapshot(&created))
    .record(&txn)
    .await?;
    crate::outbox::search::touch(
        &txn,
        crate::outbox::search::DocType::Consultation,
        created.id,
    )
    .await?;
    txn.commit().await?;
    Ok(created)
}

/// The slug a new consultation gets from its title; a title shared with another consultation
/// gets the id's tail appended, and no usable title gives `c-` and that tail.
async fn derived_slug<C: ConnectionTrait>(
    conn: &C,
    title: Option<&str>,
    id: Uuid,
) -> Result<String> {
    let short_id = &id.simple().to_string()[24..];
    Ok(match title.map(text::slug_from_title) {
        Some(slug) if !slug.is_empty() => {
            // A title shared with another consultation gets the id's tail appended, so the
            // creator never has to fix a slug they did not choose.
            if slug_exists(conn, &slug).await? {
                format!("{slug}-{short_id}")
            } else {
                slug
            }
        }
        _ => format!("c-{short_id}"),
    })
}

/// A new draft with nothing filled in yet: the input's fields are applied to it after.
fn blank_draft(
    id: Uuid,
    slug: String,
    owner: Option<Uuid>,
    creator_id: Uuid,
    now: DateTime<Utc>,
) -> consultations::ActiveModel {
    consultations::ActiveModel {
        id: Set(id),
        slug: Set(slug),
        title: Set(String::new()),
        summary: Set(String::new()),
        title_en: Set(None),
        summary_en: Set(None),
        body: Set(String::new()),
        body_html: Set(String::new()),
        owner_organization_id: Set(owner),
        phase: Set(Phase::Draft),
        themes: Set(Value::Array(vec![])),
        provinces: Set(Value::Array(vec![])),
        criteria: Set(Value::Array(vec![])),
        ideation_starts_at: Set(None),
        voting_starts_at: Set(None),
        review_starts_at: Set(None),
        closes_at: Set(None),
        proposal_count: Set(0),
        answer_due_days: Set(None),
        answer_support_threshold: Set(None),
        created_by: Set(creator_id),
        created_at: Set(now),
        updated_at: Set(now),
        external_ref: Set(None),
    }
}
