//! Opaque keyset-pagination cursors: the sort key and id of the last item, base64url JSON.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
};
use serde::{de::DeserializeOwned, Serialize};
use uuid::Uuid;

use crate::error::{Error, FieldError};

pub fn encode<T: Serialize>(position: &T) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(position).unwrap_or_default())
}

pub fn decode<T: DeserializeOwned>(cursor: &str) -> Result<T, Error> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .ok_or_else(|| {
            Error::Validation(vec![FieldError::new(
                "cursor",
                "invalid",
                "is not a cursor this list gave out",
            )])
        })
}

/// Bounds a requested page size: default 20, at most 100.
pub fn page_limit(requested: Option<u64>) -> Result<u64, Error> {
    match requested {
        None => Ok(20),
        Some(n) if (1..=100).contains(&n) => Ok(n),
        Some(_) => Err(Error::field(
            "limit",
            "out_of_range",
            "must be between 1 and 100",
        )),
    }
}

/// One page of `query` newest first by its time-ordered `id` column: the rows before the one
/// `cursor` names, at most `limit`, and the cursor of the next page when there is one.
pub async fn newest_first<E>(
    conn: &impl ConnectionTrait,
    query: Select<E>,
    id: E::Column,
    cursor: Option<&str>,
    limit: u64,
    id_of: impl Fn(&E::Model) -> Uuid,
) -> Result<(Vec<E::Model>, Option<String>), Error>
where
    E: EntityTrait,
{
    let mut query = query.order_by_desc(id);
    if let Some(raw) = cursor {
        let last: Uuid = decode(raw)?;
        query = query.filter(id.lt(last));
    }
    let mut rows = query.limit(limit + 1).all(conn).await?;
    let next = if rows.len() as u64 > limit {
        rows.truncate(limit as usize);
        rows.last().map(|last| encode(&id_of(last)))
    } else {
        None
    };
    Ok((rows, next))
}
