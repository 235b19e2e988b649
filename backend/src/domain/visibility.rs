//! What the public may see. Every public surface — proposal lists and counts, comment trees
//! and counts, and any later search index, export or notification — filters with these
//! predicates, so hiding something removes it everywhere at once. Authors and those who
//! moderate the consultation still see hidden items, with the reason (see `proposals::get`).

use sea_orm::{ColumnTrait, Condition};
use uuid::Uuid;

use crate::db::entities::comments::{self, Model as Comment};
use crate::db::entities::document_remarks::Model as Remark;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::Params;
use crate::domain::proposals::Status;

/// A proposal that appears in public lists: not hidden by moderation, not merged away.
pub fn listed_proposals() -> Condition {
    Condition::all()
        .add(proposals::Column::HiddenAt.is_null())
        .add(proposals::Column::MergedInto.is_null())
}

pub fn is_listed(p: &Proposal) -> bool {
    p.hidden_at.is_none() && p.merged_into.is_none()
}

/// A proposal the consultation's proposal count includes: listed and not withdrawn.
pub fn counts_toward_consultation(p: &Proposal) -> bool {
    is_listed(p) && p.status != Status::Withdrawn
}

pub fn counted_proposals() -> Condition {
    listed_proposals().add(proposals::Column::Status.ne(Status::Withdrawn))
}

/// `counted_proposals` of one consultation in raw SQL, for a proposal aliased `p`.
pub fn counted_proposal_sql(params: &mut Params, consultation_id: Uuid) -> String {
    format!(
        "p.consultation_id = {} AND p.hidden_at IS NULL AND p.merged_into IS NULL \
         AND p.status <> {}",
        params.bind(consultation_id),
        params.bind(Status::Withdrawn)
    )
}

/// A comment whose text the public sees and the comment count includes.
pub fn public_comments() -> Condition {
    Condition::all()
        .add(comments::Column::HiddenAt.is_null())
        .add(comments::Column::DeletedAt.is_null())
}

pub fn is_public_comment(c: &Comment) -> bool {
    c.hidden_at.is_none() && c.deleted_at.is_none()
}

/// A remark on a document that the public reads: not hidden by moderation.
pub fn is_public_remark(r: &Remark) -> bool {
    r.hidden_at.is_none()
}
