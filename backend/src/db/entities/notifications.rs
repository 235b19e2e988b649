//! `notifications`: one row per person per event, the in-app inbox and the source of mail.

use sea_orm::entity::prelude::*;

stored_enum! {
    /// What a notification tells.
    pub enum NotificationKind {
        /// Someone commented on a proposal you wrote.
        CommentOnYourProposal = "comment_on_your_proposal",
        /// Someone replied to your comment.
        ReplyToYourComment = "reply_to_your_comment",
        /// A proposal you wrote, follow or voted on changed status or got an official answer.
        ProposalStatusChanged = "proposal_status_changed",
        /// A consultation you follow moved to another phase.
        PhaseChanged = "phase_changed",
        /// A moderator acted on something you wrote.
        ModerationDecision = "moderation_decision",
        /// A result that came from a proposal you wrote, follow or supported was updated.
        ResultUpdated = "result_updated",
        /// A document's writers accepted or declined an amendment you suggested.
        AmendmentDecided = "amendment_decided",
        /// An award your organisation applied to was decided: on to a site visit, or not.
        AwardDecided = "award_decided",
    }
}

stored_enum! {
    /// How a person wants one kind of notification by email (the inbox always has it).
    #[derive(Default)]
    pub enum Delivery {
        #[default]
        Immediately = "immediately",
        Digest = "digest",
        Off = "off",
    }
}

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notifications")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub user_id: Uuid,
    pub event_id: Uuid,
    pub kind: NotificationKind,
    pub proposal_id: Option<Uuid>,
    pub comment_id: Option<Uuid>,
    pub consultation_id: Option<Uuid>,
    pub payload: Json,
    pub delivery: Delivery,
    pub read_at: Option<DateTimeUtc>,
    pub digested_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

without_relations!();
