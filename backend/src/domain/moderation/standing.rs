//! A reporter's standing: how much their flag weighs toward hiding an item before a
//! moderator has looked at it. Like Discourse's flag scores, weight comes from how
//! established the account is and how often its past flags were upheld rather than
//! dismissed, so a handful of fresh or careless accounts cannot hide anything on their own.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};
use uuid::Uuid;

use crate::db::entities::flags;
use crate::domain::accounts::Account;
use crate::error::Result;

/// The weight of one established participant's flag with no history: weights are counted in
/// hundredths of it, and the hide threshold in whole ones.
pub const ESTABLISHED: i32 = 100;
/// A moderator's flag weighs as much as three established participants' flags.
pub const MODERATOR: i32 = 3 * ESTABLISHED;
/// Each upheld flag adds this much, up to `MAX_UPHELD_BONUS` upheld flags.
const UPHELD_BONUS: i32 = 10;
const MAX_UPHELD_BONUS: u64 = 5;

/// How a reporter's earlier flags were decided by moderators.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FlagRecord {
    pub upheld: u64,
    pub dismissed: u64,
}

impl FlagRecord {
    /// The share of decided flags that moderators dismissed, or `None` without any.
    pub fn dismissed_ratio(&self) -> Option<f64> {
        let decided = self.upheld + self.dismissed;
        (decided > 0).then(|| self.dismissed as f64 / decided as f64)
    }
}

/// Who is flagging, as far as weighing goes.
pub struct Reporter<'a> {
    pub account: &'a Account,
    pub record: FlagRecord,
    /// Whether they moderate the flagged item's consultation.
    pub moderates: bool,
}

/// The weight of a flag, in hundredths of an established participant's flag:
/// - a moderator's flag weighs `MODERATOR`;
/// - an unverified account's, or one younger than `new_account_age`, weighs nothing (it still
///   reaches the queue);
/// - otherwise `ESTABLISHED` plus a bonus per upheld flag, times the share of the reporter's
///   decided flags that were upheld (smoothed, so one dismissal halves a newcomer's weight
///   rather than zeroing it, and three dismissals leave a quarter).
pub fn flag_weight(reporter: &Reporter<'_>, new_account_age: Duration, now: DateTime<Utc>) -> i32 {
    if reporter.moderates {
        return MODERATOR;
    }
    let account = reporter.account;
    if account.verified_at.is_none() || now - account.created_at < new_account_age {
        return 0;
    }
    let FlagRecord { upheld, dismissed } = reporter.record;
    let base = ESTABLISHED as u64 + UPHELD_BONUS as u64 * upheld.min(MAX_UPHELD_BONUS);
    // Integer arithmetic: the same weight on every database and platform.
    (base * (upheld + 1) / (upheld + dismissed + 1)) as i32
}

/// How a reporter's earlier flags were decided.
pub async fn flag_record<C: ConnectionTrait>(conn: &C, reporter_id: Uuid) -> Result<FlagRecord> {
    let count = |resolution: &'static str| {
        flags::Entity::find()
            .filter(flags::Column::ReporterId.eq(reporter_id))
            .filter(flags::Column::Resolution.eq(resolution))
            .count(conn)
    };
    Ok(FlagRecord {
        upheld: count("upheld").await?,
        dismissed: count("dismissed").await?,
    })
}

/// How the earlier flags of each of these reporters were decided (absent: none decided).
pub async fn flag_records<C: ConnectionTrait>(
    conn: &C,
    reporter_ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, FlagRecord>> {
    let ids: Vec<Uuid> = reporter_ids.into_iter().collect();
    let rows: Vec<(Uuid, Option<String>, i64)> = flags::Entity::find()
        .select_only()
        .column(flags::Column::ReporterId)
        .column(flags::Column::Resolution)
        .column_as(flags::Column::Id.count(), "n")
        .filter(flags::Column::ReporterId.is_in(ids))
        .filter(flags::Column::Resolution.is_not_null())
        .group_by(flags::Column::ReporterId)
        .group_by(flags::Column::Resolution)
        .into_tuple()
        .all(conn)
        .await?;
    let mut records: HashMap<Uuid, FlagRecord> = HashMap::new();
    for (reporter, resolution, n) in rows {
        let record = records.entry(reporter).or_default();
        match resolution.as_deref() {
            Some("upheld") => record.upheld += n as u64,
            Some("dismissed") => record.dismissed += n as u64,
            _ => {}
        }
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::accounts::{Locale, Role};

    const DAY: i64 = 86_400;

    fn account(age_days: i64, verified: bool) -> Account {
        let now = Utc::now();
        Account {
            id: Uuid::now_v7(),
            email: "someone@example.org".into(),
            display_name: "someone".into(),
            role: Role::Citizen,
            locale: Locale::Th,
            province: None,
            age_band: None,
            gender: None,
            verified_at: verified.then_some(now),
            suspended_until: None,
            banned_at: None,
            created_at: now - Duration::seconds(age_days * DAY),
        }
    }

    fn weight(account: &Account, upheld: u64, dismissed: u64, moderates: bool) -> i32 {
        flag_weight(
            &Reporter {
                account,
                record: FlagRecord { upheld, dismissed },
                moderates,
            },
            Duration::days(1),
            Utc::now(),
        )
    }

    #[test]
    fn fresh_and_unverified_accounts_weigh_nothing() {
        assert_eq!(weight(&account(0, true), 0, 0, false), 0);
        assert_eq!(weight(&account(30, false), 0, 0, false), 0);
    }

    #[test]
    fn an_established_participant_weighs_one_and_more_with_upheld_flags() {
        assert_eq!(weight(&account(30, true), 0, 0, false), ESTABLISHED);
        assert_eq!(weight(&account(30, true), 2, 0, false), 120);
        assert_eq!(weight(&account(30, true), 50, 0, false), 150);
    }

    #[test]
    fn dismissed_flags_shrink_the_weight() {
        assert_eq!(weight(&account(30, true), 0, 1, false), 50);
        assert_eq!(weight(&account(30, true), 0, 3, false), 25);
        assert_eq!(weight(&account(30, true), 5, 5, false), 81);
        assert!(weight(&account(30, true), 0, 20, false) < 5);
    }

    #[test]
    fn a_moderator_weighs_three_whatever_their_account() {
        assert_eq!(weight(&account(0, true), 0, 9, true), MODERATOR);
    }

    #[test]
    fn the_dismissed_ratio_is_over_decided_flags() {
        assert_eq!(FlagRecord::default().dismissed_ratio(), None);
        assert_eq!(
            FlagRecord {
                upheld: 1,
                dismissed: 3
            }
            .dismissed_ratio(),
            Some(0.75)
        );
    }
}
