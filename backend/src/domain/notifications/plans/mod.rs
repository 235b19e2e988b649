//! Who hears of each event and what they are told: one plan per event, read from the
//! database as it is when the fan-out runs (what an event is about may be gone by then).

mod awards;
mod consultations;
mod documents;
mod moderation;
mod proposals;

use std::collections::{HashMap, HashSet};

use sea_orm::{ConnectionTrait, EntityTrait};
use uuid::Uuid;

use super::{Event, NotificationKind, Subject};
use crate::db::entities::{consultations as consultation_rows, users};
use crate::outbox::worker::Failure;

/// Who hears about an event, and what they are told.
pub(super) struct Plan {
    pub recipients: Vec<(Uuid, NotificationKind)>,
    pub subject: Subject,
    pub proposal_id: Option<Uuid>,
    pub comment_id: Option<Uuid>,
    pub consultation_id: Option<Uuid>,
}

impl Plan {
    /// A plan tied to no proposal or comment, so that hiding one does not silence it.
    fn new(recipients: Recipients, consultation_id: Option<Uuid>, subject: Subject) -> Plan {
        Plan {
            recipients: recipients.list,
            subject,
            proposal_id: None,
            comment_id: None,
            consultation_id,
        }
    }
}

/// The people told, in order, each once (the first kind wins), never the actor.
struct Recipients {
    actor: Option<Uuid>,
    list: Vec<(Uuid, NotificationKind)>,
    seen: HashSet<Uuid>,
}

impl Recipients {
    fn new(actor: Option<Uuid>) -> Recipients {
        Recipients {
            actor,
            list: Vec::new(),
            seen: HashSet::new(),
        }
    }

    fn add(&mut self, ids: impl IntoIterator<Item = Uuid>, kind: NotificationKind) {
        for id in ids {
            if Some(id) != self.actor && self.seen.insert(id) {
                self.list.push((id, kind));
            }
        }
    }
}

fn name_of(users: &HashMap<Uuid, users::Model>, id: Uuid) -> Option<String> {
    users.get(&id).map(|u| u.display_name.clone())
}

/// A subject naming the consultation (in Thai and English) the event happened in, if it is
/// still there.
async fn consultation_subject<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<Subject, Failure> {
    let consultation = consultation_rows::Entity::find_by_id(id).one(conn).await?;
    Ok(Subject {
        consultation_title: consultation.as_ref().map(|c| c.title.clone()),
        consultation_title_en: consultation.and_then(|c| c.title_en),
        ..Default::default()
    })
}

/// Who hears of the event and what they are told; `None` when what it is about is gone.
pub(super) async fn plan<C: ConnectionTrait>(
    conn: &C,
    event: &Event,
) -> Result<Option<Plan>, Failure> {
    match event {
        Event::CommentPosted { comment_id } => proposals::comment_posted(conn, *comment_id).await,
        Event::ProposalStatusChanged {
            proposal_id,
            actor_id,
        } => proposals::status_changed(conn, *proposal_id, *actor_id).await,
        Event::PhaseChanged {
            consultation_id,
            actor_id,
        } => consultations::phase_changed(conn, *consultation_id, *actor_id).await,
        Event::ResultUpdated {
            result_id,
            update_id,
            actor_id,
        } => proposals::result_updated(conn, *result_id, *update_id, *actor_id).await,
        Event::AmendmentDecided {
            remark_id,
            actor_id,
        } => documents::amendment_decided(conn, *remark_id, *actor_id).await,
        Event::AwardDecided {
            application_id,
            actor_id,
        } => awards::award_decided(conn, *application_id, *actor_id).await,
        Event::ModerationDecision {
            user_id,
            proposal_id,
            comment_id,
            remark_id,
            action,
            reason,
        } => {
            let about = moderation::Moderated {
                proposal_id: *proposal_id,
                comment_id: *comment_id,
                remark_id: *remark_id,
            };
            moderation::decision(conn, *user_id, about, action, reason).await
        }
    }
}
