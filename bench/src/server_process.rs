//! The `sala` binary built beside this benchmark, run as a server process of its own on a
//! database the benchmark loaded, so that its memory is measured apart from the loader's.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct ServerProcess {
    child: Child,
    pub port: u16,
    _data_dir: tempfile::TempDir,
}

/// `sala` in the folder this benchmark runs from (`target/release` or `target/debug`), or
/// `SALA_BIN`.
fn binary() -> anyhow::Result<PathBuf> {
    if let Some(path) = std::env::var_os("SALA_BIN") {
        return Ok(PathBuf::from(path));
    }
    let here = std::env::current_exe()?;
    let binary = here
        .parent()
        .map(|dir| dir.join("sala"))
        .ok_or_else(|| anyhow::anyhow!("the benchmark runs from no folder"))?;
    anyhow::ensure!(
        binary.is_file(),
        "no sala binary at {}: build it with the same profile (cargo build --release -p sala)",
        binary.display()
    );
    Ok(binary)
}

impl ServerProcess {
    /// Starts `sala serve` on `database_url` (the API alone, no workers) and waits until it
    /// answers.
    pub async fn start(database_url: &str) -> anyhow::Result<ServerProcess> {
        let port = sala_tests::free_port();
        let data_dir = tempfile::tempdir()?;
        let mut command = Command::new(binary()?);
        for (key, _) in std::env::vars() {
            if key.starts_with("SALA_") {
                command.env_remove(key);
            }
        }
        let child = command
            .arg("serve")
            .env("SALA_DATABASE_URL", database_url)
            .env("SALA_DATABASE_MAX_CONNECTIONS", "8")
            .env("SALA_BIND", format!("127.0.0.1:{port}"))
            .env("SALA_DATA_DIR", data_dir.path())
            .env("SALA_RUN_WORKERS", "false")
            .env("SALA_LOG", "error")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()?;
        let server = ServerProcess {
            child,
            port,
            _data_dir: data_dir,
        };
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let live = client
                .get(server.url("/health/live"))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            if live {
                return Ok(server);
            }
            anyhow::ensure!(Instant::now() < deadline, "sala serve did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The process's resident memory now and at its peak, in bytes.
    pub fn memory(&self) -> (u64, u64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .map_or(0, |kb| kb * 1024)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
