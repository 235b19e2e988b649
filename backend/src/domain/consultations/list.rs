//! Listing consultations, newest first, one keyset page at a time.

use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

use super::Phase;
use crate::db::entities::consultations::{self, Model as Consultation};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::cursor;
use crate::error::Result;

/// Newest first, keyset-paginated; drafts only for those who may manage some consultation.
pub async fn list(
    db: &Db,
    viewer: Option<&Account>,
    phase: Option<Phase>,
    after: Option<&str>,
    limit: u64,
) -> Result<(Vec<Consultation>, Option<String>)> {
    let mut query = visible_to(viewer);
    if let Some(phase) = phase {
        query = query.filter(consultations::Column::Phase.eq(phase));
    }
    if let Some(after) = after {
        let last: Uuid = cursor::decode(after)?;
        query = query.filter(consultations::Column::Id.lt(last));
    }
    let mut rows = query.limit(limit + 1).all(db.reader()).await?;
    let next = (rows.len() as u64 > limit).then(|| {
        rows.truncate(limit as usize);
        rows.last().map(|last| cursor::encode(&last.id))
    });
    Ok((rows, next.flatten()))
}

/// Every consultation the viewer may see, newest first, unpaginated: for lists as long as the
/// number of consultations a platform runs (tens), never as long as what people write.
pub async fn all<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
) -> Result<Vec<Consultation>> {
    Ok(visible_to(viewer).all(conn).await?)
}

/// Newest first; drafts only for administrators.
fn visible_to(viewer: Option<&Account>) -> Select<consultations::Entity> {
    let query = consultations::Entity::find().order_by_desc(consultations::Column::Id);
    if viewer.is_some_and(Account::is_admin) {
        query
    } else {
        query.filter(consultations::Column::Phase.ne(Phase::Draft))
    }
}
