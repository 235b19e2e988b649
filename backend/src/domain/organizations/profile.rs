//! An organisation's public profile: who it is, how many members it has, its parent, and
//! what it did in public (the proposals it endorsed, the consultations it runs). No column
//! ties an official answer to an organisation yet, so answers are not listed.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use super::directory::member_counts;
use super::{get, Organization};
use crate::db::entities::consultations::{self, Phase};
use crate::db::entities::{endorsements, organizations, proposals};
use crate::domain::visibility;
use crate::error::Result;

/// How many items of each kind of activity a profile shows.
const ACTIVITY_LIMIT: u64 = 50;

pub struct Profile {
    pub organization: Organization,
    pub parent: Option<Organization>,
    pub member_count: u64,
    pub activity: Activity,
}

pub struct Activity {
    pub endorsed: Vec<EndorsedProposal>,
    pub consultations: Vec<OwnedConsultation>,
}

pub struct EndorsedProposal {
    pub proposal_id: Uuid,
    pub title: String,
    pub consultation_id: Uuid,
    pub endorsed_at: DateTime<Utc>,
}

pub struct OwnedConsultation {
    pub id: Uuid,
    pub slug: String,
    pub title: String,
    pub title_en: Option<String>,
    pub phase: Phase,
}

/// The profile anyone may read.
pub async fn profile<C: ConnectionTrait>(conn: &C, slug_or_id: &str) -> Result<Profile> {
    let organization = get(conn, slug_or_id).await?;
    let parent = match organization.parent_organization_id {
        Some(id) => organizations::Entity::find_by_id(id).one(conn).await?,
        None => None,
    };
    let member_count = member_counts(conn, vec![organization.id])
        .await?
        .get(&organization.id)
        .copied()
        .unwrap_or(0);
    let activity = Activity {
        endorsed: endorsed(conn, organization.id).await?,
        consultations: run_by(conn, organization.id).await?,
    };
    Ok(Profile {
        organization,
        parent,
        member_count,
        activity,
    })
}

/// Proposals the organisation endorsed that the public sees, newest endorsement first.
async fn endorsed<C: ConnectionTrait>(conn: &C, org_id: Uuid) -> Result<Vec<EndorsedProposal>> {
    let rows = endorsements::Entity::find()
        .filter(endorsements::Column::OrganizationId.eq(org_id))
        .order_by_desc(endorsements::Column::CreatedAt)
        .limit(ACTIVITY_LIMIT)
        .all(conn)
        .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let shown = proposals::Entity::find()
        .filter(proposals::Column::Id.is_in(rows.iter().map(|r| r.proposal_id)))
        .filter(visibility::listed_proposals())
        .all(conn)
        .await?;
    let drafts: Vec<Uuid> = consultations::Entity::find()
        .filter(consultations::Column::Id.is_in(shown.iter().map(|p| p.consultation_id)))
        .filter(consultations::Column::Phase.eq(Phase::Draft))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    Ok(rows
        .into_iter()
        .filter_map(|row| {
            let p = shown.iter().find(|p| p.id == row.proposal_id)?;
            (!drafts.contains(&p.consultation_id)).then(|| EndorsedProposal {
                proposal_id: p.id,
                title: p.title.clone(),
                consultation_id: p.consultation_id,
                endorsed_at: row.created_at,
            })
        })
        .collect())
}

/// The consultations the organisation runs, drafts left out, newest first.
async fn run_by<C: ConnectionTrait>(conn: &C, org_id: Uuid) -> Result<Vec<OwnedConsultation>> {
    Ok(consultations::Entity::find()
        .filter(consultations::Column::OwnerOrganizationId.eq(org_id))
        .filter(consultations::Column::Phase.ne(Phase::Draft))
        .order_by_desc(consultations::Column::CreatedAt)
        .limit(ACTIVITY_LIMIT)
        .all(conn)
        .await?
        .into_iter()
        .map(|c| OwnedConsultation {
            id: c.id,
            slug: c.slug,
            title: c.title,
            title_en: c.title_en,
            phase: c.phase,
        })
        .collect())
}
