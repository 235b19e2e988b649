//! Changing a consultation: its fields, its timeline, its phase.

use sea_orm::{ActiveModelTrait, Set};

use super::{
    apply, can_manage, check_timeline, ensure_may_own, get, slug_taken, snapshot,
    ConsultationInput, Phase,
};
use crate::db::entities::consultations::{self, Model as Consultation};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::agency::answer_clock;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::notifications::{self, Event};
use crate::domain::now;
use crate::error::{Error, FieldErrors, Result};

pub async fn update(
    db: &Db,
    editor: &Account,
    id_or_slug: &str,
    input: ConsultationInput,
) -> Result<Consultation> {
    let txn = db.begin_write().await?;
    let current = get(&txn, Some(editor), id_or_slug).await?;
    if !can_manage(&txn, editor, &current).await? {
        return Err(Error::Forbidden(
            "Only administrators and the owning lab's members can edit this consultation.".into(),
        ));
    }
    if let Some(owner) = input.owner_organization_id {
        ensure_may_own(&txn, editor, owner).await?;
    }
    let mut errors = FieldErrors::new();
    let mut row: consultations::ActiveModel = current.clone().into();
    apply(input, &mut row, &mut errors);
    errors.finish()?;
    row.updated_at = Set(now());
    let updated = row.update(&txn).await.map_err(|err| {
        if slug_taken(&err) {
            Error::field("slug", "taken", "another consultation uses this slug")
        } else {
            err.into()
        }
    })?;
    check_timeline(&updated)?;
    if let Some(reason) = answer_clock::reason_for_change(&current, &updated) {
        answer_clock::start_due(&txn, &updated, reason, Some(editor.id)).await?;
    }
    let phase_changed = updated.phase != current.phase;
    let action = if phase_changed {
        AuditAction::ConsultationPhaseChanged
    } else {
        AuditAction::ConsultationUpdated
    };
    if phase_changed && Phase::of(&updated) != Phase::Draft {
        notifications::emit(
            &txn,
            &Event::PhaseChanged {
                consultation_id: updated.id,
                actor_id: Some(editor.id),
            },
        )
        .await?;
    }
    AuditEntry::by(editor, action, "consultation", updated.id)
        .before(snapshot(&current))
        .after(snapshot(&updated))
        .record(&txn)
        .await?;
    crate::outbox::search::touch(
        &txn,
        crate::outbox::search::DocType::Consultation,
        updated.id,
    )
    .await?;
    let draft_now = Phase::of(&updated) == Phase::Draft;
    if draft_now != (Phase::of(&current) == Phase::Draft) {
        // Its proposals and comments leave the public index with it, or come back with it.
        crate::outbox::search::touch_content_of_consultation(&txn, updated.id).await?;
    }
    txn.commit().await?;
    Ok(updated)
}
