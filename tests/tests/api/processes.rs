//! The real `sala` binary as an orchestrator runs it: `sala worker` answers its probes on
//! its own port, and both `sala worker` and `sala serve` stop on SIGTERM, cleanly (exit 0)
//! and within the grace period. `sala demo --serve` says it is ready only once its data is
//! searchable. The binary is `SALA_BIN`, or the `sala` built beside this
//! test (`cargo build -p sala` first, as `make test` does).

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use sala_tests::{free_port, fresh_postgres_database, on_both_databases, sala_binary, Backend};

on_both_databases!(
    sala_worker_answers_its_probes_and_stops_on_sigterm_within_the_grace_period,
    sala_serve_stops_on_sigterm_within_the_grace_period,
    sala_demo_says_it_is_ready_once_the_demo_data_is_searchable,
);

const GRACE_SECS: u64 = 5;

/// Starts `sala <command>` on a fresh database with only the given settings (the test's
/// own `SALA_*` variables are not passed on).
async fn start(
    backend: &Backend,
    command: &str,
    settings: &[(&str, String)],
) -> (Child, tempfile::TempDir) {
    start_with_args(backend, &[command], settings, Stdio::null()).await
}

async fn start_with_args(
    backend: &Backend,
    args: &[&str],
    settings: &[(&str, String)],
    stdout: Stdio,
) -> (Child, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}?mode=rwc", dir.path().join("p.db").display()),
        Backend::Postgres { admin_url } => fresh_postgres_database(admin_url).await.0,
    };
    let mut cmd = Command::new(sala_binary());
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("SALA_DATABASE_URL", url)
        .env("SALA_DATA_DIR", dir.path())
        .env("SALA_SHUTDOWN_GRACE_SECS", GRACE_SECS.to_string())
        .env("SALA_LOG", "warn")
        .stdout(stdout)
        .stderr(Stdio::inherit());
    for (key, value) in settings {
        cmd.env(key, value);
    }
    (cmd.spawn().expect("sala starts"), dir)
}

/// Waits until `url` answers 200, failing if the process exits or after a safety net.
async fn wait_until_answers(child: &mut Child, url: &str) {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Ok(reply) = client.get(url).send().await {
            if reply.status().as_u16() == 200 {
                return;
            }
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("sala exited before answering {url}: {status}");
        }
        assert!(Instant::now() < deadline, "{url} never answered");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Sends SIGTERM and returns the exit code and how long the process took to go.
async fn terminate(mut child: Child) -> (Option<i32>, Duration) {
    let sent = Instant::now();
    kill(Pid::from_raw(child.id() as i32), Signal::SIGTERM).expect("SIGTERM sent");
    loop {
        if let Some(status) = child.try_wait().expect("process status") {
            return (status.code(), sent.elapsed());
        }
        if sent.elapsed() > Duration::from_secs(GRACE_SECS * 6) {
            let _ = child.kill();
            panic!("still running {}s after SIGTERM", GRACE_SECS * 6);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The grace period, plus the time a debug build on a busy machine takes to close its
/// database pool and exit.
fn bound() -> Duration {
    Duration::from_secs(GRACE_SECS + 3)
}

async fn sala_worker_answers_its_probes_and_stops_on_sigterm_within_the_grace_period(
    backend: Backend,
) {
    let port = free_port();
    let (mut worker, _dir) = start(
        &backend,
        "worker",
        &[
            ("SALA_WORKER_BIND", format!("127.0.0.1:{port}")),
            // What Kubernetes injects for a Service called `sala`: not settings, not typos.
            ("SALA_SERVICE_HOST", "10.0.0.7".into()),
            ("SALA_PORT", "tcp://10.0.0.7:8080".into()),
            ("SALA_PORT_8080_TCP_ADDR", "10.0.0.7".into()),
        ],
    )
    .await;
    let base = format!("http://127.0.0.1:{port}");
    wait_until_answers(&mut worker, &format!("{base}/health/live")).await;

    let ready = reqwest::get(format!("{base}/health/ready")).await.unwrap();
    assert_eq!(ready.status().as_u16(), 200);
    let ready: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(ready["database"], "ok", "{ready}");
    let metrics = reqwest::get(format!("{base}/metrics")).await.unwrap();
    assert_eq!(metrics.status().as_u16(), 200);
    assert!(metrics
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/plain")));

    let (code, took) = terminate(worker).await;
    assert_eq!(code, Some(0), "a clean exit after draining");
    assert!(took <= bound(), "stopped in {took:?}, bound {:?}", bound());
    assert!(
        reqwest::get(format!("{base}/health/live")).await.is_err(),
        "the probe port is closed"
    );
}

async fn sala_serve_stops_on_sigterm_within_the_grace_period(backend: Backend) {
    let port = free_port();
    let (mut server, _dir) = start(
        &backend,
        "serve",
        &[("SALA_BIND", format!("127.0.0.1:{port}"))],
    )
    .await;
    wait_until_answers(
        &mut server,
        &format!("http://127.0.0.1:{port}/health/ready"),
    )
    .await;
    let (code, took) = terminate(server).await;
    assert_eq!(code, Some(0), "a clean exit");
    assert!(took <= bound(), "stopped in {took:?}, bound {:?}", bound());
}

/// The first line of `stdout` that starts with `prefix`, or what came instead (the process
/// ended, or the safety net ran out).
async fn line_starting_with(stdout: ChildStdout, prefix: &'static str) -> String {
    let reading = tokio::task::spawn_blocking(move || {
        BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
            .find(|line| line.starts_with(prefix))
    });
    match tokio::time::timeout(Duration::from_secs(300), reading).await {
        Ok(Ok(Some(line))) => line,
        Ok(_) => panic!("sala ended without saying {prefix:?}"),
        Err(_) => panic!("sala never said {prefix:?}"),
    }
}

async fn sala_demo_says_it_is_ready_once_the_demo_data_is_searchable(backend: Backend) {
    let port = free_port();
    let (mut server, _dir) = start_with_args(
        &backend,
        &["demo", "--serve"],
        &[("SALA_BIND", format!("127.0.0.1:{port}"))],
        Stdio::piped(),
    )
    .await;
    let stdout = server.stdout.take().expect("piped standard output");
    let line = line_starting_with(stdout, "Sala is ready on ").await;
    let base = format!("http://127.0.0.1:{port}");
    assert_eq!(line, format!("Sala is ready on {base}"));

    // At that moment, without waiting further: nothing is left to index, and search finds
    // the demo's proposals.
    let ready: serde_json::Value = reqwest::get(format!("{base}/health/ready"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ready["search_pending"], 0, "{ready}");
    let found: serde_json::Value = reqwest::get(format!("{base}/api/v1/search?type=proposal"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        found["total"].as_u64().unwrap_or(0) > 20,
        "the demo's proposals are found: {found}"
    );

    let (code, _) = terminate(server).await;
    assert_eq!(code, Some(0), "a clean exit");
}
