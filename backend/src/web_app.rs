//! Serves the web app at `/`, with every unknown path answered by `index.html` so the app's
//! own routes work on reload. The files come from `SALA_FRONTEND_DIR` when it holds a build,
//! else from the binary itself when it was built with the `embed-web-app` feature.
//! (`api::caching` gives them their caching headers.)

#[cfg(feature = "embed-web-app")]
mod embedded;

use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{fn_service, ServiceRequest, ServiceResponse};
use actix_web::{web, HttpResponse};

/// Vite's fingerprinted output: a missing file there is a stale page asking for an old
/// release's file, which `index.html` must not stand in for.
const FINGERPRINTED: &str = "/assets/";

pub fn configure(cfg: &mut web::ServiceConfig, frontend_dir: Option<&Path>) {
    match frontend_dir {
        Some(dir) if dir.join("index.html").is_file() => serve_directory(cfg, dir),
        Some(dir) => {
            tracing::warn!(
                dir = %dir.display(),
                "SALA_FRONTEND_DIR holds no index.html; not serving it"
            );
            serve_embedded(cfg);
        }
        None => serve_embedded(cfg),
    }
}

#[cfg(feature = "embed-web-app")]
fn serve_embedded(cfg: &mut web::ServiceConfig) {
    embedded::configure(cfg);
}

#[cfg(not(feature = "embed-web-app"))]
fn serve_embedded(_cfg: &mut web::ServiceConfig) {}

fn serve_directory(cfg: &mut web::ServiceConfig, dir: &Path) {
    let index: PathBuf = dir.join("index.html");
    cfg.service(
        Files::new("/", dir)
            .index_file("index.html")
            // One validator for every response, computed by `api::caching`.
            .use_etag(false)
            .use_last_modified(false)
            .default_handler(fn_service(move |req: ServiceRequest| {
                let index = index.clone();
                async move {
                    let (req, _) = req.into_parts();
                    if req.path().starts_with(FINGERPRINTED) {
                        return Ok(ServiceResponse::new(req, HttpResponse::NotFound().finish()));
                    }
                    let file = NamedFile::open_async(&index)
                        .await?
                        .use_etag(false)
                        .use_last_modified(false);
                    let res = file.into_response(&req);
                    Ok(ServiceResponse::new(req, res))
                }
            })),
    );
}
