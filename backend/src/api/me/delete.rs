//! `DELETE /api/v1/me`

use actix_web::{delete, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::app::AppState;
use crate::auth::SignedIn;
use crate::domain::account_deletion;
use crate::error::{ApiError, Problem};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteMeRequest {
    /// The account's current password, to confirm.
    pub password: String,
}

/// Deletes the signed-in account: personal details are erased and every sign-in ends; its
/// proposals, comments and votes stay, shown as from a deleted account.
#[utoipa::path(tag = "me", security(("bearer" = [])), request_body = DeleteMeRequest, responses(
    (status = 204),
    (status = 401, body = Problem, content_type = "application/problem+json"),
    (status = 422, body = Problem, content_type = "application/problem+json",
        description = "`password` with code `incorrect` when the password does not match"),
))]
#[delete("/me")]
pub async fn delete_me(
    state: web::Data<AppState>,
    SignedIn(account): SignedIn,
    web::Json(body): web::Json<DeleteMeRequest>,
) -> Result<HttpResponse, ApiError> {
    account_deletion::delete_account(&state.db, &account, &body.password).await?;
    Ok(HttpResponse::NoContent().finish())
}
