//! Reading a whole table in pages, by a unique id column: each page starts after the last id
//! of the one before, so a page costs an index range scan however far the reading has gone.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select};
use uuid::Uuid;

/// `query`'s page of at most `limit` rows in `key` order, those after `after` (from the
/// start when `None`).
pub fn page_after<E, C>(query: Select<E>, key: C, after: Option<Uuid>, limit: u64) -> Select<E>
where
    E: EntityTrait,
    C: ColumnTrait,
{
    let query = query.order_by_asc(key).limit(limit);
    match after {
        Some(after) => query.filter(key.gt(after)),
        None => query,
    }
}
