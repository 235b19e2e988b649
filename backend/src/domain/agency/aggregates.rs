//! Per-consultation aggregates kept current in the transactions that change them: who took
//! part, and what was done each day. Each action costs two small upserts; the daily rows are
//! sharded by person so concurrent votes on one consultation rarely wait on the same row.
//! Each participant's votes are kept on their participation row by `participant_votes`.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set, Statement, Value,
};
use uuid::Uuid;

use crate::db::entities::{
    comments, consultation_activity, consultation_participants, proposals, votes,
};
use crate::db::{placeholder, value_rows};
use crate::domain::visibility;
use crate::domain::votes::VoteValue;
use crate::error::Result;

/// Daily rows per consultation and day; summed when read.
pub const SHARDS: u128 = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Activity {
    Vote,
    Comment,
    Proposal,
}

impl Activity {
    fn deltas(self) -> [i32; 3] {
        match self {
            Activity::Vote => [1, 0, 0],
            Activity::Comment => [0, 1, 0],
            Activity::Proposal => [0, 0, 1],
        }
    }
}

pub fn day_of(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%d").to_string()
}

fn shard_of(user_id: Uuid) -> i16 {
    (user_id.as_u128() % SHARDS) as i16
}

/// Records that `user_id` did `activity` in the consultation, inside the caller's
/// transaction.
pub async fn note<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    user_id: Uuid,
    activity: Activity,
    at: DateTime<Utc>,
) -> Result<()> {
    note_many(conn, &[(consultation_id, user_id)], activity, at).await
}

/// `note` for many people at once (grouped votes): one insert of the participants and one
/// upsert of the daily shards, each summed per row. Rows go in key order, so two such
/// statements in concurrent transactions lock shared rows in the same order and cannot
/// deadlock each other.
pub async fn note_many<C: ConnectionTrait>(
    conn: &C,
    done: &[(Uuid, Uuid)],
    activity: Activity,
    at: DateTime<Utc>,
) -> Result<()> {
    if done.is_empty() {
        return Ok(());
    }
    let backend = conn.get_database_backend();
    let participants: std::collections::BTreeSet<(Uuid, Uuid)> = done.iter().copied().collect();
    let (rows, values) = value_rows(
        backend,
        participants.iter().map(|(consultation_id, user_id)| {
            [
                Value::from(*consultation_id),
                Value::from(*user_id),
                Value::from(at),
            ]
        }),
    );
    conn.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "INSERT INTO consultation_participants (consultation_id, user_id, first_seen_at) \
             VALUES {rows} ON CONFLICT (consultation_id, user_id) DO NOTHING"
        ),
        values,
    ))
    .await?;
    // One row per (consultation, shard): a statement may not update a row twice.
    let mut shards: BTreeMap<(Uuid, i16), i32> = BTreeMap::new();
    for (consultation_id, user_id) in done {
        *shards
            .entry((*consultation_id, shard_of(*user_id)))
            .or_default() += 1;
    }
    let day = day_of(at);
    upsert_activity(
        conn,
        shards.iter().map(|((consultation_id, shard), n)| {
            let [votes, comments, proposals] = activity.deltas().map(|d| d * n);
            [
                Value::from(*consultation_id),
                Value::from(day.clone()),
                Value::from(*shard),
                Value::from(votes),
                Value::from(comments),
                Value::from(proposals),
            ]
        }),
    )
    .await
}

async fn add_activity<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    day: &str,
    shard: i16,
    [votes, comments, proposals]: [i32; 3],
) -> Result<()> {
    upsert_activity(
        conn,
        [[
            Value::from(consultation_id),
            Value::from(day.to_owned()),
            Value::from(shard),
            Value::from(votes),
            Value::from(comments),
            Value::from(proposals),
        ]],
    )
    .await
}

/// Adds (consultation, day, shard, votes, comments, proposals) rows to the daily activity.
async fn upsert_activity<C: ConnectionTrait>(
    conn: &C,
    rows: impl IntoIterator<Item = [Value; 6]>,
) -> Result<()> {
    let backend = conn.get_database_backend();
    let (rows, values) = value_rows(backend, rows);
    conn.execute_raw(Statement::from_sql_and_values(
        backend,
        format!(
            "INSERT INTO consultation_activity \
             (consultation_id, day, shard, votes, comments, proposals) VALUES {rows} \
             ON CONFLICT (consultation_id, day, shard) DO UPDATE SET \
             votes = consultation_activity.votes + excluded.votes, \
             comments = consultation_activity.comments + excluded.comments, \
             proposals = consultation_activity.proposals + excluded.proposals"
        ),
        values,
    ))
    .await?;
    Ok(())
}

/// Recomputes a consultation's aggregates from its rows (for data loaded in bulk, such as
/// the demo and imported conversations, and as the recount tests compare with).
pub async fn rebuild<C: ConnectionTrait>(conn: &C, consultation_id: Uuid) -> Result<()> {
    let backend = conn.get_database_backend();
    for table in ["consultation_participants", "consultation_activity"] {
        conn.execute_raw(Statement::from_sql_and_values(
            backend,
            format!(
                "DELETE FROM {table} WHERE consultation_id = {}",
                placeholder(backend, 1)
            ),
            [Value::from(consultation_id)],
        ))
        .await?;
    }
    let recount = recount(conn, consultation_id).await?;
    let rows: Vec<consultation_participants::ActiveModel> = recount
        .participants
        .iter()
        .map(|(user_id, first_seen_at)| {
            let [agree, disagree, pass] = recount.votes.get(user_id).copied().unwrap_or([0; 3]);
            consultation_participants::ActiveModel {
                consultation_id: Set(consultation_id),
                user_id: Set(*user_id),
                first_seen_at: Set(*first_seen_at),
                agree_votes: Set(agree),
                disagree_votes: Set(disagree),
                pass_votes: Set(pass),
            }
        })
        .collect();
    for chunk in rows.chunks(1_000) {
        consultation_participants::Entity::insert_many(chunk.to_vec())
            .exec_without_returning(conn)
            .await?;
    }
    for (day, counts) in recount.days {
        add_activity(conn, consultation_id, &day, 0, counts).await?;
    }
    super::theme_participants::rebuild(conn, consultation_id).await
}

/// A consultation's participants (with when they first acted) and daily activity, counted
/// from the rows themselves.
pub struct Recount {
    pub participants: HashMap<Uuid, DateTime<Utc>>,
    /// Participant → (agree, disagree, pass) on the proposals the figures count; only those
    /// with such a vote.
    pub votes: HashMap<Uuid, [i32; 3]>,
    /// Day → (votes, comments, proposals).
    pub days: BTreeMap<String, [i32; 3]>,
}

pub async fn recount<C: ConnectionTrait>(conn: &C, consultation_id: Uuid) -> Result<Recount> {
    let proposal_rows: Vec<(Uuid, Uuid, DateTime<Utc>, bool)> = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| {
            (
                p.id,
                p.author_id,
                p.created_at,
                visibility::counts_toward_consultation(&p),
            )
        })
        .collect();
    let counted: HashSet<Uuid> = proposal_rows.iter().filter(|p| p.3).map(|p| p.0).collect();
    let mut out = Recount {
        participants: HashMap::new(),
        votes: HashMap::new(),
        days: BTreeMap::new(),
    };
    let seen = |out: &mut Recount, user: Uuid, at: DateTime<Utc>, activity: Activity| {
        let first = out.participants.entry(user).or_insert(at);
        if at < *first {
            *first = at;
        }
        let day = out.days.entry(day_of(at)).or_insert([0; 3]);
        for (d, x) in day.iter_mut().zip(activity.deltas()) {
            *d += x;
        }
    };
    let ids: Vec<Uuid> = proposal_rows.iter().map(|p| p.0).collect();
    for (_, author, at, _) in &proposal_rows {
        seen(&mut out, *author, *at, Activity::Proposal);
    }
    for chunk in ids.chunks(500) {
        let vote_rows: Vec<(Uuid, Uuid, i16, DateTime<Utc>)> = votes::Entity::find()
            .select_only()
            .columns([
                votes::Column::ProposalId,
                votes::Column::UserId,
                votes::Column::Value,
                votes::Column::CreatedAt,
            ])
            .filter(votes::Column::ProposalId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(conn)
            .await?;
        for (proposal, user, value, at) in vote_rows {
            seen(&mut out, user, at, Activity::Vote);
            if counted.contains(&proposal) {
                let counts = out.votes.entry(user).or_insert([0; 3]);
                for (c, d) in counts.iter_mut().zip(VoteValue::from_i16(value).counts()) {
                    *c += d;
                }
            }
        }
        let comment_rows: Vec<(Uuid, DateTime<Utc>)> = comments::Entity::find()
            .select_only()
            .columns([comments::Column::AuthorId, comments::Column::CreatedAt])
            .filter(comments::Column::ProposalId.is_in(chunk.iter().copied()))
            .into_tuple()
            .all(conn)
            .await?;
        for (user, at) in comment_rows {
            seen(&mut out, user, at, Activity::Comment);
        }
    }
    Ok(out)
}

/// Each participant's stored votes, for comparing with `recount` (those with none left out).
pub async fn stored_votes<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
) -> Result<HashMap<Uuid, [i32; 3]>> {
    Ok(consultation_participants::Entity::find()
        .filter(consultation_participants::Column::ConsultationId.eq(consultation_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.user_id, [p.agree_votes, p.disagree_votes, p.pass_votes]))
        .filter(|(_, votes)| *votes != [0; 3])
        .collect())
}

/// The stored participant count and daily activity, for comparing with `recount`.
pub async fn stored<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
) -> Result<(u64, BTreeMap<String, [i32; 3]>)> {
    let participants = consultation_participants::Entity::find()
        .filter(consultation_participants::Column::ConsultationId.eq(consultation_id))
        .all(conn)
        .await?
        .len() as u64;
    let mut days: BTreeMap<String, [i32; 3]> = BTreeMap::new();
    for row in consultation_activity::Entity::find()
        .filter(consultation_activity::Column::ConsultationId.eq(consultation_id))
        .all(conn)
        .await?
    {
        let day = days.entry(row.day).or_insert([0; 3]);
        day[0] += row.votes;
        day[1] += row.comments;
        day[2] += row.proposals;
    }
    Ok((participants, days))
}
