//! Social-impact indicators: what a result, or a consultation as a whole, is meant to change,
//! measured against a baseline and a target. Measured values are only ever added: a
//! correction is a new value, with a note, and the latest measurement is the one that counts.
//!
//! Who may write a result's indicators is who may write the result (see
//! `results::may_steward`); a consultation's own indicators belong to its lab, so they are
//! written by those who manage it for its owning organisation, or an administrator.

pub mod input;
pub mod read;
pub mod write;

use sea_orm::{ConnectionTrait, EntityTrait};
use serde::Serialize;
use uuid::Uuid;

use crate::db::entities::consultations::Model as Consultation;
pub use crate::db::entities::indicator_values::Model as IndicatorValue;
pub use crate::db::entities::indicators::Model as Indicator;
use crate::db::entities::results::{self, Model as Outcome};
use crate::domain::accounts::Account;
use crate::domain::results::{ensure_steward, may_steward};
use crate::error::Result;

/// How many indicators one result or one consultation may have.
pub const MAX_PER_OWNER: usize = 50;
/// How many measured values one indicator may have.
pub const MAX_VALUES: usize = 1_000;

/// What an indicator measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Result(Uuid),
    Consultation(Uuid),
}

/// Which way the figure should move, implied by the baseline and the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Increase,
    Decrease,
}

pub fn direction(baseline: f64, target: f64) -> Direction {
    if target >= baseline {
        Direction::Increase
    } else {
        Direction::Decrease
    }
}

/// How far `latest` has gone from the baseline toward the target, in whole percent, 0–100:
/// a move the wrong way counts as none, going past the target as all of it.
pub fn progress(baseline: f64, target: f64, latest: f64) -> i32 {
    let span = target - baseline;
    if span == 0.0 {
        return 0;
    }
    let share = ((latest - baseline) / span).clamp(0.0, 1.0);
    (share * 100.0).round() as i32
}

/// The organisation whose writers may write this indicator: its result's, or none (the
/// consultation's lab) for a consultation's own.
pub async fn writers_of<C: ConnectionTrait>(
    conn: &C,
    indicator: &Indicator,
) -> Result<Option<Uuid>> {
    let Some(result_id) = indicator.result_id else {
        return Ok(None);
    };
    let result: Option<Outcome> = results::Entity::find_by_id(result_id).one(conn).await?;
    Ok(result.and_then(|r| r.organization_id))
}

/// Whether the person may write indicators owned by `organization` in this consultation
/// (`None`: the consultation's own).
pub async fn may_write<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    consultation: &Consultation,
    organization: Option<Uuid>,
) -> Result<bool> {
    may_steward(conn, person, consultation, organization).await
}

/// Refuses (403) someone who may not.
pub async fn ensure_writer<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    consultation: &Consultation,
    organization: Option<Uuid>,
) -> Result<()> {
    ensure_steward(conn, person, consultation, organization).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_runs_from_baseline_to_target_either_way() {
        assert_eq!(progress(10.0, 20.0, 15.0), 50);
        assert_eq!(progress(100.0, 40.0, 70.0), 50, "a decrease");
        assert_eq!(progress(100.0, 40.0, 120.0), 0, "the wrong way");
        assert_eq!(progress(0.0, 10.0, 25.0), 100, "past the target");
        assert_eq!(direction(100.0, 40.0), Direction::Decrease);
    }
}
