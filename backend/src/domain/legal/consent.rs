//! Consent: an account agrees to the versions in force of the privacy notice and the terms,
//! at sign-up and again after either changes. Agreement names the exact version, so a
//! version published while someone read the old one is never agreed to unseen.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use uuid::Uuid;

use super::{current_version, LegalDocumentKind};
use crate::db::entities::consents;
use crate::db::Db;
use crate::domain::now;
use crate::error::{Error, FieldError, Result};

/// The versions a person says they read and agree to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgreedVersions {
    pub privacy: i32,
    pub terms: i32,
}

impl AgreedVersions {
    fn of(self, kind: LegalDocumentKind) -> i32 {
        match kind {
            LegalDocumentKind::Privacy => self.privacy,
            LegalDocumentKind::Terms => self.terms,
        }
    }
}

/// One recorded agreement.
pub struct Agreement {
    pub kind: LegalDocumentKind,
    pub version: i32,
    pub agreed_at: DateTime<Utc>,
}

/// The versions agreed to, if they are the ones in force; refused otherwise (`field` names
/// the request field at fault). Checked before anything is written, so a refusal changes
/// nothing.
pub async fn check<C: ConnectionTrait>(
    conn: &C,
    field: &str,
    agreed: Option<AgreedVersions>,
) -> Result<AgreedVersions> {
    let Some(agreed) = agreed else {
        return Err(Error::field(
            field,
            "consent_required",
            "agree to the privacy notice and the terms of use in force",
        ));
    };
    for kind in LegalDocumentKind::ALL {
        let in_force = current_version(conn, kind).await?;
        if agreed.of(kind) != in_force {
            return Err(Error::Validation(vec![FieldError::new(
                &format!("{field}.{}", kind.as_str()),
                "consent_outdated",
                format!("version {in_force} is in force; read it and agree to it"),
            )]));
        }
    }
    Ok(agreed)
}

/// Records what `user_id` agreed to (checked by `check`), inside the caller's transaction;
/// agreeing twice to the same versions records nothing new.
pub async fn record<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    agreed: AgreedVersions,
) -> Result<()> {
    let rows = LegalDocumentKind::ALL.map(|kind| consents::ActiveModel {
        user_id: Set(user_id),
        kind: Set(kind),
        version: Set(agreed.of(kind)),
        agreed_at: Set(now()),
    });
    consents::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([
                consents::Column::UserId,
                consents::Column::Kind,
                consents::Column::Version,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(conn)
        .await?;
    Ok(())
}

/// A signed-in person agrees to the versions in force (after either changed).
pub async fn agree(db: &Db, user_id: Uuid, agreed: Option<AgreedVersions>) -> Result<()> {
    let txn = db.begin_write().await?;
    let agreed = check(&txn, "consent", agreed).await?;
    record(&txn, user_id, agreed).await?;
    txn.commit().await?;
    Ok(())
}

/// The documents whose version in force `user_id` has not agreed to, with that version.
pub async fn outstanding<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
) -> Result<Vec<(LegalDocumentKind, i32)>> {
    let mut missing = Vec::new();
    for kind in LegalDocumentKind::ALL {
        let in_force = current_version(conn, kind).await?;
        let agreed = consents::Entity::find_by_id((user_id, kind, in_force))
            .one(conn)
            .await?;
        if in_force > 0 && agreed.is_none() {
            missing.push((kind, in_force));
        }
    }
    Ok(missing)
}

/// Every agreement of `user_id`, oldest first: part of what the person may download.
pub async fn agreements<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<Vec<Agreement>> {
    let rows = consents::Entity::find()
        .filter(consents::Column::UserId.eq(user_id))
        .order_by_asc(consents::Column::AgreedAt)
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| Agreement {
            kind: r.kind,
            version: r.version,
            agreed_at: r.agreed_at,
        })
        .collect())
}
