//! Searching and finding similar items: filters, the query, and Thai exact words first.

use std::collections::BTreeSet;
use std::sync::atomic::Ordering;

use meilisearch_sdk::search::{MatchingStrategies, SearchQuery, SearchResults, Selectors};

use super::{engine_error, is_index_not_found, MeiliEngine, FACETS};
use crate::search::query::terms;
use crate::search::text::{exact_form, words};
use crate::search::{
    DocType, EngineError, Facets, HiddenScope, Hit, Query, Results, SearchDoc, SimilarQuery, Sort,
};

/// A string inside a filter expression.
pub(super) fn quoted(value: &str) -> String {
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

impl MeiliEngine {
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
}
