//! What can go wrong inside Sala, in the domain's own words. Nothing here knows about HTTP:
//! `api::problem` translates each error into a problem document with its stable code.

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

/// What a request looked for and did not find.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resource {
    Account,
    ApiKey,
    AwardApplication,
    AwardAssessor,
    AwardCall,
    Comment,
    Consultation,
    DeadLetter,
    Document,
    DocumentRemark,
    DocumentVersion,
    Indicator,
    Invitation,
    LegalDocument,
    Media,
    Member,
    Milestone,
    ModeratorAssignment,
    Organization,
    Proposal,
    Result,
}

impl Resource {
    /// How the resource is named in a message.
    pub fn name(self) -> &'static str {
        match self {
            Resource::Account => "account",
            Resource::ApiKey => "API key",
            Resource::AwardApplication => "award application",
            Resource::AwardAssessor => "assessor of this application",
            Resource::AwardCall => "award",
            Resource::Comment => "comment",
            Resource::Consultation => "consultation",
            Resource::DeadLetter => "dead letter",
            Resource::Document => "document",
            Resource::DocumentRemark => "document remark",
            Resource::DocumentVersion => "document version",
            Resource::Indicator => "indicator",
            Resource::Invitation => "open invitation",
            Resource::LegalDocument => "legal document",
            Resource::Media => "file",
            Resource::Member => "member",
            Resource::Milestone => "milestone",
            Resource::ModeratorAssignment => "moderator assignment",
            Resource::Organization => "organisation",
            Resource::Proposal => "proposal",
            Resource::Result => "result",
        }
    }
}

/// Why a request cannot be carried out in the state things are in now.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Conflict {
    #[error("This proposal was withdrawn by its author.")]
    ProposalWithdrawn,
    #[error("This proposal was merged into another one; act on that one.")]
    ProposalMerged,
    #[error("This proposal was already merged into another one.")]
    AlreadyMerged,
    #[error("The proposal to merge into is merged, hidden or withdrawn itself.")]
    MergeTargetUnavailable,
    #[error("This comment was removed and cannot be answered.")]
    CommentRemoved,
    #[error("You have already flagged this.")]
    AlreadyFlagged,
    /// A moderation action that would change nothing, such as hiding what is hidden.
    #[error("{0}")]
    NothingToChange(&'static str),
    #[error("This account already moderates this consultation.")]
    AlreadyModerator,
    #[error("This account already has the {0} role.")]
    RoleAlreadyHeld(&'static str),
    #[error("This account is banned; restore it first.")]
    AccountBanned,
    #[error("This account is already banned.")]
    AlreadyBanned,
    #[error("This account is neither suspended nor banned.")]
    NotSanctioned,
    #[error("This account has no votes.")]
    NoVotesToDiscard,
    #[error("This email address is already verified.")]
    EmailAlreadyVerified,
    #[error("An organisation with this slug exists already; choose another.")]
    OrganizationSlugTaken,
    #[error("This person already belongs to the organisation.")]
    AlreadyMember,
    #[error(
        "The organisation's last owner cannot leave or be demoted; make someone else owner first."
    )]
    LastOwner,
    /// Deleting the account of the last owner of these organisations (by name).
    #[error(
        "You are the last owner of {}. Make another member owner first (invite one if you are its only member): an organisation must keep someone who answers for it.",
        .0.join(", ")
    )]
    LastOwnerOf(Vec<String>),
    #[error(
        "This organisation cannot answer here: reassign only to a verified organisation named in the consultation's responsibility map."
    )]
    OrganizationNotResponsible,
    #[error(
        "This result's progress is the mean of its parts' progress; update the parts instead."
    )]
    ResultHasChildren,
    #[error(
        "Only the document's current published version can be signed: not a draft, and not a version a newer one replaced."
    )]
    VersionNotSignable,
    #[error("This organisation has already signed this version.")]
    AlreadySigned,
    #[error("This document has no draft; start one from its last published version.")]
    NoDraft,
    #[error("This document already has a draft; edit that one.")]
    DraftExists,
    #[error(
        "Remarks are made on the document's current published version; this one is a draft or was replaced by a newer one."
    )]
    VersionNotCurrent,
    #[error("Only a suggested amendment is accepted or rejected; this remark is a comment.")]
    NotAnAmendment,
    #[error("This amendment has been decided already.")]
    AlreadyDecided,
    #[error(
        "The draft's paragraph has changed since this amendment was suggested, so it cannot be applied as it is; edit the draft by hand, then reject the amendment saying so."
    )]
    AmendmentConflict,
    #[error("This organisation has already applied to this award.")]
    AlreadyApplied,
    #[error(
        "This assessor has a conflict of interest with the application: they belong to the applying organisation, or declared one."
    )]
    AssessorHasConflict,
    #[error(
        "Declare whether you have a conflict of interest with this application before scoring it."
    )]
    ConflictNotDeclared,
    #[error(
        "A declared conflict of interest cannot be taken back; ask the award's managers to assign someone else."
    )]
    ConflictDeclared,
    #[error(
        "The award cannot be decided yet: every assessor must declare and score every criterion (or recuse), and each application needs at least one complete assessment."
    )]
    AssessmentIncomplete,
}

/// Why an uploaded file is not kept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UploadRefusal {
    #[error("Only JPEG, PNG and WebP images are accepted.")]
    UnsupportedImageType,
    #[error(
        "Only PDF, DOCX, XLSX, ODT, ODS, CSV and plain-text documents are accepted, named with their own extension."
    )]
    UnsupportedDocumentType,
    #[error("The file is larger than the {0} bytes accepted.")]
    FileTooLarge(usize),
    /// Corrupt, truncated, or more pixels than Sala decodes.
    #[error("{0}")]
    ImageUnreadable(String),
    #[error("A proposal has at most {0} images; remove one first.")]
    TooManyImages(usize),
}

/// Everything that can go wrong, named by what the caller should do about it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("validation failed: {}", describe_fields(.0))]
    Validation(Vec<FieldError>),
    #[error("{0}")]
    Unauthenticated(String),
    #[error("{0}")]
    Forbidden(String),
    #[error("{} not found", .0.name())]
    NotFound(Resource),
    #[error(transparent)]
    Conflict(Conflict),
    #[error("{0}")]
    PhaseClosed(String),
    #[error("This proposal is locked by a moderator.")]
    ProposalLocked,
    #[error(transparent)]
    Upload(UploadRefusal),
    #[error("too many requests")]
    RateLimited { retry_after_secs: u64 },
    #[error("{0}")]
    Unavailable(String),
    #[error(transparent)]
    Database(sea_orm::DbErr),
    #[error(transparent)]
    Internal(anyhow::Error),
}

fn describe_fields(errors: &[FieldError]) -> String {
    let described: Vec<String> = errors
        .iter()
        .map(|e| format!("{}: {}", e.field, e.message))
        .collect();
    described.join("; ")
}

impl From<Conflict> for Error {
    fn from(conflict: Conflict) -> Self {
        Error::Conflict(conflict)
    }
}

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

impl From<UploadRefusal> for Error {
    fn from(refusal: UploadRefusal) -> Self {
        Error::Upload(refusal)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn field(field: &str, code: &str, message: impl Into<String>) -> Self {
        Error::Validation(vec![FieldError::new(field, code, message)])
    }

    /// Whether this error is the server's fault, to be logged with its cause.
    pub fn is_internal(&self) -> bool {
        matches!(self, Error::Database(_) | Error::Internal(_))
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

    /// The parsed fields when nothing was recorded, the problems otherwise. `parsed` is the
    /// fields a use-case requires, combined (`Option::zip`): every `check` that gives `None`
    /// records why, so a `None` with nothing recorded is a bug here, not a request to refuse.
    pub fn finish_with<T>(self, parsed: Option<T>) -> Result<T> {
        self.finish()?;
        parsed.ok_or_else(|| {
            Error::Internal(anyhow::anyhow!(
                "a required field was dropped without a recorded problem"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finish_with_gives_the_fields_or_every_recorded_problem() {
        let mut errors = FieldErrors::new();
        let title = errors.check(Ok::<_, FieldError>("a title"));
        let body = errors.check(Err::<&str, _>(FieldError::new("body", "too_short", "")));
        let count = errors.check(Err::<i32, _>(FieldError::new("count", "invalid", "")));
        match errors.finish_with(title.zip(body).zip(count)) {
            Err(Error::Validation(found)) => {
                let fields: Vec<_> = found.iter().map(|e| e.field.as_str()).collect();
                assert_eq!(fields, ["body", "count"]);
            }
            other => panic!("expected both problems, got {other:?}"),
        }

        let mut errors = FieldErrors::new();
        let title = errors.check(Ok::<_, FieldError>("a title"));
        let body = errors.check(Ok::<_, FieldError>("a body"));
        assert!(matches!(
            errors.finish_with(title.zip(body)),
            Ok(("a title", "a body"))
        ));

        // A field dropped without a reason is the server's bug, never a silent success.
        assert!(matches!(
            FieldErrors::new().finish_with(None::<()>),
            Err(Error::Internal(_))
        ));
    }
}
