//! Proposals: submitted during ideation, edited by their author with revisions kept,
//! withdrawn, and listed in four orders over keyset-paginated indexes.

use crate::outbox::search::{self, DocType};
use std::collections::HashMap;

use sea_orm::sea_query::{Expr, ExprTrait, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::db::entities::consultations::Model as Consultation;
use crate::db::entities::proposals::{self, Model as Proposal};
use crate::db::entities::{proposal_revisions, users, votes};
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::agency::aggregates::{self, Activity};
use crate::domain::consultations::{self, label_list, Phase};
use crate::domain::follows::{self, Target};
use crate::domain::moderation;
use crate::domain::notifications::{self, Event};
use crate::domain::ranking::{self, Tally};
use crate::domain::repetition::{self, RepetitionPolicy};
use crate::domain::{cursor, markdown, now, text, visibility};
use crate::error::{Conflict, Error, FieldError, FieldErrors, Resource, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Published,
    UnderReview,
    Accepted,
    Rejected,
    Implemented,
    Withdrawn,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Published,
        Status::UnderReview,
        Status::Accepted,
        Status::Rejected,
        Status::Implemented,
        Status::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Published => "published",
            Status::UnderReview => "under_review",
            Status::Accepted => "accepted",
            Status::Rejected => "rejected",
            Status::Implemented => "implemented",
            Status::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(raw: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == raw)
    }
}

/// The orders a consultation's proposals can be listed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    #[default]
    Hot,
    Top,
    New,
    Controversial,
}

pub struct ProposalInput {
    pub title: Option<String>,
    pub body: Option<String>,
    pub theme: Option<Option<String>>,
    pub province: Option<Option<String>>,
}

/// Checks a label against the consultation's list (any label is refused when the list is empty).
fn one_of_labels(
    field: &str,
    value: Option<&str>,
    allowed: &[String],
) -> Result<Option<String>, FieldError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) if allowed.iter().any(|a| a == v) => Ok(Some(v.to_owned())),
        Some(_) if allowed.is_empty() => Err(FieldError::new(
            field,
            "not_offered",
            format!("this consultation has no {field}s"),
        )),
        Some(_) => Err(FieldError::new(
            field,
            "not_offered",
            format!("must be one of: {}", allowed.join(", ")),
        )),
    }
}

fn check_fields(
    input: &ProposalInput,
    consultation: &Consultation,
    errors: &mut FieldErrors,
) -> ParsedFields {
    ParsedFields {
        title: input
            .title
            .as_deref()
            .and_then(|t| errors.check(text::title("title", t, 5, 150))),
        body: input
            .body
            .as_deref()
            .and_then(|b| errors.check(markdown::body("body", b, 10, 10_000))),
        theme: input.theme.as_ref().and_then(|t| {
            errors.check(one_of_labels(
                "theme",
                t.as_deref(),
                &label_list(&consultation.themes),
            ))
        }),
        province: input.province.as_ref().and_then(|p| {
            errors.check(one_of_labels(
                "province",
                p.as_deref(),
                &label_list(&consultation.provinces),
            ))
        }),
    }
}

struct ParsedFields {
    title: Option<String>,
    body: Option<String>,
    theme: Option<Option<String>>,
    province: Option<Option<String>>,
}

pub async fn create(
    db: &Db,
    author: &Account,
    consultation_ref: &str,
    input: ProposalInput,
    repetition: &RepetitionPolicy,
) -> Result<Proposal> {
    let txn = db.begin_write().await?;
    let consultation = consultations::get(&txn, Some(author), consultation_ref).await?;
    Phase::of(&consultation).ensure_allows_proposals()?;
    let mut errors = FieldErrors::new();
    if input.title.is_none() {
        errors.push(FieldError::new("title", "required", "is required"));
    }
    if input.body.is_none() {
        errors.push(FieldError::new("body", "required", "is required"));
    }
    let fields = check_fields(&input, &consultation, &mut errors);
    errors.finish()?;
    let (Some(title), Some(body)) = (fields.title, fields.body) else {
        return Err(anyhow::anyhow!("validated proposal lost a field").into());
    };
    repetition::note_text(&txn, author, &format!("{title}\n{body}"), repetition).await?;
    let now = now();
    let proposal = proposals::ActiveModel {
        id: Set(Uuid::now_v7()),
        consultation_id: Set(consultation.id),
        author_id: Set(author.id),
        title: Set(title),
        body_html: Set(markdown::render(&body)),
        body: Set(body),
        theme: Set(fields.theme.flatten()),
        province: Set(fields.province.flatten()),
        status: Set(Status::Published.as_str().to_owned()),
        official_response: Set(None),
        responded_at: Set(None),
        first_responded_at: Set(None),
        agree_count: Set(0),
        disagree_count: Set(0),
        pass_count: Set(0),
        comment_count: Set(0),
        follower_count: Set(0),
        flag_count: Set(0),
        support_score: Set(0),
        hot_score: Set(ranking::hot(Tally::default(), now)),
        controversy_score: Set(0.0),
        hidden_at: Set(None),
        hidden_reason: Set(None),
        hidden_by: Set(None),
        locked_at: Set(None),
        pinned: Set(false),
        merged_into: Set(None),
        withdrawn_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        external_ref: Set(None),
    }
    .insert(&txn)
    .await?;
    consultations::add_to_proposal_count(&txn, consultation.id, 1).await?;
    aggregates::note(&txn, consultation.id, author.id, Activity::Proposal, now).await?;
    // Authors follow what they propose, so they hear what becomes of it.
    follows::add(&txn, author.id, Target::Proposal, proposal.id).await?;
    search::touch(&txn, DocType::Proposal, proposal.id).await?;
    txn.commit().await?;
    Ok(proposals::Entity::find_by_id(proposal.id)
        .one(db.reader())
        .await?
        .unwrap_or(proposal))
}

/// Hidden proposals are seen only by their author and by those who moderate the consultation.
async fn may_see<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    proposal: &Proposal,
) -> Result<bool> {
    if proposal.hidden_at.is_none() {
        return Ok(true);
    }
    match viewer {
        Some(v) if v.id == proposal.author_id => Ok(true),
        Some(v) => moderation::may_moderate(conn, v, proposal.consultation_id).await,
        None => Ok(false),
    }
}

/// A proposal and its consultation, if the viewer may see them.
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id: Uuid,
) -> Result<(Proposal, Consultation)> {
    let proposal = proposals::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Proposal))?;
    let consultation = consultations::get_by_id(conn, viewer, proposal.consultation_id)
        .await
        .map_err(hidden_consultation_hides_proposal)?;
    if !may_see(conn, viewer, &proposal).await? {
        return Err(Error::NotFound(Resource::Proposal));
    }
    Ok((proposal, consultation))
}

/// A proposal in a consultation the viewer may not see is not found either; any other failure
/// (the database's, say) stays what it is.
fn hidden_consultation_hides_proposal(err: Error) -> Error {
    match err {
        Error::NotFound(Resource::Consultation) => Error::NotFound(Resource::Proposal),
        other => other,
    }
}

/// Loads a proposal for a write, holding its row lock (PostgreSQL) until the transaction ends,
/// so concurrent writes to the same proposal apply one after another.
pub async fn get_for_update<C: ConnectionTrait>(
    conn: &C,
    viewer: &Account,
    id: Uuid,
) -> Result<(Proposal, Consultation)> {
    let proposal = proposals::Entity::find_by_id(id)
        .lock_exclusive()
        .one(conn)
        .await?
        .ok_or(Error::NotFound(Resource::Proposal))?;
    let consultation = consultations::get_by_id(conn, Some(viewer), proposal.consultation_id)
        .await
        .map_err(hidden_consultation_hides_proposal)?;
    if !may_see(conn, Some(viewer), &proposal).await? {
        return Err(Error::NotFound(Resource::Proposal));
    }
    Ok((proposal, consultation))
}

/// Whether people can still act on the proposal itself (vote, comment).
pub fn ensure_open(proposal: &Proposal) -> Result<()> {
    if proposal.status == Status::Withdrawn.as_str() {
        return Err(Conflict::ProposalWithdrawn.into());
    }
    if proposal.merged_into.is_some() {
        return Err(Conflict::ProposalMerged.into());
    }
    if proposal.locked_at.is_some() {
        return Err(Error::ProposalLocked);
    }
    Ok(())
}

pub async fn update(db: &Db, editor: &Account, id: Uuid, input: ProposalInput) -> Result<Proposal> {
    let txn = db.begin_write().await?;
    let (current, consultation) = get_for_update(&txn, editor, id).await?;
    if current.author_id != editor.id {
        return Err(Error::Forbidden(
            "Only the author can edit a proposal.".into(),
        ));
    }
    if current.status == Status::Withdrawn.as_str() {
        return Err(Conflict::ProposalWithdrawn.into());
    }
    if current.locked_at.is_some() {
        return Err(Error::ProposalLocked);
    }
    Phase::of(&consultation).ensure_allows_proposals()?;
    let mut errors = FieldErrors::new();
    let fields = check_fields(&input, &consultation, &mut errors);
    errors.finish()?;
    proposal_revisions::ActiveModel {
        id: Set(Uuid::now_v7()),
        proposal_id: Set(current.id),
        editor_id: Set(editor.id),
        title: Set(current.title.clone()),
        body: Set(current.body.clone()),
        theme: Set(current.theme.clone()),
        province: Set(current.province.clone()),
        created_at: Set(now()),
    }
    .insert(&txn)
    .await?;
    let mut row: proposals::ActiveModel = current.into();
    if let Some(title) = fields.title {
        row.title = Set(title);
    }
    if let Some(body) = fields.body {
        row.body_html = Set(markdown::render(&body));
        row.body = Set(body);
    }
    if let Some(theme) = fields.theme {
        row.theme = Set(theme);
    }
    if let Some(province) = fields.province {
        row.province = Set(province);
    }
    row.updated_at = Set(now());
    let updated = row.update(&txn).await?;
    search::touch(&txn, DocType::Proposal, updated.id).await?;
    // Comments carry the proposal's title, theme and province.
    search::touch_comments_of(&txn, updated.id).await?;
    txn.commit().await?;
    Ok(updated)
}

pub async fn withdraw(db: &Db, author: &Account, id: Uuid) -> Result<Proposal> {
    let txn = db.begin_write().await?;
    let (current, consultation) = get_for_update(&txn, author, id).await?;
    if current.author_id != author.id {
        return Err(Error::Forbidden(
            "Only the author can withdraw a proposal.".into(),
        ));
    }
    if current.status == Status::Withdrawn.as_str() {
        return Ok(current);
    }
    Phase::of(&consultation).ensure_allows_withdrawal()?;
    let was_counted = visibility::counts_toward_consultation(&current);
    let now = now();
    let mut row: proposals::ActiveModel = current.into();
    row.status = Set(Status::Withdrawn.as_str().to_owned());
    row.withdrawn_at = Set(Some(now));
    row.updated_at = Set(now);
    let updated = row.update(&txn).await?;
    if was_counted {
        consultations::add_to_proposal_count(&txn, consultation.id, -1).await?;
    }
    notifications::emit(
        &txn,
        &Event::ProposalStatusChanged {
            proposal_id: updated.id,
            actor_id: Some(author.id),
        },
    )
    .await?;
    search::touch(&txn, DocType::Proposal, updated.id).await?;
    search::touch_comments_of(&txn, updated.id).await?;
    txn.commit().await?;
    Ok(updated)
}

pub async fn revisions<C: ConnectionTrait>(
    conn: &C,
    proposal_id: Uuid,
) -> Result<Vec<proposal_revisions::Model>> {
    Ok(proposal_revisions::Entity::find()
        .filter(proposal_revisions::Column::ProposalId.eq(proposal_id))
        .order_by_desc(proposal_revisions::Column::Id)
        .all(conn)
        .await?)
}

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
    let mut query = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(consultation.id))
        .filter(visibility::listed_proposals());
    query = match q.status {
        Some(status) => query.filter(proposals::Column::Status.eq(status.as_str())),
        None => query.filter(proposals::Column::Status.ne(Status::Withdrawn.as_str())),
    };
    if let Some(theme) = &q.theme {
        query = query.filter(proposals::Column::Theme.eq(theme.as_str()));
    }
    if let Some(province) = &q.province {
        query = query.filter(proposals::Column::Province.eq(province.as_str()));
    }
    // Pinned proposals lead the first page in every order, on top of `limit`; the pages
    // themselves hold the rest.
    let pinned = if q.cursor.is_none() {
        query
            .clone()
            .filter(proposals::Column::Pinned.eq(true))
            .order_by_desc(proposals::Column::Id)
            .all(db.reader())
            .await?
    } else {
        Vec::new()
    };
    query = query.filter(proposals::Column::Pinned.eq(false));
    if let Some(raw) = &q.cursor {
        let at: Position = cursor::decode(raw)?;
        if at.sort != q.sort {
            return Err(Error::field(
                "cursor",
                "invalid",
                "belongs to another sort order",
            ));
        }
        let after_id = proposals::Column::Id.lt(at.id);
        query = query.filter(match sort_column(q.sort) {
            None => Condition::all().add(after_id),
            Some(column) => {
                let key: SimpleExpr = if q.sort == Sort::Top {
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
        });
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

/// The viewer's votes on the given proposals.
pub async fn votes_of<C: ConnectionTrait>(
    conn: &C,
    user_id: Uuid,
    proposal_ids: &[Uuid],
) -> Result<HashMap<Uuid, i16>> {
    if proposal_ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(votes::Entity::find()
        .filter(votes::Column::UserId.eq(user_id))
        .filter(votes::Column::ProposalId.is_in(proposal_ids.iter().copied()))
        .all(conn)
        .await?
        .into_iter()
        .map(|v| (v.proposal_id, v.value))
        .collect())
}

/// Display names of the given people (authors shown beside their words).
pub async fn display_names<C: ConnectionTrait>(
    conn: &C,
    ids: impl IntoIterator<Item = Uuid>,
) -> Result<HashMap<Uuid, String>> {
    let mut ids: Vec<Uuid> = ids.into_iter().collect();
    ids.sort_unstable();
    ids.dedup();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| {
            let name = if u.deleted_at.is_some() {
                String::new()
            } else {
                u.display_name
            };
            (u.id, name)
        })
        .collect())
}
