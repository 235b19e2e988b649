//! Events about awards.

use sea_orm::{ActiveEnum, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{Plan, Recipients};
use crate::db::entities::{award_applications, award_calls, memberships};
use crate::domain::notifications::{NotificationKind, Subject};
use crate::outbox::worker::Failure;

/// An award's decision reaches those who speak for the applying organisation (owners and
/// representatives) and whoever sent the application.
pub(super) async fn award_decided<C: ConnectionTrait>(
    conn: &C,
    application_id: Uuid,
    actor_id: Option<Uuid>,
) -> Result<Option<Plan>, Failure> {
    let Some(application) = award_applications::Entity::find_by_id(application_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let Some(call) = award_calls::Entity::find_by_id(application.call_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let speakers: Vec<Uuid> = memberships::Entity::find()
        .filter(memberships::Column::OrganizationId.eq(application.organization_id))
        .all(conn)
        .await?
        .into_iter()
        .filter(|m| m.role.speaks_for_organization())
        .map(|m| m.user_id)
        .collect();
    let mut recipients = Recipients::new(actor_id);
    recipients.add(
        application.submitted_by.into_iter().chain(speakers),
        NotificationKind::AwardDecided,
    );
    let subject = Subject {
        award_title: Some(call.title),
        award_title_en: call.title_en,
        status: Some(application.stage.to_value()),
        excerpt: Some(application.title),
        link_path: format!("/awards/{}", call.id),
        ..Default::default()
    };
    Ok(Some(Plan::new(recipients, None, subject)))
}
