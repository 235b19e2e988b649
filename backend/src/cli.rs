//! The `sala` command line: serve, migrate, demo data, search reindexing, user
//! administration, and importing Polis conversations.

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sea_orm::ActiveEnum;

use crate::app::{Application, Worker};
use crate::config::{Mode, Settings};
use crate::db::Db;
use crate::domain::accounts::{self, Locale, Role};
use crate::domain::moderation::assignments::{self, RoleChanger};
use crate::domain::notifications::{digest, unsubscribe::UnsubscribeKey};
use crate::search::{indexer, SearchService};
use crate::{auth, demo, telemetry};

#[derive(Parser)]
#[command(
    name = "sala",
    version,
    about = "Sala: civic e-participation and crowdsourcing platform"
)]
struct Cli {
    /// A TOML settings file (keys as in the README); SALA_* variables override it.
    #[arg(long, global = true, env = "SALA_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Migrate the database and serve the API (and the web app, when built).
    Serve,
    /// Apply pending migrations, or revert them.
    Migrate {
        /// Revert this many migrations instead (all with --down 0).
        #[arg(long)]
        down: Option<u32>,
    },
    /// Load the demo data set (refused in production mode).
    Demo {
        /// Then serve, as `sala serve` does.
        #[arg(long)]
        serve: bool,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Run the background workers only (mail, notifications, search indexing, digest),
    /// without serving HTTP.
    Worker,
    /// Rebuild the search index from the database without downtime: a new index is built
    /// beside the live one, then swapped in; changes made meanwhile are indexed after.
    Reindex,
    /// Print an API key for Meilisearch that opens only Sala's index (and its rebuilds) for
    /// the actions Sala takes; set it as SALA_SEARCH_KEY. The master key comes from
    /// MEILI_MASTER_KEY (as Meilisearch names it) or standard input. Running it again prints
    /// the same key.
    SearchKey,
    /// Queue today's digest now (for cron, instead of the built-in daily schedule).
    Digest,
    /// Print the OpenAPI document.
    Openapi,
    /// Import a Polis conversation export (a folder with summary.csv, comments.csv,
    /// participants-votes.csv and usually votes.csv) as a closed consultation, then compute
    /// its opinion groups. Participants become placeholder accounts that cannot sign in;
    /// Polis ids are kept as external references. A conversation is imported only once.
    ImportPolis {
        /// The export's folder.
        dir: PathBuf,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create a verified account; the password is read from a prompt or standard input.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "citizen")]
        role: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, default_value = "th")]
        locale: String,
    },
    /// Change an account's role.
    Role {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
    },
}

pub fn main() -> ExitCode {
    // Every HTTP client in the process (S3 uploads, OTLP traces) shares one reqwest built with
    // rustls and no crypto provider of its own: without one installed first, building such a
    // client fails, and traces, for one, would never leave. ring, as mail uses.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let cli = Cli::parse();
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    // Before the runtime: the trace exporter's HTTP client runs on a thread of its own.
    let telemetry = telemetry::start(
        &settings.log,
        settings.log_format,
        settings.otlp_endpoint.as_deref(),
    );
    if !settings.ignored_service_links.is_empty() {
        tracing::info!(
            variables = %settings.ignored_service_links.join(", "),
            "ignoring Kubernetes service-link variables (not settings); set enableServiceLinks: false to drop them"
        );
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("cannot start the async runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(run(cli.command, settings));
    drop(runtime);
    // Sends the spans still buffered.
    drop(telemetry);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(command: Command, settings: Settings) -> anyhow::Result<()> {
    match command {
        Command::Serve => serve(settings).await,
        Command::Migrate { down } => {
            let db = connect(&settings, 2).await?;
            match down {
                None => {
                    let report = db.migrate().await?;
                    println!(
                        "migrations: applied {}{}",
                        report.applied.len(),
                        if report.newer.is_empty() {
                            String::new()
                        } else {
                            format!(
                                "; the database also has {} newer than this binary",
                                report.newer.len()
                            )
                        }
                    );
                }
                Some(0) => db.migrate_down(None).await?,
                Some(steps) => db.migrate_down(Some(steps)).await?,
            }
            db.close().await?;
            Ok(())
        }
        Command::Demo { serve: then_serve } => {
            anyhow::ensure!(
                settings.mode != Mode::Production,
                "demo data is refused in production mode"
            );
            let db = connect(&settings, 4).await?;
            db.prepare_schema(settings.migrations).await?;
            demo::load(&db, &settings).await?;
            db.close().await?;
            if then_serve {
                serve(settings).await?;
            }
            Ok(())
        }
        Command::User { command } => user(command, settings).await,
        Command::Worker => worker(settings).await,
        Command::Reindex => reindex(settings).await,
        Command::SearchKey => search_key(settings).await,
        Command::Digest => {
            let db = connect(&settings, 2).await?;
            db.prepare_schema(settings.migrations).await?;
            let key = UnsubscribeKey::new(&crate::auth::jwt_secret(&settings)?)?;
            let queued = digest::send_due(&db, &settings.public_url, &key)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            eprintln!("digest: queued {queued} digests");
            db.close().await?;
            Ok(())
        }
        Command::ImportPolis { dir } => import_polis(&dir, settings).await,
        Command::Openapi => {
            println!(
                "{}",
                serde_json::to_string_pretty(&crate::api::openapi_document())?
            );
            Ok(())
        }
    }
}

/// The command line's connection: what it writes is told to the API processes as it commits
/// (`db::writes_elsewhere`), so they forget what they keep at once.
async fn connect(settings: &Settings, max_connections: u32) -> anyhow::Result<Db> {
    Ok(Db::connect(&settings.database_url, max_connections)
        .await?
        .announcing())
}

async fn serve(settings: Settings) -> anyhow::Result<()> {
    let app = Application::build(settings.clone()).await?;
    let url = format!("http://{}:{}", settings.bind.ip(), app.port());
    tracing::info!("Sala is serving on {url} (API docs at /api/docs)");
    // One line on standard output once the data is searchable too: what a person running
    // `make run` and the browser tests wait for before they start.
    let caught_up = app.search_caught_up();
    tokio::spawn(async move {
        caught_up.reached().await;
        println!("{READY_LINE} {url}");
    });
    app.run_until_stopped().await
}

/// Starts the line `sala serve` prints on standard output once it serves and everything
/// written before it started is searchable.
pub const READY_LINE: &str = "Sala is ready on";

async fn search_key(settings: Settings) -> anyhow::Result<()> {
    let Some(url) = &settings.search_url else {
        anyhow::bail!("SALA_SEARCH_URL is not set: the embedded index needs no key");
    };
    // From the environment or standard input, never the command line (where `ps` shows it).
    let master = match std::env::var("MEILI_MASTER_KEY") {
        Ok(key) => key,
        Err(_) => {
            if std::io::stdin().is_terminal() {
                eprint!("Meilisearch master key: ");
            }
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line)?;
            line.trim().to_owned()
        }
    };
    anyhow::ensure!(!master.is_empty(), "no master key given");
    let key =
        crate::search::meili_key::restricted_key(url, &master, &settings.search_index).await?;
    println!("{key}");
    Ok(())
}

async fn reindex(settings: Settings) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let db = connect(&settings, 4).await?;
    db.prepare_schema(settings.migrations).await?;
    let search = SearchService::from_settings(&settings)?;
    let on_terminal = std::io::stderr().is_terminal();
    let summary = indexer::rebuild(&db, &search.engine, &search.dir, |doc_type, n| {
        if on_terminal {
            eprint!(
                "\rreindex: {n} documents read (now {})   ",
                doc_type.as_str()
            );
        }
    })
    .await?;
    if on_terminal {
        eprintln!();
    }
    println!(
        "reindex: {} documents into the {} index in {:.1}s; {} changed meanwhile, queued for the indexer",
        summary.documents,
        search.engine.name(),
        started.elapsed().as_secs_f64(),
        summary.changed_meanwhile
    );
    db.close().await?;
    Ok(())
}

async fn worker(settings: Settings) -> anyhow::Result<()> {
    let worker = Worker::build(settings.clone()).await?;
    tracing::info!(
        "Sala workers running; health and metrics on http://{}:{}; SIGTERM or Ctrl-C stops them",
        settings.worker_bind.ip(),
        worker.port()
    );
    worker.run_until_stopped().await
}

async fn import_polis(dir: &std::path::Path, settings: Settings) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let db = connect(&settings, 4).await?;
    db.prepare_schema(settings.migrations).await?;
    let imported = crate::polis::import::import(&db, dir).await?;
    let pseudonyms =
        crate::domain::agency::pseudonyms::PseudonymKey::new(&crate::auth::jwt_secret(&settings)?)?;
    let id = imported.consultation_id;
    let version = crate::opinion_groups::load::versions(db.reader(), Some(id))
        .await?
        .remove(&id)
        .unwrap_or_default();
    let cold = std::sync::Arc::new(crate::opinion_groups::WarmStarts::default());
    let report =
        crate::opinion_groups::cache::recompute(&db, &pseudonyms, &cold, id, version).await?;
    let sizes: Vec<String> = report.groups.iter().map(|g| g.size.to_string()).collect();
    println!(
        "imported {} as consultation {} ({id}): {} participants, {} statements ({} moderated out), {} votes; {} opinion groups ({}) in {:.1}s",
        dir.display(),
        imported.slug,
        imported.participants,
        imported.statements,
        imported.moderated_out,
        imported.votes,
        report.groups.len(),
        sizes.join(" / "),
        started.elapsed().as_secs_f64()
    );
    db.close().await?;
    Ok(())
}

fn parse_role(raw: &str) -> anyhow::Result<Role> {
    Role::try_from_value(&raw.to_owned()).map_err(|_| {
        anyhow::anyhow!("unknown role {raw:?}: use citizen, moderator, valuator, agency or admin")
    })
}

fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let again = rpassword::prompt_password("Password again: ")?;
        anyhow::ensure!(first == again, "the two passwords differ");
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin().lock().read_line(&mut line)?;
        Ok(line.trim_end_matches(['\r', '\n']).to_owned())
    }
}

async fn user(command: UserCommand, settings: Settings) -> anyhow::Result<()> {
    let db = connect(&settings, 2).await?;
    db.prepare_schema(settings.migrations).await?;
    match command {
        UserCommand::Create {
            email,
            role,
            name,
            locale,
        } => {
            let role = parse_role(&role)?;
            let locale = Locale::try_from_value(&locale)
                .map_err(|_| anyhow::anyhow!("locale must be th or en"))?;
            let password = crate::domain::text::new_password(&read_password()?)
                .map_err(|e| anyhow::anyhow!("password {}", e.message))?;
            let hash = auth::password::hash_password(&password).await?;
            let name =
                name.unwrap_or_else(|| email.split('@').next().unwrap_or("admin").to_owned());
            let new = accounts::VerifiedAccount {
                email: &email,
                display_name: &name,
                password_hash: hash,
                role,
                locale,
            };
            let account = accounts::create_by_operator(&db, new)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!(
                "created {} ({}) with role {}",
                account.email,
                account.id,
                role.as_str()
            );
        }
        UserCommand::Role { email, role } => {
            let role = parse_role(&role)?;
            let found = accounts::find_by_email(db.reader(), &email)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no account has the email {email}"))?;
            let account =
                assignments::change_role(&db, RoleChanger::Operator, found.id, role, None)
                    .await
                    .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("{} is now {}", account.email, role.as_str());
        }
    }
    db.close().await?;
    Ok(())
}
