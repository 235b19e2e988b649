//! What a query's words match: each word exactly or within its typo allowance, and the last
//! one also as the beginning of a longer word, since people search as they type.

use super::text::{typos_allowed, within_distance, words};

/// More words than this add nothing but cost.
const MAX_TERMS: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub lemma: String,
    pub typos: u8,
    pub prefix: bool,
}

impl Term {
    /// Whether a word of a document (its lemma) is what this term asks for.
    pub fn matches(&self, lemma: &str) -> bool {
        if lemma == self.lemma {
            return true;
        }
        if self.prefix && lemma.starts_with(self.lemma.as_str()) {
            return true;
        }
        if self.typos == 0 {
            return false;
        }
        if within_distance(lemma, &self.lemma, self.typos) {
            return true;
        }
        // A prefix with a typo: compare with the word's beginning of the same length.
        self.prefix
            && lemma
                .char_indices()
                .nth(self.lemma.chars().count())
                .is_some_and(|(cut, _)| within_distance(&lemma[..cut], &self.lemma, self.typos))
    }
}

/// The terms of a query text; the last is a prefix unless the text ends with a space.
pub fn terms(text: &str) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::new();
    for word in words(text) {
        if out.iter().any(|t| t.lemma == word.lemma) {
            continue;
        }
        out.push(Term {
            typos: typos_allowed(&word.lemma),
            lemma: word.lemma,
            prefix: false,
        });
        if out.len() == MAX_TERMS {
            break;
        }
    }
    let typing = !text.ends_with(char::is_whitespace);
    if let Some(last) = out.last_mut() {
        last.prefix = typing;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_word_is_a_prefix_while_typing() {
        let t = terms("bus transpo");
        assert!(!t[0].prefix && t[1].prefix);
        assert!(t[1].matches("transport"));
        assert!(!terms("bus transpo ")[1].prefix);
    }

    #[test]
    fn latin_words_forgive_typos() {
        let t = terms("transprot ");
        assert!(t[0].matches("transport"));
    }
}
