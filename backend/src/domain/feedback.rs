//! Quick ratings of a consultation (from the ministry pages that ask readers three
//! questions): usefulness, understanding and satisfaction, each 1–5, one set per person,
//! changeable.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, EntityTrait, Set};
use uuid::Uuid;

use crate::db::entities::feedback;
pub use crate::db::entities::feedback::Model as Feedback;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::{consultations, now};
use crate::error::{Error, FieldError, FieldErrors, Result};

pub struct Ratings {
    pub usefulness: i64,
    pub understanding: i64,
    pub satisfaction: i64,
}

pub(crate) fn score(field: &str, value: i64) -> Result<i16, FieldError> {
    if (1..=5).contains(&value) {
        Ok(value as i16)
    } else {
        Err(FieldError::new(field, "out_of_range", "must be 1 to 5"))
    }
}

/// Sets the person's ratings of the consultation, replacing earlier ones.
pub async fn rate(
    db: &Db,
    person: &Account,
    consultation_ref: &str,
    ratings: Ratings,
) -> Result<Feedback> {
    let mut errors = FieldErrors::new();
    let usefulness = errors.check(score("usefulness", ratings.usefulness));
    let understanding = errors.check(score("understanding", ratings.understanding));
    let satisfaction = errors.check(score("satisfaction", ratings.satisfaction));
    let ((usefulness, understanding), satisfaction) =
        errors.finish_with(usefulness.zip(understanding).zip(satisfaction))?;
    let consultation = consultations::get(db.reader(), Some(person), consultation_ref).await?;
    let txn = db.begin_write().await?;
    store(
        &txn,
        consultation.id,
        person.id,
        [usefulness, understanding, satisfaction],
    )
    .await?;
    let row = feedback::Entity::find_by_id((consultation.id, person.id))
        .one(&txn)
        .await?
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("feedback row missing after upsert")))?;
    txn.commit().await?;
    Ok(row)
}

/// Upserts the person's three scores (already checked) inside the caller's transaction.
pub(crate) async fn store<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    user_id: Uuid,
    [usefulness, understanding, satisfaction]: [i16; 3],
) -> Result<()> {
    let now = now();
    feedback::Entity::insert(feedback::ActiveModel {
        consultation_id: Set(consultation_id),
        user_id: Set(user_id),
        usefulness: Set(usefulness),
        understanding: Set(understanding),
        satisfaction: Set(satisfaction),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([feedback::Column::ConsultationId, feedback::Column::UserId])
            .update_columns([
                feedback::Column::Usefulness,
                feedback::Column::Understanding,
                feedback::Column::Satisfaction,
                feedback::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// The person's current ratings of the consultation, if they gave any.
pub async fn of(
    conn: &impl ConnectionTrait,
    consultation_id: Uuid,
    user_id: Uuid,
) -> Result<Option<Feedback>> {
    Ok(feedback::Entity::find_by_id((consultation_id, user_id))
        .one(conn)
        .await?)
}
