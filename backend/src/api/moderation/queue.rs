//! `GET /api/v1/moderation/queue`

use std::collections::{BTreeMap, HashMap};

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use sea_orm::ActiveEnum;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::extract::Moderator;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::api::types::Author;
use crate::domain::cursor::page_limit;
use crate::domain::moderation::flags::Flag;
use crate::domain::moderation::flags::{FlagReason, FlaggableType};
use crate::domain::moderation::queue::{self, QueueItem, QueueQuery, QueueState};
use crate::domain::moderation::standing::{self, FlagRecord};
use crate::domain::moderation::TargetType;
use crate::domain::proposals::display_names;
use crate::error::Error;

#[derive(Deserialize, IntoParams)]
pub struct QueueParams {
    /// Only this consultation (it must be one you moderate).
    pub consultation: Option<Uuid>,
    /// Only items with a flag for this reason.
    pub reason: Option<FlagReason>,
    pub target_type: Option<FlaggableType>,
    /// Only items this account flagged, to review one reporter's flags together (with
    /// `state=resolved`, their reviewed ones).
    pub reporter: Option<Uuid>,
    /// `open` (default), `hidden`, `visible` or `resolved`.
    #[param(inline)]
    pub state: Option<QueueState>,
    /// 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// How a reporter's flags were decided so far, to spot flags used to silence people.
#[derive(Serialize, ToSchema)]
pub struct ReporterRecord {
    pub upheld: u64,
    pub dismissed: u64,
    /// Dismissed flags over decided ones (0–1); null before any was decided.
    pub dismissed_ratio: Option<f64>,
}

#[derive(Serialize, ToSchema)]
pub struct QueueFlag {
    pub id: Uuid,
    pub reporter: Author,
    pub reporter_record: ReporterRecord,
    /// What this flag weighs toward hiding the item automatically, in established
    /// participants' flags: 0 for accounts younger than the new-account age, less after
    /// dismissed flags, 3 for a moderator.
    pub weight: f64,
    pub reason: FlagReason,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
    /// For reviewed flags: `upheld` or `dismissed`.
    pub resolution: Option<String>,
    pub resolved_at: Option<DateTime<Utc>>,
}

#[derive(Serialize, ToSchema)]
pub struct ReasonCount {
    pub reason: FlagReason,
    pub count: usize,
}

#[derive(Serialize, ToSchema)]
pub struct QueueItemResponse {
    pub target_type: TargetType,
    pub target_id: Uuid,
    pub consultation_id: Uuid,
    /// The proposal, or for a comment the proposal it is under; absent for a remark.
    pub proposal_id: Option<Uuid>,
    /// For a remark: the document it is on.
    pub document_id: Option<Uuid>,
    /// For a remark: the paragraph it is about, from 0.
    pub paragraph: Option<i32>,
    /// The proposal's title (for a comment, the title of the proposal it is under; for a
    /// remark, the title of the document's version it is on).
    pub title: String,
    /// The flagged text, shortened to 500 characters.
    pub text: String,
    /// Absent for a remark whose author's account was deleted.
    pub author: Option<Author>,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    /// Hidden by its flags alone, waiting for a moderator's decision.
    pub hidden_pending_review: bool,
    pub locked: bool,
    pub open_flags: usize,
    /// The open flags' summed weight; the item is hidden pending review when it reaches the
    /// platform's threshold (unless a moderator already cleared it).
    pub flag_score: f64,
    pub reasons: Vec<ReasonCount>,
    pub flags: Vec<QueueFlag>,
    pub first_flagged_at: DateTime<Utc>,
    pub last_flagged_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct QueueList {
    pub items: Vec<QueueItemResponse>,
    pub next_cursor: Option<String>,
    /// The flag score at which an item is hidden until a moderator reviews it, in the same
    /// units as `flag_score`.
    pub hide_threshold: f64,
}

/// Flagged items awaiting review, most urgent first (most distinct flags, then longest
/// waiting), in the consultations the moderator covers.
#[utoipa::path(tag = "moderation", security(("bearer" = [])), params(QueueParams), responses(
    (status = 200, body = QueueList, description = "A page of flagged items, most urgent first"),
    (status = 403),
))]
#[get("/queue")]
pub async fn get_queue(
    state: web::Data<AppState>,
    moderator: Moderator,
    params: Query<QueueParams>,
) -> Result<web::Json<QueueList>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let (items, next_cursor) =
        queue::queue(&state.db, &moderator.account, params.into_query()?).await?;
    let people = People::of(&state, &items).await?;
    Ok(web::Json(QueueList {
        items: items.into_iter().map(|item| people.render(item)).collect(),
        next_cursor,
        hide_threshold: in_established_flags(state.moderation_policy().hide_score()),
    }))
}

impl QueueParams {
    fn into_query(self) -> Result<QueueQuery, Error> {
        Ok(QueueQuery {
            consultation_id: self.consultation,
            reason: self.reason,
            target_type: self.target_type,
            reporter_id: self.reporter,
            state: self.state.unwrap_or_default(),
            cursor: self.cursor,
            limit: page_limit(self.limit)?,
        })
    }
}

/// A flag weight or score in established participants' flags.
fn in_established_flags(weight: i32) -> f64 {
    f64::from(weight) / f64::from(standing::ESTABLISHED)
}

/// The people a page of the queue names: its authors and reporters, and how the reporters'
/// flags were decided so far.
struct People {
    names: HashMap<Uuid, String>,
    records: HashMap<Uuid, FlagRecord>,
}

impl People {
    async fn of(state: &AppState, items: &[QueueItem]) -> Result<People, Error> {
        let reporters = || {
            items
                .iter()
                .flat_map(|i| i.flags.iter().map(|f| f.reporter_id))
        };
        let people = items.iter().filter_map(|i| i.author_id).chain(reporters());
        Ok(People {
            names: display_names(state.db.reader(), people).await?,
            records: standing::flag_records(state.db.reader(), reporters()).await?,
        })
    }

    fn author(&self, id: Uuid) -> Author {
        Author {
            id,
            display_name: self.names.get(&id).cloned().unwrap_or_default(),
        }
    }

    fn record(&self, id: Uuid) -> ReporterRecord {
        let record = self.records.get(&id).copied().unwrap_or_default();
        ReporterRecord {
            upheld: record.upheld,
            dismissed: record.dismissed,
            dismissed_ratio: record.dismissed_ratio(),
        }
    }

    fn flag(&self, f: &Flag) -> QueueFlag {
        QueueFlag {
            id: f.id,
            reporter: self.author(f.reporter_id),
            reporter_record: self.record(f.reporter_id),
            weight: in_established_flags(f.weight),
            reason: f.reason,
            note: f.note.clone(),
            created_at: f.created_at,
            resolution: f.resolution.clone(),
            resolved_at: f.resolved_at,
        }
    }

    fn render(&self, item: QueueItem) -> QueueItemResponse {
        QueueItemResponse {
            reasons: reason_counts(&item.flags),
            flags: item.flags.iter().map(|f| self.flag(f)).collect(),
            author: item.author_id.map(|id| self.author(id)),
            target_type: item.target_type,
            target_id: item.target_id,
            consultation_id: item.consultation_id,
            proposal_id: item.proposal_id,
            document_id: item.document_id,
            paragraph: item.paragraph,
            title: item.title,
            text: item.text,
            hidden: item.hidden,
            hidden_reason: item.hidden_reason,
            hidden_pending_review: item.hidden_pending_review,
            locked: item.locked,
            open_flags: item.open_flags,
            flag_score: in_established_flags(item.flag_score),
            first_flagged_at: item.first_flagged_at,
            last_flagged_at: item.last_flagged_at,
        }
    }
}

/// How many of the flags give each reason.
fn reason_counts(flags: &[Flag]) -> Vec<ReasonCount> {
    // Keyed by the stored name: the order the queue has always listed them in.
    let mut reasons: BTreeMap<String, ReasonCount> = BTreeMap::new();
    for f in flags {
        reasons
            .entry(f.reason.to_value())
            .or_insert(ReasonCount {
                reason: f.reason,
                count: 0,
            })
            .count += 1;
    }
    reasons.into_values().collect()
}
