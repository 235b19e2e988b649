//! `SALA_*` environment variables: each is a setting, a name another tool owns, or a
//! Kubernetes service link; anything else is a typo and stops the program.

use super::settings::Layer;
use super::{problem, ConfigError};

/// Environment variables starting with `SALA_` that are read by other tools, not the server.
const FOREIGN_ENV_PREFIXES: &[&str] = &["SALA_TEST_", "SALA_CONFIG", "SALA_WEB_"];
/// The same, named whole: a prefix would also swallow `SALA_BIND`. `SALA_BIN` tells the web
/// app's scripts and browser tests which `sala` binary to run.
const FOREIGN_ENV_NAMES: &[&str] = &["SALA_BIN"];

/// Sets each `SALA_*` variable of `env` on `layer`, over what the file said.
pub(super) fn overlay(layer: &mut Layer, env: &[(String, String)]) -> Result<(), ConfigError> {
    for (key, raw) in env {
        let Some(name) = key.strip_prefix("SALA_") else {
            continue;
        };
        if FOREIGN_ENV_PREFIXES.iter().any(|p| key.starts_with(p))
            || FOREIGN_ENV_NAMES.contains(&key.as_str())
        {
            continue;
        }
        match layer.set(name, raw) {
            Some(set) => set.map_err(|message| problem(key, message))?,
            None if is_service_link(name, raw) => layer.ignored_service_links.push(key.clone()),
            None => return Err(problem(key, "unknown setting (see README, Configuration)")),
        }
    }
    Ok(())
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
