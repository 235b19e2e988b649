//! Agency API keys: created by agency members, shown once, stored as a SHA-256 hash,
//! read-only, scoped to listed consultations, revocable, with their last use recorded.

use chrono::Duration;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, Set,
};
use serde_json::{json, Value};
use uuid::Uuid;

use super::scope;
use super::AgencyReader;
use crate::auth::opaque;
use crate::db::entities::api_keys;
pub use crate::db::entities::api_keys::Model as ApiKey;
use crate::db::Db;
use crate::domain::accounts::{self, Account};
use crate::domain::audit::{AuditAction, AuditEntry};
use crate::domain::{consultations, now, text};
use crate::error::{Error, FieldError, Resource, Result};

/// Every key starts with this, so the request extractor tells keys from access tokens.
pub const KEY_PREFIX: &str = "sala_ak_";

/// How many characters of a key are kept in clear, to tell keys apart in a list.
const SHOWN_CHARS: usize = 12;

/// Last use is written at most this often per key, so reads do not become writes.
const LAST_USE_RESOLUTION_SECS: i64 = 60;

pub fn is_api_key(token: &str) -> bool {
    token.starts_with(KEY_PREFIX)
}

pub struct NewKey {
    pub name: String,
    pub consultations: Vec<String>,
}

/// Creates a key for consultations the creator may read; returns it with the raw key,
/// which is never shown again.
pub async fn create(db: &Db, creator: &Account, input: NewKey) -> Result<(ApiKey, String)> {
    let name = text::title("name", &input.name, 1, 80).map_err(|e| Error::Validation(vec![e]))?;
    if input.consultations.is_empty() || input.consultations.len() > 50 {
        return Err(Error::field(
            "consultation_ids",
            "invalid",
            "list between 1 and 50 consultations",
        ));
    }
    let mut ids: Vec<Uuid> = Vec::new();
    for reference in &input.consultations {
        let consultation = consultations::get(db.reader(), Some(creator), reference)
            .await
            .map_err(|_| unknown_consultation(reference))?;
        if scope::scope_of(db.reader(), creator, &consultation)
            .await?
            .is_none()
        {
            return Err(Error::Forbidden(
                "You can only create keys for consultations your agency may read.".into(),
            ));
        }
        if !ids.contains(&consultation.id) {
            ids.push(consultation.id);
        }
    }
    let (secret, _) = opaque::new_token();
    let key = format!("{KEY_PREFIX}{secret}");
    let txn = db.begin_write().await?;
    let row = api_keys::ActiveModel {
        id: Set(Uuid::now_v7()),
        owner_id: Set(creator.id),
        name: Set(name),
        prefix: Set(key.chars().take(SHOWN_CHARS).collect()),
        key_hash: Set(opaque::hash_token(&key)),
        consultation_ids: Set(json!(ids)),
        created_at: Set(now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(&txn)
    .await?;
    AuditEntry::by(creator, AuditAction::ApiKeyCreated, "api_key", row.id)
        .after(json!({"name": row.name, "prefix": row.prefix, "consultation_ids": ids}))
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok((row, key))
}

fn unknown_consultation(reference: &str) -> Error {
    Error::Validation(vec![FieldError::new(
        "consultation_ids",
        "not_found",
        format!("no consultation {reference:?}"),
    )])
}

/// The owner's keys, newest first, revoked ones included (marked).
pub async fn list(db: &Db, owner: &Account) -> Result<Vec<ApiKey>> {
    Ok(api_keys::Entity::find()
        .filter(api_keys::Column::OwnerId.eq(owner.id))
        .order_by_desc(api_keys::Column::Id)
        .all(db.reader())
        .await?)
}

/// Revokes one of the owner's keys (administrators may revoke anyone's). Revoking twice
/// changes nothing.
pub async fn revoke(db: &Db, actor: &Account, id: Uuid) -> Result<()> {
    let txn = db.begin_write().await?;
    let key = api_keys::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .filter(|k| k.owner_id == actor.id || actor.is_admin())
        .ok_or(Error::NotFound(Resource::ApiKey))?;
    if key.revoked_at.is_some() {
        return Ok(());
    }
    let mut row: api_keys::ActiveModel = key.clone().into();
    row.revoked_at = Set(Some(now()));
    row.update(&txn).await?;
    AuditEntry::by(actor, AuditAction::ApiKeyRevoked, "api_key", key.id)
        .before(json!({"name": key.name, "prefix": key.prefix}))
        .record(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

pub fn scope_of(key: &ApiKey) -> Vec<Uuid> {
    key.consultation_ids
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .filter_map(|s| s.parse().ok())
                .collect()
        })
        .unwrap_or_default()
}

/// The reader a presented key stands for; `None` when it is unknown, revoked, or its
/// owner's account is gone or barred. Records the use.
pub async fn authenticate(db: &Db, key: &str) -> Result<Option<AgencyReader>> {
    let Some(row) = api_keys::Entity::find()
        .filter(api_keys::Column::KeyHash.eq(opaque::hash_token(key)))
        .filter(api_keys::Column::RevokedAt.is_null())
        .one(db.reader())
        .await?
    else {
        return Ok(None);
    };
    let Some(owner) = accounts::find_active(db.reader(), row.owner_id).await? else {
        return Ok(None);
    };
    if owner.ensure_can_write().is_err() {
        return Ok(None);
    }
    let now = now();
    api_keys::Entity::update_many()
        .col_expr(api_keys::Column::LastUsedAt, Expr::value(now))
        .filter(api_keys::Column::Id.eq(row.id))
        .filter(
            Condition::any()
                .add(api_keys::Column::LastUsedAt.is_null())
                .add(
                    api_keys::Column::LastUsedAt
                        .lt(now - Duration::seconds(LAST_USE_RESOLUTION_SECS)),
                ),
        )
        // The last-use time is a hint for the key's owner: losing it in a crash is harmless.
        .filter(Expr::cust(crate::db::relaxed_commit(db.backend())))
        .exec(db.writer())
        .await?;
    Ok(Some(AgencyReader::Key {
        key_id: row.id,
        consultation_ids: scope_of(&row),
        owner,
    }))
}
