//! A result's and a milestone's fields as sent, checked all at once so a form shows every
//! problem together.

use chrono::NaiveDate;

use crate::domain::{markdown, provinces, text};
use crate::error::{FieldError, FieldErrors};

/// A result's describing fields. On create, `title` and `description` are required; on edit,
/// a field left out (`None`) stays as it is and `Some(None)` clears an optional one.
#[derive(Debug, Default, Clone)]
pub struct ResultFields {
    pub title: Option<String>,
    pub title_en: Option<Option<String>>,
    pub description: Option<String>,
    pub description_en: Option<Option<String>>,
    pub province: Option<Option<String>>,
    pub start_date: Option<Option<NaiveDate>>,
    pub end_date: Option<Option<NaiveDate>>,
}

/// The fields once `check` has passed them: only it makes one.
#[derive(Debug, Clone)]
pub struct CheckedFields(ResultFields);

impl CheckedFields {
    pub fn into_fields(self) -> ResultFields {
        self.0
    }
}

fn optional<T>(
    raw: Option<Option<String>>,
    parse: impl Fn(&str) -> Result<T, FieldError>,
) -> Result<Option<Option<T>>, FieldError> {
    match raw {
        None => Ok(None),
        Some(None) => Ok(Some(None)),
        Some(Some(value)) if value.trim().is_empty() => Ok(Some(None)),
        Some(Some(value)) => parse(&value).map(|v| Some(Some(v))),
    }
}

fn province(raw: &str) -> Result<String, FieldError> {
    provinces::find(raw.trim())
        .map(|p| p.th.to_owned())
        .ok_or_else(|| {
            FieldError::new("province", "unknown_province", "not a province of Thailand")
        })
}

impl ResultFields {
    /// Checks every field; `creating` makes title and description required. `dates` are the
    /// result's current start and end, for checking an edit of only one of them.
    pub fn check(
        self,
        errors: &mut FieldErrors,
        creating: bool,
        dates: (Option<NaiveDate>, Option<NaiveDate>),
    ) -> CheckedFields {
        if creating && self.title.is_none() {
            errors.push(FieldError::new("title", "required", "must not be empty"));
        }
        if creating && self.description.is_none() {
            errors.push(FieldError::new(
                "description",
                "required",
                "must not be empty",
            ));
        }
        let checked = ResultFields {
            title: self
                .title
                .and_then(|t| errors.check(text::title("title", &t, 3, 200))),
            title_en: errors
                .check(optional(self.title_en, |t| {
                    text::title("title_en", t, 3, 200)
                }))
                .flatten(),
            description: self
                .description
                .and_then(|d| errors.check(markdown::body("description", &d, 1, 10_000))),
            description_en: errors
                .check(optional(self.description_en, |d| {
                    markdown::body("description_en", d, 1, 10_000)
                }))
                .flatten(),
            province: errors.check(optional(self.province, province)).flatten(),
            start_date: self.start_date,
            end_date: self.end_date,
        };
        let start = checked.start_date.unwrap_or(dates.0);
        let end = checked.end_date.unwrap_or(dates.1);
        if let (Some(start), Some(end)) = (start, end) {
            if end < start {
                errors.push(FieldError::new(
                    "end_date",
                    "before_start",
                    "must not be before the start date",
                ));
            }
        }
        CheckedFields(checked)
    }
}

/// A milestone's fields; on create, `title` and `due_date` are required.
#[derive(Debug, Default, Clone)]
pub struct MilestoneFields {
    pub title: Option<String>,
    pub due_date: Option<NaiveDate>,
    pub done_date: Option<Option<NaiveDate>>,
    /// Markdown: what shows the milestone was reached, with links.
    pub evidence: Option<String>,
}

impl MilestoneFields {
    pub fn check(mut self, errors: &mut FieldErrors, creating: bool) -> MilestoneFields {
        if creating && self.title.is_none() {
            errors.push(FieldError::new("title", "required", "must not be empty"));
        }
        if creating && self.due_date.is_none() {
            errors.push(FieldError::new("due_date", "required", "must be a date"));
        }
        self.title = self
            .title
            .and_then(|t| errors.check(text::title("title", &t, 3, 200)));
        self.evidence = self
            .evidence
            .and_then(|e| errors.check(markdown::body("evidence", &e, 0, 5_000)));
        self
    }
}
