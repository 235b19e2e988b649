//! Results: what became of a consultation's proposals. A result is a commitment owned by a
//! responsible organisation, made from one or more proposals, with progress, status, dated
//! milestones and a history of updates that is only ever added to. Each update tells the
//! people behind the proposals it came from.
//!
//! Who may write a result is who may answer the consultation's proposals: owners and
//! representatives of the owning organisation, the owning lab's, or an administrator.

pub mod input;
pub mod links;
pub mod milestones;
pub mod read;
pub mod write;

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use uuid::Uuid;

use crate::db::entities::consultations::Model as Consultation;
pub use crate::db::entities::result_milestones::Model as Milestone;
pub use crate::db::entities::result_updates::Model as Update;
use crate::db::entities::results::{self, Model as Outcome};
use crate::domain::accounts::Account;
use crate::domain::agency::scope::responsible_for;
use crate::domain::{consultations, organizations};
use crate::error::{Error, FieldError, Resource, Result};

pub use crate::db::entities::results::ResultStatus;

/// A progress in percent, checked.
pub fn progress(value: i32) -> std::result::Result<i32, FieldError> {
    if (0..=100).contains(&value) {
        Ok(value)
    } else {
        Err(FieldError::new(
            "progress",
            "out_of_range",
            "must be between 0 and 100",
        ))
    }
}

/// The organisations a person speaks for (owner or representative of a verified one).
async fn speaks_for<C: ConnectionTrait>(conn: &C, person: &Account) -> Result<Vec<Uuid>> {
    Ok(organizations::verified_roles_of(conn, person.id)
        .await?
        .into_iter()
        .filter(|(_, role)| role.speaks_for_organization())
        .map(|(org, _)| org)
        .collect())
}

/// Whether the person may write results owned by `organization` in this consultation: one
/// who speaks for that organisation, one who manages the consultation and speaks for its
/// owner, or an administrator.
pub async fn may_steward<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    consultation: &Consultation,
    organization: Option<Uuid>,
) -> Result<bool> {
    if person.is_admin() {
        return Ok(true);
    }
    let mine = speaks_for(conn, person).await?;
    if organization.is_some_and(|org| mine.contains(&org)) {
        return Ok(true);
    }
    let for_owner = consultation
        .owner_organization_id
        .is_some_and(|org| mine.contains(&org));
    Ok(for_owner && consultations::can_manage(conn, person, consultation).await?)
}

/// Refuses (403) someone who may not write this organisation's results.
pub async fn ensure_steward<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    consultation: &Consultation,
    organization: Option<Uuid>,
) -> Result<()> {
    if may_steward(conn, person, consultation, organization).await? {
        Ok(())
    } else {
        Err(Error::Forbidden(
            "Only owners and representatives of the organisation responsible for this result (or of the consultation's lab) can change it."
                .into(),
        ))
    }
}

/// The organisation a new result is owned by: the one asked for, when the person may write
/// its results and it answers for the consultation; otherwise the first responsible
/// organisation the person speaks for, then the owning lab; none for an administrator
/// acting for no organisation.
pub async fn owner_for_new<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    consultation: &Consultation,
    requested: Option<Uuid>,
) -> Result<Option<Uuid>> {
    let mut answering = responsible_for(conn, consultation.id).await?;
    answering.extend(consultation.owner_organization_id);
    if let Some(org) = requested {
        ensure_steward(conn, person, consultation, Some(org)).await?;
        if !answering.contains(&org) {
            return Err(Error::field(
                "organization_id",
                "not_responsible",
                "this organisation does not answer for this consultation",
            ));
        }
        return Ok(Some(org));
    }
    let mine = speaks_for(conn, person).await?;
    if let Some(org) = answering
        .iter()
        .find(|org| mine.contains(org) && Some(**org) != consultation.owner_organization_id)
    {
        return Ok(Some(*org));
    }
    let owner = consultation.owner_organization_id;
    if owner.is_some_and(|org| mine.contains(&org))
        && consultations::can_manage(conn, person, consultation).await?
    {
        return Ok(owner);
    }
    ensure_steward(conn, person, consultation, None).await?;
    Ok(None)
}

/// A result by id, whatever its consultation's visibility (the caller checks that).
pub async fn find<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Outcome> {
    results::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Result))
}

/// A result with its consultation, if the viewer may see the consultation.
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id: Uuid,
) -> Result<(Outcome, Consultation)> {
    let result = find(conn, id).await?;
    let consultation =
        consultations::holding(conn, viewer, result.consultation_id, Resource::Result).await?;
    Ok((result, consultation))
}

/// Each result's progress: its own, or for a result with parts the mean of its parts'
/// (rounded to a whole percent), computed over the given results of one consultation.
pub fn rolled_up(all: &[Outcome]) -> HashMap<Uuid, i32> {
    let mut children: HashMap<Uuid, Vec<&Outcome>> = HashMap::new();
    for r in all {
        if let Some(parent) = r.parent_id {
            children.entry(parent).or_default().push(r);
        }
    }
    fn of(
        r: &Outcome,
        children: &HashMap<Uuid, Vec<&Outcome>>,
        out: &mut HashMap<Uuid, i32>,
        depth: usize,
    ) -> i32 {
        if let Some(done) = out.get(&r.id) {
            return *done;
        }
        let value = match children.get(&r.id) {
            // The depth bound only guards against a corrupted tree; parents never change.
            Some(parts) if !parts.is_empty() && depth < 32 => {
                let sum: i32 = parts.iter().map(|c| of(c, children, out, depth + 1)).sum();
                (f64::from(sum) / parts.len() as f64).round() as i32
            }
            _ => r.progress,
        };
        out.insert(r.id, value);
        value
    }
    let mut out = HashMap::new();
    for r in all {
        of(r, &children, &mut out, 0);
    }
    out
}

/// The results of one consultation.
pub async fn of_consultation<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
) -> Result<Vec<Outcome>> {
    Ok(results::Entity::find()
        .filter(results::Column::ConsultationId.eq(consultation_id))
        .all(conn)
        .await?)
}

/// Whether the result has parts.
pub async fn has_children<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<bool> {
    let child: Option<Uuid> = results::Entity::find()
        .select_only()
        .column(results::Column::Id)
        .filter(results::Column::ParentId.eq(id))
        .into_tuple()
        .one(conn)
        .await?;
    Ok(child.is_some())
}

/// The progress a result stands at after an update: the update's own, or the rolled-up one.
pub async fn progress_after<C: ConnectionTrait>(
    conn: &C,
    result: &Outcome,
    update: &Update,
) -> Result<i32> {
    if let Some(progress) = update.progress {
        return Ok(progress);
    }
    let all = of_consultation(conn, result.consultation_id).await?;
    Ok(rolled_up(&all)
        .get(&result.id)
        .copied()
        .unwrap_or(result.progress))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(id: u128, parent: Option<u128>, progress: i32) -> Outcome {
        let now = chrono::Utc::now();
        Outcome {
            id: Uuid::from_u128(id),
            consultation_id: Uuid::nil(),
            organization_id: None,
            parent_id: parent.map(Uuid::from_u128),
            title: String::new(),
            title_en: None,
            description: String::new(),
            description_en: None,
            status: ResultStatus::Planned,
            progress,
            province: None,
            start_date: None,
            end_date: None,
            created_by: None,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn a_parent_is_the_mean_of_its_parts_at_every_level() {
        let all = [
            result(1, None, 90),
            result(2, Some(1), 100),
            result(3, Some(1), 0),
            result(4, Some(3), 50),
            result(5, Some(3), 0),
        ];
        let up = rolled_up(&all);
        assert_eq!(up[&Uuid::from_u128(3)], 25);
        assert_eq!(up[&Uuid::from_u128(1)], 63, "(100 + 25) / 2, rounded");
        assert_eq!(up[&Uuid::from_u128(2)], 100);
    }

    #[test]
    fn progress_outside_0_to_100_is_refused() {
        assert!(progress(-1).is_err());
        assert!(progress(101).is_err());
        assert_eq!(progress(100), Ok(100));
    }
}
