//! Tells "the database could not be reached" apart from every other database error, so a
//! request that failed only because the database is down answers `503 unavailable`.

use sea_orm::sqlx;
use sea_orm::{DbErr, RuntimeErr};

/// Whether `err` means the database is unreachable (or going away), not that the statement
/// was wrong: no pooled connection in time, connection refused, closed or reset, the server
/// shutting down or refusing new connections.
pub fn is_unreachable(err: &DbErr) -> bool {
    match err {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(e)) | DbErr::Query(RuntimeErr::SqlxError(e)) => {
            is_connection_failure(e)
        }
        _ => false,
    }
}

fn is_connection_failure(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(db) => db.code().is_some_and(|code| is_connection_sqlstate(&code)),
        _ => false,
    }
}

/// SQLSTATE class 08 (connection exception), 57P01-57P03 (administrator or crash shutdown,
/// cannot connect now) and 55000 as raised when a database stops accepting connections.
fn is_connection_sqlstate(code: &str) -> bool {
    code.starts_with("08") || matches!(code, "57P01" | "57P02" | "57P03" | "55000")
}

#[cfg(test)]
mod tests {
    use super::*;
    use sea_orm::ConnAcquireErr;
    use std::sync::Arc;

    #[test]
    fn pool_and_socket_failures_are_unreachable() {
        assert!(is_unreachable(&DbErr::ConnectionAcquire(
            ConnAcquireErr::Timeout
        )));
        let refused = sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::ConnectionRefused));
        assert!(is_unreachable(&DbErr::Query(RuntimeErr::SqlxError(
            Arc::new(refused)
        ))));
    }

    #[test]
    fn statement_errors_are_not_unreachable() {
        assert!(!is_unreachable(&DbErr::RecordNotFound("x".into())));
        assert!(!is_unreachable(&DbErr::Query(RuntimeErr::SqlxError(
            Arc::new(sqlx::Error::RowNotFound)
        ))));
        assert!(!is_connection_sqlstate("23505"));
        assert!(is_connection_sqlstate("08006"));
    }
}
