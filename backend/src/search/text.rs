//! How text becomes words, the same way for indexing, querying and highlighting: charabia
//! (Meilisearch's own tokenizer) segments Thai, which has no spaces between words, and
//! normalizes case, width and marks; `lemma` is the normalized word and `start..end` its
//! place in the original text, so highlights are cut from what the author wrote.

use charabia::Tokenize;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// One word of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub lemma: String,
    pub start: usize,
    pub end: usize,
}

/// A word as written, only lower-cased: Thai keeps the vowel and tone marks that its
/// lemma loses (charabia drops them, so ปู่ "grandfather" and ปู "crab" share a lemma).
/// Matching it ranks the word the reader typed above its look-alikes.
pub fn exact_form(original: &str) -> String {
    original.to_lowercase()
}

/// Indexed beside a word whose exact form differs from its lemma, at the same place; the
/// prefix keeps exact forms apart from lemmas.
pub fn exact_token(exact: &str) -> String {
    format!("={exact}")
}

/// The words of `text`, separators left out.
pub fn words(text: &str) -> Vec<Word> {
    text.tokenize()
        .filter(|t| t.is_word() && !t.lemma().is_empty())
        .map(|t| Word {
            lemma: t.lemma().to_owned(),
            start: t.byte_start,
            end: t.byte_end,
        })
        .collect()
}

/// Words made of Latin letters and digits get typo tolerance; Thai words do not (a Thai
/// "typo" is usually another word).
pub fn is_latin(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Typos forgiven in a Latin word, as Meilisearch does by default: one from 5 letters, two
/// from 9.
pub fn typos_allowed(word: &str) -> u8 {
    if !is_latin(word) || word.chars().any(|c| c.is_ascii_digit()) {
        return 0;
    }
    match word.len() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Levenshtein distance, stopping early once it exceeds `max`.
pub fn within_distance(a: &str, b: &str, max: u8) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let max = max as usize;
    if a.len().abs_diff(b.len()) > max {
        return false;
    }
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            current[j + 1] = (previous[j] + cost)
                .min(previous[j + 1] + 1)
                .min(current[j] + 1);
        }
        if current.iter().min().is_some_and(|m| *m > max) {
            return false;
        }
        previous = current;
    }
    previous[b.len()] <= max
}

/// The readable text of a markdown body: what people search and what snippets show.
pub fn plain_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Parser, TagEnd};
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// Words too common to say whether two texts are about the same thing.
const STOP_WORDS: &[&str] = &[
    "การ",
    "ของ",
    "ใน",
    "และ",
    "ที่",
    "ให้",
    "มี",
    "เป็น",
    "ได้",
    "จะ",
    "ไม่",
    "กับ",
    "ความ",
    "แก่",
    "โดย",
    "จาก",
    "เพื่อ",
    "หรือ",
    "นี้",
    "นั้น",
    "ซึ่ง",
    "อย่าง",
    "ไป",
    "มา",
    "ว่า",
    "แต่",
    "ก็",
    "ทุก",
    "คือ",
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "to",
    "in",
    "for",
    "on",
    "is",
    "are",
    "be",
    "with",
    "by",
    "at",
    "it",
    "this",
    "that",
    "we",
    "should",
];

/// The distinct words of a draft that say what it is about, in order, at most `max`.
pub fn significant_words(text: &str, max: usize) -> Vec<String> {
    let stop: Vec<String> = STOP_WORDS
        .iter()
        .flat_map(|w| words(w))
        .map(|w| w.lemma)
        .collect();
    let mut out: Vec<String> = Vec::new();
    for word in words(text) {
        let meaningful = word.lemma.chars().count() > 1 && !stop.contains(&word.lemma);
        if meaningful && !out.contains(&word.lemma) {
            out.push(word.lemma);
            if out.len() == max {
                break;
            }
        }
    }
    out
}

/// charabia as a tantivy tokenizer, registered for the title and body fields.
#[derive(Clone, Default)]
pub struct CharabiaTokenizer {
    tokens: Vec<Token>,
}

pub const TOKENIZER_NAME: &str = "sala_words";

impl Tokenizer for CharabiaTokenizer {
    type TokenStream<'a> = WordStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a> {
        self.tokens.clear();
        for (position, word) in words(text).into_iter().enumerate() {
            let exact = exact_form(&text[word.start..word.end]);
            if exact != word.lemma {
                self.tokens.push(Token {
                    offset_from: word.start,
                    offset_to: word.end,
                    position,
                    text: exact_token(&exact),
                    position_length: 1,
                });
            }
            self.tokens.push(Token {
                offset_from: word.start,
                offset_to: word.end,
                position,
                text: word.lemma,
                position_length: 1,
            });
        }
        WordStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

pub struct WordStream<'a> {
    tokens: &'a mut Vec<Token>,
    next: usize,
}

impl TokenStream for WordStream<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thai_is_cut_into_words_with_their_places_in_the_original() {
        let text = "แพลตฟอร์มการมีส่วนร่วมของประชาชนในกระบวนการนโยบาย";
        let found = words(text);
        let originals: Vec<&str> = found.iter().map(|w| &text[w.start..w.end]).collect();
        assert!(originals.contains(&"ประชาชน"), "{originals:?}");
        assert!(originals.contains(&"นโยบาย"), "{originals:?}");
        let query = words("ประชาชน");
        assert_eq!(query.len(), 1);
        assert!(found.iter().any(|w| w.lemma == query[0].lemma));
    }

    #[test]
    fn latin_typos_are_bounded_by_word_length() {
        assert_eq!(typos_allowed("bus"), 0);
        assert_eq!(typos_allowed("transport"), 2);
        assert!(within_distance("transprot", "transport", 2));
        assert!(!within_distance("bicycle", "transport", 2));
    }

    #[test]
    fn markdown_becomes_plain_text() {
        assert_eq!(plain_text("## หัวข้อ\nข้อความ **หนา**"), "หัวข้อ\nข้อความ หนา");
    }
}
