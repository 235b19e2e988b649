//! `GET /api/v1/me`

use actix_web::{get, web};

use super::MeResponse;
use crate::api::extract::SignedIn;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::organizations;

/// The signed-in account.
#[utoipa::path(tag = "me", security(("bearer" = [])), responses(
    (status = 200, body = MeResponse, description = "The caller's account"),
))]
#[get("/me")]
pub async fn get_me(
    state: web::Data<AppState>,
    SignedIn(account): SignedIn,
) -> Result<web::Json<MeResponse>, ApiError> {
    let orgs = organizations::memberships_of(state.db.reader(), account.id).await?;
    Ok(web::Json(MeResponse::new(account, orgs)))
}
