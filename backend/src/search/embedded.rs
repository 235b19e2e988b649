//! The embedded engine: a tantivy index in a folder, words cut by charabia.
//!
//! The folder holds generations (`gen-…`) and a `CURRENT` file naming the one in use, so a
//! rebuild writes a fresh generation beside the live one and switches by renaming `CURRENT`;
//! searches never wait for it. tantivy allows one writer per index: the process that holds
//! it is the only one that indexes, and every process's readers follow the commits.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::AggregationCollector;
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::MmapDirectory;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhraseQuery,
    Query as TQuery, TermQuery,
};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, Searcher, TantivyDocument,
    Term,
};
use uuid::Uuid;

use super::query::{clauses as clauses_of, Clause, Term as QueryTerm};
use super::synonyms::Synonyms;
use super::text::exact_token;
use super::text::{CharabiaTokenizer, TOKENIZER_NAME};
use super::{
    DocType, EngineError, FacetCounts, Facets, HiddenScope, Hit, Query, Results, SearchDoc,
    SimilarQuery, Sort, MAX_FACET_VALUES,
};

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

    pub fn search(&self, q: &Query) -> Result<Results, EngineError> {
        self.follow_current(false)?;
        let live = self.live();
        let f = &live.fields;
        let searcher = live.reader.searcher();
        let query_clauses = clauses_of(&q.text, &self.synonyms);
        let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = filters(f, q);
        let sort = if query_clauses.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
            if q.sort == Sort::Relevance {
                Sort::New
            } else {
                q.sort
            }
        } else {
            for clause in &query_clauses {
                let query = match clause {
                    Clause::Word(term) => term_query(f, term),
                    Clause::OneOf(members) => synonym_query(f, members),
                };
                clauses.push((Occur::Must, query));
            }
            q.sort
        };
        let query = BooleanQuery::new(clauses);
        let top = TopDocs::with_limit(q.limit.max(1)).and_offset(q.offset);
        let aggregations: Aggregations = serde_json::from_value(serde_json::json!({
            "theme": {"terms": {"field": "theme", "size": MAX_FACET_VALUES}},
            "province": {"terms": {"field": "province", "size": MAX_FACET_VALUES}},
            "status": {"terms": {"field": "status", "size": 50}},
        }))
        .map_err(engine_error)?;
        let facets = AggregationCollector::from_aggs(aggregations, Default::default());
        let (addresses, total, facets): (Vec<(f32, DocAddress)>, usize, _) = match sort {
            Sort::Relevance => {
                let (top, total, facets) = searcher
                    .search(&query, &(top.order_by_score(), Count, facets))
                    .map_err(engine_error)?;
                (top, total, facets)
            }
            Sort::New | Sort::Top => {
                let field = if sort == Sort::New {
                    "created_at"
                } else {
                    "support"
                };
                let (top, total, facets) = searcher
                    .search(
                        &query,
                        &(
                            top.order_by_fast_field::<i64>(field, Order::Desc),
                            Count,
                            facets,
                        ),
                    )
                    .map_err(engine_error)?;
                (
                    top.into_iter().map(|(_, a)| (0.0, a)).collect(),
                    total,
                    facets,
                )
            }
        };
        let hits = addresses
            .into_iter()
            .filter_map(|(score, address)| {
                read_doc(&searcher, f, address).map(|doc| Hit { doc, score })
            })
            .collect();
        Ok(Results {
            hits,
            total: total as u64,
            facets: facet_counts(serde_json::to_value(&facets).map_err(engine_error)?),
        })
    }

    pub fn similar(&self, q: &SimilarQuery) -> Result<Vec<Hit>, EngineError> {
        self.follow_current(false)?;
        if q.words.is_empty() {
            return Ok(Vec::new());
        }
        let live = self.live();
        let f = &live.fields;
        let searcher = live.reader.searcher();
        let any_word: Vec<(Occur, Box<dyn TQuery>)> = q
            .words
            .iter()
            .flat_map(|w| {
                [(f.title, 2.0), (f.body, 1.0)].map(|(field, boost)| {
                    let term = TermQuery::new(
                        Term::from_field_text(field, w),
                        IndexRecordOption::WithFreqs,
                    );
                    (
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(term), boost)) as Box<dyn TQuery>,
                    )
                })
            })
            .collect();
        let query = BooleanQuery::new(vec![
            (Occur::Must, Box::new(BooleanQuery::new(any_word))),
            filter(exact(f.doc_type, DocType::Proposal.as_str())),
            filter(exact(f.consultation, &q.consultation.to_string())),
            filter(visible(f)),
        ]);
        let top = searcher
            .search(
                &query,
                &TopDocs::with_limit(q.limit.max(1)).order_by_score(),
            )
            .map_err(engine_error)?;
        Ok(top
            .into_iter()
            .filter_map(|(score, address)| {
                read_doc(&searcher, f, address).map(|doc| Hit { doc, score })
            })
            .collect())
    }

    /// Starts a new generation beside the live one, for a rebuild.
    pub fn start_rebuild(root: &Path) -> Result<Rebuild, EngineError> {
        std::fs::create_dir_all(root).map_err(engine_error)?;
        let id = Uuid::now_v7().simple().to_string();
        let building = format!("building-{id}");
        let generation = Generation::open(root, &building)?;
        let writer = generation.writer().map_err(engine_error)?;
        Ok(Rebuild {
            root: root.to_owned(),
            id,
            generation,
            writer,
        })
    }
}

/// A generation being built; nothing reads it until `finish` switches to it.
pub struct Rebuild {
    root: PathBuf,
    id: String,
    generation: Generation,
    writer: IndexWriter,
}

impl Rebuild {
    pub fn add(&mut self, docs: &[SearchDoc]) -> Result<(), EngineError> {
        for doc in docs {
            self.writer
                .add_document(to_tantivy(&self.generation.fields, doc)?)
                .map_err(engine_error)?;
        }
        Ok(())
    }

    /// Commits the new generation and makes it the live one.
    pub fn finish(mut self) -> Result<(), EngineError> {
        self.writer.commit().map_err(engine_error)?;
        self.writer.wait_merging_threads().map_err(engine_error)?;
        let building = self.root.join(format!("building-{}", self.id));
        let name = format!("gen-{}", self.id);
        drop(self.generation);
        std::fs::rename(&building, self.root.join(&name)).map_err(engine_error)?;
        write_current(&self.root, &name)
    }
}

fn exact(field: Field, value: &str) -> Box<dyn TQuery> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

fn visible(f: &Fields) -> Box<dyn TQuery> {
    Box::new(TermQuery::new(
        Term::from_field_u64(f.visible, 1),
        IndexRecordOption::Basic,
    ))
}

/// A condition that selects without adding to the score.
fn filter(query: Box<dyn TQuery>) -> (Occur, Box<dyn TQuery>) {
    (Occur::Must, Box::new(ConstScoreQuery::new(query, 0.0)))
}

fn any_of(queries: Vec<Box<dyn TQuery>>) -> Box<dyn TQuery> {
    Box::new(BooleanQuery::new(
        queries.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

fn filters(f: &Fields, q: &Query) -> Vec<(Occur, Box<dyn TQuery>)> {
    let mut out = Vec::new();
    if !q.types.is_empty() {
        out.push(filter(any_of(
            q.types
                .iter()
                .map(|t| exact(f.doc_type, t.as_str()))
                .collect(),
        )));
    }
    if let Some(c) = q.consultation {
        out.push(filter(exact(f.consultation, &c.to_string())));
    }
    for (field, value) in [
        (f.theme, &q.theme),
        (f.province, &q.province),
        (f.status, &q.status),
    ] {
        if let Some(v) = value {
            out.push(filter(exact(field, v)));
        }
    }
    match &q.hidden {
        HiddenScope::Everywhere => {}
        HiddenScope::None => out.push(filter(visible(f))),
        HiddenScope::Consultations(ids) => {
            let mut allowed = vec![visible(f)];
            allowed.extend(ids.iter().map(|c| exact(f.consultation, &c.to_string())));
            out.push(filter(any_of(allowed)));
        }
    }
    out
}

/// One query word in the title (counting double) or the body: exactly, or as a prefix or
/// with typos for a lower score.
fn term_query(f: &Fields, term: &QueryTerm) -> Box<dyn TQuery> {
    let mut alternatives: Vec<Box<dyn TQuery>> = Vec::new();
    for (field, boost) in [(f.title, 2.0f32), (f.body, 1.0)] {
        let t = Term::from_field_text(field, &term.lemma);
        alternatives.push(Box::new(BoostQuery::new(
            Box::new(TermQuery::new(t.clone(), IndexRecordOption::WithFreqs)),
            boost,
        )));
        if let Some(exact) = &term.exact {
            // The very word typed, marks and all, outranks a look-alike lemma.
            let t = Term::from_field_text(field, &exact_token(exact));
            alternatives.push(Box::new(BoostQuery::new(
                Box::new(TermQuery::new(t, IndexRecordOption::WithFreqs)),
                boost * 2.0,
            )));
        }
        if term.prefix || term.typos > 0 {
            let loose = if term.prefix {
                FuzzyTermQuery::new_prefix(t, term.typos, true)
            } else {
                FuzzyTermQuery::new(t, term.typos, true)
            };
            alternatives.push(Box::new(BoostQuery::new(Box::new(loose), boost * 0.5)));
        }
    }
    any_of(alternatives)
}

/// Any member of a synonym group, in the title (counting double) or the body; a member of
/// several words as those words in a row.
fn synonym_query(f: &Fields, members: &[Vec<String>]) -> Box<dyn TQuery> {
    let mut alternatives: Vec<Box<dyn TQuery>> = Vec::new();
    for (field, boost) in [(f.title, 2.0f32), (f.body, 1.0)] {
        for member in members {
            let terms: Vec<Term> = member
                .iter()
                .map(|lemma| Term::from_field_text(field, lemma))
                .collect();
            let query: Box<dyn TQuery> = match terms.as_slice() {
                [one] => Box::new(TermQuery::new(one.clone(), IndexRecordOption::WithFreqs)),
                _ => Box::new(PhraseQuery::new(terms)),
            };
            alternatives.push(Box::new(BoostQuery::new(query, boost)));
        }
    }
    any_of(alternatives)
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

fn read_doc(searcher: &Searcher, f: &Fields, address: DocAddress) -> Option<SearchDoc> {
    let stored: TantivyDocument = searcher.doc(address).ok()?;
    let source = stored.get_first(f.source)?.as_str()?;
    serde_json::from_str(source).ok()
}

/// Terms-aggregation buckets as facet counts.
fn facet_counts(aggregations: serde_json::Value) -> Facets {
    let field = |name: &str| -> FacetCounts {
        aggregations[name]["buckets"]
            .as_array()
            .map(|buckets| {
                buckets
                    .iter()
                    .filter_map(|b| Some((b["key"].as_str()?.to_owned(), b["doc_count"].as_u64()?)))
                    .collect()
            })
            .unwrap_or_default()
    };
    Facets {
        theme: field("theme"),
        province: field("province"),
        status: field("status"),
    }
}
