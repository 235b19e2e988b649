//! `POST /api/v1/consultations/{id_or_slug}/similar`

use actix_web::{post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::body::Body;
use crate::api::extract::Caller;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::error::{Error, FieldError};
use crate::search::service;

/// A draft proposal, as far as it is written.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SimilarRequest {
    pub title: String,
    #[serde(default)]
    pub body: String,
}

#[derive(Serialize, ToSchema)]
pub struct SimilarProposal {
    pub id: Uuid,
    pub title: String,
    /// HTML: a passage with the shared words in `<mark>`, everything else escaped.
    pub snippet: String,
    /// The share of the draft's significant words this proposal also uses, 0–1.
    pub score: f32,
}

#[derive(Serialize, ToSchema)]
pub struct SimilarList {
    pub items: Vec<SimilarProposal>,
}

const MAX_TITLE_CHARS: usize = 300;
const MAX_BODY_CHARS: usize = 20_000;

/// Up to five visible proposals of the consultation that likely say what the draft says, so
/// its author can support one instead of posting a duplicate.
#[utoipa::path(tag = "proposals", params(("id_or_slug" = String, Path)), request_body = SimilarRequest, responses(
    (status = 200, body = SimilarList, description = "Up to five similar proposals (possibly none)"),
    (status = 503),
))]
#[post("/consultations/{id_or_slug}/similar")]
pub async fn similar_proposals(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: web::Path<String>,
    draft: Body<SimilarRequest>,
) -> Result<web::Json<SimilarList>, ApiError> {
    let draft = draft.into_inner()?;
    let mut errors = Vec::new();
    if draft.title.trim().is_empty() {
        errors.push(FieldError::new("title", "required", "is required"));
    } else if draft.title.chars().count() > MAX_TITLE_CHARS {
        errors.push(FieldError::new(
            "title",
            "too_long",
            "must be at most 300 characters",
        ));
    }
    if draft.body.chars().count() > MAX_BODY_CHARS {
        errors.push(FieldError::new(
            "body",
            "too_long",
            "must be at most 20000 characters",
        ));
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors).into());
    }
    let found = service::similar(
        &state.db,
        &state.search,
        caller.as_ref(),
        &path,
        &draft.title,
        &draft.body,
    )
    .await?;
    Ok(web::Json(SimilarList {
        items: found
            .into_iter()
            .map(|s| SimilarProposal {
                id: s.id,
                title: s.title,
                snippet: s.snippet,
                score: s.score,
            })
            .collect(),
    }))
}
