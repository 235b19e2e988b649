//! The routes that take a reader's survey answer: one per kind of subject, all recorded the
//! same way.

use actix_web::{put, web};
use uuid::Uuid;

use super::{SurveyAnswerResponse, SurveyRequest};
use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::extract::Caller;
use crate::api::params::Path;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::rate_limit::Requester;
use crate::domain::surveys::{self, Respondent, Scores, Subject};

/// What every survey route takes besides its subject's id: the answer and who sends it.
type AnswerRequest = (
    web::Data<AppState>,
    Caller,
    ClientAddress,
    Body<SurveyRequest>,
);

/// Answers the reader survey of a consultation, signed in or not. A second answer from the
/// same browser token (or account) replaces the first.
#[utoipa::path(tag = "surveys", params(("id_or_slug" = String, Path)), request_body = SurveyRequest, responses(
    (status = 200, body = SurveyAnswerResponse, description = "The answer as now recorded"),
    crate::api::openapi::RateLimited,
))]
#[put("/consultations/{id_or_slug}/survey")]
pub async fn answer_consultation_survey(
    path: Path<String>,
    request: AnswerRequest,
) -> Result<web::Json<SurveyAnswerResponse>, ApiError> {
    let reference = path.parsed()?.into_inner();
    record(request, Subject::Consultation(reference)).await
}

/// Answers the reader survey of a result, signed in or not. A second answer from the same
/// browser token (or account) replaces the first.
#[utoipa::path(tag = "surveys", params(("id" = Uuid, Path)), request_body = SurveyRequest, responses(
    (status = 200, body = SurveyAnswerResponse, description = "The answer as now recorded"),
    crate::api::openapi::RateLimited,
))]
#[put("/results/{id}/survey")]
pub async fn answer_result_survey(
    path: Path<Uuid>,
    request: AnswerRequest,
) -> Result<web::Json<SurveyAnswerResponse>, ApiError> {
    record(request, Subject::Result(*path.parsed()?)).await
}

/// Answers the reader survey of a published document, signed in or not. A second answer from
/// the same browser token (or account) replaces the first.
#[utoipa::path(tag = "surveys", params(("id" = Uuid, Path)), request_body = SurveyRequest, responses(
    (status = 200, body = SurveyAnswerResponse, description = "The answer as now recorded"),
    (status = 404, description = "document_not_found: no such published document"),
    crate::api::openapi::RateLimited,
))]
#[put("/documents/{id}/survey")]
pub async fn answer_document_survey(
    path: Path<Uuid>,
    request: AnswerRequest,
) -> Result<web::Json<SurveyAnswerResponse>, ApiError> {
    record(request, Subject::Document(*path.parsed()?)).await
}

async fn record(
    (state, Caller(caller), client, body): AnswerRequest,
    subject: Subject,
) -> Result<web::Json<SurveyAnswerResponse>, ApiError> {
    let body = body.into_inner()?;
    // Counted against the address (and the account when there is one); neither is stored
    // with the answer.
    let who = match &caller {
        Some(person) => client.with_account(person),
        None => Requester {
            address: client.0,
            ..Requester::default()
        },
    };
    state.limit(LimitedAction::SurveyAnswer, who).await?;
    let respondent = match &caller {
        Some(person) => Respondent::Account(person),
        None => Respondent::Browser(body.browser_token.as_deref()),
    };
    let recorded = surveys::answer(
        &state.db,
        &state.survey_keys,
        respondent,
        subject,
        Scores {
            usefulness: body.usefulness,
            understanding: body.understanding,
            satisfaction: body.satisfaction,
            comment: body.comment,
        },
    )
    .await?;
    Ok(web::Json(recorded.into()))
}
