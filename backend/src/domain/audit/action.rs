//! Every kind of row the audit log holds, declared once: writers name a variant, so no row is
//! written under a misspelt code, and the API's description lists them all, so the web app
//! must say each one in words (its labels are a record over this enum).

use serde::{Deserialize, Serialize};
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;
use utoipa::{PartialSchema, ToSchema};

macro_rules! audit_actions {
    ($($variant:ident = $code:literal, $doc:literal;)*) => {
        /// What an audit row records.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum AuditAction {
            $(#[doc = $doc] #[serde(rename = $code)] $variant,)*
        }

        impl AuditAction {
            pub const ALL: &'static [AuditAction] = &[$(AuditAction::$variant,)*];

            /// The code stored in the log and sent by the API.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(AuditAction::$variant => $code,)*
                }
            }

            pub fn parse(code: &str) -> Option<AuditAction> {
                match code {
                    $($code => Some(AuditAction::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

audit_actions! {
    AccessDenied = "access.denied", "A signed-in account was refused at a privileged route.";
    UserCreated = "user.created", "An operator created an account at the command line.";
    UserRoleChanged = "user.role_changed", "An account's platform role changed.";
    UserDeleted = "user.deleted", "An account was erased at its owner's request.";
    ModeratorAssigned = "moderator.assigned", "A moderator was given a consultation.";
    ModeratorUnassigned = "moderator.unassigned", "A moderator's consultation was taken back.";
    ConsultationCreated = "consultation.created", "A consultation was opened.";
    ConsultationUpdated = "consultation.updated", "A consultation's content or settings changed.";
    ConsultationPhaseChanged = "consultation.phase_changed", "A consultation moved to another phase.";
    ConsultationResponsibilitiesSet = "consultation.responsibilities_set", "Which organisation answers for which theme and province changed.";
    AnswerClocksStarted = "answer_clocks.started", "Answer clocks started for proposals that are owed an answer.";
    AnswerClocksEscalated = "answer_clocks.escalated", "An overdue answer was brought to the owning lab.";
    ProposalReassigned = "proposal.reassigned", "A proposal was given to another responsible organisation.";
    ProposalAnswered = "proposal.answered", "An agency gave or changed an official answer.";
    ProposalValued = "proposal.valued", "A valuator scored a proposal.";
    ProposalEndorsed = "proposal.endorsed", "An organisation endorsed a proposal.";
    ProposalEndorsementWithdrawn = "proposal.endorsement_withdrawn", "An organisation withdrew its endorsement.";
    ProposalImageRemoved = "proposal.image_removed", "A moderator removed an image from a proposal.";
    ResultCreated = "result.created", "A responsible organisation published a result of a consultation.";
    ResultEdited = "result.edited", "A result's description, place or dates changed.";
    ResultProgressUpdated = "result.progress_updated", "A result's progress or status was updated.";
    ResultProposalLinked = "result.proposal_linked", "A proposal was named as a source of a result.";
    ResultProposalUnlinked = "result.proposal_unlinked", "A proposal was no longer named as a source of a result.";
    ResultMilestoneSaved = "result.milestone_saved", "A result's milestone was added or changed.";
    DocumentCreated = "document.created", "A consultation's writers started a document (a charter, a strategy).";
    DocumentDraftSaved = "document.draft_saved", "A document's draft was started or its words changed.";
    DocumentVersionPublished = "document.version_published", "A document's draft was published and frozen.";
    DocumentSigned = "document.signed", "A representative signed a published document on behalf of their organisation.";
    DocumentAmendmentAccepted = "document.amendment_accepted", "A document's writers accepted a suggested amendment into the draft.";
    DocumentAmendmentRejected = "document.amendment_rejected", "A document's writers rejected a suggested amendment, with a reason.";
    AwardCallCreated = "award.created", "An organisation opened an award call with its criteria and threshold.";
    AwardCallAdvanced = "award.advanced", "An award call moved on: closed for applications, or decided.";
    AwardApplicationSubmitted = "award.applied", "An organisation applied to an award call.";
    AwardAssessorAssigned = "award.assessor_assigned", "An assessor was assigned to an award application.";
    AwardAssessorRemoved = "award.assessor_removed", "An assessor was taken off an award application, with their scores.";
    AwardConflictDeclared = "award.conflict_declared", "An assessor declared whether they have a conflict of interest with an application.";
    AwardApplicationDecided = "award.decided", "Deciding an award moved an application to a site visit or not, on its mean score.";
    IndicatorCreated = "indicator.created", "An impact indicator was added to a result or a consultation.";
    IndicatorEdited = "indicator.edited", "An impact indicator's name, unit, baseline, target or order changed.";
    IndicatorDeleted = "indicator.deleted", "An impact indicator and its measured values were deleted.";
    IndicatorValueRecorded = "indicator.value_recorded", "A measured value was recorded for an impact indicator.";
    LegalDocumentPublished = "legal_document.published", "An administrator published a new version of the privacy notice or the terms.";
    OrganizationCreated = "organization.created", "An organisation was created; its creator is its owner.";
    OrganizationUpdated = "organization.updated", "An organisation's profile changed.";
    OrganizationVerified = "organization.verified", "An administrator verified an organisation.";
    OrganizationUnverified = "organization.unverified", "An administrator withdrew an organisation's verification.";
    OrganizationMemberInvited = "organization.member_invited", "An owner invited an address to join an organisation.";
    OrganizationInvitationRevoked = "organization.invitation_revoked", "An owner withdrew an open invitation.";
    OrganizationMemberJoined = "organization.member_joined", "An invited person accepted and joined an organisation.";
    OrganizationMemberRoleChanged = "organization.member_role_changed", "A member's role inside an organisation changed.";
    OrganizationMemberRemoved = "organization.member_removed", "An owner removed a member from an organisation.";
    OrganizationMemberLeft = "organization.member_left", "A member left an organisation.";
    ApiKeyCreated = "api_key.created", "An agency API key was created.";
    ApiKeyRevoked = "api_key.revoked", "An agency API key was revoked.";
    ModerationHide = "moderation.hide", "Hidden by a moderator, or automatically by flags.";
    ModerationUnhide = "moderation.unhide", "Shown again.";
    ModerationLock = "moderation.lock", "A proposal was locked.";
    ModerationUnlock = "moderation.unlock", "A proposal was unlocked.";
    ModerationPin = "moderation.pin", "A proposal was pinned.";
    ModerationUnpin = "moderation.unpin", "A proposal was unpinned.";
    ModerationChangeTheme = "moderation.change_theme", "A proposal was moved to another theme.";
    ModerationDismissFlags = "moderation.dismiss_flags", "Flags were closed as unfounded.";
    ModerationMarkSpam = "moderation.mark_spam", "Hidden as spam.";
    ModerationMerge = "moderation.merge", "A duplicate proposal was merged into another.";
    ModerationSuspend = "moderation.suspend", "An account was suspended.";
    ModerationBan = "moderation.ban", "An account was banned.";
    ModerationRestore = "moderation.restore", "A suspension or ban was lifted.";
    ModerationDiscardVotes = "moderation.discard_votes", "An account's votes were discarded.";
    ModerationDelete = "moderation.delete", "A moderator removed a comment.";
}

// Written by hand: the derive cannot read a code that a macro hands to `rename`, and the
// API's description must list the codes themselves.
impl PartialSchema for AuditAction {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some("What an audit row records."))
            .enum_values(Some(AuditAction::ALL.iter().map(|action| action.as_str())))
            .into()
    }
}

impl ToSchema for AuditAction {}

impl AuditAction {
    /// The moderation log's own code for a moderation action (`hide` for `moderation.hide`);
    /// `None` for actions that are not moderation decisions.
    pub fn moderation_code(self) -> Option<&'static str> {
        self.as_str().strip_prefix("moderation.")
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn codes_are_unique_and_read_back() {
        let codes: HashSet<_> = AuditAction::ALL.iter().map(|a| a.as_str()).collect();
        assert_eq!(codes.len(), AuditAction::ALL.len());
        for action in AuditAction::ALL {
            assert_eq!(AuditAction::parse(action.as_str()), Some(*action));
            assert_eq!(
                serde_json::to_value(action).ok(),
                Some(serde_json::Value::from(action.as_str()))
            );
        }
        assert_eq!(AuditAction::parse("moderation."), None);
    }

    #[test]
    fn moderation_codes_are_the_moderation_log_codes() {
        assert_eq!(AuditAction::ModerationHide.moderation_code(), Some("hide"));
        assert_eq!(AuditAction::ProposalAnswered.moderation_code(), None);
    }
}
