//! `DELETE /api/v1/me`

use actix_web::{delete, web, HttpResponse};
use serde::Deserialize;
use utoipa::ToSchema;

use crate::api::body::Body;
use crate::api::client_address::ClientAddress;
use crate::api::extract::SignedIn;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::config::LimitedAction;
use crate::domain::account_deletion;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeleteMeRequest {
    /// The account's current password, to confirm.
    pub password: String,
}

/// Deletes the signed-in account: personal details are erased and every sign-in ends; its
/// proposals, comments and votes stay, shown as from a deleted account. The last owner of
/// an organisation is refused until another member owns it.
#[utoipa::path(tag = "me", security(("bearer" = [])), request_body = DeleteMeRequest, responses(
    (status = 204, description = "The account is deleted and every sign-in ended"),
    (status = 422,
        description = "`password` with code `incorrect` when the password does not match"),
    (status = 409, description = "`last_owner`: the account is the last owner of organisations, named in `detail`; make another member owner of each first"),
    crate::api::openapi::RateLimited,
))]
#[delete("/me")]
pub async fn delete_me(
    state: web::Data<AppState>,
    SignedIn(account): SignedIn,
    client: ClientAddress,
    body: Body<DeleteMeRequest>,
) -> Result<HttpResponse, ApiError> {
    let body = body.into_inner()?;
    // A password tried here counts as a sign-in attempt, so a stolen session cannot be used
    // to guess it faster than the sign-in form allows.
    state
        .limit(LimitedAction::Login, client.with_email(&account.email))
        .await?;
    account_deletion::delete_account(&state.db, &account, &body.password).await?;
    Ok(HttpResponse::NoContent().finish())
}
