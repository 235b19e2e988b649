//! The review queue: flagged items with their flags, most urgent first — the most distinct
//! open flags, then the longest waiting. Limited to the consultations the moderator covers.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::entities::document_remarks::{self, Model as Remark};
use crate::db::entities::flags::{self, Model as Flag};
use crate::db::entities::{comments, document_versions, documents, proposals};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::cursor;
use crate::error::{Error, Result};

use super::flags::{FlagReason, FlaggableType};
use super::{reach_of, Reach, TargetType};

/// Which items the queue shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum QueueState {
    /// Every item with open flags (the default).
    #[default]
    Open,
    /// Open items that are hidden, most often by their flags pending review.
    Hidden,
    /// Open items the public still sees.
    Visible,
    /// Items whose flags were all reviewed, most recently reviewed first.
    Resolved,
}

pub struct QueueQuery {
    pub consultation_id: Option<Uuid>,
    pub reason: Option<FlagReason>,
    pub target_type: Option<FlaggableType>,
    /// Only items this account flagged: to review one reporter's flags together.
    pub reporter_id: Option<Uuid>,
    pub state: QueueState,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// One flagged item and its flags.
pub struct QueueItem {
    pub target_type: TargetType,
    pub target_id: Uuid,
    pub consultation_id: Uuid,
    /// The proposal, or for a comment the proposal it is under; `None` for a remark.
    pub proposal_id: Option<Uuid>,
    /// For a remark: its document and the paragraph (from 0) it is about.
    pub document_id: Option<Uuid>,
    pub paragraph: Option<i32>,
    /// The proposal's title (for a comment, the title of the proposal it is under; for a
    /// remark, the title of the document's version it is on).
    pub title: String,
    pub text: String,
    /// `None` for a remark whose author's account was deleted.
    pub author_id: Option<Uuid>,
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    /// Hidden by its flags, waiting for a moderator.
    pub hidden_pending_review: bool,
    pub locked: bool,
    pub open_flags: usize,
    /// The summed weight of the open flags (see `standing`).
    pub flag_score: i32,
    /// The open flags, or for resolved items the reviewed ones.
    pub flags: Vec<Flag>,
    pub first_flagged_at: DateTime<Utc>,
    pub last_flagged_at: DateTime<Utc>,
}

/// The place of an item in the queue's order, ascending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
struct Place(i64, i64, Uuid);

impl QueueItem {
    fn place(&self, state: QueueState) -> Place {
        if state == QueueState::Resolved {
            let reviewed = self
                .flags
                .iter()
                .filter_map(|f| f.resolved_at)
                .max()
                .unwrap_or(self.last_flagged_at);
            Place(-reviewed.timestamp_micros(), 0, self.target_id)
        } else {
            Place(
                -(self.open_flags as i64),
                self.first_flagged_at.timestamp_micros(),
                self.target_id,
            )
        }
    }
}

const EXCERPT_CHARS: usize = 500;

fn excerpt(text: &str) -> String {
    let mut out: String = text.chars().take(EXCERPT_CHARS).collect();
    if text.chars().count() > EXCERPT_CHARS {
        out.push('…');
    }
    out
}

/// The flags grouped by what they report, keeping those the queue's state and filters show.
fn flags_by_target(rows: Vec<Flag>, q: &QueueQuery) -> Vec<(TargetType, Uuid, Vec<Flag>)> {
    let mut by_target: HashMap<(TargetType, Uuid), Vec<Flag>> = HashMap::new();
    for flag in rows {
        by_target
            .entry((flag.target_type, flag.target_id))
            .or_default()
            .push(flag);
    }
    let mut groups: Vec<(TargetType, Uuid, Vec<Flag>)> = Vec::new();
    for ((kind, id), all) in by_target {
        let (open, reviewed): (Vec<Flag>, Vec<Flag>) =
            all.into_iter().partition(|f| f.resolved_at.is_none());
        let shown = match q.state {
            QueueState::Resolved if open.is_empty() => reviewed,
            QueueState::Resolved => continue,
            _ if open.is_empty() => continue,
            _ => open,
        };
        if let Some(reason) = q.reason {
            if !shown.iter().any(|f| f.reason == reason) {
                continue;
            }
        }
        if let Some(reporter) = q.reporter_id {
            if !shown.iter().any(|f| f.reporter_id == reporter) {
                continue;
            }
        }
        groups.push((kind, id, shown));
    }
    groups
}

pub async fn queue(
    db: &Db,
    moderator: &Account,
    q: QueueQuery,
) -> Result<(Vec<QueueItem>, Option<String>)> {
    let reach = reach_of(db.reader(), moderator)
        .await?
        .ok_or_else(|| Error::Forbidden("Only moderators see the queue.".into()))?;
    let mut query = flags::Entity::find().order_by_asc(flags::Column::Id);
    query = match q.consultation_id {
        Some(id) if !reach.covers(id) => {
            return Err(Error::Forbidden(
                "You do not moderate this consultation.".into(),
            ))
        }
        Some(id) => query.filter(flags::Column::ConsultationId.eq(id)),
        None => match &reach {
            Reach::Everywhere => query,
            Reach::Consultations(ids) => {
                query.filter(flags::Column::ConsultationId.is_in(ids.iter().copied()))
            }
        },
    };
    if let Some(t) = q.target_type {
        query = query.filter(flags::Column::TargetType.eq(TargetType::from(t)));
    }
    let rows = query.all(db.reader()).await?;

    let groups = flags_by_target(rows, &q);
    let items = attach_targets(db, groups, q.state).await?;
    let mut items: Vec<QueueItem> = items
        .into_iter()
        .filter(|item| match q.state {
            QueueState::Hidden => item.hidden,
            QueueState::Visible => !item.hidden,
            QueueState::Open | QueueState::Resolved => true,
        })
        .collect();
    items.sort_by_key(|item| item.place(q.state));
    if let Some(raw) = &q.cursor {
        let after: Place = cursor::decode(raw)?;
        items.retain(|item| item.place(q.state) > after);
    }
    let next = if items.len() as u64 > q.limit {
        items.truncate(q.limit as usize);
        items
            .last()
            .map(|last| cursor::encode(&last.place(q.state)))
    } else {
        None
    };
    Ok((items, next))
}

/// What the queue shows of a flagged proposal's, comment's or remark's own text and state.
struct Words<'a> {
    body: &'a str,
    author_id: Option<Uuid>,
    hidden_at: Option<DateTime<Utc>>,
    hidden_by: Option<Uuid>,
    hidden_reason: &'a Option<String>,
}

impl<'a> Words<'a> {
    fn of_proposal(p: &'a proposals::Model) -> Self {
        Words {
            body: &p.body,
            author_id: Some(p.author_id),
            hidden_at: p.hidden_at,
            hidden_by: p.hidden_by,
            hidden_reason: &p.hidden_reason,
        }
    }

    fn of_comment(c: &'a comments::Model) -> Self {
        Words {
            body: &c.body,
            author_id: Some(c.author_id),
            hidden_at: c.hidden_at,
            hidden_by: c.hidden_by,
            hidden_reason: &c.hidden_reason,
        }
    }

    fn of_remark(r: &'a Remark) -> Self {
        Words {
            body: &r.body,
            author_id: r.author_id,
            hidden_at: r.hidden_at,
            hidden_by: r.hidden_by,
            hidden_reason: &r.hidden_reason,
        }
    }
}

/// Where a flagged item sits: what the queue names and links it by.
struct Location<'a> {
    consultation_id: Uuid,
    proposal_id: Option<Uuid>,
    document_id: Option<Uuid>,
    paragraph: Option<i32>,
    title: &'a str,
    locked: bool,
}

impl<'a> Location<'a> {
    fn of_proposal(p: &'a proposals::Model) -> Self {
        Location {
            consultation_id: p.consultation_id,
            proposal_id: Some(p.id),
            document_id: None,
            paragraph: None,
            title: &p.title,
            locked: p.locked_at.is_some(),
        }
    }
}

/// The flagged proposals, comments and remarks of a page of the queue, with the proposals
/// the comments are under and the document versions the remarks are on.
struct FlaggedContent {
    comments: HashMap<Uuid, comments::Model>,
    proposals: HashMap<Uuid, proposals::Model>,
    remarks: FlaggedRemarks,
}

/// Flagged remarks, with the versions they are on (for the title) and their documents (for
/// the consultation).
#[derive(Default)]
struct FlaggedRemarks {
    remarks: HashMap<Uuid, Remark>,
    versions: HashMap<Uuid, document_versions::Model>,
    documents: HashMap<Uuid, documents::Model>,
}

impl FlaggedRemarks {
    /// No query when the page has no remark.
    async fn load(db: &Db, ids: Vec<Uuid>) -> Result<Self> {
        if ids.is_empty() {
            return Ok(Self::default());
        }
        let remarks: HashMap<Uuid, Remark> = document_remarks::Entity::find()
            .filter(document_remarks::Column::Id.is_in(ids))
            .all(db.reader())
            .await?
            .into_iter()
            .map(|r| (r.id, r))
            .collect();
        let versions = document_versions::Entity::find()
            .filter(document_versions::Column::Id.is_in(remarks.values().map(|r| r.version_id)))
            .all(db.reader())
            .await?
            .into_iter()
            .map(|v| (v.id, v))
            .collect();
        let documents = documents::Entity::find()
            .filter(documents::Column::Id.is_in(remarks.values().map(|r| r.document_id)))
            .all(db.reader())
            .await?
            .into_iter()
            .map(|d| (d.id, d))
            .collect();
        Ok(FlaggedRemarks {
            remarks,
            versions,
            documents,
        })
    }

    fn words(&self, id: Uuid) -> Option<(Location<'_>, Words<'_>)> {
        let r = self.remarks.get(&id)?;
        let v = self.versions.get(&r.version_id)?;
        let d = self.documents.get(&r.document_id)?;
        let location = Location {
            consultation_id: d.consultation_id,
            proposal_id: None,
            document_id: Some(d.id),
            paragraph: Some(r.paragraph),
            title: &v.title,
            locked: false,
        };
        Some((location, Words::of_remark(r)))
    }
}

impl FlaggedContent {
    async fn load(db: &Db, groups: &[(TargetType, Uuid, Vec<Flag>)]) -> Result<Self> {
        let ids_of = |kind: TargetType| -> Vec<Uuid> {
            groups
                .iter()
                .filter(|(k, _, _)| *k == kind)
                .map(|(_, id, _)| *id)
                .collect()
        };
        let comments: HashMap<Uuid, comments::Model> = comments::Entity::find()
            .filter(comments::Column::Id.is_in(ids_of(TargetType::Comment)))
            .all(db.reader())
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
        // A flagged comment shows under its proposal's title.
        let mut proposal_ids = ids_of(TargetType::Proposal);
        proposal_ids.extend(comments.values().map(|c| c.proposal_id));
        let proposals = proposals::Entity::find()
            .filter(proposals::Column::Id.is_in(proposal_ids))
            .all(db.reader())
            .await?
            .into_iter()
            .map(|p| (p.id, p))
            .collect();
        Ok(FlaggedContent {
            comments,
            proposals,
            remarks: FlaggedRemarks::load(db, ids_of(TargetType::Remark)).await?,
        })
    }

    /// Where an item sits and the words flagged; none when it is gone (or is an account,
    /// which the content queue does not list).
    fn words(&self, kind: TargetType, id: Uuid) -> Option<(Location<'_>, Words<'_>)> {
        match kind {
            TargetType::Proposal => {
                let p = self.proposals.get(&id)?;
                Some((Location::of_proposal(p), Words::of_proposal(p)))
            }
            TargetType::Comment => {
                let c = self.comments.get(&id)?;
                let p = self.proposals.get(&c.proposal_id)?;
                Some((Location::of_proposal(p), Words::of_comment(c)))
            }
            TargetType::Remark => self.remarks.words(id),
            TargetType::User => None,
        }
    }
}

async fn attach_targets(
    db: &Db,
    groups: Vec<(TargetType, Uuid, Vec<Flag>)>,
    state: QueueState,
) -> Result<Vec<QueueItem>> {
    let content = FlaggedContent::load(db, &groups).await?;
    let mut items = Vec::with_capacity(groups.len());
    for (kind, id, flags) in groups {
        let first = flags.iter().map(|f| f.created_at).min();
        let last = flags.iter().map(|f| f.created_at).max();
        let (Some(first_flagged_at), Some(last_flagged_at)) = (first, last) else {
            continue;
        };
        let Some((location, words)) = content.words(kind, id) else {
            continue;
        };
        let (open_flags, flag_score) = if state == QueueState::Resolved {
            (0, 0)
        } else {
            (flags.len(), flags.iter().map(|f| f.weight).sum())
        };
        items.push(QueueItem {
            target_type: kind,
            target_id: id,
            consultation_id: location.consultation_id,
            proposal_id: location.proposal_id,
            document_id: location.document_id,
            paragraph: location.paragraph,
            title: location.title.to_owned(),
            text: excerpt(words.body),
            author_id: words.author_id,
            hidden: words.hidden_at.is_some(),
            hidden_reason: words.hidden_reason.clone(),
            hidden_pending_review: words.hidden_at.is_some() && words.hidden_by.is_none(),
            locked: location.locked,
            open_flags,
            flag_score,
            flags,
            first_flagged_at,
            last_flagged_at,
        });
    }
    Ok(items)
}
