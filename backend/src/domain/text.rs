//! Parsed text fields: trimmed, NFC-normalized and bounded both in graphemes (what people
//! count, Thai combining marks included) and in bytes (what the server stores and processes),
//! with at most a few combining marks per grapheme. Titles and names also refuse invisible
//! direction overrides. After parsing, a value is valid by construction.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

use crate::error::FieldError;

/// A field's byte limit is its grapheme limit times this: a Thai grapheme with a vowel and a
/// tone mark is 9 bytes, one with `MAX_MARKS_PER_GRAPHEME` marks 15.
pub const MAX_BYTES_PER_GRAPHEME: usize = 16;

/// Combining marks one grapheme may carry. Thai stacks at most a vowel and a tone mark (or a
/// thanthakhat) on a consonant, rarely one more in Pali and Sanskrit spellings; thousands of
/// marks on one letter is an attack that passes as a few "characters".
pub const MAX_MARKS_PER_GRAPHEME: usize = 4;

/// Trims and NFC-normalizes `raw`, then checks its length in bytes and graphemes and the
/// combining marks of each grapheme.
pub fn bounded(field: &str, raw: &str, min: usize, max: usize) -> Result<String, FieldError> {
    let max_bytes = max.saturating_mul(MAX_BYTES_PER_GRAPHEME);
    if raw.trim().len() > max_bytes {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("must be at most {max} characters ({max_bytes} bytes)"),
        ));
    }
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
    let overloaded = text
        .graphemes(true)
        .any(|g| g.chars().filter(|c| is_combining_mark(*c)).count() > MAX_MARKS_PER_GRAPHEME);
    if overloaded {
        return Err(FieldError::new(
            field,
            "too_many_marks",
            format!("a character may carry at most {MAX_MARKS_PER_GRAPHEME} combining marks"),
        ));
    }
    Ok(text)
}

/// Bidirectional embeddings, overrides and isolates: in a title or a name they reorder what
/// readers see (a name that reads backwards, a file extension moved).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that show nothing: in a name they let one person's name copy another's.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{180E}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}

/// A one-line title or label: `bounded`, without control characters or direction overrides.
pub fn title(field: &str, raw: &str, min: usize, max: usize) -> Result<String, FieldError> {
    let text = bounded(field, raw, min, max)?;
    if text.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return Err(FieldError::new(
            field,
            "invalid_characters",
            "must not contain control or text-direction characters",
        ));
    }
    Ok(text)
}

/// A person's display name: a `title` of 2–60 characters, with invisible characters removed.
pub fn display_name(raw: &str) -> Result<String, FieldError> {
    let max_bytes = 60 * MAX_BYTES_PER_GRAPHEME;
    if raw.len() > max_bytes {
        return Err(FieldError::new(
            "display_name",
            "too_long",
            format!("must be at most 60 characters ({max_bytes} bytes)"),
        ));
    }
    let visible: String = raw.chars().filter(|c| !is_invisible(*c)).collect();
    title("display_name", &visible, 2, 60)
}

/// What a name looks like, for telling names apart: case-folded, compatibility-normalized,
/// mapped to its UTS #39 confusable skeleton, without spaces. Two names with the same key
/// look the same to a reader ("Admin", "Аdmin" with a Cyrillic A, "ad min").
pub fn look_alike_key(name: &str) -> String {
    let folded = caseless::default_case_fold_str(&name.nfkc().collect::<String>());
    unicode_security::skeleton(&folded)
        .filter(|c| !c.is_whitespace() && !is_invisible(*c))
        .collect()
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
/// Thai titles): a usable slug has at least three characters and a letter. Markup typed into
/// a title (`<i>…</i>`) is text to show, not words of the title, so its tags make no words.
pub fn slug_from_title(title: &str) -> String {
    let mut slug = String::new();
    for word in without_tags(title)
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

/// The text with every `<…>` span removed (a lone `<` or `>` stays).
fn without_tags(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        match after.find(['<', '>']) {
            Some(close) if after.as_bytes()[close] == b'>' => {
                kept.push_str(&rest[..open]);
                kept.push(' ');
                rest = &after[close + 1..];
            }
            _ => {
                kept.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    kept.push_str(rest);
    kept
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
    fn thai_with_a_vowel_and_a_tone_mark_passes_but_stacked_marks_do_not() {
        assert!(bounded("t", "กุ้งที่น้ำ", 1, 10).is_ok());
        let stacked = format!("ก{}", "\u{0E49}".repeat(15_000));
        assert_eq!(bounded("t", &stacked, 1, 150).unwrap_err().code, "too_long");
        let five = format!("ก{}", "\u{0E49}".repeat(5));
        assert_eq!(
            bounded("t", &five, 1, 150).unwrap_err().code,
            "too_many_marks"
        );
    }

    #[test]
    fn titles_refuse_direction_overrides_and_names_drop_invisible_characters() {
        assert_eq!(
            title("t", "abc\u{202E}fdp.exe", 1, 80).unwrap_err().code,
            "invalid_characters"
        );
        assert_eq!(display_name("ad\u{200B}min").unwrap(), "admin");
        assert_eq!(
            display_name(&"a".repeat(61_000)).unwrap_err().code,
            "too_long"
        );
    }

    #[test]
    fn look_alike_names_share_a_key() {
        assert_eq!(look_alike_key("Admin"), look_alike_key("\u{0410}dmin"));
        assert_eq!(look_alike_key("ad min"), look_alike_key("admin"));
        assert_ne!(look_alike_key("somchai"), look_alike_key("somsak"));
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
        assert_eq!(
            slug_from_title("<i>ยุทธศาสตร์</i> ยุติธรรม"),
            "",
            "tags make no words"
        );
        assert_eq!(
            slug_from_title("The <b>new</b> plan for a < b"),
            "the-new-plan-for-a-b"
        );
    }
}
