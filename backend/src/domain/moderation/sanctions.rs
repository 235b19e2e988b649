//! Decisions about accounts: suspend until a date, ban, restore, and discard the votes of an
//! account used to fake support. They reach across consultations, so only administrators and
//! global moderators take them, and never against their own account or a peer's.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::db::entities::{proposals, users, votes};
use crate::domain::accounts::{Account, Role};
use crate::domain::agency::{participant_votes, theme_participants};
use crate::domain::ranking::Tally;
use crate::domain::votes::VoteValue;
use crate::domain::{now, sessions, visibility};
use crate::error::{Conflict, Error, Resource, Result};

use super::actions::{Action, Checked, Decision};
use super::merge::add_to_counts;

/// The longest a suspension may run; anything longer is a ban.
const LONGEST_SUSPENSION_DAYS: i64 = 3650;

fn state(u: &users::Model) -> Value {
    json!({
        "suspended_until": u.suspended_until,
        "banned": u.banned_at.is_some(),
    })
}

fn ensure_may_sanction(moderator: &Account, target: &users::Model) -> Result<()> {
    if !moderator.is_staff() {
        return Err(Error::Forbidden(
            "Only administrators and global moderators act on accounts.".into(),
        ));
    }
    if target.id == moderator.id {
        return Err(Error::Forbidden(
            "You cannot act on your own account.".into(),
        ));
    }
    let target_role = target.role;
    let peer_or_above = match target_role {
        Role::Admin => true,
        Role::Moderator => !moderator.is_admin(),
        _ => false,
    };
    if peer_or_above {
        return Err(Error::Forbidden(
            "Moderators cannot act on other moderators or administrators.".into(),
        ));
    }
    Ok(())
}

pub(super) async fn act_on_user<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    cmd: &Checked,
) -> Result<Decision> {
    if !moderator.is_staff() {
        return Err(Error::Forbidden(
            "Only administrators and global moderators act on accounts.".into(),
        ));
    }
    let target = users::Entity::find_by_id(cmd.target_id)
        .filter(users::Column::DeletedAt.is_null())
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Account))?;
    ensure_may_sanction(moderator, &target)?;
    let now = now();
    let suspended = target
        .suspended_until
        .is_some_and(|until| until > Utc::now());
    let mut details = None;
    let (column, value): (users::Column, Expr) = match cmd.action {
        Action::Suspend => {
            let until = suspension_end(cmd, &target)?;
            details = Some(json!({ "until": until }));
            (users::Column::SuspendedUntil, Expr::value(Some(until)))
        }
        Action::Ban => {
            if target.banned_at.is_some() {
                return Err(Conflict::AlreadyBanned.into());
            }
            (users::Column::BannedAt, Expr::value(Some(now)))
        }
        Action::Restore => {
            if target.banned_at.is_none() && !suspended {
                return Err(Conflict::NotSanctioned.into());
            }
            lift_ban(conn, target.id).await?;
            (
                users::Column::SuspendedUntil,
                Expr::value(Option::<chrono::DateTime<Utc>>::None),
            )
        }
        Action::DiscardVotes => return discard_all_votes(conn, target.id).await,
        _ => return Err(anyhow::anyhow!("a content action reached an account").into()),
    };
    users::Entity::update_many()
        .col_expr(column, value)
        .col_expr(users::Column::UpdatedAt, Expr::value(now))
        .filter(users::Column::Id.eq(target.id))
        .exec(conn)
        .await?;
    if matches!(cmd.action, Action::Suspend | Action::Ban) {
        // Signed out everywhere at once, not when their access tokens happen to expire.
        sessions::end_all_of(conn, target.id).await?;
    }
    let after = users::Entity::find_by_id(target.id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Account))?;
    Ok(Decision {
        consultation_id: None,
        details,
        before: state(&target),
        after: state(&after),
    })
}

/// When a suspension asked for ends: required, in the future, within the longest suspension,
/// and not for a banned account.
fn suspension_end(cmd: &Checked, target: &users::Model) -> Result<DateTime<Utc>> {
    let until = cmd
        .until
        .ok_or_else(|| Error::field("until", "required", "is required by suspend"))?;
    if until <= Utc::now() {
        return Err(Error::field(
            "until",
            "in_the_past",
            "must be in the future",
        ));
    }
    if until > Utc::now() + Duration::days(LONGEST_SUSPENSION_DAYS) {
        return Err(Error::field(
            "until",
            "too_far",
            "must be within ten years; ban the account instead",
        ));
    }
    if target.banned_at.is_some() {
        return Err(Conflict::AccountBanned.into());
    }
    Ok(until)
}

/// Clears the account's ban (its suspension is cleared by the caller's update).
async fn lift_ban<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<()> {
    users::Entity::update_many()
        .col_expr(
            users::Column::BannedAt,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .filter(users::Column::Id.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Discards every vote of the account; refused when there are none.
async fn discard_all_votes<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<Decision> {
    let discarded = discard_votes(conn, user_id).await?;
    if discarded == 0 {
        return Err(Conflict::NoVotesToDiscard.into());
    }
    Ok(Decision {
        consultation_id: None,
        details: Some(json!({ "votes": discarded })),
        before: json!({ "votes": discarded }),
        after: json!({ "votes": 0 }),
    })
}

/// Removes every proposal vote of the account, each proposal's counters moving with it under
/// that proposal's lock (taken in id order); returns how many votes went.
async fn discard_votes<C: ConnectionTrait>(conn: &C, user_id: uuid::Uuid) -> Result<u64> {
    let proposal_ids: Vec<uuid::Uuid> = votes::Entity::find()
        .select_only()
        .column(votes::Column::ProposalId)
        .filter(votes::Column::UserId.eq(user_id))
        .order_by_asc(votes::Column::ProposalId)
        .into_tuple()
        .all(conn)
        .await?;
    let mut discarded = 0;
    // Applied after every proposal is locked: each lock is taken before any count row, as
    // the vote writer takes them.
    let mut participant_deltas = participant_votes::Deltas::new();
    let mut theme_acts = theme_participants::Acts::new();
    for proposal_id in proposal_ids {
        let Some(proposal) = proposals::Entity::find_by_id(proposal_id)
            .lock_exclusive()
            .one(conn)
            .await?
        else {
            continue;
        };
        // Read again under the lock: the vote may have changed since the list was taken.
        let Some(vote) = votes::Entity::find_by_id((proposal_id, user_id))
            .one(conn)
            .await?
        else {
            continue;
        };
        votes::Entity::delete_by_id((proposal_id, user_id))
            .exec(conn)
            .await?;
        discarded += 1;
        let mut delta = Tally::default();
        match VoteValue::from_i16(vote.value) {
            VoteValue::Agree => delta.agree = -1,
            VoteValue::Disagree => delta.disagree = -1,
            VoteValue::Pass => delta.pass = -1,
        }
        add_to_counts(conn, &proposal, delta, 0).await?;
        if visibility::counts_toward_consultation(&proposal) {
            participant_votes::add_one(
                &mut participant_deltas,
                (proposal.consultation_id, user_id),
                VoteValue::from_i16(vote.value).counts().map(|c| -c),
            );
            theme_participants::add_one(
                &mut theme_acts,
                proposal.consultation_id,
                proposal.theme.as_deref(),
                user_id,
                -1,
            );
        }
    }
    participant_votes::add(conn, &participant_deltas, now()).await?;
    theme_participants::add(conn, &theme_acts).await?;
    Ok(discarded)
}
