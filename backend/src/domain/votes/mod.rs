//! Votes on proposals: one per person, changeable, retractable; the proposal's counters and
//! rank scores move in the same transaction, so they always equal a recount.
//!
//! Votes cast through the API are committed in groups: `writer` queues them, `batch` applies
//! a group in one transaction, in the order they arrived.

mod batch;
mod writer;

pub use batch::{commit as commit_together, Ballot};
pub use writer::VoteWriter;

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, UpdateMany,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::entities::{proposals, votes};
use crate::domain::ranking::{self, Tally};
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum VoteValue {
    Agree,
    Disagree,
    Pass,
}

impl VoteValue {
    pub fn as_i16(self) -> i16 {
        match self {
            VoteValue::Agree => 1,
            VoteValue::Disagree => -1,
            VoteValue::Pass => 0,
        }
    }

    pub fn from_i16(value: i16) -> VoteValue {
        match value {
            1 => VoteValue::Agree,
            -1 => VoteValue::Disagree,
            _ => VoteValue::Pass,
        }
    }

    /// This vote's contribution to (agree, disagree, pass).
    pub fn counts(self) -> [i32; 3] {
        match self {
            VoteValue::Agree => [1, 0, 0],
            VoteValue::Disagree => [0, 1, 0],
            VoteValue::Pass => [0, 0, 1],
        }
    }
}

#[derive(Debug, Clone)]
pub struct VoteOutcome {
    pub my_vote: Option<VoteValue>,
    pub tally: Tally,
}

pub fn tally_of(p: &proposals::Model) -> Tally {
    Tally {
        agree: p.agree_count,
        disagree: p.disagree_count,
        pass: p.pass_count,
    }
}

/// How the agree, disagree and pass counters move when `previous` becomes `value`.
fn tally_delta(previous: Option<VoteValue>, value: Option<VoteValue>) -> [i32; 3] {
    let mut delta = [0i32; 3];
    if let Some(old) = previous {
        for (d, c) in delta.iter_mut().zip(old.counts()) {
            *d -= c;
        }
    }
    if let Some(new) = value {
        for (d, c) in delta.iter_mut().zip(new.counts()) {
            *d += c;
        }
    }
    delta
}

/// The update that moves a proposal's vote counters by `delta` and sets its rank scores at the
/// tally it reaches, with that tally. Deltas keep the counters exact; the scores are absolute
/// values, computed under the proposal's row lock.
pub(crate) fn tally_update(
    proposal: &proposals::Model,
    delta: Tally,
) -> (UpdateMany<proposals::Entity>, Tally) {
    let before = tally_of(proposal);
    let after = Tally {
        agree: before.agree + delta.agree,
        disagree: before.disagree + delta.disagree,
        pass: before.pass + delta.pass,
    };
    let update = proposals::Entity::update_many()
        .col_expr(
            proposals::Column::AgreeCount,
            Expr::col(proposals::Column::AgreeCount).add(delta.agree),
        )
        .col_expr(
            proposals::Column::DisagreeCount,
            Expr::col(proposals::Column::DisagreeCount).add(delta.disagree),
        )
        .col_expr(
            proposals::Column::PassCount,
            Expr::col(proposals::Column::PassCount).add(delta.pass),
        )
        .col_expr(
            proposals::Column::SupportScore,
            Expr::value(after.support()),
        )
        .col_expr(
            proposals::Column::HotScore,
            Expr::value(ranking::hot(after, proposal.created_at)),
        )
        .col_expr(
            proposals::Column::ControversyScore,
            Expr::value(ranking::controversy(after)),
        );
    (update, after)
}

/// Counts a proposal's votes from the vote rows themselves.
pub async fn recount<C: ConnectionTrait>(conn: &C, proposal_id: Uuid) -> Result<Tally> {
    tally_where(
        conn,
        Condition::all().add(votes::Column::ProposalId.eq(proposal_id)),
    )
    .await
}

/// Counts the vote rows that meet `condition`, by value.
pub async fn tally_where<C: ConnectionTrait>(conn: &C, condition: Condition) -> Result<Tally> {
    let rows: Vec<(i16, i64)> = votes::Entity::find()
        .select_only()
        .column(votes::Column::Value)
        .column_as(votes::Column::UserId.count(), "n")
        .filter(condition)
        .group_by(votes::Column::Value)
        .into_tuple()
        .all(conn)
        .await?;
    let mut tally = Tally::default();
    for (value, n) in rows {
        let n = n as i32;
        match VoteValue::from_i16(value) {
            VoteValue::Agree => tally.agree = n,
            VoteValue::Disagree => tally.disagree = n,
            VoteValue::Pass => tally.pass = n,
        }
    }
    Ok(tally)
}
