//! Searching and finding similar items: the tantivy query built from a `Query`, and the
//! hits, highlights and facet counts read back.

use tantivy::aggregation::agg_req::Aggregations;
use tantivy::aggregation::AggregationCollector;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, FuzzyTermQuery, Occur, PhraseQuery,
    Query as TQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Order, Searcher, TantivyDocument, Term};

use super::{engine_error, EmbeddedEngine, Fields};
use crate::search::query::{clauses as clauses_of, Clause, Term as QueryTerm};
use crate::search::text::exact_token;
use crate::search::{
    DocType, EngineError, FacetCounts, Facets, HiddenScope, Hit, Query, Results, SearchDoc,
    SimilarQuery, Sort, MAX_FACET_VALUES,
};

impl EmbeddedEngine {
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
}

fn exact(field: Field, value: &str) -> Box<dyn TQuery> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

pub(super) fn visible(f: &Fields) -> Box<dyn TQuery> {
    Box::new(TermQuery::new(
        Term::from_field_u64(f.visible, 1),
        IndexRecordOption::Basic,
    ))
}

/// A condition that selects without adding to the score.
pub(super) fn filter(query: Box<dyn TQuery>) -> (Occur, Box<dyn TQuery>) {
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

pub(super) fn read_doc(searcher: &Searcher, f: &Fields, address: DocAddress) -> Option<SearchDoc> {
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
