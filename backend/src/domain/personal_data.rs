//! A person's own data, gathered for download: their profile and everything they wrote
//! (with earlier versions), voted (with the network each vote came from), rated, followed,
//! flagged, took part in, signed in with and were told. Only rows that belong to them; nobody
//! else's words or names.

use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::db::entities::{
    api_keys, award_applications, award_assessors, award_scores, comment_votes, comments,
    consultation_participants, document_remarks, document_signatures, feedback, flags, follows,
    media, notifications, proposal_revisions, proposals, reader_survey_answers, refresh_tokens,
    valuations, votes,
};

/// The rows an export is made of, by the names the API reads them under.
pub use crate::db::entities::{
    api_keys::Model as ApiKeyRow, award_applications::Model as AwardApplicationRow,
    award_assessors::Model as AwardAssessmentRow, award_scores::Model as AwardScoreRow,
    comment_votes::Model as CommentVoteRow, comments::Model as CommentRow,
    consultation_participants::Model as ParticipationRow,
    document_remarks::Model as DocumentRemarkRow, document_signatures::Model as SignatureRow,
    feedback::Model as QuickRatingRow, flags::Model as FlagRow, follows::Model as FollowRow,
    media::Model as UploadRow, notifications::Model as NotificationRow,
    proposal_revisions::Model as RevisionRow, proposals::Model as ProposalRow,
    reader_survey_answers::Model as SurveyAnswerRow, refresh_tokens::Model as SessionRow,
    valuations::Model as ValuationRow, votes::Model as VoteRow,
};
use crate::domain::legal;
use crate::domain::notifications::{self as notification_rules, Delivery, NotificationKind};
use crate::error::Result;

/// Everything stored about one account that its owner may take away.
pub struct PersonalData {
    pub proposals: Vec<proposals::Model>,
    /// Earlier versions of their proposals, and any version they edited.
    pub revisions: Vec<proposal_revisions::Model>,
    pub comments: Vec<comments::Model>,
    /// Their comments on and suggested amendments to documents' paragraphs.
    pub document_remarks: Vec<document_remarks::Model>,
    /// The document versions they signed on behalf of an organisation.
    pub signatures: Vec<document_signatures::Model>,
    /// Award applications they sent in an organisation's name.
    pub award_applications: Vec<award_applications::Model>,
    /// Applications they were assigned to assess, with their declarations of conflict.
    pub award_assessments: Vec<award_assessors::Model>,
    /// The scores they gave as an assessor.
    pub award_scores: Vec<award_scores::Model>,
    pub votes: Vec<votes::Model>,
    pub comment_votes: Vec<comment_votes::Model>,
    pub follows: Vec<follows::Model>,
    pub flags: Vec<flags::Model>,
    pub quick_ratings: Vec<feedback::Model>,
    /// Their reader survey answers (signed-in ones; anonymous answers name nobody).
    pub survey_answers: Vec<reader_survey_answers::Model>,
    pub valuations: Vec<valuations::Model>,
    pub notifications: Vec<notifications::Model>,
    pub preferences: Vec<(NotificationKind, Delivery)>,
    pub participations: Vec<consultation_participants::Model>,
    pub sessions: Vec<refresh_tokens::Model>,
    pub api_keys: Vec<api_keys::Model>,
    /// Which versions of the privacy notice and the terms they agreed to, and when.
    pub consents: Vec<legal::Agreement>,
    /// Images and documents they uploaded (the files themselves are at their addresses).
    pub uploads: Vec<media::Model>,
}

/// Reads the account's rows, oldest first.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
#[expect(
    clippy::too_many_lines,
    reason = "each kind of record is one field spread over six lines: a flat list with nothing to split"
)]
pub async fn gather<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<PersonalData> {
    let proposals = owned(
        conn,
        proposals::Column::AuthorId,
        user_id,
        proposals::Column::Id,
    )
    .await?;
    let revisions = proposal_revisions::Entity::find()
        .filter(
            Condition::any()
                .add(proposal_revisions::Column::EditorId.eq(user_id))
                .add(proposal_revisions::Column::ProposalId.is_in(proposals.iter().map(|p| p.id))),
        )
        .order_by_asc(proposal_revisions::Column::Id)
        .all(conn)
        .await?;
    Ok(PersonalData {
        proposals,
        revisions,
        comments: owned(
            conn,
            comments::Column::AuthorId,
            user_id,
            comments::Column::Id,
        )
        .await?,
        document_remarks: owned(
            conn,
            document_remarks::Column::AuthorId,
            user_id,
            document_remarks::Column::Id,
        )
        .await?,
        signatures: owned(
            conn,
            document_signatures::Column::SignerId,
            user_id,
            document_signatures::Column::SignedAt,
        )
        .await?,
        award_applications: owned(
            conn,
            award_applications::Column::SubmittedBy,
            user_id,
            award_applications::Column::CreatedAt,
        )
        .await?,
        award_assessments: owned(
            conn,
            award_assessors::Column::UserId,
            user_id,
            award_assessors::Column::AssignedAt,
        )
        .await?,
        award_scores: owned(
            conn,
            award_scores::Column::UserId,
            user_id,
            award_scores::Column::ScoredAt,
        )
        .await?,
        votes: owned(
            conn,
            votes::Column::UserId,
            user_id,
            votes::Column::CreatedAt,
        )
        .await?,
        comment_votes: owned(
            conn,
            comment_votes::Column::UserId,
            user_id,
            comment_votes::Column::CreatedAt,
        )
        .await?,
        follows: owned(
            conn,
            follows::Column::UserId,
            user_id,
            follows::Column::CreatedAt,
        )
        .await?,
        flags: owned(conn, flags::Column::ReporterId, user_id, flags::Column::Id).await?,
        quick_ratings: owned(
            conn,
            feedback::Column::UserId,
            user_id,
            feedback::Column::CreatedAt,
        )
        .await?,
        survey_answers: owned(
            conn,
            reader_survey_answers::Column::UserId,
            user_id,
            reader_survey_answers::Column::CreatedAt,
        )
        .await?,
        valuations: owned(
            conn,
            valuations::Column::ValuatorId,
            user_id,
            valuations::Column::CreatedAt,
        )
        .await?,
        notifications: owned(
            conn,
            notifications::Column::UserId,
            user_id,
            notifications::Column::Id,
        )
        .await?,
        preferences: notification_rules::preferences(conn, user_id).await?,
        participations: owned(
            conn,
            consultation_participants::Column::UserId,
            user_id,
            consultation_participants::Column::FirstSeenAt,
        )
        .await?,
        sessions: owned(
            conn,
            refresh_tokens::Column::UserId,
            user_id,
            refresh_tokens::Column::CreatedAt,
        )
        .await?,
        api_keys: owned(
            conn,
            api_keys::Column::OwnerId,
            user_id,
            api_keys::Column::CreatedAt,
        )
        .await?,
        consents: legal::agreements(conn, user_id).await?,
        uploads: owned(conn, media::Column::UploaderId, user_id, media::Column::Id).await?,
    })
}

/// Every row whose `owner` column names the person, in `order`.
async fn owned<C, Col>(
    conn: &C,
    owner: Col,
    user_id: Uuid,
    order: Col,
) -> Result<Vec<<Col::EntityName as EntityTrait>::Model>>
where
    C: ConnectionTrait,
    Col: ColumnTrait,
    Col::EntityName: EntityTrait<Column = Col>,
{
    Ok(<Col::EntityName as EntityTrait>::find()
        .filter(owner.eq(user_id))
        .order_by_asc(order)
        .all(conn)
        .await?)
}
