//! `Application::build`: wires settings, database, token keys, mail and the HTTP server, and
//! binds the listener (port 0 works), so tests start exactly what production starts.

use std::net::TcpListener;
use std::path::PathBuf;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceFactory, ServiceRequest, ServiceResponse};
use actix_web::{web, App, HttpServer};
use tokio::sync::watch;
use tokio::task::JoinHandle;
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::AppExt;

use crate::api::state::AppState;
use crate::auth::jwt_secret;
use crate::config::Settings;
use crate::db::Db;
use crate::search::{CaughtUp, SearchService};
use crate::{api, monitoring, shutdown, web_app, workers};

/// Sala's HTTP application: the middleware (outermost last), the API with its OpenAPI
/// document, and the web app.
fn http_app(
    state: web::Data<AppState>,
    max_body: usize,
    frontend_dir: Option<PathBuf>,
) -> App<
    impl ServiceFactory<
        ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        // Innermost: sees the handler's own answer, with what its extractors noted.
        .wrap(actix_web::middleware::from_fn(
            api::access_denied::record_refusals,
        ))
        .wrap(actix_web::middleware::from_fn(
            api::read_cache::serve_hot_reads,
        ))
        .wrap(api::idempotency::Idempotency)
        .wrap(actix_web::middleware::from_fn(
            api::control_characters::refuse_in_request_target,
        ))
        .wrap(actix_web::middleware::from_fn(api::cors::cors))
        .wrap(actix_web::middleware::from_fn(
            api::request_id::add_request_id,
        ))
        .wrap(TracingLogger::<api::request_log::RequestSpan>::new())
        // Outside the idempotency store, so a replay is encoded for whoever asks.
        .wrap(actix_web::middleware::Compress::default())
        .wrap(actix_web::middleware::from_fn(
            api::caching::apply_caching_policy,
        ))
        .wrap(actix_web::middleware::from_fn(
            api::security_headers::add_security_headers,
        ))
        .wrap(actix_web::middleware::from_fn(
            monitoring::http::record_request,
        ))
        .app_data(state)
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
}

/// Connections the kernel holds for the API before they are accepted. The standard library's
/// listener keeps 128: a burst of a few thousand readers arriving at once (a consultation
/// shared on television) then has its connection attempts dropped and retried seconds later.
/// The kernel caps the figure at `net.core.somaxconn` (4096 on current Linux).
const LISTEN_BACKLOG: u32 = 4096;

pub struct Application {
    port: u16,
    server: Server,
    /// Reached once the data written before the start is searchable; at once when this
    /// process runs no indexer (indexing is then the worker processes' job).
    search_caught_up: CaughtUp,
    workers: Vec<JoinHandle<()>>,
    shutdown: watch::Sender<bool>,
    db: Db,
    grace_secs: u64,
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Application> {
        monitoring::install();
        let db = Db::connect(&settings.database_url, settings.database_max_connections).await?;
        db.prepare_schema(settings.migrations).await?;
        let secret = jwt_secret(&settings)?;
        let search = SearchService::from_settings(&settings)?;
        let search_caught_up = search.caught_up.clone();
        let state = AppState::new(settings.clone(), db.clone(), &secret, search)?;
        let (shutdown, shutdown_rx) = watch::channel(false);
        if !settings.run_workers {
            search_caught_up.reach();
        }
        let mut workers = if settings.run_workers {
            workers::spawn_with(
                &settings,
                &db,
                &state.unsubscribe,
                &state.search,
                &shutdown_rx,
            )?
        } else {
            Vec::new()
        };

        let max_body = settings.max_body_bytes;
        let frontend_dir = settings.frontend_dir.clone();
        let grace_secs = settings.shutdown_grace_secs;
        let state = web::Data::new(state);
        workers.extend(api::read_cache::peers::spawn(
            &state,
            &settings.database_url,
            &shutdown_rx,
        ));
        let server =
            HttpServer::new(move || http_app(state.clone(), max_body, frontend_dir.clone()))
                .backlog(LISTEN_BACKLOG)
                .bind(settings.bind)?;
        let port = server
            .addrs()
            .first()
            .map(|address| address.port())
            .ok_or_else(|| anyhow::anyhow!("the API is bound to no address"))?;
        let server = server
            // Stopping is `run_until_stopped`'s: it treats SIGTERM and Ctrl-C alike, gracefully.
            .disable_signals()
            .shutdown_timeout(grace_secs)
            .run();
        Ok(Application {
            port,
            server,
            search_caught_up,
            workers,
            shutdown,
            db,
            grace_secs,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Reached once everything written before the start is searchable.
    pub fn search_caught_up(&self) -> CaughtUp {
        self.search_caught_up.clone()
    }

    /// Serves until the process is asked to stop (SIGTERM or Ctrl-C), then stops taking
    /// connections, lets requests in flight and background work finish within the grace
    /// period, and returns.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let handle = self.server.handle();
        // The server acts on `stop` only while polled: it runs as a task of its own.
        let mut server = tokio::spawn(self.server);
        let (result, deadline) = tokio::select! {
            result = &mut server => (result, shutdown::deadline(self.grace_secs)),
            () = shutdown::requested() => {
                tracing::info!(grace_secs = self.grace_secs, "stop requested: finishing requests in flight and background work");
                let deadline = shutdown::deadline(self.grace_secs);
                let _ = self.shutdown.send(true);
                handle.stop(true).await;
                (server.await, deadline)
            }
        };
        let _ = self.shutdown.send(true);
        shutdown::drain(self.workers, deadline).await;
        self.db.close().await?;
        Ok(result??)
    }
}

/// `sala worker`: the background workers without the API, and a small HTTP listener of its
/// own on `SALA_WORKER_BIND` for `/health/live`, `/health/ready` and `/metrics`, so
/// orchestrators probe and monitoring scrapes workers as they do API processes.
pub struct Worker {
    port: u16,
    probes: Server,
    workers: Vec<JoinHandle<()>>,
    shutdown: watch::Sender<bool>,
    db: Db,
    grace_secs: u64,
}

impl Worker {
    /// Connects, prepares the schema, starts the workers and binds the probe listener (port
    /// 0 works; `port` tells the real one).
    pub async fn build(settings: Settings) -> anyhow::Result<Worker> {
        let db = Db::connect(&settings.database_url, settings.database_max_connections).await?;
        db.prepare_schema(settings.migrations).await?;
        let secret = jwt_secret(&settings)?;
        let search = SearchService::from_settings(&settings)?;
        let state = AppState::new(settings.clone(), db.clone(), &secret, search)?;
        let (shutdown, shutdown_rx) = watch::channel(false);
        let workers = workers::spawn_with(
            &settings,
            &db,
            &state.unsubscribe,
            &state.search,
            &shutdown_rx,
        )?;
        let listener = TcpListener::bind(settings.worker_bind)?;
        let port = listener.local_addr()?.port();
        let state = web::Data::new(state);
        let probes = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .service(api::health::live)
                .service(api::health::ready)
                .service(api::health::metrics)
        })
        .workers(1)
        .listen(listener)?
        .disable_signals()
        .shutdown_timeout(settings.shutdown_grace_secs)
        .run();
        Ok(Worker {
            port,
            probes,
            workers,
            shutdown,
            db,
            grace_secs: settings.shutdown_grace_secs,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Works until the process is asked to stop (SIGTERM or Ctrl-C), then lets the workers
    /// finish the items in hand within the grace period; the probes answer until then.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let handle = self.probes.handle();
        let probes = tokio::spawn(self.probes);
        shutdown::requested().await;
        tracing::info!(
            grace_secs = self.grace_secs,
            "stop requested: workers finish the items in hand"
        );
        let deadline = shutdown::deadline(self.grace_secs);
        let _ = self.shutdown.send(true);
        shutdown::drain(self.workers, deadline).await;
        handle.stop(true).await;
        let _ = probes.await;
        self.db.close().await?;
        Ok(())
    }
}
