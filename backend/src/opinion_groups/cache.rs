//! The latest result per consultation, and its computation.

use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use uuid::Uuid;

use super::load;
use super::report::Report;
use super::warm::WarmStarts;
use crate::db::entities::opinion_groups;
use crate::db::Db;
use crate::domain::agency::pseudonyms::PseudonymKey;
use crate::domain::opinion_groups::compute_from;

pub struct Cached {
    pub report: Report,
    pub votes_version: String,
    pub computed_at: DateTime<Utc>,
}

pub async fn cached<C: ConnectionTrait>(
    conn: &C,
    consultation: Uuid,
) -> anyhow::Result<Option<Cached>> {
    let Some(row) = opinion_groups::Entity::find_by_id(consultation)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(Cached {
        report: serde_json::from_str(&row.result)?,
        votes_version: row.votes_version,
        computed_at: row.computed_at,
    }))
}

/// Loads the votes, computes the groups (off the async threads, from what the consultation's
/// last run in `warm` left) and stores the result under `version`, the state of the votes
/// read before loading them (so a vote cast meanwhile leaves the result stale, to be computed
/// again).
pub async fn recompute(
    db: &Db,
    pseudonyms: &PseudonymKey,
    warm: &Arc<WarmStarts>,
    consultation: Uuid,
    version: String,
) -> anyhow::Result<Report> {
    let started = Instant::now();
    let loaded = load::load(db.reader(), consultation).await?;
    let pseudonyms = pseudonyms.clone();
    let warm = Arc::clone(warm);
    let report = tokio::task::spawn_blocking(move || {
        let start = warm.start_for(consultation, &loaded);
        let (result, next) = compute_from(&loaded.matrix, start.as_ref());
        warm.keep(consultation, &loaded, next);
        Report::new(consultation, &loaded, &result, &pseudonyms)
    })
    .await?;
    let row = opinion_groups::ActiveModel {
        consultation_id: Set(consultation),
        votes_version: Set(version),
        result: Set(serde_json::to_string(&report)?),
        computed_at: Set(crate::domain::now()),
        duration_ms: Set(started.elapsed().as_millis() as i64),
    };
    opinion_groups::Entity::insert(row)
        .on_conflict(
            OnConflict::column(opinion_groups::Column::ConsultationId)
                .update_columns([
                    opinion_groups::Column::VotesVersion,
                    opinion_groups::Column::Result,
                    opinion_groups::Column::ComputedAt,
                    opinion_groups::Column::DurationMs,
                ])
                .to_owned(),
        )
        .exec(db.writer())
        .await?;
    Ok(report)
}
