//! A person's own data, gathered for download: their profile and everything they wrote
//! (with earlier versions), voted (with the network each vote came from), rated, followed,
//! flagged, took part in, signed in with and were told. Only rows that belong to them; nobody
//! else's words or names.

use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::db::entities::{
    api_keys, comment_votes, comments, consultation_participants, feedback, flags, follows, media,
    notifications, proposal_revisions, proposals, reader_survey_answers, refresh_tokens,
    valuations, votes,
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
pub async fn gather<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<PersonalData> {
    let proposals = proposals::Entity::find()
        .filter(proposals::Column::AuthorId.eq(user_id))
        .order_by_asc(proposals::Column::Id)
        .all(conn)
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
        comments: comments::Entity::find()
            .filter(comments::Column::AuthorId.eq(user_id))
            .order_by_asc(comments::Column::Id)
            .all(conn)
            .await?,
        votes: votes::Entity::find()
            .filter(votes::Column::UserId.eq(user_id))
            .order_by_asc(votes::Column::CreatedAt)
            .all(conn)
            .await?,
        comment_votes: comment_votes::Entity::find()
            .filter(comment_votes::Column::UserId.eq(user_id))
            .order_by_asc(comment_votes::Column::CreatedAt)
            .all(conn)
            .await?,
        follows: follows::Entity::find()
            .filter(follows::Column::UserId.eq(user_id))
            .order_by_asc(follows::Column::CreatedAt)
            .all(conn)
            .await?,
        flags: flags::Entity::find()
            .filter(flags::Column::ReporterId.eq(user_id))
            .order_by_asc(flags::Column::Id)
            .all(conn)
            .await?,
        quick_ratings: feedback::Entity::find()
            .filter(feedback::Column::UserId.eq(user_id))
            .order_by_asc(feedback::Column::CreatedAt)
            .all(conn)
            .await?,
        survey_answers: reader_survey_answers::Entity::find()
            .filter(reader_survey_answers::Column::UserId.eq(user_id))
            .order_by_asc(reader_survey_answers::Column::CreatedAt)
            .all(conn)
            .await?,
        valuations: valuations::Entity::find()
            .filter(valuations::Column::ValuatorId.eq(user_id))
            .order_by_asc(valuations::Column::CreatedAt)
            .all(conn)
            .await?,
        notifications: notifications::Entity::find()
            .filter(notifications::Column::UserId.eq(user_id))
            .order_by_asc(notifications::Column::Id)
            .all(conn)
            .await?,
        preferences: notification_rules::preferences(conn, user_id).await?,
        participations: consultation_participants::Entity::find()
            .filter(consultation_participants::Column::UserId.eq(user_id))
            .order_by_asc(consultation_participants::Column::FirstSeenAt)
            .all(conn)
            .await?,
        sessions: refresh_tokens::Entity::find()
            .filter(refresh_tokens::Column::UserId.eq(user_id))
            .order_by_asc(refresh_tokens::Column::CreatedAt)
            .all(conn)
            .await?,
        api_keys: api_keys::Entity::find()
            .filter(api_keys::Column::OwnerId.eq(user_id))
            .order_by_asc(api_keys::Column::CreatedAt)
            .all(conn)
            .await?,
        consents: legal::agreements(conn, user_id).await?,
        uploads: media::Entity::find()
            .filter(media::Column::UploaderId.eq(user_id))
            .order_by_asc(media::Column::Id)
            .all(conn)
            .await?,
    })
}
