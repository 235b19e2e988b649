//! `GET /api/v1/admin/moderators`

use actix_web::{get, web};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::api::extract::Admin;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts::Role;
use crate::domain::moderation::assignments;

#[derive(Serialize, ToSchema)]
pub struct ModeratorResponse {
    pub id: Uuid,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    /// True for administrators and global moderators.
    pub everywhere: bool,
    /// The consultations an assigned moderator covers.
    pub consultations: Vec<Uuid>,
}

#[derive(Serialize, ToSchema)]
pub struct ModeratorList {
    pub items: Vec<ModeratorResponse>,
}

/// Everyone who moderates: administrators, global moderators, and moderators assigned to
/// consultations.
#[utoipa::path(tag = "admin", security(("bearer" = [])), responses(
    (status = 200, body = ModeratorList, description = "Everyone who moderates, with where"),
    (status = 403),
))]
#[get("/moderators")]
pub async fn list_moderators(
    state: web::Data<AppState>,
    _admin: Admin,
) -> Result<web::Json<ModeratorList>, ApiError> {
    let items = assignments::moderators(&state.db)
        .await?
        .into_iter()
        .map(|m| ModeratorResponse {
            everywhere: m.account.is_staff(),
            id: m.account.id,
            display_name: m.account.display_name,
            email: m.account.email,
            role: m.account.role,
            consultations: m.consultations,
        })
        .collect();
    Ok(web::Json(ModeratorList { items }))
}
