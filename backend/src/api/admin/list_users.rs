//! `GET /api/v1/admin/accounts`

use actix_web::{get, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use uuid::Uuid;

use crate::api::extract::Admin;
use crate::api::params::Query;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::accounts::{self, AccountState, DirectoryQuery, Role};
use crate::domain::cursor::page_limit;

#[derive(Deserialize, IntoParams)]
pub struct ListUsersParams {
    /// Part of the display name or the email address, in any case (Thai names included).
    pub q: Option<String>,
    pub role: Option<Role>,
    /// `unverified`, `suspended` (now), `banned` or `organization_member`.
    #[param(inline)]
    pub state: Option<AccountState>,
    /// 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ListedUser {
    pub id: Uuid,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    /// Whether the email address was verified.
    pub verified: bool,
    /// Until when the account is suspended; absent when it is not suspended now.
    pub suspended_until: Option<DateTime<Utc>>,
    pub banned: bool,
    /// When the account was created.
    pub joined_at: DateTime<Utc>,
    /// Proposals written, hidden ones included.
    pub proposals: u64,
    /// Comments written and not deleted, hidden ones included.
    pub comments: u64,
}

#[derive(Serialize, ToSchema)]
pub struct UserList {
    pub items: Vec<ListedUser>,
    pub next_cursor: Option<String>,
}

/// The accounts on the platform, newest first, for administrators: search by name or email,
/// filter by role or state. (`GET /admin/users?email=` stays the exact lookup by address.)
#[utoipa::path(tag = "admin", security(("bearer" = [])), params(ListUsersParams), responses(
    (status = 200, body = UserList, description = "A page of accounts, newest first, with the cursor of the next"),
    (status = 403),
    (status = 422),
))]
#[get("/accounts")]
pub async fn list_users(
    state: web::Data<AppState>,
    _admin: Admin,
    params: Query<ListUsersParams>,
) -> Result<web::Json<UserList>, ApiError> {
    let web::Query(params) = params.parsed()?;
    let (rows, next_cursor) = accounts::list_accounts(
        state.db.reader(),
        DirectoryQuery {
            search: params.q,
            role: params.role,
            state: params.state,
            cursor: params.cursor,
            limit: page_limit(params.limit)?,
        },
    )
    .await?;
    let now = Utc::now();
    let items = rows
        .into_iter()
        .map(|listed| {
            let a = listed.account;
            ListedUser {
                id: a.id,
                display_name: a.display_name,
                email: a.email,
                role: a.role,
                verified: a.verified_at.is_some(),
                suspended_until: a.suspended_until.filter(|until| *until > now),
                banned: a.banned_at.is_some(),
                joined_at: a.created_at,
                proposals: listed.proposals,
                comments: listed.comments,
            }
        })
        .collect();
    Ok(web::Json(UserList { items, next_cursor }))
}
