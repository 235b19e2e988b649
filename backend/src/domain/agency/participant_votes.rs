//! Each participant's votes on the proposals a consultation's figures count (not hidden,
//! merged or withdrawn), kept in `consultation_participants` by every write that moves them:
//! the vote writer adds each group's summed deltas; hiding, withdrawing and merging a
//! proposal take its votes out (showing it again puts them back); discarding a suspended
//! account's votes takes each one out. A breakdown by profile then reads one row per
//! participant instead of every vote.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};
use uuid::Uuid;

use crate::db::entities::proposals::Model as Proposal;
use crate::db::{placeholder, placeholders, value_rows};
use crate::domain::visibility;
use crate::error::Result;

/// (agree, disagree, pass) to add, per (consultation, voter).
pub type Deltas = BTreeMap<(Uuid, Uuid), [i32; 3]>;

/// Rows per statement: six parameters each, well inside SQLite's limit.
const ROWS_PER_STATEMENT: usize = 1_000;

/// Adds `deltas` to the voters' counts, creating a participant first seen `at` where there
/// is none. Rows go in key order, the order every writer of these rows locks them in.
pub async fn add<C: ConnectionTrait>(conn: &C, deltas: &Deltas, at: DateTime<Utc>) -> Result<()> {
    let moved: Vec<(&(Uuid, Uuid), &[i32; 3])> =
        deltas.iter().filter(|(_, d)| **d != [0; 3]).collect();
    let backend = conn.get_database_backend();
    for chunk in moved.chunks(ROWS_PER_STATEMENT) {
        let (rows, values) = value_rows(
            backend,
            chunk
                .iter()
                .map(|((consultation_id, user_id), [agree, disagree, pass])| {
                    [
                        Value::from(*consultation_id),
                        Value::from(*user_id),
                        Value::from(at),
                        Value::from(*agree),
                        Value::from(*disagree),
                        Value::from(*pass),
                    ]
                }),
        );
        conn.execute_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "INSERT INTO consultation_participants \
                 (consultation_id, user_id, first_seen_at, agree_votes, disagree_votes, pass_votes) \
                 VALUES {rows} ON CONFLICT (consultation_id, user_id) DO UPDATE SET \
                 agree_votes = consultation_participants.agree_votes + excluded.agree_votes, \
                 disagree_votes = consultation_participants.disagree_votes + excluded.disagree_votes, \
                 pass_votes = consultation_participants.pass_votes + excluded.pass_votes"
            ),
            values,
        ))
        .await?;
    }
    Ok(())
}

/// Whether a proposal's votes are in its voters' counts.
pub fn counted(p: &Proposal) -> bool {
    visibility::counts_toward_consultation(p)
}

/// Takes the votes on `p` out of its voters' counts when `p` counted before a change and
/// no longer does, or puts them back in the opposite case. The caller holds `p`'s row
/// lock, so no vote on it moves meanwhile.
pub async fn follow_change<C: ConnectionTrait>(
    conn: &C,
    before: &Proposal,
    after: &Proposal,
) -> Result<()> {
    match (counted(before), counted(after)) {
        (true, false) => move_votes_of(conn, before, -1).await,
        (false, true) => move_votes_of(conn, after, 1).await,
        _ => Ok(()),
    }
}

/// Adds `sign` times each vote on `p` to its voter's counts: one statement over the
/// proposal's votes.
pub async fn move_votes_of<C: ConnectionTrait>(conn: &C, p: &Proposal, sign: i32) -> Result<()> {
    lock_voters(conn, p.consultation_id, &[p.id]).await?;
    let backend = conn.get_database_backend();
    let moved = |value: i16| format!("{sign} * (CASE WHEN v.value = {value} THEN 1 ELSE 0 END)");
    conn.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "UPDATE consultation_participants SET \
             agree_votes = agree_votes + {}, disagree_votes = disagree_votes + {}, \
             pass_votes = pass_votes + {} \
             FROM votes v WHERE consultation_participants.consultation_id = {} \
             AND v.proposal_id = {} AND consultation_participants.user_id = v.user_id",
            moved(1),
            moved(-1),
            moved(0),
            placeholder(backend, 1),
            placeholder(backend, 2)
        ),
        [Value::from(p.consultation_id), Value::from(p.id)],
    ))
    .await?;
    Ok(())
}

/// Locks the counts of everyone who voted on `proposal_ids`, in key order as the vote writer
/// locks them, so the two cannot deadlock. A change that moves the votes of several
/// proposals locks them all first. (SQLite has one writer and needs no row locks.)
pub async fn lock_voters<C: ConnectionTrait>(
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

/// One vote's contribution to (agree, disagree, pass), signed.
pub fn of_value(value: i16, sign: i32) -> [i32; 3] {
    match value {
        1 => [sign, 0, 0],
        -1 => [0, sign, 0],
        _ => [0, 0, sign],
    }
}
