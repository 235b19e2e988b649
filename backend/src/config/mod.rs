//! Typed settings: built-in defaults, then an optional TOML file, then `SALA_*` environment
//! variables, validated once at start with an error that names the key at fault.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use ipnet::IpNet;
use serde::Deserialize;

/// Whether the platform runs for trying out (generated secret, demo data allowed) or for real.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Development,
    Production,
}

impl FromStr for Mode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "development" => Ok(Mode::Development),
            "production" => Ok(Mode::Production),
            _ => Err("expected `development` or `production`".into()),
        }
    }
}

/// What a process does with the schema at start (`SALA_MIGRATIONS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MigrationMode {
    /// Apply pending migrations under a database-wide lock.
    Apply,
    /// Apply nothing; refuse to start when one of this binary's migrations is missing.
    Check,
    /// No look at the schema at all.
    Off,
}

impl FromStr for MigrationMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "apply" => Ok(MigrationMode::Apply),
            "check" => Ok(MigrationMode::Check),
            "off" => Ok(MigrationMode::Off),
            _ => Err("expected `apply`, `check` or `off`".into()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Pretty,
    Json,
}

impl FromStr for LogFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "pretty" => Ok(LogFormat::Pretty),
            "json" => Ok(LogFormat::Json),
            _ => Err("expected `pretty` or `json`".into()),
        }
    }
}

/// A value that must never reach a log line.
#[derive(Clone, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl FromStr for Secret {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret(s.to_owned()))
    }
}

/// The kinds of write that are rate-limited, each with its own limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LimitedAction {
    Vote,
    Proposal,
    Comment,
    Flag,
    Registration,
    Login,
    PasswordReset,
    /// Refused attempts at privileged routes that get an audit row.
    DeniedAttempt,
}

impl LimitedAction {
    pub const ALL: [LimitedAction; 8] = [
        LimitedAction::Vote,
        LimitedAction::Proposal,
        LimitedAction::Comment,
        LimitedAction::Flag,
        LimitedAction::Registration,
        LimitedAction::Login,
        LimitedAction::PasswordReset,
        LimitedAction::DeniedAttempt,
    ];

    /// The plural noun used in setting names (`SALA_RATE_LIMIT_VOTES`) and rate-limit keys.
    pub fn as_str(self) -> &'static str {
        match self {
            LimitedAction::Vote => "votes",
            LimitedAction::Proposal => "proposals",
            LimitedAction::Comment => "comments",
            LimitedAction::Flag => "flags",
            LimitedAction::Registration => "registrations",
            LimitedAction::Login => "logins",
            LimitedAction::PasswordReset => "password_resets",
            LimitedAction::DeniedAttempt => "denied_attempts",
        }
    }

    fn env_key(self) -> String {
        format!("SALA_RATE_LIMIT_{}", self.as_str().to_ascii_uppercase())
    }
}

/// How many writes of one kind are allowed in a window: per account (per email address for
/// sign-up, sign-in and password resets) and per client address. A burst up to the limit is
/// allowed; after that, one more each `window / limit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    pub per_account: u32,
    pub per_address: u32,
    pub window_secs: u64,
}

impl RateLimit {
    const fn new(per_account: u32, per_address: u32, window_secs: u64) -> Self {
        RateLimit {
            per_account,
            per_address,
            window_secs,
        }
    }

    /// Applies `account=N,address=M,window=D` (any subset) on top of `self`.
    fn overridden_by(self, raw: &str) -> Result<RateLimit, String> {
        let mut limit = self;
        for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| format!("{part:?} is not name=value"))?;
            let count = || {
                value
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| format!("{name} must be a whole number above 0"))
            };
            match name.trim() {
                "account" => limit.per_account = count()?,
                "address" => limit.per_address = count()?,
                "window" => limit.window_secs = parse_duration(value)?,
                other => {
                    return Err(format!(
                        "unknown part {other:?}: use account=, address= and window="
                    ))
                }
            }
        }
        Ok(limit)
    }
}

/// Every rate limit, and how much stricter they are for accounts younger than a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateLimits {
    pub votes: RateLimit,
    pub proposals: RateLimit,
    pub comments: RateLimit,
    pub flags: RateLimit,
    pub registrations: RateLimit,
    pub logins: RateLimit,
    pub password_resets: RateLimit,
    pub denied_attempts: RateLimit,
    /// Accounts younger than this get `new_account_percent` of the per-account limits.
    pub new_account_age_secs: u64,
    pub new_account_percent: u32,
}

impl Default for RateLimits {
    fn default() -> Self {
        const MINUTE: u64 = 60;
        const HOUR: u64 = 60 * MINUTE;
        RateLimits {
            votes: RateLimit::new(60, 600, 10 * MINUTE),
            proposals: RateLimit::new(5, 30, HOUR),
            comments: RateLimit::new(30, 300, 10 * MINUTE),
            flags: RateLimit::new(20, 100, HOUR),
            registrations: RateLimit::new(3, 30, HOUR),
            logins: RateLimit::new(10, 100, 15 * MINUTE),
            password_resets: RateLimit::new(3, 20, HOUR),
            denied_attempts: RateLimit::new(30, 300, HOUR),
            new_account_age_secs: 24 * HOUR,
            new_account_percent: 50,
        }
    }
}

impl RateLimits {
    pub fn of(&self, action: LimitedAction) -> RateLimit {
        match action {
            LimitedAction::Vote => self.votes,
            LimitedAction::Proposal => self.proposals,
            LimitedAction::Comment => self.comments,
            LimitedAction::Flag => self.flags,
            LimitedAction::Registration => self.registrations,
            LimitedAction::Login => self.logins,
            LimitedAction::PasswordReset => self.password_resets,
            LimitedAction::DeniedAttempt => self.denied_attempts,
        }
    }

    fn slot(&mut self, action: LimitedAction) -> &mut RateLimit {
        match action {
            LimitedAction::Vote => &mut self.votes,
            LimitedAction::Proposal => &mut self.proposals,
            LimitedAction::Comment => &mut self.comments,
            LimitedAction::Flag => &mut self.flags,
            LimitedAction::Registration => &mut self.registrations,
            LimitedAction::Login => &mut self.logins,
            LimitedAction::PasswordReset => &mut self.password_resets,
            LimitedAction::DeniedAttempt => &mut self.denied_attempts,
        }
    }
}

/// `90`, `90s`, `15m`, `1h` or `1d`, in seconds; never zero.
fn parse_duration(raw: &str) -> Result<u64, String> {
    let raw = raw.trim();
    let (digits, unit) = match raw.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => raw.split_at(i),
        None => (raw, "s"),
    };
    let factor = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(format!("{raw:?} is not a duration like 90s, 15m, 1h or 1d")),
    };
    digits
        .parse::<u64>()
        .ok()
        .filter(|n| *n > 0)
        .and_then(|n| n.checked_mul(factor))
        .ok_or_else(|| format!("{raw:?} is not a duration like 90s, 15m, 1h or 1d"))
}

/// Addresses and ranges (`10.0.0.0/8`, `::1`) separated by commas or spaces.
fn parse_networks(raw: &str) -> Result<Vec<IpNet>, String> {
    raw.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(|part| {
            part.parse::<IpNet>()
                .or_else(|_| part.parse::<std::net::IpAddr>().map(IpNet::from))
                .map_err(|_| format!("{part:?} is not an IP address or range"))
        })
        .collect()
}

/// The settings the platform runs with, complete and checked.
#[derive(Debug, Clone)]
pub struct Settings {
    pub mode: Mode,
    pub bind: SocketAddr,
    pub data_dir: PathBuf,
    pub database_url: String,
    pub database_max_connections: u32,
    /// Secret for signing access tokens; generated once into the data folder in development.
    pub jwt_secret: Option<Secret>,
    /// Where people reach the web app; links in messages start with it.
    pub public_url: String,
    pub mail_from: String,
    pub mail_dir: PathBuf,
    pub access_token_ttl_secs: u64,
    pub refresh_token_ttl_days: u64,
    pub email_token_ttl_hours: u64,
    pub max_body_bytes: usize,
    pub frontend_dir: Option<PathBuf>,
    pub log: String,
    pub log_format: LogFormat,
    /// An OpenTelemetry collector's OTLP/HTTP address (`http://collector:4318`); traces are
    /// exported there only when it is set.
    pub otlp_endpoint: Option<String>,
    /// SMTP server for outgoing mail; without it mail is written to `mail_dir`.
    pub smtp_url: Option<Secret>,
    /// Seconds each SMTP step (connecting, the greeting, each command, the message) may take.
    pub smtp_timeout_secs: u64,
    /// Seconds one whole SMTP exchange may take before it is abandoned and tried again later.
    pub smtp_send_timeout_secs: u64,
    /// Whether `serve` also runs the background workers (mail, notifications, digest).
    pub run_workers: bool,
    /// First retry delay of a failed outbox item, doubled per attempt up to an hour.
    pub outbox_retry_base_ms: u64,
    /// Attempts before an outbox item is dead-lettered.
    pub outbox_max_attempts: u32,
    /// Seconds a claimed outbox item stays with its worker without a heartbeat; a crashed
    /// worker's items are taken over that long after it died.
    pub outbox_lease_secs: u64,
    /// Hour of the day (UTC) the daily digest goes out; 1 is 08:00 in Thailand.
    pub digest_hour_utc: u32,
    /// How many established participants' flags the open flags on a proposal or comment must
    /// weigh to hide it until a moderator reviews it (see `domain::moderation::standing`).
    pub flag_hide_threshold: u32,
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` headers name the client; from
    /// anyone else those headers are ignored.
    pub trusted_proxies: Vec<IpNet>,
    /// Origins (`https://app.example.go.th`) of web apps hosted apart from the API that
    /// browsers may let call it; none by default.
    pub cors_origins: Vec<String>,
    pub rate_limits: RateLimits,
    /// How many times one account may post the same text within `repeat_window_secs`.
    pub repeat_limit: u32,
    pub repeat_window_secs: u64,
    /// The smallest group an agency breakdown shows (`SALA_K_ANONYMITY`).
    pub k_anonymity: u32,
    /// A Meilisearch server; without it the embedded index in `search_dir` is used.
    pub search_url: Option<String>,
    pub search_key: Option<Secret>,
    /// The Meilisearch index name.
    pub search_index: String,
    /// The embedded index's folder (also used by `sala reindex` for it).
    pub search_dir: PathBuf,
    /// What this process does with the schema at start (`SALA_MIGRATIONS`).
    pub migrations: MigrationMode,
    /// Where `sala worker` serves its health and metrics endpoints.
    pub worker_bind: SocketAddr,
    /// Seconds a stopping process gives in-flight requests and work to finish.
    pub shutdown_grace_secs: u64,
    /// Kubernetes service-link variables (`SALA_SERVICE_HOST`, `SALA_PORT`, …) that were
    /// present and ignored; logged once at start, when logging is up.
    pub ignored_service_links: Vec<String>,
    /// A TOML file of synonym groups added to the built-in ones (`search/synonyms.rs`).
    pub search_synonyms: Option<PathBuf>,
    /// Seconds between comparisons of the whole search index with the database
    /// (`search/reconcile.rs`); 0 turns them off.
    pub search_reconcile_secs: u64,
}

/// What a file or the environment may say; every key is optional there.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Layer {
    mode: Option<Mode>,
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    database_max_connections: Option<u32>,
    jwt_secret: Option<Secret>,
    public_url: Option<String>,
    mail_from: Option<String>,
    mail_dir: Option<PathBuf>,
    access_token_ttl_secs: Option<u64>,
    refresh_token_ttl_days: Option<u64>,
    email_token_ttl_hours: Option<u64>,
    max_body_bytes: Option<usize>,
    frontend_dir: Option<PathBuf>,
    log: Option<String>,
    log_format: Option<LogFormat>,
    otlp_endpoint: Option<String>,
    smtp_url: Option<Secret>,
    smtp_timeout_secs: Option<u64>,
    smtp_send_timeout_secs: Option<u64>,
    run_workers: Option<bool>,
    outbox_retry_base_ms: Option<u64>,
    outbox_max_attempts: Option<u32>,
    outbox_lease_secs: Option<u64>,
    digest_hour_utc: Option<u32>,
    flag_hide_threshold: Option<u32>,
    trusted_proxies: Option<String>,
    cors_origins: Option<String>,
    rate_limit_votes: Option<String>,
    rate_limit_proposals: Option<String>,
    rate_limit_comments: Option<String>,
    rate_limit_flags: Option<String>,
    rate_limit_registrations: Option<String>,
    rate_limit_logins: Option<String>,
    rate_limit_password_resets: Option<String>,
    rate_limit_denied_attempts: Option<String>,
    new_account_age: Option<String>,
    new_account_limit_percent: Option<u32>,
    repeat_limit: Option<u32>,
    repeat_window: Option<String>,
    k_anonymity: Option<u32>,
    search_url: Option<String>,
    search_key: Option<Secret>,
    search_index: Option<String>,
    search_dir: Option<PathBuf>,
    migrations: Option<MigrationMode>,
    worker_bind: Option<String>,
    shutdown_grace_secs: Option<u64>,
    #[serde(skip)]
    ignored_service_links: Vec<String>,
    search_synonyms: Option<PathBuf>,
    search_reconcile_secs: Option<u64>,
}

/// A configuration problem, printed as one line naming the key.
#[derive(Debug, thiserror::Error)]
#[error("configuration error: {key}: {message}")]
pub struct ConfigError {
    pub key: String,
    pub message: String,
}

fn problem(key: &str, message: impl Into<String>) -> ConfigError {
    ConfigError {
        key: key.to_owned(),
        message: message.into(),
    }
}

/// Environment variables starting with `SALA_` that are read by other tools, not the server.
const FOREIGN_ENV_PREFIXES: &[&str] = &["SALA_TEST_", "SALA_CONFIG", "SALA_WEB_"];
/// The same, named whole: a prefix would also swallow `SALA_BIND`. `SALA_BIN` tells the web
/// app's scripts and browser tests which `sala` binary to run.
const FOREIGN_ENV_NAMES: &[&str] = &["SALA_BIN"];

/// The longest an access token may live: a stolen one is useful for at most this long.
const MAX_ACCESS_TOKEN_TTL_SECS: u64 = 15 * 60;

impl Settings {
    /// Loads settings from the optional file and the process environment.
    pub fn load(file: Option<&Path>) -> Result<Settings, ConfigError> {
        let env: Vec<(String, String)> = std::env::vars().collect();
        Self::load_from(file, &env)
    }

    /// Loads settings from the optional file and the given `SALA_*` variables.
    pub fn load_from(
        file: Option<&Path>,
        env: &[(String, String)],
    ) -> Result<Settings, ConfigError> {
        let mut layer = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| problem("config file", format!("{}: {e}", path.display())))?;
                toml::from_str::<Layer>(&text).map_err(|e| {
                    problem(
                        "config file",
                        format!("{}: {}", path.display(), e.message()),
                    )
                })?
            }
            None => Layer::default(),
        };
        layer.overlay_env(env)?;
        layer.resolve()
    }
}

fn parse_env<T: FromStr>(key: &str, raw: &str) -> Result<T, ConfigError>
where
    T::Err: fmt::Display,
{
    raw.parse::<T>()
        .map_err(|e| problem(key, format!("cannot use {raw:?}: {e}")))
}

impl Layer {
    fn overlay_env(&mut self, env: &[(String, String)]) -> Result<(), ConfigError> {
        for (key, raw) in env {
            let Some(name) = key.strip_prefix("SALA_") else {
                continue;
            };
            if FOREIGN_ENV_PREFIXES.iter().any(|p| key.starts_with(p))
                || FOREIGN_ENV_NAMES.contains(&key.as_str())
            {
                continue;
            }
            match name {
                "MODE" => self.mode = Some(parse_env(key, raw)?),
                "BIND" => self.bind = Some(raw.clone()),
                "DATA_DIR" => self.data_dir = Some(raw.into()),
                "DATABASE_URL" => self.database_url = Some(raw.clone()),
                "DATABASE_MAX_CONNECTIONS" => {
                    self.database_max_connections = Some(parse_env(key, raw)?)
                }
                "JWT_SECRET" => self.jwt_secret = Some(Secret::new(raw.clone())),
                "PUBLIC_URL" => self.public_url = Some(raw.clone()),
                "MAIL_FROM" => self.mail_from = Some(raw.clone()),
                "MAIL_DIR" => self.mail_dir = Some(raw.into()),
                "ACCESS_TOKEN_TTL_SECS" => self.access_token_ttl_secs = Some(parse_env(key, raw)?),
                "REFRESH_TOKEN_TTL_DAYS" => {
                    self.refresh_token_ttl_days = Some(parse_env(key, raw)?)
                }
                "EMAIL_TOKEN_TTL_HOURS" => self.email_token_ttl_hours = Some(parse_env(key, raw)?),
                "MAX_BODY_BYTES" => self.max_body_bytes = Some(parse_env(key, raw)?),
                "FRONTEND_DIR" => self.frontend_dir = Some(raw.into()),
                "LOG" => self.log = Some(raw.clone()),
                "LOG_FORMAT" => self.log_format = Some(parse_env(key, raw)?),
                "OTLP_ENDPOINT" => self.otlp_endpoint = Some(raw.clone()),
                "SMTP_URL" => self.smtp_url = Some(Secret::new(raw.clone())),
                "SMTP_TIMEOUT_SECS" => self.smtp_timeout_secs = Some(parse_env(key, raw)?),
                "SMTP_SEND_TIMEOUT_SECS" => {
                    self.smtp_send_timeout_secs = Some(parse_env(key, raw)?)
                }
                "RUN_WORKERS" => self.run_workers = Some(parse_env(key, raw)?),
                "OUTBOX_RETRY_BASE_MS" => self.outbox_retry_base_ms = Some(parse_env(key, raw)?),
                "OUTBOX_MAX_ATTEMPTS" => self.outbox_max_attempts = Some(parse_env(key, raw)?),
                "OUTBOX_LEASE_SECS" => self.outbox_lease_secs = Some(parse_env(key, raw)?),
                "DIGEST_HOUR_UTC" => self.digest_hour_utc = Some(parse_env(key, raw)?),
                "FLAG_HIDE_THRESHOLD" => self.flag_hide_threshold = Some(parse_env(key, raw)?),
                "TRUSTED_PROXIES" => self.trusted_proxies = Some(raw.clone()),
                "CORS_ORIGINS" => self.cors_origins = Some(raw.clone()),
                "RATE_LIMIT_VOTES" => self.rate_limit_votes = Some(raw.clone()),
                "RATE_LIMIT_PROPOSALS" => self.rate_limit_proposals = Some(raw.clone()),
                "RATE_LIMIT_COMMENTS" => self.rate_limit_comments = Some(raw.clone()),
                "RATE_LIMIT_FLAGS" => self.rate_limit_flags = Some(raw.clone()),
                "RATE_LIMIT_REGISTRATIONS" => self.rate_limit_registrations = Some(raw.clone()),
                "RATE_LIMIT_LOGINS" => self.rate_limit_logins = Some(raw.clone()),
                "RATE_LIMIT_PASSWORD_RESETS" => self.rate_limit_password_resets = Some(raw.clone()),
                "RATE_LIMIT_DENIED_ATTEMPTS" => self.rate_limit_denied_attempts = Some(raw.clone()),
                "NEW_ACCOUNT_AGE" => self.new_account_age = Some(raw.clone()),
                "NEW_ACCOUNT_LIMIT_PERCENT" => {
                    self.new_account_limit_percent = Some(parse_env(key, raw)?)
                }
                "REPEAT_LIMIT" => self.repeat_limit = Some(parse_env(key, raw)?),
                "REPEAT_WINDOW" => self.repeat_window = Some(raw.clone()),
                "K_ANONYMITY" => self.k_anonymity = Some(parse_env(key, raw)?),
                "SEARCH_URL" => self.search_url = Some(raw.clone()),
                "SEARCH_KEY" => self.search_key = Some(Secret::new(raw.clone())),
                "SEARCH_INDEX" => self.search_index = Some(raw.clone()),
                "SEARCH_DIR" => self.search_dir = Some(raw.into()),
                "MIGRATIONS" => self.migrations = Some(parse_env(key, raw)?),
                "WORKER_BIND" => self.worker_bind = Some(raw.clone()),
                "SHUTDOWN_GRACE_SECS" => self.shutdown_grace_secs = Some(parse_env(key, raw)?),
                "SEARCH_SYNONYMS" => self.search_synonyms = Some(raw.into()),
                "SEARCH_RECONCILE_SECS" => self.search_reconcile_secs = Some(parse_env(key, raw)?),
                _ if is_service_link(name, raw) => self.ignored_service_links.push(key.clone()),
                _ => return Err(problem(key, "unknown setting (see README, Configuration)")),
            }
        }
        Ok(())
    }

    fn rate_limits(&self) -> Result<RateLimits, ConfigError> {
        let mut limits = RateLimits::default();
        for action in LimitedAction::ALL {
            let raw = match action {
                LimitedAction::Vote => &self.rate_limit_votes,
                LimitedAction::Proposal => &self.rate_limit_proposals,
                LimitedAction::Comment => &self.rate_limit_comments,
                LimitedAction::Flag => &self.rate_limit_flags,
                LimitedAction::Registration => &self.rate_limit_registrations,
                LimitedAction::Login => &self.rate_limit_logins,
                LimitedAction::PasswordReset => &self.rate_limit_password_resets,
                LimitedAction::DeniedAttempt => &self.rate_limit_denied_attempts,
            };
            if let Some(raw) = raw {
                let slot = limits.slot(action);
                *slot = slot
                    .overridden_by(raw)
                    .map_err(|message| problem(&action.env_key(), message))?;
            }
        }
        if let Some(raw) = &self.new_account_age {
            limits.new_account_age_secs =
                parse_duration(raw).map_err(|m| problem("SALA_NEW_ACCOUNT_AGE", m))?;
        }
        if let Some(percent) = self.new_account_limit_percent {
            if !(1..=100).contains(&percent) {
                return Err(problem(
                    "SALA_NEW_ACCOUNT_LIMIT_PERCENT",
                    "must be between 1 and 100",
                ));
            }
            limits.new_account_percent = percent;
        }
        Ok(limits)
    }

    fn resolve(self) -> Result<Settings, ConfigError> {
        let rate_limits = self.rate_limits()?;
        let trusted_proxies = match &self.trusted_proxies {
            Some(raw) => parse_networks(raw).map_err(|m| problem("SALA_TRUSTED_PROXIES", m))?,
            None => Vec::new(),
        };
        let cors_origins = match &self.cors_origins {
            Some(raw) => parse_origins(raw).map_err(|m| problem("SALA_CORS_ORIGINS", m))?,
            None => Vec::new(),
        };
        let flag_hide_threshold = self.flag_hide_threshold.unwrap_or(3);
        if flag_hide_threshold == 0 {
            return Err(problem("SALA_FLAG_HIDE_THRESHOLD", "must be at least 1"));
        }
        let repeat_limit = self.repeat_limit.unwrap_or(3);
        if repeat_limit == 0 {
            return Err(problem("SALA_REPEAT_LIMIT", "must be at least 1"));
        }
        let repeat_window_secs = match &self.repeat_window {
            Some(raw) => parse_duration(raw).map_err(|m| problem("SALA_REPEAT_WINDOW", m))?,
            None => 24 * 3600,
        };
        let k_anonymity = self.k_anonymity.unwrap_or(10);
        if k_anonymity < 2 {
            return Err(problem("SALA_K_ANONYMITY", "must be at least 2"));
        }
        let mode = self.mode.unwrap_or(Mode::Development);
        let bind_text = self.bind.unwrap_or_else(|| "127.0.0.1:8080".into());
        let bind: SocketAddr = bind_text.parse().map_err(|_| {
            problem(
                "SALA_BIND",
                format!("{bind_text:?} is not an address like 127.0.0.1:8080"),
            )
        })?;
        let data_dir = self.data_dir.unwrap_or_else(|| PathBuf::from("./data"));
        let database_url = self
            .database_url
            .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", data_dir.join("sala.db").display()));
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(problem(
                "SALA_DATABASE_URL",
                "must start with sqlite: or postgres://",
            ));
        }
        let jwt_secret = self.jwt_secret;
        match (&jwt_secret, mode) {
            (None, Mode::Production) => {
                return Err(problem(
                    "SALA_JWT_SECRET",
                    "required in production mode (at least 32 characters)",
                ))
            }
            (Some(secret), _) if secret.expose().len() < 32 => {
                return Err(problem("SALA_JWT_SECRET", "must be at least 32 characters"))
            }
            _ => {}
        }
        let access_token_ttl_secs = self
            .access_token_ttl_secs
            .unwrap_or(MAX_ACCESS_TOKEN_TTL_SECS);
        if access_token_ttl_secs == 0 || access_token_ttl_secs > MAX_ACCESS_TOKEN_TTL_SECS {
            return Err(problem(
                "SALA_ACCESS_TOKEN_TTL_SECS",
                "must be between 1 and 900 seconds",
            ));
        }
        let public_url = self
            .public_url
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_owned();
        url::Url::parse(&public_url)
            .map_err(|e| problem("SALA_PUBLIC_URL", format!("{public_url:?}: {e}")))?;
        let max_body_bytes = self.max_body_bytes.unwrap_or(64 * 1024);
        if max_body_bytes < 1024 {
            return Err(problem("SALA_MAX_BODY_BYTES", "must be at least 1024"));
        }
        if let Some(url) = &self.smtp_url {
            let parsed = url::Url::parse(url.expose())
                .map_err(|e| problem("SALA_SMTP_URL", format!("not a URL: {e}")))?;
            if !matches!(parsed.scheme(), "smtp" | "smtps") {
                return Err(problem(
                    "SALA_SMTP_URL",
                    "must start with smtp:// or smtps://",
                ));
            }
        }
        let digest_hour_utc = self.digest_hour_utc.unwrap_or(1);
        if digest_hour_utc > 23 {
            return Err(problem("SALA_DIGEST_HOUR_UTC", "must be between 0 and 23"));
        }
        let outbox_max_attempts = self.outbox_max_attempts.unwrap_or(12);
        if outbox_max_attempts == 0 {
            return Err(problem("SALA_OUTBOX_MAX_ATTEMPTS", "must be at least 1"));
        }
        let search_url = self
            .search_url
            .map(|u| u.trim_end_matches('/').to_owned())
            .filter(|u| !u.is_empty());
        if let Some(url) = &search_url {
            let parsed = url::Url::parse(url)
                .map_err(|e| problem("SALA_SEARCH_URL", format!("not a URL: {e}")))?;
            if !matches!(parsed.scheme(), "http" | "https") {
                return Err(problem(
                    "SALA_SEARCH_URL",
                    "must start with http:// or https://",
                ));
            }
        }
        let otlp_endpoint = self
            .otlp_endpoint
            .map(|u| u.trim_end_matches('/').to_owned())
            .filter(|u| !u.is_empty());
        if let Some(url) = &otlp_endpoint {
            let parsed = url::Url::parse(url)
                .map_err(|e| problem("SALA_OTLP_ENDPOINT", format!("not a URL: {e}")))?;
            // The exporter is built without TLS: traces go to a collector beside the process
            // (an agent or sidecar), which forwards them over TLS if they leave the host.
            if parsed.scheme() != "http" {
                return Err(problem(
                    "SALA_OTLP_ENDPOINT",
                    "must start with http:// (a collector nearby, such as http://otel-collector:4318)",
                ));
            }
        }
        let search_index = self.search_index.unwrap_or_else(|| "sala".into());
        if search_index.is_empty()
            || !search_index
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(problem(
                "SALA_SEARCH_INDEX",
                "use letters, digits, - and _ only",
            ));
        }
        let worker_bind_text = self.worker_bind.unwrap_or_else(|| "127.0.0.1:9091".into());
        let worker_bind: SocketAddr = worker_bind_text.parse().map_err(|_| {
            problem(
                "SALA_WORKER_BIND",
                format!("{worker_bind_text:?} is not an address like 127.0.0.1:9091"),
            )
        })?;
        let shutdown_grace_secs = self.shutdown_grace_secs.unwrap_or(25);
        if shutdown_grace_secs == 0 {
            return Err(problem("SALA_SHUTDOWN_GRACE_SECS", "must be at least 1"));
        }
        if mode == Mode::Production {
            refuse_what_cannot_work_in_production(
                &database_url,
                search_url.as_deref(),
                self.smtp_url.is_some(),
                jwt_secret.as_ref(),
                &public_url,
            )?;
        }
        Ok(Settings {
            migrations: self.migrations.unwrap_or(MigrationMode::Apply),
            worker_bind,
            shutdown_grace_secs,
            ignored_service_links: self.ignored_service_links,
            search_url,
            search_key: self.search_key,
            search_index,
            search_dir: self.search_dir.unwrap_or_else(|| data_dir.join("search")),
            search_synonyms: self.search_synonyms,
            search_reconcile_secs: self.search_reconcile_secs.unwrap_or(900),
            smtp_url: self.smtp_url,
            smtp_timeout_secs: self.smtp_timeout_secs.unwrap_or(10).max(1),
            smtp_send_timeout_secs: self.smtp_send_timeout_secs.unwrap_or(30).max(1),
            run_workers: self.run_workers.unwrap_or(true),
            outbox_retry_base_ms: self.outbox_retry_base_ms.unwrap_or(2000).max(1),
            outbox_max_attempts,
            outbox_lease_secs: self.outbox_lease_secs.unwrap_or(10).max(1),
            digest_hour_utc,
            mode,
            bind,
            mail_dir: self.mail_dir.unwrap_or_else(|| data_dir.join("mail")),
            data_dir,
            database_url,
            database_max_connections: self.database_max_connections.unwrap_or(10).max(1),
            jwt_secret,
            public_url,
            mail_from: self
                .mail_from
                .unwrap_or_else(|| "Sala <no-reply@sala.localhost>".into()),
            access_token_ttl_secs,
            refresh_token_ttl_days: self.refresh_token_ttl_days.unwrap_or(30).max(1),
            email_token_ttl_hours: self.email_token_ttl_hours.unwrap_or(48).max(1),
            max_body_bytes,
            frontend_dir: self.frontend_dir,
            log: self.log.unwrap_or_else(|| "info".into()),
            log_format: self.log_format.unwrap_or(LogFormat::Pretty),
            otlp_endpoint,
            flag_hide_threshold,
            trusted_proxies,
            cors_origins,
            rate_limits,
            repeat_limit,
            repeat_window_secs,
            k_anonymity,
        })
    }
}

/// Production mode runs several processes on shared services; what only works on one
/// machine, or only for trying out, is refused here with the setting that fixes it.
fn refuse_what_cannot_work_in_production(
    database_url: &str,
    search_url: Option<&str>,
    has_smtp: bool,
    jwt_secret: Option<&Secret>,
    public_url: &str,
) -> Result<(), ConfigError> {
    if database_url.starts_with("sqlite:") {
        return Err(problem(
            "SALA_DATABASE_URL",
            "production mode needs PostgreSQL (postgres://…): SQLite serves one machine only",
        ));
    }
    if search_url.is_none() {
        return Err(problem(
            "SALA_SEARCH_URL",
            "production mode needs a Meilisearch server: the embedded index is per host, so \
             several processes would diverge",
        ));
    }
    if !has_smtp {
        return Err(problem(
            "SALA_SMTP_URL",
            "production mode needs an SMTP server: mail written to files reaches nobody",
        ));
    }
    if let Some(secret) = jwt_secret {
        if is_weak_secret(secret.expose()) {
            return Err(problem(
                "SALA_JWT_SECRET",
                "too weak for production: use at least 32 random characters (openssl rand -base64 48)",
            ));
        }
    }
    if !public_url.starts_with("https://") {
        return Err(problem(
            "SALA_PUBLIC_URL",
            "production mode needs an https:// address: sign-in tokens must not cross the network in clear",
        ));
    }
    Ok(())
}

/// A secret of 32 characters or more can still be guessable: one character repeated, a
/// short pattern repeated, or a placeholder left from an example.
fn is_weak_secret(secret: &str) -> bool {
    let distinct: std::collections::HashSet<char> = secret.chars().collect();
    let lowered = secret.to_ascii_lowercase();
    secret.len() < 32
        || distinct.len() < 10
        || [
            "changeme",
            "change-me",
            "change_me",
            "secret",
            "password",
            "example",
        ]
        .iter()
        .any(|placeholder| lowered.contains(placeholder))
}

/// Kubernetes gives every pod `<SERVICE>_SERVICE_HOST`, `<SERVICE>_SERVICE_PORT[_<NAME>]`,
/// `<SERVICE>_PORT` (`tcp://…`) and `<SERVICE>_PORT_<n>_<PROTO>[_PROTO|_PORT|_ADDR]` for each
/// Service in the namespace; a Service called `sala` or `sala-…` makes them `SALA_*`. They
/// are not settings and not typos. `name` is the part after `SALA_`.
fn is_service_link(name: &str, value: &str) -> bool {
    let words: Vec<&str> = name.split('_').collect();
    let Some(at) = words.iter().position(|w| *w == "SERVICE" || *w == "PORT") else {
        return false;
    };
    let tail = &words[at..];
    match tail {
        ["SERVICE", "HOST"] | ["SERVICE", "PORT", ..] => true,
        ["PORT"] => ["tcp://", "udp://", "sctp://"]
            .iter()
            .any(|scheme| value.starts_with(scheme)),
        ["PORT", number, proto, rest @ ..] => {
            number.chars().all(|c| c.is_ascii_digit())
                && !number.is_empty()
                && matches!(*proto, "TCP" | "UDP" | "SCTP")
                && matches!(rest, [] | ["PROTO"] | ["PORT"] | ["ADDR"])
        }
        _ => false,
    }
}

/// A list of web origins, separated by commas or spaces, each written the way browsers send
/// it in `Origin` (scheme, host, and the port only when it is not the default).
fn parse_origins(raw: &str) -> Result<Vec<String>, String> {
    raw.split([',', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            let url = url::Url::parse(item).map_err(|e| {
                format!("{item:?} is not an origin like https://app.example.org: {e}")
            })?;
            if !matches!(url.scheme(), "http" | "https") {
                return Err(format!("{item:?}: only http and https origins"));
            }
            if url.path() != "/" || url.query().is_some() || !url.username().is_empty() {
                return Err(format!("{item:?}: an origin has no path, query or user"));
            }
            Ok(url.origin().ascii_serialization())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn with_no_configuration_it_serves_sqlite_from_the_data_folder_on_port_8080() {
        let s = Settings::load_from(None, &[]).expect("defaults are valid");
        assert_eq!(s.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(s.database_url, "sqlite://./data/sala.db?mode=rwc");
        assert_eq!(s.mode, Mode::Development);
    }

    #[test]
    fn environment_overrides_and_bad_values_name_the_key() {
        let s = Settings::load_from(
            None,
            &env(&[("SALA_BIND", "0.0.0.0:9000"), ("SALA_DATA_DIR", "/tmp/x")]),
        )
        .unwrap();
        assert_eq!(s.bind.port(), 9000);
        assert!(s.database_url.contains("/tmp/x/sala.db"));
        let err = Settings::load_from(None, &env(&[("SALA_BIND", "nowhere")])).unwrap_err();
        assert_eq!(err.key, "SALA_BIND");
        let err = Settings::load_from(None, &env(&[("SALA_BINDD", "x")])).unwrap_err();
        assert_eq!(err.key, "SALA_BINDD");
        // The scripts' binary path is theirs, not the server's.
        assert!(Settings::load_from(None, &env(&[("SALA_BIN", "/x/sala")])).is_ok());
    }

    #[test]
    fn search_is_embedded_under_the_data_folder_unless_a_server_is_named() {
        let s = Settings::load_from(None, &env(&[("SALA_DATA_DIR", "/tmp/x")])).unwrap();
        assert_eq!(s.search_dir, PathBuf::from("/tmp/x/search"));
        assert!(s.search_url.is_none());
        let s = Settings::load_from(
            None,
            &env(&[
                ("SALA_SEARCH_URL", "http://meili:7700/"),
                ("SALA_SEARCH_KEY", "k"),
            ]),
        )
        .unwrap();
        assert_eq!(s.search_url.as_deref(), Some("http://meili:7700"));
        assert_eq!(s.search_index, "sala");
        let err =
            Settings::load_from(None, &env(&[("SALA_SEARCH_URL", "meili:7700")])).unwrap_err();
        assert_eq!(err.key, "SALA_SEARCH_URL");
        let err = Settings::load_from(None, &env(&[("SALA_SEARCH_INDEX", "a b")])).unwrap_err();
        assert_eq!(err.key, "SALA_SEARCH_INDEX");
    }

    /// Everything production mode asks for, each replaceable by a test.
    fn production(changes: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut pairs = env(&[
            ("SALA_MODE", "production"),
            ("SALA_DATABASE_URL", "postgres://sala@db/sala"),
            ("SALA_SEARCH_URL", "http://meili:7700"),
            ("SALA_SMTP_URL", "smtp://relay:25"),
            ("SALA_JWT_SECRET", "Zq3v9Lk2Wx8Rt5Yp1Mn7Bc4Hd6Gf0Js-Ae_Uo"),
            ("SALA_PUBLIC_URL", "https://sala.example.go.th"),
        ]);
        for (key, value) in changes {
            pairs.retain(|(k, _)| k != key);
            if !value.is_empty() {
                pairs.push((key.to_string(), value.to_string()));
            }
        }
        pairs
    }

    #[test]
    fn traces_are_exported_only_to_a_named_plain_http_collector() {
        assert!(Settings::load_from(None, &[])
            .unwrap()
            .otlp_endpoint
            .is_none());
        let s = Settings::load_from(
            None,
            &env(&[("SALA_OTLP_ENDPOINT", "http://otel-collector:4318/")]),
        )
        .unwrap();
        assert_eq!(
            s.otlp_endpoint.as_deref(),
            Some("http://otel-collector:4318")
        );
        for bad in ["otel-collector:4318", "https://otel.example.org"] {
            let err = Settings::load_from(None, &env(&[("SALA_OTLP_ENDPOINT", bad)])).unwrap_err();
            assert_eq!(err.key, "SALA_OTLP_ENDPOINT", "{bad}");
        }
    }

    #[test]
    fn production_starts_with_shared_services_and_a_strong_secret() {
        let s = Settings::load_from(None, &production(&[])).expect("complete production settings");
        assert_eq!(s.mode, Mode::Production);
    }

    #[test]
    fn production_refuses_what_only_works_on_one_machine_naming_the_setting() {
        for (key, value, words) in [
            ("SALA_JWT_SECRET", "", "required"),
            ("SALA_JWT_SECRET", "short", "at least 32"),
            ("SALA_JWT_SECRET", &"k".repeat(40), "too weak"),
            (
                "SALA_JWT_SECRET",
                "changeme-changeme-changeme-0123456789",
                "too weak",
            ),
            ("SALA_DATABASE_URL", "", "PostgreSQL"),
            (
                "SALA_DATABASE_URL",
                "sqlite:///var/lib/sala/sala.db",
                "PostgreSQL",
            ),
            ("SALA_SEARCH_URL", "", "Meilisearch"),
            ("SALA_SMTP_URL", "", "SMTP"),
            ("SALA_PUBLIC_URL", "", "https://"),
            ("SALA_PUBLIC_URL", "http://sala.example.go.th", "https://"),
        ] {
            let err = Settings::load_from(None, &production(&[(key, value)])).unwrap_err();
            assert_eq!(err.key, key, "{key}={value:?}: {}", err.message);
            assert!(err.message.contains(words), "{key}: {}", err.message);
            assert!(!err.to_string().contains('\n'), "one line: {err}");
        }
    }

    #[test]
    fn development_keeps_its_zero_setup_defaults() {
        let s = Settings::load_from(None, &[]).unwrap();
        assert!(s.database_url.starts_with("sqlite:"));
        assert!(s.search_url.is_none() && s.smtp_url.is_none() && s.jwt_secret.is_none());
        assert_eq!(s.migrations, MigrationMode::Apply);
        assert_eq!(s.worker_bind.to_string(), "127.0.0.1:9091");
        assert_eq!(s.shutdown_grace_secs, 25);
    }

    #[test]
    fn migrations_worker_bind_and_grace_are_settings() {
        let s = Settings::load_from(
            None,
            &env(&[
                ("SALA_MIGRATIONS", "check"),
                ("SALA_WORKER_BIND", "0.0.0.0:9191"),
                ("SALA_SHUTDOWN_GRACE_SECS", "5"),
            ]),
        )
        .unwrap();
        assert_eq!(s.migrations, MigrationMode::Check);
        assert_eq!(s.worker_bind.port(), 9191);
        assert_eq!(s.shutdown_grace_secs, 5);
        for (key, value) in [
            ("SALA_MIGRATIONS", "yes"),
            ("SALA_WORKER_BIND", "worker"),
            ("SALA_SHUTDOWN_GRACE_SECS", "0"),
        ] {
            let err = Settings::load_from(None, &env(&[(key, value)])).unwrap_err();
            assert_eq!(err.key, key);
        }
    }

    #[test]
    fn kubernetes_service_links_are_ignored_and_listed_but_typos_still_stop() {
        let links = [
            ("SALA_SERVICE_HOST", "10.0.0.7"),
            ("SALA_SERVICE_PORT", "8080"),
            ("SALA_SERVICE_PORT_HTTP", "8080"),
            ("SALA_PORT", "tcp://10.0.0.7:8080"),
            ("SALA_PORT_8080_TCP", "tcp://10.0.0.7:8080"),
            ("SALA_PORT_8080_TCP_PROTO", "tcp"),
            ("SALA_PORT_8080_TCP_PORT", "8080"),
            ("SALA_PORT_8080_TCP_ADDR", "10.0.0.7"),
            ("SALA_WORKER_SERVICE_HOST", "10.0.0.8"),
            ("SALA_WORKER_SERVICE_PORT_METRICS", "9091"),
            ("SALA_WORKER_PORT", "tcp://10.0.0.8:9091"),
            ("SALA_WORKER_PORT_9091_TCP_ADDR", "10.0.0.8"),
        ];
        let s = Settings::load_from(None, &env(&links)).expect("service links are not settings");
        assert_eq!(s.ignored_service_links.len(), links.len());
        assert_eq!(s.bind.port(), 8080, "SALA_PORT does not move the listener");
        for typo in [
            ("SALA_SMTP_PORT", "25"),
            ("SALA_SERVICE", "x"),
            ("SALA_PORT_HTTP", "8080"),
            ("SALA_PORT_8080_TCP_HOST", "x"),
            ("SALA_BINDD", "x"),
        ] {
            let err = Settings::load_from(None, &env(&[typo])).unwrap_err();
            assert_eq!(err.key, typo.0, "still a typo");
        }
    }

    #[test]
    fn rate_limits_override_part_by_part_and_bad_ones_name_the_key() {
        let s = Settings::load_from(
            None,
            &env(&[
                ("SALA_RATE_LIMIT_VOTES", "account=5, window=1h"),
                ("SALA_NEW_ACCOUNT_AGE", "2d"),
            ]),
        )
        .unwrap();
        let votes = s.rate_limits.of(LimitedAction::Vote);
        assert_eq!((votes.per_account, votes.window_secs), (5, 3600));
        assert_eq!(
            votes.per_address,
            RateLimits::default().votes.per_address,
            "parts left out keep their default"
        );
        assert_eq!(s.rate_limits.new_account_age_secs, 2 * 86_400);
        for (key, value) in [
            ("SALA_RATE_LIMIT_LOGINS", "account=0"),
            ("SALA_RATE_LIMIT_FLAGS", "accounts=3"),
            ("SALA_RATE_LIMIT_COMMENTS", "window=soon"),
            ("SALA_NEW_ACCOUNT_LIMIT_PERCENT", "0"),
            ("SALA_FLAG_HIDE_THRESHOLD", "0"),
            ("SALA_REPEAT_WINDOW", "0s"),
            ("SALA_K_ANONYMITY", "1"),
        ] {
            let err = Settings::load_from(None, &env(&[(key, value)])).unwrap_err();
            assert_eq!(err.key, key, "{value}: {}", err.message);
        }
    }

    #[test]
    fn trusted_proxies_are_addresses_or_ranges() {
        let s = Settings::load_from(
            None,
            &env(&[("SALA_TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1 ::1")]),
        )
        .unwrap();
        assert_eq!(s.trusted_proxies.len(), 3);
        assert!(s.trusted_proxies[0].contains(&"10.1.2.3".parse::<std::net::IpAddr>().unwrap()));
        let err = Settings::load_from(None, &env(&[("SALA_TRUSTED_PROXIES", "proxy.local")]))
            .unwrap_err();
        assert_eq!(err.key, "SALA_TRUSTED_PROXIES");
        assert!(Settings::load_from(None, &[])
            .unwrap()
            .trusted_proxies
            .is_empty());
    }

    #[test]
    fn cors_origins_are_a_list_of_origins_and_none_by_default() {
        let s = Settings::load_from(
            None,
            &env(&[(
                "SALA_CORS_ORIGINS",
                "https://app.example.go.th, http://localhost:5173 HTTPS://Other.example:443",
            )]),
        )
        .unwrap();
        assert_eq!(
            s.cors_origins,
            [
                "https://app.example.go.th",
                "http://localhost:5173",
                "https://other.example"
            ]
        );
        for bad in [
            "app.example.go.th",
            "https://app.example.go.th/path",
            "ftp://x.org",
        ] {
            let err = Settings::load_from(None, &env(&[("SALA_CORS_ORIGINS", bad)])).unwrap_err();
            assert_eq!(err.key, "SALA_CORS_ORIGINS", "{bad}");
        }
        assert!(Settings::load_from(None, &[])
            .unwrap()
            .cors_origins
            .is_empty());
    }

    #[test]
    fn a_file_with_an_unknown_key_is_refused() {
        let dir = std::env::temp_dir().join(format!("sala-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("sala.toml");
        std::fs::write(&path, "bind = \"127.0.0.1:7000\"\nbnd = 1\n").unwrap();
        let err = Settings::load_from(Some(&path), &[]).unwrap_err();
        assert!(err.message.contains("bnd"), "{}", err.message);
        std::fs::write(&path, "bind = \"127.0.0.1:7000\"\n").unwrap();
        let s = Settings::load_from(Some(&path), &env(&[("SALA_BIND", "127.0.0.1:7001")])).unwrap();
        assert_eq!(s.bind.port(), 7001, "environment wins over the file");
    }
}
