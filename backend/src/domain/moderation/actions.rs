//! Moderators' decisions: each checks who may take it, changes the item, closes its flags
//! where the decision settles them, and writes the public log and the audit log — all in one
//! transaction. A decision that would change nothing is refused (409), never recorded.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, EntityTrait};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use crate::db::entities::comments::{self, Model as Comment};
use crate::db::entities::document_remarks::{self, Model as Remark};
use crate::db::entities::moderation_actions::Model as LoggedAction;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::AuditAction;
use crate::domain::comments::lock_with_proposal;
use crate::domain::documents::remarks::lock_with_document;
use crate::domain::notifications::{self, Event};
use crate::domain::retry::retry_transient;
use crate::domain::text;
use crate::error::{Conflict, Error, FieldError, FieldErrors, Resource, Result};

use super::content::{self, Resolution};
use super::on_proposal::act_on_proposal;
use super::{ensure_may_moderate, log, sanctions, TargetType};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Hide a proposal, comment or remark from the public, with a public reason.
    Hide,
    /// Show a hidden proposal, comment or remark again.
    Unhide,
    /// Freeze a proposal: no more votes, comments or edits.
    Lock,
    Unlock,
    /// Keep a proposal at the top of its consultation's lists.
    Pin,
    Unpin,
    /// Move a proposal to another of its consultation's themes (`theme`, or null for none).
    ChangeTheme,
    /// Close an item's flags as unfounded; an item hidden by flags alone is shown again.
    DismissFlags,
    /// Hide a proposal, comment or remark as spam.
    MarkSpam,
    /// Merge a duplicate proposal into `merge_into`: its comments move there, and its votes
    /// too, except from people who voted on both (their vote on `merge_into` stays).
    Merge,
    /// Stop an account from taking part until `until`.
    Suspend,
    /// Stop an account from taking part until restored.
    Ban,
    /// Lift a suspension or ban.
    Restore,
    /// Remove every vote an account cast (fake support).
    DiscardVotes,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Hide => "hide",
            Action::Unhide => "unhide",
            Action::Lock => "lock",
            Action::Unlock => "unlock",
            Action::Pin => "pin",
            Action::Unpin => "unpin",
            Action::ChangeTheme => "change_theme",
            Action::DismissFlags => "dismiss_flags",
            Action::MarkSpam => "mark_spam",
            Action::Merge => "merge",
            Action::Suspend => "suspend",
            Action::Ban => "ban",
            Action::Restore => "restore",
            Action::DiscardVotes => "discard_votes",
        }
    }

    /// The audit log's name for this decision.
    pub fn audited_as(self) -> AuditAction {
        match self {
            Action::Hide => AuditAction::ModerationHide,
            Action::Unhide => AuditAction::ModerationUnhide,
            Action::Lock => AuditAction::ModerationLock,
            Action::Unlock => AuditAction::ModerationUnlock,
            Action::Pin => AuditAction::ModerationPin,
            Action::Unpin => AuditAction::ModerationUnpin,
            Action::ChangeTheme => AuditAction::ModerationChangeTheme,
            Action::DismissFlags => AuditAction::ModerationDismissFlags,
            Action::MarkSpam => AuditAction::ModerationMarkSpam,
            Action::Merge => AuditAction::ModerationMerge,
            Action::Suspend => AuditAction::ModerationSuspend,
            Action::Ban => AuditAction::ModerationBan,
            Action::Restore => AuditAction::ModerationRestore,
            Action::DiscardVotes => AuditAction::ModerationDiscardVotes,
        }
    }

    /// What each action can be taken on.
    fn applies_to(self) -> &'static [TargetType] {
        use TargetType::*;
        match self {
            Action::Hide | Action::Unhide | Action::DismissFlags | Action::MarkSpam => {
                &[Proposal, Comment, Remark]
            }
            Action::Lock
            | Action::Unlock
            | Action::Pin
            | Action::Unpin
            | Action::ChangeTheme
            | Action::Merge => &[Proposal],
            Action::Suspend | Action::Ban | Action::Restore | Action::DiscardVotes => &[User],
        }
    }
}

pub struct Command {
    pub action: Action,
    pub target_type: TargetType,
    pub target_id: Uuid,
    pub reason: String,
    pub merge_into: Option<Uuid>,
    pub until: Option<DateTime<Utc>>,
    /// For `change_theme`: `Some(None)` clears the theme.
    pub theme: Option<Option<String>>,
}

/// A checked command: the reason is trimmed and bounded, the extra fields fit the action.
pub(super) struct Checked(Command);

impl std::ops::Deref for Checked {
    type Target = Command;

    fn deref(&self) -> &Command {
        &self.0
    }
}

fn check(cmd: Command) -> Result<Checked> {
    let mut errors = FieldErrors::new();
    let reason = errors.check(text::bounded("reason", &cmd.reason, 3, 1000));
    if !cmd.action.applies_to().contains(&cmd.target_type) {
        let allowed: Vec<&str> = cmd.action.applies_to().iter().map(|t| t.as_str()).collect();
        errors.push(FieldError::new(
            "target_type",
            "not_applicable",
            format!("{} applies to: {}", cmd.action.as_str(), allowed.join(", ")),
        ));
    }
    let extra = |field: &str, present: bool, wanted: bool, errors: &mut FieldErrors| {
        if present && !wanted {
            errors.push(FieldError::new(
                field,
                "not_applicable",
                format!("not used by {}", cmd.action.as_str()),
            ));
        } else if !present && wanted {
            errors.push(FieldError::new(
                field,
                "required",
                format!("is required by {}", cmd.action.as_str()),
            ));
        }
    };
    extra(
        "merge_into",
        cmd.merge_into.is_some(),
        cmd.action == Action::Merge,
        &mut errors,
    );
    extra(
        "until",
        cmd.until.is_some(),
        cmd.action == Action::Suspend,
        &mut errors,
    );
    extra(
        "theme",
        cmd.theme.is_some(),
        cmd.action == Action::ChangeTheme,
        &mut errors,
    );
    errors.finish()?;
    Ok(Checked(Command {
        reason: reason.unwrap_or_default(),
        ..cmd
    }))
}

/// What a decision changed, for the two logs.
pub(super) struct Decision {
    pub consultation_id: Option<Uuid>,
    pub details: Option<Value>,
    pub before: Value,
    pub after: Value,
}

/// Takes a moderation decision; returns its entry on the public log.
#[tracing::instrument(skip_all, fields(action = cmd.action.as_str(), target_id = %cmd.target_id))]
pub async fn act(db: &Db, moderator: &Account, cmd: Command) -> Result<LoggedAction> {
    let cmd = check(cmd)?;
    retry_transient(|| act_once(db, moderator, &cmd)).await
}

async fn act_once(db: &Db, moderator: &Account, cmd: &Checked) -> Result<LoggedAction> {
    let txn = db.begin_write().await?;
    let decision = match cmd.target_type {
        TargetType::Proposal => act_on_proposal(&txn, moderator, cmd).await?,
        TargetType::Comment => act_on_comment(&txn, moderator, cmd).await?,
        TargetType::Remark => act_on_remark(&txn, moderator, cmd).await?,
        TargetType::User => sanctions::act_on_user(&txn, moderator, cmd).await?,
    };
    // Any decision may change what search shows (hidden, merged, locked, re-themed).
    match cmd.target_type {
        TargetType::Proposal => {
            content::touch_proposal_and_comments(&txn, cmd.target_id).await?;
            if let Some(into) = cmd.merge_into {
                content::touch_proposal_and_comments(&txn, into).await?;
            }
        }
        TargetType::Comment => {
            crate::outbox::search::touch(
                &txn,
                crate::outbox::search::DocType::Comment,
                cmd.target_id,
            )
            .await?
        }
        // Remarks are not searched.
        TargetType::Remark | TargetType::User => {}
    }
    let logged = log::record(
        &txn,
        log::Entry {
            moderator_id: Some(moderator.id),
            action: cmd.action.audited_as(),
            target_type: cmd.target_type,
            target_id: cmd.target_id,
            consultation_id: decision.consultation_id,
            reason: cmd.reason.clone(),
            details: decision.details,
            before: Some(decision.before),
            after: Some(decision.after),
        },
    )
    .await?;
    tell_the_author(&txn, cmd).await?;
    txn.commit().await?;
    Ok(logged)
}

/// The person whose words or account a decision touched hears of it, with the public reason.
/// Dismissing flags changes nothing for them.
async fn tell_the_author<C: ConnectionTrait>(conn: &C, cmd: &Checked) -> Result<()> {
    if cmd.action == Action::DismissFlags {
        return Ok(());
    }
    let (user_id, proposal_id, comment_id, remark_id) = match cmd.target_type {
        TargetType::Proposal => match proposals::Entity::find_by_id(cmd.target_id)
            .one(conn)
            .await?
        {
            Some(p) => (p.author_id, Some(p.id), None, None),
            None => return Ok(()),
        },
        TargetType::Comment => match comments::Entity::find_by_id(cmd.target_id)
            .one(conn)
            .await?
        {
            Some(c) => (c.author_id, Some(c.proposal_id), Some(c.id), None),
            None => return Ok(()),
        },
        TargetType::Remark => match document_remarks::Entity::find_by_id(cmd.target_id)
            .one(conn)
            .await?
            .and_then(|r| Some((r.author_id?, r.id)))
        {
            Some((author_id, id)) => (author_id, None, None, Some(id)),
            // Nobody to tell when the author's account is gone.
            None => return Ok(()),
        },
        TargetType::User => (cmd.target_id, None, None, None),
    };
    notifications::emit(
        conn,
        &Event::ModerationDecision {
            user_id,
            proposal_id,
            comment_id,
            remark_id,
            action: cmd.action.as_str().to_owned(),
            reason: Some(cmd.reason.clone()).filter(|r| !r.is_empty()),
        },
    )
    .await
}

pub(super) fn unchanged(what: &'static str) -> Error {
    Conflict::NothingToChange(what).into()
}

/// A proposal, a comment or a remark: what the decisions on flagged content act on.
#[derive(Clone, Copy)]
pub(super) enum Content<'a> {
    Proposal(&'a Proposal),
    /// With its proposal, locked before it.
    Comment(&'a Comment, &'a Proposal),
    Remark(&'a Remark),
}

impl Content<'_> {
    fn target(self) -> (TargetType, Uuid) {
        match self {
            Content::Proposal(p) => (TargetType::Proposal, p.id),
            Content::Comment(c, _) => (TargetType::Comment, c.id),
            Content::Remark(r) => (TargetType::Remark, r.id),
        }
    }

    /// When it was hidden, and by which moderator (`None` when flags alone hid it).
    fn hidden(self) -> (Option<DateTime<Utc>>, Option<Uuid>) {
        match self {
            Content::Proposal(p) => (p.hidden_at, p.hidden_by),
            Content::Comment(c, _) => (c.hidden_at, c.hidden_by),
            Content::Remark(r) => (r.hidden_at, r.hidden_by),
        }
    }

    fn flag_count(self) -> i32 {
        match self {
            Content::Proposal(p) => p.flag_count,
            Content::Comment(c, _) => c.flag_count,
            Content::Remark(r) => r.flag_count,
        }
    }

    /// The refusal that names what the decision was about.
    fn unchanged(self, [proposal, comment, remark]: [&'static str; 3]) -> Error {
        unchanged(match self {
            Content::Proposal(_) => proposal,
            Content::Comment(..) => comment,
            Content::Remark(_) => remark,
        })
    }

    async fn hide<C: ConnectionTrait>(self, conn: &C, by: Uuid, reason: &str) -> Result<()> {
        match self {
            Content::Proposal(p) => content::hide_proposal(conn, p, Some(by), reason).await,
            Content::Comment(c, p) => content::hide_comment(conn, c, p, Some(by), reason).await,
            Content::Remark(r) => content::hide_remark(conn, r, Some(by), reason).await,
        }
    }

    async fn unhide<C: ConnectionTrait>(self, conn: &C) -> Result<()> {
        match self {
            Content::Proposal(p) => content::unhide_proposal(conn, p).await,
            Content::Comment(c, p) => content::unhide_comment(conn, c, p).await,
            Content::Remark(r) => content::unhide_remark(conn, r).await,
        }
    }
}

/// Hide, mark as spam, unhide or dismiss the flags: the decisions proposals, comments and
/// remarks share. Each closes the item's open flags, upheld or dismissed.
pub(super) async fn act_on_content<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    cmd: &Checked,
    item: Content<'_>,
) -> Result<()> {
    let (hidden_at, hidden_by) = item.hidden();
    let resolution = match cmd.action {
        Action::Hide | Action::MarkSpam => {
            if hidden_at.is_some() && hidden_by.is_some() {
                return Err(item.unchanged([
                    "This proposal is already hidden by a moderator.",
                    "This comment is already hidden by a moderator.",
                    "This remark is already hidden by a moderator.",
                ]));
            }
            item.hide(conn, moderator.id, &cmd.reason).await?;
            Resolution::Upheld
        }
        Action::Unhide => {
            if hidden_at.is_none() {
                return Err(item.unchanged([
                    "This proposal is not hidden.",
                    "This comment is not hidden.",
                    "This remark is not hidden.",
                ]));
            }
            item.unhide(conn).await?;
            Resolution::Dismissed
        }
        Action::DismissFlags => {
            if item.flag_count() == 0 {
                return Err(item.unchanged([
                    "This proposal has no open flags.",
                    "This comment has no open flags.",
                    "This remark has no open flags.",
                ]));
            }
            if hidden_at.is_some() && hidden_by.is_none() {
                item.unhide(conn).await?;
            }
            Resolution::Dismissed
        }
        _ => return Err(anyhow::anyhow!("an action for proposals reached other content").into()),
    };
    let (target_type, target_id) = item.target();
    content::resolve_flags(conn, target_type, target_id, moderator.id, resolution).await?;
    Ok(())
}

async fn act_on_comment<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    cmd: &Checked,
) -> Result<Decision> {
    let (proposal, c): (Proposal, Comment) = lock_with_proposal(conn, cmd.target_id).await?;
    ensure_may_moderate(conn, moderator, proposal.consultation_id).await?;
    act_on_content(conn, moderator, cmd, Content::Comment(&c, &proposal)).await?;
    let after = comments::Entity::find_by_id(c.id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Comment))?;
    Ok(Decision {
        consultation_id: Some(proposal.consultation_id),
        details: None,
        before: content::comment_state(&c),
        after: content::comment_state(&after),
    })
}

/// A remark is moderated by those who moderate its document's consultation, as comments on
/// that consultation's proposals are.
async fn act_on_remark<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    cmd: &Checked,
) -> Result<Decision> {
    let (r, document) = lock_with_document(conn, cmd.target_id).await?;
    ensure_may_moderate(conn, moderator, document.consultation_id).await?;
    act_on_content(conn, moderator, cmd, Content::Remark(&r)).await?;
    let after = document_remarks::Entity::find_by_id(r.id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::DocumentRemark))?;
    Ok(Decision {
        consultation_id: Some(document.consultation_id),
        details: Some(serde_json::json!({
            "document_id": document.id,
            "paragraph": r.paragraph,
        })),
        before: content::remark_state(&r),
        after: content::remark_state(&after),
    })
}
