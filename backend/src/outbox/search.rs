//! The search side of the transactional outbox: `search_pending` holds one row per document,
//! and a write marks its document there in the write's own transaction. Marking a document
//! again before the indexer got to it only bumps its version, so a proposal receiving a
//! thousand votes a second is still one job; the indexer reads the document's state when it
//! indexes, so what it writes is never older than the version it records. It sits below the
//! domain, whose transactions write it; `search::indexer` drains it.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

use crate::clock::now;
use crate::db::entities::search_pending::{self, Column, Entity};
use crate::db::Claimable;
use crate::db::Db;

pub use crate::db::entities::search_pending::DocType;

/// A document to index, at the version it had when claimed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pending {
    pub doc_type: DocType,
    pub id: Uuid,
    pub version: i64,
    pub attempts: i32,
}

/// Marks one document as changed, inside the caller's transaction.
pub async fn touch<C: ConnectionTrait>(conn: &C, doc_type: DocType, id: Uuid) -> Result<(), DbErr> {
    touch_many(conn, doc_type, &[id]).await
}

/// Marks documents as changed, inside the caller's transaction.
pub async fn touch_many<C: ConnectionTrait>(
    conn: &C,
    doc_type: DocType,
    ids: &[Uuid],
) -> Result<(), DbErr> {
    let now = now();
    for chunk in ids.chunks(500) {
        let rows = chunk.iter().map(|id| search_pending::ActiveModel {
            doc_type: Set(doc_type),
            doc_id: Set(*id),
            version: Set(1),
            indexed_version: Set(0),
            changed_at: Set(now),
            pending_since: Set(Some(now)),
            available_at: Set(now),
            attempts: Set(0),
            last_error: Set(None),
        });
        Entity::insert_many(rows)
            .on_conflict(
                OnConflict::columns([Column::DocType, Column::DocId])
                    .value(Column::Version, Expr::col((Entity, Column::Version)).add(1))
                    .value(Column::ChangedAt, Expr::value(now))
                    // A row already waiting keeps its age (the lag). It is due at once, even
                    // while an indexer holds it (that one's write will be of an older
                    // version), but not while the engine is failing: then it keeps its backoff.
                    .value(
                        Column::PendingSince,
                        Expr::cust(
                            "COALESCE(search_pending.pending_since, excluded.pending_since)",
                        ),
                    )
                    .value(
                        Column::AvailableAt,
                        Expr::cust(
                            "CASE WHEN search_pending.attempts = 0 \
                             THEN excluded.available_at ELSE search_pending.available_at END",
                        ),
                    )
                    .to_owned(),
            )
            .exec_without_returning(conn)
            .await?;
    }
    Ok(())
}

/// Marks the comments under a proposal: they inherit its visibility and labels.
pub async fn touch_comments_of<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
) -> Result<(), DbErr> {
    use crate::db::entities::comments;
    let ids: Vec<Uuid> = comments::Entity::find()
        .select_only()
        .column(comments::Column::Id)
        .filter(comments::Column::ProposalId.eq(proposal_id))
        .into_tuple()
        .all(conn)
        .await?;
    touch_many(conn, DocType::Comment, &ids).await
}

/// Marks every proposal of a consultation and every comment under them: they inherit its
/// visibility (a draft's content is in no public surface).
pub async fn touch_content_of_consultation<C: ConnectionTrait>(
    conn: &C,
    consultation_id: Uuid,
) -> Result<(), DbErr> {
    use crate::db::entities::{comments, proposals};
    use sea_orm::sea_query::Query;
    let proposal_ids: Vec<Uuid> = proposals::Entity::find()
        .select_only()
        .column(proposals::Column::Id)
        .filter(proposals::Column::ConsultationId.eq(consultation_id))
        .into_tuple()
        .all(conn)
        .await?;
    touch_many(conn, DocType::Proposal, &proposal_ids).await?;
    let comment_ids: Vec<Uuid> = comments::Entity::find()
        .select_only()
        .column(comments::Column::Id)
        .filter(
            comments::Column::ProposalId.in_subquery(
                Query::select()
                    .column(proposals::Column::Id)
                    .from(proposals::Entity)
                    .and_where(proposals::Column::ConsultationId.eq(consultation_id))
                    .to_owned(),
            ),
        )
        .into_tuple()
        .all(conn)
        .await?;
    touch_many(conn, DocType::Comment, &comment_ids).await
}

/// Marks again every document changed since `since`: a rebuild calls it after switching to
/// the new index, so changes made while it was reading are not lost.
pub async fn touch_changed_since(db: &Db, since: DateTime<Utc>) -> Result<u64, DbErr> {
    let now = now();
    let txn = db.begin_write().await?;
    let marked = Entity::update_many()
        .col_expr(
            Column::PendingSince,
            Expr::cust("COALESCE(pending_since, changed_at)"),
        )
        .col_expr(Column::AvailableAt, Expr::value(now))
        // A new version: an indexer writing the old one into the old index meanwhile
        // leaves the document pending.
        .col_expr(Column::Version, Expr::col(Column::Version).add(1))
        .filter(Column::ChangedAt.gte(since))
        .exec(&txn)
        .await?
        .rows_affected;
    txn.commit().await?;
    Ok(marked)
}

fn parse(row: search_pending::Model) -> Option<Pending> {
    Some(Pending {
        doc_type: row.doc_type,
        id: row.doc_id,
        version: row.version,
        attempts: row.attempts,
    })
}

/// Claims up to `limit` due documents, oldest change first, hiding them from other indexers
/// for `lease` (after that a crashed indexer's claim lapses).
pub async fn claim(db: &Db, limit: u64, lease: Duration) -> Result<Vec<Pending>, DbErr> {
    let now = now();
    let due = || {
        Entity::find()
            .filter(Column::PendingSince.is_not_null())
            .filter(Column::AvailableAt.lte(now))
    };
    // Look first without the write lock: most polls find nothing.
    if due().one(db.reader()).await?.is_none() {
        return Ok(Vec::new());
    }
    let txn = db.begin_write().await?;
    let rows = due()
        .order_by_asc(Column::PendingSince)
        .limit(limit)
        .claimable()
        .all(&txn)
        .await?;
    let claimed: Vec<Pending> = rows.into_iter().filter_map(parse).collect();
    for (doc_type, ids) in by_type(&claimed) {
        Entity::update_many()
            .col_expr(Column::AvailableAt, Expr::value(now + lease))
            .filter(Column::DocType.eq(doc_type))
            .filter(Column::DocId.is_in(ids))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(claimed)
}

fn by_type(items: &[Pending]) -> HashMap<DocType, Vec<Uuid>> {
    let mut out: HashMap<DocType, Vec<Uuid>> = HashMap::new();
    for item in items {
        out.entry(item.doc_type).or_default().push(item.id);
    }
    out
}

/// Locks the rows of `items` that no one else holds, and returns those. A row a write holds
/// is being marked again by it, so the indexer leaves it alone rather than wait: waiting for
/// rows in another order than the write's could deadlock with it.
async fn lock_free_rows<C: ConnectionTrait>(
    conn: &C,
    items: &[Pending],
) -> Result<Vec<Pending>, DbErr> {
    let mut free = Vec::with_capacity(items.len());
    for (doc_type, ids) in by_type(items) {
        let locked: Vec<Uuid> = Entity::find()
            .select_only()
            .column(Column::DocId)
            .filter(Column::DocType.eq(doc_type))
            .filter(Column::DocId.is_in(ids))
            .claimable()
            .into_tuple()
            .all(conn)
            .await?;
        free.extend(
            items
                .iter()
                .filter(|i| i.doc_type == doc_type && locked.contains(&i.id)),
        );
    }
    Ok(free)
}

/// Records that the engine holds each document at its claimed version. A document changed
/// meanwhile stays pending, due at once.
pub async fn mark_indexed(db: &Db, items: &[Pending]) -> Result<(), DbErr> {
    let now = now();
    let txn = db.begin_write().await?;
    for item in lock_free_rows(&txn, items).await? {
        Entity::update_many()
            .col_expr(Column::IndexedVersion, Expr::value(item.version))
            .col_expr(
                Column::PendingSince,
                Expr::case(
                    Expr::col(Column::Version).lte(item.version),
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .finally(Expr::col(Column::PendingSince))
                .into(),
            )
            .col_expr(Column::AvailableAt, Expr::value(now))
            .col_expr(Column::Attempts, Expr::value(0))
            .col_expr(Column::LastError, Expr::value(Option::<String>::None))
            .filter(Column::DocType.eq(item.doc_type))
            .filter(Column::DocId.eq(item.id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await
}

/// The wait after `attempts` failures: 0.5 s doubling up to a minute. Search items are never
/// dead-lettered: the engine coming back is all they need.
pub fn backoff(attempts: i32) -> Duration {
    let exponent = attempts.clamp(1, 8) - 1;
    Duration::milliseconds(std::cmp::min(500i64 << exponent, 60_000))
}

/// Puts claimed documents back after the engine failed, to be tried after a backoff.
pub async fn retry_later(db: &Db, items: &[Pending], error: &str) -> Result<(), DbErr> {
    let attempts = items.iter().map(|i| i.attempts).max().unwrap_or(0) + 1;
    let txn = db.begin_write().await?;
    let free = lock_free_rows(&txn, items).await?;
    for (doc_type, ids) in by_type(&free) {
        Entity::update_many()
            .col_expr(Column::AvailableAt, Expr::value(now() + backoff(attempts)))
            .col_expr(Column::Attempts, Expr::value(attempts))
            .col_expr(Column::LastError, Expr::value(error.to_owned()))
            .filter(Column::DocType.eq(doc_type))
            .filter(Column::DocId.is_in(ids))
            .exec(&txn)
            .await?;
    }
    txn.commit().await
}

/// How far the index is behind: the oldest pending change and how many documents wait.
pub async fn lag<C: ConnectionTrait>(conn: &C) -> Result<(Option<DateTime<Utc>>, u64), DbErr> {
    let waiting = || Entity::find().filter(Column::PendingSince.is_not_null());
    let oldest = waiting()
        .order_by_asc(Column::PendingSince)
        .one(conn)
        .await?
        .and_then(|row| row.pending_since);
    let count = waiting().count(conn).await?;
    Ok((oldest, count))
}

/// The versions the database holds for some documents (absent ones never changed: 0).
pub async fn versions<C: ConnectionTrait>(
    conn: &C,
    doc_type: DocType,
    ids: &[Uuid],
) -> Result<HashMap<Uuid, i64>, DbErr> {
    let rows: Vec<(Uuid, i64)> = Entity::find()
        .select_only()
        .column(Column::DocId)
        .column(Column::Version)
        .filter(Column::DocType.eq(doc_type))
        .filter(Column::DocId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows.into_iter().collect())
}

/// The keys of documents the indexer had in hand at some point since `since`, or still has:
/// waiting, changed, claimed or written since then (claiming, writing and retrying all move
/// `available_at`). Any other document was at rest the whole time, so the index must hold it
/// exactly as the database says.
pub async fn unsettled<C: ConnectionTrait>(
    conn: &C,
    since: DateTime<Utc>,
) -> Result<HashSet<String>, DbErr> {
    let rows: Vec<(DocType, Uuid)> = Entity::find()
        .select_only()
        .column(Column::DocType)
        .column(Column::DocId)
        .filter(
            Column::PendingSince
                .is_not_null()
                .or(Column::ChangedAt.gte(since))
                .or(Column::AvailableAt.gte(since)),
        )
        .into_tuple()
        .all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(doc_type, id)| doc_type.key(id))
        .collect())
}
