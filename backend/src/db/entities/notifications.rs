//! `notifications`: one row per person per event, the in-app inbox and the source of mail.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// What a notification tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// Someone commented on a proposal you wrote.
    #[sea_orm(string_value = "comment_on_your_proposal")]
    CommentOnYourProposal,
    /// Someone replied to your comment.
    #[sea_orm(string_value = "reply_to_your_comment")]
    ReplyToYourComment,
    /// A proposal you wrote, follow or voted on changed status or got an official answer.
    #[sea_orm(string_value = "proposal_status_changed")]
    ProposalStatusChanged,
    /// A consultation you follow moved to another phase.
    #[sea_orm(string_value = "phase_changed")]
    PhaseChanged,
    /// A moderator acted on something you wrote.
    #[sea_orm(string_value = "moderation_decision")]
    ModerationDecision,
    /// A result that came from a proposal you wrote, follow or supported was updated.
    #[sea_orm(string_value = "result_updated")]
    ResultUpdated,
    /// A document's writers accepted or declined an amendment you suggested.
    #[sea_orm(string_value = "amendment_decided")]
    AmendmentDecided,
    /// An award your organisation applied to was decided: on to a site visit, or not.
    #[sea_orm(string_value = "award_decided")]
    AwardDecided,
}

impl NotificationKind {
    pub const ALL: [NotificationKind; 8] = [
        NotificationKind::CommentOnYourProposal,
        NotificationKind::ReplyToYourComment,
        NotificationKind::ProposalStatusChanged,
        NotificationKind::PhaseChanged,
        NotificationKind::ModerationDecision,
        NotificationKind::ResultUpdated,
        NotificationKind::AmendmentDecided,
        NotificationKind::AwardDecided,
    ];

    /// The stored and sent code.
    pub fn as_str(self) -> &'static str {
        match self {
            NotificationKind::CommentOnYourProposal => "comment_on_your_proposal",
            NotificationKind::ReplyToYourComment => "reply_to_your_comment",
            NotificationKind::ProposalStatusChanged => "proposal_status_changed",
            NotificationKind::PhaseChanged => "phase_changed",
            NotificationKind::ModerationDecision => "moderation_decision",
            NotificationKind::ResultUpdated => "result_updated",
            NotificationKind::AmendmentDecided => "amendment_decided",
            NotificationKind::AwardDecided => "award_decided",
        }
    }

    /// Reads a code a person sent (preferences, unsubscribe links).
    pub fn parse(raw: &str) -> Option<NotificationKind> {
        NotificationKind::ALL
            .into_iter()
            .find(|k| k.as_str() == raw)
    }
}

/// How a person wants one kind of notification by email (the inbox always has it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
#[derive(Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    #[default]
    #[sea_orm(string_value = "immediately")]
    Immediately,
    #[sea_orm(string_value = "digest")]
    Digest,
    #[sea_orm(string_value = "off")]
    Off,
}

impl Delivery {
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Immediately => "immediately",
            Delivery::Digest => "digest",
            Delivery::Off => "off",
        }
    }

    /// Reads a code a person sent.
    pub fn parse(raw: &str) -> Option<Delivery> {
        [Delivery::Immediately, Delivery::Digest, Delivery::Off]
            .into_iter()
            .find(|d| d.as_str() == raw)
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

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
