//! `GET /api/v1/moderation/anomalies`

use actix_web::{get, web};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::extract::Moderator;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::moderation::anomalies::{self, AnomalyQuery, Burst, Signal, Voter};
use crate::domain::votes::VoteValue;
use crate::error::Error;

#[derive(Deserialize, IntoParams)]
pub struct AnomalyParams {
    /// Only this consultation (it must be one you moderate).
    pub consultation: Option<Uuid>,
    /// Look at votes from the last this many hours (1–2160, default 168).
    pub since_hours: Option<i64>,
    /// Votes this many minutes apart or closer form a burst (default 10).
    pub burst_minutes: Option<i64>,
    /// A burst has at least this many votes (default 10).
    pub min_votes: Option<usize>,
    /// A signal names at least this many accounts (default 5).
    pub min_accounts: Option<usize>,
    /// Accounts created within this many minutes of each other count as created together
    /// (default 60).
    pub created_within_minutes: Option<i64>,
}

#[derive(Serialize, ToSchema)]
pub struct SuspectAccount {
    pub id: Uuid,
    pub display_name: String,
    pub account_created_at: DateTime<Utc>,
    pub vote: VoteValue,
    pub voted_at: DateTime<Utc>,
    /// The /24 (IPv4) or /48 (IPv6) the vote came from.
    pub network: Option<String>,
    pub suspended: bool,
    pub banned: bool,
}

#[derive(Serialize, ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SignalResponse {
    /// These voters came from one address range.
    SharedNetwork {
        network: String,
        accounts: Vec<Uuid>,
    },
    /// These voters' accounts were created within minutes of each other.
    AccountsCreatedTogether {
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        accounts: Vec<Uuid>,
    },
}

#[derive(Serialize, ToSchema)]
pub struct BurstResponse {
    pub proposal_id: Uuid,
    pub consultation_id: Uuid,
    pub title: String,
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// Every vote in the burst.
    pub votes: usize,
    pub signals: Vec<SignalResponse>,
    /// The accounts the signals name.
    pub accounts: Vec<SuspectAccount>,
}

#[derive(Serialize, ToSchema)]
pub struct AnomalyReport {
    pub items: Vec<BurstResponse>,
}

fn in_range<T: PartialOrd + Copy>(
    field: &str,
    value: Option<T>,
    default: T,
    lo: T,
    hi: T,
) -> Result<T, Error> {
    let value = value.unwrap_or(default);
    if value < lo || value > hi {
        return Err(Error::field(field, "out_of_range", "is out of range"));
    }
    Ok(value)
}

impl From<Voter> for SuspectAccount {
    fn from(v: Voter) -> Self {
        SuspectAccount {
            id: v.user_id,
            display_name: v.display_name,
            account_created_at: v.account_created_at,
            vote: v.vote,
            voted_at: v.voted_at,
            network: v.network,
            suspended: v.suspended,
            banned: v.banned,
        }
    }
}

impl From<Burst> for BurstResponse {
    fn from(b: Burst) -> Self {
        BurstResponse {
            proposal_id: b.proposal_id,
            consultation_id: b.consultation_id,
            title: b.title,
            from: b.from,
            to: b.to,
            votes: b.votes,
            signals: b
                .signals
                .into_iter()
                .map(|s| match s {
                    Signal::SharedNetwork { network, accounts } => {
                        SignalResponse::SharedNetwork { network, accounts }
                    }
                    Signal::AccountsCreatedTogether { from, to, accounts } => {
                        SignalResponse::AccountsCreatedTogether { from, to, accounts }
                    }
                })
                .collect(),
            accounts: b.accounts.into_iter().map(SuspectAccount::from).collect(),
        }
    }
}

/// Suspicious support: bursts of votes on one proposal from accounts created close together
/// or from one address range, with the accounts involved, for a moderator to judge and act on
/// (suspend, ban, discard_votes).
#[utoipa::path(tag = "moderation", security(("bearer" = [])), params(AnomalyParams), responses(
    (status = 200, body = AnomalyReport, description = "The suspicious bursts of support found"),
    (status = 403),
))]
#[get("/anomalies")]
pub async fn get_anomalies(
    state: web::Data<AppState>,
    moderator: Moderator,
    params: Query<AnomalyParams>,
) -> Result<web::Json<AnomalyReport>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let since_hours = in_range("since_hours", params.since_hours, 168, 1, 2160)?;
    let query = AnomalyQuery {
        consultation_id: params.consultation,
        since: Utc::now() - Duration::hours(since_hours),
        burst_window: Duration::minutes(in_range(
            "burst_minutes",
            params.burst_minutes,
            10,
            1,
            24 * 60,
        )?),
        min_votes: in_range("min_votes", params.min_votes, 10, 2, 100_000)?,
        min_accounts: in_range("min_accounts", params.min_accounts, 5, 2, 100_000)?,
        created_within: Duration::minutes(in_range(
            "created_within_minutes",
            params.created_within_minutes,
            60,
            1,
            30 * 24 * 60,
        )?),
    };
    let bursts = anomalies::report(&state.db, &moderator.account, query).await?;
    Ok(web::Json(AnomalyReport {
        items: bursts.into_iter().map(BurstResponse::from).collect(),
    }))
}
