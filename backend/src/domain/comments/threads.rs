//! Reading a proposal's discussion as threads, one page of top-level comments at a time.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::entities::comments::{self, Model as Comment};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::cursor;
use crate::domain::moderation;
use crate::domain::proposals::get;
use crate::error::Result;

/// A comment with its replies.
pub struct Thread {
    pub comment: Comment,
    pub replies: Vec<Thread>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum ThreadOrder {
    #[default]
    Oldest,
    Newest,
}

/// A page of a proposal's discussion, as one viewer may see it.
pub struct Discussion {
    pub threads: Vec<Thread>,
    pub next_cursor: Option<String>,
    /// Whether the viewer moderates this consultation (and so reads hidden comments).
    pub viewer_moderates: bool,
}

/// A page of top-level comments, each with its whole reply tree, from one indexed query.
pub async fn threads(
    db: &Db,
    viewer: Option<&Account>,
    proposal_id: Uuid,
    order: ThreadOrder,
    after: Option<&str>,
    limit: u64,
) -> Result<Discussion> {
    let (proposal, _) = get(db.reader(), viewer, proposal_id).await?;
    let viewer_moderates = match viewer {
        Some(v) => moderation::may_moderate(db.reader(), v, proposal.consultation_id).await?,
        None => false,
    };
    let all = comments::Entity::find()
        .filter(comments::Column::ProposalId.eq(proposal_id))
        .order_by_asc(comments::Column::Id)
        .all(db.reader())
        .await?;
    let mut children: HashMap<Uuid, Vec<Comment>> = HashMap::new();
    let mut roots = Vec::new();
    for comment in all {
        match comment.parent_id {
            Some(parent) => children.entry(parent).or_default().push(comment),
            None => roots.push(comment),
        }
    }
    if order == ThreadOrder::Newest {
        roots.reverse();
    }
    if let Some(after) = after {
        let last: Uuid = cursor::decode(after)?;
        roots.retain(|c| match order {
            ThreadOrder::Oldest => c.id > last,
            ThreadOrder::Newest => c.id < last,
        });
    }
    let more = roots.len() as u64 > limit;
    roots.truncate(limit as usize);
    let next = if more {
        roots.last().map(|c| cursor::encode(&c.id))
    } else {
        None
    };
    fn build(comment: Comment, children: &mut HashMap<Uuid, Vec<Comment>>) -> Thread {
        let replies = children
            .remove(&comment.id)
            .unwrap_or_default()
            .into_iter()
            .map(|reply| build(reply, children))
            .collect();
        Thread { comment, replies }
    }
    let threads = roots
        .into_iter()
        .map(|root| build(root, &mut children))
        .collect();
    Ok(Discussion {
        threads,
        next_cursor: next,
        viewer_moderates,
    })
}
