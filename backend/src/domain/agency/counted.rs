//! A proposal starting or stopping to count in its consultation's figures (hidden, shown
//! again, withdrawn): what it brings to the breakdowns moves with it, its votes to the
//! voters' counts and every act on it to the participants of its theme.

use sea_orm::ConnectionTrait;
use uuid::Uuid;

use super::{participant_votes, theme_participants};
use crate::error::Result;

/// Adds (`sign` = 1) or takes out (`sign` = -1) what `proposal_ids`, of one consultation,
/// bring to the breakdowns. The caller holds the proposals' row locks.
pub async fn move_proposals<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
    proposal_ids: &[Uuid],
    sign: i32,
) -> Result<()> {
    participant_votes::move_votes_of(conn, consultation_id, proposal_ids, sign).await?;
    theme_participants::move_acts_of(conn, consultation_id, proposal_ids, sign).await
}
