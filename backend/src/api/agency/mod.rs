//! `/api/v1/agency`: what agencies and administrators see of a consultation's participation.

mod opinion_groups;

use utoipa_actix_web::{scope, service_config::ServiceConfig};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(scope::scope("/agency").service(opinion_groups::get_opinion_groups));
}
