//! Typed settings: built-in defaults, then an optional TOML file, then `SALA_*` environment
//! variables, validated once at start with an error that names the key at fault.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::str::FromStr;

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
    /// SMTP server for outgoing mail; without it mail is written to `mail_dir`.
    pub smtp_url: Option<Secret>,
    /// Whether `serve` also runs the background workers (mail, notifications, digest).
    pub run_workers: bool,
    /// First retry delay of a failed outbox item, doubled per attempt up to an hour.
    pub outbox_retry_base_ms: u64,
    /// Attempts before an outbox item is dead-lettered.
    pub outbox_max_attempts: u32,
    /// Seconds a worker holds claimed outbox items before they count as abandoned.
    pub outbox_lease_secs: u64,
    /// Hour of the day (UTC) the daily digest goes out; 1 is 08:00 in Thailand.
    pub digest_hour_utc: u32,
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
    smtp_url: Option<Secret>,
    run_workers: Option<bool>,
    outbox_retry_base_ms: Option<u64>,
    outbox_max_attempts: Option<u32>,
    outbox_lease_secs: Option<u64>,
    digest_hour_utc: Option<u32>,
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
            if FOREIGN_ENV_PREFIXES.iter().any(|p| key.starts_with(p)) {
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
                "SMTP_URL" => self.smtp_url = Some(Secret::new(raw.clone())),
                "RUN_WORKERS" => self.run_workers = Some(parse_env(key, raw)?),
                "OUTBOX_RETRY_BASE_MS" => self.outbox_retry_base_ms = Some(parse_env(key, raw)?),
                "OUTBOX_MAX_ATTEMPTS" => self.outbox_max_attempts = Some(parse_env(key, raw)?),
                "OUTBOX_LEASE_SECS" => self.outbox_lease_secs = Some(parse_env(key, raw)?),
                "DIGEST_HOUR_UTC" => self.digest_hour_utc = Some(parse_env(key, raw)?),
                _ => return Err(problem(key, "unknown setting (see README, Configuration)")),
            }
        }
        Ok(())
    }

    fn resolve(self) -> Result<Settings, ConfigError> {
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
        Ok(Settings {
            smtp_url: self.smtp_url,
            run_workers: self.run_workers.unwrap_or(true),
            outbox_retry_base_ms: self.outbox_retry_base_ms.unwrap_or(2000).max(1),
            outbox_max_attempts,
            outbox_lease_secs: self.outbox_lease_secs.unwrap_or(60).max(1),
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
        })
    }
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
    }

    #[test]
    fn production_requires_a_long_jwt_secret() {
        let err = Settings::load_from(None, &env(&[("SALA_MODE", "production")])).unwrap_err();
        assert_eq!(err.key, "SALA_JWT_SECRET");
        let ok = Settings::load_from(
            None,
            &env(&[
                ("SALA_MODE", "production"),
                ("SALA_JWT_SECRET", &"k".repeat(40)),
            ]),
        );
        assert!(ok.is_ok());
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
