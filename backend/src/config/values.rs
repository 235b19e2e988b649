//! The kinds of value settings take that are Sala's own: modes, formats and secrets.

use std::fmt;
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

/// How log lines are written: for people to read, or one JSON object per line.
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
