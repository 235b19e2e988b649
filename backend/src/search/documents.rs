//! Reading searchable documents from the database as the index should hold them, with the
//! visibility rules of `domain::visibility`: a comment is visible only while its proposal is.
//! A draft consultation exists only for those who manage it, so neither it nor its proposals
//! and comments are in the index while it is a draft (`consultations::update` marks them all
//! again when it becomes one or stops being one).

use std::collections::{HashMap, HashSet};

use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect,
};
use uuid::Uuid;

use super::text::plain_text;
use super::{DocType, SearchDoc};
use crate::db::entities::{comments, consultations, proposals};
use crate::db::keyset::page_after;
use crate::domain::consultations::Phase;
use crate::domain::visibility;
use crate::outbox::search::{versions, Pending};

/// Listed and not withdrawn.
fn proposal_visible(p: &proposals::Model) -> bool {
    visibility::counts_toward_consultation(p)
}

fn proposal_doc(p: &proposals::Model, version: i64) -> SearchDoc {
    SearchDoc {
        key: DocType::Proposal.key(p.id),
        doc_type: DocType::Proposal,
        id: p.id,
        title: p.title.clone(),
        body: plain_text(&p.body),
        consultation: p.consultation_id,
        proposal: None,
        proposal_title: None,
        theme: p.theme.clone(),
        province: p.province.clone(),
        status: Some(p.status.to_value()),
        visible: proposal_visible(p),
        created_at: p.created_at.timestamp_millis(),
        support: p.support_score as i64,
        version,
    }
}

fn comment_doc(c: &comments::Model, p: &proposals::Model, version: i64) -> SearchDoc {
    SearchDoc {
        key: DocType::Comment.key(c.id),
        doc_type: DocType::Comment,
        id: c.id,
        title: String::new(),
        body: plain_text(&c.body),
        consultation: p.consultation_id,
        proposal: Some(p.id),
        proposal_title: Some(p.title.clone()),
        theme: p.theme.clone(),
        province: p.province.clone(),
        status: None,
        visible: visibility::is_public_comment(c) && proposal_visible(p),
        created_at: c.created_at.timestamp_millis(),
        support: (c.up_count - c.down_count) as i64,
        version,
    }
}

fn consultation_doc(c: &consultations::Model, version: i64) -> SearchDoc {
    SearchDoc {
        key: DocType::Consultation.key(c.id),
        doc_type: DocType::Consultation,
        id: c.id,
        // The Thai title stays the main one; the English title and summary are found in the
        // text.
        title: c.title.clone(),
        body: [
            Some(c.summary.as_str()),
            c.title_en.as_deref(),
            c.summary_en.as_deref(),
            Some(plain_text(&c.body).as_str()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n"),
        consultation: c.id,
        proposal: None,
        proposal_title: None,
        theme: None,
        province: None,
        status: None,
        visible: true,
        created_at: c.created_at.timestamp_millis(),
        support: c.proposal_count as i64,
        version,
    }
}

/// Documents of one type as the index should hold them; ids with nothing left to index
/// (gone, or a deleted comment whose text is gone) come back as keys to delete.
async fn load_type<C: ConnectionTrait>(
    conn: &C,
    doc_type: DocType,
    ids: &[Uuid],
    version_of: &HashMap<Uuid, i64>,
) -> Result<(Vec<SearchDoc>, Vec<Uuid>), DbErr> {
    let version = |id: &Uuid| version_of.get(id).copied().unwrap_or(0);
    let mut docs = Vec::with_capacity(ids.len());
    match doc_type {
        DocType::Proposal => {
            let rows = proposals::Entity::find()
                .filter(proposals::Column::Id.is_in(ids.iter().copied()))
                .all(conn)
                .await?;
            let drafts = drafts_among(conn, rows.iter().map(|p| p.consultation_id)).await?;
            docs.extend(
                rows.iter()
                    .filter(|p| !drafts.contains(&p.consultation_id))
                    .map(|p| proposal_doc(p, version(&p.id))),
            );
        }
        DocType::Comment => {
            let rows = comments::Entity::find()
                .filter(comments::Column::Id.is_in(ids.iter().copied()))
                .filter(comments::Column::DeletedAt.is_null())
                .all(conn)
                .await?;
            let parents: HashMap<Uuid, proposals::Model> = proposals::Entity::find()
                .filter(proposals::Column::Id.is_in(rows.iter().map(|c| c.proposal_id)))
                .all(conn)
                .await?
                .into_iter()
                .map(|p| (p.id, p))
                .collect();
            let drafts = drafts_among(conn, parents.values().map(|p| p.consultation_id)).await?;
            docs.extend(rows.iter().filter_map(|c| {
                parents
                    .get(&c.proposal_id)
                    .filter(|p| !drafts.contains(&p.consultation_id))
                    .map(|p| comment_doc(c, p, version(&c.id)))
            }));
        }
        DocType::Consultation => {
            let rows = consultations::Entity::find()
                .filter(consultations::Column::Id.is_in(ids.iter().copied()))
                .all(conn)
                .await?;
            // Drafts exist only for those who manage them: they stay out of the index.
            docs.extend(
                rows.iter()
                    .filter(|c| Phase::of(c) != Phase::Draft)
                    .map(|c| consultation_doc(c, version(&c.id))),
            );
        }
    }
    let gone = ids
        .iter()
        .filter(|id| !docs.iter().any(|d| d.id == **id))
        .copied()
        .collect();
    Ok((docs, gone))
}

/// Which of these consultations are drafts.
async fn drafts_among<C: ConnectionTrait>(
    conn: &C,
    consultation_ids: impl Iterator<Item = Uuid>,
) -> Result<HashSet<Uuid>, DbErr> {
    let ids: HashSet<Uuid> = consultation_ids.collect();
    if ids.is_empty() {
        return Ok(HashSet::new());
    }
    Ok(consultations::Entity::find()
        .filter(consultations::Column::Id.is_in(ids))
        .filter(consultations::Column::Phase.eq(Phase::Draft))
        .select_only()
        .column(consultations::Column::Id)
        .into_tuple::<Uuid>()
        .all(conn)
        .await?
        .into_iter()
        .collect())
}

/// The current state of claimed documents: upserts carrying the claimed versions, and the
/// keys to delete.
pub async fn load<C: ConnectionTrait>(
    conn: &C,
    items: &[Pending],
) -> Result<(Vec<SearchDoc>, Vec<String>), DbErr> {
    let mut upserts = Vec::new();
    let mut deletes = Vec::new();
    for doc_type in DocType::ALL {
        let of_type: Vec<&Pending> = items.iter().filter(|i| i.doc_type == doc_type).collect();
        if of_type.is_empty() {
            continue;
        }
        let ids: Vec<Uuid> = of_type.iter().map(|i| i.id).collect();
        let version_of: HashMap<Uuid, i64> = of_type.iter().map(|i| (i.id, i.version)).collect();
        let (docs, gone) = load_type(conn, doc_type, &ids, &version_of).await?;
        upserts.extend(docs);
        deletes.extend(gone.into_iter().map(|id| doc_type.key(id)));
    }
    Ok((upserts, deletes))
}

/// One page of every document of a type, in id order, for a rebuild; `None` when done.
pub async fn page<C: ConnectionTrait>(
    conn: &C,
    doc_type: DocType,
    after: Option<Uuid>,
    limit: u64,
) -> Result<Option<(Vec<SearchDoc>, Uuid)>, DbErr> {
    let ids: Vec<Uuid> = match doc_type {
        DocType::Proposal => {
            let ids = proposals::Entity::find()
                .select_only()
                .column(proposals::Column::Id);
            page_after(ids, proposals::Column::Id, after, limit)
                .into_tuple()
                .all(conn)
                .await?
        }
        DocType::Comment => {
            let ids = comments::Entity::find()
                .select_only()
                .column(comments::Column::Id);
            page_after(ids, comments::Column::Id, after, limit)
                .into_tuple()
                .all(conn)
                .await?
        }
        DocType::Consultation => {
            let ids = consultations::Entity::find()
                .select_only()
                .column(consultations::Column::Id);
            page_after(ids, consultations::Column::Id, after, limit)
                .into_tuple()
                .all(conn)
                .await?
        }
    };
    let Some(last) = ids.last().copied() else {
        return Ok(None);
    };
    let version_of = versions(conn, doc_type, &ids).await?;
    let (docs, _) = load_type(conn, doc_type, &ids, &version_of).await?;
    Ok(Some((docs, last)))
}
