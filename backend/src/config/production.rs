//! What production mode refuses: anything that only works on one machine or only for trying
//! out, each refusal naming the setting that fixes it.

use super::{problem, ConfigError, Settings};

/// Production mode runs several processes on shared services; what only works on one
/// machine, or only for trying out, is refused here with the setting that fixes it.
pub(super) fn refuse_what_cannot_work_in_production(
    settings: &Settings,
) -> Result<(), ConfigError> {
    let Some(jwt_secret) = &settings.jwt_secret else {
        return Err(problem(
            "SALA_JWT_SECRET",
            "required in production mode (at least 32 characters)",
        ));
    };
    if settings.database_url.starts_with("sqlite:") {
        return Err(problem(
            "SALA_DATABASE_URL",
            "production mode needs PostgreSQL (postgres://…): SQLite serves one machine only",
        ));
    }
    if settings.search_url.is_none() {
        return Err(problem(
            "SALA_SEARCH_URL",
            "production mode needs a Meilisearch server: the embedded index is per host, so \
             several processes would diverge",
        ));
    }
    if settings.smtp_url.is_none() {
        return Err(problem(
            "SALA_SMTP_URL",
            "production mode needs an SMTP server: mail written to files reaches nobody",
        ));
    }
    if is_weak_secret(jwt_secret.expose()) {
        return Err(problem(
            "SALA_JWT_SECRET",
            "too weak for production: use at least 32 random characters (openssl rand -base64 48)",
        ));
    }
    if !settings.public_url.starts_with("https://") {
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
