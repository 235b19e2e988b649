//! Votes on proposals: one per person, changeable, retractable; the proposal's counters and
//! rank scores move in the same transaction, so they always equal a recount.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
    UpdateMany,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::entities::{proposals, votes};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::agency::aggregates::{self, Activity};
use crate::domain::consultations::Phase;
use crate::domain::now;
use crate::domain::proposals::{ensure_open, get_for_update};
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
    fn counts(self) -> [i32; 3] {
        match self {
            VoteValue::Agree => [1, 0, 0],
            VoteValue::Disagree => [0, 1, 0],
            VoteValue::Pass => [0, 0, 1],
        }
    }
}

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

/// Sets (`Some`) or retracts (`None`) the voter's vote. Repeating the same request changes
/// nothing, so clients may retry freely. `origin` is the client's address range (see
/// `moderation::anomalies::network_of`), kept for the suspicious-support report.
#[tracing::instrument(skip_all, fields(proposal_id = %proposal_id))]
pub async fn cast(
    db: &Db,
    voter: &Account,
    proposal_id: Uuid,
    value: Option<VoteValue>,
    origin: Option<String>,
) -> Result<VoteOutcome> {
    let txn = db.begin_write().await?;
    let (proposal, consultation) = get_for_update(&txn, voter, proposal_id).await?;
    Phase::of(&consultation).ensure_allows_votes()?;
    ensure_open(&proposal)?;
    let previous = votes::Entity::find_by_id((proposal_id, voter.id))
        .one(&txn)
        .await?
        .map(|v| VoteValue::from_i16(v.value));
    if previous == value {
        return Ok(VoteOutcome {
            my_vote: value,
            tally: tally_of(&proposal),
        });
    }
    let now = now();
    write_vote(
        &txn,
        consultation.id,
        voter,
        proposal_id,
        (previous, value),
        origin,
        now,
    )
    .await?;
    let after = move_counters(&txn, &proposal, tally_delta(previous, value)).await?;
    // Support orders `sort=top`: one small upsert, however many votes arrive.
    crate::outbox::search::touch(&txn, crate::outbox::search::DocType::Proposal, proposal_id)
        .await?;
    txn.commit().await?;
    Ok(VoteOutcome {
        my_vote: value,
        tally: after,
    })
}

/// Writes the change of the voter's row: inserted, changed or deleted. A first vote also
/// counts as activity for the consultation's aggregates.
async fn write_vote<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    voter: &Account,
    proposal_id: Uuid,
    (previous, value): (Option<VoteValue>, Option<VoteValue>),
    origin: Option<String>,
    now: DateTime<Utc>,
) -> Result<()> {
    match (previous, value) {
        (None, Some(value)) => {
            votes::ActiveModel {
                proposal_id: Set(proposal_id),
                user_id: Set(voter.id),
                value: Set(value.as_i16()),
                origin_network: Set(origin),
                created_at: Set(now),
                updated_at: Set(now),
            }
            .insert(conn)
            .await?;
            aggregates::note(conn, consultation_id, voter.id, Activity::Vote, now).await?;
        }
        (Some(_), Some(value)) => {
            votes::Entity::update_many()
                .col_expr(votes::Column::Value, Expr::value(value.as_i16()))
                .col_expr(votes::Column::UpdatedAt, Expr::value(now))
                .filter(votes::Column::ProposalId.eq(proposal_id))
                .filter(votes::Column::UserId.eq(voter.id))
                .exec(conn)
                .await?;
        }
        (Some(_), None) => {
            votes::Entity::delete_by_id((proposal_id, voter.id))
                .exec(conn)
                .await?;
        }
        (None, None) => {}
    }
    Ok(())
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

/// Moves the proposal's counters by `delta` and sets its scores from the new tally, which it
/// answers.
async fn move_counters<C: ConnectionTrait>(
    conn: &C,
    proposal: &proposals::Model,
    delta: [i32; 3],
) -> Result<Tally> {
    let delta = Tally {
        agree: delta[0],
        disagree: delta[1],
        pass: delta[2],
    };
    let (update, after) = tally_update(proposal, delta);
    update
        .filter(proposals::Column::Id.eq(proposal.id))
        .exec(conn)
        .await?;
    Ok(after)
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
    let rows: Vec<(i16, i64)> = votes::Entity::find()
        .select_only()
        .column(votes::Column::Value)
        .column_as(votes::Column::UserId.count(), "n")
        .filter(votes::Column::ProposalId.eq(proposal_id))
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
