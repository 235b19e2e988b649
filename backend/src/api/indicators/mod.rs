//! Impact indicators: `/api/v1/results/{id}/indicators`,
//! `/api/v1/consultations/{id}/indicators`, `/api/v1/indicators/{id}` and
//! `/api/v1/indicators/{id}/values`: what a result, or a consultation, is meant to change,
//! and the figures measured for it.

mod read;
mod values;
mod write;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::api::double_option;
use crate::domain::indicators::input::{IndicatorFields, ValueFields};
use crate::domain::indicators::read::IndicatorView;
use crate::domain::indicators::IndicatorValue as Value;
use crate::domain::indicators::{direction, progress, Direction};

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(read::list_result_indicators)
        .service(read::list_consultation_indicators)
        .service(write::create_result_indicator)
        .service(write::create_consultation_indicator)
        .service(write::edit_indicator)
        .service(write::delete_indicator)
        .service(values::record_indicator_value);
}

/// One measured figure.
#[derive(Serialize, ToSchema)]
pub struct IndicatorValueResponse {
    pub id: Uuid,
    pub value: f64,
    pub measured_on: NaiveDate,
    /// Where the figure came from.
    pub source: String,
    pub source_url: Option<String>,
    /// Why it was recorded, such as what it corrects.
    pub note: Option<String>,
    pub recorded_at: DateTime<Utc>,
}

impl From<&Value> for IndicatorValueResponse {
    fn from(v: &Value) -> Self {
        IndicatorValueResponse {
            id: v.id,
            value: v.value,
            measured_on: v.measured_on,
            source: v.source.clone(),
            source_url: v.source_url.clone(),
            note: v.note.clone(),
            recorded_at: v.created_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct IndicatorResponse {
    pub id: Uuid,
    pub consultation_id: Uuid,
    /// The result it measures; absent for one of the consultation as a whole.
    pub result_id: Option<Uuid>,
    pub name: String,
    pub name_en: Option<String>,
    /// Free text, such as "cases", "%" or "baht".
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
    /// Which way the figure should move, from the baseline toward the target.
    pub direction: Direction,
    pub description: Option<String>,
    /// Its place among its result's (or its consultation's own) indicators, lowest first.
    pub position: i32,
    /// The latest measured value, if any: measured last, and of one day's, recorded last.
    pub latest: Option<IndicatorValueResponse>,
    /// 0–100: how far the latest value has gone from the baseline toward the target; absent
    /// before any value.
    pub progress: Option<i32>,
    /// Every measured value, oldest measurement first.
    pub values: Vec<IndicatorValueResponse>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<IndicatorView> for IndicatorResponse {
    fn from(v: IndicatorView) -> Self {
        let latest = v.latest().map(IndicatorValueResponse::from);
        let i = v.indicator;
        IndicatorResponse {
            id: i.id,
            consultation_id: i.consultation_id,
            result_id: i.result_id,
            direction: direction(i.baseline, i.target),
            progress: latest
                .as_ref()
                .map(|l| progress(i.baseline, i.target, l.value)),
            latest,
            name: i.name,
            name_en: i.name_en,
            unit: i.unit,
            baseline: i.baseline,
            target: i.target,
            description: i.description,
            position: i.position,
            values: v.values.iter().map(IndicatorValueResponse::from).collect(),
            created_at: i.created_at,
            updated_at: i.updated_at,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct IndicatorList {
    /// For a consultation: its own first, then each result's; each group in its order.
    pub items: Vec<IndicatorResponse>,
    /// Whether the caller may add indicators here (present when signed in): to the result,
    /// or to the consultation itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub viewer_may_edit: Option<bool>,
}

/// An indicator's fields. On create, `name`, `unit`, `baseline` and `target` are required;
/// on update, fields left out stay as they are and `null` clears an optional one.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IndicatorRequest {
    /// 3–200 characters.
    pub name: Option<String>,
    #[serde(default, deserialize_with = "double_option")]
    pub name_en: Option<Option<String>>,
    /// 1–40 characters, such as "cases", "%" or "baht".
    pub unit: Option<String>,
    /// Where the figure stood before; finite, at most 10^12 either way.
    pub baseline: Option<f64>,
    /// Where it should get to; not equal to the baseline.
    pub target: Option<f64>,
    /// Plain text, at most 2,000 characters.
    #[serde(default, deserialize_with = "double_option")]
    pub description: Option<Option<String>>,
    /// 0–10,000; after the others when left out on create.
    pub position: Option<i32>,
}

impl From<IndicatorRequest> for IndicatorFields {
    fn from(r: IndicatorRequest) -> Self {
        IndicatorFields {
            name: r.name,
            name_en: r.name_en,
            unit: r.unit,
            baseline: r.baseline,
            target: r.target,
            description: r.description,
            position: r.position,
        }
    }
}

/// A measured value.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IndicatorValueRequest {
    /// Finite, at most 10^12 either way.
    pub value: Option<f64>,
    /// Not after today (in Thailand).
    pub measured_on: Option<NaiveDate>,
    /// Required: where the figure came from, 2–300 characters.
    pub source: Option<String>,
    /// An http(s) address of the source.
    pub source_url: Option<String>,
    /// At most 1,000 characters, such as which earlier value this corrects.
    pub note: Option<String>,
}

impl From<IndicatorValueRequest> for ValueFields {
    fn from(r: IndicatorValueRequest) -> Self {
        ValueFields {
            value: r.value,
            measured_on: r.measured_on,
            source: r.source,
            source_url: r.source_url,
            note: r.note,
        }
    }
}
