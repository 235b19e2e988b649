//! Errors as the client sees them: every stable problem code in one table, and the single
//! translation of an error into `application/problem+json` (RFC 9457).
//!
//! The domain's `Error` says what went wrong; `ApiError` adds what only HTTP can get wrong
//! (an unreadable body, a reused `Idempotency-Key`, a route that does not exist). Clients
//! switch on `code`; `docs/ERRORS.md` lists every code, and a test keeps the two in step.

use actix_web::http::{header, StatusCode};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::{Conflict, Error, FieldError, Resource, UploadRefusal};

/// Declares the problem codes once: each line gives the variant, its code, HTTP status and
/// title.
macro_rules! problem_codes {
    ($( $(#[doc = $doc:literal])* $variant:ident = ($code:literal, $status:ident, $title:literal), )*) => {
        /// A stable machine-readable problem code; clients switch on it.
        // Serialised by its variant's name in snake case, which a test holds equal to `$code`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum ProblemCode {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl ProblemCode {
            /// Every code the API answers with.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$variant),*];

            pub fn as_str(self) -> &'static str {
                match self { $(ProblemCode::$variant => $code,)* }
            }

            pub fn status(self) -> StatusCode {
                match self { $(ProblemCode::$variant => StatusCode::$status,)* }
            }

            pub fn title(self) -> &'static str {
                match self { $(ProblemCode::$variant => $title,)* }
            }
        }
    };
}

problem_codes! {
    MalformedRequest = ("malformed_request", BAD_REQUEST, "Malformed request"),
    ValidationFailed = ("validation_failed", UNPROCESSABLE_ENTITY, "Some fields are not valid"),
    Unauthenticated = ("unauthenticated", UNAUTHORIZED, "Sign-in required"),
    Forbidden = ("forbidden", FORBIDDEN, "Not allowed"),
    /// A cookie-authenticated request without proof that Sala's own page sent it.
    CsrfRejected = ("csrf_rejected", FORBIDDEN, "Cross-site request refused"),
    /// No such route, or a path id that cannot name anything.
    NotFound = ("not_found", NOT_FOUND, "Not found"),
    AccountNotFound = ("account_not_found", NOT_FOUND, "Account not found"),
    ApiKeyNotFound = ("api_key_not_found", NOT_FOUND, "API key not found"),
    AwardApplicationNotFound = ("award_application_not_found", NOT_FOUND, "Award application not found"),
    /// Removing an assessor who is not assigned to the application.
    AwardAssessorNotFound = ("award_assessor_not_found", NOT_FOUND, "Assessor not found"),
    AwardCallNotFound = ("award_call_not_found", NOT_FOUND, "Award not found"),
    CommentNotFound = ("comment_not_found", NOT_FOUND, "Comment not found"),
    ConsultationNotFound = ("consultation_not_found", NOT_FOUND, "Consultation not found"),
    DeadLetterNotFound = ("dead_letter_not_found", NOT_FOUND, "Dead letter not found"),
    DocumentNotFound = ("document_not_found", NOT_FOUND, "Document not found"),
    DocumentVersionNotFound = ("document_version_not_found", NOT_FOUND, "Document version not found"),
    DocumentRemarkNotFound = ("document_remark_not_found", NOT_FOUND, "Document remark not found"),
    IndicatorNotFound = ("indicator_not_found", NOT_FOUND, "Indicator not found"),
    InvitationNotFound = ("invitation_not_found", NOT_FOUND, "Invitation not found"),
    LegalDocumentNotFound = ("legal_document_not_found", NOT_FOUND, "Legal document not found"),
    /// An uploaded image or document that does not exist, or belongs to something the caller
    /// may not see.
    MediaNotFound = ("media_not_found", NOT_FOUND, "File not found"),
    MemberNotFound = ("member_not_found", NOT_FOUND, "Member not found"),
    MilestoneNotFound = ("milestone_not_found", NOT_FOUND, "Milestone not found"),
    ModeratorAssignmentNotFound = ("moderator_assignment_not_found", NOT_FOUND, "Moderator assignment not found"),
    OrganizationNotFound = ("organization_not_found", NOT_FOUND, "Organisation not found"),
    ProposalNotFound = ("proposal_not_found", NOT_FOUND, "Proposal not found"),
    ResultNotFound = ("result_not_found", NOT_FOUND, "Result not found"),
    ProposalWithdrawn = ("proposal_withdrawn", CONFLICT, "Proposal withdrawn"),
    ProposalMerged = ("proposal_merged", CONFLICT, "Proposal merged"),
    AlreadyMerged = ("already_merged", CONFLICT, "Already merged"),
    MergeTargetUnavailable = ("merge_target_unavailable", CONFLICT, "Merge target unavailable"),
    CommentRemoved = ("comment_removed", CONFLICT, "Comment removed"),
    AlreadyFlagged = ("already_flagged", CONFLICT, "Already flagged"),
    /// A moderation action that would change nothing, such as hiding what is hidden.
    NothingToChange = ("nothing_to_change", CONFLICT, "Nothing to change"),
    AlreadyModerator = ("already_moderator", CONFLICT, "Already a moderator"),
    RoleAlreadyHeld = ("role_already_held", CONFLICT, "Role already held"),
    AccountBanned = ("account_banned", CONFLICT, "Account banned"),
    AlreadyBanned = ("already_banned", CONFLICT, "Already banned"),
    NotSanctioned = ("not_sanctioned", CONFLICT, "Not suspended or banned"),
    NoVotesToDiscard = ("no_votes_to_discard", CONFLICT, "No votes to discard"),
    EmailAlreadyVerified = ("email_already_verified", CONFLICT, "Email already verified"),
    OrganizationSlugTaken = ("organization_slug_taken", CONFLICT, "Organisation slug taken"),
    AlreadyMember = ("already_member", CONFLICT, "Already a member"),
    /// The organisation's last owner cannot leave, be removed or be demoted, nor delete their
    /// account.
    LastOwner = ("last_owner", CONFLICT, "Last owner"),
    /// Reassigning a proposal to an organisation that is not verified or not named in the
    /// consultation's responsibility map.
    OrganizationNotResponsible = ("organization_not_responsible", CONFLICT, "Organisation not responsible here"),
    /// Setting the own progress of a result whose progress is rolled up from its parts.
    ResultHasChildren = ("result_has_children", CONFLICT, "Progress is rolled up"),
    /// Signing a draft, or a version a newer published one replaced.
    VersionNotSignable = ("version_not_signable", CONFLICT, "Version cannot be signed"),
    AlreadySigned = ("already_signed", CONFLICT, "Already signed"),
    /// Editing or publishing a document's draft when it has none.
    NoDraft = ("no_draft", CONFLICT, "No draft"),
    /// Starting a draft of a document that has one already.
    DraftExists = ("draft_exists", CONFLICT, "Draft exists"),
    VersionNotCurrent = ("version_not_current", CONFLICT, "Version is not the current one"),
    NotAnAmendment = ("not_an_amendment", CONFLICT, "Not an amendment"),
    AlreadyDecided = ("already_decided", CONFLICT, "Already decided"),
    AmendmentConflict = ("amendment_conflict", CONFLICT, "Amendment conflicts with the draft"),
    AlreadyApplied = ("already_applied", CONFLICT, "Already applied"),
    /// Assigning a member of the applying organisation as its assessor, or scoring after
    /// declaring a conflict of interest.
    AssessorHasConflict = ("assessor_has_conflict", CONFLICT, "Conflict of interest"),
    /// Scoring an application before declaring whether one has a conflict of interest.
    ConflictNotDeclared = ("conflict_not_declared", CONFLICT, "Conflict of interest not declared"),
    /// Withdrawing a declared conflict of interest.
    ConflictDeclared = ("conflict_declared", CONFLICT, "Conflict of interest declared"),
    /// Deciding an award before every assessment is complete.
    AssessmentIncomplete = ("assessment_incomplete", CONFLICT, "Assessment incomplete"),
    PhaseClosed = ("phase_closed", CONFLICT, "Not possible in this phase"),
    ProposalLocked = ("proposal_locked", LOCKED, "Locked"),
    RateLimited = ("rate_limited", TOO_MANY_REQUESTS, "Too many requests"),
    PayloadTooLarge = ("payload_too_large", PAYLOAD_TOO_LARGE, "Request too large"),
    UnsupportedMediaType = ("unsupported_media_type", UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    UnsupportedImageType = ("unsupported_image_type", UNSUPPORTED_MEDIA_TYPE, "Unsupported image type"),
    UnsupportedDocumentType = ("unsupported_document_type", UNSUPPORTED_MEDIA_TYPE, "Unsupported document type"),
    FileTooLarge = ("file_too_large", PAYLOAD_TOO_LARGE, "File too large"),
    /// Corrupt, truncated, or a picture with more pixels than Sala decodes.
    ImageUnreadable = ("image_unreadable", UNPROCESSABLE_ENTITY, "Image cannot be read"),
    TooManyImages = ("too_many_images", CONFLICT, "Too many images"),
    InvalidIdempotencyKey = ("invalid_idempotency_key", BAD_REQUEST, "Invalid Idempotency-Key"),
    IdempotencyKeyReused = ("idempotency_key_reused", UNPROCESSABLE_ENTITY, "Idempotency-Key reused"),
    /// The first request with this `Idempotency-Key` has not finished yet.
    RequestInProgress = ("request_in_progress", CONFLICT, "Request still running"),
    /// Not an error: the answer is still being computed (HTTP 202).
    Pending = ("pending", ACCEPTED, "Being computed"),
    Unavailable = ("unavailable", SERVICE_UNAVAILABLE, "Temporarily unavailable"),
    Internal = ("internal", INTERNAL_SERVER_ERROR, "Internal error"),
}

/// Seconds a client is asked to wait before retrying after `unavailable` or `pending`.
pub const UNAVAILABLE_RETRY_AFTER_SECS: u64 = 5;

const INTERNAL_DETAIL: &str =
    "An unexpected error occurred. Quote the request id when reporting it.";

/// What a handler can fail with: a domain error, or a problem of the HTTP request itself.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error(transparent)]
    Domain(#[from] Error),
    #[error("{0}")]
    MalformedRequest(String),
    #[error("{0}")]
    CrossSiteRequest(String),
    /// No route answers this path, or a path id cannot name anything.
    #[error("resource not found")]
    NoSuchResource,
    #[error("the request body is larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("the request body must be application/json")]
    UnsupportedMediaType,
    #[error("{0}")]
    InvalidIdempotencyKey(&'static str),
    #[error("this Idempotency-Key was already used for a different request")]
    IdempotencyKeyReused,
    #[error("a request with this Idempotency-Key is still running; retry shortly")]
    IdempotentRequestRunning { retry_after_secs: u64 },
}

impl From<sea_orm::DbErr> for ApiError {
    fn from(err: sea_orm::DbErr) -> Self {
        ApiError::Domain(err.into())
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(err: anyhow::Error) -> Self {
        ApiError::Domain(err.into())
    }
}

impl From<Conflict> for ApiError {
    fn from(conflict: Conflict) -> Self {
        ApiError::Domain(conflict.into())
    }
}

impl ApiError {
    pub fn field(field: &str, code: &str, message: impl Into<String>) -> Self {
        Error::field(field, code, message).into()
    }

    pub fn code(&self) -> ProblemCode {
        match self {
            ApiError::Domain(error) => error.code(),
            ApiError::MalformedRequest(_) => ProblemCode::MalformedRequest,
            ApiError::CrossSiteRequest(_) => ProblemCode::CsrfRejected,
            ApiError::NoSuchResource => ProblemCode::NotFound,
            ApiError::PayloadTooLarge { .. } => ProblemCode::PayloadTooLarge,
            ApiError::UnsupportedMediaType => ProblemCode::UnsupportedMediaType,
            ApiError::InvalidIdempotencyKey(_) => ProblemCode::InvalidIdempotencyKey,
            ApiError::IdempotencyKeyReused => ProblemCode::IdempotencyKeyReused,
            ApiError::IdempotentRequestRunning { .. } => ProblemCode::RequestInProgress,
        }
    }

    fn retry_after_secs(&self) -> Option<u64> {
        match self {
            ApiError::IdempotentRequestRunning { retry_after_secs } => Some(*retry_after_secs),
            _ => None,
        }
    }
}

impl Error {
    /// The problem code a client sees for this error.
    pub fn code(&self) -> ProblemCode {
        match self {
            Error::Validation(_) => ProblemCode::ValidationFailed,
            Error::Unauthenticated(_) => ProblemCode::Unauthenticated,
            Error::Forbidden(_) => ProblemCode::Forbidden,
            Error::NotFound(resource) => not_found_code(*resource),
            Error::Conflict(conflict) => conflict_code(conflict),
            Error::PhaseClosed(_) => ProblemCode::PhaseClosed,
            Error::ProposalLocked => ProblemCode::ProposalLocked,
            Error::Upload(refusal) => upload_code(refusal),
            Error::RateLimited { .. } => ProblemCode::RateLimited,
            Error::Unavailable(_) => ProblemCode::Unavailable,
            Error::Database(_) | Error::Internal(_) => ProblemCode::Internal,
        }
    }

    fn retry_after_secs(&self) -> Option<u64> {
        match self {
            Error::RateLimited { retry_after_secs } => Some(*retry_after_secs),
            Error::Unavailable(_) => Some(UNAVAILABLE_RETRY_AFTER_SECS),
            _ => None,
        }
    }
}

fn not_found_code(resource: Resource) -> ProblemCode {
    match resource {
        Resource::Account => ProblemCode::AccountNotFound,
        Resource::AwardApplication => ProblemCode::AwardApplicationNotFound,
        Resource::AwardAssessor => ProblemCode::AwardAssessorNotFound,
        Resource::AwardCall => ProblemCode::AwardCallNotFound,
        Resource::ApiKey => ProblemCode::ApiKeyNotFound,
        Resource::Comment => ProblemCode::CommentNotFound,
        Resource::Consultation => ProblemCode::ConsultationNotFound,
        Resource::DeadLetter => ProblemCode::DeadLetterNotFound,
        Resource::Document => ProblemCode::DocumentNotFound,
        Resource::DocumentVersion => ProblemCode::DocumentVersionNotFound,
        Resource::DocumentRemark => ProblemCode::DocumentRemarkNotFound,
        Resource::Indicator => ProblemCode::IndicatorNotFound,
        Resource::Invitation => ProblemCode::InvitationNotFound,
        Resource::LegalDocument => ProblemCode::LegalDocumentNotFound,
        Resource::Media => ProblemCode::MediaNotFound,
        Resource::Member => ProblemCode::MemberNotFound,
        Resource::Milestone => ProblemCode::MilestoneNotFound,
        Resource::ModeratorAssignment => ProblemCode::ModeratorAssignmentNotFound,
        Resource::Organization => ProblemCode::OrganizationNotFound,
        Resource::Proposal => ProblemCode::ProposalNotFound,
        Resource::Result => ProblemCode::ResultNotFound,
    }
}

fn upload_code(refusal: &UploadRefusal) -> ProblemCode {
    match refusal {
        UploadRefusal::UnsupportedImageType => ProblemCode::UnsupportedImageType,
        UploadRefusal::UnsupportedDocumentType => ProblemCode::UnsupportedDocumentType,
        UploadRefusal::FileTooLarge(_) => ProblemCode::FileTooLarge,
        UploadRefusal::ImageUnreadable(_) => ProblemCode::ImageUnreadable,
        UploadRefusal::TooManyImages(_) => ProblemCode::TooManyImages,
    }
}

fn conflict_code(conflict: &Conflict) -> ProblemCode {
    match conflict {
        Conflict::ProposalWithdrawn => ProblemCode::ProposalWithdrawn,
        Conflict::ProposalMerged => ProblemCode::ProposalMerged,
        Conflict::AlreadyMerged => ProblemCode::AlreadyMerged,
        Conflict::MergeTargetUnavailable => ProblemCode::MergeTargetUnavailable,
        Conflict::CommentRemoved => ProblemCode::CommentRemoved,
        Conflict::AlreadyFlagged => ProblemCode::AlreadyFlagged,
        Conflict::NothingToChange(_) => ProblemCode::NothingToChange,
        Conflict::AlreadyModerator => ProblemCode::AlreadyModerator,
        Conflict::RoleAlreadyHeld(_) => ProblemCode::RoleAlreadyHeld,
        Conflict::AccountBanned => ProblemCode::AccountBanned,
        Conflict::AlreadyBanned => ProblemCode::AlreadyBanned,
        Conflict::NotSanctioned => ProblemCode::NotSanctioned,
        Conflict::NoVotesToDiscard => ProblemCode::NoVotesToDiscard,
        Conflict::EmailAlreadyVerified => ProblemCode::EmailAlreadyVerified,
        Conflict::OrganizationSlugTaken => ProblemCode::OrganizationSlugTaken,
        Conflict::AlreadyMember => ProblemCode::AlreadyMember,
        Conflict::LastOwner | Conflict::LastOwnerOf(_) => ProblemCode::LastOwner,
        Conflict::OrganizationNotResponsible => ProblemCode::OrganizationNotResponsible,
        Conflict::ResultHasChildren => ProblemCode::ResultHasChildren,
        Conflict::VersionNotSignable => ProblemCode::VersionNotSignable,
        Conflict::AlreadySigned => ProblemCode::AlreadySigned,
        Conflict::NoDraft => ProblemCode::NoDraft,
        Conflict::DraftExists => ProblemCode::DraftExists,
        Conflict::VersionNotCurrent => ProblemCode::VersionNotCurrent,
        Conflict::NotAnAmendment => ProblemCode::NotAnAmendment,
        Conflict::AlreadyDecided => ProblemCode::AlreadyDecided,
        Conflict::AmendmentConflict => ProblemCode::AmendmentConflict,
        Conflict::AlreadyApplied => ProblemCode::AlreadyApplied,
        Conflict::AssessorHasConflict => ProblemCode::AssessorHasConflict,
        Conflict::ConflictNotDeclared => ProblemCode::ConflictNotDeclared,
        Conflict::ConflictDeclared => ProblemCode::ConflictDeclared,
        Conflict::AssessmentIncomplete => ProblemCode::AssessmentIncomplete,
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
    pub code: ProblemCode,
    /// Per-field problems, present with `validation_failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<FieldError>>,
    /// Set on `internal` errors: quote it when reporting the problem.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
}

pub const PROBLEM_JSON: &str = "application/problem+json";

impl Problem {
    pub fn new(code: ProblemCode, detail: String) -> Self {
        Problem {
            kind: format!("urn:sala:problem:{}", code.as_str()),
            title: code.title().to_owned(),
            status: code.status().as_u16(),
            detail,
            code,
            errors: None,
            request_id: None,
        }
    }

    /// The answer for an internal error, naming the request to quote.
    pub fn internal(request_id: String) -> Self {
        let mut problem = Problem::new(ProblemCode::Internal, INTERNAL_DETAIL.to_owned());
        problem.request_id = Some(request_id);
        problem
    }

    pub fn into_response(self) -> HttpResponse {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        HttpResponse::build(status)
            .insert_header((header::CONTENT_TYPE, PROBLEM_JSON))
            .json(self)
    }

    /// The response, asking the client to come back after `secs` seconds.
    pub fn into_response_retrying_after(self, secs: u64) -> HttpResponse {
        let mut response = self.into_response();
        if let Ok(value) = header::HeaderValue::from_str(&secs.to_string()) {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

/// What a client is told about an error: its own words, or nothing of an internal cause.
fn detail_of(error: &Error) -> String {
    if error.is_internal() {
        tracing::error!(error = ?error, "request failed");
        INTERNAL_DETAIL.to_owned()
    } else {
        error.to_string()
    }
}

fn answer(
    code: ProblemCode,
    detail: String,
    errors: Option<&[FieldError]>,
    retry_after_secs: Option<u64>,
) -> HttpResponse {
    let mut problem = Problem::new(code, detail);
    problem.errors = errors.map(<[FieldError]>::to_vec);
    match retry_after_secs {
        Some(secs) => problem.into_response_retrying_after(secs),
        None => problem.into_response(),
    }
}

/// Handlers and extractors may fail with a domain error directly.
impl ResponseError for Error {
    fn status_code(&self) -> StatusCode {
        self.code().status()
    }

    fn error_response(&self) -> HttpResponse {
        let errors = match self {
            Error::Validation(errors) => Some(errors.as_slice()),
            _ => None,
        };
        answer(
            self.code(),
            detail_of(self),
            errors,
            self.retry_after_secs(),
        )
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.code().status()
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            ApiError::Domain(error) => error.error_response(),
            other => answer(
                other.code(),
                other.to_string(),
                None,
                other.retry_after_secs(),
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_code_is_named_once_and_its_serialised_form_is_its_name() {
        let mut seen = HashSet::new();
        for code in ProblemCode::ALL {
            assert!(seen.insert(code.as_str()), "{} twice", code.as_str());
            let json = serde_json::to_value(code).expect("a code serialises");
            assert_eq!(json, serde_json::json!(code.as_str()));
        }
    }
}
