//! Prometheus metrics: the process-wide recorder and the names Sala publishes. Counters and
//! histograms are recorded where the work happens; gauges that live in the database are read
//! at scrape time, when `/metrics` is rendered (`api::scrape`). This module imports nothing
//! of the crate, so every layer may record into it.

pub mod http;

use std::sync::OnceLock;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

pub const HTTP_REQUESTS: &str = "sala_http_requests_total";
pub const HTTP_REQUEST_DURATION: &str = "sala_http_request_duration_seconds";
pub const DB_POOL_CONNECTIONS: &str = "sala_db_pool_connections";
pub const DB_POOL_MAX_CONNECTIONS: &str = "sala_db_pool_max_connections";
pub const OUTBOX_PENDING: &str = "sala_outbox_pending";
pub const OUTBOX_OLDEST_PENDING_AGE: &str = "sala_outbox_oldest_pending_age_seconds";
pub const OUTBOX_DEAD_LETTERS: &str = "sala_outbox_dead_letters";
pub const OUTBOX_ITEMS: &str = "sala_outbox_items_total";
pub const MAIL_SENT: &str = "sala_mail_sent_total";
pub const MAIL_FAILED: &str = "sala_mail_failed_total";
pub const SEARCH_QUERY_DURATION: &str = "sala_search_query_duration_seconds";
pub const SEARCH_QUERY_ERRORS: &str = "sala_search_query_errors_total";
pub const SEARCH_LAG: &str = "sala_search_lag_seconds";
pub const SEARCH_PENDING: &str = "sala_search_pending_documents";
pub const SEARCH_INDEX_BATCHES: &str = "sala_search_index_batches_total";
pub const SEARCH_DRIFT_REPAIRED: &str = "sala_search_drift_repaired_total";
pub const OPINION_GROUP_RUNS: &str = "sala_opinion_group_runs_total";
pub const OPINION_GROUP_RUN_DURATION: &str = "sala_opinion_group_run_duration_seconds";
pub const SCRAPE_SOURCE_UP: &str = "sala_scrape_source_up";
pub const VOTE_BATCHES: &str = "sala_vote_batches_total";
pub const VOTE_BATCH_SIZE: &str = "sala_vote_batch_size";
pub const READ_CACHE_PEER_EVENTS: &str = "sala_read_cache_peer_events_total";
pub const VOTER_LOOKUPS: &str = "sala_voter_lookups_total";

/// Buckets for the votes committed in one transaction (at most `votes::writer::MAX_GROUP`).
const VOTE_BATCH_BUCKETS: &[f64] = &[1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0];

/// Histogram buckets for everything measured in seconds: from a fast API answer (2.5 ms) to
/// a slow opinion-group computation (a minute).
const SECONDS_BUCKETS: &[f64] = &[
    0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
];

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// Installs the process-wide recorder once (`sala serve`, `sala worker` and every test server
/// in one process share it) and returns its handle; `None` if another recorder was installed
/// first, in which case Sala's metrics go there instead.
pub fn install() -> Option<&'static PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let recorder = match PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), SECONDS_BUCKETS)
                .and_then(|b| {
                    b.set_buckets_for_metric(
                        Matcher::Full(VOTE_BATCH_SIZE.into()),
                        VOTE_BATCH_BUCKETS,
                    )
                }) {
                Ok(builder) => builder.build_recorder(),
                Err(error) => {
                    tracing::warn!(%error, "metrics: bad histogram buckets; metrics are off");
                    return None;
                }
            };
            let handle = recorder.handle();
            if let Err(error) = metrics::set_global_recorder(recorder) {
                tracing::warn!(%error, "metrics: another recorder is installed");
                return None;
            }
            describe();
            spawn_upkeep(handle.clone());
            Some(handle)
        })
        .as_ref()
}

/// Histogram observations wait in a buffer until they are folded into the buckets; without
/// a scrape for a while that buffer would only grow, so fold them in every few seconds. A
/// thread rather than a task: the recorder outlives any one runtime (tests start many).
fn spawn_upkeep(handle: PrometheusHandle) {
    let spawned = std::thread::Builder::new()
        .name("metrics-upkeep".into())
        .spawn(move || loop {
            std::thread::sleep(UPKEEP_PERIOD);
            handle.run_upkeep();
        });
    if let Err(error) = spawned {
        tracing::warn!(%error, "metrics: no upkeep thread; histograms are folded at scrapes only");
    }
}

const UPKEEP_PERIOD: std::time::Duration = std::time::Duration::from_secs(5);

#[expect(
    clippy::too_many_lines,
    reason = "each metric's description is one statement of four lines: a flat list with nothing to split"
)]
fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_counter!(
        VOTE_BATCHES,
        "Transactions that committed a group of votes (each group is one or more votes)."
    );
    describe_histogram!(
        VOTE_BATCH_SIZE,
        "Votes committed together in one transaction."
    );
    describe_counter!(
        READ_CACHE_PEER_EVENTS,
        "Writes this process did not answer itself, heard so that what it keeps is forgotten: `told` (this replica's writes announced to the others), `heard` (another replica's, a worker's or the command line's; on SQLite any commit made elsewhere), `lost` (the listening connection failed or was made again, or SQLite could not be asked)."
    );
    describe_counter!(
        VOTER_LOOKUPS,
        "Accounts of callers casting a vote, by where they came `from`: `memory` (kept since their session's last vote) or `database`."
    );
    describe_counter!(
        HTTP_REQUESTS,
        "HTTP requests answered, by matched route and status."
    );
    describe_histogram!(
        HTTP_REQUEST_DURATION,
        Unit::Seconds,
        "Time to answer an HTTP request, by matched route and status."
    );
    describe_gauge!(
        DB_POOL_CONNECTIONS,
        "Open database connections of each pool, busy or idle."
    );
    describe_gauge!(
        DB_POOL_MAX_CONNECTIONS,
        "The most connections each database pool may open."
    );
    describe_gauge!(
        OUTBOX_PENDING,
        "Outbox items waiting to be done, per topic."
    );
    describe_gauge!(
        OUTBOX_OLDEST_PENDING_AGE,
        Unit::Seconds,
        "Age of the oldest outbox item waiting, per topic (0 when none waits)."
    );
    describe_gauge!(
        OUTBOX_DEAD_LETTERS,
        "Outbox items given up, waiting for an admin to retry them."
    );
    describe_counter!(
        OUTBOX_ITEMS,
        "Outbox items handled by this process, per topic and outcome (done, retry, dead)."
    );
    describe_counter!(MAIL_SENT, "Mails handed to the mail server.");
    describe_counter!(
        MAIL_FAILED,
        "Mails the mail server did not take: refused for good, or failed for now."
    );
    describe_histogram!(
        SEARCH_QUERY_DURATION,
        Unit::Seconds,
        "Time the search engine took to answer, per engine and operation."
    );
    describe_counter!(
        SEARCH_QUERY_ERRORS,
        "Search queries the engine failed, per engine and operation."
    );
    describe_gauge!(
        SEARCH_LAG,
        Unit::Seconds,
        "Age of the oldest change not yet in the search index."
    );
    describe_gauge!(SEARCH_PENDING, "Documents waiting for the search indexer.");
    describe_counter!(
        SEARCH_INDEX_BATCHES,
        "Batches the search indexer wrote, per engine and outcome (done, failed)."
    );
    describe_counter!(
        SEARCH_DRIFT_REPAIRED,
        "Documents the reconciliation found differing from the database and re-indexed, per \
         kind (missing, stale, orphaned)."
    );
    describe_counter!(
        OPINION_GROUP_RUNS,
        "Opinion-group computations, per outcome (ok, failed)."
    );
    describe_histogram!(
        OPINION_GROUP_RUN_DURATION,
        Unit::Seconds,
        "Time one consultation's opinion groups took to compute."
    );
    describe_gauge!(
        SCRAPE_SOURCE_UP,
        "1 when the scrape could read this source of gauges from the database, 0 when not."
    );
}
