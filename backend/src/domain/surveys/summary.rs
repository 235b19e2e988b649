//! What agencies read of the reader surveys: per subject (the consultation, each of its
//! results and each published document) the number of answers, the mean and distribution of each score, and the comments
//! — or nothing at all while fewer than k readers answered, the rule of the breakdowns.
//!
//! On a consultation, signed-in readers are counted through their quick rating (`feedback`),
//! which their survey answer also sets, and anonymous readers through their survey answers:
//! each person or browser once.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::SubjectType;
use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::reader_survey_answers as answers;
use crate::domain::agency::summary::ratings::{quick_rating_counts, score_combinations, tally};
use crate::domain::agency::summary::RatingScores;
use crate::domain::{documents, results};
use crate::error::Result;

#[derive(Debug, Serialize, ToSchema)]
pub struct SurveySummary {
    /// The smallest number of answers a subject needs before anything of it is shown.
    pub k: i64,
    /// The consultation first, then its results and its published documents, oldest first.
    pub subjects: Vec<SubjectSummary>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SubjectSummary {
    pub subject_type: SubjectType,
    pub subject_id: Uuid,
    pub title: String,
    /// False while fewer than k readers answered: then every figure is absent and no comment
    /// is given.
    pub shown: bool,
    pub answers: Option<i64>,
    pub usefulness: Option<RatingScores>,
    pub understanding: Option<RatingScores>,
    pub satisfaction: Option<RatingScores>,
    /// The readers' comments, newest first; only ever shown to agencies.
    pub comments: Vec<String>,
}

/// The surveys of the consultation and of each of its results.
pub async fn summarize<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
    k: i64,
) -> Result<SurveySummary> {
    let mut subjects = Vec::new();
    for (subject_type, id, title) in subjects_of(conn, consultation).await? {
        subjects.push(subject(conn, subject_type, id, title, k).await?);
    }
    Ok(SurveySummary { k, subjects })
}

/// What readers may survey in a consultation, with titles: the consultation itself, then its
/// results and its published documents, each oldest first.
pub async fn subjects_of<C: ConnectionTrait>(
    conn: &C,
    consultation: &Consultation,
) -> Result<Vec<(SubjectType, Uuid, String)>> {
    let mut subjects = vec![(
        SubjectType::Consultation,
        consultation.id,
        consultation.title.clone(),
    )];
    let mut outcomes = results::of_consultation(conn, consultation.id).await?;
    outcomes.sort_by_key(|r| (r.created_at, r.id));
    subjects.extend(
        outcomes
            .into_iter()
            .map(|r| (SubjectType::Result, r.id, r.title)),
    );
    subjects.extend(
        documents::read::published_titles(conn, consultation.id)
            .await?
            .into_iter()
            .map(|(id, title)| (SubjectType::Document, id, title)),
    );
    Ok(subjects)
}

async fn subject<C: ConnectionTrait>(
    conn: &C,
    subject_type: SubjectType,
    subject_id: Uuid,
    title: String,
    k: i64,
) -> Result<SubjectSummary> {
    let (total, [usefulness, understanding, satisfaction]) =
        tally(&scored(conn, subject_type, subject_id).await?);
    if total < k {
        return Ok(SubjectSummary {
            subject_type,
            subject_id,
            title,
            shown: false,
            answers: None,
            usefulness: None,
            understanding: None,
            satisfaction: None,
            comments: Vec::new(),
        });
    }
    Ok(SubjectSummary {
        subject_type,
        subject_id,
        title,
        shown: true,
        answers: Some(total),
        usefulness: Some(usefulness),
        understanding: Some(understanding),
        satisfaction: Some(satisfaction),
        comments: comments(conn, subject_type, subject_id).await?,
    })
}

/// Survey answers per combination of scores; on a consultation the anonymous ones only (the
/// signed-in ones are counted through `feedback`).
async fn survey_counts<C: ConnectionTrait>(
    conn: &C,
    subject_type: SubjectType,
    subject_id: Uuid,
) -> Result<Vec<([i16; 3], i64)>> {
    let mut query = answers::Entity::find()
        .filter(answers::Column::SubjectType.eq(subject_type.as_str()))
        .filter(answers::Column::SubjectId.eq(subject_id));
    if subject_type == SubjectType::Consultation {
        query = query.filter(answers::Column::UserId.is_null());
    }
    let scores = [
        answers::Column::Usefulness,
        answers::Column::Understanding,
        answers::Column::Satisfaction,
    ];
    score_combinations(conn, query, scores, answers::Column::Id).await
}

async fn comments<C: ConnectionTrait>(
    conn: &C,
    subject_type: SubjectType,
    subject_id: Uuid,
) -> Result<Vec<String>> {
    let rows: Vec<Option<String>> = answers::Entity::find()
        .select_only()
        .column(answers::Column::Comment)
        .filter(answers::Column::SubjectType.eq(subject_type.as_str()))
        .filter(answers::Column::SubjectId.eq(subject_id))
        .filter(answers::Column::Comment.is_not_null())
        .order_by_desc(answers::Column::UpdatedAt)
        .order_by_desc(answers::Column::Id)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows.into_iter().flatten().collect())
}

/// Whether a subject has k answers or more: the export leaves out the rows of the others.
pub async fn enough_answers<C: ConnectionTrait>(
    conn: &C,
    subject_type: SubjectType,
    subject_id: Uuid,
    k: i64,
) -> Result<bool> {
    let counts = scored(conn, subject_type, subject_id).await?;
    Ok(counts.iter().map(|(_, n)| n).sum::<i64>() >= k)
}

/// Every counted answer about the subject, per combination of scores.
async fn scored<C: ConnectionTrait>(
    conn: &C,
    subject_type: SubjectType,
    subject_id: Uuid,
) -> Result<Vec<([i16; 3], i64)>> {
    let mut counts = survey_counts(conn, subject_type, subject_id).await?;
    if subject_type == SubjectType::Consultation {
        counts.extend(quick_rating_counts(conn, subject_id).await?);
    }
    Ok(counts)
}
