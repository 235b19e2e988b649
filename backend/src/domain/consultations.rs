//! Consultations and their phases: the phase decides what participants may do.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, SqlErr,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use uuid::Uuid;

use crate::db::entities::consultations::{self, Model as Consultation};
use crate::db::entities::proposals;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::audit::{self, AuditEntry};
use crate::domain::notifications::{self, Event};
use crate::domain::{cursor, markdown, now, organizations, text, visibility};
use crate::error::{Error, FieldError, FieldErrors, Resource, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    Draft,
    Ideation,
    Voting,
    Review,
    Closed,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Draft,
        Phase::Ideation,
        Phase::Voting,
        Phase::Review,
        Phase::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Phase::Draft => "draft",
            Phase::Ideation => "ideation",
            Phase::Voting => "voting",
            Phase::Review => "review",
            Phase::Closed => "closed",
        }
    }

    pub fn parse(raw: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.as_str() == raw)
    }

    pub fn of(consultation: &Consultation) -> Phase {
        Phase::parse(&consultation.phase).unwrap_or(Phase::Closed)
    }

    /// New proposals and edits to them are taken while ideas are being collected.
    pub fn ensure_allows_proposals(self) -> Result<()> {
        self.ensure(
            matches!(self, Phase::Ideation),
            "submitting or editing proposals",
        )
    }

    /// Votes count while ideas are collected and during the voting phase.
    pub fn ensure_allows_votes(self) -> Result<()> {
        self.ensure(matches!(self, Phase::Ideation | Phase::Voting), "voting")
    }

    /// Discussion goes on until the consultation closes.
    pub fn ensure_allows_comments(self) -> Result<()> {
        self.ensure(
            matches!(self, Phase::Ideation | Phase::Voting | Phase::Review),
            "commenting",
        )
    }

    /// A proposal may be withdrawn until the consultation closes.
    pub fn ensure_allows_withdrawal(self) -> Result<()> {
        self.ensure(
            matches!(self, Phase::Ideation | Phase::Voting | Phase::Review),
            "withdrawing proposals",
        )
    }

    fn ensure(self, allowed: bool, what: &str) -> Result<()> {
        if allowed {
            Ok(())
        } else {
            Err(Error::PhaseClosed(format!(
                "This consultation is in its {} phase: {what} is not open.",
                self.as_str()
            )))
        }
    }
}

/// Whether `viewer` may change the consultation: admins, and members of the lab that owns it.
pub async fn can_manage<C: ConnectionTrait>(
    conn: &C,
    viewer: &Account,
    consultation: &Consultation,
) -> Result<bool> {
    if viewer.is_admin() {
        return Ok(true);
    }
    match consultation.owner_organization_id {
        Some(org) => organizations::is_lab_member(conn, viewer.id, org).await,
        None => Ok(false),
    }
}

/// Drafts are seen only by those who manage them; to everyone else they do not exist.
async fn ensure_visible<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    consultation: &Consultation,
) -> Result<()> {
    if Phase::of(consultation) != Phase::Draft {
        return Ok(());
    }
    match viewer {
        Some(viewer) if can_manage(conn, viewer, consultation).await? => Ok(()),
        _ => Err(Error::NotFound(Resource::Consultation)),
    }
}

/// A consultation by id or slug, if the viewer may see it.
pub async fn get<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id_or_slug: &str,
) -> Result<Consultation> {
    let query = consultations::Entity::find();
    let query = match Uuid::parse_str(id_or_slug) {
        Ok(id) => query.filter(consultations::Column::Id.eq(id)),
        Err(_) => query.filter(consultations::Column::Slug.eq(id_or_slug)),
    };
    visible(conn, viewer, query.one(conn).await?).await
}

/// The consultation with this id, if the viewer may see it.
pub async fn get_by_id<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    id: Uuid,
) -> Result<Consultation> {
    let found = consultations::Entity::find_by_id(id).one(conn).await?;
    visible(conn, viewer, found).await
}

async fn visible<C: ConnectionTrait>(
    conn: &C,
    viewer: Option<&Account>,
    found: Option<Consultation>,
) -> Result<Consultation> {
    let consultation = found.ok_or(Error::NotFound(Resource::Consultation))?;
    ensure_visible(conn, viewer, &consultation).await?;
    Ok(consultation)
}

/// Newest first, keyset-paginated; drafts only for those who may manage some consultation.
pub async fn list(
    db: &Db,
    viewer: Option<&Account>,
    phase: Option<Phase>,
    after: Option<&str>,
    limit: u64,
) -> Result<(Vec<Consultation>, Option<String>)> {
    let mut query = consultations::Entity::find().order_by_desc(consultations::Column::Id);
    if let Some(phase) = phase {
        query = query.filter(consultations::Column::Phase.eq(phase.as_str()));
    }
    let sees_drafts = viewer.is_some_and(Account::is_admin);
    if !sees_drafts {
        query = query.filter(consultations::Column::Phase.ne(Phase::Draft.as_str()));
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

/// What a creator or editor sends. On create, title, summary and body are required.
#[derive(Debug, Default, Clone)]
pub struct ConsultationInput {
    pub slug: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    pub body: Option<String>,
    pub owner_organization_id: Option<Option<Uuid>>,
    pub phase: Option<String>,
    pub themes: Option<Vec<String>>,
    pub provinces: Option<Vec<String>>,
    pub criteria: Option<Vec<String>>,
    pub ideation_starts_at: Option<Option<DateTime<Utc>>>,
    pub voting_starts_at: Option<Option<DateTime<Utc>>>,
    pub review_starts_at: Option<Option<DateTime<Utc>>>,
    pub closes_at: Option<Option<DateTime<Utc>>>,
    pub answer_due_days: Option<Option<i64>>,
    pub answer_support_threshold: Option<Option<i64>>,
}

fn labels(field: &str, raw: &[String]) -> Result<Value, FieldError> {
    if raw.len() > 30 {
        return Err(FieldError::new(field, "too_many", "at most 30 entries"));
    }
    let mut seen: Vec<String> = Vec::new();
    for item in raw {
        let label = text::title(field, item, 1, 80)?;
        if seen.contains(&label) {
            return Err(FieldError::new(
                field,
                "duplicate",
                format!("{label:?} appears twice"),
            ));
        }
        seen.push(label);
    }
    Ok(Value::from(seen))
}

/// The labels stored in a JSON array column.
pub fn label_list(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

fn snapshot(c: &Consultation) -> Value {
    serde_json::json!({
        "slug": c.slug, "title": c.title, "phase": c.phase,
        "themes": c.themes, "provinces": c.provinces, "criteria": c.criteria,
        "owner_organization_id": c.owner_organization_id,
        "answer_due_days": c.answer_due_days,
        "answer_support_threshold": c.answer_support_threshold,
    })
}

/// Applies the input's fields to `row`, collecting every field problem.
fn apply(input: ConsultationInput, row: &mut consultations::ActiveModel, errors: &mut FieldErrors) {
    if let Some(slug) = input.slug {
        if let Some(slug) = errors.check(text::slug("slug", &slug)) {
            row.slug = Set(slug);
        }
    }
    if let Some(title) = input.title {
        if let Some(title) = errors.check(text::title("title", &title, 5, 200)) {
            row.title = Set(title);
        }
    }
    if let Some(summary) = input.summary {
        if let Some(summary) = errors.check(text::bounded("summary", &summary, 1, 500)) {
            row.summary = Set(summary);
        }
    }
    if let Some(body) = input.body {
        if let Some(body) = errors.check(markdown::body("body", &body, 1, 50_000)) {
            row.body_html = Set(markdown::render(&body));
            row.body = Set(body);
        }
    }
    if let Some(phase) = input.phase {
        match Phase::parse(&phase) {
            Some(phase) => row.phase = Set(phase.as_str().to_owned()),
            None => errors.push(FieldError::new(
                "phase",
                "invalid",
                "must be draft, ideation, voting, review or closed",
            )),
        }
    }
    for (field, value, slot) in [
        ("themes", input.themes, &mut row.themes),
        ("provinces", input.provinces, &mut row.provinces),
        ("criteria", input.criteria, &mut row.criteria),
    ] {
        if let Some(value) = value {
            if let Some(json) = errors.check(labels(field, &value)) {
                *slot = Set(json);
            }
        }
    }
    if let Some(owner) = input.owner_organization_id {
        row.owner_organization_id = Set(owner);
    }
    if let Some(v) = input.ideation_starts_at {
        row.ideation_starts_at = Set(v);
    }
    if let Some(v) = input.voting_starts_at {
        row.voting_starts_at = Set(v);
    }
    if let Some(v) = input.review_starts_at {
        row.review_starts_at = Set(v);
    }
    if let Some(v) = input.closes_at {
        row.closes_at = Set(v);
    }
    if let Some(days) = input.answer_due_days {
        match days {
            Some(d) if !(1..=3650).contains(&d) => errors.push(FieldError::new(
                "answer_due_days",
                "out_of_range",
                "must be 1 to 3650 days",
            )),
            _ => row.answer_due_days = Set(days.map(|d| d as i32)),
        }
    }
    if let Some(threshold) = input.answer_support_threshold {
        match threshold {
            Some(t) if !(-1_000_000_000..=1_000_000_000).contains(&t) => errors.push(
                FieldError::new("answer_support_threshold", "out_of_range", "is too large"),
            ),
            _ => row.answer_support_threshold = Set(threshold.map(|t| t as i32)),
        }
    }
}

/// Timeline dates, where given, must follow the phase order.
fn check_timeline(c: &Consultation) -> Result<()> {
    let dates = [
        ("ideation_starts_at", c.ideation_starts_at),
        ("voting_starts_at", c.voting_starts_at),
        ("review_starts_at", c.review_starts_at),
        ("closes_at", c.closes_at),
    ];
    let mut previous: Option<DateTime<Utc>> = None;
    for (field, date) in dates {
        if let Some(date) = date {
            if previous.is_some_and(|p| date < p) {
                return Err(Error::field(
                    field,
                    "out_of_order",
                    "must not be before the previous phase's date",
                ));
            }
            previous = Some(date);
        }
    }
    Ok(())
}

async fn slug_exists<C: ConnectionTrait>(conn: &C, slug: &str) -> Result<bool> {
    Ok(consultations::Entity::find()
        .filter(consultations::Column::Slug.eq(slug))
        .one(conn)
        .await?
        .is_some())
}

fn slug_taken(err: &sea_orm::DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// Whether the person may create or manage some consultation (the role-level question asked
/// before any request body is looked at): administrators and policy-lab members.
pub async fn may_manage_some<C: ConnectionTrait>(conn: &C, person: &Account) -> Result<bool> {
    Ok(person.is_admin() || organizations::belongs_to_any(conn, person.id, &["lab"]).await?)
}

/// Who may own a consultation the creator makes: admins any organization (or none), lab
/// members one of their own labs.
async fn ensure_may_own<C: ConnectionTrait>(
    conn: &C,
    creator: &Account,
    owner: Option<Uuid>,
) -> Result<()> {
    if creator.is_admin() {
        return Ok(());
    }
    match owner {
        Some(org) if organizations::is_lab_member(conn, creator.id, org).await? => Ok(()),
        Some(_) => Err(Error::Forbidden(
            "You can only create consultations for a policy lab you belong to.".into(),
        )),
        // The caller is a lab member (the route's extractor made sure): they must say which
        // of their labs runs it.
        None => Err(Error::field(
            "owner_organization_id",
            "required",
            "name the policy lab that runs this consultation",
        )),
    }
}

pub async fn create(db: &Db, creator: &Account, input: ConsultationInput) -> Result<Consultation> {
    let owner = input.owner_organization_id.flatten();
    ensure_may_own(db.reader(), creator, owner).await?;
    let mut errors = FieldErrors::new();
    for (field, present) in [
        ("title", input.title.is_some()),
        ("summary", input.summary.is_some()),
        ("body", input.body.is_some()),
    ] {
        if !present {
            errors.push(FieldError::new(field, "required", "is required"));
        }
    }
    let id = Uuid::now_v7();
    let now = now();
    let short_id = &id.simple().to_string()[24..];
    let derived_slug = match input.title.as_deref().map(text::slug_from_title) {
        Some(slug) if !slug.is_empty() => {
            // A title shared with another consultation gets the id's tail appended, so the
            // creator never has to fix a slug they did not choose.
            if slug_exists(db.reader(), &slug).await? {
                format!("{slug}-{short_id}")
            } else {
                slug
            }
        }
        _ => format!("c-{short_id}"),
    };
    let mut row = consultations::ActiveModel {
        id: Set(id),
        slug: Set(derived_slug),
        title: Set(String::new()),
        summary: Set(String::new()),
        body: Set(String::new()),
        body_html: Set(String::new()),
        owner_organization_id: Set(owner),
        phase: Set(Phase::Draft.as_str().to_owned()),
        themes: Set(Value::Array(vec![])),
        provinces: Set(Value::Array(vec![])),
        criteria: Set(Value::Array(vec![])),
        ideation_starts_at: Set(None),
        voting_starts_at: Set(None),
        review_starts_at: Set(None),
        closes_at: Set(None),
        proposal_count: Set(0),
        answer_due_days: Set(None),
        answer_support_threshold: Set(None),
        created_by: Set(creator.id),
        created_at: Set(now),
        updated_at: Set(now),
        external_ref: Set(None),
    };
    apply(input, &mut row, &mut errors);
    errors.finish()?;
    let txn = db.begin_write().await?;
    let created = row.insert(&txn).await.map_err(|err| {
        if slug_taken(&err) {
            Error::field("slug", "taken", "another consultation uses this slug")
        } else {
            err.into()
        }
    })?;
    check_timeline(&created)?;
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(creator.id),
            action: "consultation.created",
            target_type: "consultation",
            target_id: Some(created.id),
            reason: None,
            before: None,
            after: Some(snapshot(&created)),
        },
    )
    .await?;
    crate::outbox::search::touch(
        &txn,
        crate::outbox::search::DocType::Consultation,
        created.id,
    )
    .await?;
    txn.commit().await?;
    Ok(created)
}

pub async fn update(
    db: &Db,
    editor: &Account,
    id_or_slug: &str,
    input: ConsultationInput,
) -> Result<Consultation> {
    let txn = db.begin_write().await?;
    let current = get(&txn, Some(editor), id_or_slug).await?;
    if !can_manage(&txn, editor, &current).await? {
        return Err(Error::Forbidden(
            "Only administrators and the owning lab's members can edit this consultation.".into(),
        ));
    }
    if let Some(owner) = input.owner_organization_id {
        ensure_may_own(&txn, editor, owner).await?;
    }
    let mut errors = FieldErrors::new();
    let mut row: consultations::ActiveModel = current.clone().into();
    apply(input, &mut row, &mut errors);
    errors.finish()?;
    row.updated_at = Set(now());
    let updated = row.update(&txn).await.map_err(|err| {
        if slug_taken(&err) {
            Error::field("slug", "taken", "another consultation uses this slug")
        } else {
            err.into()
        }
    })?;
    check_timeline(&updated)?;
    let phase_changed = updated.phase != current.phase;
    let action = if phase_changed {
        "consultation.phase_changed"
    } else {
        "consultation.updated"
    };
    if phase_changed && Phase::of(&updated) != Phase::Draft {
        notifications::emit(
            &txn,
            &Event::PhaseChanged {
                consultation_id: updated.id,
                actor_id: Some(editor.id),
            },
        )
        .await?;
    }
    audit::record(
        &txn,
        AuditEntry {
            actor_id: Some(editor.id),
            action,
            target_type: "consultation",
            target_id: Some(updated.id),
            reason: None,
            before: Some(snapshot(&current)),
            after: Some(snapshot(&updated)),
        },
    )
    .await?;
    crate::outbox::search::touch(
        &txn,
        crate::outbox::search::DocType::Consultation,
        updated.id,
    )
    .await?;
    let draft_now = Phase::of(&updated) == Phase::Draft;
    if draft_now != (Phase::of(&current) == Phase::Draft) {
        // Its proposals and comments leave the public index with it, or come back with it.
        crate::outbox::search::touch_content_of_consultation(&txn, updated.id).await?;
    }
    txn.commit().await?;
    Ok(updated)
}

/// Keeps the consultation's proposal count in step, inside the caller's transaction.
pub async fn add_to_proposal_count<C: ConnectionTrait>(
    conn: &C,
    id: Uuid,
    delta: i32,
) -> Result<()> {
    consultations::Entity::update_many()
        .col_expr(
            consultations::Column::ProposalCount,
            Expr::col(consultations::Column::ProposalCount).add(delta),
        )
        .filter(consultations::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Counts a consultation's listed, not withdrawn proposals from the proposal rows.
pub async fn recount_proposals<C: ConnectionTrait>(conn: &C, id: Uuid) -> Result<i32> {
    let n = proposals::Entity::find()
        .filter(proposals::Column::ConsultationId.eq(id))
        .filter(visibility::counted_proposals())
        .count(conn)
        .await?;
    Ok(n as i32)
}
