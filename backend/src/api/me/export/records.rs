//! The rows of the personal-data export, each as the person sees it: their own words and
//! choices, without anyone else's (documents and awards are in `documents_and_awards`).

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::domain::comments::Stance;
use crate::domain::follows::Target as FollowTarget;
use crate::domain::moderation::flags::FlagReason;
use crate::domain::moderation::TargetType;
use crate::domain::notifications::{Delivery, NotificationKind};
use crate::domain::personal_data::{
    ApiKeyRow, CommentRow, CommentVoteRow, FlagRow, FollowRow, NotificationRow, ParticipationRow,
    ProposalRow, QuickRatingRow, RevisionRow, SessionRow, SurveyAnswerRow, UploadRow, ValuationRow,
    VoteRow,
};
use crate::domain::proposals::Status;
use crate::domain::votes::VoteValue;

#[derive(Serialize, ToSchema)]
pub struct ExportedProposal {
    pub id: Uuid,
    pub consultation_id: Uuid,
    pub title: String,
    /// Markdown as written.
    pub body: String,
    pub theme: Option<String>,
    pub province: Option<String>,
    #[schema(value_type = String)]
    pub status: Status,
    pub hidden: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An earlier version of a proposal, kept when it was edited.
#[derive(Serialize, ToSchema)]
pub struct ExportedRevision {
    pub proposal_id: Uuid,
    pub title: String,
    /// Markdown as written.
    pub body: String,
    pub theme: Option<String>,
    pub province: Option<String>,
    /// When this version was replaced.
    pub created_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct ExportedComment {
    pub id: Uuid,
    pub proposal_id: Uuid,
    pub parent_id: Option<Uuid>,
    /// Empty for a comment its author deleted: the text is gone.
    pub body: String,
    pub stance: Stance,
    pub hidden: bool,
    pub deleted: bool,
    pub edited_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct ExportedVote {
    pub proposal_id: Uuid,
    pub value: VoteValue,
    /// The network the vote came from (an IPv4 /24 or IPv6 /48, never the full address),
    /// kept so moderators can see bursts of votes from one place.
    pub origin_network: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct ExportedCommentVote {
    pub comment_id: Uuid,
    /// `up` or `down`.
    pub value: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct ExportedFollow {
    /// `consultation` or `proposal`.
    #[schema(value_type = String)]
    pub target_type: FollowTarget,
    pub target_id: Uuid,
    pub created_at: DateTime<Utc>,
}

#[derive(Serialize, ToSchema)]
pub struct ExportedFlag {
    #[schema(value_type = String)]
    pub target_type: TargetType,
    pub target_id: Uuid,
    #[schema(value_type = String)]
    pub reason: FlagReason,
    pub note: Option<String>,
    /// `upheld` or `dismissed` once reviewed.
    pub resolution: Option<String>,
    pub created_at: DateTime<Utc>,
}

/// One's three quick ratings of a consultation, each 1–5.
#[derive(Serialize, ToSchema)]
pub struct ExportedQuickRating {
    pub consultation_id: Uuid,
    pub usefulness: i16,
    pub understanding: i16,
    pub satisfaction: i16,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One's answer to a reader survey, given while signed in.
#[derive(Serialize, ToSchema)]
pub struct ExportedSurveyAnswer {
    /// `consultation`, `result` or `document`.
    pub subject_type: String,
    pub subject_id: Uuid,
    pub usefulness: i16,
    pub understanding: i16,
    pub satisfaction: i16,
    pub comment: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A valuator's score of a proposal against one criterion.
#[derive(Serialize, ToSchema)]
pub struct ExportedValuation {
    pub proposal_id: Uuid,
    pub criterion: String,
    pub score: i16,
    pub note: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a notification was about; its wording named other people, so it stays out.
#[derive(Serialize, ToSchema)]
pub struct ExportedNotification {
    pub id: Uuid,
    pub kind: NotificationKind,
    pub consultation_id: Option<Uuid>,
    pub proposal_id: Option<Uuid>,
    pub comment_id: Option<Uuid>,
    pub read: bool,
    pub created_at: DateTime<Utc>,
}

/// A consultation one took part in, and when first.
#[derive(Serialize, ToSchema)]
pub struct ExportedParticipation {
    pub consultation_id: Uuid,
    pub first_seen_at: DateTime<Utc>,
}

/// One sign-in's refresh token, without the token.
#[derive(Serialize, ToSchema)]
pub struct ExportedSession {
    pub id: Uuid,
    /// The sign-in this token descends from (tokens are rotated on each refresh).
    pub family_id: Uuid,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

/// An agency API key one created, without its secret.
#[derive(Serialize, ToSchema)]
pub struct ExportedApiKey {
    pub id: Uuid,
    pub name: String,
    pub prefix: String,
    pub created_at: DateTime<Utc>,
    pub last_used_at: Option<DateTime<Utc>>,
    pub revoked_at: Option<DateTime<Utc>>,
}

#[derive(Serialize, ToSchema)]
pub struct ExportedPreference {
    pub kind: NotificationKind,
    pub delivery: Delivery,
}

/// An image added to a proposal or a document attached to a consultation or an answer.
#[derive(Serialize, ToSchema)]
pub struct ExportedUpload {
    pub id: Uuid,
    /// `proposal`, `answer` (of that proposal), `consultation` or `milestone` (of a result).
    pub attached_to: String,
    pub attached_to_id: Uuid,
    pub url: String,
    pub content_type: String,
    pub bytes: i64,
    /// An image's text alternative.
    pub alt_text: Option<String>,
    /// A document's name.
    pub filename: Option<String>,
    pub created_at: DateTime<Utc>,
}

impl From<UploadRow> for ExportedUpload {
    fn from(m: UploadRow) -> Self {
        use crate::domain::media::OwnerKind;
        ExportedUpload {
            id: m.id,
            attached_to: match m.owner_kind {
                OwnerKind::Proposal => "proposal",
                OwnerKind::Answer => "answer",
                OwnerKind::Consultation => "consultation",
                OwnerKind::Milestone => "milestone",
            }
            .to_owned(),
            attached_to_id: m.owner_id,
            url: format!("/api/v1/media/{}", m.id),
            content_type: m.content_type,
            bytes: m.bytes,
            alt_text: m.alt_text,
            filename: m.filename,
            created_at: m.created_at,
        }
    }
}

impl From<ProposalRow> for ExportedProposal {
    fn from(p: ProposalRow) -> Self {
        ExportedProposal {
            id: p.id,
            consultation_id: p.consultation_id,
            title: p.title,
            body: p.body,
            theme: p.theme,
            province: p.province,
            status: p.status,
            hidden: p.hidden_at.is_some(),
            created_at: p.created_at,
            updated_at: p.updated_at,
        }
    }
}

impl From<RevisionRow> for ExportedRevision {
    fn from(r: RevisionRow) -> Self {
        ExportedRevision {
            proposal_id: r.proposal_id,
            title: r.title,
            body: r.body,
            theme: r.theme,
            province: r.province,
            created_at: r.created_at,
        }
    }
}

impl From<CommentRow> for ExportedComment {
    fn from(c: CommentRow) -> Self {
        ExportedComment {
            id: c.id,
            proposal_id: c.proposal_id,
            parent_id: c.parent_id,
            body: c.body,
            stance: c.stance,
            hidden: c.hidden_at.is_some(),
            deleted: c.deleted_at.is_some(),
            edited_at: c.edited_at,
            created_at: c.created_at,
        }
    }
}

impl From<VoteRow> for ExportedVote {
    fn from(v: VoteRow) -> Self {
        ExportedVote {
            proposal_id: v.proposal_id,
            value: VoteValue::from_i16(v.value),
            origin_network: v.origin_network,
            created_at: v.created_at,
            updated_at: v.updated_at,
        }
    }
}

impl From<CommentVoteRow> for ExportedCommentVote {
    fn from(v: CommentVoteRow) -> Self {
        ExportedCommentVote {
            comment_id: v.comment_id,
            value: if v.value > 0 { "up" } else { "down" }.to_owned(),
            created_at: v.created_at,
        }
    }
}

impl From<FollowRow> for ExportedFollow {
    fn from(f: FollowRow) -> Self {
        ExportedFollow {
            target_type: f.target_type,
            target_id: f.target_id,
            created_at: f.created_at,
        }
    }
}

impl From<FlagRow> for ExportedFlag {
    fn from(f: FlagRow) -> Self {
        ExportedFlag {
            target_type: f.target_type,
            target_id: f.target_id,
            reason: f.reason,
            note: f.note,
            resolution: f.resolution,
            created_at: f.created_at,
        }
    }
}

impl From<SurveyAnswerRow> for ExportedSurveyAnswer {
    fn from(r: SurveyAnswerRow) -> Self {
        ExportedSurveyAnswer {
            subject_type: r.subject_type,
            subject_id: r.subject_id,
            usefulness: r.usefulness,
            understanding: r.understanding,
            satisfaction: r.satisfaction,
            comment: r.comment,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

impl From<QuickRatingRow> for ExportedQuickRating {
    fn from(r: QuickRatingRow) -> Self {
        ExportedQuickRating {
            consultation_id: r.consultation_id,
            usefulness: r.usefulness,
            understanding: r.understanding,
            satisfaction: r.satisfaction,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

impl From<ValuationRow> for ExportedValuation {
    fn from(v: ValuationRow) -> Self {
        ExportedValuation {
            proposal_id: v.proposal_id,
            criterion: v.criterion,
            score: v.score,
            note: v.note,
            created_at: v.created_at,
            updated_at: v.updated_at,
        }
    }
}

impl From<NotificationRow> for ExportedNotification {
    fn from(n: NotificationRow) -> Self {
        ExportedNotification {
            id: n.id,
            kind: n.kind,
            consultation_id: n.consultation_id,
            proposal_id: n.proposal_id,
            comment_id: n.comment_id,
            read: n.read_at.is_some(),
            created_at: n.created_at,
        }
    }
}

impl From<ParticipationRow> for ExportedParticipation {
    fn from(p: ParticipationRow) -> Self {
        ExportedParticipation {
            consultation_id: p.consultation_id,
            first_seen_at: p.first_seen_at,
        }
    }
}

impl From<SessionRow> for ExportedSession {
    fn from(t: SessionRow) -> Self {
        ExportedSession {
            id: t.id,
            family_id: t.family_id,
            created_at: t.created_at,
            expires_at: t.expires_at,
            used_at: t.used_at,
            revoked_at: t.revoked_at,
        }
    }
}

impl From<ApiKeyRow> for ExportedApiKey {
    fn from(k: ApiKeyRow) -> Self {
        ExportedApiKey {
            id: k.id,
            name: k.name,
            prefix: k.prefix,
            created_at: k.created_at,
            last_used_at: k.last_used_at,
            revoked_at: k.revoked_at,
        }
    }
}

impl From<(NotificationKind, Delivery)> for ExportedPreference {
    fn from((kind, delivery): (NotificationKind, Delivery)) -> Self {
        ExportedPreference { kind, delivery }
    }
}
