//! `GET /api/v1/consultations/{id_or_slug}/proposals`

use actix_web::{get, web};
use serde::Deserialize;
use utoipa::IntoParams;

use super::{add_images, ProposalList, ProposalResponse};
use crate::api::extract::Caller;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::cursor::page_limit;
use crate::domain::proposals::{self, ListQuery, Sort, Status};

#[derive(Deserialize, IntoParams)]
pub struct ListParams {
    /// `hot` (default), `top`, `new` or `controversial`.
    #[param(inline)]
    pub sort: Option<Sort>,
    pub theme: Option<String>,
    pub province: Option<String>,
    /// Without it, every status but `withdrawn`.
    pub status: Option<Status>,
    /// 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

/// A consultation's proposals in the chosen order, keyset-paginated.
#[utoipa::path(tag = "proposals", params(("id_or_slug" = String, Path), ListParams), responses(
    (status = 200, body = ProposalList, description = "A page of proposals, with the cursor of the next"),
))]
#[get("/consultations/{id_or_slug}/proposals")]
pub async fn list_proposals(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    path: web::Path<String>,
    web::Query(params): web::Query<ListParams>,
) -> Result<web::Json<ProposalList>, ApiError> {
    let query = ListQuery {
        sort: params.sort.unwrap_or_default(),
        theme: params.theme,
        province: params.province,
        status: params.status,
        cursor: params.cursor,
        limit: page_limit(params.limit)?,
    };
    let (_, rows, next_cursor) = proposals::list(&state.db, caller.as_ref(), &path, query).await?;
    let ids: Vec<_> = rows.iter().map(|p| p.id).collect();
    let my_votes = match &caller {
        Some(me) => proposals::votes_of(state.db.reader(), me.id, &ids).await?,
        None => Default::default(),
    };
    let names =
        proposals::display_names(state.db.reader(), rows.iter().map(|p| p.author_id)).await?;
    let mut items: Vec<ProposalResponse> = rows
        .into_iter()
        .map(|p| {
            let mine = my_votes.get(&p.id).copied();
            ProposalResponse::new(p, &names, mine)
        })
        .collect();
    add_images(state.db.reader(), &mut items).await?;
    Ok(web::Json(ProposalList { items, next_cursor }))
}
