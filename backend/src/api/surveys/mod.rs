//! Reader surveys: `PUT /api/v1/consultations/{id_or_slug}/survey`,
//! `PUT /api/v1/results/{id}/survey` and `PUT /api/v1/documents/{id}/survey`, open to anyone
//! (see `domain::surveys`).

mod answer;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::domain::surveys::{Recorded, SubjectType};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(answer::answer_consultation_survey)
        .service(answer::answer_result_survey)
        .service(answer::answer_document_survey);
}

/// Three scores, each 1 (lowest) to 5, and an optional comment.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SurveyRequest {
    /// Was it useful to you?
    pub usefulness: i64,
    /// Did you understand it?
    pub understanding: i64,
    /// Are you satisfied with how it is presented?
    pub satisfaction: i64,
    /// Up to 1,000 characters, read by the agency only; blank is none.
    #[serde(default)]
    pub comment: Option<String>,
    /// A signed-out reader's browser token, as an earlier answer returned it (or made by the
    /// browser: 22 to 128 letters, digits, `-` or `_`). Without one the server makes one.
    /// Ignored for signed-in readers, who answer as their account.
    #[serde(default)]
    pub browser_token: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SurveyAnswerResponse {
    pub subject_type: SubjectType,
    pub subject_id: Uuid,
    pub usefulness: i16,
    pub understanding: i16,
    pub satisfaction: i16,
    pub comment: Option<String>,
    pub updated_at: DateTime<Utc>,
    /// The token the browser is to keep and send with later answers: given only when the
    /// server made it for this answer.
    pub browser_token: Option<String>,
}

impl From<Recorded> for SurveyAnswerResponse {
    fn from(recorded: Recorded) -> Self {
        let a = recorded.answer;
        SurveyAnswerResponse {
            subject_type: a.subject_type,
            subject_id: a.subject_id,
            usefulness: a.usefulness,
            understanding: a.understanding,
            satisfaction: a.satisfaction,
            comment: a.comment,
            updated_at: a.updated_at,
            browser_token: recorded.new_token,
        }
    }
}
