//! One group of votes in one transaction. Each vote is judged and applied in arrival order,
//! against the state the votes before it left, exactly as if each had its own transaction;
//! only the writes are gathered: per proposal one row lock, one counter update (the summed
//! delta, scores at the final tally) and one search touch; vote rows in a few multi-row
//! statements.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use super::{tally_delta, tally_of, VoteOutcome, VoteValue};
use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::entities::{consultations, votes};
use crate::db::{Db, Params};
use crate::domain::accounts::Account;
use crate::domain::agency::aggregates::{self, Activity};
use crate::domain::agency::{participant_votes, theme_participants};
use crate::domain::consultations::Phase;
use crate::domain::proposals::{ensure_open, ensure_visible_locked};
use crate::domain::ranking::{self, Tally};
use crate::domain::{now, visibility};
use crate::error::{Error, Result};
use crate::outbox::search::{touch_many, DocType};

/// One vote to apply: set (`Some`) or retract (`None`).
pub struct Ballot {
    pub voter: Account,
    pub proposal_id: Uuid,
    pub value: Option<VoteValue>,
    /// The client's address range, kept for the suspicious-support report.
    pub origin: Option<String>,
}

/// Applies `ballots` in one transaction and answers each one (the vote writer's step, public so
/// that a group's semantics can be checked on a group known to be one). `Err` when the group as a whole
/// failed (the database's error, the commit): then nothing of it was written. A ballot refused
/// on its own (not found, phase closed, withdrawn…) gets its error in its place.
pub async fn commit(db: &Db, ballots: &[Ballot]) -> Result<Vec<Result<VoteOutcome>>> {
    let txn = db.begin_write().await?;
    let mut group = Group::read(&txn, ballots).await?;
    let mut answers = Vec::with_capacity(ballots.len());
    for ballot in ballots {
        match group.apply(&txn, ballot).await {
            // The database failed under a ballot's checks: on PostgreSQL the transaction is
            // aborted, so the whole group fails.
            Err(error @ (Error::Database(_) | Error::Internal(_))) => return Err(error),
            answer => answers.push(answer),
        }
    }
    group.write(&txn).await?;
    txn.commit().await?;
    Ok(answers)
}

/// A voter's row on a proposal while the group is applied.
struct Row {
    /// As it was before the group.
    stored: Option<VoteValue>,
    now: Option<VoteValue>,
    /// Some ballot of the group changed it.
    changed: bool,
    /// Retracted and cast again within the group: the row is written anew (origin, date).
    recreated: bool,
    /// The origin of the ballot that last created the row.
    origin: Option<String>,
}

/// A proposal while the group is applied.
struct Target {
    proposal: Proposal,
    tally: Tally,
    changed: bool,
}

struct Group {
    targets: HashMap<Uuid, Target>,
    consultations: HashMap<Uuid, Consultation>,
    /// Keyed (proposal, voter), ordered so writes lock rows in a stable order.
    rows: BTreeMap<(Uuid, Uuid), Row>,
    /// (consultation, voter) for each first vote, for the aggregates.
    first_votes: Vec<(Uuid, Uuid)>,
    /// How each voter's votes on counted proposals moved, for the breakdowns.
    participant_deltas: participant_votes::Deltas,
    /// How each voter's acts under the proposals' themes moved, for the breakdown by theme.
    theme_acts: theme_participants::Acts,
    at: DateTime<Utc>,
}

impl Group {
    /// Locks the proposals (in id order, so concurrent groups cannot deadlock) and reads their
    /// consultations and the voters' current votes: three statements for the whole group.
    async fn read(txn: &DatabaseTransaction, ballots: &[Ballot]) -> Result<Group> {
        let mut wanted: BTreeMap<Uuid, Vec<Uuid>> = BTreeMap::new();
        for b in ballots {
            wanted.entry(b.proposal_id).or_default().push(b.voter.id);
        }
        let locked = proposals::Entity::find()
            .filter(proposals::Column::Id.is_in(wanted.keys().copied()))
            .order_by_asc(proposals::Column::Id)
            .lock_exclusive()
            .all(txn)
            .await?;
        let consultation_ids: Vec<Uuid> = locked.iter().map(|p| p.consultation_id).collect();
        let consultations = consultations::Entity::find()
            .filter(consultations::Column::Id.is_in(consultation_ids))
            .all(txn)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        let mut rows: BTreeMap<(Uuid, Uuid), Row> = BTreeMap::new();
        let mut which = Condition::any();
        for (proposal_id, voters) in &wanted {
            which = which.add(
                Condition::all()
                    .add(votes::Column::ProposalId.eq(*proposal_id))
                    .add(votes::Column::UserId.is_in(voters.iter().copied())),
            );
            for voter in voters {
                rows.insert((*proposal_id, *voter), Row::absent());
            }
        }
        let stored: Vec<(Uuid, Uuid, i16)> = votes::Entity::find()
            .select_only()
            .columns([
                votes::Column::ProposalId,
                votes::Column::UserId,
                votes::Column::Value,
            ])
            .filter(which)
            .into_tuple()
            .all(txn)
            .await?;
        for (proposal_id, user_id, value) in stored {
            if let Some(row) = rows.get_mut(&(proposal_id, user_id)) {
                row.stored = Some(VoteValue::from_i16(value));
                row.now = row.stored;
            }
        }
        let targets = locked
            .into_iter()
            .map(|p| {
                let target = Target {
                    tally: tally_of(&p),
                    proposal: p,
                    changed: false,
                };
                (target.proposal.id, target)
            })
            .collect();
        Ok(Group {
            targets,
            consultations,
            rows,
            first_votes: Vec::new(),
            participant_deltas: participant_votes::Deltas::new(),
            theme_acts: theme_participants::Acts::new(),
            at: now(),
        })
    }

    /// The checks and effects of one vote, in memory. Repeating the current vote changes
    /// nothing, so clients may retry freely.
    async fn apply(&mut self, txn: &DatabaseTransaction, ballot: &Ballot) -> Result<VoteOutcome> {
        let target = self
            .targets
            .get_mut(&ballot.proposal_id)
            .ok_or(Error::NotFound(crate::error::Resource::Proposal))?;
        let consultation = self.consultations.get(&target.proposal.consultation_id);
        ensure_visible_locked(txn, &ballot.voter, &target.proposal, consultation).await?;
        if let Some(consultation) = consultation {
            Phase::of(consultation).ensure_allows_votes()?;
        }
        ensure_open(&target.proposal)?;
        let row = self
            .rows
            .get_mut(&(ballot.proposal_id, ballot.voter.id))
            .ok_or_else(|| Error::Internal(anyhow::anyhow!("a ballot's vote row was not read")))?;
        let previous = row.now;
        if previous != ballot.value {
            let [agree, disagree, pass] = tally_delta(previous, ballot.value);
            target.tally.agree += agree;
            target.tally.disagree += disagree;
            target.tally.pass += pass;
            target.changed = true;
            row.now = ballot.value;
            row.changed = true;
            // The proposal is locked, so whether it counts cannot change before the commit.
            if visibility::counts_toward_consultation(&target.proposal) {
                participant_votes::add_one(
                    &mut self.participant_deltas,
                    (target.proposal.consultation_id, ballot.voter.id),
                    [agree, disagree, pass],
                );
                // A first vote adds an act, a retraction takes one, a change moves none.
                theme_participants::add_one(
                    &mut self.theme_acts,
                    target.proposal.consultation_id,
                    target.proposal.theme.as_deref(),
                    ballot.voter.id,
                    agree + disagree + pass,
                );
            }
            if previous.is_none() {
                // A first vote: it counts as activity, and its row carries this origin.
                row.origin.clone_from(&ballot.origin);
                row.recreated = row.stored.is_some();
                self.first_votes
                    .push((target.proposal.consultation_id, ballot.voter.id));
            }
        }
        Ok(VoteOutcome {
            my_vote: ballot.value,
            tally: target.tally,
        })
    }

    /// Writes what the group changed: rows retracted (or written anew) deleted, rows cast or
    /// changed upserted, the aggregates, then per proposal its counters and a search touch.
    async fn write(&self, txn: &DatabaseTransaction) -> Result<()> {
        let mut gone = Condition::any();
        let mut any_gone = false;
        let mut upserts = Vec::new();
        for ((proposal_id, user_id), row) in &self.rows {
            if !row.changed {
                continue;
            }
            if row.stored.is_some() && (row.now.is_none() || row.recreated) {
                gone = gone.add(
                    Condition::all()
                        .add(votes::Column::ProposalId.eq(*proposal_id))
                        .add(votes::Column::UserId.eq(*user_id)),
                );
                any_gone = true;
            }
            if let Some(value) = row.now {
                upserts.push(votes::ActiveModel {
                    proposal_id: Set(*proposal_id),
                    user_id: Set(*user_id),
                    value: Set(value.as_i16()),
                    origin_network: Set(row.origin.clone()),
                    created_at: Set(self.at),
                    updated_at: Set(self.at),
                });
            }
        }
        if any_gone {
            votes::Entity::delete_many().filter(gone).exec(txn).await?;
        }
        if !upserts.is_empty() {
            // A changed vote keeps its origin and date; only a new row takes them.
            votes::Entity::insert_many(upserts)
                .on_conflict(
                    OnConflict::columns([votes::Column::ProposalId, votes::Column::UserId])
                        .update_columns([votes::Column::Value, votes::Column::UpdatedAt])
                        .to_owned(),
                )
                .exec_without_returning(txn)
                .await?;
        }
        aggregates::note_many(txn, &self.first_votes, Activity::Vote, self.at).await?;
        participant_votes::add(txn, &self.participant_deltas, self.at).await?;
        theme_participants::add(txn, &self.theme_acts).await?;
        let moved: Vec<&Target> = self.targets.values().filter(|t| t.changed).collect();
        move_counters(txn, &moved).await?;
        let mut touched: Vec<Uuid> = moved.iter().map(|t| t.proposal.id).collect();
        touched.sort();
        touch_many(txn, DocType::Proposal, &touched).await?;
        Ok(())
    }
}

/// Moves every changed proposal's counters by the group's summed delta and sets its rank
/// scores at the tally it reached, in one statement: the rows are locked, so the scores
/// computed here from the locked tallies are exact. A group spread over many proposals
/// then costs one round trip for them, not one each.
async fn move_counters(txn: &DatabaseTransaction, moved: &[&Target]) -> Result<()> {
    if moved.is_empty() {
        return Ok(());
    }
    let backend = txn.get_database_backend();
    let mut params = Params::new(backend);
    let rows: Vec<String> = moved
        .iter()
        .map(|target| {
            let before = tally_of(&target.proposal);
            let after = target.tally;
            let created_at = target.proposal.created_at;
            format!(
                "({}, {}, {}, {}, {}, {}, {})",
                params.bind(target.proposal.id),
                params.bind(after.agree - before.agree),
                params.bind(after.disagree - before.disagree),
                params.bind(after.pass - before.pass),
                params.bind(after.support()),
                params.bind(ranking::hot(after, created_at)),
                params.bind(ranking::controversy(after)),
            )
        })
        .collect();
    // `VALUES` names its columns column1, column2, … on both databases.
    let sql = format!(
        "UPDATE proposals SET \
         agree_count = proposals.agree_count + moved.column2, \
         disagree_count = proposals.disagree_count + moved.column3, \
         pass_count = proposals.pass_count + moved.column4, \
         support_score = moved.column5, hot_score = moved.column6, \
         controversy_score = moved.column7 \
         FROM (VALUES {}) AS moved WHERE proposals.id = moved.column1",
        rows.join(", ")
    );
    txn.execute_raw(params.statement(sql)).await?;
    Ok(())
}

impl Row {
    fn absent() -> Row {
        Row {
            stored: None,
            now: None,
            changed: false,
            recreated: false,
            origin: None,
        }
    }
}
