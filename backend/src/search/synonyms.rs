//! Words that mean the same to the people who search: a province and its short or common
//! name, an English loanword in Thai script (in its usual spellings) and in Latin letters.
//! A built-in set covers what Thai consultations meet every day; an operator adds their own
//! groups in the TOML file `SALA_SEARCH_SYNONYMS` names:
//!
//! ```toml
//! groups = [
//!   ["ศาลเยาวชน", "ศาลเยาวชนและครอบครัว"],
//! ]
//! ```
//!
//! Both engines use the same groups: the embedded one expands the query, Meilisearch gets
//! them as its `synonyms` setting.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::text::words;

/// Built-in groups: each line lists spellings of one thing.
const BUILT_IN: &[&[&str]] = &[
    &["กทม", "กรุงเทพมหานคร", "กรุงเทพ", "bangkok"],
    &["โคราช", "นครราชสีมา", "korat"],
    &["อยุธยา", "พระนครศรีอยุธยา", "ayutthaya"],
    &["ภูเก็ต", "phuket"],
    &["สุโขทัย", "sukhothai"],
    &["นครพนม", "nakhon phanom"],
    &["ราชบุรี", "ratchaburi"],
    &["เชียงใหม่", "chiang mai"],
    &["ขอนแก่น", "khon kaen"],
    &["หาดใหญ่", "hat yai"],
    &["อินเทอร์เน็ต", "อินเตอร์เน็ต", "internet"],
    &["คอมพิวเตอร์", "คอมพิวเตอ", "computer"],
    &["ออนไลน์", "online"],
    &[
        "แอปพลิเคชัน",
        "แอปพลิเคชั่น",
        "แอพพลิเคชั่น",
        "แอป",
        "แอพ",
        "application",
    ],
    &["ไวไฟ", "wifi", "wi-fi"],
    &["เว็บไซต์", "เว็บไซท์", "เวปไซต์", "website"],
    &["ดิจิทัล", "ดิจิตอล", "ดิจิตัล", "digital"],
    &["เทคโนโลยี", "เทคโนโลยี่", "technology"],
    &["โรงพยาบาล", "รพ", "hospital"],
    &["รถเมล์", "รถประจำทาง", "bus"],
    &["ผู้สูงอายุ", "คนชรา", "elderly"],
    &["เยาวชน", "youth"],
];

/// Synonym groups; each member is kept as the words it is made of (their lemmas), so a
/// member of several words matches the same words in a query or a document.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    groups: Vec<Vec<Member>>,
}

#[derive(Debug, Clone)]
struct Member {
    /// As written, lower-cased: what Meilisearch is given.
    text: String,
    lemmas: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymsFile {
    groups: Vec<Vec<String>>,
}

impl Synonyms {
    /// The built-in groups.
    pub fn built_in() -> Synonyms {
        let mut synonyms = Synonyms::default();
        for group in BUILT_IN {
            synonyms.add(group.iter().copied());
        }
        synonyms
    }

    /// The built-in groups and those of an operator's file.
    pub fn with_file(path: &Path) -> anyhow::Result<Synonyms> {
        let raw = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("SALA_SEARCH_SYNONYMS: cannot read {path:?}: {e}"))?;
        let file: SynonymsFile = toml::from_str(&raw)
            .map_err(|e| anyhow::anyhow!("SALA_SEARCH_SYNONYMS: {path:?}: {e}"))?;
        let mut synonyms = Synonyms::built_in();
        for group in &file.groups {
            anyhow::ensure!(
                group.len() >= 2,
                "SALA_SEARCH_SYNONYMS: {path:?}: a group needs at least two words, found {group:?}"
            );
            synonyms.add(group.iter().map(String::as_str));
        }
        Ok(synonyms)
    }

    fn add<'a>(&mut self, group: impl Iterator<Item = &'a str>) {
        let members: Vec<Member> = group
            .filter_map(|text| {
                let lemmas: Vec<String> = words(text).into_iter().map(|w| w.lemma).collect();
                (!lemmas.is_empty()).then(|| Member {
                    text: text.trim().to_lowercase(),
                    lemmas,
                })
            })
            .collect();
        if members.len() >= 2 {
            self.groups.push(members);
        }
    }

    /// The longest member that the words at the start of `lemmas` spell, as the number of
    /// words it takes and every member of its group (as word lemmas), itself included.
    pub fn at_start(&self, lemmas: &[String]) -> Option<(usize, Vec<Vec<String>>)> {
        self.groups
            .iter()
            .flat_map(|group| group.iter().map(move |member| (group, member)))
            .filter(|(_, member)| lemmas.starts_with(&member.lemmas))
            .max_by_key(|(_, member)| member.lemmas.len())
            .map(|(group, member)| {
                (
                    member.lemmas.len(),
                    group.iter().map(|m| m.lemmas.clone()).collect(),
                )
            })
    }

    /// Meilisearch's `synonyms` setting: every member leads to all the others.
    pub fn for_meilisearch(&self) -> BTreeMap<String, Vec<String>> {
        let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for group in &self.groups {
            for member in group {
                let entry = map.entry(member.text.clone()).or_default();
                for other in group.iter().filter(|o| o.text != member.text) {
                    if !entry.contains(&other.text) {
                        entry.push(other.text.clone());
                    }
                }
            }
        }
        map
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lemmas(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.lemma).collect()
    }

    #[test]
    fn a_province_is_found_by_its_short_name_and_in_english() {
        let synonyms = Synonyms::built_in();
        let (taken, members) = synonyms.at_start(&lemmas("กทม")).unwrap();
        assert_eq!(taken, 1);
        assert!(members.contains(&lemmas("กรุงเทพมหานคร")), "{members:?}");
        assert!(members.contains(&lemmas("Bangkok")), "{members:?}");
        // The longest spelling wins: "กรุงเทพมหานคร" is one member, not "กรุงเทพ" and more.
        let written = lemmas("กรุงเทพมหานคร ขาดแคลนรถเมล์");
        let (taken, _) = synonyms.at_start(&written).unwrap();
        assert_eq!(taken, lemmas("กรุงเทพมหานคร").len());
        assert!(synonyms.at_start(&lemmas("นโยบาย")).is_none());
    }

    #[test]
    fn an_operators_file_adds_groups_and_bad_files_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("synonyms.toml");
        std::fs::write(&path, "groups = [[\"ศาลเยาวชน\", \"juvenile court\"]]\n").unwrap();
        let synonyms = Synonyms::with_file(&path).unwrap();
        assert!(synonyms.at_start(&lemmas("juvenile court")).is_some());
        assert!(synonyms.at_start(&lemmas("กทม")).is_some());
        std::fs::write(&path, "groups = [[\"alone\"]]\n").unwrap();
        let error = Synonyms::with_file(&path).unwrap_err().to_string();
        assert!(error.contains("SALA_SEARCH_SYNONYMS"), "{error}");
    }

    #[test]
    fn meilisearch_gets_every_direction() {
        let map = Synonyms::built_in().for_meilisearch();
        assert!(map["กทม"].contains(&"กรุงเทพมหานคร".to_owned()));
        assert!(map["bangkok"].contains(&"กทม".to_owned()));
        assert!(!map["กทม"].contains(&"กทม".to_owned()));
    }
}
