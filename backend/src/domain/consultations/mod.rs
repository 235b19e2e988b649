//! Consultations and their phases: the phase decides what participants may do.

mod create;
mod input;
mod list;
mod update;

pub use create::create;
pub use input::ConsultationInput;
pub use list::{all, list};
pub use update::update;

use input::{apply, check_timeline, ensure_may_own, slug_exists, slug_taken, snapshot};

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::ActiveEnum;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;
use uuid::Uuid;

pub use crate::db::entities::consultations::Phase;

use crate::db::entities::consultations;
pub use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::proposals;
use crate::domain::accounts::Account;
use crate::domain::{organizations, visibility};
use crate::error::{Error, Resource, Result};

impl Phase {
    pub fn of(consultation: &Consultation) -> Phase {
        consultation.phase
    }

    /// New proposals and edits to them are taken while ideas are being collected.
    pub fn ensure_allows_proposals(self) -> Result<()> {
        self.ensure(
            matches!(self, Phase::Ideation),
            "submitting or editing proposals",
        )
    }

    /// Votes count while ideas are collected and during the voting phase.
    pub fn ensure_allows_votes(self) -> Result<()> {
        self.ensure(matches!(self, Phase::Ideation | Phase::Voting), "voting")
    }

    /// Discussion goes on until the consultation closes.
    pub fn ensure_allows_comments(self) -> Result<()> {
        self.ensure(
            matches!(self, Phase::Ideation | Phase::Voting | Phase::Review),
            "commenting",
        )
    }

    /// A proposal may be withdrawn until the consultation closes.
    pub fn ensure_allows_withdrawal(self) -> Result<()> {
        self.ensure(
            matches!(self, Phase::Ideation | Phase::Voting | Phase::Review),
            "withdrawing proposals",
        )
    }

    fn ensure(self, allowed: bool, what: &str) -> Result<()> {
        if allowed {
            Ok(())
        } else {
            Err(Error::PhaseClosed(format!(
                "This consultation is in its {} phase: {what} is not open.",
                self.to_value()
            )))
        }
    }
}

/// Whether `viewer` may change the consultation: admins, and members of the verified lab or
/// agency that owns it.
pub async fn can_manage<C: ConnectionTrait>(
    conn: &C,
    viewer: &Account,
    consultation: &Consultation,
) -> Result<bool> {
    if viewer.is_admin() {
        return Ok(true);
    }
    match consultation.owner_organization_id {
        Some(org) => organizations::is_convener_member(conn, viewer.id, org).await,
        None => Ok(false),
    }
}

/// Drafts are seen only by those who manage them; to everyone else they do not exist.
pub(crate) async fn ensure_visible<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    consultation: &Consultation,
) -> Result<()> {
    if Phase::of(consultation) != Phase::Draft {
        return Ok(());
    }
    match viewer {
        Some(viewer) if can_manage(conn, viewer, consultation).await? => Ok(()),
        _ => Err(Error::NotFound(Resource::Consultation)),
    }
}

/// A consultation by id or slug, if the viewer may see it.
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id_or_slug: &str,
) -> Result<Consultation> {
    let query = consultations::Entity::find();
    let query = match Uuid::parse_str(id_or_slug) {
        Ok(id) => query.filter(consultations::Column::Id.eq(id)),
        Err(_) => query.filter(consultations::Column::Slug.eq(id_or_slug)),
    };
    visible(conn, viewer, query.one(conn).await?).await
}

/// The consultation with this id, if the viewer may see it.
pub async fn get_by_id<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id: Uuid,
) -> Result<Consultation> {
    let found = consultations::Entity::find_by_id(id).one(conn).await?;
    visible(conn, viewer, found).await
}

/// The consultation an item (a result, a document, an indicator) belongs to, if the viewer
/// may see it; one they may not see makes the item itself not found, so a draft's contents
/// stay unknown.
pub async fn holding<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id: Uuid,
    item: Resource,
) -> Result<Consultation> {
    get_by_id(conn, viewer, id).await.map_err(|e| match e {
        Error::NotFound(Resource::Consultation) => Error::NotFound(item),
        other => other,
    })
}

async fn visible<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    found: Option<Consultation>,
) -> Result<Consultation> {
    let consultation = found.ok_or(Error::NotFound(Resource::Consultation))?;
    ensure_visible(conn, viewer, &consultation).await?;
    Ok(consultation)
}

/// The labels stored in a JSON array column.
pub fn label_list(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Whether the person may create or manage some consultation (the role-level question asked
/// before any request body is looked at): administrators, and members of a verified policy
/// lab or government agency.
pub async fn may_manage_some<C: ConnectionTrait>(conn: &C, person: &Account) -> Result<bool> {
    let kinds = organizations::CONVENING_KINDS.map(|kind| kind.as_str());
    Ok(person.is_admin() || organizations::belongs_to_any(conn, person.id, &kinds).await?)
}

/// Keeps the consultation's proposal count in step, inside the caller's transaction.
pub async fn add_to_proposal_count<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    delta: i32,
) -> Result<()> {
    consultations::Entity::update_many()
        .col_expr(
            consultations::Column::ProposalCount,
            Expr::col(consultations::Column::ProposalCount).add(delta),
        )
        .filter(consultations::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Counts a consultation's listed, not withdrawn proposals from the proposal rows.
pub async fn recount_proposals<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<i32> {
    let n = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(id))
        .filter(visibility::counted_proposals())
        .count(conn)
        .await?;
    Ok(n as i32)
}
