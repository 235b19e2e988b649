//! The Meilisearch engine, through meilisearch-sdk. Meilisearch segments Thai with charabia
//! too, so both engines cut words alike. Its index settings are applied by code, and only
//! when they differ from what the server holds. Every write waits for its task, so when
//! `apply` returns the change is searchable and the indexer may record it as done.

use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use meilisearch_sdk::client::{Client, SwapIndexes};
use meilisearch_sdk::documents::DocumentsQuery;
use meilisearch_sdk::errors::ErrorCode;
use meilisearch_sdk::search::{MatchingStrategies, SearchQuery, SearchResults, Selectors};
use meilisearch_sdk::settings::{
    FacetingSettings, MinWordSizeForTypos, PaginationSetting, Settings, TypoToleranceSettings,
};
use meilisearch_sdk::task_info::TaskInfo;
use meilisearch_sdk::tasks::Task;
use serde::Deserialize;
use uuid::Uuid;

use super::query::terms;
use super::synonyms::Synonyms;
use super::text::{exact_form, words};
use super::{
    DocType, EngineError, Facets, HiddenScope, Hit, Query, Results, SearchDoc, SimilarQuery, Sort,
    MAX_FACET_VALUES, MAX_LIMIT, MAX_OFFSET,
};

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

/// The index settings Sala relies on: what is searched, filtered and sorted, ranking with
/// the chosen sort first (so `sort=new` means newest first among the matches, as embedded),
/// typo tolerance from 5 and 9 letters, as many facet values as embedded counts, and every
/// page the API hands out answerable (Meilisearch returns no hit past `maxTotalHits`,
/// 1000 by default, whatever `offset` asks), and the synonym groups.
fn desired_settings(synonyms: &Synonyms) -> Settings {
    Settings::new()
        .with_synonyms(
            synonyms
                .for_meilisearch()
                .into_iter()
                .collect::<HashMap<_, _>>(),
        )
        .with_faceting(FacetingSettings {
            max_values_per_facet: MAX_FACET_VALUES,
            sort_facet_values_by: None,
        })
        .with_pagination(PaginationSetting {
            max_total_hits: MAX_OFFSET + MAX_LIMIT,
        })
        .with_searchable_attributes(["title", "body"])
        .with_filterable_attributes([
            "key",
            "type",
            "consultation",
            "theme",
            "province",
            "status",
            "visible",
        ])
        .with_sortable_attributes(["created_at", "support"])
        .with_ranking_rules([
            "sort",
            "words",
            "typo",
            "proximity",
            "attribute",
            "exactness",
        ])
        .with_typo_tolerance(TypoToleranceSettings {
            enabled: Some(true),
            disable_on_attributes: None,
            disable_on_words: None,
            min_word_size_for_typos: Some(MinWordSizeForTypos {
                one_typo: Some(5),
                two_typos: Some(9),
            }),
            disable_on_numbers: None,
        })
}

/// Whether the server's settings already say what `desired` says (order-free where
/// Meilisearch treats a list as a set; the server may add keys we leave at their defaults).
fn settings_match(current: &serde_json::Value, desired: &serde_json::Value) -> bool {
    let Some(wanted) = desired.as_object() else {
        return false;
    };
    wanted.iter().all(|(key, value)| match key.as_str() {
        "filterableAttributes" | "sortableAttributes" => sorted(&current[key]) == sorted(value),
        "synonyms" => same_synonyms(&current[key], value),
        _ => holds(&current[key], value),
    })
}

/// Whether `have` says all that `want` says: an object may hold more keys than wanted, and
/// `null` is a setting we leave as the server has it.
fn holds(have: &serde_json::Value, want: &serde_json::Value) -> bool {
    match want {
        serde_json::Value::Null => true,
        serde_json::Value::Object(wanted) => wanted.iter().all(|(k, v)| holds(&have[k], v)),
        _ => have == want,
    }
}

/// Synonym maps compare key by key, each list as a set.
fn same_synonyms(have: &serde_json::Value, want: &serde_json::Value) -> bool {
    let (Some(have), Some(want)) = (have.as_object(), want.as_object()) else {
        return have.is_null() && want.as_object().is_none_or(|w| w.is_empty());
    };
    have.len() == want.len()
        && want
            .iter()
            .all(|(key, list)| have.get(key).is_some_and(|h| sorted(h) == sorted(list)))
}

fn sorted(list: &serde_json::Value) -> Vec<String> {
    let mut out: Vec<String> = list
        .as_array()
        .map(|items| {
            items
                .iter()
                .map(|i| match i {
                    serde_json::Value::String(s) => s.clone(),
                    // Newer servers may describe an attribute as an object with patterns.
                    other => other["attributePatterns"].to_string(),
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// A string inside a filter expression.
fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

fn filter_of(q: &Query) -> String {
    let mut parts = Vec::new();
    if !q.types.is_empty() {
        let types: Vec<String> = q.types.iter().map(|t| quoted(t.as_str())).collect();
        parts.push(format!("type IN [{}]", types.join(", ")));
    }
    if let Some(c) = q.consultation {
        parts.push(format!("consultation = {}", quoted(&c.to_string())));
    }
    for (name, value) in [
        ("theme", &q.theme),
        ("province", &q.province),
        ("status", &q.status),
    ] {
        if let Some(v) = value {
            parts.push(format!("{name} = {}", quoted(v)));
        }
    }
    match &q.hidden {
        HiddenScope::Everywhere => {}
        HiddenScope::None => parts.push("visible = true".into()),
        HiddenScope::Consultations(ids) => {
            let ids: Vec<String> = ids.iter().map(|c| quoted(&c.to_string())).collect();
            parts.push(format!(
                "(visible = true OR consultation IN [{}])",
                ids.join(", ")
            ));
        }
    }
    parts.join(" AND ")
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

    pub async fn search(&self, q: &Query) -> Result<Results, EngineError> {
        let index = self.client.index(&self.uid);
        let filter = filter_of(q);
        let sort_new = ["created_at:desc"];
        let sort_top = ["support:desc"];
        let sort = match (q.sort, q.text.trim().is_empty()) {
            (Sort::New, _) | (Sort::Relevance, true) => Some(&sort_new[..]),
            (Sort::Top, _) => Some(&sort_top[..]),
            (Sort::Relevance, false) => None,
        };
        let mut search = SearchQuery::new(&index);
        search
            .with_query(&q.text)
            .with_offset(q.offset)
            .with_limit(q.limit)
            .with_facets(Selectors::Some(&FACETS))
            .with_show_ranking_score(true)
            .with_matching_strategy(MatchingStrategies::ALL);
        if !filter.is_empty() {
            search.with_filter(&filter);
        }
        if let Some(sort) = sort {
            search.with_sort(sort);
        }
        let found: SearchResults<SearchDoc> = match search.execute().await {
            Ok(found) => found,
            // Nothing has been indexed yet: nothing matches. (Should the index have vanished,
            // the indexer creates it again with its settings.)
            Err(error) if is_index_not_found(&error) => {
                self.ready.store(false, Ordering::Release);
                return Ok(Results::default());
            }
            Err(error) => return Err(engine_error(error)),
        };
        let mut hits: Vec<Hit> = found
            .hits
            .into_iter()
            .map(|h| Hit {
                score: h.ranking_score.unwrap_or(0.0) as f32,
                doc: h.result,
            })
            .collect();
        if sort.is_none() {
            exact_words_first(&q.text, &mut hits);
        }
        let distribution = found.facet_distribution.unwrap_or_default();
        let facet = |name: &str| {
            distribution
                .get(name)
                .map(|values| values.iter().map(|(k, v)| (k.clone(), *v as u64)).collect())
                .unwrap_or_default()
        };
        Ok(Results {
            total: found
                .total_hits
                .or(found.estimated_total_hits)
                .unwrap_or(hits.len()) as u64,
            facets: Facets {
                theme: facet("theme"),
                province: facet("province"),
                status: facet("status"),
            },
            hits,
        })
    }

    pub async fn similar(&self, q: &SimilarQuery) -> Result<Vec<Hit>, EngineError> {
        if q.words.is_empty() {
            return Ok(Vec::new());
        }
        let index = self.client.index(&self.uid);
        let text = q.words.join(" ");
        let filter = format!(
            "type = {} AND consultation = {} AND visible = true",
            quoted(DocType::Proposal.as_str()),
            quoted(&q.consultation.to_string())
        );
        let found: Result<SearchResults<SearchDoc>, _> = SearchQuery::new(&index)
            .with_query(&text)
            .with_filter(&filter)
            .with_limit(q.limit)
            .with_show_ranking_score(true)
            // Any of the draft's words may match; the rarer ones count most.
            .with_matching_strategy(MatchingStrategies::FREQUENCY)
            .execute()
            .await;
        let found = match found {
            Ok(found) => found,
            Err(error) if is_index_not_found(&error) => return Ok(Vec::new()),
            Err(error) => return Err(engine_error(error)),
        };
        Ok(found
            .hits
            .into_iter()
            .map(|h| Hit {
                score: h.ranking_score.unwrap_or(0.0) as f32,
                doc: h.result,
            })
            .collect())
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

/// Meilisearch drops Thai vowel and tone marks from the words it indexes (charabia, its
/// tokenizer, normalizes them away: meilisearch/charabia#371), so วิทยุ "radio" and
/// วิทยวิธี "methodology" rank alike for the query วิทยุ. Within the page it returns, hits
/// holding the very words typed move ahead, in Meilisearch's order otherwise. (The embedded
/// engine indexes the exact forms and ranks across all pages.)
fn exact_words_first(text: &str, hits: &mut [Hit]) {
    let wanted: Vec<String> = terms(text).into_iter().filter_map(|t| t.exact).collect();
    if wanted.is_empty() {
        return;
    }
    let held = |doc: &SearchDoc| -> usize {
        let forms: BTreeSet<String> = [&doc.title, &doc.body]
            .into_iter()
            .flat_map(|text| {
                words(text)
                    .into_iter()
                    .map(|w| exact_form(&text[w.start..w.end]))
            })
            .collect();
        wanted.iter().filter(|w| forms.contains(*w)).count()
    };
    hits.sort_by_cached_key(|hit| std::cmp::Reverse(held(&hit.doc)));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_quote_values_and_keep_hidden_items_out() {
        let q = Query {
            theme: Some("say \"hi\"".into()),
            types: vec![DocType::Proposal],
            ..Default::default()
        };
        assert_eq!(
            filter_of(&q),
            "type IN [\"proposal\"] AND theme = \"say \\\"hi\\\"\" AND visible = true"
        );
    }

    #[test]
    fn settings_compare_as_sets_where_order_does_not_matter() {
        let desired = serde_json::to_value(desired_settings(&Synonyms::default())).unwrap();
        let mut current = desired.clone();
        current["filterableAttributes"] = serde_json::json!([
            "visible",
            "status",
            "province",
            "theme",
            "consultation",
            "type",
            "key"
        ]);
        assert!(settings_match(&current, &desired));
        current["rankingRules"] = serde_json::json!(["words", "sort"]);
        assert!(!settings_match(&current, &desired));
    }

    /// What Meilisearch 1.50 answers to `GET /indexes/{uid}/settings` once ours are applied:
    /// it must compare equal, or every process start would update the settings again (and a
    /// settings update can re-index everything).
    #[test]
    fn the_servers_answer_after_our_settings_matches_them() {
        let desired = serde_json::to_value(desired_settings(&Synonyms::default())).unwrap();
        let current = serde_json::json!({
            "displayedAttributes": ["*"],
            "searchableAttributes": ["title", "body"],
            "filterableAttributes": ["key", "type", "consultation", "theme", "province", "status", "visible"],
            "sortableAttributes": ["created_at", "support"],
            "rankingRules": ["sort", "words", "typo", "proximity", "attribute", "exactness"],
            "stopWords": [], "nonSeparatorTokens": [], "separatorTokens": [], "dictionary": [],
            "synonyms": {}, "distinctAttribute": null, "proximityPrecision": "byWord",
            "typoTolerance": {"enabled": true, "minWordSizeForTypos": {"oneTypo": 5, "twoTypos": 9},
                "disableOnWords": [], "disableOnAttributes": [], "disableOnNumbers": false},
            "faceting": {"maxValuesPerFacet": 500, "sortFacetValuesBy": {"*": "alpha"}},
            "pagination": {"maxTotalHits": 1100},
            "embedders": {}, "searchCutoffMs": null, "localizedAttributes": null,
            "facetSearch": true, "prefixSearch": "indexingTime"
        });
        // `prepare` reads the settings through the SDK's type.
        let read = |raw: &serde_json::Value| {
            serde_json::to_value(serde_json::from_value::<Settings>(raw.clone()).unwrap()).unwrap()
        };
        assert!(settings_match(&read(&current), &desired), "{desired:#}");
        let mut fresh = current.clone();
        fresh["pagination"]["maxTotalHits"] = serde_json::json!(1000);
        assert!(!settings_match(&read(&fresh), &desired));
    }
}
