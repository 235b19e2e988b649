//! What a creator or editor sends, and the checks it goes through before a write.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveEnum, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, SqlErr};
use serde_json::Value;
use uuid::Uuid;

use super::Phase;
use crate::db::entities::consultations::{self, Model as Consultation};
use crate::domain::accounts::Account;
use crate::domain::{markdown, organizations, provinces, text};
use crate::error::{Error, FieldError, FieldErrors, Result};

/// What a creator or editor sends. On create, title, summary and body are required.
#[derive(Debug, Default, Clone)]
pub struct ConsultationInput {
    pub slug: Option<String>,
    pub title: Option<String>,
    pub summary: Option<String>,
    /// `Some(None)` (or blank text) clears it.
    pub title_en: Option<Option<String>>,
    pub summary_en: Option<Option<String>>,
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

pub(super) fn labels(field: &str, raw: &[String]) -> Result<Value, FieldError> {
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

/// Provinces from the official list, stored by their Thai names whichever name was sent, so
/// a misspelling never splits a province's proposals in two.
fn province_labels(raw: &[String]) -> Result<Value, FieldError> {
    let mut seen: Vec<&'static str> = Vec::new();
    for name in raw {
        let Some(province) = provinces::find(name) else {
            return Err(FieldError::new(
                "provinces",
                "unknown_province",
                format!("{name:?} is not one of Thailand's 77 provinces"),
            ));
        };
        if seen.contains(&province.th) {
            return Err(FieldError::new(
                "provinces",
                "duplicate",
                format!("{:?} appears twice", province.th),
            ));
        }
        seen.push(province.th);
    }
    Ok(Value::from(seen))
}

pub(super) fn snapshot(c: &Consultation) -> Value {
    serde_json::json!({
        "slug": c.slug, "title": c.title, "phase": c.phase,
        "title_en": c.title_en, "summary_en": c.summary_en,
        "themes": c.themes, "provinces": c.provinces, "criteria": c.criteria,
        "owner_organization_id": c.owner_organization_id,
        "answer_due_days": c.answer_due_days,
        "answer_support_threshold": c.answer_support_threshold,
    })
}

/// An optional translation: absent or blank clears it, anything else is checked like the Thai.
fn optional(
    value: Option<String>,
    check: impl Fn(&str) -> Result<String, FieldError>,
) -> Result<Option<String>, FieldError> {
    match value {
        Some(v) if !v.trim().is_empty() => check(&v).map(Some),
        _ => Ok(None),
    }
}

/// Applies the input's fields to `row`, collecting every field problem.
pub(super) fn apply(
    mut input: ConsultationInput,
    row: &mut consultations::ActiveModel,
    errors: &mut FieldErrors,
) {
    apply_text(&mut input, row, errors);
    if let Some(phase) = input.phase {
        match Phase::try_from_value(&phase) {
            Ok(phase) => row.phase = Set(phase),
            Err(_) => errors.push(FieldError::new(
                "phase",
                "invalid",
                "must be draft, ideation, voting, review or closed",
            )),
        }
    }
    if let Some(value) = input.provinces {
        if let Some(json) = errors.check(province_labels(&value)) {
            row.provinces = Set(json);
        }
    }
    for (field, value, slot) in [
        ("themes", input.themes, &mut row.themes),
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
            Some(t) if !(0..=1_000_000_000).contains(&t) => errors.push(FieldError::new(
                "answer_support_threshold",
                "out_of_range",
                "must be 0 to 1,000,000,000 agree votes",
            )),
            _ => row.answer_support_threshold = Set(threshold.map(|t| t as i32)),
        }
    }
}

/// The texts: slug, Thai title and summary, their optional English, and the body.
fn apply_text(
    input: &mut ConsultationInput,
    row: &mut consultations::ActiveModel,
    errors: &mut FieldErrors,
) {
    if let Some(slug) = input.slug.take() {
        if let Some(slug) = errors.check(text::slug("slug", &slug)) {
            row.slug = Set(slug);
        }
    }
    if let Some(title) = input.title.take() {
        if let Some(title) = errors.check(text::title("title", &title, 5, 200)) {
            row.title = Set(title);
        }
    }
    if let Some(summary) = input.summary.take() {
        if let Some(summary) = errors.check(text::bounded("summary", &summary, 1, 500)) {
            row.summary = Set(summary);
        }
    }
    if let Some(title_en) = input.title_en.take() {
        if let Some(v) = errors.check(optional(title_en, |t| text::title("title_en", t, 5, 200))) {
            row.title_en = Set(v);
        }
    }
    if let Some(summary_en) = input.summary_en.take() {
        let checked = optional(summary_en, |s| text::bounded("summary_en", s, 1, 500));
        if let Some(v) = errors.check(checked) {
            row.summary_en = Set(v);
        }
    }
    if let Some(body) = input.body.take() {
        if let Some(body) = errors.check(markdown::body("body", &body, 1, 50_000)) {
            row.body_html = Set(markdown::render(&body));
            row.body = Set(body);
        }
    }
}

/// Timeline dates, where given, must follow the phase order.
pub(super) fn check_timeline(c: &Consultation) -> Result<()> {
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

pub(super) async fn slug_exists<C: ConnectionTrait>(conn: &C, slug: &str) -> Result<bool> {
    Ok(consultations::Entity::find()
        .filter(consultations::Column::Slug.eq(slug))
        .one(conn)
        .await?
        .is_some())
}

pub(super) fn slug_taken(err: &sea_orm::DbErr) -> bool {
    matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_)))
}

/// Who may own a consultation the creator makes: admins any organization (or none), members
/// of a verified lab or agency one of their own.
pub(super) async fn ensure_may_own<C: ConnectionTrait>(
    conn: &C,
    creator: &Account,
    owner: Option<Uuid>,
) -> Result<()> {
    if creator.is_admin() {
        return Ok(());
    }
    match owner {
        Some(org) if organizations::is_convener_member(conn, creator.id, org).await? => Ok(()),
        Some(_) => Err(Error::Forbidden(
            "You can only create consultations for a verified policy lab or agency you belong to."
                .into(),
        )),
        // The caller belongs to a lab or agency (the route's extractor made sure): they must
        // say which of theirs runs it.
        None => Err(Error::field(
            "owner_organization_id",
            "required",
            "name the policy lab or agency that runs this consultation",
        )),
    }
}
