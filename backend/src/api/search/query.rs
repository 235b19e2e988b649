//! `GET /api/v1/search`

use actix_web::{get, web};
use serde::Deserialize;
use utoipa::IntoParams;
use uuid::Uuid;

use super::{SearchFacets, SearchResponse};
use crate::api::extract::Caller;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::domain::cursor::{self, page_limit};
use crate::error::{Error, FieldError};
use crate::search::{service, DocType, Query, Sort, MAX_OFFSET};

#[derive(Deserialize, IntoParams)]
pub struct SearchParams {
    /// Words in Thai or English; the last one also matches longer words (as you type).
    /// Empty lists everything that matches the filters.
    pub q: Option<String>,
    /// `proposal`, `comment` or `consultation`, or several separated by commas.
    #[serde(rename = "type")]
    pub doc_type: Option<String>,
    pub consultation: Option<String>,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub status: Option<String>,
    /// `relevance` (default), `new` or `top`.
    #[param(inline)]
    pub sort: Option<Sort>,
    /// 1–100, default 20.
    pub limit: Option<u64>,
    pub cursor: Option<String>,
}

const MAX_QUERY_CHARS: usize = 200;

fn checked(params: SearchParams) -> Result<Query, Error> {
    let mut errors = Vec::new();
    let text = params.q.unwrap_or_default();
    if text.chars().count() > MAX_QUERY_CHARS {
        errors.push(FieldError::new(
            "q",
            "too_long",
            "must be at most 200 characters",
        ));
    }
    let mut types = Vec::new();
    for raw in params.doc_type.iter().flat_map(|t| t.split(',')) {
        match DocType::parse(raw.trim()) {
            Some(t) if !types.contains(&t) => types.push(t),
            Some(_) => {}
            None => errors.push(FieldError::new(
                "type",
                "invalid",
                "must be proposal, comment or consultation",
            )),
        }
    }
    let consultation = match params.consultation.as_deref() {
        None | Some("") => None,
        Some(raw) => match Uuid::parse_str(raw) {
            Ok(id) => Some(id),
            Err(_) => {
                errors.push(FieldError::new("consultation", "invalid", "must be an id"));
                None
            }
        },
    };
    let limit = match page_limit(params.limit) {
        Ok(limit) => limit as usize,
        Err(Error::Validation(mut e)) => {
            errors.append(&mut e);
            20
        }
        Err(other) => return Err(other),
    };
    let offset = match params.cursor.as_deref() {
        None => 0,
        Some(raw) => match cursor::decode::<usize>(raw) {
            Ok(offset) if offset <= MAX_OFFSET => offset,
            _ => {
                errors.push(FieldError::new(
                    "cursor",
                    "invalid",
                    "is not a cursor this list gave out",
                ));
                0
            }
        },
    };
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    let label = |v: Option<String>| v.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    Ok(Query {
        text,
        types,
        consultation,
        theme: label(params.theme),
        province: label(params.province),
        status: label(params.status),
        sort: params.sort.unwrap_or_default(),
        offset,
        limit,
        hidden: Default::default(),
    })
}

/// Full-text search over proposals, comments and consultations. Hidden, withdrawn and merged
/// items are left out, except for those who moderate them.
#[utoipa::path(tag = "search", params(SearchParams), responses(
    (status = 200, body = SearchResponse, description = "The matching items, best first"),
    (status = 503),
))]
#[get("/search")]
pub async fn search(
    state: web::Data<AppState>,
    Caller(caller): Caller,
    web::Query(params): web::Query<SearchParams>,
) -> Result<web::Json<SearchResponse>, ApiError> {
    let query = checked(params)?;
    let page = service::search(&state.db, &state.search, caller.as_ref(), query).await?;
    Ok(web::Json(SearchResponse {
        items: page.hits.into_iter().map(Into::into).collect(),
        next_cursor: page.next_offset.map(|offset| cursor::encode(&offset)),
        total: page.total,
        facets: SearchFacets {
            theme: page.facets.theme,
            province: page.facets.province,
            status: page.facets.status,
        },
    }))
}
