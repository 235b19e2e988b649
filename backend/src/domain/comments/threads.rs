//! Reading a proposal's discussion as threads, one page of top-level comments at a time.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
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

/// A page of top-level comments, each with its whole reply tree: the page's roots from the
/// proposal's index in keyset order, then their replies a level at a time from the parent
/// index, so a long discussion costs what the page shows, not what the proposal holds.
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
    let mut roots = page_of_roots(db, proposal_id, order, after, limit).await?;
    let more = roots.len() as u64 > limit;
    roots.truncate(limit as usize);
    let next = if more {
        roots.last().map(|c| cursor::encode(&c.id))
    } else {
        None
    };
    let mut children = replies_below(db, &roots).await?;
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

/// Up to `limit + 1` top-level comments after the cursor, in the page's order.
async fn page_of_roots(
    db: &Db,
    proposal_id: Uuid,
    order: ThreadOrder,
    after: Option<&str>,
    limit: u64,
) -> Result<Vec<Comment>> {
    let mut query = comments::Entity::find()
        .filter(comments::Column::ProposalId.eq(proposal_id))
        .filter(comments::Column::ParentId.is_null());
    if let Some(after) = after {
        let last: Uuid = cursor::decode(after)?;
        query = query.filter(match order {
            ThreadOrder::Oldest => comments::Column::Id.gt(last),
            ThreadOrder::Newest => comments::Column::Id.lt(last),
        });
    }
    let query = match order {
        ThreadOrder::Oldest => query.order_by_asc(comments::Column::Id),
        ThreadOrder::Newest => query.order_by_desc(comments::Column::Id),
    };
    Ok(query.limit(limit + 1).all(db.reader()).await?)
}

/// Every reply below `roots`, by parent, oldest first: one query per level of depth.
async fn replies_below(db: &Db, roots: &[Comment]) -> Result<HashMap<Uuid, Vec<Comment>>> {
    let mut children: HashMap<Uuid, Vec<Comment>> = HashMap::new();
    let mut parents: Vec<Uuid> = roots.iter().map(|c| c.id).collect();
    while !parents.is_empty() {
        let level = comments::Entity::find()
            .filter(comments::Column::ParentId.is_in(parents))
            .order_by_asc(comments::Column::Id)
            .all(db.reader())
            .await?;
        parents = level.iter().map(|c| c.id).collect();
        for reply in level {
            if let Some(parent) = reply.parent_id {
                children.entry(parent).or_default().push(reply);
            }
        }
    }
    Ok(children)
}
