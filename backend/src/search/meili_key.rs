//! Sala's own Meilisearch API key. At run time Sala needs only its index (and the rebuild
//! indexes a `sala reindex` fills beside it) and the actions it takes on them; the master key
//! stays with the operator, who uses it once, through `sala search-key`, to create this key.

use meilisearch_sdk::client::Client;
use meilisearch_sdk::key::{Action, KeyBuilder, KeysQuery};

use super::EngineError;

/// What Sala does to its indexes: search, write and read back documents (the version check),
/// create an index with its settings, swap a rebuilt index in and delete the old one, and
/// follow each task to its end.
const ACTIONS: [&str; 11] = [
    "search",
    "documents.add",
    "documents.get",
    "documents.delete",
    "indexes.create",
    "indexes.get",
    "indexes.delete",
    "indexes.swap",
    "settings.get",
    "settings.update",
    "tasks.get",
];

/// The indexes the key opens: the live one, and those a rebuild creates beside it
/// (`MeiliEngine::start_rebuild`).
pub fn index_patterns(uid: &str) -> [String; 2] {
    [uid.to_owned(), format!("{uid}_rebuild_*")]
}

fn key_name(uid: &str) -> String {
    format!("sala-{uid}")
}

fn engine_error(error: impl std::fmt::Display) -> EngineError {
    EngineError::from_display(error)
}

/// The restricted key for index `uid`, created with `master_key` unless one of that name
/// exists already (so running it twice hands out the same key).
pub async fn restricted_key(url: &str, master_key: &str, uid: &str) -> Result<String, EngineError> {
    let client = Client::new(url, Some(master_key)).map_err(engine_error)?;
    let name = key_name(uid);
    let mut query = KeysQuery::new();
    query.with_limit(1000);
    let existing = client.get_keys_with(&query).await.map_err(engine_error)?;
    if let Some(key) = existing
        .results
        .into_iter()
        .find(|k| k.name.as_deref() == Some(name.as_str()))
    {
        return Ok(key.key);
    }
    let mut builder = KeyBuilder::new();
    builder
        .with_name(&name)
        .with_description("Sala: its own search index only (created by `sala search-key`)")
        .with_actions(ACTIONS.iter().map(|a| Action::Unknown((*a).to_owned())))
        .with_indexes(index_patterns(uid));
    let key = client.create_key(builder).await.map_err(engine_error)?;
    Ok(key.key)
}

/// Whether `key` can manage API keys, which only a master or an administration key can:
/// Sala should not run with one.
pub async fn is_privileged(url: &str, key: Option<&str>) -> bool {
    let Ok(client) = Client::new(url, key) else {
        return false;
    };
    let mut query = KeysQuery::new();
    query.with_limit(1);
    client.get_keys_with(&query).await.is_ok()
}
