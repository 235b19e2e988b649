//! Each participant's votes on the proposals a consultation's figures count (not hidden,
//! merged or withdrawn), kept in `consultation_participants` by every write that moves them:
//! the vote writer adds each group's summed deltas; hiding, withdrawing and merging a
//! proposal take its votes out (showing it again puts them back); discarding a suspended
//! account's votes takes each one out. A breakdown by profile then reads one row per
//! participant instead of every vote. Which proposals count is
//! `visibility::counts_toward_consultation`, the rule of the consultation's proposal count.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};
use uuid::Uuid;

use crate::db::{placeholder, placeholders, KeptCounts};
use crate::error::Result;

/// (agree, disagree, pass) to add, per (consultation, voter).
pub type Deltas = BTreeMap<(Uuid, Uuid), [i32; 3]>;

/// How a voter's counts are kept.
const COUNTS: KeptCounts<'static, 6> = KeptCounts {
    table: "consultation_participants",
    columns: [
        "consultation_id",
        "user_id",
        "first_seen_at",
        "agree_votes",
        "disagree_votes",
        "pass_votes",
    ],
    key: &["consultation_id", "user_id"],
    added: &["agree_votes", "disagree_votes", "pass_votes"],
};

/// Adds `deltas` to the voters' counts, creating a participant first seen `at` where there
/// is none. Rows go in key order, the order every writer of these rows locks them in.
pub async fn add<C: ConnectionTrait>(conn: &C, deltas: &Deltas, at: DateTime<Utc>) -> Result<()> {
    let moved = deltas.iter().filter(|(_, d)| **d != [0; 3]);
    let rows = moved.map(|((consultation_id, user_id), [agree, disagree, pass])| {
        [
            Value::from(*consultation_id),
            Value::from(*user_id),
            Value::from(at),
            Value::from(*agree),
            Value::from(*disagree),
            Value::from(*pass),
        ]
    });
    COUNTS.add(conn, rows).await?;
    Ok(())
}

/// Adds `sign` times every vote on `proposal_ids` (of one consultation) to its voter's
/// counts: one statement over those proposals' votes, summed per voter first so that a voter
/// of several of them is moved once. The caller holds the proposals' row locks, so no vote
/// on them moves meanwhile.
pub async fn move_votes_of<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    proposal_ids: &[Uuid],
    sign: i32,
) -> Result<()> {
    lock_voters(conn, consultation_id, proposal_ids).await?;
    let backend = conn.get_database_backend();
    let count = |value: i16| format!("SUM(CASE WHEN value = {value} THEN 1 ELSE 0 END)");
    // Bound in the order they appear: SQLite's placeholders are positional.
    let mut values: Vec<Value> = proposal_ids.iter().map(|id| Value::from(*id)).collect();
    values.push(Value::from(consultation_id));
    conn.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "UPDATE consultation_participants SET \
             agree_votes = agree_votes + {sign} * v.agree, \
             disagree_votes = disagree_votes + {sign} * v.disagree, \
             pass_votes = pass_votes + {sign} * v.pass \
             FROM (SELECT user_id, {} AS agree, {} AS disagree, {} AS pass FROM votes \
                   WHERE proposal_id IN ({}) GROUP BY user_id) v \
             WHERE consultation_participants.consultation_id = {} \
             AND consultation_participants.user_id = v.user_id",
            count(1),
            count(-1),
            count(0),
            placeholders(backend, 1, proposal_ids.len()),
            placeholder(backend, proposal_ids.len() + 1),
        ),
        values,
    ))
    .await?;
    Ok(())
}

/// Locks the counts of everyone who voted on `proposal_ids`, in key order as the vote writer
/// locks them, so the two cannot deadlock. (SQLite has one writer and needs no row locks.)
async fn lock_voters<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    proposal_ids: &[Uuid],
) -> Result<()> {
    let backend = conn.get_database_backend();
    if backend != DbBackend::Postgres {
        return Ok(());
    }
    let mut values = vec![Value::from(consultation_id)];
    values.extend(proposal_ids.iter().map(|id| Value::from(*id)));
    conn.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "SELECT 1 FROM consultation_participants WHERE consultation_id = {} \
             AND user_id IN (SELECT user_id FROM votes WHERE proposal_id IN ({})) \
             ORDER BY user_id FOR UPDATE",
            placeholder(backend, 1),
            placeholders(backend, 2, proposal_ids.len())
        ),
        values,
    ))
    .await?;
    Ok(())
}

/// Adds one voter's movement to `deltas`.
pub fn add_one(deltas: &mut Deltas, key: (Uuid, Uuid), moved: [i32; 3]) {
    let sum = deltas.entry(key).or_default();
    for (s, m) in sum.iter_mut().zip(moved) {
        *s += m;
    }
}
