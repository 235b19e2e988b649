//! Inviting people by email: an owner names an address and a role, Sala mails a single-use
//! link that expires, and the person holding that verified address accepts it signed in.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;
use uuid::Uuid;

use super::{ensure_manages, get, insert_member, record, role_in, MemberRole, Organization};
use crate::auth::opaque;
use crate::db::entities::{organization_invitations as invitations, organizations, users};
use crate::db::Db;
use crate::domain::accounts::{Account, Locale};
use crate::domain::audit::AuditAction;
use crate::domain::outgoing_mail::{self, OutgoingMail, Recipient};
use crate::domain::{now, text};
use crate::error::{Conflict, Error, Resource, Result};

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 7;

pub struct Invitation {
    pub id: Uuid,
    pub email: String,
    pub role: MemberRole,
    pub expires_at: DateTime<Utc>,
}

impl From<invitations::Model> for Invitation {
    fn from(row: invitations::Model) -> Self {
        Invitation {
            id: row.id,
            email: row.email,
            role: row.role,
            expires_at: row.expires_at,
        }
    }
}

/// The invitations still open (neither accepted, revoked nor expired), newest first, for the
/// organisation's owners and administrators.
pub async fn pending_invitations(
    db: &Db,
    viewer: &Account,
    slug_or_id: &str,
) -> Result<Vec<Invitation>> {
    let conn = db.reader();
    let org = get(conn, slug_or_id).await?;
    ensure_manages(conn, &org, viewer).await?;
    Ok(invitations::Entity::find()
        .filter(invitations::Column::OrganizationId.eq(org.id))
        .filter(invitations::Column::AcceptedAt.is_null())
        .filter(invitations::Column::RevokedAt.is_null())
        .filter(invitations::Column::ExpiresAt.gt(now()))
        .order_by_desc(invitations::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(Invitation::from)
        .collect())
}

/// An owner (or an administrator) withdraws an open invitation: its link stops working.
/// Audited.
#[tracing::instrument(skip_all, fields(actor = %actor.id, invitation = %id))]
pub async fn revoke_invitation(db: &Db, actor: &Account, slug_or_id: &str, id: Uuid) -> Result<()> {
    let txn = db.begin_write().await?;
    let org = get(&txn, slug_or_id).await?;
    ensure_manages(&txn, &org, actor).await?;
    let revoked = invitations::Entity::update_many()
        .col_expr(invitations::Column::RevokedAt, Expr::value(now()))
        .filter(invitations::Column::Id.eq(id))
        .filter(invitations::Column::OrganizationId.eq(org.id))
        .filter(invitations::Column::AcceptedAt.is_null())
        .filter(invitations::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if revoked.rows_affected != 1 {
        return Err(Error::NotFound(Resource::Invitation));
    }
    record(
        &txn,
        actor,
        AuditAction::OrganizationInvitationRevoked,
        org.id,
        Some(json!({"invitation_id": id})),
        None,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

fn invalid_token() -> Error {
    Error::field(
        "token",
        "invalid_or_expired",
        "this invitation is invalid, used, revoked or expired",
    )
}

/// An owner (or an administrator) invites an address in a role; the link goes out by mail
/// through the outbox, in the invitee's language when they have an account. Audited.
#[tracing::instrument(skip_all, fields(inviter = %inviter.id))]
pub async fn invite(
    db: &Db,
    public_url: &str,
    inviter: &Account,
    slug_or_id: &str,
    email: &str,
    role: MemberRole,
) -> Result<Invitation> {
    let email = text::email(email).map_err(|e| Error::Validation(vec![e]))?;
    let txn = db.begin_write().await?;
    let org = get(&txn, slug_or_id).await?;
    ensure_manages(&txn, &org, inviter).await?;
    let existing = users::Entity::find()
        .filter(users::Column::Email.eq(email.as_str()))
        .one(&txn)
        .await?;
    if let Some(user) = &existing {
        if role_in(&txn, org.id, user.id).await?.is_some() {
            return Err(Conflict::AlreadyMember.into());
        }
    }
    let (token, token_hash) = opaque::new_token();
    let at = now();
    let row = invitations::ActiveModel {
        id: Set(Uuid::now_v7()),
        organization_id: Set(org.id),
        email: Set(email.clone()),
        role: Set(role),
        token_hash: Set(token_hash),
        invited_by: Set(Some(inviter.id)),
        expires_at: Set(at + Duration::days(INVITATION_DAYS)),
        accepted_at: Set(None),
        accepted_by: Set(None),
        revoked_at: Set(None),
        created_at: Set(at),
    }
    .insert(&txn)
    .await?;
    let link = format!("{public_url}/organizations/invitations/accept#token={token}");
    let mail = invitation_mail(&org.name, inviter, &email, existing.as_ref(), role, link);
    outgoing_mail::queue(&txn, &mail).await?;
    record(
        &txn,
        inviter,
        AuditAction::OrganizationMemberInvited,
        org.id,
        None,
        Some(json!({"invitation_id": row.id, "role": role.as_str()})),
    )
    .await?;
    txn.commit().await?;
    Ok(Invitation {
        id: row.id,
        email,
        role,
        expires_at: row.expires_at,
    })
}

/// The invitation letter, in the invitee's language when they already have an account.
fn invitation_mail(
    organization_name: &str,
    inviter: &Account,
    email: &str,
    existing: Option<&users::Model>,
    role: MemberRole,
    link: String,
) -> OutgoingMail {
    let (name, locale) = match existing {
        Some(user) => (user.display_name.clone(), user.locale),
        None => (
            email.split('@').next().unwrap_or_default().to_owned(),
            Locale::Th,
        ),
    };
    OutgoingMail::OrganizationInvitation {
        to: Recipient {
            email: email.to_owned(),
            name,
            locale,
        },
        organization_name: organization_name.to_owned(),
        inviter_name: inviter.display_name.clone(),
        role: role.as_str().to_owned(),
        link,
        valid_days: INVITATION_DAYS,
    }
}

/// The signed-in holder of the invited, verified address joins in the role offered. The link
/// works once; a different account is refused and leaves it usable.
#[tracing::instrument(skip_all, fields(account = %account.id))]
pub async fn accept_invitation(db: &Db, account: &Account, token: &str) -> Result<Organization> {
    let txn = db.begin_write().await?;
    let at = now();
    let invitation = invitations::Entity::find()
        .filter(invitations::Column::TokenHash.eq(opaque::hash_token(token.trim())))
        .one(&txn)
        .await?
        .filter(|i| i.accepted_at.is_none() && i.revoked_at.is_none() && i.expires_at > at)
        .ok_or_else(invalid_token)?;
    if account.verified_at.is_none() || invitation.email != account.email {
        return Err(Error::Forbidden(
            "This invitation was sent to another email address; sign in with that one.".into(),
        ));
    }
    // The condition on accepted_at makes the link single-use under concurrent requests.
    let spent = invitations::Entity::update_many()
        .col_expr(invitations::Column::AcceptedAt, Expr::value(at))
        .col_expr(invitations::Column::AcceptedBy, Expr::value(account.id))
        .filter(invitations::Column::Id.eq(invitation.id))
        .filter(invitations::Column::AcceptedAt.is_null())
        .exec(&txn)
        .await?;
    if spent.rows_affected != 1 {
        return Err(invalid_token());
    }
    if role_in(&txn, invitation.organization_id, account.id)
        .await?
        .is_some()
    {
        return Err(Conflict::AlreadyMember.into());
    }
    insert_member(
        &txn,
        invitation.organization_id,
        account.id,
        invitation.role,
    )
    .await?;
    let org = organizations::Entity::find_by_id(invitation.organization_id)
        .one(&txn)
        .await?
        .ok_or(Error::NotFound(Resource::Organization))?;
    record(
        &txn,
        account,
        AuditAction::OrganizationMemberJoined,
        org.id,
        None,
        Some(json!({
            "invitation_id": invitation.id,
            "user_id": account.id,
            "role": invitation.role.as_str(),
        })),
    )
    .await?;
    txn.commit().await?;
    Ok(org)
}
