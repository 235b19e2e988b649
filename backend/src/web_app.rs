//! Serves the built web frontend at `/`, with every unknown path answered by `index.html` so
//! the app's own routes work on reload.

use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{fn_service, ServiceRequest, ServiceResponse};
use actix_web::web;

pub fn configure(cfg: &mut web::ServiceConfig, frontend_dir: Option<&Path>) {
    let Some(dir) = frontend_dir.filter(|d| d.join("index.html").is_file()) else {
        return;
    };
    let index: PathBuf = dir.join("index.html");
    cfg.service(
        Files::new("/", dir)
            .index_file("index.html")
            .default_handler(fn_service(move |req: ServiceRequest| {
                let index = index.clone();
                async move {
                    let (req, _) = req.into_parts();
                    let file = NamedFile::open_async(&index).await?;
                    let res = file.into_response(&req);
                    Ok(ServiceResponse::new(req, res))
                }
            })),
    );
}
