//! Moderation: flags from the community, the review queue, moderators' actions with their
//! public log, who may moderate where, and reports of suspicious support.

pub mod actions;
pub mod anomalies;
pub mod assignments;
mod content;
pub mod flags;
pub mod log;
mod merge;
mod on_proposal;
pub mod queue;
mod sanctions;
pub mod standing;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::db::entities::moderator_assignments;
use crate::domain::accounts::Account;
use crate::error::{Error, Result};

pub use crate::db::entities::moderation_actions::{Model as LoggedAction, TargetType};

/// Where an account may moderate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reach {
    /// Administrators and accounts with the `moderator` role.
    Everywhere,
    /// Moderators assigned to these consultations (never empty).
    Consultations(Vec<Uuid>),
}

impl Reach {
    pub fn covers(&self, consultation_id: Uuid) -> bool {
        match self {
            Reach::Everywhere => true,
            Reach::Consultations(ids) => ids.contains(&consultation_id),
        }
    }
}

/// Where `account` may moderate, or `None` when nowhere. Suspended or banned accounts and
/// unverified ones moderate nowhere.
pub async fn reach_of<C: ConnectionTrait>(conn: &C, account: &Account) -> Result<Option<Reach>> {
    if account.ensure_can_write().is_err() {
        return Ok(None);
    }
    if account.is_staff() {
        return Ok(Some(Reach::Everywhere));
    }
    let ids: Vec<Uuid> = moderator_assignments::Entity::find()
        .filter(moderator_assignments::Column::UserId.eq(account.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| a.consultation_id)
        .collect();
    Ok((!ids.is_empty()).then_some(Reach::Consultations(ids)))
}

/// Whether `account` moderates the consultation.
pub async fn may_moderate<C: ConnectionTrait>(
    conn: &C,
    account: &Account,
    consultation_id: Uuid,
) -> Result<bool> {
    if account.ensure_can_write().is_err() {
        return Ok(false);
    }
    if account.is_staff() {
        return Ok(true);
    }
    Ok(
        moderator_assignments::Entity::find_by_id((consultation_id, account.id))
            .one(conn)
            .await?
            .is_some(),
    )
}

pub async fn ensure_may_moderate<C: ConnectionTrait>(
    conn: &C,
    account: &Account,
    consultation_id: Uuid,
) -> Result<()> {
    if may_moderate(conn, account, consultation_id).await? {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "You do not moderate this consultation.".into(),
        ))
    }
}

/// Settings the moderation rules need.
#[derive(Debug, Clone, Copy)]
pub struct ModerationPolicy {
    /// How many established participants' flags an item's open flags must weigh to hide it
    /// until a moderator reviews it.
    pub flag_hide_threshold: u32,
    /// Accounts younger than this weigh nothing when they flag.
    pub new_account_age: chrono::Duration,
}

impl ModerationPolicy {
    /// The summed flag weight that hides an item, in `standing`'s units.
    pub fn hide_score(&self) -> i32 {
        (self.flag_hide_threshold as i32).saturating_mul(standing::ESTABLISHED)
    }
}
