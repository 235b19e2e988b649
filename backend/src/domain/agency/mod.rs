//! What agencies read and answer: access (members and their API keys), the summary,
//! k-anonymous breakdowns, streamed exports and answer deadlines.

pub mod accountability;
pub mod aggregates;
pub mod answer_clock;
pub mod api_keys;
pub mod breakdown;
pub mod counted;
pub mod export;
pub mod k_anonymity;
pub mod participant_votes;
pub mod pseudonyms;
pub mod queue;
pub mod release;
pub mod reminders;
pub mod routing;
pub mod scope;
pub mod summary;
pub mod theme_participants;

use sea_orm::ConnectionTrait;
use uuid::Uuid;

use self::pseudonyms::Audience;
use self::scope::{scope_of, Scope};
use crate::db::entities::consultations::Model as Consultation;
use crate::domain::accounts::Account;
use crate::domain::consultations;
use crate::error::{Error, Result};

/// Who reads agency data: a signed-in person, or an API key one of them created.
pub enum AgencyReader {
    Member(Account),
    Key {
        key_id: Uuid,
        owner: Account,
        consultation_ids: Vec<Uuid>,
    },
}

impl AgencyReader {
    pub fn account(&self) -> &Account {
        match self {
            AgencyReader::Member(account) => account,
            AgencyReader::Key { owner, .. } => owner,
        }
    }

    /// Whom released pseudonyms are keyed to: each API key, or the member reading.
    pub fn audience(&self) -> Audience {
        match self {
            AgencyReader::Member(account) => Audience::Member(account.id),
            AgencyReader::Key { key_id, .. } => Audience::ApiKey(*key_id),
        }
    }
}

/// Whether the person may act for an agency on some consultation (the role-level question
/// asked before any request body is looked at). The `agency` account role alone grants
/// nothing: membership of a responsible organisation or of a lab does.
pub async fn may_act_for_some_agency<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
) -> Result<bool> {
    scope::acts_somewhere(conn, person).await
}

/// Every consultation whose feedback the person may read, newest first: what the agency area
/// lists, and the only ones their API keys may be scoped to.
pub async fn readable_consultations<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
) -> Result<Vec<Consultation>> {
    let mut readable = Vec::new();
    for consultation in consultations::all(conn, Some(person)).await? {
        if scope_of(conn, person, &consultation).await?.is_some() {
            readable.push(consultation);
        }
    }
    Ok(readable)
}

/// A consultation by id or slug with the part of it the reader may read. A key reads only
/// the consultations it was scoped to, and only what its owner may read at the time.
pub async fn readable_consultation<C: ConnectionTrait>(
    conn: &C,
    reader: &AgencyReader,
    id_or_slug: &str,
) -> Result<(Consultation, Scope)> {
    let consultation = consultations::get(conn, Some(reader.account()), id_or_slug).await?;
    if let AgencyReader::Key {
        consultation_ids, ..
    } = reader
    {
        if !consultation_ids.contains(&consultation.id) {
            return Err(Error::Forbidden(
                "This API key is not scoped to this consultation.".into(),
            ));
        }
    }
    match scope_of(conn, reader.account(), &consultation).await? {
        Some(scope) => Ok((consultation, scope)),
        None => Err(Error::Forbidden(
            "Only organisations responsible for this consultation can read its feedback.".into(),
        )),
    }
}
