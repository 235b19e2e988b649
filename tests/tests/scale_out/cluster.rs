//! The production shape on one machine: the real `sala` binary run as separate API and worker
//! processes on one database, started, probed, stopped with SIGTERM (or killed with SIGKILL)
//! and started again, as an orchestrator does.

use std::fs::File;
use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use sala::db::Db;
use tempfile::TempDir;

pub use sala_tests::{free_port, sala_binary};

/// A fresh PostgreSQL database, dropped with everything in it when the test ends.
pub struct Database {
    pub url: String,
    admin_url: String,
    name: String,
}

impl Database {
    pub async fn create(admin_url: &str) -> Database {
        let (url, name) = sala_tests::fresh_postgres_database(admin_url).await;
        Database {
            url,
            admin_url: admin_url.to_owned(),
            name,
        }
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop cannot await: a thread of its own with a small runtime does.
        let _ = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                if let Ok(admin) = Db::connect(&admin_url, 1).await {
                    use sea_orm::ConnectionTrait;
                    let _ = admin
                        .reader()
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join();
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `sala serve` with `SALA_RUN_WORKERS=false`: an API replica behind the load balancer.
    Api,
    /// `sala worker`: works the queues, serves health and metrics on `SALA_WORKER_BIND`.
    Worker,
}

/// One `sala` process, restartable on the same port, like a pod behind its Service.
pub struct Process {
    pub name: String,
    pub kind: Kind,
    /// The API port, or the worker's health and metrics port.
    pub port: u16,
    env: Vec<(String, String)>,
    data_dir: TempDir,
    child: Option<Child>,
}

impl Process {
    /// A process of `kind` with the settings every process shares; nothing starts yet.
    pub fn new(name: &str, kind: Kind, shared: &[(String, String)]) -> Process {
        let port = free_port();
        let data_dir = tempfile::tempdir().expect("data folder");
        let mut env = shared.to_vec();
        // Each process has a folder of its own, as separate hosts do: nothing is shared
        // through the file system.
        env.push((
            "SALA_DATA_DIR".into(),
            data_dir.path().display().to_string(),
        ));
        match kind {
            Kind::Api => {
                env.push(("SALA_BIND".into(), format!("127.0.0.1:{port}")));
                env.push(("SALA_RUN_WORKERS".into(), "false".into()));
            }
            Kind::Worker => {
                env.push(("SALA_WORKER_BIND".into(), format!("127.0.0.1:{port}")));
            }
        }
        Process {
            name: name.to_owned(),
            kind,
            port,
            env,
            data_dir,
            child: None,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn log_path(&self) -> PathBuf {
        self.data_dir.path().join("process.log")
    }

    /// Starts (again) the real binary; its output goes to a log kept for failure messages.
    pub fn start(&mut self) {
        let log = File::options()
            .create(true)
            .append(true)
            .open(self.log_path())
            .expect("process log");
        let mut command = Command::new(sala_binary());
        command.arg(match self.kind {
            Kind::Api => "serve",
            Kind::Worker => "worker",
        });
        // Only the settings given here: the server refuses SALA_* names it does not know.
        for (key, _) in std::env::vars() {
            if key.starts_with("SALA_") {
                command.env_remove(key);
            }
        }
        let child = command
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("process log"))
            .stderr(log)
            .spawn()
            .expect("the sala binary starts");
        self.child = Some(child);
    }

    /// The end of this process's output, for failure messages.
    pub fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(self.log_path()).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        lines[lines.len().saturating_sub(15)..].join("\n")
    }

    fn exited(&mut self) -> Option<ExitStatus> {
        self.child
            .as_mut()
            .and_then(|c| c.try_wait().ok().flatten())
    }

    /// Waits until `/health/ready` answers 200; an exit on the way is an error with the
    /// process's last words.
    pub async fn wait_ready(&mut self, client: &reqwest::Client) -> Result<(), String> {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = self.exited() {
                return Err(format!(
                    "{} exited while starting ({status}):\n{}",
                    self.name,
                    self.log_tail()
                ));
            }
            let ready = client
                .get(self.url("/health/ready"))
                .timeout(Duration::from_secs(2))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            if ready {
                return Ok(());
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "{} was not ready within 60 s:\n{}",
                    self.name,
                    self.log_tail()
                ));
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Sends SIGTERM, as `docker stop` and Kubernetes do.
    pub fn terminate(&self) {
        self.signal(nix::sys::signal::Signal::SIGTERM);
    }

    /// Sends SIGKILL, as the kernel's out-of-memory killer or a lost host does: no chance to
    /// finish anything.
    pub fn kill(&self) {
        self.signal(nix::sys::signal::Signal::SIGKILL);
    }

    fn signal(&self, signal: nix::sys::signal::Signal) {
        use nix::unistd::Pid;
        let child = self.child.as_ref().expect("the process runs");
        let pid = i32::try_from(child.id()).expect("a process id");
        nix::sys::signal::kill(Pid::from_raw(pid), signal).expect("signal sent");
    }

    /// Waits for the process to end, at most `bound`; `None` if it is still running.
    pub async fn wait_exit(&mut self, bound: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + bound;
        loop {
            if let Some(status) = self.exited() {
                return Some(status);
            }
            if Instant::now() > deadline {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
