//! `Path<T>` and `Query<T>`: path and query parameters whose problems are reported only after
//! the caller was authorised, as `Body<T>` does for bodies.
//!
//! actix-web runs a handler's extractors together and answers with the first error: with
//! `web::Path` and `web::Query`, which fail at once, a malformed id (404) or query (422) beat
//! the 401/403 of a caller still being looked up, so an unauthorised caller learned the rules.
//! These never fail as extractors; the handler takes them with `.parsed()?` once its
//! permission extractors have passed. (They keep actix's names so the OpenAPI document
//! describes them as path and query parameters, as before.)

use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest};
use futures_util::future::{ready, Ready};
use serde::de::DeserializeOwned;

use crate::api::problem::ApiError;

/// Path parameters, parsed, or `not_found` (a malformed id names nothing that exists).
pub struct Path<T>(Result<web::Path<T>, ApiError>);

impl<T> Path<T> {
    pub fn parsed(self) -> Result<web::Path<T>, ApiError> {
        self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for Path<T> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let parsed = web::Path::<T>::from_request(req, payload)
            .into_inner()
            .map_err(|_| ApiError::NoSuchResource);
        ready(Ok(Path(parsed)))
    }
}

/// Query parameters, parsed, or `validation_failed` on the field `query`.
pub struct Query<T>(Result<web::Query<T>, ApiError>);

impl<T> Query<T> {
    pub fn parsed(self) -> Result<web::Query<T>, ApiError> {
        self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for Query<T> {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let parsed = web::Query::<T>::from_query(req.query_string())
            .map_err(|err| super::query_error(err).into());
        ready(Ok(Query(parsed)))
    }
}
