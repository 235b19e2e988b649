//! What loading settings promises: defaults, overrides, refusals that name the key.

use std::path::PathBuf;

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
    let err = Settings::load_from(None, &env(&[("SALA_SEARCH_URL", "meili:7700")])).unwrap_err();
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
    let err =
        Settings::load_from(None, &env(&[("SALA_TRUSTED_PROXIES", "proxy.local")])).unwrap_err();
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

#[test]
fn the_readme_lists_every_setting_and_no_other() {
    let readme = include_str!("../../../README.md");
    let listed: Vec<&str> = readme
        .lines()
        .filter_map(|line| line.strip_prefix("| `SALA_"))
        .filter_map(|rest| rest.split_once("` |").map(|(name, _)| name))
        .collect();
    let declared: Vec<String> = settings::Layer::NAMES
        .iter()
        .map(|name| name.to_ascii_uppercase())
        .collect();
    for name in &declared {
        assert!(
            listed.contains(&name.as_str()),
            "README.md, Configuration: no row for SALA_{name}"
        );
    }
    for name in &listed {
        assert!(
            declared.iter().any(|d| d == name),
            "README.md, Configuration: SALA_{name} is not a setting"
        );
    }
}

#[test]
fn secrets_never_reach_a_debug_print() {
    let s = Settings::load_from(
        None,
        &env(&[
            ("SALA_JWT_SECRET", "Zq3v9Lk2Wx8Rt5Yp1Mn7Bc4Hd6Gf0Js-Ae_Uo"),
            ("SALA_SMTP_URL", "smtp://mailer:hunter2@relay:25"),
            ("SALA_SEARCH_KEY", "meili-key-42"),
        ]),
    )
    .unwrap();
    let printed = format!("{s:?}");
    for secret in ["Zq3v9Lk2", "hunter2", "meili-key-42"] {
        assert!(!printed.contains(secret), "{secret} in {printed}");
    }
}
