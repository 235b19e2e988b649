//! Full-text search over proposals, comments and consultations, in Thai and English.
//!
//! One contract, two engines that answer alike: `embedded` (tantivy with charabia's Thai word
//! segmentation, the default, no server) and `meili` (a Meilisearch server, for production).
//! The database stays the source of truth: every write that changes searchable content marks
//! the document in `search_pending` in its own transaction (`outbox::search`, below the domain
//! that writes it), and the `indexer` copies the document's current state into the engine, so
//! the index converges on what the database says whatever crashes or outages come between.

pub mod caught_up;
pub mod documents;
pub mod embedded;
pub mod highlight;
pub mod indexer;
pub mod meili;
pub mod meili_key;
pub mod query;
pub mod reconcile;
pub mod service;
pub mod synonyms;
pub mod text;

use std::collections::BTreeMap;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use crate::outbox::search::DocType;
pub use caught_up::CaughtUp;
pub use service::SearchService;

/// Search pages go this deep at most (past that, a narrower query serves better); both
/// engines answer every page up to here.
pub const MAX_OFFSET: usize = 1000;
/// The largest page a search may ask for.
pub const MAX_LIMIT: usize = 100;
/// How many values of each facet are counted, most frequent first.
pub const MAX_FACET_VALUES: usize = 500;

/// What the index holds for one document: its text, and every field a filter, a facet or a
/// sort needs, so no search has to ask the database.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchDoc {
    pub key: String,
    #[serde(rename = "type")]
    pub doc_type: DocType,
    pub id: Uuid,
    pub title: String,
    pub body: String,
    pub consultation: Uuid,
    /// For a comment, the proposal it is under.
    pub proposal: Option<Uuid>,
    /// For a comment, its proposal's title: shown with the hit, never searched (or every
    /// comment would match the words of its proposal's title).
    #[serde(default)]
    pub proposal_title: Option<String>,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub status: Option<String>,
    /// Whether the public may see it: not hidden, withdrawn, merged away or a draft.
    pub visible: bool,
    /// Milliseconds since the epoch.
    pub created_at: i64,
    /// What `sort=top` orders by: a proposal's support score, a comment's net votes, a
    /// consultation's proposal count.
    pub support: i64,
    /// The database's change counter for this document when it was read; an engine never
    /// replaces a document with an older version of it.
    pub version: i64,
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Sort {
    #[default]
    Relevance,
    New,
    Top,
}

/// Which hidden documents a caller may see as well as the visible ones.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum HiddenScope {
    #[default]
    None,
    Everywhere,
    Consultations(Vec<Uuid>),
}

/// One search, already checked.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub text: String,
    /// Empty means every type.
    pub types: Vec<DocType>,
    pub consultation: Option<Uuid>,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub status: Option<String>,
    pub sort: Sort,
    pub offset: usize,
    pub limit: usize,
    pub hidden: HiddenScope,
}

#[derive(Debug, Clone)]
pub struct Hit {
    pub doc: SearchDoc,
    pub score: f32,
}

/// How many matching documents carry each value of a field.
pub type FacetCounts = BTreeMap<String, u64>;

#[derive(Debug, Clone, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Facets {
    pub theme: FacetCounts,
    pub province: FacetCounts,
    pub status: FacetCounts,
}

#[derive(Debug, Clone, Default)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub total: u64,
    pub facets: Facets,
}

/// A draft's likely duplicates are looked for among a consultation's visible proposals.
#[derive(Debug, Clone)]
pub struct SimilarQuery {
    pub consultation: Uuid,
    /// The draft's significant words (see `text::significant_words`).
    pub words: Vec<String>,
    pub limit: usize,
}

/// The engine failed or could not be reached.
#[derive(Debug, thiserror::Error)]
#[error("search engine: {0}")]
pub struct EngineError(pub String);

impl EngineError {
    pub fn from_display(error: impl std::fmt::Display) -> EngineError {
        EngineError(error.to_string())
    }
}

/// A search the engine cannot answer is a 503 for the caller; the cause goes to the log.
impl From<EngineError> for crate::error::Error {
    fn from(error: EngineError) -> Self {
        tracing::warn!(%error, "search engine unavailable");
        crate::error::Error::Unavailable("Search is unavailable right now; try again soon.".into())
    }
}

/// The two engines behind one door.
#[derive(Clone)]
pub enum Engine {
    Embedded(Arc<embedded::EmbeddedEngine>),
    Meili(Arc<meili::MeiliEngine>),
}

impl Engine {
    pub fn name(&self) -> &'static str {
        match self {
            Engine::Embedded(_) => "embedded",
            Engine::Meili(_) => "meilisearch",
        }
    }

    /// Whether this process may write the index now. The embedded index has one writer per
    /// folder, so only one process indexes; Meilisearch takes writes from anyone.
    pub async fn may_write(&self) -> bool {
        match self {
            Engine::Embedded(e) => {
                let e = Arc::clone(e);
                tokio::task::spawn_blocking(move || e.may_write())
                    .await
                    .unwrap_or(false)
            }
            Engine::Meili(_) => true,
        }
    }

    /// Makes the index ready for searches before any write: Meilisearch's index is created
    /// with its settings (the embedded index is ready once opened).
    pub async fn prepare(&self) -> Result<(), EngineError> {
        match self {
            Engine::Embedded(_) => Ok(()),
            Engine::Meili(m) => m.ensure_ready().await,
        }
    }

    /// Writes `upserts` (skipping any whose version is older than the one held) and removes
    /// `deletes` (keys), durably, before returning.
    pub async fn apply(
        &self,
        upserts: Vec<SearchDoc>,
        deletes: Vec<String>,
    ) -> Result<(), EngineError> {
        match self {
            Engine::Embedded(e) => {
                let e = Arc::clone(e);
                tokio::task::spawn_blocking(move || e.apply(upserts, deletes))
                    .await
                    .map_err(EngineError::from_display)?
            }
            Engine::Meili(m) => m.apply(upserts, deletes).await,
        }
    }

    /// Every document the index holds; only the fields `reconcile` compares are sure to be
    /// filled.
    pub async fn inventory(&self) -> Result<Vec<SearchDoc>, EngineError> {
        match self {
            Engine::Embedded(e) => {
                let e = Arc::clone(e);
                tokio::task::spawn_blocking(move || e.inventory())
                    .await
                    .map_err(EngineError::from_display)?
            }
            Engine::Meili(m) => m.inventory().await,
        }
    }

    pub async fn search(&self, query: Query) -> Result<Results, EngineError> {
        timed(self.name(), "search", self.search_untimed(query)).await
    }

    async fn search_untimed(&self, query: Query) -> Result<Results, EngineError> {
        match self {
            Engine::Embedded(e) => {
                let e = Arc::clone(e);
                tokio::task::spawn_blocking(move || e.search(&query))
                    .await
                    .map_err(EngineError::from_display)?
            }
            Engine::Meili(m) => m.search(&query).await,
        }
    }

    pub async fn similar(&self, query: SimilarQuery) -> Result<Vec<Hit>, EngineError> {
        timed(self.name(), "similar", self.similar_untimed(query)).await
    }

    async fn similar_untimed(&self, query: SimilarQuery) -> Result<Vec<Hit>, EngineError> {
        match self {
            Engine::Embedded(e) => {
                let e = Arc::clone(e);
                tokio::task::spawn_blocking(move || e.similar(&query))
                    .await
                    .map_err(EngineError::from_display)?
            }
            Engine::Meili(m) => m.similar(&query).await,
        }
    }
}

/// Runs one engine query, recording how long it took and whether it failed.
async fn timed<T>(
    engine: &'static str,
    operation: &'static str,
    query: impl std::future::Future<Output = Result<T, EngineError>>,
) -> Result<T, EngineError> {
    let started = std::time::Instant::now();
    let result = query.await;
    let labels = [("engine", engine), ("operation", operation)];
    metrics::histogram!(crate::monitoring::SEARCH_QUERY_DURATION, &labels)
        .record(started.elapsed().as_secs_f64());
    if result.is_err() {
        metrics::counter!(crate::monitoring::SEARCH_QUERY_ERRORS, &labels).increment(1);
    }
    result
}
