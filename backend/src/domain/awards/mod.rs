//! Award-style assessment: an organisation runs a call, other organisations apply, assessors
//! assigned per application declare any conflict of interest and score each criterion (grouped
//! in the dimensions structure, process and outcome, each with a weight), and deciding the call
//! moves every application whose mean weighted score reaches the threshold to a site visit.
//!
//! Who does what: those who speak for the organising organisation (owners and
//! representatives), or an administrator, manage the call; those who speak for an
//! organisation apply in its name; an assigned assessor declares and scores their own
//! assessment. Calls and applications are public; scores are seen by the call's managers, and
//! each assessor sees their own.

pub mod applications;
pub mod assessment;
pub mod calls;
pub mod input;
pub mod scoring;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use uuid::Uuid;

use crate::db::entities::award_applications::{self, Model as Application};
use crate::db::entities::award_calls;
use crate::db::entities::award_criteria;
use crate::domain::accounts::Account;
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::organizations;
use crate::error::{Error, Resource, Result};

pub use crate::db::entities::award_applications::ApplicationStage;
pub use crate::db::entities::award_calls::CallStage;
/// A call, as stored.
pub use crate::db::entities::award_calls::Model as Call;
pub use crate::db::entities::award_criteria::AwardDimension;
/// A criterion of a call, as stored.
pub use crate::db::entities::award_criteria::Model as Criterion;

/// Whether the person manages the call: an administrator, or someone who speaks for the
/// organisation running it.
pub async fn may_manage<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    call: &Call,
) -> Result<bool> {
    Ok(person.is_admin()
        || organizations::speaks_for(conn, call.organization_id, person.id).await?)
}

/// Refuses (403) someone who does not manage the call.
pub async fn ensure_manager<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    call: &Call,
) -> Result<()> {
    if may_manage(conn, person, call).await? {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "Only owners and representatives of the organisation running this award (or an administrator) can do this."
                .into(),
        ))
    }
}

/// A call by its id; `lock` holds its row (PostgreSQL) until the transaction ends, so stage
/// changes and the writes they govern are serialised.
pub async fn call<C: ConnectionTrait>(conn: &C, id: Uuid, lock: bool) -> Result<Call> {
    let query = award_calls::Entity::find_by_id(id);
    let query = if lock { query.lock_exclusive() } else { query };
    query
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::AwardCall))
}

/// An application and its call (the call's row held when `lock`).
pub async fn application<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    lock: bool,
) -> Result<(Application, Call)> {
    let application = award_applications::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::AwardApplication))?;
    let call = call(conn, application.call_id, lock).await?;
    Ok((application, call))
}

/// The call's criteria in their order.
pub async fn criteria_of<C: ConnectionTrait>(conn: &C, call_id: Uuid) -> Result<Vec<Criterion>> {
    Ok(award_criteria::Entity::find()
        .filter(award_criteria::Column::CallId.eq(call_id))
        .order_by_asc(award_criteria::Column::Position)
        .all(conn)
        .await?)
}

/// The call's applications, oldest first.
pub async fn applications_of<C: ConnectionTrait>(
    conn: &C,
    call_id: Uuid,
) -> Result<Vec<Application>> {
    Ok(award_applications::Entity::find()
        .filter(award_applications::Column::CallId.eq(call_id))
        .order_by_asc(award_applications::Column::CreatedAt)
        .order_by_asc(award_applications::Column::Id)
        .all(conn)
        .await?)
}

/// The organisation a request names in its `organization` field; one that does not exist is
/// a mistake in that field (422), not a missing page.
pub async fn named_organization<C: ConnectionTrait>(
    conn: &C,
    slug_or_id: &str,
) -> Result<crate::db::entities::organizations::Model> {
    match organizations::get(conn, slug_or_id).await {
        Err(Error::NotFound(Resource::Organization)) => Err(Error::field(
            "organization",
            "unknown",
            "names no organisation (give its slug or id)",
        )),
        found => found,
    }
}

/// Refuses an action the call's stage does not allow.
pub fn ensure_stage(call: &Call, allowed: &[CallStage], refusal: &'static str) -> Result<()> {
    if allowed.contains(&call.stage) {
        Ok(())
    } else {
        Err(Error::PhaseClosed(refusal.into()))
    }
}

/// Who did something to which award row, for its audit entry.
pub(super) struct Audited<'a> {
    actor: &'a Account,
    target_type: &'static str,
    target_id: Uuid,
}

impl<'a> Audited<'a> {
    pub(super) fn call(actor: &'a Account, id: Uuid) -> Self {
        Audited {
            actor,
            target_type: "award_call",
            target_id: id,
        }
    }

    pub(super) fn application(actor: &'a Account, id: Uuid) -> Self {
        Audited {
            actor,
            target_type: "award_application",
            target_id: id,
        }
    }

    pub(super) async fn record<C: ConnectionTrait>(
        self,
        conn: &C,
        action: AuditAction,
        after: serde_json::Value,
    ) -> Result<()> {
        let entry = AuditEntry::by(self.actor, action, self.target_type, self.target_id);
        Ok(entry.after(after).record(conn).await?)
    }
}

/// Names of the given organisations, by id.
pub async fn organization_names<C: ConnectionTrait>(
    conn: &C,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<std::collections::HashMap<Uuid, String>> {
    let ids: Vec<Uuid> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(Default::default());
    }
    use crate::db::entities::organizations as orgs;
    Ok(orgs::Entity::find()
        .select_only()
        .column(orgs::Column::Id)
        .column(orgs::Column::Name)
        .filter(orgs::Column::Id.is_in(ids))
        .into_tuple::<(Uuid, String)>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}
