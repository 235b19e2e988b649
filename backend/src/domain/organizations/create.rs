//! A person creates an organisation: it starts unverified, and its creator is its owner.

use sea_orm::{ActiveModelTrait, DbErr, Set, SqlErr};
use serde_json::json;
use uuid::Uuid;

use super::{
    input, insert_member, record, MemberRole, Organization, OrganizationKind, ProfileInput,
};
use crate::db::entities::organizations;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::AuditAction;
use crate::domain::{now, text};
use crate::error::{Conflict, Error, Result};

/// A slug for a name that makes none (most Thai names): `org-` and eight hex digits.
fn slug_for(name: &str) -> String {
    let from_name = text::slug_from_title(name);
    if from_name.is_empty() {
        let id = Uuid::new_v4().simple().to_string();
        format!("org-{}", &id[..8])
    } else {
        from_name
    }
}

fn slug_taken(err: &DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// Creates the organisation with `creator` as its owner; audited.
#[tracing::instrument(skip_all, fields(creator = %creator.id))]
pub async fn create_for(
    db: &Db,
    creator: &Account,
    kind: OrganizationKind,
    slug: Option<&str>,
    profile: &ProfileInput,
) -> Result<Organization> {
    let Some(name) = profile.name.as_deref() else {
        return Err(Error::field(
            "name",
            "required",
            "an organisation needs a name",
        ));
    };
    let slug = match slug.map(str::trim).filter(|s| !s.is_empty()) {
        Some(slug) => text::slug("slug", slug).map_err(|e| Error::Validation(vec![e]))?,
        None => slug_for(name),
    };
    let txn = db.begin_write().await?;
    let fields = input::parse(&txn, profile, None).await?;
    let at = now();
    let org = organizations::ActiveModel {
        id: Set(Uuid::now_v7()),
        slug: Set(slug),
        name: Set(fields.name.unwrap_or_default()),
        kind: Set(kind),
        description: Set(fields.description.flatten()),
        website: Set(fields.website.flatten()),
        parent_organization_id: Set(fields.parent_organization_id.flatten()),
        province: Set(fields.province.flatten()),
        verified_at: Set(None),
        verified_by: Set(None),
        created_at: Set(at),
        updated_at: Set(Some(at)),
    }
    .insert(&txn)
    .await
    .map_err(|err| {
        if slug_taken(&err) {
            Error::Conflict(Conflict::OrganizationSlugTaken)
        } else {
            err.into()
        }
    })?;
    insert_member(&txn, org.id, creator.id, MemberRole::Owner).await?;
    record(
        &txn,
        creator,
        AuditAction::OrganizationCreated,
        org.id,
        None,
        Some(json!({"slug": org.slug, "name": org.name, "kind": org.kind.as_str()})),
    )
    .await?;
    txn.commit().await?;
    Ok(org)
}
