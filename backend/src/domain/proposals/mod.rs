//! Proposals: submitted during ideation, edited by their author with revisions kept,
//! withdrawn, and listed in four orders over keyset-paginated indexes.

mod create;
mod edit;
mod input;
mod list;

pub use create::create;
pub use edit::{revisions, update, withdraw};
pub use input::ProposalInput;
pub use list::{list, ListQuery};

use input::check_fields;

use std::collections::HashMap;

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::proposals;
pub use crate::db::entities::proposals::Model as Proposal;
use crate::db::entities::votes;
use crate::domain::accounts::Account;
use crate::domain::consultations;
use crate::domain::moderation;
use crate::error::{Conflict, Error, Resource, Result};

pub use crate::db::entities::proposals::Status;

/// The orders a consultation's proposals can be listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    #[default]
    Hot,
    Top,
    New,
    Controversial,
}

/// Hidden proposals are seen only by their author and by those who moderate the consultation.
async fn may_see<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    proposal: &Proposal,
) -> Result<bool> {
    if proposal.hidden_at.is_none() {
        return Ok(true);
    }
    match viewer {
        Some(v) if v.id == proposal.author_id => Ok(true),
        Some(v) => moderation::may_moderate(conn, v, proposal.consultation_id).await,
        None => Ok(false),
    }
}

/// A proposal and its consultation, if the viewer may see them.
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id: Uuid,
) -> Result<(Proposal, Consultation)> {
    let proposal = proposals::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Proposal))?;
    let consultation = consultations::get_by_id(conn, viewer, proposal.consultation_id)
        .await
        .map_err(hidden_consultation_hides_proposal)?;
    if !may_see(conn, viewer, &proposal).await? {
        return Err(Error::NotFound(Resource::Proposal));
    }
    Ok((proposal, consultation))
}

/// The checks of `get_for_update` once the proposal is locked and its consultation read
/// (`None`: not found), for callers that lock many proposals in one statement (grouped votes).
pub(crate) async fn ensure_visible_locked<C: ConnectionTrait>(
    conn: &C,
    viewer: &Account,
    proposal: &Proposal,
    consultation: Option<&Consultation>,
) -> Result<()> {
    let consultation = consultation.ok_or(Error::NotFound(Resource::Proposal))?;
    consultations::ensure_visible(conn, Some(viewer), consultation)
        .await
        .map_err(hidden_consultation_hides_proposal)?;
    if !may_see(conn, Some(viewer), proposal).await? {
        return Err(Error::NotFound(Resource::Proposal));
    }
    Ok(())
}

/// A proposal in a consultation the viewer may not see is not found either; any other failure
/// (the database's, say) stays what it is.
fn hidden_consultation_hides_proposal(err: Error) -> Error {
    match err {
        Error::NotFound(Resource::Consultation) => Error::NotFound(Resource::Proposal),
        other => other,
    }
}

/// Loads a proposal for a write, holding its row lock (PostgreSQL) until the transaction ends,
/// so concurrent writes to the same proposal apply one after another.
pub async fn get_for_update<C: ConnectionTrait>(
    conn: &C,
    viewer: &Account,
    id: Uuid,
) -> Result<(Proposal, Consultation)> {
    let proposal = proposals::Entity::find_by_id(id)
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Proposal))?;
    let consultation = consultations::get_by_id(conn, Some(viewer), proposal.consultation_id)
        .await
        .map_err(hidden_consultation_hides_proposal)?;
    if !may_see(conn, Some(viewer), &proposal).await? {
        return Err(Error::NotFound(Resource::Proposal));
    }
    Ok((proposal, consultation))
}

/// Whether people can still act on the proposal itself (vote, comment).
pub fn ensure_open(proposal: &Proposal) -> Result<()> {
    if proposal.status == Status::Withdrawn {
        return Err(Conflict::ProposalWithdrawn.into());
    }
    if proposal.merged_into.is_some() {
        return Err(Conflict::ProposalMerged.into());
    }
    if proposal.locked_at.is_some() {
        return Err(Error::ProposalLocked);
    }
    Ok(())
}

/// Moves one of a proposal's counters (comments, followers) by `delta`, in the caller's
/// transaction, as a delta so that concurrent writers add up.
pub(crate) async fn add_to_proposal_counter<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
    counter: proposals::Column,
    delta: i32,
) -> Result<()> {
    proposals::Entity::update_many()
        .col_expr(counter, Expr::col(counter).add(delta))
        .filter(proposals::Column::Id.eq(proposal_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The viewer's votes on the given proposals.
pub async fn votes_of<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    proposal_ids: &[Uuid],
) -> Result<HashMap<Uuid, i16>> {
    if proposal_ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(votes::Entity::find()
        .filter(votes::Column::UserId.eq(user_id))
        .filter(votes::Column::ProposalId.is_in(proposal_ids.iter().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(|v| (v.proposal_id, v.value))
        .collect())
}

/// Display names of the given people (authors shown beside their words).
pub async fn display_names<C: ConnectionTrait>(
    conn: &C,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>> {
    Ok(crate::domain::accounts::users_by_id(conn, ids)
        .await?
        .into_values()
        .map(|u| {
            let name = if u.deleted_at.is_some() {
                String::new()
            } else {
                u.display_name
            };
            (u.id, name)
        })
        .collect())
}
