//! An owner (or an administrator) edits an organisation's profile.

use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use serde_json::json;

use super::{ensure_manages, get, input, record, Organization, ProfileInput};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::AuditAction;
use crate::domain::now;
use crate::domain::set_given;
use crate::error::Result;

fn snapshot(org: &Organization) -> serde_json::Value {
    json!({
        "name": org.name,
        "description": org.description,
        "website": org.website,
        "parent_organization_id": org.parent_organization_id,
        "province": org.province,
    })
}

/// Changes the fields given; audited with the profile before and after.
#[tracing::instrument(skip_all, fields(editor = %editor.id))]
pub async fn edit(
    db: &Db,
    editor: &Account,
    slug_or_id: &str,
    changes: &ProfileInput,
) -> Result<Organization> {
    let txn = db.begin_write().await?;
    let org = get(&txn, slug_or_id).await?;
    ensure_manages(&txn, &org, editor).await?;
    let fields = input::parse(&txn, changes, Some(org.id)).await?;
    let before = snapshot(&org);
    let mut row = org.into_active_model();
    set_given!(row, fields, name, description, website);
    if let Some(parent) = fields.parent_organization_id {
        row.parent_organization_id = Set(parent);
    }
    if let Some(province) = fields.province {
        row.province = Set(province);
    }
    row.updated_at = Set(Some(now()));
    let updated = row.update(&txn).await?;
    record(
        &txn,
        editor,
        AuditAction::OrganizationUpdated,
        updated.id,
        Some(before),
        Some(snapshot(&updated)),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}
