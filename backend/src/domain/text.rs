//! Parsed text fields: trimmed, NFC-normalized and bounded in graphemes (what people count,
//! Thai combining marks included). After parsing, a value is valid by construction.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::error::FieldError;

/// Trims and NFC-normalizes `raw`, then checks its length in graphemes.
pub fn bounded(field: &str, raw: &str, min: usize, max: usize) -> Result<String, FieldError> {
    let text: String = raw.trim().nfc().collect();
    if text.contains('\u{0}') {
        return Err(FieldError::new(
            field,
            "invalid",
            "must not contain NUL characters",
        ));
    }
    let length = text.graphemes(true).count();
    if length == 0 && min > 0 {
        return Err(FieldError::new(field, "required", "must not be empty"));
    }
    if length < min {
        return Err(FieldError::new(
            field,
            "too_short",
            format!("must be at least {min} characters"),
        ));
    }
    if length > max {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("must be at most {max} characters"),
        ));
    }
    Ok(text)
}

/// An optional short label: `None` or blank means absent.
pub fn optional_label(
    field: &str,
    raw: Option<&str>,
    max: usize,
) -> Result<Option<String>, FieldError> {
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(value) => bounded(field, value, 1, max).map(Some),
    }
}

/// An email address in its canonical form (NFKC, case-folded), so that one person cannot
/// hold two accounts under spellings that look the same.
pub fn email(raw: &str) -> Result<String, FieldError> {
    let folded = caseless::default_case_fold_str(&raw.trim().nfkc().collect::<String>());
    let valid = folded.len() <= 254
        && folded.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !folded
                    .chars()
                    .any(|c| c.is_whitespace() || c == ',' || c == '<' || c == '>')
                && folded.matches('@').count() == 1
        });
    if valid {
        Ok(folded)
    } else {
        Err(FieldError::new(
            "email",
            "invalid",
            "must be an email address",
        ))
    }
}

/// A new password: long enough to resist guessing, short enough to hash cheaply.
pub fn new_password(raw: &str) -> Result<String, FieldError> {
    let length = raw.chars().count();
    if length < 10 {
        return Err(FieldError::new(
            "password",
            "too_short",
            "must be at least 10 characters",
        ));
    }
    if length > 256 {
        return Err(FieldError::new(
            "password",
            "too_long",
            "must be at most 256 characters",
        ));
    }
    Ok(raw.to_owned())
}

/// A URL slug: lowercase ASCII letters, digits and single hyphens.
pub fn slug(field: &str, raw: &str) -> Result<String, FieldError> {
    let slug = raw.trim();
    let valid = (3..=80).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--");
    if valid {
        Ok(slug.to_owned())
    } else {
        Err(FieldError::new(
            field,
            "invalid",
            "must be 3–80 lowercase letters, digits or single hyphens",
        ))
    }
}

/// A slug made from the ASCII words of a title, or empty when they do not make one (most
/// Thai titles): a usable slug has at least three characters and a letter.
pub fn slug_from_title(title: &str) -> String {
    let mut slug = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if slug.len() + word.len() > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(&word.to_ascii_lowercase());
    }
    if slug.len() < 3 || !slug.chars().any(|c| c.is_ascii_alphabetic()) {
        slug.clear();
    }
    slug
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_length_counts_graphemes_not_code_points() {
        // "ที่นี่" is 6 code points but 2 graphemes.
        assert_eq!(bounded("t", "ที่นี่", 2, 2).unwrap(), "ที่นี่");
        assert_eq!(bounded("t", "  ab ", 1, 5).unwrap(), "ab");
        assert_eq!(bounded("t", "   ", 1, 5).unwrap_err().code, "required");
        assert_eq!(bounded("t", "abcdef", 1, 5).unwrap_err().code, "too_long");
    }

    #[test]
    fn emails_are_case_folded_and_width_normalized() {
        assert_eq!(
            email(" Somchai@Example.COM ").unwrap(),
            "somchai@example.com"
        );
        // Full-width letters fold to ASCII under NFKC.
        assert_eq!(email("ｓｏｍ@example.com").unwrap(), "som@example.com");
        assert!(email("not-an-email").is_err());
        assert!(email("a@b").is_err());
        assert!(email("a b@example.com").is_err());
    }

    #[test]
    fn slugs_are_checked_and_derived_from_ascii_words() {
        assert!(slug("slug", "justice-2027").is_ok());
        assert!(slug("slug", "Bad Slug").is_err());
        assert_eq!(
            slug_from_title("Justice strategy 2027: four provinces"),
            "justice-strategy-2027-four-provinces"
        );
        assert_eq!(slug_from_title("ยุทธศาสตร์"), "");
        assert_eq!(
            slug_from_title("ยุทธศาสตร์ยุติธรรม 2570"),
            "",
            "digits alone make no slug"
        );
    }
}
