//! One error type for the whole service, and its single translation into
//! `application/problem+json` (RFC 9457) with a stable `code`.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

/// A problem with one input field, as shown to the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct FieldError {
    /// The JSON field (or query parameter) at fault.
    pub field: String,
    /// A stable machine-readable reason, such as `too_long` or `required`.
    pub code: String,
    /// A human-readable explanation in English.
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, code: &str, message: impl Into<String>) -> Self {
        FieldError {
            field: field.to_owned(),
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

/// Everything that can go wrong, named by what the client should do about it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    MalformedRequest(String),
    #[error("validation failed")]
    Validation(Vec<FieldError>),
    #[error("{0}")]
    Unauthenticated(String),
    #[error("{0}")]
    Forbidden(String),
    /// A cookie-authenticated request without proof that Sala's own page sent it.
    #[error("{0}")]
    CrossSiteRequest(String),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    PhaseClosed(String),
    #[error("{0}")]
    Locked(String),
    #[error("too many requests")]
    RateLimited { retry_after_secs: u64 },
    #[error("the request body is larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("the request body must be application/json")]
    UnsupportedMediaType,
    #[error("{0}")]
    Unavailable(String),
    #[error("{0}")]
    InvalidIdempotencyKey(&'static str),
    #[error("this Idempotency-Key was already used for a different request")]
    IdempotencyKeyReused,
    #[error("a request with this Idempotency-Key is still running; retry shortly")]
    IdempotentRequestRunning { retry_after_secs: u64 },
    #[error(transparent)]
    Database(sea_orm::DbErr),
    #[error(transparent)]
    Internal(anyhow::Error),
}

/// Seconds a client is asked to wait before retrying after `unavailable`.
pub const UNAVAILABLE_RETRY_AFTER_SECS: u64 = 5;

fn database_unreachable() -> Error {
    Error::Unavailable("The service cannot reach its database right now; try again soon.".into())
}

/// A database error that only says the database is unreachable is the service being
/// temporarily unavailable (503), not a bug (500).
impl From<sea_orm::DbErr> for Error {
    fn from(err: sea_orm::DbErr) -> Self {
        if crate::db::unreachable::is_unreachable(&err) {
            tracing::warn!(error = %err, "database unreachable");
            database_unreachable()
        } else {
            Error::Database(err)
        }
    }
}

impl From<anyhow::Error> for Error {
    fn from(err: anyhow::Error) -> Self {
        match err.downcast_ref::<sea_orm::DbErr>() {
            Some(db) if crate::db::unreachable::is_unreachable(db) => {
                tracing::warn!(error = %db, "database unreachable");
                database_unreachable()
            }
            _ => Error::Internal(err),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The API's name for the same type: handlers return `ApiError`.
pub type ApiError = Error;

impl Error {
    pub fn field(field: &str, code: &str, message: impl Into<String>) -> Self {
        Error::Validation(vec![FieldError::new(field, code, message)])
    }

    /// The stable code and HTTP status of each error: one line per code.
    pub fn code_and_status(&self) -> (&'static str, StatusCode) {
        match self {
            Error::MalformedRequest(_) => ("malformed_request", StatusCode::BAD_REQUEST),
            Error::Validation(_) => ("validation_failed", StatusCode::UNPROCESSABLE_ENTITY),
            Error::Unauthenticated(_) => ("unauthenticated", StatusCode::UNAUTHORIZED),
            Error::Forbidden(_) => ("forbidden", StatusCode::FORBIDDEN),
            Error::CrossSiteRequest(_) => ("csrf_rejected", StatusCode::FORBIDDEN),
            Error::NotFound(_) => ("not_found", StatusCode::NOT_FOUND),
            Error::Conflict(_) => ("conflict", StatusCode::CONFLICT),
            Error::PhaseClosed(_) => ("phase_closed", StatusCode::CONFLICT),
            Error::Locked(_) => ("locked", StatusCode::LOCKED),
            Error::RateLimited { .. } => ("rate_limited", StatusCode::TOO_MANY_REQUESTS),
            Error::PayloadTooLarge { .. } => ("payload_too_large", StatusCode::PAYLOAD_TOO_LARGE),
            Error::UnsupportedMediaType => {
                ("unsupported_media_type", StatusCode::UNSUPPORTED_MEDIA_TYPE)
            }
            Error::Unavailable(_) => ("unavailable", StatusCode::SERVICE_UNAVAILABLE),
            Error::InvalidIdempotencyKey(_) => ("invalid_idempotency_key", StatusCode::BAD_REQUEST),
            Error::IdempotencyKeyReused => {
                ("idempotency_key_reused", StatusCode::UNPROCESSABLE_ENTITY)
            }
            Error::IdempotentRequestRunning { .. } => ("conflict", StatusCode::CONFLICT),
            Error::Database(_) | Error::Internal(_) => {
                ("internal", StatusCode::INTERNAL_SERVER_ERROR)
            }
        }
    }

    fn title(&self) -> &'static str {
        match self {
            Error::MalformedRequest(_) => "Malformed request",
            Error::Validation(_) => "Some fields are not valid",
            Error::Unauthenticated(_) => "Sign-in required",
            Error::Forbidden(_) => "Not allowed",
            Error::CrossSiteRequest(_) => "Cross-site request refused",
            Error::NotFound(_) => "Not found",
            Error::Conflict(_) => "Conflict",
            Error::PhaseClosed(_) => "Not possible in this phase",
            Error::Locked(_) => "Locked",
            Error::RateLimited { .. } => "Too many requests",
            Error::PayloadTooLarge { .. } => "Request too large",
            Error::UnsupportedMediaType => "Unsupported media type",
            Error::Unavailable(_) => "Temporarily unavailable",
            Error::InvalidIdempotencyKey(_) => "Invalid Idempotency-Key",
            Error::IdempotencyKeyReused => "Idempotency-Key reused",
            Error::IdempotentRequestRunning { .. } => "Request still running",
            Error::Database(_) | Error::Internal(_) => "Internal error",
        }
    }

    /// Whether this error is the server's fault, to be logged with its cause.
    pub fn is_internal(&self) -> bool {
        matches!(self, Error::Database(_) | Error::Internal(_))
    }
}

/// The body of every error response.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// A URI naming the problem kind: `urn:sala:problem:<code>`.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// Stable machine-readable code; clients switch on this.
    pub code: String,
    /// Per-field problems, present with `validation_failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
    /// Set on `internal` errors: quote it when reporting the problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

pub const PROBLEM_JSON: &str = "application/problem+json";

impl Problem {
    pub fn new(code: &str, status: StatusCode, title: &str, detail: String) -> Self {
        Problem {
            kind: format!("urn:sala:problem:{code}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail,
            code: code.to_owned(),
            errors: None,
            request_id: None,
        }
    }

    pub fn into_response(self) -> HttpResponse {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        HttpResponse::build(status)
            .insert_header((header::CONTENT_TYPE, PROBLEM_JSON))
            .json(self)
    }
}

impl ResponseError for Error {
    fn status_code(&self) -> StatusCode {
        self.code_and_status().1
    }

    fn error_response(&self) -> HttpResponse {
        let (code, status) = self.code_and_status();
        let detail = if self.is_internal() {
            tracing::error!(error = ?self, "request failed");
            "An unexpected error occurred. Quote the request id when reporting it.".to_owned()
        } else {
            self.to_string()
        };
        let mut problem = Problem::new(code, status, self.title(), detail);
        if let Error::Validation(errors) = self {
            problem.errors = Some(errors.clone());
        }
        let mut response = problem.into_response();
        let retry_after = match self {
            Error::RateLimited { retry_after_secs }
            | Error::IdempotentRequestRunning { retry_after_secs } => Some(*retry_after_secs),
            Error::Unavailable(_) => Some(UNAVAILABLE_RETRY_AFTER_SECS),
            _ => None,
        };
        if let Some(secs) = retry_after {
            if let Ok(value) = header::HeaderValue::from_str(&secs.to_string()) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
        }
        response
    }
}

/// Collects field problems so a request reports all of them at once.
#[derive(Debug, Default)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps the value when it parsed, records the problem when it did not.
    pub fn check<T>(&mut self, parsed: std::result::Result<T, FieldError>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(error) => {
                self.0.push(error);
                None
            }
        }
    }

    pub fn push(&mut self, error: FieldError) {
        self.0.push(error);
    }

    /// `Ok(())` when nothing was recorded.
    pub fn finish(self) -> Result<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Error::Validation(self.0))
        }
    }
}
