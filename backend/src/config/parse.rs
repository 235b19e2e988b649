//! Reading settings' text (durations, address lists, origins, URLs) and the checks a single
//! setting's value must pass; each returns what is wrong in words, and the caller names the key.

use std::fmt::Display;
use std::net::SocketAddr;

use ipnet::IpNet;

use super::Secret;

/// `90`, `90s`, `15m`, `1h` or `1d`, in seconds; never zero.
pub(super) fn duration(raw: &str) -> Result<u64, String> {
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
pub(super) fn networks(raw: String) -> Result<Vec<IpNet>, String> {
    raw.split(|c: char| c == ',' || c.is_whitespace())
        .filter(|part| !part.is_empty())
        .map(|part| {
            part.parse::<IpNet>()
                .or_else(|_| part.parse::<std::net::IpAddr>().map(IpNet::from))
                .map_err(|_| format!("{part:?} is not an IP address or range"))
        })
        .collect()
}

/// A list of web origins, separated by commas or spaces, each written the way browsers send
/// it in `Origin` (scheme, host, and the port only when it is not the default).
pub(super) fn origins(raw: String) -> Result<Vec<String>, String> {
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

/// A number no smaller than `min`.
pub(super) fn at_least<T: PartialOrd + Display>(min: T) -> impl Fn(T) -> Result<T, String> {
    move |value| {
        if value >= min {
            Ok(value)
        } else {
            Err(format!("must be at least {min}"))
        }
    }
}

/// A number from `low` to `high`.
pub(super) fn between<T: PartialOrd + Display>(low: T, high: T) -> impl Fn(T) -> Result<T, String> {
    move |value| {
        if low <= value && value <= high {
            Ok(value)
        } else {
            Err(format!("must be between {low} and {high}"))
        }
    }
}

/// A count or a length of time where 0 would stop the work it paces: taken as 1.
pub(super) fn raised_to_one<T: Ord + From<u8>>(value: T) -> Result<T, String> {
    Ok(value.max(T::from(1)))
}

/// The longest an access token may live: a stolen one is useful for at most this long.
pub(super) const MAX_ACCESS_TOKEN_TTL_SECS: u64 = 15 * 60;

pub(super) fn access_token_lifetime(secs: u64) -> Result<u64, String> {
    if secs == 0 || secs > MAX_ACCESS_TOKEN_TTL_SECS {
        return Err(format!(
            "must be between 1 and {MAX_ACCESS_TOKEN_TTL_SECS} seconds"
        ));
    }
    Ok(secs)
}

/// A listening address like `example`.
pub(super) fn address(example: &'static str) -> impl Fn(String) -> Result<SocketAddr, String> {
    move |text| {
        text.parse()
            .map_err(|_| format!("{text:?} is not an address like {example}"))
    }
}

pub(super) fn database_url(url: String) -> Result<String, String> {
    if url.starts_with("sqlite:")
        || url.starts_with("postgres://")
        || url.starts_with("postgresql://")
    {
        Ok(url)
    } else {
        Err("must start with sqlite: or postgres://".into())
    }
}

/// A signing secret, when given, is long enough to resist guessing.
pub(super) fn jwt_secret(secret: Option<Secret>) -> Result<Option<Secret>, String> {
    match secret {
        Some(secret) if secret.expose().len() < 32 => Err("must be at least 32 characters".into()),
        secret => Ok(secret),
    }
}

/// An absolute URL, without its trailing slashes.
pub(super) fn public_url(url: String) -> Result<String, String> {
    let url = url.trim_end_matches('/').to_owned();
    url::Url::parse(&url).map_err(|e| format!("{url:?}: {e}"))?;
    Ok(url)
}

pub(super) fn smtp_server(url: Option<Secret>) -> Result<Option<Secret>, String> {
    if let Some(url) = &url {
        let parsed = url::Url::parse(url.expose()).map_err(|e| format!("not a URL: {e}"))?;
        if !matches!(parsed.scheme(), "smtp" | "smtps") {
            return Err("must start with smtp:// or smtps://".into());
        }
    }
    Ok(url)
}

pub(super) fn search_server(url: Option<String>) -> Result<Option<String>, String> {
    server_url(
        url,
        &["http", "https"],
        "must start with http:// or https://",
    )
}

pub(super) fn s3_endpoint(url: Option<String>) -> Result<Option<String>, String> {
    server_url(
        url,
        &["http", "https"],
        "must start with http:// or https://",
    )
}

/// The exporter is built without TLS: traces go to a collector beside the process (an agent
/// or sidecar), which forwards them over TLS if they leave the host.
pub(super) fn trace_collector(url: Option<String>) -> Result<Option<String>, String> {
    server_url(
        url,
        &["http"],
        "must start with http:// (a collector nearby, such as http://otel-collector:4318)",
    )
}

/// A server's URL without trailing slashes, with one of `schemes`; empty is none.
fn server_url(
    url: Option<String>,
    schemes: &[&str],
    wrong_scheme: &str,
) -> Result<Option<String>, String> {
    let url = url
        .map(|u| u.trim_end_matches('/').to_owned())
        .filter(|u| !u.is_empty());
    if let Some(url) = &url {
        let parsed = url::Url::parse(url).map_err(|e| format!("not a URL: {e}"))?;
        if !schemes.contains(&parsed.scheme()) {
            return Err(wrong_scheme.into());
        }
    }
    Ok(url)
}

pub(super) fn index_name(name: String) -> Result<String, String> {
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err("use letters, digits, - and _ only".into());
    }
    Ok(name)
}
