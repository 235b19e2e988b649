//! Who took part under each theme of a consultation, kept so that the breakdown by theme
//! reads one row per (theme, person) instead of every vote. A person's "acts" under a theme
//! are their votes, public comments and proposals on the theme's counted proposals (not
//! hidden, merged or withdrawn); they took part there while that number is above zero.
//!
//! Every write that moves an act moves it in its own transaction: the vote writer and the
//! discarding of a suspended account's votes add summed deltas; a new, deleted, hidden or
//! shown comment adds or takes one; a new proposal adds its author's; hiding, showing,
//! withdrawing, merging a proposal and changing its theme move all of its acts at once.
//! Proposals without a theme are kept under the empty theme.

use std::collections::BTreeMap;

use sea_orm::{ConnectionTrait, Statement, Value};
use uuid::Uuid;

use crate::db::entities::proposals::Model as Proposal;
use crate::db::{KeptCounts, Params};
use crate::domain::visibility;
use crate::error::Result;

/// Acts to add, per (consultation, theme, person). Ordered as every writer locks the rows.
pub type Acts = BTreeMap<(Uuid, String, Uuid), i32>;

/// A person's acts under each theme: (theme, person) → acts.
pub type ThemeActs = BTreeMap<(String, Uuid), i32>;

/// How a person's acts under a theme are kept.
const ACTS: KeptCounts<'static, 4> = KeptCounts {
    table: "consultation_theme_participants",
    columns: ["consultation_id", "theme", "user_id", "acts"],
    key: &["consultation_id", "theme", "user_id"],
    added: &["acts"],
};

/// How a proposal's theme is kept: without one, the empty theme.
pub fn theme_key(theme: Option<&str>) -> String {
    theme.unwrap_or_default().to_owned()
}

/// Adds `delta` acts of `user_id` under the theme.
pub fn add_one(
    acts: &mut Acts,
    consultation_id: Uuid,
    theme: Option<&str>,
    user_id: Uuid,
    delta: i32,
) {
    *acts
        .entry((consultation_id, theme_key(theme), user_id))
        .or_default() += delta;
}

/// One act of `user_id` on `proposal` (a proposal written, a public comment posted, deleted,
/// hidden or shown) appearing (`delta` = 1) or going (-1); nothing while the proposal does
/// not count.
pub async fn add_act<C: ConnectionTrait>(
    conn: &C,
    proposal: &Proposal,
    user_id: Uuid,
    delta: i32,
) -> Result<()> {
    if !visibility::counts_toward_consultation(proposal) {
        return Ok(());
    }
    let mut acts = Acts::new();
    add_one(
        &mut acts,
        proposal.consultation_id,
        proposal.theme.as_deref(),
        user_id,
        delta,
    );
    add(conn, &acts).await
}

/// Adds `acts` to the kept rows, creating those not there yet, in key order.
pub async fn add<C: ConnectionTrait>(conn: &C, acts: &Acts) -> Result<()> {
    let moved = acts.iter().filter(|(_, n)| **n != 0);
    let rows = moved.map(|((consultation_id, theme, user_id), n)| {
        [
            Value::from(*consultation_id),
            Value::from(theme.clone()),
            Value::from(*user_id),
            Value::from(*n),
        ]
    });
    ACTS.add(conn, rows).await?;
    Ok(())
}

/// Every act on `proposal_ids` (of one consultation) as it stands, whether or not the
/// proposals count: the caller knows which it is moving.
pub async fn acts_of<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    proposal_ids: &[Uuid],
) -> Result<Acts> {
    if proposal_ids.is_empty() {
        return Ok(Acts::new());
    }
    let mut params = Params::new(conn.get_database_backend());
    let sql = acts_sql(&mut params, |params| {
        format!(
            "p.id IN ({})",
            params.bind_all(proposal_ids.iter().copied())
        )
    });
    Ok(read(conn, params.statement(sql))
        .await?
        .into_iter()
        .map(|((theme, user_id), n)| ((consultation_id, theme, user_id), n))
        .collect())
}

/// Adds `sign` times every act on `proposal_ids` (of one consultation): a proposal starts or
/// stops counting. The caller holds the proposals' row locks.
pub async fn move_acts_of<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    proposal_ids: &[Uuid],
    sign: i32,
) -> Result<()> {
    let acts = scaled(acts_of(conn, consultation_id, proposal_ids).await?, sign);
    add(conn, &acts).await
}

/// Moves every act on a counted proposal whose theme just changed from `from` to the one it
/// has now, in one pass in key order.
pub async fn move_theme<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    proposal_id: Uuid,
    from: Option<&str>,
) -> Result<()> {
    let now = acts_of(conn, consultation_id, &[proposal_id]).await?;
    let mut moved = Acts::new();
    for ((consultation_id, theme, user_id), n) in now {
        *moved
            .entry((consultation_id, theme_key(from), user_id))
            .or_default() -= n;
        *moved.entry((consultation_id, theme, user_id)).or_default() += n;
    }
    add(conn, &moved).await
}

/// `acts` times `sign`.
pub fn scaled(acts: Acts, sign: i32) -> Acts {
    acts.into_iter().map(|(key, n)| (key, n * sign)).collect()
}

/// Adds `more` into `acts`.
pub fn merge_into(acts: &mut Acts, more: Acts) {
    for (key, n) in more {
        *acts.entry(key).or_default() += n;
    }
}

/// Each theme's participants as kept: theme → people with at least one act there.
pub async fn participants_per_theme<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
) -> Result<Vec<(String, i64)>> {
    let mut params = Params::new(conn.get_database_backend());
    let sql = format!(
        "SELECT theme, COUNT(*) AS n FROM consultation_theme_participants \
         WHERE consultation_id = {} AND acts > 0 GROUP BY theme",
        params.bind(consultation_id)
    );
    let mut out = Vec::new();
    for row in conn.query_all_raw(params.statement(sql)).await? {
        out.push((row.try_get("", "theme")?, row.try_get("", "n")?));
    }
    Ok(out)
}

/// The acts counted from the rows themselves (for rebuilding, and as tests compare with).
pub async fn recount<C: ConnectionTrait>(conn: &C, consultation_id: Uuid) -> Result<ThemeActs> {
    let mut params = Params::new(conn.get_database_backend());
    let sql = acts_sql(&mut params, |params| {
        visibility::counted_proposal_sql(params, consultation_id)
    });
    read(conn, params.statement(sql)).await
}

/// The acts kept (those with none left out), for comparing with `recount`.
pub async fn stored<C: ConnectionTrait>(conn: &C, consultation_id: Uuid) -> Result<ThemeActs> {
    let mut params = Params::new(conn.get_database_backend());
    let sql = format!(
        "SELECT theme, user_id, CAST(acts AS BIGINT) AS acts FROM consultation_theme_participants \
         WHERE consultation_id = {} AND acts <> 0",
        params.bind(consultation_id)
    );
    read(conn, params.statement(sql)).await
}

/// Replaces the kept acts of a consultation with a recount, in one statement on the server
/// (for data loaded in bulk).
pub async fn rebuild<C: ConnectionTrait>(conn: &C, consultation_id: Uuid) -> Result<()> {
    let backend = conn.get_database_backend();
    let mut params = Params::new(backend);
    let sql = format!(
        "DELETE FROM consultation_theme_participants WHERE consultation_id = {}",
        params.bind(consultation_id)
    );
    conn.execute_raw(params.statement(sql)).await?;
    let mut params = Params::new(backend);
    let consultation = params.bind(consultation_id);
    let select = acts_sql(&mut params, |params| {
        visibility::counted_proposal_sql(params, consultation_id)
    });
    let sql = format!(
        "INSERT INTO consultation_theme_participants (consultation_id, theme, user_id, acts) \
         SELECT {consultation}, a.theme, a.user_id, a.acts FROM ({select}) a"
    );
    conn.execute_raw(params.statement(sql)).await?;
    Ok(())
}

/// The acts on the proposals (aliased `p`) that `which` selects, per (theme, person):
/// votes, public comments and authorship, each proposal under its current theme.
fn acts_sql(params: &mut Params, which: impl Fn(&mut Params) -> String) -> String {
    let (votes, comments, proposals) = (which(params), which(params), which(params));
    // No ORDER BY: the rows are read into a `BTreeMap`, which orders them itself.
    format!(
        "SELECT t.theme AS theme, t.user_id AS user_id, COUNT(*) AS acts FROM ( \
         SELECT COALESCE(p.theme, '') AS theme, v.user_id AS user_id FROM proposals p \
         JOIN votes v ON v.proposal_id = p.id WHERE {votes} \
         UNION ALL SELECT COALESCE(p.theme, '') AS theme, c.author_id AS user_id FROM proposals p \
         JOIN comments c ON c.proposal_id = p.id \
         WHERE {comments} AND c.hidden_at IS NULL AND c.deleted_at IS NULL \
         UNION ALL SELECT COALESCE(p.theme, '') AS theme, p.author_id AS user_id \
         FROM proposals p WHERE {proposals} \
         ) t GROUP BY t.theme, t.user_id"
    )
}

async fn read<C: ConnectionTrait>(conn: &C, statement: Statement) -> Result<ThemeActs> {
    let mut out = ThemeActs::new();
    for row in conn.query_all_raw(statement).await? {
        let theme: String = row.try_get("", "theme")?;
        let user_id: Uuid = row.try_get("", "user_id")?;
        let acts: i64 = row.try_get("", "acts")?;
        out.insert((theme, user_id), acts as i32);
    }
    Ok(out)
}
