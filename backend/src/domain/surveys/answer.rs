//! Recording one reader's answer: checked, its subject found as the reader may see it, then
//! upserted under the browser key or the account.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use super::browser_key::{checked_token, new_token, BrowserKeys};
use super::{Checked, Scores, Subject, SubjectType};
use crate::db::entities::reader_survey_answers::{self, Model as Row};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::{consultations, documents, feedback, now, results};
use crate::error::{Error, FieldErrors, Resource, Result};

/// Who answers.
pub enum Respondent<'a> {
    /// A signed-out reader, with the token their browser kept (none on a first answer).
    Browser(Option<&'a str>),
    /// A signed-in reader: one answer per account.
    Account(&'a Account),
}

/// An answer as recorded.
pub struct Answer {
    pub subject_type: SubjectType,
    pub subject_id: Uuid,
    pub usefulness: i16,
    pub understanding: i16,
    pub satisfaction: i16,
    pub comment: Option<String>,
    pub updated_at: DateTime<Utc>,
}

/// The answer, and the token the browser is to keep when the server made one.
pub struct Recorded {
    pub answer: Answer,
    pub new_token: Option<String>,
}

/// Records the answer, replacing the same browser's or account's earlier one.
pub async fn answer(
    db: &Db,
    keys: &BrowserKeys,
    who: Respondent<'_>,
    subject: Subject,
    scores: Scores,
) -> Result<Recorded> {
    let mut errors = FieldErrors::new();
    let token = match who {
        Respondent::Browser(Some(raw)) => errors.check(checked_token(raw)).map(str::to_owned),
        _ => None,
    };
    let checked = match scores.check() {
        Ok(checked) => Some(checked),
        Err(Error::Validation(fields)) => {
            fields.into_iter().for_each(|f| errors.push(f));
            None
        }
        Err(other) => return Err(other),
    };
    errors.finish()?;
    let checked = checked.ok_or_else(|| Error::Internal(anyhow::anyhow!("survey lost")))?;
    let viewer = match who {
        Respondent::Account(person) => Some(person),
        Respondent::Browser(_) => None,
    };
    let (subject_type, subject_id) = resolve(db, viewer, subject).await?;
    let (new_token, key) = match who {
        Respondent::Account(_) => (None, None),
        Respondent::Browser(_) => match token {
            Some(token) => (None, Some(keys.of(&token))),
            None => {
                let token = new_token();
                let key = keys.of(&token);
                (Some(token), Some(key))
            }
        },
    };

    let txn = db.begin_write().await?;
    upsert(
        &txn,
        subject_type,
        subject_id,
        key.as_deref(),
        viewer,
        &checked,
    )
    .await?;
    // A signed-in reader's answer about a consultation is also their quick rating.
    if let (Some(person), SubjectType::Consultation) = (viewer, subject_type) {
        feedback::store(&txn, subject_id, person.id, checked.scores).await?;
    }
    let query = reader_survey_answers::Entity::find()
        .filter(reader_survey_answers::Column::SubjectType.eq(subject_type.as_str()))
        .filter(reader_survey_answers::Column::SubjectId.eq(subject_id));
    let query = match (&key, viewer) {
        (Some(key), _) => query.filter(reader_survey_answers::Column::BrowserKey.eq(key.as_str())),
        (None, Some(person)) => query.filter(reader_survey_answers::Column::UserId.eq(person.id)),
        (None, None) => return Err(anyhow::anyhow!("an answer from nobody").into()),
    };
    let row = query
        .one(&txn)
        .await?
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("survey answer missing after upsert")))?;
    txn.commit().await?;
    Ok(Recorded {
        answer: answer_of(row, subject_type),
        new_token,
    })
}

/// Stores the answer, or replaces the one this browser or account gave before.
async fn upsert<C: ConnectionTrait>(
    txn: &C,
    subject_type: SubjectType,
    subject_id: Uuid,
    key: Option<&str>,
    viewer: Option<&Account>,
    checked: &Checked,
) -> Result<()> {
    let now = now();
    let conflict = if key.is_some() {
        reader_survey_answers::Column::BrowserKey
    } else {
        reader_survey_answers::Column::UserId
    };
    let [usefulness, understanding, satisfaction] = checked.scores;
    reader_survey_answers::Entity::insert(reader_survey_answers::ActiveModel {
        id: Set(Uuid::now_v7()),
        subject_type: Set(subject_type.as_str().to_owned()),
        subject_id: Set(subject_id),
        browser_key: Set(key.map(str::to_owned)),
        user_id: Set(viewer.map(|p| p.id)),
        usefulness: Set(usefulness),
        understanding: Set(understanding),
        satisfaction: Set(satisfaction),
        comment: Set(checked.comment.clone()),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([
            reader_survey_answers::Column::SubjectType,
            reader_survey_answers::Column::SubjectId,
            conflict,
        ])
        .update_columns([
            reader_survey_answers::Column::Usefulness,
            reader_survey_answers::Column::Understanding,
            reader_survey_answers::Column::Satisfaction,
            reader_survey_answers::Column::Comment,
            reader_survey_answers::Column::UpdatedAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// The subject's type and id, if the reader may see it (404 otherwise).
async fn resolve(
    db: &Db,
    viewer: Option<&Account>,
    subject: Subject,
) -> Result<(SubjectType, Uuid)> {
    match subject {
        Subject::Consultation(reference) => {
            let consultation = consultations::get(db.reader(), viewer, &reference).await?;
            Ok((SubjectType::Consultation, consultation.id))
        }
        Subject::Result(id) => {
            let (result, _) = results::get(db.reader(), viewer, id).await?;
            Ok((SubjectType::Result, result.id))
        }
        Subject::Document(id) => {
            // Read as the public reads it: a document is surveyed once published.
            let view = documents::read::page(db.reader(), viewer, id).await?;
            if view.view.current().is_none() {
                return Err(Error::NotFound(Resource::Document));
            }
            Ok((SubjectType::Document, id))
        }
    }
}

fn answer_of(row: Row, subject_type: SubjectType) -> Answer {
    Answer {
        subject_type,
        subject_id: row.subject_id,
        usefulness: row.usefulness,
        understanding: row.understanding,
        satisfaction: row.satisfaction,
        comment: row.comment,
        updated_at: row.updated_at,
    }
}
