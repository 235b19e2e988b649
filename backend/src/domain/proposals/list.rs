//! Listing a consultation's proposals in one of the sort orders, one keyset page at a time.

use sea_orm::sea_query::{Expr, ExprTrait, SimpleExpr};
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{Sort, Status};
use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::consultations;
use crate::domain::{cursor, visibility};
use crate::error::{Error, Result};

pub struct ListQuery {
    pub sort: Sort,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub status: Option<Status>,
    pub cursor: Option<String>,
    pub limit: u64,
}

/// Where the previous page ended: the sort key and the id.
#[derive(Serialize, Deserialize)]
struct Position {
    sort: Sort,
    key: f64,
    id: Uuid,
}

fn sort_column(sort: Sort) -> Option<proposals::Column> {
    match sort {
        Sort::New => None,
        Sort::Top => Some(proposals::Column::SupportScore),
        Sort::Hot => Some(proposals::Column::HotScore),
        Sort::Controversial => Some(proposals::Column::ControversyScore),
    }
}

fn sort_key(sort: Sort, p: &Proposal) -> f64 {
    match sort {
        Sort::New => 0.0,
        Sort::Top => p.support_score as f64,
        Sort::Hot => p.hot_score,
        Sort::Controversial => p.controversy_score,
    }
}

pub async fn list(
    db: &Db,
    viewer: Option<&Account>,
    consultation_ref: &str,
    q: ListQuery,
) -> Result<(Consultation, Vec<Proposal>, Option<String>)> {
    let consultation = consultations::get(db.reader(), viewer, consultation_ref).await?;
    let mut query = matching(consultation.id, &q);
    // Pinned proposals lead the first page in every order, on top of `limit`; the pages
    // themselves hold the rest.
    let pinned = if q.cursor.is_none() {
        query
            .clone()
            // `pinned` itself, not `pinned = ?`: the partial index's condition, which the
            // databases match only in this form.
            .filter(Expr::col((proposals::Entity, proposals::Column::Pinned)))
            .order_by_desc(proposals::Column::Id)
            .all(db.reader())
            .await?
    } else {
        Vec::new()
    };
    query = query.filter(proposals::Column::Pinned.eq(false));
    if let Some(raw) = &q.cursor {
        query = query.filter(after_cursor(raw, q.sort)?);
    }
    if let Some(column) = sort_column(q.sort) {
        query = query.order_by_desc(column);
    }
    let mut rows = query
        .order_by_desc(proposals::Column::Id)
        .limit(q.limit + 1)
        .all(db.reader())
        .await?;
    let next = if rows.len() as u64 > q.limit {
        rows.truncate(q.limit as usize);
        rows.last().map(|last| {
            cursor::encode(&Position {
                sort: q.sort,
                key: sort_key(q.sort, last),
                id: last.id,
            })
        })
    } else {
        None
    };
    let rows = pinned.into_iter().chain(rows).collect();
    Ok((consultation, rows, next))
}

/// The consultation's listed proposals that match the query's filters (withdrawn ones only
/// when asked for by status).
fn matching(consultation_id: Uuid, q: &ListQuery) -> Select<proposals::Entity> {
    let mut query = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation_id))
        .filter(visibility::listed_proposals());
    query = match q.status {
        Some(status) => query.filter(proposals::Column::Status.eq(status)),
        None => query.filter(proposals::Column::Status.ne(Status::Withdrawn)),
    };
    if let Some(theme) = &q.theme {
        query = query.filter(proposals::Column::Theme.eq(theme.as_str()));
    }
    if let Some(province) = &q.province {
        query = query.filter(proposals::Column::Province.eq(province.as_str()));
    }
    query
}

/// The condition that continues after the cursor's position, in the same sort order.
fn after_cursor(raw: &str, sort: Sort) -> Result<Condition> {
    let at: Position = cursor::decode(raw)?;
    if at.sort != sort {
        return Err(Error::field(
            "cursor",
            "invalid",
            "belongs to another sort order",
        ));
    }
    let after_id = proposals::Column::Id.lt(at.id);
    Ok(match sort_column(sort) {
        None => Condition::all().add(after_id),
        Some(column) => {
            let key: SimpleExpr = if sort == Sort::Top {
                Expr::value(at.key as i32)
            } else {
                Expr::value(at.key)
            };
            Condition::any().add(Expr::col(column).lt(key.clone())).add(
                Condition::all()
                    .add(Expr::col(column).eq(key))
                    .add(after_id),
            )
        }
    })
}
