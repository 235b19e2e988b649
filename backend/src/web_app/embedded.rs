//! The web app carried inside the binary: `frontend/dist` as it was when `sala` was compiled.

use std::borrow::Cow;

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest, HttpResponse};
use rust_embed::{Embed, EmbeddedFile};

use super::FINGERPRINTED;

#[derive(Embed)]
#[folder = "../frontend/dist/"]
struct WebApp;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/{path:.*}")
            .route(web::get().to(serve))
            .route(web::head().to(serve)),
    );
}

async fn serve(req: HttpRequest) -> HttpResponse {
    let path = req.path().trim_start_matches('/');
    if let Some(file) = Some(path).filter(|p| !p.is_empty()).and_then(WebApp::get) {
        return respond(file);
    }
    if req.path().starts_with(FINGERPRINTED) {
        return HttpResponse::NotFound().finish();
    }
    match WebApp::get("index.html") {
        Some(index) => respond(index),
        None => HttpResponse::NotFound().finish(),
    }
}

fn respond(file: EmbeddedFile) -> HttpResponse {
    let content = match file.data {
        Cow::Borrowed(bytes) => Bytes::from_static(bytes),
        Cow::Owned(bytes) => Bytes::from(bytes),
    };
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, file.metadata.mimetype()))
        .body(content)
}
