//! Uploaded images and documents: who may add or remove them, how many, and who may see
//! them. A file is visible exactly when what owns it is: a proposal's images follow
//! `proposals::get` (a hidden proposal's images reach only its author and its moderators), a
//! consultation's documents follow `consultations::get_by_id`.

mod documents;
mod images;

pub use documents::{attach_document, remove_document, Attachable, MAX_DOCUMENTS};
pub use images::{add_proposal_image, delete_proposal_image, MAX_IMAGES_PER_PROPOSAL};

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};
use uuid::Uuid;

use crate::db::entities::media;
pub use crate::db::entities::media::{MediaKind, Model as Media, OwnerKind};
use crate::domain::accounts::Account;
use crate::domain::{consultations, now, proposals, results};
use crate::error::{Error, Resource, Result};
use crate::media::MediaStore;

/// Which of a file's stored forms to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// The display size of an image, or the document itself.
    Original,
    Thumbnail,
}

/// A file to send: its row, its bytes, and whether anyone at all may see it (so shared
/// caches may keep it).
pub struct Served {
    pub media: Media,
    pub content_type: String,
    pub bytes: bytes::Bytes,
    pub public: bool,
}

/// The bytes of a file the viewer may see.
pub async fn read<C: ConnectionTrait>(
    conn: &C,
    store: &MediaStore,
    viewer: Option<&Account>,
    id: Uuid,
    variant: Variant,
) -> Result<Served> {
    let found = media::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Media))?;
    let public = may_see_owner(conn, None, &found).await?;
    if !public && !may_see_owner(conn, viewer, &found).await? {
        return Err(Error::NotFound(Resource::Media));
    }
    let (key, content_type) = match (variant, &found.thumbnail_key) {
        (Variant::Thumbnail, Some(key)) => (key.clone(), thumbnail_type(&found)),
        (Variant::Thumbnail, None) => return Err(Error::NotFound(Resource::Media)),
        (Variant::Original, _) => (found.storage_key.clone(), found.content_type.clone()),
    };
    let bytes = store
        .get(&key)
        .await?
        .ok_or(Error::NotFound(Resource::Media))?;
    Ok(Served {
        media: found,
        content_type,
        bytes,
        public,
    })
}

/// Thumbnails are encoded as their display image is (transparency kept as PNG).
fn thumbnail_type(found: &Media) -> String {
    found.content_type.clone()
}

async fn may_see_owner<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    found: &Media,
) -> Result<bool> {
    let seen = match found.owner_kind {
        OwnerKind::Proposal | OwnerKind::Answer => proposals::get(conn, viewer, found.owner_id)
            .await
            .map(|_| ()),
        OwnerKind::Consultation => consultations::get_by_id(conn, viewer, found.owner_id)
            .await
            .map(|_| ()),
        OwnerKind::Milestone => results::milestones::result_of(conn, viewer, found.owner_id)
            .await
            .map(|_| ()),
    };
    match seen {
        Ok(()) => Ok(true),
        Err(Error::NotFound(_)) => Ok(false),
        Err(other) => Err(other),
    }
}

/// The files of each owner, in their order.
pub async fn of_owners<C: ConnectionTrait>(
    conn: &C,
    owner_kind: OwnerKind,
    owners: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Media>>> {
    let mut by_owner: HashMap<Uuid, Vec<Media>> = HashMap::new();
    if owners.is_empty() {
        return Ok(by_owner);
    }
    let rows = media::Entity::find()
        .filter(media::Column::OwnerKind.eq(owner_kind))
        .filter(media::Column::OwnerId.is_in(owners.iter().copied()))
        .order_by_asc(media::Column::Position)
        .order_by_asc(media::Column::Id)
        .all(conn)
        .await?;
    for row in rows {
        by_owner.entry(row.owner_id).or_default().push(row);
    }
    Ok(by_owner)
}

/// How many files of `kind` the owner has.
async fn count_of<C: ConnectionTrait>(
    conn: &C,
    owner_kind: OwnerKind,
    owner_id: Uuid,
    kind: MediaKind,
) -> Result<u64> {
    Ok(media::Entity::find()
        .filter(media::Column::OwnerKind.eq(owner_kind))
        .filter(media::Column::OwnerId.eq(owner_id))
        .filter(media::Column::Kind.eq(kind))
        .count(conn)
        .await?)
}

/// The next position after the owner's last file.
async fn next_position<C: ConnectionTrait>(
    conn: &C,
    owner_kind: OwnerKind,
    owner_id: Uuid,
) -> Result<i32> {
    let last = media::Entity::find()
        .filter(media::Column::OwnerKind.eq(owner_kind))
        .filter(media::Column::OwnerId.eq(owner_id))
        .order_by_desc(media::Column::Position)
        .one(conn)
        .await?;
    Ok(last.map_or(0, |m| m.position + 1))
}

/// Stores `row` after the owner's other media, with a new id and the time now, and commits.
async fn insert_last(
    txn: DatabaseTransaction,
    owner_kind: OwnerKind,
    owner_id: Uuid,
    mut row: media::ActiveModel,
) -> Result<Media> {
    row.id = Set(Uuid::now_v7());
    row.owner_kind = Set(owner_kind);
    row.owner_id = Set(owner_id);
    row.position = Set(next_position(&txn, owner_kind, owner_id).await?);
    row.created_at = Set(now());
    let row = row.insert(&txn).await?;
    txn.commit().await?;
    Ok(row)
}

/// Removes stored objects that no row names any more (the same bytes may belong to several
/// rows). A failure leaves an unreachable object behind, never a row without its bytes.
async fn forget_objects<C: ConnectionTrait>(conn: &C, store: &MediaStore, keys: &[String]) {
    for key in keys {
        let still_named = media::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(media::Column::StorageKey.eq(key.as_str()))
                    .add(media::Column::ThumbnailKey.eq(key.as_str())),
            )
            .count(conn)
            .await;
        if matches!(still_named, Ok(0)) {
            if let Err(e) = store.delete(key).await {
                tracing::warn!(error = %e, "a removed file's object stays in storage");
            }
        }
    }
}
