//! An administrator verifies an organisation (it gets its badge, and its members the powers
//! its kind gives) or withdraws the verification.

use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use serde_json::json;

use super::{get, record, Organization};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::AuditAction;
use crate::domain::now;
use crate::error::{Error, Result};

/// Marks the organisation verified (or not). Setting what is already set changes nothing and
/// writes no audit row.
#[tracing::instrument(skip_all, fields(admin = %admin.id, verified))]
pub async fn set_verified(
    db: &Db,
    admin: &Account,
    slug_or_id: &str,
    verified: bool,
) -> Result<Organization> {
    if !admin.is_admin() {
        return Err(Error::Forbidden(
            "Only administrators verify organisations.".into(),
        ));
    }
    let txn = db.begin_write().await?;
    let org = get(&txn, slug_or_id).await?;
    if org.verified_at.is_some() == verified {
        txn.commit().await?;
        return Ok(org);
    }
    let at = now();
    let mut row = org.into_active_model();
    if verified {
        row.verified_at = Set(Some(at));
        row.verified_by = Set(Some(admin.id));
    } else {
        row.verified_at = Set(None);
        row.verified_by = Set(None);
    }
    row.updated_at = Set(Some(at));
    let updated = row.update(&txn).await?;
    let action = if verified {
        AuditAction::OrganizationVerified
    } else {
        AuditAction::OrganizationUnverified
    };
    record(
        &txn,
        admin,
        action,
        updated.id,
        Some(json!({"verified": !verified})),
        Some(json!({"verified": verified})),
    )
    .await?;
    txn.commit().await?;
    Ok(updated)
}
