//! Rate limits that hold across any number of server processes: each limited key (an action
//! by an account, an email address or a client address) is one row in `rate_limits`, updated
//! by a single atomic upsert following the generic cell rate algorithm (GCRA). A key allows a
//! burst up to its limit, then one more request each `window / limit`; a refusal says exactly
//! when to retry.

use std::collections::HashMap;
use std::net::IpAddr;
use std::time::Duration;

use chrono::Utc;
use sea_orm::{ConnectionTrait, DbBackend, Statement, Value};
use sha2::{Digest, Sha256};
use tokio::sync::mpsc;

use crate::config::{LimitedAction, RateLimit, RateLimits};
use crate::db::{placeholder, relaxed_commit, Db, Params};
use crate::domain::accounts::Account;
use crate::domain::lanes::{self, Grouping};
use crate::domain::text;
use crate::error::{Error, Result};

/// Concurrent requests are counted together: the keys they share (a busy address, say) are
/// then one row update per group instead of one per request.
const GROUPING: Grouping = Grouping {
    max: 256,
    window: Duration::from_millis(1),
};

type Take = lanes::Request<Vec<Cell>, ()>;

/// Who a write comes from, as far as the limits care.
#[derive(Default, Clone, Copy)]
pub struct Requester<'a> {
    /// A signed-in account: its own limit, stricter while the account is new.
    pub account: Option<&'a Account>,
    /// The email address a sign-up, sign-in or password reset is about.
    pub email: Option<&'a str>,
    /// The client's address (see `api::client_address`).
    pub address: Option<IpAddr>,
}

pub struct RateLimiter {
    limits: RateLimits,
    /// The lane that spends allowances (`spend`), one statement per group of requests.
    lane: mpsc::Sender<Take>,
}

/// One key's allowance: the interval between requests once the burst is spent, and the window
/// a full burst refills in, both in milliseconds.
struct Cell {
    key: String,
    interval_ms: i64,
    window_ms: i64,
}

impl Cell {
    fn new(key: String, limit: u32, window_secs: u64) -> Cell {
        let window_ms = (window_secs as i64).saturating_mul(1000);
        Cell {
            key,
            interval_ms: (window_ms / i64::from(limit.max(1))).max(1),
            window_ms,
        }
    }
}

impl RateLimiter {
    /// Starts the limiter's lane on the current runtime.
    pub fn spawn(limits: RateLimits, db: &Db) -> Self {
        let (lane, queue) = mpsc::channel(4 * GROUPING.max);
        tokio::spawn(run(db.clone(), queue));
        RateLimiter { limits, lane }
    }

    /// Counts one `action` by `who` against the account (or email) and the address at once,
    /// or refuses it with `429 rate_limited` and the seconds to wait.
    pub async fn check(&self, action: LimitedAction, who: Requester<'_>) -> Result<()> {
        let cells = self.cells(action, who);
        if cells.is_empty() {
            return Ok(());
        }
        lanes::ask(&self.lane, cells, stopped).await
    }

    /// Clears what `action` counted against an email address: a successful sign-in wipes the
    /// failures before it, so only repeated failures slow an account down.
    pub async fn forget_email(&self, db: &Db, action: LimitedAction, email: &str) -> Result<()> {
        let key = email_key(action, email);
        db.writer()
            .execute_raw(Statement::from_sql_and_values(
                db.backend(),
                format!(
                    "DELETE FROM rate_limits WHERE key = {} AND {}",
                    placeholder(db.backend(), 1),
                    relaxed_commit(db.backend())
                ),
                [Value::from(key)],
            ))
            .await?;
        Ok(())
    }

    fn cells(&self, action: LimitedAction, who: Requester<'_>) -> Vec<Cell> {
        let limit = self.limits.of(action);
        let mut cells = Vec::with_capacity(2);
        if let Some(address) = who.address {
            cells.push(Cell::new(
                address_key(action, address),
                limit.per_address,
                limit.window_secs,
            ));
        }
        if let Some(account) = who.account {
            cells.push(Cell::new(
                account_key(action, account.id),
                self.account_limit(limit, account),
                limit.window_secs,
            ));
        } else if let Some(email) = who.email {
            cells.push(Cell::new(
                email_key(action, email),
                limit.per_account,
                limit.window_secs,
            ));
        }
        cells
    }

    /// Accounts younger than the configured age get a share of the usual per-account limit:
    /// a script that registers accounts to vote gets little out of each.
    fn account_limit(&self, limit: RateLimit, account: &Account) -> u32 {
        let age = Utc::now() - account.created_at;
        if age.num_seconds() < self.limits.new_account_age_secs as i64 {
            (limit.per_account * self.limits.new_account_percent / 100).max(1)
        } else {
            limit.per_account
        }
    }
}

fn hashed(value: &str) -> String {
    hex::encode(&Sha256::digest(value.as_bytes())[..16])
}

fn account_key(action: LimitedAction, account_id: uuid::Uuid) -> String {
    format!("{}:account:{}", action.as_str(), account_id)
}

fn email_key(action: LimitedAction, email: &str) -> String {
    let canonical = text::email(email).unwrap_or_else(|_| email.trim().to_lowercase());
    format!("{}:email:{}", action.as_str(), hashed(&canonical))
}

/// Forgets every limit counted against an account or its email address (on erasure): the
/// rows' keys are derived from both. Address keys cannot be told apart and expire on their own.
pub async fn forget<C: ConnectionTrait>(
    conn: &C,
    account_id: uuid::Uuid,
    email: &str,
) -> Result<()> {
    let backend = conn.get_database_backend();
    let mut params = Params::new(backend);
    let keys: Vec<String> = LimitedAction::ALL
        .into_iter()
        .flat_map(|action| [account_key(action, account_id), email_key(action, email)])
        .map(|key| params.bind(key))
        .collect();
    let sql = format!("DELETE FROM rate_limits WHERE key IN ({})", keys.join(", "));
    conn.execute_raw(params.statement(sql)).await?;
    Ok(())
}

/// IPv6 hosts usually hold a whole /64, so it counts as one address.
fn address_key(action: LimitedAction, address: IpAddr) -> String {
    let counted = match address {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    };
    format!("{}:address:{}", action.as_str(), hashed(&counted))
}

fn stopped() -> Error {
    Error::Unavailable("The server is stopping; try again.".to_owned())
}

/// The lane: spends each group's allowances and answers, until every sender is gone.
async fn run(db: Db, mut queue: mpsc::Receiver<Take>) {
    let mut group = Vec::with_capacity(GROUPING.max);
    while lanes::next_group(&mut queue, &mut group, GROUPING).await {
        let (asked, answers): (Vec<Vec<Cell>>, Vec<_>) =
            group.drain(..).map(|r| (r.asked, r.answer)).unzip();
        lanes::answer_all(answers, spend(&db, &asked).await);
    }
}

/// Spends a group of requests in a single atomic statement: one row per distinct key, however
/// many of the group's requests count against it. Each key's theoretical arrival time (TAT)
/// moves forward one interval per request that still fits in its window, in the group's
/// order; the row keeps the TAT it started from (`base_ms`), so the statement's answer tells
/// how many fitted. A request fits when every one of its keys let it through; a request
/// refused by one key may still have been counted by another.
async fn spend(db: &Db, group: &[Vec<Cell>]) -> Result<Vec<Result<()>>> {
    let now = Utc::now().timestamp_millis();
    // Distinct keys in first-seen order, with how many requests of the group ask each.
    let mut keys: Vec<(&Cell, i64)> = Vec::new();
    for cell in group.iter().flatten() {
        match keys.iter_mut().find(|(seen, _)| seen.key == cell.key) {
            Some((_, asked)) => *asked += 1,
            None => keys.push((cell, 1)),
        }
    }
    if keys.is_empty() {
        return Ok(group.iter().map(|_| Ok(())).collect());
    }
    let fitted = fitted_per_key(db, &keys, now).await?;
    // Walk the group in order: the first `fitted` requests on a key got through it.
    let mut counted: HashMap<&str, i64> = HashMap::new();
    let answers = group
        .iter()
        .map(|cells| {
            let mut wait_ms: Option<i64> = None;
            for cell in cells {
                let position = counted.entry(&cell.key).or_insert(0);
                *position += 1;
                let Some(&(fitted, tat)) = fitted.get(cell.key.as_str()) else {
                    continue;
                };
                if *position > fitted {
                    // When the key has room for one more, as for a request refused alone.
                    let wait = tat.max(now) + cell.interval_ms - cell.window_ms - now;
                    wait_ms = Some(wait_ms.map_or(wait, |w| w.max(wait)));
                }
            }
            match wait_ms {
                None => Ok(()),
                Some(wait) => Err(Error::RateLimited {
                    retry_after_secs: (wait.max(1) as u64).div_ceil(1000),
                }),
            }
        })
        .collect();
    Ok(answers)
}

/// The upsert itself; per key, how many requests fitted and the TAT it reached.
///
/// The proposed row reads as "this many requests on an unused key": `base_ms` is now and
/// `tat_ms` is now plus one interval per request, at most a full window's worth, which is
/// what an unused key allows. An existing key starts from its own TAT (or now, if that has
/// passed) and takes as many of them as its window still has room for.
async fn fitted_per_key<'c>(
    db: &Db,
    keys: &[(&'c Cell, i64)],
    now: i64,
) -> Result<HashMap<&'c str, (i64, i64)>> {
    let backend = db.backend();
    let (greatest, least) = match backend {
        DbBackend::Postgres => ("GREATEST", "LEAST"),
        _ => ("MAX", "MIN"),
    };
    let mut params = Params::new(backend);
    // Placeholders are made in the order they appear in the statement, so the statement
    // works with positional parameters (SQLite) as well as numbered ones (PostgreSQL).
    let rows: Vec<String> = keys
        .iter()
        .map(|(cell, asked)| {
            let room = cell.window_ms / cell.interval_ms;
            format!(
                "({}, {}, {}, {}, {})",
                params.bind(cell.key.clone()),
                params.bind(now + (*asked).min(room) * cell.interval_ms),
                params.bind(now),
                params.bind(cell.interval_ms),
                params.bind(cell.window_ms),
            )
        })
        .collect();
    // The proposed row's `base_ms` is now, so the update needs no value bound twice.
    let start = format!("{greatest}(rate_limits.tat_ms, excluded.base_ms)");
    let asked = "(excluded.tat_ms - excluded.base_ms) / excluded.interval_ms";
    let room = format!(
        "{greatest}(0, (excluded.base_ms + excluded.window_ms - {start}) / excluded.interval_ms)"
    );
    let sql = format!(
        "INSERT INTO rate_limits (key, tat_ms, base_ms, interval_ms, window_ms) \
         SELECT * FROM (VALUES {}) AS cells WHERE {} \
         ON CONFLICT (key) DO UPDATE SET \
         tat_ms = {start} + excluded.interval_ms * {least}({asked}, {room}), \
         base_ms = {start}, \
         interval_ms = excluded.interval_ms, window_ms = excluded.window_ms \
         RETURNING key, tat_ms, base_ms",
        rows.join(", "),
        relaxed_commit(backend)
    );
    let returned = db.writer().query_all_raw(params.statement(sql)).await?;
    let mut fitted = HashMap::with_capacity(keys.len());
    for row in returned {
        let key: String = row.try_get("", "key")?;
        let tat: i64 = row.try_get("", "tat_ms")?;
        let base: i64 = row.try_get("", "base_ms")?;
        if let Some((cell, _)) = keys.iter().find(|(cell, _)| cell.key == key) {
            fitted.insert(cell.key.as_str(), ((tat - base) / cell.interval_ms, tat));
        }
    }
    Ok(fitted)
}

/// Deletes rows whose allowance has fully refilled: they mean the same as no row.
pub async fn sweep(db: &Db) -> Result<u64> {
    let now = Utc::now().timestamp_millis();
    let done = db
        .writer()
        .execute_raw(Statement::from_sql_and_values(
            db.backend(),
            format!(
                "DELETE FROM rate_limits WHERE tat_ms < {} AND {}",
                placeholder(db.backend(), 1),
                relaxed_commit(db.backend())
            ),
            [Value::from(now)],
        ))
        .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_addresses_in_one_slash_64_share_a_key() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::2".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        let key = |ip| address_key(LimitedAction::Vote, ip);
        assert_eq!(key(a), key(b));
        assert_ne!(key(a), key(c));
        let mapped: IpAddr = "::ffff:203.0.113.9".parse().unwrap();
        assert_eq!(key(mapped), key("203.0.113.9".parse().unwrap()));
    }

    #[test]
    fn email_keys_ignore_case_and_never_hold_the_address() {
        let a = email_key(LimitedAction::Login, "Somchai@Example.org");
        assert_eq!(a, email_key(LimitedAction::Login, " somchai@example.org"));
        assert!(!a.contains("somchai"));
        assert_ne!(
            a,
            email_key(LimitedAction::Registration, "somchai@example.org")
        );
    }

    #[test]
    fn the_interval_spreads_the_window_over_the_limit() {
        let cell = Cell::new("k".into(), 4, 60);
        assert_eq!((cell.interval_ms, cell.window_ms), (15_000, 60_000));
    }
}
