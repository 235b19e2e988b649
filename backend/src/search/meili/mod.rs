//! The Meilisearch engine, through meilisearch-sdk. Meilisearch segments Thai with charabia
//! too, so both engines cut words alike. Its index settings are applied by code, and only
//! when they differ from what the server holds. Every write waits for its task, so when
//! `apply` returns the change is searchable and the indexer may record it as done.

mod search;
mod settings;

use search::quoted;
use settings::{desired_settings, settings_match};

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use meilisearch_sdk::client::{Client, SwapIndexes};
use meilisearch_sdk::documents::DocumentsQuery;
use meilisearch_sdk::errors::ErrorCode;
use meilisearch_sdk::task_info::TaskInfo;
use meilisearch_sdk::tasks::Task;
use serde::Deserialize;
use uuid::Uuid;

use super::synonyms::Synonyms;
use super::{DocType, EngineError, SearchDoc};

const PRIMARY_KEY: &str = "key";
const TASK_TIMEOUT: Duration = Duration::from_secs(60);
const TASK_POLL: Duration = Duration::from_millis(20);
const FACETS: [&str; 3] = ["theme", "province", "status"];

fn engine_error(error: impl std::fmt::Display) -> EngineError {
    EngineError::from_display(error)
}

/// The index does not exist (yet): searches find nothing, settings create it.
fn is_index_not_found(error: &meilisearch_sdk::errors::Error) -> bool {
    matches!(
        error,
        meilisearch_sdk::errors::Error::Meilisearch(e) if e.error_code == ErrorCode::IndexNotFound
    )
}

#[derive(Deserialize)]
struct HeldVersion {
    key: String,
    version: i64,
}

/// The fields a reconciliation compares (see `reconcile`); the text is left on the server.
const HELD_FIELDS: [&str; 9] = [
    "key",
    "type",
    "id",
    "consultation",
    "theme",
    "province",
    "status",
    "visible",
    "version",
];

#[derive(Deserialize)]
struct HeldDoc {
    key: String,
    #[serde(rename = "type")]
    doc_type: DocType,
    id: Uuid,
    consultation: Uuid,
    theme: Option<String>,
    province: Option<String>,
    status: Option<String>,
    visible: bool,
    version: i64,
}

impl HeldDoc {
    fn into_doc(self) -> SearchDoc {
        SearchDoc {
            key: self.key,
            doc_type: self.doc_type,
            id: self.id,
            title: String::new(),
            body: String::new(),
            consultation: self.consultation,
            proposal: None,
            proposal_title: None,
            theme: self.theme,
            province: self.province,
            status: self.status,
            visible: self.visible,
            created_at: 0,
            support: 0,
            version: self.version,
        }
    }
}

pub struct MeiliEngine {
    client: Client,
    uid: String,
    /// Whether the index exists with our settings (checked once per process, again after a
    /// failure, since the server may have been replaced).
    ready: AtomicBool,
    synonyms: Synonyms,
}

impl MeiliEngine {
    /// Does not contact the server: it may be down, and writes must still succeed.
    pub fn new(url: &str, key: Option<&str>, uid: &str) -> Result<MeiliEngine, EngineError> {
        Ok(MeiliEngine {
            client: Client::new(url, key).map_err(engine_error)?,
            uid: uid.to_owned(),
            ready: AtomicBool::new(false),
            synonyms: Synonyms::built_in(),
        })
    }

    /// Searches with these synonym groups instead of the built-in ones.
    pub fn with_synonyms(mut self, synonyms: Synonyms) -> MeiliEngine {
        self.synonyms = synonyms;
        self
    }

    async fn wait(&self, task: TaskInfo) -> Result<(), EngineError> {
        match task
            .wait_for_completion(&self.client, Some(TASK_POLL), Some(TASK_TIMEOUT))
            .await
            .map_err(engine_error)?
        {
            Task::Succeeded { .. } => Ok(()),
            Task::Failed { content } => Err(EngineError(content.error.error_message)),
            _ => Err(EngineError(
                "a Meilisearch task did not finish in time".into(),
            )),
        }
    }

    /// Gives the index Sala's settings when it lacks them. A settings update creates a missing
    /// index in the same task, so no search ever meets the index without its filterable and
    /// sortable attributes; the primary key comes with the first documents.
    async fn prepare(&self, uid: &str) -> Result<(), EngineError> {
        let index = self.client.index(uid);
        let desired = desired_settings(&self.synonyms);
        let wanted = serde_json::to_value(&desired).map_err(engine_error)?;
        let up_to_date = match index.get_settings().await {
            Ok(current) => settings_match(
                &serde_json::to_value(&current).map_err(engine_error)?,
                &wanted,
            ),
            Err(error) if is_index_not_found(&error) => false,
            Err(error) => return Err(engine_error(error)),
        };
        if !up_to_date {
            tracing::info!(index = uid, "applying Meilisearch index settings");
            let task = index.set_settings(&desired).await.map_err(engine_error)?;
            self.wait(task).await?;
        }
        Ok(())
    }

    /// Creates the index with its settings, or brings its settings up to date, once per
    /// process (again after a write failed: the server may have been replaced). The indexer
    /// calls it before its first batch, so the settings are in place from the start.
    pub async fn ensure_ready(&self) -> Result<(), EngineError> {
        if self.ready.load(Ordering::Acquire) {
            return Ok(());
        }
        self.prepare(&self.uid).await?;
        self.ready.store(true, Ordering::Release);
        Ok(())
    }

    fn not_ready_after(&self, error: EngineError) -> EngineError {
        self.ready.store(false, Ordering::Release);
        error
    }

    pub async fn apply(
        &self,
        upserts: Vec<SearchDoc>,
        deletes: Vec<String>,
    ) -> Result<(), EngineError> {
        self.ensure_ready().await?;
        self.write(&self.uid, upserts, deletes, true)
            .await
            .map_err(|e| self.not_ready_after(e))
    }

    async fn write(
        &self,
        uid: &str,
        mut upserts: Vec<SearchDoc>,
        deletes: Vec<String>,
        check_versions: bool,
    ) -> Result<(), EngineError> {
        let index = self.client.index(uid);
        if check_versions && !upserts.is_empty() {
            let keys: Vec<String> = upserts.iter().map(|d| quoted(&d.key)).collect();
            let filter = format!("key IN [{}]", keys.join(", "));
            let mut query = DocumentsQuery::new(&index);
            query
                .with_filter(&filter)
                .with_fields(["key", "version"])
                .with_limit(upserts.len());
            let held = index
                .get_documents_with::<HeldVersion>(&query)
                .await
                .map_err(engine_error)?;
            upserts.retain(|doc| {
                !held
                    .results
                    .iter()
                    .any(|h| h.key == doc.key && h.version > doc.version)
            });
        }
        if !upserts.is_empty() {
            let task = index
                .add_or_replace(&upserts, Some(PRIMARY_KEY))
                .await
                .map_err(engine_error)?;
            self.wait(task).await?;
        }
        if !deletes.is_empty() {
            let task = index
                .delete_documents(&deletes)
                .await
                .map_err(engine_error)?;
            self.wait(task).await?;
        }
        Ok(())
    }

    /// Every document the index holds, for comparing it with the database: read in pages,
    /// without the text.
    pub async fn inventory(&self) -> Result<Vec<SearchDoc>, EngineError> {
        const PAGE: usize = 1000;
        let index = self.client.index(&self.uid);
        let mut docs = Vec::new();
        loop {
            let mut query = DocumentsQuery::new(&index);
            query
                .with_fields(HELD_FIELDS)
                .with_offset(docs.len())
                .with_limit(PAGE);
            let page = match index.get_documents_with::<HeldDoc>(&query).await {
                Ok(page) => page,
                Err(error) if is_index_not_found(&error) => return Ok(docs),
                Err(error) => return Err(engine_error(error)),
            };
            let n = page.results.len();
            docs.extend(page.results.into_iter().map(HeldDoc::into_doc));
            if n < PAGE {
                return Ok(docs);
            }
        }
    }

    /// Starts filling a new index beside the live one, for a rebuild.
    pub async fn start_rebuild(&self) -> Result<MeiliRebuild<'_>, EngineError> {
        self.ensure_ready().await?;
        let building = format!("{}_rebuild_{}", self.uid, Uuid::now_v7().simple());
        self.prepare(&building).await?;
        Ok(MeiliRebuild {
            engine: self,
            building,
        })
    }
}

/// A new index being filled; `finish` swaps it with the live one in one step.
pub struct MeiliRebuild<'a> {
    engine: &'a MeiliEngine,
    building: String,
}

impl MeiliRebuild<'_> {
    pub async fn add(&mut self, docs: Vec<SearchDoc>) -> Result<(), EngineError> {
        self.engine
            .write(&self.building, docs, Vec::new(), false)
            .await
    }

    /// Swaps the rebuilt index in, then deletes the old documents (now under the rebuild's
    /// name). A key restricted to Sala's indexes cannot see a swap task (it belongs to no
    /// single index), so its end is read from what follows it: Meilisearch runs tasks in the
    /// order they came, so once the deletion queued after the swap is done, the swap is too,
    /// and the live name then points at the index this rebuild created.
    pub async fn finish(self) -> Result<(), EngineError> {
        let client = &self.engine.client;
        let created = |index: meilisearch_sdk::indexes::Index| index.created_at;
        let rebuilt = client
            .get_index(&self.building)
            .await
            .map(created)
            .map_err(engine_error)?;
        let swap = SwapIndexes {
            indexes: (self.engine.uid.clone(), self.building.clone()),
            rename: None,
        };
        client.swap_indexes([&swap]).await.map_err(engine_error)?;
        let task = client
            .delete_index(&self.building)
            .await
            .map_err(engine_error)?;
        self.engine.wait(task).await?;
        let live = client
            .get_index(&self.engine.uid)
            .await
            .map(created)
            .map_err(engine_error)?;
        if live != rebuilt || live.is_none() {
            return Err(EngineError(
                "Meilisearch did not swap the rebuilt index in; the live index is unchanged".into(),
            ));
        }
        Ok(())
    }
}
