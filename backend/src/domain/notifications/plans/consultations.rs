//! Events about a consultation as a whole.

use sea_orm::{ActiveEnum, ConnectionTrait, EntityTrait};
use uuid::Uuid;

use super::{Plan, Recipients};
use crate::db::entities::consultations;
use crate::domain::follows::{self, Target};
use crate::domain::notifications::{NotificationKind, Subject};
use crate::outbox::worker::Failure;

/// A new phase reaches the consultation's followers.
pub(super) async fn phase_changed<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    actor_id: Option<Uuid>,
) -> Result<Option<Plan>, Failure> {
    let Some(consultation) = consultations::Entity::find_by_id(consultation_id)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    let followers = follows::followers(conn, Target::Consultation, consultation.id)
        .await
        .map_err(|e| Failure::Retry(e.to_string()))?;
    let mut recipients = Recipients::new(actor_id);
    recipients.add(followers, NotificationKind::PhaseChanged);
    let subject = Subject {
        consultation_title: Some(consultation.title.clone()),
        consultation_title_en: consultation.title_en.clone(),
        phase: Some(consultation.phase.to_value()),
        link_path: format!("/consultations/{}", consultation.slug),
        ..Default::default()
    };
    Ok(Some(Plan::new(recipients, Some(consultation.id), subject)))
}
