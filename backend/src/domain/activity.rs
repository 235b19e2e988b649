//! A person's own activity: their proposals, comments, votes and follows, newest first, a page
//! at a time. Their own hidden words come back marked hidden, with the reason; someone else's
//! proposal that moderation hid (or merged away) is named by its id only, as every other public
//! surface would (`visibility`).

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;
use uuid::Uuid;

use crate::db::batch::rows_by_id;
use crate::db::entities::{comments, consultations, follows, proposals, votes};
use crate::domain::accounts::Account;
use crate::domain::consultations::Phase;
use crate::domain::follows::Target;
use crate::domain::proposals::Status;
use crate::domain::votes::VoteValue;
use crate::domain::{cursor, visibility};
use crate::error::Result;

/// Graphemes of a comment shown in the list.
const EXCERPT: usize = 160;

/// The consultation something belongs to.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ConsultationRef {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    /// The English title, when the organisers gave one.
    pub title_en: Option<String>,
}

/// A proposal something is about.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProposalRef {
    pub id: Uuid,
    /// Absent when the proposal is someone else's and moderation hid it or merged it away.
    pub title: Option<String>,
    /// Whether the proposal can be opened (false when it is withheld, as above).
    pub available: bool,
    pub consultation: ConsultationRef,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MyProposal {
    pub id: Uuid,
    pub title: String,
    pub status: Status,
    /// Whether it has an official answer, and since when.
    pub answered: bool,
    pub answered_at: Option<DateTime<Utc>>,
    /// Hidden by moderation: only its author (and moderators) see it.
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    /// The proposal it was merged into, when it was.
    pub merged_into: Option<Uuid>,
    pub agree_count: i32,
    pub disagree_count: i32,
    pub comment_count: i32,
    pub consultation: ConsultationRef,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MyComment {
    pub id: Uuid,
    /// The comment's opening words, as written (Markdown).
    pub excerpt: String,
    /// Hidden by moderation: only its author (and moderators) see it.
    pub hidden: bool,
    pub hidden_reason: Option<String>,
    pub edited: bool,
    pub proposal: ProposalRef,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MyVote {
    pub proposal: ProposalRef,
    pub choice: VoteValue,
    /// When the vote was first cast.
    pub voted_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct MyFollow {
    pub target_type: Target,
    /// The consultation followed, or the one the followed proposal belongs to.
    pub consultation: ConsultationRef,
    /// The proposal followed, when a proposal is.
    pub proposal: Option<ProposalRef>,
    pub followed_at: DateTime<Utc>,
}

pub type Page<T> = (Vec<T>, Option<String>);

/// The person's proposals, newest first.
#[tracing::instrument(skip_all, fields(user_id = %me.id))]
pub async fn proposals<C: ConnectionTrait>(
    conn: &C,
    me: &Account,
    cursor: Option<&str>,
    limit: u64,
) -> Result<Page<MyProposal>> {
    let (rows, next) = cursor::newest_first(
        conn,
        proposals::Entity::find().filter(proposals::Column::AuthorId.eq(me.id)),
        proposals::Column::Id,
        cursor,
        limit,
        |p| p.id,
    )
    .await?;
    let places = consultation_refs(conn, rows.iter().map(|p| p.consultation_id)).await?;
    let items = rows
        .into_iter()
        .filter_map(|p| {
            Some(MyProposal {
                consultation: places.get(&p.consultation_id)?.clone(),
                id: p.id,
                status: p.status,
                answered: p.official_response.is_some(),
                answered_at: p.official_response.as_ref().and(p.responded_at),
                hidden: p.hidden_at.is_some(),
                hidden_reason: p.hidden_at.and(p.hidden_reason),
                merged_into: p.merged_into,
                agree_count: p.agree_count,
                disagree_count: p.disagree_count,
                comment_count: p.comment_count,
                created_at: p.created_at,
                title: p.title,
            })
        })
        .collect();
    Ok((items, next))
}

/// The person's comments that they did not delete, newest first.
#[tracing::instrument(skip_all, fields(user_id = %me.id))]
pub async fn comments<C: ConnectionTrait>(
    conn: &C,
    me: &Account,
    cursor: Option<&str>,
    limit: u64,
) -> Result<Page<MyComment>> {
    let (rows, next) = cursor::newest_first(
        conn,
        comments::Entity::find()
            .filter(comments::Column::AuthorId.eq(me.id))
            .filter(comments::Column::DeletedAt.is_null()),
        comments::Column::Id,
        cursor,
        limit,
        |c| c.id,
    )
    .await?;
    let about = proposal_refs(conn, me, rows.iter().map(|c| c.proposal_id)).await?;
    let items = rows
        .into_iter()
        .filter_map(|c| {
            Some(MyComment {
                proposal: about.get(&c.proposal_id)?.clone(),
                id: c.id,
                excerpt: excerpt(&c.body),
                hidden: c.hidden_at.is_some(),
                hidden_reason: c.hidden_at.and(c.hidden_reason),
                edited: c.edited_at.is_some(),
                created_at: c.created_at,
            })
        })
        .collect();
    Ok((items, next))
}

/// The person's votes, most recently cast first. Only they see these.
#[tracing::instrument(skip_all, fields(user_id = %me.id))]
pub async fn votes<C: ConnectionTrait>(
    conn: &C,
    me: &Account,
    cursor: Option<&str>,
    limit: u64,
) -> Result<Page<MyVote>> {
    let mut query = votes::Entity::find()
        .filter(votes::Column::UserId.eq(me.id))
        .order_by_desc(votes::Column::CreatedAt)
        .order_by_desc(votes::Column::ProposalId);
    if let Some(raw) = cursor {
        let (at, id): (DateTime<Utc>, Uuid) = cursor::decode(raw)?;
        query = query.filter(
            Condition::any().add(votes::Column::CreatedAt.lt(at)).add(
                Condition::all()
                    .add(votes::Column::CreatedAt.eq(at))
                    .add(votes::Column::ProposalId.lt(id)),
            ),
        );
    }
    let mut rows = query.limit(limit + 1).all(conn).await?;
    let next = next_page(&mut rows, limit, |v| (v.created_at, v.proposal_id));
    let about = proposal_refs(conn, me, rows.iter().map(|v| v.proposal_id)).await?;
    let items = rows
        .into_iter()
        .filter_map(|v| {
            Some(MyVote {
                proposal: about.get(&v.proposal_id)?.clone(),
                choice: VoteValue::from_i16(v.value),
                voted_at: v.created_at,
            })
        })
        .collect();
    Ok((items, next))
}

/// What the person follows, most recently followed first. Consultations still in draft are
/// left out for anyone who cannot manage them.
#[tracing::instrument(skip_all, fields(user_id = %me.id))]
pub async fn follows<C: ConnectionTrait>(
    conn: &C,
    me: &Account,
    cursor: Option<&str>,
    limit: u64,
) -> Result<Page<MyFollow>> {
    let mut query = follows::Entity::find()
        .filter(follows::Column::UserId.eq(me.id))
        .order_by_desc(follows::Column::CreatedAt)
        .order_by_desc(follows::Column::TargetId);
    if let Some(raw) = cursor {
        let (at, id): (DateTime<Utc>, Uuid) = cursor::decode(raw)?;
        query = query.filter(
            Condition::any().add(follows::Column::CreatedAt.lt(at)).add(
                Condition::all()
                    .add(follows::Column::CreatedAt.eq(at))
                    .add(follows::Column::TargetId.lt(id)),
            ),
        );
    }
    let mut rows = query.limit(limit + 1).all(conn).await?;
    let next = next_page(&mut rows, limit, |f| (f.created_at, f.target_id));
    let is_proposal = |f: &follows::Model| f.target_type == Target::Proposal;
    let about = proposal_refs(
        conn,
        me,
        rows.iter().filter(|f| is_proposal(f)).map(|f| f.target_id),
    )
    .await?;
    let consultations = consultation_rows(
        conn,
        rows.iter().filter(|f| !is_proposal(f)).map(|f| f.target_id),
    )
    .await?;
    let items = rows
        .into_iter()
        .filter_map(|f| {
            if is_proposal(&f) {
                let proposal = about.get(&f.target_id)?.clone();
                Some(MyFollow {
                    target_type: Target::Proposal,
                    consultation: proposal.consultation.clone(),
                    proposal: Some(proposal),
                    followed_at: f.created_at,
                })
            } else {
                let c = consultations.get(&f.target_id)?;
                if Phase::of(c) == Phase::Draft && !me.is_staff() {
                    return None;
                }
                Some(MyFollow {
                    target_type: Target::Consultation,
                    consultation: consultation_ref(c),
                    proposal: None,
                    followed_at: f.created_at,
                })
            }
        })
        .collect();
    Ok((items, next))
}

/// Keeps `limit` rows and returns the cursor after the last when there were more.
fn next_page<T>(
    rows: &mut Vec<T>,
    limit: u64,
    key: impl Fn(&T) -> (DateTime<Utc>, Uuid),
) -> Option<String> {
    if rows.len() as u64 > limit {
        rows.truncate(limit as usize);
        rows.last().map(|last| cursor::encode(&key(last)))
    } else {
        None
    }
}

fn excerpt(body: &str) -> String {
    let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut graphemes = flat.graphemes(true);
    let mut text: String = graphemes.by_ref().take(EXCERPT).collect();
    if graphemes.next().is_some() {
        text.push('…');
    }
    text
}

fn consultation_ref(c: &consultations::Model) -> ConsultationRef {
    ConsultationRef {
        id: c.id,
        slug: c.slug.clone(),
        title: c.title.clone(),
        title_en: c.title_en.clone(),
    }
}

async fn consultation_rows<C: ConnectionTrait>(
    conn: &C,
    ids: impl Iterator<Item = Uuid>,
) -> Result<HashMap<Uuid, consultations::Model>> {
    let id = consultations::Column::Id;
    Ok(rows_by_id::<consultations::Entity, _>(conn, id, ids, |c| c.id).await?)
}

async fn consultation_refs<C: ConnectionTrait>(
    conn: &C,
    ids: impl Iterator<Item = Uuid>,
) -> Result<HashMap<Uuid, ConsultationRef>> {
    Ok(consultation_rows(conn, ids)
        .await?
        .values()
        .map(|c| (c.id, consultation_ref(c)))
        .collect())
}

/// The proposals by id, each named unless it is someone else's and not publicly listed.
async fn proposal_refs<C: ConnectionTrait>(
    conn: &C,
    me: &Account,
    ids: impl Iterator<Item = Uuid>,
) -> Result<HashMap<Uuid, ProposalRef>> {
    let ids: HashSet<Uuid> = ids.collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(ids))
        .all(conn)
        .await?;
    let places = consultation_refs(conn, rows.iter().map(|p| p.consultation_id)).await?;
    Ok(rows
        .into_iter()
        .filter_map(|p| {
            let available = p.author_id == me.id || visibility::is_listed(&p);
            Some((
                p.id,
                ProposalRef {
                    consultation: places.get(&p.consultation_id)?.clone(),
                    id: p.id,
                    title: available.then_some(p.title),
                    available,
                },
            ))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_keeps_thai_graphemes_whole_and_marks_the_cut() {
        let long = "ที่".repeat(EXCERPT + 5);
        let cut = excerpt(&long);
        assert_eq!(cut.graphemes(true).count(), EXCERPT + 1);
        assert!(cut.ends_with("ที่…"));
        assert_eq!(excerpt("สั้น\n\nๆ   ครับ"), "สั้น ๆ ครับ");
    }
}
