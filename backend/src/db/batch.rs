//! Reading for a batch of ids in one query: the rows themselves, or how many rows each owns
//! (for lists that show a count beside each row).

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect, Select};
use uuid::Uuid;

/// The rows with the given ids, by id (a row given twice is read once).
pub async fn rows_by_id<E, C>(
    conn: &C,
    id: E::Column,
    ids: impl IntoIterator<Item = Uuid>,
    id_of: impl Fn(&E::Model) -> Uuid,
) -> Result<HashMap<Uuid, E::Model>, DbErr>
where
    E: EntityTrait,
    C: ConnectionTrait,
{
    let mut ids: Vec<Uuid> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(E::find()
        .filter(id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| (id_of(&row), row))
        .collect())
}

/// How many of `query`'s rows each of `owners` has, by the `owner` column (counting
/// `counted`); an owner with none is absent.
pub async fn count_by<E, C>(
    conn: &C,
    query: Select<E>,
    owner: E::Column,
    counted: E::Column,
    owners: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, u64>, DbErr>
where
    E: EntityTrait,
    C: ConnectionTrait,
{
    let owners: Vec<Uuid> = owners.into_iter().collect();
    if owners.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(Uuid, i64)> = query
        .select_only()
        .column(owner)
        .column_as(counted.count(), "n")
        .filter(owner.is_in(owners))
        .group_by(owner)
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, n)| (id, u64::try_from(n).unwrap_or(0)))
        .collect())
}
