//! `/api/v1/search`: proposals, comments and consultations found by their words.

mod query;

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;
use utoipa_actix_web::service_config::ServiceConfig;
use uuid::Uuid;

use crate::search::service::ShownHit;
use crate::search::DocType;

pub fn routes(cfg: &mut ServiceConfig) {
    cfg.service(query::search);
}

#[derive(Serialize, ToSchema)]
pub struct SearchHit {
    #[serde(rename = "type")]
    pub doc_type: DocType,
    pub id: Uuid,
    /// Plain text.
    pub title: String,
    /// The title as HTML: escaped, matched words in `<mark>`.
    pub title_html: String,
    /// HTML: a passage around the first match, escaped, matched words in `<mark>`.
    pub snippet: String,
    pub consultation_id: Uuid,
    /// For a comment, the proposal it is under.
    pub proposal_id: Option<Uuid>,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub status: Option<String>,
    /// False only for moderators looking at hidden, withdrawn or merged items.
    pub visible: bool,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub score: f32,
}

impl From<ShownHit> for SearchHit {
    fn from(h: ShownHit) -> Self {
        SearchHit {
            doc_type: h.doc_type,
            id: h.id,
            title: h.title,
            title_html: h.title_html,
            snippet: h.snippet,
            consultation_id: h.consultation_id,
            proposal_id: h.proposal_id,
            theme: h.theme,
            province: h.province,
            status: h.status,
            visible: h.visible,
            created_at: chrono::DateTime::from_timestamp_millis(h.created_at).unwrap_or_default(),
            score: h.score,
        }
    }
}

/// How many matching items carry each value.
#[derive(Serialize, ToSchema)]
pub struct SearchFacets {
    pub theme: BTreeMap<String, u64>,
    pub province: BTreeMap<String, u64>,
    pub status: BTreeMap<String, u64>,
}

#[derive(Serialize, ToSchema)]
pub struct SearchResponse {
    pub items: Vec<SearchHit>,
    pub next_cursor: Option<String>,
    /// Matching items in all pages.
    pub total: u64,
    pub facets: SearchFacets,
}
