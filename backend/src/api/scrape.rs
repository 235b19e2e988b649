//! The `/metrics` text, with the gauges read at scrape time: database pool use (from the
//! pools themselves, no query), outbox depth, age and dead letters per topic, and the search
//! index's lag. Each query is served by an index over the rows still waiting
//! (`idx_outbox_pending`, `idx_search_pending_since`), so a scrape costs the same however
//! large the tables grow.

use metrics::gauge;

use crate::db::Db;
use crate::domain::{
    notifications::NOTIFY_TOPIC, outgoing_mail::MAIL_TOPIC, password_reset::RESET_TOPIC,
};
use crate::monitoring::{
    install, DB_POOL_CONNECTIONS, DB_POOL_MAX_CONNECTIONS, OUTBOX_DEAD_LETTERS,
    OUTBOX_OLDEST_PENDING_AGE, OUTBOX_PENDING, SCRAPE_SOURCE_UP, SEARCH_LAG, SEARCH_PENDING,
};

/// Every outbox topic, so each has its series from the first scrape on.
pub const OUTBOX_TOPICS: [&str; 3] = [MAIL_TOPIC, NOTIFY_TOPIC, RESET_TOPIC];

/// The metrics in Prometheus text: the database gauges are read now, then everything is
/// rendered. A failed read shows as `sala_scrape_source_up{source=…} 0` (and a warning in the
/// log), never as a silently missing series.
pub async fn render(db: &Db) -> String {
    let Some(handle) = install() else {
        return String::new();
    };
    refresh(db).await;
    handle.run_upkeep();
    handle.render()
}

/// Reads every database gauge now.
pub async fn refresh(db: &Db) {
    for pool in db.pool_usage() {
        gauge!(DB_POOL_CONNECTIONS, "pool" => pool.name, "state" => "busy")
            .set(pool.size.saturating_sub(pool.idle) as f64);
        gauge!(DB_POOL_CONNECTIONS, "pool" => pool.name, "state" => "idle").set(pool.idle as f64);
        gauge!(DB_POOL_MAX_CONNECTIONS, "pool" => pool.name).set(pool.max as f64);
    }
    source_up("outbox", refresh_outbox(db).await);
    source_up("search_pending", refresh_search_lag(db).await);
}

fn source_up(source: &'static str, read: Result<(), sea_orm::DbErr>) {
    let up = match read {
        Ok(()) => 1.0,
        Err(error) => {
            tracing::warn!(source, %error, "metrics: cannot read a gauge from the database");
            0.0
        }
    };
    gauge!(SCRAPE_SOURCE_UP, "source" => source).set(up);
}

async fn refresh_outbox(db: &Db) -> Result<(), sea_orm::DbErr> {
    for topic in OUTBOX_TOPICS {
        let stats = crate::outbox::topic_stats(db, topic).await?;
        let age = stats
            .oldest_pending
            .map_or(0, |t| (chrono::Utc::now() - t).num_seconds().max(0));
        gauge!(OUTBOX_PENDING, "topic" => topic).set(stats.pending as f64);
        gauge!(OUTBOX_OLDEST_PENDING_AGE, "topic" => topic).set(age as f64);
        gauge!(OUTBOX_DEAD_LETTERS, "topic" => topic).set(stats.dead as f64);
    }
    Ok(())
}

async fn refresh_search_lag(db: &Db) -> Result<(), sea_orm::DbErr> {
    let (oldest, waiting) = crate::outbox::search::lag(db.reader()).await?;
    let seconds = oldest.map_or(0, |t| (chrono::Utc::now() - t).num_seconds().max(0));
    gauge!(SEARCH_LAG).set(seconds as f64);
    gauge!(SEARCH_PENDING).set(waiting as f64);
    Ok(())
}
