//! `Application::build`: wires settings, database, token keys, mail and the HTTP server, and
//! binds the listener (port 0 works), so tests start exactly what production starts.

use std::net::TcpListener;
use std::path::Path;

use actix_web::dev::Server;
use actix_web::{web, App, HttpServer};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::AppExt;

use crate::auth::AccessTokens;
use crate::config::{Mode, Settings};
use crate::db::Db;
use crate::domain::accounts::AccountPolicy;
use crate::domain::agency::pseudonyms::PseudonymKey;
use crate::domain::moderation::ModerationPolicy;
use crate::domain::notifications::unsubscribe::UnsubscribeKey;
use crate::domain::repetition::RepetitionPolicy;
use crate::rate_limit::RateLimiter;
use crate::search::SearchService;
use crate::{api, monitoring, web_app, workers};

/// What every request handler may reach.
pub struct AppState {
    pub settings: Settings,
    pub db: Db,
    pub tokens: AccessTokens,
    pub unsubscribe: UnsubscribeKey,
    pub limiter: RateLimiter,
    pub pseudonyms: PseudonymKey,
    pub search: SearchService,
}

impl AppState {
    pub fn account_policy(&self) -> AccountPolicy<'_> {
        AccountPolicy {
            public_url: &self.settings.public_url,
            email_token_ttl: chrono::Duration::hours(self.settings.email_token_ttl_hours as i64),
            refresh_token_ttl: chrono::Duration::days(self.settings.refresh_token_ttl_days as i64),
        }
    }

    pub fn moderation_policy(&self) -> ModerationPolicy {
        ModerationPolicy {
            flag_hide_threshold: self.settings.flag_hide_threshold,
            new_account_age: chrono::Duration::seconds(
                self.settings.rate_limits.new_account_age_secs as i64,
            ),
        }
    }

    pub fn repetition_policy(&self) -> RepetitionPolicy {
        repetition_policy(&self.settings)
    }
}

pub fn repetition_policy(settings: &Settings) -> RepetitionPolicy {
    RepetitionPolicy {
        limit: settings.repeat_limit,
        window: chrono::Duration::seconds(settings.repeat_window_secs as i64),
    }
}

pub struct Application {
    port: u16,
    server: Server,
    workers: Vec<JoinHandle<()>>,
    shutdown: watch::Sender<bool>,
    db: Db,
}

/// Reads the JWT secret from settings, or in development from `data_dir/jwt_secret`, making
/// one on first start.
pub fn jwt_secret(settings: &Settings) -> anyhow::Result<Vec<u8>> {
    if let Some(secret) = &settings.jwt_secret {
        return Ok(secret.expose().as_bytes().to_vec());
    }
    anyhow::ensure!(
        settings.mode == Mode::Development,
        "SALA_JWT_SECRET is required in production mode"
    );
    let path = settings.data_dir.join("jwt_secret");
    if let Ok(existing) = std::fs::read_to_string(&path) {
        if existing.trim().len() >= 32 {
            return Ok(existing.trim().as_bytes().to_vec());
        }
    }
    std::fs::create_dir_all(&settings.data_dir)?;
    let (secret, _) = crate::auth::opaque::new_token();
    write_private(&path, &secret)?;
    tracing::info!(path = %path.display(), "generated a JWT secret for development");
    Ok(secret.into_bytes())
}

fn write_private(path: &Path, contents: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents.as_bytes())?;
    Ok(())
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        monitoring::install();
        let db = Db::connect(&settings.database_url, settings.database_max_connections).await?;
        db.migrate().await?;
        let secret = jwt_secret(&settings)?;
        let tokens = AccessTokens::new(&secret, settings.access_token_ttl_secs)?;
        let unsubscribe = UnsubscribeKey::new(&secret)?;
        let pseudonyms = PseudonymKey::new(&secret)?;
        let search = SearchService::from_settings(&settings)?;
        let (shutdown, shutdown_rx) = watch::channel(false);
        let workers = if settings.run_workers {
            workers::spawn_with(&settings, &db, &unsubscribe, &search, &shutdown_rx)?
        } else {
            Vec::new()
        };

        let listener = TcpListener::bind(settings.bind)?;
        let port = listener.local_addr()?.port();
        let max_body = settings.max_body_bytes;
        let frontend_dir = settings.frontend_dir.clone();
        let state = web::Data::new(AppState {
            limiter: RateLimiter::new(settings.rate_limits.clone()),
            settings,
            db: db.clone(),
            tokens,
            unsubscribe,
            pseudonyms,
            search,
        });
        let server = HttpServer::new(move || {
            App::new()
                .wrap(crate::idempotency::Idempotency)
                .wrap(actix_web::middleware::from_fn(
                    api::control_characters::refuse_in_request_target,
                ))
                .wrap(actix_web::middleware::from_fn(api::cors::cors))
                .wrap(api::request_id::RequestIdHeader)
                .wrap(TracingLogger::<api::request_log::RequestSpan>::new())
                .wrap(actix_web::middleware::from_fn(
                    api::security_headers::add_security_headers,
                ))
                .wrap(actix_web::middleware::from_fn(
                    monitoring::http::record_request,
                ))
                .app_data(state.clone())
                .app_data(api::json_config(max_body))
                .app_data(api::path_config())
                .app_data(api::query_config())
                .into_utoipa_app()
                .openapi(api::base_document())
                .configure(api::routes)
                .openapi_service(api::docs_service)
                .into_app()
                .service(web::scope("/api").default_service(web::to(api::not_found)))
                .service(web::scope("/health").default_service(web::to(api::not_found)))
                .configure(|cfg| web_app::configure(cfg, frontend_dir.as_deref()))
        })
        .listen(listener)?
        .shutdown_timeout(10)
        .run();
        Ok(Application {
            port,
            server,
            workers,
            shutdown,
            db,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until the process is asked to stop, then lets background workers finish.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let result = self.server.await;
        let _ = self.shutdown.send(true);
        for worker in self.workers {
            let _ = worker.await;
        }
        self.db.close().await?;
        Ok(result?)
    }
}
