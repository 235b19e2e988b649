//! The background workers: mail sender, notification fan-out, password-reset requests, the
//! search indexer, the daily digest, answer reminders and escalations, housekeeping (expired
//! rate limits and text fingerprints), and opinion groups. They run inside `sala serve` by default, or on their own with
//! `sala worker` (any number of them: outbox items are claimed, never taken twice).

use chrono::{Timelike, Utc};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::config::Settings;
use crate::db::Db;
use crate::domain::agency::pseudonyms::PseudonymKey;
use crate::domain::agency::reminders;
use crate::domain::notifications::digest;
use crate::domain::notifications::fanout::Fanout;
use crate::domain::notifications::unsubscribe::UnsubscribeKey;
use crate::domain::password_reset::ResetMailer;
use crate::domain::repetition::RepetitionPolicy;
use crate::housekeeping;
use crate::leases::{FirstPass, Leases, Periodic};
use crate::mail::sender::MailSender;
use crate::mail::{Mailer, SmtpTimeouts};
use crate::opinion_groups::worker as opinion_groups;
use crate::outbox::worker;
use crate::outbox::RetryPolicy;
use crate::search::{indexer, reconcile, SearchService};

/// The mail transport the settings ask for.
pub fn mailer(settings: &Settings) -> anyhow::Result<Mailer> {
    match &settings.smtp_url {
        Some(url) => Mailer::smtp(
            url.expose(),
            SmtpTimeouts {
                stage: std::time::Duration::from_secs(settings.smtp_timeout_secs),
                total: std::time::Duration::from_secs(settings.smtp_send_timeout_secs),
            },
        ),
        None => Mailer::file(&settings.mail_dir),
    }
}

pub fn retry_policy(settings: &Settings) -> RetryPolicy {
    RetryPolicy {
        base: chrono::Duration::milliseconds(settings.outbox_retry_base_ms as i64),
        max_attempts: settings.outbox_max_attempts as i32,
        lease: chrono::Duration::seconds(settings.outbox_lease_secs as i64),
    }
}

/// Starts every worker, with the search engine the settings name; they stop when `shutdown`
/// becomes true.
pub fn spawn(
    settings: &Settings,
    db: &Db,
    unsubscribe: &UnsubscribeKey,
    shutdown: &watch::Receiver<bool>,
) -> anyhow::Result<Vec<JoinHandle<()>>> {
    let search = SearchService::from_settings(settings)?;
    spawn_with(settings, db, unsubscribe, &search, shutdown)
}

/// Starts every worker, sharing the server's search engine (so its searches see the
/// indexer's commits at once).
pub fn spawn_with(
    settings: &Settings,
    db: &Db,
    unsubscribe: &UnsubscribeKey,
    search: &SearchService,
    shutdown: &watch::Receiver<bool>,
) -> anyhow::Result<Vec<JoinHandle<()>>> {
    crate::monitoring::install();
    let policy = retry_policy(settings);
    let sender = MailSender {
        mailer: mailer(settings)?,
        from: settings.mail_from.clone(),
    };
    let fanout = Fanout {
        public_url: settings.public_url.clone(),
        unsubscribe: unsubscribe.clone(),
    };
    let resets = ResetMailer {
        public_url: settings.public_url.clone(),
    };
    let leases = Leases::new(db.clone());
    // The workers whose writes may change a page or a figure the API keeps (an answer's
    // reminders and escalations, opinion groups) announce them as they commit, so the API
    // forgets at once (`db::writes_elsewhere`); mail, notifications, search and clean-up
    // change none, and stay quiet.
    let announcing = db.announcing();
    Ok(vec![
        tokio::spawn(worker::run(db.clone(), sender, policy, shutdown.clone())),
        tokio::spawn(worker::run(db.clone(), fanout, policy, shutdown.clone())),
        tokio::spawn(worker::run(db.clone(), resets, policy, shutdown.clone())),
        tokio::spawn(run_digests(
            db.clone(),
            leases.clone(),
            settings.clone(),
            unsubscribe.clone(),
            shutdown.clone(),
        )),
        tokio::spawn(indexer::run(
            db.clone(),
            search.engine.clone(),
            search.caught_up.clone(),
            shutdown.clone(),
        )),
        tokio::spawn(reconcile_search(settings, db, search, &leases, shutdown)),
        tokio::spawn(run_answer_reminders(
            announcing.clone(),
            leases.clone(),
            settings.clone(),
            shutdown.clone(),
        )),
        tokio::spawn(housekeeping::run(
            db.clone(),
            leases.clone(),
            RepetitionPolicy::from_settings(settings),
            shutdown.clone(),
        )),
        tokio::spawn(opinion_groups::run(
            announcing,
            leases,
            PseudonymKey::new(&crate::auth::jwt_secret(settings)?)?,
            opinion_groups::Schedule::default(),
            shutdown.clone(),
        )),
    ])
}

const DIGEST_LEASE_NAME: &str = "daily_digest";
/// Longer than the minute between checks, so one process stays the one that sends.
const DIGEST_LEASE: std::time::Duration = std::time::Duration::from_secs(180);

/// Sends the digest once a day at the configured hour, from the process holding the digest
/// lease. Checking every minute keeps it simple; should the leader change within the hour,
/// the digest itself never sends a notification twice.
async fn run_digests(
    db: Db,
    leases: Leases,
    settings: Settings,
    key: UnsubscribeKey,
    shutdown: watch::Receiver<bool>,
) {
    let schedule = Periodic {
        every: std::time::Duration::from_secs(60),
        lease: DIGEST_LEASE,
        first: FirstPass::Immediately,
    };
    // The day the digest last went out from this process; a lock, not held across an await,
    // because the pass runs on whichever thread the runtime picks.
    let last_day = std::sync::Mutex::new(None);
    leases
        .run_periodically(DIGEST_LEASE_NAME, schedule, shutdown, || async {
            let now = Utc::now();
            let today = now.date_naive();
            let sent_today = last_day.lock().is_ok_and(|day| *day == Some(today));
            if now.hour() != settings.digest_hour_utc || sent_today {
                return;
            }
            match digest::send_due(&db, &settings.public_url, &key).await {
                Ok(n) => tracing::info!(digests = n, "daily digest queued"),
                Err(error) => tracing::warn!(%error, "daily digest failed; will try tomorrow"),
            }
            if let Ok(mut day) = last_day.lock() {
                *day = Some(today);
            }
        })
        .await;
}

const REMINDER_LEASE_NAME: &str = "answer_reminders";

/// Every `answer_reminder_interval_secs` (unless 0), the process holding the lease queues the
/// answer reminders and escalations due; each is recorded as sent in the transaction that
/// queues it, so a change of leader sends nothing twice.
async fn run_answer_reminders(
    db: Db,
    leases: Leases,
    settings: Settings,
    shutdown: watch::Receiver<bool>,
) {
    let every = std::time::Duration::from_secs(settings.answer_reminder_interval_secs);
    if every.is_zero() {
        return;
    }
    let schedule = Periodic {
        every,
        // Longer than the time between passes, so one process stays the one that sends.
        lease: every + std::time::Duration::from_secs(60),
        first: FirstPass::AfterAPause,
    };
    leases
        .run_periodically(REMINDER_LEASE_NAME, schedule, shutdown, || async {
            match reminders::send_due(&db, &settings.public_url, settings.answer_reminder_days)
                .await
            {
                Ok(sent) => tracing::info!(
                    reminders = sent.reminders,
                    escalations = sent.escalations,
                    "answer reminders queued"
                ),
                Err(error) => tracing::warn!(%error, "answer reminders failed; will try again"),
            }
        })
        .await;
}

/// The periodic comparison of the search index with the database, unless turned off.
fn reconcile_search(
    settings: &Settings,
    db: &Db,
    search: &SearchService,
    leases: &Leases,
    shutdown: &watch::Receiver<bool>,
) -> impl std::future::Future<Output = ()> + Send + 'static {
    let every = std::time::Duration::from_secs(settings.search_reconcile_secs);
    let job = (every > std::time::Duration::ZERO).then(|| {
        reconcile::run(
            db.clone(),
            search.engine.clone(),
            leases.clone(),
            every,
            shutdown.clone(),
        )
    });
    async move {
        if let Some(job) = job {
            job.await;
        }
    }
}
