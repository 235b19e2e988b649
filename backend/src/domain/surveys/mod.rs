//! Reader surveys: anyone who read a published consultation, result or document may say, on
//! 1–5 scales, how useful it was, how well they understood it and how satisfied they are
//! with how it is presented, with an optional comment only the agency reads.
//!
//! One answer per browser: the browser keeps a random token and the server stores only a
//! keyed hash of it (`browser_key`); answering again from the same browser replaces the
//! earlier answer. Signed-in readers answer as their account, one answer each, changeable;
//! on a consultation their answer is also their quick rating (`feedback`), so the agency
//! counts every signed-in person once whichever form they used. No address or user agent is
//! stored.
//!
//! The subject is a `(subject_type, subject_id)` pair, so each kind of subject shares the one
//! table.

mod answer;
mod browser_key;
pub mod summary;

pub use answer::{answer, Answer, Recorded, Respondent};
pub use browser_key::{new_token, BrowserKeys};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::text;
use crate::error::{FieldError, FieldErrors, Result};

/// Longest comment, in characters.
pub const COMMENT_MAX: usize = 1_000;

/// What a survey is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SubjectType {
    Consultation,
    Result,
    Document,
}

impl SubjectType {
    pub fn as_str(self) -> &'static str {
        match self {
            SubjectType::Consultation => "consultation",
            SubjectType::Result => "result",
            SubjectType::Document => "document",
        }
    }
}

/// One surveyed subject: a consultation (by id or slug), a result or a published document (by
/// id).
#[derive(Debug, Clone)]
pub enum Subject {
    Consultation(String),
    Result(Uuid),
    Document(Uuid),
}

/// The three scores, each 1–5, and the optional comment, as sent.
pub struct Scores {
    pub usefulness: i64,
    pub understanding: i64,
    pub satisfaction: i64,
    pub comment: Option<String>,
}

/// The scores checked: three 1–5 values and a trimmed comment (none when empty).
pub(crate) struct Checked {
    pub scores: [i16; 3],
    pub comment: Option<String>,
}

impl Scores {
    pub(crate) fn check(self) -> Result<Checked> {
        use crate::domain::feedback::score;
        let mut errors = FieldErrors::new();
        let usefulness = errors.check(score("usefulness", self.usefulness));
        let understanding = errors.check(score("understanding", self.understanding));
        let satisfaction = errors.check(score("satisfaction", self.satisfaction));
        let comment = match self.comment.as_deref() {
            Some(raw) => errors.check(comment(raw)),
            None => Some(None),
        };
        let (((u, d), s), comment) =
            errors.finish_with(usefulness.zip(understanding).zip(satisfaction).zip(comment))?;
        Ok(Checked {
            scores: [u, d, s],
            comment,
        })
    }
}

/// The comment under the rules of all user text; blank is no comment.
fn comment(raw: &str) -> std::result::Result<Option<String>, FieldError> {
    let text = text::bounded("comment", raw, 0, COMMENT_MAX)?;
    Ok((!text.is_empty()).then_some(text))
}
