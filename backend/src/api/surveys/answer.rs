//! The routes that take a reader's survey answer.

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

/// Answers the reader survey of a consultation, signed in or not. A second answer from the
/// same browser token (or account) replaces the first.
#[utoipa::path(tag = "surveys", params(("id_or_slug" = String, Path)), request_body = SurveyRequest, responses(
    (status = 200, body = SurveyAnswerResponse, description = "The answer as now recorded"),
    (status = 429, description = "rate_limited, with Retry-After"),
))]
#[put("/consultations/{id_or_slug}/survey")]
pub async fn answer_consultation_survey(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    client: ClientAddress,
    path: Path<String>,
    body: Body<SurveyRequest>,
) -> Result<web::Json<SurveyAnswerResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    record(
        &state,
        caller,
        client,
        Subject::Consultation(path.clone()),
        body,
    )
    .await
}

/// Answers the reader survey of a result, signed in or not. A second answer from the same
/// browser token (or account) replaces the first.
#[utoipa::path(tag = "surveys", params(("id" = Uuid, Path)), request_body = SurveyRequest, responses(
    (status = 200, body = SurveyAnswerResponse, description = "The answer as now recorded"),
    (status = 429, description = "rate_limited, with Retry-After"),
))]
#[put("/results/{id}/survey")]
pub async fn answer_result_survey(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    client: ClientAddress,
    path: Path<Uuid>,
    body: Body<SurveyRequest>,
) -> Result<web::Json<SurveyAnswerResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    record(&state, caller, client, Subject::Result(*path), body).await
}

/// Answers the reader survey of a published document, signed in or not. A second answer from
/// the same browser token (or account) replaces the first.
#[utoipa::path(tag = "surveys", params(("id" = Uuid, Path)), request_body = SurveyRequest, responses(
    (status = 200, body = SurveyAnswerResponse, description = "The answer as now recorded"),
    (status = 404, description = "document_not_found: no such published document"),
    (status = 429, description = "rate_limited, with Retry-After"),
))]
#[put("/documents/{id}/survey")]
pub async fn answer_document_survey(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    client: ClientAddress,
    path: Path<Uuid>,
    body: Body<SurveyRequest>,
) -> Result<web::Json<SurveyAnswerResponse>, ApiError> {
    let path = path.parsed()?;
    let body = body.into_inner()?;
    record(&state, caller, client, Subject::Document(*path), body).await
}

async fn record(
    state: &AppState,
    caller: Option<crate::domain::accounts::Account>,
    client: ClientAddress,
    subject: Subject,
    body: SurveyRequest,
) -> Result<web::Json<SurveyAnswerResponse>, ApiError> {
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
