//! Search as the API offers it: who may see hidden items, paging, highlights, and likely
//! duplicates of a draft.

use std::path::PathBuf;
use std::sync::Arc;

use uuid::Uuid;

use super::embedded::EmbeddedEngine;
use super::highlight;
use super::meili::MeiliEngine;
use super::query::terms;
use super::synonyms::Synonyms;
use super::text::{significant_words, words};
use super::{CaughtUp, DocType, Engine, Facets, HiddenScope, Query, SimilarQuery};
use crate::config::Settings;
use crate::db::Db;
use crate::domain::accounts::Account;
use crate::domain::consultations;
use crate::domain::moderation::{reach_of, Reach};
use crate::error::Result;

/// The engine the settings ask for, and where the embedded one keeps its files.
#[derive(Clone)]
pub struct SearchService {
    pub engine: Engine,
    pub dir: PathBuf,
    /// Reached when this process's indexer first finds nothing left to index.
    pub caught_up: CaughtUp,
}

impl SearchService {
    pub fn from_settings(settings: &Settings) -> anyhow::Result<SearchService> {
        let synonyms = match &settings.search_synonyms {
            Some(path) => Synonyms::with_file(path)?,
            None => Synonyms::built_in(),
        };
        let engine = match &settings.search_url {
            Some(url) => {
                warn_if_privileged(url, settings.search_key.as_ref().map(|k| k.expose()));
                Engine::Meili(Arc::new(
                    MeiliEngine::new(
                        url,
                        settings.search_key.as_ref().map(|k| k.expose()),
                        &settings.search_index,
                    )?
                    .with_synonyms(synonyms),
                ))
            }
            None => Engine::Embedded(Arc::new(
                EmbeddedEngine::open(&settings.search_dir)?.with_synonyms(synonyms),
            )),
        };
        Ok(SearchService {
            engine,
            dir: settings.search_dir.clone(),
            caught_up: CaughtUp::default(),
        })
    }
}

/// Says in the log, once the server answers, when Sala was given a key that can manage API
/// keys (the master key): it needs only the restricted key `sala search-key` creates. Checked
/// in the background, so a Meilisearch still starting delays nothing.
fn warn_if_privileged(url: &str, key: Option<&str>) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    let (url, key) = (url.to_owned(), key.map(str::to_owned));
    runtime.spawn(async move {
        if super::meili_key::is_privileged(&url, key.as_deref()).await {
            tracing::warn!(
                "SALA_SEARCH_KEY can manage Meilisearch API keys (a master key?); Sala needs only \
                 the key `sala search-key` creates for its own index"
            );
        }
    });
}

/// One hit as the API shows it.
#[derive(Debug, Clone)]
pub struct ShownHit {
    pub doc_type: DocType,
    pub id: Uuid,
    pub title: String,
    /// The title, escaped, with matches marked.
    pub title_html: String,
    /// Part of the text around the first match, escaped, with matches marked.
    pub snippet: String,
    pub consultation_id: Uuid,
    pub proposal_id: Option<Uuid>,
    pub theme: Option<String>,
    pub province: Option<String>,
    pub status: Option<String>,
    pub visible: bool,
    pub created_at: i64,
    pub score: f32,
}

pub struct Page {
    pub hits: Vec<ShownHit>,
    pub total: u64,
    pub facets: Facets,
    pub next_offset: Option<usize>,
}

const SNIPPET_BYTES: usize = 240;

/// Hidden items a caller may also find: moderators', within their reach.
async fn hidden_scope(db: &Db, caller: Option<&Account>) -> Result<HiddenScope> {
    let Some(caller) = caller else {
        return Ok(HiddenScope::None);
    };
    Ok(match reach_of(db.reader(), caller).await? {
        None => HiddenScope::None,
        Some(Reach::Everywhere) => HiddenScope::Everywhere,
        Some(Reach::Consultations(ids)) => HiddenScope::Consultations(ids),
    })
}

pub async fn search(
    db: &Db,
    service: &SearchService,
    caller: Option<&Account>,
    mut query: Query,
) -> Result<Page> {
    query.hidden = hidden_scope(db, caller).await?;
    let marks = terms(&query.text);
    let (offset, limit) = (query.offset, query.limit);
    let results = service.engine.search(query).await?;
    let shown = results.hits.len();
    let hits = results
        .hits
        .into_iter()
        .map(|hit| {
            let d = hit.doc;
            // A comment is shown under its proposal's title.
            let title = d.proposal_title.unwrap_or(d.title);
            ShownHit {
                title_html: highlight::mark(&title, &marks),
                snippet: highlight::snippet(&d.body, &marks, SNIPPET_BYTES),
                doc_type: d.doc_type,
                id: d.id,
                title,
                consultation_id: d.consultation,
                proposal_id: d.proposal,
                theme: d.theme,
                province: d.province,
                status: d.status,
                visible: d.visible,
                created_at: d.created_at,
                score: hit.score,
            }
        })
        .collect();
    let next = offset + shown;
    Ok(Page {
        hits,
        total: results.total,
        facets: results.facets,
        next_offset: (shown == limit && (next as u64) < results.total).then_some(next),
    })
}

/// A likely duplicate and how much of the draft's wording it shares (0–1).
pub struct Similar {
    pub id: Uuid,
    pub title: String,
    pub snippet: String,
    pub score: f32,
}

/// Below this share of the draft's significant words, a proposal is not called a duplicate.
const MIN_SHARED: f32 = 0.2;
const SIMILAR_MAX: usize = 5;

/// Up to five visible proposals of the consultation that say what the draft says.
pub async fn similar(
    db: &Db,
    service: &SearchService,
    caller: Option<&Account>,
    consultation_ref: &str,
    title: &str,
    body: &str,
) -> Result<Vec<Similar>> {
    let consultation = consultations::get(db.reader(), caller, consultation_ref).await?;
    let draft = format!("{title}\n{body}");
    let words_of_draft = significant_words(&draft, 24);
    if words_of_draft.is_empty() {
        return Ok(Vec::new());
    }
    let hits = service
        .engine
        .similar(SimilarQuery {
            consultation: consultation.id,
            words: words_of_draft.clone(),
            limit: SIMILAR_MAX * 3,
        })
        .await?;
    let marks = terms(&format!("{} ", words_of_draft.join(" ")));
    let mut out: Vec<Similar> = hits
        .into_iter()
        .map(|hit| {
            let text = format!("{}\n{}", hit.doc.title, hit.doc.body);
            let theirs: Vec<String> = words(&text).into_iter().map(|w| w.lemma).collect();
            let shared = words_of_draft.iter().filter(|w| theirs.contains(w)).count();
            Similar {
                id: hit.doc.id,
                snippet: highlight::snippet(&hit.doc.body, &marks, SNIPPET_BYTES),
                title: hit.doc.title,
                score: shared as f32 / words_of_draft.len() as f32,
            }
        })
        .filter(|s| s.score >= MIN_SHARED)
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out.truncate(SIMILAR_MAX);
    Ok(out)
}
