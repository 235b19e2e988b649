//! `Body<T>`: a JSON request body whose problems are reported only after the caller was
//! authorised.
//!
//! actix-web runs a handler's extractors concurrently and answers with the first error any
//! of them returns, so with `web::Json` a caller still being looked up in the database lost
//! the race to a body error: an anonymous or unprivileged caller learned the validation
//! rules. `Body<T>` never fails as an extractor; the handler takes the parsed body with
//! `body.into_inner()?` once its permission extractors have passed.
//!
//! Parsing also refuses control characters in any string (`control_character`) and unknown
//! fields (`unknown_field`), naming the field as `scores[0].note`.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use actix_web::dev::{JsonBody, Payload};
use actix_web::{web, FromRequest, HttpRequest};
use serde::de::DeserializeOwned;

use crate::api::control_characters;
use crate::api::problem::ApiError;
use crate::api::state::AppState;
use crate::error::{Error, FieldError};

/// Used when the application state is absent (unit tests): the settings' default.
const FALLBACK_LIMIT: usize = 256 * 1024;

/// A JSON request body, parsed, or the problem to answer with; `None` when the request
/// carried no body at all.
pub struct Body<T>(Option<Result<T, ApiError>>);

impl<T> Body<T> {
    /// The parsed body, or its problem (`validation_failed`, `malformed_request`,
    /// `payload_too_large`, `unsupported_media_type`).
    pub fn into_inner(self) -> Result<T, ApiError> {
        self.0.unwrap_or(Err(ApiError::UnsupportedMediaType))
    }

    /// For a route whose body may be left out: `None` without a body, its problem when a
    /// body was sent but is not acceptable.
    pub fn into_optional(self) -> Result<Option<T>, ApiError> {
        self.0.transpose()
    }
}

/// No `Content-Type` and nothing (or nothing announced) to read.
fn carries_no_body(req: &HttpRequest) -> bool {
    use actix_web::http::header;
    let headers = req.headers();
    let empty_length = headers
        .get(header::CONTENT_LENGTH)
        .is_none_or(|length| length.as_bytes() == b"0");
    headers.get(header::CONTENT_TYPE).is_none()
        && empty_length
        && headers.get(header::TRANSFER_ENCODING).is_none()
}

impl<T: DeserializeOwned + 'static> FromRequest for Body<T> {
    type Error = ApiError;
    type Future = BodyFuture<T>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let limit = req
            .app_data::<web::Data<AppState>>()
            .map_or(FALLBACK_LIMIT, |state| state.settings.max_body_bytes);
        BodyFuture {
            json: (!carries_no_body(req))
                .then(|| JsonBody::new(req, payload, None, true).limit(limit)),
            limit,
            _body: std::marker::PhantomData,
        }
    }
}

pub struct BodyFuture<T> {
    json: Option<JsonBody<serde_json::Value>>,
    limit: usize,
    _body: std::marker::PhantomData<T>,
}

impl<T> Unpin for BodyFuture<T> {}

impl<T: DeserializeOwned> Future for BodyFuture<T> {
    type Output = Result<Body<T>, ApiError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.get_mut();
        let Some(json) = this.json.as_mut() else {
            return Poll::Ready(Ok(Body(None)));
        };
        let parsed = match Pin::new(json).poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(parsed) => parsed,
        };
        let body = parsed
            .map_err(|err| super::json_error(err, this.limit))
            .and_then(|value| typed(value).map_err(ApiError::from));
        Poll::Ready(Ok(Body(Some(body))))
    }
}

/// The request type from well-formed JSON: control characters first (they are never
/// acceptable), then the type's own shape.
fn typed<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Error> {
    let controls = control_characters::find_in_json(&value);
    if !controls.is_empty() {
        return Err(Error::Validation(controls));
    }
    serde_path_to_error::deserialize(value).map_err(|err| {
        let path = err.path().to_string();
        Error::Validation(vec![shape_error(&path, &err.into_inner().to_string())])
    })
}

/// Names the field in serde's message: `missing field `title``, `unknown field `x`, expected
/// one of …`, `invalid type: integer `5`, expected a string` at `path`.
fn shape_error(path: &str, message: &str) -> FieldError {
    let parent = if path == "." { "" } else { path };
    let join = |name: &str| {
        if parent.is_empty() {
            name.to_owned()
        } else {
            format!("{parent}.{name}")
        }
    };
    let named = message.split('`').nth(1);
    if let Some(name) = named.filter(|_| message.starts_with("missing field")) {
        return FieldError::new(&join(name), "required", message);
    }
    if let Some(name) = named.filter(|_| message.starts_with("unknown field")) {
        // The path already ends at the unknown field.
        let field = if parent.is_empty() { name } else { parent };
        return FieldError::new(field, "unknown_field", message);
    }
    let field = if parent.is_empty() { "body" } else { parent };
    FieldError::new(field, "invalid", message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use serde_json::json;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Score {
        criterion: String,
        score: i64,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Valuation {
        scores: Vec<Score>,
    }

    fn first_problem(value: serde_json::Value) -> FieldError {
        match typed::<Valuation>(value) {
            Err(Error::Validation(mut errors)) => errors.remove(0),
            other => panic!("expected a validation error, got {:?}", other.map(|_| ())),
        }
    }

    #[test]
    fn shape_problems_name_the_field() {
        let unknown = first_problem(json!({"scores": [], "admin": true}));
        assert_eq!(
            (unknown.field.as_str(), unknown.code.as_str()),
            ("admin", "unknown_field")
        );
        let nested = first_problem(json!({"scores": [{"criterion": "x", "score": 1, "z": 0}]}));
        assert_eq!(nested.field, "scores[0].z");
        let missing = first_problem(json!({"scores": [{"criterion": "x"}]}));
        assert_eq!(
            (missing.field.as_str(), missing.code.as_str()),
            ("scores[0].score", "required")
        );
        let wrong = first_problem(json!({"scores": [{"criterion": 5, "score": 1}]}));
        assert_eq!(
            (wrong.field.as_str(), wrong.code.as_str()),
            ("scores[0].criterion", "invalid")
        );
        let top = first_problem(json!("not an object"));
        assert_eq!(top.field, "body");
    }

    #[test]
    fn control_characters_are_refused_before_the_shape() {
        let nul = first_problem(json!({"scores": [], "admin": "\u{0}"}));
        assert_eq!(
            (nul.field.as_str(), nul.code.as_str()),
            ("admin", "control_character")
        );
    }
}
