//! An indicator's and a measured value's fields as sent, checked all at once so a form shows
//! every problem together.

use chrono::{Duration, NaiveDate};

use crate::domain::{now, text};
use crate::error::{FieldError, FieldErrors};

/// The largest magnitude a baseline, target or value may have: room for any budget in baht,
/// small enough that the figures stay exact in a spreadsheet.
pub const MAX_MAGNITUDE: f64 = 1e12;

/// An indicator's fields. On create, `name`, `unit`, `baseline` and `target` are required; on
/// edit, a field left out (`None`) stays as it is and `Some(None)` clears an optional one.
#[derive(Debug, Default, Clone)]
pub struct IndicatorFields {
    pub name: Option<String>,
    pub name_en: Option<Option<String>>,
    pub unit: Option<String>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub description: Option<Option<String>>,
    pub position: Option<i32>,
}

/// A measured value as sent; `value`, `measured_on` and `source` are required.
#[derive(Debug, Default, Clone)]
pub struct ValueFields {
    pub value: Option<f64>,
    pub measured_on: Option<NaiveDate>,
    pub source: Option<String>,
    pub source_url: Option<String>,
    pub note: Option<String>,
}

/// The checked value, every required field present.
#[derive(Debug, Clone)]
pub struct CheckedValue {
    pub value: f64,
    pub measured_on: NaiveDate,
    pub source: String,
    pub source_url: Option<String>,
    pub note: Option<String>,
}

/// A finite number no larger than `MAX_MAGNITUDE` either way.
pub fn number(field: &str, raw: f64) -> Result<f64, FieldError> {
    if raw.is_finite() && raw.abs() <= MAX_MAGNITUDE {
        Ok(raw)
    } else {
        Err(FieldError::new(
            field,
            "out_of_range",
            "must be a finite number between -1,000,000,000,000 and 1,000,000,000,000",
        ))
    }
}

/// Today in Thailand, where figures are measured: seven hours ahead of UTC.
pub fn today_in_thailand() -> NaiveDate {
    (now() + Duration::hours(7)).date_naive()
}

fn optional_text(
    raw: Option<Option<String>>,
    parse: impl Fn(&str) -> Result<String, FieldError>,
) -> Result<Option<Option<String>>, FieldError> {
    match raw {
        None => Ok(None),
        Some(None) => Ok(Some(None)),
        Some(Some(value)) if value.trim().is_empty() => Ok(Some(None)),
        Some(Some(value)) => parse(&value).map(|v| Some(Some(v))),
    }
}

fn link(raw: &str) -> Result<String, FieldError> {
    let raw = raw.trim();
    let valid = (raw.starts_with("https://") || raw.starts_with("http://"))
        && raw.len() <= 500
        && raw.len() > "https://".len()
        && !raw
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"');
    if valid {
        Ok(raw.to_owned())
    } else {
        Err(FieldError::new(
            "source_url",
            "invalid",
            "must be an http(s) address of at most 500 characters",
        ))
    }
}

impl IndicatorFields {
    /// Checks every field; `creating` makes name, unit, baseline and target required.
    /// `current` is the indicator's baseline and target, for checking an edit of only one.
    pub fn check(
        self,
        errors: &mut FieldErrors,
        creating: bool,
        current: Option<(f64, f64)>,
    ) -> IndicatorFields {
        if creating {
            for (field, missing) in [
                ("name", self.name.is_none()),
                ("unit", self.unit.is_none()),
                ("baseline", self.baseline.is_none()),
                ("target", self.target.is_none()),
            ] {
                if missing {
                    errors.push(FieldError::new(field, "required", "must be given"));
                }
            }
        }
        let checked = IndicatorFields {
            name: self
                .name
                .and_then(|n| errors.check(text::title("name", &n, 3, 200))),
            name_en: errors
                .check(optional_text(self.name_en, |n| {
                    text::title("name_en", n, 3, 200)
                }))
                .flatten(),
            unit: self
                .unit
                .and_then(|u| errors.check(text::title("unit", &u, 1, 40))),
            baseline: self
                .baseline
                .and_then(|b| errors.check(number("baseline", b))),
            target: self.target.and_then(|t| errors.check(number("target", t))),
            description: errors
                .check(optional_text(self.description, |d| {
                    text::bounded("description", d, 1, 2_000)
                }))
                .flatten(),
            position: self.position.and_then(|p| {
                errors.check(if (0..=10_000).contains(&p) {
                    Ok(p)
                } else {
                    Err(FieldError::new(
                        "position",
                        "out_of_range",
                        "must be between 0 and 10,000",
                    ))
                })
            }),
        };
        let baseline = checked.baseline.or(current.map(|c| c.0));
        let target = checked.target.or(current.map(|c| c.1));
        if let (Some(baseline), Some(target)) = (baseline, target) {
            if baseline == target {
                errors.push(FieldError::new(
                    "target",
                    "equals_baseline",
                    "must differ from the baseline, so progress can be measured",
                ));
            }
        }
        checked
    }
}

impl ValueFields {
    pub fn check(self, errors: &mut FieldErrors) -> Option<CheckedValue> {
        let value = match self.value {
            None => {
                errors.push(FieldError::new("value", "required", "must be a number"));
                None
            }
            Some(v) => errors.check(number("value", v)),
        };
        let measured_on = match self.measured_on {
            None => {
                errors.push(FieldError::new("measured_on", "required", "must be a date"));
                None
            }
            Some(day) if day > today_in_thailand() => {
                errors.push(FieldError::new(
                    "measured_on",
                    "in_future",
                    "must not be after today",
                ));
                None
            }
            Some(day) => Some(day),
        };
        let source = match self.source.as_deref().map(str::trim) {
            None | Some("") => {
                errors.push(FieldError::new(
                    "source",
                    "required",
                    "say where the figure came from",
                ));
                None
            }
            Some(s) => errors.check(text::title("source", s, 2, 300)),
        };
        let source_url = match self.source_url.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(url) => errors.check(link(url)).map(Some),
        };
        let note = match self.note.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(n) => errors.check(text::bounded("note", n, 1, 1_000)).map(Some),
        };
        Some(CheckedValue {
            value: value?,
            measured_on: measured_on?,
            source: source?,
            source_url: source_url?,
            note: note?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_must_be_finite_and_bounded() {
        assert!(number("value", f64::NAN).is_err());
        assert!(number("value", f64::INFINITY).is_err());
        assert!(number("value", 2e12).is_err());
        assert_eq!(number("value", -12.5), Ok(-12.5));
    }

    #[test]
    fn a_target_equal_to_the_baseline_is_refused_also_on_edit() {
        let mut errors = FieldErrors::new();
        IndicatorFields {
            target: Some(10.0),
            ..Default::default()
        }
        .check(&mut errors, false, Some((10.0, 20.0)));
        assert!(errors.finish().is_err());
    }

    #[test]
    fn a_value_needs_a_source_and_a_date_not_in_the_future() {
        let mut errors = FieldErrors::new();
        let checked = ValueFields {
            value: Some(1.0),
            measured_on: Some(today_in_thailand() + Duration::days(2)),
            source: Some("  ".into()),
            ..Default::default()
        }
        .check(&mut errors);
        assert!(checked.is_none());
        let Err(crate::error::Error::Validation(fields)) = errors.finish() else {
            panic!("expected field errors");
        };
        let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(names, ["measured_on", "source"]);
    }
}
