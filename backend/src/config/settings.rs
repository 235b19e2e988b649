//! Every setting, declared once: its name (the file key; `SALA_` + the name in capitals in the
//! environment), type, default and check. README's Configuration table lists them for people.

use std::net::SocketAddr;
use std::path::PathBuf;

use ipnet::IpNet;

use super::declare::declare_settings;
use super::parse::{self, at_least, between, raised_to_one, MAX_ACCESS_TOKEN_TTL_SECS};
use super::rate_limits::{self, RateLimits};
use super::{problem, ConfigError, LogFormat, MigrationMode, Mode, Secret};

declare_settings! {
    settings {
        /// Whether the platform runs for trying out or for real (`production` refuses what
        /// works on one machine only: see `production.rs`).
        mode: Mode = Mode::Development;
        /// What this process does with the schema at start (`SALA_MIGRATIONS`).
        migrations: MigrationMode = MigrationMode::Apply;
        /// Where `sala worker` serves its health and metrics endpoints.
        worker_bind: SocketAddr as String = "127.0.0.1:9091".into()
            => parse::address("127.0.0.1:9091");
        /// Seconds a stopping process gives in-flight requests and work to finish.
        shutdown_grace_secs: u64 = 25 => at_least(1);
        /// Where the API listens.
        bind: SocketAddr as String = "127.0.0.1:8080".into() => parse::address("127.0.0.1:8080");
        /// The SQLite file, the development signing secret and mail files live here.
        data_dir: PathBuf = "./data".into();
        /// `sqlite:…` or `postgres://…`.
        database_url: String = format!("sqlite://{}?mode=rwc", data_dir.join("sala.db").display())
            => parse::database_url;
        /// The largest each connection pool grows.
        database_max_connections: u32 = 10 => raised_to_one;
        /// Secret for signing access tokens; generated once into the data folder in development.
        jwt_secret: Option<Secret> = None => parse::jwt_secret;
        /// Where people reach the web app; links in messages start with it.
        public_url: String = format!("http://{bind}") => parse::public_url;
        /// The sender of outgoing mail.
        mail_from: String = "Sala <no-reply@sala.localhost>".into();
        /// Where mail is written as files when there is no SMTP server.
        mail_dir: PathBuf = data_dir.join("mail");
        /// Access-token lifetime, at most 15 minutes.
        access_token_ttl_secs: u64 = MAX_ACCESS_TOKEN_TTL_SECS => parse::access_token_lifetime;
        /// Refresh-token lifetime.
        refresh_token_ttl_days: u64 = 30 => raised_to_one;
        /// Verification-link lifetime.
        email_token_ttl_hours: u64 = 48 => raised_to_one;
        /// Larger JSON bodies are refused with `413 payload_too_large`.
        max_body_bytes: usize = 64 * 1024 => at_least(1024);
        /// A built web app to serve at `/`, over the one built into the binary, if any.
        frontend_dir: Option<PathBuf> = None;
        /// Origins (`https://app.example.go.th`) of web apps hosted apart from the API that
        /// browsers may let call it; none by default.
        cors_origins: Vec<String> as String = String::new() => parse::origins;
        /// The log filter, in `tracing`'s syntax.
        log: String = "info".into();
        /// Log lines for people, or one JSON object per line.
        log_format: LogFormat = LogFormat::Pretty;
        /// An OpenTelemetry collector's OTLP/HTTP address (`http://collector:4318`); traces are
        /// exported there only when it is set.
        otlp_endpoint: Option<String> = None => parse::trace_collector;
        /// SMTP server for outgoing mail; without it mail is written to `mail_dir`.
        smtp_url: Option<Secret> = None => parse::smtp_server;
        /// Seconds each SMTP step (connecting, the greeting, each command, the message) may take.
        smtp_timeout_secs: u64 = 10 => raised_to_one;
        /// Seconds one whole SMTP exchange may take before it is abandoned and tried again later.
        smtp_send_timeout_secs: u64 = 30 => raised_to_one;
        /// Milliseconds a signed-out reader's page of proposals, proposal or discussion may be
        /// answered from memory while no write has gone through this process (the agency's
        /// figures are shared for 5 s the same way); 0 turns both off.
        read_cache_ms: u64 = 1000;
        /// Whether `serve` also runs the background workers (mail, notifications, digest).
        run_workers: bool = true;
        /// First retry delay of a failed outbox item, doubled per attempt up to an hour.
        outbox_retry_base_ms: u64 = 2000 => raised_to_one;
        /// Attempts before an outbox item is dead-lettered.
        outbox_max_attempts: u32 = 12 => at_least(1);
        /// Seconds a claimed outbox item stays with its worker without a heartbeat; a crashed
        /// worker's items are taken over that long after it died.
        outbox_lease_secs: u64 = 10 => raised_to_one;
        /// Hour of the day (UTC) the daily digest goes out; 1 is 08:00 in Thailand.
        digest_hour_utc: u32 = 1 => between(0, 23);
        /// Days before an official answer falls due that its organisation is reminded.
        answer_reminder_days: u32 = 3 => between(1, 60);
        /// Seconds between looks for answers to remind of or escalate; 0 turns them off.
        answer_reminder_interval_secs: u64 = 900;
        /// How many established participants' flags the open flags on a proposal or comment must
        /// weigh to hide it until a moderator reviews it (see `domain::moderation::standing`).
        flag_hide_threshold: u32 = 3 => at_least(1);
        /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` headers name the client; from
        /// anyone else those headers are ignored.
        trusted_proxies: Vec<IpNet> as String = String::new() => parse::networks;
        /// How many times one account may post the same text within `repeat_window_secs`.
        repeat_limit: u32 = 3 => at_least(1);
        /// The smallest group an agency breakdown shows (`SALA_K_ANONYMITY`).
        k_anonymity: u32 = 10 => at_least(2);
        /// A Meilisearch server; without it the embedded index in `search_dir` is used.
        search_url: Option<String> = None => parse::search_server;
        /// The Meilisearch API key `sala search-key` prints (not the master key).
        search_key: Option<Secret> = None;
        /// The Meilisearch index name.
        search_index: String = "sala".into() => parse::index_name;
        /// The embedded index's folder (also used by `sala reindex` for it).
        search_dir: PathBuf = data_dir.join("search");
        /// Seconds between comparisons of the whole search index with the database
        /// (`search/reconcile.rs`); 0 turns them off.
        search_reconcile_secs: u64 = 900;
        /// A TOML file of synonym groups added to the built-in ones (`search/synonyms.rs`).
        search_synonyms: Option<PathBuf> = None;
        /// Where uploaded images and documents are kept when no S3 bucket is set.
        media_dir: PathBuf = data_dir.join("media");
        /// An S3-compatible bucket for uploaded media; without it they go to `media_dir`.
        s3_bucket: Option<String> = None;
        /// The object store's address (`https://s3.example.go.th`, or `http://minio:9000`
        /// on a private network); unset means Amazon S3 itself.
        s3_endpoint: Option<String> = None => parse::s3_endpoint;
        /// The bucket's region (`us-east-1` for most S3-compatible servers).
        s3_region: String = "us-east-1".into();
        /// The access key id for the bucket; unset, the usual AWS sources (an instance role).
        s3_access_key_id: Option<Secret> = None;
        /// The secret access key going with it.
        s3_secret_access_key: Option<Secret> = None;
    }
    keys {
        /// `account=N,address=M,window=D`, any part of it, over the default limits.
        rate_limit_votes: String;
        rate_limit_proposals: String;
        rate_limit_comments: String;
        rate_limit_flags: String;
        rate_limit_registrations: String;
        rate_limit_logins: String;
        rate_limit_password_resets: String;
        rate_limit_invitations: String;
        rate_limit_denied_attempts: String;
        rate_limit_survey_answers: String;
        /// A duration (`24h`): accounts younger get a share of the per-account limits.
        new_account_age: String;
        /// That share, from 1 to 100.
        new_account_limit_percent: u32;
        /// A duration (`24h`): how long a posted text counts against `repeat_limit`.
        repeat_window: String;
    }
    computed {
        /// Every rate limit, from the `rate_limit_*` and `new_account_*` keys.
        rate_limits: RateLimits = rate_limits::resolve;
        /// `repeat_window` in seconds.
        repeat_window_secs: u64 = repeat_window_secs;
        /// Kubernetes service-link variables (`SALA_SERVICE_HOST`, `SALA_PORT`, …) that were
        /// present and ignored; logged once at start, when logging is up.
        ignored_service_links: Vec<String> = ignored_service_links;
    }
}

fn repeat_window_secs(layer: &Layer) -> Result<u64, ConfigError> {
    match &layer.repeat_window {
        Some(raw) => parse::duration(raw).map_err(|m| problem("SALA_REPEAT_WINDOW", m)),
        None => Ok(24 * 3600),
    }
}

fn ignored_service_links(layer: &Layer) -> Result<Vec<String>, ConfigError> {
    Ok(layer.ignored_service_links.clone())
}
