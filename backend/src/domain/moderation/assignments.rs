//! Who moderates where, as administrators decide: the `moderator` role moderates every
//! consultation; an assignment makes any account a moderator of one consultation. Each change
//! is on the audit log.

use std::collections::BTreeMap;

use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    SqlErr,
};
use serde_json::json;
use uuid::Uuid;

use crate::db::entities::{moderator_assignments, users};
use crate::db::Db;
use crate::domain::accounts::{find_active, Account, Role};
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::{consultations, now, text};
use crate::error::{Conflict, Error, Resource, Result};

fn optional_reason(reason: Option<&str>) -> Result<Option<String>> {
    text::optional_label("reason", reason, 1000).map_err(|e| Error::Validation(vec![e]))
}

async fn existing_account<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Account> {
    find_active(conn, id)
        .await?
        .ok_or(Error::NotFound(Resource::Account))
}

/// Makes `user_id` a moderator of one consultation.
pub async fn assign(
    db: &Db,
    admin: &Account,
    consultation_ref: &str,
    user_id: Uuid,
    reason: Option<&str>,
) -> Result<moderator_assignments::Model> {
    let reason = optional_reason(reason)?;
    let txn = db.begin_write().await?;
    let consultation = consultations::get(&txn, Some(admin), consultation_ref).await?;
    let account = existing_account(&txn, user_id).await?;
    let assigned = moderator_assignments::ActiveModel {
        consultation_id: Set(consultation.id),
        user_id: Set(account.id),
        assigned_by: Set(Some(admin.id)),
        created_at: Set(now()),
    }
    .insert(&txn)
    .await
    .map_err(|err| match err.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => Error::Conflict(Conflict::AlreadyModerator),
        _ => err.into(),
    })?;
    AuditEntry::by(admin, AuditAction::ModeratorAssigned, "user", account.id)
        .reason(reason)
        .before(json!({ "moderates": false }))
        .after(json!({ "moderates": true, "consultation_id": consultation.id }))
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(assigned)
}

/// Ends an account's moderation of one consultation.
pub async fn unassign(
    db: &Db,
    admin: &Account,
    consultation_id: Uuid,
    user_id: Uuid,
    reason: Option<&str>,
) -> Result<()> {
    let reason = optional_reason(reason)?;
    let txn = db.begin_write().await?;
    let removed = moderator_assignments::Entity::delete_by_id((consultation_id, user_id))
        .exec(&txn)
        .await?;
    if removed.rows_affected == 0 {
        return Err(Error::NotFound(Resource::ModeratorAssignment));
    }
    AuditEntry::by(admin, AuditAction::ModeratorUnassigned, "user", user_id)
        .reason(reason)
        .before(json!({ "moderates": true, "consultation_id": consultation_id }))
        .after(json!({ "moderates": false }))
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// Who changes a role.
#[derive(Clone, Copy)]
pub enum RoleChanger<'a> {
    /// Through the API.
    Administrator(&'a Account),
    /// At the server's console (`sala user role`), where the first administrator is made.
    Operator,
}

/// Changes someone's role, with an audit row. An administrator's own role is refused: the last
/// administrator must not be able to lock everyone out.
pub async fn change_role(
    db: &Db,
    by: RoleChanger<'_>,
    user_id: Uuid,
    role: Role,
    reason: Option<&str>,
) -> Result<Account> {
    let reason = optional_reason(reason)?;
    let actor_id = match by {
        RoleChanger::Administrator(admin) if admin.id == user_id => {
            return Err(Error::Forbidden(
                "Administrators cannot change their own role.".into(),
            ));
        }
        RoleChanger::Administrator(admin) => Some(admin.id),
        RoleChanger::Operator => None,
    };
    let txn = db.begin_write().await?;
    let account = existing_account(&txn, user_id).await?;
    if account.role == role {
        return Err(Conflict::RoleAlreadyHeld(role.as_str()).into());
    }
    users::Entity::update_many()
        .col_expr(users::Column::Role, Expr::value(role))
        .col_expr(users::Column::UpdatedAt, Expr::value(now()))
        .filter(users::Column::Id.eq(account.id))
        .exec(&txn)
        .await?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id,
            action: AuditAction::UserRoleChanged,
            target_type: "user",
            target_id: Some(account.id),
            reason,
            before: Some(json!({ "role": account.role })),
            after: Some(json!({ "role": role })),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(Account { role, ..account })
}

/// A moderator and where they moderate.
pub struct ModeratorEntry {
    pub account: Account,
    /// Empty for global moderators and administrators.
    pub consultations: Vec<Uuid>,
}

/// Every administrator, global moderator and assigned moderator.
pub async fn moderators(db: &Db) -> Result<Vec<ModeratorEntry>> {
    let conn = db.reader();
    let mut by_user: BTreeMap<Uuid, Vec<Uuid>> = BTreeMap::new();
    for a in moderator_assignments::Entity::find()
        .order_by_asc(moderator_assignments::Column::ConsultationId)
        .all(conn)
        .await?
    {
        by_user
            .entry(a.user_id)
            .or_default()
            .push(a.consultation_id);
    }
    let staff = users::Entity::find()
        .filter(users::Column::DeletedAt.is_null())
        .filter(
            users::Column::Role
                .is_in([Role::Admin, Role::Moderator])
                .or(users::Column::Id.is_in(by_user.keys().copied())),
        )
        .order_by_asc(users::Column::Id)
        .all(conn)
        .await?;
    Ok(staff
        .into_iter()
        .map(|row| {
            let account = Account::from_row(row);
            let consultations = if account.is_staff() {
                Vec::new()
            } else {
                by_user.remove(&account.id).unwrap_or_default()
            };
            ModeratorEntry {
                account,
                consultations,
            }
        })
        .collect())
}
