//! Typed settings: built-in defaults, then an optional TOML file, then `SALA_*` environment
//! variables, validated once at start with an error that names the key at fault.
//!
//! Each setting is declared once, in `settings.rs`; `declare.rs` turns that list into
//! `Settings` and the file/environment layer.

mod declare;
mod environment;
mod parse;
mod production;
mod rate_limits;
mod settings;
#[cfg(test)]
mod tests;
mod values;

use std::path::Path;

pub use rate_limits::{LimitedAction, RateLimit, RateLimits};
pub use settings::Settings;
pub use values::{LogFormat, MigrationMode, Mode, Secret};

use settings::Layer;

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

/// The environment variable of the setting `name`: `bind` is `SALA_BIND`.
fn env_key(name: &str) -> String {
    format!("SALA_{}", name.to_ascii_uppercase())
}

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
            Some(path) => read_file(path)?,
            None => Layer::default(),
        };
        environment::overlay(&mut layer, env)?;
        let settings = layer.resolve()?;
        if settings.mode == Mode::Production {
            production::refuse_what_cannot_work_in_production(&settings)?;
        }
        Ok(settings)
    }
}

/// A TOML file of settings, keys as the names in `settings.rs`; an unknown key is refused.
fn read_file(path: &Path) -> Result<Layer, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| problem("config file", format!("{}: {e}", path.display())))?;
    toml::from_str::<Layer>(&text).map_err(|e| {
        problem(
            "config file",
            format!("{}: {}", path.display(), e.message()),
        )
    })
}
