//! Deleting one's own account: the person goes, their public words stay. Personal fields are
//! cleared, every sign-in ends, private traces (inbox, follows, preferences, roles in
//! organizations, consents, survey answers) are removed; proposals, comments and votes
//! remain, shown as from a deleted account, so discussions and counts stay whole. What stays
//! is stripped of what would tell who they were or where they were: see `erase_traces`. The
//! last owner of an organisation cannot delete their account until someone else owns it.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QuerySelect,
};
use uuid::Uuid;

use crate::auth::password;
use crate::db::entities::memberships::MemberRole;
use crate::db::entities::{
    api_keys, audit_log, award_applications, award_assessors, award_calls, award_scores, comments,
    consents, email_tokens, endorsements, flags, follows, memberships, moderator_assignments,
    notification_preferences, notifications, organizations, outbox, proposal_revisions, proposals,
    reader_survey_answers, refresh_tokens, sessions, text_fingerprints, users, votes,
};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{self, AuditAction, AuditEntry};
use crate::domain::follows::Target;
use crate::domain::now;
use crate::domain::outgoing_mail::MAIL_TOPIC;
use crate::domain::rate_limit;
use crate::error::{Conflict, Error, Resource, Result};

/// The address a deleted account keeps: unique per account, deliverable nowhere (RFC 2606),
/// so the real address is free to register again.
fn placeholder_email(id: Uuid) -> String {
    format!("deleted-{}@deleted.invalid", id.simple())
}

/// Deletes the account after checking its password.
#[tracing::instrument(skip_all, fields(user_id = %account.id))]
pub async fn delete_account(db: &Db, account: &Account, password_attempt: &str) -> Result<()> {
    let stored = users::Entity::find_by_id(account.id)
        .one(db.reader())
        .await?
        .filter(|u| u.deleted_at.is_none())
        .ok_or(Error::NotFound(Resource::Account))?;
    if !password::verify_password(password_attempt, Some(&stored.password_hash)).await {
        return Err(Error::field(
            "password",
            "incorrect",
            "the password is not this account's password",
        ));
    }
    let txn = db.begin_write().await?;
    ensure_leaves_no_organization_ownerless(&txn, account.id).await?;
    let now = now();
    let cleared = clear_personal_fields(&txn, account.id, now).await?;
    if !cleared {
        // A concurrent request deleted it first.
        return Err(Error::NotFound(Resource::Account));
    }
    end_sessions(&txn, account.id).await?;
    erase_traces(&txn, account.id, &stored.email, &stored.display_name).await?;
    remove_private_rows(&txn, account.id, now).await?;
    audit::record(
        &txn,
        AuditEntry {
            // Not linked to the erased account as its actor (see `erase_traces`); the target
            // is the emptied account, so the erasure itself stays on record.
            actor_id: None,
            action: AuditAction::UserDeleted,
            target_type: "user",
            target_id: Some(account.id),
            reason: Some("Deleted by its owner.".to_owned()),
            // Only what is not personal: the removed details must not live on here.
            before: Some(serde_json::json!({ "role": account.role, "deleted": false })),
            after: Some(serde_json::json!({ "deleted": true })),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Refuses deleting the account of an organisation's last owner, naming the organisations:
/// another member must become owner first, as when the last owner leaves. An organisation
/// the person alone belongs to is refused too: kept without anyone to answer for it, it
/// would still be listed, endorse and sign answers in its name; they invite someone and make
/// them owner (or an administrator does), then delete.
async fn ensure_leaves_no_organization_ownerless<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
) -> Result<()> {
    let owned: Vec<Uuid> = memberships::Entity::find()
        .select_only()
        .column(memberships::Column::OrganizationId)
        .filter(memberships::Column::UserId.eq(user_id))
        .filter(memberships::Column::Role.eq(MemberRole::Owner))
        .into_tuple()
        .all(conn)
        .await?;
    if owned.is_empty() {
        return Ok(());
    }
    let co_owned: Vec<Uuid> = memberships::Entity::find()
        .select_only()
        .column(memberships::Column::OrganizationId)
        .filter(memberships::Column::OrganizationId.is_in(owned.iter().copied()))
        .filter(memberships::Column::Role.eq(MemberRole::Owner))
        .filter(memberships::Column::UserId.ne(user_id))
        .into_tuple()
        .all(conn)
        .await?;
    let alone: Vec<Uuid> = owned
        .into_iter()
        .filter(|o| !co_owned.contains(o))
        .collect();
    if alone.is_empty() {
        return Ok(());
    }
    let mut names: Vec<String> = organizations::Entity::find()
        .select_only()
        .column(organizations::Column::Name)
        .filter(organizations::Column::Id.is_in(alone))
        .into_tuple()
        .all(conn)
        .await?;
    names.sort();
    Err(Conflict::LastOwnerOf(names).into())
}

/// Empties the account's personal fields and marks it deleted; `false` when it was already
/// deleted.
async fn clear_personal_fields<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool> {
    let cleared = users::Entity::update_many()
        .col_expr(
            users::Column::Email,
            Expr::value(placeholder_email(user_id)),
        )
        .col_expr(users::Column::DisplayName, Expr::value(""))
        // Not a PHC string: no password can ever match it.
        .col_expr(users::Column::PasswordHash, Expr::value("!deleted"))
        .col_expr(users::Column::Province, Expr::value(Option::<String>::None))
        .col_expr(users::Column::AgeBand, Expr::value(Option::<String>::None))
        .col_expr(users::Column::Gender, Expr::value(Option::<String>::None))
        .col_expr(users::Column::DeletedAt, Expr::value(now))
        .col_expr(users::Column::UpdatedAt, Expr::value(now))
        .filter(users::Column::Id.eq(user_id))
        .filter(users::Column::DeletedAt.is_null())
        .exec(conn)
        .await?;
    Ok(cleared.rows_affected == 1)
}

/// Ends every session of the account.
async fn end_sessions<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<()> {
    // Every session ends, and its rows (times and families of sign-ins) go with it: an access
    // token naming a session that no longer exists is refused like a revoked one.
    refresh_tokens::Entity::delete_many()
        .filter(refresh_tokens::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    sessions::Entity::delete_many()
        .filter(sessions::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Removes what was the person's alone: agency keys stop working, and their email tokens,
/// follows, inbox, preferences, memberships and moderator roles go.
async fn remove_private_rows<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<()> {
    // Keys an agency analyst made stop working with the person who made them.
    api_keys::Entity::update_many()
        .col_expr(api_keys::Column::RevokedAt, Expr::value(now))
        .filter(api_keys::Column::OwnerId.eq(user_id))
        .filter(api_keys::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    email_tokens::Entity::delete_many()
        .filter(email_tokens::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    remove_follows(conn, user_id).await?;
    notifications::Entity::delete_many()
        .filter(notifications::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    notification_preferences::Entity::delete_many()
        .filter(notification_preferences::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    memberships::Entity::delete_many()
        .filter(memberships::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    moderator_assignments::Entity::delete_many()
        .filter(moderator_assignments::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    // Survey answers carry a comment only the agency reads: they go with the person.
    reader_survey_answers::Entity::delete_many()
        .filter(reader_survey_answers::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    // Consent is withdrawn with the account; nothing is processed on it any more.
    consents::Entity::delete_many()
        .filter(consents::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    // An assessor's declarations and scores are their judgement: they go with them (a
    // decided application keeps the score it was decided on).
    award_scores::Entity::delete_many()
        .filter(award_scores::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    award_assessors::Entity::delete_many()
        .filter(award_assessors::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Blanks what the person left in rows that stay for other people's sake:
/// - flag notes (their words); the flags stay, so counts and review outcomes hold;
/// - the networks their votes came from (kept for anomaly detection); the votes stay;
/// - the superseded texts of their proposals (the current text stays, like their comments);
/// - text fingerprints of what they wrote (for repetition checks);
/// - rate-limit rows keyed by their account or email address;
/// - queued and sent mail addressed to them;
/// - their name and words in other people's notifications about their proposals and comments;
/// - their id as the member who endorsed for an organization or assigned a moderator;
/// - their id as the actor of audit entries, and as the target of entries about their
///   account. The entries stay (what was done, when, why): reasons are written by staff
///   about administrative decisions, and `before`/`after` hold states, not personal
///   fields. The public moderation log keeps moderators' ids: they acted in an official
///   capacity, and the log must still tell a moderator's decision from an automatic one.
async fn erase_traces<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    email: &str,
    display_name: &str,
) -> Result<()> {
    flags::Entity::update_many()
        .col_expr(flags::Column::Note, Expr::value(Option::<String>::None))
        .filter(flags::Column::ReporterId.eq(user_id))
        .exec(conn)
        .await?;
    votes::Entity::update_many()
        .col_expr(
            votes::Column::OriginNetwork,
            Expr::value(Option::<String>::None),
        )
        .filter(votes::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    let own_proposals: Vec<Uuid> = proposals::Entity::find()
        .select_only()
        .column(proposals::Column::Id)
        .filter(proposals::Column::AuthorId.eq(user_id))
        .into_tuple()
        .all(conn)
        .await?;
    proposal_revisions::Entity::delete_many()
        .filter(
            Condition::any()
                .add(proposal_revisions::Column::EditorId.eq(user_id))
                .add(proposal_revisions::Column::ProposalId.is_in(own_proposals.clone())),
        )
        .exec(conn)
        .await?;
    text_fingerprints::Entity::delete_many()
        .filter(text_fingerprints::Column::UserId.eq(user_id))
        .exec(conn)
        .await?;
    rate_limit::forget(conn, user_id, email).await?;
    forget_mail_to(conn, email).await?;
    unname_mail_to_others(conn, display_name).await?;
    let own_comments: Vec<Uuid> = comments::Entity::find()
        .select_only()
        .column(comments::Column::Id)
        .filter(comments::Column::AuthorId.eq(user_id))
        .into_tuple()
        .all(conn)
        .await?;
    scrub_notifications_about(conn, &own_proposals, &own_comments, display_name).await?;
    unlink_from_records_that_stay(conn, user_id).await?;
    Ok(())
}

/// Takes the person's id off the records that stay: the endorsements they made for an
/// organization, the moderators they assigned, and the audit entries they acted in or that
/// were about their account.
async fn unlink_from_records_that_stay<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<()> {
    // Who endorsed for an organization, and who assigned a moderator: the organization's
    // endorsement and the assignment stay, no longer tied to the erased account.
    endorsements::Entity::update_many()
        .col_expr(
            endorsements::Column::EndorsedBy,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(endorsements::Column::EndorsedBy.eq(user_id))
        .exec(conn)
        .await?;
    moderator_assignments::Entity::update_many()
        .col_expr(
            moderator_assignments::Column::AssignedBy,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(moderator_assignments::Column::AssignedBy.eq(user_id))
        .exec(conn)
        .await?;
    unlink_from_awards(conn, user_id).await?;
    audit_log::Entity::update_many()
        .col_expr(
            audit_log::Column::ActorId,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(audit_log::Column::ActorId.eq(user_id))
        .exec(conn)
        .await?;
    audit_log::Entity::update_many()
        .col_expr(
            audit_log::Column::TargetId,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(audit_log::Column::TargetType.eq("user"))
        .filter(audit_log::Column::TargetId.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Removes mail to the address from the outbox, sent or not: the erased person must not be
/// written to, and the rows hold their address and name.
async fn forget_mail_to<C: ConnectionTrait>(conn: &C, email: &str) -> Result<()> {
    let addressed_to = match conn.get_database_backend() {
        DbBackend::Postgres => "(payload ->> 'email') = $1",
        _ => "json_extract(payload, '$.email') = ?",
    };
    outbox::Entity::delete_many()
        .filter(outbox::Column::Topic.eq(MAIL_TOPIC))
        .filter(Expr::cust_with_values(addressed_to, [email.to_owned()]))
        .exec(conn)
        .await?;
    Ok(())
}

/// Mail to other people that names the person (a notification or digest about their comment)
/// keeps its place in the outbox without the name.
async fn unname_mail_to_others<C: ConnectionTrait>(conn: &C, display_name: &str) -> Result<()> {
    if display_name.is_empty() {
        return Ok(());
    }
    let mentions = match conn.get_database_backend() {
        DbBackend::Postgres => "strpos(payload::text, $1) > 0",
        _ => "instr(payload, ?) > 0",
    };
    let naming = outbox::Entity::find()
        .filter(outbox::Column::Topic.eq(MAIL_TOPIC))
        .filter(Expr::cust_with_values(mentions, [display_name.to_owned()]))
        .all(conn)
        .await?;
    for row in naming {
        let mut payload = row.payload.clone();
        unname(&mut payload, display_name);
        outbox::Entity::update_many()
            .col_expr(outbox::Column::Payload, Expr::value(payload))
            .filter(outbox::Column::Id.eq(row.id))
            .exec(conn)
            .await?;
    }
    Ok(())
}

/// Replaces every string that is exactly `name` with null, at any depth.
fn unname(value: &mut serde_json::Value, name: &str) {
    match value {
        serde_json::Value::String(s) if s == name => *value = serde_json::Value::Null,
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| unname(v, name)),
        serde_json::Value::Object(map) => map.values_mut().for_each(|v| unname(v, name)),
        _ => {}
    }
}

/// Other people's notifications about the person's proposals and comments named them and
/// quoted their comment; the notifications stay, without the name and the quote.
async fn scrub_notifications_about<C: ConnectionTrait>(
    conn: &C,
    own_proposals: &[Uuid],
    own_comments: &[Uuid],
    display_name: &str,
) -> Result<()> {
    let about = notifications::Entity::find()
        .filter(
            Condition::any()
                .add(notifications::Column::ProposalId.is_in(own_proposals.iter().copied()))
                .add(notifications::Column::CommentId.is_in(own_comments.iter().copied())),
        )
        .all(conn)
        .await?;
    for notification in about {
        let mut payload = notification.payload.clone();
        let Some(fields) = payload.as_object_mut() else {
            continue;
        };
        let their_comment = notification
            .comment_id
            .is_some_and(|id| own_comments.contains(&id));
        if their_comment {
            fields.insert("excerpt".into(), serde_json::Value::Null);
        }
        if fields.get("actor_name").and_then(|n| n.as_str()) == Some(display_name) {
            fields.insert("actor_name".into(), serde_json::Value::Null);
        }
        if payload != notification.payload {
            notifications::Entity::update_many()
                .col_expr(notifications::Column::Payload, Expr::value(payload))
                .filter(notifications::Column::Id.eq(notification.id))
                .exec(conn)
                .await?;
        }
    }
    Ok(())
}

/// Unfollows everything, moving each proposal's follower count with its row.
async fn remove_follows<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<()> {
    let followed = follows::Entity::find()
        .filter(follows::Column::UserId.eq(user_id))
        .all(conn)
        .await?;
    for follow in followed {
        let removed = follows::Entity::delete_many()
            .filter(follows::Column::UserId.eq(user_id))
            .filter(follows::Column::TargetType.eq(follow.target_type))
            .filter(follows::Column::TargetId.eq(follow.target_id))
            .exec(conn)
            .await?;
        if removed.rows_affected == 1 && follow.target_type == Target::Proposal {
            proposals::Entity::update_many()
                .col_expr(
                    proposals::Column::FollowerCount,
                    Expr::col(proposals::Column::FollowerCount).sub(1),
                )
                .filter(proposals::Column::Id.eq(follow.target_id))
                .exec(conn)
                .await?;
        }
    }
    Ok(())
}

/// An award's call and applications are the organisations'; who opened, sent or assigned
/// them is not kept past the account.
async fn unlink_from_awards<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<()> {
    award_calls::Entity::update_many()
        .col_expr(
            award_calls::Column::CreatedBy,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(award_calls::Column::CreatedBy.eq(user_id))
        .exec(conn)
        .await?;
    award_applications::Entity::update_many()
        .col_expr(
            award_applications::Column::SubmittedBy,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(award_applications::Column::SubmittedBy.eq(user_id))
        .exec(conn)
        .await?;
    award_assessors::Entity::update_many()
        .col_expr(
            award_assessors::Column::AssignedBy,
            Expr::value(Option::<Uuid>::None),
        )
        .filter(award_assessors::Column::AssignedBy.eq(user_id))
        .exec(conn)
        .await?;
    Ok(())
}
