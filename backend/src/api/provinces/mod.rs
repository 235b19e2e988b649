//! `/api/v1/provinces`: the official list a consultation's provinces are chosen from, so the
//! web app offers exactly what the API accepts and can show each name in either language.

use actix_web::{get, web};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;

use crate::domain::provinces::{Province, ALL};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(list_provinces);
}

#[derive(Serialize, ToSchema)]
pub struct ProvinceResponse {
    /// The Thai name: what consultations and proposals store and send.
    pub th: &'static str,
    /// The English name (Royal Thai General System).
    pub en: &'static str,
}

impl From<&Province> for ProvinceResponse {
    fn from(p: &Province) -> Self {
        ProvinceResponse { th: p.th, en: p.en }
    }
}

/// Thailand's 77 provinces, in Thai alphabetical order.
#[utoipa::path(tag = "consultations", responses(
    (status = 200, body = Vec<ProvinceResponse>, description = "Every province, Thai and English names"),
))]
#[get("/provinces")]
pub async fn list_provinces() -> web::Json<Vec<ProvinceResponse>> {
    web::Json(ALL.iter().map(ProvinceResponse::from).collect())
}
