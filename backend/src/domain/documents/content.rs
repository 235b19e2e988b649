//! A version's words: checked on the way in, and hashed when published.

use sha2::{Digest, Sha256};

use crate::db::entities::document_versions::Model as Version;
use crate::domain::{markdown, text};
use crate::error::{FieldError, FieldErrors};

/// Paragraphs one version may have.
pub const MAX_PARAGRAPHS: usize = 200;
/// Characters one paragraph may have.
pub const MAX_PARAGRAPH_CHARS: usize = 10_000;

/// A draft's words as written.
#[derive(Debug, Default, Clone)]
pub struct DraftInput {
    pub title: String,
    pub title_en: Option<String>,
    pub paragraphs: Vec<String>,
}

/// A draft's words, checked: each paragraph is bounded markdown, rendered sanitized on read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub title: String,
    pub title_en: Option<String>,
    pub paragraphs: Vec<String>,
}

impl DraftInput {
    pub fn check(self, errors: &mut FieldErrors) -> Option<Draft> {
        let title = errors.check(text::title("title", &self.title, 3, 200));
        let title_en = match self.title_en.as_deref().map(str::trim) {
            None | Some("") => Some(None),
            Some(raw) => errors.check(text::title("title_en", raw, 3, 200)).map(Some),
        };
        if self.paragraphs.len() > MAX_PARAGRAPHS {
            errors.push(FieldError::new(
                "paragraphs",
                "too_many",
                format!("at most {MAX_PARAGRAPHS} paragraphs"),
            ));
            return None;
        }
        let mut paragraphs = Vec::with_capacity(self.paragraphs.len());
        for (i, raw) in self.paragraphs.iter().enumerate() {
            let field = format!("paragraphs[{i}]");
            if let Some(p) = errors.check(markdown::body(&field, raw, 1, MAX_PARAGRAPH_CHARS)) {
                paragraphs.push(p);
            }
        }
        Some(Draft {
            title: title?,
            title_en: title_en?,
            paragraphs,
        })
    }
}

/// The paragraphs stored in a version's JSON column.
pub fn paragraphs(version: &Version) -> Vec<String> {
    version
        .paragraphs
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|p| p.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// SHA-256, in hex, of a canonical serialisation of the words: a JSON array naming the
/// format, then the title, the English title (or null) and the paragraphs in order. JSON
/// escapes every string the same way, so the same words always give the same hash.
pub fn hash(title: &str, title_en: Option<&str>, paragraphs: &[String]) -> String {
    let canonical = serde_json::json!(["sala-document/1", title, title_en, paragraphs]);
    hex::encode(Sha256::digest(canonical.to_string().as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_stable_and_follows_every_word() {
        let p = vec!["ข้อ 1".to_owned(), "ข้อ 2".to_owned()];
        let a = hash("กฎบัตร", None, &p);
        assert_eq!(a, hash("กฎบัตร", None, &p));
        assert_eq!(a.len(), 64);
        assert_ne!(a, hash("กฎบัตร", Some("Charter"), &p));
        assert_ne!(a, hash("กฎบัตร", None, &p[..1]));
        // Joining paragraphs differently is a different text.
        assert_ne!(a, hash("กฎบัตร", None, &["ข้อ 1ข้อ 2".to_owned()]));
    }
}
