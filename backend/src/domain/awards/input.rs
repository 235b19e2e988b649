//! An award call's, criterion's, application's and assessment's fields as sent, checked all at
//! once so a form shows every problem together ("parse, don't validate": what comes out is
//! complete).

use uuid::Uuid;

use super::scoring::{HIGHEST_SCORE, LOWEST_SCORE};
use super::AwardDimension;
use crate::domain::text;
use crate::error::{Error, FieldError, FieldErrors, Result};

/// How many criteria a call may have.
pub const MAX_CRITERIA: usize = 30;

/// A criterion as sent.
#[derive(Debug, Clone)]
pub struct CriterionFields {
    pub dimension: AwardDimension,
    pub name: String,
    pub name_en: Option<String>,
    pub weight: i32,
}

/// A call as sent.
#[derive(Debug, Clone)]
pub struct CallFields {
    /// The organisation running it, by id or slug.
    pub organization: String,
    pub title: String,
    pub title_en: Option<String>,
    pub description: String,
    pub site_visit_threshold: i32,
    pub criteria: Vec<CriterionFields>,
}

fn optional_title(field: &str, raw: Option<String>) -> Result<Option<String>, FieldError> {
    match raw {
        Some(value) if !value.trim().is_empty() => text::title(field, &value, 3, 200).map(Some),
        _ => Ok(None),
    }
}

impl CallFields {
    pub fn check(self) -> Result<CallFields> {
        let mut errors = FieldErrors::new();
        let title = errors.check(text::title("title", &self.title, 5, 200));
        let title_en = errors
            .check(optional_title("title_en", self.title_en))
            .flatten();
        let description = errors.check(text::bounded("description", &self.description, 10, 5_000));
        if !(0..=100).contains(&self.site_visit_threshold) {
            errors.push(FieldError::new(
                "site_visit_threshold",
                "out_of_range",
                "must be a percentage from 0 to 100",
            ));
        }
        if self.criteria.is_empty() || self.criteria.len() > MAX_CRITERIA {
            errors.push(FieldError::new(
                "criteria",
                "invalid",
                format!("must list 1 to {MAX_CRITERIA} criteria"),
            ));
        }
        let mut criteria = Vec::with_capacity(self.criteria.len());
        for (i, c) in self.criteria.into_iter().enumerate() {
            let name = errors.check(text::title(&format!("criteria[{i}].name"), &c.name, 3, 200));
            let name_en = errors
                .check(optional_title(&format!("criteria[{i}].name_en"), c.name_en))
                .flatten();
            if !(1..=100).contains(&c.weight) {
                errors.push(FieldError::new(
                    &format!("criteria[{i}].weight"),
                    "out_of_range",
                    "must be a whole number from 1 to 100",
                ));
            }
            if let Some(name) = name {
                criteria.push(CriterionFields {
                    dimension: c.dimension,
                    name,
                    name_en,
                    weight: c.weight,
                });
            }
        }
        errors.finish()?;
        Ok(CallFields {
            organization: self.organization,
            title: title.unwrap_or_default(),
            title_en,
            description: description.unwrap_or_default(),
            site_visit_threshold: self.site_visit_threshold,
            criteria,
        })
    }
}

/// An application as sent.
#[derive(Debug, Clone)]
pub struct ApplicationFields {
    /// The applying organisation, by id or slug.
    pub organization: String,
    pub title: String,
    pub summary: String,
}

impl ApplicationFields {
    pub fn check(self) -> Result<ApplicationFields> {
        let mut errors = FieldErrors::new();
        let title = errors.check(text::title("title", &self.title, 5, 200));
        let summary = errors.check(text::bounded("summary", &self.summary, 20, 10_000));
        errors.finish()?;
        Ok(ApplicationFields {
            organization: self.organization,
            title: title.unwrap_or_default(),
            summary: summary.unwrap_or_default(),
        })
    }
}

/// Scores as sent: each criterion once, each score 1–5.
pub fn check_scores(scores: &[(Uuid, i32)], criteria: &[Uuid]) -> Result<()> {
    let mut errors = FieldErrors::new();
    if scores.is_empty() {
        errors.push(FieldError::new(
            "scores",
            "required",
            "must score at least one criterion",
        ));
    }
    let mut seen = std::collections::HashSet::new();
    for (i, (criterion, score)) in scores.iter().enumerate() {
        if !criteria.contains(criterion) {
            errors.push(FieldError::new(
                &format!("scores[{i}].criterion_id"),
                "unknown",
                "is not a criterion of this award",
            ));
        } else if !seen.insert(*criterion) {
            errors.push(FieldError::new(
                &format!("scores[{i}].criterion_id"),
                "duplicate",
                "is scored twice",
            ));
        }
        if !(LOWEST_SCORE..=HIGHEST_SCORE).contains(score) {
            errors.push(FieldError::new(
                &format!("scores[{i}].score"),
                "out_of_range",
                format!("must be a whole number from {LOWEST_SCORE} to {HIGHEST_SCORE}"),
            ));
        }
    }
    errors.finish()
}

/// A declaration's note: required when declaring a conflict, at most 1,000 characters.
pub fn conflict_note(has_conflict: bool, note: Option<String>) -> Result<Option<String>> {
    let note = note.filter(|n| !n.trim().is_empty());
    match note {
        Some(n) => Ok(Some(
            text::bounded("note", &n, 3, 1_000).map_err(|e| Error::Validation(vec![e]))?,
        )),
        None if has_conflict => Err(Error::field(
            "note",
            "required",
            "say what the conflict of interest is",
        )),
        None => Ok(None),
    }
}
