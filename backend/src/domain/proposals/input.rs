//! What an author sends for a proposal, and the checks its fields go through.

use crate::db::entities::consultations::Model as Consultation;
use crate::domain::consultations::label_list;
use crate::domain::{markdown, text};
use crate::error::{FieldError, FieldErrors, Result};

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

pub(super) fn check_fields(
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

pub(super) struct ParsedFields {
    pub(super) title: Option<String>,
    pub(super) body: Option<String>,
    pub(super) theme: Option<Option<String>>,
    pub(super) province: Option<Option<String>>,
}
