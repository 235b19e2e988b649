//! The index settings Sala wants, and whether the server already holds them.

use std::collections::HashMap;

use meilisearch_sdk::settings::{
    FacetingSettings, MinWordSizeForTypos, PaginationSetting, Settings, TypoToleranceSettings,
};

use crate::search::synonyms::Synonyms;
use crate::search::{MAX_FACET_VALUES, MAX_LIMIT, MAX_OFFSET};

/// The index settings Sala relies on: what is searched, filtered and sorted, ranking with
/// the chosen sort first (so `sort=new` means newest first among the matches, as embedded),
/// typo tolerance from 5 and 9 letters, as many facet values as embedded counts, and every
/// page the API hands out answerable (Meilisearch returns no hit past `maxTotalHits`,
/// 1000 by default, whatever `offset` asks), and the synonym groups.
pub(super) fn desired_settings(synonyms: &Synonyms) -> Settings {
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
pub(super) fn settings_match(current: &serde_json::Value, desired: &serde_json::Value) -> bool {
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
pub(super) fn holds(have: &serde_json::Value, want: &serde_json::Value) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

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
