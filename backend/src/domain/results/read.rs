//! What the public reads of results: a consultation's results as a tree with rolled-up
//! progress, one result with its history, and the results in a province. Only listed
//! proposals are named as sources.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::{rolled_up, ResultStatus};
use crate::db::entities::consultations::{self as consultation_rows, Model as Consultation};
use crate::db::entities::media::{Model as Media, OwnerKind};
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::entities::result_milestones::{self, Model as Milestone};
use crate::db::entities::result_proposals;
use crate::db::entities::result_updates::{self, Model as Update};
use crate::db::entities::results::{self, Model as Outcome};
use crate::domain::accounts::Account;
use crate::domain::agency::routing;
use crate::domain::consultations::{self, Phase};
use crate::domain::{media, visibility};
use crate::error::Result;

/// A result as shown: its rolled-up progress, owner's name, sources and milestones.
#[derive(Debug, Clone)]
pub struct ResultView {
    pub result: Outcome,
    pub status: ResultStatus,
    /// Its own progress, or the mean of its parts'.
    pub progress: i32,
    pub has_children: bool,
    pub organization_name: Option<String>,
    pub proposals: Vec<Proposal>,
    pub milestones: Vec<Milestone>,
    /// Each milestone's attached evidence, by milestone id.
    pub milestone_files: HashMap<Uuid, Vec<Media>>,
}

/// Builds the views of `shown`, rolling progress up over all of the consultation's results.
async fn views<C: ConnectionTrait>(
    conn: &C,
    shown: Vec<Outcome>,
    progress: &HashMap<Uuid, i32>,
    parents: &std::collections::HashSet<Uuid>,
) -> Result<Vec<ResultView>> {
    let ids: Vec<Uuid> = shown.iter().map(|r| r.id).collect();
    let links = result_proposals::Entity::find()
        .filter(result_proposals::Column::ResultId.is_in(ids.clone()))
        .order_by_asc(result_proposals::Column::LinkedAt)
        .all(conn)
        .await?;
    let listed: HashMap<Uuid, Proposal> = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(links.iter().map(|l| l.proposal_id)))
        .filter(visibility::listed_proposals())
        .all(conn)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let mut sources: HashMap<Uuid, Vec<Proposal>> = HashMap::new();
    for link in links {
        if let Some(p) = listed.get(&link.proposal_id) {
            sources.entry(link.result_id).or_default().push(p.clone());
        }
    }
    let mut milestones: HashMap<Uuid, Vec<Milestone>> = HashMap::new();
    for m in result_milestones::Entity::find()
        .filter(result_milestones::Column::ResultId.is_in(ids))
        .order_by_asc(result_milestones::Column::DueDate)
        .order_by_asc(result_milestones::Column::Id)
        .all(conn)
        .await?
    {
        milestones.entry(m.result_id).or_default().push(m);
    }
    let milestone_ids: Vec<Uuid> = milestones.values().flatten().map(|m| m.id).collect();
    let mut files = media::of_owners(conn, OwnerKind::Milestone, &milestone_ids).await?;
    let names = routing::names_of(conn, shown.iter().filter_map(|r| r.organization_id)).await?;
    Ok(shown
        .into_iter()
        .map(|r| ResultView {
            status: r.status,
            progress: progress.get(&r.id).copied().unwrap_or(r.progress),
            has_children: parents.contains(&r.id),
            organization_name: r.organization_id.and_then(|o| names.get(&o).cloned()),
            proposals: sources.remove(&r.id).unwrap_or_default(),
            milestone_files: milestones
                .get(&r.id)
                .into_iter()
                .flatten()
                .filter_map(|m| files.remove_entry(&m.id))
                .collect(),
            milestones: milestones.remove(&r.id).unwrap_or_default(),
            result: r,
        })
        .collect())
}

fn parents_of(all: &[Outcome]) -> std::collections::HashSet<Uuid> {
    all.iter().filter_map(|r| r.parent_id).collect()
}

/// Oldest first, so the tree reads in the order the commitments were made.
fn in_order(mut all: Vec<Outcome>) -> Vec<Outcome> {
    all.sort_by_key(|r| (r.created_at, r.id));
    all
}

/// A consultation's results, oldest first; each names its parent.
pub async fn of_consultation<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id_or_slug: &str,
) -> Result<(Consultation, Vec<ResultView>)> {
    let consultation = consultations::get(conn, viewer, id_or_slug).await?;
    let all = in_order(super::of_consultation(conn, consultation.id).await?);
    let progress = rolled_up(&all);
    let parents = parents_of(&all);
    let shown = views(conn, all, &progress, &parents).await?;
    Ok((consultation, shown))
}

/// One result with its updates, newest first.
pub async fn one<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id: Uuid,
) -> Result<(Consultation, ResultView, Vec<Outcome>, Vec<Update>)> {
    let (result, consultation) = super::get(conn, viewer, id).await?;
    let all = super::of_consultation(conn, consultation.id).await?;
    let progress = rolled_up(&all);
    let parents = parents_of(&all);
    let children = in_order(
        all.iter()
            .filter(|r| r.parent_id == Some(result.id))
            .cloned()
            .collect(),
    );
    let mut shown = views(conn, vec![result], &progress, &parents).await?;
    let view = shown.remove(0);
    let updates = result_updates::Entity::find()
        .filter(result_updates::Column::ResultId.eq(id))
        .order_by_desc(result_updates::Column::CreatedAt)
        .order_by_desc(result_updates::Column::Id)
        .all(conn)
        .await?;
    let children = children
        .into_iter()
        .map(|mut c| {
            c.progress = progress.get(&c.id).copied().unwrap_or(c.progress);
            c
        })
        .collect();
    Ok((consultation, view, children, updates))
}

/// The results placed in a province, in consultations the public sees, newest first.
pub async fn in_province<C: ConnectionTrait>(
    conn: &C,
    province: &str,
) -> Result<Vec<(Consultation, ResultView)>> {
    let placed = results::Entity::find()
        .filter(results::Column::Province.eq(province))
        .order_by_desc(results::Column::CreatedAt)
        .all(conn)
        .await?;
    let consultations: HashMap<Uuid, Consultation> = consultation_rows::Entity::find()
        .filter(consultation_rows::Column::Id.is_in(placed.iter().map(|r| r.consultation_id)))
        .all(conn)
        .await?
        .into_iter()
        .filter(|c| Phase::of(c) != Phase::Draft)
        .map(|c| (c.id, c))
        .collect();
    let mut out = Vec::new();
    for consultation in consultations.values() {
        let all = super::of_consultation(conn, consultation.id).await?;
        let progress = rolled_up(&all);
        let parents = parents_of(&all);
        let shown: Vec<Outcome> = placed
            .iter()
            .filter(|r| r.consultation_id == consultation.id)
            .cloned()
            .collect();
        for view in views(conn, shown, &progress, &parents).await? {
            out.push((consultation.clone(), view));
        }
    }
    out.sort_by_key(|(_, view)| std::cmp::Reverse(view.result.created_at));
    Ok(out)
}

/// The results a proposal fed, with their rolled-up progress: what its page shows.
pub async fn fed_by<C: ConnectionTrait>(
    conn: &C,
    proposal: &Proposal,
) -> Result<Vec<(Outcome, i32)>> {
    let ids: Vec<Uuid> = result_proposals::Entity::find()
        .filter(result_proposals::Column::ProposalId.eq(proposal.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|l| l.result_id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let all = super::of_consultation(conn, proposal.consultation_id).await?;
    let progress = rolled_up(&all);
    Ok(in_order(all)
        .into_iter()
        .filter(|r| ids.contains(&r.id))
        .map(|r| {
            let p = progress.get(&r.id).copied().unwrap_or(r.progress);
            (r, p)
        })
        .collect())
}
