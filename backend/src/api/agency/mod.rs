//! `/api/v1/agency/…`: what agencies read — API keys, and per consultation the summary,
//! k-anonymous breakdowns, opinion groups, streamed exports and the answers that are due,
//! and each member's queue of proposals to answer across consultations.

mod answers_due;
mod breakdown;
mod consultations;
mod create_key;
mod export;
mod list_keys;
mod opinion_groups;
mod queue;
mod revoke_key;
mod summary;
mod survey;

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::domain::agency::api_keys::scope_of;
use crate::domain::agency::api_keys::ApiKey;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(consultations::list_readable_consultations)
        .service(list_keys::list_api_keys)
        .service(create_key::create_api_key)
        .service(revoke_key::revoke_api_key)
        .service(summary::get_summary)
        .service(survey::get_survey_summary)
        .service(breakdown::get_breakdown)
        .service(opinion_groups::get_opinion_groups)
        .service(export::get_export)
        .service(answers_due::get_answers_due)
        .service(queue::get_agency_queue);
}

/// An API key as listed: never the key itself.
#[derive(Serialize, ToSchema)]
pub struct ApiKeyResponse {
    pub id: Uuid,
    pub name: String,
    /// The key's first characters, to tell keys apart.
    pub prefix: String,
    pub consultation_ids: Vec<Uuid>,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

impl From<ApiKey> for ApiKeyResponse {
    fn from(k: ApiKey) -> Self {
        ApiKeyResponse {
            consultation_ids: scope_of(&k),
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            created_at: k.created_at,
            last_used_at: k.last_used_at,
            revoked_at: k.revoked_at,
        }
    }
}
