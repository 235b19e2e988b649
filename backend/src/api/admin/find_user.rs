//! `GET /api/v1/admin/users?email=`

use actix_web::{get, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::extract::Admin;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts::{self, Role};
use crate::error::{Error, Resource};

#[derive(Deserialize, IntoParams)]
pub struct FindUserParams {
    /// The account's email address, in any case.
    pub email: String,
}

#[derive(Serialize, ToSchema)]
pub struct UserResponse {
    pub id: Uuid,
    pub email: String,
    pub display_name: String,
    pub role: Role,
}

/// Finds an account by its email address, so an administrator can change its role or assign
/// it to moderate a consultation.
#[utoipa::path(tag = "admin", security(("bearer" = [])), params(FindUserParams), responses(
    (status = 200, body = UserResponse, description = "The account with this email address"),
    (status = 403),
    (status = 404),
))]
#[get("/users")]
pub async fn find_user(
    state: web::Data<AppState>,
    _admin: Admin,
    params: Query<FindUserParams>,
) -> Result<web::Json<UserResponse>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let account = accounts::find_by_email(state.db.reader(), &params.email)
        .await?
        .ok_or(Error::NotFound(Resource::Account))?;
    Ok(web::Json(UserResponse {
        id: account.id,
        email: account.email,
        display_name: account.display_name,
        role: account.role,
    }))
}
