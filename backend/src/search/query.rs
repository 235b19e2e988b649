//! What a query's words match: each word exactly or within its typo allowance, and the last
//! one also as the beginning of a longer word, since people search as they type. Words that
//! spell a synonym (a province's short name, a loanword's other spellings) match any member
//! of its group instead.

use super::synonyms::Synonyms;
use super::text::{exact_form, typos_allowed, within_distance, words};

/// More words than this add nothing but cost.
const MAX_TERMS: usize = 10;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub lemma: String,
    /// The word as typed, when it differs from its lemma (Thai marks): documents with this
    /// very word rank above those with a look-alike.
    pub exact: Option<String>,
    pub typos: u8,
    pub prefix: bool,
}

/// One thing every result must contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    Word(Term),
    /// Any member of a synonym group, each member as its words' lemmas.
    OneOf(Vec<Vec<String>>),
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
        let exact = exact_form(&text[word.start..word.end]);
        out.push(Term {
            typos: typos_allowed(&word.lemma),
            exact: (exact != word.lemma).then_some(exact),
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

/// The clauses of a query text: its terms, with each run of words that spells a synonym
/// replaced by the whole group.
pub fn clauses(text: &str, synonyms: &Synonyms) -> Vec<Clause> {
    let terms = terms(text);
    let lemmas: Vec<String> = terms.iter().map(|t| t.lemma.clone()).collect();
    let mut out = Vec::new();
    let mut at = 0;
    while at < terms.len() {
        match synonyms.at_start(&lemmas[at..]) {
            Some((taken, members)) => {
                out.push(Clause::OneOf(members));
                at += taken;
            }
            None => {
                out.push(Clause::Word(terms[at].clone()));
                at += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thai_word_keeps_its_marks_for_ranking() {
        let t = terms("วิทยุ");
        assert_eq!(t[0].exact.as_deref(), Some("วิทยุ"));
        assert_ne!(t[0].lemma, "วิทยุ", "charabia drops the marks from the lemma");
        assert_eq!(terms("radio")[0].exact, None);
    }

    #[test]
    fn synonyms_replace_the_words_that_spell_them() {
        let c = clauses("รถเมล์ กทม ", &Synonyms::built_in());
        assert_eq!(c.len(), 2, "{c:?}");
        assert!(matches!(&c[0], Clause::OneOf(members) if members.len() >= 2));
        assert!(matches!(&c[1], Clause::OneOf(_)));
        let c = clauses("ที่จอดรถ", &Synonyms::built_in());
        assert!(c.iter().all(|c| matches!(c, Clause::Word(_))), "{c:?}");
    }

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
