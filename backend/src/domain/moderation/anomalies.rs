//! Suspicious support: bursts of votes on one proposal where the voters share an address
//! range or their accounts were created close together — the marks of one person with many
//! accounts, or a script. A report for a moderator's judgement (a launch or a news story
//! also brings bursts of new accounts), listing the accounts so they can be acted on.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use ipnet::IpNet;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::db::entities::{proposals, users, votes};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::votes::VoteValue;
use crate::error::{Error, Result};

use super::{reach_of, Reach};

/// The range a vote is recorded under: a /24 for IPv4, a /48 for IPv6 (one site). The full
/// address is never stored.
pub fn network_of(ip: IpAddr) -> String {
    let ip = match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    };
    let prefix = if ip.is_ipv4() { 24 } else { 48 };
    IpNet::new(ip, prefix)
        .map(|net| net.trunc().to_string())
        .unwrap_or_else(|_| ip.to_string())
}

pub struct AnomalyQuery {
    pub consultation_id: Option<Uuid>,
    pub since: DateTime<Utc>,
    /// Votes this close together on one proposal form a burst …
    pub burst_window: Duration,
    /// … when there are at least this many.
    pub min_votes: usize,
    /// A signal needs at least this many accounts.
    pub min_accounts: usize,
    /// Accounts created within this span of each other count as created together.
    pub created_within: Duration,
}

/// A voter in a burst.
#[derive(Debug, Clone)]
pub struct Voter {
    pub user_id: Uuid,
    pub display_name: String,
    pub account_created_at: DateTime<Utc>,
    pub vote: VoteValue,
    pub voted_at: DateTime<Utc>,
    pub network: Option<String>,
    pub suspended: bool,
    pub banned: bool,
}

#[derive(Debug, Clone)]
pub enum Signal {
    /// Several voters came from one address range.
    SharedNetwork {
        network: String,
        accounts: Vec<Uuid>,
    },
    /// Several voters' accounts were created within `created_within` of each other.
    AccountsCreatedTogether {
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        accounts: Vec<Uuid>,
    },
}

impl Signal {
    fn accounts(&self) -> &[Uuid] {
        match self {
            Signal::SharedNetwork { accounts, .. } => accounts,
            Signal::AccountsCreatedTogether { accounts, .. } => accounts,
        }
    }
}

pub struct Burst {
    pub proposal_id: Uuid,
    pub consultation_id: Uuid,
    pub title: String,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// Every vote in the burst.
    pub votes: usize,
    pub signals: Vec<Signal>,
    /// The voters named by the signals.
    pub accounts: Vec<Voter>,
}

fn check(q: &AnomalyQuery) -> Result<()> {
    if q.min_votes < 2 || q.min_accounts < 2 {
        return Err(Error::field(
            "min_votes",
            "out_of_range",
            "min_votes and min_accounts must be at least 2",
        ));
    }
    if q.burst_window <= Duration::zero() || q.created_within <= Duration::zero() {
        return Err(Error::field(
            "burst_minutes",
            "out_of_range",
            "windows must be longer than zero",
        ));
    }
    Ok(())
}

pub async fn report(db: &Db, moderator: &Account, q: AnomalyQuery) -> Result<Vec<Burst>> {
    check(&q)?;
    let reach = reach_of(db.reader(), moderator)
        .await?
        .ok_or_else(|| Error::Forbidden("Only moderators see this report.".into()))?;
    let scope: Option<Vec<Uuid>> = match (q.consultation_id, &reach) {
        (Some(id), reach) if !reach.covers(id) => {
            return Err(Error::Forbidden(
                "You do not moderate this consultation.".into(),
            ))
        }
        (Some(id), _) => Some(vec![id]),
        (None, Reach::Everywhere) => None,
        (None, Reach::Consultations(ids)) => Some(ids.clone()),
    };
    let rows = recent_votes(db.reader(), scope.as_deref(), q.since).await?;
    let mut by_proposal: BTreeMap<Uuid, Vec<Voter>> = BTreeMap::new();
    let mut consultation_of: HashMap<Uuid, Uuid> = HashMap::new();
    for (proposal_id, consultation_id, voter) in rows {
        consultation_of.insert(proposal_id, consultation_id);
        by_proposal.entry(proposal_id).or_default().push(voter);
    }
    let mut bursts = Vec::new();
    for (proposal_id, mut voters) in by_proposal {
        voters.sort_by_key(|v| (v.voted_at, v.user_id));
        for range in dense_runs(&voters, |v| v.voted_at, q.burst_window, q.min_votes) {
            let in_burst = &voters[range];
            let signals = signals_in(in_burst, &q);
            if signals.is_empty() {
                continue;
            }
            let named: BTreeSet<Uuid> = signals
                .iter()
                .flat_map(|s| s.accounts().iter().copied())
                .collect();
            bursts.push(Burst {
                proposal_id,
                consultation_id: consultation_of[&proposal_id],
                title: String::new(),
                from: in_burst[0].voted_at,
                to: in_burst[in_burst.len() - 1].voted_at,
                votes: in_burst.len(),
                signals,
                accounts: in_burst
                    .iter()
                    .filter(|v| named.contains(&v.user_id))
                    .cloned()
                    .collect(),
            });
        }
    }
    let titles: HashMap<Uuid, String> = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(bursts.iter().map(|b| b.proposal_id)))
        .all(db.reader())
        .await?
        .into_iter()
        .map(|p| (p.id, p.title))
        .collect();
    for burst in &mut bursts {
        burst.title = titles.get(&burst.proposal_id).cloned().unwrap_or_default();
    }
    bursts.sort_by(|a, b| {
        b.accounts
            .len()
            .cmp(&a.accounts.len())
            .then(a.from.cmp(&b.from))
    });
    Ok(bursts)
}

/// Maximal runs of `items` (sorted by `time`) in which every `window` holds at least `min`
/// items; overlapping dense windows join into one run.
fn dense_runs<T>(
    items: &[T],
    time: impl Fn(&T) -> DateTime<Utc>,
    window: Duration,
    min: usize,
) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    for end in 0..items.len() {
        while time(&items[end]) - time(&items[start]) > window {
            start += 1;
        }
        if end + 1 - start >= min {
            match runs.last_mut() {
                Some(run) if start < run.end => run.end = end + 1,
                _ => runs.push(start..end + 1),
            }
        }
    }
    runs
}

fn signals_in(voters: &[Voter], q: &AnomalyQuery) -> Vec<Signal> {
    let mut signals = Vec::new();
    let mut by_network: BTreeMap<&str, Vec<Uuid>> = BTreeMap::new();
    for v in voters {
        if let Some(network) = &v.network {
            by_network.entry(network).or_default().push(v.user_id);
        }
    }
    for (network, accounts) in by_network {
        if accounts.len() >= q.min_accounts {
            signals.push(Signal::SharedNetwork {
                network: network.to_owned(),
                accounts,
            });
        }
    }
    let mut by_age: Vec<&Voter> = voters.iter().collect();
    by_age.sort_by_key(|v| (v.account_created_at, v.user_id));
    for run in dense_runs(
        &by_age,
        |v| v.account_created_at,
        q.created_within,
        q.min_accounts,
    ) {
        let group = &by_age[run];
        signals.push(Signal::AccountsCreatedTogether {
            from: group[0].account_created_at,
            to: group[group.len() - 1].account_created_at,
            accounts: group.iter().map(|v| v.user_id).collect(),
        });
    }
    signals
}

/// Votes cast since `since` in the given consultations (all when `None`), with their voters.
async fn recent_votes<C: ConnectionTrait>(
    conn: &C,
    consultations: Option<&[Uuid]>,
    since: DateTime<Utc>,
) -> Result<Vec<(Uuid, Uuid, Voter)>> {
    let mut select = Query::select();
    select
        .column((votes::Entity, votes::Column::ProposalId))
        .column((votes::Entity, votes::Column::UserId))
        .column((votes::Entity, votes::Column::Value))
        .column((votes::Entity, votes::Column::OriginNetwork))
        .expr_as(
            Expr::col((votes::Entity, votes::Column::CreatedAt)),
            "voted_at",
        )
        .column((proposals::Entity, proposals::Column::ConsultationId))
        .column((users::Entity, users::Column::DisplayName))
        .column((users::Entity, users::Column::SuspendedUntil))
        .column((users::Entity, users::Column::BannedAt))
        .expr_as(
            Expr::col((users::Entity, users::Column::CreatedAt)),
            "account_created_at",
        )
        .from(votes::Entity)
        .inner_join(
            proposals::Entity,
            Expr::col((proposals::Entity, proposals::Column::Id))
                .equals((votes::Entity, votes::Column::ProposalId)),
        )
        .inner_join(
            users::Entity,
            Expr::col((users::Entity, users::Column::Id))
                .equals((votes::Entity, votes::Column::UserId)),
        )
        .and_where(Expr::col((votes::Entity, votes::Column::CreatedAt)).gte(since));
    if let Some(ids) = consultations {
        select.and_where(
            Expr::col((proposals::Entity, proposals::Column::ConsultationId))
                .is_in(ids.iter().copied()),
        );
    }
    let now = Utc::now();
    let rows = conn
        .query_all_raw(conn.get_database_backend().build(&select))
        .await?;
    rows.into_iter()
        .map(|row| {
            let suspended_until: Option<DateTime<Utc>> = row.try_get("", "suspended_until")?;
            let banned_at: Option<DateTime<Utc>> = row.try_get("", "banned_at")?;
            let value: i16 = row.try_get("", "value")?;
            Ok((
                row.try_get("", "proposal_id")?,
                row.try_get("", "consultation_id")?,
                Voter {
                    user_id: row.try_get("", "user_id")?,
                    display_name: row.try_get("", "display_name")?,
                    account_created_at: row.try_get("", "account_created_at")?,
                    vote: VoteValue::from_i16(value),
                    voted_at: row.try_get("", "voted_at")?,
                    network: row.try_get("", "origin_network")?,
                    suspended: suspended_until.is_some_and(|until| until > now),
                    banned: banned_at.is_some(),
                },
            ))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_are_a_slash_24_or_a_slash_48() {
        assert_eq!(
            network_of("203.0.113.77".parse().unwrap()),
            "203.0.113.0/24"
        );
        assert_eq!(
            network_of("2001:db8:1:2::9".parse().unwrap()),
            "2001:db8:1::/48"
        );
        assert_eq!(
            network_of("::ffff:198.51.100.3".parse().unwrap()),
            "198.51.100.0/24"
        );
    }

    #[test]
    fn dense_windows_join_into_runs() {
        let t0 = Utc::now();
        let at = |mins: i64| t0 + Duration::minutes(mins);
        // Five votes within ten minutes, a quiet hour, then two stragglers.
        let times = [at(0), at(2), at(3), at(5), at(9), at(70), at(71)];
        let runs = dense_runs(&times, |t| *t, Duration::minutes(10), 3);
        assert_eq!(runs, vec![0..5]);
        assert!(dense_runs(&times, |t| *t, Duration::minutes(1), 3).is_empty());
    }
}
