//! The `idempotency_keys` table. The first request with a key claims its row (the primary key
//! on (owner, key) lets exactly one of several concurrent requests win); a success is then
//! recorded in the row, a failure removes it so the client can try again.

use chrono::Utc;
use sea_orm::{ConnectionTrait, DbBackend, QueryResult, Statement, Value};

use super::key::{IdempotencyKey, KeyOwner};
use crate::db::Db;
use crate::error::Result;

/// How long a key is remembered after its first use.
pub const KEEP_FOR: chrono::Duration = chrono::Duration::hours(24);

/// A claim left running this long belongs to a process that stopped mid-request; a retry may
/// take it over rather than be refused until the key expires.
const ABANDONED_AFTER: chrono::Duration = chrono::Duration::minutes(10);

/// A successful answer, as recorded for replay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredResponse {
    pub status: u16,
    pub content_type: Option<String>,
    pub location: Option<String>,
    pub body: Vec<u8>,
}

/// What a request carrying a key may do.
#[derive(Debug)]
pub enum Claim {
    /// The key is this request's: run it.
    Granted,
    /// The first request with this key has not answered yet.
    Running,
    /// The key was used for a different request.
    Reused,
    /// The key already answered this request: replay it.
    Answered(StoredResponse),
}

/// Claims `key` for `owner`, or says why the request must not run.
pub async fn claim(
    db: &Db,
    owner: &KeyOwner,
    key: &IdempotencyKey,
    fingerprint: &str,
) -> Result<Claim> {
    let conn = db.writer();
    let backend = db.backend();
    let now = Utc::now().timestamp_millis();
    // A row that was forgotten between the insert and the read is claimed again; twice is
    // more than enough, as only expiry removes a row someone else won.
    for _ in 0..3 {
        conn.execute_raw(statement(
            backend,
            "DELETE FROM idempotency_keys WHERE scope = ? AND key = ? \
             AND (expires_ms < ? OR (status IS NULL AND created_ms < ?))",
            vec![
                owner.as_str().into(),
                key.as_str().into(),
                now.into(),
                (now - ABANDONED_AFTER.num_milliseconds()).into(),
            ],
        ))
        .await?;
        let inserted = conn
            .execute_raw(statement(
                backend,
                "INSERT INTO idempotency_keys (scope, key, fingerprint, created_ms, expires_ms) \
                 VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, key) DO NOTHING",
                vec![
                    owner.as_str().into(),
                    key.as_str().into(),
                    fingerprint.into(),
                    now.into(),
                    (now + KEEP_FOR.num_milliseconds()).into(),
                ],
            ))
            .await?;
        if inserted.rows_affected() == 1 {
            return Ok(Claim::Granted);
        }
        let existing = conn
            .query_one_raw(statement(
                backend,
                "SELECT fingerprint, status, content_type, location, body \
                 FROM idempotency_keys WHERE scope = ? AND key = ?",
                vec![owner.as_str().into(), key.as_str().into()],
            ))
            .await?;
        if let Some(row) = existing {
            return existing_claim(&row, fingerprint);
        }
    }
    Ok(Claim::Running)
}

fn existing_claim(row: &QueryResult, fingerprint: &str) -> Result<Claim> {
    let stored_fingerprint: String = row.try_get("", "fingerprint")?;
    if stored_fingerprint != fingerprint {
        return Ok(Claim::Reused);
    }
    let Some(status) = row.try_get::<Option<i16>>("", "status")? else {
        return Ok(Claim::Running);
    };
    Ok(Claim::Answered(StoredResponse {
        status: u16::try_from(status).unwrap_or(200),
        content_type: row.try_get("", "content_type")?,
        location: row.try_get("", "location")?,
        body: row
            .try_get::<Option<Vec<u8>>>("", "body")?
            .unwrap_or_default(),
    }))
}

/// Records the successful answer of the request that claimed `key`.
pub async fn record(
    db: &Db,
    owner: &KeyOwner,
    key: &IdempotencyKey,
    response: StoredResponse,
) -> Result<()> {
    db.writer()
        .execute_raw(statement(
            db.backend(),
            "UPDATE idempotency_keys SET status = ?, content_type = ?, location = ?, body = ? \
             WHERE scope = ? AND key = ?",
            vec![
                (response.status as i16).into(),
                response.content_type.into(),
                response.location.into(),
                response.body.into(),
                owner.as_str().into(),
                key.as_str().into(),
            ],
        ))
        .await?;
    Ok(())
}

/// Gives up the claim of a request that failed: nothing was done, so the key may run again.
pub async fn release(db: &Db, owner: &KeyOwner, key: &IdempotencyKey) -> Result<()> {
    db.writer()
        .execute_raw(statement(
            db.backend(),
            "DELETE FROM idempotency_keys WHERE scope = ? AND key = ? AND status IS NULL",
            vec![owner.as_str().into(), key.as_str().into()],
        ))
        .await?;
    Ok(())
}

/// Deletes keys past their time (run by the housekeeping task).
pub async fn forget_expired(db: &Db) -> Result<u64> {
    let done = db
        .writer()
        .execute_raw(statement(
            db.backend(),
            "DELETE FROM idempotency_keys WHERE expires_ms < ?",
            vec![Utc::now().timestamp_millis().into()],
        ))
        .await?;
    Ok(done.rows_affected())
}

/// A statement written with `?` placeholders, numbered for PostgreSQL.
fn statement(backend: DbBackend, sql: &str, values: Vec<Value>) -> Statement {
    let sql = match backend {
        DbBackend::Postgres => {
            let mut numbered = String::with_capacity(sql.len() + 8);
            let mut n = 0;
            for c in sql.chars() {
                if c == '?' {
                    n += 1;
                    numbered.push_str(&format!("${n}"));
                } else {
                    numbered.push(c);
                }
            }
            numbered
        }
        _ => sql.to_owned(),
    };
    Statement::from_sql_and_values(backend, sql, values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_for_postgres_only() {
        let sql = "UPDATE t SET a = ? WHERE b = ?";
        assert_eq!(
            statement(DbBackend::Postgres, sql, vec![]).sql,
            "UPDATE t SET a = $1 WHERE b = $2"
        );
        assert_eq!(statement(DbBackend::Sqlite, sql, vec![]).sql, sql);
    }
}
