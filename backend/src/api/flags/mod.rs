//! `/api/v1/flags`: reporting a proposal, comment or remark on a document to the moderators.

mod create;

use utoipa_actix_web::service_config::ServiceConfig;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(create::create_flag);
}
