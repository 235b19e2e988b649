//! The embedded engine: a tantivy index in a folder, words cut by charabia.
//!
//! The folder holds generations (`gen-…`) and a `CURRENT` file naming the one in use, so a
//! rebuild writes a fresh generation beside the live one and switches by renaming `CURRENT`;
//! searches never wait for it. tantivy allows one writer per index: the process that holds
//! it is the only one that indexes, and every process's readers follow the commits.

mod rebuild;
mod search;

pub use rebuild::Rebuild;

use search::read_doc;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use tantivy::collector::TopDocs;
use tantivy::directory::MmapDirectory;
use tantivy::query::TermQuery;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, TantivyDocument, Term,
};
use uuid::Uuid;

use super::synonyms::Synonyms;
use super::text::{CharabiaTokenizer, TOKENIZER_NAME};
use super::{EngineError, SearchDoc};

const CURRENT: &str = "CURRENT";
const WRITER_HEAP_BYTES: usize = 64 * 1024 * 1024;
/// How often a process looks whether a rebuild switched generations.
const GENERATION_CHECK: Duration = Duration::from_millis(500);

#[derive(Clone, Copy)]
struct Fields {
    key: Field,
    doc_type: Field,
    title: Field,
    body: Field,
    consultation: Field,
    theme: Field,
    province: Field,
    status: Field,
    visible: Field,
    created_at: Field,
    support: Field,
    source: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let text = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER_NAME)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fields = Fields {
        key: b.add_text_field("key", STRING),
        doc_type: b.add_text_field("type", STRING | FAST),
        title: b.add_text_field("title", text.clone()),
        body: b.add_text_field("body", text),
        consultation: b.add_text_field("consultation", STRING),
        theme: b.add_text_field("theme", STRING | FAST),
        province: b.add_text_field("province", STRING | FAST),
        status: b.add_text_field("status", STRING | FAST),
        visible: b.add_u64_field("visible", INDEXED),
        created_at: b.add_i64_field("created_at", FAST),
        support: b.add_i64_field("support", FAST),
        // The whole document as JSON: what a hit returns.
        source: b.add_text_field("source", STORED),
    };
    (b.build(), fields)
}

fn engine_error(error: impl std::fmt::Display) -> EngineError {
    EngineError::from_display(error)
}

/// One generation of the index, open for reading.
struct Generation {
    name: String,
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

impl Generation {
    fn open(dir: &Path, name: &str) -> Result<Generation, EngineError> {
        let path = dir.join(name);
        std::fs::create_dir_all(&path).map_err(engine_error)?;
        let (schema, fields) = schema();
        let directory = MmapDirectory::open(&path).map_err(engine_error)?;
        let index = Index::open_or_create(directory, schema).map_err(engine_error)?;
        index.tokenizers().register(
            TOKENIZER_NAME,
            TextAnalyzer::from(CharabiaTokenizer::default()),
        );
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()
            .map_err(engine_error)?;
        Ok(Generation {
            name: name.to_owned(),
            index,
            reader,
            fields,
        })
    }

    fn writer(&self) -> tantivy::Result<IndexWriter> {
        self.index.writer_with_num_threads(1, WRITER_HEAP_BYTES)
    }
}

pub struct EmbeddedEngine {
    root: PathBuf,
    live: RwLock<Arc<Generation>>,
    /// Held by the one process that indexes this folder.
    writer: Mutex<Option<IndexWriter>>,
    checked_at: Mutex<Instant>,
    synonyms: Synonyms,
}

fn read_current(root: &Path) -> Option<String> {
    std::fs::read_to_string(root.join(CURRENT))
        .ok()
        .map(|s| s.trim().to_owned())
        .filter(|s| s.starts_with("gen-"))
}

/// Points `CURRENT` at `name`, atomically.
fn write_current(root: &Path, name: &str) -> Result<(), EngineError> {
    let tmp = root.join(format!("{CURRENT}.{}", Uuid::now_v7().simple()));
    std::fs::write(&tmp, name).map_err(engine_error)?;
    std::fs::rename(&tmp, root.join(CURRENT)).map_err(engine_error)
}

impl EmbeddedEngine {
    /// Opens the index under `root`, creating an empty one on first use.
    pub fn open(root: &Path) -> Result<EmbeddedEngine, EngineError> {
        std::fs::create_dir_all(root).map_err(engine_error)?;
        let name = match read_current(root) {
            Some(name) => name,
            None => {
                let name = format!("gen-{}", Uuid::now_v7().simple());
                Generation::open(root, &name)?;
                write_current(root, &name)?;
                // Two processes starting at once: the last rename wins, both follow it.
                read_current(root).unwrap_or(name)
            }
        };
        Ok(EmbeddedEngine {
            root: root.to_owned(),
            live: RwLock::new(Arc::new(Generation::open(root, &name)?)),
            writer: Mutex::new(None),
            checked_at: Mutex::new(Instant::now()),
            synonyms: Synonyms::built_in(),
        })
    }

    /// Searches with these synonym groups instead of the built-in ones.
    pub fn with_synonyms(mut self, synonyms: Synonyms) -> EmbeddedEngine {
        self.synonyms = synonyms;
        self
    }

    fn live(&self) -> Arc<Generation> {
        match self.live.read() {
            Ok(g) => Arc::clone(&g),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Follows a rebuild's switch to a new generation; unless `now`, at most every
    /// `GENERATION_CHECK`.
    fn follow_current(&self, now: bool) -> Result<(), EngineError> {
        {
            let mut checked = self.checked_at.lock().map_err(engine_error)?;
            if !now && checked.elapsed() < GENERATION_CHECK {
                return Ok(());
            }
            *checked = Instant::now();
        }
        let Some(name) = read_current(&self.root) else {
            return Ok(());
        };
        if name == self.live().name {
            return Ok(());
        }
        let next = Arc::new(Generation::open(&self.root, &name)?);
        // The writer belongs to the old generation: let go of it first.
        *self.writer.lock().map_err(engine_error)? = None;
        *self.live.write().map_err(engine_error)? = next;
        tracing::info!(generation = %name, "search index switched to a rebuilt generation");
        Ok(())
    }

    /// Whether this process holds (or could now take) the index's one writer. The holder
    /// also removes generations a rebuild left behind.
    pub fn may_write(&self) -> bool {
        if let Err(error) = self.follow_current(false) {
            tracing::warn!(%error, "search index: cannot follow the current generation");
        }
        let Ok(mut writer) = self.writer.lock() else {
            return false;
        };
        if writer.is_some() {
            return true;
        }
        let live = self.live();
        match live.writer() {
            Ok(w) => {
                *writer = Some(w);
                self.remove_old_generations(&live.name);
                true
            }
            Err(tantivy::TantivyError::LockFailure(..)) => false,
            Err(error) => {
                tracing::warn!(%error, "search index: cannot open the writer");
                false
            }
        }
    }

    fn remove_old_generations(&self, live: &str) {
        let Ok(entries) = std::fs::read_dir(&self.root) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("gen-") && name != live {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }

    /// The version of `key` the index holds, if any.
    fn held_version(searcher: &Searcher, fields: &Fields, key: &str) -> Option<i64> {
        let query = TermQuery::new(
            Term::from_field_text(fields.key, key),
            IndexRecordOption::Basic,
        );
        let top = searcher
            .search(&query, &TopDocs::with_limit(1).order_by_score())
            .ok()?;
        let (_, address) = top.first()?;
        read_doc(searcher, fields, *address).map(|d| d.version)
    }

    pub fn apply(&self, upserts: Vec<SearchDoc>, deletes: Vec<String>) -> Result<(), EngineError> {
        // Never write into a generation a rebuild has replaced (see `indexer::rebuild`).
        self.follow_current(true)?;
        if !self.may_write() {
            return Err(EngineError("another process holds the index writer".into()));
        }
        let live = self.live();
        let fields = live.fields;
        let mut guard = self.writer.lock().map_err(engine_error)?;
        let Some(writer) = guard.as_mut() else {
            return Err(EngineError("another process holds the index writer".into()));
        };
        let searcher = live.reader.searcher();
        for doc in upserts {
            if Self::held_version(&searcher, &fields, &doc.key).is_some_and(|v| v > doc.version) {
                continue;
            }
            writer.delete_term(Term::from_field_text(fields.key, &doc.key));
            writer
                .add_document(to_tantivy(&fields, &doc)?)
                .map_err(engine_error)?;
        }
        for key in deletes {
            writer.delete_term(Term::from_field_text(fields.key, &key));
        }
        if let Err(error) = writer.commit() {
            // A failed commit leaves the writer unusable: open a fresh one next time.
            *guard = None;
            return Err(engine_error(error));
        }
        live.reader.reload().map_err(engine_error)
    }

    /// Every document the live index holds, for comparing it with the database.
    pub fn inventory(&self) -> Result<Vec<SearchDoc>, EngineError> {
        self.follow_current(false)?;
        let live = self.live();
        let searcher = live.reader.searcher();
        let mut docs = Vec::new();
        for (ordinal, segment) in searcher.segment_readers().iter().enumerate() {
            for doc_id in segment.doc_ids_alive() {
                let address = DocAddress::new(ordinal as u32, doc_id);
                if let Some(doc) = read_doc(&searcher, &live.fields, address) {
                    docs.push(doc);
                }
            }
        }
        Ok(docs)
    }
}

fn to_tantivy(f: &Fields, doc: &SearchDoc) -> Result<TantivyDocument, EngineError> {
    let mut d = TantivyDocument::default();
    d.add_text(f.key, &doc.key);
    d.add_text(f.doc_type, doc.doc_type.as_str());
    d.add_text(f.title, &doc.title);
    d.add_text(f.body, &doc.body);
    d.add_text(f.consultation, doc.consultation.to_string());
    for (field, value) in [
        (f.theme, &doc.theme),
        (f.province, &doc.province),
        (f.status, &doc.status),
    ] {
        if let Some(v) = value {
            d.add_text(field, v);
        }
    }
    d.add_u64(f.visible, u64::from(doc.visible));
    d.add_i64(f.created_at, doc.created_at);
    d.add_i64(f.support, doc.support);
    d.add_text(f.source, serde_json::to_string(doc).map_err(engine_error)?);
    Ok(d)
}
