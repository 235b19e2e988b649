//! The messages use-cases ask to have sent. Each is written to the outbox (topic `mail`) in the
//! transaction that causes it; the mail sender renders and delivers it.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::accounts::Locale;
use crate::domain::agency::reminders::{DueAnswer, ReminderKind};
use crate::domain::notifications::{NotificationKind, Subject};
use crate::outbox;

pub const MAIL_TOPIC: &str = "mail";

/// Where a message goes.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Recipient {
    pub email: String,
    pub name: String,
    pub locale: Locale,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum OutgoingMail {
    VerifyEmail {
        #[serde(flatten)]
        to: Recipient,
        link: String,
    },
    AlreadyRegistered {
        #[serde(flatten)]
        to: Recipient,
        sign_in_link: String,
    },
    PasswordReset {
        #[serde(flatten)]
        to: Recipient,
        link: String,
        valid_minutes: i64,
    },
    /// An invitation to join an organisation, with its single-use link.
    OrganizationInvitation {
        #[serde(flatten)]
        to: Recipient,
        organization_name: String,
        inviter_name: String,
        /// `owner`, `representative` or `member`.
        role: String,
        link: String,
        valid_days: i64,
    },
    /// One notification, sent as it happens.
    Notification {
        #[serde(flatten)]
        to: Recipient,
        notification_id: Uuid,
        notification: NotificationKind,
        subject: Box<Subject>,
        link: String,
        unsubscribe_url: String,
    },
    /// The day's notifications folded into one message.
    Digest {
        #[serde(flatten)]
        to: Recipient,
        digest_id: Uuid,
        items: Vec<(NotificationKind, Subject, String)>,
        unsubscribe_url: String,
    },
    /// Official answers falling due soon (`reminder`, to the organisation that owes them) or
    /// overdue (`escalation`, to the consultation's owning lab), listed in one message.
    AnswersDue {
        #[serde(flatten)]
        to: Recipient,
        reminder: ReminderKind,
        items: Vec<DueAnswer>,
        /// Where the recipient acts on them: the agency queue or the agency home.
        link: String,
    },
}

impl OutgoingMail {
    /// The id the `Message-ID` is derived from: the same message always carries the same id.
    pub fn message_key(&self, outbox_id: Uuid) -> Uuid {
        match self {
            OutgoingMail::Notification {
                notification_id, ..
            } => *notification_id,
            OutgoingMail::Digest { digest_id, .. } => *digest_id,
            _ => outbox_id,
        }
    }
}

/// Queues a message inside the caller's transaction.
pub async fn queue<C: sea_orm::ConnectionTrait>(
    conn: &C,
    mail: &OutgoingMail,
) -> Result<(), sea_orm::DbErr> {
    outbox::enqueue(conn, MAIL_TOPIC, mail).await.map(|_| ())
}
