//! Organisations signing a published version through one of their representatives: one
//! signature per organisation per version, naming the hash of the words signed. A newer
//! published version starts unsigned; older ones keep their signatures.

use std::collections::HashMap;

use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;
use uuid::Uuid;

use super::{current, versions_of, with_consultation};
use crate::db::entities::document_signatures::{self, Model as Signature};
use crate::db::entities::{organizations as organization_rows, users};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::{now, organizations};
use crate::error::{Conflict, Error, Resource, Result};

/// A signature with the names the public page shows.
#[derive(Debug, Clone)]
pub struct Signatory {
    pub signature: Signature,
    pub organization_name: String,
    /// Absent when the signer's account was deleted.
    pub signer_name: Option<String>,
}

/// The signatures on these versions, oldest first, by version.
pub async fn of_versions<C: ConnectionTrait>(
    conn: &C,
    version_ids: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Signatory>>> {
    let signatures = document_signatures::Entity::find()
        .filter(document_signatures::Column::VersionId.is_in(version_ids.iter().copied()))
        .order_by_asc(document_signatures::Column::SignedAt)
        .all(conn)
        .await?;
    let org_ids: Vec<Uuid> = signatures.iter().map(|s| s.organization_id).collect();
    let signer_ids: Vec<Uuid> = signatures.iter().filter_map(|s| s.signer_id).collect();
    let org_names: HashMap<Uuid, String> = organization_rows::Entity::find()
        .filter(organization_rows::Column::Id.is_in(org_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let signer_names: HashMap<Uuid, String> = users::Entity::find()
        .filter(users::Column::Id.is_in(signer_ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let mut by_version: HashMap<Uuid, Vec<Signatory>> = HashMap::new();
    for signature in signatures {
        let organization_name = org_names
            .get(&signature.organization_id)
            .cloned()
            .unwrap_or_default();
        // A deleted account's name is blank: its signature stays, unnamed.
        let signer_name = signature
            .signer_id
            .and_then(|id| signer_names.get(&id).cloned())
            .filter(|name| !name.is_empty());
        by_version
            .entry(signature.version_id)
            .or_default()
            .push(Signatory {
                signature,
                organization_name,
                signer_name,
            });
    }
    Ok(by_version)
}

/// The verified organisations the person speaks for (owner or representative), with names.
pub async fn represented_by<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
) -> Result<Vec<(Uuid, String)>> {
    Ok(organizations::memberships_of(conn, person.id)
        .await?
        .into_iter()
        .filter(|(org, role)| org.verified_at.is_some() && role.speaks_for_organization())
        .map(|(org, _)| (org.id, org.name))
        .collect())
}

/// A representative signs the document's current published version on behalf of their
/// organisation.
#[tracing::instrument(skip_all, fields(document_id = %document_id, version_id = %version_id))]
pub async fn sign(
    db: &Db,
    signer: &Account,
    document_id: Uuid,
    version_id: Uuid,
    organization_id: Uuid,
) -> Result<Signature> {
    let txn = db.begin_write().await?;
    // The document's row lock orders a signature after any publish under way.
    let (document, _) = with_consultation(&txn, Some(signer), document_id, true).await?;
    let speaks = represented_by(&txn, signer)
        .await?
        .iter()
        .any(|(org, _)| *org == organization_id);
    if !speaks {
        return Err(Error::Forbidden(
            "Only an owner or representative of this verified organisation can sign on its behalf."
                .into(),
        ));
    }
    let versions = versions_of(&txn, document.id).await?;
    let version = versions
        .iter()
        .find(|v| v.id == version_id)
        .ok_or(Error::NotFound(Resource::DocumentVersion))?;
    let signable = current(&versions).filter(|c| c.id == version.id);
    let hash = signable
        .and_then(|v| v.content_hash.clone())
        .ok_or(Conflict::VersionNotSignable)?;
    let signature = Signature {
        version_id: version.id,
        organization_id,
        signer_id: Some(signer.id),
        content_hash: hash,
        signed_at: now(),
    };
    let row: document_signatures::ActiveModel = signature.clone().into();
    // The key refuses a second signature even when two arrive at once.
    let inserted = document_signatures::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([
                document_signatures::Column::VersionId,
                document_signatures::Column::OrganizationId,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    if inserted == 0 {
        return Err(Conflict::AlreadySigned.into());
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(signer.id),
            action: AuditAction::DocumentSigned,
            target_type: "document",
            target_id: Some(document.id),
            reason: None,
            before: None,
            after: Some(json!({
                "version": version.number,
                "version_id": version.id,
                "organization_id": organization_id,
                "content_hash": signature.content_hash,
            })),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(signature)
}
