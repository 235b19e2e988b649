//! What agencies read and answer: access (members and their API keys), the summary,
//! k-anonymous breakdowns, streamed exports and answer deadlines.

pub mod accountability;
pub mod aggregates;
pub mod answer_clock;
pub mod api_keys;
pub mod breakdown;
pub mod export;
pub mod k_anonymity;
pub mod pseudonyms;
pub mod release;
pub mod summary;

use sea_orm::ConnectionTrait;
use uuid::Uuid;

use self::pseudonyms::Audience;
use crate::db::entities::consultations::Model as Consultation;
use crate::domain::accounts::{Account, Role};
use crate::domain::{consultations, organizations};
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
/// asked before any request body is looked at): what `has_agency_access` grants, for at
/// least one consultation.
pub async fn may_act_for_some_agency<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
) -> Result<bool> {
    if person.is_admin() || person.role == Role::Agency {
        return Ok(true);
    }
    organizations::belongs_to_any(conn, person.id, &["agency", "lab"]).await
}

/// Whether the person may read a consultation's agency data and answer its proposals:
/// administrators, the `agency` role, members of an agency organization, and members of the
/// lab that runs the consultation.
pub async fn has_agency_access<C: ConnectionTrait>(
    conn: &C,
    person: &Account,
    consultation: &Consultation,
) -> Result<bool> {
    if person.is_admin() || person.role == Role::Agency {
        return Ok(true);
    }
    if organizations::of_user(conn, person.id)
        .await?
        .iter()
        .any(|org| org.kind == "agency")
    {
        return Ok(true);
    }
    consultations::can_manage(conn, person, consultation).await
}

/// A consultation by id or slug, if the reader may read its agency data. A key reads only
/// the consultations it was scoped to, and only while its owner still has access.
pub async fn readable_consultation<C: ConnectionTrait>(
    conn: &C,
    reader: &AgencyReader,
    id_or_slug: &str,
) -> Result<Consultation> {
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
    if !has_agency_access(conn, reader.account(), &consultation).await? {
        return Err(Error::Forbidden(
            "Only agency members can read this consultation's feedback.".into(),
        ));
    }
    Ok(consultation)
}
