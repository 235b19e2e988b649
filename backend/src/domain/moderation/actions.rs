//! Moderators' decisions: each checks who may take it, changes the item, closes its flags
//! where the decision settles them, and writes the public log and the audit log — all in one
//! transaction. A decision that would change nothing is refused (409), never recorded.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::db::entities::comments::{self, Model as Comment};
use crate::db::entities::moderation_actions::Model as LoggedAction;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::comments::lock_with_proposal;
use crate::domain::consultations::{self, label_list};
use crate::domain::notifications::{self, Event};
use crate::domain::retry::retry_transient;
use crate::domain::{now, text};
use crate::error::{Conflict, Error, FieldError, FieldErrors, Resource, Result};

use super::content::{self, Resolution};
use super::{ensure_may_moderate, log, merge, sanctions, TargetType};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Hide a proposal or comment from the public, with a public reason.
    Hide,
    /// Show a hidden proposal or comment again.
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
    /// Hide a proposal or comment as spam.
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

    /// What each action can be taken on.
    fn applies_to(self) -> &'static [TargetType] {
        use TargetType::*;
        match self {
            Action::Hide | Action::Unhide | Action::DismissFlags | Action::MarkSpam => {
                &[Proposal, Comment]
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
pub(super) struct Checked {
    pub action: Action,
    pub target_type: TargetType,
    pub target_id: Uuid,
    pub reason: String,
    pub merge_into: Option<Uuid>,
    pub until: Option<DateTime<Utc>>,
    pub theme: Option<Option<String>>,
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
    Ok(Checked {
        action: cmd.action,
        target_type: cmd.target_type,
        target_id: cmd.target_id,
        reason: reason.unwrap_or_default(),
        merge_into: cmd.merge_into,
        until: cmd.until,
        theme: cmd.theme,
    })
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
        TargetType::User => {}
    }
    let logged = log::record(
        &txn,
        log::Entry {
            moderator_id: Some(moderator.id),
            action: cmd.action.as_str(),
            target_type: cmd.target_type.as_str(),
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
    let (user_id, proposal_id, comment_id) = match cmd.target_type {
        TargetType::Proposal => match proposals::Entity::find_by_id(cmd.target_id)
            .one(conn)
            .await?
        {
            Some(p) => (p.author_id, Some(p.id), None),
            None => return Ok(()),
        },
        TargetType::Comment => match comments::Entity::find_by_id(cmd.target_id)
            .one(conn)
            .await?
        {
            Some(c) => (c.author_id, Some(c.proposal_id), Some(c.id)),
            None => return Ok(()),
        },
        TargetType::User => (cmd.target_id, None, None),
    };
    notifications::emit(
        conn,
        &Event::ModerationDecision {
            user_id,
            proposal_id,
            comment_id,
            action: cmd.action.as_str().to_owned(),
            reason: Some(cmd.reason.clone()).filter(|r| !r.is_empty()),
        },
    )
    .await
}

fn unchanged(what: &'static str) -> Error {
    Conflict::NothingToChange(what).into()
}

async fn locked_proposal<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Proposal> {
    proposals::Entity::find_by_id(id)
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Proposal))
}

async fn reload_proposal<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Proposal> {
    proposals::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Proposal))
}

async fn set_proposal<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    column: proposals::Column,
    value: Expr,
) -> Result<()> {
    proposals::Entity::update_many()
        .col_expr(column, value)
        .col_expr(proposals::Column::UpdatedAt, Expr::value(now()))
        .filter(proposals::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

async fn act_on_proposal<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    cmd: &Checked,
) -> Result<Decision> {
    if let Some(into) = cmd.merge_into {
        lock_pair_in_id_order(conn, cmd.target_id, into).await?;
    }
    let p = locked_proposal(conn, cmd.target_id).await?;
    ensure_may_moderate(conn, moderator, p.consultation_id).await?;
    let mut details = None;
    match cmd.action {
        Action::Hide | Action::MarkSpam => {
            if p.hidden_at.is_some() && p.hidden_by.is_some() {
                return Err(unchanged("This proposal is already hidden by a moderator."));
            }
            content::hide_proposal(conn, &p, Some(moderator.id), &cmd.reason).await?;
            content::resolve_flags(
                conn,
                TargetType::Proposal,
                p.id,
                moderator.id,
                Resolution::Upheld,
            )
            .await?;
        }
        Action::Unhide => {
            if p.hidden_at.is_none() {
                return Err(unchanged("This proposal is not hidden."));
            }
            content::unhide_proposal(conn, &p).await?;
            content::resolve_flags(
                conn,
                TargetType::Proposal,
                p.id,
                moderator.id,
                Resolution::Dismissed,
            )
            .await?;
        }
        Action::DismissFlags => {
            if p.flag_count == 0 {
                return Err(unchanged("This proposal has no open flags."));
            }
            if p.hidden_at.is_some() && p.hidden_by.is_none() {
                content::unhide_proposal(conn, &p).await?;
            }
            content::resolve_flags(
                conn,
                TargetType::Proposal,
                p.id,
                moderator.id,
                Resolution::Dismissed,
            )
            .await?;
        }
        Action::Lock | Action::Unlock => {
            set_locked(conn, &p, cmd.action == Action::Lock).await?;
        }
        Action::Pin | Action::Unpin => {
            set_pinned(conn, &p, cmd.action == Action::Pin).await?;
        }
        Action::ChangeTheme => {
            details = Some(change_theme(conn, moderator, &p, cmd).await?);
        }
        Action::Merge => {
            details = Some(merge_into(conn, moderator, &p, cmd).await?);
        }
        Action::Suspend | Action::Ban | Action::Restore | Action::DiscardVotes => {
            return Err(anyhow::anyhow!("an account action reached a proposal").into())
        }
    }
    let after = reload_proposal(conn, p.id).await?;
    Ok(Decision {
        consultation_id: Some(p.consultation_id),
        details,
        before: content::proposal_state(&p),
        after: content::proposal_state(&after),
    })
}

/// A merge locks both proposals, always in id order, so that two merges of one pair in
/// opposite directions cannot deadlock.
async fn lock_pair_in_id_order<C: ConnectionTrait>(conn: &C, one: Uuid, other: Uuid) -> Result<()> {
    proposals::Entity::find()
        .filter(proposals::Column::Id.is_in([one, other]))
        .order_by_asc(proposals::Column::Id)
        .lock_exclusive()
        .all(conn)
        .await?;
    Ok(())
}

/// Locks or unlocks the proposal; asking for the state it is in is refused.
async fn set_locked<C: ConnectionTrait>(conn: &C, p: &Proposal, lock: bool) -> Result<()> {
    if p.locked_at.is_some() == lock {
        return Err(unchanged(if lock {
            "This proposal is already locked."
        } else {
            "This proposal is not locked."
        }));
    }
    let at: Option<DateTime<Utc>> = lock.then(now);
    set_proposal(conn, p.id, proposals::Column::LockedAt, Expr::value(at)).await?;
    Ok(())
}

/// Pins or unpins the proposal; asking for the state it is in is refused.
async fn set_pinned<C: ConnectionTrait>(conn: &C, p: &Proposal, pin: bool) -> Result<()> {
    if p.pinned == pin {
        return Err(unchanged(if pin {
            "This proposal is already pinned."
        } else {
            "This proposal is not pinned."
        }));
    }
    set_proposal(conn, p.id, proposals::Column::Pinned, Expr::value(pin)).await?;
    Ok(())
}

/// Moves the proposal to another of the consultation's themes (or none), and answers the
/// decision's details.
async fn change_theme<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    p: &Proposal,
    cmd: &Checked,
) -> Result<Value> {
    let consultation = consultations::get_by_id(conn, Some(moderator), p.consultation_id).await?;
    let theme = match cmd.theme.clone().flatten() {
        None => None,
        Some(raw) => {
            let raw = raw.trim().to_owned();
            if !label_list(&consultation.themes).contains(&raw) {
                return Err(Error::field(
                    "theme",
                    "not_offered",
                    "is not one of the consultation's themes",
                ));
            }
            Some(raw)
        }
    };
    if p.theme == theme {
        return Err(unchanged("This proposal already has this theme."));
    }
    set_proposal(
        conn,
        p.id,
        proposals::Column::Theme,
        Expr::value(theme.clone()),
    )
    .await?;
    Ok(json!({ "theme": theme }))
}

/// Merges the proposal into the one the command names, and answers the decision's details.
async fn merge_into<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    p: &Proposal,
    cmd: &Checked,
) -> Result<Value> {
    let into = cmd
        .merge_into
        .ok_or_else(|| Error::field("merge_into", "required", "is required by merge"))?;
    merge::merge(conn, moderator, p, into).await?;
    Ok(json!({ "merge_into": into }))
}

async fn act_on_comment<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    cmd: &Checked,
) -> Result<Decision> {
    let (proposal, c): (Proposal, Comment) = lock_with_proposal(conn, cmd.target_id).await?;
    ensure_may_moderate(conn, moderator, proposal.consultation_id).await?;
    match cmd.action {
        Action::Hide | Action::MarkSpam => {
            if c.hidden_at.is_some() && c.hidden_by.is_some() {
                return Err(unchanged("This comment is already hidden by a moderator."));
            }
            content::hide_comment(conn, &c, Some(moderator.id), &cmd.reason).await?;
            content::resolve_flags(
                conn,
                TargetType::Comment,
                c.id,
                moderator.id,
                Resolution::Upheld,
            )
            .await?;
        }
        Action::Unhide => {
            if c.hidden_at.is_none() {
                return Err(unchanged("This comment is not hidden."));
            }
            content::unhide_comment(conn, &c).await?;
            content::resolve_flags(
                conn,
                TargetType::Comment,
                c.id,
                moderator.id,
                Resolution::Dismissed,
            )
            .await?;
        }
        Action::DismissFlags => {
            if c.flag_count == 0 {
                return Err(unchanged("This comment has no open flags."));
            }
            if c.hidden_at.is_some() && c.hidden_by.is_none() {
                content::unhide_comment(conn, &c).await?;
            }
            content::resolve_flags(
                conn,
                TargetType::Comment,
                c.id,
                moderator.id,
                Resolution::Dismissed,
            )
            .await?;
        }
        _ => return Err(anyhow::anyhow!("an action for proposals reached a comment").into()),
    }
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
