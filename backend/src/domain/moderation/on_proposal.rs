//! Decisions on a proposal itself: lock, pin, theme and merge; hiding and flags go through the
//! content decisions all flagged items share (`actions::act_on_content`).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::db::entities::proposals::{self, Model as Proposal};
use crate::domain::accounts::Account;
use crate::domain::agency::answer_clock;
use crate::domain::consultations::{self, label_list};
use crate::domain::now;
use crate::error::{Error, Resource, Result};

use super::actions::{act_on_content, unchanged, Action, Checked, Content, Decision};
use super::{content, ensure_may_moderate, merge};

pub(super) async fn locked_proposal<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Proposal> {
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

pub(super) async fn act_on_proposal<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    cmd: &Checked,
) -> Result<Decision> {
    if let Some(into) = cmd.merge_into {
        // A merge locks both proposals, always in id order, so that two merges of one pair
        // in opposite directions cannot deadlock.
        proposals::Entity::find()
            .filter(proposals::Column::Id.is_in([cmd.target_id, into]))
            .order_by_asc(proposals::Column::Id)
            .lock_exclusive()
            .all(conn)
            .await?;
    }
    let p = locked_proposal(conn, cmd.target_id).await?;
    ensure_may_moderate(conn, moderator, p.consultation_id).await?;
    let mut details = None;
    match cmd.action {
        Action::Hide | Action::MarkSpam | Action::Unhide | Action::DismissFlags => {
            act_on_content(conn, moderator, cmd, Content::Proposal(&p)).await?;
            if cmd.action == Action::Unhide {
                // Back in the count during review, it may owe an answer from now on.
                answer_clock::start_if_due(conn, p.id, Some(moderator.id)).await?;
            }
        }
        Action::Lock | Action::Unlock => set_locked(conn, &p, cmd.action == Action::Lock).await?,
        Action::Pin | Action::Unpin => set_pinned(conn, &p, cmd.action == Action::Pin).await?,
        Action::ChangeTheme => details = Some(change_theme(conn, moderator, cmd, &p).await?),
        Action::Merge => {
            let into = cmd
                .merge_into
                .ok_or_else(|| Error::field("merge_into", "required", "is required by merge"))?;
            merge::merge(conn, moderator, &p, into).await?;
            details = Some(json!({ "merge_into": into }));
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

async fn set_locked<C: ConnectionTrait>(conn: &C, p: &Proposal, lock: bool) -> Result<()> {
    if p.locked_at.is_some() == lock {
        return Err(unchanged(if lock {
            "This proposal is already locked."
        } else {
            "This proposal is not locked."
        }));
    }
    let at: Option<DateTime<Utc>> = lock.then(now);
    set_proposal(conn, p.id, proposals::Column::LockedAt, Expr::value(at)).await
}

async fn set_pinned<C: ConnectionTrait>(conn: &C, p: &Proposal, pin: bool) -> Result<()> {
    if p.pinned == pin {
        return Err(unchanged(if pin {
            "This proposal is already pinned."
        } else {
            "This proposal is not pinned."
        }));
    }
    set_proposal(conn, p.id, proposals::Column::Pinned, Expr::value(pin)).await
}

/// Moves the proposal to one of the consultation's themes (or none); the details name it.
async fn change_theme<C: ConnectionTrait>(
    conn: &C,
    moderator: &Account,
    cmd: &Checked,
    p: &Proposal,
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
