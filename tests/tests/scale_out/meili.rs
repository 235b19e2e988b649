//! A real Meilisearch for the scale-out run: `SALA_TEST_MEILI_URL`, or a `meilisearch` binary
//! on `PATH` started on a free port. Several processes cannot share the embedded index, so
//! without one the search half of the run is skipped, loudly.

use std::process::Child;
use std::time::{Duration, Instant};

use tempfile::TempDir;

pub struct Meili {
    pub url: String,
    child: Option<Child>,
    _dir: Option<TempDir>,
}

impl Drop for Meili {
    fn drop(&mut self) {
        if let Some(child) = self.child.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

async fn answers(url: &str) -> bool {
    reqwest::Client::new()
        .get(format!("{url}/health"))
        .timeout(Duration::from_secs(2))
        .send()
        .await
        .is_ok_and(|r| r.status().is_success())
}

fn on_path(binary: &str) -> Option<std::path::PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(binary))
            .find(|p| p.is_file())
    })
}

/// Says past the test harness's output capture that part of the run did not happen.
pub fn skipped(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "\n*** SKIPPED: {message} ***\n");
}

pub async fn server() -> Option<Meili> {
    if let Ok(url) = std::env::var("SALA_TEST_MEILI_URL") {
        let url = url.trim_end_matches('/').to_owned();
        if answers(&url).await {
            return Some(Meili {
                url,
                child: None,
                _dir: None,
            });
        }
        skipped(&format!(
            "scale-out search checks (Meilisearch at SALA_TEST_MEILI_URL={url} does not answer)"
        ));
        return None;
    }
    let Some(binary) = on_path("meilisearch") else {
        skipped(
            "scale-out search checks (no Meilisearch: set SALA_TEST_MEILI_URL or put \
             meilisearch on PATH; the embedded index cannot serve several processes)",
        );
        return None;
    };
    let port = super::cluster::free_port();
    let dir = tempfile::tempdir().expect("meilisearch folder");
    let child =
        sala_tests::spawn_meilisearch(&binary, port, dir.path(), None).expect("meilisearch starts");
    let server = Meili {
        url: format!("http://127.0.0.1:{port}"),
        child: Some(child),
        _dir: Some(dir),
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while !answers(&server.url).await {
        assert!(Instant::now() < deadline, "meilisearch did not start");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Some(server)
}
