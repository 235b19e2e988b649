//! `/api/v1/admin`: what only administrators see.

mod dead_letters;

use utoipa_actix_web::service_config::ServiceConfig;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(dead_letters::list_dead_letters)
        .service(dead_letters::retry_dead_letter);
}
