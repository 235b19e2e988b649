//! A person's own data, gathered for download: their profile and everything they wrote, voted,
//! rated, followed, flagged and were told. Only rows that belong to them; nobody else's words or names.

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use crate::db::entities::{
    comment_votes, comments, feedback, flags, follows, notifications, proposals, valuations, votes,
};
use crate::domain::notifications::{self as notification_rules, Delivery, NotificationKind};
use crate::error::Result;

/// Everything stored about one account that its owner may take away.
pub struct PersonalData {
    pub proposals: Vec<proposals::Model>,
    pub comments: Vec<comments::Model>,
    pub votes: Vec<votes::Model>,
    pub comment_votes: Vec<comment_votes::Model>,
    pub follows: Vec<follows::Model>,
    pub flags: Vec<flags::Model>,
    pub quick_ratings: Vec<feedback::Model>,
    pub valuations: Vec<valuations::Model>,
    pub notifications: Vec<notifications::Model>,
    pub preferences: Vec<(NotificationKind, Delivery)>,
}

/// Reads the account's rows, oldest first.
#[tracing::instrument(skip_all, fields(user_id = %user_id))]
pub async fn gather<C: ConnectionTrait>(conn: &C, user_id: Uuid) -> Result<PersonalData> {
    Ok(PersonalData {
        proposals: proposals::Entity::find()
            .filter(proposals::Column::AuthorId.eq(user_id))
            .order_by_asc(proposals::Column::Id)
            .all(conn)
            .await?,
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
    })
}
